"""The type of a model attribute as a reader sees it: no `Unset`, `None` for what is absent.

Used by `templates/model.py.jinja` (filters `read_type`, `construct_type`, `as_required`).
"""

from __future__ import annotations

from typing import Any

import attrs
from openapi_python_client.parser.properties.union import UnionProperty

from .properties import code, is_nullable, is_open_enum, union_of


def _member_types(prop: Any) -> list[str]:
    """The types a present value can have: an open enum's known values only (an unknown value
    still parses, as a str, but the type shows what a `match` can name)."""
    if not isinstance(prop, UnionProperty):
        return [code(prop.get_type_string(no_optional=True))]
    parts = [code(p.get_type_string(no_optional=True)) for p in prop.inner_properties]
    if is_open_enum(prop):
        parts.remove("str")
    return parts


def read_type(prop: Any) -> str:
    """The attribute's type: `None` added when the field is optional (absent reads as None)."""
    parts = _member_types(prop)
    if not prop.required:
        parts.append("None")
    return union_of(parts)


def construct_type(prop: Any) -> str:
    """What from_dict builds from a value that is present (None only if the spec allows null)."""
    parts = _member_types(prop)
    if not is_nullable(prop):
        parts = [part for part in parts if part != "None"]
    return union_of(parts)


def as_required(prop: Any) -> Any:
    """The property as if required: the generator's property templates then emit conversion
    code without `Unset`; the model template handles absence itself."""
    return prop if prop.required else attrs.evolve(prop, required=True)
