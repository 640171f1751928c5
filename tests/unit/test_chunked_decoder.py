"""`ChunkedDecoder`: HTTP/1.1 chunked transfer coding, bytes in, data out.

Checked by example and against h11 (the parser httpcore itself uses, here an independent
reference): any body, cut at any offsets, gives the same data, and a body h11 refuses is
refused here too.
"""

from __future__ import annotations

import h11
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aistats._chunked import ChunkedDecoder, ChunkedFramingError
from tests.fuzzing import FUZZ_EXAMPLES, fuzz_examples

fuzz_settings = settings(deadline=None, max_examples=fuzz_examples(600))
# A long run (`make fuzz`) must not be cut off by the suite's per-test timeout (0: none).
fuzz_timeout = pytest.mark.timeout(0 if FUZZ_EXAMPLES else 120)

RESPONSE_HEAD = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"


def decode(*reads: bytes) -> tuple[bytes, bytes | None]:
    """The data of a body fed as `reads`, and what was left for h11 from the last chunk on."""
    decoder = ChunkedDecoder()
    data = b""
    for number, read in enumerate(reads):
        data += decoder.feed(read)
        if decoder.last_chunk is not None:
            # As in use: h11 gets the last chunk and then every later read.
            return data, decoder.last_chunk + b"".join(reads[number + 1 :])
    if decoder.error is not None:
        raise decoder.error
    return data, None


def h11_decode(body: bytes) -> bytes:
    """The reference: h11 reading `body` after a chunked response head."""
    connection = h11.Connection(h11.CLIENT)
    connection.send(h11.Request(method="GET", target="/", headers=[("Host", "x")]))
    connection.send(h11.EndOfMessage())
    connection.receive_data(RESPONSE_HEAD + body)
    data = b""
    while True:
        event = connection.next_event()
        if isinstance(event, h11.Data):
            data += event.data
        elif isinstance(event, h11.EndOfMessage):
            return data
        elif event is h11.NEED_DATA:
            raise h11.RemoteProtocolError("incomplete body")


def chunked(*chunks: bytes) -> bytes:
    return b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for chunk in chunks) + b"0\r\n\r\n"


# -- By example ---------------------------------------------------------------------------


def test_a_gateway_stream_of_one_event_per_chunk_gives_every_event_in_one_piece() -> None:
    events = [b'data: {"n": %d}\n\n' % n for n in range(50)]
    assert decode(chunked(*events)) == (b"".join(events), b"0\r\n\r\n")


def test_a_read_that_holds_only_whole_chunks_is_returned_as_one_bytes_object() -> None:
    decoder = ChunkedDecoder()
    assert decoder.feed(b"3\r\nabc\r\n") == b"abc"
    assert decoder.feed(b"2\r\nde\r\n1\r\nf\r\n") == b"def"
    assert decoder.last_chunk is None


def test_a_chunk_cut_by_a_read_gives_its_first_part_at_once() -> None:
    decoder = ChunkedDecoder()
    assert decoder.feed(b"a\r\n01234") == b"01234"
    assert decoder.feed(b"56789\r\n") == b"56789"
    assert decoder.feed(b"0\r\n\r\n") == b""
    assert decoder.last_chunk == b"0\r\n\r\n"


def test_uppercase_hex_extensions_and_trailing_whitespace_are_accepted() -> None:
    body = b"A\r\n0123456789\r\n3;name=value;x\r\nabc\r\n2 \t\r\nde\r\n0;last\r\n\r\n"
    assert decode(body) == (b"0123456789abcde", b"0;last\r\n\r\n")
    assert h11_decode(body) == b"0123456789abcde"


def test_the_last_chunk_keeps_its_trailers_and_what_follows_for_h11() -> None:
    body = b"2\r\nhi\r\n0\r\nX-Trailer: 1\r\n\r\nHTTP/1.1 200 OK\r\n"
    assert decode(body) == (b"hi", b"0\r\nX-Trailer: 1\r\n\r\nHTTP/1.1 200 OK\r\n")


def test_a_body_cut_at_every_offset_decodes_the_same() -> None:
    body = chunked(b"hello", b"x" * 300, "é€😀".encode()) + b"rest"
    whole = decode(body)
    assert whole == (b"hello" + b"x" * 300 + "é€😀".encode(), b"0\r\n\r\nrest")
    for cut in range(len(body) + 1):
        assert decode(body[:cut], body[cut:]) == whole, cut
    assert decode(*[body[i : i + 1] for i in range(len(body))]) == whole


@pytest.mark.parametrize(
    "body",
    [
        b"zz\r\nab\r\n0\r\n\r\n",  # not hex
        b"0x2\r\nab\r\n0\r\n\r\n",  # a prefix int() would take
        b"2_0\r\nab\r\n0\r\n\r\n",  # an underscore int() would take
        b" 2\r\nab\r\n0\r\n\r\n",  # leading whitespace
        b"\r\nab\r\n0\r\n\r\n",  # no size at all
        b"1" + b"0" * 20 + b"\r\n",  # 21 digits
        b"2\r\nabXY0\r\n\r\n",  # data not followed by CRLF
        b"2\r\nab\n0\r\n\r\n",  # bare LF after the data
    ],
)
def test_broken_framing_is_refused_as_h11_refuses_it(body: bytes) -> None:
    with pytest.raises(ChunkedFramingError):
        decode(body)
    with pytest.raises(h11.RemoteProtocolError):
        h11_decode(body)


def test_a_size_line_that_never_ends_is_refused_once_too_long() -> None:
    decoder = ChunkedDecoder()
    assert decoder.feed(b"1;" + b"x" * 1000) == b""
    with pytest.raises(ChunkedFramingError, match="too long"):
        decoder.feed(b"x" * (200 * 1024))


# -- Against h11 --------------------------------------------------------------------------

extension = st.sampled_from([b"", b";a", b";name=value", b';q="x y"', b" ", b"\t "])
data_chunks = st.lists(st.binary(min_size=1, max_size=300), max_size=12)


@st.composite
def bodies(draw: st.DrawFn) -> bytes:
    parts = []
    for chunk in draw(data_chunks):
        size = b"%x" % len(chunk)
        if draw(st.booleans()):
            size = size.upper()
        if draw(st.booleans()):
            size = b"0" * draw(st.integers(0, 3)) + size
        parts.append(size + draw(extension) + b"\r\n" + chunk + b"\r\n")
    trailers = draw(st.sampled_from([b"", b"X-A: 1\r\n", b"X-A: 1\r\nX-B: two\r\n"]))
    return b"".join(parts) + b"0" + draw(extension) + b"\r\n" + trailers + b"\r\n"


def cut(body: bytes, offsets: list[int]) -> list[bytes]:
    points = sorted({offset % (len(body) + 1) for offset in offsets})
    return [body[start:end] for start, end in zip([0, *points], [*points, len(body)], strict=True)]


@fuzz_timeout
@fuzz_settings
@given(body=bodies(), offsets=st.lists(st.integers(min_value=0), max_size=8))
def test_differential_any_body_cut_anywhere_gives_what_h11_gives(
    body: bytes, offsets: list[int]
) -> None:
    data, last_chunk = decode(*cut(body, offsets))
    assert data == h11_decode(body)
    assert last_chunk is not None
    assert body.endswith(last_chunk)
    assert last_chunk[:1] == b"0"


@fuzz_timeout
@fuzz_settings
@given(
    body=bodies(),
    position=st.integers(min_value=0),
    junk=st.binary(min_size=1, max_size=3),
    offsets=st.lists(st.integers(min_value=0), max_size=4),
)
def test_differential_a_damaged_body_is_refused_when_h11_refuses_it(
    body: bytes, position: int, junk: bytes, offsets: list[int]
) -> None:
    position %= len(body)
    damaged = body[:position] + junk + body[position + 1 :]
    try:
        expected: bytes | None = h11_decode(damaged)
    except h11.RemoteProtocolError:
        expected = None
    try:
        data, last_chunk = decode(*cut(damaged, offsets))
    except ChunkedFramingError:
        assert expected is None
        return
    if last_chunk is None:
        assert expected is None  # the damage hid the end: both still wait for more
        return
    # In use, h11 reads from the last chunk on: together the two must do what h11 does alone.
    try:
        rest: bytes | None = h11_decode(last_chunk)
    except h11.RemoteProtocolError:
        rest = None
    if expected is None:
        assert rest is None
    else:
        assert (data, rest) == (expected, b"")


def test_data_before_broken_framing_in_the_same_read_comes_first_then_the_error() -> None:
    decoder = ChunkedDecoder()
    assert decoder.feed(b"2\r\nab\r\n3\r\ncde\r\nzz\r\n") == b"abcde"
    assert isinstance(decoder.error, ChunkedFramingError)
    with pytest.raises(ChunkedFramingError, match="illegal chunk header"):
        decoder.feed(b"more")
    with pytest.raises(ChunkedFramingError):  # and every time after
        decoder.feed(b"")


def test_a_wrong_byte_after_chunk_data_is_refused_at_once_not_at_the_next_read() -> None:
    decoder = ChunkedDecoder()
    assert decoder.feed(b"1\r\na") == b"a"
    with pytest.raises(ChunkedFramingError, match="footer"):
        decoder.feed(b"\n")  # h11 refuses this byte at once; waiting for a second could hang


def test_the_data_of_a_chunk_with_a_wrong_footer_comes_before_the_error() -> None:
    decoder = ChunkedDecoder()
    assert decoder.feed(b"2\r\nab\r\n2\r\ncdXY") == b"abcd"  # as h11 delivers it
    with pytest.raises(ChunkedFramingError, match="footer"):
        decoder.feed(b"")
