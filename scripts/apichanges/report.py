"""The report in three formats: text for a terminal, Markdown for a pull request or a changelog,
JSON for CI (its schema: `report.schema.json` next to this module)."""

from __future__ import annotations

import json
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


def markdown_cell(text: str) -> str:
    """`text` safe inside a Markdown table cell: one line, pipes escaped, HTML inert."""
    flat = " ".join(text.split())
    for raw, escaped in (("\\", "\\\\"), ("|", "\\|"), ("<", "&lt;"), (">", "&gt;")):
        flat = flat.replace(raw, escaped)
    return flat


def as_markdown(changes: list[Change], old: str, new: str) -> str:
    lines = [
        "## API changes",
        "",
        f"`{markdown_cell(old)}` → `{markdown_cell(new)}`: {summary_line(changes)}",
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
            f"| {c.direction} | {markdown_cell(c.operation)} | `{markdown_cell(c.where)}` "
            f"| {markdown_cell(c.message)} | {c.rule} |"
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
