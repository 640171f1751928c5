"""The second stage: which lines of your code the change breaks.

Both documents are generated into packages of their own (with this project's generator and
templates); mypy checks the code against each, with the overrides package beside it; the lines
that have an error against the new package and had none against the old are the report.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_MYPY_ERROR = re.compile(r"^(?P<path>[^:\n]+):(?P<line>\d+): error: (?P<message>.*)$", re.MULTILINE)
TIMEOUT_SECONDS = 600


class TypecheckError(Exception):
    """A document could not be generated into a package, or mypy could not run (exit 2)."""


@dataclass(frozen=True)
class BrokenLine:
    path: str
    line: int
    message: str
    source: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}\n    {self.source.strip()}"


def generate_package(raw: dict[str, Any], into: Path, repo: Path) -> None:
    """`raw` generated into `into/aistats_api` by scripts/generate.py."""
    into.mkdir(parents=True)
    spec = into / "openapi.json"
    spec.write_text(json.dumps(raw), encoding="utf-8")
    package = into / "aistats_api"
    script = repo / "scripts/generate.py"
    pipeline = [str(repo / "generator-config.yaml"), str(repo / "templates")]
    generated = subprocess.run(
        [sys.executable, str(script), str(spec), *pipeline, str(package)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_SECONDS,
        check=False,
    )
    if generated.returncode != 0:
        raise TypecheckError(f"cannot generate a package from it: {generated.stderr.strip()}")
    (package / "py.typed").touch()


def mypy_errors(targets: list[Path], package_root: Path, repo: Path) -> dict[tuple[str, int], str]:
    """(file, line) -> the first error mypy reports there, against the package in `package_root`."""
    environment = {
        **os.environ,
        "MYPYPATH": os.pathsep.join([str(package_root), str(repo / "overrides")]),
    }
    command = [sys.executable, "-m", "mypy", "--no-error-summary", "--cache-dir", os.devnull]
    checked = subprocess.run(
        [*command, *map(str, targets)],
        cwd=repo,
        env=environment,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_SECONDS,
        check=False,
    )
    if checked.returncode not in (0, 1):
        raise TypecheckError(f"mypy failed: {checked.stderr.strip() or checked.stdout.strip()}")
    errors: dict[tuple[str, int], str] = {}
    for match in _MYPY_ERROR.finditer(checked.stdout):
        errors.setdefault((match["path"], int(match["line"])), match["message"])
    return errors


def broken_lines(
    old: dict[str, Any], new: dict[str, Any], targets: list[Path], repo: Path
) -> list[BrokenLine]:
    """The lines of `targets` with a type error against the package generated from `new` and
    none against the one from `old` (errors inside the packages themselves are not yours)."""
    targets = [target.resolve() for target in targets]
    with tempfile.TemporaryDirectory(prefix="api-changes-") as scratch:
        root = Path(scratch)
        for side, raw in (("old", old), ("new", new)):
            try:
                generate_package(raw, root / side, repo)
            except TypecheckError as error:
                raise TypecheckError(f"the {side} document: {error}") from None
        before = mypy_errors(targets, root / "old", repo)
        after = mypy_errors(targets, root / "new", repo)
    broken = []
    for (path, line), message in sorted(after.items()):
        source_file = (repo / path).resolve()
        if (path, line) in before or not _inside(source_file, targets):
            continue
        text = source_file.read_text(encoding="utf-8").splitlines()
        source = text[line - 1] if 0 < line <= len(text) else ""
        broken.append(BrokenLine(path, line, message, source))
    return broken


def _inside(path: Path, targets: list[Path]) -> bool:
    return any(path == target or target in path.parents for target in targets)
