"""Load and resources on one client: 200 concurrent async streams, 1,000 sequential requests
and 100 sequential streams over one TCP connection (counted at the server), and 1,000 streams
abandoned with `break` that leave no connection, file descriptor, object, memory or
ResourceWarning behind. Every loop is bounded and every wait has a timeout."""

from __future__ import annotations

import asyncio
import gc
import os
import warnings
from collections import Counter

import httpcore
import httpx
import pytest

from aistats import AsyncAIStats, AsyncChatStream, ChatStream
from aistats._accumulate import ChatCompletionAccumulator
from aistats._sse import SSEDecoder
from aistats.models import ChatCompletionChunk
from aistats.testing import Fault, MockGateway, MockReply
from tests.reliability.conftest import API_KEY, HELLO, MODEL, Api

pytestmark = pytest.mark.slow

CONCURRENT_STREAMS = 200


async def test_200_concurrent_async_streams_on_one_client_each_get_their_own_text(
    gateway: MockGateway,
) -> None:
    prompts = [[{"role": "user", "content": f"Echo number {i}"}] for i in range(CONCURRENT_STREAMS)]
    first_chunks = 0
    all_open = asyncio.Event()
    open_at_the_barrier: list[int] = []

    async with AsyncAIStats(base_url=gateway.base_url, api_key=API_KEY) as client:

        async def one(messages: list[dict[str, str]]) -> str:
            nonlocal first_chunks
            async with client.stream_text(model=MODEL, messages=messages) as stream:
                pieces = stream.text_stream.__aiter__()
                text = [await anext(pieces)]
                # Hold every stream open until all of them have their first chunk.
                first_chunks += 1
                if first_chunks == CONCURRENT_STREAMS:
                    open_at_the_barrier.append(gateway.open_connections)
                    all_open.set()
                await asyncio.wait_for(all_open.wait(), 30)
                text += [piece async for piece in pieces]
            return "".join(text)

        texts = await asyncio.gather(*(one(messages) for messages in prompts))
        expected = [
            (await client.generate_text(model=MODEL, messages=messages)).choices[0].message.content
            for messages in prompts
        ]
    assert open_at_the_barrier == [CONCURRENT_STREAMS]
    assert texts == expected
    assert len(set(texts)) == CONCURRENT_STREAMS


async def test_1000_sequential_requests_use_one_tcp_connection(
    api: Api, gateway: MockGateway
) -> None:
    for i in range(1000):
        gateway.enqueue(MockReply.text(f"reply {i}"))
    contents = [
        (await api.generate(model=MODEL, messages=HELLO)).choices[0].message.content
        for _ in range(1000)
    ]
    assert contents == [f"reply {i}" for i in range(1000)]
    assert gateway.connections_opened == 1


async def test_100_sequential_streams_use_one_tcp_connection(
    api: Api, gateway: MockGateway
) -> None:
    for i in range(100):
        gateway.enqueue(MockReply.text(f"streamed reply {i}"))
    texts = [await api.text(model=MODEL, messages=HELLO) for _ in range(100)]
    assert texts == [f"streamed reply {i}" for i in range(100)]
    assert gateway.connections_opened == 1


def open_file_descriptors() -> int:
    return len(os.listdir("/proc/self/fd"))


def resident_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


# What one stream is made of, client side. Sockets are counted as file descriptors instead
# (the mock's own, in this process, close on its thread a moment after the connection ends).
STREAM_PARTS = (
    ChatStream,
    AsyncChatStream,
    SSEDecoder,
    ChatCompletionAccumulator,
    ChatCompletionChunk,
    httpx.Response,
    httpcore.HTTPConnection,
    httpcore.AsyncHTTPConnection,
    httpcore.HTTP11Connection,
    httpcore.AsyncHTTP11Connection,
)


def stream_parts_alive() -> Counter[str]:
    """How many objects of each STREAM_PARTS type are alive after a full collection."""
    gc.collect()
    return Counter(type(o).__name__ for o in gc.get_objects() if isinstance(o, STREAM_PARTS))


async def abandon_streams(api: Api, gateway: MockGateway, count: int) -> None:
    """Open `count` streams one after another, take one chunk of each, `break`; then wait
    until the server has seen every connection closed and the loop has finished closing."""
    # The server would wait 30 s after 2 events: a stream is always abandoned mid-response.
    gateway.enqueue(
        MockReply.text("word " * 100, fault=Fault.pause(after_events=2, ms=30_000)), times=count
    )
    for _ in range(count):
        await api.first_chunk_then_break(model=MODEL, messages=HELLO)
    # In a thread, so that the event loop keeps turning and closes abandoned async iterators.
    await asyncio.to_thread(gateway.wait_until_idle, 30)
    for _ in range(20):  # let the last finalizer tasks finish on the loop
        await asyncio.sleep(0)
    gateway.reset()


async def test_1000_abandoned_streams_leave_no_connection_fd_memory_or_resource_warning(
    api: Api, gateway: MockGateway
) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        await abandon_streams(api, gateway, 50)  # warm-up: pools, caches, lazy imports
        parts_before = stream_parts_alive()
        fds_before = open_file_descriptors()
        rss_before = resident_bytes()
        await abandon_streams(api, gateway, 1000)
        parts_after = stream_parts_alive()
        fds_after = open_file_descriptors()
        rss_after = resident_bytes()
    assert gateway.open_connections == 0
    assert fds_after <= fds_before
    # Not one stream, decoder, accumulator, chunk, response or pooled connection survives.
    assert parts_after == parts_before
    # Bytes are not objects the collector counts: resident memory catches leaked buffers.
    assert rss_after - rss_before < 16 * 1024 * 1024
    assert [w for w in caught if issubclass(w.category, ResourceWarning)] == []
