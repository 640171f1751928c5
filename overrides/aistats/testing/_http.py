"""Minimal HTTP/1.1 framing for the mock: parse requests, format response heads.

Only what clients send to a JSON API is supported: a request line, headers, and a body framed by
``Content-Length`` or ``Transfer-Encoding: chunked``. Owning the parser (instead of using
``http.server``) is what lets the mock misbehave at the byte level on purpose.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

# Bounds that keep a broken or hostile client from pinning the server.
MAX_HEAD_BYTES = 64 * 1024
#: The gateway refuses bodies over 16 MiB with 413 ``payload_too_large`` (``before/guards.ts``).
MAX_BODY_BYTES = 16 * 1024 * 1024
# A body over the limit is still read (and dropped) up to this size, so the client, which sends
# the whole body before it reads, gets the 413 instead of a broken pipe.
MAX_DISCARD_BYTES = 256 * 1024 * 1024


class BadRequest(Exception):
    """The bytes on the connection are not an HTTP/1.x request we can answer.

    >>> raise BadRequest("malformed request line")  # doctest: +SKIP
    """


class Headers(Mapping[str, str]):
    """A case-insensitive, read-only header mapping that keeps the original names and order.

    Repeated headers are joined with ``", "`` on lookup; :meth:`get_all` returns each value.

    >>> h = Headers([("Content-Type", "application/json")])
    >>> h["content-type"]
    'application/json'
    """

    def __init__(self, items: Iterable[tuple[str, str]] = ()) -> None:
        self._items: list[tuple[str, str]] = list(items)
        self._joined: dict[str, str] = {}
        self._names: dict[str, str] = {}
        for name, value in self._items:
            key = name.lower()
            if key in self._joined:
                self._joined[key] += ", " + value
            else:
                self._joined[key] = value
                self._names[key] = name

    def __getitem__(self, name: str) -> str:
        return self._joined[name.lower()]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._joined

    def __iter__(self) -> Iterator[str]:
        return iter(self._names.values())

    def __len__(self) -> int:
        return len(self._joined)

    def get_all(self, name: str) -> list[str]:
        """Every value sent for ``name``, in order."""
        key = name.lower()
        return [value for item_name, value in self._items if item_name.lower() == key]

    def raw_items(self) -> list[tuple[str, str]]:
        """The headers exactly as received (names in their original case, repeats kept)."""
        return list(self._items)

    def __repr__(self) -> str:
        return f"Headers({self._items!r})"


@dataclass(frozen=True)
class RecordedRequest:
    """One request the mock received, as the test sees it afterwards.

    ``body`` is the parsed JSON body, or ``None`` when the body is empty or not JSON.
    ``received_at`` is the ``time.monotonic()`` reading when the whole request had arrived
    (the same clock as the test's, since the mock runs in-process): retry delays measured at
    the server are the differences between these.

    >>> gw.requests[0].headers["authorization"]  # doctest: +SKIP
    'Bearer test-key'
    >>> gw.requests[1].received_at - gw.requests[0].received_at >= 1.0  # doctest: +SKIP
    True
    """

    method: str
    target: str
    http_version: str
    headers: Headers
    raw_body: bytes
    body: Any = field(default=None)
    received_at: float = field(default_factory=time.monotonic, compare=False)
    #: The body's size when it was over the server's limit (then ``raw_body`` is empty).
    oversized_body: int | None = None

    @property
    def path(self) -> str:
        """The request target without its query string."""
        return self.target.split("?", 1)[0]

    @property
    def query(self) -> str:
        """The query string (without ``?``), or ``""``."""
        return self.target.split("?", 1)[1] if "?" in self.target else ""

    @property
    def wants_keep_alive(self) -> bool:
        """Whether the client asked to keep the connection open after this request."""
        tokens = {t.strip().lower() for t in self.headers.get("connection", "").split(",")}
        if self.http_version == "HTTP/1.0":
            return "keep-alive" in tokens
        return "close" not in tokens

    def accepts_encoding(self, coding: str) -> bool:
        """Whether ``Accept-Encoding`` lists ``coding`` (without ``q=0``)."""
        for item in self.headers.get("accept-encoding", "").split(","):
            name, _, params = item.strip().partition(";")
            if name.strip().lower() == coding and params.replace(" ", "") != "q=0":
                return True
        return False


def parse_json_body(raw: bytes) -> Any:
    """Parse a JSON body; ``None`` when empty or invalid (the caller decides what that means).

    >>> parse_json_body(b'{"a": 1}'), parse_json_body(b"{nope")
    ({'a': 1}, None)
    """
    if not raw:
        return None
    try:
        return json.loads(raw, parse_constant=_refuse_constant)
    except ValueError:  # also UnicodeDecodeError, and NaN/Infinity (JSON.parse refuses them)
        return None


def json_problem(raw: bytes) -> str:
    """Why ``raw`` is not a JSON body the gateway accepts, for the 400's description.

    >>> json_problem(b'{"t": NaN}')
    'Body is not valid JSON: NaN is not JSON'
    """
    if not raw:
        return "Request body is empty"
    try:
        json.loads(raw, parse_constant=_refuse_constant)
    except UnicodeDecodeError as exc:
        return f"Body is not valid UTF-8 (byte {exc.start})"
    except json.JSONDecodeError as exc:
        return f"Body is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
    except ValueError as exc:
        return f"Body is not valid JSON: {exc}"
    return "Body is valid JSON"


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


async def read_request(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    max_body_bytes: int = MAX_BODY_BYTES,
) -> RecordedRequest | None:
    """Read one request from ``reader``; ``None`` when the client closed the connection cleanly.

    Writes ``100 Continue`` when the client asks for it, because curl waits for it before
    sending large bodies.

    >>> request = await read_request(reader, writer)  # doctest: +SKIP
    """
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError as exc:
        if not exc.partial.strip():
            return None
        raise BadRequest("connection closed inside the request head") from exc
    except asyncio.LimitOverrunError as exc:
        raise BadRequest("request head too large") from exc
    lines = head[:-4].decode("latin-1").split("\r\n")
    # Tolerate stray empty lines before the request line (RFC 9112 section 2.2).
    while lines and not lines[0]:
        lines.pop(0)
    if not lines:
        return None
    parts = lines[0].split(" ")
    if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
        raise BadRequest(f"malformed request line: {lines[0][:100]!r}")
    method, target, version = parts
    items: list[tuple[str, str]] = []
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if not sep or not name or name != name.strip():
            raise BadRequest(f"malformed header line: {line[:100]!r}")
        items.append((name, value.strip()))
    headers = Headers(items)
    if headers.get("expect", "").lower() == "100-continue":
        writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
    raw_body, size = await _read_body(reader, headers, max_body_bytes)
    received_at = time.monotonic()
    oversized = size > max_body_bytes
    return RecordedRequest(
        method=method,
        target=target,
        http_version=version,
        headers=headers,
        raw_body=b"" if oversized else raw_body,
        body=None if oversized else parse_json_body(raw_body),
        received_at=received_at,
        oversized_body=size if oversized else None,
    )


async def _read_body(
    reader: asyncio.StreamReader, headers: Headers, limit: int
) -> tuple[bytes, int]:
    """The body and its size; a body over ``limit`` is read and dropped (returned empty)."""
    try:
        if "chunked" in headers.get("transfer-encoding", "").lower():
            return await _read_chunked(reader, limit)
        length_text = headers.get("content-length", "0") or "0"
        if not length_text.isdigit() or int(length_text) > MAX_DISCARD_BYTES:
            raise BadRequest(f"bad Content-Length: {length_text[:40]!r}")
        length = int(length_text)
        if length <= limit:
            return await reader.readexactly(length), length
        await _discard(reader, length)
        return _OVER_LIMIT, length
    except asyncio.IncompleteReadError as exc:
        raise BadRequest("connection closed inside the request body") from exc


_OVER_LIMIT = b""


async def _discard(reader: asyncio.StreamReader, length: int) -> None:
    while length > 0:
        length -= len(await reader.readexactly(min(length, 1 << 20)))


async def _read_chunked(reader: asyncio.StreamReader, limit: int) -> tuple[bytes, int]:
    body = bytearray()
    total = 0
    while True:
        size_line = await reader.readuntil(b"\r\n")
        size_text = size_line.split(b";", 1)[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError as exc:
            raise BadRequest("malformed chunk size") from exc
        if size == 0:
            # Skip trailers up to the empty line.
            while await reader.readuntil(b"\r\n") != b"\r\n":
                pass
            return (bytes(body) if total <= limit else _OVER_LIMIT), total
        total += size
        if total > MAX_DISCARD_BYTES:
            raise BadRequest("request body too large")
        if total > limit:
            await _discard(reader, size)
            body.clear()
        else:
            body += await reader.readexactly(size)
        await reader.readexactly(2)


def format_head(status: int, headers: Iterable[tuple[str, str]]) -> bytes:
    """Format a response status line and headers, ending with the blank line.

    >>> format_head(204, [])
    b'HTTP/1.1 204 No Content\\r\\n\\r\\n'
    """
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = "Unknown"
    lines = [f"HTTP/1.1 {status} {reason}"]
    lines.extend(f"{name}: {value}" for name, value in headers)
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
