"""The call options are declared once (`aistats._call_parameters.CallOptions`): the signatures
of the calls take exactly those, and the generated keyword-argument TypedDicts none of them."""

from __future__ import annotations

import inspect
import time
import typing
from collections.abc import Callable
from typing import Any

import orjson
import pytest

from aistats import AIStats, AsyncAIStats
from aistats._base_client import make_options, prepare_call
from aistats._call_parameters import CALL_CONTROLLED_FIELDS, CALL_PARAMETERS
from aistats._resources import AsyncCompletions, Completions
from aistats.models import CreateChatCompletionRequestKwargs, CreateChatCompletionRequestParam


def keyword_only(method: Callable[..., Any]) -> list[str]:
    parameters = inspect.signature(method).parameters.values()
    return [p.name for p in parameters if p.kind is inspect.Parameter.KEYWORD_ONLY]


def test_every_call_option_is_taken_out_of_the_request_and_applied() -> None:
    """The calls take `**params` and `prepare_call` tells the call options apart by name:
    none of them may end up in the body, and each must take effect."""
    assert set(CALL_PARAMETERS) == {
        "timeout", "total_timeout", "extra_headers", "extra_query", "extra_body",
    }  # fmt: skip
    options = make_options("sk-test", "http://127.0.0.1:9/v1", 30, 2, None)
    started = time.monotonic()
    call = prepare_call(
        options,
        None,
        {
            "model": "m",
            "messages": [{"role": "user", "content": "hi"}],
            "timeout": 5,
            "total_timeout": 9,
            "extra_headers": {"X-Trace": "1"},
            "extra_query": {"q": "1"},
            "extra_body": {"vendor_field": 1},
        },
        stream=False,
    )
    assert set(orjson.loads(call.content)) == {"model", "messages", "stream", "vendor_field"}
    assert call.timeout.read == 5
    assert 8 < call.deadline - started <= 9.5
    assert call.headers["X-Trace"] == "1"
    assert call.params == {"q": "1"}


@pytest.mark.parametrize(
    "method", [AIStats.generate_text, AIStats.stream_text, AsyncAIStats.generate_text]
)
def test_the_typed_overloads_take_the_call_options(method: Callable[..., Any]) -> None:
    # The implementation takes `**params: Any`; what callers see (and type checkers check)
    # are the overloads, whose `**` parameter is a TypedDict that includes `CallOptions`.
    annotations = [
        str(overload.__annotations__.get("overrides") or overload.__annotations__["params"])
        for overload in typing.get_overloads(method)
    ]
    assert annotations == ["Unpack[RequestOverrides]", "Unpack[RequestKeywords]"]


@pytest.mark.parametrize("method", [Completions.create, AsyncCompletions.create])
def test_create_takes_stream_and_the_call_options(method: Callable[..., Any]) -> None:
    assert keyword_only(method) == [*CALL_CONTROLLED_FIELDS]


def test_the_request_keyword_arguments_are_the_spec_fields_but_the_controlled_ones() -> None:
    kwargs = set(CreateChatCompletionRequestKwargs.__annotations__)
    assert not kwargs & set(CALL_PARAMETERS)
    param = set(CreateChatCompletionRequestParam.__annotations__)
    assert param - kwargs == set(CALL_CONTROLLED_FIELDS)
