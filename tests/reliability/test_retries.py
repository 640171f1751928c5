"""Retries measured at the server: how many attempts arrive and how far apart (the mock stamps
each request's arrival), for 429 and 503 with every way to say when to come back, and what is
never retried. Bounds are correctness bounds with generous margins, not speed targets."""

from __future__ import annotations

import email.utils
import math
import time

import pytest

import aistats
from aistats import APIStatusError
from aistats.testing import Fault, MockGateway, MockReply
from tests.reliability.conftest import HELLO, MODEL, Api, arrival_gaps, read_until_error

# A sleep may end a clock tick early (asyncio rounds to its clock resolution).
EARLY = 0.01
# How late a retry may arrive after the wait it was asked for: scheduling, not speed.
LATE = 1.5
RETRY_STATUSES = [429, 503]


@pytest.mark.parametrize("status", RETRY_STATUSES)
async def test_retry_after_seconds_is_waited_for_at_the_server(
    api: Api, gateway: MockGateway, status: int
) -> None:
    gateway.enqueue(MockReply.error(status, headers={"Retry-After": "1"}))
    chat = await api.generate(model=MODEL, messages=HELLO)
    assert chat.choices[0].message.content
    requests = gateway.requests
    assert len(requests) == 2
    [gap] = arrival_gaps(requests)
    assert 1.0 - EARLY <= gap <= 1.0 + LATE


@pytest.mark.parametrize("status", RETRY_STATUSES)
async def test_retry_after_http_date_is_waited_for_at_the_server(
    api: Api, gateway: MockGateway, status: int
) -> None:
    # An HTTP date has whole seconds: the next one at least 0.2 s away.
    not_before = math.ceil(time.time() + 0.2)
    date = email.utils.formatdate(not_before, usegmt=True)
    gateway.enqueue(MockReply.error(status, headers={"Retry-After": date}))
    wall_minus_monotonic = time.time() - time.monotonic()
    await api.generate(model=MODEL, messages=HELLO)
    requests = gateway.requests
    assert len(requests) == 2
    retried_at = requests[1].received_at + wall_minus_monotonic
    assert not_before - EARLY <= retried_at <= not_before + LATE


@pytest.mark.parametrize("status", RETRY_STATUSES)
async def test_retry_after_ms_is_waited_for_at_the_server(
    api: Api, gateway: MockGateway, status: int
) -> None:
    gateway.enqueue(MockReply.error(status, headers={"retry-after-ms": "250"}))
    await api.generate(model=MODEL, messages=HELLO)
    [gap] = arrival_gaps(gateway.requests)
    assert 0.25 - EARLY <= gap <= 0.25 + LATE


async def test_retry_after_set_by_the_mock_rate_limited_fault_is_waited_for_at_the_server(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(MockReply.derived(fault=Fault.rate_limited(None, retry_after_ms=300)))
    await api.generate(model=MODEL, messages=HELLO)
    [gap] = arrival_gaps(gateway.requests)
    assert 0.3 - EARLY <= gap <= 0.3 + LATE


async def test_every_retry_waits_what_its_own_reply_asked(api: Api, gateway: MockGateway) -> None:
    gateway.enqueue(MockReply.error(429, headers={"retry-after-ms": "400"}))
    gateway.enqueue(MockReply.error(503, headers={"retry-after-ms": "100"}))
    await api.generate(model=MODEL, messages=HELLO)
    first, second = arrival_gaps(gateway.requests)
    assert 0.4 - EARLY <= first <= 0.4 + LATE
    assert 0.1 - EARLY <= second <= 0.1 + LATE


async def test_without_retry_after_the_backoff_doubles_from_half_a_second_with_jitter(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(MockReply.error(503), times=2)
    await api.generate(model=MODEL, messages=HELLO)
    first, second = arrival_gaps(gateway.requests)
    # 0.5 s then 1 s, each minus up to a quarter of jitter.
    assert 0.375 - EARLY <= first <= 0.5 + LATE
    assert 0.75 - EARLY <= second <= 1.0 + LATE


async def test_a_stream_request_waits_retry_after_before_its_first_chunk(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(MockReply.error(429, headers={"retry-after-ms": "200"}))
    gateway.enqueue(MockReply.text("after the wait"))
    assert await api.text(model=MODEL, messages=HELLO) == "after the wait"
    [gap] = arrival_gaps(gateway.requests)
    assert 0.2 - EARLY <= gap <= 0.2 + LATE


BEYOND_THE_CAP = {
    "seconds": lambda: {"Retry-After": "61"},
    "http-date": lambda: {"Retry-After": email.utils.formatdate(time.time() + 120, usegmt=True)},
    "ms": lambda: {"retry-after-ms": "61000"},
}


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
@pytest.mark.parametrize("form", sorted(BEYOND_THE_CAP))
async def test_a_retry_after_beyond_the_60_second_cap_is_raised_not_waited_for(
    api: Api, gateway: MockGateway, form: str, stream: bool
) -> None:
    gateway.enqueue(MockReply.error(429, headers=BEYOND_THE_CAP[form]()))
    call = api.open if stream else api.generate
    started = time.monotonic()
    with pytest.raises(aistats.RateLimitError):
        await call(model=MODEL, messages=HELLO)
    assert time.monotonic() - started < 5
    assert len(gateway.requests) == 1


@pytest.mark.parametrize("status", [400, 401, 402, 403, 404, 422])
async def test_a_client_error_on_a_stream_request_is_never_retried(
    api: Api, gateway: MockGateway, status: int
) -> None:
    gateway.enqueue(MockReply.error(status, headers={"Retry-After": "0"}), times=3)
    with pytest.raises(APIStatusError) as raised:
        await api.open(model=MODEL, messages=HELLO)
    assert raised.value.status_code == status
    assert len(gateway.requests) == 1


@pytest.mark.parametrize(
    "fault",
    [
        Fault.drop_mid_stream(after_events=3, reset=True),
        Fault.drop_mid_event(after_events=3),
        Fault.stall_mid_stream(after_events=3, seconds=10),
        Fault.error_frame(after_events=3),
    ],
    ids=["drop_mid_stream_reset", "drop_mid_event", "stall_mid_stream", "error_frame"],
)
async def test_a_stream_that_fails_after_a_chunk_reached_the_caller_is_never_retried(
    api: Api, gateway: MockGateway, fault: Fault
) -> None:
    gateway.enqueue(MockReply.text("one two three four five", fault=fault))
    chunks, error = await read_until_error(api, model=MODEL, messages=HELLO, timeout=0.5)
    assert chunks
    assert isinstance(error, aistats.APIError)
    assert len(gateway.requests) == 1
