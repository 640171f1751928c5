"""From a :class:`Response` and the faults that apply to it, to bytes and a delivery plan.

Each fault's kind (`_fault_kinds`) says what it does: replace the response, rewrite the SSE
events, switch the framing (chunked with one HTTP chunk per event, or ``Content-Length``; gzip;
``Connection: close``), or plan the delivery (drops, stalls, delays, tiny writes: a
:class:`Delivery` that `_delivery.deliver` follows while writing). Here they are applied in
that order and the bytes are framed.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass

from ._delivery import Delivery, delivery_plan
from ._errors import DEFAULT_ERROR_STYLE, ErrorStyle
from ._fault_kinds import CONNECTION_CLOSE, CONTENT_LENGTH, GZIP, rewrite_events, switches
from ._faults import Fault
from ._http import RecordedRequest, format_head
from ._response import Response

TERMINATING_CHUNK = b"0\r\n\r\n"
_NO_BODY_STATUSES = frozenset({204, 304})
# Stop caching framed chunks past this many distinct events (a long text has few repeats).
_FRAME_CACHE_LIMIT = 4096


@dataclass
class Wire:
    """The response as bytes: ``head``, body ``pieces`` (one per event), and the ``tail``.

    >>> build_wire(Response.sse([b"data: x\\n\\n"]), [], request).tail  # doctest: +SKIP
    b'0\\r\\n\\r\\n'
    """

    head: bytes
    pieces: list[bytes]
    tail: bytes
    keep_alive: bool
    delivery: Delivery


def build_wire(
    response: Response,
    faults: Sequence[Fault],
    request: RecordedRequest,
    error_style: ErrorStyle = DEFAULT_ERROR_STYLE,
) -> Wire:
    """Apply ``faults`` to ``response`` and frame it for ``request``'s connection.

    >>> build_wire(response, [Fault.gzip()], request).head  # doctest: +SKIP
    """
    for fault in faults:
        if fault.kind.replace_response is not None:
            response = fault.kind.replace_response(fault, error_style)
    switched_on = switches(faults)
    headers = list(response.headers)
    gzip_on = GZIP in switched_on and request.accepts_encoding("gzip")
    tail = b""
    if response.events is not None:
        parts = rewrite_events(response.events, faults)
        if gzip_on:
            parts = _gzip_events(parts)
        chunked = CONTENT_LENGTH not in switched_on and request.http_version != "HTTP/1.0"
        if chunked:
            pieces = _frame_chunks(parts)
            tail = TERMINATING_CHUNK
            headers.append(("Transfer-Encoding", "chunked"))
        else:
            pieces = [part for part in parts if part]
            headers.append(("Content-Length", str(sum(len(p) for p in pieces))))
    else:
        body = response.body
        if gzip_on and body:
            # mtime=0 keeps the compressed bytes deterministic.
            compressor = zlib.compressobj(wbits=31)
            body = compressor.compress(body) + compressor.flush()
        pieces = [body] if body else []
        headers.append(("Content-Length", str(len(body))))
    if gzip_on:
        headers.append(("Content-Encoding", "gzip"))
    delivery = delivery_plan(faults)
    cuts = delivery.before_headers is not None or delivery.cut_after is not None
    announce_close = not request.wants_keep_alive or CONNECTION_CLOSE in switched_on
    # A connection that is about to break says nothing about it, like a real failure.
    if announce_close:
        headers.append(("Connection", "close"))
    keep_alive = not announce_close and not cuts
    if request.method == "HEAD" or response.status in _NO_BODY_STATUSES:
        # The head says what the body would be; the body itself is never sent (RFC 9110).
        pieces, tail = [], b""
        if response.status in _NO_BODY_STATUSES:
            headers = [(k, v) for k, v in headers if k.lower() != "content-length"]
    return Wire(format_head(response.status, headers), pieces, tail, keep_alive, delivery)


def _gzip_events(parts: list[bytes]) -> list[bytes]:
    """Compress a stream so that each event can be decoded as soon as its chunk arrives."""
    compressor = zlib.compressobj(wbits=31)
    out = [compressor.compress(part) + compressor.flush(zlib.Z_SYNC_FLUSH) for part in parts]
    out.append(compressor.flush())
    return out


def _frame_chunks(parts: list[bytes]) -> list[bytes]:
    """One HTTP chunk per part; empty parts are skipped (a 0-size chunk ends the body)."""
    cache: dict[bytes, bytes] = {}
    out = []
    for part in parts:
        framed = cache.get(part)
        if framed is None:
            if not part:
                continue
            framed = b"%x\r\n%b\r\n" % (len(part), part)
            if len(cache) < _FRAME_CACHE_LIMIT:
                cache[part] = framed
        out.append(framed)
    return out
