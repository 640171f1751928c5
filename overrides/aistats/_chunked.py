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
the names in ``_PRIVATE_NAMES``), looked up and checked on first use. Anything else (another
transport, HTTP/2, a proxy, a Content-Length body, a body already started, versions of these
libraries without those names) gets ``None`` from ``chunked_body`` and is read the ordinary
way, so the worst a change upstream can do is cost the speed-up, which ``make bench`` shows.
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

# The exact objects between an httpx response and httpcore's HTTP/1.1 connection, with the
# attribute that leads on: httpx's Bound(Async)Stream, its (Async)ResponseStream, httpcore's
# PoolByteStream, and then the connection's own byte stream. A transport that wraps any of
# these in its own class breaks the chain and keeps the ordinary path. They are private names,
# so they are looked up (and their signatures checked) on first use, not at import: a version
# of httpx or httpcore without them costs the speed-up, never `import aistats`.
_PRIVATE_NAMES: Final = {
    "sync": (
        ("httpx._client", "BoundSyncStream", "_stream"),
        ("httpx._transports.default", "ResponseStream", "_httpcore_stream"),
        ("httpcore._sync.connection_pool", "PoolByteStream", "_stream"),
        ("httpcore._sync.http11", "HTTP11ConnectionByteStream", "HTTP11Connection"),
    ),
    "async": (
        ("httpx._client", "BoundAsyncStream", "_stream"),
        ("httpx._transports.default", "AsyncResponseStream", "_httpcore_stream"),
        ("httpcore._async.connection_pool", "PoolByteStream", "_stream"),
        ("httpcore._async.http11", "HTTP11ConnectionByteStream", "AsyncHTTP11Connection"),
    ),
}
# The methods used on the connection and its network stream, with the parameters passed.
_CONNECTION_METHODS: Final = (("_receive_event", ("timeout",)),)
_NETWORK_READ_PARAMETERS: Final = ("max_bytes", "timeout")


class _Chain(NamedTuple):
    links: tuple[tuple[type, str], ...]
    stream_type: type
    connection_type: type


@functools.cache
def _chain(kind: str) -> _Chain | None:
    """The checked chain of private classes for "sync" or "async", or None (logged once)
    when this httpx/httpcore/h11 lacks any of them or their methods changed."""
    try:
        links = []
        *outer, (module_name, stream_name, connection_name) = _PRIVATE_NAMES[kind]
        for module, name, attribute in outer:
            links.append((getattr(importlib.import_module(module), name), attribute))
        stream_type = getattr(importlib.import_module(module_name), stream_name)
        connection_type = getattr(httpcore, connection_name)
        _check_connection(connection_type, kind)
    except (ImportError, AttributeError, TypeError, ValueError) as exc:
        logger.debug(
            "The fast chunked-body reader is off for %s streams (httpx %s, httpcore %s, "
            "h11 %s): %s; bodies are read the ordinary way.",
            kind, httpx.__version__, httpcore.__version__, getattr(h11, "__version__", "?"), exc,
        )  # fmt: skip
        return None
    return _Chain(tuple(links), stream_type, connection_type)


def _check_connection(connection_type: type, kind: str) -> None:
    """Raise TypeError unless the connection has what `_read`/`_aread` call, as called."""
    if not isinstance(getattr(connection_type, "READ_NUM_BYTES", None), int):
        raise TypeError(f"{connection_type.__name__}.READ_NUM_BYTES is not an int")
    for method, parameters in _CONNECTION_METHODS:
        _check_parameters(getattr(connection_type, method), parameters)
    for name in ("receive_data", "next_event"):
        if not callable(getattr(h11.Connection, name, None)):
            raise TypeError(f"h11.Connection.{name} is missing")
    backend = importlib.import_module(
        "httpcore._backends.sync" if kind == "sync" else "httpcore._backends.anyio"
    )
    stream_class = backend.SyncStream if kind == "sync" else backend.AnyIOStream
    _check_parameters(stream_class.read, _NETWORK_READ_PARAMETERS)


def _check_parameters(function: Any, names: tuple[str, ...]) -> None:
    parameters = inspect.signature(function).parameters
    missing = [name for name in names if name not in parameters]
    if missing:
        raise TypeError(f"{function.__qualname__} takes no {', '.join(missing)}")


def _connection_of(response: httpx.Response, kind: str) -> tuple[Any, Any, float | None] | None:
    """(connection, h11 state, read timeout) when the body is an untouched chunked HTTP/1.1
    body on httpcore's own connection, reached through exactly the chain of `kind`; else None."""
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
    stream_type, connection_type = chain.stream_type, chain.connection_type
    if type(stream) is not stream_type or getattr(stream, "_closed", True):
        return None
    connection = getattr(stream, "_connection", None)
    if type(connection) is not connection_type:
        return None
    state = getattr(connection, "_h11_state", None)
    reader = getattr(state, "_reader", None)
    if (
        not isinstance(state, h11.Connection)
        or state.their_state is not h11.SEND_BODY
        or type(reader).__name__ != "ChunkedReader"
        # Nothing of the body taken by h11 yet: no chunk started, no footer or trailer due.
        or getattr(reader, "_bytes_in_chunk", None) != 0
        # (h11 0.16 keeps the chunk's pending CRLF as bytes, 0.13-0.15 as a count.)
        or getattr(reader, "_bytes_to_discard", None) not in (b"", 0)
        or getattr(reader, "_reading_trailer", None) is not False
        or not hasattr(state, "_receive_buffer")
        or not hasattr(connection, "_network_stream")
        or not hasattr(connection, "_receive_event")
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
