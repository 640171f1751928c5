"""Comparing two schemas the way the generated client is typed from them.

`SchemaComparer.compare` walks an old and a new schema together (fields, array items, map
values, the variants of a union) and returns what changed, each `Found` relative to where the
walk started. A pair of component schemas is compared once per side and remembered, so that a
shared component costs nothing more at its next use, and a schema that contains itself ends.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .rules import REQUEST
from .schemas import (
    ITEM_LIMITS,
    LENGTH_LIMITS,
    Resolver,
    Shape,
    Variant,
    accepts,
    describe_types,
    discriminator_of,
    json_text,
    positional,
    shape_of,
)

# Bounds whose larger value is the stricter, and whose smaller value is.
_LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems")
_UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems")
# An added field this many places or fewer from where a removed one stood may be its new name.
_RENAME_DISTANCE = 2
# Variants sharing this share of their field names are taken for one variant renamed.
_SAME_VARIANT_OVERLAP = 0.5


@dataclass(frozen=True)
class Found:
    """A change inside a schema, relative to where its comparison started."""

    suffix: str  # appended to the path of that place: ".field", "[]", "(Variant)"
    rule: str
    message: str
    open_enum: bool = False

    def under(self, prefix: str) -> Found:
        return Found(prefix + self.suffix, self.rule, self.message, self.open_enum)


def _under(prefix: str, found: Iterable[Found]) -> list[Found]:
    return [item.under(prefix) for item in found]


def code_span(value: object) -> str:
    return f"`{value}`"


class SchemaComparer:
    """Compares schemas of the old document with schemas of the new one."""

    def __init__(self, old: Resolver, new: Resolver) -> None:
        self.old = old
        self.new = new
        self._memo: dict[tuple[str, str, str], list[Found]] = {}
        # The pairs of schema objects being compared right now, to stop at a loop; and how
        # many times one stopped (a result computed below a stop is partial: not remembered).
        self._active: set[tuple[int, int, str]] = set()
        self._stops = 0

    def compare(self, old_node: Any, new_node: Any, direction: str) -> list[Found]:
        old_name, old_schema = self.old.resolve(old_node)
        new_name, new_schema = self.new.resolve(new_node)
        named = (old_name, new_name, direction) if old_name and new_name else None
        if named is not None and named in self._memo:
            return self._memo[named]
        running = (id(old_schema), id(new_schema), direction)
        if running in self._active:
            # A schema that contains itself: its changes are reported where the loop starts.
            self._stops += 1
            return []
        stops_before = self._stops
        self._active.add(running)
        try:
            found = self._compare(old_node, new_node, direction)
        finally:
            self._active.discard(running)
        if named is not None and self._stops == stops_before:
            self._memo[named] = found
        return found

    def _compare(self, old_node: Any, new_node: Any, direction: str) -> list[Found]:
        old = shape_of(old_node, self.old)
        new = shape_of(new_node, self.new)
        found = [*self._types(old, new), *self._enum(old, new), *self._limits(old, new)]
        found += self._format(old, new)
        if new.deprecated and not old.deprecated:
            found.append(Found("", "deprecated", "deprecated now"))
        if old.variants or new.variants:
            found += self._variants(old_node, new_node, old, new, direction)
        objects = "object" in old.types and "object" in new.types
        # Fields beside a union are compared as fields; a plain object facing a union was
        # paired with one of its variants above.
        if objects and bool(old.variants) == bool(new.variants):
            found += self._object(old, new, direction)
        if "array" in old.types and "array" in new.types:
            found += _under("[]", self._part(old.items, new.items, direction))
        if objects and (isinstance(old.additional, dict) or isinstance(new.additional, dict)):
            found += _under("{}", self._part(old.additional, new.additional, direction))
        return found

    def _part(self, old: Any, new: Any, direction: str) -> list[Found]:
        """Items or map values; a side that does not say takes anything."""
        if old is None and new is None:
            return []
        return self.compare(
            old if isinstance(old, dict) else {}, new if isinstance(new, dict) else {}, direction
        )

    @staticmethod
    def _format(old: Shape, new: Shape) -> list[Found]:
        if old.typed_format == new.typed_format:
            return []
        before, after = old.typed_format or "plain", new.typed_format or "plain"
        return [Found("", "type-changed", f"format {before} → {after} (another Python type)")]

    # -- kinds of value ---------------------------------------------------------------------

    @staticmethod
    def _types(old: Shape, new: Shape) -> list[Found]:
        if old.types == new.types:
            return []
        change = f"type {describe_types(old.types)} → {describe_types(new.types)}"
        if accepts(new.types, old.types):
            return [Found("", "type-widened", change)]
        if accepts(old.types, new.types):
            return [Found("", "type-narrowed", change)]
        return [Found("", "type-changed", change)]

    @staticmethod
    def _enum(old: Shape, new: Shape) -> list[Found]:
        if old.enum is None and new.enum is None:
            return []
        if old.enum is None:
            # A list of values where any value of those types went before (a type that was not
            # there before is a widening, which `_types` reports); an open enum takes any string.
            if new.enum_open or new.enum is None or not accepts(old.types, new.types - {"null"}):
                return []
            values = ", ".join(sorted(new.enum))
            return [Found("", "type-narrowed", f"now limited to the values {values}")]
        if new.enum is None:
            if old.enum_open or not accepts(new.types, old.types - {"null"}):
                return []
            return [Found("", "type-widened", "no longer limited to a list of values")]
        open_note = "open enum: it already parsed, as a string" if new.enum_open else "closed enum"
        found = [
            Found("", "enum-value-added", f"value {value} added ({open_note})", new.enum_open)
            for value in sorted(new.enum - old.enum)
        ]
        found += [
            Found("", "enum-value-removed", f"value {value} removed")
            for value in sorted(old.enum - new.enum)
        ]
        if old.enum_open and not new.enum_open:
            found.append(Found("", "enum-closed", "only the listed values are allowed now"))
        elif new.enum_open and not old.enum_open:
            found.append(Found("", "enum-opened", "any string is allowed beside the values now"))
        return found

    @staticmethod
    def _limits(old: Shape, new: Shape) -> list[Found]:
        found = []
        for key in sorted(set(old.limits) | set(new.limits)):
            before, after = old.limits.get(key), new.limits.get(key)
            if before == after:
                continue
            if before is None:
                message = f"{key} {json_text(after)} added"
            elif after is None:
                message = f"{key} {json_text(before)} removed"
            else:
                message = f"{key} {json_text(before)} → {json_text(after)}"
            found.append(Found("", _limit_rule(key, before, after), message))
        return found

    # -- objects ----------------------------------------------------------------------------

    def _visible(
        self, resolver: Resolver, properties: dict[str, Any], direction: str
    ) -> dict[str, Any]:
        """The fields a side deals with: a read-only field is never sent, a write-only one
        never read."""
        hidden = "readOnly" if direction == REQUEST else "writeOnly"
        return {
            name: schema
            for name, schema in properties.items()
            if not resolver.resolve(schema)[1].get(hidden)
        }

    def _object(self, old: Shape, new: Shape, direction: str) -> list[Found]:
        old_fields = self._visible(self.old, old.properties, direction)
        new_fields = self._visible(self.new, new.properties, direction)
        added = [name for name in new_fields if name not in old_fields]
        renamed = self._renames(old_fields, new_fields, added)
        found = []
        for name in old_fields:
            if name not in new_fields:
                hint = renamed.get(name)
                message = f"field {code_span(name)} removed" + (
                    f" (renamed to {code_span(hint)}?)" if hint else ""
                )
                found.append(Found(f".{name}", "field-removed", message))
        for name in added:
            required = name in new.required
            rule = "field-added-required" if required else "field-added-optional"
            kind = describe_types(shape_of(new_fields[name], self.new).types)
            status = "required" if required else "optional"
            found.append(
                Found(f".{name}", rule, f"{status} field {code_span(name)} added ({kind})")
            )
        for name in old_fields:
            if name not in new_fields:
                continue
            if name in new.required and name not in old.required:
                found.append(Found(f".{name}", "field-became-required", "required now"))
            elif name in old.required and name not in new.required:
                found.append(
                    Found(f".{name}", "field-became-optional", "optional now (may be absent)")
                )
            found += _under(f".{name}", self.compare(old_fields[name], new_fields[name], direction))
        found += self._extra_keys(old, new)
        return found

    def _renames(
        self, old_fields: dict[str, Any], new_fields: dict[str, Any], added: list[str]
    ) -> dict[str, str]:
        """Removed field -> an added field of the same type near where it stood (at most
        `_RENAME_DISTANCE` places away), each added field given once, nearest first: likely
        the same field under a new name."""
        removed = [name for name in old_fields if name not in new_fields]
        if not removed or not added:
            return {}
        old_order, new_order = list(old_fields), list(new_fields)
        signatures = {name: shape_of(new_fields[name], self.new).signature() for name in added}
        candidates = sorted(
            (abs(new_order.index(after) - old_order.index(before)), before, after)
            for before in removed
            for after in added
            if signatures[after] == shape_of(old_fields[before], self.old).signature()
        )
        renames: dict[str, str] = {}
        for distance, before, after in candidates:
            if (
                distance <= _RENAME_DISTANCE
                and before not in renames
                and after not in renames.values()
            ):
                renames[before] = after
        return renames

    @staticmethod
    def _extra_keys(old: Shape, new: Shape) -> list[Found]:
        if old.additional is not False and new.additional is False:
            return [Found("", "extra-keys-refused", "keys it does not name are refused now")]
        if old.additional is False and new.additional is not False:
            return [Found("", "extra-keys-allowed", "keys it does not name are allowed now")]
        return []

    # -- unions of objects ------------------------------------------------------------------

    def _variants(
        self, old_node: Any, new_node: Any, old: Shape, new: Shape, direction: str
    ) -> list[Found]:
        old_variants = old.variants or _as_variants(old_node, old, self.old)
        new_variants = new.variants or _as_variants(new_node, new, self.new)
        if not old_variants or not new_variants:
            return _free_form_objects(old, new, old_variants, new_variants)
        found = []
        for before, after in _pair(old_variants, new_variants):
            if before is not None and after is not None:
                found += _under(
                    f"({after.label})", self.compare(before.schema, after.schema, direction)
                )
            elif before is not None:
                message = f"variant {code_span(before.label)} removed"
                found.append(Found(f"({before.label})", "variant-removed", message))
            elif after is not None:
                message = f"variant {code_span(after.label)} added"
                found.append(Found(f"({after.label})", "variant-added", message))
        return found


def _limit_rule(key: str, before: Any, after: Any) -> str:
    if key in _LOWER_BOUNDS or key in _UPPER_BOUNDS:
        if isinstance(before, bool) or isinstance(after, bool):  # OpenAPI 3.0's exclusive flags
            return "limit-tightened" if after else "limit-loosened"
        if before is None:
            return "limit-tightened"
        if after is None:
            return "limit-loosened"
        stricter = after > before if key in _LOWER_BOUNDS else after < before
        return "limit-tightened" if stricter else "limit-loosened"
    if key == "multipleOf" and before and after and before % after == 0:
        return "limit-loosened"  # every multiple of the old step is one of the new
    if key in LENGTH_LIMITS or key in ITEM_LIMITS or key == "multipleOf":
        # A new or changed pattern, step or uniqueness may refuse what passed before.
        return "limit-loosened" if after in (None, False) else "limit-tightened"
    return "limit-tightened"


def _as_variants(node: Any, shape: Shape, resolver: Resolver) -> list[Variant]:
    """A plain object facing a union: the union's only variant, as far as pairing goes."""
    if "object" not in shape.types or not shape.properties:
        return []
    name, _ = resolver.resolve(node)
    discriminator = discriminator_of(
        {key: resolver.resolve(value)[1] for key, value in shape.properties.items()}
    )
    label = name or (f"{discriminator[0]}={discriminator[1]}" if discriminator else "object")
    return [Variant(label, node, frozenset(shape.properties), discriminator)]


def _free_form_objects(
    old: Shape, new: Shape, old_variants: list[Variant], new_variants: list[Variant]
) -> list[Found]:
    """A union of objects facing any object at all (`{type: object}`)."""
    if old_variants and "object" in new.types and not new_variants:
        return [Found("", "type-widened", "any object now, not only the union's variants")]
    if new_variants and "object" in old.types and not old_variants:
        labels = ", ".join(variant.label for variant in new_variants)
        return [Found("", "type-narrowed", f"only the objects {labels} now, not any object")]
    return []


def _pair(
    old: list[Variant], new: list[Variant]
) -> Iterator[tuple[Variant | None, Variant | None]]:
    """Variants of both sides paired: same label, else same discriminating value, else most
    fields in common; the rest were removed or added."""
    unpaired_new = list(new)
    pairs: list[tuple[Variant | None, Variant | None]] = []
    unpaired_old = []
    for variant in old:
        # Inline variants are known by their place only: reordered, they are paired by fields.
        match = (
            None
            if positional(variant)
            else next((v for v in unpaired_new if v.label == variant.label), None)
        )
        if match is None and variant.discriminator:
            match = next(
                (v for v in unpaired_new if v.discriminator == variant.discriminator), None
            )
        if match is None:
            unpaired_old.append(variant)
            continue
        unpaired_new.remove(match)
        pairs.append((variant, match))
    for variant in unpaired_old:
        scored = [(_overlap(variant.fields, v.fields), i, v) for i, v in enumerate(unpaired_new)]
        best = max(scored, default=None, key=lambda entry: (entry[0], -entry[1]))
        if best is not None and best[0] >= _SAME_VARIANT_OVERLAP:
            unpaired_new.remove(best[2])
            pairs.append((variant, best[2]))
        else:
            pairs.append((variant, None))
    pairs += [(None, variant) for variant in unpaired_new]
    return iter(pairs)


def _overlap(first: frozenset[str], second: frozenset[str]) -> float:
    union = first | second
    return len(first & second) / len(union) if union else 0.0
