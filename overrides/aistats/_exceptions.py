"""Every exception the library raises, in one hierarchy.

    AIStatsError
    ├── APIError                      something went wrong talking to the gateway
    │   ├── APIConnectionError        no usable response (refused, reset, DNS, TLS, ...)
    │   │   ├── APITimeoutError       a connect/read/write/pool timeout or the overall deadline
    │   │   └── IncompleteStreamError the stream ended before it was finished
    │   │       └── StreamTimeoutError  ... because it stalled (also an APITimeoutError)
    │   ├── APIStatusError            the gateway answered with a 4xx/5xx status
    │   │   ├── BadRequestError           400
    │   │   ├── AuthenticationError       401
    │   │   ├── PaymentRequiredError      402
    │   │   ├── PermissionDeniedError     403
    │   │   ├── NotFoundError             404
    │   │   ├── RequestTimeoutError       408
    │   │   ├── ConflictError             409
    │   │   ├── PayloadTooLargeError      413
    │   │   ├── UnprocessableEntityError  422
    │   │   ├── RateLimitError            429
    │   │   └── InternalServerError       >= 500
    │   ├── APIStreamError            an error frame arrived inside a 200 stream
    │   └── APIResponseValidationError the gateway sent something we cannot read
    ├── StructuredOutputError         the reply is not the object asked for (completion, text kept)
    │   ├── OutputNotJSONError        ... it is not JSON
    │   ├── OutputValidationError     ... it is JSON that does not fit the schema
    │   ├── OutputTruncatedError      ... the token limit cut it (finish_reason "length")
    │   └── OutputRefusedError        ... the model refused (message.refusal)
    ├── ToolExecutionError            a tool raised, in a run asked to re-raise tool errors
    ├── InvalidArgumentError          an argument's value cannot work (also a ValueError)
    │   └── ConfigurationError        a client setting: no API key, a malformed base_url
    ├── InvalidArgumentTypeError      an argument of the wrong type (also a TypeError)
    │   └── ToolDefinitionError       a function that cannot be a tool (an untyped parameter)
    ├── MissingDependencyError        a feature's optional extra is not installed (also ImportError)
    └── UsageError                    a method called when it cannot work (also a RuntimeError)
        ├── ClientClosedError         a call after close()
        ├── StreamInUseError          two loops reading one stream at the same time
        └── StreamNotOpenedError      an async stream's response read before it was opened

Messages are built from what the server said, never from request headers; and should a server
echo the API key back, every message is cleaned of it (`APIError` knows the request's key), so
it cannot leak through ``str(exc)`` or ``repr(exc)``. How an error response becomes one of these
is decided in `_error_building` (with `_error_bodies`, which reads the body's two forms).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ._secrets import redact_api_key, redact_in

if TYPE_CHECKING:
    import httpx

    from aistats_api.models.create_chat_completion_response import (
        CreateChatCompletionResponse,
    )
    from aistats_api.models.error_response import ErrorResponse

__all__ = [
    "AIStatsError",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APIStreamError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "IncompleteStreamError",
    "InternalServerError",
    "InvalidArgumentError",
    "InvalidArgumentTypeError",
    "MissingDependencyError",
    "NotFoundError",
    "OutputNotJSONError",
    "OutputRefusedError",
    "OutputTruncatedError",
    "OutputValidationError",
    "PayloadTooLargeError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTimeoutError",
    "StreamInUseError",
    "StreamNotOpenedError",
    "StreamTimeoutError",
    "StructuredOutputError",
    "ToolDefinitionError",
    "ToolExecutionError",
    "UnprocessableEntityError",
    "UsageError",
]


class AIStatsError(Exception):
    """Base class of every exception raised by aistats."""


# ---------------------------------------------------------------------------
# Mistakes in the calling code: also the built-in exception a Python programmer expects, so
# `except TypeError` and `except AIStatsError` both catch them.
# ---------------------------------------------------------------------------


class InvalidArgumentError(AIStatsError, ValueError):
    """An argument has a value that cannot work (an empty `messages`, a negative timeout,
    a header name with a space). Also a ``ValueError``."""


class InvalidArgumentTypeError(AIStatsError, TypeError):
    """An argument has the wrong type (a `model` that is not a string, a number given as
    text). Also a ``TypeError``."""


class ConfigurationError(InvalidArgumentError):
    """A client setting cannot work: no API key, a key that cannot go in a header, a
    `base_url` without a scheme or host. Raised when the client is built, before any request."""


class ToolDefinitionError(InvalidArgumentTypeError):
    """A function that cannot be made a tool: a parameter without a type annotation, a
    `*args`, a type the schema library cannot describe. Raised by `aistats.tool()`."""


class MissingDependencyError(AIStatsError, ImportError):
    """A feature needs an optional extra that is not installed; the message names the
    `pip install` that adds it. Also an ``ImportError``."""


class UsageError(AIStatsError, RuntimeError):
    """A method called when it cannot work. Also a ``RuntimeError``."""


class ClientClosedError(UsageError):
    """A call on a client (or a copy sharing its pool) after `close()`."""


class StreamInUseError(UsageError):
    """A loop over a stream started while another loop (another task or thread) was reading
    it. The loop already reading goes on; the new one raises this."""


class StreamNotOpenedError(UsageError):
    """`response` of an async stream read before the stream was entered, awaited or iterated."""


# ---------------------------------------------------------------------------
# Structured output and tools: the gateway answered, but not with what was asked for
# ---------------------------------------------------------------------------


class StructuredOutputError(AIStatsError):
    """The reply could not be turned into the requested object. Nothing is lost:
    ``completion`` is the whole typed completion and ``raw`` the text the model wrote."""

    completion: CreateChatCompletionResponse | None
    raw: str

    def __init__(
        self, message: str, *, completion: CreateChatCompletionResponse | None, raw: str
    ) -> None:
        super().__init__(message)
        self.message = message
        self.completion = completion
        self.raw = raw

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"


class OutputNotJSONError(StructuredOutputError):
    """The reply is not JSON (``position``: the offset in ``raw`` where parsing failed)."""

    position: int | None

    def __init__(
        self,
        message: str,
        *,
        completion: CreateChatCompletionResponse | None,
        raw: str,
        position: int | None = None,
    ) -> None:
        super().__init__(message, completion=completion, raw=raw)
        self.position = position


class OutputValidationError(StructuredOutputError):
    """The reply is JSON but does not fit the schema: ``value`` is the parsed JSON and
    ``errors`` what the validator said (with the path of the value at fault)."""

    value: Any
    errors: str

    def __init__(
        self,
        message: str,
        *,
        completion: CreateChatCompletionResponse | None,
        raw: str,
        value: Any,
        errors: str,
    ) -> None:
        super().__init__(message, completion=completion, raw=raw)
        self.value = value
        self.errors = errors


class OutputTruncatedError(StructuredOutputError):
    """The token limit cut the reply (``finish_reason: "length"``): raise `max_tokens` or ask
    for less. ``raw`` is the JSON text as far as it got."""


class OutputRefusedError(StructuredOutputError):
    """The model refused to answer; ``refusal`` is what it said instead."""

    refusal: str

    def __init__(
        self,
        message: str,
        *,
        completion: CreateChatCompletionResponse | None,
        raw: str,
        refusal: str,
    ) -> None:
        super().__init__(message, completion=completion, raw=raw)
        self.refusal = refusal


class ToolExecutionError(AIStatsError):
    """A tool raised while `run_tools(..., raise_tool_errors=True)` ran it. The tool's own
    exception is ``__cause__``; ``tool_name``, ``call_id`` and ``arguments`` (the JSON text
    the model sent) say which call; ``messages`` and ``steps`` are the run so far, so the
    conversation can be resumed."""

    def __init__(
        self,
        message: str,
        *,
        tool_name: str,
        call_id: str,
        arguments: str,
        messages: list[Any],
        steps: list[Any],
    ) -> None:
        super().__init__(message)
        self.message = message
        self.tool_name = tool_name
        self.call_id = call_id
        self.arguments = arguments
        self.messages = messages
        self.steps = steps


# ---------------------------------------------------------------------------
# Talking to the gateway
# ---------------------------------------------------------------------------


class APIError(AIStatsError):
    """Raised when a request to the gateway did not produce a usable result."""

    message: str
    request: httpx.Request | None

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        message = redact_api_key(message, request)
        super().__init__(message)
        self.message = message
        self.request = request

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"


class APIConnectionError(APIError):
    """Raised when no response could be obtained: refused, reset, DNS or TLS failure."""

    def __init__(
        self, message: str = "Connection error.", *, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """Raised when a connect, read, write or pool timeout (or the overall deadline) expires."""

    def __init__(
        self, message: str = "Request timed out.", *, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request=request)


class IncompleteStreamError(APIConnectionError):
    """Raised when a stream ends before ``[DONE]`` while a choice is still unfinished.

    ``partial`` holds the completion accumulated from every chunk that did arrive.
    """

    partial: CreateChatCompletionResponse | None

    def __init__(
        self,
        message: str,
        *,
        partial: CreateChatCompletionResponse | None,
        request: httpx.Request | None = None,
    ) -> None:
        super().__init__(message, request=request)
        self.partial = partial


class StreamTimeoutError(IncompleteStreamError, APITimeoutError):
    """Raised when a stream stalls for longer than the read timeout after it has started.

    Both an ``APITimeoutError`` and an ``IncompleteStreamError``: ``partial`` holds what arrived.
    """


# ---------------------------------------------------------------------------
# HTTP status errors
# ---------------------------------------------------------------------------


class APIStatusError(APIError):
    """Raised when the gateway answers with a 4xx or 5xx status code.

    The gateway's error body says what went wrong in fields of its own: ``code`` (its string
    code, e.g. ``validation_error``), ``param`` (the first failing field, e.g.
    ``messages[0].content``), ``type`` (``user`` or ``system``; OpenAI's form has
    ``invalid_request_error`` and the like) and ``request_id`` (its ``generation_id``: the
    gateway sends no request-id header). OpenAI's object form fills the same fields.
    """

    status_code: int
    body: object
    """The body as received: the parsed JSON, or the text when it was not JSON."""
    error_body: ErrorResponse | None
    """The body as the spec's typed `ErrorResponse`, when it is an error object."""
    code: str | None
    param: str | None
    type: str | None
    request_id: str | None
    reset_at: datetime | None
    """When the limit that refused the request resets, if the body says (a 429's `reset_at`)."""
    fields: tuple[str, ...]
    """Every failing field the body names (`details[].path`), first to last."""
    response: httpx.Response

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object,
        error_body: ErrorResponse | None = None,
        code: str | None = None,
        param: str | None = None,
        type: str | None = None,
        request_id: str | None = None,
        reset_at: datetime | None = None,
        fields: tuple[str, ...] = (),
    ) -> None:
        super().__init__(message, request=response.request if _has_request(response) else None)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.error_body = error_body
        self.code = code
        self.param = param
        self.type = type
        self.request_id = request_id
        self.reset_at = reset_at
        self.fields = fields

    def __repr__(self) -> str:
        code = f", code={self.code!r}" if self.code else ""
        return (
            f"{type(self).__name__}(status_code={self.status_code}{code}, message={self.message!r})"
        )


class BadRequestError(APIStatusError):
    """400: the gateway rejected the request (an invalid field, usually named)."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong or revoked."""


class PaymentRequiredError(APIStatusError):
    """402: the account has no credit left."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not use this model or feature."""


class NotFoundError(APIStatusError):
    """404: unknown model or path."""


class RequestTimeoutError(APIStatusError):
    """408: the gateway gave up waiting for the request."""


class ConflictError(APIStatusError):
    """409: the request conflicts with another in flight."""


class PayloadTooLargeError(APIStatusError):
    """413: the request body is over the gateway's limit (16 MiB)."""


class UnprocessableEntityError(APIStatusError):
    """422: the request is well-formed but cannot be processed."""


class RateLimitError(APIStatusError):
    """429: a key limit was reached. ``reset_at`` (from the body) or ``Retry-After`` (from a
    proxy) says when to try again, when the server says."""


class InternalServerError(APIStatusError):
    """500 and above: the gateway or an upstream provider failed."""


# ---------------------------------------------------------------------------
# Problems with what the gateway sent
# ---------------------------------------------------------------------------


class APIStreamError(APIError):
    """Raised when an error frame arrives after the 200 headers of a stream.

    ``payload`` is the frame's parsed JSON, e.g. ``{"error": {...}}`` or the gateway's
    ``{"object": "error", "message": ..., "id": "G-...", "nativeResponseId": ...}``;
    ``request_id`` its id; ``partial`` the completion of the chunks received before it.
    """

    payload: Mapping[str, Any]
    request_id: str | None
    partial: CreateChatCompletionResponse | None

    def __init__(
        self,
        message: str,
        *,
        payload: Mapping[str, Any],
        request: httpx.Request | None = None,
        request_id: str | None = None,
        partial: CreateChatCompletionResponse | None = None,
    ) -> None:
        super().__init__(message, request=request)
        self.payload = payload
        self.request_id = request_id
        self.partial = partial


class APIResponseValidationError(APIError):
    """Raised when the gateway sends something unreadable: a data frame that is not JSON,
    bytes that are not UTF-8, JSON that does not fit the response schema, or a non-SSE
    reply to a stream request. ``received`` holds (an excerpt of) what arrived."""

    received: object

    def __init__(
        self, message: str, *, received: object = None, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request=request)
        # What arrived may quote the key (a proxy's page, a frame): cleaned like the message.
        self.received = redact_in(received, request)


def _has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018 - the property raises when no request is attached
    except RuntimeError:
        return False
    return True
