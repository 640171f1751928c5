"""Structured output: the request field that asks for a schema, and the typed object out of the
reply. Pure, shared by the sync and async clients and by both object streams."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import orjson

from ._error_building import excerpt
from ._exceptions import (
    InvalidArgumentError,
    OutputNotJSONError,
    OutputRefusedError,
    OutputTruncatedError,
    OutputValidationError,
)
from ._output_schema import OutputMismatch, OutputSchema

if TYPE_CHECKING:
    from aistats_api.models import CreateChatCompletionResponse

T = TypeVar("T")

# The request field the schema goes in; a call that also names it would send two answers to
# one question.
RESPONSE_FORMAT_FIELD = "response_format"
LENGTH_FINISH_REASON = "length"


@dataclass(frozen=True, slots=True)
class ObjectResult(Generic[T]):
    """What `generate_object` returns: the object, and everything it came from.

    `object` is the reply validated and converted to the schema's type; `completion` the typed
    completion (usage, id, the message); `raw` the JSON text the model wrote.
    """

    object: T
    completion: CreateChatCompletionResponse
    raw: str


def with_response_format(
    request: Any, params: Mapping[str, Any], output: OutputSchema[Any]
) -> dict[str, Any]:
    """`params` with the `response_format` that asks for `output`; a request or keyword
    argument that sets its own is refused, naming the field."""
    given = RESPONSE_FORMAT_FIELD in params
    if isinstance(request, Mapping):
        given = given or RESPONSE_FORMAT_FIELD in request
    elif request is not None:
        given = given or RESPONSE_FORMAT_FIELD in request.to_dict()
    if given:
        raise InvalidArgumentError(
            f"{RESPONSE_FORMAT_FIELD} is set from schema=: leave it out of the request"
        )
    return {**params, RESPONSE_FORMAT_FIELD: output.response_format()}


def object_result(
    completion: CreateChatCompletionResponse, output: OutputSchema[T]
) -> ObjectResult[T]:
    """The object of `completion`'s first choice, or the typed error that says why there is
    none (each carries the completion and the text)."""
    choice = completion.choices[0] if completion.choices else None
    message = choice.message if choice is not None else None
    raw = (message.content if message is not None else None) or ""
    if message is not None and message.refusal:
        raise OutputRefusedError(
            f"The model refused to answer: {excerpt(message.refusal)}",
            completion=completion,
            raw=raw,
            refusal=message.refusal,
        )
    if choice is not None and choice.finish_reason == LENGTH_FINISH_REASON:
        raise OutputTruncatedError(
            f"The token limit cut the reply after {len(raw)} characters of JSON "
            "(finish_reason 'length'): raise max_tokens or ask for less",
            completion=completion,
            raw=raw,
        )
    return ObjectResult(parse_object(raw, output, completion), completion, raw)


def parse_object(
    raw: str, output: OutputSchema[T], completion: CreateChatCompletionResponse | None
) -> T:
    """`raw` parsed, validated and converted to `output`'s type."""
    try:
        value = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        what = "The reply is empty" if not raw.strip() else "The reply is not JSON"
        raise OutputNotJSONError(
            f"{what} ({exc.msg} at position {exc.pos}): {excerpt(raw)!r}",
            completion=completion,
            raw=raw,
            position=exc.pos,
        ) from None
    try:
        return output.to_object(value)
    except OutputMismatch as exc:
        raise OutputValidationError(
            f"The reply does not fit {output.name}: {exc}",
            completion=completion,
            raw=raw,
            # Parsed again: converting removed the nulls that stand for absent fields.
            value=orjson.loads(raw),
            errors=str(exc),
        ) from None
