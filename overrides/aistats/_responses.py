"""Turning what the gateway sent into typed results or typed errors. Pure: the sync and async
clients read the bytes, these functions decide what they mean."""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

import httpx
import orjson

from ._error_bodies import read_error_body, typed_error_body
from ._exceptions import (
    APIResponseValidationError,
    APIStatusError,
    redact_api_key,
    status_error_class,
)

if TYPE_CHECKING:
    from aistats_api.models.create_chat_completion_response import CreateChatCompletionResponse
    from aistats_api.models.create_chat_completion_stream_response import (
        CreateChatCompletionStreamResponse,
    )


# The model classes are imported on first use: they are ~30 ms of `import aistats` otherwise.
@functools.cache
def completion_type() -> type[CreateChatCompletionResponse]:
    from aistats_api.models.create_chat_completion_response import (
        CreateChatCompletionResponse,
    )

    return CreateChatCompletionResponse


@functools.cache
def chunk_type() -> type[CreateChatCompletionStreamResponse]:
    from aistats_api.models.create_chat_completion_stream_response import (
        CreateChatCompletionStreamResponse,
    )

    return CreateChatCompletionStreamResponse


# How much of an unexpected body goes into an exception (the rest is not needed to act on it).
RECEIVED_EXCERPT_BYTES: Final = 500
# An error body larger than this is cut before parsing: nobody needs megabytes in an exception.
MAX_ERROR_BODY_BYTES: Final = 1 << 20


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


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a response built without a request (in tests, say)
        return None


def parse_completion(response: httpx.Response, content: bytes) -> CreateChatCompletionResponse:
    """The typed completion of a successful non-stream response."""
    request = response.request
    try:
        payload = orjson.loads(content)
    except orjson.JSONDecodeError:
        # Also raised for bytes that are not UTF-8.
        content_type = response.headers.get("content-type", "none")
        raise APIResponseValidationError(
            f"Expected a JSON chat completion, got {content_type!r} that is not JSON: "
            f"{excerpt(content)!r}",
            received=excerpt(content),
            request=request,
        ) from None
    return completion_from_dict(payload, request)


def completion_from_dict(
    payload: object, request: httpx.Request | None = None
) -> CreateChatCompletionResponse:
    if not isinstance(payload, Mapping):
        raise APIResponseValidationError(
            f"Expected a JSON object as chat completion, got {type(payload).__name__}",
            received=payload,
            request=request,
        )
    try:
        return completion_type().from_dict(payload)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError(
            f"The chat completion does not match the spec: {_describe(exc)}",
            received=payload,
            request=request,
        ) from None


def chunk_from_dict(
    payload: Mapping[str, Any], request: httpx.Request | None = None
) -> CreateChatCompletionStreamResponse:
    try:
        return chunk_type().from_dict(payload)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError(
            f"A stream chunk does not match the spec: {_describe(exc)}",
            received=payload,
            request=request,
        ) from None


def _describe(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"missing field {exc.args[0]!r}"
    return str(exc) or type(exc).__name__


def is_event_stream(response: httpx.Response) -> bool:
    content_type: str = response.headers.get("content-type", "")
    return content_type.split(";", 1)[0].strip().lower() == "text/event-stream"


def not_an_event_stream(response: httpx.Response, content: bytes) -> APIResponseValidationError:
    """The error for a 200 reply to a stream request that is not an event stream.

    A JSON reply (a proxy that ignored `stream: true`, say) must not silently yield nothing.
    """
    content_type = response.headers.get("content-type") or "no content type"
    received = excerpt(content)
    return APIResponseValidationError(
        f"Expected a text/event-stream reply to a stream request, got {content_type!r}: "
        f"{received!r}",
        received=received,
        request=response.request,
    )
