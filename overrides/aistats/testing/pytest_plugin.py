"""pytest fixtures for testing code that uses aistats, registered by the `testing` extra
(the ``pytest11`` entry point): no import or ``conftest.py`` needed.

    def test_summary(aistats_client, mock_gateway):
        mock_gateway.enqueue(MockReply.text("Short."))
        assert my_summariser(aistats_client) == "Short."

    @pytest.mark.asyncio          # pytest-asyncio, strict mode (auto mode: no mark)
    async def test_summary_async(async_aistats_client):
        ...

Each fixture is function-scoped: a fresh mock gateway on 127.0.0.1 and clients pointed at
it, all closed when the test ends (no socket left open). The clients use `MOCK_API_KEY`.

`async_aistats_client` is a pytest-asyncio fixture when pytest-asyncio is installed (its
event loop follows ``asyncio_default_fixture_loop_scope``, as your own async fixtures do) and
a plain async fixture otherwise; anyio's plugin runs either for tests marked
``@pytest.mark.anyio`` (with pytest-asyncio absent or in strict mode: its auto mode claims
every async test). To configure the mock, define a ``mock_gateway`` fixture of your own in
``conftest.py``; the client fixtures use it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Final

import pytest

from aistats._async_client import AsyncAIStats
from aistats._client import AIStats

from ._server import MockGateway

__all__ = ["MOCK_API_KEY", "aistats_client", "async_aistats_client", "mock_gateway"]

MOCK_API_KEY: Final = "sk-aistats-mock"

try:  # pytest-asyncio in strict mode runs only its own async fixtures; anyio takes either.
    from pytest_asyncio import fixture as _async_fixture
except ImportError:  # pragma: no cover - depends on the environment
    _async_fixture = pytest.fixture  # type: ignore[assignment]


@pytest.fixture
def mock_gateway() -> Iterator[MockGateway]:
    """A started `MockGateway` (gateway-like defaults), stopped after the test."""
    with MockGateway() as gateway:
        yield gateway


@pytest.fixture
def aistats_client(mock_gateway: MockGateway) -> Iterator[AIStats]:
    """An `AIStats` pointed at `mock_gateway`, closed after the test."""
    with AIStats(api_key=MOCK_API_KEY, base_url=mock_gateway.base_url) as client:
        yield client


@_async_fixture
async def async_aistats_client(mock_gateway: MockGateway) -> AsyncIterator[AsyncAIStats]:
    """An `AsyncAIStats` pointed at `mock_gateway`, closed after the test."""
    async with AsyncAIStats(api_key=MOCK_API_KEY, base_url=mock_gateway.base_url) as client:
        yield client
