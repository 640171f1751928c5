"""The pytest plugin of the `testing` extra, as a user meets it: a test file in a fresh
directory (no conftest.py) using `mock_gateway`, `aistats_client` and `async_aistats_client`,
run by pytest in a subprocess with unclosed sockets made errors. And the mock without the
extra: it refuses to start, naming the extra."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

USER_TESTS = """
import pytest

from aistats import AIStats, AsyncAIStats
from aistats.testing import MockGateway, MockReply


def test_sync(aistats_client: AIStats, mock_gateway: MockGateway) -> None:
    mock_gateway.enqueue(MockReply.text("Scripted."))
    chat = aistats_client.generate_text(model="openai/gpt-4o-mini",
                                        messages=[{"role": "user", "content": "hi"}])
    assert chat.choices[0].message.content == "Scripted."
    with aistats_client.stream_text(model="openai/gpt-4o-mini",
                                    messages=[{"role": "user", "content": "hi"}]) as stream:
        assert "".join(stream.text_stream)
    assert len(mock_gateway.requests) == 2


@pytest.mark.asyncio  # strict mode: the test says it is async; the fixture needs nothing
async def test_async(async_aistats_client: AsyncAIStats, mock_gateway: MockGateway) -> None:
    mock_gateway.enqueue(MockReply.text("Async."))
    chat = await async_aistats_client.generate_text(
        model="openai/gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
    assert chat.choices[0].message.content == "Async."


def test_a_fresh_gateway_per_test(mock_gateway: MockGateway) -> None:
    assert mock_gateway.requests == []
"""


def run_pytest(directory: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *options, str(directory)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=directory,
        check=False,
    )


def test_the_fixtures_work_without_any_conftest_and_leave_no_socket_open(
    tmp_path: Path,
) -> None:
    (tmp_path / "test_user.py").write_text(USER_TESTS)
    result = run_pytest(
        tmp_path,
        "-W", "error::ResourceWarning",
        "-W", "error::pytest.PytestUnraisableExceptionWarning",
        "-o", "asyncio_mode=strict",
        "-o", "asyncio_default_fixture_loop_scope=function",
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 passed" in result.stdout


def test_the_mock_refuses_to_start_without_the_testing_extra_and_names_it() -> None:
    script = textwrap.dedent(
        """
        import sys
        sys.modules["jsonschema"] = None  # as if the extra were not installed
        from aistats.testing import MockGateway, SpecUnavailable
        try:
            MockGateway().start()
        except SpecUnavailable as error:
            print(error)
        else:
            print("started")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "pip install 'aistats-client[testing]'" in result.stdout
    assert "jsonschema" in result.stdout
