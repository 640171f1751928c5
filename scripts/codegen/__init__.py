"""What `scripts/generate.py` works out from the parsed spec beyond the generator's templates.

openapi-python-client parses `openapi.yaml` into properties (a model, a list, a union, a Literal
enum, a string...) and its templates turn each model into an attrs class. The modules here read
the same parsed properties, so that every type they produce stays one fact of the spec:

- `read_types`: the type of a model attribute as a reader sees it (for `model.py.jinja`);
- `request_types`: the TypedDict of every schema a request can hold (for `params.py.jinja`);
- `model_aliases`: aliases of the union, array and scalar schemas (for `aliases.py.jinja`);
- `request_facts`: what the client checks before sending (for `request_fields.py.jinja`).

All of it is pure: properties in, plain data for the templates out.
"""


class GenerationError(Exception):
    """The spec cannot be turned into a correct client; the message says why and where."""
