"""The `aistats` console script, run for real in a subprocess against the mock gateway."""

from __future__ import annotations

import json
import os
import select
import signal
import socket
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from aistats.testing import Fault, MockGateway, MockReply
from tests.cli.not_installed import not_installed

pytestmark = pytest.mark.slow

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


# -- `aistats mock` options and `aistats chat` edges (issue 13, item 11) -----------------------


class MockProcess:
    """`aistats mock --port 0 ...` in a subprocess; `base_url` once it listens."""

    def __init__(self, *options: str) -> None:
        self.process = subprocess.Popen(
            [SCRIPT, "mock", "--port", "0", *options], stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True, env=environment(None),
        )  # fmt: skip
        assert self.process.stdout is not None
        self.base_url = self.process.stdout.readline().strip()
        assert self.base_url.startswith("http://127.0.0.1:"), self.process.stderr

    def chat(self, *args: str, key: str = "sk-mock-cli") -> subprocess.CompletedProcess[str]:
        return run("chat", "--base-url", self.base_url, "--api-key", key, *args, gateway=None)

    def close(self) -> None:
        self.process.send_signal(signal.SIGINT)
        self.process.communicate(timeout=TIMEOUT)


@pytest.fixture
def mock_process(request: pytest.FixtureRequest) -> Iterator[MockProcess]:
    process = MockProcess(*request.param)
    yield process
    process.close()


@pytest.mark.parametrize(
    "mock_process",
    [("--fault", "drop_mid_stream;after_events=3"), ("--fault", "drop_mid_stream:3")],
    ids=["header-syntax", "shorthand"],
    indirect=True,
)
def test_mock_fault_applies_to_every_request(mock_process: MockProcess) -> None:
    for _ in range(2):
        result = mock_process.chat("tell me a story")
        assert result.returncode == 10  # the connection was lost mid-stream
        assert "mid-stream" in result.stderr


@pytest.mark.parametrize("mock_process", [("--error-status", "503")], indirect=True)
def test_mock_error_status_answers_every_request_with_it(mock_process: MockProcess) -> None:
    result = mock_process.chat("--no-stream", "hi")
    assert result.returncode == 7
    assert "503" in result.stderr
    # In the gateway's error shape, as MockReply.error(503) answers.
    response = httpx.post(
        f"{mock_process.base_url}/chat/completions", headers={"Authorization": "Bearer k"},
        json={"model": "openai/gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]},
        timeout=TIMEOUT,
    )  # fmt: skip
    assert response.status_code == 503
    body = response.json()
    assert (body["status_code"], body["error"]) == (503, "service_unavailable")
    assert body["description"]


@pytest.mark.parametrize(
    "mock_process", [("--api-key", "sk-good", "--api-key", "sk-other")], indirect=True
)
def test_mock_api_key_accepts_only_those_keys(mock_process: MockProcess) -> None:
    assert mock_process.chat("--no-stream", "hi", key="sk-good").returncode == 0
    assert mock_process.chat("--no-stream", "hi", key="sk-other").returncode == 0
    refused = mock_process.chat("--no-stream", "hi", key="sk-bad")
    assert refused.returncode == 4
    assert "sk-bad" not in refused.stderr


@pytest.mark.parametrize(
    "mock_process",
    [("--model", "openai/gpt-4o-mini", "--error-style", "openai", "--stream-style", "realistic")],
    indirect=True,
)
def test_mock_serves_only_the_given_models_in_the_chosen_styles(
    mock_process: MockProcess,
) -> None:
    assert mock_process.chat("hi").returncode == 0  # a realistic stream reads fine
    refused = mock_process.chat("--no-stream", "--model", "other/model", "hi")
    assert refused.returncode == 8
    assert "Unsupported model" in refused.stderr


def test_mock_on_a_port_in_use_says_so_in_one_line() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run("mock", "--port", str(port), gateway=None)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"aistats: error: port {port} on 127.0.0.1 is already in use (try --port 0 for a free one)"
    ]


@pytest.mark.parametrize(
    ("fault", "message"),
    [
        ("no_such_fault", "unknown fault 'no_such_fault'"),
        ("no_such_fault:3", "unknown fault 'no_such_fault'"),
        ("crlf:1", "fault 'crlf' takes no value"),
        ("slow;ms=50", "fault 'slow' has no parameter 'ms'; known: delay_ms"),
    ],
)
def test_mock_refuses_a_wrong_fault_with_a_usage_error(fault: str, message: str) -> None:
    result = run("mock", "--port", "0", "--fault", fault, gateway=None)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_the_fault_shorthand_sets_the_first_parameter() -> None:
    from aistats.cli import parse_fault_option

    assert parse_fault_option("drop_mid_stream:3") == (Fault.drop_mid_stream(3),)
    assert parse_fault_option("http_error:502;body=html") == (Fault.http_error(502, body="html"),)
    assert parse_fault_option("rate_limited, drop_between_events:1") == (
        Fault.rate_limited(),
        Fault.drop_mid_stream(1),
    )
    assert parse_fault_option('error_frame:1;message="a, b; c"') == (
        Fault.error_frame(1, message="a, b; c"),
    )


def test_mock_help_lists_every_fault_and_its_examples_work() -> None:
    from aistats.cli import parse_fault_option
    from aistats.testing import FAULT_KINDS

    result = run("mock", "--help", gateway=None)
    assert result.returncode == 0, result.stderr
    listed = {line.split()[0] for line in result.stdout.splitlines() if line.startswith("  ")}
    assert set(FAULT_KINDS) <= listed
    # Every example the help gives for --fault is a fault the command takes.
    help_text = " ".join(result.stdout.split())
    examples = help_text.split("e.g. ", 1)[1].split(". ", 1)[0].split(", ")
    assert len(examples) >= 3
    for example in examples:
        assert parse_fault_option(example.strip("'")), example


def test_mock_without_the_testing_extra_says_so_in_one_line() -> None:
    script = not_installed("jsonschema") + textwrap.dedent(
        """
        sys.argv = ["aistats", "mock", "--port", "0"]
        from aistats.cli import run
        run()
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=TIMEOUT,
        env=environment(None), stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stdout == ""
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("aistats: error: ")
    assert "jsonschema" in line
    assert "pip install 'aistats-client[testing]'" in line


def test_chat_sends_the_given_headers(gateway: MockGateway) -> None:
    result = run(
        "chat", "--no-stream", "-H", "x-title: my app", "--header", "X-Phaseo-Session-Id:s-1",
        "hi", gateway=gateway,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    headers = gateway.last_request.headers
    assert headers.get("x-title") == "my app"
    assert headers.get("x-phaseo-session-id") == "s-1"
    assert run("chat", "-H", "no colon", "hi", gateway=gateway).returncode == 2


@pytest.mark.parametrize("header", ["Content-Length: 5", "transfer-encoding: gzip"])
def test_chat_refuses_headers_that_would_reframe_the_body(
    gateway: MockGateway, header: str
) -> None:
    result = run("chat", "--no-stream", "-H", header, "hi", gateway=gateway)
    assert result.returncode == 2
    assert "is set by the client" in result.stderr
    assert "Traceback" not in result.stderr
    assert gateway.requests == []


def test_json_while_streaming_includes_usage(gateway: MockGateway) -> None:
    result = run("chat", "--json", "hi", gateway=gateway)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["usage"]["total_tokens"] > 0


def test_a_dropped_stream_keeps_its_partial_text_and_errs_on_its_own_line(
    gateway: MockGateway,
) -> None:
    # stdout and stderr apart: stdout holds exactly the text received, stderr the one line.
    gateway.enqueue(MockReply.text("alpha beta gamma delta", fault=Fault.drop_mid_stream(3)))
    result = run("chat", "hi", gateway=gateway)
    assert result.returncode == 10
    assert result.stdout == "alpha beta"
    assert result.stderr.startswith("aistats: error: ")
    assert len(result.stderr.splitlines()) == 1
    # Both into one pipe (2>&1, as on a terminal): the error starts a line of its own.
    gateway.enqueue(MockReply.text("alpha beta gamma delta", fault=Fault.drop_mid_stream(3)))
    together = subprocess.run(
        [SCRIPT, "chat", "hi"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        timeout=TIMEOUT, env=environment(gateway), stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert together.returncode == 10
    lines = together.stdout.splitlines()
    assert lines[0] == "alpha beta"
    assert lines[1].startswith("aistats: error: ")
    assert len(lines) == 2


def test_a_reader_that_closes_the_pipe_early_is_not_an_error(gateway: MockGateway) -> None:
    long_text = " ".join(f"word{n}" for n in range(20_000))
    gateway.enqueue(MockReply.text(long_text))
    result = subprocess.run(
        f"{SCRIPT} chat hi | head -c 10", shell=True, executable="/bin/bash",
        capture_output=True, text=True, timeout=TIMEOUT, env=environment(gateway),
        stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert len(result.stdout) == 10
    assert result.stderr == ""
    pipe = subprocess.run(
        f"set -o pipefail; {SCRIPT} chat hi | head -c 10 >/dev/null", shell=True,
        executable="/bin/bash", capture_output=True, text=True, timeout=TIMEOUT,
        env=environment(gateway), stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert pipe.returncode == 0, pipe.stderr


def test_ctrl_c_before_the_first_byte_stops_cleanly_with_130(gateway: MockGateway) -> None:
    gateway.enqueue(MockReply.text("never", fault=Fault.stall_before_headers(30)))
    process = subprocess.Popen(
        [SCRIPT, "chat", "hello"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL, env=environment(gateway),
    )  # fmt: skip
    gateway.wait_for_requests(1, timeout=20)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=TIMEOUT)
    assert process.returncode == 130
    assert b"Traceback" not in stderr


# Ctrl-C at a given point of start-up: the trace hook raises KeyboardInterrupt when the named
# function is entered, as Python's SIGINT handler would there. The script is the console
# script's own code.
INTERRUPT_AT = """
import sys

def interrupt(frame, event, arg):
    if event == "call" and frame.f_code.co_name == {function!r} and (
        frame.f_code.co_filename.endswith({file!r})
    ):
        sys.settrace(None)
        raise KeyboardInterrupt
    return None

sys.settrace(interrupt)
sys.argv = ["aistats", *{args!r}]
from aistats.cli import run
sys.exit(run())
"""


@pytest.mark.parametrize(
    ("file", "function"),
    [
        ("cli.py", "main"),  # parsing the command line
        ("cli.py", "_read_prompt"),  # reading the prompt
        ("_client.py", "__init__"),  # building the client
        ("_config.py", "default_ssl_context"),  # loading the certificates
    ],
)
def test_ctrl_c_during_start_up_stops_cleanly_with_130(
    gateway: MockGateway, file: str, function: str
) -> None:
    script = INTERRUPT_AT.format(function=function, file=file, args=["chat", "hello"])
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=TIMEOUT,
        env=environment(gateway), stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert result.returncode == 130, result.stderr
    assert "Traceback" not in result.stderr
    assert gateway.requests == []


def test_a_reply_cut_by_max_tokens_gets_a_note(gateway: MockGateway) -> None:
    result = run(
        "chat", "--max-tokens", "2", "Write a limerick about lighthouses.", gateway=gateway
    )
    assert result.returncode == 0, result.stderr
    assert "note: the reply was cut at --max-tokens 2 (finish_reason: length)" in result.stderr
    whole = run("chat", "hi", gateway=gateway)
    assert "note:" not in whole.stderr
