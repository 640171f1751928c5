"""Retries: what is retried, how often, how long the client waits, and what never is."""

from __future__ import annotations

import time

import pytest

import aistats
from aistats import IncompleteStreamError
from aistats.testing import Fault, MockGateway, MockReply
from tests.client.conftest import HELLO, MODEL, Api

# Retry-After: 0 keeps the tests fast while exercising the header path.
NO_WAIT = {"Retry-After": "0"}


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504])
async def test_retryable_statuses_are_retried_until_success(
    api: Api, gateway: MockGateway, status: int
) -> None:
    gateway.enqueue(MockReply.error(status, headers=NO_WAIT), times=2)
    chat = await api.generate(model=MODEL, messages=HELLO)
    assert chat.choices[0].message.content
    assert len(gateway.requests) == 3


@pytest.mark.parametrize("status", [400, 401, 402, 403, 404, 422])
async def test_client_errors_are_never_retried(api: Api, gateway: MockGateway, status: int) -> None:
    gateway.enqueue(MockReply.error(status, headers=NO_WAIT), times=3)
    with pytest.raises(aistats.APIStatusError):
        await api.generate(model=MODEL, messages=HELLO)
    assert len(gateway.requests) == 1


async def test_max_retries_bounds_the_attempts(api: Api, gateway: MockGateway) -> None:
    gateway.enqueue(MockReply.error(503, headers=NO_WAIT), times=10)
    with pytest.raises(aistats.InternalServerError):
        await api.generate(model=MODEL, messages=HELLO)
    assert len(gateway.requests) == 3
    gateway.reset()
    gateway.enqueue(MockReply.error(503, headers=NO_WAIT), times=10)
    with pytest.raises(aistats.InternalServerError):
        await api.with_client(api.client.with_options(max_retries=4)).generate(
            model=MODEL, messages=HELLO
        )
    assert len(gateway.requests) == 5


async def test_retry_after_ms_is_honoured(api: Api, gateway: MockGateway) -> None:
    gateway.enqueue(MockReply.error(429, headers={"retry-after-ms": "300", "Retry-After": "30"}))
    started = time.monotonic()
    await api.generate(model=MODEL, messages=HELLO)
    waited = time.monotonic() - started
    assert len(gateway.requests) == 2
    # Both bounds matter: at least what was asked, and not the 30 s of the other header.
    assert 0.3 <= waited < 5


async def test_a_retry_after_beyond_the_cap_is_not_waited_for(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(MockReply.error(429, headers={"Retry-After": "3600"}))
    started = time.monotonic()
    with pytest.raises(aistats.RateLimitError):
        await api.generate(model=MODEL, messages=HELLO)
    assert time.monotonic() - started < 5
    assert len(gateway.requests) == 1


async def test_stream_requests_are_retried_before_the_first_chunk(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(MockReply.error(503, headers=NO_WAIT))
    gateway.enqueue(MockReply.derived(fault=Fault.drop_before_headers()))
    text = await api.text(model=MODEL, messages=HELLO)
    assert text
    assert len(gateway.requests) == 3


async def test_a_stream_is_never_retried_once_a_chunk_arrived(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(MockReply.text("one two three", fault=Fault.drop_mid_stream(after_events=2)))
    with pytest.raises(IncompleteStreamError):
        await api.chunks(model=MODEL, messages=HELLO)
    assert len(gateway.requests) == 1


async def test_a_dropped_connection_before_headers_is_retried(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(MockReply.derived(fault=Fault.drop_before_headers()))
    chat = await api.generate(model=MODEL, messages=HELLO)
    assert chat.choices
    assert len(gateway.requests) == 2


async def test_the_timeout_bounds_the_whole_call_including_retries(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(MockReply.derived(fault=Fault.stall_before_headers(seconds=10)), times=5)
    started = time.monotonic()
    with pytest.raises(aistats.APITimeoutError):
        await api.generate(model=MODEL, messages=HELLO, timeout=0.5)
    # Three attempts of 0.5 s each plus backoff would be over 2 s; the deadline stops at 0.5 s.
    assert time.monotonic() - started < 1.5
