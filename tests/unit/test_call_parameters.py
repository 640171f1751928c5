"""The call options are declared once (`aistats._call_parameters.CallOptions`): the signatures
of the calls take exactly those, and the generated keyword-argument TypedDicts none of them."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest

from aistats import AIStats, AsyncAIStats
from aistats._call_parameters import CALL_CONTROLLED_FIELDS, CALL_PARAMETERS
from aistats._resources import AsyncCompletions, Completions
from aistats.models import CreateChatCompletionRequestKwargs, CreateChatCompletionRequestParam


def keyword_only(method: Callable[..., Any]) -> list[str]:
    parameters = inspect.signature(method).parameters.values()
    return [p.name for p in parameters if p.kind is inspect.Parameter.KEYWORD_ONLY]


@pytest.mark.parametrize(
    "method",
    [
        AIStats.generate_text,
        AIStats.stream_text,
        AsyncAIStats.generate_text,
        AsyncAIStats.stream_text,
    ],
)
def test_the_calls_take_the_call_options_as_keyword_parameters(method: Callable[..., Any]) -> None:
    assert keyword_only(method) == list(CALL_PARAMETERS)


@pytest.mark.parametrize("method", [Completions.create, AsyncCompletions.create])
def test_create_takes_stream_and_the_call_options(method: Callable[..., Any]) -> None:
    assert keyword_only(method) == [*CALL_CONTROLLED_FIELDS, *CALL_PARAMETERS]


def test_the_request_keyword_arguments_are_the_spec_fields_but_the_controlled_ones() -> None:
    kwargs = set(CreateChatCompletionRequestKwargs.__annotations__)
    assert not kwargs & set(CALL_PARAMETERS)
    param = set(CreateChatCompletionRequestParam.__annotations__)
    assert param - kwargs == set(CALL_CONTROLLED_FIELDS)
