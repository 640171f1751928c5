"""Expectations that only hold until the API changes on purpose, kept as data.

The seed documents describe the first version of the API; the project's tests check that the
spec still has each field the seeds name (`tests/data/seed_expectations.json`). When the API
legitimately drops one, `make api-changes ... ACCEPT=yes` retires it there, with the change that
removed it, so the team edits no test.
"""

from __future__ import annotations

import json
from pathlib import Path

from .rules import REQUEST, Change

EXPECTATIONS_FILE = Path("tests/data/seed_expectations.json")


def retire_removed_fields(changes: list[Change], path: Path, new_label: str) -> list[str]:
    """Move every expected request field that `changes` removes to `retired`; the names."""
    data = json.loads(path.read_text(encoding="utf-8"))
    schema = data["request_schema"]
    fields = data["request_fields"]
    retired: list[str] = []
    for change in changes:
        if change.rule != "field-removed" or change.direction != REQUEST:
            continue
        prefix = f"{schema}."
        name = change.where.removeprefix(prefix)
        if change.where.startswith(prefix) and name in fields:
            fields.pop(name)
            data["defaults"].pop(name, None)
            data["retired"][name] = f"removed by {new_label}: {change.message}"
            retired.append(name)
    if retired:
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return retired
