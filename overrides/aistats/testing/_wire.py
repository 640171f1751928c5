"""From a :class:`Response` and the faults that apply to it, to bytes and a delivery plan.

Faults act in three layers, in this order:

1. replace the response (``http_error``, ``rate_limited``, ``unavailable``);
2. rewrite the SSE events (error/malformed/non-UTF-8 frames, ``event:``/``id:`` lines, comments,
   line endings);
3. frame the bytes (chunked with one HTTP chunk per event, or ``Content-Length``; gzip).

Delivery faults (drops, stalls, delays, tiny writes) do not change bytes; they become a
:class:`Delivery` that the server follows while writing.
"""

from __future__ import annotations

import email.utils
import json
import re
import time
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from http import HTTPStatus

from ._completion import dumps
from ._errors import DEFAULT_ERROR_STYLE, ErrorStyle
from ._faults import Fault
from ._http import RecordedRequest, format_head
from ._response import HTML_TYPE, TEXT_TYPE, Response

TERMINATING_CHUNK = b"0\r\n\r\n"
KEEPALIVE_COMMENT = b": keep-alive\n\n"
# A data frame cut off inside its JSON, as a buggy upstream might send it.
MALFORMED_FRAME = b'data: {"id":"chatcmpl-mock","choices":[{"index":0,\n\n'
_REPLACING = {"http_error", "rate_limited", "unavailable"}
_NO_BODY_STATUSES = frozenset({204, 304})
_LINE_END = re.compile(rb"\r\n|\r|\n")
# Stop caching framed chunks past this many distinct events (a long text has few repeats).
_FRAME_CACHE_LIMIT = 4096


@dataclass(frozen=True)
class Delivery:
    """How the server writes a :class:`Wire`: cut points, delays and write sizes.

    >>> _delivery([Fault.drop_mid_event(3)]).cut_after
    3
    """

    before_headers: str | None = None  # "drop" or "stall": nothing is sent at all
    cut_after: int | None = None  # send this many pieces, then cut the response short
    cut_partial: bool = False  # ...plus half of the next piece
    cut_stall: bool = False  # at the cut, stall instead of closing
    stall_seconds: float = 0.0
    reset: bool = False  # close with a TCP RST instead of a FIN
    event_delay: float = 0.0
    pause_after: int | None = None
    pause_seconds: float = 0.0
    tiny_max: int = 0  # > 0: write at most this many bytes per send
    tiny_delay: float = 0.0

    @property
    def paced(self) -> bool:
        """Whether writing needs per-piece timing (otherwise pieces are batched)."""
        return bool(self.event_delay or self.pause_after is not None or self.tiny_max)


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
    names = {fault.name for fault in faults}
    for fault in faults:
        if fault.name in _REPLACING:
            response = error_response(fault, error_style)
    headers = list(response.headers)
    gzip_on = "gzip" in names and request.accepts_encoding("gzip")
    tail = b""
    if response.events is not None:
        parts = _rewrite_events(response.events, faults)
        if gzip_on:
            parts = _gzip_events(parts)
        chunked = "content_length" not in names and request.http_version != "HTTP/1.0"
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
    delivery = _delivery(faults)
    cuts = delivery.before_headers is not None or delivery.cut_after is not None
    announce_close = not request.wants_keep_alive or "connection_close" in names
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


def error_response(fault: Fault, style: ErrorStyle = DEFAULT_ERROR_STYLE) -> Response:
    """The response an ``http_error``/``rate_limited``/``unavailable`` fault stands for.

    >>> error_response(Fault.rate_limited(2)).headers
    [('Content-Type', 'application/json'), ('Retry-After', '2')]
    """
    status = {"rate_limited": 429, "unavailable": 503}.get(fault.name) or fault.get_int("status")
    headers: list[tuple[str, str]] = []
    retry_after = fault.get_optional_int("retry_after")
    if retry_after is not None:
        headers.append(("Retry-After", str(retry_after)))
    retry_date = fault.get_optional_int("retry_after_date")
    if retry_date is not None:
        date = email.utils.formatdate(time.time() + retry_date, usegmt=True)
        headers.append(("Retry-After", date))
    retry_ms = fault.get_optional_int("retry_after_ms")
    if retry_ms is not None:
        headers.append(("retry-after-ms", str(retry_ms)))
    kind = fault.get("body") if fault.name == "http_error" else "json"
    message = fault.get("message") if fault.name == "http_error" else None
    text = message if isinstance(message, str) else None
    if kind == "json":
        extra = None
        reset_in = fault.get("reset_in") if fault.name == "rate_limited" else None
        if isinstance(reset_in, int | float):
            # The gateway says when a key limit resets only here (pipeline/debug.ts).
            reset_at = datetime.now(UTC) + timedelta(seconds=reset_in)
            when = reset_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")
            extra = {"debug": {"upstream": {"reason": "key_limit_exceeded", "reset_at": when}}}
        return Response.error(status, text, extra=extra, style=style, headers=headers)
    if kind == "empty":
        return Response(status, headers)
    phrase = _phrase(status)
    if kind == "html":
        # What a proxy in front of the gateway (nginx, a load balancer) would send.
        html = (
            f"<html>\r\n<head><title>{status} {phrase}</title></head>\r\n<body>\r\n"
            f"<center><h1>{status} {phrase}</h1></center>\r\n<hr><center>mock-proxy</center>\r\n"
            "</body>\r\n</html>\r\n"
        )
        return Response(status, [("Content-Type", HTML_TYPE), *headers], html.encode())
    return Response(
        status, [("Content-Type", TEXT_TYPE), *headers], (text or f"{status} {phrase}").encode()
    )


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _rewrite_events(events: list[bytes], faults: Sequence[Fault]) -> list[bytes]:
    names = {fault.name for fault in faults}
    out = events
    for fault in faults:
        if fault.name == "error_frame":
            at = min(max(fault.get_int("after_events"), 0), len(out))
            out = [*out[:at], _error_frame(fault)]
        elif fault.name == "malformed_frame":
            at = min(max(fault.get_int("after_events"), 0), len(out))
            out = [*out[:at], MALFORMED_FRAME, *out[at:]]
        elif fault.name == "invalid_utf8":
            at = min(max(fault.get_int("after_events"), 0), len(out))
            out = [*out[:at], _invalid_utf8_frame(out), *out[at:]]
    if "id_lines" in names:
        counter = 0
        numbered = []
        for event in out:
            if event.startswith(b"data:"):
                counter += 1
                event = b"id: %d\n" % counter + event
            numbered.append(event)
        out = numbered
    for fault in faults:
        if fault.name == "event_lines":
            prefix = b"event: " + str(fault.get("name")).encode() + b"\n"
            out = [prefix + e if e.startswith((b"data:", b"id:")) else e for e in out]
    for fault in faults:
        if fault.name == "keepalive_comments":
            every = max(fault.get_int("every"), 1)
            spaced: list[bytes] = []
            for index, event in enumerate(out):
                if index % every == 0:
                    spaced.append(KEEPALIVE_COMMENT)
                spaced.append(event)
            out = spaced
    ending = b"\r" if "cr" in names else b"\r\n" if "crlf" in names else None
    if ending is not None:
        cache: dict[bytes, bytes] = {}
        converted = []
        for event in out:
            new = cache.get(event)
            if new is None:
                new = _LINE_END.sub(ending, event)
                if len(cache) < _FRAME_CACHE_LIMIT:
                    cache[event] = new
            converted.append(new)
        out = converted
    return out


def _error_frame(fault: Fault) -> bytes:
    message = str(fault.get("message"))
    if fault.get("style") == "object":
        payload: dict[str, object] = {"object": "error", "message": message}
    else:
        payload = {"error": {"message": message, "type": "upstream_error", "code": 502}}
    return b"data: " + dumps(payload) + b"\n\n"


def _invalid_utf8_frame(events: list[bytes]) -> bytes:
    """A content frame like the stream's own, whose content holds bytes that are not UTF-8."""
    meta: dict[str, object] = {
        "id": "chatcmpl-mock",
        "object": "chat.completion.chunk",
        "created": 0,
        "model": "mock",
    }
    for event in events:
        if event.startswith(b"data: {"):
            try:
                first = json.loads(event[6:])
            except ValueError:
                continue
            meta.update((key, first[key]) for key in list(meta) if key in first)
            break
    head = dumps({**meta, "choices": [{"index": 0, "delta": {"content": "@@"}}]})
    # \xff and \xfe never occur in UTF-8; \xc3 alone is a truncated two-byte sequence.
    return b"data: " + head.replace(b"@@", b"bad \xff\xfe\xc3 bytes") + b"\n\n"


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


def _delivery(faults: Sequence[Fault]) -> Delivery:
    plan = Delivery()
    for fault in faults:
        name = fault.name
        if name == "drop_before_headers":
            plan = replace(plan, before_headers="drop")
        elif name == "stall_before_headers":
            plan = replace(plan, before_headers="stall")
        elif name == "drop_after_headers":
            plan = replace(plan, cut_after=0, cut_partial=False, cut_stall=False)
        elif name in {"drop_mid_stream", "drop_mid_event", "stall_mid_stream"}:
            plan = replace(
                plan,
                cut_after=max(fault.get_int("after_events"), 0),
                cut_partial=name == "drop_mid_event",
                cut_stall=name == "stall_mid_stream",
            )
        elif name == "slow":
            plan = replace(plan, event_delay=fault.get_float("delay_ms") / 1000)
        elif name == "pause":
            plan = replace(
                plan,
                pause_after=max(fault.get_int("after_events"), 0),
                pause_seconds=fault.get_float("ms") / 1000,
            )
        elif name == "tiny_writes":
            plan = replace(
                plan,
                tiny_max=max(fault.get_int("max_bytes"), 1),
                tiny_delay=fault.get_float("delay_ms") / 1000,
            )
        if name.startswith("stall"):
            plan = replace(plan, stall_seconds=fault.get_float("seconds"))
        if name.startswith("drop"):
            plan = replace(plan, reset=fault.get("reset") is True)
    return plan
