"""Construction: where the key, base URL and timeout come from, and what a repr shows."""

from __future__ import annotations

import logging

import httpx
import pytest

from aistats import AIStats, APIStatusError, AsyncAIStats
from aistats._config import DEFAULT_BASE_URL
from aistats.testing import MockGateway, MockReply
from tests.client.conftest import API_KEY, HELLO, MODEL, Api


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("AI_STATS_API_KEY", "PHASEO_API_KEY", "AI_STATS_BASE_URL", "PHASEO_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize("client_class", [AIStats, AsyncAIStats])
def test_api_key_comes_from_the_argument_then_ai_stats_then_phaseo(
    monkeypatch: pytest.MonkeyPatch, client_class: type[AIStats] | type[AsyncAIStats]
) -> None:
    monkeypatch.setenv("PHASEO_API_KEY", "from-phaseo")
    assert client_class()._options.api_key == "from-phaseo"
    monkeypatch.setenv("AI_STATS_API_KEY", "from-ai-stats")
    assert client_class()._options.api_key == "from-ai-stats"
    assert client_class(api_key="from-arg")._options.api_key == "from-arg"


def test_base_url_comes_from_the_argument_then_the_environment_then_the_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert str(AIStats(api_key="k").base_url) == DEFAULT_BASE_URL + "/"
    monkeypatch.setenv("PHASEO_BASE_URL", "http://phaseo.local/v1")
    assert str(AIStats(api_key="k").base_url) == "http://phaseo.local/v1/"
    monkeypatch.setenv("AI_STATS_BASE_URL", "http://aistats.local/v1")
    assert str(AIStats(api_key="k").base_url) == "http://aistats.local/v1/"
    assert (
        str(AIStats(api_key="k", base_url="http://arg.local/v2").base_url) == "http://arg.local/v2/"
    )


def test_timeout_defaults_to_600_seconds_with_5_to_connect() -> None:
    timeout = AIStats(api_key="k").timeout
    assert (timeout.connect, timeout.read, timeout.write, timeout.pool) == (5, 600, 600, 600)


def test_timeout_accepts_seconds_or_an_httpx_timeout() -> None:
    assert AIStats(api_key="k", timeout=30).timeout == httpx.Timeout(30, connect=5)
    custom = httpx.Timeout(10, read=99)
    assert AIStats(api_key="k", timeout=custom).timeout is custom


@pytest.mark.parametrize("bad", [0, -1, "10", True])
def test_a_bad_timeout_is_rejected_at_construction(bad: object) -> None:
    with pytest.raises(ValueError, match="timeout"):
        AIStats(api_key="k", timeout=bad)  # type: ignore[arg-type]


def test_the_repr_shows_settings_but_never_the_key() -> None:
    client = AIStats(api_key=API_KEY, base_url="http://127.0.0.1:9/v1")
    assert API_KEY not in repr(client)
    assert "redacted" in repr(client)
    assert API_KEY not in repr(client._options)


async def test_env_var_logging_logs_attempts_without_the_key(
    api: Api, gateway: MockGateway, caplog: pytest.LogCaptureFixture
) -> None:
    gateway.enqueue(MockReply.error(503, headers={"Retry-After": "0"}))
    with caplog.at_level(logging.DEBUG, logger="aistats"):
        await api.generate(model=MODEL, messages=HELLO)
    lines = [record.getMessage() for record in caplog.records if record.name == "aistats"]
    assert any("POST" in line and "503" in line and "attempt 1" in line for line in lines)
    assert any("Retrying" in line for line in lines)
    assert any("200" in line and "attempt 2" in line for line in lines)
    assert all(API_KEY not in line for line in caplog.text.splitlines())


async def test_exceptions_never_show_the_key(api: Api, gateway: MockGateway) -> None:
    gateway.enqueue(MockReply.error(401, json={"error": {"message": "bad key"}}))
    with pytest.raises(APIStatusError) as raised:
        await api.generate(model=MODEL, messages=HELLO)
    assert API_KEY not in str(raised.value)
    assert API_KEY not in repr(raised.value)


def test_aistats_log_env_var_switches_debug_logging_on(gateway: MockGateway) -> None:
    import subprocess
    import sys

    script = (
        "from aistats import AIStats\n"
        f"c = AIStats(base_url={gateway.base_url!r}, api_key={API_KEY!r})\n"
        "c.generate_text(model='m', messages=[{'role': 'user', 'content': 'hi'}])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={"AISTATS_LOG": "debug", "PATH": ""},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "POST " + gateway.base_url + "/chat/completions -> 200 (attempt 1" in result.stderr
    assert API_KEY not in result.stderr + result.stdout
