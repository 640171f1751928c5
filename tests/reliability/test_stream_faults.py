"""What a 200 stream can carry that is not a chunk: an error frame, a frame that is not JSON,
bytes that are not UTF-8, JSON that is not a chunk, and a JSON reply instead of a stream. The
typed exception, what it carries, and that every chunk before the bad frame reached the caller
(whether the bad frame came in its own network read or in the same one as the chunks)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from aistats import APIResponseValidationError, APIStreamError
from aistats.models import ChatCompletionChunk
from aistats.testing import Fault, MockGateway, MockReply
from tests.reliability.conftest import HELLO, MODEL, Api, no_retries, read_until_error

TEXT = "alpha beta gamma delta epsilon"
UPSTREAM_ERROR = {"error": {"message": "upstream fell over", "type": "upstream_error", "code": 502}}
NOT_JSON = b'{"id":"chatcmpl-x","choices":[{"index":0,'
NOT_UTF8 = b'{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"bad \xff\xfe bytes"},"finish_reason":null}]}'  # noqa: E501


def content_frame(index: int) -> dict[str, Any]:
    delta: dict[str, Any] = {"content": f"piece {index} "}
    if index == 0:
        delta["role"] = "assistant"
    return {
        "id": "chatcmpl-faults",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": MODEL,
        "choices": [{"index": 0, "delta": delta, "finish_reason": None}],
    }


GOOD = [content_frame(i) for i in range(4)]


def sse(data: bytes) -> bytes:
    return b"data: " + data + b"\n\n"


def good_frames() -> list[bytes]:
    return [sse(json.dumps(frame).encode()) for frame in GOOD]


def assert_got_every_good_chunk(chunks: list[ChatCompletionChunk]) -> None:
    assert [chunk.to_dict() for chunk in chunks] == GOOD


@pytest.mark.parametrize("style", ["error", "object"])
@pytest.mark.parametrize("after", [0, 1, 3])
async def test_an_error_frame_raises_stream_error_after_every_chunk_before_it(
    api: Api, gateway: MockGateway, after: int, style: str
) -> None:
    fault = Fault.error_frame(after_events=after, style=style, message="upstream fell over")
    gateway.enqueue(MockReply.text(TEXT, fault=fault))
    chunks, error = await read_until_error(api, model=MODEL, messages=HELLO)
    assert isinstance(error, APIStreamError)
    assert len(chunks) == after
    assert "upstream fell over" in str(error)
    expected = (
        {"object": "error", "message": "upstream fell over"}
        if style == "object"
        else {"error": {"message": "upstream fell over", "type": "upstream_error", "code": 502}}
    )
    assert dict(error.payload) == expected


async def test_an_event_named_error_raises_stream_error_with_its_payload(
    api: Api, gateway: MockGateway
) -> None:
    frame = b'event: error\ndata: {"message": "quota exhausted mid-stream"}\n\n'
    gateway.enqueue(MockReply.raw_sse([*good_frames(), frame]))
    chunks, error = await read_until_error(api, model=MODEL, messages=HELLO)
    assert_got_every_good_chunk(chunks)
    assert isinstance(error, APIStreamError)
    assert dict(error.payload) == {"message": "quota exhausted mid-stream"}
    assert "quota exhausted mid-stream" in str(error)


async def test_an_error_frame_in_its_own_read_comes_after_every_chunk_before_it(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(MockReply.raw_sse([*good_frames(), sse(json.dumps(UPSTREAM_ERROR).encode())]))
    chunks, error = await read_until_error(api, model=MODEL, messages=HELLO)
    assert_got_every_good_chunk(chunks)
    assert isinstance(error, APIStreamError)
    assert dict(error.payload) == UPSTREAM_ERROR


async def test_an_error_frame_in_the_same_read_as_chunks_comes_after_all_of_them(
    api: Api, gateway: MockGateway
) -> None:
    body = b"".join([*good_frames(), sse(json.dumps(UPSTREAM_ERROR).encode())])
    gateway.enqueue(MockReply.raw_sse([body]))
    chunks, error = await read_until_error(api, model=MODEL, messages=HELLO)
    assert isinstance(error, APIStreamError)
    assert_got_every_good_chunk(chunks)


async def test_a_frame_that_is_not_json_raises_validation_error_holding_it(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(MockReply.raw_sse([*good_frames(), sse(NOT_JSON)]))
    chunks, error = await read_until_error(api, model=MODEL, messages=HELLO)
    assert_got_every_good_chunk(chunks)
    assert isinstance(error, APIResponseValidationError)
    assert error.received == NOT_JSON.decode()
    assert "not JSON" in str(error)


async def test_a_frame_that_is_not_json_in_the_same_read_as_chunks_comes_after_them(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(MockReply.raw_sse([b"".join([*good_frames(), sse(NOT_JSON)])]))
    chunks, error = await read_until_error(api, model=MODEL, messages=HELLO)
    assert isinstance(error, APIResponseValidationError)
    assert_got_every_good_chunk(chunks)


async def test_the_mock_malformed_frame_fault_raises_validation_error_after_its_chunks(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(MockReply.text(TEXT, fault=Fault.malformed_frame(after_events=3)))
    chunks, error = await read_until_error(api, model=MODEL, messages=HELLO)
    assert isinstance(error, APIResponseValidationError)
    assert len(chunks) == 3


async def test_bytes_that_are_not_utf8_raise_validation_error_after_every_chunk_before_them(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(MockReply.raw_sse([*good_frames(), sse(NOT_UTF8)]))
    chunks, error = await read_until_error(api, model=MODEL, messages=HELLO)
    assert_got_every_good_chunk(chunks)
    assert isinstance(error, APIResponseValidationError)
    assert "UTF-8" in str(error)


async def test_bytes_that_are_not_utf8_in_the_same_read_as_chunks_come_after_them(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(MockReply.raw_sse([b"".join([*good_frames(), sse(NOT_UTF8)])]))
    chunks, error = await read_until_error(api, model=MODEL, messages=HELLO)
    assert isinstance(error, APIResponseValidationError)
    assert_got_every_good_chunk(chunks)


async def test_the_mock_invalid_utf8_fault_raises_validation_error_after_its_chunks(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(MockReply.text(TEXT, fault=Fault.invalid_utf8(after_events=3)))
    chunks, error = await read_until_error(api, model=MODEL, messages=HELLO)
    assert isinstance(error, APIResponseValidationError)
    assert len(chunks) == 3


@pytest.mark.parametrize(
    "data",
    [b"[1, 2]", b'"a string"', b"42", b"null", b'{"choices": "none"}', b'{"choices": [7]}'],
    ids=["array", "string", "number", "null", "choices-string", "choices-of-numbers"],
)
async def test_json_that_is_not_a_chunk_raises_validation_error(
    api: Api, gateway: MockGateway, data: bytes
) -> None:
    gateway.enqueue(MockReply.raw_sse([*good_frames(), sse(data)]))
    chunks, error = await read_until_error(api, model=MODEL, messages=HELLO)
    assert_got_every_good_chunk(chunks)
    assert isinstance(error, APIResponseValidationError)


async def test_a_json_reply_to_a_stream_request_raises_validation_error_holding_it(
    api: Api, gateway: MockGateway
) -> None:
    completion = {"id": "chatcmpl-json", "object": "chat.completion", "choices": []}
    gateway.enqueue(MockReply.json(completion))
    with pytest.raises(APIResponseValidationError) as raised:
        await api.open(model=MODEL, messages=HELLO)
    assert json.loads(str(raised.value.received)) == completion
    assert "application/json" in str(raised.value)
    assert len(gateway.requests) == 1


async def test_a_json_reply_to_a_stream_request_leaves_the_connection_reusable(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(MockReply.json({"id": "x", "choices": []}))
    with pytest.raises(APIResponseValidationError):
        await no_retries(api).open(model=MODEL, messages=HELLO)
    gateway.enqueue(MockReply.text(TEXT))
    assert await api.text(model=MODEL, messages=HELLO) == TEXT
    assert gateway.connections_opened == 1
