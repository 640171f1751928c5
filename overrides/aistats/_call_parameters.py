"""The keyword parameters of a call that are not request fields, declared once.

`generate_text`, `stream_text` and `chat.completions.create` take every request field of the
spec as a keyword argument (the generated `CreateChatCompletionRequestKwargs`) next to the call
options of `CallOptions`; `RequestKeywords` and `RequestOverrides` join the two for the
signatures. A spec property named like a call option could not be a keyword argument, so
`make generate` reads this file (by path, before the package it belongs to can be imported)
and refuses such a spec with a message instead of producing a broken signature.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, TypedDict

if TYPE_CHECKING:
    from aistats_api.models import (
        CreateChatCompletionRequestKwargs,
        CreateChatCompletionRequestObjectKwargs,
        CreateChatCompletionRequestObjectOverrides,
        CreateChatCompletionRequestOverrides,
        CreateChatCompletionRequestToolRunKwargs,
        CreateChatCompletionRequestToolRunOverrides,
    )

    from ._base_client import Body, Headers, NotGiven, Query, Timeout


class CallOptions(TypedDict, total=False):
    """The options every call takes besides the request fields."""

    # Seconds or an httpx.Timeout for each attempt's connect, read, write and pool phases
    # (see the README's "Timeouts").
    timeout: Timeout | NotGiven | None
    # Seconds the whole call may take, every attempt and retry wait included (for a stream:
    # until it starts). Default: the read timeout.
    total_timeout: float | NotGiven | None
    # Headers added to (and overriding) the client's own for this call.
    extra_headers: Headers | None
    # Query parameters of this call.
    extra_query: Query | None
    # JSON merged into the request body last: for fields the spec does not name.
    extra_body: Body | None


CALL_PARAMETERS: Final = tuple(CallOptions.__annotations__)

# Request fields the call sets itself: `generate_text` sends `stream: false`, `stream_text`
# `stream: true`, and `create` takes `stream=` as a parameter of its own that picks the
# return type. They are left out of the keyword-argument TypedDicts.
CALL_CONTROLLED_FIELDS: Final = ("stream",)

# Calls that set more request fields themselves, each with keyword TypedDicts of its own
# (`CreateChatCompletionRequest<name>Kwargs` and `...Overrides`) that lack those fields:
# `run_tools` sends `tools` built from Python functions (its `tools=` parameter takes those);
# `generate_object` sends the `response_format` of its `schema=`.
KEYWORD_VARIANTS: Final = {"ToolRun": ("tools",), "Object": ("response_format",)}

# Names a keyword argument of a method can never have.
RESERVED_NAMES: Final = ("self",)

if TYPE_CHECKING:

    class RequestKeywords(CreateChatCompletionRequestKwargs, CallOptions, total=False):
        """The keyword arguments of a call that is given no request dict or model."""

    class RequestOverrides(CreateChatCompletionRequestOverrides, CallOptions, total=False):
        """The keyword arguments of a call next to a whole request (each field optional)."""

    class ObjectKeywords(CreateChatCompletionRequestObjectKwargs, CallOptions, total=False):
        """`RequestKeywords` of `generate_object` / `stream_object` (no `response_format`)."""

    class ObjectOverrides(CreateChatCompletionRequestObjectOverrides, CallOptions, total=False):
        """`RequestOverrides` of `generate_object` / `stream_object`."""

    class ToolRunKeywords(CreateChatCompletionRequestToolRunKwargs, CallOptions, total=False):
        """`RequestKeywords` of `run_tools` / `stream_tools` (`tools` is their own parameter)."""

    class ToolRunOverrides(CreateChatCompletionRequestToolRunOverrides, CallOptions, total=False):
        """`RequestOverrides` of `run_tools` / `stream_tools`."""
