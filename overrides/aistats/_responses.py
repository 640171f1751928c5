"""Turning what the gateway sent into typed results. Pure: the sync and async clients read the
bytes, these functions decide what they mean (the errors are built by `_error_building`)."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx
import orjson

from ._error_building import not_json
from ._exceptions import APIResponseValidationError

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


def parse_completion(response: httpx.Response, content: bytes) -> CreateChatCompletionResponse:
    """The typed completion of a successful non-stream response."""
    try:
        payload = orjson.loads(content)
    except orjson.JSONDecodeError:  # also raised for bytes that are not UTF-8
        raise not_json(response, content) from None
    return completion_from_dict(payload, response.request)


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
