"""Code a user would write, annotated with the public names. `make typecheck` runs
`mypy --strict` on it: if a public type changes shape, this stops type-checking.
Not collected by pytest (it makes no requests)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from aistats import (
    AIStats,
    AIStatsError,
    APIStatusError,
    AsyncAIStats,
    AsyncChatStream,
    ChatStream,
    IncompleteStreamError,
)
from aistats.models import (
    ChatCompletion,
    ChatCompletionChunk,
    ChatCompletionMessageToolCall,
    ChatCompletionRequestMessage,
    ChatCompletionRequestUserMessage,
    ChatCompletionsResponse,
    CompletionUsage,
    CreateChatCompletionRequest,
    StopConfiguration,
)
from aistats_api.types import Unset

MODEL = "openai/gpt-4o-mini"


def history(question: str) -> list[ChatCompletionRequestMessage]:
    return [ChatCompletionRequestUserMessage(content=question)]


def ask(client: AIStats, question: str, stop: StopConfiguration = "\n\n") -> str:
    request = CreateChatCompletionRequest(model=MODEL, messages=history(question), stop=stop)
    completion: ChatCompletion = client.generate_text(request)
    content = completion.choices[0].message.content
    return content if isinstance(content, str) else ""


def tokens(completion: ChatCompletionsResponse) -> int:
    usage: CompletionUsage | Unset = completion.usage
    if isinstance(usage, Unset) or isinstance(usage.total_tokens, Unset):
        return 0
    return usage.total_tokens


def tool_calls(completion: ChatCompletion) -> list[ChatCompletionMessageToolCall]:
    calls = completion.choices[0].message.tool_calls
    return [] if isinstance(calls, Unset) else calls


def stream_words(client: AIStats) -> Iterator[str]:
    stream: ChatStream = client.stream_text(
        model=MODEL, messages=[{"role": "user", "content": "Hi"}]
    )
    with stream:
        chunk: ChatCompletionChunk
        for chunk in stream:
            for choice in chunk.choices:
                if isinstance(choice.delta.content, str):
                    yield choice.delta.content
        try:
            final: ChatCompletion = stream.get_final_completion()
        except IncompleteStreamError as error:
            partial: ChatCompletion | None = error.partial
            del partial
            raise
        del final


async def stream_async(client: AsyncAIStats) -> AsyncIterator[str]:
    stream: AsyncChatStream = client.stream_text(model=MODEL, messages=history("Hi"))
    async with stream:
        async for text in stream.text_stream:
            yield text
        completion: ChatCompletion = await stream.get_final_completion()
        del completion


def openai_shaped(client: AIStats) -> tuple[ChatCompletion, ChatStream]:
    whole = client.chat.completions.create(model=MODEL, messages=history("Hi"))
    streamed = client.chat.completions.create(model=MODEL, messages=history("Hi"), stream=True)
    return whole, streamed


async def openai_shaped_async(client: AsyncAIStats) -> ChatCompletion:
    return await client.chat.completions.create(model=MODEL, messages=history("Hi"))


def status_of(error: AIStatsError) -> int | None:
    return error.status_code if isinstance(error, APIStatusError) else None
