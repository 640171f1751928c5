"""The bookkeeping of a tool run (`run_tools`, `stream_tools`), pure: a completion in, the
calls to make out; the calls' results in, the messages of the next model call out. The clients'
loops do the calling; only running one planned call is written twice (sync and async)."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from ._exceptions import InvalidArgumentTypeError, ToolDefinitionError, ToolExecutionError
from ._output_schema import OutputMismatch
from ._request import to_json_value
from ._tools import FUNCTION_TOOL_TYPE, Tool, as_tool, encode_result

if TYPE_CHECKING:
    from aistats_api.models import (
        ChatCompletionMessageFunctionToolCall,
        ChatCompletionRequestMessageParam,
        CreateChatCompletionResponse,
    )

StopReason = Literal["answered", "max_steps"]


@dataclass(frozen=True, slots=True)
class ToolCallRecord:
    """One tool call of a step and what came of it.

    `output` is what was sent back to the model as the tool's result; `error` says what went
    wrong when the tool could not run or raised (then `output` tells the model so), and
    `exception` is what the tool raised.
    """

    id: str
    name: str
    arguments: str  # the JSON text the model sent
    output: str
    error: str | None = None
    exception: BaseException | None = field(default=None, compare=False)
    # What the function returned (None when it did not run or raised).
    result: Any = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class ToolStep:
    """One model call of a run and the tool calls it asked for."""

    completion: CreateChatCompletionResponse
    calls: tuple[ToolCallRecord, ...]


@dataclass(frozen=True, slots=True)
class ToolRunResult:
    """What `run_tools` returns.

    `completion` is the last completion (the answer, or the last tool request when `max_steps`
    stopped the run); `messages` the whole conversation, ready to continue (pass it back with
    another user message); `steps` each model call with its tool calls; `stop_reason`
    `"answered"` or `"max_steps"`.
    """

    completion: CreateChatCompletionResponse
    messages: list[ChatCompletionRequestMessageParam]
    steps: list[ToolStep]
    stop_reason: StopReason

    @property
    def text(self) -> str | None:
        """The text of the last completion's first choice."""
        choices = self.completion.choices
        return choices[0].message.content if choices else None


@dataclass(slots=True)
class PlannedCall:
    """A tool call ready to run: the tool and its arguments, or what to tell the model instead."""

    id: str
    name: str
    arguments: str
    tool: Tool[..., Any] | None = None
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    problem: str | None = None  # why it cannot run (unknown tool, bad arguments)


class ToolRun:
    """The state of one `run_tools` call: messages so far, steps, and what comes next."""

    def __init__(
        self,
        tools: Sequence[Tool[..., Any] | Callable[..., Any]],
        messages: Sequence[Any],
        *,
        max_steps: int,
        raise_tool_errors: bool,
        allow_async: bool,
    ) -> None:
        if isinstance(max_steps, bool) or not isinstance(max_steps, int) or max_steps < 1:
            raise InvalidArgumentTypeError(f"max_steps must be an integer >= 1, got {max_steps!r}")
        if isinstance(tools, str | bytes) or not isinstance(tools, Sequence) or not tools:
            raise InvalidArgumentTypeError("tools must be a non-empty list of functions or tools")
        self.tools: dict[str, Tool[..., Any]] = {}
        for candidate in tools:
            built = as_tool(candidate)
            if built.name in self.tools:
                raise ToolDefinitionError(f"two tools are named {built.name!r}")
            if built.is_async and not allow_async:
                raise InvalidArgumentTypeError(
                    f"tool {built.name} is an async function: run it with AsyncAIStats"
                )
            self.tools[built.name] = built
        # As JSON from the start: the result's messages are dicts, whatever was passed in.
        self.messages: list[Any] = to_json_value(list(messages), "messages")
        self.steps: list[ToolStep] = []
        self.max_steps = max_steps
        self.raise_tool_errors = raise_tool_errors

    def request_params(self, request: Any, params: Mapping[str, Any]) -> dict[str, Any]:
        """The keyword arguments of the next model call: the caller's, with the conversation
        so far and the request's `tools` (any it had, such as server tools, then ours)."""
        given = request_field(request, params, "tools")
        ours: list[Any] = [t.to_param() for t in self.tools.values()]
        tools = ours if given is None else [*to_json_value(given, "tools"), *ours]
        return {**params, "messages": self.messages, "tools": tools}

    def plan(self, completion: CreateChatCompletionResponse) -> list[PlannedCall]:
        """Record the assistant's message and return the calls it asks for (none: answered)."""
        choice = completion.choices[0] if completion.choices else None
        if choice is None:
            return []
        message = choice.message
        calls = [c for c in message.tool_calls or () if _is_function_call(c)]
        assistant: dict[str, Any] = {"role": "assistant"}
        if message.content is not None:
            assistant["content"] = message.content
        if calls:
            assistant["tool_calls"] = [call.to_dict() for call in calls]
        self.messages.append(assistant)
        return [self._planned(call) for call in calls]  # type: ignore[arg-type]

    def _planned(self, call: ChatCompletionMessageFunctionToolCall) -> PlannedCall:
        name, arguments = call.function.name, call.function.arguments
        planned = PlannedCall(call.id, name, arguments)
        found = self.tools.get(name)
        if found is None:
            known = ", ".join(self.tools)
            planned.problem = f"there is no tool named {name!r} (the tools are: {known})"
            return planned
        try:
            planned.args, planned.kwargs = found.bind(arguments)
        except OutputMismatch as exc:
            planned.problem = f"{name}: {exc}"
            return planned
        planned.tool = found
        return planned

    def finished(self, planned: PlannedCall, result: Any) -> ToolCallRecord:
        return ToolCallRecord(
            planned.id, planned.name, planned.arguments, encode_result(result), result=result
        )

    def failed(self, planned: PlannedCall, exc: BaseException) -> ToolCallRecord:
        """The record of a tool that raised; re-raised as `ToolExecutionError` when asked."""
        description = f"{type(exc).__name__}: {exc}"
        if self.raise_tool_errors:
            raise ToolExecutionError(
                f"tool {planned.name} raised {description}",
                tool_name=planned.name,
                call_id=planned.id,
                arguments=planned.arguments,
                messages=list(self.messages),
                steps=list(self.steps),
            ) from exc
        output = f"Error: the tool raised {description}"
        return ToolCallRecord(
            planned.id, planned.name, planned.arguments, output, error=description, exception=exc
        )

    def refused(self, planned: PlannedCall) -> ToolCallRecord:
        problem = planned.problem or "the call cannot run"
        return ToolCallRecord(
            planned.id, planned.name, planned.arguments, f"Error: {problem}", error=problem
        )

    def end_step(
        self, completion: CreateChatCompletionResponse, records: Sequence[ToolCallRecord]
    ) -> ToolStep:
        """Append one tool message per call, in the order of the calls, and record the step."""
        for record in records:
            self.messages.append(
                {"role": "tool", "tool_call_id": record.id, "content": record.output}
            )
        step = ToolStep(completion, tuple(records))
        self.steps.append(step)
        return step

    @property
    def out_of_steps(self) -> bool:
        return len(self.steps) >= self.max_steps

    def result(self, completion: CreateChatCompletionResponse) -> ToolRunResult:
        reason: StopReason = "max_steps" if self._stopped_early(completion) else "answered"
        return ToolRunResult(completion, self.messages, self.steps, reason)

    def _stopped_early(self, completion: CreateChatCompletionResponse) -> bool:
        return bool(self.steps) and self.steps[-1].completion is completion


def request_field(request: Any, params: Mapping[str, Any], name: str) -> Any:
    """A request field as the call will send it: the keyword argument, else the request's."""
    if name in params:
        return params[name]
    if isinstance(request, Mapping):
        return request.get(name)
    if request is not None:
        return request.to_dict().get(name)
    return None


def messages_of(request: Any, params: Mapping[str, Any]) -> Sequence[Any]:
    """The conversation a run starts from; a TypeError naming `messages` when there is none."""
    messages = request_field(request, params, "messages")
    if isinstance(messages, str | bytes | Mapping) or not isinstance(messages, Sequence):
        raise InvalidArgumentTypeError(
            "messages is required: a list of {'role': ..., 'content': ...} dicts"
        )
    return messages


def _is_function_call(call: Any) -> bool:
    return getattr(call, "type_", None) == FUNCTION_TOOL_TYPE


# Running one planned call: the only part of a run written twice. A tool that raises gives a
# record saying so (or `ToolExecutionError` when the run re-raises); one that cannot run
# (unknown, bad arguments) a record telling the model why.


def run_call(run: ToolRun, planned: PlannedCall) -> ToolCallRecord:
    if planned.tool is None:
        return run.refused(planned)
    try:
        result = planned.tool.function(*planned.args, **planned.kwargs)
    except Exception as exc:
        return run.failed(planned, exc)
    return run.finished(planned, result)


async def run_call_async(run: ToolRun, planned: PlannedCall) -> ToolCallRecord:
    """As `run_call`; an async tool is awaited (the async client runs a step's calls at once)."""
    if planned.tool is None:
        return run.refused(planned)
    try:
        result = planned.tool.function(*planned.args, **planned.kwargs)
        if inspect.isawaitable(result):
            result = await result
    except Exception as exc:
        return run.failed(planned, exc)
    return run.finished(planned, result)


async def run_concurrently(run: ToolRun, planned: Sequence[PlannedCall]) -> list[ToolCallRecord]:
    """A step's calls, run at once: they are independent (the model asked for all of them
    before seeing any result). The records keep the order of the calls."""
    # Imported here: asyncio costs ~40 ms at import and only async tool runs need it.
    import asyncio

    # Every call finishes before a failure (a re-raised tool error) propagates: none is left
    # running unawaited.
    outcomes = await asyncio.gather(
        *(run_call_async(run, call) for call in planned), return_exceptions=True
    )
    for outcome in outcomes:
        if isinstance(outcome, BaseException):
            raise outcome
    return [outcome for outcome in outcomes if isinstance(outcome, ToolCallRecord)]
