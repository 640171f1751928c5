"""The regeneration workflow: edit openapi.yaml, `make generate`, and what that changes for a
service: the drift check, the typed attributes, the TypedDicts and keyword arguments of every
call, and the request checks made before sending. Each test works on a scratch copy."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from aistats._call_parameters import CALL_PARAMETERS
from tests.conftest import REPO_ROOT
from tests.typing.checkers import describe, marked_lines, mypy_errors

pytestmark = pytest.mark.slow

NEW_PROPERTY = """        my_new_option:
          type: integer
          minimum: 1
          description: An option added to the spec by this test.
"""
NEW_PROPERTY_ANCHOR = "        speed:\n"
SEED_PROPERTY = """        seed:
          type: integer
          minimum: -9223372036854775808
          maximum: 9223372036854775807
          description: Best-effort deterministic sampling seed (a signed 64-bit integer).
"""

# Service code using the field the test adds: every marked line is a type error until the spec
# has the field and `make generate` has run.
USES_NEW_OPTION = """\
from aistats import AIStats, AsyncAIStats
from aistats.models import CreateChatCompletionRequestParam


async def calls(client: AIStats, aclient: AsyncAIStats) -> int | None:
    client.generate_text(model="m", messages=[], my_new_option=3)  # E
    client.stream_text({"model": "m", "messages": [], "my_new_option": 3})  # E
    client.chat.completions.create(model="m", messages=[], my_new_option=3)  # E
    await aclient.generate_text(model="m", messages=[], my_new_option=3)  # E
    request: CreateChatCompletionRequestParam = {"model": "m", "messages": []}
    request = {"model": "m", "messages": [], "my_new_option": 3}  # E
    completion = client.generate_text(request)
    return completion.choices[0].index
"""

# Service code using `seed`: every marked line becomes a type error once the spec drops it.
USES_SEED = """\
from aistats import AIStats
from aistats.models import CreateChatCompletionRequest, CreateChatCompletionRequestParam


def calls(client: AIStats) -> None:
    client.generate_text(model="m", messages=[], seed=7)  # E
    client.chat.completions.create(model="m", messages=[], stream=True, seed=7)  # E
    request: CreateChatCompletionRequestParam = {"model": "m", "messages": [], "seed": 7}  # E
    CreateChatCompletionRequest(model="m", messages=[], seed=7)  # E
    client.generate_text(request)
"""


def _copy_project(target: Path) -> None:
    for name in ("openapi.yaml", "generator-config.yaml", "Makefile", "pyproject.toml"):
        shutil.copy2(REPO_ROOT / name, target / name)
    ignore = shutil.ignore_patterns("__pycache__")
    for name in ("scripts", "templates", "generated", "overrides"):
        shutil.copytree(REPO_ROOT / name, target / name, ignore=ignore)


def _commit(project: Path) -> None:
    """Make the scratch copy a git repository with one commit (`HEAD` names its spec)."""
    for command in (
        ["git", "init", "-q"],
        ["git", "add", "-A"],
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "copy"],
    ):
        subprocess.run(command, cwd=project, check=True, capture_output=True, timeout=60)


def _make(
    target: Path, goal: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    venv = Path(sys.executable).parent.parent
    # `-o` (--old-file): never remake the venv stamp, i.e. never reinstall the project from this
    # scratch copy into the venv that runs the tests.
    return subprocess.run(
        ["make", "--no-print-directory", goal, f"VENV={venv}", "-o", f"{venv}/.installed"],
        cwd=target,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "MAKEFLAGS": "", **(env or {})},
    )


def _edit_spec(project: Path, old: str, new: str) -> None:
    spec = project / "openapi.yaml"
    text = spec.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"the spec no longer holds {old!r}"
    spec.write_text(text.replace(old, new), encoding="utf-8")


def _type_errors(project: Path, code: str) -> tuple[dict[int, list[str]], set[int]]:
    """mypy --strict on `code` against the scratch copy's packages (its pyproject's mypy_path
    puts its overrides/ and generated/ first): the error lines, and the marked lines."""
    service = project / "service.py"
    service.write_text(code, encoding="utf-8")
    errors = mypy_errors([service], cwd=project).get(service.resolve(), {})
    return dict(errors), marked_lines(service)


def _run_with_copy(project: Path, code: str) -> subprocess.CompletedProcess[str]:
    """`code` run by Python with the scratch copy's packages ahead of the installed ones."""
    paths = os.pathsep.join(str(project / name) for name in ("overrides", "generated"))
    return subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONPATH": paths},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_new_spec_property_needs_regeneration_and_becomes_a_typed_attribute(
    tmp_path: Path,
) -> None:
    _copy_project(tmp_path)
    _commit(tmp_path)
    assert _make(tmp_path, "check-generated").returncode == 0

    _edit_spec(tmp_path, NEW_PROPERTY_ANCHOR, NEW_PROPERTY + NEW_PROPERTY_ANCHOR)
    stale = _make(tmp_path, "check-generated")
    assert stale.returncode != 0
    assert "generated/ is stale" in stale.stderr
    # ... after saying what the edit did, against the last commit.
    assert "API changes: HEAD:openapi.yaml -> openapi.yaml" in stale.stderr
    assert "CreateChatCompletionRequest.my_new_option: optional field" in stale.stderr

    assert _make(tmp_path, "generate").returncode == 0
    model = (
        tmp_path / "generated/aistats_api/models/create_chat_completion_request.py"
    ).read_text()
    assert "my_new_option: int | None = None" in model
    assert _make(tmp_path, "check-generated").returncode == 0


def test_a_new_request_property_becomes_a_key_and_a_keyword_argument_of_every_call(
    tmp_path: Path,
) -> None:
    _copy_project(tmp_path)
    errors, marked = _type_errors(tmp_path, USES_NEW_OPTION)
    assert set(errors) == marked, describe(errors, set(errors) | marked)

    _edit_spec(tmp_path, NEW_PROPERTY_ANCHOR, NEW_PROPERTY + NEW_PROPERTY_ANCHOR)
    assert _make(tmp_path, "generate").returncode == 0

    errors, _ = _type_errors(tmp_path, USES_NEW_OPTION)
    assert not errors, describe(errors, set(errors))


def test_a_removed_request_property_makes_each_use_a_type_error(tmp_path: Path) -> None:
    _copy_project(tmp_path)
    errors, _ = _type_errors(tmp_path, USES_SEED)
    assert not errors, describe(errors, set(errors))

    _edit_spec(tmp_path, SEED_PROPERTY, "")
    assert _make(tmp_path, "generate").returncode == 0

    errors, marked = _type_errors(tmp_path, USES_SEED)
    assert set(errors) == marked, describe(errors, set(errors) | marked)


def test_a_new_request_property_is_checked_before_sending_with_no_hand_edit(
    tmp_path: Path,
) -> None:
    check = (
        "from aistats._request import build_body\n"
        "build_body({'model': 'm', 'messages': [{'role': 'user', 'content': 'hi'}],"
        " 'my_new_option': 'three'}, {}, stream=False)\n"
    )
    _copy_project(tmp_path)
    assert _run_with_copy(tmp_path, check).returncode == 0  # unknown fields go through as-is

    _edit_spec(tmp_path, NEW_PROPERTY_ANCHOR, NEW_PROPERTY + NEW_PROPERTY_ANCHOR)
    assert _make(tmp_path, "generate").returncode == 0

    refused = _run_with_copy(tmp_path, check)
    assert refused.returncode != 0
    assert "TypeError: my_new_option must be an integer, got 'three'" in refused.stderr


@pytest.mark.parametrize("name", CALL_PARAMETERS)
def test_a_property_named_like_a_call_parameter_fails_generation_with_a_clear_message(
    tmp_path: Path, name: str
) -> None:
    _copy_project(tmp_path)
    before = (tmp_path / "generated/aistats_api/models/_params.py").read_text()
    _edit_spec(
        tmp_path,
        NEW_PROPERTY_ANCHOR,
        NEW_PROPERTY.replace("my_new_option", name) + NEW_PROPERTY_ANCHOR,
    )
    failed = _make(tmp_path, "generate")
    assert failed.returncode != 0
    assert f"CreateChatCompletionRequest.{name} has the name of a keyword parameter" in (
        failed.stderr
    )
    assert "overrides/aistats/_call_parameters.py" in failed.stderr
    # Nothing half-written: the committed package is untouched.
    assert (tmp_path / "generated/aistats_api/models/_params.py").read_text() == before


@pytest.mark.parametrize("hash_seed", ["0", "4242"])
def test_generation_is_byte_identical_on_every_run(tmp_path: Path, hash_seed: str) -> None:
    # Another hash seed reorders every set and dict built from one: the output must not care.
    _copy_project(tmp_path)
    assert _make(tmp_path, "generate", env={"PYTHONHASHSEED": hash_seed}).returncode == 0
    diff = subprocess.run(
        [
            "diff",
            "-r",
            "-x",
            "__pycache__",
            str(REPO_ROOT / "generated"),
            str(tmp_path / "generated"),
        ],
        capture_output=True,
        text=True,
    )
    assert diff.returncode == 0, diff.stdout[:2000]
