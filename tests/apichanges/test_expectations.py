"""Expectations pinned to the seed documents are data the API-change workflow updates: a
request field the API drops on purpose is retired, not edited out of a test."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from apichanges.compare import compare_documents
from apichanges.expectations import EXPECTATIONS_FILE, retire_removed_fields

from tests.conftest import REPO_ROOT, load_spec


def test_a_removed_seed_field_is_retired_with_the_change_that_removed_it(tmp_path: Path) -> None:
    expectations = tmp_path / "seed_expectations.json"
    shutil.copy(REPO_ROOT / EXPECTATIONS_FILE, expectations)
    old = load_spec()
    new = json.loads(json.dumps(old))
    del new["components"]["schemas"]["CreateChatCompletionRequest"]["properties"]["top_k"]
    del new["components"]["schemas"]["CreateChatCompletionRequest"]["properties"]["temperature"]

    retired = retire_removed_fields(compare_documents(old, new), expectations, "v2.yaml")

    assert sorted(retired) == ["temperature", "top_k"]
    data = json.loads(expectations.read_text(encoding="utf-8"))
    assert "top_k" not in data["request_fields"]
    assert "temperature" not in data["defaults"]
    assert data["retired"]["top_k"] == "removed by v2.yaml: field `top_k` removed"


def test_a_change_that_removes_no_seed_field_leaves_the_expectations_as_they_are(
    tmp_path: Path,
) -> None:
    expectations = tmp_path / "seed_expectations.json"
    shutil.copy(REPO_ROOT / EXPECTATIONS_FILE, expectations)
    before = expectations.read_text(encoding="utf-8")
    old = load_spec()
    new = json.loads(json.dumps(old))
    del new["components"]["schemas"]["CreateChatCompletionRequest"]["properties"]["documents"]
    assert retire_removed_fields(compare_documents(old, new), expectations, "v2.yaml") == []
    assert expectations.read_text(encoding="utf-8") == before
