"""JSON parsed as it arrives: the partial value of a document whose text comes in pieces.

Why not parse the text so far at each piece, as jiter's partial mode (and the OpenAI SDK with
it) does: over a reply of n pieces that costs time in proportion to n², and a long structured
reply streams thousands of pieces. Here each piece is scanned once and only once: a stack of the
open containers (the live dicts and lists of the value) and the state of the scanner carry over
from piece to piece, so a piece costs time in proportion to its own length. Finished scalars
and the decoded part of a string still arriving are decoded by orjson; what this module adds is
only the structure around them.

The partial value is what jiter's ``partial_mode="trailing-strings"`` gives for the same text
(tests/unit/test_partial_json.py checks it against jiter on every cut of random documents): a
string still arriving is there with the text so far, a number only while what has come is a
valid number, `true`/`false`/`null` once whole, a key only once its value has begun.
"""

from __future__ import annotations

import re
from typing import Any, Final, NoReturn

import orjson

__all__ = ["NOT_YET", "PartialJSONError", "PartialJSONParser", "parse_partial"]


class _NotYet:
    def __repr__(self) -> str:
        return "NOT_YET"


#: The value before anything of it has arrived.
NOT_YET: Final = _NotYet()


class PartialJSONError(ValueError):
    """The text cannot be (the start of) a JSON document; `offset` is where it went wrong."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(f"{message} at offset {offset}")
        self.offset = offset


# Scanner states between characters.
_VALUE, _VALUE_OR_CLOSE, _KEY, _KEY_OR_CLOSE, _COLON, _COMMA_OR_CLOSE, _STRING, _SCALAR, _DONE = (
    range(9)
)
_WHITESPACE: Final = re.compile(r"[ \t\n\r]*")
_STRING_RUN: Final = re.compile(r'[^"\\]*')
_SCALAR_RUN: Final = re.compile(r"[-+.0-9a-zA-Z]*")
_LITERALS: Final = {"true": True, "false": False, "null": None}
_HIGH_SURROGATE: Final = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}")


class PartialJSONParser:
    """Feed it the text piece by piece; `value` is the partial value so far.

    >>> parser = PartialJSONParser()
    >>> for piece in ['{"title": "Pan', 'cakes", "steps": [1', '2, 3', "]}"]:
    ...     _ = parser.feed(piece)
    ...     print(parser.value)
    {'title': 'Pan'}
    {'title': 'Pancakes', 'steps': [1]}
    {'title': 'Pancakes', 'steps': [12, 3]}
    {'title': 'Pancakes', 'steps': [12, 3]}

    `value` is one live object, updated in place as more arrives (copy it to keep a snapshot).
    """

    def __init__(self) -> None:
        self._root: Any = NOT_YET
        # Open containers, innermost last; for a dict, the key whose value comes next.
        self._containers: list[Any] = []
        self._keys: list[str | None] = []
        self._state = _VALUE
        self._offset = 0  # of the piece being scanned, in the whole text
        self._error: PartialJSONError | None = None
        self._changed = False
        # The token being read: a string (raw text not decoded yet, decoded text so far) or a
        # number or literal (its characters).
        self._string_is_key = False
        self._raw = ""
        self._decoded = ""
        self._after_backslash = False
        self._scalar = ""
        self._token_start = 0  # where the string, number or literal being read began
        # Whether the token being read holds a place in its container already.
        self._placed = False
        #: Characters examined so far (each once): the work done, for the tests.
        self.scanned = 0

    @property
    def value(self) -> Any:
        """The partial value; `NOT_YET` until some of it has arrived."""
        return self._root

    @property
    def complete(self) -> bool:
        """Whether the whole value has arrived."""
        return self._state == _DONE

    def feed(self, text: str) -> bool:
        """Scan the next piece; whether `value` changed. `PartialJSONError` when the text
        cannot be JSON (and for every piece after that)."""
        if self._error is not None:
            raise self._error
        self._changed = False
        try:
            self._scan(text)
            if self._state == _STRING and not self._string_is_key:
                before = self._decoded
                self._decode_held(final=False)
                if self._decoded != before or not self._placed:
                    self._place(self._decoded)
        except PartialJSONError as exc:
            self._error = exc
            raise
        finally:
            self._offset += len(text)
            self.scanned += len(text)
        return self._changed

    # -- the scanner ---------------------------------------------------------------------------

    def _scan(self, text: str) -> None:
        i, end = 0, len(text)
        while i < end:
            state = self._state
            if state == _STRING:
                i = self._string(text, i)
                continue
            if state == _SCALAR:
                run = _SCALAR_RUN.match(text, i).end()  # type: ignore[union-attr]
                self._scalar += text[i:run]
                i = run
                if i < end:
                    self._end_scalar()
                continue
            i = _WHITESPACE.match(text, i).end()  # type: ignore[union-attr]
            if i == end:
                return
            char = text[i]
            if state == _COMMA_OR_CLOSE:
                if char == ",":
                    self._state = _KEY if isinstance(self._containers[-1], dict) else _VALUE
                else:
                    self._close(char, i)
            elif state == _COLON:
                if char != ":":
                    self._fail(f"expected ':' after a key, got {char!r}", i)
                self._state = _VALUE
            elif state in (_KEY, _KEY_OR_CLOSE):
                if char == '"':
                    self._start_string(key=True, at=i)
                elif char == "}" and state == _KEY_OR_CLOSE:
                    self._close(char, i)
                else:
                    self._fail(f"expected a key in double quotes, got {char!r}", i)
            elif state == _DONE:
                self._fail(f"unexpected {char!r} after the end of the value", i)
            elif char == "]" and state == _VALUE_OR_CLOSE:
                self._close(char, i)
            else:
                self._start_value(char, i)
            i += 1
        if self._state == _SCALAR:
            self._scalar_so_far()

    def _start_value(self, char: str, at: int) -> None:
        if char == "{" or char == "[":
            container: Any = {} if char == "{" else []
            self._place(container)
            self._placed = False
            self._containers.append(container)
            self._keys.append(None)
            self._state = _KEY_OR_CLOSE if char == "{" else _VALUE_OR_CLOSE
        elif char == '"':
            self._start_string(key=False, at=at)
        elif char in "-0123456789tfn":
            self._scalar = char
            self._token_start = self._offset + at
            self._state = _SCALAR
        else:
            self._fail(f"expected a value, got {char!r}", at)

    def _close(self, char: str, at: int) -> None:
        expected = "}" if isinstance(self._containers[-1], dict) else "]"
        if char != expected:
            self._fail(f"expected ',' or {expected!r}, got {char!r}", at)
        self._containers.pop()
        self._keys.pop()
        self._value_done()

    def _value_done(self) -> None:
        self._placed = False
        self._state = _COMMA_OR_CLOSE if self._containers else _DONE

    # -- strings -------------------------------------------------------------------------------

    def _start_string(self, *, key: bool, at: int) -> None:
        self._string_is_key = key
        self._token_start = self._offset + at
        self._raw = ""
        self._decoded = ""
        self._after_backslash = False
        self._state = _STRING

    def _string(self, text: str, i: int) -> int:
        """Read string characters from `i`; the index after what was read."""
        if self._after_backslash:  # the piece before ended inside an escape
            self._raw += text[i]
            self._after_backslash = False
            i += 1
        run = _STRING_RUN.match(text, i).end()  # type: ignore[union-attr]
        self._raw += text[i:run]
        if run == len(text):
            return run
        if text[run] == "\\":
            if run + 1 == len(text):
                self._raw += "\\"
                self._after_backslash = True
                return run + 1
            self._raw += text[run : run + 2]
            return run + 2
        # The closing quote.
        self._decode_held(final=True)
        if self._string_is_key:
            self._keys[-1] = self._decoded
            self._state = _COLON
        else:
            self._place(self._decoded)
            self._value_done()
        return run + 1

    def _decode_held(self, *, final: bool) -> None:
        """Decode the raw text read since the last decoding, all of it at the closing quote,
        otherwise all but an escape that may not have arrived whole."""
        raw = self._raw
        cut = len(raw) if final else _decodable_length(raw, self._after_backslash)
        if cut == 0:
            return
        try:
            self._decoded += orjson.loads(f'"{raw[:cut]}"')
        except orjson.JSONDecodeError:
            self._fail_token("invalid string (a control character or a bad escape)")
        self._raw = raw[cut:]

    # -- numbers and literals ------------------------------------------------------------------

    def _scalar_so_far(self) -> None:
        """A number at the end of the text so far is there while it is a valid number (`12`,
        not `12.` or `-`); a literal once whole."""
        token = self._scalar
        if token[0] in "tfn":
            if not any(word.startswith(token) for word in _LITERALS):
                self._fail_token(f"invalid literal {token!r}")
            if token in _LITERALS:  # whole: nothing can follow it
                self._place(_LITERALS[token])
                self._value_done()
            return
        try:
            number = orjson.loads(token)
        except orjson.JSONDecodeError:
            self._unplace()  # `12` became `12.`: nothing to show until it is a number again
            return
        self._place(number)

    def _end_scalar(self) -> None:
        token = self._scalar
        if token in _LITERALS:
            value: Any = _LITERALS[token]
        elif token[0] in "tfn":
            self._fail_token(f"invalid literal {token!r}")
        else:
            try:
                value = orjson.loads(token)
            except orjson.JSONDecodeError:
                self._fail_token(f"invalid number {token!r}")
        self._place(value)
        self._value_done()

    # -- placing values ------------------------------------------------------------------------

    def _place(self, value: Any) -> None:
        """Put the value being read in its container (again, if it grew)."""
        self._changed = True
        if not self._containers:
            self._root = value
        elif isinstance(self._containers[-1], dict):
            key = self._keys[-1]
            assert key is not None
            self._containers[-1][key] = value
        elif self._placed:
            self._containers[-1][-1] = value
        else:
            self._containers[-1].append(value)
        self._placed = True

    def _unplace(self) -> None:
        """Take back the value being read from its container."""
        if not self._placed:
            return
        self._changed = True
        if not self._containers:
            self._root = NOT_YET
        elif isinstance(self._containers[-1], dict):
            del self._containers[-1][self._keys[-1]]
        else:
            self._containers[-1].pop()
        self._placed = False

    def _fail_token(self, message: str) -> NoReturn:
        """Raise for the token being read, at its start."""
        raise PartialJSONError(message, self._token_start)

    def _fail(self, message: str, at: int) -> NoReturn:
        """Raise for what went wrong at `at` in the piece being scanned."""
        raise PartialJSONError(message, self._offset + at)


def _decodable_length(raw: str, after_backslash: bool) -> int:
    """How much of `raw` (a string's text, no quotes) can be decoded now: all but a trailing
    escape that may not have arrived whole, and a high surrogate whose low half may follow."""
    cut = len(raw)
    if after_backslash:
        cut -= 1
    else:
        # An open `\uXXXX` escape is at most five characters long so far.
        backslash = raw.rfind("\\", max(0, cut - 5))
        if backslash != -1 and _starts_escape(raw, backslash) and raw[backslash + 1] == "u":
            cut = backslash
    if cut >= 6 and _HIGH_SURROGATE.match(raw, cut - 6) and _starts_escape(raw, cut - 6):
        cut -= 6
    return cut


def _starts_escape(raw: str, backslash: int) -> bool:
    """Whether the backslash at `backslash` starts an escape (is not itself escaped)."""
    start = backslash
    while start > 0 and raw[start - 1] == "\\":
        start -= 1
    return (backslash - start) % 2 == 0


def parse_partial(text: str) -> Any:
    """The partial value of `text` (`NOT_YET` when nothing of it has arrived).

    >>> parse_partial('{"a": [1, {"b": "x')
    {'a': [1, {'b': 'x'}]}
    """
    parser = PartialJSONParser()
    parser.feed(text)
    return parser.value
