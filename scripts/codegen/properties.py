"""Small facts about the generator's parsed properties, shared by the other modules."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from openapi_python_client.parser.properties.literal_enum_property import LiteralEnumProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty


def code(value: Any) -> str:
    """The text of a generator value (`PythonCode`, `UntrustedString`, `ClassName` or str)."""
    if hasattr(value, "as_unembedded_code"):
        return str(value.as_unembedded_code())
    if hasattr(value, "get_untrusted_value"):
        return str(value.get_untrusted_value())
    return str(value)


def class_name(prop: Any) -> str:
    """The name of the class (or Literal alias) the generator writes for a model or enum."""
    return code(prop.class_info.name)


def module_of(prop: Any) -> str:
    """The module of the models package that defines a model or enum, relative to it."""
    return "." + code(prop.class_info.module_name)


def union_of(parts: Iterable[str]) -> str:
    """`A | B`, each part once, sorted the way the generator sorts union members, but `None`
    last, as Python code reads (`str | None`)."""
    unique = sorted(set(parts), key=lambda part: (part == "None", part.lower()))
    return " | ".join(unique)


def ordered_union(parts: Iterable[str]) -> str:
    """`A | B`, each part once, in the spec's order (a request type reads best that way)."""
    return " | ".join(dict.fromkeys(parts))


def non_null_members(prop: Any) -> list[Any]:
    return [p for p in prop.inner_properties if not isinstance(p, NoneProperty)]


def is_nullable(prop: Any) -> bool:
    return isinstance(prop, UnionProperty) and len(non_null_members(prop)) < len(
        prop.inner_properties
    )


def is_open_enum(prop: Any) -> bool:
    """`anyOf: [<enum>, {type: string}]`, maybe with null: the spec's idiom for a response enum
    that may gain values. Its type shows the known values; any other string still parses."""
    if not isinstance(prop, UnionProperty):
        return False
    members = non_null_members(prop)
    return (
        len(members) == 2
        and any(isinstance(p, LiteralEnumProperty) for p in members)
        and any(type(p) is StringProperty for p in members)
    )


def one_line(text: Any) -> str:
    """A description as one line of a comment: no line breaks or control characters."""
    if text is None:
        return ""
    flat = re.sub(r"\s+", " ", code(text)).strip()
    return "".join(ch for ch in flat if ch.isprintable())
