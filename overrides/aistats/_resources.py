"""`client.chat.completions.create(...)`: the OpenAI-shaped spelling of the same two calls,
for code written against the OpenAI SDK or the gateway's OpenAI-compatible SDK."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, overload

if TYPE_CHECKING:
    from typing import Unpack

    from aistats_api.models import CreateChatCompletionResponse

    from ._async_client import AsyncAIStats
    from ._call_parameters import RequestKeywords
    from ._client import AIStats
    from ._streaming import AsyncChatStream, ChatStream


def _messages_list(messages: Iterable[Any]) -> Any:
    """An iterable of messages as a list; anything else is passed on unchanged, so that the
    request check names `messages` (a string is iterable, but never a list of messages)."""
    if isinstance(messages, list):
        return messages
    if isinstance(messages, Iterable) and not isinstance(messages, str | bytes | Mapping):
        return list(messages)
    return messages


def _arguments(params: Mapping[str, Any]) -> dict[str, Any]:
    arguments = dict(params)
    if "messages" in arguments:
        arguments["messages"] = _messages_list(arguments["messages"])
    return arguments


class Completions:
    """`client.chat.completions`."""

    def __init__(self, client: AIStats) -> None:
        self._client = client

    @overload
    def create(self, *, stream: Literal[True], **params: Unpack[RequestKeywords]) -> ChatStream: ...
    @overload
    def create(
        self, *, stream: Literal[False] | None = None, **params: Unpack[RequestKeywords]
    ) -> CreateChatCompletionResponse: ...
    @overload
    def create(
        self, *, stream: bool, **params: Unpack[RequestKeywords]
    ) -> CreateChatCompletionResponse | ChatStream: ...
    def create(
        self,
        *,
        stream: bool | None = None,
        **params: Any,
    ) -> CreateChatCompletionResponse | ChatStream:
        """Create a chat completion; with `stream=True`, a `ChatStream` of chunks.

        >>> chat = client.chat.completions.create(model="openai/gpt-4o", messages=messages)
        >>> chat.choices[0].message.content
        'You said: "Say hello"...'
        """
        options = _arguments(params)
        if stream:
            return self._client.stream_text(**options)
        return self._client.generate_text(**options)


class Chat:
    """`client.chat`."""

    def __init__(self, client: AIStats) -> None:
        self.completions = Completions(client)


class AsyncCompletions:
    """`client.chat.completions` of `AsyncAIStats`."""

    def __init__(self, client: AsyncAIStats) -> None:
        self._client = client

    @overload
    async def create(
        self, *, stream: Literal[True], **params: Unpack[RequestKeywords]
    ) -> AsyncChatStream: ...
    @overload
    async def create(
        self, *, stream: Literal[False] | None = None, **params: Unpack[RequestKeywords]
    ) -> CreateChatCompletionResponse: ...
    @overload
    async def create(
        self, *, stream: bool, **params: Unpack[RequestKeywords]
    ) -> CreateChatCompletionResponse | AsyncChatStream: ...
    async def create(
        self,
        *,
        stream: bool | None = None,
        **params: Any,
    ) -> CreateChatCompletionResponse | AsyncChatStream:
        """Create a chat completion; with `stream=True`, an opened `AsyncChatStream`.

        >>> async def main() -> str | None:
        ...     async with AsyncAIStats() as client:
        ...         chat = await client.chat.completions.create(
        ...             model="openai/gpt-4o", messages=messages
        ...         )
        ...         return chat.choices[0].message.content
        >>> asyncio.run(main())
        'You said: "Say hello"...'
        """
        options = _arguments(params)
        if stream:
            return await self._client.stream_text(**options)
        return await self._client.generate_text(**options)


class AsyncChat:
    """`client.chat` of `AsyncAIStats`."""

    def __init__(self, client: AsyncAIStats) -> None:
        self.completions = AsyncCompletions(client)
