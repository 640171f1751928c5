"""`client.chat.completions.create(...)`: the OpenAI-shaped spelling of the same two calls,
for code written against the OpenAI SDK or the gateway's OpenAI-compatible SDK."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, overload

if TYPE_CHECKING:
    from aistats_api.models.create_chat_completion_response import CreateChatCompletionResponse

    from ._async_client import AsyncAIStats
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


class Completions:
    """`client.chat.completions`."""

    def __init__(self, client: AIStats) -> None:
        self._client = client

    @overload
    def create(
        self, *, model: str, messages: Iterable[Any], stream: Literal[False] = False, **params: Any
    ) -> CreateChatCompletionResponse: ...
    @overload
    def create(
        self, *, model: str, messages: Iterable[Any], stream: Literal[True], **params: Any
    ) -> ChatStream: ...
    @overload
    def create(
        self, *, model: str, messages: Iterable[Any], stream: bool, **params: Any
    ) -> CreateChatCompletionResponse | ChatStream: ...
    def create(
        self, *, model: str, messages: Iterable[Any], stream: bool = False, **params: Any
    ) -> CreateChatCompletionResponse | ChatStream:
        """Create a chat completion; with `stream=True`, a `ChatStream` of chunks.

        >>> client.chat.completions.create(model="openai/gpt-4o", messages=messages)
        """
        arguments: Mapping[str, Any] = {
            "model": model,
            "messages": _messages_list(messages),
            **params,
        }
        if stream:
            return self._client.stream_text(**arguments)
        return self._client.generate_text(**arguments)


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
        self, *, model: str, messages: Iterable[Any], stream: Literal[False] = False, **params: Any
    ) -> CreateChatCompletionResponse: ...
    @overload
    async def create(
        self, *, model: str, messages: Iterable[Any], stream: Literal[True], **params: Any
    ) -> AsyncChatStream: ...
    @overload
    async def create(
        self, *, model: str, messages: Iterable[Any], stream: bool, **params: Any
    ) -> CreateChatCompletionResponse | AsyncChatStream: ...
    async def create(
        self, *, model: str, messages: Iterable[Any], stream: bool = False, **params: Any
    ) -> CreateChatCompletionResponse | AsyncChatStream:
        """Create a chat completion; with `stream=True`, an opened `AsyncChatStream`.

        >>> await client.chat.completions.create(model="openai/gpt-4o", messages=messages)
        """
        arguments: Mapping[str, Any] = {
            "model": model,
            "messages": _messages_list(messages),
            **params,
        }
        if stream:
            return await self._client.stream_text(**arguments)
        return await self._client.generate_text(**arguments)


class AsyncChat:
    """`client.chat` of `AsyncAIStats`."""

    def __init__(self, client: AsyncAIStats) -> None:
        self.completions = AsyncCompletions(client)
