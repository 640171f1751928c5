"""The generated models agree with the spec they were generated from."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from jsonschema import Draft202012Validator

from aistats.models import (
    ChatCompletion,
    ChatCompletionChunk,
    ChatCompletionRequestMessageContentPartImage,
    ChatCompletionRequestMessageContentPartText,
    ChatCompletionRequestSystemMessage,
    ChatCompletionRequestUserMessage,
    ChatCompletionTool,
    CreateChatCompletionRequest,
    ErrorResponse,
    FunctionObject,
    ImageURL,
    ResponseFormatJsonSchema,
    ResponseFormatJsonSchemaConfig,
)
from tests.conftest import SEEDS, load_spec, schema_validator
from tests.fuzzing import fuzz_examples

pytestmark = pytest.mark.fuzz

SPEC = load_spec()
EXAMPLES = fuzz_examples(60)


def component(name: str) -> dict[str, Any]:
    """A component schema made self-contained: its $refs resolve against the copied components."""
    return {**SPEC["components"]["schemas"][name], "components": SPEC["components"]}


def validator_for(name: str) -> Draft202012Validator:
    validator: Draft202012Validator = schema_validator(name, SPEC)
    return validator


def json_values() -> st.SearchStrategy[Any]:
    return st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=8),
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
        ),
        max_leaves=6,
    )


ROUND_TRIP = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
)


@pytest.mark.parametrize(
    ("schema_name", "model"),
    [
        ("CreateChatCompletionResponse", ChatCompletion),
        ("CreateChatCompletionStreamResponse", ChatCompletionChunk),
        ("ErrorResponse", ErrorResponse),
    ],
)
def test_instances_of_the_schema_round_trip_through_the_model(schema_name: str, model: Any) -> None:
    @ROUND_TRIP
    @given(from_schema(component(schema_name)))
    def check(instance: dict[str, Any]) -> None:
        parsed = model.from_dict(instance)
        assert parsed.to_dict() == instance

    check()


def test_a_request_built_from_typed_models_validates_against_the_request_schema() -> None:
    request = CreateChatCompletionRequest(
        model="openai/gpt-4o",
        messages=[
            ChatCompletionRequestSystemMessage(content="You are helpful."),
            ChatCompletionRequestUserMessage(
                content=[
                    ChatCompletionRequestMessageContentPartText(text="What's in this image?"),
                    ChatCompletionRequestMessageContentPartImage(
                        image_url=ImageURL(url="https://example.com/photo.jpg", detail="high")
                    ),
                ]
            ),
        ],
        temperature=0.5,
        stop=["\n\n"],
        tools=[
            ChatCompletionTool(
                function=FunctionObject(name="get_weather", parameters={"type": "object"})
            )
        ],
        tool_choice="auto",
        response_format=ResponseFormatJsonSchema(
            json_schema=ResponseFormatJsonSchemaConfig(
                name="weather", schema={"type": "object"}, strict=True
            )
        ),
        service_tier="flex",
    )
    body = request.to_dict()
    validator_for("CreateChatCompletionRequest").validate(body)
    assert body["messages"][1]["content"][1] == {
        "type": "image_url",
        "image_url": {"url": "https://example.com/photo.jpg", "detail": "high"},
    }


def test_a_request_outside_the_seeds_ranges_is_rejected_by_the_schema() -> None:
    errors = list(
        validator_for("CreateChatCompletionRequest").iter_errors(
            {"model": "m", "messages": [{"role": "user", "content": "hi"}], "temperature": 3}
        )
    )
    assert [list(e.path) for e in errors] == [["temperature"]]


@given(
    st.fixed_dictionaries(
        {"model": st.text(min_size=1, max_size=10).filter(str.strip)},
        optional={
            "temperature": st.floats(0, 2),
            "top_p": st.floats(0, 1),
            "n": st.integers(1, 16),
            "stop": st.one_of(
                st.text(max_size=5), st.lists(st.text(max_size=5), min_size=1, max_size=4)
            ),
            "tool_choice": st.sampled_from(["auto", "none", "required"]),
            "service_tier": st.sampled_from(["standard", "fast", "priority", "flex"]),
            "stream": st.booleans(),
            "metadata": st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=3),
        },
    ),
    st.lists(
        st.sampled_from(["system", "developer", "user", "assistant", "tool"]).flatmap(
            lambda role: st.fixed_dictionaries(
                {"role": st.just(role), "content": st.text(max_size=20)}
                | ({"tool_call_id": st.text(min_size=1, max_size=5)} if role == "tool" else {})
            )
        ),
        min_size=1,
        max_size=4,
    ),
)
@ROUND_TRIP
def test_request_dicts_round_trip_and_keep_the_right_message_class(
    fields: dict[str, Any], messages: list[dict[str, Any]]
) -> None:
    body = {**fields, "messages": messages}
    request = CreateChatCompletionRequest.from_dict(body)
    assert request.to_dict() == body
    assert [m.role for m in request.messages] == [m["role"] for m in messages]
    validator_for("CreateChatCompletionRequest").validate(body)


def _seed_000_json_block() -> dict[str, Any]:
    text = (SEEDS / "seed_000_typescript_sdk.txt").read_text(encoding="utf-8")
    block = re.search(r"```json theme=\{null\}\n(.*?)```", text, re.DOTALL)
    assert block is not None
    loaded: dict[str, Any] = json.loads(block.group(1))
    return loaded


def _seed_000_frames() -> list[str]:
    text = (SEEDS / "seed_000_typescript_sdk.txt").read_text(encoding="utf-8")
    return re.findall(r"^data: (.*)$", text, re.MULTILINE)


def test_seed_000_example_response_parses_with_the_right_values() -> None:
    completion = ChatCompletion.from_dict(_seed_000_json_block())
    assert completion.id == "chatcmpl-123"
    assert completion.object_ == "chat.completion"
    assert completion.created == 1677652288
    assert completion.choices[0].message.role == "assistant"
    assert completion.choices[0].message.content == "Hello there, how may I assist you today?"
    assert completion.choices[0].finish_reason == "stop"
    assert completion.usage
    assert (completion.usage.prompt_tokens, completion.usage.completion_tokens) == (9, 12)
    assert completion.usage.total_tokens == 21


def test_seed_000_stream_frames_parse_with_the_right_values() -> None:
    frames = _seed_000_frames()
    assert frames[-1] == "[DONE]"
    chunks = [ChatCompletionChunk.from_dict(json.loads(frame)) for frame in frames[:-1]]
    assert [c.choices[0].delta.content for c in chunks][:2] == ["", "Hello"]
    assert chunks[0].choices[0].delta.role == "assistant"
    assert chunks[2].choices[0].finish_reason == "stop"
    assert chunks[2].usage
    assert chunks[2].usage.total_tokens == 21
    assert all(c.object_ == "chat.completion.chunk" for c in chunks)


def test_unknown_fields_survive_a_round_trip_at_every_level() -> None:
    body = _seed_000_json_block()
    body["gateway_trace"] = [{"stage": "route", "ms": 0.1}]
    body["choices"][0]["message"]["vendor_extra"] = {"x": 1}
    body["choices"][0]["native_finish_reason"] = "end_turn"
    body["usage"]["server_tool_counter"] = 2
    completion = ChatCompletion.from_dict(body)
    assert completion.to_dict() == body
    assert completion["gateway_trace"] == [{"stage": "route", "ms": 0.1}]


@pytest.mark.parametrize("finish_reason", ["end_turn", "MAX_TOKENS", "recitation", None])
def test_an_unknown_or_null_finish_reason_parses(finish_reason: str | None) -> None:
    body = _seed_000_json_block()
    body["choices"][0]["finish_reason"] = finish_reason
    assert ChatCompletion.from_dict(body).choices[0].finish_reason == finish_reason


def test_an_unknown_role_and_object_parse() -> None:
    frame = json.loads(_seed_000_frames()[0])
    frame["object"] = "chat.completion.chunk.v2"
    frame["choices"][0]["delta"]["role"] = "model"
    chunk = ChatCompletionChunk.from_dict(frame)
    assert (chunk.object_, chunk.choices[0].delta.role) == ("chat.completion.chunk.v2", "model")


def test_a_usage_only_last_frame_with_no_choices_parses() -> None:
    frame = {
        "id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": [],
        "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3},
    }  # fmt: skip
    chunk = ChatCompletionChunk.from_dict(frame)
    assert chunk.choices == []
    assert chunk.usage
    assert chunk.usage.total_tokens == 3
