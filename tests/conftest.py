"""Shared fixtures: the spec as loaded JSON, and a validator that resolves its $refs."""

from __future__ import annotations

import functools
import json
import sys
import threading
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
# Copies of the seed documents the product was specified from (../shared/seeds/).
SEEDS = REPO_ROOT / "tests" / "data" / "seeds"


def load_spec() -> dict[str, Any]:
    """The spec as `make generate` publishes it inside the generated package."""
    text = resources.files("aistats_api").joinpath("openapi.json").read_text(encoding="utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return load_spec()


def schema_validator(name: str, spec: dict[str, Any] | None = None) -> Any:
    """A JSON Schema validator of the component schema `name`, its $refs resolved against the
    whole spec (OpenAPI 3.1 schemas are JSON Schema 2020-12)."""
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    document = spec if spec is not None else load_spec()
    registry: Registry[Any] = Registry().with_resource(
        "urn:spec", Resource.from_contents(document, default_specification=DRAFT202012)
    )
    return Draft202012Validator({"$ref": f"urn:spec#/components/schemas/{name}"}, registry=registry)


# ---------------------------------------------------------------------------
# Secrets: no API key used anywhere in the suite may show in an aistats exception
# ---------------------------------------------------------------------------
#
# Every API key a test hands to a client is listed here, distinctive enough that finding it in
# a text is proof of a leak (short placeholders such as "k" are not secrets and are not
# listed). `tests/reliability/test_secrets.py` checks that the keys the other test packages
# define are in this list.
SECRET_API_KEYS: tuple[str, ...] = (
    "sk-test-0123456789-very-secret",  # tests/client/conftest.py API_KEY
    "sk-cli-secret-key-123456",  # tests/cli/test_cli.py SECRET
    "sk-reliability-7f3a9c2e-do-not-leak",  # tests/reliability/conftest.py API_KEY
    "sk-reliability-cli-5b8d1e4f-do-not-leak",  # tests/reliability CLI and log subprocesses
)


class ExceptionLeakRecorder:
    """Records the `str` and `repr` of every `AIStatsError` created in this process.

    The `__init__` of every class in `aistats._exceptions` is wrapped once, at import; the
    snapshot is taken when the outermost `__init__` returns (a subclass sets its fields after
    `super().__init__`). Only leaks are kept, with a count of everything checked, so a fuzz
    run of 50,000 exceptions costs no memory.
    """

    def __init__(self, keys: tuple[str, ...]) -> None:
        self.keys = keys
        self.checked = 0
        self.leaks: list[str] = []
        self._depth = threading.local()

    def install(self) -> None:
        from aistats import _exceptions

        base = _exceptions.AIStatsError
        classes = [base, *_all_subclasses(base)]
        for cls in classes:
            init = cls.__dict__.get("__init__")
            if cls is base and init is None:
                init = Exception.__init__
            if init is not None and not getattr(init, "_records_leaks", False):
                cls.__init__ = self._wrap(init)  # type: ignore[misc]

    def _wrap(self, init: Callable[..., None]) -> Callable[..., None]:
        recorder = self

        @functools.wraps(init)
        def recording_init(self: BaseException, *args: Any, **kwargs: Any) -> None:
            depth = getattr(recorder._depth, "value", 0)
            recorder._depth.value = depth + 1
            try:
                init(self, *args, **kwargs)
            finally:
                recorder._depth.value = depth
            if depth == 0:
                recorder.check(self)

        recording_init._records_leaks = True  # type: ignore[attr-defined]
        return recording_init

    def check(self, error: BaseException) -> None:
        self.checked += 1
        for view in (str, repr):
            try:
                text = view(error)
            except Exception as exc:  # a repr that raises hides what it would show
                text = f"<{view.__name__} raised {exc!r}>"
            for key in self.keys:
                if key in text:
                    self.leaks.append(f"{type(error).__name__}: {view.__name__}() = {text!r}")

    def report(self) -> list[str]:
        """The leaks, with the keys themselves masked."""
        masked = []
        for line in self.leaks:
            for key in self.keys:
                line = line.replace(key, "<KEY>")
            masked.append(line)
        return masked


def _all_subclasses(cls: type) -> list[type]:
    found: list[type] = []
    for sub in cls.__subclasses__():
        found += [sub, *_all_subclasses(sub)]
    return found


LEAK_RECORDER = ExceptionLeakRecorder(SECRET_API_KEYS)
LEAK_RECORDER.install()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run when any exception's str or repr showed one of SECRET_API_KEYS."""
    if not LEAK_RECORDER.leaks:
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    lines = [
        f"API key leak: {len(LEAK_RECORDER.leaks)} exception texts of "
        f"{LEAK_RECORDER.checked} recorded contain an API key used by the tests:",
        *sorted(set(LEAK_RECORDER.report()))[:20],
    ]
    if reporter is not None:
        reporter.section("API key leaks", sep="=", red=True)
        for line in lines:
            reporter.write_line(line)
    else:
        print("\n".join(lines), file=sys.stderr)
    session.exitstatus = pytest.ExitCode.TESTS_FAILED


# Property-based tests named as `make fuzz` selects them are `fuzz` tests: `make check` skips
# them, `make test` runs them with their small defaults, `make fuzz` with many examples.
_FUZZ_WORDS = ("fuzz", "differential", "arbitrary")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if any(word in item.name for word in _FUZZ_WORDS):
            item.add_marker(pytest.mark.fuzz)
