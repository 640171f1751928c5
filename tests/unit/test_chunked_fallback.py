"""`_chunked` leans on private names of httpx, httpcore and h11. When one is missing, or a
method it calls takes other arguments, `_chain` turns the fast reader off (saying why, once, at
debug level) and bodies are read the ordinary way: `import aistats` and streaming keep working,
with the same text (against a real mock gateway on 127.0.0.1; httpx itself is never patched).

Each test removes or replaces a name only while `_chain` checks it, then puts it back before
streaming: httpx and httpcore use those names themselves, so a version without one is
simulated by what the check saw, and the stream then runs on the real, intact libraries."""

from __future__ import annotations

import importlib
import logging
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import h11
import httpcore
import httpx
import pytest

from aistats import AIStats, AsyncAIStats
from aistats._chunked import _PRIVATE_NAMES, _chain, achunked_body, chunked_body
from aistats.testing import MockGateway

if TYPE_CHECKING:
    from aistats_api.models import ChatCompletionRequestMessageParam

HELLO: list[ChatCompletionRequestMessageParam] = [{"role": "user", "content": "Say hello"}]
MODEL = "openai/gpt-4o-mini"
REQUEST = {"model": MODEL, "messages": HELLO, "stream": True}
AUTH = {"Authorization": "Bearer sk-x"}


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


@pytest.fixture(scope="module")
def expected_text(gateway: MockGateway) -> str:
    """The text of the stream as the fast reader reads it."""
    _chain.cache_clear()
    assert _chain("sync") is not None
    with (
        AIStats(api_key="sk-x", base_url=gateway.base_url) as client,
        client.stream_text(model=MODEL, messages=HELLO) as stream,
    ):
        text = "".join(stream.text_stream)
    _chain.cache_clear()
    assert text
    return text


def checked_without(
    kind: str, patch: Callable[[pytest.MonkeyPatch], None], caplog: pytest.LogCaptureFixture
) -> str:
    """Run the check for `kind` while `patch` is applied, undo the patch, and return what was
    logged. The check's verdict stays (it is made once per kind)."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        patch(monkeypatch)
        with caplog.at_level(logging.DEBUG, logger="aistats"):
            assert _chain(kind) is None
    return caplog.text


def assert_sync_streams_take_the_ordinary_path(gateway: MockGateway, expected_text: str) -> None:
    with (
        httpx.Client(base_url=gateway.base_url, headers=AUTH) as client,
        client.stream("POST", "/chat/completions", json=REQUEST) as response,
    ):
        # An untouched chunked body on httpx's own transport: only the verdict says no.
        assert chunked_body(response) is None
        assert b"data: [DONE]" in response.read()
    with AIStats(api_key="sk-x", base_url=gateway.base_url) as aistats:
        with aistats.stream_text(model=MODEL, messages=HELLO) as stream:
            assert "".join(stream.text_stream) == expected_text
        assert aistats.generate_text(model=MODEL, messages=HELLO).choices


async def assert_async_streams_take_the_ordinary_path(
    gateway: MockGateway, expected_text: str
) -> None:
    async with (
        httpx.AsyncClient(base_url=gateway.base_url, headers=AUTH) as client,
        client.stream("POST", "/chat/completions", json=REQUEST) as response,
    ):
        assert achunked_body(response) is None
        assert b"data: [DONE]" in await response.aread()
    async with (
        AsyncAIStats(api_key="sk-x", base_url=gateway.base_url) as aistats,
        aistats.stream_text(model=MODEL, messages=HELLO) as stream,
    ):
        assert "".join([piece async for piece in stream.text_stream]) == expected_text


def test_the_fast_reader_is_on_with_the_installed_versions() -> None:
    """The counterpart of the tests below: with the versions in use, nothing is missing."""
    assert _chain("sync") is not None
    assert _chain("async") is not None


def private_names(kind: str) -> list[tuple[str, str]]:
    """(module, class) of each private class `_chunked` uses for `kind`."""
    return [(entry[0], entry[1]) for entry in _PRIVATE_NAMES[kind]]


SYNC_NAMES = [pytest.param(*name, id=".".join(name)) for name in private_names("sync")]
ASYNC_NAMES = [pytest.param(*name, id=".".join(name)) for name in private_names("async")]


@pytest.mark.parametrize(("module", "name"), SYNC_NAMES)
def test_a_missing_private_class_turns_the_sync_fast_reader_off(
    module: str,
    name: str,
    caplog: pytest.LogCaptureFixture,
    gateway: MockGateway,
    expected_text: str,
) -> None:
    log = checked_without(
        "sync", lambda patch: patch.delattr(importlib.import_module(module), name), caplog
    )
    assert f"{module}" in log
    assert name in log
    assert "sync streams" in log
    assert_sync_streams_take_the_ordinary_path(gateway, expected_text)


@pytest.mark.parametrize(("module", "name"), ASYNC_NAMES)
async def test_a_missing_private_class_turns_the_async_fast_reader_off(
    module: str,
    name: str,
    caplog: pytest.LogCaptureFixture,
    gateway: MockGateway,
    expected_text: str,
) -> None:
    log = checked_without(
        "async", lambda patch: patch.delattr(importlib.import_module(module), name), caplog
    )
    assert name in log
    await assert_async_streams_take_the_ordinary_path(gateway, expected_text)


def _receive_event_with_a_deadline(self: Any, deadline: float | None = None) -> Any:
    raise AssertionError("never called")


async def _async_receive_event(self: Any, timeout: float | None = None) -> Any:
    raise AssertionError("never called")


def _sync_receive_event(self: Any, timeout: float | None = None) -> Any:
    raise AssertionError("never called")


def _read_without_a_timeout(self: Any, max_bytes: int) -> bytes:
    raise AssertionError("never called")


async def _async_read_with_a_deadline(self: Any, max_bytes: int, deadline: float) -> bytes:
    raise AssertionError("never called")


def _extract_everything(self: Any) -> bytearray:
    raise AssertionError("never called")


def _receive_data_with_a_flag(self: Any, data: bytes, final: bool) -> None:
    raise AssertionError("never called")


def _chunked_reader_of_another_shape(self: Any) -> None:
    self._bytes_in_chunk = 0
    self._pending_crlf = 2  # not `_bytes_to_discard`: the state read by `_connection_of`


def _h11_connection(kind: str) -> type:
    return httpcore.HTTP11Connection if kind == "sync" else httpcore.AsyncHTTP11Connection


def _module_class(module: str, name: str) -> Callable[[], type]:
    return lambda: getattr(importlib.import_module(module), name)


CHANGES = [
    # (kind, owner, attribute, replacement; None deletes it), as a later version might have it.
    ("sync", lambda: httpcore.HTTP11Connection, "_receive_event", _receive_event_with_a_deadline),
    ("sync", lambda: httpcore.HTTP11Connection, "_receive_event", _async_receive_event),
    ("async", lambda: httpcore.AsyncHTTP11Connection, "_receive_event", _sync_receive_event),
    ("sync", lambda: httpcore.HTTP11Connection, "READ_NUM_BYTES", "64k"),
    ("async", lambda: httpcore.AsyncHTTP11Connection, "READ_NUM_BYTES", None),
    ("sync", lambda: httpcore.HTTP11Connection, "_receive_event", None),
    (
        "sync",
        _module_class("httpcore._backends.sync", "SyncStream"),
        "read",
        _read_without_a_timeout,
    ),
    (
        "async",
        _module_class("httpcore._backends.anyio", "AnyIOStream"),
        "read",
        _async_read_with_a_deadline,
    ),
    (
        "sync",
        _module_class("h11._receivebuffer", "ReceiveBuffer"),
        "maybe_extract_at_most",
        None,
    ),
    (
        "async",
        _module_class("h11._receivebuffer", "ReceiveBuffer"),
        "maybe_extract_at_most",
        _extract_everything,
    ),
    ("sync", lambda: h11.Connection, "receive_data", _receive_data_with_a_flag),
    (
        "sync",
        _module_class("h11._readers", "ChunkedReader"),
        "__init__",
        _chunked_reader_of_another_shape,
    ),
]


@pytest.mark.parametrize(
    ("kind", "owner", "attribute", "replacement"),
    [
        pytest.param(
            *change,
            id=f"{change[0]}-{change[2]}-"
            + ("deleted" if change[3] is None else getattr(change[3], "__name__", "value")),
        )
        for change in CHANGES
    ],
)
async def test_a_changed_private_method_turns_the_fast_reader_off(
    kind: str,
    owner: Callable[[], type],
    attribute: str,
    replacement: Any,
    caplog: pytest.LogCaptureFixture,
    gateway: MockGateway,
    expected_text: str,
) -> None:
    def change(patch: pytest.MonkeyPatch) -> None:
        if replacement is None:
            patch.delattr(owner(), attribute)
        else:
            patch.setattr(owner(), attribute, replacement)

    log = checked_without(kind, change, caplog)
    assert f"{kind} streams" in log
    if kind == "sync":
        assert_sync_streams_take_the_ordinary_path(gateway, expected_text)
    else:
        await assert_async_streams_take_the_ordinary_path(gateway, expected_text)


def test_the_reason_is_logged_once_and_the_other_kind_keeps_its_fast_reader(
    caplog: pytest.LogCaptureFixture, gateway: MockGateway, expected_text: str
) -> None:
    checked_without(
        "async",
        lambda patch: patch.delattr(httpcore.AsyncHTTP11Connection, "READ_NUM_BYTES"),
        caplog,
    )
    with caplog.at_level(logging.DEBUG, logger="aistats"):
        for _ in range(3):
            assert _chain("async") is None
        assert _chain("sync") is not None
    reasons = [record for record in caplog.records if "fast chunked-body reader" in record.message]
    assert [record.levelno for record in reasons] == [logging.DEBUG]
    with (
        httpx.Client(base_url=gateway.base_url, headers=AUTH) as client,
        client.stream("POST", "/chat/completions", json=REQUEST) as response,
    ):
        assert chunked_body(response) is not None


def run_python(script: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_import_aistats_survives_an_httpcore_without_the_private_names(
    gateway: MockGateway, expected_text: str
) -> None:
    """httpcore before 1.0.4 had no `PoolByteStream` (and a later one may lose another name):
    importing aistats must not need any of them, and streams must still read right."""
    deletions = "\n".join(
        f"saved.append(({module!r}, {name!r}, getattr(importlib.import_module({module!r}), "
        f"{name!r})))\ndelattr(importlib.import_module({module!r}), {name!r})"
        for module, name in dict.fromkeys(private_names("sync") + private_names("async"))
    )
    script = f"""
import importlib
saved = []
{deletions}
import aistats
from aistats._chunked import _chain
assert _chain("sync") is None and _chain("async") is None  # checked, and off
for module, name, value in saved:  # httpx and httpcore need them to send anything
    setattr(importlib.import_module(module), name, value)
with aistats.AIStats(api_key="sk-x", base_url={gateway.base_url!r}) as client:
    with client.stream_text(model={MODEL!r}, messages={HELLO!r}) as stream:
        print("".join(stream.text_stream))
"""
    assert run_python(script) == expected_text


def test_import_aistats_pulls_in_no_httpcore_h11_or_anyio_of_its_own() -> None:
    """`_chunked` (and with it httpcore's internals, h11 and the async backends) is imported
    on the first stream. Whatever httpx itself imports (httpx 0.27 imports httpcore) is not
    counted."""
    script = """
import sys
import httpx
before = set(sys.modules)
import aistats
added = sorted(
    name for name in set(sys.modules) - before
    if name.partition(".")[0] in ("httpcore", "h11", "anyio", "sniffio", "trio")
    or name == "aistats._chunked"
)
print(added)
"""
    assert run_python(script) == "[]"
