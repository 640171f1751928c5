"""What the client checks in a request before sending it, from the request body's schema:
its top-level fields of each JSON scalar type, and the discriminator of each array of a union
of objects (the message roles). Rendered by `templates/request_fields.py.jinja`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.union import UnionProperty

from .properties import code, non_null_members

_SCALAR_KINDS = ((BooleanProperty, "boolean"), (IntProperty, "integer"), (FloatProperty, "number"))


@dataclass
class RequestFacts:
    # JSON type ("number", "integer", "boolean") -> the top-level fields of that type.
    fields_by_kind: dict[str, list[str]] = field(default_factory=dict)
    # Array field -> (the property telling its items apart, the values it takes).
    discriminators: dict[str, tuple[str, list[str]]] = field(default_factory=dict)


def _scalar_kind(prop: Any) -> str | None:
    """`number`, `integer` or `boolean` for a property of that JSON type (nullable or not)."""
    members = non_null_members(prop) if isinstance(prop, UnionProperty) else [prop]
    if len(members) != 1:
        return None
    for property_class, kind in _SCALAR_KINDS:
        if isinstance(members[0], property_class):
            return kind
    return None


def discriminator(members: list[Any]) -> tuple[str, list[str]] | None:
    """The required property that every member of a union of models fixes with a `const` of
    its own (a different value each): the union's discriminator, and its values."""
    if not members or not all(isinstance(m, ModelProperty) for m in members):
        return None
    consts_of_each = [
        {
            code(p.name): code(p.value.raw_value)
            for p in m.required_properties
            if isinstance(p, ConstProperty)
        }
        for m in members
    ]
    shared = set.intersection(*(set(consts) for consts in consts_of_each))
    for name in sorted(shared):
        values = [consts[name] for consts in consts_of_each]
        if len(set(values)) == len(values):
            return name, sorted(values)
    return None


def plan_request_facts(model: Any, canonical: Callable[[Any], Any]) -> RequestFacts:
    """The facts of the request body `model`; `canonical` turns a referenced model (which may
    be a copy the generator made before parsing its properties) into the complete one."""
    facts = RequestFacts({"number": [], "integer": [], "boolean": []})
    for prop in [*model.required_properties, *model.optional_properties]:
        kind = _scalar_kind(prop)
        if kind is not None:
            facts.fields_by_kind[kind].append(code(prop.name))
        if isinstance(prop, ListProperty) and isinstance(prop.inner_property, UnionProperty):
            members = prop.inner_property.inner_properties
            if all(isinstance(member, ModelProperty) for member in members):
                found = discriminator([canonical(member) for member in members])
                if found is not None:
                    facts.discriminators[code(prop.name)] = found
    for names in facts.fields_by_kind.values():
        names.sort()
    return facts
