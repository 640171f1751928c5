"""An alias for each union, array or scalar schema of the spec: none has a class, but their names
are the spec's vocabulary (and the gateway SDK's). Rendered by `templates/aliases.py.jinja`."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import attrs
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.literal_enum_property import LiteralEnumProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.union import UnionProperty

from .properties import class_name, module_of, one_line
from .read_types import read_type


@dataclass(frozen=True)
class ModelAlias:
    name: str
    type: str
    description: str
    imports: tuple[tuple[str, str], ...]  # (module of the models package, name)


def _classes_in(prop: Any) -> Iterator[Any]:
    """The models and enums a property's type names."""
    if isinstance(prop, ModelProperty | LiteralEnumProperty):
        yield prop
    elif isinstance(prop, ListProperty):
        yield from _classes_in(prop.inner_property)
    elif isinstance(prop, UnionProperty):
        for member in prop.inner_properties:
            yield from _classes_in(member)


def plan_model_aliases(components: dict[str, Any]) -> list[ModelAlias]:
    """`components` maps each component schema's class name to its parsed property; a schema
    that the generator made a class (or enum alias) of that very name needs no alias."""
    aliases = []
    for name, prop in sorted(components.items()):
        if isinstance(prop, ModelProperty | LiteralEnumProperty) and class_name(prop) == name:
            continue
        imports = sorted({(module_of(cls), class_name(cls)) for cls in _classes_in(prop)})
        present = attrs.evolve(prop, required=True)
        aliases.append(
            ModelAlias(name, read_type(present), one_line(prop.description), tuple(imports))
        )
    return aliases
