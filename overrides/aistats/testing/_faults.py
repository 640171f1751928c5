"""Faults: named, parameterised ways for the mock to misbehave.

A :class:`Fault` is the same thing whether it comes from Python (``Fault.drop_mid_stream(3)``) or
from a request header (``X-Mock-Fault: drop_mid_stream;after_events=3``), so tests written in any
language can use them. Several faults combine: ``X-Mock-Fault: tiny_writes, crlf``.

``after_events`` counts SSE events as they go on the wire (the role frame is event 0, comment
keep-alives count too); for a JSON body the whole body is one event.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ._fault_kinds import (
    DEFAULT_AFTER_EVENTS,
    DEFAULT_ERROR_BODY,
    DEFAULT_ERROR_FRAME_STYLE,
    DEFAULT_ERROR_STATUS,
    DEFAULT_EVENT_NAME,
    DEFAULT_KEEPALIVE_EVERY,
    DEFAULT_PAUSE_AFTER_EVENTS,
    DEFAULT_PAUSE_MS,
    DEFAULT_RATE_LIMIT_RETRY_AFTER,
    DEFAULT_SLOW_DELAY_MS,
    DEFAULT_STALL_SECONDS,
    DEFAULT_STREAM_ERROR_MESSAGE,
    DEFAULT_TINY_WRITE_BYTES,
    DEFAULT_TINY_WRITE_DELAY_MS,
    ERROR_BODIES,
    ERROR_FRAME_STYLES,
    FAULT_ALIASES,
    FAULT_KINDS,
    FaultKind,
    ParamValue,
)

# Parameters whose values are one of a few words.
_CHOICES: dict[str, dict[str, tuple[str, ...]]] = {
    "http_error": {"body": ERROR_BODIES},
    "error_frame": {"style": ERROR_FRAME_STYLES},
}

#: Header that selects faults per request.
FAULT_HEADER = "X-Mock-Fault"

#: Every fault name with its kind: ``.params`` (``name: (type, default)``), ``.doc``, effects.
FAULT_SPECS = FAULT_KINDS

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


@dataclass(frozen=True)
class Fault:
    """One way to misbehave, with its parameters.

    Build them with the class methods (one per name in :data:`FAULT_SPECS`) or parse them from
    an ``X-Mock-Fault`` header value with :meth:`parse`.

    >>> Fault.drop_mid_stream(after_events=3).header_value
    'drop_mid_stream;after_events=3'
    """

    name: str
    params: tuple[tuple[str, ParamValue], ...] = ()

    HEADER: ClassVar[str] = FAULT_HEADER

    def __post_init__(self) -> None:
        spec = FAULT_SPECS.get(self.name)
        if spec is None:
            raise ValueError(f"unknown fault {self.name!r}; known: {', '.join(FAULT_SPECS)}")
        for key, _ in self.params:
            if key not in spec.params:
                known = ", ".join(spec.params) or "none"
                raise ValueError(f"fault {self.name!r} has no parameter {key!r}; known: {known}")
        # Parameters with a fixed set of values, however the fault was made (header, CLI, code).
        for key, allowed in _CHOICES.get(self.name, {}).items():
            value = self.get(key)
            if value not in allowed:
                raise ValueError(f"fault {self.name!r}: {key} must be one of {', '.join(allowed)}")

    @property
    def kind(self) -> FaultKind:
        """What this fault is and does (`_fault_kinds`)."""
        return FAULT_KINDS[self.name]

    # -- reading parameters -------------------------------------------------------------------

    def get(self, key: str) -> ParamValue:
        """The value of parameter ``key`` (its default when not given)."""
        for name, value in self.params:
            if name == key:
                return value
        return FAULT_SPECS[self.name].params[key][1]

    def get_int(self, key: str) -> int:
        """Parameter ``key`` as an int (0 when unset)."""
        value = self.get(key)
        return int(value) if isinstance(value, int | float) else 0

    def get_float(self, key: str) -> float:
        """Parameter ``key`` as a float (0.0 when unset)."""
        value = self.get(key)
        return float(value) if isinstance(value, int | float) else 0.0

    def get_optional_int(self, key: str) -> int | None:
        """Parameter ``key`` as an int, or ``None`` when unset."""
        value = self.get(key)
        return int(value) if isinstance(value, int | float) else None

    @property
    def header_value(self) -> str:
        """This fault as an ``X-Mock-Fault`` header value."""
        parts = [self.name]
        for key, value in self.params:
            if value is None:
                text = ""
            elif isinstance(value, bool):
                text = "1" if value else "0"
            elif isinstance(value, str) and any(c in value for c in ',;="\\ '):
                text = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
            else:
                text = str(value)
            parts.append(f"{key}={text}")
        return ";".join(parts)

    def __str__(self) -> str:
        return self.header_value

    # -- parsing ------------------------------------------------------------------------------

    @classmethod
    def parse(cls, header_value: str) -> tuple[Fault, ...]:
        """Parse an ``X-Mock-Fault`` value: ``name[;param=value]...`` items separated by commas.

        Values may be double-quoted (to hold commas or semicolons).

        >>> Fault.parse("tiny_writes;max_bytes=2, crlf")
        (Fault(name='tiny_writes', params=(('max_bytes', 2),)), Fault(name='crlf', params=()))
        """
        faults: list[Fault] = []
        for item in _split_quoted(header_value, ","):
            fields = _split_quoted(item, ";")
            if not fields or not fields[0]:
                continue
            name = FAULT_ALIASES.get(fields[0].lower(), fields[0].lower())
            spec = FAULT_SPECS.get(name)
            if spec is None:
                raise ValueError(f"unknown fault {fields[0]!r}; known: {', '.join(FAULT_SPECS)}")
            params: list[tuple[str, ParamValue]] = []
            for field_text in fields[1:]:
                key, sep, raw = field_text.partition("=")
                key = key.strip()
                if key not in spec.params:
                    known = ", ".join(spec.params) or "none"
                    raise ValueError(f"fault {name!r} has no parameter {key!r}; known: {known}")
                params.append((key, _coerce(name, key, spec.params[key][0], raw if sep else "1")))
            faults.append(cls(name, tuple(params)))
        return tuple(faults)

    # -- constructors -------------------------------------------------------------------------

    @classmethod
    def _make(cls, fault_name: str, /, **params: ParamValue) -> Fault:
        # Keep only parameters that differ from the default, so header_value stays short.
        defaults = FAULT_SPECS[fault_name].params
        given = tuple((k, v) for k, v in params.items() if v != defaults[k][1])
        return cls(fault_name, given)

    @classmethod
    def http_error(
        cls,
        status: int = DEFAULT_ERROR_STATUS,
        *,
        body: str = DEFAULT_ERROR_BODY,
        message: str | None = None,
        retry_after: int | None = None,
        retry_after_ms: int | None = None,
        retry_after_date: int | None = None,
    ) -> Fault:
        """Replace the response with an error; ``body`` is ``json``, ``html``, ``text``, ``empty``.

        >>> Fault.http_error(502, body="html").header_value
        'http_error;status=502;body=html'
        """
        return cls._make(
            "http_error",
            status=status,
            body=body,
            message=message,
            retry_after=retry_after,
            retry_after_ms=retry_after_ms,
            retry_after_date=retry_after_date,
        )

    @classmethod
    def rate_limited(
        cls,
        retry_after: int | None = DEFAULT_RATE_LIMIT_RETRY_AFTER,
        *,
        retry_after_ms: int | None = None,
        retry_after_date: int | None = None,
        reset_in: float | None = None,
    ) -> Fault:
        """429 with ``Retry-After`` seconds (and optionally ``retry-after-ms`` or an HTTP date);
        ``reset_in`` says in the body, as the gateway does, when the limit resets.

        >>> Fault.rate_limited(2).header_value
        'rate_limited;retry_after=2'
        >>> Fault.rate_limited(None, reset_in=0.5).header_value
        'rate_limited;retry_after=;reset_in=0.5'
        """
        return cls._make(
            "rate_limited",
            retry_after=retry_after,
            retry_after_ms=retry_after_ms,
            retry_after_date=retry_after_date,
            reset_in=reset_in,
        )

    @classmethod
    def unavailable(
        cls,
        retry_after: int | None = None,
        *,
        retry_after_ms: int | None = None,
        retry_after_date: int | None = None,
    ) -> Fault:
        """503, optionally with ``Retry-After``.

        >>> Fault.unavailable(retry_after_date=5).header_value
        'unavailable;retry_after_date=5'
        """
        return cls._make(
            "unavailable",
            retry_after=retry_after,
            retry_after_ms=retry_after_ms,
            retry_after_date=retry_after_date,
        )

    @classmethod
    def drop_before_headers(cls, *, reset: bool = False) -> Fault:
        """Close the connection after reading the request; ``reset`` sends a TCP RST.

        >>> Fault.drop_before_headers().name
        'drop_before_headers'
        """
        return cls._make("drop_before_headers", reset=reset)

    @classmethod
    def drop_after_headers(cls, *, reset: bool = False) -> Fault:
        """Send the response head, then close.

        >>> Fault.drop_after_headers(reset=True).header_value
        'drop_after_headers;reset=1'
        """
        return cls._make("drop_after_headers", reset=reset)

    @classmethod
    def drop_mid_stream(
        cls, after_events: int = DEFAULT_AFTER_EVENTS, *, reset: bool = False
    ) -> Fault:
        """Send ``after_events`` whole events, then close between events.

        >>> Fault.drop_mid_stream(after_events=3).get("after_events")
        3
        """
        return cls._make("drop_mid_stream", after_events=after_events, reset=reset)

    @classmethod
    def drop_mid_event(
        cls, after_events: int = DEFAULT_AFTER_EVENTS, *, reset: bool = False
    ) -> Fault:
        """Send ``after_events`` events and half of the next HTTP chunk, then close.

        >>> Fault.drop_mid_event(1).header_value
        'drop_mid_event;after_events=1'
        """
        return cls._make("drop_mid_event", after_events=after_events, reset=reset)

    @classmethod
    def stall_before_headers(cls, seconds: float = DEFAULT_STALL_SECONDS) -> Fault:
        """Send nothing until the client gives up, the server stops, or ``seconds`` pass.

        >>> Fault.stall_before_headers().name
        'stall_before_headers'
        """
        return cls._make("stall_before_headers", seconds=seconds)

    @classmethod
    def stall_mid_stream(
        cls, after_events: int = DEFAULT_AFTER_EVENTS, *, seconds: float = DEFAULT_STALL_SECONDS
    ) -> Fault:
        """Send ``after_events`` events, then stall like :meth:`stall_before_headers`.

        >>> Fault.stall_mid_stream(1).header_value
        'stall_mid_stream;after_events=1'
        """
        return cls._make("stall_mid_stream", after_events=after_events, seconds=seconds)

    @classmethod
    def error_frame(
        cls,
        after_events: int = DEFAULT_AFTER_EVENTS,
        *,
        style: str = DEFAULT_ERROR_FRAME_STYLE,
        message: str = DEFAULT_STREAM_ERROR_MESSAGE,
    ) -> Fault:
        """End the stream with an error frame: ``style="error"`` or ``style="object"``.

        >>> Fault.error_frame(style="object").header_value
        'error_frame;style=object'
        """
        return cls._make("error_frame", after_events=after_events, style=style, message=message)

    @classmethod
    def malformed_frame(cls, after_events: int = DEFAULT_AFTER_EVENTS) -> Fault:
        """Insert a ``data:`` frame that is not JSON.

        >>> Fault.malformed_frame().name
        'malformed_frame'
        """
        return cls._make("malformed_frame", after_events=after_events)

    @classmethod
    def invalid_utf8(cls, after_events: int = DEFAULT_AFTER_EVENTS) -> Fault:
        """Insert a content frame containing bytes that are not UTF-8.

        >>> Fault.invalid_utf8(0).header_value
        'invalid_utf8;after_events=0'
        """
        return cls._make("invalid_utf8", after_events=after_events)

    @classmethod
    def slow(cls, delay_ms: float = DEFAULT_SLOW_DELAY_MS) -> Fault:
        """Wait ``delay_ms`` before every event.

        >>> Fault.slow(10).header_value
        'slow;delay_ms=10'
        """
        return cls._make("slow", delay_ms=delay_ms)

    @classmethod
    def pause(
        cls, after_events: int = DEFAULT_PAUSE_AFTER_EVENTS, *, ms: float = DEFAULT_PAUSE_MS
    ) -> Fault:
        """Wait ``ms`` once, after the first ``after_events`` events.

        >>> Fault.pause(ms=200).header_value
        'pause;ms=200'
        """
        return cls._make("pause", after_events=after_events, ms=ms)

    @classmethod
    def tiny_writes(
        cls,
        max_bytes: int = DEFAULT_TINY_WRITE_BYTES,
        *,
        delay_ms: float = DEFAULT_TINY_WRITE_DELAY_MS,
    ) -> Fault:
        """Send the response 1..``max_bytes`` bytes at a time, ``delay_ms`` apart.

        >>> Fault.tiny_writes(delay_ms=0).header_value
        'tiny_writes;delay_ms=0'
        """
        if max_bytes < 1:
            raise ValueError("max_bytes must be at least 1")
        return cls._make("tiny_writes", max_bytes=max_bytes, delay_ms=delay_ms)

    @classmethod
    def crlf(cls) -> Fault:
        """End SSE lines with ``\\r\\n``.

        >>> str(Fault.crlf())
        'crlf'
        """
        return cls("crlf")

    @classmethod
    def cr(cls) -> Fault:
        """End SSE lines with a lone ``\\r``.

        >>> str(Fault.cr())
        'cr'
        """
        return cls("cr")

    @classmethod
    def keepalive_comments(cls, every: int = DEFAULT_KEEPALIVE_EVERY) -> Fault:
        """Send ``: keep-alive`` before every ``every``-th event (starting with the first).

        >>> Fault.keepalive_comments(2).header_value
        'keepalive_comments;every=2'
        """
        if every < 1:
            raise ValueError("every must be at least 1")
        return cls._make("keepalive_comments", every=every)

    @classmethod
    def event_lines(cls, name: str = DEFAULT_EVENT_NAME) -> Fault:
        """Prefix each data event with ``event: <name>``.

        >>> Fault.event_lines("chunk").header_value
        'event_lines;name=chunk'
        """
        return cls._make("event_lines", name=name)

    @classmethod
    def id_lines(cls) -> Fault:
        """Prefix each data event with ``id: <n>``.

        >>> str(Fault.id_lines())
        'id_lines'
        """
        return cls("id_lines")

    @classmethod
    def gzip(cls) -> Fault:
        """Compress the body (``Content-Encoding: gzip``) if the client accepts gzip.

        >>> str(Fault.gzip())
        'gzip'
        """
        return cls("gzip")

    @classmethod
    def content_length(cls) -> Fault:
        """Frame a stream with ``Content-Length`` instead of chunked encoding.

        >>> str(Fault.content_length())
        'content_length'
        """
        return cls("content_length")

    @classmethod
    def realistic(cls) -> Fault:
        """Stream the way the gateway's upstream paths do (see ``FAULT_SPECS``); no effect on a
        JSON reply.

        >>> str(Fault.realistic())
        'realistic'
        """
        return cls("realistic")

    @classmethod
    def connection_close(cls) -> Fault:
        """Answer with ``Connection: close`` and close the connection afterwards.

        >>> str(Fault.connection_close())
        'connection_close'
        """
        return cls("connection_close")


def describe_faults() -> str:
    """A plain-text table of every fault name and its parameters (for ``--help`` texts).

    >>> "drop_mid_stream" in describe_faults()
    True
    """
    lines = []
    for name, spec in FAULT_SPECS.items():
        params = ";".join(
            f"{key}={'' if default is None else default}"
            for key, (_, default) in spec.params.items()
        )
        lines.append(f"{name}{';' + params if params else ''}\n    {spec.doc}")
    return "\n".join(lines)


def _split_quoted(text: str, separator: str) -> list[str]:
    """Split on ``separator`` outside double quotes; strip items; keep quotes for _coerce."""
    items: list[str] = []
    current: list[str] = []
    quoted = escaped = False
    for char in text:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\" and quoted:
            current.append(char)
            escaped = True
        elif char == '"':
            quoted = not quoted
            current.append(char)
        elif char == separator and not quoted:
            items.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    items.append("".join(current).strip())
    return [item for item in items if item]


def _coerce(name: str, key: str, kind: type, raw: str) -> ParamValue:
    text = raw.strip()
    if not text:
        # "retry_after=" clears an optional parameter (header_value writes None that way).
        return None
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = text[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    try:
        if kind is bool:
            lowered = text.lower()
            if lowered not in _TRUE | _FALSE:
                raise ValueError(text)
            return lowered in _TRUE
        if kind is int:
            return int(text)
        if kind is float:
            return float(text)
    except ValueError as exc:
        raise ValueError(f"fault {name!r}: {key}={raw!r} is not a valid {kind.__name__}") from exc
    return text
