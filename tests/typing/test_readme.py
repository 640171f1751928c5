"""The README's Python snippets are correct code: together, in order, they pass
`mypy --strict` and pyright strict; a snippet that shows mistakes (its lines followed by
`# error:` comments) is an error on each of its code lines, as the README says."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT
from tests.typing.checkers import describe, mypy_errors, pyright_errors

pytestmark = pytest.mark.slow

README = REPO_ROOT / "README.md"
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)
_SHOWS_ERRORS = re.compile(r"^# error:", re.MULTILINE)

# What the README's snippets take as given: a user's own service function. They are fragments,
# so a name they define and leave unused is no mistake.
PREAMBLE = """\
# pyright: strict
# pyright: reportUnusedVariable=false, reportUnusedImport=false, reportUnusedFunction=false
from __future__ import annotations

from aistats import AIStats


def my_service(client: AIStats) -> str | None:
    return client.generate_text(model="openai/gpt-4o-mini", messages=[]).choices[0].message.content
"""
MISTAKES_PREAMBLE = """\
# pyright: strict
from aistats import AIStats
from aistats.models import ChatCompletionRequestMessageParam

client = AIStats()
messages: list[ChatCompletionRequestMessageParam] = []
"""


def _blocks() -> list[str]:
    return _BLOCK.findall(README.read_text(encoding="utf-8"))


def _program(blocks: list[str]) -> str:
    """The snippets as one module: each async one in a function of its own (it rebinds
    `client` to an async client), the others at module level, in the README's order."""
    parts = [PREAMBLE]
    for number, block in enumerate(blocks):
        if re.search(r"^\s*(async with|await|async for)\b", block, re.MULTILINE):
            parts.append(
                f"async def _snippet_{number}() -> None:\n{textwrap.indent(block, '    ')}"
            )
        else:
            parts.append(block)
    return "\n".join(parts)


def _check(path: Path) -> dict[str, dict[int, list[str]]]:
    return {
        "mypy": mypy_errors([path], cwd=REPO_ROOT).get(path.resolve(), {}),
        "pyright": pyright_errors([path], cwd=REPO_ROOT).get(path.resolve(), {}),
    }


def test_the_readme_has_snippets_of_both_kinds() -> None:
    blocks = _blocks()
    assert len(blocks) >= 8
    assert any(_SHOWS_ERRORS.search(block) for block in blocks)


def test_the_readme_snippets_type_check(tmp_path: Path) -> None:
    program = tmp_path / "readme_snippets.py"
    program.write_text(
        _program([b for b in _blocks() if not _SHOWS_ERRORS.search(b)]), encoding="utf-8"
    )
    for checker, errors in _check(program).items():
        assert not errors, f"{checker}:\n{describe(errors, set(errors))}"


@pytest.mark.parametrize("index", [i for i, b in enumerate(_blocks()) if _SHOWS_ERRORS.search(b)])
def test_the_mistakes_the_readme_shows_are_errors(tmp_path: Path, index: int) -> None:
    block = _blocks()[index]
    program = tmp_path / "readme_mistakes.py"
    program.write_text(MISTAKES_PREAMBLE + block, encoding="utf-8")
    offset = MISTAKES_PREAMBLE.count("\n")
    code_lines = {
        offset + number
        for number, line in enumerate(block.splitlines(), start=1)
        if line.strip() and not line.lstrip().startswith("#")
    }
    for checker, errors in _check(program).items():
        assert set(errors) == code_lines, (
            f"{checker}:\n{describe(errors, set(errors) | code_lines)}"
        )
