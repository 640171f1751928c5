"""The incremental partial-JSON parser behind `stream_object`: the same partial values as
jiter's partial mode (the well-kept reference) on every cut of random documents, the live-object
contract, typed errors for text that cannot be JSON, and work in proportion to the text."""

from __future__ import annotations

import json
from typing import Any

import jiter
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aistats._partial_json import NOT_YET, PartialJSONError, PartialJSONParser, parse_partial
from tests.fuzzing import fuzz_examples

JSON_TEXT = st.text(
    st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Zs", "Cc", "So")), max_size=12
)
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False, width=64)
    | JSON_TEXT,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(JSON_TEXT, children, max_size=4)
    ),
    max_leaves=12,
)


def _reference(prefix: str) -> Any:
    """jiter's partial value of `prefix` (NOT_YET where jiter finds nothing yet)."""
    try:
        return jiter.from_json(prefix.encode(), partial_mode="trailing-strings")
    except ValueError:
        return NOT_YET


def _same(ours: Any, theirs: Any) -> bool:
    # Floats: jiter and orjson may round the last digit of a number still arriving differently.
    return (
        json.dumps(ours, sort_keys=True) == json.dumps(theirs, sort_keys=True)
        if (ours is not NOT_YET and theirs is not NOT_YET)
        else ours is theirs
    )


@settings(max_examples=fuzz_examples(300), deadline=None)
@given(
    value=JSON_VALUES,
    indent=st.sampled_from([None, 0, 2]),
    ensure_ascii=st.booleans(),
    cuts=st.lists(st.integers(min_value=1, max_value=9), min_size=1, max_size=50),
)
def test_differential_against_jiter_at_every_piece(
    value: Any, indent: int | None, ensure_ascii: bool, cuts: list[int]
) -> None:
    text = json.dumps(value, indent=indent, ensure_ascii=ensure_ascii)
    parser = PartialJSONParser()
    position = 0
    sizes = iter(cuts * (len(text) // len(cuts) + 1))
    while position < len(text):
        piece = text[position : position + next(sizes)]
        parser.feed(piece)
        position += len(piece)
        assert _same(parser.value, _reference(text[:position])), text[:position]
        # A number at the end could go on: only a container, a string or a literal ends.
        if not isinstance(value, int | float) or isinstance(value, bool):
            assert parser.complete is (position == len(text))
    assert parser.value == value


@settings(max_examples=fuzz_examples(200), deadline=None)
@given(value=JSON_VALUES, ensure_ascii=st.booleans())
def test_differential_one_character_at_a_time(value: Any, ensure_ascii: bool) -> None:
    text = json.dumps({"value": value, "tail": 'é\\"😀'}, ensure_ascii=ensure_ascii)
    parser = PartialJSONParser()
    for end in range(1, len(text) + 1):
        parser.feed(text[end - 1])
        assert _same(parser.value, _reference(text[:end])), text[:end]
    assert parser.value == json.loads(text)


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ('{"a": 12', {"a": 12}),
        ('{"a": 12.', {}),
        ('{"a": -', {}),
        ('{"a": tr', {}),
        ('{"a": true', {"a": True}),
        ('{"a": "x\\', {"a": "x"}),
        ('{"a": "x\\u00', {"a": "x"}),
        ('{"a": "\\ud83d', {"a": ""}),
        ('{"a": "\\ud83d\\ude0', {"a": ""}),
        ('{"a": "\\ud83d\\ude00', {"a": "😀"}),
        ('{"a": "\\\\', {"a": "\\"}),
        ('{"a', {}),
        ('{"a":', {}),
        ('{"a": {"b"', {"a": {}}),
        ('{"a": [1, 2,', {"a": [1, 2]}),
        ("[", []),
        ("", NOT_YET),
        (" ", NOT_YET),
        ('"ab', "ab"),
    ],
)
def test_partial_values_like_jiter(prefix: str, expected: Any) -> None:
    assert parse_partial(prefix) == expected
    if expected is not NOT_YET:
        assert _reference(prefix) == expected


def test_the_value_is_one_live_object() -> None:
    parser = PartialJSONParser()
    assert parser.feed('{"steps": ["mix') is True
    live = parser.value
    steps = live["steps"]
    parser.feed(' flour", "bake"]')
    assert parser.value is live
    assert live["steps"] is steps
    assert live == {"steps": ["mix flour", "bake"]}
    assert not parser.complete
    assert parser.feed("   ") is False
    parser.feed("}")
    assert parser.complete


def test_a_number_that_stops_being_one_is_taken_back() -> None:
    parser = PartialJSONParser()
    parser.feed('{"a": [1')
    assert parser.value == {"a": [1]}
    parser.feed(".")
    assert parser.value == {"a": []}
    parser.feed("5]")
    assert parser.value == {"a": [1.5]}


@pytest.mark.parametrize(
    ("pieces", "offset"),
    [
        (['{"a" 1}'], 5),
        (['{"a": 1', "x}"], 6),
        (["[1, 2}"], 5),
        (["{1: 2}"], 1),
        (['{"a": tru', "e1}"], 6),
        (['{"a": nope}'], 6),
        (['{"a": "line', "\nbreak"], 6),
        (['{"a": "\\q"}'], 6),
        (["{}", " {}"], 3),
        (["@"], 0),
        (['{"a": 1.2.3}'], 6),
    ],
)
def test_text_that_cannot_be_json_raises_and_keeps_raising(pieces: list[str], offset: int) -> None:
    parser = PartialJSONParser()
    for piece in pieces[:-1]:
        parser.feed(piece)
    with pytest.raises(PartialJSONError) as caught:
        parser.feed(pieces[-1])
    assert caught.value.offset == offset
    assert isinstance(caught.value, ValueError)
    with pytest.raises(PartialJSONError):
        parser.feed("1")


def test_each_character_is_examined_once() -> None:
    # The work is counted, not timed: a document fed one character at a time costs exactly
    # its length, whatever came before (a re-parse at each piece would cost ~n²/2).
    text = json.dumps({"story": "word " * 20_000, "items": list(range(5_000))})
    parser = PartialJSONParser()
    for character in text:
        parser.feed(character)
    assert parser.scanned == len(text)
    assert parser.value == json.loads(text)
