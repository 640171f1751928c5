"""The mock gateway as a tool-calling model and as a source of bad structured output: derived
tool calls under `tool_choice: auto`, the tool-call rules providers enforce, scripted tool
conversations, and invalid JSON, schema violations, objects and refusals on request, streamed
and not (checked through the real client)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import jsonschema
import orjson
import pytest

from aistats import AIStats, BadRequestError
from aistats.models import ChatCompletion
from aistats.testing import MockGateway, MockReply

MODEL = "openai/gpt-4o-mini"
WEATHER: Any = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
            "additionalProperties": False,
        },
    },
}
TIME: Any = {
    "type": "function",
    "function": {"name": "get_time", "parameters": {"type": "object", "properties": {}}},
}
RECIPE: Any = {
    "type": "object",
    "properties": {
        "title": {"type": "string"},
        "servings": {"type": "integer"},
        "steps": {"type": "array", "items": {"type": "string"}},
    },
    "required": ["title", "servings", "steps"],
    "additionalProperties": False,
}
RECIPE_FORMAT: Any = {"type": "json_schema", "json_schema": {"name": "recipe", "schema": RECIPE}}


@pytest.fixture(scope="module")
def _gateway() -> Iterator[MockGateway]:
    with MockGateway() as gateway:
        yield gateway


@pytest.fixture
def client(_gateway: MockGateway) -> Iterator[AIStats]:
    _gateway.reset()
    with AIStats(base_url=_gateway.base_url, api_key="sk-mock", max_retries=0) as client:
        yield client


@pytest.fixture
def gw(_gateway: MockGateway, client: AIStats) -> MockGateway:
    return _gateway


def _ask(client: AIStats, *, stream: bool, **body: Any) -> ChatCompletion:
    if stream:
        with client.stream_text(model=MODEL, **body) as s:
            return s.get_final_completion()
    return client.generate_text(model=MODEL, **body)


def _user(text: str) -> list[Any]:
    return [{"role": "user", "content": text}]


@pytest.mark.parametrize("stream", [False, True])
def test_auto_calls_the_tool_the_user_names(client: AIStats, stream: bool) -> None:
    chat = _ask(
        client, stream=stream, messages=_user("What time is it? Use get_time."),
        tools=[WEATHER, TIME],
    )  # fmt: skip
    choice = chat.choices[0]
    assert choice.finish_reason == "tool_calls"
    calls = choice.message.tool_calls or []
    assert [c.function.name for c in calls] == ["get_time"]  # type: ignore[union-attr]


def test_auto_calls_every_named_tool_at_once_unless_told_not_to(client: AIStats) -> None:
    messages = _user("get weather in Paris, and get_time there")
    chat = client.generate_text(model=MODEL, messages=messages, tools=[WEATHER, TIME])
    calls = chat.choices[0].message.tool_calls or []
    assert [c.function.name for c in calls] == ["get_weather", "get_time"]  # type: ignore[union-attr]
    assert len({c.id for c in calls}) == 2
    arguments = orjson.loads(calls[0].function.arguments)  # type: ignore[union-attr]
    jsonschema.validate(arguments, WEATHER["function"]["parameters"])
    one = client.generate_text(
        model=MODEL, messages=messages, tools=[WEATHER, TIME], parallel_tool_calls=False
    )
    assert len(one.choices[0].message.tool_calls or []) == 1


def test_auto_without_a_named_tool_calls_the_first_and_none_answers_text(client: AIStats) -> None:
    chat = client.generate_text(model=MODEL, messages=_user("Hello"), tools=[TIME, WEATHER])
    calls = chat.choices[0].message.tool_calls or []
    assert [c.function.name for c in calls] == ["get_time"]  # type: ignore[union-attr]
    text = client.generate_text(
        model=MODEL, messages=_user("Hello"), tools=[TIME], tool_choice="none"
    )
    assert text.choices[0].message.tool_calls is None
    assert text.choices[0].finish_reason == "stop"


def test_auto_reads_tool_names_in_any_case_and_with_spaces(client: AIStats) -> None:
    chat = client.generate_text(
        model=MODEL, messages=_user("Please GET WEATHER for Oslo"), tools=[TIME, WEATHER]
    )
    calls = chat.choices[0].message.tool_calls or []
    assert [c.function.name for c in calls] == ["get_weather"]  # type: ignore[union-attr]


def test_a_new_user_turn_after_tool_results_calls_again(client: AIStats) -> None:
    messages: list[Any] = _user("get_time please")
    first = client.generate_text(model=MODEL, messages=messages, tools=[TIME])
    _continue(messages, first, ["12:00"])
    answered = client.generate_text(model=MODEL, messages=messages, tools=[TIME])
    assert answered.choices[0].message.content == "get_time returned 12:00"
    messages += [{"role": "assistant", "content": "It is noon."}, *_user("and get_time now?")]
    again = client.generate_text(model=MODEL, messages=messages, tools=[TIME])
    assert again.choices[0].finish_reason == "tool_calls"


def test_tool_parameters_that_are_no_json_schema_are_a_400_under_auto(client: AIStats) -> None:
    broken: Any = {"type": "function", "function": {"name": "f", "parameters": {"type": "bogus"}}}
    with pytest.raises(BadRequestError) as caught:
        client.generate_text(model=MODEL, messages=_user("call f"), tools=[broken])
    assert caught.value.param == "tools.0.function.parameters"


@pytest.mark.parametrize("stream", [False, True])
def test_a_derived_two_step_conversation(client: AIStats, stream: bool) -> None:
    messages: list[Any] = _user("What is the weather? Use get_weather and get_time.")
    first = _ask(client, stream=stream, messages=messages, tools=[WEATHER, TIME])
    calls = first.choices[0].message.tool_calls or []
    assert len(calls) == 2
    messages.append({"role": "assistant", "tool_calls": [c.to_dict() for c in calls]})
    for call, result in zip(calls, ('{"sky": "clear"}', "12:00"), strict=True):
        messages.append({"role": "tool", "tool_call_id": call.id, "content": result})
    second = _ask(client, stream=stream, messages=messages, tools=[WEATHER, TIME])
    assert second.choices[0].message.tool_calls is None
    assert second.choices[0].message.content == (
        'get_weather returned {"sky": "clear"}; get_time returned 12:00'
    )


def _assistant_calling(*ids: str) -> dict[str, Any]:
    calls = [
        {"id": i, "type": "function", "function": {"name": "get_time", "arguments": "{}"}}
        for i in ids
    ]
    return {"role": "assistant", "tool_calls": calls}


def test_a_missing_tool_result_is_a_400_naming_the_ids(client: AIStats) -> None:
    messages = [
        *_user("time?"),
        _assistant_calling("call_a", "call_b"),
        {"role": "tool", "tool_call_id": "call_a", "content": "12:00"},
        *_user("and now?"),
    ]
    with pytest.raises(BadRequestError) as caught:
        client.generate_text(model=MODEL, messages=messages, tools=[TIME])
    assert caught.value.code == "validation_error"
    assert "call_b" in str(caught.value)
    assert "call_a" not in str(caught.value)
    assert caught.value.param == "messages.1.tool_calls"


def test_a_tool_result_for_no_call_is_a_400(client: AIStats) -> None:
    messages = [
        *_user("time?"),
        _assistant_calling("call_a"),
        {"role": "tool", "tool_call_id": "call_a", "content": "12:00"},
        {"role": "tool", "tool_call_id": "call_zzz", "content": "13:00"},
    ]
    with pytest.raises(BadRequestError) as caught:
        client.generate_text(model=MODEL, messages=messages, tools=[TIME])
    assert "call_zzz" in str(caught.value)
    assert caught.value.param == "messages.3.tool_call_id"


def test_scripted_replies_skip_the_tool_call_rules(client: AIStats, gw: MockGateway) -> None:
    messages = [*_user("time?"), _assistant_calling("call_a")]  # the result never came
    with pytest.raises(BadRequestError):
        client.generate_text(model=MODEL, messages=messages, tools=[TIME])
    gw.enqueue(MockReply.text("as scripted"))
    chat = client.generate_text(model=MODEL, messages=messages, tools=[TIME])
    assert chat.choices[0].message.content == "as scripted"


def _continue(messages: list[Any], chat: ChatCompletion, results: list[str]) -> None:
    calls = chat.choices[0].message.tool_calls or []
    messages.append({"role": "assistant", "tool_calls": [c.to_dict() for c in calls]})
    for call, result in zip(calls, results, strict=True):
        messages.append({"role": "tool", "tool_call_id": call.id, "content": result})


@pytest.mark.parametrize("stream", [False, True])
def test_a_scripted_conversation(client: AIStats, gw: MockGateway, stream: bool) -> None:
    replies = MockReply.tool_conversation(
        [
            [("get_weather", {"city": "Paris"})],
            [("get_weather", '{"city": "Lyon"}'), ("get_time", {})],
        ],
        answer="Paris and Lyon are sunny.",
    )
    for reply in replies:
        gw.enqueue(reply)
    messages: list[Any] = _user("weather?")
    first = _ask(client, stream=stream, messages=messages)
    assert [c.function.arguments for c in first.choices[0].message.tool_calls or []] == [  # type: ignore[union-attr]
        '{"city":"Paris"}'
    ]
    _continue(messages, first, ["sunny"])
    second = _ask(client, stream=stream, messages=messages)
    names = [c.function.name for c in second.choices[0].message.tool_calls or []]  # type: ignore[union-attr]
    assert names == ["get_weather", "get_time"]
    _continue(messages, second, ["sunny", "noon"])
    assert _ask(client, stream=stream, messages=messages).choices[0].message.content == (
        "Paris and Lyon are sunny."
    )
    assert gw.pending_replies == 0


def test_a_scripted_conversation_refuses_a_loop_that_forgets_a_result(
    client: AIStats, gw: MockGateway
) -> None:
    for reply in MockReply.tool_conversation([[("get_time", {}), ("get_time", {})]], "Noon."):
        gw.enqueue(reply)
    messages: list[Any] = _user("time?")
    first = client.generate_text(model=MODEL, messages=messages)
    _continue(messages, first, ["12:00", "12:00"])
    messages.pop()  # the loop forgot the second result
    with pytest.raises(BadRequestError, match="these had none"):
        client.generate_text(model=MODEL, messages=messages)
    gw.enqueue(MockReply.text("x").after_tool_results())
    with pytest.raises(BadRequestError, match="should end with the results"):
        client.generate_text(model=MODEL, messages=_user("no tools here"))


@pytest.mark.parametrize("stream", [False, True])
def test_invalid_json_on_request(client: AIStats, gw: MockGateway, stream: bool) -> None:
    gw.enqueue(MockReply.invalid_json())
    content = (
        _ask(client, stream=stream, messages=_user("recipe"), response_format=RECIPE_FORMAT)
        .choices[0]
        .message.content
    )
    assert content
    with pytest.raises(orjson.JSONDecodeError, match="unexpected end of data"):
        orjson.loads(content)
    assert content.startswith('{"title":')
    gw.enqueue(MockReply.invalid_json("not json at all"))
    chat = _ask(client, stream=stream, messages=_user("x"))
    assert chat.choices[0].message.content == "not json at all"


@pytest.mark.parametrize("stream", [False, True])
def test_a_schema_violation_on_request(client: AIStats, gw: MockGateway, stream: bool) -> None:
    gw.enqueue(MockReply.schema_violation())
    content = (
        _ask(client, stream=stream, messages=_user("recipe"), response_format=RECIPE_FORMAT)
        .choices[0]
        .message.content
    )
    value = orjson.loads(content or "")
    assert not jsonschema.Draft202012Validator(RECIPE).is_valid(value)
    assert isinstance(value, dict)  # broken inside, not a different kind of value
    assert set(RECIPE["required"]) - set(value) == {"title"}  # the first required one dropped
    derived = _ask(client, stream=stream, messages=_user("recipe"), response_format=RECIPE_FORMAT)
    jsonschema.validate(orjson.loads(derived.choices[0].message.content or ""), RECIPE)


@pytest.mark.parametrize("stream", [False, True])
def test_objects_and_refusals_on_request(client: AIStats, gw: MockGateway, stream: bool) -> None:
    pancakes = {"title": "Pancakes", "servings": 2, "steps": ["mix", "fry"]}
    gw.enqueue(MockReply.object(pancakes, chunk_size=3))
    chat = _ask(client, stream=stream, messages=_user("recipe"), response_format=RECIPE_FORMAT)
    content = chat.choices[0].message.content or ""
    assert content == '{"title":"Pancakes","servings":2,"steps":["mix","fry"]}'
    jsonschema.validate(orjson.loads(content), RECIPE)
    gw.enqueue(MockReply.refusal("I can't help with that."))
    refused = _ask(client, stream=stream, messages=_user("recipe"))
    assert refused.choices[0].message.refusal == "I can't help with that."
    assert not refused.choices[0].message.content
    assert refused.choices[0].finish_reason == "stop"
    gw.enqueue(MockReply.text('{"title": "Pan', finish_reason="length"))
    cut = _ask(client, stream=stream, messages=_user("recipe"))
    assert cut.choices[0].finish_reason == "length"
    assert cut.choices[0].message.content == '{"title": "Pan'


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "integer", "minimum": 10000},  # half of "10000" is a number: never sent
        {"type": "integer", "minimum": 5, "maximum": 1},  # no instance: still bad JSON, no 400
        {"type": "array", "items": {"type": "string"}, "minItems": 1},
    ],
)
def test_invalid_json_is_never_json(client: AIStats, gw: MockGateway, schema: Any) -> None:
    gw.enqueue(MockReply.invalid_json())
    response_format: Any = {"type": "json_schema", "json_schema": {"name": "n", "schema": schema}}
    chat = client.generate_text(model=MODEL, messages=_user("x"), response_format=response_format)
    with pytest.raises(orjson.JSONDecodeError):
        orjson.loads(chat.choices[0].message.content or "")


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]},
        {"type": "object", "properties": {"a": {"type": "integer"}}, "minProperties": 1},
        # "a" takes any value, so giving it another type is no violation: the next try is
        {"type": "object", "properties": {"a": {}}, "required": [], "minProperties": 1},
        {"type": "array", "items": {"type": "string"}, "minItems": 1},
        {"type": "string"},
    ],
)
def test_a_schema_violation_is_invalid_for_any_schema(
    client: AIStats, gw: MockGateway, schema: Any
) -> None:
    gw.enqueue(MockReply.schema_violation())
    response_format: Any = {"type": "json_schema", "json_schema": {"name": "n", "schema": schema}}
    chat = client.generate_text(model=MODEL, messages=_user("x"), response_format=response_format)
    value = orjson.loads(chat.choices[0].message.content or "")
    assert not jsonschema.Draft202012Validator(schema).is_valid(value)


def test_a_schema_without_violations_is_a_400(client: AIStats, gw: MockGateway) -> None:
    gw.enqueue(MockReply.schema_violation())
    anything: Any = {"type": "json_schema", "json_schema": {"name": "any", "schema": {}}}
    with pytest.raises(BadRequestError, match="refuses"):
        client.generate_text(model=MODEL, messages=_user("x"), response_format=anything)
