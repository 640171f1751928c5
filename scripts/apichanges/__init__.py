"""The API-change report: what a change of the OpenAPI document does to the generated client.

`make api-changes OLD=<git ref or file> [NEW=<file>]` (scripts/api_changes.py) reads both
documents (`documents`), walks every operation into its parameters, request body, responses and
event-stream chunks, comparing schemas the way the generated client is typed from them
(`schemas`, `compare`), classifies each difference for the side it affects (`rules`), and
prints a report (`report`); `typecheck` type-checks code against both generated packages.
"""
