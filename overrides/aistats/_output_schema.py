"""From a Python type to the JSON Schema a provider enforces, and from the reply back to the type.

`output_schema(T)` derives the schema with a schema library (msgspec for dataclasses, attrs
classes, TypedDicts and msgspec Structs; pydantic's own for a pydantic model; a JSON Schema dict
as given) and rewrites it into the *strict* form providers require of `json_schema` response
formats and strict tools: every property required, `additionalProperties: false`, and a field
that was optional made nullable instead. Converting a reply undoes the last step (a `null` the
rewrite allowed is dropped, so the field takes its default) before the library validates and
builds the object. Pure: no I/O; the libraries are imported on first use, never by
`import aistats`.
"""

from __future__ import annotations

import copy
import importlib
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import ModuleType
from typing import Any, Final, Generic, TypeVar

import orjson

from ._exceptions import InvalidArgumentError, InvalidArgumentTypeError, MissingDependencyError

T = TypeVar("T")

# The extra that brings the schema libraries (`pip install 'aistats-client[structured]'`).
STRUCTURED_EXTRA: Final = "structured"
# What OpenAI-style providers accept as a schema or function name.
_NAME_CHARACTERS: Final = re.compile(r"[^a-zA-Z0-9_-]")
MAX_NAME_LENGTH: Final = 64
DEFAULT_SCHEMA_NAME: Final = "output"
# Keywords of the libraries' output that strict mode does not take: a provider refuses the
# schema, or (for `default`) a required field with a default means nothing.
_DROPPED_KEYWORDS: Final = ("default", "discriminator")
# Where subschemas sit: keyword -> how (a mapping of them, one, or a list).
_SCHEMA_MAPS: Final = ("$defs", "definitions", "patternProperties", "dependentSchemas")
_SCHEMA_ONE: Final = ("items", "not", "contains", "if", "then", "else", "additionalProperties")
_SCHEMA_LISTS: Final = ("anyOf", "oneOf", "allOf", "prefixItems")
_NULL_SCHEMA: Final = {"type": "null"}


class OutputMismatch(Exception):
    """A value does not fit the schema; the message says where (raised to the caller as
    `OutputValidationError`, with the completion)."""


def import_optional(module: str, feature: str) -> ModuleType:
    """`module`, or a `MissingDependencyError` naming the extra that installs it."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingDependencyError(
            f"{feature} needs {module}: pip install 'aistats-client[{STRUCTURED_EXTRA}]'"
        ) from exc


@dataclass(frozen=True, slots=True, eq=False)
class OutputSchema(Generic[T]):
    """A type's strict JSON Schema and the way back from JSON to the type."""

    name: str
    # The strict form, as sent (a dict schema given by the caller is rewritten in a copy).
    json_schema: dict[str, Any]
    # Whether the schema could be made strict (a free-form dict or `Any` cannot).
    strict: bool
    _convert: Callable[[Any], T] = field(repr=False)
    # For each object schema (by id, in `json_schema`), the properties the rewrite made
    # nullable: a null there means "absent".
    _nullable_added: dict[int, frozenset[str]] = field(repr=False)

    def response_format(self) -> dict[str, Any]:
        """The request's `response_format` asking for this schema."""
        return {
            "type": "json_schema",
            "json_schema": {"name": self.name, "schema": self.json_schema, "strict": self.strict},
        }

    def to_object(self, value: Any) -> T:
        """`value` (parsed JSON) validated and converted; `OutputMismatch` when it does not fit.
        `value` is changed in place (nulls that stand for absent fields are removed)."""
        if self._nullable_added:
            drop_added_nulls(value, self.json_schema, self.json_schema, self._nullable_added)
        return self._convert(value)


def output_schema(schema: type[T] | Mapping[str, Any], name: str | None = None) -> OutputSchema[T]:
    """The `OutputSchema` of a type (cached per type) or of a JSON Schema dict."""
    if isinstance(schema, Mapping):
        return _from_json_schema(schema, name)  # type: ignore[return-value]
    try:
        return _cached_for_type(schema, name)  # type: ignore[arg-type]
    except TypeError as exc:
        if "unhashable" not in str(exc):
            raise
        return _for_type(schema, name)


@lru_cache(maxsize=256)
def _cached_for_type(schema: type[T], name: str | None) -> OutputSchema[T]:
    return _for_type(schema, name)


def _for_type(schema: type[T], name: str | None) -> OutputSchema[T]:
    schema_name = _schema_name(name or getattr(schema, "__name__", None) or DEFAULT_SCHEMA_NAME)
    if _is_pydantic_model(schema):
        json_schema, convert = _pydantic_schema(schema)
    else:
        json_schema, convert = _msgspec_schema(schema)
    return _strict_output_schema(schema_name, json_schema, convert)


def _from_json_schema(schema: Mapping[str, Any], name: str | None) -> OutputSchema[dict[str, Any]]:
    jsonschema = import_optional("jsonschema", "Validating output against a JSON Schema dict")
    given = copy.deepcopy(dict(schema))
    try:
        validator_class = jsonschema.validators.validator_for(given)
        validator_class.check_schema(given)
    except jsonschema.SchemaError as exc:
        raise InvalidArgumentError(f"schema is not a valid JSON Schema: {exc.message}") from None
    validator = validator_class(given)

    def convert(value: Any) -> dict[str, Any]:
        error = jsonschema.exceptions.best_match(validator.iter_errors(value))
        if error is not None:
            where = "".join(f"[{part!r}]" for part in error.absolute_path)
            raise OutputMismatch(f"{error.message} at $" + where)
        if not isinstance(value, dict):
            raise OutputMismatch(f"expected a JSON object, got {type(value).__name__}")
        return value

    title = given.get("title")
    schema_name = _schema_name(name or (title if isinstance(title, str) else DEFAULT_SCHEMA_NAME))
    return _strict_output_schema(schema_name, given, convert)


def _msgspec_schema(schema: type[T]) -> tuple[dict[str, Any], Callable[[Any], T]]:
    msgspec = import_optional("msgspec", "Structured output from a Python type")
    try:
        json_schema = msgspec.json.schema(schema)
    except TypeError as exc:
        raise InvalidArgumentTypeError(
            f"schema: {_type_name(schema)} cannot be described as JSON Schema ({exc}); use a "
            "dataclass, an attrs class, a TypedDict, a msgspec Struct or a pydantic model"
        ) from None

    def convert(value: Any) -> T:
        try:
            return msgspec.convert(value, schema)  # type: ignore[no-any-return]
        except msgspec.ValidationError as exc:
            raise OutputMismatch(str(exc)) from None

    return json_schema, convert


def _pydantic_schema(schema: type[T]) -> tuple[dict[str, Any], Callable[[Any], T]]:
    import pydantic

    json_schema = schema.model_json_schema()  # type: ignore[attr-defined]

    def convert(value: Any) -> T:
        try:
            return schema.model_validate(value)  # type: ignore[attr-defined,no-any-return]
        except pydantic.ValidationError as exc:
            raise OutputMismatch(_pydantic_errors(exc)) from None

    return json_schema, convert


def _pydantic_errors(exc: Any) -> str:
    parts = []
    for error in exc.errors():
        where = "".join(f"[{part!r}]" for part in error.get("loc", ()))
        parts.append(f"{error.get('msg')} at ${where}")
    return "; ".join(parts) or str(exc)


def _is_pydantic_model(schema: object) -> bool:
    # Looked up, never imported: pydantic is there only if the caller's code imported it.
    pydantic = sys.modules.get("pydantic")
    return (
        pydantic is not None and isinstance(schema, type) and issubclass(schema, pydantic.BaseModel)
    )


def _type_name(schema: object) -> str:
    return getattr(schema, "__qualname__", None) or repr(schema)


def _schema_name(name: str) -> str:
    return _NAME_CHARACTERS.sub("_", name)[:MAX_NAME_LENGTH] or DEFAULT_SCHEMA_NAME


# -- the strict form ---------------------------------------------------------------------------


def _strict_output_schema(
    name: str, json_schema: dict[str, Any], convert: Callable[[Any], T]
) -> OutputSchema[T]:
    strict_schema, strict, nullable_added = strict_form(json_schema)
    if strict_schema.get("type") != "object":
        raise InvalidArgumentTypeError(
            f"schema: the reply must be a JSON object, but {name} describes "
            f"{strict_schema.get('type') or 'another value'}: wrap it in a class with one field"
        )
    return OutputSchema(name, strict_schema, strict, convert, nullable_added)


def strict_form(
    schema: Mapping[str, Any],
) -> tuple[dict[str, Any], bool, dict[int, frozenset[str]]]:
    """`schema` rewritten for strict mode, whether every part of it could be, and the
    properties made nullable (by the id of their object schema in the result).

    >>> schema, strict, _ = strict_form(
    ...     {"type": "object", "properties": {"a": {"type": "integer", "default": 1}}}
    ... )
    >>> schema["properties"], schema["required"], schema["additionalProperties"], strict
    ({'a': {'anyOf': [{'type': 'integer'}, {'type': 'null'}]}}, ['a'], False, True)
    """
    root = copy.deepcopy(dict(schema))
    definitions = root.get("$defs")
    reference = root.get("$ref")
    # A library's `{"$ref": "#/$defs/X", "$defs": ...}`: providers want an object at the
    # root, so X is copied there (and kept in $defs for references to itself).
    if (
        isinstance(reference, str)
        and isinstance(definitions, dict)
        and set(root) <= {"$ref", "$defs"}
    ):
        target = definitions.get(reference.removeprefix("#/$defs/"))
        if isinstance(target, dict):
            root = {**copy.deepcopy(target), "$defs": definitions}
    rewrite = _StrictRewrite()
    rewrite.visit(root)
    _drop_unused_definitions(root)
    return root, rewrite.strict, rewrite.nullable_added


def _drop_unused_definitions(root: dict[str, Any]) -> None:
    """Remove $defs nothing refers to (the root's own, once copied to the root)."""
    definitions = root.get("$defs")
    if not isinstance(definitions, dict):
        return
    text = orjson.dumps(root).decode()
    for name in list(definitions):
        if f'"#/$defs/{name}"' not in text:
            del definitions[name]
    if not definitions:
        del root["$defs"]


class _StrictRewrite:
    def __init__(self) -> None:
        self.strict = True
        self.nullable_added: dict[int, frozenset[str]] = {}

    def visit(self, node: Any) -> None:
        if not isinstance(node, dict):
            return
        for keyword in _DROPPED_KEYWORDS:
            node.pop(keyword, None)
        if "oneOf" in node and "anyOf" not in node:
            # Strict mode knows anyOf only; the libraries' oneOf branches are disjoint.
            node["anyOf"] = node.pop("oneOf")
        if not node or set(node) <= {"title", "description"}:
            self.strict = False  # `Any`: strict mode wants every value typed
        properties = node.get("properties")
        if isinstance(properties, dict):
            self._object(node, properties)
        elif node.get("type") == "object":
            self.strict = False  # a free-form mapping: strict mode wants its keys listed
        for keyword in _SCHEMA_MAPS:
            children = node.get(keyword)
            if isinstance(children, dict):
                for child in children.values():
                    self.visit(child)
        for keyword in _SCHEMA_ONE:
            self.visit(node.get(keyword))
        for keyword in _SCHEMA_LISTS:
            children = node.get(keyword)
            if isinstance(children, list):
                for child in children:
                    self.visit(child)

    def _object(self, node: dict[str, Any], properties: dict[str, Any]) -> None:
        required = set(node.get("required") or ())
        added = set()
        for key, child in list(properties.items()):
            self.visit(child)
            if key not in required and not _admits_null(child):
                properties[key] = {"anyOf": [child, dict(_NULL_SCHEMA)]}
                added.add(key)
        node["required"] = list(properties)
        extra = node.get("additionalProperties")
        if extra is None or extra is True:
            node["additionalProperties"] = False
        elif extra is not False:
            self.strict = False  # a typed extra-keys schema cannot be strict
        if added:
            self.nullable_added[id(node)] = frozenset(added)


def _admits_null(node: Any) -> bool:
    if not isinstance(node, dict):
        return False
    kind = node.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    if "const" in node and node["const"] is None:
        return True
    if None in (node.get("enum") or ()):
        return True
    return any(_admits_null(branch) for branch in node.get("anyOf") or ())


def _resolve(node: Any, root: dict[str, Any]) -> Any:
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 32:
        name = node["$ref"].removeprefix("#/$defs/")
        node = (root.get("$defs") or {}).get(name, {}) if node["$ref"] != "#" else root
        seen += 1
    return node


def drop_added_nulls(
    value: Any, node: Any, root: dict[str, Any], nullable_added: dict[int, frozenset[str]]
) -> None:
    """Remove from `value` each `null` the strict rewrite allowed where the type had an
    optional field, walking the schema alongside (through $ref and the anyOf branch the
    value fits)."""
    node = _resolve(node, root)
    if not isinstance(node, dict):
        return
    branches = node.get("anyOf")
    if isinstance(branches, list):
        branch = _branch_for(value, branches, root)
        if branch is not None:
            drop_added_nulls(value, branch, root, nullable_added)
        return
    if isinstance(value, dict):
        for key in nullable_added.get(id(node), ()):
            if key in value and value[key] is None:
                del value[key]
        properties = node.get("properties")
        if isinstance(properties, dict):
            for key, child in value.items():
                if key in properties:
                    drop_added_nulls(child, properties[key], root, nullable_added)
    elif isinstance(value, list):
        items = node.get("items")
        if items is not None:
            for child in value:
                drop_added_nulls(child, items, root, nullable_added)


def _branch_for(value: Any, branches: list[Any], root: dict[str, Any]) -> Any:
    """The first anyOf branch whose shape `value` has (an object's keys all declared)."""
    for branch in branches:
        resolved = _resolve(branch, root)
        if not isinstance(resolved, dict):
            continue
        properties = resolved.get("properties")
        if isinstance(value, dict) and isinstance(properties, dict):
            fits = set(value) <= set(properties)
        elif isinstance(value, list):
            fits = resolved.get("type") == "array"
        else:
            fits = "anyOf" in resolved and not isinstance(value, str | int | float | bool | None)
        if fits:
            return branch
    return None
