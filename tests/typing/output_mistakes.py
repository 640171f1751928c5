# pyright: strict
"""Mistakes with structured output and tools, one per line marked `# E: ...` (see
`mistakes.py`). Never run."""

from __future__ import annotations

from dataclasses import dataclass

from aistats import AIStats, AsyncAIStats, tool
from aistats.models import ChatCompletionRequestMessageParam

M = "openai/gpt-4o-mini"
msgs: list[ChatCompletionRequestMessageParam] = [{"role": "user", "content": "Hi"}]


@dataclass
class City:
    name: str
    population: int


@tool
def get_weather(city: str) -> str:
    return city


def sync_calls(c: AIStats) -> None:
    name: int = c.generate_object(model=M, messages=msgs, schema=City).object.name  # E: str
    c.generate_object(model=M, messages=msgs, schema=City).object.nmae  # E: misspelled field
    c.generate_object(model=M, messages=msgs, schema=City, temprature=0)  # E: misspelled
    c.generate_object(model=M, messages=msgs)  # E: schema is missing
    c.generate_object(model=M, messages=msgs, schema=City, response_format={"type": "text"})  # E
    c.generate_object(model=M, messages=msgs, schema="City")  # E: a string is no schema
    c.generate_object(model=M, schema=City)  # E: messages are missing
    c.stream_object(model=M, messages=msgs, schema=City).get_final_object().nmae  # E: misspelled
    c.run_tools(model=M, messages=msgs)  # E: tools are missing
    c.run_tools(model=M, messages=msgs, tools=[get_weather], max_steps="8")  # E: an int
    c.run_tools(model=M, messages=msgs, tools=[{"type": "function"}])  # E: a dict is no function
    c.run_tools(model=M, messages=msgs, tools=[get_weather], stream=True)  # E: no stream
    c.run_tools(model=M, messages=msgs, tools=[get_weather]).txt  # E: misspelled attribute
    get_weather(3)  # E: the tool keeps its function's signature
    for event in c.stream_tools(model=M, messages=msgs, tools=[get_weather]):
        event.text  # E: only a TextDeltaEvent has text


async def async_calls(c: AsyncAIStats) -> None:
    city: str = (await c.generate_object(model=M, messages=msgs, schema=City)).object  # E: City
    c.generate_object(model=M, messages=msgs, schema=City).object  # E: not awaited
    (await c.run_tools(model=M, messages=msgs, tools=[get_weather])).stop_reason = "x"  # E: frozen
