"""The pytest plugin of the `testing` extra, as a user meets it: test files in a fresh directory
(no conftest.py, no pytest settings) using `mock_gateway`, `aistats_client` and
`async_aistats_client`, run by pytest in a subprocess with unclosed sockets made errors, under
pytest-asyncio (strict and auto) and anyio; the README's example test, run the same way. And the
mock without the extra: it refuses to start, naming the extra."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.cli.not_installed import not_installed
from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.slow

# Unclosed sockets, transports and event loops are errors, as in this repository's own suite.
NO_LEAKS = ("-W", "error::ResourceWarning", "-W", "error::pytest.PytestUnraisableExceptionWarning")
# Plugins of this environment that a user's project may not have; off, to start pytest faster.
UNRELATED = ("-p", "no:schemathesis", "-p", "no:hypothesispytest", "-p", "no:xdist")

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
async def test_asyncio(async_aistats_client: AsyncAIStats, mock_gateway: MockGateway) -> None:
    mock_gateway.enqueue(MockReply.text("Async."))
    chat = await async_aistats_client.generate_text(
        model="openai/gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
    assert chat.choices[0].message.content == "Async."


def test_a_fresh_gateway_per_test(mock_gateway: MockGateway) -> None:
    assert mock_gateway.requests == []
"""

ANYIO_TEST = """
import pytest

from aistats import AsyncAIStats
from aistats.testing import MockGateway, MockReply


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
async def test_anyio(async_aistats_client: AsyncAIStats, mock_gateway: MockGateway) -> None:
    mock_gateway.enqueue(MockReply.text("Any I/O."))
    chat = await async_aistats_client.generate_text(
        model="openai/gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
    assert chat.choices[0].message.content == "Any I/O."
    async with async_aistats_client.stream_text(
        model="openai/gpt-4o-mini", messages=[{"role": "user", "content": "hi"}]
    ) as stream:
        assert [text async for text in stream.text_stream]
"""

AUTO_MODE_TEST = """
from aistats import AsyncAIStats
from aistats.testing import MockGateway


async def test_unmarked(async_aistats_client: AsyncAIStats, mock_gateway: MockGateway) -> None:
    async with async_aistats_client.stream_text(
        model="openai/gpt-4o-mini", messages=[{"role": "user", "content": "hi"}]
    ) as stream:
        assert "hi" in "".join([text async for text in stream.text_stream])
    assert len(mock_gateway.requests) == 1
"""

# A user's conftest.py replacing `mock_gateway` with a stricter one: the clients follow.
STRICTER_GATEWAY = """
import pytest

from aistats.testing import MockGateway


@pytest.fixture
def mock_gateway():
    with MockGateway(models=["openai/gpt-4o-mini"], error_style="openai") as gateway:
        yield gateway
"""

STRICTER_GATEWAY_TEST = """
import pytest

from aistats import AIStats, BadRequestError


def test_only_the_one_model(aistats_client: AIStats) -> None:
    with pytest.raises(BadRequestError, match="Unsupported model"):
        aistats_client.generate_text(model="other/model",
                                     messages=[{"role": "user", "content": "hi"}])
"""


def run_pytest(
    directory: Path, *options: str, preamble: str = ""
) -> subprocess.CompletedProcess[str]:
    """pytest in `directory`, as `python -m pytest` would run it (after `preamble`)."""
    runner = f"{preamble}\nimport sys, pytest\nsys.exit(pytest.main(sys.argv[1:]))\n"
    return subprocess.run(
        [sys.executable, "-c", runner, "-q", "-p", "no:cacheprovider", *UNRELATED, *NO_LEAKS,
         *options, str(directory)],
        capture_output=True, text=True, timeout=120, cwd=directory, check=False,
    )  # fmt: skip


def passed(result: subprocess.CompletedProcess[str], count: int) -> bool:
    return result.returncode == 0 and f"{count} passed" in result.stdout


def test_the_fixtures_work_without_any_conftest_and_leave_no_socket_open(
    tmp_path: Path,
) -> None:
    (tmp_path / "test_user.py").write_text(USER_TESTS)
    (tmp_path / "test_anyio.py").write_text(ANYIO_TEST)
    result = run_pytest(
        tmp_path, "-o", "asyncio_mode=strict", "-o", "asyncio_default_fixture_loop_scope=function"
    )
    assert passed(result, 4), result.stdout + result.stderr


def test_the_async_fixture_in_pytest_asyncio_auto_mode(tmp_path: Path) -> None:
    (tmp_path / "test_auto.py").write_text(AUTO_MODE_TEST)
    result = run_pytest(
        tmp_path, "-o", "asyncio_mode=auto", "-o", "asyncio_default_fixture_loop_scope=function"
    )
    assert passed(result, 1), result.stdout + result.stderr


def test_the_async_fixture_with_anyio_alone(tmp_path: Path) -> None:
    # A project with anyio's plugin and no pytest-asyncio at all: the plugin's fixture is a
    # plain pytest fixture then, which anyio runs for its tests.
    (tmp_path / "test_anyio.py").write_text(ANYIO_TEST)
    result = run_pytest(tmp_path, "-p", "no:asyncio", preamble=not_installed("pytest_asyncio"))
    assert passed(result, 1), result.stdout + result.stderr


def test_a_conftest_can_replace_the_gateway_and_the_clients_follow(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(STRICTER_GATEWAY)
    (tmp_path / "test_stricter.py").write_text(STRICTER_GATEWAY_TEST)
    result = run_pytest(tmp_path)
    assert passed(result, 1), result.stdout + result.stderr


def test_the_readme_example_test_passes_and_leaves_no_socket_open(tmp_path: Path) -> None:
    blocks = re.findall(
        r"^```python\n(.*?)^```", (REPO_ROOT / "README.md").read_text(), re.DOTALL | re.MULTILINE
    )
    (example,) = [block for block in blocks if "mock_gateway: MockGateway" in block]
    service = textwrap.dedent(
        """
        from aistats import AIStats


        def my_service(client: AIStats) -> str | None:
            chat = client.generate_text(
                model="openai/gpt-4o-mini", messages=[{"role": "user", "content": "Hello"}]
            )
            return chat.choices[0].message.content
        """
    )
    (tmp_path / "test_readme_example.py").write_text(service + example)
    result = run_pytest(tmp_path)
    assert passed(result, 1), result.stdout + result.stderr


@pytest.mark.parametrize("package", ["jsonschema", "hypothesis_jsonschema"])
def test_the_mock_refuses_to_start_without_the_testing_extra_and_names_it(package: str) -> None:
    script = not_installed(package) + textwrap.dedent(
        """
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
    assert package in result.stdout
