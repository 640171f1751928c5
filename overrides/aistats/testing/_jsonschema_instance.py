"""A small, deterministic JSON Schema instance builder.

Used for tool-call arguments and ``response_format: json_schema`` replies. It covers the schema
keywords function and response schemas use in practice (``type``, ``properties``, ``required``,
``enum``, ``const``, ``items``/``prefixItems``, length/size/range bounds, ``multipleOf``,
``format``, ``$ref``/``$defs``, ``allOf``/``anyOf``/``oneOf``, ``additionalProperties``) and
is not a general solver: callers validate the result with a real validator before using it.
``variant`` makes otherwise identical requests (``n`` choices) produce different instances.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from typing import Any

# Deeper than this, $ref cycles stop recursing: objects keep only required properties.
MAX_DEPTH = 8
# Values for string formats; {n} is the variant + 1 (so uniqueItems arrays stay unique).
_FORMATS = {
    "date-time": "2025-01-{day:02d}T00:00:00Z",
    "date": "2025-01-{day:02d}",
    "time": "00:00:{second:02d}Z",
    "email": "mock{n}@example.com",
    "idn-email": "mock{n}@example.com",
    "uri": "https://example.com/mock/{n}",
    "url": "https://example.com/mock/{n}",
    "iri": "https://example.com/mock/{n}",
    "uri-reference": "/mock/{n}",
    "hostname": "mock{n}.example.com",
    "ipv4": "192.0.2.{octet}",
    "ipv6": "2001:db8::{n:x}",
    "uuid": "00000000-0000-4000-8000-{n:012x}",
    "duration": "P{n}D",
}
# Tried in order when a string must match a ``pattern``.
_PATTERN_CANDIDATES = ("mock", "a", "A", "0", "abc", "ABC", "123", "a1", "mock_1", "2025-01-01")


class UnsupportedSchema(ValueError):
    """The schema uses something the builder cannot satisfy (e.g. a remote ``$ref``).

    >>> build_instance({"$ref": "https://example.com/s.json"})
    Traceback (most recent call last):
    ...
    aistats.testing._jsonschema_instance.UnsupportedSchema: only local $ref is supported, not 'https://example.com/s.json'
    """


def build_instance(schema: Any, *, variant: int = 0) -> Any:
    """Build a value that (usually) validates against ``schema``.

    >>> build_instance({"type": "object", "properties": {"n": {"type": "integer", "minimum": 3}}})
    {'n': 3}
    """
    return _Builder(schema, variant).build(schema, None, 0)


class _Builder:
    def __init__(self, root: Any, variant: int) -> None:
        self.root = root
        self.variant = variant

    def build(self, schema: Any, name: str | None, depth: int) -> Any:
        if schema is True or schema is None:
            return self.string({}, name)
        if not isinstance(schema, Mapping):
            raise UnsupportedSchema(f"not a schema: {schema!r}")
        schema = self.flatten(schema, depth)
        if "const" in schema:
            return schema["const"]
        if schema.get("enum"):
            options = list(schema["enum"])
            return options[self.variant % len(options)]
        branches = schema.get("oneOf") or schema.get("anyOf")
        if branches:
            ordered = [b for b in branches if not _is_null(b)] or list(branches)
            branch = ordered[self.variant % len(ordered)]
            rest = {k: v for k, v in schema.items() if k not in {"oneOf", "anyOf"}}
            return self.build(self.merge(rest, self.flatten(branch, depth)), name, depth + 1)
        kind = _type_of(schema)
        if kind == "object":
            return self.object(schema, depth)
        if kind == "array":
            return self.array(schema, name, depth)
        if kind == "string":
            return self.string(schema, name)
        if kind == "integer":
            return self.number(schema, integer=True)
        if kind == "number":
            return self.number(schema, integer=False)
        if kind == "boolean":
            return self.variant % 2 == 0
        if kind == "null":
            return None
        return self.string(schema, name)

    def flatten(self, schema: Mapping[str, Any], depth: int) -> Mapping[str, Any]:
        """Inline ``$ref`` and ``allOf`` so the other keywords can be read directly."""
        if depth > MAX_DEPTH * 4:
            raise UnsupportedSchema("schema nests too deeply")
        if "$ref" in schema:
            target = self.resolve(str(schema["$ref"]))
            rest = {k: v for k, v in schema.items() if k != "$ref"}
            schema = self.merge(self.flatten(target, depth + 1), rest)
        if "allOf" in schema:
            merged: Mapping[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
            for part in schema["allOf"]:
                if isinstance(part, Mapping):
                    merged = self.merge(merged, self.flatten(part, depth + 1))
            schema = merged
        return schema

    def resolve(self, ref: str) -> Mapping[str, Any]:
        if not ref.startswith("#"):
            raise UnsupportedSchema(f"only local $ref is supported, not {ref!r}")
        node: Any = self.root
        for token in ref[1:].split("/")[1:]:
            token = token.replace("~1", "/").replace("~0", "~")
            node = node[int(token)] if isinstance(node, list) else node[token]
        if not isinstance(node, Mapping):
            raise UnsupportedSchema(f"$ref {ref!r} does not point at a schema")
        return node

    @staticmethod
    def merge(a: Mapping[str, Any], b: Mapping[str, Any]) -> dict[str, Any]:
        out = dict(a)
        for key, value in b.items():
            if key == "properties" and isinstance(out.get(key), Mapping):
                out[key] = {**out[key], **value}
            elif key == "required" and isinstance(out.get(key), list):
                out[key] = list(dict.fromkeys([*out[key], *value]))
            else:
                out[key] = value
        return out

    def object(self, schema: Mapping[str, Any], depth: int) -> dict[str, Any]:
        properties: Mapping[str, Any] = schema.get("properties") or {}
        required = [p for p in schema.get("required", []) if isinstance(p, str)]
        optional = [] if depth >= MAX_DEPTH else [p for p in properties if p not in required]
        names = required + optional
        if "maxProperties" in schema:
            names = names[: max(int(schema["maxProperties"]), len(required))]
        out = {name: self.build(properties.get(name, True), name, depth + 1) for name in names}
        extra = schema.get("additionalProperties", True)
        wanted = int(schema.get("minProperties", 0))
        index = 1
        while len(out) < wanted and extra is not False:
            out[f"extra_{index}"] = self.build(extra, "extra", depth + 1)
            index += 1
        return out

    def array(self, schema: Mapping[str, Any], name: str | None, depth: int) -> list[Any]:
        prefix = list(schema.get("prefixItems") or [])
        items = schema.get("items", True)
        low = int(schema.get("minItems", 0))
        high = schema.get("maxItems")
        count = max(low, len(prefix), 1 if depth < MAX_DEPTH else 0)
        if high is not None:
            count = min(count, int(high))
        out: list[Any] = []
        for index in range(count):
            item_schema = prefix[index] if index < len(prefix) else items
            if item_schema is False:
                break
            # Shift the variant per item so uniqueItems arrays get distinct values.
            builder = _Builder(self.root, self.variant + index) if index else self
            out.append(builder.build(item_schema, name, depth + 1))
        return out

    def string(self, schema: Mapping[str, Any], name: str | None) -> str:
        template = _FORMATS.get(str(schema.get("format", "")))
        text = None
        if template is not None:
            v = self.variant
            text = template.format(n=v + 1, day=1 + v % 28, second=v % 60, octet=1 + v % 254)
        if text is None:
            text = f"example {name}" if name else "example"
            if self.variant:
                text += f" {self.variant + 1}"
        pattern = schema.get("pattern")
        if isinstance(pattern, str) and not re.search(pattern, text):
            text = next((c for c in _PATTERN_CANDIDATES if re.search(pattern, c)), text)
        low = int(schema.get("minLength", 0))
        if len(text) < low:
            text = (text + " " + "x" * low)[:low] if text else "x" * low
        high = schema.get("maxLength")
        if high is not None:
            text = text[: int(high)]
        return text

    def number(self, schema: Mapping[str, Any], *, integer: bool) -> int | float:
        low, high = schema.get("minimum"), schema.get("maximum")
        ex_low, ex_high = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
        step = 1 if integer else 0.5
        lower = low if low is not None else (ex_low + step if ex_low is not None else None)
        upper = high if high is not None else (ex_high - step if ex_high is not None else None)
        if lower is not None and upper is not None:
            value: float = lower + min(self.variant, max(upper - lower, 0))
            if not integer and ex_high is not None and value >= ex_high:
                value = (lower + ex_high) / 2
        elif lower is not None:
            value = lower + self.variant
        elif upper is not None:
            value = min(upper, 0) - self.variant
        else:
            value = self.variant
        multiple = schema.get("multipleOf")
        if multiple:
            value = math.ceil(value / multiple) * multiple
            if upper is not None and value > upper:
                value -= multiple
        if integer or float(value).is_integer():
            return int(math.ceil(value) if integer else value)
        return value


def _type_of(schema: Mapping[str, Any]) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        non_null = [k for k in kind if k != "null"]
        return str(non_null[0]) if non_null else "null"
    if isinstance(kind, str):
        return kind
    if any(k in schema for k in ("properties", "required", "additionalProperties")):
        return "object"
    if any(k in schema for k in ("items", "prefixItems", "minItems", "maxItems")):
        return "array"
    if any(k in schema for k in ("minLength", "maxLength", "pattern", "format")):
        return "string"
    if any(k in schema for k in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")):
        return "number"
    return None


def _is_null(schema: Any) -> bool:
    return isinstance(schema, Mapping) and schema.get("type") == "null"


#: What :func:`search_instance` returns when the schema admits no value it could find.
NO_INSTANCE: Any = object()
# Enough to satisfy patterns, patternProperties with minProperties and overlapping oneOf in
# tens of milliseconds; the search is deterministic (derandomized) and never shrinks.
_SEARCH_EXAMPLES = 200


def search_instance(schema: Mapping[str, Any], is_valid: Callable[[Any], bool]) -> Any:
    """A value ``is_valid`` accepts, found by ``hypothesis-jsonschema`` (the ``testing`` extra),
    for schemas the builder above cannot satisfy; :data:`NO_INSTANCE` when none was found.

    >>> search_instance({"type": "string", "pattern": "^[A-Z]{3}$"}, lambda v: True)
    'AAA'
    >>> search_instance({"not": {}}, lambda v: True) is NO_INSTANCE
    True
    """
    try:
        from hypothesis import HealthCheck, Phase, find, settings
        from hypothesis.errors import HypothesisException
        from hypothesis_jsonschema import from_schema
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise UnsupportedSchema(
            "this schema needs 'hypothesis-jsonschema': pip install 'aistats-client[testing]'"
        ) from exc
    search = settings(
        database=None,
        derandomize=True,
        max_examples=_SEARCH_EXAMPLES,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
        deadline=None,
    )
    try:
        return find(from_schema(dict(schema)), is_valid, settings=search)
    except (HypothesisException, ValueError, TypeError, RecursionError):
        # No example (an unsatisfiable schema gives hypothesis an empty strategy), or a schema
        # hypothesis-jsonschema cannot read.
        return NO_INSTANCE
