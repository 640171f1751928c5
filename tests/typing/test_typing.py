"""Typing is part of the product, tested both ways: correct service code passes `mypy --strict`
and pyright strict, and each line of a file of mistakes is an error in both, on that line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT
from tests.typing.checkers import describe, marked_lines, mypy_errors, pyright_errors

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
USER_CODE = HERE / "user_code.py"
MISTAKES = HERE / "mistakes.py"
# Structured output and tools: the object's type inferred through each call.
OUTPUT_USER_CODE = HERE / "output_user_code.py"
OUTPUT_MISTAKES = HERE / "output_mistakes.py"
CORRECT_FILES = [USER_CODE, OUTPUT_USER_CODE]
MISTAKE_FILES = [MISTAKES, OUTPUT_MISTAKES]
FILES = [*CORRECT_FILES, *MISTAKE_FILES]
Errors = dict[Path, dict[int, list[str]]]


@pytest.fixture(scope="module")
def mypy_report() -> Errors:
    return mypy_errors(FILES, cwd=REPO_ROOT)


@pytest.fixture(scope="module")
def pyright_report() -> Errors:
    return pyright_errors(FILES, cwd=REPO_ROOT)


def test_the_mistakes_file_holds_a_mistake_of_each_kind() -> None:
    # Misspellings, wrong types, bad roles, missing fields, sync and async, three calls: if
    # the markers went missing, the tests below would pass on nothing.
    assert len(marked_lines(MISTAKES)) >= 30
    assert len(marked_lines(OUTPUT_MISTAKES)) >= 15
    assert not marked_lines(USER_CODE)
    assert not marked_lines(OUTPUT_USER_CODE)


@pytest.mark.parametrize("code", CORRECT_FILES, ids=lambda path: path.name)
def test_correct_service_code_passes_mypy_strict(mypy_report: Errors, code: Path) -> None:
    errors = mypy_report.get(code, {})
    assert not errors, describe(errors, set(errors))


@pytest.mark.parametrize("code", CORRECT_FILES, ids=lambda path: path.name)
def test_correct_service_code_passes_pyright_strict(pyright_report: Errors, code: Path) -> None:
    errors = pyright_report.get(code, {})
    assert not errors, describe(errors, set(errors))


@pytest.mark.parametrize("mistakes", MISTAKE_FILES, ids=lambda path: path.name)
@pytest.mark.parametrize("checker", ["mypy", "pyright"])
def test_each_mistake_is_an_error_on_exactly_its_line(
    checker: str, mistakes: Path, mypy_report: Errors, pyright_report: Errors
) -> None:
    report = mypy_report if checker == "mypy" else pyright_report
    errors = report.get(mistakes, {})
    expected = marked_lines(mistakes)
    missed = expected - set(errors)
    blamed = set(errors) - expected
    assert not missed, f"{checker} accepts these mistakes:\n{describe(errors, missed)}"
    assert not blamed, f"{checker} blames correct lines:\n{describe(errors, blamed)}"


SERVICE = """\
from aistats import AIStats
from aistats.models import ChatCompletion, ChatCompletionRequestMessageParam


def ask(client: AIStats, history: list[ChatCompletionRequestMessageParam]) -> str:
    completion: ChatCompletion = client.generate_text(model="m", messages=history)
    return completion.choices[0].message.content or ""
"""
MISSPELLED_IMPORTS = """\
from aistats_api.models import ChatCompletionChunkk  # E
from aistats.models import CreateChatCompletionRequestParm  # E
from aistats_api import Clientt  # E
"""


def test_a_service_outside_the_checkout_type_checks_against_the_installed_package(
    tmp_path: Path,
) -> None:
    # No MYPYPATH, no configuration: mypy finds `aistats` as an installed package (with an
    # editable install too: the .pth file that puts the checkout on sys.path is one mypy reads).
    service = tmp_path / "service.py"
    service.write_text(SERVICE, encoding="utf-8")
    errors = mypy_errors([service], cwd=tmp_path).get(service.resolve(), {})
    assert not errors, describe(errors, set(errors))


def test_a_misspelled_import_is_an_error_not_any(tmp_path: Path) -> None:
    # The models' lazy `__getattr__` is hidden from type checkers: an unknown name is no Any.
    imports = tmp_path / "imports.py"
    imports.write_text(MISSPELLED_IMPORTS, encoding="utf-8")
    for report in (mypy_errors, pyright_errors):
        errors = report([imports], cwd=tmp_path).get(imports.resolve(), {})
        assert set(errors) == marked_lines(imports), describe(errors, set(errors))
