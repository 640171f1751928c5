"""Clients share one verified TLS context: building the second and later clients costs no
certificate loading (`make bench` measures the time; this checks the sharing and the checks)."""

from __future__ import annotations

import ssl
from collections.abc import Iterator

import httpx
import pytest

from aistats import AIStats, AsyncAIStats, _config


@pytest.fixture
def built_contexts(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[ssl.SSLContext]]:
    built: list[ssl.SSLContext] = []
    create = httpx.create_ssl_context

    def counting_create(*args: object, **kwargs: object) -> ssl.SSLContext:
        context = create(*args, **kwargs)  # type: ignore[arg-type]
        built.append(context)
        return context

    _config.default_ssl_context.cache_clear()
    monkeypatch.setattr(_config.httpx, "create_ssl_context", counting_create)
    yield built
    _config.default_ssl_context.cache_clear()


async def test_every_client_after_the_first_reuses_the_first_ones_context(
    built_contexts: list[ssl.SSLContext],
) -> None:
    clients = [AIStats(api_key="sk-x") for _ in range(3)]
    async_clients = [AsyncAIStats(api_key="sk-x") for _ in range(3)]
    for client in clients:
        client.close()
    for async_client in async_clients:
        await async_client.close()
    assert len(built_contexts) == 1


def test_the_shared_context_still_verifies_certificates_and_host_names(
    built_contexts: list[ssl.SSLContext],
) -> None:
    context = _config.default_ssl_context()
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname
