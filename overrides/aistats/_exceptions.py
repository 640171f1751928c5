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
    │   │   ├── UnprocessableEntityError  422
    │   │   ├── RateLimitError            429
    │   │   └── InternalServerError       >= 500
    │   ├── APIStreamError            an error frame arrived inside a 200 stream
    │   └── APIResponseValidationError the gateway sent something we cannot read
    └── (AIStatsError itself)         configuration problems, e.g. no API key

Messages are built from what the server said, never from request headers, so the API
key cannot leak through ``str(exc)`` or ``repr(exc)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

    from aistats_api.models.create_chat_completion_response import (
        CreateChatCompletionResponse,
    )

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
    "ConflictError",
    "IncompleteStreamError",
    "InternalServerError",
    "NotFoundError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTimeoutError",
    "StreamTimeoutError",
    "UnprocessableEntityError",
    "error_message_from_body",
    "from_httpx_error",
    "status_error_class",
]

# How much of a non-JSON body (an HTML page from a proxy, say) goes into a message.
BODY_EXCERPT_CHARS = 200


class AIStatsError(Exception):
    """Base class of every exception raised by aistats."""


# ---------------------------------------------------------------------------
# Talking to the gateway
# ---------------------------------------------------------------------------


class APIError(AIStatsError):
    """Raised when a request to the gateway did not produce a usable result."""

    message: str
    request: httpx.Request | None

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
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
    """Raised when the gateway answers with a 4xx or 5xx status code."""

    status_code: int
    body: object
    request_id: str | None
    response: httpx.Response

    def __init__(self, message: str, *, response: httpx.Response, body: object) -> None:
        super().__init__(message, request=response.request if _has_request(response) else None)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.request_id = _request_id(response.headers)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, message={self.message!r})"


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


class UnprocessableEntityError(APIStatusError):
    """422: the request is well-formed but cannot be processed."""


class RateLimitError(APIStatusError):
    """429: too many requests; ``Retry-After`` says when to try again."""


class InternalServerError(APIStatusError):
    """500 and above: the gateway or an upstream provider failed."""


_STATUS_ERRORS: Mapping[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    408: RequestTimeoutError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for an error status code."""
    if status_code >= 500:
        return InternalServerError
    return _STATUS_ERRORS.get(status_code, APIStatusError)


# ---------------------------------------------------------------------------
# Problems with what the gateway sent
# ---------------------------------------------------------------------------


class APIStreamError(APIError):
    """Raised when an error frame arrives after the 200 headers of a stream.

    ``payload`` is the frame's parsed JSON, e.g. ``{"error": {...}}`` or
    ``{"object": "error", "message": ...}``.
    """

    payload: Mapping[str, Any]

    def __init__(
        self,
        message: str,
        *,
        payload: Mapping[str, Any],
        request: httpx.Request | None = None,
    ) -> None:
        super().__init__(message, request=request)
        self.payload = payload


class APIResponseValidationError(APIError):
    """Raised when the gateway sends something unreadable: a data frame that is not JSON,
    bytes that are not UTF-8, JSON that does not fit the response schema, or a non-SSE
    reply to a stream request. ``received`` holds (an excerpt of) what arrived."""

    received: object

    def __init__(
        self, message: str, *, received: object = None, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request=request)
        self.received = received


# ---------------------------------------------------------------------------
# Helpers shared by the client, the stream and the CLI
# ---------------------------------------------------------------------------


def error_message_from_body(status_code: int, body: object, reason: str = "") -> str:
    """A one-line message for an error response, preferring the gateway's own words.

    ``body`` is the parsed JSON when the body was JSON, else the raw text.
    """
    prefix = f"Error code: {status_code}" + (f" {reason}" if reason else "")
    detail = _message_from_json(body) if not isinstance(body, str) else None
    if detail is None and isinstance(body, str):
        text = " ".join(_strip_markup(body).split())
        if text:
            detail = text[:BODY_EXCERPT_CHARS] + ("…" if len(text) > BODY_EXCERPT_CHARS else "")
    if not detail:
        return f"{prefix} (empty response body)" if body in ("", None) else prefix
    return f"{prefix} - {detail}"


def _message_from_json(body: object) -> str | None:
    if not isinstance(body, Mapping):
        return None
    error = body.get("error")
    if isinstance(error, Mapping):
        message = error.get("message")
        if isinstance(message, str) and message:
            return message
    if isinstance(error, str) and error:
        message = body.get("message")
        if isinstance(message, str) and message and message != error:
            return f"{error}: {message}"
        return error
    message = body.get("message")
    if isinstance(message, str) and message:
        return message
    detail = body.get("detail")
    if isinstance(detail, str) and detail:
        return detail
    return None


def _strip_markup(text: str) -> str:
    """Reduce an HTML error page to its visible words (title first), cheaply."""
    if "<" not in text:
        return text
    import re

    title = re.search(r"<title[^>]*>(.*?)</title>", text, re.IGNORECASE | re.DOTALL)
    without_head = re.sub(
        r"<(script|style|head)[^>]*>.*?</\1>", " ", text, flags=re.IGNORECASE | re.DOTALL
    )
    visible = re.sub(r"<[^>]+>", " ", without_head)
    if title and title.group(1).strip() and title.group(1).strip() not in visible:
        return f"{title.group(1).strip()} {visible}"
    return visible


_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-generation-id", "cf-ray")


def _request_id(headers: Mapping[str, str]) -> str | None:
    for name in _REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return value
    return None


def _has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018 - the property raises when no request is attached
    except RuntimeError:
        return False
    return True


def from_httpx_error(exc: Exception, request: httpx.Request | None = None) -> APIError:
    """The one place where httpx's exceptions become ours (none of them reaches a caller)."""
    import httpx

    detail = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"Request timed out ({type(exc).__name__}).", request=request)
    if isinstance(exc, httpx.DecodingError):
        return APIResponseValidationError(
            f"Could not decode the response body: {detail}", received=None, request=request
        )
    if isinstance(exc, httpx.TransportError | httpx.InvalidURL):
        return APIConnectionError(f"Connection error: {detail}", request=request)
    return APIError(f"HTTP error: {detail}", request=request)
