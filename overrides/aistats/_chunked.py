"""Reading a chunked HTTP/1.1 response body a network read at a time, not a chunk at a time.

Why: the gateway sends one HTTP chunk per event, so a stream of 20,000 events is 20,000
chunks. httpcore hands each one up separately, through h11's per-event state machine and
several generator layers: about 10 microseconds per chunk, more than all of our own decoding
and typing of the event it carries. Here the chunk framing of everything one network read
brought is removed with a few ``bytes`` methods per chunk, and the data of all those chunks
goes up as one piece (the SSE decoder then splits it in one pass as well).

How, and what it leans on: when an httpx response is read from httpcore's standard HTTP/1.1
connection and h11 has just begun a chunked body, the bytes h11 has buffered are taken over,
the chunks are unframed by ``ChunkedDecoder``, and further bytes are read from the same
network stream with the same read timeout httpcore uses. When the last chunk (size 0)
arrives, it and whatever follows are handed back to h11, which reads the trailer section as
usual, ends the message and keeps the connection reusable. Failures are httpx exceptions,
as when httpx reads the body itself.

That needs private names of httpx, httpcore and h11 (the tested ranges are in pyproject.toml;
the names in ``_PRIVATE_NAMES``). None is imported with this module: ``_chain`` looks them up
and checks each method used against the call made to it, once per kind of stream (sync,
async) and before any body is taken over; the instance attributes are checked once per body.
Anything else (another transport, HTTP/2, a proxy, a Content-Length body, a body already
started, versions of these libraries without those names or with other signatures) gets
``None`` from ``chunked_body`` (the reason logged once at debug level) and is read the
ordinary way. The worst a change upstream can do is cost the speed-up, which ``make bench``
shows, and the short wait for a body's end after ``[DONE]``: only this path can shorten the
read timeout mid-body, so on the ordinary one a server that keeps the body open after
``[DONE]`` is waited for up to the read timeout (see ``_streaming``).
"""

from __future__ import annotations

import functools
import importlib
import inspect
from collections.abc import AsyncIterator, Iterator
from typing import Any, Final, NamedTuple

import h11
import httpcore
import httpx

from ._logging import logger

__all__ = ["ChunkedDecoder", "ChunkedFramingError", "achunked_body", "chunked_body"]

_HEX_DIGITS: Final = b"0123456789abcdefABCDEF"
# h11 accepts up to 20 hex digits (2**64 has 20 decimal digits) and so do we.
_MAX_SIZE_DIGITS: Final = 20
# A chunk-size line longer than this (extensions included) is refused, as h11 refuses any
# incomplete line beyond httpcore's MAX_INCOMPLETE_EVENT_SIZE.
_MAX_SIZE_LINE: Final = 100 * 1024
_CRLF: Final = b"\r\n"
_CR: Final = 0x0D
_INCOMPLETE_BODY: Final = (
    "peer closed connection without sending complete message body (incomplete chunked read)"
)


class ChunkedFramingError(Exception):
    """The body's chunk framing is broken (turned into ``httpx.RemoteProtocolError``)."""


class ChunkedDecoder:
    """Chunked transfer coding (RFC 9112 section 7.1) in, chunk data out; no I/O.

    ``feed`` returns the data of everything it could unframe, joined (a chunk cut by the end of
    a read gives its first part at once: a large chunk is never held back). Once the last-chunk
    line arrives, ``last_chunk`` holds the bytes from that line on (the trailer section and
    anything after the message), for h11 to finish the message with; ``feed`` must not be
    called again. Broken framing raises ``ChunkedFramingError`` after the data before it: when
    the same read held some, ``feed`` returns that, sets ``error`` and raises it next time.

    >>> decoder = ChunkedDecoder()
    >>> decoder.feed(b"5\\r\\nhello\\r\\n6;ext=1\\r\\n wor")
    b'hello wor'
    >>> decoder.feed(b"ld\\r\\n0\\r\\n\\r\\n")
    b'ld'
    >>> decoder.last_chunk
    b'0\\r\\n\\r\\n'
    """

    __slots__ = ("_data_left", "_pending", "_want_crlf", "error", "last_chunk")

    def __init__(self) -> None:
        self._pending = b""  # bytes after the last complete unit (size line, data, CRLF)
        self._data_left = 0  # data bytes still to come in the current chunk
        self._want_crlf = False  # the CRLF after a chunk's data is still to come
        self.last_chunk: bytes | None = None
        # Broken framing found after good chunks of the same read: their data is returned
        # first, and the next call raises this.
        self.error: ChunkedFramingError | None = None

    def feed(self, data: bytes) -> bytes:
        if self.error is not None:
            raise self.error
        pieces: list[bytes] = []
        try:
            self._unframe(data, pieces)
        except ChunkedFramingError as error:
            if not pieces:
                raise
            # The data of the chunks before the broken framing is delivered first.
            self.error = error
        if len(pieces) == 1:
            return pieces[0]
        return b"".join(pieces)

    def _unframe(self, data: bytes, pieces: list[bytes]) -> None:
        """Append the data `data` completes to `pieces`; keep what it leaves incomplete."""
        buffer = self._pending + data if self._pending else data
        self._pending = b""
        end = len(buffer)
        data_left = self._data_left
        want_crlf = self._want_crlf
        position = 0
        while position < end:
            if data_left:  # the rest of a chunk cut by the end of an earlier read
                stop = min(end, position + data_left)
                pieces.append(buffer[position:stop])
                data_left -= stop - position
                want_crlf = data_left == 0
                position = stop
                continue
            if want_crlf:
                if end - position < 2:  # one byte: h11 refuses it at once if it is not CR
                    if buffer[position] != _CR:
                        raise ChunkedFramingError(
                            f"malformed chunk footer: {buffer[position:end]!r}"
                        )
                    break
                if buffer[position : position + 2] != _CRLF:
                    raise ChunkedFramingError(
                        f"malformed chunk footer: {buffer[position : position + 2]!r}"
                    )
                want_crlf = False
                position += 2
                continue
            line_end = buffer.find(_CRLF, position)
            if line_end < 0:
                if end - position > _MAX_SIZE_LINE:
                    raise ChunkedFramingError("chunk size line too long")
                break
            size = _chunk_size(buffer[position:line_end])
            if size == 0:
                self.last_chunk = buffer[position:]
                break
            data_start = line_end + 2
            data_end = data_start + size
            if data_end + 2 <= end:
                # The usual case: the whole chunk and its CRLF are here. Its data goes first,
                # as h11 would deliver it before looking at the footer.
                pieces.append(buffer[data_start:data_end])
                if buffer[data_end : data_end + 2] != _CRLF:
                    raise ChunkedFramingError(
                        f"malformed chunk footer: {buffer[data_end : data_end + 2]!r}"
                    )
                position = data_end + 2
            else:
                data_left = size
                position = data_start
        self._pending = buffer[position:] if position < end and self.last_chunk is None else b""
        self._data_left = data_left
        self._want_crlf = want_crlf


def _chunk_size(line: bytes) -> int:
    """The size in a chunk-size line (without its CRLF), accepting what h11 accepts:
    1 to 20 hex digits, then optionally ``;`` and extensions (ignored), then optional
    spaces or tabs."""
    size_field, semicolon, _extensions = line.partition(b";")
    if not semicolon:
        size_field = size_field.rstrip(b" \t")
    if (
        not size_field
        or len(size_field) > _MAX_SIZE_DIGITS
        or b"\n" in _extensions  # h11's `;.*` stops at a line feed
        or size_field.strip(_HEX_DIGITS)  # anything left over is not a hex digit
    ):
        raise ChunkedFramingError(f"illegal chunk header: {line[:40]!r}")
    return int(size_field, 16)


# -- Taking over a body from httpcore -----------------------------------------------------

# Every private class used, per kind of stream, as (module, name). In order: the exact objects
# between an httpx response and httpcore's HTTP/1.1 connection (httpx's Bound(Async)Stream, its
# (Async)ResponseStream, httpcore's PoolByteStream, the connection's own byte stream: a transport
# that wraps any of these in a class of its own breaks the chain and keeps the ordinary path),
# then the connection, the network stream of httpcore's default backend, and the h11 classes
# whose state is taken over. `_chain` looks them up with importlib (nothing private is imported
# with this module, itself imported on the first stream and not with `aistats`: a version
# without one costs the speed-up, never an import) and checks their methods against the calls
# made here, once per kind and before any body is taken over; the async names are looked up
# only for an async stream.
_PRIVATE_NAMES: Final = {
    "sync": (
        ("httpx._client", "BoundSyncStream"),
        ("httpx._transports.default", "ResponseStream"),
        ("httpcore._sync.connection_pool", "PoolByteStream"),
        ("httpcore._sync.http11", "HTTP11ConnectionByteStream"),
        ("httpcore._sync.http11", "HTTP11Connection"),
        ("httpcore._backends.sync", "SyncStream"),
        ("h11._readers", "ChunkedReader"),
        ("h11._receivebuffer", "ReceiveBuffer"),
    ),
    "async": (
        ("httpx._client", "BoundAsyncStream"),
        ("httpx._transports.default", "AsyncResponseStream"),
        ("httpcore._async.connection_pool", "PoolByteStream"),
        ("httpcore._async.http11", "HTTP11ConnectionByteStream"),
        ("httpcore._async.http11", "AsyncHTTP11Connection"),
        ("httpcore._backends.anyio", "AnyIOStream"),
        ("h11._readers", "ChunkedReader"),
        ("h11._receivebuffer", "ReceiveBuffer"),
    ),
}
# The attribute that leads from each of the first three classes to the next one.
_LINK_ATTRIBUTES: Final = ("_stream", "_httpcore_stream", "_stream")


class _Chain(NamedTuple):
    links: tuple[tuple[type, str], ...]
    stream_type: type
    connection_type: type
    reader_type: type
    buffer_type: type


@functools.cache
def _chain(kind: str) -> _Chain | None:
    """The checked private classes for "sync" or "async" streams, or None (logged once, at
    debug level) when this httpx/httpcore/h11 lacks any of them or a method used here changed:
    the fast reader is then off for that kind, and bodies are read the ordinary way."""
    try:
        classes = [_private_class(module, name) for module, name in _PRIVATE_NAMES[kind]]
        *outer, stream_type, connection_type, network_type, reader_type, buffer_type = classes
        if len(outer) != len(_LINK_ATTRIBUTES):
            raise ValueError(f"{len(outer)} wrapper classes, {len(_LINK_ATTRIBUTES)} attributes")
        _check_methods(kind, connection_type, network_type, reader_type, buffer_type)
    except Exception as exc:  # whatever it is, it must cost the speed-up and nothing else
        logger.debug(
            "The fast chunked-body reader is off for %s streams (httpx %s, httpcore %s, "
            "h11 %s): %s: %s; bodies are read the ordinary way.",
            kind, httpx.__version__, getattr(httpcore, "__version__", "?"),
            getattr(h11, "__version__", "?"), type(exc).__name__, exc,
        )  # fmt: skip
        return None
    return _Chain(
        tuple(zip(outer, _LINK_ATTRIBUTES, strict=True)),
        stream_type,
        connection_type,
        reader_type,
        buffer_type,
    )


def _private_class(module: str, name: str) -> type:
    found = getattr(importlib.import_module(module), name)
    if not isinstance(found, type):
        raise TypeError(f"{module}.{name} is not a class")
    return found


def _check_methods(
    kind: str, connection_type: type, network_type: type, reader_type: type, buffer_type: type
) -> None:
    """Raise unless each private method used by `_read`/`_aread`/`_take_buffered` accepts the
    call made to it (and is a coroutine function exactly where it is awaited), and the h11
    state a body starts in looks as `_connection_of` expects it."""
    awaited = kind == "async"
    read_size = getattr(connection_type, "READ_NUM_BYTES", None)
    if type(read_size) is not int or read_size <= 0:
        raise TypeError(f"{connection_type.__qualname__}.READ_NUM_BYTES is {read_size!r}")
    _check_call(connection_type, "_receive_event", awaited, timeout=None)
    _check_call(network_type, "read", awaited, read_size, timeout=None)
    _check_call(h11.Connection, "receive_data", False, b"")
    _check_call(buffer_type, "maybe_extract_at_most", False, 0)
    _check_call(buffer_type, "__len__", False)
    # The attributes `_connection_of` reads: a fresh h11 connection and chunked reader have
    # them, with the values that mean "nothing of the body read yet".
    state = h11.Connection(h11.CLIENT)
    if type(getattr(state, "_receive_buffer", None)) is not buffer_type:
        raise TypeError(f"h11.Connection._receive_buffer is not a {buffer_type.__qualname__}")
    if not hasattr(state, "_reader"):
        raise AttributeError("h11.Connection has no _reader")
    reader = reader_type()
    start = (
        getattr(reader, "_bytes_in_chunk", None),
        getattr(reader, "_bytes_to_discard", None),
        getattr(reader, "_reading_trailer", None),
    )
    if start not in ((0, b"", False), (0, 0, False)):
        raise TypeError(f"a new {reader_type.__qualname__} starts as {start!r}")


def _check_call(owner: type, name: str, awaited: bool, *args: Any, **kwargs: Any) -> None:
    """Raise TypeError unless `owner.name(instance, *args, **kwargs)` binds."""
    function = getattr(owner, name)
    try:
        inspect.signature(function).bind(None, *args, **kwargs)
    except TypeError as exc:
        raise TypeError(f"{owner.__qualname__}.{name} changed: {exc}") from None
    if inspect.iscoroutinefunction(function) is not awaited:
        raise TypeError(
            f"{owner.__qualname__}.{name} is {'not ' if awaited else ''}a coroutine function"
        )


def _connection_of(response: httpx.Response, kind: str) -> tuple[Any, Any, float | None] | None:
    """(connection, h11 state, read timeout) when the body is an untouched chunked HTTP/1.1
    body on httpcore's own connection, reached through exactly the chain of `kind`; else None.
    The classes were checked by `_chain`; the instance attributes are checked here, once per
    body (nothing is added per chunk)."""
    if response.is_stream_consumed or response.is_closed:
        return None
    chain = _chain(kind)
    if chain is None:
        return None
    stream: Any = response.stream
    for stream_type, inner in chain.links:
        if type(stream) is not stream_type:
            return None
        stream = getattr(stream, inner, None)
    if type(stream) is not chain.stream_type or getattr(stream, "_closed", True) is not False:
        return None
    connection = getattr(stream, "_connection", None)
    if type(connection) is not chain.connection_type:
        return None
    state = getattr(connection, "_h11_state", None)
    reader = getattr(state, "_reader", None)
    if (
        not isinstance(state, h11.Connection)
        or state.their_state is not h11.SEND_BODY
        or type(reader) is not chain.reader_type
        # Nothing of the body taken by h11 yet: no chunk started, no footer or trailer due.
        or getattr(reader, "_bytes_in_chunk", None) != 0
        # (h11 0.16 keeps the chunk's pending CRLF as bytes, 0.13-0.15 as a count.)
        or getattr(reader, "_bytes_to_discard", None) not in (b"", 0)
        or getattr(reader, "_reading_trailer", None) is not False
        or type(getattr(state, "_receive_buffer", None)) is not chain.buffer_type
        or getattr(connection, "_network_stream", None) is None
    ):
        return None
    timeouts = getattr(getattr(stream, "_request", None), "extensions", {}).get("timeout", {})
    return connection, state, timeouts.get("read")


def _take_buffered(state: Any) -> bytes:
    """The body bytes h11 has buffered (read along with the headers), now ours."""
    buffered = state._receive_buffer.maybe_extract_at_most(len(state._receive_buffer))
    return bytes(buffered) if buffered else b""


def _to_httpx(exc: Exception, request: httpx.Request) -> httpx.HTTPError:
    if isinstance(exc, ChunkedFramingError | httpcore.ProtocolError):
        return httpx.RemoteProtocolError(str(exc), request=request)
    if isinstance(exc, httpcore.TimeoutException):
        return httpx.ReadTimeout(str(exc), request=request)
    return httpx.ReadError(str(exc), request=request)


def _ends_message(event: object) -> bool:
    # PAUSED means h11 has ended the message already; a Data event cannot follow size 0.
    return isinstance(event, h11.EndOfMessage) or event is h11.PAUSED


_TRANSLATED: Final = (
    ChunkedFramingError,
    httpcore.ProtocolError,
    httpcore.NetworkError,
    httpcore.TimeoutException,
)


def chunked_body(response: httpx.Response) -> Iterator[bytes] | None:
    """The body's data a network read at a time, or None when it cannot be taken over.
    Taking over marks the response's stream consumed: nothing else may read it (and a second
    call gets None)."""
    found = _connection_of(response, "sync")
    if found is None:
        return None
    response.is_stream_consumed = True
    return _read(response.request, *found)


def achunked_body(response: httpx.Response) -> AsyncIterator[bytes] | None:
    """The async twin of `chunked_body`."""
    found = _connection_of(response, "async")
    if found is None:
        return None
    response.is_stream_consumed = True
    return _aread(response.request, *found)


def _read(
    request: httpx.Request, connection: Any, state: Any, timeout: float | None
) -> Iterator[bytes]:
    decoder = ChunkedDecoder()
    data = _take_buffered(state)
    try:
        while True:
            if data:
                payload = decoder.feed(data)
                if payload:
                    yield payload
                if decoder.error is not None:
                    raise decoder.error
                if decoder.last_chunk is not None:
                    break
            # Looked up at every read: a stream shortens it to wait briefly for the body's
            # end after `[DONE]` (see `_streaming`).
            timeout = request.extensions.get("timeout", {}).get("read", timeout)
            data = connection._network_stream.read(connection.READ_NUM_BYTES, timeout=timeout)
            if not data:
                raise ChunkedFramingError(_INCOMPLETE_BODY)
        # h11 reads the last chunk and the trailer section, and ends the message.
        state.receive_data(decoder.last_chunk)
        while not _ends_message(connection._receive_event(timeout=timeout)):
            pass
    except _TRANSLATED as exc:
        raise _to_httpx(exc, request) from exc


async def _aread(
    request: httpx.Request, connection: Any, state: Any, timeout: float | None
) -> AsyncIterator[bytes]:
    decoder = ChunkedDecoder()
    data = _take_buffered(state)
    try:
        while True:
            if data:
                payload = decoder.feed(data)
                if payload:
                    yield payload
                if decoder.error is not None:
                    raise decoder.error
                if decoder.last_chunk is not None:
                    break
            # Looked up at every read: a stream shortens it to wait briefly for the body's
            # end after `[DONE]` (see `_streaming`).
            timeout = request.extensions.get("timeout", {}).get("read", timeout)
            data = await connection._network_stream.read(connection.READ_NUM_BYTES, timeout=timeout)
            if not data:
                raise ChunkedFramingError(_INCOMPLETE_BODY)
        state.receive_data(decoder.last_chunk)
        while not _ends_message(await connection._receive_event(timeout=timeout)):
            pass
    except _TRANSLATED as exc:
        raise _to_httpx(exc, request) from exc
