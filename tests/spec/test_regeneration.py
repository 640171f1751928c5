"""The regeneration workflow: edit openapi.yaml, `make generate`, and the drift check."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO_ROOT

NEW_PROPERTY = """        my_new_option:
          type: integer
          minimum: 1
          description: An option added to the spec by this test.
"""


def _copy_project(target: Path) -> None:
    for name in ("openapi.yaml", "generator-config.yaml", "Makefile", "pyproject.toml"):
        shutil.copy2(REPO_ROOT / name, target / name)
    shutil.copytree(REPO_ROOT / "scripts", target / "scripts")
    shutil.copytree(REPO_ROOT / "templates", target / "templates")
    shutil.copytree(
        REPO_ROOT / "generated", target / "generated", ignore=shutil.ignore_patterns("__pycache__")
    )


def _make(target: Path, goal: str) -> subprocess.CompletedProcess[str]:
    venv = Path(sys.executable).parent.parent
    # `-o` (--old-file): never remake the venv stamp, i.e. never reinstall the project from this
    # scratch copy into the venv that runs the tests.
    return subprocess.run(
        ["make", "--no-print-directory", goal, f"VENV={venv}", "-o", f"{venv}/.installed"],
        cwd=target,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "MAKEFLAGS": ""},
    )


def test_a_new_spec_property_needs_regeneration_and_becomes_a_typed_attribute(
    tmp_path: Path,
) -> None:
    _copy_project(tmp_path)
    assert _make(tmp_path, "check-generated").returncode == 0

    spec = tmp_path / "openapi.yaml"
    anchor = "        speed:\n"
    text = spec.read_text(encoding="utf-8")
    assert anchor in text
    spec.write_text(text.replace(anchor, NEW_PROPERTY + anchor, 1), encoding="utf-8")

    stale = _make(tmp_path, "check-generated")
    assert stale.returncode != 0
    assert "generated/ is stale" in stale.stderr

    assert _make(tmp_path, "generate").returncode == 0
    model = (
        tmp_path / "generated/aistats_api/models/create_chat_completion_request.py"
    ).read_text()
    assert "my_new_option: int | Unset = UNSET" in model
    assert _make(tmp_path, "check-generated").returncode == 0


def test_generation_is_byte_identical_on_every_run(tmp_path: Path) -> None:
    _copy_project(tmp_path)
    assert _make(tmp_path, "generate").returncode == 0
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
