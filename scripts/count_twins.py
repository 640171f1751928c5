"""Count the lines the sync and async code write twice (issue 13, item 13).

    python scripts/count_twins.py [GIT_REF]

Pairs: the two clients, the two stream classes, the two `create` resources. Each side is cut
to non-blank, non-comment lines, `async`/`await` and the `a`/`A` prefixes of async names are
normalised away, and the lines of the longest matching runs (difflib) are counted. A run of
one or two lines (`return self`, `else:`) is noise and not counted.
"""

from __future__ import annotations

import difflib
import re
import subprocess
import sys
from pathlib import Path

PACKAGE = "overrides/aistats"
# (file, first marker, second marker): the twins are the text between the markers.
PAIRS = [
    ("_client.py", None, "_async_client.py"),
    ("_streaming.py", "class ChatStream(", "class AsyncChatStream("),
    ("_resources.py", "class Completions", "class AsyncCompletions"),
]
MIN_RUN = 3
_ASYNC = re.compile(r"\basync\s+|\bawait\s+|\b(a)(?=(close|iter|next|read|chunked|body)\b)")


def source(path: str, ref: str | None) -> str:
    if ref is None:
        return Path(path).read_text()
    return subprocess.run(
        ["git", "show", f"{ref}:{path}"], capture_output=True, text=True, check=True
    ).stdout


def lines(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        stripped = _ASYNC.sub("", stripped)
        stripped = re.sub(r"\bAsync(?=[A-Z])|__aiter__|__aenter__|__aexit__", "", stripped)
        out.append(stripped)
    return out


def split(text: str, first: str, second: str) -> tuple[str, str]:
    start = text.index(first)
    middle = text.index(second)
    following = [m.start() for m in re.finditer(r"^class ", text, re.M) if m.start() > middle]
    end = following[0] if following else len(text)
    return text[start:middle], text[middle:end]


def shared_lines(left: list[str], right: list[str]) -> int:
    matcher = difflib.SequenceMatcher(a=left, b=right, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks() if block.size >= MIN_RUN)


def main() -> None:
    ref = sys.argv[1] if len(sys.argv) > 1 else None
    total = 0
    for name, first, second in PAIRS:
        if first is None:
            sync, async_ = source(f"{PACKAGE}/{name}", ref), source(f"{PACKAGE}/{second}", ref)
        else:
            sync, async_ = split(source(f"{PACKAGE}/{name}", ref), first, second)
        count = shared_lines(lines(sync), lines(async_))
        total += count
        print(f"{name:<16} {count:4d} lines written twice")
    print(f"{'total':<16} {total:4d}")


if __name__ == "__main__":
    main()
