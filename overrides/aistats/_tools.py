"""Function tools from typed Python functions, and the bookkeeping of a tool run.

`tool(fn)` reads `fn`'s signature and docstring: the parameters' JSON Schema comes from the
schema library (msgspec, through a Struct built from the signature) in the strict form, the
description from the docstring, each parameter's description from its `Args:` entry. A run
(`_ToolRun`) is pure: it turns a completion into the calls to make and the calls' results
into messages; the clients' loops do the calling, sync or async.
"""

from __future__ import annotations

import inspect
import re
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final, Generic, Literal, ParamSpec, TypeVar, overload

import orjson

from ._exceptions import InvalidArgumentTypeError, ToolDefinitionError, ToolExecutionError
from ._output_schema import OutputMismatch, drop_added_nulls, import_optional, strict_form
from ._request import to_json_value

if TYPE_CHECKING:
    from aistats_api.models import (
        ChatCompletionMessageFunctionToolCall,
        ChatCompletionRequestMessageParam,
        ChatCompletionToolParam,
        CreateChatCompletionResponse,
    )

P = ParamSpec("P")
R = TypeVar("R")

FUNCTION_TOOL_TYPE: Final = "function"
# What providers accept as a function name.
_TOOL_NAME: Final = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")
# Google-style sections that end a docstring's description and list the parameters.
_ARGS_HEADER: Final = re.compile(r"^(Args|Arguments|Parameters):\s*$", re.MULTILINE)
_OTHER_HEADER: Final = re.compile(r"^[A-Z][A-Za-z ]*:\s*$")
_ARG_LINE: Final = re.compile(r"^\s+(\*{0,2}\w+)\s*(?:\([^)]*\))?\s*:\s*(.*)$")

StopReason = Literal["answered", "max_steps"]


@dataclass(frozen=True, slots=True, eq=False)
class Tool(Generic[P, R]):
    """A Python function the model can call. Calling the tool calls the function.

    >>> @tool
    ... def get_weather(city: str, unit: Literal["C", "F"] = "C") -> str:
    ...     '''The current weather in a city.
    ...
    ...     Args:
    ...         city: The city's name, e.g. "Paris".
    ...     '''
    ...     return f"18 {unit} and sunny in {city}"
    >>> get_weather.to_param()["function"]["parameters"]["required"]
    ['city', 'unit']
    >>> get_weather("Oslo")
    '18 C and sunny in Oslo'
    """

    name: str
    description: str | None
    # The JSON Schema of the arguments, in the strict form when `strict`.
    parameters: dict[str, Any]
    strict: bool
    function: Callable[P, R] = field(repr=False)
    _arguments: Any = field(repr=False)  # the msgspec Struct the arguments are checked with
    _positional: tuple[str, ...] = field(repr=False)  # parameters passed by position
    _nullable_added: dict[int, frozenset[str]] = field(repr=False)

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        return self.function(*args, **kwargs)

    @property
    def is_async(self) -> bool:
        """Whether calling it gives an awaitable (an `async def` function)."""
        return inspect.iscoroutinefunction(self.function)

    def to_param(self) -> ChatCompletionToolParam:
        """The tool as the request's `tools` list holds it."""
        function: dict[str, Any] = {"name": self.name, "parameters": self.parameters}
        if self.description:
            function["description"] = self.description
        if self.strict:
            function["strict"] = True
        return {"type": FUNCTION_TOOL_TYPE, "function": function}  # type: ignore[typeddict-item]

    def bind(self, arguments: str) -> tuple[tuple[Any, ...], dict[str, Any]]:
        """The positional and keyword arguments of a call from the model's JSON `arguments`;
        `OutputMismatch` saying what is wrong when they are not JSON or do not fit."""
        try:
            value = orjson.loads(arguments or "{}")
        except orjson.JSONDecodeError as exc:
            raise OutputMismatch(f"the arguments are not valid JSON ({exc})") from None
        if not isinstance(value, dict):
            raise OutputMismatch(f"the arguments must be a JSON object, got {arguments!r}")
        if self._nullable_added:
            drop_added_nulls(value, self.parameters, self.parameters, self._nullable_added)
        msgspec = import_optional("msgspec", "Tools")
        try:
            checked = msgspec.convert(value, self._arguments)
        except msgspec.ValidationError as exc:
            raise OutputMismatch(f"the arguments do not fit the schema: {exc}") from None
        values = {name: getattr(checked, name) for name in self._arguments.__struct_fields__}
        positional = tuple(values.pop(name) for name in self._positional)
        return positional, values


@overload
def tool(function: Callable[P, R], /) -> Tool[P, R]: ...
@overload
def tool(
    *, name: str | None = None, description: str | None = None, strict: bool | None = None
) -> Callable[[Callable[P, R]], Tool[P, R]]: ...
def tool(
    function: Callable[P, R] | None = None,
    /,
    *,
    name: str | None = None,
    description: str | None = None,
    strict: bool | None = None,
) -> Tool[P, R] | Callable[[Callable[P, R]], Tool[P, R]]:
    """A `Tool` from a typed function: `@tool`, `@tool(name=..., description=...)`, or
    `tool(fn)`. The parameters' types must be ones the schema library can describe (str, int,
    float, bool, Literal, enums, lists, dataclasses, attrs classes, TypedDicts, ...); `strict`
    is on whenever the schema allows it (None), or as given."""

    def build(fn: Callable[P, R]) -> Tool[P, R]:
        return _build_tool(fn, name, description, strict)

    return build if function is None else build(function)


def as_tool(candidate: Tool[..., Any] | Callable[..., Any]) -> Tool[..., Any]:
    """A `Tool` as it is, a plain function made one."""
    if isinstance(candidate, Tool):
        return candidate
    if callable(candidate):
        return tool(candidate)
    raise InvalidArgumentTypeError(
        f"tools: expected a function or an aistats.tool, got {type(candidate).__name__}"
    )


def _build_tool(
    fn: Callable[..., Any], name: str | None, description: str | None, strict: bool | None
) -> Tool[Any, Any]:
    msgspec = import_optional("msgspec", "Tools")
    tool_name = name if name else str(getattr(fn, "__name__", ""))
    if not _TOOL_NAME.match(tool_name):
        raise ToolDefinitionError(
            f"{tool_name!r} cannot be a tool name: 1-64 letters, digits, '_' or '-' (pass name=)"
        )
    try:
        signature = inspect.signature(fn)
        hints = typing.get_type_hints(fn, include_extras=True)
    except (TypeError, ValueError, NameError) as exc:
        raise ToolDefinitionError(f"tool {tool_name}: cannot read its signature ({exc})") from None
    summary, argument_docs = _read_docstring(inspect.getdoc(fn) or "")
    fields: list[tuple[Any, ...]] = []
    positional: list[str] = []
    for parameter in signature.parameters.values():
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            raise ToolDefinitionError(
                f"tool {tool_name}: *{parameter.name} cannot be described to a model; name "
                "each parameter"
            )
        if parameter.name not in hints:
            raise ToolDefinitionError(
                f"tool {tool_name}: parameter {parameter.name!r} has no type annotation"
            )
        annotation = hints[parameter.name]
        if parameter.name in argument_docs:
            meta = msgspec.Meta(description=argument_docs[parameter.name])
            annotation = typing.Annotated[annotation, meta]
        if parameter.default is parameter.empty:
            fields.append((parameter.name, annotation))
        else:
            fields.append((parameter.name, annotation, parameter.default))
        if parameter.kind is parameter.POSITIONAL_ONLY:
            positional.append(parameter.name)
    try:
        arguments = msgspec.defstruct(
            f"{tool_name}_arguments", fields, kw_only=True, forbid_unknown_fields=True
        )
        schema = msgspec.json.schema(arguments)
    except (TypeError, ValueError) as exc:
        raise ToolDefinitionError(f"tool {tool_name}: {exc}") from None
    parameters, can_be_strict, nullable_added = strict_form(schema)
    for definition in (parameters, *parameters.get("$defs", {}).values()):
        if isinstance(definition, dict) and definition.get("title") == f"{tool_name}_arguments":
            definition.pop("title")
    return Tool(
        name=tool_name,
        description=description if description is not None else (summary or None),
        parameters=parameters,
        strict=can_be_strict if strict is None else strict,
        function=fn,
        _arguments=arguments,
        _positional=tuple(positional),
        _nullable_added=nullable_added,
    )


def _read_docstring(doc: str) -> tuple[str, dict[str, str]]:
    """The description part of a docstring and its `Args:` entries (Google style)."""
    header = _ARGS_HEADER.search(doc)
    if header is None:
        return doc.strip(), {}
    described: dict[str, str] = {}
    current: str | None = None
    for line in doc[header.end() :].splitlines():
        if _OTHER_HEADER.match(line):
            break
        match = _ARG_LINE.match(line)
        if match:
            current = match.group(1).lstrip("*")
            described[current] = match.group(2).strip()
        elif current and line.strip():
            described[current] = f"{described[current]} {line.strip()}"
    return doc[: header.start()].strip(), described


# -- a run ------------------------------------------------------------------------------------


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


def encode_result(result: Any) -> str:
    """A tool's return value as the text of its tool message: a string as it is, anything else
    as JSON (dataclasses, attrs classes and pydantic models included)."""
    if isinstance(result, str):
        return result
    msgspec = import_optional("msgspec", "Tools")
    return msgspec.json.encode(result, enc_hook=_encode_other).decode()  # type: ignore[no-any-return]


def _encode_other(value: Any) -> Any:
    dump = getattr(value, "model_dump", None)  # a pydantic model
    if callable(dump):
        return dump(mode="json")
    to_dict = getattr(value, "to_dict", None)  # a generated model
    if callable(to_dict):
        return to_dict()
    raise TypeError(f"a {type(value).__name__} cannot be sent as JSON: return a str")


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
