# pyright: strict
"""Correct service code, written against the public names the way a user would.

`tests/typing/test_typing.py` runs `mypy --strict` and pyright (strict) on it: it must pass
both with no error. Every form of a call (dict, keyword arguments, typed models; sync and
async; the three calls) and every read of a response (content, tool calls, usage,
finish_reason) appears at least once, without `Unset`. Never run: it makes no requests.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any, cast

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
    ChatCompletionChoice,
    ChatCompletionChunk,
    ChatCompletionFinishReason,
    ChatCompletionMessageCustomToolCall,
    ChatCompletionMessageFunctionToolCall,
    ChatCompletionMessageToolCall,
    ChatCompletionRequestMessage,
    ChatCompletionRequestMessageParam,
    ChatCompletionRequestUserMessage,
    ChatCompletionRequestUserMessageParam,
    ChatCompletionsResponse,
    ChatCompletionToolParam,
    CompletionUsage,
    CreateChatCompletionRequest,
    CreateChatCompletionRequestParam,
    ErrorResponse,
    FunctionObject,
    StopConfiguration,
)

MODEL = "openai/gpt-4o-mini"

WEATHER_TOOL: ChatCompletionToolParam = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The weather in a city.",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
    },
}


# --- Requests: dicts, keyword arguments and models ------------------------------------------


def history(question: str) -> list[ChatCompletionRequestMessageParam]:
    return [
        {"role": "system", "content": "Answer briefly."},
        {"role": "user", "content": [{"type": "text", "text": question}]},
    ]


def ask_with_a_dict(client: AIStats, question: str) -> str:
    request: CreateChatCompletionRequestParam = {
        "model": MODEL,
        "messages": history(question),
        "temperature": 0.5,
        "stop": ["\n\n"],
        "tools": [WEATHER_TOOL],
        "tool_choice": "auto",
        "reasoning_effort": "low",
        "modalities": ["text"],
    }
    completion: ChatCompletion = client.generate_text(request)
    return completion.choices[0].message.content or ""


def ask_with_keywords(client: AIStats, question: str) -> str | None:
    completion = client.generate_text(
        model=MODEL,
        messages=[{"role": "user", "content": question}],
        max_tokens=50,
        seed=7,
        stream_options={"include_usage": True},
        extra_body={"a_field_the_spec_lacks": True},
        timeout=30,
    )
    return completion.choices[0].message.content


def ask_with_models(client: AIStats, question: str, stop: StopConfiguration = "\n\n") -> str:
    messages: list[ChatCompletionRequestMessage] = [
        ChatCompletionRequestUserMessage(content=question)
    ]
    request = CreateChatCompletionRequest(model=MODEL, messages=messages, stop=stop)
    return client.generate_text(request).choices[0].message.content or ""


def ask_with_models_in_a_dict(client: AIStats, question: str) -> ChatCompletion:
    # A typed model is accepted wherever its dict form is.
    messages: list[ChatCompletionRequestMessageParam | ChatCompletionRequestMessage] = [
        {"role": "system", "content": "Be brief."},
        ChatCompletionRequestUserMessage(content=question),
    ]
    return client.generate_text({"model": MODEL, "messages": messages})


def ask_with_overrides(
    client: AIStats, request: CreateChatCompletionRequestParam
) -> ChatCompletion:
    # Keyword arguments next to a whole request replace its fields.
    return client.generate_text(request, temperature=0.0, max_tokens=10)


def ask_from_json(client: AIStats, text: str) -> ChatCompletion:
    body: dict[str, Any] = json.loads(text)
    return client.generate_text(cast(CreateChatCompletionRequestParam, body))


def user_turn(text: str) -> ChatCompletionRequestUserMessageParam:
    return {"role": "user", "content": text, "name": "ada"}


# --- Reading a response: no Unset anywhere --------------------------------------------------


def total_tokens(completion: ChatCompletionsResponse) -> int:
    usage: CompletionUsage | None = completion.usage
    if usage is None or usage.total_tokens is None:
        return 0
    return usage.total_tokens


def tool_calls(completion: ChatCompletion) -> list[ChatCompletionMessageToolCall]:
    return completion.choices[0].message.tool_calls or []


def called_functions(completion: ChatCompletion) -> dict[str, Any]:
    return {
        call.function.name: json.loads(call.function.arguments)
        for call in tool_calls(completion)
        if isinstance(call, ChatCompletionMessageFunctionToolCall)
    }


def custom_tool_inputs(completion: ChatCompletion) -> dict[str, str]:
    # A custom tool's call carries free text (`custom.input`), not JSON arguments.
    return {
        call.custom.name: call.custom.input_
        for call in tool_calls(completion)
        if isinstance(call, ChatCompletionMessageCustomToolCall)
    }


def explain(error: APIStatusError) -> str:
    # What the gateway says, typed: its code, the failing fields and its id of the request.
    body: ErrorResponse | None = error.error_body
    details = body.details if body is not None and body.details is not None else []
    where = ", ".join(".".join(str(part) for part in item.path) for item in details)
    reset = error.reset_at.isoformat() if error.reset_at is not None else "unknown"
    return f"{error.code}/{error.type} at {error.param} ({where}); id {error.request_id}; {reset}"


def why_it_stopped(choice: ChatCompletionChoice) -> str:
    # The known values are in the type: after `make generate`, comparing with a value the spec
    # dropped is an error (with pyright, its `case` too). A value the gateway adds before the
    # spec does still arrives, as a plain string: the last case takes it.
    reason: ChatCompletionFinishReason | None = choice.finish_reason
    match reason:
        case "stop":
            return "done"
        case "length":
            return "cut"
        case "tool_calls" | "function_call":
            return "tools"
        case "content_filter" | "error":
            return "refused"
        case None:
            return "unfinished"
        case _:
            return f"other: {reason}"


def first_function(tools: list[FunctionObject]) -> str | None:
    return tools[0].description if tools else None


# --- Streams --------------------------------------------------------------------------------


def stream_words(client: AIStats) -> Iterator[str]:
    stream: ChatStream = client.stream_text(
        model=MODEL, messages=[{"role": "user", "content": "Hi"}]
    )
    with stream:
        chunk: ChatCompletionChunk
        for chunk in stream:
            for choice in chunk.choices:
                if choice.delta.content is not None:
                    yield choice.delta.content
        try:
            final: ChatCompletion = stream.get_final_completion()
        except IncompleteStreamError as error:
            partial: ChatCompletion | None = error.partial
            del partial
            raise
        del final


def stream_a_dict(client: AIStats) -> str:
    with client.stream_text({"model": MODEL, "messages": history("Hi")}) as stream:
        return "".join(stream.text_stream)


async def ask_async(client: AsyncAIStats, question: str) -> str | None:
    completion = await client.generate_text(
        model=MODEL, messages=[{"role": "user", "content": question}], temperature=1.0
    )
    return completion.choices[0].message.content


async def ask_async_with_a_dict(client: AsyncAIStats) -> ChatCompletion:
    return await client.generate_text({"model": MODEL, "messages": history("Hi")})


async def stream_async(client: AsyncAIStats) -> AsyncIterator[str]:
    stream: AsyncChatStream = client.stream_text(model=MODEL, messages=history("Hi"))
    async with stream:
        async for text in stream.text_stream:
            yield text
        completion: ChatCompletion = await stream.get_final_completion()
        del completion


# --- The OpenAI-shaped spelling -------------------------------------------------------------


def openai_shaped(client: AIStats) -> tuple[ChatCompletion, ChatStream]:
    whole = client.chat.completions.create(model=MODEL, messages=history("Hi"), max_tokens=5)
    streamed = client.chat.completions.create(model=MODEL, messages=history("Hi"), stream=True)
    return whole, streamed


def openai_shaped_either(client: AIStats, stream: bool) -> ChatCompletion | ChatStream:
    return client.chat.completions.create(model=MODEL, messages=history("Hi"), stream=stream)


async def openai_shaped_async(client: AsyncAIStats) -> tuple[ChatCompletion, AsyncChatStream]:
    whole = await client.chat.completions.create(model=MODEL, messages=history("Hi"))
    streamed = await client.chat.completions.create(
        model=MODEL, messages=history("Hi"), stream=True
    )
    return whole, streamed


def status_of(error: AIStatsError) -> int | None:
    return error.status_code if isinstance(error, APIStatusError) else None
