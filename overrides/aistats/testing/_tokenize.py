"""The mock's one tokenizer: words and single punctuation marks.

Usage numbers are only honest if prompt and completion are counted the same way, so every count
in the mock goes through :func:`count_tokens`. Streams are cut into :func:`pieces`, one per token,
so the number of content frames matches ``completion_tokens``.
"""

from __future__ import annotations

import re

# A token is a run of word characters or one other non-space character.
_TOKEN = re.compile(r"\w+|[^\w\s]")
# A piece is a token with the whitespace before it, so pieces concatenate back to the text.
_PIECE = re.compile(r"\s*(?:\w+|[^\w\s])")


def count_tokens(text: str) -> int:
    """Count the tokens of ``text``.

    >>> count_tokens("Hello, world!")
    4
    """
    return sum(1 for _ in _TOKEN.finditer(text))


def pieces(text: str) -> list[str]:
    """Split ``text`` into one piece per token; ``"".join(pieces(t)) == t`` always holds.

    >>> pieces("Hi there!")
    ['Hi', ' there', '!']
    """
    found = _PIECE.findall(text)
    consumed = sum(len(p) for p in found)
    if consumed < len(text):
        # Trailing whitespace (or a whitespace-only text) belongs to the last piece.
        tail = text[consumed:]
        if found:
            found[-1] += tail
        else:
            found.append(tail)
    return found


def truncate_tokens(text: str, limit: int) -> str:
    """Return the prefix of ``text`` that holds its first ``limit`` tokens.

    >>> truncate_tokens("one two three", 2)
    'one two'
    """
    if limit <= 0:
        return ""
    for index, match in enumerate(_TOKEN.finditer(text), start=1):
        if index == limit:
            return text[: match.end()]
    return text


def split_fixed(text: str, size: int) -> list[str]:
    """Split ``text`` into pieces of ``size`` characters (the last may be shorter).

    >>> split_fixed("abcde", 2)
    ['ab', 'cd', 'e']
    """
    step = max(1, size)
    return [text[i : i + step] for i in range(0, len(text), step)] or [""]
