"""A connection dropped at every phase of a response: before the headers, right after them,
between two events, inside an event, and after the last chunk but before `[DONE]`; closed
politely (FIN) or reset (RST). The typed exception, and that the chunks the caller got plus
`IncompleteStreamError.partial` hold exactly what arrived, no more and no less."""

from __future__ import annotations

import pytest

from aistats import APIConnectionError, APITimeoutError, IncompleteStreamError
from aistats.models import ChatCompletionChunk
from aistats.testing import Fault, MockGateway, MockReply
from tests.reliability.conftest import HELLO, MODEL, Api, no_retries, read_until_error

TEXT = "The quick brown fox jumps over the lazy dog, twice."
PIECE = 4
PIECES = [TEXT[i : i + PIECE] for i in range(0, len(TEXT), PIECE)]
# On the wire: event 0 is the role frame, events 1..len(PIECES) one piece each, then the
# finish frame and `[DONE]`. Cutting after FINISH_EVENT events leaves out only the finish
# frame; after AFTER_FINISH, only `[DONE]`.
FINISH_EVENT = 1 + len(PIECES)
AFTER_FINISH = FINISH_EVENT + 1


def content_of(chunks: list[ChatCompletionChunk]) -> str:
    return "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)


def assert_exactly_what_arrived(
    chunks: list[ChatCompletionChunk], error: BaseException | None, whole_events: int
) -> None:
    """`whole_events` events arrived whole: the caller got them, and the partial is them."""
    arrived_text = "".join(PIECES[: max(whole_events - 1, 0)])
    assert isinstance(error, IncompleteStreamError)
    assert not isinstance(error, APITimeoutError)
    assert len(chunks) == whole_events
    assert content_of(chunks) == arrived_text
    partial = error.partial
    assert partial is not None
    if whole_events == 0:
        assert partial.choices == []
        return
    assert partial.id == chunks[0].id
    assert partial.model == chunks[0].model
    [choice] = partial.choices
    assert (choice.message.content or "") == arrived_text
    assert choice.finish_reason == ("stop" if whole_events > FINISH_EVENT else None)


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
@pytest.mark.parametrize("reset", [False, True], ids=["fin", "rst"])
async def test_a_drop_before_the_headers_raises_connection_error(
    api: Api, gateway: MockGateway, stream: bool, reset: bool
) -> None:
    gateway.enqueue(MockReply.text(TEXT, fault=Fault.drop_before_headers(reset=reset)))
    call = no_retries(api).open if stream else no_retries(api).generate
    with pytest.raises(APIConnectionError) as raised:
        await call(model=MODEL, messages=HELLO)
    assert type(raised.value) is APIConnectionError
    assert len(gateway.requests) == 1


@pytest.mark.parametrize("reset", [False, True], ids=["fin", "rst"])
async def test_a_drop_right_after_the_headers_of_a_completion_raises_connection_error(
    api: Api, gateway: MockGateway, reset: bool
) -> None:
    gateway.enqueue(MockReply.text(TEXT, fault=Fault.drop_after_headers(reset=reset)))
    with pytest.raises(APIConnectionError) as raised:
        await no_retries(api).generate(model=MODEL, messages=HELLO)
    assert type(raised.value) is APIConnectionError


async def test_a_completion_cut_inside_its_json_body_raises_connection_error(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(
        MockReply.text(TEXT, fault=[Fault.content_length(), Fault.drop_mid_event(after_events=0)])
    )
    with pytest.raises(APIConnectionError) as raised:
        await no_retries(api).generate(model=MODEL, messages=HELLO)
    assert type(raised.value) is APIConnectionError


async def test_a_completion_cut_inside_its_body_is_retried_and_then_succeeds(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(MockReply.text("cut", fault=Fault.drop_mid_event(after_events=0)))
    gateway.enqueue(MockReply.text(TEXT))
    chat = await api.generate(model=MODEL, messages=HELLO)
    assert chat.choices[0].message.content == TEXT
    assert len(gateway.requests) == 2


@pytest.mark.parametrize("reset", [False, True], ids=["fin", "rst"])
async def test_a_drop_right_after_the_headers_of_a_stream_raises_incomplete_with_nothing(
    api: Api, gateway: MockGateway, reset: bool
) -> None:
    fault = Fault.drop_after_headers(reset=reset)
    gateway.enqueue(MockReply.text(TEXT, chunk_size=PIECE, fault=fault))
    chunks, error = await read_until_error(api, model=MODEL, messages=HELLO)
    assert_exactly_what_arrived(chunks, error, 0)


@pytest.mark.parametrize("reset", [False, True], ids=["fin", "rst"])
@pytest.mark.parametrize("after", [1, 2, 5, FINISH_EVENT, AFTER_FINISH])
async def test_a_drop_between_events_leaves_exactly_the_whole_events_that_arrived(
    api: Api, gateway: MockGateway, after: int, reset: bool
) -> None:
    fault = Fault.drop_mid_stream(after_events=after, reset=reset)
    gateway.enqueue(MockReply.text(TEXT, chunk_size=PIECE, fault=fault))
    chunks, error = await read_until_error(api, model=MODEL, messages=HELLO)
    assert_exactly_what_arrived(chunks, error, after)


@pytest.mark.parametrize("after", [0, 1, 2, 5, FINISH_EVENT, AFTER_FINISH])
async def test_a_drop_inside_an_event_leaves_out_the_half_event(
    api: Api, gateway: MockGateway, after: int
) -> None:
    fault = Fault.drop_mid_event(after_events=after)
    gateway.enqueue(MockReply.text(TEXT, chunk_size=PIECE, fault=fault))
    chunks, error = await read_until_error(api, model=MODEL, messages=HELLO)
    assert_exactly_what_arrived(chunks, error, after)


@pytest.mark.parametrize("after", [1, 5, AFTER_FINISH])
async def test_a_drop_of_a_content_length_framed_stream_leaves_exactly_what_arrived(
    api: Api, gateway: MockGateway, after: int
) -> None:
    faults = [Fault.content_length(), Fault.drop_mid_event(after_events=after)]
    gateway.enqueue(MockReply.text(TEXT, chunk_size=PIECE, fault=faults))
    chunks, error = await read_until_error(api, model=MODEL, messages=HELLO)
    assert_exactly_what_arrived(chunks, error, after)


@pytest.mark.parametrize("after", [1, 5, FINISH_EVENT])
async def test_a_drop_of_a_stream_in_tiny_writes_leaves_exactly_what_arrived(
    api: Api, gateway: MockGateway, after: int
) -> None:
    faults = [Fault.tiny_writes(7, delay_ms=0), Fault.drop_mid_event(after_events=after)]
    gateway.enqueue(MockReply.text(TEXT, chunk_size=PIECE, fault=faults))
    chunks, error = await read_until_error(api, model=MODEL, messages=HELLO)
    assert_exactly_what_arrived(chunks, error, after)


@pytest.mark.parametrize("after", [1, 5])
async def test_a_body_that_ends_cleanly_mid_choice_without_done_raises_incomplete(
    api: Api, gateway: MockGateway, after: int
) -> None:
    gateway.enqueue(MockReply.text(TEXT, chunk_size=PIECE))
    served = await api.chunks(model=MODEL, messages=HELLO)
    frames = [b"data: " + chunk_json(chunk) + b"\n\n" for chunk in served[:after]]
    gateway.enqueue(MockReply.raw_sse(frames))
    chunks, error = await read_until_error(api, model=MODEL, messages=HELLO)
    assert_exactly_what_arrived(chunks, error, after)


async def test_a_body_that_ends_cleanly_after_every_choice_finished_is_complete(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(MockReply.text(TEXT, chunk_size=PIECE))
    served = await api.chunks(model=MODEL, messages=HELLO)
    frames = [b"data: " + chunk_json(chunk) + b"\n\n" for chunk in served]
    gateway.enqueue(MockReply.raw_sse(frames))
    final = await api.final(model=MODEL, messages=HELLO)
    assert final.choices[0].message.content == TEXT
    assert final.choices[0].finish_reason == "stop"


def chunk_json(chunk: ChatCompletionChunk) -> bytes:
    import json

    return json.dumps(chunk.to_dict()).encode()
