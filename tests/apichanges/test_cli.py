"""`make api-changes` (scripts/api_changes.py): exit codes, --fail-on, the three formats, git
refs, reformatted documents, and the type-check stage."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator
from markdown_it import MarkdownIt

from tests.apichanges.documents import document, with_field
from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.slow

SCRIPT = REPO_ROOT / "scripts/api_changes.py"
SCHEMA = REPO_ROOT / "scripts/apichanges/report.schema.json"
INTEGER = {"type": "integer"}


def run(*arguments: str, cwd: Path = REPO_ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *arguments],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )


def write(path: Path, data: dict[str, Any]) -> str:
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return str(path)


@pytest.fixture
def breaking_pair(tmp_path: Path) -> tuple[str, str]:
    """A field removed from the request (breaking) and one added to the response (not)."""
    old = document(
        Thing={"type": "object", "properties": {"name": {"type": "string"}, "x": INTEGER}},
    )
    new = document(
        Thing={"type": "object", "properties": {"name": {"type": "string"}}},
        Report={"type": "object", "properties": {"id": {"type": "string"}, "y": INTEGER}},
    )
    return write(tmp_path / "breaking-old.yaml", old), write(tmp_path / "breaking-new.yaml", new)


@pytest.fixture
def harmless_pair(tmp_path: Path) -> tuple[str, str]:
    old = with_field("request", None)
    new = with_field("request", INTEGER)
    return write(tmp_path / "harmless-old.yaml", old), write(tmp_path / "harmless-new.yaml", new)


# --- Exit codes ------------------------------------------------------------------------------


def test_no_change_exits_0(tmp_path: Path) -> None:
    path = write(tmp_path / "same.yaml", document())
    result = run("--old", path, "--new", path)
    assert result.returncode == 0
    assert "No change a client can see." in result.stdout


def test_a_breaking_change_exits_1(breaking_pair: tuple[str, str]) -> None:
    old, new = breaking_pair
    result = run("--old", old, "--new", new)
    assert result.returncode == 1
    assert "1 breaking, 1 non-breaking, 0 info" in result.stdout


@pytest.mark.parametrize(
    ("fail_on", "breaking", "harmless"), [("breaking", 1, 0), ("any", 1, 1), ("none", 0, 0)]
)
def test_fail_on_sets_the_threshold(
    breaking_pair: tuple[str, str],
    harmless_pair: tuple[str, str],
    fail_on: str,
    breaking: int,
    harmless: int,
) -> None:
    assert (
        run("--old", breaking_pair[0], "--new", breaking_pair[1], "--fail-on", fail_on).returncode
        == breaking
    )
    assert (
        run("--old", harmless_pair[0], "--new", harmless_pair[1], "--fail-on", fail_on).returncode
        == harmless
    )


def test_a_document_that_cannot_be_read_exits_2(tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").write_text("openapi: 3.1.0\npaths: [oops\n", encoding="utf-8")
    (tmp_path / "swagger.yaml").write_text("swagger: '2.0'\n", encoding="utf-8")
    valid = write(tmp_path / "valid.yaml", document())
    for path, message in (
        ("no-such-file.yaml", "neither a file nor a git ref"),
        (str(tmp_path / "broken.yaml"), "not JSON or YAML"),
        (str(tmp_path / "swagger.yaml"), "not an OpenAPI 3.0 or 3.1 document"),
    ):
        result = run("--old", path, "--new", valid)
        assert result.returncode == 2
        assert message in result.stderr
        assert result.stdout == ""


def test_a_failure_of_the_tool_itself_exits_2_not_1(breaking_pair: tuple[str, str]) -> None:
    old, new = breaking_pair
    result = run("--old", old, "--new", new, "--out", "/nonexistent-directory/report.txt")
    assert result.returncode == 2
    assert "api-changes: internal error: FileNotFoundError" in result.stderr


def test_wrong_arguments_exit_2(tmp_path: Path) -> None:
    valid = write(tmp_path / "valid.yaml", document())
    assert run("--old", valid, "--format", "html").returncode == 2
    assert run("--new", valid).returncode == 2


# --- Documents -------------------------------------------------------------------------------


def test_a_git_ref_names_the_spec_at_that_commit() -> None:
    result = run("--old", "HEAD", "--new", "HEAD:openapi.yaml")
    assert result.returncode == 0
    assert result.stdout.startswith("API changes: HEAD:openapi.yaml -> HEAD:openapi.yaml\n")


def test_reformatting_and_reordering_the_document_is_no_change(tmp_path: Path) -> None:
    spec = yaml.safe_load((REPO_ROOT / "openapi.yaml").read_text(encoding="utf-8"))

    def reversed_keys(node: Any) -> Any:
        if isinstance(node, dict):
            return {key: reversed_keys(node[key]) for key in reversed(list(node))}
        if isinstance(node, list):
            return [reversed_keys(item) for item in node]
        return node

    reordered = tmp_path / "reordered.json"
    reordered.write_text(json.dumps(reversed_keys(spec), indent=4), encoding="utf-8")
    result = run("--old", str(REPO_ROOT / "openapi.yaml"), "--new", str(reordered))
    assert result.returncode == 0
    assert "No change a client can see." in result.stdout


# --- Formats ---------------------------------------------------------------------------------


def test_the_json_report_follows_its_schema(breaking_pair: tuple[str, str]) -> None:
    old, new = breaking_pair
    report = json.loads(run("--old", old, "--new", new, "--format", "json").stdout)
    Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(report)
    assert report["summary"] == {"breaking": 1, "non-breaking": 1, "info": 0}
    assert [(c["severity"], c["direction"], c["where"], c["rule"]) for c in report["changes"]] == [
        ("breaking", "request", "Thing.x", "field-removed"),
        ("non-breaking", "response", "Report.y", "field-added-optional"),
    ]


def test_the_markdown_report_renders_as_tables_even_with_pipes(tmp_path: Path) -> None:
    old = with_field("request", {"type": "string", "enum": ["a|b", "*c*", "d"]})
    new = with_field("request", {"type": "string", "enum": ["d"]})
    result = run(
        "--old", write(tmp_path / "old.yaml", old), "--new", write(tmp_path / "new.yaml", new),
        "--format", "markdown",
    )  # fmt: skip
    html = MarkdownIt("commonmark").enable("table").render(result.stdout)
    assert html.count("<tr>") == 3  # the header and the two values removed
    assert html.count("<td>") == 10
    assert "a|b" in html
    assert "*c*" in html
    assert "<em>" not in html  # the value stays text, not emphasis


def test_the_text_report_puts_breaking_changes_first(breaking_pair: tuple[str, str]) -> None:
    old, new = breaking_pair
    lines = run("--old", old, "--new", new).stdout.splitlines()
    assert lines[1] == "1 breaking, 1 non-breaking, 0 info (2 changes)"
    assert lines.index("Breaking (1)") < lines.index("Non-breaking (1)")


def test_out_writes_the_report_to_a_file(breaking_pair: tuple[str, str], tmp_path: Path) -> None:
    old, new = breaking_pair
    out = tmp_path / "report.md"
    result = run("--old", old, "--new", new, "--format", "markdown", "--out", str(out))
    assert result.stdout == ""
    assert out.read_text(encoding="utf-8").startswith("## API changes")


# --- The type-check stage --------------------------------------------------------------------

SERVICE = """\
from aistats import AIStats
from aistats.models import ChatCompletion


def ask(client: AIStats) -> str | None:
    completion: ChatCompletion = client.generate_text(model="m", messages=[], seed=7)
    return completion.choices[0].message.content
"""


def test_the_type_check_stage_lists_the_lines_a_removed_field_breaks(tmp_path: Path) -> None:
    spec = (REPO_ROOT / "openapi.yaml").read_text(encoding="utf-8")
    seed = "        seed:\n          type: integer\n"
    assert spec.count(seed) == 1
    start = spec.index(seed)
    end = spec.index("        stop:\n", start)
    without_seed = tmp_path / "openapi.yaml"
    without_seed.write_text(spec[:start] + spec[end:], encoding="utf-8")
    service = tmp_path / "service.py"
    service.write_text(SERVICE, encoding="utf-8")

    result = run(
        "--old", str(REPO_ROOT / "openapi.yaml"), "--new", str(without_seed),
        "--typecheck", str(service),
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert "CreateChatCompletionRequest.seed: field `seed` removed" in result.stdout
    assert f"Type check of {service}: 1 line(s) break:" in result.stdout
    assert f"{service}:6: " in result.stdout
    assert 'client.generate_text(model="m", messages=[], seed=7)' in result.stdout
