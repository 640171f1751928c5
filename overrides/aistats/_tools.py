"""Function tools from typed Python functions.

`tool(fn)` reads `fn`'s signature and docstring: the parameters' JSON Schema comes from the
schema library (msgspec, through a Struct built from the signature) in the strict form, the
description from the docstring, each parameter's description from its `Args:` entry. The
bookkeeping of a run of them is `_tool_run`.
"""

from __future__ import annotations

import inspect
import re
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final, Generic, ParamSpec, TypeVar, overload

import orjson

from ._exceptions import InvalidArgumentTypeError, ToolDefinitionError
from ._output_schema import OutputMismatch, drop_added_nulls, import_optional, strict_form

if TYPE_CHECKING:
    from aistats_api.models import ChatCompletionToolParam

P = ParamSpec("P")
R = TypeVar("R")

FUNCTION_TOOL_TYPE: Final = "function"
# What providers accept as a function name.
_TOOL_NAME: Final = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")
# Google-style sections that end a docstring's description and list the parameters.
_ARGS_HEADER: Final = re.compile(r"^(Args|Arguments|Parameters):\s*$", re.MULTILINE)
_OTHER_HEADER: Final = re.compile(r"^[A-Z][A-Za-z ]*:\s*$")
_ARG_LINE: Final = re.compile(r"^\s+(\*{0,2}\w+)\s*(?:\([^)]*\))?\s*:\s*(.*)$")


@dataclass(frozen=True, slots=True, eq=False)
class Tool(Generic[P, R]):
    """A Python function the model can call. Calling the tool calls the function.

    >>> from typing import Literal
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
