"""Sizes and encodings: gzip-compressed bodies (whole, in tiny writes, and corrupt), a 10 MB
completion, a 10 MB single event, and a 200,000-chunk stream, each arriving exactly."""

from __future__ import annotations

import pytest

from aistats import APIResponseValidationError, APIStatusError
from aistats.testing import Fault, MockGateway, MockReply
from tests.reliability.conftest import HELLO, MODEL, Api, no_retries, read_until_error

pytestmark = pytest.mark.slow

TEN_MB = 10 * 1024 * 1024
TEXT = "Ünïcödé ✓ 🌍 compressed, split and reassembled."


async def test_a_gzip_stream_in_tiny_writes_arrives_exactly(api: Api, gateway: MockGateway) -> None:
    faults = [Fault.gzip(), Fault.tiny_writes(5, delay_ms=0)]
    gateway.enqueue(MockReply.text(TEXT, chunk_size=3, fault=faults))
    assert await api.text(model=MODEL, messages=HELLO) == TEXT
    assert gateway.last_request.accepts_encoding("gzip")


async def test_a_gzip_error_body_is_decompressed_into_the_error(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(
        MockReply.derived(fault=[Fault.http_error(503, message="zipped and down"), Fault.gzip()])
    )
    with pytest.raises(APIStatusError) as raised:
        await no_retries(api).generate(model=MODEL, messages=HELLO)
    assert "zipped and down" in str(raised.value)


CORRUPT_GZIP = {"Content-Encoding": "gzip"}


async def test_a_corrupt_gzip_completion_raises_validation_error(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(MockReply.json({"not": "gzip"}, headers=CORRUPT_GZIP))
    with pytest.raises(APIResponseValidationError):
        await api.generate(model=MODEL, messages=HELLO)
    assert len(gateway.requests) == 1


async def test_a_corrupt_gzip_stream_raises_validation_error(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(MockReply.raw_sse([b"data: [DONE]\n\n"], headers=CORRUPT_GZIP))
    chunks, error = await read_until_error(api, model=MODEL, messages=HELLO)
    assert chunks == []
    assert isinstance(error, APIResponseValidationError)


async def test_a_10_mb_completion_arrives_whole(api: Api, gateway: MockGateway) -> None:
    content = "0123456789abcdef" * (TEN_MB // 16)
    completion = {
        "id": "chatcmpl-big",
        "object": "chat.completion",
        "created": 1,
        "model": MODEL,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "length",
            }
        ],
    }
    gateway.enqueue(MockReply.json(completion))
    chat = await api.generate(model=MODEL, messages=HELLO)
    assert chat.choices[0].message.content == content
    assert chat.to_dict() == completion


async def test_a_10_mb_single_event_arrives_whole(api: Api, gateway: MockGateway) -> None:
    content = "é" * (TEN_MB // 2)
    gateway.enqueue(MockReply.text(content, chunk_size=len(content)))
    assert await api.text(model=MODEL, messages=HELLO) == content


async def test_a_200000_chunk_stream_arrives_exactly(api: Api, gateway: MockGateway) -> None:
    gateway.enqueue(MockReply.text_stream_of(200_000, "tok "))
    assert await api.text(model=MODEL, messages=HELLO) == "tok " * 200_000
