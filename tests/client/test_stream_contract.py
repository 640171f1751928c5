"""What a stream hands out, and when: the completion reflects exactly the chunks handed out,
a loop left early loses nothing already received, stream-only framing stays out of the final
completion, and nothing after `[DONE]` is read or can hold the caller up. Each test runs
against `AIStats` and `AsyncAIStats` on a raw socket server on 127.0.0.1, whose bytes (and so
whose network reads) the test controls."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from aistats import AsyncChatStream, ChatStream, IncompleteStreamError
from aistats.models import ChatCompletion, ChatCompletionChunk
from tests.client.conftest import HELLO, MODEL, Api
from tests.client.raw_server import HEAD, RawServer, chunked

# Generous: the loop must end "at once", and the read timeout of `raw_api` is 10 s.
PROMPTLY_SECONDS = 5.0


def frame(delta: dict[str, Any], finish: str | None = None, **top: Any) -> bytes:
    chunk = {
        "id": "chatcmpl-contract",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": MODEL,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        **top,
    }
    return b"data: " + json.dumps(chunk).encode() + b"\n\n"


DONE = b"data: [DONE]\n\n"
PIECES = ["one ", "two ", "three ", "four"]
# The whole stream in one body, so one network read holds every frame.
WHOLE = (
    frame({"role": "assistant", "content": ""})
    + b"".join(frame({"content": piece}) for piece in PIECES)
    + frame({}, "stop")
    + DONE
)


def with_length(body: bytes, length: int | None = None) -> bytes:
    size = len(body) if length is None else length
    return (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
        + f"Content-Length: {size}\r\n\r\n".encode()
        + body
    )


async def open_stream(api: Api) -> ChatStream | AsyncChatStream:
    return await api.open(model=MODEL, messages=HELLO)


async def next_chunk(stream: ChatStream | AsyncChatStream) -> ChatCompletionChunk:
    """One chunk, by a loop that is then left (`break`)."""
    if isinstance(stream, ChatStream):
        for chunk in stream:
            return chunk
    else:
        async for achunk in stream:
            return achunk
    raise AssertionError("the stream was empty")


async def first_text_then_break(stream: ChatStream | AsyncChatStream) -> str:
    if isinstance(stream, ChatStream):
        for text in stream.text_stream:
            return text
    else:
        async for atext in stream.text_stream:
            return atext
    raise AssertionError("no text")


async def rest(stream: ChatStream | AsyncChatStream) -> list[ChatCompletionChunk]:
    if isinstance(stream, ChatStream):
        return list(stream)
    return [chunk async for chunk in stream]


async def final(stream: ChatStream | AsyncChatStream) -> ChatCompletion:
    if isinstance(stream, ChatStream):
        return stream.get_final_completion()
    return await stream.get_final_completion()


def text_of(chunks: list[ChatCompletionChunk]) -> str:
    return "".join(
        chunk.choices[0].delta.content or ""
        for chunk in chunks
        if chunk.choices and chunk.choices[0].delta
    )


async def test_the_current_completion_holds_only_the_chunks_handed_out(
    raw_api: Api, raw_server: RawServer
) -> None:
    """Every frame arrives in one read; a refusal in the third must not show after the first."""
    body = (
        frame({"role": "assistant", "content": "Sure"})
        + frame({"content": ", "})
        + frame({"refusal": "I can't help with that."})
        + frame({}, "stop")
        + DONE
    )
    raw_server.replies.append(with_length(body))
    stream = await open_stream(raw_api)
    try:
        first = await next_chunk(stream)
        assert first.choices[0].delta.content == "Sure"
        message = stream.current_completion().choices[0].message
        assert message.content == "Sure"
        assert not message.refusal
        assert stream.current_completion().choices[0].finish_reason is None
    finally:
        await raw_api.close_stream(stream)


async def test_a_loop_left_early_loses_no_chunk_already_received(
    raw_api: Api, raw_server: RawServer
) -> None:
    """The contract: leaving a loop closes the connection; the chunks that had arrived are
    handed out by the next loop, which then ends."""
    raw_server.replies.append(with_length(WHOLE))
    stream = await open_stream(raw_api)
    first = await first_text_then_break(stream)
    assert first == PIECES[0]
    remaining = await rest(stream)
    assert first + text_of(remaining) == "".join(PIECES)
    assert remaining[-1].choices[0].finish_reason == "stop"
    assert await rest(stream) == []  # nothing is handed out twice
    assert (await final(stream)).choices[0].message.content == "".join(PIECES)


async def test_a_stream_left_early_before_it_arrived_whole_is_incomplete(
    raw_api: Api, raw_server: RawServer
) -> None:
    """Only the first frames arrived when the loop was left: the rest can never come, and the
    final completion says so, with what was handed out."""
    head = frame({"role": "assistant", "content": "Par"})
    raw_server.replies.append(
        HEAD + chunked(head, len(head))
    )  # no end: the server waits for the next request
    stream = await open_stream(raw_api)
    await next_chunk(stream)
    with pytest.raises(IncompleteStreamError) as caught:
        await final(stream)
    assert caught.value.partial is not None
    assert caught.value.partial.choices[0].message.content == "Par"


async def test_per_frame_obfuscation_stays_in_the_chunks(
    raw_api: Api, raw_server: RawServer
) -> None:
    body = (
        frame({"role": "assistant", "content": "Hi"}, obfuscation="aX3")
        + frame({}, "stop", obfuscation="Zq9kLm", system_fingerprint="fp_1")
        + DONE
    )
    raw_server.replies += [with_length(body), with_length(body)]
    chunks = await raw_api.chunks(model=MODEL, messages=HELLO)
    assert [chunk.obfuscation for chunk in chunks] == ["aX3", "Zq9kLm"]
    completion = await raw_api.final(model=MODEL, messages=HELLO)
    as_dict = completion.to_dict()
    assert "obfuscation" not in as_dict
    assert "obfuscation" not in completion.additional_properties
    # The other top-level fields of the chunks are the completion's, and are kept.
    assert as_dict["system_fingerprint"] == "fp_1"
    assert completion.choices[0].message.content == "Hi"


@pytest.mark.parametrize(
    "after",
    [
        b"data: this is not JSON\n\n",
        frame({"content": " and more"}),
        b'data: {"error": {"message": "late failure"}}\n\n',
        b"data: \xff\xfe not UTF-8\n\n",
        b"event: error\ndata: {}\n\n",
    ],
    ids=["not-json", "a-chunk", "error-frame", "invalid-utf8", "error-event"],
)
async def test_nothing_after_done_is_handed_out_or_raised(
    raw_api: Api, raw_server: RawServer, after: bytes
) -> None:
    raw_server.replies.append(with_length(WHOLE + after))
    chunks = await raw_api.chunks(model=MODEL, messages=HELLO)
    assert text_of(chunks) == "".join(PIECES)
    raw_server.replies.append(with_length(WHOLE + after))
    assert (await raw_api.final(model=MODEL, messages=HELLO)).choices[0].finish_reason == "stop"


async def test_a_chunked_body_left_open_after_done_ends_the_loop_at_once(
    raw_api: Api, raw_server: RawServer
) -> None:
    """The server sends `[DONE]` and keeps the body open: the loop ends well before the read
    timeout, and the connection, which cannot be reused, is replaced."""
    raw_server.replies += [HEAD + chunked(WHOLE, 64), HEAD + chunked(WHOLE, 64) + b"0\r\n\r\n"]
    started = time.monotonic()
    assert await raw_api.text(model=MODEL, messages=HELLO) == "".join(PIECES)
    assert time.monotonic() - started < PROMPTLY_SECONDS
    assert await raw_api.text(model=MODEL, messages=HELLO) == "".join(PIECES)
    assert raw_server.connections == 2


async def test_a_length_body_longer_than_sent_after_done_ends_the_loop_at_once(
    raw_api: Api, raw_server: RawServer
) -> None:
    raw_server.replies.append(with_length(WHOLE, len(WHOLE) + 100))
    started = time.monotonic()
    assert await raw_api.text(model=MODEL, messages=HELLO) == "".join(PIECES)
    assert time.monotonic() - started < PROMPTLY_SECONDS


@pytest.mark.parametrize("framing", ["chunked", "length"])
async def test_a_body_that_ends_after_done_keeps_its_connection(
    raw_api: Api, raw_server: RawServer, framing: str
) -> None:
    reply = HEAD + chunked(WHOLE, 64) + b"0\r\n\r\n" if framing == "chunked" else with_length(WHOLE)
    raw_server.replies += [reply, reply, reply]
    for _ in range(3):
        assert await raw_api.text(model=MODEL, messages=HELLO) == "".join(PIECES)
    assert raw_server.connections == 1


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_a_gzip_stream_keeps_its_connection(kind: str) -> None:
    """A compressed body is read the ordinary way; after `[DONE]` its end is still read, so
    the connection goes back to the pool."""
    from aistats import AIStats, AsyncAIStats
    from aistats.testing import Fault, MockGateway, MockReply

    with MockGateway() as gateway:
        for _ in range(3):
            gateway.enqueue(MockReply.text("one two three", fault=Fault.gzip()))
        options = {"api_key": "sk-x", "base_url": gateway.base_url}
        client = AIStats(**options) if kind == "sync" else AsyncAIStats(**options)
        api = Api(kind, gateway.base_url).with_client(client)
        try:
            for _ in range(3):
                assert await api.text(model=MODEL, messages=HELLO) == "one two three"
        finally:
            await api.aclose()
        assert gateway.connections_opened == 1


async def test_an_async_loop_left_early_does_not_cut_the_next_one() -> None:
    """asyncio closes an abandoned async generator only on a later turn of the event loop; a
    loop started at once may already be reading by then, and the late close must not cut it
    (it did: `IncompleteStreamError ... ReadError`). Only the newest loop closes the stream."""
    from aistats import AsyncAIStats
    from aistats.testing import Fault, MockGateway, MockReply

    words = " ".join(f"w{n}" for n in range(40))
    with MockGateway() as gateway:
        gateway.enqueue(MockReply.text(words, fault=Fault.slow(10)))
        async with AsyncAIStats(api_key="sk-x", base_url=gateway.base_url) as client:
            stream = await client.stream_text(model=MODEL, messages=HELLO)
            first = ""
            async for first in stream.text_stream:  # noqa: B007 - the point is the break
                break
            rest = [piece async for piece in stream.text_stream]
            final = await stream.get_final_completion()
    assert first + "".join(rest) == words
    assert final.choices[0].message.content == words


async def test_a_second_task_reading_a_stream_gets_a_usage_error_and_the_first_goes_on() -> None:
    import asyncio

    from aistats import AsyncAIStats, StreamInUseError
    from aistats.testing import Fault, MockGateway, MockReply

    words = "one two three four five six"
    with MockGateway() as gateway:
        gateway.enqueue(MockReply.text(words, fault=Fault.pause(after_events=2, ms=3000)))
        async with AsyncAIStats(api_key="sk-x", base_url=gateway.base_url) as client:
            stream = await client.stream_text(model=MODEL, messages=HELLO)
            started = asyncio.Event()

            async def read_all() -> str:
                pieces = []
                async for piece in stream.text_stream:
                    pieces.append(piece)
                    started.set()
                return "".join(pieces)

            first = asyncio.ensure_future(read_all())
            await started.wait()
            await asyncio.sleep(0.3)  # now waiting in the server's 3 s pause
            with pytest.raises(StreamInUseError):
                async for _ in stream:
                    pass
            assert await first == words


def test_a_second_thread_reading_a_stream_gets_a_usage_error_and_the_first_goes_on() -> None:
    import threading

    from aistats import AIStats, StreamInUseError
    from aistats.testing import Fault, MockGateway, MockReply

    words = "one two three four five six"
    texts: list[str] = []
    with MockGateway() as gateway:
        gateway.enqueue(MockReply.text(words, fault=Fault.pause(after_events=2, ms=3000)))
        with AIStats(api_key="sk-x", base_url=gateway.base_url) as client:
            stream = client.stream_text(model=MODEL, messages=HELLO)
            started = threading.Event()

            def read_all() -> None:
                pieces = []
                for piece in stream.text_stream:
                    pieces.append(piece)
                    started.set()
                texts.append("".join(pieces))

            reader = threading.Thread(target=read_all)
            reader.start()
            assert started.wait(timeout=30)
            time.sleep(0.3)  # now waiting in the server's 3 s pause
            with pytest.raises(StreamInUseError):
                list(stream)
            reader.join(timeout=30)
            stream.close()
    assert texts == [words]
