"""A server that goes silent before its headers or mid-stream, and a port nobody listens on:
the typed exception, within the read timeout plus a generous margin (a correctness bound: the
client gives up by itself), and what arrived before the silence."""

from __future__ import annotations

import socket
import time

import pytest

from aistats import APIConnectionError, APITimeoutError, StreamTimeoutError
from aistats.testing import Fault, MockGateway, MockReply
from tests.reliability.conftest import HELLO, MODEL, Api, client_class, read_until_error

READ_TIMEOUT = 0.5
MARGIN = 2.0
TEXT = "one two three four five six"


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
async def test_a_stall_before_the_headers_raises_timeout_within_the_read_timeout(
    api: Api, gateway: MockGateway, stream: bool
) -> None:
    # Retries stay on: the call's deadline (the read timeout) must stop them too.
    gateway.enqueue(MockReply.text(TEXT, fault=Fault.stall_before_headers(seconds=30)), times=3)
    call = api.open if stream else api.generate
    started = time.monotonic()
    with pytest.raises(APITimeoutError) as raised:
        await call(model=MODEL, messages=HELLO, timeout=READ_TIMEOUT)
    elapsed = time.monotonic() - started
    assert not isinstance(raised.value, StreamTimeoutError)
    assert READ_TIMEOUT * 0.9 <= elapsed <= READ_TIMEOUT + MARGIN


@pytest.mark.parametrize("after", [1, 3])
async def test_a_stall_mid_stream_raises_stream_timeout_with_exactly_what_arrived(
    api: Api, gateway: MockGateway, after: int
) -> None:
    fault = Fault.stall_mid_stream(after_events=after, seconds=30)
    gateway.enqueue(MockReply.text(TEXT, fault=fault))
    started = time.monotonic()
    chunks, error = await read_until_error(api, model=MODEL, messages=HELLO, timeout=READ_TIMEOUT)
    elapsed = time.monotonic() - started
    assert isinstance(error, StreamTimeoutError)
    assert isinstance(error, APITimeoutError)
    assert READ_TIMEOUT * 0.9 <= elapsed <= READ_TIMEOUT + MARGIN
    assert len(chunks) == after
    expected = "".join(c.choices[0].delta.content or "" for c in chunks)
    assert error.partial is not None
    assert error.partial.choices[0].message.content == expected
    assert error.partial.choices[0].finish_reason is None
    assert len(gateway.requests) == 1


async def test_a_stream_that_trickles_slower_than_the_timeout_in_total_still_completes(
    api: Api, gateway: MockGateway
) -> None:
    # 9 events 0.1 s apart: longer in total than the read timeout, never silent that long.
    gateway.enqueue(MockReply.text(TEXT, fault=Fault.slow(100)))
    assert await api.text(model=MODEL, messages=HELLO, timeout=READ_TIMEOUT) == TEXT


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
async def test_a_closed_port_raises_connection_error_at_once(api: Api, stream: bool) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    offline = api.with_client(
        client_class(api)(base_url=f"http://127.0.0.1:{port}/v1", api_key="k", max_retries=0)
    )
    call = offline.open if stream else offline.generate
    started = time.monotonic()
    with pytest.raises(APIConnectionError) as raised:
        await call(model=MODEL, messages=HELLO)
    # Refused, not timed out: the 5 s connect timeout is not waited for.
    assert time.monotonic() - started < MARGIN
    assert not isinstance(raised.value, APITimeoutError)
    await offline.aclose()
