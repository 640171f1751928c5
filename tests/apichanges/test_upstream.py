"""The gateway's own published documents (tests/data/upstream-specs/): the report of each
consecutive pair finds every fact that folder's README lists (`where` exactly, or a variant of
it: `tools[]` matches `tools[](GatewayWebSearchToolDefinition)`)."""

from __future__ import annotations

import functools
import itertools
import re
from pathlib import Path

import pytest
from apichanges.compare import compare_documents
from apichanges.documents import load
from apichanges.rules import Change

from tests.conftest import REPO_ROOT

UPSTREAM = REPO_ROOT / "tests/data/upstream-specs"
_FACTS_HEADING = "## What the API-change report must find"


def documents() -> dict[str, Path]:
    """Date (YYYY-MM-DD) -> the document published that day."""
    found = {}
    for path in UPSTREAM.iterdir():
        match = re.search(r"(\d{4}-\d{2}-\d{2})", path.name)
        if match and path.suffix in (".json", ".yaml"):
            found[match[1]] = path
    return dict(sorted(found.items()))


def facts() -> list[tuple[str, ...]]:
    """The rows of the README's table of facts."""
    text = (UPSTREAM / "README.md").read_text(encoding="utf-8").split(_FACTS_HEADING, 1)[1]
    rows = []
    for line in text.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 7 and re.fullmatch(r"\d{4}-\d{2}-\d{2}", cells[0]):
            rows.append(tuple(cells))
    return rows


@functools.cache
def report(old: str, new: str) -> tuple[Change, ...]:
    paths = documents()
    return tuple(
        compare_documents(
            load(str(paths[old]), REPO_ROOT).raw, load(str(paths[new]), REPO_ROOT).raw
        )
    )


def test_every_consecutive_pair_has_facts() -> None:
    dates = list(documents())
    assert len(dates) == 4
    assert {(row[0], row[1]) for row in facts()} == set(itertools.pairwise(dates))


@pytest.mark.parametrize("fact", facts(), ids=lambda row: f"{row[1]} {row[4]} {row[5]} {row[6]}")
def test_the_report_finds_the_fact(fact: tuple[str, ...]) -> None:
    old, new, severity, side, where, rule, value = fact
    matching = [
        change
        for change in report(old, new)
        if change.rule == rule
        and (change.where == where or change.where.startswith(where + "("))
        and value in change.message
    ]
    assert matching, f"no {rule} at {where} {value}"
    assert {(change.severity, change.direction) for change in matching} == {(severity, side)}


def test_fifteen_optional_request_fields_arrive_in_march_2026() -> None:
    added = [
        change
        for change in report("2025-12-17", "2026-03-16")
        if change.rule == "field-added-optional"
        and re.fullmatch(r"ChatCompletionsRequest\.\w+", change.where)
    ]
    assert len(added) == 15


def test_every_operation_both_documents_have_is_compared_in_depth() -> None:
    # The chat request's fields are reached through its $ref: the walk goes past the body.
    wheres = {change.where for change in report("2026-03-16", "2026-08-22")}
    assert any(where.startswith("ChatCompletionsRequest.tools[](") for where in wheres)
    operations = {change.operation for change in report("2026-03-16", "2026-08-22")}
    assert {"POST /chat/completions", "POST /responses", "POST /embeddings"} <= operations
