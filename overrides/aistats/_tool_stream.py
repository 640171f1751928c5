"""`ToolStream` and `AsyncToolStream`: a tool run whose model calls are streamed.

Iterating yields events as they happen: `TextDeltaEvent` for each piece of the model's text,
`ToolResultEvent` when a tool has run, `StepEvent` when a step (a model call and its tools)
is done. `get_final_result()` runs the rest and returns the `ToolRunResult`. The bookkeeping is
`_tools.ToolRun`, shared with `run_tools`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

from ._exceptions import StreamInUseError
from ._tool_run import (
    ToolCallRecord,
    ToolRun,
    ToolRunResult,
    ToolStep,
    run_call,
    run_concurrently,
)

if TYPE_CHECKING:
    from ._async_client import AsyncAIStats
    from ._client import AIStats

ClientT = TypeVar("ClientT", "AIStats", "AsyncAIStats")

__all__ = [
    "AsyncToolStream",
    "StepEvent",
    "TextDeltaEvent",
    "ToolEvent",
    "ToolResultEvent",
    "ToolStream",
]


@dataclass(frozen=True, slots=True)
class TextDeltaEvent:
    """A piece of the model's text in step `step` (counted from 0)."""

    text: str
    step: int
    type: Literal["text"] = "text"


@dataclass(frozen=True, slots=True)
class ToolResultEvent:
    """A tool call of step `step` has run (or was refused); `call` says how it went."""

    call: ToolCallRecord
    step: int
    type: Literal["tool_result"] = "tool_result"


@dataclass(frozen=True, slots=True)
class StepEvent:
    """Step `index` is done: its completion and every tool call it made."""

    step: ToolStep
    index: int
    type: Literal["step"] = "step"


ToolEvent = TextDeltaEvent | ToolResultEvent | StepEvent


class _ToolStreamBase(Generic[ClientT]):
    _result: ToolRunResult | None = None
    _started = False

    def __init__(self, client: ClientT, request: Any, params: Mapping[str, Any], run: ToolRun):
        self._client: ClientT = client
        self._request = request
        self._params = params
        self._run = run

    def _start(self) -> None:
        """A run is one pass: a second loop over the same stream is a usage mistake."""
        if self._started:
            raise StreamInUseError(
                "This tool stream was iterated already: a run goes once; start another with "
                "stream_tools(messages=result.messages, ...)"
            )
        self._started = True

    def _next_call_params(self) -> dict[str, Any]:
        return self._run.request_params(self._request, self._params)


class ToolStream(_ToolStreamBase["AIStats"]):
    """A streamed tool run (`AIStats.stream_tools`)."""

    def __iter__(self) -> Iterator[ToolEvent]:
        self._start()
        run = self._run
        while True:
            index = len(run.steps)
            with self._client._create_stream(self._request, self._next_call_params()) as stream:
                for text in stream.text_stream:
                    yield TextDeltaEvent(text, index)
                completion = stream.get_final_completion()
            planned = run.plan(completion)
            if not planned:
                self._result = run.result(completion)
                return
            records = []
            for call in planned:
                record = run_call(run, call)
                records.append(record)
                yield ToolResultEvent(record, index)
            yield StepEvent(run.end_step(completion, records), index)
            if run.out_of_steps:
                self._result = run.result(completion)
                return

    @property
    def text_stream(self) -> Iterator[str]:
        """Only the model's text, across every step."""
        for event in self:
            if isinstance(event, TextDeltaEvent):
                yield event.text

    def get_final_result(self) -> ToolRunResult:
        """Run the rest (if any) and return the result."""
        if self._result is None:
            for _ in self:
                pass
        assert self._result is not None
        return self._result


class AsyncToolStream(_ToolStreamBase["AsyncAIStats"]):
    """A streamed tool run (`AsyncAIStats.stream_tools`); a step's tool calls run at once."""

    async def __aiter__(self) -> AsyncIterator[ToolEvent]:
        self._start()
        run = self._run
        while True:
            index = len(run.steps)
            params = self._next_call_params()
            async with self._client._create_stream(self._request, params) as stream:
                async for text in stream.text_stream:
                    yield TextDeltaEvent(text, index)
                completion = await stream.get_final_completion()
            planned = run.plan(completion)
            if not planned:
                self._result = run.result(completion)
                return
            records = await run_concurrently(run, planned)
            for record in records:
                yield ToolResultEvent(record, index)
            yield StepEvent(run.end_step(completion, records), index)
            if run.out_of_steps:
                self._result = run.result(completion)
                return

    @property
    async def text_stream(self) -> AsyncIterator[str]:
        async for event in self:
            if isinstance(event, TextDeltaEvent):
                yield event.text

    async def get_final_result(self) -> ToolRunResult:
        if self._result is None:
            async for _ in self:
                pass
        assert self._result is not None
        return self._result
