"""Incremental decoder for server-sent events (``text/event-stream``): bytes in, events out.

The decoder does no I/O, so the sync and the async stream loops share it::

    decoder = SSEDecoder()
    for chunk in response.iter_bytes():
        for event in decoder.feed(chunk):
            ...
    for event in decoder.flush():  # the body ended
        ...

It implements the WHATWG HTML "event stream interpretation", step by step:
https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation
(and the stream grammar with its UTF-8 decoding and line endings just above it, at
https://html.spec.whatwg.org/multipage/server-sent-events.html#parsing-an-event-stream).

Two deliberate deviations, both marked where they happen:

* End of body: WHATWG discards an event whose blank line never came. ``flush()`` dispatches
  it instead, because gateways do end bodies right after the last ``data:`` line and that
  event (often the usage or the final chunk) must not be lost.
* Invalid UTF-8: WHATWG decodes it to U+FFFD. We raise ``APIResponseValidationError``
  instead (after the events of the lines before the bad bytes), since a corrupted JSON
  payload must not be passed on as if it were valid.

Speed: the work is done on whole chunks with C-level ``bytes``/``str`` methods (``find``,
``decode``, ``split``), never per byte. What gateways send, ``data: <json>`` lines each
followed by a blank line, skips the general line-by-line parser: a chunk holding exactly one
such event costs a few method calls, and a chunk of many costs one ``split`` for them all.
"""

from __future__ import annotations

from dataclasses import dataclass

from ._exceptions import APIResponseValidationError

__all__ = ["SSEDecoder", "ServerSentEvent"]

_UTF8_BOM = b"\xef\xbb\xbf"
_LF = 0x0A
_CR = 0x0D
# How many raw bytes either side of an invalid UTF-8 sequence go into ``received``.
_EXCERPT_CONTEXT = 32


@dataclass(slots=True)
class ServerSentEvent:
    """One dispatched event.

    ``event`` is "message" unless an ``event`` field named it. ``id`` is the stream's last
    event ID when the event was dispatched: per WHATWG it persists across events until an
    ``id`` field changes it. ``retry`` is the reconnection time (ms) set by a valid ``retry``
    field among this event's own lines, else None.

    >>> ServerSentEvent("message", '{"x": 1}')
    ServerSentEvent(event='message', data='{"x": 1}', id='', retry=None)
    """

    event: str
    data: str
    id: str = ""
    retry: int | None = None


class SSEDecoder:
    r"""Turns the bytes of one event stream, fed in chunks of any size, into events.

    ``last_event_id`` is WHATWG's "last event ID string" (what a reconnecting client sends
    as ``Last-Event-ID``), updated at each dispatch. ``retry`` is WHATWG's "reconnection
    time" in milliseconds, from the latest valid ``retry`` field, or None if none came.

    Bytes that are not UTF-8 raise ``APIResponseValidationError``. The events of the
    complete lines before them come first: when the same chunk held some, ``feed`` returns
    those and the next call (``feed`` or ``flush``) raises. Every call after that raises the
    same error again: the rest of the stream cannot be trusted.

    >>> decoder = SSEDecoder()
    >>> decoder.feed(b"id: 7\nevent: ping\ndata: {}\n\ndata: [DO")
    [ServerSentEvent(event='ping', data='{}', id='7', retry=None)]
    >>> decoder.feed(b"NE]")
    []
    >>> decoder.flush()
    [ServerSentEvent(event='message', data='[DONE]', id='7', retry=None)]
    """

    __slots__ = (
        "_at_stream_start",
        "_bytes_fed",
        "_data_lines",
        "_event_retry",
        "_event_type",
        "_invalid_utf8_error",
        "_last_event_id_buffer",
        "_skip_leading_lf",
        "_unterminated",
        "last_event_id",
        "retry",
    )

    def __init__(self) -> None:
        self.last_event_id: str = ""
        self.retry: int | None = None
        # Bytes after the last line ending seen: the start of a line still to be completed.
        # Kept as parts so that a long line arriving in many small chunks is joined once.
        self._unterminated: list[bytes] = []
        # The previous chunk ended with CR. It was taken as a line ending at once (so an
        # event ending in CR CR is not held back), so an LF starting this chunk is the
        # second half of that CRLF and must not count as another (empty) line.
        self._skip_leading_lf = False
        # Nothing but (a prefix of) a byte-order mark has arrived yet.
        self._at_stream_start = True
        # Stream offset of the end of everything fed, to locate invalid UTF-8.
        self._bytes_fed = 0
        # Set once bytes that are not UTF-8 arrived; raised by every later call.
        self._invalid_utf8_error: APIResponseValidationError | None = None
        # WHATWG's buffers for the event being built. The data buffer is kept as the list of
        # its lines: "empty data buffer" is then "no data field seen", and the spec's
        # "append value + LF, drop the final LF" is a single "\n".join at dispatch.
        self._data_lines: list[str] = []
        self._event_type = ""
        self._last_event_id_buffer = ""
        self._event_retry: int | None = None

    @property
    def error(self) -> APIResponseValidationError | None:
        """The error that the next ``feed``/``flush`` will raise: set when a chunk held good
        events and then invalid bytes (the events are returned first). Lets a caller raise at
        once instead of waiting for more bytes."""
        return self._invalid_utf8_error

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """Decode the next chunk of the body; return the events it completed, in order."""
        self._bytes_fed += len(chunk)
        if self._at_stream_start or self._skip_leading_lf or self._invalid_utf8_error:
            chunk = self._prepare_unusual_chunk(chunk)
        if _CR in chunk:
            return self._feed_with_cr(chunk)
        # Only complete lines are decoded: a line ending is ASCII, so it never falls inside
        # a multi-byte character and characters split across chunks need no special care.
        if chunk and chunk[-1] == _LF and not self._unterminated:
            complete = chunk  # the usual chunk: whole lines, nothing to join or keep
        else:
            last_lf = chunk.rfind(b"\n")
            if last_lf < 0:
                if chunk:
                    self._unterminated.append(chunk)
                return []
            complete = self._take_complete_lines(chunk, last_lf)
        try:
            text = complete.decode("utf-8")
        except UnicodeDecodeError as error:
            return self._events_before_invalid_utf8(complete, error)
        if (
            text[:6] == "data: "
            and text.find("\n") == len(text) - 2
            and not self._data_lines
            and not self._event_type
            and self._event_retry is None
        ):
            # Fast path for the usual chunk while a model streams: exactly one `data: <json>`
            # line and its blank line (its only LFs are the last two, as text ends with LF),
            # with nothing pending from earlier lines. Same result as _interpret(text).
            event_id = self.last_event_id = self._last_event_id_buffer
            return [ServerSentEvent("message", text[6:-2], event_id, None)]
        return self._interpret(text)

    def flush(self) -> list[ServerSentEvent]:
        """The body has ended: dispatch the event still being built, if it has data.

        Deliberate deviation from WHATWG, which discards an event that did not end with a
        blank line: we take the end of the body as that blank line, after completing an
        unterminated last line. So ``data: x`` with no line ending at all yields ``x``.
        """
        if self._invalid_utf8_error:
            raise self._invalid_utf8_error
        raw_line = b"".join(self._unterminated)
        self._unterminated = []
        self._skip_leading_lf = False
        self._at_stream_start = False
        events: list[ServerSentEvent] = []
        if raw_line:
            try:
                line = raw_line.decode("utf-8")
            except UnicodeDecodeError as error:
                self._invalid_utf8_error = self._invalid_utf8(raw_line, error)
                raise self._invalid_utf8_error from None
            self._interpret_lines([line], events)
        self._dispatch(events)
        return events

    def _prepare_unusual_chunk(self, chunk: bytes) -> bytes:
        """Raise the error of earlier bytes that were not UTF-8; else what is left of
        ``chunk`` once a leading BOM or the LF that completes a split CRLF is dropped."""
        if self._invalid_utf8_error:
            raise self._invalid_utf8_error
        if self._skip_leading_lf and chunk:
            self._skip_leading_lf = False
            if chunk[0] == _LF:
                return chunk[1:]
        if self._at_stream_start:
            # WHATWG's UTF-8 decode drops one leading BOM. It may arrive split across feeds,
            # so hold back anything that is still a proper prefix of it.
            head = b"".join(self._unterminated) + chunk
            self._unterminated = []
            if len(head) < len(_UTF8_BOM) and _UTF8_BOM.startswith(head):
                if head:
                    self._unterminated.append(head)
                return b""
            self._at_stream_start = False
            return head.removeprefix(_UTF8_BOM)
        return chunk

    def _feed_with_cr(self, chunk: bytes) -> list[ServerSentEvent]:
        """``feed`` for a chunk holding a CR, kept off the path of LF-only streams."""
        last_line_end = max(chunk.rfind(b"\n"), chunk.rfind(b"\r"))
        complete = self._take_complete_lines(chunk, last_line_end)
        # A CR that ends the chunk ended a line; if the next chunk starts with LF, that LF
        # completes the CRLF (see _skip_leading_lf).
        self._skip_leading_lf = chunk[-1] == _CR
        try:
            text = complete.decode("utf-8")
        except UnicodeDecodeError as error:
            return self._events_before_invalid_utf8(complete, error)
        return self._interpret(text.replace("\r\n", "\n").replace("\r", "\n"))

    def _take_complete_lines(self, chunk: bytes, last_line_end: int) -> bytes:
        """The bytes up to and including ``chunk[last_line_end]``, with any line start kept
        from earlier chunks; what follows is kept as the start of the next line."""
        complete = chunk[: last_line_end + 1]
        tail = chunk[last_line_end + 1 :]
        if self._unterminated:
            self._unterminated.append(complete)
            complete = b"".join(self._unterminated)
        self._unterminated = [tail] if tail else []
        return complete

    def _events_before_invalid_utf8(
        self, complete: bytes, error: UnicodeDecodeError
    ) -> list[ServerSentEvent]:
        """The events of the lines before the first byte that is not UTF-8, with the error
        kept for the next call; or, if there are none, the error at once."""
        self._invalid_utf8_error = self._invalid_utf8(complete, error)
        # The bytes before error.start are valid UTF-8, and a line ending is a whole
        # character, so the lines that end before it decode on their own.
        good_end = max(complete.rfind(b"\n", 0, error.start), complete.rfind(b"\r", 0, error.start))
        good_lines = complete[: good_end + 1].decode("utf-8")
        events = self._interpret(good_lines.replace("\r\n", "\n").replace("\r", "\n"))
        if not events:
            raise self._invalid_utf8_error from None
        return events

    def _invalid_utf8(self, raw: bytes, error: UnicodeDecodeError) -> APIResponseValidationError:
        """The error for ``raw``, which is followed in the stream by ``_unterminated`` only."""
        raw_starts_at = self._bytes_fed - sum(map(len, self._unterminated)) - len(raw)
        bad_bytes = raw[error.start : error.end]
        excerpt = raw[max(0, error.start - _EXCERPT_CONTEXT) : error.end + _EXCERPT_CONTEXT]
        return APIResponseValidationError(
            f"stream is not valid UTF-8 near byte {raw_starts_at + error.start}: "
            f"{error.reason} ({bad_bytes.hex(' ')})",
            received=excerpt,
        )

    def _interpret(self, text: str) -> list[ServerSentEvent]:
        """Interpret complete lines, each ending with LF (CR and CRLF already replaced)."""
        if (
            text[:6] == "data: "
            and not self._data_lines
            and not self._event_type
            and self._event_retry is None
        ):
            # Fast path for many `data: <json>` events in one chunk (each line followed by a
            # blank line, nothing pending from earlier lines), maybe followed by lines of an
            # unfinished event. One split yields every value; the LF count proves that no
            # other line hides in between.
            simple_end = text.rfind("\n\n") + 2
            simple = text if simple_end == len(text) else text[:simple_end]
            values = simple.split("\n\ndata: ")
            if simple_end > 1 and simple.count("\n") == 2 * len(values):
                values[0] = values[0][6:]  # split took "data: " off all values but the first
                values[-1] = values[-1][:-2]  # and the LF LF after all values but the last
                event_id = self.last_event_id = self._last_event_id_buffer
                events = [ServerSentEvent("message", value, event_id, None) for value in values]
                if simple_end < len(text):
                    self._interpret_blocks(text[simple_end:], events)
                return events
        events = []
        self._interpret_blocks(text, events)
        return events

    def _interpret_blocks(self, text: str, events: list[ServerSentEvent]) -> None:
        """The general path: any complete lines, each ending with LF."""
        # Splitting at blank lines gives the blocks that end with a dispatch; the last piece
        # holds the lines after the last blank line ("" or lines ending with LF). A block
        # "" stands for the empty line in "\n\n\n", so every block is exactly its lines
        # (block.split("\n")) followed by a dispatch.
        blocks = text.split("\n\n")
        after_last_blank_line = blocks.pop()
        for block in blocks:
            if (
                block[:6] == "data: "
                and "\n" not in block
                and not self._data_lines
                and not self._event_type
                and self._event_retry is None
            ):
                # A lone `data: ` line among other kinds of blocks (comments, say): the
                # same result as the general steps below.
                self.last_event_id = self._last_event_id_buffer
                events.append(
                    ServerSentEvent("message", block[6:], self._last_event_id_buffer, None)
                )
            else:
                self._interpret_lines(block.split("\n"), events)
                self._dispatch(events)
        if after_last_blank_line:
            self._interpret_lines(after_last_blank_line[:-1].split("\n"), events)

    def _interpret_lines(self, lines: list[str], events: list[ServerSentEvent]) -> None:
        """WHATWG's per-line steps: blank line, comment, field with or without a colon."""
        for line in lines:
            if not line:
                self._dispatch(events)
                continue
            if line[0] == ":":
                continue  # a comment
            # No colon: the whole line is the field name and the value is "".
            name, _, value = line.partition(":")
            if value[:1] == " ":
                value = value[1:]  # exactly one space, as WHATWG says
            if name == "data":
                self._data_lines.append(value)
            elif name == "event":
                self._event_type = value
            elif name == "id":
                if "\0" not in value:
                    self._last_event_id_buffer = value
            elif name == "retry":
                reconnection_time = _parse_retry(value)
                if reconnection_time is not None:
                    self.retry = self._event_retry = reconnection_time
            # Any other field name is ignored.

    def _dispatch(self, events: list[ServerSentEvent]) -> None:
        """WHATWG "dispatch the event", on a blank line (and, our deviation, at flush)."""
        # The last event ID is published even when no event follows.
        self.last_event_id = self._last_event_id_buffer
        if self._data_lines:
            events.append(
                ServerSentEvent(
                    self._event_type or "message",
                    "\n".join(self._data_lines),
                    self._last_event_id_buffer,
                    self._event_retry,
                )
            )
            self._data_lines = []
        self._event_type = ""
        self._event_retry = None


def _parse_retry(value: str) -> int | None:
    """The reconnection time of a ``retry`` field, or None when the field must be ignored."""
    # WHATWG: only ASCII digits. int() alone would also take " 1", "+1", "1_0" and "١".
    # An empty value has no digits to interpret, so it is ignored like any other non-number.
    if not (value.isascii() and value.isdigit()):
        return None
    try:
        return int(value.lstrip("0") or "0")
    except ValueError:
        # More significant digits than int() accepts (sys.get_int_max_str_digits()). Such a
        # delay is meaningless; ignoring it beats raising from inside the stream loop.
        return None
