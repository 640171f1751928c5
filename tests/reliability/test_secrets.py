"""The API key never leaves the request's Authorization header: not in a repr, an exception (a
session-wide recorder in tests/conftest.py checks every AIStatsError the whole suite creates),
a log line at any level of any logger, or the CLI's error output."""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from aistats import AIStats, AIStatsError, APIConnectionError, AsyncAIStats, IncompleteStreamError
from aistats.testing import Fault, MockGateway, MockReply
from tests.conftest import LEAK_RECORDER, SECRET_API_KEYS, ExceptionLeakRecorder
from tests.reliability.conftest import API_KEY, CLI_API_KEY, HELLO, MODEL, Api, read_until_error

CLI = str(Path(sys.executable).with_name("aistats"))


@pytest.mark.parametrize("client_type", [AIStats, AsyncAIStats])
def test_the_key_is_absent_from_the_repr_of_a_client_its_copies_and_options(
    client_type: type[AIStats] | type[AsyncAIStats],
) -> None:
    client = client_type(api_key=API_KEY, base_url="http://127.0.0.1:9/v1")
    copy = client.with_options(timeout=3, max_retries=1, default_headers={"X-A": "b"})
    for shown in (client, copy, client._options, copy._options):
        assert API_KEY not in repr(shown)
        assert API_KEY not in str(shown)


async def test_the_key_is_absent_from_the_repr_of_a_stream_and_its_response(api: Api) -> None:
    stream = await api.open(model=MODEL, messages=HELLO)
    try:
        for shown in (stream, stream.response, stream.response.request):
            assert API_KEY not in repr(shown)
    finally:
        await api.close_stream(stream)


def test_every_api_key_the_suite_uses_is_watched_by_the_leak_recorder() -> None:
    from tests.cli.test_cli import SECRET
    from tests.client.conftest import API_KEY as CLIENT_API_KEY

    for key in (CLIENT_API_KEY, SECRET, API_KEY, CLI_API_KEY):
        assert key in SECRET_API_KEYS
        assert key in LEAK_RECORDER.keys


def test_the_leak_recorder_checks_every_aistats_exception_once() -> None:
    before = LEAK_RECORDER.checked
    AIStatsError("configuration")
    APIConnectionError("refused")
    IncompleteStreamError("cut", partial=None)
    assert LEAK_RECORDER.checked == before + 3


def test_the_leak_recorder_flags_a_key_in_a_str_or_a_repr() -> None:
    canary = "sk-canary-never-given-to-a-client"
    recorder = ExceptionLeakRecorder((canary,))
    recorder.check(APIConnectionError("nothing secret here"))
    assert recorder.leaks == []
    recorder.check(APIConnectionError(f"Illegal header value b'Bearer {canary}'"))
    assert len(recorder.leaks) == 2  # both str() and repr()
    assert canary not in "".join(recorder.report())


async def test_a_key_with_surrounding_whitespace_is_sent_trimmed(
    api: Api, gateway: MockGateway
) -> None:
    client_type = AIStats if api.kind == "sync" else AsyncAIStats
    padded = api.with_client(client_type(base_url=gateway.base_url, api_key=f" {API_KEY}\n"))
    await padded.generate(model=MODEL, messages=HELLO)
    await padded.aclose()
    assert gateway.last_request.headers["authorization"] == f"Bearer {API_KEY}"


@pytest.mark.parametrize(
    ("key", "kind"),
    [
        (API_KEY[:12] + "\n" + API_KEY[12:], "control"),
        (API_KEY[:12] + "\r\nX-Evil: 1" + API_KEY[12:], "control"),
        (API_KEY[:12] + "é" + API_KEY[12:], "non-ASCII"),
    ],
    ids=["line-break", "header-injection", "non-ascii"],
)
@pytest.mark.parametrize("client_type", [AIStats, AsyncAIStats])
def test_a_key_that_cannot_be_sent_is_refused_without_quoting_it(
    client_type: type[AIStats] | type[AsyncAIStats], key: str, kind: str
) -> None:
    with pytest.raises(AIStatsError) as raised:
        client_type(api_key=key, base_url="http://127.0.0.1:9/v1")
    message = str(raised.value) + repr(raised.value)
    assert f"{kind} character at position 12" in message
    assert API_KEY[:12] not in message
    assert API_KEY[12:] not in message


async def test_the_key_is_absent_from_every_log_record_of_every_logger_at_debug(
    api: Api, gateway: MockGateway, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        gateway.enqueue(MockReply.error(503, headers={"Retry-After": "0"}))
        await api.generate(model=MODEL, messages=HELLO)
        gateway.enqueue(MockReply.text("one two three", fault=Fault.drop_mid_stream(3)))
        await read_until_error(api, model=MODEL, messages=HELLO)
        gateway.enqueue(MockReply.error(401, json={"error": {"message": "bad key"}}))
        with pytest.raises(AIStatsError):
            await api.generate(model=MODEL, messages=HELLO)
        await api.text(model=MODEL, messages=HELLO)
    loggers = {record.name.split(".")[0] for record in caplog.records}
    assert {"aistats", "httpx", "httpcore"} <= loggers
    for record in caplog.records:
        assert API_KEY not in record.getMessage()
        assert API_KEY not in repr(record.args)
    assert API_KEY not in caplog.text


def run_python(script: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", script],
        env={**clean_environment(), **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def clean_environment() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(("AI_STATS_", "PHASEO_"))}


def test_the_key_is_absent_from_the_aistats_log_debug_output_of_retries_and_failures(
    gateway: MockGateway,
) -> None:
    gateway.enqueue(MockReply.error(429, headers={"retry-after-ms": "0"}))
    gateway.enqueue(MockReply.derived())
    gateway.enqueue(MockReply.text("streamed", fault=Fault.drop_mid_stream(2)))
    gateway.enqueue(MockReply.error(403, json={"error": {"message": "forbidden"}}))
    script = (
        "import aistats\n"
        "c = aistats.AIStats()\n"
        "m = [{'role': 'user', 'content': 'hi'}]\n"
        "c.generate_text(model='m', messages=m)\n"
        "try:\n"
        "    list(c.stream_text(model='m', messages=m))\n"
        "except aistats.AIStatsError as e:\n"
        "    print(repr(e), e)\n"
        "try:\n"
        "    c.generate_text(model='m', messages=m)\n"
        "except aistats.AIStatsError as e:\n"
        "    print(repr(e), e)\n"
    )
    env = {
        "AISTATS_LOG": "debug",
        "AI_STATS_API_KEY": CLI_API_KEY,
        "AI_STATS_BASE_URL": gateway.base_url,
    }
    result = run_python(script, env)
    assert result.returncode == 0, result.stderr
    assert "Retrying POST" in result.stderr
    assert "IncompleteStreamError" in result.stdout
    assert "PermissionDeniedError" in result.stdout
    assert CLI_API_KEY not in result.stderr + result.stdout


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}/v1"


CLI_FAILURES = {
    "401-json": (MockReply.error(401, json={"error": {"message": "invalid key"}}), 4),
    "502-html": (
        MockReply.error(
            502, html="<html><title>502 Bad Gateway</title></html>", headers={"Retry-After": "0"}
        ),
        7,
    ),
    "error-frame": (MockReply.text("a b c", fault=Fault.error_frame(after_events=2)), 11),
    "drop-mid-stream": (MockReply.text("a b c", fault=Fault.drop_mid_stream(2)), 10),
    "malformed-frame": (MockReply.text("a b c", fault=Fault.malformed_frame(2)), 12),
}


@pytest.mark.parametrize("failure", sorted(CLI_FAILURES))
def test_the_key_is_absent_from_cli_error_output(gateway: MockGateway, failure: str) -> None:
    reply, code = CLI_FAILURES[failure]
    gateway.enqueue(reply, times=3)  # enough for every retry
    env = {
        **clean_environment(),
        "AISTATS_LOG": "debug",
        "AI_STATS_API_KEY": CLI_API_KEY,
        "AI_STATS_BASE_URL": gateway.base_url,
    }
    result = subprocess.run(
        [CLI, "chat", "hello"], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == code, result.stderr
    assert "aistats: error:" in result.stderr
    assert CLI_API_KEY not in result.stderr + result.stdout


@pytest.mark.parametrize(
    ("key", "url"),
    [
        (CLI_API_KEY, "closed-port"),
        (CLI_API_KEY[:10] + "é" + CLI_API_KEY[10:], "gateway"),
        (CLI_API_KEY[:10] + "\x7f" + CLI_API_KEY[10:], "gateway"),
    ],
    ids=["unreachable", "non-ascii-key", "control-character-key"],
)
def test_the_key_is_absent_from_cli_output_when_no_request_can_be_made(
    gateway: MockGateway, key: str, url: str
) -> None:
    base_url = closed_port_url() if url == "closed-port" else gateway.base_url
    env = {**clean_environment(), "AI_STATS_API_KEY": key, "AI_STATS_BASE_URL": base_url}
    result = subprocess.run(
        [CLI, "chat", "hello"], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode in (3, 10), result.stderr
    assert "Traceback" not in result.stderr
    for part in (key, CLI_API_KEY[:10], CLI_API_KEY[10:]):
        assert part not in result.stderr + result.stdout
    assert gateway.requests == []
