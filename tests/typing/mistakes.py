# pyright: strict
"""Mistakes a service could make, one per line marked `# E: ...`.

`tests/typing/test_typing.py` runs `mypy --strict` and pyright (strict) on this file and
checks that each reports an error on exactly the marked lines: no mistake goes unnoticed, and
no correct line is blamed. Never run.
"""

from __future__ import annotations

from aistats import AIStats, APIStatusError, AsyncAIStats
from aistats.models import (
    ChatCompletion,
    ChatCompletionChoice,
    ChatCompletionChunk,
    ChatCompletionMessageToolCall,
    ChatCompletionRequestMessageParam,
    ChatCompletionRequestUserMessage,
    ChatCompletionRequestUserMessageParam,
    ChatCompletionToolParam,
    CreateChatCompletionRequestParam,
)
from aistats.models import ChatCompletionChunkk  # E: a misspelled import is not Any

M = "openai/gpt-4o-mini"
msgs: list[ChatCompletionRequestMessageParam] = [{"role": "user", "content": "Hi"}]


def sync_calls(c: AIStats) -> None:
    c.generate_text(model=M, messages=msgs, temprature=0.5)  # E: misspelled keyword argument
    c.stream_text(model=M, messages=msgs, max_tokenz=5)  # E: misspelled keyword argument
    c.chat.completions.create(model=M, messages=msgs, max_tokenz=5)  # E: misspelled keyword
    c.chat.completions.create(model=M, messages=msgs, stream=True, top_pp=1)  # E: misspelled
    c.generate_text(model=M, messages=msgs, temperature="hot")  # E: wrong value type
    c.generate_text(model=M, messages=msgs, reasoning_effort="extreme")  # E: not an enum value
    c.generate_text(model=M, messages=msgs, modalities="text")  # E: a bare str for a list
    c.generate_text(model=M, messages="Hi")  # E: a bare str for the messages
    c.generate_text(messages=msgs)  # E: model is missing
    c.generate_text(model=M)  # E: messages are missing
    c.generate_text(model=M, messages=msgs, extra_body="x")  # E: extra_body is a mapping
    c.generate_text(model=M, messages=msgs, stream=True)  # E: generate_text never streams
    c.generate_text(model=M, messages=msgs, speed="fast")  # E: the gateway refuses `speed`
    c.generate_text(model=M, messages=msgs, service_tier="auto")  # E: refused by the gateway
    c.generate_text(model=M, messages=[{"role": "function", "name": "f", "content": "4"}])  # E


def dict_requests(c: AIStats) -> None:
    c.generate_text({"model": M, "messages": msgs, "temprature": 0.5})  # E: misspelled key
    c.generate_text({"model": 1, "messages": msgs})  # E: model must be a str
    c.generate_text({"model": M})  # E: messages are missing
    c.stream_text({"model": M, "messages": [{"role": "usr", "content": "Hi"}]})  # E: bad role
    c.stream_text({"model": M, "messages": [{"role": "user", "contnt": "Hi"}]})  # E: bad key
    c.generate_text({"model": M, "messages": [{"role": "tool", "content": "4"}]})  # E: no id
    c.generate_text({"model": M, "messages": msgs}, temprature=0.5)  # E: misspelled override


def nested_mistakes() -> None:
    tool: ChatCompletionToolParam = {"type": "function", "functon": {"name": "f"}}  # E: key
    named: ChatCompletionToolParam = {"type": "function", "function": {"nam": "f"}}  # E: key
    user: ChatCompletionRequestUserMessageParam = {"role": "user"}  # E: content is missing
    part: ChatCompletionRequestUserMessageParam = {"role": "user", "content": [{"type": 1}]}  # E
    request: CreateChatCompletionRequestParam = {"model": M, "messages": msgs, "n": "2"}  # E
    ChatCompletionRequestUserMessage(contnt="Hi")  # E: misspelled constructor argument
    del tool, named, user, part, request


async def async_calls(c: AsyncAIStats) -> None:
    await c.generate_text(model=M, messages=msgs, temprature=0.5)  # E: misspelled keyword
    await c.generate_text({"model": M, "messages": msgs, "temprature": 0.5})  # E: misspelled
    c.stream_text(model=M, messages=msgs, max_tokenz=5)  # E: misspelled keyword argument
    await c.chat.completions.create(model=M, messages=msgs, max_tokenz=5)  # E: misspelled
    await c.chat.completions.create(messages=msgs, stream=True)  # E: model is missing


def reading(completion: ChatCompletion, choice: ChatCompletionChoice) -> None:
    total: int = completion.usage.total_tokens  # E: usage may be absent (None)
    text: str = completion.choices[0].message.content  # E: content may be None
    stopped = choice.finish_reason == "stopp"  # E: not one of the known finish reasons
    tool_name = completion.choices[0].message.tool_calls[0].function.name  # E: may be None
    del total, text, stopped, tool_name


def reading_what_the_gateway_sends(
    chunk: ChatCompletionChunk, call: ChatCompletionMessageToolCall, error: APIStatusError
) -> None:
    created: int = chunk.created  # E: re-encoded frames carry no `created`
    arguments = call.function.arguments  # E: a custom tool call has no `function`
    code: str = error.code  # E: a body may carry no code
    del created, arguments, code
