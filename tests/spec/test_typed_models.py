"""What the generated types promise, checked against the spec they come from: responses read
without `Unset` and give back exactly the JSON they were read from; a short `repr`; a TypedDict
for every schema a request can hold, keyed and required as the spec says; every name
exported from `aistats.models`."""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
from typing import Any, get_args

import attrs
import pytest

import aistats.models
import aistats_api.models
from aistats.models import (
    ChatCompletion,
    ChatCompletionChunk,
    ChatCompletionRequestAssistantMessage,
    ChatCompletionRequestMessage,
    ChatCompletionRequestUserMessage,
    CreateChatCompletionRequestKwargs,
    CreateChatCompletionRequestOverrides,
    CreateChatCompletionRequestParam,
)
from tests.conftest import REPO_ROOT, load_spec

SPEC = load_spec()
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]

ONE_TOKEN_CHUNK = {
    "id": "chatcmpl-1",
    "object": "chat.completion.chunk",
    "created": 1735689600,
    "model": "openai/gpt-4o-mini",
    "choices": [{"index": 0, "delta": {"content": "Hi"}, "finish_reason": None}],
}

COMPLETION = {
    "id": "chatcmpl-2",
    "object": "chat.completion",
    "created": 1735689600,
    "model": "openai/gpt-4o-mini",
    "choices": [
        {
            "index": 0,
            "message": {"role": "assistant", "content": None, "refusal": None},
            "finish_reason": "tool_calls",
            "logprobs": None,
        }
    ],
    "gateway_trace": {"route_ms": 3},
}


def _model_classes() -> list[type[Any]]:
    names = aistats_api.models.__all__
    return [
        value
        for value in (getattr(aistats_api.models, name) for name in names)
        if inspect.isclass(value) and attrs.has(value)
    ]


# --- Reading ---------------------------------------------------------------------------------


def test_an_absent_optional_field_reads_none_and_stays_absent() -> None:
    chunk = ChatCompletionChunk.from_dict(ONE_TOKEN_CHUNK)
    assert chunk.usage is None
    assert chunk.choices[0].logprobs is None
    assert chunk.choices[0].delta.role is None
    assert "usage" not in chunk.to_dict()
    assert "logprobs" not in chunk.to_dict()["choices"][0]


def test_an_explicit_null_reads_none_and_is_given_back_as_null() -> None:
    completion = ChatCompletion.from_dict(COMPLETION)
    message = completion.choices[0].message
    assert message.content is None
    assert message.refusal is None
    assert completion.choices[0].logprobs is None
    assert completion.to_dict() == COMPLETION


def test_unknown_keys_are_kept_and_given_back() -> None:
    completion = ChatCompletion.from_dict(COMPLETION)
    assert completion.additional_properties == {"gateway_trace": {"route_ms": 3}}
    assert completion.to_dict()["gateway_trace"] == {"route_ms": 3}


def test_a_finish_reason_the_spec_does_not_list_still_parses_as_a_string() -> None:
    raw = {**ONE_TOKEN_CHUNK, "choices": [{"index": 0, "delta": {}, "finish_reason": "pause"}]}
    chunk = ChatCompletionChunk.from_dict(raw)
    assert chunk.choices[0].finish_reason == "pause"
    assert chunk.to_dict() == raw


def test_a_response_enum_is_typed_as_its_known_values() -> None:
    hints = attrs.fields(type(ChatCompletion.from_dict(COMPLETION).choices[0])).finish_reason.type
    assert hints == "ChatCompletionFinishReason | None"
    finish_reasons = SCHEMAS["ChatCompletionFinishReason"]["enum"]
    assert set(get_args(aistats.models.ChatCompletionFinishReason)) == set(finish_reasons)


def test_no_model_has_unset_in_an_attribute_or_constructor_type() -> None:
    classes = _model_classes()
    assert len(classes) > 50
    for cls in classes:
        for field in attrs.fields(cls):
            assert "Unset" not in str(field.type), f"{cls.__name__}.{field.name}: {field.type}"
        signature = str(inspect.signature(cls))
        assert "Unset" not in signature, cls.__name__
        assert "UNSET" not in signature, cls.__name__


def test_an_optional_field_left_out_of_a_constructor_is_not_sent() -> None:
    message = ChatCompletionRequestAssistantMessage(content="Sure.")
    assert message.name is None
    assert message.tool_calls is None
    assert message.to_dict() == {"role": "assistant", "content": "Sure."}
    assert ChatCompletionRequestAssistantMessage().to_dict() == {"role": "assistant"}


def test_an_optional_field_set_after_construction_is_sent() -> None:
    message = ChatCompletionRequestUserMessage(content="Hi")
    message.name = "ada"
    assert message.to_dict() == {"role": "user", "content": "Hi", "name": "ada"}


# --- repr ------------------------------------------------------------------------------------


def test_the_repr_of_a_one_token_chunk_shows_only_what_it_holds() -> None:
    chunk = ChatCompletionChunk.from_dict(ONE_TOKEN_CHUNK)
    assert repr(chunk) == (
        "CreateChatCompletionStreamResponse(id='chatcmpl-1', choices=[ChatCompletionStreamChoice("
        "index=0, delta=ChatCompletionStreamResponseDelta(content='Hi'))], "
        "object_='chat.completion.chunk', created=1735689600, model='openai/gpt-4o-mini')"
    )


def test_no_model_repr_shows_unset_or_absent_fields() -> None:
    for cls in _model_classes():
        fields = attrs.fields(cls)
        required = {f.name for f in fields if f.default is attrs.NOTHING and f.init}
        values = {name: "x" for name in required}
        instance = cls(**values)
        text = repr(instance)
        assert "Unset" not in text, text
        assert "None" not in text, text
        assert text.startswith(f"{cls.__name__}("), text


def test_the_repr_shows_additional_properties() -> None:
    text = repr(ChatCompletion.from_dict(COMPLETION))
    assert "additional_properties={'gateway_trace': {'route_ms': 3}}" in text
    assert "refusal" not in text


# --- Request TypedDicts, from the spec -------------------------------------------------------

PARAM_SUFFIX = "Param"


def _request_schemas() -> set[str]:
    """The object schemas a request body can contain, found by walking the spec's $refs."""
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                name = ref.rsplit("/", 1)[-1]
                if name not in found:
                    found.add(name)
                    walk(SCHEMAS[name])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for path in SPEC["paths"].values():
        for operation in path.values():
            walk(operation.get("requestBody", {}))
    return {name for name in found if SCHEMAS[name].get("properties")}


REQUEST_SCHEMAS = sorted(_request_schemas())


def test_the_request_schemas_include_messages_parts_and_tools() -> None:
    assert {
        "CreateChatCompletionRequest",
        "ChatCompletionRequestUserMessage",
        "ChatCompletionRequestMessageContentPartImage",
        "ChatCompletionTool",
        "FunctionObject",
        "ImageURL",
    } <= set(REQUEST_SCHEMAS)


@pytest.mark.parametrize("schema_name", REQUEST_SCHEMAS)
def test_each_request_schema_has_a_typeddict_with_its_keys_and_required_keys(
    schema_name: str,
) -> None:
    schema = SCHEMAS[schema_name]
    typed_dict = getattr(aistats.models, schema_name + PARAM_SUFFIX)
    assert typed_dict.__required_keys__ == frozenset(schema.get("required", []))
    assert typed_dict.__required_keys__ | typed_dict.__optional_keys__ == frozenset(
        schema["properties"]
    )


def test_the_keyword_argument_typeddicts_leave_out_what_the_call_sets_itself() -> None:
    request_keys = set(SCHEMAS["CreateChatCompletionRequest"]["properties"])
    kwargs_keys = set(CreateChatCompletionRequestKwargs.__annotations__)
    assert kwargs_keys == request_keys - {"stream"}
    assert CreateChatCompletionRequestKwargs.__required_keys__ == {"model", "messages"}
    assert CreateChatCompletionRequestOverrides.__required_keys__ == frozenset()
    assert CreateChatCompletionRequestOverrides.__optional_keys__ == frozenset(kwargs_keys)
    assert CreateChatCompletionRequestParam.__required_keys__ == {"model", "messages"}


def test_each_union_schema_has_an_alias_of_its_members_dict_forms() -> None:
    # The alias is a type for checkers (a string at run time): it names each oneOf member.
    for name in ("ChatCompletionRequestMessage", "ChatCompletionRequestUserMessageContentPart"):
        members = [ref["$ref"].rsplit("/", 1)[-1] for ref in SCHEMAS[name]["oneOf"]]
        alias = getattr(aistats.models, name + PARAM_SUFFIX)
        assert alias.split(" | ") == [member + PARAM_SUFFIX for member in members]
    assert ChatCompletionRequestUserMessage in get_args(ChatCompletionRequestMessage)
    assert isinstance(ChatCompletionRequestUserMessage(content="hi"), ChatCompletionRequestMessage)


# --- Exports ---------------------------------------------------------------------------------


def test_every_generated_name_is_importable_from_aistats_models() -> None:
    names = set(aistats_api.models.__all__)
    assert {"CreateChatCompletionRequestParam", "StopConfiguration", "SequenceNotStr"} <= names
    for name in names:
        assert getattr(aistats.models, name) is getattr(aistats_api.models, name)
    assert names | {"ChatCompletion", "ChatCompletionChunk"} <= set(dir(aistats.models))


def test_an_unknown_name_is_an_attribute_error_naming_the_module() -> None:
    with pytest.raises(AttributeError, match=r"module 'aistats\.models' has no attribute 'Nope'"):
        aistats.models.Nope  # noqa: B018


CALLS_WITHOUT_REQUEST_TYPES = """
import sys
from aistats import AIStats
from aistats.testing import MockGateway

messages = [{"role": "user", "content": "hi"}]
with MockGateway() as gateway, AIStats(base_url=gateway.base_url, api_key="k") as client:
    client.generate_text(model="m", messages=messages)
    client.generate_text({"model": "m", "messages": messages})
    client.chat.completions.create(model="m", messages=messages)
    with client.stream_text(model="m", messages=messages) as stream:
        "".join(stream.text_stream)
        stream.get_final_completion()
print(sorted(name for name in sys.modules if name.endswith(("_params", "_aliases"))))
"""


def test_calls_never_import_the_request_typeddicts() -> None:
    # They are for type checkers; importing them costs time at start-up.
    result = subprocess.run(
        [sys.executable, "-c", CALLS_WITHOUT_REQUEST_TYPES],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO_ROOT,
        env={**os.environ, "AI_STATS_API_KEY": "k"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
