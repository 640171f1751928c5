"""Requests that cannot be sent as given are refused before anything is sent, by a TypeError or
ValueError naming the field, and never quoting a header's value (it may be a secret). The
basic wrong types (messages not a list, temperature a string, an unknown role) are covered by
tests/client/test_bad_input.py; these are the ones that got through."""

from __future__ import annotations

import math
from typing import Any

import pytest

from aistats import AIStats, AsyncAIStats
from aistats.testing import MockGateway
from tests.reliability.conftest import API_KEY, HELLO, MODEL, Api


async def assert_refused_before_sending(
    api: Api, gateway: MockGateway, error: type[Exception], field: str, **fields: Any
) -> Exception:
    """Both calls raise `error` naming `field`, and the server sees nothing."""
    request = {"model": MODEL, "messages": HELLO, **fields}
    with pytest.raises(error) as plain:
        await api.generate(**request)
    with pytest.raises(error) as stream:
        await api.open(**request)
    assert field in str(plain.value)
    assert field in str(stream.value)
    assert gateway.requests == []
    return plain.value


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"temperature": math.nan}, "temperature"),
        ({"top_p": math.inf}, "top_p"),
        ({"presence_penalty": -math.inf}, "presence_penalty"),
        ({"metadata": {"score": math.nan}}, "metadata.score"),
        ({"extra_body": {"sampling": {"weights": [0.5, math.inf]}}}, "sampling.weights[1]"),
    ],
    ids=["temperature-nan", "top_p-inf", "presence_penalty-minus-inf", "metadata", "extra_body"],
)
async def test_nan_and_infinity_are_refused_naming_the_field(
    api: Api, gateway: MockGateway, fields: dict[str, Any], field: str
) -> None:
    await assert_refused_before_sending(api, gateway, ValueError, field, **fields)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"max_tokens": 10**20}, "max_tokens"),
        ({"seed": -(2**63) - 1}, "seed"),
        ({"metadata": {"ids": [1, 2**70]}}, "metadata.ids[1]"),
    ],
    ids=["max_tokens", "seed", "metadata"],
)
async def test_integers_beyond_64_bits_are_refused_naming_the_field(
    api: Api, gateway: MockGateway, fields: dict[str, Any], field: str
) -> None:
    await assert_refused_before_sending(api, gateway, ValueError, field, **fields)


async def test_a_lone_surrogate_in_a_message_is_refused_naming_the_message(
    api: Api, gateway: MockGateway
) -> None:
    messages = [{"role": "user", "content": "half a pair: \ud83d"}]
    with pytest.raises(ValueError, match=r"messages\[0\]\.content"):
        await api.generate(model=MODEL, messages=messages)
    assert gateway.requests == []


BAD_HEADERS = {
    "line-break": ({"X-Trace": "abc\r\nX-Injected: 1"}, ValueError, "X-Trace"),
    "non-ascii": ({"X-Trace": "naïve"}, ValueError, "X-Trace"),
    "not-a-string": ({"X-Retries": 3}, TypeError, "X-Retries"),
    "bad-name": ({"X Trace": "value"}, ValueError, "X Trace"),
}


@pytest.mark.parametrize("case", sorted(BAD_HEADERS))
async def test_an_extra_header_that_cannot_be_sent_is_refused_naming_it(
    api: Api, gateway: MockGateway, case: str
) -> None:
    headers, error, name = BAD_HEADERS[case]
    refused = await assert_refused_before_sending(api, gateway, error, name, extra_headers=headers)
    assert "X-Injected" not in str(refused)
    assert "naïve" not in str(refused)


@pytest.mark.parametrize("case", sorted(BAD_HEADERS))
@pytest.mark.parametrize("client_type", [AIStats, AsyncAIStats])
def test_a_default_header_that_cannot_be_sent_is_refused_at_construction(
    client_type: type[AIStats] | type[AsyncAIStats], case: str
) -> None:
    headers, error, name = BAD_HEADERS[case]
    with pytest.raises(error, match=name):
        client_type(api_key=API_KEY, default_headers=headers)


@pytest.mark.parametrize("case", sorted(BAD_HEADERS))
def test_a_default_header_that_cannot_be_sent_is_refused_by_with_options(case: str) -> None:
    headers, error, name = BAD_HEADERS[case]
    with pytest.raises(error, match=name):
        AIStats(api_key=API_KEY).with_options(default_headers=headers)


async def test_a_call_timeout_of_the_wrong_type_is_refused_naming_it(
    api: Api, gateway: MockGateway
) -> None:
    await assert_refused_before_sending(api, gateway, ValueError, "timeout", timeout="10")


@pytest.mark.parametrize("client_type", [AIStats, AsyncAIStats])
def test_an_api_key_that_is_not_a_string_is_refused_naming_it(
    client_type: type[AIStats] | type[AsyncAIStats],
) -> None:
    with pytest.raises(TypeError, match="api_key must be a string"):
        client_type(api_key=1234567890)  # type: ignore[arg-type]


@pytest.mark.parametrize("messages", [5, None, "hello"], ids=["int", "none", "str"])
async def test_the_openai_shaped_create_names_messages_when_it_is_not_a_list(
    api: Api, gateway: MockGateway, messages: Any
) -> None:
    with pytest.raises(TypeError, match="messages must be a list"):
        await api.create(model=MODEL, messages=messages)
    assert gateway.requests == []


async def test_the_openai_shaped_create_refuses_a_wrong_type_naming_the_field(
    api: Api, gateway: MockGateway
) -> None:
    with pytest.raises(TypeError, match="temperature"):
        await api.create(model=MODEL, messages=HELLO, temperature="warm")
    assert gateway.requests == []
