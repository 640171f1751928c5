"""What each fault is and does, one object per fault name: its parameters and their defaults
(stated here only), its description, and its effects, in the three layers the mock applies:

1. ``replace_response``: the whole response (``http_error``, ``rate_limited``, ``unavailable``);
2. ``rewrite``: the SSE events, in ``phase`` order (inserted frames, then ``id:``/``event:``
   lines, keep-alive comments, line endings);
3. ``plan``: the delivery (drops, stalls, delays, tiny writes; see `_delivery`).

A ``switch`` names what a fault turns on in the framing or the reply (gzip, Content-Length,
``Connection: close``, the realistic stream style). `Fault` values find their kind here.
"""

from __future__ import annotations

import email.utils
import json
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from http import HTTPStatus
from typing import TYPE_CHECKING, Final

from ._completion import dumps
from ._delivery import Delivery
from ._errors import DEFAULT_ERROR_STYLE, ErrorStyle
from ._response import HTML_TYPE, TEXT_TYPE, Response

if TYPE_CHECKING:
    from ._faults import Fault

ParamValue = int | float | str | bool | None
# A parameter: its type and its default.
Param = tuple[type, ParamValue]

DEFAULT_AFTER_EVENTS: Final = 2
DEFAULT_STALL_SECONDS: Final = 120.0
DEFAULT_SLOW_DELAY_MS: Final = 50.0
DEFAULT_PAUSE_AFTER_EVENTS: Final = 1
DEFAULT_PAUSE_MS: Final = 500.0
DEFAULT_TINY_WRITE_BYTES: Final = 3
DEFAULT_TINY_WRITE_DELAY_MS: Final = 0.1
DEFAULT_STREAM_ERROR_MESSAGE: Final = "Upstream provider failed mid-stream (mock)"
DEFAULT_ERROR_STATUS: Final = 500
DEFAULT_ERROR_BODY: Final = "json"
ERROR_BODIES: Final = ("json", "html", "text", "empty")
DEFAULT_ERROR_FRAME_STYLE: Final = "error"
ERROR_FRAME_STYLES: Final = ("error", "object")
DEFAULT_RATE_LIMIT_RETRY_AFTER: Final = 1
DEFAULT_KEEPALIVE_EVERY: Final = 1
DEFAULT_EVENT_NAME: Final = "message"

KEEPALIVE_COMMENT: Final = b": keep-alive\n\n"
# A data frame cut off inside its JSON, as a buggy upstream might send it.
MALFORMED_FRAME: Final = b'data: {"id":"chatcmpl-mock","choices":[{"index":0,\n\n'
_LINE_END = re.compile(rb"\r\n|\r|\n")
# Stop caching converted events past this many distinct ones (a long text has few repeats).
_CACHE_LIMIT = 4096

# What a `switch` turns on.
GZIP: Final = "gzip"
CONTENT_LENGTH: Final = "content_length"
CONNECTION_CLOSE: Final = "connection_close"
REALISTIC: Final = "realistic"

# Rewrite phases, applied in this order whatever order the faults were given in.
INSERT, NUMBER, NAME, COMMENT, LINE_ENDINGS, LONE_CR = range(6)

Events = list[bytes]


@dataclass(frozen=True)
class FaultKind:
    """One fault name: parameters, description, and effects (each optional)."""

    name: str
    doc: str
    params: Mapping[str, Param]
    replace_response: Callable[[Fault, ErrorStyle], Response] | None = None
    rewrite: Callable[[Events, Fault], Events] | None = None
    phase: int = INSERT
    plan: Callable[[Delivery, Fault], Delivery] | None = None
    switch: str | None = None


# -- replacing the response -----------------------------------------------------------------


def _error_reply(
    status: int | None, body_param: bool, reset_param: bool
) -> Callable[[Fault, ErrorStyle], Response]:
    """The `replace` of an error fault: a fixed `status` (None: its `status` parameter),
    whether it has `body`/`message` parameters, and whether it has `reset_in`."""

    def build(fault: Fault, style: ErrorStyle = DEFAULT_ERROR_STYLE) -> Response:
        code = status if status is not None else fault.get_int("status")
        headers = _retry_headers(fault)
        kind = fault.get("body") if body_param else DEFAULT_ERROR_BODY
        message = fault.get("message") if body_param else None
        text = message if isinstance(message, str) else None
        if kind == "json":
            extra = None
            reset_in = fault.get("reset_in") if reset_param else None
            if isinstance(reset_in, int | float):
                # The gateway says when a key limit resets only here (pipeline/debug.ts).
                reset_at = datetime.now(UTC) + timedelta(seconds=reset_in)
                when = reset_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")
                extra = {"debug": {"upstream": {"reason": "key_limit_exceeded", "reset_at": when}}}
            return Response.error(code, text, extra=extra, style=style, headers=headers)
        if kind == "empty":
            return Response(code, headers)
        phrase = _phrase(code)
        if kind == "html":
            # What a proxy in front of the gateway (nginx, a load balancer) would send.
            html = (
                f"<html>\r\n<head><title>{code} {phrase}</title></head>\r\n<body>\r\n"
                f"<center><h1>{code} {phrase}</h1></center>\r\n<hr><center>mock-proxy</center>"
                "\r\n</body>\r\n</html>\r\n"
            )
            return Response(code, [("Content-Type", HTML_TYPE), *headers], html.encode())
        body = (text or f"{code} {phrase}").encode()
        return Response(code, [("Content-Type", TEXT_TYPE), *headers], body)

    return build


def _retry_headers(fault: Fault) -> list[tuple[str, str]]:
    headers: list[tuple[str, str]] = []
    retry_after = fault.get_optional_int("retry_after")
    if retry_after is not None:
        headers.append(("Retry-After", str(retry_after)))
    retry_date = fault.get_optional_int("retry_after_date")
    if retry_date is not None:
        headers.append(
            ("Retry-After", email.utils.formatdate(time.time() + retry_date, usegmt=True))
        )
    retry_ms = fault.get_optional_int("retry_after_ms")
    if retry_ms is not None:
        headers.append(("retry-after-ms", str(retry_ms)))
    return headers


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


# -- rewriting the events -------------------------------------------------------------------


def _position(events: Events, fault: Fault) -> int:
    return min(max(fault.get_int("after_events"), 0), len(events))


def _end_with_error_frame(events: Events, fault: Fault) -> Events:
    message = str(fault.get("message"))
    if fault.get("style") == "object":
        payload: dict[str, object] = {"object": "error", "message": message}
    else:
        payload = {"error": {"message": message, "type": "upstream_error", "code": 502}}
    return [*events[: _position(events, fault)], b"data: " + dumps(payload) + b"\n\n"]


def _insert_malformed_frame(events: Events, fault: Fault) -> Events:
    at = _position(events, fault)
    return [*events[:at], MALFORMED_FRAME, *events[at:]]


def _insert_invalid_utf8_frame(events: Events, fault: Fault) -> Events:
    at = _position(events, fault)
    return [*events[:at], _invalid_utf8_frame(events), *events[at:]]


def _invalid_utf8_frame(events: Events) -> bytes:
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


def _number_events(events: Events, fault: Fault) -> Events:
    numbered = []
    counter = 0
    for event in events:
        if event.startswith(b"data:"):
            counter += 1
            event = b"id: %d\n" % counter + event
        numbered.append(event)
    return numbered


def _name_events(events: Events, fault: Fault) -> Events:
    prefix = b"event: " + str(fault.get("name")).encode() + b"\n"
    return [prefix + e if e.startswith((b"data:", b"id:")) else e for e in events]


def _add_keepalive_comments(events: Events, fault: Fault) -> Events:
    every = max(fault.get_int("every"), 1)
    spaced: Events = []
    for index, event in enumerate(events):
        if index % every == 0:
            spaced.append(KEEPALIVE_COMMENT)
        spaced.append(event)
    return spaced


def _line_endings(ending: bytes) -> Callable[[Events, Fault], Events]:
    def convert(events: Events, fault: Fault) -> Events:
        cache: dict[bytes, bytes] = {}
        converted = []
        for event in events:
            new = cache.get(event)
            if new is None:
                new = _LINE_END.sub(ending, event)
                if len(cache) < _CACHE_LIMIT:
                    cache[event] = new
            converted.append(new)
        return converted

    return convert


# -- planning the delivery ------------------------------------------------------------------


def _cut(
    *, partial: bool = False, stall: bool = False, at: int | None = None
) -> Callable[[Delivery, Fault], Delivery]:
    """A plan that cuts the response after `at` pieces (None: the `after_events` parameter)."""

    def plan(delivery: Delivery, fault: Fault) -> Delivery:
        cut_after = at if at is not None else max(fault.get_int("after_events"), 0)
        delivery = replace(delivery, cut_after=cut_after, cut_partial=partial, cut_stall=stall)
        return _with_ending(delivery, fault)

    return plan


def _before_headers(action: str) -> Callable[[Delivery, Fault], Delivery]:
    def plan(delivery: Delivery, fault: Fault) -> Delivery:
        return _with_ending(replace(delivery, before_headers=action), fault)

    return plan


def _with_ending(delivery: Delivery, fault: Fault) -> Delivery:
    """A stall's length, a drop's RST: the parameters every stall or drop has."""
    if "seconds" in fault.kind.params:
        delivery = replace(delivery, stall_seconds=fault.get_float("seconds"))
    if "reset" in fault.kind.params:
        delivery = replace(delivery, reset=fault.get("reset") is True)
    return delivery


def _slow(delivery: Delivery, fault: Fault) -> Delivery:
    return replace(delivery, event_delay=fault.get_float("delay_ms") / 1000)


def _pause(delivery: Delivery, fault: Fault) -> Delivery:
    return replace(
        delivery,
        pause_after=max(fault.get_int("after_events"), 0),
        pause_seconds=fault.get_float("ms") / 1000,
    )


def _tiny_writes(delivery: Delivery, fault: Fault) -> Delivery:
    return replace(
        delivery,
        tiny_max=max(fault.get_int("max_bytes"), 1),
        tiny_delay=fault.get_float("delay_ms") / 1000,
    )


# -- the kinds ------------------------------------------------------------------------------

_RETRY: dict[str, Param] = {
    "retry_after": (int, None),
    "retry_after_ms": (int, None),
    "retry_after_date": (int, None),
}
_AFTER: dict[str, Param] = {"after_events": (int, DEFAULT_AFTER_EVENTS)}
_RESET: dict[str, Param] = {"reset": (bool, False)}
_STALL: dict[str, Param] = {"seconds": (float, DEFAULT_STALL_SECONDS)}

_KINDS = (
    FaultKind(
        "http_error",
        "answer with this status; body=json|html|text|empty; retry_after* add Retry-After "
        "(seconds), retry-after-ms, or Retry-After as an HTTP date this many seconds ahead",
        {
            "status": (int, DEFAULT_ERROR_STATUS),
            "body": (str, DEFAULT_ERROR_BODY),
            "message": (str, None),
            **_RETRY,
        },
        replace_response=_error_reply(None, body_param=True, reset_param=False),
    ),
    FaultKind(
        "rate_limited",
        "429 gateway JSON error with Retry-After; reset_in puts the gateway's reset_at this many "
        "seconds ahead in the body (debug.upstream.reset_at)",
        {**_RETRY, "retry_after": (int, DEFAULT_RATE_LIMIT_RETRY_AFTER), "reset_in": (float, None)},
        replace_response=_error_reply(429, body_param=False, reset_param=True),
    ),
    FaultKind(
        "unavailable",
        "503 gateway JSON error (optionally Retry-After)",
        _RETRY,
        replace_response=_error_reply(503, body_param=False, reset_param=False),
    ),
    FaultKind(
        "drop_before_headers",
        "read the request, then close without answering",
        _RESET,
        plan=_before_headers("drop"),
    ),
    FaultKind("drop_after_headers", "send the response head, then close", _RESET, plan=_cut(at=0)),
    FaultKind(
        "drop_mid_stream",
        "send after_events whole events, then close (no terminating chunk)",
        {**_AFTER, **_RESET},
        plan=_cut(),
    ),
    FaultKind(
        "drop_mid_event",
        "send after_events events and half of the next one, then close",
        {**_AFTER, **_RESET},
        plan=_cut(partial=True),
    ),
    FaultKind(
        "stall_before_headers",
        "send nothing until the client leaves, the server stops, or seconds pass",
        _STALL,
        plan=_before_headers("stall"),
    ),
    FaultKind(
        "stall_mid_stream",
        "send after_events events, then nothing (as stall_before_headers)",
        {**_AFTER, **_STALL},
        plan=_cut(stall=True),
    ),
    FaultKind(
        "error_frame",
        "after after_events events send an error frame and end the stream (no [DONE]); "
        'style=error: {"error":{...}}, style=object: {"object":"error","message":...}',
        {
            **_AFTER,
            "style": (str, DEFAULT_ERROR_FRAME_STYLE),
            "message": (str, DEFAULT_STREAM_ERROR_MESSAGE),
        },
        rewrite=_end_with_error_frame,
    ),
    FaultKind(
        "malformed_frame",
        "insert a non-JSON data frame after after_events events",
        _AFTER,
        rewrite=_insert_malformed_frame,
    ),
    FaultKind(
        "invalid_utf8",
        "insert a content frame holding non-UTF-8 bytes after after_events events",
        _AFTER,
        rewrite=_insert_invalid_utf8_frame,
    ),
    FaultKind(
        "slow",
        "wait delay_ms before every event",
        {"delay_ms": (float, DEFAULT_SLOW_DELAY_MS)},
        plan=_slow,
    ),
    FaultKind(
        "pause",
        "wait ms after the first after_events events (time-to-first-chunk tests)",
        {"after_events": (int, DEFAULT_PAUSE_AFTER_EVENTS), "ms": (float, DEFAULT_PAUSE_MS)},
        plan=_pause,
    ),
    FaultKind(
        "tiny_writes",
        "send the whole response in 1..max_bytes byte writes, delay_ms apart (splits UTF-8 "
        "characters and CRLFs across reads; gaps under 1 ms pause the server thread)",
        {
            "max_bytes": (int, DEFAULT_TINY_WRITE_BYTES),
            "delay_ms": (float, DEFAULT_TINY_WRITE_DELAY_MS),
        },
        plan=_tiny_writes,
    ),
    FaultKind(
        "crlf", "end SSE lines with CRLF", {}, rewrite=_line_endings(b"\r\n"), phase=LINE_ENDINGS
    ),
    FaultKind(
        "cr", "end SSE lines with a lone CR", {}, rewrite=_line_endings(b"\r"), phase=LONE_CR
    ),
    FaultKind(
        "keepalive_comments",
        "send a ': keep-alive' comment event before every `every`-th event",
        {"every": (int, DEFAULT_KEEPALIVE_EVERY)},
        rewrite=_add_keepalive_comments,
        phase=COMMENT,
    ),
    FaultKind(
        "event_lines",
        "prefix data events with 'event: <name>'",
        {"name": (str, DEFAULT_EVENT_NAME)},
        rewrite=_name_events,
        phase=NAME,
    ),
    FaultKind(
        "id_lines", "prefix data events with 'id: <n>'", {}, rewrite=_number_events, phase=NUMBER
    ),
    FaultKind("gzip", "Content-Encoding: gzip when the client accepts gzip", {}, switch=GZIP),
    FaultKind(
        "content_length",
        "frame the body with Content-Length instead of chunks",
        {},
        switch=CONTENT_LENGTH,
    ),
    FaultKind(
        "connection_close",
        "answer with Connection: close and close afterwards",
        {},
        switch=CONNECTION_CLOSE,
    ),
    FaultKind(
        "realistic",
        "stream as the gateway's re-encoding upstream paths do: nativeResponseId on every frame, "
        "no created/model, usage always, a final whole chat.completion frame, no [DONE]",
        {},
        switch=REALISTIC,
    ),
)

#: Every fault, by name.
FAULT_KINDS: Final[Mapping[str, FaultKind]] = {kind.name: kind for kind in _KINDS}
#: Other spellings accepted in ``X-Mock-Fault``.
FAULT_ALIASES: Final[Mapping[str, str]] = {"drop_between_events": "drop_mid_stream"}


def rewrite_events(events: Events, faults: Sequence[Fault]) -> Events:
    """Apply the faults' event rewrites, phase by phase; within a phase, in the given order.
    A rewrite without parameters applies once, however often its fault is given."""
    out = events
    for phase in range(LONE_CR + 1):
        seen: set[str] = set()
        for fault in faults:
            kind = fault.kind
            if kind.rewrite is None or kind.phase != phase:
                continue
            if not kind.params and kind.name in seen:
                continue
            seen.add(kind.name)
            out = kind.rewrite(out, fault)
    return out


def switches(faults: Sequence[Fault]) -> frozenset[str]:
    """What the faults switch on (`GZIP`, `CONTENT_LENGTH`, `CONNECTION_CLOSE`, `REALISTIC`)."""
    return frozenset(fault.kind.switch for fault in faults if fault.kind.switch is not None)
