"""Tools against the mock gateway, sync and async: `aistats.tool` from a typed function, and
`run_tools` / `stream_tools` over scripted conversations (two steps, parallel calls, a tool
that raises, bad arguments, an unknown tool, `max_steps`) and the mock's own tool-calling."""

from __future__ import annotations

import asyncio
import dataclasses
from typing import Any, Literal

import orjson
import pytest

from aistats import (
    AIStats,
    InvalidArgumentTypeError,
    StepEvent,
    TextDeltaEvent,
    Tool,
    ToolDefinitionError,
    ToolExecutionError,
    ToolResultEvent,
    tool,
)
from aistats.testing import MockGateway, MockReply
from tests.client.conftest import MODEL, Api

WEATHER_QUESTION = [{"role": "user", "content": "What is the weather in Paris?"}]


@dataclasses.dataclass
class Place:
    city: str
    country: str | None = None


@tool
def get_weather(city: str, unit: Literal["C", "F"] = "C") -> dict[str, Any]:
    """The current weather in a city.

    Args:
        city: The city's name, e.g. "Paris".
        unit: Celsius or Fahrenheit.

    Returns:
        The temperature and the sky.
    """
    return {"city": city, "temperature": 18 if unit == "C" else 64, "unit": unit}


@tool(name="find_place", description="Find where a place is.")
def locate(place: Place, /, limit: int = 1) -> list[Place]:
    return [dataclasses.replace(place, country="FR")] * limit


def broken(reason: str) -> str:
    """Always fails."""
    raise RuntimeError(f"the service is down: {reason}")


def test_a_tool_describes_its_function() -> None:
    parameters = get_weather.parameters
    assert get_weather.name == "get_weather"
    assert get_weather.description == "The current weather in a city."
    assert get_weather.strict is True
    assert parameters["required"] == ["city", "unit"]
    assert parameters["additionalProperties"] is False
    assert parameters["properties"]["city"] == {
        "type": "string",
        "description": 'The city\'s name, e.g. "Paris".',
    }
    assert parameters["properties"]["unit"] == {
        "anyOf": [{"enum": ["C", "F"], "description": "Celsius or Fahrenheit."}, {"type": "null"}]
    }
    assert get_weather.to_param() == {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "The current weather in a city.",
            "parameters": parameters,
            "strict": True,
        },
    }
    assert get_weather("Oslo", "F")["temperature"] == 64  # still the function


def test_a_tool_binds_the_models_arguments() -> None:
    assert get_weather.bind('{"city": "Oslo", "unit": null}') == ((), {"city": "Oslo", "unit": "C"})
    args, kwargs = locate.bind('{"place": {"city": "Lyon", "country": null}, "limit": 2}')
    assert args == (Place("Lyon"),)
    assert kwargs == {"limit": 2}
    assert locate.name == "find_place"
    assert locate.parameters["properties"]["place"] == {"$ref": "#/$defs/Place"}


@pytest.mark.parametrize(
    ("function", "message"),
    [
        (lambda x: x, "<lambda>"),
        (lambda *values: values, "cannot be a tool name"),
    ],
)
def test_a_function_that_cannot_be_a_tool_is_refused(function: Any, message: str) -> None:
    with pytest.raises(ToolDefinitionError, match=message):
        tool(function)


def test_untyped_and_variadic_parameters_are_refused() -> None:
    def untyped(city):  # type: ignore[no-untyped-def]
        return city

    def variadic(*cities: str) -> str:
        return ",".join(cities)

    with pytest.raises(ToolDefinitionError, match="'city' has no type annotation"):
        tool(untyped)
    with pytest.raises(ToolDefinitionError, match=r"\*cities"):
        tool(variadic)
    with pytest.raises(ToolDefinitionError, match="cannot be a tool name"):
        tool(name="has space")(variadic)


def _tool_messages(body: dict[str, Any]) -> list[dict[str, Any]]:
    return [m for m in body["messages"] if m["role"] == "tool"]


async def test_a_two_step_run(api: Api, gateway: MockGateway) -> None:
    gateway.enqueue(MockReply.tool_calls([("get_weather", {"city": "Paris"})]))
    gateway.enqueue(MockReply.tool_calls([("get_weather", {"city": "Lyon", "unit": "F"})]))
    gateway.enqueue(MockReply.text("Paris 18 C, Lyon 64 F."))
    result = await api.run_tools(model=MODEL, messages=WEATHER_QUESTION, tools=[get_weather])
    assert result.stop_reason == "answered"
    assert result.text == "Paris 18 C, Lyon 64 F."
    assert [m["role"] for m in result.messages] == [
        "user", "assistant", "tool", "assistant", "tool", "assistant",
    ]  # fmt: skip
    assert len(result.steps) == 2
    first = result.steps[0].calls[0]
    assert first.name == "get_weather"
    assert orjson.loads(first.output) == {"city": "Paris", "temperature": 18, "unit": "C"}
    assert first.result == {"city": "Paris", "temperature": 18, "unit": "C"}
    assert first.error is None
    requests = [r.body for r in gateway.requests]
    assert len(requests) == 3
    assert requests[0]["tools"] == [get_weather.to_param()]
    # each call sends the conversation so far: the tool result answers the call's id
    call_id = requests[1]["messages"][1]["tool_calls"][0]["id"]
    assert _tool_messages(requests[1]) == [
        {"role": "tool", "tool_call_id": call_id, "content": first.output}
    ]
    assert requests[2]["messages"] == result.messages[:-1]


async def test_parallel_calls_of_one_step(api: Api, gateway: MockGateway) -> None:
    gateway.enqueue(
        MockReply.tool_calls(
            [("get_weather", {"city": "Paris"}), ("find_place", {"place": {"city": "Nice"}})]
        )
    )
    gateway.enqueue(MockReply.text("Done."))
    result = await api.run_tools(
        model=MODEL, messages=WEATHER_QUESTION, tools=[get_weather, locate]
    )
    (step,) = result.steps
    assert [call.name for call in step.calls] == ["get_weather", "find_place"]
    assert orjson.loads(step.calls[1].output) == [{"city": "Nice", "country": "FR"}]
    assistant = result.messages[1]
    tool_ids = [m["tool_call_id"] for m in result.messages[2:4]]
    assert tool_ids == [call["id"] for call in assistant["tool_calls"]]
    assert len(set(tool_ids)) == 2


async def test_async_tools_of_one_step_run_concurrently(gateway: MockGateway) -> None:
    # Each tool waits for the other to have started: run one after the other, they would
    # wait for ever (the test's timeout); run concurrently, both finish.
    started = {"first": asyncio.Event(), "second": asyncio.Event()}

    @tool
    async def first() -> str:
        started["first"].set()
        await asyncio.wait_for(started["second"].wait(), 5)
        return "one"

    @tool
    async def second() -> str:
        started["second"].set()
        await asyncio.wait_for(started["first"].wait(), 5)
        return "two"

    gateway.enqueue(MockReply.tool_calls([("first", {}), ("second", {})]))
    gateway.enqueue(MockReply.text("Both."))
    from aistats import AsyncAIStats

    async with AsyncAIStats(base_url=gateway.base_url, api_key="k") as client:
        result = await client.run_tools(
            model=MODEL, messages=WEATHER_QUESTION, tools=[first, second]
        )
    assert [c.output for c in result.steps[0].calls] == ["one", "two"]
    assert all(c.error is None for c in result.steps[0].calls)


async def test_a_tool_that_raises_tells_the_model(api: Api, gateway: MockGateway) -> None:
    gateway.enqueue(MockReply.tool_calls([("broken", {"reason": "maintenance"})]))
    gateway.enqueue(MockReply.text("Sorry, the service is down."))
    result = await api.run_tools(model=MODEL, messages=WEATHER_QUESTION, tools=[broken])
    call = result.steps[0].calls[0]
    assert call.error == "RuntimeError: the service is down: maintenance"
    assert isinstance(call.exception, RuntimeError)
    assert call.output == "Error: the tool raised RuntimeError: the service is down: maintenance"
    assert _tool_messages(gateway.requests[1].body)[0]["content"] == call.output
    assert result.text == "Sorry, the service is down."


async def test_a_tool_that_raises_is_re_raised_when_asked(api: Api, gateway: MockGateway) -> None:
    gateway.enqueue(MockReply.tool_calls([("broken", {"reason": "maintenance"})]))
    with pytest.raises(ToolExecutionError) as caught:
        await api.run_tools(
            model=MODEL, messages=WEATHER_QUESTION, tools=[broken], raise_tool_errors=True
        )
    error = caught.value
    assert isinstance(error.__cause__, RuntimeError)
    assert error.tool_name == "broken"
    assert orjson.loads(error.arguments) == {"reason": "maintenance"}
    assert [m["role"] for m in error.messages] == ["user", "assistant"]
    assert len(gateway.requests) == 1


@pytest.mark.parametrize(
    ("arguments", "problem"),
    [
        ('{"city": "Paris"', "not valid JSON"),
        ('{"city": 3}', "Expected `str`, got `int` - at `$.city`"),
        ('{"town": "Paris"}', "Object contains unknown field `town`"),
        ("[1, 2]", "must be a JSON object"),
    ],
)
async def test_bad_arguments_go_back_to_the_model(
    api: Api, gateway: MockGateway, arguments: str, problem: str
) -> None:
    gateway.enqueue(MockReply.tool_calls([("get_weather", arguments)]))
    gateway.enqueue(MockReply.text("Let me fix that."))
    result = await api.run_tools(model=MODEL, messages=WEATHER_QUESTION, tools=[get_weather])
    call = result.steps[0].calls[0]
    assert call.error is not None
    assert problem in call.error
    assert call.output.startswith("Error: get_weather: ")
    assert call.result is None
    assert _tool_messages(gateway.requests[1].body)[0]["content"] == call.output


async def test_an_unknown_tool_goes_back_to_the_model(api: Api, gateway: MockGateway) -> None:
    gateway.enqueue(MockReply.tool_calls([("get_wether", {"city": "Paris"})]))
    gateway.enqueue(MockReply.text("Oops."))
    result = await api.run_tools(model=MODEL, messages=WEATHER_QUESTION, tools=[get_weather])
    call = result.steps[0].calls[0]
    assert call.error == "there is no tool named 'get_wether' (the tools are: get_weather)"
    assert call.output == f"Error: {call.error}"


async def test_max_steps_stops_the_run(api: Api, gateway: MockGateway) -> None:
    gateway.enqueue(MockReply.tool_calls([("get_weather", {"city": "Paris"})]), times=3)
    result = await api.run_tools(
        model=MODEL, messages=WEATHER_QUESTION, tools=[get_weather], max_steps=2
    )
    assert result.stop_reason == "max_steps"
    assert len(result.steps) == 2
    assert len(gateway.requests) == 2
    assert result.completion is result.steps[-1].completion
    # ready to continue: the last tool results are in the conversation
    assert result.messages[-1]["role"] == "tool"


async def test_the_request_keeps_its_own_fields_and_tools(api: Api, gateway: MockGateway) -> None:
    search = {"type": "openai.web_search"}
    gateway.enqueue(MockReply.text("No tools needed."))
    result = await api.run_tools(
        {"model": MODEL, "messages": WEATHER_QUESTION, "tools": [search], "temperature": 0.5},
        tools=[get_weather],
        parallel_tool_calls=False,
    )
    assert result.stop_reason == "answered"
    assert result.steps == []
    body = gateway.last_request.body
    assert body["tools"] == [search, get_weather.to_param()]
    assert body["temperature"] == 0.5
    assert body["parallel_tool_calls"] is False


async def test_wrong_arguments_are_refused_before_sending(api: Api, gateway: MockGateway) -> None:
    with pytest.raises(InvalidArgumentTypeError, match="max_steps"):
        await api.run_tools(
            model=MODEL, messages=WEATHER_QUESTION, tools=[get_weather], max_steps=0
        )
    with pytest.raises(InvalidArgumentTypeError, match="tools"):
        await api.run_tools(model=MODEL, messages=WEATHER_QUESTION, tools=[])
    with pytest.raises(InvalidArgumentTypeError, match="messages"):
        await api.run_tools(model=MODEL, tools=[get_weather])
    with pytest.raises(ToolDefinitionError, match="two tools"):
        await api.run_tools(
            model=MODEL, messages=WEATHER_QUESTION, tools=[get_weather, get_weather]
        )
    assert gateway.requests == []


def test_the_sync_client_refuses_async_tools(gateway: MockGateway) -> None:
    @tool
    async def slow() -> str:
        return "x"

    with (
        AIStats(base_url=gateway.base_url, api_key="k") as client,
        pytest.raises(InvalidArgumentTypeError, match="async function"),
    ):
        client.run_tools(model=MODEL, messages=WEATHER_QUESTION, tools=[slow])


async def test_stream_tools_yields_text_results_and_steps(api: Api, gateway: MockGateway) -> None:
    gateway.enqueue(MockReply.tool_calls([("get_weather", {"city": "Paris"})]))
    gateway.enqueue(MockReply.text("It is 18 C in Paris.", chunk_size=4))
    events, result = await api.stream_tools(
        model=MODEL, messages=WEATHER_QUESTION, tools=[get_weather]
    )
    kinds = [event.type for event in events]
    assert kinds[:2] == ["tool_result", "step"]
    assert set(kinds[2:]) == {"text"}
    tool_result, step = events[0], events[1]
    assert isinstance(tool_result, ToolResultEvent)
    assert isinstance(step, StepEvent)
    assert tool_result.call is step.step.calls[0]
    assert step.index == 0
    text = [e for e in events if isinstance(e, TextDeltaEvent)]
    assert "".join(e.text for e in text) == "It is 18 C in Paris."
    assert {e.step for e in text} == {1}
    assert result.text == "It is 18 C in Paris."
    assert result.stop_reason == "answered"
    assert [m["role"] for m in result.messages] == ["user", "assistant", "tool", "assistant"]
    assert all(request.body["stream"] is True for request in gateway.requests)


def test_a_tool_stream_runs_once(gateway: MockGateway) -> None:
    with AIStats(base_url=gateway.base_url, api_key="k") as client:
        gateway.enqueue(MockReply.text("Hi."))
        stream = client.stream_tools(model=MODEL, messages=WEATHER_QUESTION, tools=[get_weather])
        assert "".join(stream.text_stream) == "Hi."
        assert stream.get_final_result().text == "Hi."
        from aistats import UsageError

        with pytest.raises(UsageError):
            list(stream)


def test_a_tool_keeps_its_functions_type() -> None:
    assert isinstance(get_weather, Tool)
    assert get_weather.is_async is False


async def test_a_re_raised_error_waits_for_the_steps_other_calls(gateway: MockGateway) -> None:
    finished: list[str] = []

    @tool
    async def failing() -> str:
        raise ValueError("no")

    @tool
    async def slow() -> str:
        await asyncio.sleep(0.05)
        finished.append("slow")
        return "done"

    gateway.enqueue(MockReply.tool_calls([("failing", {}), ("slow", {})]))
    from aistats import AsyncAIStats

    async with AsyncAIStats(base_url=gateway.base_url, api_key="k") as client:
        with pytest.raises(ToolExecutionError, match="ValueError: no"):
            await client.run_tools(
                model=MODEL, messages=WEATHER_QUESTION, tools=[failing, slow],
                raise_tool_errors=True,
            )  # fmt: skip
    assert finished == ["slow"]  # not left running when the error propagated
