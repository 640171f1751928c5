"""The README's "Structured output" and "Tools" sections run as written against the mock
gateway: their snippets, in order, in one namespace, with `AIStats()` finding the mock through
the environment as it would find the gateway (and `client` and `messages` as the README's
earlier snippets define them)."""

from __future__ import annotations

import re
import sys
import types
from typing import Any

import pytest

from aistats import AIStats
from aistats.testing import MockGateway
from tests.conftest import REPO_ROOT

README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)
SECTIONS = ("### Structured output", "### Tools")


def _section(title: str) -> str:
    start = README.index(f"\n{title}\n")
    following = re.search(r"^##+ ", README[start + len(title) + 2 :], re.MULTILINE)
    assert following is not None
    return README[start : start + len(title) + 2 + following.start()]


def _blocks(title: str) -> list[str]:
    return _BLOCK.findall(_section(title))


def test_the_sections_have_snippets() -> None:
    assert len(_blocks("### Structured output")) >= 3
    assert len(_blocks("### Tools")) >= 3


def test_the_sections_run_against_the_mock(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with MockGateway() as gateway:
        monkeypatch.setenv("AI_STATS_API_KEY", "sk-readme")
        monkeypatch.setenv("AI_STATS_BASE_URL", gateway.base_url)
        # A module of its own: dataclasses look their module up in sys.modules.
        module = types.ModuleType("readme_snippets")
        monkeypatch.setitem(sys.modules, module.__name__, module)
        namespace: dict[str, Any] = module.__dict__
        namespace.update(AIStats=AIStats, messages=[{"role": "user", "content": "Say hello"}])
        with AIStats() as client:
            namespace["client"] = client
            for title in SECTIONS:
                for block in _blocks(title):
                    exec(compile(block, f"README.md {title}", "exec"), namespace)
            requests = gateway.requests
    printed = capsys.readouterr().out
    # What ran: the structured calls got their objects, the tool runs called the tool.
    assert type(namespace["recipe"]).__name__ == "Recipe"
    assert namespace["run"].stop_reason == "answered"
    assert namespace["run"].steps[0].calls[0].name == "get_weather"
    assert "get_weather" in printed
    assert "caught: OutputValidationError" in printed
    sent_formats = [r.body.get("response_format") for r in requests]
    assert any(f and f["json_schema"]["name"] == "Recipe" for f in sent_formats)
    assert any(r.body.get("stream") and r.body.get("tools") for r in requests)
