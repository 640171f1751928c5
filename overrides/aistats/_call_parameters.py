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
        CreateChatCompletionRequestOverrides,
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

# Names a keyword argument of a method can never have.
RESERVED_NAMES: Final = ("self",)

if TYPE_CHECKING:

    class RequestKeywords(CreateChatCompletionRequestKwargs, CallOptions, total=False):
        """The keyword arguments of a call that is given no request dict or model."""

    class RequestOverrides(CreateChatCompletionRequestOverrides, CallOptions, total=False):
        """The keyword arguments of a call next to a whole request (each field optional)."""
