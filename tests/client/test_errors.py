"""Every failure comes out as a typed aistats exception carrying what the server said."""

from __future__ import annotations

import socket

import pytest

import aistats
from aistats import (
    AIStats,
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APIStreamError,
    APITimeoutError,
    AsyncAIStats,
    IncompleteStreamError,
    StreamTimeoutError,
)
from aistats.testing import Fault, MockGateway, MockReply
from tests.client.conftest import API_KEY, HELLO, MODEL, Api

STATUS_CLASSES = {
    400: aistats.BadRequestError,
    401: aistats.AuthenticationError,
    402: aistats.PaymentRequiredError,
    403: aistats.PermissionDeniedError,
    404: aistats.NotFoundError,
    408: aistats.RequestTimeoutError,
    409: aistats.ConflictError,
    422: aistats.UnprocessableEntityError,
    429: aistats.RateLimitError,
    500: aistats.InternalServerError,
    502: aistats.InternalServerError,
    503: aistats.InternalServerError,
}


def no_retries(api: Api) -> Api:
    return api.with_client(api.client.with_options(max_retries=0))


@pytest.mark.parametrize("status", sorted(STATUS_CLASSES))
async def test_each_status_raises_its_class_with_the_gateways_message(
    api: Api, gateway: MockGateway, status: int
) -> None:
    body = {"error": {"message": f"gateway says {status}", "type": "x", "code": "c"}}
    gateway.enqueue(MockReply.error(status, json=body, headers={"x-request-id": "req-42"}))
    with pytest.raises(STATUS_CLASSES[status]) as raised:
        await no_retries(api).generate(model=MODEL, messages=HELLO)
    error = raised.value
    assert isinstance(error, APIStatusError)
    assert error.status_code == status
    assert error.body == body
    assert error.request_id == "req-42"
    assert error.response.status_code == status
    assert f"gateway says {status}" in str(error)


async def test_a_stream_request_error_is_raised_before_any_chunk_with_the_body_read(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(
        MockReply.error(402, json={"error": "insufficient_credits", "message": "Top up"})
    )
    with pytest.raises(aistats.PaymentRequiredError) as raised:
        await api.open(model=MODEL, messages=HELLO)
    assert "Top up" in str(raised.value)
    assert raised.value.body == {"error": "insufficient_credits", "message": "Top up"}


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        (
            MockReply.error(
                502,
                html="<html><head><title>502 Bad Gateway</title></head>"
                "<body><h1>Bad Gateway</h1> nginx</body></html>",
            ),
            "502 Bad Gateway",
        ),
        (
            MockReply.error(503, text="upstream connect error or disconnect/reset before headers"),
            "upstream connect error",
        ),
        (MockReply.error(500, body=b""), "empty response body"),
    ],
    ids=["html", "text", "empty"],
)
async def test_proxy_bodies_give_a_useful_message(
    api: Api, gateway: MockGateway, reply: MockReply, expected: str
) -> None:
    gateway.enqueue(reply)
    with pytest.raises(APIStatusError) as raised:
        await no_retries(api).generate(model=MODEL, messages=HELLO)
    assert expected in str(raised.value)
    assert "<" not in str(raised.value)


async def test_a_request_the_spec_rejects_raises_bad_request_naming_the_field(api: Api) -> None:
    with pytest.raises(aistats.BadRequestError) as raised:
        await api.generate(model=MODEL, messages=HELLO, temperature=3)
    assert "temperature" in str(raised.value)


async def test_a_missing_token_raises_authentication_error(gateway: MockGateway) -> None:
    client = AIStats(
        base_url=gateway.base_url, api_key=API_KEY, default_headers={"Authorization": ""}
    )
    with pytest.raises(aistats.AuthenticationError):
        client.generate_text(model=MODEL, messages=HELLO)
    client.close()


async def test_a_closed_port_raises_connection_error(api: Api) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client_cls = AIStats if api.kind == "sync" else AsyncAIStats
    offline = api.with_client(
        client_cls(base_url=f"http://127.0.0.1:{port}/v1", api_key=API_KEY, max_retries=0)
    )
    with pytest.raises(APIConnectionError) as raised:
        await offline.generate(model=MODEL, messages=HELLO)
    assert not isinstance(raised.value, APITimeoutError)
    await offline.aclose()


async def test_a_stall_before_headers_raises_timeout_error(api: Api, gateway: MockGateway) -> None:
    gateway.enqueue(MockReply.derived(fault=Fault.stall_before_headers(seconds=10)))
    with pytest.raises(APITimeoutError):
        await no_retries(api).generate(model=MODEL, messages=HELLO, timeout=1.0)


async def test_a_stall_mid_stream_raises_stream_timeout_with_the_partial(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(
        MockReply.text(
            "one two three four", fault=Fault.stall_mid_stream(after_events=3, seconds=10)
        )
    )
    with pytest.raises(StreamTimeoutError) as raised:
        # Long enough for three events on a loaded machine; the 10 s stall outlasts it.
        await api.text(model=MODEL, messages=HELLO, timeout=2.0)
    assert isinstance(raised.value, APITimeoutError)
    assert raised.value.partial
    assert raised.value.partial.choices[0].message.content == "one two"


async def test_an_error_frame_mid_stream_raises_stream_error_with_its_payload(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(MockReply.text("one two three", fault=Fault.error_frame(after_events=2)))
    with pytest.raises(APIStreamError) as raised:
        await api.chunks(model=MODEL, messages=HELLO)
    assert raised.value.payload


@pytest.mark.parametrize(
    "frame",
    [b'data: {"error": {"message": "upstream exploded", "code": 500}}\n\n',
     b'data: {"object": "error", "message": "upstream exploded"}\n\n'],
    ids=["error-object", "object-error"],
)  # fmt: skip
async def test_both_error_frame_shapes_raise_stream_error(
    api: Api, gateway: MockGateway, frame: bytes
) -> None:
    role = b'data: {"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"role":"assistant","content":"Hi"},"finish_reason":null}]}\n\n'  # noqa: E501
    gateway.enqueue(MockReply.raw_sse([role, frame]))
    with pytest.raises(APIStreamError) as raised:
        await api.chunks(model=MODEL, messages=HELLO)
    assert "upstream exploded" in str(raised.value)


async def test_a_dropped_connection_mid_stream_raises_incomplete_with_what_arrived(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(
        MockReply.text("one two three four five", fault=Fault.drop_mid_stream(after_events=3))
    )
    with pytest.raises(IncompleteStreamError) as raised:
        await api.text(model=MODEL, messages=HELLO)
    partial = raised.value.partial
    assert partial
    assert partial.choices[0].message.content == "one two"
    assert partial.choices[0].finish_reason is None


async def test_a_malformed_frame_raises_validation_error_naming_it(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(MockReply.text("one two three", fault=Fault.malformed_frame(after_events=2)))
    with pytest.raises(APIResponseValidationError) as raised:
        await api.chunks(model=MODEL, messages=HELLO)
    assert "not JSON" in str(raised.value)


async def test_invalid_utf8_raises_validation_error(api: Api, gateway: MockGateway) -> None:
    gateway.enqueue(MockReply.text("one two three", fault=Fault.invalid_utf8(after_events=2)))
    with pytest.raises(APIResponseValidationError):
        await api.chunks(model=MODEL, messages=HELLO)


async def test_a_json_reply_to_a_stream_request_is_an_error_not_silence(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(MockReply.json({"id": "x", "choices": []}))
    with pytest.raises(APIResponseValidationError) as raised:
        await api.chunks(model=MODEL, messages=HELLO)
    assert "application/json" in str(raised.value)


async def test_a_completion_that_does_not_fit_the_schema_raises_validation_error(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(MockReply.json({"id": "x", "object": "chat.completion", "created": 1}))
    with pytest.raises(APIResponseValidationError) as raised:
        await api.generate(model=MODEL, messages=HELLO)
    assert "model" in str(raised.value)


async def test_a_non_json_200_reply_raises_validation_error(api: Api, gateway: MockGateway) -> None:
    gateway.enqueue(MockReply.raw_sse(b"<html>maintenance</html>", content_type="text/html"))
    with pytest.raises(APIResponseValidationError):
        await api.generate(model=MODEL, messages=HELLO)


def test_a_missing_api_key_names_both_environment_variables(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("AI_STATS_API_KEY", raising=False)
    monkeypatch.delenv("PHASEO_API_KEY", raising=False)
    with pytest.raises(aistats.AIStatsError) as raised:
        AIStats()
    assert "AI_STATS_API_KEY" in str(raised.value)
    assert "PHASEO_API_KEY" in str(raised.value)
