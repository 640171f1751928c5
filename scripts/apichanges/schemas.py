"""A schema as the generated client is typed from it, normalised for comparison.

The generator reads `$ref`s, `allOf` (merged into one model), `oneOf`/`anyOf` (unions, nested
ones flattened), `type` lists and OpenAPI 3.0's `nullable`, `enum` and `const`, and
`additionalProperties`; `anyOf: [<enum>, {type: string}]` is an open enum (its known values, and
any other string still parses). `Shape` keeps exactly what changes a client: the JSON types a
value may have, enum values and openness, object fields, array items, the object variants of a
union, and the limits a request must respect. Descriptions, examples and key order are no part
of it: reformatting a document changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

SCHEMA_PREFIX = "#/components/schemas/"
ANY = "any"
NUMERIC_LIMITS = ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum", "multipleOf")
LENGTH_LIMITS = ("minLength", "maxLength", "pattern")
ITEM_LIMITS = ("minItems", "maxItems", "uniqueItems")
LIMITS = (*NUMERIC_LIMITS, *LENGTH_LIMITS, *ITEM_LIMITS)
# String formats openapi-python-client turns into another Python type than `str`.
TYPED_FORMATS = frozenset({"date-time", "date", "uuid", "binary"})
# Keys that make a schema describe an object even without `type: object`.
_OBJECT_KEYS = ("properties", "additionalProperties", "required")


class Resolver:
    """Follows `$ref`s inside one document."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw

    def pointer(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            return {}  # a reference to another file: nothing this document can say
        node: Any = self.raw
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or part not in node:
                return {}
            node = node[part]
        return node

    def resolve(self, node: Any) -> tuple[str | None, Any]:
        """`node` with its `$ref`s followed; the name of the first component schema on the way."""
        name = None
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                return name, {}
            seen.add(ref)
            if name is None and ref.startswith(SCHEMA_PREFIX):
                name = ref[len(SCHEMA_PREFIX) :]
            node = self.pointer(ref)
        return name, node if isinstance(node, dict) else {}


@dataclass
class Variant:
    """One object member of a union: its label (the component name, or the value of its
    discriminating const), the schema, and its field names (to pair variants)."""

    label: str
    schema: Any
    fields: frozenset[str]
    discriminator: tuple[str, str] | None


@dataclass
class Shape:
    types: set[str] = field(default_factory=set)  # JSON types; {"any"} for free-form
    enum: set[str] | None = None  # known values, as JSON text; None: not an enum
    enum_open: bool = False
    properties: dict[str, Any] = field(default_factory=dict)
    required: set[str] = field(default_factory=set)
    additional: Any = True  # True, False, or the schema of the values of a map
    items: Any = None
    variants: list[Variant] = field(default_factory=list)
    limits: dict[str, Any] = field(default_factory=dict)
    # A format the generator gives a class of its own (datetime, date, UUID, File).
    typed_format: str | None = None
    deprecated: bool = False

    def signature(self) -> str:
        """A short description of the type, to spot a renamed field (same signature)."""
        parts = sorted(self.types)
        if self.enum is not None:
            parts.append("enum:" + ",".join(sorted(self.enum)))
        parts += sorted(variant.label for variant in self.variants)
        parts += sorted(self.properties)
        return "|".join(parts)


def json_text(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _types_of(schema: dict[str, Any]) -> set[str]:
    declared = schema.get("type")
    types = set(declared) if isinstance(declared, list) else {declared} if declared else set()
    # OpenAPI 3.0's `nullable` adds null to a type; with no type, anything (null too) goes.
    if schema.get("nullable") is True and types:
        types.add("null")
    return types


def shape_of(node: Any, resolver: Resolver, seen: frozenset[str] = frozenset()) -> Shape:
    name, schema = resolver.resolve(node)
    if name is not None:
        if name in seen:  # a schema that contains itself: an object, as far as types go
            return Shape(types={"object"})
        seen = seen | {name}
    shape = Shape(deprecated=bool(schema.get("deprecated")))
    for part in schema.get("allOf", []):
        _merge(shape, shape_of(part, resolver, seen))
    members = [*schema.get("oneOf", []), *schema.get("anyOf", [])]
    if members:
        _add_union(shape, members, resolver, seen)
    own_types = _types_of(schema)
    if "enum" in schema or "const" in schema:
        values = schema["enum"] if "enum" in schema else [schema["const"]]
        shape.enum = (shape.enum or set()) | {json_text(v) for v in values if v is not None}
        if None in values:
            own_types.add("null")
        own_types = own_types or {_json_type(v) for v in values if v is not None}
    if not own_types and any(key in schema for key in _OBJECT_KEYS):
        own_types = {"object"}
    kinds = own_types - {"null"}
    if members and kinds:
        # `type` beside a union narrows it, as in JSON Schema.
        shape.types = (shape.types & kinds) or kinds
    else:
        shape.types |= kinds
    shape.types |= own_types & {"null"}
    if not shape.types and not shape.variants:
        shape.types = {ANY}
    _add_own(shape, schema)
    return shape


def _add_own(shape: Shape, schema: dict[str, Any]) -> None:
    """What a schema says of its own fields, items, values and limits."""
    shape.properties.update(schema.get("properties") or {})
    # Names only: an `allOf` part may require a field another part declares.
    shape.required |= {str(name) for name in schema.get("required", [])}
    if "additionalProperties" in schema:
        shape.additional = schema["additionalProperties"]
    if "items" in schema:
        shape.items = schema["items"]
    for key in LIMITS:
        if key in schema:
            shape.limits[key] = schema[key]
    if schema.get("format") in TYPED_FORMATS:
        shape.typed_format = str(schema["format"])


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _merge(shape: Shape, part: Shape) -> None:
    """`allOf`: the generator merges the parts into one model."""
    if ANY not in part.types:
        shape.types = part.types if not shape.types else shape.types & part.types or part.types
    shape.properties.update(part.properties)
    shape.required |= part.required
    shape.variants += part.variants
    shape.limits.update(part.limits)
    if part.enum is not None:
        shape.enum = part.enum if shape.enum is None else shape.enum & part.enum
    if part.additional is not True:
        shape.additional = part.additional
    shape.items = part.items if part.items is not None else shape.items


def _add_union(shape: Shape, members: list[Any], resolver: Resolver, seen: frozenset[str]) -> None:
    """A `oneOf`/`anyOf`, flattened as the generator does: object members become variants; the
    others join the value types, with their items, map values and limits (`anyOf: [X, null]`
    is X, nullable). An enum beside another string is an open enum."""
    other_string = False
    for index, member in enumerate(members):
        name, schema = resolver.resolve(member)
        part = shape_of(member, resolver, seen)
        if part.variants:  # a nested union
            shape.variants += part.variants
        elif "object" in part.types and (part.properties or name):
            shape.variants.append(_variant(name, index, member, part))
        else:
            _add_own(shape, schema)
        if (part.types & {"string", ANY} and part.enum is None) or part.enum_open:
            other_string = True
        if part.enum is not None:
            shape.enum = (shape.enum or set()) | part.enum
        shape.types |= part.types
    if shape.enum is not None and other_string:
        shape.enum_open = True


def _variant(name: str | None, index: int, member: Any, part: Shape) -> Variant:
    discriminator = discriminator_of(part.properties)
    label = name or (f"{discriminator[0]}={discriminator[1]}" if discriminator else f"#{index}")
    return Variant(label, member, frozenset(part.properties), discriminator)


def discriminator_of(properties: dict[str, Any]) -> tuple[str, str] | None:
    """The first field whose schema fixes one value (`const`, or an enum of one)."""
    for key, value in sorted(properties.items()):
        if not isinstance(value, dict):
            continue
        if "const" in value:
            return key, json_text(value["const"])
        if isinstance(value.get("enum"), list) and len(value["enum"]) == 1:
            return key, json_text(value["enum"][0])
    return None


def positional(variant: Variant) -> bool:
    """Whether a variant is known by its place in the union only (`#2`)."""
    return variant.label.startswith("#")


def accepts(wider: set[str], narrower: set[str]) -> bool:
    """Whether every JSON type in `narrower` is allowed by `wider` (a number accepts an integer)."""
    if ANY in wider:
        return True
    return all(t in wider or (t == "integer" and "number" in wider) for t in narrower)


def describe_types(types: set[str]) -> str:
    order = ["object", "array", "string", "number", "integer", "boolean", ANY, "null"]
    return " | ".join(sorted(types, key=lambda t: order.index(t) if t in order else 99))
