"""Tests for ``aistats._accumulate``: stream chunks in, one ``chat.completion`` dict out."""

from __future__ import annotations

import contextlib
import itertools
import json
import re
from collections.abc import Iterable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aistats._accumulate import ChatCompletionAccumulator
from aistats._exceptions import APIResponseValidationError

# The spec's example stream, one frame per line.
SEED_FRAMES = """\
{"id":"chatcmpl-123","object":"chat.completion.chunk","created":1677652288,"model":"gpt-3.5-turbo-0125","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}
{"id":"chatcmpl-123","object":"chat.completion.chunk","created":1677652288,"model":"gpt-3.5-turbo-0125","choices":[{"index":0,"delta":{"content":"Hello"},"finish_reason":null}]}
{"id":"chatcmpl-123","object":"chat.completion.chunk","created":1677652288,"model":"gpt-3.5-turbo-0125","choices":[{"index":0,"delta":{},"finish_reason":"stop"}],"usage":{"prompt_tokens":9,"completion_tokens":12,"total_tokens":21}}
""".splitlines()


def chunk(*choices: dict[str, Any], **top: Any) -> dict[str, Any]:
    """A chunk with the usual top-level fields and the given choices."""
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": list(choices),
        **top,
    }


def delta(index: int = 0, finish_reason: str | None = None, **fields: Any) -> dict[str, Any]:
    return {"index": index, "delta": fields, "finish_reason": finish_reason}


def tool(
    index: int | None = None,
    id: str | None = None,
    name: str | None = None,
    arguments: str | None = None,
) -> dict[str, Any]:
    piece: dict[str, Any] = {}
    if index is not None:
        piece["index"] = index
    if id is not None:
        piece["id"] = id
        piece["type"] = "function"
    function = {k: v for k, v in (("name", name), ("arguments", arguments)) if v is not None}
    if function:
        piece["function"] = function
    return piece


def accumulate(chunks: Iterable[dict[str, Any]]) -> dict[str, Any]:
    acc = ChatCompletionAccumulator()
    for c in chunks:
        acc.add(c)
    return acc.snapshot()


def message(snapshot: dict[str, Any], choice: int = 0) -> dict[str, Any]:
    result: dict[str, Any] = snapshot["choices"][choice]["message"]
    return result


def split(text: str, cuts: list[int]) -> list[str]:
    """``text`` cut at the given offsets (empty pieces included)."""
    bounds = [0, *sorted(cuts), len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds)]


# ---------------------------------------------------------------------------
# Text and simple fields
# ---------------------------------------------------------------------------


def test_seed_frames_give_the_documented_completion() -> None:
    snap = accumulate(json.loads(frame) for frame in SEED_FRAMES)
    assert snap == {
        "id": "chatcmpl-123",
        "object": "chat.completion",
        "created": 1677652288,
        "model": "gpt-3.5-turbo-0125",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "Hello"},
                "finish_reason": "stop",
                "logprobs": None,
            }
        ],
        "usage": {"prompt_tokens": 9, "completion_tokens": 12, "total_tokens": 21},
    }


def test_content_pieces_are_joined_in_order() -> None:
    pieces = ["Hel", "lo", ", ", "", "wörld", " 🌍"]
    snap = accumulate(chunk(delta(content=p)) for p in pieces)
    assert message(snap)["content"] == "Hello, wörld 🌍"


def test_content_is_none_when_no_piece_arrived() -> None:
    snap = accumulate([chunk(delta(role="assistant", content=None))])
    assert message(snap)["content"] is None


def test_content_longer_than_one_join_batch_is_joined_in_order() -> None:
    pieces = [f"{i}," for i in range(1000)]
    snap = accumulate(chunk(delta(content=p)) for p in pieces)
    assert message(snap)["content"] == "".join(pieces)


def test_role_defaults_to_assistant() -> None:
    snap = accumulate([chunk(delta(content="hi"))])
    assert message(snap)["role"] == "assistant"


def test_role_is_taken_from_the_delta() -> None:
    snap = accumulate([chunk(delta(role="tool", content="x"))])
    assert message(snap)["role"] == "tool"


def test_reasoning_content_is_joined_and_absent_when_none_arrived() -> None:
    snap = accumulate(
        [chunk(delta(reasoning_content="Let me ")), chunk(delta(reasoning_content="think"))]
    )
    assert message(snap)["reasoning_content"] == "Let me think"
    assert "reasoning_content" not in message(accumulate([chunk(delta(content="x"))]))


def test_refusal_is_joined_and_absent_when_none_arrived() -> None:
    snap = accumulate([chunk(delta(refusal="I can't ")), chunk(delta(refusal="help."))])
    assert message(snap)["refusal"] == "I can't help."
    assert "refusal" not in message(accumulate([chunk(delta(content="x", refusal=None))]))


def test_images_and_audios_lists_are_concatenated() -> None:
    snap = accumulate(
        [
            chunk(delta(images=[{"url": "a"}])),
            chunk(delta(images=[{"url": "b"}], audios=[{"data": "x"}])),
            chunk(delta(audios=[{"data": "y"}])),
        ]
    )
    assert message(snap)["images"] == [{"url": "a"}, {"url": "b"}]
    assert message(snap)["audios"] == [{"data": "x"}, {"data": "y"}]
    assert "images" not in message(accumulate([chunk(delta(content="x"))]))


def test_finish_reason_is_none_until_one_arrives() -> None:
    acc = ChatCompletionAccumulator()
    acc.add(chunk(delta(content="x")))
    assert acc.snapshot()["choices"][0]["finish_reason"] is None
    acc.add(chunk(delta(finish_reason="length")))
    acc.add(chunk(delta(finish_reason=None)))  # a later null does not erase it
    assert acc.snapshot()["choices"][0]["finish_reason"] == "length"


def test_logprobs_content_and_refusal_are_concatenated() -> None:
    def token(text: str) -> dict[str, Any]:
        return {"token": text, "logprob": -0.5, "bytes": list(text.encode()), "top_logprobs": []}

    snap = accumulate(
        [
            chunk({**delta(content="a"), "logprobs": {"content": [token("a")], "refusal": None}}),
            chunk({**delta(content="b"), "logprobs": {"content": [token("b")]}}),
            chunk({**delta(refusal="no"), "logprobs": {"content": None, "refusal": [token("no")]}}),
        ]
    )
    assert snap["choices"][0]["logprobs"] == {
        "content": [token("a"), token("b")],
        "refusal": [token("no")],
    }


def test_chunks_are_not_mutated_by_later_chunks() -> None:
    first = chunk({**delta(images=["a"]), "logprobs": {"content": [{"token": "a"}]}})
    acc = ChatCompletionAccumulator()
    acc.add(first)
    acc.add(chunk({**delta(images=["b"]), "logprobs": {"content": [{"token": "b"}]}}))
    assert first["choices"][0]["logprobs"]["content"] == [{"token": "a"}]
    assert first["choices"][0]["delta"]["images"] == ["a"]


def test_logprobs_is_none_when_none_arrived() -> None:
    snap = accumulate([chunk({**delta(content="a"), "logprobs": None})])
    assert snap["choices"][0]["logprobs"] is None


def test_usage_comes_from_a_usage_only_last_frame() -> None:
    usage = {"prompt_tokens": 9, "completion_tokens": 2, "total_tokens": 11}
    snap = accumulate(
        [
            chunk(delta(content="hi"), usage=None),
            chunk(delta(finish_reason="stop"), usage=None),
            chunk(usage=usage),
        ]
    )
    assert snap["usage"] == usage
    assert message(snap)["content"] == "hi"


def test_usage_key_is_absent_when_no_usage_arrived() -> None:
    assert "usage" not in accumulate([chunk(delta(content="hi"), usage=None)])


def test_top_level_fields_keep_their_last_non_null_value() -> None:
    snap = accumulate(
        [
            chunk(delta(content="a"), system_fingerprint="fp1", provider="openai"),
            chunk(delta(content="b"), system_fingerprint="fp2", provider=None),
        ]
    )
    assert snap["system_fingerprint"] == "fp2"
    assert snap["provider"] == "openai"
    assert snap["object"] == "chat.completion"


def test_top_level_defaults_are_none_without_any_chunk() -> None:
    assert ChatCompletionAccumulator().snapshot() == {
        "id": None,
        "object": "chat.completion",
        "created": None,
        "model": None,
        "choices": [],
    }


# ---------------------------------------------------------------------------
# Several choices
# ---------------------------------------------------------------------------


def test_interleaved_choices_are_kept_apart_and_sorted_by_index() -> None:
    order = [2, 0, 1, 1, 2, 0, 0, 2, 1]
    snap = accumulate(chunk(delta(index=i, content=f"{i}")) for i in order)
    assert [c["index"] for c in snap["choices"]] == [0, 1, 2]
    assert [message(snap, i)["content"] for i in range(3)] == ["000", "111", "222"]


def test_a_choice_without_index_is_choice_zero() -> None:
    snap = accumulate([chunk({"delta": {"content": "a"}}), chunk(delta(index=0, content="b"))])
    assert len(snap["choices"]) == 1
    assert message(snap)["content"] == "ab"


# ---------------------------------------------------------------------------
# Tool calls
# ---------------------------------------------------------------------------


def test_tool_call_pieces_are_merged_by_index() -> None:
    snap = accumulate(
        [
            chunk(delta(role="assistant", content=None, tool_calls=[tool(0, "call_1", "get_w")])),
            chunk(delta(tool_calls=[tool(0, name="eather", arguments='{"loc')])),
            chunk(delta(tool_calls=[tool(0, arguments='ation": "Paris"}')])),
            chunk(delta(finish_reason="tool_calls")),
        ]
    )
    assert message(snap)["content"] is None
    assert message(snap)["tool_calls"] == [
        {
            "id": "call_1",
            "type": "function",
            "function": {"name": "get_weather", "arguments": '{"location": "Paris"}'},
        }
    ]
    assert snap["choices"][0]["finish_reason"] == "tool_calls"


def test_tool_call_id_and_type_keep_their_first_non_empty_value() -> None:
    snap = accumulate(
        [
            chunk(
                delta(tool_calls=[{"index": 0, "id": "", "type": "", "function": {"name": "f"}}])
            ),
            chunk(delta(tool_calls=[{"index": 0, "id": "call_1", "type": "function"}])),
            chunk(delta(tool_calls=[{"index": 0, "id": "call_1", "type": "other"}])),
        ]
    )
    call = message(snap)["tool_calls"][0]
    assert (call["id"], call["type"]) == ("call_1", "function")


def test_tool_call_type_defaults_to_function() -> None:
    snap = accumulate([chunk(delta(tool_calls=[{"index": 0, "function": {"name": "f"}}]))])
    assert message(snap)["tool_calls"][0]["type"] == "function"


def test_interleaved_parallel_tool_calls_are_kept_apart() -> None:
    snap = accumulate(
        [
            chunk(delta(tool_calls=[tool(0, "call_a", "alpha", "")])),
            chunk(delta(tool_calls=[tool(1, "call_b", "beta", "")])),
            chunk(delta(tool_calls=[tool(0, arguments='{"a":')])),
            chunk(delta(tool_calls=[tool(1, arguments='{"b":')])),
            chunk(delta(tool_calls=[tool(0, arguments="1}"), tool(1, arguments="2}")])),
        ]
    )
    assert message(snap)["tool_calls"] == [
        {"id": "call_a", "type": "function", "function": {"name": "alpha", "arguments": '{"a":1}'}},
        {"id": "call_b", "type": "function", "function": {"name": "beta", "arguments": '{"b":2}'}},
    ]


def test_tool_calls_are_listed_in_order_of_first_appearance() -> None:
    snap = accumulate(
        [
            chunk(delta(tool_calls=[tool(1, "call_b", "second")])),
            chunk(delta(tool_calls=[tool(0, "call_a", "first")])),
        ]
    )
    assert [c["id"] for c in message(snap)["tool_calls"]] == ["call_b", "call_a"]


def test_tool_calls_without_index_are_told_apart_by_id() -> None:
    snap = accumulate(
        [
            chunk(delta(tool_calls=[tool(id="call_a", name="alpha", arguments='{"a":')])),
            chunk(delta(tool_calls=[tool(arguments="1}")])),  # neither: continues call_a
            chunk(delta(tool_calls=[tool(id="call_b", name="beta", arguments='{"b":')])),
            chunk(delta(tool_calls=[tool(id="call_a", arguments="")])),  # seen id: call_a
            chunk(delta(tool_calls=[tool(arguments="")])),  # continues call_a, touched last
            chunk(delta(tool_calls=[tool(id="call_b", arguments="2}")])),
        ]
    )
    assert message(snap)["tool_calls"] == [
        {"id": "call_a", "type": "function", "function": {"name": "alpha", "arguments": '{"a":1}'}},
        {"id": "call_b", "type": "function", "function": {"name": "beta", "arguments": '{"b":2}'}},
    ]


def test_tool_call_piece_with_neither_index_nor_id_starts_a_call_when_none_exists() -> None:
    snap = accumulate(
        [chunk(delta(tool_calls=[tool(name="f", arguments="{}")]))],
    )
    assert message(snap)["tool_calls"] == [
        {"id": None, "type": "function", "function": {"name": "f", "arguments": "{}"}}
    ]


def test_tool_call_name_pieces_are_joined() -> None:
    snap = accumulate(
        [
            chunk(delta(tool_calls=[tool(0, "call_1", "get_")])),
            chunk(delta(tool_calls=[tool(0, name="current_")])),
            chunk(delta(tool_calls=[tool(0, name="weather", arguments="{}")])),
        ]
    )
    assert message(snap)["tool_calls"][0]["function"]["name"] == "get_current_weather"


def test_reused_index_with_new_id_and_name_starts_a_new_call() -> None:
    # Some providers (Grok, Ollama) send every parallel call at index 0.
    snap = accumulate(
        [
            chunk(delta(tool_calls=[tool(0, "call_a", "alpha", '{"a":')])),
            chunk(delta(tool_calls=[tool(0, arguments="1}")])),
            chunk(delta(tool_calls=[tool(0, "call_b", "beta", '{"b":')])),
            chunk(delta(tool_calls=[tool(0, arguments="2}")])),
        ]
    )
    assert message(snap)["tool_calls"] == [
        {"id": "call_a", "type": "function", "function": {"name": "alpha", "arguments": '{"a":1}'}},
        {"id": "call_b", "type": "function", "function": {"name": "beta", "arguments": '{"b":2}'}},
    ]


def test_reused_index_with_new_id_but_no_name_continues_the_call_at_that_index() -> None:
    # Some providers change the id between pieces of one call; the index wins.
    snap = accumulate(
        [
            chunk(delta(tool_calls=[tool(0, "call_a", "alpha", '{"a":')])),
            chunk(delta(tool_calls=[tool(0, "call_x", arguments="1")])),
            chunk(delta(tool_calls=[tool(0, "call_x", arguments="}")])),
        ]
    )
    assert message(snap)["tool_calls"] == [
        {"id": "call_a", "type": "function", "function": {"name": "alpha", "arguments": '{"a":1}'}},
    ]


def test_legacy_function_call_pieces_are_joined() -> None:
    snap = accumulate(
        [
            chunk(delta(function_call={"name": "get_", "arguments": ""})),
            chunk(delta(function_call={"name": "time", "arguments": '{"tz":'})),
            chunk(delta(function_call={"arguments": '"UTC"}'})),
        ]
    )
    assert message(snap)["function_call"] == {"name": "get_time", "arguments": '{"tz":"UTC"}'}


# ---------------------------------------------------------------------------
# Unknown fields
# ---------------------------------------------------------------------------


def test_unknown_top_level_keys_are_kept_last_value_wins() -> None:
    snap = accumulate(
        [
            chunk(delta(content="a"), meta={"requestId": "r1"}, x_extra=1),
            chunk(delta(content="b"), meta={"requestId": "r2"}),
        ]
    )
    assert snap["meta"] == {"requestId": "r2"}
    assert snap["x_extra"] == 1


def test_unknown_choice_keys_are_kept_except_those_the_snapshot_builds() -> None:
    snap = accumulate(
        [
            chunk({**delta(content="a"), "native_finish_reason": None, "message": {"x": 1}}),
            chunk({**delta(content="b"), "native_finish_reason": "end_turn"}),
            chunk({**delta(content=""), "native_finish_reason": None}),
        ]
    )
    choice = snap["choices"][0]
    assert choice["native_finish_reason"] == "end_turn"
    assert choice["message"]["content"] == "ab"  # a chunk's own "message" is not copied


def test_unknown_delta_keys_are_kept_scalars_last_value_lists_concatenated() -> None:
    snap = accumulate(
        [
            chunk(delta(content="a", x_tag="one", reasoning_details=[{"text": "r1"}])),
            chunk(delta(content="b", x_tag="two", reasoning_details=[{"text": "r2"}])),
            chunk(delta(content="c", x_tag=None)),
        ]
    )
    assert message(snap)["x_tag"] == "two"
    assert message(snap)["reasoning_details"] == [{"text": "r1"}, {"text": "r2"}]


def test_reasoning_pieces_are_joined() -> None:
    snap = accumulate([chunk(delta(reasoning="I need ")), chunk(delta(reasoning="to think"))])
    assert message(snap)["reasoning"] == "I need to think"


def test_unknown_tool_call_and_function_keys_are_kept() -> None:
    piece = {"index": 0, "id": "c", "x_call": 1, "function": {"name": "f", "x_fn": 2}}
    snap = accumulate([chunk(delta(tool_calls=[piece]))])
    call = message(snap)["tool_calls"][0]
    assert call["x_call"] == 1
    assert call["function"]["x_fn"] == 2
    assert "index" not in call


# ---------------------------------------------------------------------------
# snapshot() and unfinished
# ---------------------------------------------------------------------------


def test_snapshot_twice_gives_equal_results_and_accumulation_continues() -> None:
    acc = ChatCompletionAccumulator()
    acc.add(chunk(delta(content="Hel", tool_calls=[tool(0, "c", "f", "{")])))
    first = acc.snapshot()
    assert acc.snapshot() == first
    acc.add(chunk({**delta(content="lo", tool_calls=[tool(0, arguments="}")]), "logprobs": None}))
    second = acc.snapshot()
    assert message(first)["content"] == "Hel"
    assert message(second)["content"] == "Hello"
    assert message(second)["tool_calls"][0]["function"]["arguments"] == "{}"
    assert acc.chunk_count == 2


def test_mutating_a_snapshot_does_not_change_the_accumulator() -> None:
    acc = ChatCompletionAccumulator()
    acc.add(chunk({**delta(images=[1]), "logprobs": {"content": [{"token": "a"}]}}))
    snap = acc.snapshot()
    message(snap)["images"].append(2)
    snap["choices"][0]["logprobs"]["content"].append({"token": "b"})
    snap["choices"].clear()
    again = acc.snapshot()
    assert message(again)["images"] == [1]
    assert again["choices"][0]["logprobs"]["content"] == [{"token": "a"}]


def test_unfinished_before_any_choice_arrives() -> None:
    acc = ChatCompletionAccumulator()
    assert acc.unfinished
    acc.add(chunk(usage={"total_tokens": 1}))  # a frame with choices: [] starts nothing
    assert acc.unfinished


def test_unfinished_while_a_choice_has_no_finish_reason() -> None:
    acc = ChatCompletionAccumulator()
    acc.add(chunk(delta(index=0, content="a"), delta(index=1, content="b")))
    acc.add(chunk(delta(index=0, finish_reason="stop")))
    assert acc.unfinished
    acc.add(chunk(delta(index=1, finish_reason="length")))
    assert not acc.unfinished


def test_a_repeated_finish_reason_does_not_finish_another_choice() -> None:
    acc = ChatCompletionAccumulator()
    acc.add(chunk(delta(index=0, content="a"), delta(index=1, content="b")))
    acc.add(chunk(delta(index=0, finish_reason="stop")))
    acc.add(chunk(delta(index=0, finish_reason="stop")))
    assert acc.unfinished


def test_not_unfinished_after_every_choice_finished() -> None:
    acc = ChatCompletionAccumulator()
    for frame in SEED_FRAMES:
        acc.add(json.loads(frame))
    assert not acc.unfinished


def test_empty_finish_reason_does_not_finish_a_choice() -> None:
    acc = ChatCompletionAccumulator()
    acc.add(chunk({"index": 0, "delta": {"content": "a"}, "finish_reason": ""}))
    assert acc.unfinished
    assert acc.snapshot()["choices"][0]["finish_reason"] is None


# -- custom tool calls -----------------------------------------------------------------------


def custom(
    index: int, id: str | None = None, name: str | None = None, text: str | None = None
) -> dict[str, Any]:
    piece: dict[str, Any] = {"index": index}
    if id is not None:
        piece["id"] = id
        piece["type"] = "custom"
    body = {k: v for k, v in (("name", name), ("input", text)) if v is not None}
    if body:
        piece["custom"] = body
    return piece


def test_custom_tool_call_pieces_are_joined_into_the_custom_form() -> None:
    snapshot = accumulate([
        chunk(delta(tool_calls=[custom(0, id="c1", name="run_", text="")])),
        chunk(delta(tool_calls=[custom(0, name="sql", text="SELECT ")])),
        chunk(delta(tool_calls=[custom(0, text="1")]), finish_reason="tool_calls"),
    ])  # fmt: skip
    assert message(snapshot)["tool_calls"] == [
        {"id": "c1", "type": "custom", "custom": {"name": "run_sql", "input": "SELECT 1"}}
    ]


def test_custom_and_function_calls_of_one_choice_keep_their_forms_and_extras() -> None:
    snapshot = accumulate([
        chunk(delta(tool_calls=[tool(0, id="f1", name="f", arguments="{}")])),
        chunk(delta(tool_calls=[{**custom(1, id="c1", name="g", text="x"), "extra": 1}])),
        chunk(delta(tool_calls=[{"index": 1, "custom": {"input": "y", "format": "grammar"}}])),
    ])  # fmt: skip
    assert message(snapshot)["tool_calls"] == [
        {"id": "f1", "type": "function", "function": {"name": "f", "arguments": "{}"}},
        {"id": "c1", "type": "custom", "custom": {"name": "g", "input": "xy", "format": "grammar"},
         "extra": 1},
    ]  # fmt: skip


# -- a whole completion as the last frame ---------------------------------------------------

FINAL_CUSTOM_CALL = {"id": "b", "type": "custom", "custom": {"name": "g", "input": "hi"}}
FINAL = {
    "id": "G-1", "object": "chat.completion", "created": 7, "model": "m2", "nativeResponseId": "r",
    "choices": [{
        "index": 0, "finish_reason": "tool_calls", "logprobs": None,
        "message": {
            "role": "assistant", "content": "Hello world",
            "tool_calls": [
                {"id": "a", "type": "function", "function": {"name": "f", "arguments": '{"x":1}'}},
                FINAL_CUSTOM_CALL,
            ],
            "images": [{"url": 1}, {"url": 2}],
        },
    }],
    "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3},
}  # fmt: skip


def test_a_whole_completion_replaces_the_choices_and_finishes_the_stream() -> None:
    accumulator = ChatCompletionAccumulator()
    accumulator.add(chunk(delta(role="assistant", content="Hello")))
    # Responses-style paths re-send the whole argument text so far with every piece.
    accumulator.add(chunk(delta(tool_calls=[tool(0, id="a", name="f", arguments='{"x"')])))
    accumulator.add(chunk(delta(tool_calls=[tool(0, id="a", arguments='{"x":1}')])))
    assert accumulator.unfinished
    accumulator.add_completion(FINAL)
    assert not accumulator.unfinished
    snapshot = accumulator.snapshot()
    assert snapshot["choices"] == FINAL["choices"]
    assert snapshot["usage"] == FINAL["usage"]
    assert (snapshot["object"], snapshot["created"], snapshot["model"]) == (
        "chat.completion",
        7,
        "m2",
    )
    assert snapshot["nativeResponseId"] == "r"


def test_the_remainder_chunk_carries_what_the_stream_had_not_sent() -> None:
    accumulator = ChatCompletionAccumulator()
    accumulator.add(chunk(delta(role="assistant", content="Hello", images=[{"url": 1}])))
    accumulator.add(chunk(delta(tool_calls=[tool(0, id="a", name="f", arguments="{")])))
    remainder = accumulator.add_completion(FINAL)
    assert remainder["object"] == "chat.completion.chunk"
    assert remainder["usage"] == FINAL["usage"]
    assert remainder["choices"] == [{
        "index": 0, "finish_reason": "tool_calls",
        "delta": {
            "content": " world",
            "tool_calls": [{"index": 1, **FINAL_CUSTOM_CALL}],
            "images": [{"url": 2}],
        },
    }]  # fmt: skip


def test_a_completion_with_nothing_streamed_before_is_one_whole_chunk() -> None:
    accumulator = ChatCompletionAccumulator()
    remainder = accumulator.add_completion(FINAL)
    delta_ = remainder["choices"][0]["delta"]
    assert delta_["role"] == "assistant"
    assert delta_["content"] == "Hello world"
    assert [call["index"] for call in delta_["tool_calls"]] == [0, 1]
    assert accumulator.snapshot()["choices"] == FINAL["choices"]


def test_a_final_text_the_stream_did_not_lead_up_to_is_not_sent_twice() -> None:
    accumulator = ChatCompletionAccumulator()
    accumulator.add(chunk(delta(content="Goodbye")))
    remainder = accumulator.add_completion(FINAL)
    assert "content" not in remainder["choices"][0]["delta"]
    assert message(accumulator.snapshot())["content"] == "Hello world"


def test_choices_only_streamed_stay_next_to_those_the_completion_holds() -> None:
    accumulator = ChatCompletionAccumulator()
    accumulator.add(chunk(delta(index=1, content="other", finish_reason="stop")))
    accumulator.add_completion(FINAL)
    choices = accumulator.snapshot()["choices"]
    assert [c["index"] for c in choices] == [0, 1]
    assert choices[1]["message"]["content"] == "other"


@pytest.mark.parametrize(
    ("bad", "field"),
    [
        ({**FINAL, "choices": "x"}, "choices"),
        ({**FINAL, "choices": [5]}, "choices[0]"),
        ({**FINAL, "choices": [{"index": "0"}]}, "choices[0].index"),
        ({**FINAL, "choices": [{"index": 0, "message": []}]}, "choices[0].message"),
        ({**FINAL, "usage": 3}, "usage"),
    ],
)
def test_a_malformed_completion_raises_validation_error_naming_the_field(
    bad: dict[str, Any], field: str
) -> None:
    with pytest.raises(
        APIResponseValidationError, match=rf"Invalid stream chunk: {re.escape(field)} "
    ):
        ChatCompletionAccumulator().add_completion(bad)


# ---------------------------------------------------------------------------
# Malformed input
# ---------------------------------------------------------------------------

MALFORMED = [
    pytest.param(["not", "an", "object"], "chunk", id="chunk-not-object"),
    pytest.param({"choices": {"0": {}}}, "choices", id="choices-not-list"),
    pytest.param({"choices": ["x"]}, "choices[0]", id="choice-not-object"),
    pytest.param({"choices": [{"index": "0", "delta": {}}]}, "choices[0].index", id="index-str"),
    pytest.param({"choices": [{"index": True, "delta": {}}]}, "choices[0].index", id="index-bool"),
    pytest.param({"choices": [{"index": [0], "delta": {}}]}, "choices[0].index", id="index-list"),
    pytest.param({"choices": [{"index": 0, "delta": "hi"}]}, "choices[0].delta", id="delta-str"),
    pytest.param({"choices": [{"index": 0, "delta": []}]}, "choices[0].delta", id="delta-list"),
    pytest.param(
        {"choices": [{}, {"index": 1, "delta": {"content": 5}}]},
        "choices[1].delta.content",
        id="content-int",
    ),
    pytest.param(
        {"choices": [{"index": 0, "delta": {"content": ["a"]}}]},
        "choices[0].delta.content",
        id="content-list",
    ),
    pytest.param(
        {"choices": [{"index": 0, "delta": {"role": 1}}]}, "choices[0].delta.role", id="role"
    ),
    pytest.param(
        {"choices": [{"index": 0, "delta": {"reasoning_content": {}}}]},
        "choices[0].delta.reasoning_content",
        id="reasoning_content",
    ),
    pytest.param(
        {"choices": [{"index": 0, "delta": {"refusal": False}}]},
        "choices[0].delta.refusal",
        id="refusal",
    ),
    pytest.param(
        {"choices": [{"index": 0, "delta": {"images": {"url": "x"}}}]},
        "choices[0].delta.images",
        id="images-not-list",
    ),
    pytest.param(
        {"choices": [{"index": 0, "delta": {"tool_calls": {}}}]},
        "choices[0].delta.tool_calls",
        id="tool_calls-not-list",
    ),
    pytest.param(
        {"choices": [{"index": 0, "delta": {"tool_calls": [{}, 3]}}]},
        "choices[0].delta.tool_calls[1]",
        id="tool-call-not-object",
    ),
    pytest.param(
        {"choices": [{"index": 0, "delta": {"tool_calls": [{"index": "0"}]}}]},
        "choices[0].delta.tool_calls[0].index",
        id="tool-call-index",
    ),
    pytest.param(
        {"choices": [{"index": 0, "delta": {"tool_calls": [{"id": 7}]}}]},
        "choices[0].delta.tool_calls[0].id",
        id="tool-call-id",
    ),
    pytest.param(
        {"choices": [{"index": 0, "delta": {"tool_calls": [{"function": "f()"}]}}]},
        "choices[0].delta.tool_calls[0].function",
        id="tool-call-function",
    ),
    pytest.param(
        {"choices": [{"index": 0, "delta": {"tool_calls": [{"function": {"name": 1}}]}}]},
        "choices[0].delta.tool_calls[0].function.name",
        id="tool-call-name",
    ),
    pytest.param(
        {"choices": [{"index": 0, "delta": {"tool_calls": [{"function": {"arguments": {}}}]}}]},
        "choices[0].delta.tool_calls[0].function.arguments",
        id="tool-call-arguments",
    ),
    pytest.param(
        {"choices": [{"index": 0, "delta": {"function_call": {"arguments": 1}}}]},
        "choices[0].delta.function_call.arguments",
        id="function_call-arguments",
    ),
    pytest.param(
        {"choices": [{"index": 0, "delta": {}, "finish_reason": 1}]},
        "choices[0].finish_reason",
        id="finish_reason-int",
    ),
    pytest.param(
        {"choices": [{"index": 0, "delta": {}, "finish_reason": False}]},
        "choices[0].finish_reason",
        id="finish_reason-false",
    ),
    pytest.param(
        {"choices": [{"index": 0, "delta": {}, "logprobs": []}]},
        "choices[0].logprobs",
        id="logprobs-not-object",
    ),
    pytest.param(
        {"choices": [{"index": 0, "delta": {}, "logprobs": {"content": {}}}]},
        "choices[0].logprobs.content",
        id="logprobs-content",
    ),
    pytest.param({"choices": [], "usage": 21}, "usage", id="usage-not-object"),
]


@pytest.mark.parametrize(("bad", "field"), MALFORMED)
def test_malformed_chunk_raises_validation_error_naming_the_field(bad: Any, field: str) -> None:
    acc = ChatCompletionAccumulator()
    with pytest.raises(APIResponseValidationError) as caught:
        acc.add(bad)
    assert f" {field} should be" in caught.value.message
    assert caught.value.received is bad
    acc.snapshot()  # still usable


def test_null_content_is_skipped() -> None:
    snap = accumulate([chunk(delta(content="a")), chunk(delta(content=None)), chunk(delta())])
    assert message(snap)["content"] == "a"


json_leaf = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
json_value = st.recursive(
    json_leaf,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=8,
)


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Either a well-typed value from ``strategy`` or any JSON value."""
    return strategy | json_value


fuzz_function = st.fixed_dictionaries(
    {}, optional={"name": maybe(st.text()), "arguments": maybe(st.text())}
)
fuzz_tool_call = st.fixed_dictionaries(
    {},
    optional={
        "index": maybe(st.integers(0, 2)),
        "id": maybe(st.sampled_from(["a", "b", ""])),
        "type": maybe(st.just("function")),
        "function": maybe(fuzz_function),
    },
)
fuzz_delta = st.fixed_dictionaries(
    {},
    optional={
        "role": maybe(st.just("assistant")),
        "content": maybe(st.text()),
        "refusal": maybe(st.text()),
        "tool_calls": maybe(st.lists(maybe(fuzz_tool_call), max_size=3)),
        "function_call": maybe(fuzz_function),
        "images": json_value,
    },
)
fuzz_choice = st.fixed_dictionaries(
    {},
    optional={
        "index": maybe(st.integers(0, 2)),
        "delta": maybe(fuzz_delta),
        "finish_reason": maybe(st.sampled_from(["stop", ""])),
        "logprobs": maybe(
            st.fixed_dictionaries({}, optional={"content": json_value, "refusal": json_value})
        ),
        "x": json_value,
    },
)
fuzz_chunk = maybe(
    st.fixed_dictionaries(
        {},
        optional={
            "id": json_value,
            "choices": maybe(st.lists(maybe(fuzz_choice), max_size=3)),
            "usage": json_value,
        },
    )
)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(fuzz_chunk, max_size=4))
def test_arbitrary_json_either_merges_or_raises_validation_error(chunks: list[Any]) -> None:
    acc = ChatCompletionAccumulator()
    for c in chunks:
        with contextlib.suppress(APIResponseValidationError):
            acc.add(c)
        acc.snapshot()
    acc.unfinished  # noqa: B018 - must not raise either


# ---------------------------------------------------------------------------
# Reassembly properties
# ---------------------------------------------------------------------------


@st.composite
def pieces_of(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A string and a random split of it into consecutive (possibly empty) pieces."""
    whole = draw(st.text())
    cuts = draw(st.lists(st.integers(0, len(whole)), max_size=12))
    return whole, split(whole, cuts)


def interleave(data: st.DataObject, queues: list[list[Any]]) -> list[tuple[int, Any]]:
    """A random interleaving of the queues that keeps each queue's own order."""
    labels = [q for q, items in enumerate(queues) for _ in items]
    order = data.draw(st.permutations(labels))
    positions = [0] * len(queues)
    merged = []
    for q in order:
        merged.append((q, queues[q][positions[q]]))
        positions[q] += 1
    return merged


@given(pieces_of())
def test_property_content_split_anywhere_reassembles(case: tuple[str, list[str]]) -> None:
    whole, pieces = case
    snap = accumulate(chunk(delta(content=p)) for p in pieces)
    assert message(snap)["content"] == whole


@given(st.data(), pieces_of(), pieces_of(), st.booleans())
def test_property_two_interleaved_tool_calls_reassemble(
    data: st.DataObject,
    first: tuple[str, list[str]],
    second: tuple[str, list[str]],
    with_index: bool,
) -> None:
    calls = [("call_a", "alpha", *first), ("call_b", "beta", *second)]
    queues: list[list[dict[str, Any]]] = []
    for number, (call_id, name, _, pieces) in enumerate(calls):
        start = tool(number if with_index else None, call_id, name, "")
        # Without an index, every interleaved piece needs the id to find its call.
        rest = [
            tool(number, arguments=p) if with_index else tool(id=call_id, arguments=p)
            for p in pieces
        ]
        queues.append([start, *rest])
    # Each call's first piece goes first so that the listing order is known.
    frames = [(0, queues[0][0]), (1, queues[1][0])]
    frames += interleave(data, [queues[0][1:], queues[1][1:]])
    snap = accumulate(chunk(delta(tool_calls=[piece])) for _, piece in frames)
    assert message(snap)["tool_calls"] == [
        {"id": call_id, "type": "function", "function": {"name": name, "arguments": whole}}
        for call_id, name, whole, _ in calls
    ]


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), st.lists(pieces_of(), min_size=1, max_size=4))
def test_property_interleaved_choices_reassemble(
    data: st.DataObject, texts: list[tuple[str, list[str]]]
) -> None:
    # Every choice gets at least its finishing frame, so every choice shows up.
    queues = [
        [delta(index=i, content=p) for p in pieces] + [delta(index=i, finish_reason="stop")]
        for i, (_, pieces) in enumerate(texts)
    ]
    acc = ChatCompletionAccumulator()
    for _, choice in interleave(data, queues):
        acc.add(chunk(choice))
    assert not acc.unfinished
    snap = acc.snapshot()
    assert [c["index"] for c in snap["choices"]] == list(range(len(texts)))
    for i, (whole, _) in enumerate(texts):
        assert message(snap, i)["content"] == whole
