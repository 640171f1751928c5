"""stream_text: typed chunks as they arrive, text deltas, the accumulated completion, and the
connection's life cycle."""

from __future__ import annotations

import asyncio
import json

from aistats import AIStats, AsyncAIStats, ChatStream
from aistats.models import ChatCompletion, ChatCompletionChunk
from aistats.testing import Fault, MockGateway, MockReply
from tests.client.conftest import API_KEY, HELLO, MODEL, Api

TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "Get current weather for a location",
            "parameters": {
                "type": "object",
                "properties": {"location": {"type": "string"}},
                "required": ["location"],
            },
        },
    }
]


async def test_seed_001_stream_yields_typed_chunks(api: Api, gateway: MockGateway) -> None:
    chunks = await api.chunks(
        {"model": "openai/gpt-4o-mini", "messages": [{"role": "user", "content": "Stream a story"}]}
    )
    assert all(isinstance(chunk, ChatCompletionChunk) for chunk in chunks)
    assert chunks[0].choices[0].delta.role == "assistant"
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert gateway.last_request.body["stream"] is True
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    chat = await api.generate(
        model="openai/gpt-4o-mini", messages=[{"role": "user", "content": "Stream a story"}]
    )
    assert text == chat.choices[0].message.content


async def test_text_stream_yields_the_content_deltas(api: Api, gateway: MockGateway) -> None:
    gateway.enqueue(MockReply.text("One, two, three.", chunk_size=3))
    assert await api.text(model=MODEL, messages=HELLO) == "One, two, three."


async def test_final_completion_accumulates_content_finish_and_usage_only_frame(api: Api) -> None:
    final = await api.final(model=MODEL, messages=HELLO, stream_options={"include_usage": True})
    whole = await api.generate(model=MODEL, messages=HELLO)
    assert isinstance(final, ChatCompletion)
    assert final.object_ == "chat.completion"
    assert final.choices[0].message.content == whole.choices[0].message.content
    assert final.choices[0].finish_reason == "stop"
    assert final.usage
    assert whole.usage
    assert final.usage.total_tokens == whole.usage.total_tokens


async def test_final_completion_merges_streamed_tool_call_pieces(api: Api) -> None:
    final = await api.final(model=MODEL, messages=HELLO, tools=TOOLS, tool_choice="required")
    message = final.choices[0].message
    assert final.choices[0].finish_reason == "tool_calls"
    assert message.tool_calls
    call = message.tool_calls[0]
    assert call.function.name == "get_weather"
    assert isinstance(json.loads(call.function.arguments)["location"], str)


async def test_final_completion_merges_interleaved_parallel_tool_calls_without_index(
    api: Api, gateway: MockGateway
) -> None:
    def frame(delta: dict[str, object], finish: str | None = None) -> bytes:
        chunk = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m",
                 "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}  # fmt: skip
        return b"data: " + json.dumps(chunk).encode() + b"\n\n"

    def piece(call_id: str | None, name: str | None, args: str) -> dict[str, object]:
        function = {"arguments": args} | ({"name": name} if name else {})
        return {"tool_calls": [{"function": function} | ({"id": call_id} if call_id else {})]}

    gateway.enqueue(
        MockReply.raw_sse(
            [
                frame({"role": "assistant", "content": None}),
                frame(piece("call_a", "get_weather", '{"loc')),
                frame(piece("call_b", "get_time", '{"tz"')),
                frame(piece("call_a", None, 'ation": "Paris"}')),
                frame(piece("call_b", None, ': "UTC"}')),
                frame({}, "tool_calls"),
                b"data: [DONE]\n\n",
            ]
        )
    )
    final = await api.final(model=MODEL, messages=HELLO)
    calls = final.choices[0].message.tool_calls
    assert calls
    assert [(c.id, c.function.name, c.function.arguments) for c in calls] == [
        ("call_a", "get_weather", '{"location": "Paris"}'),
        ("call_b", "get_time", '{"tz": "UTC"}'),
    ]


async def test_final_completion_keeps_every_choice_when_n_is_above_one(api: Api) -> None:
    final = await api.final(model=MODEL, messages=HELLO, n=3)
    whole = await api.generate(model=MODEL, messages=HELLO, n=3)
    assert [c.message.content for c in final.choices] == [c.message.content for c in whole.choices]


async def test_stream_response_exposes_status_and_headers(api: Api) -> None:
    stream = await api.open(model=MODEL, messages=HELLO)
    try:
        assert stream.response.status_code == 200
        assert stream.response.headers["content-type"].startswith("text/event-stream")
    finally:
        await api.close_stream(stream)


async def test_chunks_are_delivered_before_the_stream_ends(api: Api, gateway: MockGateway) -> None:
    # The server pauses for 30 s after the first events: receiving the first chunk at all
    # (the test's timeout is far shorter) proves it was delivered as soon as it arrived.
    gateway.enqueue(MockReply.text("a b c d e f", fault=Fault.pause(after_events=2, ms=30_000)))
    first = await api.first_chunk_then_break(model=MODEL, messages=HELLO)
    assert first.choices[0].delta.role == "assistant"


async def test_sequential_streams_reuse_one_tcp_connection(api: Api, gateway: MockGateway) -> None:
    for _ in range(5):
        await api.text(model=MODEL, messages=HELLO)
    for _ in range(3):
        await api.chunks(model=MODEL, messages=HELLO)
    assert gateway.connections_opened == 1


async def test_closing_a_stream_early_releases_its_connection(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(MockReply.text("x " * 50, fault=Fault.pause(after_events=2, ms=30_000)))
    stream = await api.open(model=MODEL, messages=HELLO)
    await api.close_stream(stream)
    # Waiting in a thread keeps the event loop turning, as a real async program would: asyncio
    # closes an abandoned `async for` iterator on the loop's next turn.
    await asyncio.to_thread(gateway.wait_until_idle, 5)
    assert gateway.open_connections == 0


async def test_breaking_out_of_a_for_loop_releases_the_connection(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(MockReply.text("x " * 50, fault=Fault.pause(after_events=2, ms=30_000)))
    await api.first_chunk_then_break(model=MODEL, messages=HELLO)
    # Waiting in a thread keeps the event loop turning, as a real async program would: asyncio
    # closes an abandoned `async for` iterator on the loop's next turn.
    await asyncio.to_thread(gateway.wait_until_idle, 5)
    assert gateway.open_connections == 0


async def test_leaving_the_with_block_early_releases_the_connection(gateway: MockGateway) -> None:
    gateway.enqueue(MockReply.text("x " * 50, fault=Fault.pause(after_events=2, ms=30_000)))
    with AIStats(base_url=gateway.base_url, api_key=API_KEY) as client:
        with client.stream_text(model=MODEL, messages=HELLO) as stream:
            next(iter(stream))
        gateway.wait_until_idle(timeout=5)
        assert gateway.open_connections == 0


async def test_async_stream_can_be_iterated_without_with_or_await(gateway: MockGateway) -> None:
    async with AsyncAIStats(base_url=gateway.base_url, api_key=API_KEY) as client:
        chunks = [chunk async for chunk in client.stream_text(model=MODEL, messages=HELLO)]
    assert chunks[-1].choices[0].finish_reason == "stop"


async def test_get_final_completion_after_partial_iteration_includes_everything(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(MockReply.text("alpha beta gamma delta", chunk_size=5))
    stream = await api.open(model=MODEL, messages=HELLO)
    try:
        if isinstance(stream, ChatStream):
            iterator = iter(stream)
            next(iterator)
            next(iterator)
            final = stream.get_final_completion()
        else:
            aiterator = stream.__aiter__()
            await anext(aiterator)
            await anext(aiterator)
            final = await stream.get_final_completion()
    finally:
        await api.close_stream(stream)
    assert final.choices[0].message.content == "alpha beta gamma delta"


async def test_stream_tolerates_crlf_comments_event_lines_and_tiny_writes(
    api: Api, gateway: MockGateway
) -> None:
    text = "Ünïcödé ✓ 🌍 split everywhere"
    faults = [
        Fault.crlf(), Fault.keepalive_comments(), Fault.event_lines("message"), Fault.id_lines(),
        Fault.tiny_writes(),
    ]  # fmt: skip
    gateway.enqueue(MockReply.text(text, chunk_size=2, fault=faults))
    assert await api.text(model=MODEL, messages=HELLO) == text


async def test_gzip_compressed_stream_and_completion(api: Api, gateway: MockGateway) -> None:
    gateway.enqueue(MockReply.text("squeezed text", fault=Fault.gzip()))
    assert await api.text(model=MODEL, messages=HELLO) == "squeezed text"
    gateway.enqueue(MockReply.text("squeezed json", fault=Fault.gzip()))
    chat = await api.generate(model=MODEL, messages=HELLO)
    assert chat.choices[0].message.content == "squeezed json"
