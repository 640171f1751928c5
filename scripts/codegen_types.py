"""The Python types the generated package declares, worked out from the parsed spec.

openapi-python-client parses `openapi.yaml` into properties (a model, a list, a union, a Literal
enum, a string...). Its templates turn each model into an attrs class; this module answers what
they cannot, from the same parsed properties, so that every type stays one fact of the spec:

- `read_type`: the type of an attribute as a reader sees it (`T | None` for an optional field,
  an open enum as its known values), used by `templates/model.py.jinja`;
- `RequestTypes`: the TypedDict (`...Param`) of every schema a request can contain, the aliases
  of union, array and scalar schemas, and the request fields the client checks at run time.

Pure: it reads properties and returns data for the templates; `generate.py` does the I/O.
"""

from __future__ import annotations

import dataclasses
import keyword
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import attrs
from openapi_python_client.parser.properties import (
    AnyProperty,
    BooleanProperty,
    ConstProperty,
    FloatProperty,
    IntProperty,
    ListProperty,
    LiteralEnumProperty,
    ModelProperty,
    NoneProperty,
    StringProperty,
    UnionProperty,
)

PARAM_SUFFIX = "Param"
KWARGS_SUFFIX = "Kwargs"
OVERRIDES_SUFFIX = "Overrides"


def code(value: Any) -> str:
    """The text of a generator value (`PythonCode`, `UntrustedString`, `ClassName` or str)."""
    if hasattr(value, "as_unembedded_code"):
        return str(value.as_unembedded_code())
    if hasattr(value, "get_untrusted_value"):
        return str(value.get_untrusted_value())
    return str(value)


def union_of(parts: Iterable[str]) -> str:
    """`A | B`, each part once, sorted the way the generator sorts union members, but `None`
    last, as Python code reads (`str | None`)."""
    unique = sorted(set(parts), key=lambda part: (part == "None", part.lower()))
    return " | ".join(unique)


def ordered_union(parts: Iterable[str]) -> str:
    """`A | B`, each part once, in the spec's order (a request type reads best that way)."""
    return " | ".join(dict.fromkeys(parts))


# --------------------------------------------------------------------------------------------
# Reading: attribute types of the attrs models
# --------------------------------------------------------------------------------------------


def non_null_members(prop: Any) -> list[Any]:
    return [p for p in prop.inner_properties if not isinstance(p, NoneProperty)]


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


def is_nullable(prop: Any) -> bool:
    return isinstance(prop, UnionProperty) and any(
        isinstance(p, NoneProperty) for p in prop.inner_properties
    )


def read_type(prop: Any) -> str:
    """The type of an attribute as read: no `Unset`; `None` when the field is optional or
    nullable; an open enum as its Literal type (an unknown value still parses, as a str)."""
    if is_open_enum(prop):
        parts = [code(p.get_type_string(no_optional=True)) for p in prop.inner_properties]
        parts = [part for part in parts if part != "str"]
    elif isinstance(prop, UnionProperty):
        parts = [code(p.get_type_string(no_optional=True)) for p in prop.inner_properties]
    else:
        parts = [code(prop.get_type_string(no_optional=True))]
    if not prop.required:
        parts.append("None")
    return union_of(parts)


def construct_type(prop: Any) -> str:
    """`read_type` without the `None` of absence: what from_dict builds from a present value."""
    parts = read_type(prop).split(" | ")
    if not is_nullable(prop):
        parts = [part for part in parts if part != "None"]
    return union_of(parts)


def as_required(prop: Any) -> Any:
    """The property as if required: the generator's property templates then emit conversion
    code without `Unset`; the model template handles absence itself."""
    return attrs.evolve(prop, required=True) if not prop.required else prop


_RUNTIME_NAMES = frozenset({"str", "int", "float", "bool", "None", "object"})


def annotation(type_: str) -> str:
    """`type_` as an annotation of the TypedDict module: quoted, unless it names builtins
    only (the module imports the models it refers to for type checkers alone)."""
    return type_ if set(type_.split(" | ")) <= _RUNTIME_NAMES else repr(type_)


# --------------------------------------------------------------------------------------------
# Writing: TypedDicts of everything a request can contain
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ParamField:
    key: str  # the wire name
    type: str
    required: bool
    description: str


@dataclass(frozen=True)
class TypedDictPlan:
    name: str
    description: str
    fields: tuple[ParamField, ...]
    base: str | None = None  # a TypedDict this one extends

    @property
    def class_syntax(self) -> bool:
        """Whether every key can be written as a class attribute (else the functional form)."""
        return all(f.key.isidentifier() and not keyword.iskeyword(f.key) for f in self.fields)


@dataclass(frozen=True)
class AliasPlan:
    name: str
    type: str
    description: str


@dataclass(frozen=True)
class ComponentRef:
    """A union or array component schema: it has no class, only a name (and an alias)."""

    name: str
    prop: Any


@dataclass
class RequestTypes:
    """What the templates render for the request side, in a stable order."""

    typed_dicts: list[TypedDictPlan] = field(default_factory=list)
    param_aliases: list[AliasPlan] = field(default_factory=list)
    # Model classes, enum aliases and union aliases the TypedDicts refer to, by the module of
    # the models package that defines them (imported for type checkers only).
    referenced: dict[str, str] = field(default_factory=dict)
    # Enum aliases, which Param union aliases may use at run time.
    referenced_enums: dict[str, str] = field(default_factory=dict)
    # Top-level request fields by JSON type, and the discriminator of each array of a union.
    request_fields: dict[str, list[str]] = field(default_factory=dict)
    discriminators: dict[str, tuple[str, list[str]]] = field(default_factory=dict)

    @property
    def param_names(self) -> list[str]:
        return [t.name for t in self.typed_dicts] + [a.name for a in self.param_aliases]


class GenerationError(Exception):
    """The spec cannot be turned into a correct client; the message says why and where."""


def one_line(text: Any) -> str:
    """A description as one line of a comment: no line breaks or control characters."""
    if text is None:
        return ""
    flat = re.sub(r"\s+", " ", code(text)).strip()
    return "".join(ch for ch in flat if ch.isprintable())


def _module_of(prop: Any) -> str:
    return "." + code(prop.class_info.module_name)


class _Planner:
    def __init__(self, models: Sequence[Any], components: dict[str, Any]) -> None:
        self.models = {code(m.class_info.name): m for m in models}
        # Union and array component schemas, to recognise where a property uses one by name.
        self.components = [
            ComponentRef(name, prop)
            for name, prop in components.items()
            if isinstance(prop, UnionProperty | ListProperty)
        ]
        self.result = RequestTypes()
        self._planned: set[str] = set()
        self._queue: list[Any] = []

    # -- names ------------------------------------------------------------------------------

    def component_of(self, prop: Any) -> ComponentRef | None:
        for component in self.components:
            if type(component.prop) is not type(prop):
                continue
            if isinstance(prop, UnionProperty):
                if component.prop.inner_properties == prop.inner_properties:
                    return component
            elif component.prop.inner_property == prop.inner_property:
                return component
        return None

    def canonical_model(self, prop: Any) -> Any:
        # A model reached through a reference may be a copy made before its properties were
        # parsed: the class name finds the complete one.
        return self.models[code(prop.class_info.name)]

    # -- types ------------------------------------------------------------------------------

    def param_type(self, prop: Any) -> str:
        """The type a request may give `prop`: the dict form of a model or its class, any
        sequence of the item type for an array (never a bare str), a Literal for an enum."""
        return ordered_union(self.param_parts(prop, with_models=True))

    def param_parts(self, prop: Any, *, with_models: bool) -> list[str]:
        """The members of `param_type(prop)`; without the attrs classes if not `with_models`."""
        if isinstance(prop, ModelProperty):
            model = self.canonical_model(prop)
            if not (model.required_properties or model.optional_properties):
                return [f"Mapping[str, {self.additional_type(model)}]"]
            name = code(model.class_info.name)
            self.want_typed_dict(model)
            if not with_models:
                return [name + PARAM_SUFFIX]
            self.result.referenced[name] = _module_of(model)
            return [name + PARAM_SUFFIX, name]
        if isinstance(prop, ListProperty):
            sequence = self.sequence_of(prop.inner_property)
            component = self.component_of(prop)
            if component is None:
                return [sequence]
            return [self.want_param_alias(component, sequence)]
        if isinstance(prop, UnionProperty):
            component = self.component_of(prop)
            if component is None:
                return [
                    part
                    for member in prop.inner_properties
                    for part in self.param_parts(member, with_models=with_models)
                ]
            dict_forms = ordered_union(
                part
                for member in prop.inner_properties
                for part in self.param_parts(member, with_models=False)
            )
            alias = self.want_param_alias(component, dict_forms)
            if not with_models:
                return [alias]
            # The alias holds the dict forms; the attrs classes are accepted next to it.
            models = [
                self.canonical_model(p)
                for p in prop.inner_properties
                if isinstance(p, ModelProperty)
            ]
            for model in models:
                self.result.referenced[code(model.class_info.name)] = _module_of(model)
            return [alias, *(code(model.class_info.name) for model in models)]
        if isinstance(prop, LiteralEnumProperty):
            name = code(prop.class_info.name)
            self.result.referenced_enums[name] = _module_of(prop)
            return [name]
        if isinstance(prop, ConstProperty):
            return [f"Literal[{code(prop.value.python_code)}]"]
        if isinstance(prop, NoneProperty):
            return ["None"]
        if isinstance(prop, AnyProperty):
            return ["object"]
        if isinstance(prop, BooleanProperty):
            return ["bool"]
        if isinstance(prop, IntProperty):
            return ["int"]
        if isinstance(prop, FloatProperty):
            return ["float"]
        # Strings, and the formats the generator maps to other classes (dates, UUIDs, files),
        # are strings on the wire.
        return ["str"]

    def sequence_of(self, item: Any) -> str:
        """Any sequence of the item type. Where a `str` is an item, a bare `str` (itself a
        sequence of strings) is refused by `SequenceNotStr`; elsewhere `Sequence` does, and
        type checkers infer a list literal's items against it more precisely."""
        parts = self.param_parts(item, with_models=True)
        container = "SequenceNotStr" if "str" in parts else "Sequence"
        return f"{container}[{ordered_union(parts)}]"

    def additional_type(self, model: Any) -> str:
        extra = model.additional_properties
        if extra is None or isinstance(extra, bool):
            return "object"
        return self.param_type(extra)

    # -- what to emit -----------------------------------------------------------------------

    def want_typed_dict(self, model: Any) -> None:
        name = code(model.class_info.name)
        if name not in self._planned:
            self._planned.add(name)
            self._queue.append(model)

    def want_param_alias(self, component: ComponentRef, type_: str) -> str:
        name = component.name + PARAM_SUFFIX
        if name not in self._planned:
            self._planned.add(name)
            description = one_line(component.prop.description)
            self.result.param_aliases.append(AliasPlan(name, type_, description))
        return name

    def typed_dict_of(self, model: Any, skip: Iterable[str] = ()) -> TypedDictPlan:
        skipped = set(skip)
        fields = tuple(
            ParamField(
                key=code(prop.name),
                type=self.param_type(prop),
                required=prop.required,
                description=one_line(prop.description),
            )
            for prop in [*model.required_properties, *model.optional_properties]
            if code(prop.name) not in skipped
        )
        name = code(model.class_info.name) + PARAM_SUFFIX
        return TypedDictPlan(name, one_line(model.description), fields)

    def drain(self) -> None:
        while self._queue:
            model = self._queue.pop(0)
            self.result.typed_dicts.append(self.typed_dict_of(model))


def _iter_request_bodies(openapi: Any) -> Iterator[Any]:
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            for body in endpoint.bodies:
                yield body.prop


def plan_request_types(
    openapi: Any,
    components: dict[str, Any],
    *,
    call_parameters: Sequence[str],
    controlled_fields: Sequence[str],
) -> RequestTypes:
    """Everything the request side declares, from the generator's parsed document.

    `components` maps each component schema's name to its parsed property (for the names of
    union and array schemas, which have no class). `call_parameters` are keyword parameters of
    the calls; a request property of that name is a `GenerationError`. `controlled_fields` are
    request fields the call sets itself: the request body's `...Kwargs` TypedDict leaves them
    out, and its `...Param` extends that one with them. `...Overrides` is `...Kwargs` with no
    key required (keyword arguments given next to a whole request).
    """
    planner = _Planner(openapi.models, components)
    result = planner.result
    for body in _iter_request_bodies(openapi):
        if not isinstance(body, ModelProperty):
            continue
        model = planner.canonical_model(body)
        _check_collisions(model, call_parameters)
        name = code(model.class_info.name)
        planner._planned.add(name)
        every_field = planner.typed_dict_of(model)
        kwargs = TypedDictPlan(
            name + KWARGS_SUFFIX,
            f"The keyword arguments of a call: every field of {name}{PARAM_SUFFIX} but "
            f"{', '.join(controlled_fields)}, which the call sets itself.",
            tuple(f for f in every_field.fields if f.key not in controlled_fields),
        )
        overrides = TypedDictPlan(
            name + OVERRIDES_SUFFIX,
            f"Keyword arguments given with a whole request: any field of {name}{KWARGS_SUFFIX}, "
            "none required; each replaces the request's own.",
            tuple(dataclasses.replace(f, required=False) for f in kwargs.fields),
        )
        result.typed_dicts.append(kwargs)
        result.typed_dicts.append(overrides)
        result.typed_dicts.append(
            TypedDictPlan(
                every_field.name,
                every_field.description,
                tuple(f for f in every_field.fields if f.key in controlled_fields),
                base=kwargs.name,
            )
        )
        _plan_request_fields(model, result, planner.canonical_model)
        planner.drain()
    _plan_renamed_param_aliases(components, result)
    return result


def _plan_renamed_param_aliases(components: dict[str, Any], result: RequestTypes) -> None:
    """`XParam` for a component X that the generator resolved to a model of another name (a
    `oneOf` with a single member): the spec's name stays usable for the dict form too."""
    planned = {t.name for t in result.typed_dicts}
    for name, prop in sorted(components.items()):
        if not isinstance(prop, ModelProperty):
            continue
        target = code(prop.class_info.name) + PARAM_SUFFIX
        if code(prop.class_info.name) != name and target in planned:
            description = one_line(prop.description)
            result.param_aliases.append(AliasPlan(name + PARAM_SUFFIX, target, description))


def _check_collisions(model: Any, call_parameters: Sequence[str]) -> None:
    for prop in [*model.required_properties, *model.optional_properties]:
        key = code(prop.name)
        if key in call_parameters:
            raise GenerationError(
                f"openapi.yaml: {code(model.class_info.name)}.{key} has the name of a keyword "
                f"parameter of the calls ({', '.join(call_parameters)}), so it could not be a "
                "keyword argument of generate_text, stream_text or chat.completions.create. "
                "Rename that parameter in overrides/aistats/_call_parameters.py and the "
                "clients, or leave the field to extra_body= by removing it from the spec."
            )


def _scalar_kind(prop: Any) -> str | None:
    """`number`, `integer` or `boolean` for a property of that JSON type (nullable or not)."""
    members = non_null_members(prop) if isinstance(prop, UnionProperty) else [prop]
    if len(members) != 1:
        return None
    member = members[0]
    if isinstance(member, BooleanProperty):
        return "boolean"
    if isinstance(member, IntProperty):
        return "integer"
    if isinstance(member, FloatProperty):
        return "number"
    return None


def _plan_request_fields(model: Any, result: RequestTypes, canonical: Callable[[Any], Any]) -> None:
    kinds: dict[str, list[str]] = {"number": [], "integer": [], "boolean": []}
    for prop in [*model.required_properties, *model.optional_properties]:
        kind = _scalar_kind(prop)
        if kind is not None:
            kinds[kind].append(code(prop.name))
        if isinstance(prop, ListProperty) and isinstance(prop.inner_property, UnionProperty):
            found = _discriminator(prop.inner_property, canonical)
            if found is not None:
                result.discriminators[code(prop.name)] = found
    result.request_fields = {kind: sorted(names) for kind, names in kinds.items()}


def _discriminator(
    union: UnionProperty, canonical: Callable[[Any], Any]
) -> tuple[str, list[str]] | None:
    """The property every member of a union of models fixes with a `const`, and its values."""
    if not union.inner_properties or not all(
        isinstance(m, ModelProperty) for m in union.inner_properties
    ):
        return None
    members = [canonical(m) for m in union.inner_properties]
    candidates: dict[str, list[str]] | None = None
    for member in members:
        consts = {
            code(p.name): code(p.value.raw_value)
            for p in member.required_properties
            if isinstance(p, ConstProperty)
        }
        if candidates is None:
            candidates = {name: [value] for name, value in consts.items()}
        else:
            candidates = {
                name: [*values, consts[name]]
                for name, values in candidates.items()
                if name in consts
            }
    if not candidates:
        return None
    name = sorted(candidates)[0]
    return name, sorted(set(candidates[name]))


@dataclass(frozen=True)
class ModelAliasPlan:
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


def plan_model_aliases(components: dict[str, Any]) -> list[ModelAliasPlan]:
    """A type alias for each union, array or scalar component schema: they have no class, but
    their names are the spec's (and the gateway SDK's) vocabulary."""
    aliases = []
    for name, prop in sorted(components.items()):
        if isinstance(prop, ModelProperty | LiteralEnumProperty) and (
            code(prop.class_info.name) == name
        ):
            continue  # it has a class (or an enum alias) of its own name
        required = attrs.evolve(prop, required=True)
        imports = sorted(
            {(_module_of(cls), code(cls.class_info.name)) for cls in _classes_in(prop)}
        )
        aliases.append(
            ModelAliasPlan(name, read_type(required), one_line(prop.description), tuple(imports))
        )
    return aliases
