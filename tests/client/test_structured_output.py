"""Structured output against the mock gateway, sync and async: `generate_object` and
`stream_object` for each kind of schema, the strict schema sent, the typed errors (each keeping
the completion and the text), and the partial objects of a stream cut at every chunk size."""

from __future__ import annotations

import dataclasses
import enum
import sys
from typing import Any, Literal, NotRequired, TypedDict

import attrs
import jiter
import msgspec
import orjson
import pydantic
import pytest

from aistats import (
    AIStats,
    InvalidArgumentError,
    InvalidArgumentTypeError,
    MissingDependencyError,
    OutputNotJSONError,
    OutputRefusedError,
    OutputTruncatedError,
    OutputValidationError,
    StructuredOutputError,
)
from aistats._output_schema import output_schema, strict_form
from aistats.testing import MockGateway, MockReply
from tests.client.conftest import HELLO, MODEL, Api


class Unit(enum.Enum):
    CELSIUS = "celsius"
    FAHRENHEIT = "fahrenheit"


@dataclasses.dataclass
class Reading:
    place: str
    temperature: float
    unit: Unit
    note: str | None = None
    tags: list[str] = dataclasses.field(default_factory=list)


@attrs.define
class Forecast:
    city: str
    readings: list[Reading]
    kind: Literal["daily", "hourly"] = "daily"


class Place(TypedDict):
    name: str
    population: int
    nickname: NotRequired[str]


class Person(pydantic.BaseModel):
    name: str
    age: int | None = None


class Point(msgspec.Struct):
    x: float
    y: float


JSON_SCHEMA = {
    "type": "object",
    "properties": {"answer": {"type": "string"}, "confidence": {"type": "number"}},
    "required": ["answer"],
}
TYPED_SCHEMAS: list[Any] = [Reading, Forecast, Place, Person, Point]


def _objects_in(schema: Any) -> list[dict[str, Any]]:
    """Every object schema with properties, anywhere in `schema`."""
    found: list[dict[str, Any]] = []
    stack = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("properties"), dict):
                found.append(node)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


@pytest.mark.parametrize("schema", TYPED_SCHEMAS, ids=lambda t: t.__name__)
async def test_each_kind_of_type_comes_back_as_that_type(
    api: Api, gateway: MockGateway, schema: Any
) -> None:
    result = await api.generate_object(model=MODEL, messages=HELLO, schema=schema)
    if schema is Place:
        assert isinstance(result.object, dict)
        assert set(result.object) >= {"name", "population"}
    else:
        assert isinstance(result.object, schema)
    assert orjson.loads(result.raw) is not None
    assert result.completion.choices[0].message.content == result.raw
    sent = gateway.last_request.body["response_format"]
    assert sent["type"] == "json_schema"
    assert sent["json_schema"]["name"] == schema.__name__
    assert sent["json_schema"]["strict"] is True
    assert sent["json_schema"]["schema"] == output_schema(schema).json_schema


async def test_a_json_schema_dict_gives_a_dict(api: Api, gateway: MockGateway) -> None:
    result = await api.generate_object(model=MODEL, messages=HELLO, schema=JSON_SCHEMA)
    assert isinstance(result.object, dict)
    assert isinstance(result.object["answer"], str)
    # `confidence` was optional: made nullable for strict mode, and a null means "absent".
    gateway.enqueue(MockReply.text('{"answer": "yes", "confidence": null}'))
    result = await api.generate_object(model=MODEL, messages=HELLO, schema=JSON_SCHEMA)
    assert result.object == {"answer": "yes"}
    sent = gateway.last_request.body["response_format"]["json_schema"]
    assert sent["name"] == "output"
    assert sent["schema"]["required"] == ["answer", "confidence"]


def test_the_strict_schema_of_nested_types_optionals_enums_and_lists() -> None:
    schema = output_schema(Forecast).json_schema
    assert schema["type"] == "object"  # an object at the root, not a $ref
    objects = _objects_in(schema)
    assert len(objects) >= 2
    for node in objects:
        assert node["required"] == list(node["properties"])
        assert node["additionalProperties"] is False
    assert "default" not in orjson.dumps(schema).decode()
    reading = schema["$defs"]["Reading"]["properties"]
    assert reading["place"] == {"type": "string"}
    # optional, not nullable in Python: nullable in the schema
    assert reading["tags"] == {
        "anyOf": [{"type": "array", "items": {"type": "string"}}, {"type": "null"}]
    }
    # already nullable: left as it was
    assert reading["note"] == {"anyOf": [{"type": "string"}, {"type": "null"}]}
    assert schema["$defs"]["Unit"]["enum"] == ["celsius", "fahrenheit"]
    assert schema["properties"]["readings"] == {
        "type": "array",
        "items": {"$ref": "#/$defs/Reading"},
    }
    assert schema["properties"]["kind"] == {
        "anyOf": [{"enum": ["daily", "hourly"]}, {"type": "null"}]
    }


def test_nulls_for_optional_fields_give_their_defaults() -> None:
    forecast = output_schema(Forecast).to_object(
        {
            "city": "Oslo",
            "kind": None,
            "readings": [
                {"place": "a", "temperature": 1.5, "unit": "celsius", "note": None, "tags": None}
            ],
        }
    )
    assert forecast == Forecast("Oslo", [Reading("a", 1.5, Unit.CELSIUS)], "daily")
    assert output_schema(Place).to_object({"name": "x", "population": 1, "nickname": None}) == {
        "name": "x",
        "population": 1,
    }


def test_schemas_that_cannot_be_strict_are_sent_as_not_strict() -> None:
    @dataclasses.dataclass
    class Free:
        counts: dict[str, int]

    free = output_schema(Free)
    assert free.strict is False
    assert free.response_format()["json_schema"]["strict"] is False
    assert strict_form({"type": "object", "properties": {"x": {}}})[1] is False


def test_a_type_that_is_not_an_object_is_refused() -> None:
    with pytest.raises(InvalidArgumentTypeError, match="JSON object"):
        output_schema(list[int])
    with pytest.raises(InvalidArgumentTypeError, match="cannot be described"):
        output_schema(AIStats)


async def test_response_format_and_schema_together_are_refused(api: Api) -> None:
    with pytest.raises(InvalidArgumentError, match="response_format"):
        await api.generate_object(
            model=MODEL, messages=HELLO, schema=Point, response_format={"type": "text"}
        )
    with pytest.raises(InvalidArgumentError, match="response_format"):
        await api.generate_object(
            {"model": MODEL, "messages": HELLO, "response_format": {"type": "json_object"}},
            schema=Point,
        )


def _refusal_completion(text: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-refused",
        "object": "chat.completion",
        "created": 1,
        "model": MODEL,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": None, "refusal": text},
                "finish_reason": "stop",
            }
        ],
    }


async def test_a_reply_that_is_not_json_raises_with_everything_kept(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(MockReply.text('{"x": 1.5, "y": oops}'))
    with pytest.raises(OutputNotJSONError) as caught:
        await api.generate_object(model=MODEL, messages=HELLO, schema=Point)
    error = caught.value
    assert isinstance(error, StructuredOutputError)
    assert error.raw == '{"x": 1.5, "y": oops}'
    assert error.position == 16  # the "o" of oops
    assert error.completion is not None
    assert error.completion.choices[0].message.content == error.raw
    assert "not JSON" in str(error)


async def test_a_reply_that_does_not_fit_raises_with_the_value(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(MockReply.text('{"x": 1.5, "y": "north"}'))
    with pytest.raises(OutputValidationError) as caught:
        await api.generate_object(model=MODEL, messages=HELLO, schema=Point)
    error = caught.value
    assert error.value == {"x": 1.5, "y": "north"}
    assert "$.y" in error.errors
    assert error.completion is not None
    assert error.raw == '{"x": 1.5, "y": "north"}'


async def test_a_reply_cut_by_the_token_limit_raises_truncated(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(MockReply.text('{"x": 1.5, "y', finish_reason="length"))
    with pytest.raises(OutputTruncatedError) as caught:
        await api.generate_object(model=MODEL, messages=HELLO, schema=Point)
    assert caught.value.raw == '{"x": 1.5, "y'
    assert caught.value.completion is not None
    assert caught.value.completion.choices[0].finish_reason == "length"


async def test_a_refusal_raises_refused(api: Api, gateway: MockGateway) -> None:
    gateway.enqueue(MockReply.json(_refusal_completion("I can't help with that.")))
    with pytest.raises(OutputRefusedError) as caught:
        await api.generate_object(model=MODEL, messages=HELLO, schema=Point)
    assert caught.value.refusal == "I can't help with that."
    assert caught.value.raw == ""
    assert caught.value.completion is not None


def _changes(values: list[Any]) -> list[Any]:
    """`values` without consecutive repeats."""
    out: list[Any] = []
    for value in values:
        if not out or out[-1] != value:
            out.append(value)
    return out


FORECAST_JSON = orjson.dumps(
    {
        "city": 'Zürich "Zurich"',
        "kind": "hourly",
        "readings": [
            {
                "place": "lake\nside",
                "temperature": -3.25,
                "unit": "celsius",
                "note": None,
                "tags": ["cold", "😀"],
            },
            {"place": "hill", "temperature": 12, "unit": "fahrenheit", "note": "windy", "tags": []},
        ],
    }
).decode()


@pytest.mark.parametrize("chunk_size", [1, 2, 3, 5, 8, 13, len(FORECAST_JSON)])
async def test_partial_objects_at_every_chunk_boundary(
    api: Api, gateway: MockGateway, chunk_size: int
) -> None:
    gateway.enqueue(MockReply.text(FORECAST_JSON, chunk_size=chunk_size))
    partials, final = await api.object_stream(model=MODEL, messages=HELLO, schema=Forecast)
    prefixes = [FORECAST_JSON[:end] for end in range(chunk_size, len(FORECAST_JSON), chunk_size)]
    prefixes.append(FORECAST_JSON)
    expected = [
        value
        for value in (
            jiter.from_json(p.encode(), partial_mode="trailing-strings") for p in prefixes
        )
        if isinstance(value, dict)
    ]
    assert _changes(partials) == _changes(expected)
    assert final == output_schema(Forecast).to_object(orjson.loads(FORECAST_JSON))


async def test_a_streamed_reply_that_is_not_json_fails_at_the_end(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(MockReply.text('{"x": 1, "y": nope} and more', chunk_size=4))
    partials, final = await api.object_stream(model=MODEL, messages=HELLO, schema=Point)
    assert partials == [{"x": 1}] or partials[-1] == {"x": 1}
    assert isinstance(final, OutputNotJSONError)
    assert final.raw == '{"x": 1, "y": nope} and more'
    assert final.completion is not None


async def test_a_streamed_reply_cut_by_the_token_limit(api: Api, gateway: MockGateway) -> None:
    gateway.enqueue(MockReply.text('{"x": 1.5, "y": 2', chunk_size=3, finish_reason="length"))
    partials, final = await api.object_stream(model=MODEL, messages=HELLO, schema=Point)
    assert partials[-1] == {"x": 1.5, "y": 2}
    assert isinstance(final, OutputTruncatedError)
    assert final.raw == '{"x": 1.5, "y": 2'


async def test_a_streamed_derived_reply_fits_its_schema(api: Api, gateway: MockGateway) -> None:
    partials, final = await api.object_stream(model=MODEL, messages=HELLO, schema=Forecast)
    assert isinstance(final, Forecast)
    assert partials
    assert gateway.last_request.body["stream"] is True
    assert gateway.last_request.body["response_format"]["json_schema"]["name"] == "Forecast"


def test_without_the_extra_a_typed_error_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    @dataclasses.dataclass
    class Fresh:
        value: int

    monkeypatch.setitem(sys.modules, "msgspec", None)  # `import msgspec` raises ImportError
    with pytest.raises(MissingDependencyError, match=r"aistats-client\[structured\]"):
        output_schema(Fresh)
