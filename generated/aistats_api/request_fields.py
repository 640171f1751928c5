"""Facts about the request body that the client checks before sending (generated from
openapi.yaml): the top-level fields of each JSON scalar type, and for each array of a union of
objects, the property that tells its members apart and the values it may take."""

from __future__ import annotations

from typing import Final

NUMBER_FIELDS: Final[frozenset[str]] = frozenset(
    {
        "frequency_penalty",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "temperature",
        "top_p",
    }
)
INTEGER_FIELDS: Final[frozenset[str]] = frozenset(
    {
        "max_completion_tokens",
        "max_output_tokens",
        "max_tokens",
        "max_tool_calls",
        "n",
        "seed",
        "top_k",
        "top_logprobs",
    }
)
BOOLEAN_FIELDS: Final[frozenset[str]] = frozenset(
    {
        "echo_upstream_request",
        "logprobs",
        "meta",
        "parallel_tool_calls",
        "store",
        "stream",
        "usage",
    }
)

# Array field -> (the discriminating property of its items, the values it may take).
DISCRIMINATORS: Final[dict[str, tuple[str, frozenset[str]]]] = {
    "messages": (
        "role",
        frozenset(
            {
                "assistant",
                "developer",
                "system",
                "tool",
                "user",
            }
        ),
    ),
}
