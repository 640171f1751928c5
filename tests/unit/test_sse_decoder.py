"""The SSE decoder, specified behaviour by behaviour.

The rules are WHATWG's event stream interpretation:
https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation
plus our two deliberate deviations: ``flush()`` dispatches a last event whose blank line never
came, and invalid UTF-8 raises ``APIResponseValidationError`` instead of becoming U+FFFD.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TypeVar

import pytest
from httpx_sse._decoders import SSEDecoder as HttpxSseDecoder
from hypothesis import given, settings
from hypothesis import strategies as st

from aistats._exceptions import APIResponseValidationError
from aistats._sse import ServerSentEvent, SSEDecoder
from tests.fuzzing import FUZZ_EXAMPLES, fuzz_examples

BOM = b"\xef\xbb\xbf"


def decode(*chunks: bytes) -> list[ServerSentEvent]:
    """Every event of a whole body fed as ``chunks``, including what ``flush()`` dispatches."""
    decoder = SSEDecoder()
    events = [event for chunk in chunks for event in decoder.feed(chunk)]
    return events + decoder.flush()


def message(
    data: str, *, event: str = "message", id: str = "", retry: int | None = None
) -> ServerSentEvent:
    return ServerSentEvent(event=event, data=data, id=id, retry=retry)


# ---------------------------------------------------------------------------
# Fields
# ---------------------------------------------------------------------------


def test_data_field_becomes_a_message_event() -> None:
    assert decode(b"data: hello\n\n") == [message("hello")]


def test_event_field_sets_the_event_type() -> None:
    assert decode(b"event: ping\ndata: {}\n\n") == [message("{}", event="ping")]


def test_empty_event_field_means_message() -> None:
    assert decode(b"event:\ndata: x\n\n") == [message("x")]


def test_event_type_does_not_carry_over_to_the_next_event() -> None:
    assert decode(b"event: ping\ndata: 1\n\ndata: 2\n\n") == [
        message("1", event="ping"),
        message("2"),
    ]


def test_id_field_sets_the_event_id_and_last_event_id() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"id: 42\ndata: x\n\n") == [message("x", id="42")]
    assert decoder.last_event_id == "42"


def test_id_persists_across_following_events() -> None:
    assert decode(b"id: 1\ndata: a\n\ndata: b\n\n") == [message("a", id="1"), message("b", id="1")]


def test_empty_id_field_resets_the_last_event_id() -> None:
    assert decode(b"id: 1\ndata: a\n\nid\ndata: b\n\n") == [message("a", id="1"), message("b")]


def test_id_containing_nul_is_ignored() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"id: 1\n\nid: 2\x003\ndata: x\n\n") == [message("x", id="1")]
    assert decoder.last_event_id == "1"


def test_id_without_data_updates_last_event_id_but_dispatches_nothing() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"id: 9\n\n") == []
    assert decoder.last_event_id == "9"


def test_last_event_id_changes_only_when_the_event_is_dispatched() -> None:
    decoder = SSEDecoder()
    decoder.feed(b"id: 1\n\nid: 2\n")
    assert decoder.last_event_id == "1"
    decoder.feed(b"\n")
    assert decoder.last_event_id == "2"


def test_retry_with_ascii_digits_sets_the_reconnection_time() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"retry: 1500\ndata: x\n\n") == [message("x", retry=1500)]
    assert decoder.retry == 1500


def test_retry_belongs_only_to_its_own_event_but_persists_on_the_decoder() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"retry: 5\ndata: a\n\ndata: b\n\n") == [
        message("a", retry=5),
        message("b"),
    ]
    assert decoder.retry == 5


def test_retry_without_data_sets_the_reconnection_time_and_dispatches_nothing() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"retry: 250\n\n") == []
    assert decoder.retry == 250


def test_retry_with_leading_zeros_is_read_in_base_ten() -> None:
    assert decode(b"retry: 0010\ndata: x\n\n") == [message("x", retry=10)]


def test_retry_longer_than_int_digit_limit_is_ignored_not_raised() -> None:
    decoder = SSEDecoder()
    huge = b"9" * 10_000
    assert decoder.feed(b"retry: " + huge + b"\ndata: x\n\n") == [message("x")]
    assert decoder.retry is None


def test_retry_with_many_leading_zeros_is_still_a_number() -> None:
    assert decode(b"retry: " + b"0" * 10_000 + b"7\ndata: x\n\n") == [message("x", retry=7)]


@pytest.mark.parametrize(
    "value",
    [b"", b" 5", b"5 ", b"+5", b"-5", b"5ms", b"1.5", b"1_000", "١٢".encode(), "²".encode()],
    ids=repr,
)
def test_retry_that_is_not_only_ascii_digits_is_ignored(value: bytes) -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"retry: 7\n\nretry: " + value + b"\ndata: x\n\n") == [message("x")]
    assert decoder.retry == 7


def test_unknown_field_is_ignored() -> None:
    assert decode(b"foo: bar\ndata: x\nData: y\n\n") == [message("x")]


def test_field_names_are_case_sensitive() -> None:
    assert decode(b"DATA: x\n\n") == []


def test_field_without_colon_has_an_empty_value() -> None:
    assert decode(b"data\n\n") == [message("")]


def test_exactly_one_leading_space_is_removed_from_the_value() -> None:
    assert decode(b"data:  two spaces \n\n") == [message(" two spaces ")]


def test_value_without_a_leading_space_is_taken_whole() -> None:
    assert decode(b"data:x\n\n") == [message("x")]


def test_colons_after_the_first_belong_to_the_value() -> None:
    assert decode(b'data: {"a": "b:c"}\n\n') == [message('{"a": "b:c"}')]


NOT_LINE_BREAKS = "a\x00b\x0bc\x0cd\x1ce\x1df\x1eg\x85h\u2028i\u2029j"


def test_nul_and_unicode_line_separators_inside_a_single_data_line_are_kept() -> None:
    # Only CR and LF end lines; str.splitlines() would also split at these.
    assert decode(b"data: " + NOT_LINE_BREAKS.encode() + b"\n\n") == [message(NOT_LINE_BREAKS)]


def test_nul_and_unicode_line_separators_inside_a_multi_field_event_are_kept() -> None:
    body = f"event: {NOT_LINE_BREAKS}\ndata: {NOT_LINE_BREAKS}\ndata: x\n\n".encode()
    assert decode(body) == [message(f"{NOT_LINE_BREAKS}\nx", event=NOT_LINE_BREAKS)]


# ---------------------------------------------------------------------------
# Comments, blank lines and the data buffer
# ---------------------------------------------------------------------------


def test_comment_line_is_ignored() -> None:
    assert decode(b": keep-alive\ndata: x\n: another\n\n") == [message("x")]


def test_comment_only_block_dispatches_nothing() -> None:
    assert decode(b": ping\n\n:\n\n") == []


def test_multi_line_data_is_joined_with_lf() -> None:
    assert decode(b"data: a\ndata: b\ndata: c\n\n") == [message("a\nb\nc")]


def test_data_lines_interleaved_with_other_fields_are_joined() -> None:
    assert decode(b"data: a\nevent: e\n: note\ndata: b\n\n") == [message("a\nb", event="e")]


def test_event_with_empty_data_buffer_is_not_dispatched() -> None:
    assert decode(b"event: ping\n\n") == []


def test_event_type_of_an_undispatched_event_is_discarded() -> None:
    assert decode(b"event: ping\n\ndata: x\n\n") == [message("x")]


def test_data_field_with_empty_value_is_dispatched_with_empty_data() -> None:
    assert decode(b"data:\n\n") == [message("")]


def test_two_empty_data_lines_give_a_single_lf() -> None:
    assert decode(b"data\ndata\n\n") == [message("\n")]


def test_extra_blank_lines_between_events_dispatch_nothing() -> None:
    assert decode(b"\n\ndata: a\n\n\n\n\ndata: b\n\n\n") == [message("a"), message("b")]


def test_many_events_in_one_chunk_are_all_returned_by_that_feed() -> None:
    decoder = SSEDecoder()
    body = b"".join(b"data: %d\n\n" % n for n in range(100))
    assert decoder.feed(body) == [message(str(n)) for n in range(100)]


def test_event_is_returned_by_the_feed_that_completes_it() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\n") == []
    assert decoder.feed(b"\ndata: b") == [message("a")]
    assert decoder.feed(b"\n\n") == [message("b")]


def test_event_type_before_a_chunk_boundary_names_the_event_completed_after_it() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"event: e\n") == []
    assert decoder.feed(b"data: x\n\n") == [message("x", event="e")]


def test_retry_before_a_chunk_boundary_belongs_to_the_event_completed_after_it() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"retry: 5\n") == []
    assert decoder.feed(b"data: x\n\n") == [message("x", retry=5)]


def test_id_before_a_chunk_boundary_is_the_id_of_the_event_completed_after_it() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"id: 1\n") == []
    assert decoder.feed(b"data: x\n\n") == [message("x", id="1")]


def test_data_lines_before_a_chunk_boundary_are_joined_with_those_after_it() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\n") == []
    assert decoder.feed(b"data: b\n\n") == [message("a\nb")]


def test_event_type_before_a_chunk_boundary_names_the_first_of_many_events_after_it() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"event: e\n") == []
    assert decoder.feed(b"data: x\n\ndata: y\n\n") == [message("x", event="e"), message("y")]


@pytest.mark.parametrize(
    ("middle", "middle_events", "id_after"),
    [
        (b"event: e\ndata: b\n\n", [message("b", event="e")], ""),
        (b"data: b\nid: 1\n\n", [message("b", id="1")], "1"),
        (b"data: b\ndata: c\n\n", [message("b\nc")], ""),
        (b"data: b\n: comment\n\n", [message("b")], ""),
        (b": comment\n\n", [], ""),
        (b"\n", [], ""),
    ],
    ids=repr,
)
def test_chunk_of_several_events_with_other_lines_among_them(
    middle: bytes, middle_events: list[ServerSentEvent], id_after: str
) -> None:
    expected = [message("a"), *middle_events, message("z", id=id_after)]
    assert SSEDecoder().feed(b"data: a\n\n" + middle + b"data: z\n\n") == expected


def test_empty_feed_returns_nothing() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"") == []
    assert decoder.feed(b"data: x\n\n") == [message("x")]
    assert decoder.feed(b"") == []


# ---------------------------------------------------------------------------
# Line endings
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("ending", [b"\n", b"\r", b"\r\n"], ids=["LF", "CR", "CRLF"])
def test_each_line_ending_ends_a_line(ending: bytes) -> None:
    body = b"event: e" + ending + b"data: a" + ending + b"data: b" + ending + ending
    assert decode(body) == [message("a\nb", event="e")]


def test_mixed_line_endings_in_one_stream() -> None:
    assert decode(b"data: a\rdata: b\r\ndata: c\n\r\n") == [message("a\nb\nc")]


def test_cr_at_end_of_a_chunk_and_lf_at_start_of_the_next_are_one_line_ending() -> None:
    # Were the LF a second line ending, the empty line would dispatch "a" on its own.
    assert decode(b"data: a\r", b"\ndata: b\r\n\r\n") == [message("a\nb")]


def test_crlf_blank_line_split_across_feeds_dispatches_once() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\r\n\r") == [message("a")]
    assert decoder.feed(b"\n") == []
    assert decoder.feed(b"data: b\r\n\r\n") == [message("b")]


def test_cr_ending_a_chunk_dispatches_without_waiting_for_the_next_chunk() -> None:
    assert SSEDecoder().feed(b"data: a\r\r") == [message("a")]


def test_cr_then_cr_in_the_next_chunk_is_a_blank_line() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\r") == []
    assert decoder.feed(b"\r") == [message("a")]


def test_lf_after_a_cr_is_skipped_only_at_the_start_of_the_next_chunk() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\r") == []
    assert decoder.feed(b"data: b\r") == []
    assert decoder.feed(b"\n\n") == [message("a\nb")]


# ---------------------------------------------------------------------------
# Byte-order mark and UTF-8
# ---------------------------------------------------------------------------


def test_leading_bom_is_stripped() -> None:
    assert decode(BOM + b"data: x\n\n") == [message("x")]


@pytest.mark.parametrize("cut", [1, 2, 3])
def test_leading_bom_split_across_feeds_is_stripped(cut: int) -> None:
    body = BOM + b"data: x\n\n"
    assert decode(body[:cut], body[cut:]) == [message("x")]


def test_leading_bom_fed_one_byte_at_a_time_is_stripped() -> None:
    body = BOM + b"data: x\n\n"
    assert decode(*(body[i : i + 1] for i in range(len(body)))) == [message("x")]


def test_only_one_leading_bom_is_stripped() -> None:
    # The second BOM becomes part of the field name "\ufeffdata", an unknown field.
    assert decode(BOM + BOM + b"data: x\n\ndata: y\n\n") == [message("y")]


def test_bom_not_at_the_start_is_kept_as_data() -> None:
    assert decode(b"data: " + BOM + b"x\n\n") == [message("\ufeffx")]


def test_bom_at_the_start_of_a_later_line_is_not_stripped() -> None:
    assert decode(b"data: a\n\n" + BOM + b"data: b\n\n") == [message("a")]


def test_stream_that_only_starts_like_a_bom_is_not_stripped() -> None:
    assert decode("data: \u00ef\n\n".encode()) == [message("\u00ef")]


@pytest.mark.parametrize(
    ("character", "cut"),
    [(ch, cut) for ch in ("é", "€", "😀") for cut in range(1, len(ch.encode()))],
)
def test_utf8_character_split_across_feeds_is_decoded(character: str, cut: int) -> None:
    body = f"data: <{character}>\n\n".encode()
    split_at = len(b"data: <") + cut
    assert decode(body[:split_at], body[split_at:]) == [message(f"<{character}>")]


def test_utf8_character_split_in_an_unterminated_last_line_is_decoded_at_flush() -> None:
    assert decode(b"data: \xf0\x9f", b"\x98\x80") == [message("😀")]


def test_invalid_utf8_raises_api_response_validation_error() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: ok\n\n") == [message("ok")]
    with pytest.raises(APIResponseValidationError) as caught:
        decoder.feed(b"data: \xff\n\n")
    assert type(caught.value) is APIResponseValidationError
    assert caught.value.message == (
        "stream is not valid UTF-8 near byte 16: invalid start byte (ff)"
    )
    assert caught.value.received == b"data: \xff\n\n"


def test_events_before_invalid_utf8_in_the_same_chunk_come_first_then_the_error() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\n\ndata: b\r\n\r\ndata: \xff\n\n") == [
        message("a"),
        message("b"),
    ]
    with pytest.raises(APIResponseValidationError, match="near byte 26: invalid start byte"):
        decoder.flush()


def test_every_call_after_invalid_utf8_raises_the_same_error() -> None:
    decoder = SSEDecoder()
    decoder.feed(b"data: a\n\n\xff\n")
    with pytest.raises(APIResponseValidationError) as first:
        decoder.feed(b"data: fine\n\n")
    with pytest.raises(APIResponseValidationError) as again:
        decoder.flush()
    assert again.value is first.value


def test_invalid_utf8_offset_counts_every_byte_fed_before() -> None:
    decoder = SSEDecoder()
    decoder.feed(BOM + b"data: a\r")
    decoder.feed(b"\ndata: ")
    with pytest.raises(APIResponseValidationError, match="near byte 18: invalid continuation"):
        decoder.feed(b"\xc3(\n")


def test_invalid_utf8_offset_is_right_when_a_partial_line_follows_in_the_chunk() -> None:
    with pytest.raises(APIResponseValidationError, match="near byte 6: invalid start byte"):
        SSEDecoder().feed(b"data: \xff\ndata: partial line")


def test_invalid_utf8_excerpt_is_limited_to_the_bytes_around_it() -> None:
    with pytest.raises(APIResponseValidationError) as caught:
        SSEDecoder().feed(b"data: " + b"a" * 100 + b"\x80" + b"b" * 100 + b"\n")
    assert caught.value.received == b"a" * 32 + b"\x80" + b"b" * 32


def test_surrogate_encoded_in_utf8_is_invalid() -> None:
    with pytest.raises(APIResponseValidationError, match="near byte 6"):
        SSEDecoder().feed(b"data: \xed\xa0\x80\n\n")


def test_character_truncated_by_the_end_of_the_body_raises_at_flush() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\n\ndata: \xe2\x82") == [message("a")]
    with pytest.raises(APIResponseValidationError, match="near byte 15: unexpected end of data"):
        decoder.flush()


def test_body_that_is_only_half_a_bom_raises_at_flush() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"\xef\xbb") == []
    with pytest.raises(APIResponseValidationError, match="near byte 0"):
        decoder.flush()


# ---------------------------------------------------------------------------
# End of body (our deliberate deviation from WHATWG)
# ---------------------------------------------------------------------------


def test_flush_dispatches_a_last_event_without_its_blank_line() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\n\nid: 3\ndata: last\n") == [message("a")]
    assert decoder.flush() == [message("last", id="3")]
    assert decoder.last_event_id == "3"


def test_flush_completes_and_dispatches_an_unterminated_last_line() -> None:
    assert decode(b"data: a\ndata: b") == [message("a\nb")]


def test_flush_after_a_trailing_cr_dispatches_once() -> None:
    assert decode(b"data: a\r") == [message("a")]


def test_flush_with_nothing_pending_returns_nothing() -> None:
    decoder = SSEDecoder()
    assert decoder.flush() == []
    assert decoder.feed(b"data: a\n\n") == [message("a")]
    assert decoder.flush() == []


def test_flush_does_not_dispatch_a_last_event_without_data() -> None:
    assert decode(b"data: a\n\nevent: end\n: bye") == [message("a")]


# ---------------------------------------------------------------------------
# Chunking never changes the result
# ---------------------------------------------------------------------------

RICH_STREAM = (
    BOM
    + b": hello\r\n"
    + b"retry: 3000\nid: 1\nevent: add\ndata: first\rdata:second\r\n\r\n"
    + "data: caf\u00e9 \u20ac \U0001f600\n\n".encode()
    + b"id: a\x00b\nunknown: x\ndata\n\n"
    + b"event: ignored\n\n"
    + b"data: tail without blank line"
)
RICH_EVENTS = [
    message("first\nsecond", event="add", id="1", retry=3000),
    message("caf\u00e9 \u20ac \U0001f600", id="1"),
    message("", id="1"),
    message("tail without blank line", id="1"),
]


def test_rich_stream_fed_all_at_once() -> None:
    assert decode(RICH_STREAM) == RICH_EVENTS


def test_feeding_one_byte_at_a_time_equals_feeding_all_at_once() -> None:
    one_byte_chunks = [RICH_STREAM[i : i + 1] for i in range(len(RICH_STREAM))]
    assert decode(*one_byte_chunks) == decode(RICH_STREAM) == RICH_EVENTS


# ---------------------------------------------------------------------------
# Property-based tests
# ---------------------------------------------------------------------------

# 2,300 cases by default, about 15 s together. AISTATS_FUZZ_EXAMPLES=N runs N cases per
# property test instead, for a long run (`make fuzz`).
fuzz_settings = settings(deadline=None, max_examples=fuzz_examples(1_500))
binary_fuzz_settings = settings(deadline=None, max_examples=fuzz_examples(800))
TestFunction = TypeVar("TestFunction", bound=Callable[..., None])


def fuzz_timeout(test: TestFunction) -> TestFunction:
    """A long run must not be cut off by the suite's per-test timeout (0: none)."""
    return pytest.mark.timeout(0)(test) if FUZZ_EXAMPLES else test


EventTuple = tuple[str, str, str, int | None]
Cut = tuple[bytes, list[bytes]]


def reference_decode(body: bytes) -> tuple[list[EventTuple], str, int | None]:
    """An independent decoder: whole-body UTF-8 decode, an obviously correct line split,
    and httpx-sse's WHATWG field interpreter, patched where it departs from WHATWG.

    It reads the whole body at once, so any effect of chunking on ours shows as a difference.
    Returns the events, the final last event ID and the final reconnection time.
    """
    # WHATWG's UTF-8 decode drops one leading BOM; httpx-sse leaves that to its caller.
    text = body.decode("utf-8").removeprefix("\ufeff")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    unterminated_last_line = lines.pop()
    if unterminated_last_line:
        lines.append(unterminated_last_line)
    lines.append("")  # our flush(): the end of the body acts as one more blank line
    reference = HttpxSseDecoder()
    events: list[EventTuple] = []
    reconnection_time: int | None = None
    for line in lines:
        # httpx-sse also dispatches when the data buffer is empty but event, id or retry
        # was set; WHATWG (step 2 of "dispatch the event") dispatches nothing then.
        data_buffer_is_empty = not reference._data
        sse = reference.decode(line)
        # httpx-sse forgets retry at each dispatch; WHATWG's reconnection time persists.
        if reference._retry is not None:
            reconnection_time = reference._retry
        if sse is not None and not data_buffer_is_empty:
            events.append((sse.event, sse.data, sse.id, sse.retry))
    return events, reference._last_event_id, reconnection_time


# Field values: anything but CR and LF, weighted towards what breaks decoders: multi-byte
# and 4-byte characters, NUL (which voids an id), a BOM inside a line, colons, spaces, and
# the characters str.splitlines() wrongly treats as line breaks.
tricky_characters = st.sampled_from(
    [
        *("é", "€", "😀", "\U0010ffff"),
        *("\x00", "\ufeff", ":", " "),
        *("\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"),
    ]
)
any_character_but_cr_lf = st.characters(codec="utf-8", exclude_characters="\r\n")
field_values = st.text(st.one_of(tricky_characters, any_character_but_cr_lf), max_size=8)
# ": " is what servers send, and what the decoder's fast path looks for.
separators = st.sampled_from(["", ":", ": ", ": ", ": ", ":  "])
KNOWN_NAMES = {"data", "event", "id", "retry"}


@st.composite
def field_lines(draw: st.DrawFn, names: st.SearchStrategy[str]) -> str:
    name = draw(names)
    separator = draw(separators)
    return name + (separator + draw(field_values) if separator else "")


unknown_names = field_values.filter(lambda name: ":" not in name and name not in KNOWN_NAMES)


# httpx-sse reads retry with int(), which also takes " 5", "+5", "-5", "1_0" and non-ASCII
# digits; WHATWG ignores those. So retry values here are ASCII digits or junk that int()
# rejects too, and never follow ":  " (whose second space would stay in the value); the
# int()-only forms are pinned down by test_retry_that_is_not_only_ascii_digits_is_ignored.
retry_lines = st.builds(
    lambda separator, value: "retry" + separator + value,
    st.sampled_from([":", ": "]),
    st.one_of(
        st.integers(0, 10**6).map(str),
        st.integers(0, 99).map("00{}".format),
        st.sampled_from(["", "abc", "1.5", "12a", "0x10", "1e3", "😀"]),
    ),
) | st.just("retry")
comment_lines = st.builds(lambda text: ":" + text, field_values)
blank_lines = st.just("")
# An id holding NUL must be ignored; random values rarely hold one, so make some.
id_lines_with_nul = st.builds("id: {}\x00{}".format, field_values, field_values)
# Weighted so that most streams dispatch several events, often with multi-line data.
stream_lines = st.one_of(
    *[field_lines(st.just("data"))] * 4,
    field_lines(st.sampled_from(["event", "id"])),
    id_lines_with_nul,
    field_lines(unknown_names),
    retry_lines,
    comment_lines,
    *[blank_lines] * 3,
)
line_endings = st.sampled_from(["\n", "\r", "\r\n"])


@st.composite
def event_streams(draw: st.DrawFn) -> bytes:
    # Mostly blocks closed by a blank line, so that most streams dispatch several events,
    # then an optional unfinished block, possibly ending inside its last line.
    terminated_line = st.tuples(stream_lines, line_endings)
    block = st.lists(terminated_line, max_size=5)
    lines: list[tuple[str, str]] = [
        line
        for block_lines in draw(st.lists(block, max_size=6))
        for line in [*block_lines, ("", draw(line_endings))]
    ]
    lines += draw(block)
    text = "".join(line + ending for line, ending in lines)
    ends_inside_last_line: bool = draw(st.booleans())
    if lines and ends_inside_last_line:
        text = text.removesuffix(lines[-1][1])
    starts_with_bom: bool = draw(st.booleans())
    return (BOM if starts_with_bom else b"") + text.encode()


@st.composite
def cut_at_random_offsets(draw: st.DrawFn, bodies: st.SearchStrategy[bytes]) -> Cut:
    """A body and the chunks it arrives in."""
    body = draw(bodies)
    # Half of the cuts land just after a CR or LF: a chunk that ends exactly at a line end
    # leaves fields pending for the next chunk, which random offsets alone rarely produce.
    offsets = st.integers(0, len(body))
    line_ends = [index + 1 for index, byte in enumerate(body) if byte in b"\r\n"]
    if line_ends:
        offsets = offsets | st.sampled_from(line_ends)
    cuts = sorted(draw(st.lists(offsets, max_size=12)))
    edges = [0, *cuts, len(body)]
    return body, [body[start:end] for start, end in itertools.pairwise(edges)]


def decode_in_chunks(chunks: list[bytes]) -> tuple[list[EventTuple], str, int | None]:
    decoder = SSEDecoder()
    events = [event for chunk in chunks for event in decoder.feed(chunk)] + decoder.flush()
    tuples = [(event.event, event.data, event.id, event.retry) for event in events]
    return tuples, decoder.last_event_id, decoder.retry


@fuzz_timeout
@fuzz_settings
@given(cut_at_random_offsets(event_streams()))
def test_differential_against_httpx_sse_on_random_streams_cut_at_random_offsets(cut: Cut) -> None:
    body, chunks = cut
    assert decode_in_chunks(chunks) == reference_decode(body)


# Arbitrary bytes, with the pieces that matter to a decoder mixed in so that valid UTF-8,
# line endings and fields actually occur.
stream_pieces = st.sampled_from(
    [
        *(b"\n", b"\r", b"\r\n", b"data: ", b"id:", b"retry: 1", b"event", b":", BOM, b"\x00"),
        *(b"data: ok\n\n", b"data: \xc3\xa9\r\n\r\n"),
        *(b"\xc3", b"\xa9", b"\xf0\x9f\x98", b"\x80", b"\xff", b"\xed\xa0\x80"),
    ]
)
arbitrary_bodies = st.one_of(
    st.binary(max_size=200),
    st.lists(st.one_of(stream_pieces, st.binary(max_size=4)), max_size=40).map(b"".join),
)


def decode_into(delivered: list[ServerSentEvent], chunks: list[bytes]) -> None:
    """Feed every chunk, then flush, adding events to ``delivered`` as they come out."""
    decoder = SSEDecoder()
    for chunk in chunks:
        delivered += decoder.feed(chunk)
    delivered += decoder.flush()


def utf8_error_offset(body: bytes) -> int | None:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start
    return None


@fuzz_timeout
@binary_fuzz_settings
@given(cut_at_random_offsets(arbitrary_bodies))
def test_arbitrary_bytes_give_events_or_api_response_validation_error(cut: Cut) -> None:
    body, chunks = cut
    error_offset = utf8_error_offset(body)
    if error_offset is None:
        assert decode_in_chunks(chunks) == decode_in_chunks([body])
    else:
        # Raised exactly when the body is not UTF-8, pointing at the first bad byte, after
        # every event of the lines before it, however the body was cut; any other
        # exception escapes pytest.raises and fails the test.
        delivered: list[ServerSentEvent] = []
        with pytest.raises(APIResponseValidationError, match=f"near byte {error_offset}: "):
            decode_into(delivered, chunks)
        good_end = max(body.rfind(b"\n", 0, error_offset), body.rfind(b"\r", 0, error_offset))
        assert delivered == SSEDecoder().feed(body[: good_end + 1])
