"""The report in three formats: text for a terminal, Markdown for a pull request or a changelog,
JSON for CI (its schema: `report.schema.json` next to this module)."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from .rules import BREAKING, INFO, NON_BREAKING, SEVERITIES, Change

FORMATS = ("text", "markdown", "json")
_SEVERITY_ORDER = {severity: index for index, severity in enumerate(SEVERITIES)}
_TITLES = {BREAKING: "Breaking", NON_BREAKING: "Non-breaking", INFO: "Info"}


def ordered(changes: list[Change]) -> list[Change]:
    """Breaking first; then by operation, side and place."""
    return sorted(
        changes,
        key=lambda c: (_SEVERITY_ORDER[c.severity], c.operation, c.direction, c.where, c.rule),
    )


def summary(changes: list[Change]) -> dict[str, int]:
    counts = Counter(change.severity for change in changes)
    return {severity: counts.get(severity, 0) for severity in SEVERITIES}


def summary_line(changes: list[Change]) -> str:
    counts = summary(changes)
    if not changes:
        return "No change a client can see."
    return ", ".join(f"{counts[s]} {s}" for s in SEVERITIES) + f" ({len(changes)} changes)"


def render(changes: list[Change], old: str, new: str, format_: str) -> str:
    renderers: dict[str, Callable[[list[Change], str, str], str]] = {
        "text": as_text,
        "markdown": as_markdown,
        "json": as_json,
    }
    return renderers[format_](ordered(changes), old, new)


def as_text(changes: list[Change], old: str, new: str) -> str:
    lines = [f"API changes: {old} -> {new}", summary_line(changes)]
    for severity in SEVERITIES:
        group = [change for change in changes if change.severity == severity]
        if not group:
            continue
        lines += ["", f"{_TITLES[severity]} ({len(group)})"]
        operation = None
        for change in group:
            if change.operation != operation:
                operation = change.operation
                lines.append(f"  {operation}")
            lines.append(
                f"    [{change.direction}] {change.where}: {change.message}  ({change.rule})"
            )
    return "\n".join(lines) + "\n"


# What could turn text into markup in a table cell: emphasis, links, HTML, code, the cell's end.
_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_\[\]<>~|])")
_CODE_SPAN = re.compile(r"`([^`]*)`")


def markdown_text(text: str) -> str:
    """Plain text inside a Markdown table cell: one line, every Markdown character escaped."""
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", re.sub(r"\s+", " ", text))


def markdown_code(text: str) -> str:
    """`text` as a code span inside a table cell: shown as it is, but for the pipe, which a
    table cell needs escaped even there (GitHub's tables unescape it)."""
    flat = " ".join(text.split()).replace("|", "\\|")
    longest = max((len(run) for run in re.findall(r"`+", flat)), default=0)
    fence = "`" * (longest + 1)
    padding = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{padding}{flat}{padding}{fence}"


def markdown_message(message: str) -> str:
    """A change's message, whose `quoted` names become code spans and the rest plain text."""
    parts = _CODE_SPAN.split(message)
    return "".join(
        markdown_code(part) if index % 2 else markdown_text(part)
        for index, part in enumerate(parts)
    )


def as_markdown(changes: list[Change], old: str, new: str) -> str:
    lines = [
        "## API changes",
        "",
        f"{markdown_code(old)} → {markdown_code(new)}: {summary_line(changes)}",
    ]
    for severity in SEVERITIES:
        group = [change for change in changes if change.severity == severity]
        if not group:
            continue
        lines += [
            "",
            f"### {_TITLES[severity]} ({len(group)})",
            "",
            "| side | operation | where | change | rule |",
            "|---|---|---|---|---|",
        ]
        lines += [
            f"| {c.direction} | {markdown_text(c.operation)} | {markdown_code(c.where)} "
            f"| {markdown_message(c.message)} | {c.rule} |"
            for c in group
        ]
    return "\n".join(lines) + "\n"


def as_json(changes: list[Change], old: str, new: str) -> str:
    document: dict[str, Any] = {
        "old": old,
        "new": new,
        "summary": summary(changes),
        "changes": [change.to_json() for change in changes],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
