"""The client's promises about its own failures: a closed client, an echoed key, a base URL that
cannot work, mistakes in arguments, and a per-attempt limit inside a whole-call deadline. Each
behaviour against `AIStats` and `AsyncAIStats` on a real server on 127.0.0.1."""

from __future__ import annotations

import json
import logging
import socket
import time

import pytest

from aistats import (
    AIStats,
    AIStatsError,
    APIConnectionError,
    APIResponseValidationError,
    APIStreamError,
    AsyncAIStats,
    AuthenticationError,
    ClientClosedError,
    ConfigurationError,
    InvalidArgumentError,
    InvalidArgumentTypeError,
)
from aistats.testing import Fault, MockGateway, MockReply
from tests.client.conftest import API_KEY, HELLO, MODEL, Api
from tests.client.raw_server import RawServer


def client_of(api: Api, **options: object) -> Api:
    cls = AIStats if api.kind == "sync" else AsyncAIStats
    return api.with_client(cls(**{**api.options, **options}))  # type: ignore[arg-type]


# -- 4. a closed client -------------------------------------------------------------------------


async def test_a_closed_client_raises_a_typed_error(api: Api) -> None:
    copy = api.with_client(api.client.with_options(max_retries=0))
    await api.aclose()
    for facade in (api, copy):
        with pytest.raises(ClientClosedError, match="closed") as caught:
            await facade.generate(model=MODEL, messages=HELLO)
        assert isinstance(caught.value, AIStatsError)
        assert isinstance(caught.value, RuntimeError)  # what httpx raised before, still caught
        with pytest.raises(ClientClosedError):
            await facade.text(model=MODEL, messages=HELLO)


# -- 5. the key, echoed back --------------------------------------------------------------------


def _reply(status: str, content_type: str, body: bytes) -> bytes:
    return (
        f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode() + body


def _json_reply(status: str, body: object) -> bytes:
    return _reply(status, "application/json", json.dumps(body).encode())


ECHO = f"The key {API_KEY} is not valid"


def assert_no_key(*texts: object) -> None:
    for text in texts:
        assert API_KEY not in str(text)
        assert API_KEY not in repr(text)


async def test_a_key_echoed_in_an_error_body_is_redacted_everywhere(
    raw_api: Api, raw_server: RawServer, caplog: pytest.LogCaptureFixture
) -> None:
    body = {"error": "unauthorised", "description": ECHO, "details": [{"message": ECHO}]}
    raw_server.replies.append(
        _reply("401 Unauthorized", "application/json", json.dumps(body).encode())
    )
    with caplog.at_level(logging.DEBUG), pytest.raises(AuthenticationError) as caught:
        await raw_api.generate(model=MODEL, messages=HELLO)
    error = caught.value
    assert "<redacted>" in str(error)
    assert_no_key(error, error.body, error.error_body, error.message)
    assert_no_key(*(record.getMessage() for record in caplog.records))


async def test_a_key_echoed_in_an_error_frame_is_redacted_from_the_payload(
    raw_api: Api, raw_server: RawServer
) -> None:
    frame = {"error": {"message": ECHO, "type": "auth"}}
    body = b"data: " + json.dumps(frame).encode() + b"\n\n"
    raw_server.replies.append(_reply("200 OK", "text/event-stream", body))
    with pytest.raises(APIStreamError) as caught:
        await raw_api.text(model=MODEL, messages=HELLO)
    assert "<redacted>" in str(caught.value)
    assert_no_key(caught.value, caught.value.payload)


@pytest.mark.parametrize("stream", [False, True], ids=["not-json", "not-an-event-stream"])
async def test_a_key_echoed_in_an_unreadable_reply_is_redacted_from_received(
    raw_api: Api, raw_server: RawServer, stream: bool
) -> None:
    raw_server.replies.append(_reply("200 OK", "text/html", f"<p>{ECHO}</p>".encode()))
    call = raw_api.text if stream else raw_api.generate
    with pytest.raises(APIResponseValidationError) as caught:
        await call(model=MODEL, messages=HELLO)
    assert "<redacted>" in str(caught.value.received)
    assert_no_key(caught.value, caught.value.received)


# -- 6. base_url --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("base_url", "problem"),
    [
        ("api.phaseo.app/v1", "has no scheme"),
        ("localhost:8000/v1", "has no scheme"),
        ("ftp://api.phaseo.app/v1", "only http and https"),
        ("http:///v1", "has no host"),
        ("https://api.phaseo.app/v1/chat/completions", "already ends in /chat/completions"),
        ("https://api.phaseo.app/v1/chat/completions/", "already ends in /chat/completions"),
    ],
)
@pytest.mark.parametrize("cls", [AIStats, AsyncAIStats])
def test_a_base_url_that_cannot_work_is_refused_when_the_client_is_built(
    cls: type[AIStats] | type[AsyncAIStats], base_url: str, problem: str
) -> None:
    with pytest.raises(ConfigurationError, match=problem) as caught:
        cls(api_key=API_KEY, base_url=base_url)
    assert isinstance(caught.value, ValueError)
    assert base_url in str(caught.value)


def test_credentials_in_a_base_url_are_not_repeated_in_its_error() -> None:
    with pytest.raises(ConfigurationError) as caught:
        AIStats(api_key=API_KEY, base_url="ftp://user:hunter2@example.com/v1")
    assert "hunter2" not in str(caught.value)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_a_connection_error_names_the_host_and_port_it_tried(api: Api) -> None:
    port = _closed_port()
    facade = client_of(api, base_url=f"http://127.0.0.1:{port}/v1", max_retries=0)
    try:
        with pytest.raises(APIConnectionError) as caught:
            await facade.generate(model=MODEL, messages=HELLO)
        assert f"127.0.0.1:{port}" in str(caught.value)
        assert_no_key(caught.value)
    finally:
        await facade.aclose()


# -- 7. mistakes in arguments -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("arguments", "kind", "builtin"),
    [
        ({"model": 5, "messages": HELLO}, InvalidArgumentTypeError, TypeError),
        ({"model": MODEL, "messages": []}, InvalidArgumentError, ValueError),
        (
            {"model": MODEL, "messages": HELLO, "temperature": "hot"},
            InvalidArgumentTypeError,
            TypeError,
        ),
        (
            {"model": MODEL, "messages": HELLO, "temperature": float("nan")},
            InvalidArgumentError,
            ValueError,
        ),
        ({"model": MODEL, "messages": HELLO, "timeout": -1}, InvalidArgumentError, ValueError),
        ({"model": MODEL, "messages": HELLO, "total_timeout": 0}, InvalidArgumentError, ValueError),
        (
            {"model": MODEL, "messages": HELLO, "extra_headers": {"Bad Name": "x"}},
            InvalidArgumentError,
            ValueError,
        ),
    ],
)
async def test_a_mistake_in_the_arguments_is_both_an_aistats_error_and_the_builtin(
    api: Api, gateway: MockGateway, arguments: dict[str, object], kind: type, builtin: type
) -> None:
    with pytest.raises(kind) as caught:
        await api.generate(**{"model": MODEL, "messages": HELLO, **arguments})
    assert isinstance(caught.value, AIStatsError)
    assert isinstance(caught.value, builtin)
    assert gateway.requests == []  # refused before anything was sent


@pytest.mark.parametrize("cls", [AIStats, AsyncAIStats])
def test_a_bad_setting_is_both_an_aistats_error_and_the_builtin(
    cls: type[AIStats] | type[AsyncAIStats],
) -> None:
    with pytest.raises(InvalidArgumentError) as value_error:
        cls(api_key=API_KEY, base_url="http://127.0.0.1:9/v1", max_retries=-1)
    assert isinstance(value_error.value, ValueError)
    with pytest.raises(InvalidArgumentError, match="set by the client"):
        cls(api_key=API_KEY, default_headers={"transfer-encoding": "chunked"})
    with pytest.raises(InvalidArgumentTypeError) as type_error:
        cls(api_key=123, base_url="http://127.0.0.1:9/v1")  # type: ignore[arg-type]
    assert isinstance(type_error.value, TypeError)


# -- 8. a per-attempt limit inside the call's deadline -----------------------------------------


async def test_a_stalled_attempt_is_retried_within_the_calls_deadline(
    raw_api: Api, raw_server: RawServer
) -> None:
    """Each attempt at most 1 s of silence, the whole call at most 30 s, one retry: the first
    attempt stalls and is given up after its 1 s; the second answers."""
    completion = {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1,
        "model": MODEL,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "late"},
                "finish_reason": "stop",
            }
        ],
    }
    raw_server.replies += [
        None,
        _reply("200 OK", "application/json", json.dumps(completion).encode()),
    ]
    facade = client_of(raw_api, timeout=1, total_timeout=30, max_retries=1)
    try:
        started = time.monotonic()
        result = await facade.generate(model=MODEL, messages=HELLO)
        assert result.choices[0].message.content == "late"
        assert raw_server.connections == 2
        assert time.monotonic() - started < 30
    finally:
        await facade.aclose()


async def test_without_total_timeout_the_read_timeout_is_the_whole_calls_deadline(
    raw_api: Api, raw_server: RawServer
) -> None:
    """Today's meaning of `timeout=` is kept: the stalled attempt used the whole budget, so
    no retry starts."""
    raw_server.replies += [None, None]
    facade = client_of(raw_api, timeout=1, max_retries=1)
    try:
        with pytest.raises(APIConnectionError):
            await facade.generate(model=MODEL, messages=HELLO)
        assert raw_server.connections == 1
    finally:
        await facade.aclose()


async def test_total_timeout_per_call_overrides_the_clients(
    raw_api: Api, raw_server: RawServer
) -> None:
    raw_server.replies += [None, None, None]
    facade = client_of(raw_api, timeout=1, total_timeout=30, max_retries=2)
    try:
        started = time.monotonic()
        with pytest.raises(APIConnectionError):
            await facade.generate(model=MODEL, messages=HELLO, total_timeout=1.5)
        # A second attempt may start inside 1.5 s, a third cannot.
        assert raw_server.connections <= 2
        assert time.monotonic() - started < 10
    finally:
        await facade.aclose()


async def test_a_key_sent_again_under_a_lowercase_header_name_is_still_redacted(
    raw_api: Api, raw_server: RawServer
) -> None:
    """`authorization` from extra_headers replaces `Authorization` (never both are sent), and
    the key it carries is the one redacted."""
    other = "sk-other-key-5a6b7c8d9e"
    body = {"error": "unauthorised", "description": f"bad key {other}"}
    raw_server.replies.append(_json_reply("401 Unauthorized", body))
    with pytest.raises(AuthenticationError) as caught:
        await raw_api.generate(
            model=MODEL, messages=HELLO, extra_headers={"authorization": f"Bearer {other}"}
        )
    assert other not in str(caught.value)
    assert other not in repr(caught.value.body)


async def test_a_client_closed_during_a_retry_wait_raises_the_typed_error(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(MockReply.error(503, headers={"Retry-After": "1"}))
    import asyncio

    async def close_soon() -> None:
        await asyncio.sleep(0.3)
        await api.aclose()

    closer = asyncio.ensure_future(close_soon()) if api.kind == "async" else None
    if closer is None:
        import threading

        threading.Timer(0.3, api.client.close).start()  # type: ignore[arg-type]
    with pytest.raises(ClientClosedError):
        await api.generate(model=MODEL, messages=HELLO)
    if closer is not None:
        await closer


async def test_total_timeout_bounds_the_wait_for_a_streams_response_head(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(MockReply.text("late", fault=Fault.stall_before_headers(30)))
    facade = client_of(api, timeout=20, total_timeout=1, max_retries=0)
    try:
        started = time.monotonic()
        with pytest.raises(APIConnectionError):
            await facade.text(model=MODEL, messages=HELLO)
        assert time.monotonic() - started < 10  # not the 20 s read timeout
    finally:
        await facade.aclose()


def test_credentials_in_an_unparsable_base_url_are_not_repeated() -> None:
    with pytest.raises(ConfigurationError) as caught:
        AIStats(api_key=API_KEY, base_url="https://user:s3cret@host:abc/v1")
    assert "s3cret" not in str(caught.value)
    with pytest.raises(ConfigurationError, match="has no host"):
        AIStats(api_key=API_KEY, base_url="https://user:pw@/v1")
