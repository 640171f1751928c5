"""Running mypy and pyright on files and reading back where they report errors."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

# A line that must hold a type error ends with `# E` or `# E: why` (not quoted in backticks).
ERROR_MARKER = re.compile(r"(?<!`)#\s*E(?::|$)")
_MYPY_LINE = re.compile(r"^(?P<path>[^:\n]+):(?P<line>\d+): error: (?P<message>.*)$", re.MULTILINE)
TIMEOUT_SECONDS = 300


def marked_lines(path: Path) -> set[int]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {number for number, line in enumerate(lines, start=1) if ERROR_MARKER.search(line)}


def _environment(extra: dict[str, str] | None) -> dict[str, str]:
    environment = {key: value for key, value in os.environ.items() if key != "MYPYPATH"}
    environment.update(extra or {})
    return environment


def mypy_errors(
    files: list[Path], *, cwd: Path, env: dict[str, str] | None = None
) -> dict[Path, dict[int, list[str]]]:
    """`mypy --strict` on `files`: each file's error lines and their messages."""
    command = [sys.executable, "-m", "mypy", "--strict", "--no-error-summary"]
    command += ["--show-error-codes", "--cache-dir", os.devnull, *map(str, files)]
    result = subprocess.run(
        command,
        cwd=cwd,
        env=_environment(env),
        capture_output=True,
        text=True,
        timeout=TIMEOUT_SECONDS,
    )
    assert result.returncode in (0, 1), result.stdout + result.stderr
    errors: dict[Path, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for match in _MYPY_LINE.finditer(result.stdout):
        path = (cwd / match["path"]).resolve()
        errors[path][int(match["line"])].append(match["message"])
    return errors


def pyright_errors(
    files: list[Path], *, cwd: Path, env: dict[str, str] | None = None
) -> dict[Path, dict[int, list[str]]]:
    """pyright (strict where a file says `# pyright: strict`) on `files`, with this
    interpreter's packages: each file's error lines and their messages."""
    command = [sys.executable, "-m", "pyright", "--outputjson", "--pythonpath", sys.executable]
    result = subprocess.run(
        [*command, *map(str, files)],
        cwd=cwd,
        env=_environment(env),
        capture_output=True,
        text=True,
        timeout=TIMEOUT_SECONDS,
    )
    assert result.returncode in (0, 1), result.stdout[-2000:] + result.stderr
    report = json.loads(result.stdout)
    errors: dict[Path, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for diagnostic in report["generalDiagnostics"]:
        if diagnostic["severity"] != "error":
            continue
        line = diagnostic["range"]["start"]["line"] + 1
        message = diagnostic["message"].splitlines()[0]
        errors[Path(diagnostic["file"]).resolve()][line].append(message)
    return errors


def describe(errors: dict[int, list[str]], lines: set[int]) -> str:
    return "\n".join(f"  line {line}: {' | '.join(errors.get(line, []))}" for line in sorted(lines))
