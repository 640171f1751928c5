"""Fixtures for the client's HTTP tests: one mock gateway on 127.0.0.1 per session (reset
before each test), and `api`: the same test body runs against `AIStats` and `AsyncAIStats`."""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from aistats import (
    AIStats,
    AIStatsError,
    AsyncAIStats,
    AsyncChatStream,
    ChatStream,
    ObjectResult,
    ToolEvent,
    ToolRunResult,
)
from aistats.models import ChatCompletion, ChatCompletionChunk
from aistats.testing import MockGateway
from tests.client.raw_server import RawServer

API_KEY = "sk-test-0123456789-very-secret"
MODEL = "openai/gpt-4o-mini"
HELLO = [{"role": "user", "content": "Say hello"}]


@pytest.fixture(scope="session")
def _gateway() -> Iterator[MockGateway]:
    with MockGateway() as gateway:
        yield gateway


@pytest.fixture
def gateway(_gateway: MockGateway) -> MockGateway:
    _gateway.reset()
    return _gateway


class Api:
    """One face for both clients, so a test body is written once and runs sync and async.

    Sync calls block the test's event loop; that is fine because the mock gateway serves from
    its own thread.
    """

    def __init__(self, kind: str, base_url: str, **options: Any) -> None:
        self.kind = kind
        self.options = {"base_url": base_url, "api_key": API_KEY, **options}
        self.client: AIStats | AsyncAIStats = (
            AIStats(**self.options) if kind == "sync" else AsyncAIStats(**self.options)
        )

    def with_client(self, client: AIStats | AsyncAIStats) -> Api:
        copy = object.__new__(Api)
        copy.kind, copy.options, copy.client = self.kind, self.options, client
        return copy

    async def generate(self, *args: Any, **kwargs: Any) -> ChatCompletion:
        if isinstance(self.client, AIStats):
            return self.client.generate_text(*args, **kwargs)
        return await self.client.generate_text(*args, **kwargs)

    async def create(self, **kwargs: Any) -> Any:
        if isinstance(self.client, AIStats):
            return self.client.chat.completions.create(**kwargs)
        return await self.client.chat.completions.create(**kwargs)

    async def chunks(self, *args: Any, **kwargs: Any) -> list[ChatCompletionChunk]:
        if isinstance(self.client, AIStats):
            with self.client.stream_text(*args, **kwargs) as stream:
                return list(stream)
        async with self.client.stream_text(*args, **kwargs) as astream:
            return [chunk async for chunk in astream]

    async def text(self, *args: Any, **kwargs: Any) -> str:
        if isinstance(self.client, AIStats):
            with self.client.stream_text(*args, **kwargs) as stream:
                return "".join(stream.text_stream)
        async with self.client.stream_text(*args, **kwargs) as astream:
            return "".join([piece async for piece in astream.text_stream])

    async def final(self, *args: Any, **kwargs: Any) -> ChatCompletion:
        if isinstance(self.client, AIStats):
            with self.client.stream_text(*args, **kwargs) as stream:
                return stream.get_final_completion()
        async with self.client.stream_text(*args, **kwargs) as astream:
            return await astream.get_final_completion()

    async def open(self, *args: Any, **kwargs: Any) -> ChatStream | AsyncChatStream:
        if isinstance(self.client, AIStats):
            return self.client.stream_text(*args, **kwargs)
        return await self.client.stream_text(*args, **kwargs)

    async def first_chunk_then_break(self, *args: Any, **kwargs: Any) -> ChatCompletionChunk:
        """Iterate with `for`, take one chunk, `break`, and drop the loop's iterator."""
        if isinstance(self.client, AIStats):
            stream = self.client.stream_text(*args, **kwargs)
            for chunk in stream:  # noqa: B007 - the point is the break
                break
            return chunk
        astream = await self.client.stream_text(*args, **kwargs)
        async for achunk in astream:  # noqa: B007 - the point is the break
            break
        return achunk

    async def close_stream(self, stream: ChatStream | AsyncChatStream) -> None:
        if isinstance(stream, ChatStream):
            stream.close()
        else:
            await stream.aclose()

    async def generate_object(self, *args: Any, **kwargs: Any) -> ObjectResult[Any]:
        if isinstance(self.client, AIStats):
            return self.client.generate_object(*args, **kwargs)
        return await self.client.generate_object(*args, **kwargs)

    async def object_stream(self, *args: Any, **kwargs: Any) -> tuple[list[Any], Any]:
        """A streamed object: a snapshot of each partial object handed out, and the final
        object (or the exception getting it raised)."""
        partials: list[Any] = []
        final: Any
        if isinstance(self.client, AIStats):
            with self.client.stream_object(*args, **kwargs) as stream:
                partials.extend(copy.deepcopy(partial) for partial in stream)
                try:
                    final = stream.get_final_object()
                except AIStatsError as exc:
                    final = exc
            return partials, final
        async with self.client.stream_object(*args, **kwargs) as astream:
            async for partial in astream:
                partials.append(copy.deepcopy(partial))
            try:
                final = await astream.get_final_object()
            except AIStatsError as exc:
                final = exc
        return partials, final

    async def run_tools(self, *args: Any, **kwargs: Any) -> ToolRunResult:
        if isinstance(self.client, AIStats):
            return self.client.run_tools(*args, **kwargs)
        return await self.client.run_tools(*args, **kwargs)

    async def stream_tools(
        self, *args: Any, **kwargs: Any
    ) -> tuple[list[ToolEvent], ToolRunResult]:
        if isinstance(self.client, AIStats):
            stream = self.client.stream_tools(*args, **kwargs)
            events = list(stream)
            return events, stream.get_final_result()
        astream = self.client.stream_tools(*args, **kwargs)
        aevents = [event async for event in astream]
        return aevents, await astream.get_final_result()

    async def aclose(self) -> None:
        if isinstance(self.client, AIStats):
            self.client.close()
        else:
            await self.client.close()


@pytest.fixture
def api_key() -> str:
    """The key the `api` clients send (a suite overrides this fixture to use its own)."""
    return API_KEY


@pytest.fixture(params=["sync", "async"])
async def api(
    request: pytest.FixtureRequest, gateway: MockGateway, api_key: str
) -> AsyncIterator[Api]:
    """The same test body against `AIStats` and `AsyncAIStats`, keyed with `api_key`."""
    facade = Api(request.param, gateway.base_url, api_key=api_key)
    yield facade
    await facade.aclose()


@pytest.fixture
def raw_server() -> Iterator[RawServer]:
    server = RawServer()
    yield server
    server.close()


@pytest.fixture(params=["sync", "async"])
async def raw_api(request: pytest.FixtureRequest, raw_server: RawServer) -> AsyncIterator[Api]:
    # A test that waits for bytes that never come fails in seconds, not at the suite timeout.
    facade = Api(request.param, raw_server.base_url, max_retries=0, timeout=10)
    yield facade
    await facade.aclose()
