"""The `aistats` console script, run for real in a subprocess against the mock gateway."""

from __future__ import annotations

import json
import os
import select
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from aistats.testing import Fault, MockGateway, MockReply

SCRIPT = str(Path(sys.executable).with_name("aistats"))
SECRET = "sk-cli-secret-key-123456"
LIMERICK = "Write a limerick about lighthouses."
TIMEOUT = 60


@pytest.fixture(scope="module")
def _gateway() -> Iterator[MockGateway]:
    with MockGateway() as gateway:
        yield gateway


@pytest.fixture
def gateway(_gateway: MockGateway) -> MockGateway:
    _gateway.reset()
    return _gateway


def environment(gateway: MockGateway | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AI_STATS_", "PHASEO_"))}
    if gateway is not None:
        env |= {"AI_STATS_BASE_URL": gateway.base_url, "AI_STATS_API_KEY": SECRET}
    return env


def run(
    *args: str, gateway: MockGateway | None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [SCRIPT, *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env=environment(gateway),
        stdin=None if stdin is not None else subprocess.DEVNULL,
    )


def test_chat_streams_the_reply_to_stdout(gateway: MockGateway) -> None:
    result = run("chat", "--system", "You are helpful.", LIMERICK, gateway=gateway)
    assert result.returncode == 0, result.stderr
    assert "lighthouses" in result.stdout
    assert len(result.stdout.strip().splitlines()) == 5
    body = gateway.last_request.body
    assert body["stream"] is True
    assert body["messages"] == [
        {"role": "system", "content": "You are helpful."},
        {"role": "user", "content": LIMERICK},
    ]


def test_chat_flushes_each_delta_as_it_arrives(gateway: MockGateway) -> None:
    # The server pauses for 30 s after the first words: seeing them on stdout before the
    # pause ends proves the CLI flushed per delta rather than at the end.
    gateway.enqueue(
        MockReply.text("early words then more", fault=Fault.pause(after_events=3, ms=30_000))
    )
    process = subprocess.Popen(
        [SCRIPT, "chat", "hello"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL, env=environment(gateway),
    )  # fmt: skip
    assert process.stdout is not None
    try:
        received = b""
        deadline = time.monotonic() + 20
        while b"early words" not in received and time.monotonic() < deadline:
            ready, _, _ = select.select([process.stdout], [], [], 0.5)
            if ready:
                received += os.read(process.stdout.fileno(), 1024)
        assert b"early words" in received
        assert process.poll() is None
    finally:
        process.kill()
        process.communicate(timeout=TIMEOUT)


def test_chat_sends_the_options(gateway: MockGateway) -> None:
    args = [
        "chat",
        "--model",
        "anthropic/claude",
        "--temperature",
        "0.2",
        "--max-tokens",
        "5",
        "hi",
    ]
    result = run(*args, gateway=gateway)
    assert result.returncode == 0, result.stderr
    body = gateway.last_request.body
    assert (body["model"], body["temperature"], body["max_tokens"]) == ("anthropic/claude", 0.2, 5)


def test_no_stream_waits_for_the_whole_reply(gateway: MockGateway) -> None:
    result = run("chat", "--no-stream", "--usage", "hello there", gateway=gateway)
    assert result.returncode == 0, result.stderr
    assert gateway.last_request.body["stream"] is False
    assert "hello there" in result.stdout
    assert "usage:" in result.stderr
    assert "tokens" in result.stderr


def test_json_prints_the_final_typed_completion(gateway: MockGateway) -> None:
    result = run("chat", "--json", "hello", gateway=gateway)
    assert result.returncode == 0, result.stderr
    completion = json.loads(result.stdout)
    assert completion["object"] == "chat.completion"
    assert "hello" in completion["choices"][0]["message"]["content"]


def test_the_prompt_comes_from_stdin_when_piped(gateway: MockGateway) -> None:
    result = run("chat", gateway=gateway, stdin="piped prompt text\n")
    assert result.returncode == 0, result.stderr
    assert gateway.last_request.body["messages"][-1]["content"] == "piped prompt text\n"
    result = run("chat", "-", gateway=gateway, stdin="dash prompt")
    assert gateway.last_request.body["messages"][-1]["content"] == "dash prompt"


def test_no_prompt_at_all_is_a_usage_error(gateway: MockGateway) -> None:
    result = run("chat", gateway=gateway, stdin="")
    assert result.returncode == 2
    assert "empty" in result.stderr


@pytest.mark.parametrize(
    ("reply", "code"),
    [
        (MockReply.error(401, json={"error": {"message": "Invalid API key"}}), 4),
        (MockReply.error(402, json={"error": "insufficient_credits", "message": "Top up"}), 5),
        (MockReply.error(400, json={"error": {"message": "bad field"}}), 8),
    ],
    ids=["401", "402", "400"],
)
def test_an_api_error_prints_one_line_and_exits_with_its_code(
    gateway: MockGateway, reply: MockReply, code: int
) -> None:
    gateway.enqueue(reply)
    result = run("chat", "hello", gateway=gateway)
    assert result.returncode == code
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("aistats: error: Error code:")
    assert "Traceback" not in result.stderr
    assert SECRET not in result.stderr + result.stdout


def test_rate_limiting_exits_6_after_the_retries(gateway: MockGateway) -> None:
    gateway.enqueue(MockReply.error(429, headers={"Retry-After": "0"}), times=3)
    result = run("chat", "hello", gateway=gateway)
    assert result.returncode == 6
    assert len(gateway.requests) == 3


def test_an_unreachable_gateway_exits_10(gateway: MockGateway) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = run("chat", "--base-url", f"http://127.0.0.1:{port}/v1", "hello", gateway=gateway)
    assert result.returncode == 10
    assert "Traceback" not in result.stderr


def test_a_missing_key_exits_3_naming_the_variables() -> None:
    result = run("chat", "hello", gateway=None)
    assert result.returncode == 3
    assert "AI_STATS_API_KEY" in result.stderr


def test_ctrl_c_mid_stream_stops_cleanly_with_130(gateway: MockGateway) -> None:
    gateway.enqueue(
        MockReply.text("first words then more", fault=Fault.pause(after_events=3, ms=30_000))
    )
    process = subprocess.Popen(
        [SCRIPT, "chat", "hello"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL, env=environment(gateway),
    )  # fmt: skip
    gateway.wait_for_requests(1, timeout=20)
    time.sleep(0.5)  # let it print the first words and block on the pause
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=TIMEOUT)
    assert process.returncode == 130
    assert b"Traceback" not in stderr


@pytest.mark.parametrize("command", [[], ["chat"], ["mock"]])
def test_every_command_has_help(command: list[str]) -> None:
    result = run(*command, "--help", gateway=None)
    assert result.returncode == 0
    assert "Usage:" in result.stdout


def test_python_dash_m_runs_the_same_cli(gateway: MockGateway) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "aistats", "chat", "--no-stream", "hi"],
        capture_output=True, text=True, timeout=TIMEOUT, env=environment(gateway),
        stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "hi" in result.stdout


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM])
def test_mock_command_serves_until_stopped(stop_signal: signal.Signals) -> None:
    process = subprocess.Popen(
        [SCRIPT, "mock", "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, env=environment(None),
    )  # fmt: skip
    assert process.stdout is not None
    try:
        base_url = process.stdout.readline().strip()
        assert base_url.startswith("http://127.0.0.1:")
        result = run(
            "chat", "--base-url", base_url, "--api-key", "k", "--no-stream", "ping", gateway=None
        )
        assert result.returncode == 0, result.stderr
        assert "ping" in result.stdout
    finally:
        process.send_signal(stop_signal)
        process.communicate(timeout=TIMEOUT)
    assert process.returncode == 0
