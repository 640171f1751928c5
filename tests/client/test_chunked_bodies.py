"""Chunked response bodies as any HTTP/1.1 server may frame them, read by the client's own
chunked reader (`aistats._chunked`), sync and async, against a raw server on 127.0.0.1.

The mock gateway always sends one chunk per event; this server sends exactly the bytes a test
scripts: chunks that cut events and UTF-8 characters anywhere, chunk extensions, a trailer
section, broken framing, a connection closed inside a chunk.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from aistats import AIStats, AsyncAIStats, IncompleteStreamError
from aistats._chunked import achunked_body, chunked_body
from aistats.testing import MockGateway
from tests.client.conftest import HELLO, MODEL, Api
from tests.client.raw_server import HEAD, RawServer, chunked

AUTH = {"Authorization": "Bearer anything"}
TEXT = "Grüße, 世界! 😀 " * 20


def sse_body(text: str, *, pieces: int = 40) -> bytes:
    """A whole gateway stream for `text`: role frame, content frames, finish frame, [DONE]."""
    size = max(1, len(text) // pieces)
    deltas = [{"role": "assistant", "content": ""}]
    deltas += [{"content": text[i : i + size]} for i in range(0, len(text), size)]
    frames = [
        {
            "id": "chatcmpl-raw",
            "object": "chat.completion.chunk",
            "created": 1,
            "model": MODEL,
            "choices": [{"index": 0, "delta": delta, "finish_reason": None}],
        }
        for delta in deltas
    ]
    frames.append({**frames[-1], "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    events = b"".join(b"data: " + json.dumps(frame).encode() + b"\n\n" for frame in frames)
    return events + b"data: [DONE]\n\n"


@pytest.mark.parametrize("size", [1, 7, 64, 1000, 100_000])
async def test_chunks_that_cut_events_anywhere_with_extensions_and_trailers_read_right(
    raw_api: Api, raw_server: RawServer, size: int
) -> None:
    body = chunked(sse_body(TEXT), size, extension=b";ext=1") + b"0\r\nX-Checksum: 42\r\n\r\n"
    raw_server.replies += [HEAD + body, HEAD + body]
    assert await raw_api.text(model=MODEL, messages=HELLO) == TEXT
    final = await raw_api.final(model=MODEL, messages=HELLO)
    assert final.choices[0].message.content == TEXT
    assert final.choices[0].finish_reason == "stop"
    # h11 finished each message (trailers included), so the connection went back to the pool.
    assert raw_server.connections == 1


async def test_broken_chunk_framing_raises_incomplete_stream_with_what_arrived(
    raw_api: Api, raw_server: RawServer
) -> None:
    good = chunked(sse_body(TEXT), 1000)
    two_chunks = 2 * len(b"3E8\r\n" + b"x" * 1000 + b"\r\n")
    broken = HEAD + good[:two_chunks] + b"zz\r\nnot hex\r\n"
    raw_server.replies += [broken, HEAD + good + b"0\r\n\r\n"]
    with pytest.raises(IncompleteStreamError) as caught:
        await raw_api.text(model=MODEL, messages=HELLO)
    assert "illegal chunk header" in str(caught.value)
    partial = caught.value.partial
    assert partial is not None
    assert TEXT.startswith(partial.choices[0].message.content or "!")
    # The broken connection is dropped, never reused; the next stream gets a new one.
    assert await raw_api.text(model=MODEL, messages=HELLO) == TEXT
    assert raw_server.connections == 2


async def test_a_connection_closed_inside_a_chunk_raises_incomplete_stream(
    raw_api: Api, raw_server: RawServer
) -> None:
    body = chunked(sse_body(TEXT), 500)
    raw_server.replies.append((HEAD + body[:1700], "close"))
    with pytest.raises(IncompleteStreamError) as caught:
        await raw_api.text(model=MODEL, messages=HELLO)
    assert "incomplete chunked read" in str(caught.value)
    assert caught.value.partial is not None


def test_the_fast_reader_takes_over_chunked_bodies_on_httpx_transports() -> None:
    """A canary: if httpx, httpcore or h11 change what `_chunked` relies on, streams still
    work (the ordinary path) but lose their speed; this says so."""
    request = {"model": MODEL, "messages": HELLO, "stream": True}
    with MockGateway() as gateway, httpx.Client(base_url=gateway.base_url, headers=AUTH) as client:
        with client.stream("POST", "/chat/completions", json=request) as response:
            assert chunked_body(response) is not None  # a chunked event stream
            assert chunked_body(response) is None  # taken over once only
        with client.stream("POST", "/chat/completions", json={**request, "stream": False}) as (
            response
        ):
            assert chunked_body(response) is None  # a Content-Length body


async def test_the_async_fast_reader_takes_over_chunked_bodies_on_httpx_transports() -> None:
    request = {"model": MODEL, "messages": HELLO, "stream": True}
    async with (
        MockGateway() as gateway,
        httpx.AsyncClient(base_url=gateway.base_url, headers=AUTH) as client,
        client.stream("POST", "/chat/completions", json=request) as response,
    ):
        assert chunked_body(response) is None  # never the sync reader on an async stream
        assert achunked_body(response) is not None
        assert achunked_body(response) is None  # taken over once only


class _WrappingStream(httpx.SyncByteStream):
    """Keeps the stream it wraps under the name httpx's own wrappers use, so that only the
    exact types along the way tell the fast reader that this is not httpx's stream."""

    def __init__(self, inner: Any) -> None:
        self._stream = inner

    def __iter__(self) -> Iterator[bytes]:
        yield from self._stream

    def close(self) -> None:
        self._stream.close()


class _WrappingTransport(httpx.BaseTransport):
    """A user's own transport, hiding httpcore's stream behind its own."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=_WrappingStream(response.stream),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self.inner.close()


def test_a_transport_the_fast_reader_does_not_know_is_read_the_ordinary_way(
    raw_server: RawServer,
) -> None:
    body = chunked(sse_body(TEXT), 7) + b"0\r\n\r\n"
    raw_server.replies.append(HEAD + body)
    with httpx.Client(transport=_WrappingTransport()) as http_client:
        client = AIStats(base_url=raw_server.base_url, api_key="k", http_client=http_client)
        with client.stream_text(model=MODEL, messages=HELLO) as stream:
            assert chunked_body(stream.response) is None
            assert "".join(stream.text_stream) == TEXT


async def test_a_body_an_event_hook_has_read_already_is_replayed_not_read_again(
    raw_server: RawServer,
) -> None:
    """The hook's read returned the connection to the pool: reading its socket again would
    wait for bytes that never come (or take another request's)."""
    body = HEAD + chunked(sse_body(TEXT), 64) + b"0\r\n\r\n"
    raw_server.replies += [body, body]

    def read_hook(response: httpx.Response) -> None:
        response.read()

    async def aread_hook(response: httpx.Response) -> None:
        await response.aread()

    timeout = httpx.Timeout(10, read=5)
    with httpx.Client(event_hooks={"response": [read_hook]}, timeout=timeout) as http_client:
        client = AIStats(base_url=raw_server.base_url, api_key="k", http_client=http_client)
        with client.stream_text(model=MODEL, messages=HELLO) as stream:
            assert "".join(stream.text_stream) == TEXT
    async with httpx.AsyncClient(event_hooks={"response": [aread_hook]}, timeout=timeout) as (
        ahttp_client
    ):
        aclient = AsyncAIStats(base_url=raw_server.base_url, api_key="k", http_client=ahttp_client)
        async with aclient.stream_text(model=MODEL, messages=HELLO) as astream:
            assert "".join([text async for text in astream.text_stream]) == TEXT
