"""What the mock decided to answer, before faults and HTTP framing are applied.

A :class:`Response` is either a whole ``body`` or a list of SSE ``events``; the wire layer turns it
into bytes (chunked, Content-Length, gzip) and the server decides how to deliver them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ._completion import dumps
from ._errors import DEFAULT_ERROR_STYLE, UNKNOWN_GENERATION_ID, ErrorStyle, error_body

JSON_TYPE = "application/json"
SSE_TYPE = "text/event-stream"
HTML_TYPE = "text/html; charset=utf-8"
TEXT_TYPE = "text/plain; charset=utf-8"

# An SSE event ends at a blank line, whichever line ending the source uses.
_EVENT_END = re.compile(rb"\r\n\r\n|\n\n|\r\r")


@dataclass
class Response:
    """Status, headers (without framing headers), and a ``body`` or SSE ``events``.

    >>> Response.json(200, {"ok": True}).body
    b'{"ok":true}'
    """

    status: int
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    events: list[bytes] | None = None

    @classmethod
    def json(
        cls, status: int, payload: Any, headers: list[tuple[str, str]] | None = None
    ) -> Response:
        """A JSON response."""
        return cls(status, [("Content-Type", JSON_TYPE), *(headers or [])], dumps(payload))

    @classmethod
    def error(
        cls,
        status: int,
        message: str | None = None,
        *,
        code: str | None = None,
        param: str | None = None,
        details: Sequence[Mapping[str, Any]] = (),
        extra: Mapping[str, Any] | None = None,
        generation_id: str = UNKNOWN_GENERATION_ID,
        style: ErrorStyle = DEFAULT_ERROR_STYLE,
        headers: list[tuple[str, str]] | None = None,
    ) -> Response:
        """A JSON error in the gateway's shape (or OpenAI's, with ``style="openai"``)."""
        body = error_body(
            status,
            message,
            code=code,
            param=param,
            details=details,
            extra=extra,
            generation_id=generation_id,
            style=style,
        )
        return cls.json(status, body, headers)

    @classmethod
    def sse(
        cls,
        events: list[bytes],
        *,
        status: int = 200,
        headers: list[tuple[str, str]] | None = None,
        content_type: str = SSE_TYPE,
    ) -> Response:
        """An event stream; each item of ``events`` becomes one HTTP chunk."""
        base = [("Content-Type", content_type), ("Cache-Control", "no-cache")]
        return cls(status, base + list(headers or []), events=events)


def split_sse(data: bytes) -> list[bytes]:
    """Split raw SSE bytes into events, each keeping its terminating blank line.

    >>> split_sse(b"data: a\\n\\ndata: b\\n\\n")
    [b'data: a\\n\\n', b'data: b\\n\\n']
    """
    events: list[bytes] = []
    start = 0
    for match in _EVENT_END.finditer(data):
        events.append(data[start : match.end()])
        start = match.end()
    if start < len(data):
        events.append(data[start:])
    return events
