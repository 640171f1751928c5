"""Facts about the responses that the stream accumulator needs (generated from openapi.yaml)."""

from __future__ import annotations

from typing import Final

# Top-level fields of a stream chunk that a whole completion lacks: stream framing, kept out
# of the completion accumulated from the chunks.
STREAM_ONLY_FIELDS: Final[frozenset[str]] = frozenset(
    {
        "obfuscation",
    }
)
