# pyright: strict
"""Structured output and tools as a service writes them: `mypy --strict` and pyright (strict)
must accept every line, and infer the object's type through each call (`assert_type`).
Never run."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, TypedDict, assert_type

import attrs
import msgspec
import pydantic

from aistats import (
    AIStats,
    AsyncAIStats,
    AsyncObjectStream,
    ObjectResult,
    ObjectStream,
    OutputRefusedError,
    StructuredOutputError,
    TextDeltaEvent,
    Tool,
    ToolEvent,
    ToolRunResult,
    tool,
)
from aistats.models import (
    ChatCompletion,
    ChatCompletionRequestMessageParam,
    CreateChatCompletionRequestParam,
)

M = "openai/gpt-4o-mini"
msgs: list[ChatCompletionRequestMessageParam] = [{"role": "user", "content": "Hi"}]


@dataclass
class City:
    name: str
    population: int


@attrs.define
class Country:
    name: str
    cities: list[City]


class Place(TypedDict):
    name: str
    kind: Literal["city", "village"]


class Person(pydantic.BaseModel):
    name: str
    age: int | None = None


class Point(msgspec.Struct):
    x: float
    y: float


@tool
def get_weather(city: str, unit: Literal["C", "F"] = "C") -> str:
    """The weather in a city."""
    return f"18 {unit} in {city}"


@tool(name="lookup", description="Find a city.")
async def find_city(name: str) -> City:
    return City(name, 1)


def schemas(client: AIStats) -> None:
    city = client.generate_object(model=M, messages=msgs, schema=City)
    assert_type(city, ObjectResult[City])
    assert_type(city.object, City)
    assert_type(city.completion, ChatCompletion)
    assert_type(city.raw, str)
    assert_type(client.generate_object(model=M, messages=msgs, schema=Country).object, Country)
    assert_type(client.generate_object(model=M, messages=msgs, schema=Place).object, Place)
    assert_type(client.generate_object(model=M, messages=msgs, schema=Person).object, Person)
    assert_type(client.generate_object(model=M, messages=msgs, schema=Point).object, Point)
    as_dict = client.generate_object(model=M, messages=msgs, schema={"type": "object"})
    assert_type(as_dict.object, dict[str, Any])
    request: CreateChatCompletionRequestParam = {"model": M, "messages": msgs}
    assert_type(
        client.generate_object(request, schema=City, temperature=0, schema_name="city").object,
        City,
    )


def streams(client: AIStats) -> None:
    with client.stream_object(model=M, messages=msgs, schema=Country) as stream:
        assert_type(stream, ObjectStream[Country])
        for partial in stream:
            assert_type(partial, dict[str, Any])
        for text in stream.text_stream:
            assert_type(text, str)
        assert_type(stream.get_final_object(), Country)
        assert_type(stream.get_final_result(), ObjectResult[Country])


def errors(client: AIStats) -> str:
    try:
        return client.generate_object(model=M, messages=msgs, schema=City).object.name
    except OutputRefusedError as exc:
        return exc.refusal
    except StructuredOutputError as exc:
        completion: ChatCompletion | None = exc.completion
        return exc.raw if completion is None else completion.id


def tools(client: AIStats) -> list[ChatCompletionRequestMessageParam]:
    weather: Tool[[str, Literal["C", "F"]], str] = get_weather
    assert_type(weather("Paris", "C"), str)
    assert_type(get_weather("Paris"), str)
    result = client.run_tools(model=M, messages=msgs, tools=[get_weather], max_steps=3)
    assert_type(result, ToolRunResult)
    assert_type(result.text, str | None)
    assert_type(result.stop_reason, Literal["answered", "max_steps"])
    for step in result.steps:
        for call in step.calls:
            assert_type(call.output, str)
    plain = client.run_tools({"model": M, "messages": msgs}, tools=[len], parallel_tool_calls=True)
    for event in client.stream_tools(model=M, messages=result.messages, tools=[get_weather]):
        assert_type(event, ToolEvent)
        if isinstance(event, TextDeltaEvent):
            assert_type(event.text, str)
        elif event.type == "tool_result":
            assert_type(event.call.name, str)
    return plain.messages


async def async_calls(client: AsyncAIStats) -> None:
    city = await client.generate_object(model=M, messages=msgs, schema=City)
    assert_type(city.object, City)
    async with client.stream_object(model=M, messages=msgs, schema=Place) as stream:
        assert_type(stream, AsyncObjectStream[Place])
        async for partial in stream:
            assert_type(partial, dict[str, Any])
        assert_type(await stream.get_final_object(), Place)
    result = await client.run_tools(model=M, messages=msgs, tools=[find_city, get_weather])
    assert_type(result, ToolRunResult)
    async for event in client.stream_tools(model=M, messages=msgs, tools=[find_city]):
        assert_type(event, ToolEvent)
