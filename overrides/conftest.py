"""The doctests of the `aistats` package (`make test` runs them) run against a mock gateway on
127.0.0.1: the examples' `AIStats()` finds it through the environment, and `client`,
`messages` and `asyncio` are there as the examples assume. Not part of the package."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from aistats import AIStats, AsyncAIStats
from aistats.testing import MockGateway


@pytest.fixture(scope="session")
def _doctest_gateway() -> Iterator[MockGateway]:
    with MockGateway() as gateway:
        yield gateway


@pytest.fixture(autouse=True)
def _doctest_world(
    doctest_namespace: dict[str, Any],
    _doctest_gateway: MockGateway,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[None]:
    monkeypatch.setenv("AI_STATS_API_KEY", "sk-doctest")
    monkeypatch.setenv("AI_STATS_BASE_URL", _doctest_gateway.base_url)
    _doctest_gateway.reset()
    with AIStats() as client:
        doctest_namespace.update(
            client=client,
            messages=[{"role": "user", "content": "Say hello"}],
            asyncio=asyncio,
            AIStats=AIStats,
            AsyncAIStats=AsyncAIStats,
            gw=_doctest_gateway,
        )
        yield
