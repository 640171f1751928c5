"""Building the library's exceptions from what arrived: error responses, error frames inside a
stream, replies of the wrong kind, and transport failures. The classes themselves are in
`_exceptions`; what an error body says (either form) is read by `_error_bodies`. Pure: no I/O,
the clients read the bytes and hand them here.

Every message is cleaned of the API key the request sent (a server or proxy may quote it back),
and so is every body kept on an exception: the key is replaced in the raw text before anything
parses it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

import httpx

from ._error_bodies import error_detail, read_error_body, typed_error_body
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APIStreamError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    IncompleteStreamError,
    InternalServerError,
    NotFoundError,
    PayloadTooLargeError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    StreamTimeoutError,
    UnprocessableEntityError,
)
from ._secrets import redact_api_key, redact_in

if TYPE_CHECKING:
    from aistats_api.models.create_chat_completion_response import CreateChatCompletionResponse

__all__ = [
    "decode_error_body",
    "excerpt",
    "not_an_event_stream",
    "not_json",
    "redirect_error",
    "status_error",
    "status_error_class",
    "stream_error",
    "stream_transport_error",
    "transport_error",
]

# How much of an unexpected body goes into an exception (the rest is not needed to act on it).
RECEIVED_EXCERPT_BYTES: Final = 500
# An error body larger than this is cut before parsing: nobody needs megabytes in an exception.
MAX_ERROR_BODY_BYTES: Final = 1 << 20

_STATUS_ERRORS: Final[Mapping[int, type[APIStatusError]]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    408: RequestTimeoutError,
    409: ConflictError,
    413: PayloadTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for an error status code."""
    if status_code >= 500:
        return InternalServerError
    return _STATUS_ERRORS.get(status_code, APIStatusError)


def excerpt(data: bytes | str) -> str:
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    return text if len(text) <= RECEIVED_EXCERPT_BYTES else text[:RECEIVED_EXCERPT_BYTES] + "…"


def decode_error_body(content: bytes, request: httpx.Request | None = None) -> object:
    """The parsed JSON of an error body, else its text ('' when empty). A key the server
    echoed back is replaced before anything reads the body."""
    content = content[:MAX_ERROR_BODY_BYTES]
    text = redact_api_key(content.decode("utf-8", "replace"), request)
    if text.strip()[:1] in ("{", "["):
        try:
            return json.loads(text)
        except ValueError:
            pass
    return text


def status_error(response: httpx.Response, content: bytes) -> APIStatusError:
    """The typed exception for a 4xx/5xx response whose body has been read."""
    body = decode_error_body(content, _request_of(response))
    facts = read_error_body(response.status_code, body, response.reason_phrase, response.headers)
    return status_error_class(response.status_code)(
        facts.message,
        response=response,
        body=body,
        error_body=typed_error_body(body),
        code=facts.code,
        param=facts.param,
        type=facts.type,
        request_id=facts.request_id,
        reset_at=facts.reset_at,
        fields=facts.fields,
    )


def redirect_error(response: httpx.Response, content: bytes) -> APIStatusError:
    """The exception for a 3xx: following it would resend the body and the API key, perhaps
    to another host, so the caller decides (by pointing `base_url` at the new address)."""
    location = response.headers.get("location") or "nowhere (no Location header)"
    reason = f" {response.reason_phrase}" if response.reason_phrase else ""
    message = (
        f"Error code: {response.status_code}{reason} - the gateway redirected the request to "
        f"{location}; redirects are not followed, so the API key is never sent elsewhere. "
        "If the gateway has moved, set base_url (or AI_STATS_BASE_URL) to the new address."
    )
    return APIStatusError(
        message, response=response, body=decode_error_body(content, _request_of(response))
    )


def stream_error(
    payload: Mapping[str, Any], request: httpx.Request | None = None
) -> APIStreamError:
    """The exception for an error frame inside a 200 stream (its `partial` is filled in by
    the stream when it raises it: the chunks handed out before the frame)."""
    payload = redact_in(payload, request)
    facts = read_error_body(0, payload)
    detail = error_detail(payload) or excerpt(json.dumps(payload))
    return APIStreamError(
        f"The gateway reported an error mid-stream: {detail}",
        payload=payload,
        request=request,
        request_id=facts.request_id,
    )


def not_an_event_stream(response: httpx.Response, content: bytes) -> APIResponseValidationError:
    """The error for a 200 reply to a stream request that is not an event stream.

    A JSON reply (a proxy that ignored `stream: true`, say) must not silently yield nothing.
    """
    content_type = response.headers.get("content-type") or "no content type"
    received = _shown_body(response, content)
    return APIResponseValidationError(
        f"Expected a text/event-stream reply to a stream request, got {content_type!r}: "
        f"{received!r}",
        received=received,
        request=response.request,
    )


def not_json(response: httpx.Response, content: bytes) -> APIResponseValidationError:
    """The error for a 2xx non-stream reply that is not JSON (or not UTF-8)."""
    content_type = response.headers.get("content-type", "none")
    received = _shown_body(response, content)
    return APIResponseValidationError(
        f"Expected a JSON chat completion, got {content_type!r} that is not JSON: {received!r}",
        received=received,
        request=response.request,
    )


def _shown_body(response: httpx.Response, content: bytes) -> str:
    """The start of an unexpected body, redacted before it is cut (a key across the cut
    would keep its first half)."""
    return excerpt(redact_api_key(content.decode("utf-8", "replace"), response.request))


def transport_error(exc: Exception, request: httpx.Request | None = None) -> APIError:
    """The one place where httpx's exceptions become ours (none of them reaches a caller).
    A connection failure names the host and port it tried."""
    detail = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(
            f"Request timed out ({type(exc).__name__}){_to(request)}.", request=request
        )
    if isinstance(exc, httpx.DecodingError):
        return APIResponseValidationError(
            f"Could not decode the response body: {detail}", received=None, request=request
        )
    if isinstance(exc, httpx.TransportError | httpx.InvalidURL):
        return APIConnectionError(f"Connection error{_to(request)}: {detail}", request=request)
    return APIError(f"HTTP error: {detail}", request=request)


def stream_transport_error(
    exc: httpx.HTTPError,
    request: httpx.Request | None,
    partial: CreateChatCompletionResponse | None,
) -> APIError:
    """A transport error while a stream's body was read: what arrived is kept in `partial`."""
    if isinstance(exc, httpx.TimeoutException):
        return StreamTimeoutError(
            "The stream stalled longer than the read timeout.", partial=partial, request=request
        )
    translated = transport_error(exc, request)
    if isinstance(translated, APIResponseValidationError):
        return translated
    return IncompleteStreamError(
        f"The connection was lost mid-stream: {translated.message}",
        partial=partial,
        request=request,
    )


def _to(request: httpx.Request | None) -> str:
    """' to host:port' of the request's URL (never its credentials), or ''."""
    if request is None:
        return ""
    url = request.url
    port = url.port or {"https": 443, "http": 80}.get(url.scheme)
    return f" to {url.host}:{port}" if port else f" to {url.host}"


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a response built without a request (in tests, say)
        return None
