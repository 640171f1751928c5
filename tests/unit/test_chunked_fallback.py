"""`_chunked` leans on private names of httpx, httpcore and h11. When one is missing or its
signature changed, the fast reader turns itself off and bodies are read the ordinary way:
`import aistats` and streaming keep working (against a real mock gateway on 127.0.0.1)."""

from __future__ import annotations

import logging
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from typing import Any

import httpcore
import pytest

from aistats import AIStats, AsyncAIStats
from aistats._chunked import _PRIVATE_NAMES, _chain, achunked_body, chunked_body
from aistats.testing import MockGateway

HELLO = [{"role": "user", "content": "Say hello"}]
MODEL = "openai/gpt-4o-mini"


@pytest.fixture(autouse=True)
def fresh_checks() -> Iterator[None]:
    """Each test sees the check run again, and leaves it to run again after its patches."""
    _chain.cache_clear()
    yield
    _chain.cache_clear()


@pytest.fixture(scope="module")
def gateway() -> Iterator[MockGateway]:
    with MockGateway() as mock:
        yield mock


def rename(monkeypatch: pytest.MonkeyPatch, kind: str, name: str) -> None:
    """Look for `name` under another name, as if this httpcore had renamed it. (Deleting it
    from httpcore would break httpcore itself, which uses it.)"""
    names = [
        (module, f"{found}Renamed" if found == name else found, attribute)
        for module, found, attribute in _PRIVATE_NAMES[kind]
    ]
    monkeypatch.setitem(_PRIVATE_NAMES, kind, tuple(names))


def test_the_fast_reader_is_on_with_the_installed_versions() -> None:
    """The counterpart of the tests below: with the versions in use, nothing is missing."""
    assert _chain("sync") is not None
    assert _chain("async") is not None


def test_a_missing_private_class_turns_the_fast_reader_off_and_says_why(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, gateway: MockGateway
) -> None:
    rename(monkeypatch, "sync", "PoolByteStream")
    with caplog.at_level(logging.DEBUG, logger="aistats"):
        assert _chain("sync") is None
    assert "PoolByteStream" in caplog.text
    with AIStats(api_key="sk-x", base_url=gateway.base_url) as client:
        with client.stream_text(model=MODEL, messages=HELLO) as stream:
            assert chunked_body(stream.response) is None
            text = "".join(stream.text_stream)
        assert text
        assert client.generate_text(model=MODEL, messages=HELLO).choices


async def test_a_missing_async_class_leaves_async_streams_working(
    monkeypatch: pytest.MonkeyPatch, gateway: MockGateway
) -> None:
    rename(monkeypatch, "async", "PoolByteStream")
    async with AsyncAIStats(api_key="sk-x", base_url=gateway.base_url) as client:
        async with client.stream_text(model=MODEL, messages=HELLO) as stream:
            assert achunked_body(stream.response) is None
            pieces = [piece async for piece in stream.text_stream]
        assert pieces


@pytest.mark.parametrize(
    ("owner", "name", "replacement"),
    [
        (httpcore.HTTP11Connection, "_receive_event", lambda self, deadline=None: None),
        (httpcore.HTTP11Connection, "READ_NUM_BYTES", "64k"),
    ],
    ids=["receive-event-signature", "read-size-type"],
)
def test_a_changed_private_method_turns_the_fast_reader_off(
    monkeypatch: pytest.MonkeyPatch, owner: type, name: str, replacement: Any
) -> None:
    monkeypatch.setattr(owner, name, replacement)
    assert _chain("sync") is None


def test_import_aistats_survives_an_httpcore_without_the_private_names(
    gateway: MockGateway,
) -> None:
    """httpcore before 1.0.4 had no `PoolByteStream`: importing aistats must not need it."""
    script = textwrap.dedent(
        f"""
        import httpcore._sync.connection_pool as pool
        saved = pool.PoolByteStream
        del pool.PoolByteStream  # as in httpcore before 1.0.4
        import aistats
        from aistats._chunked import _chain
        assert _chain("sync") is None  # checked on first use, and off
        pool.PoolByteStream = saved  # httpcore itself needs it to send anything
        with aistats.AIStats(api_key="sk-x", base_url={gateway.base_url!r}) as client:
            with client.stream_text(model={MODEL!r}, messages={HELLO!r}) as stream:
                print(bool("".join(stream.text_stream)))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"
