"""The TypedDict of every schema a request can hold (`...Param`), rendered by
`templates/params.py.jinja`.

Keys are the wire names; required properties are `Required[...]`; enums are the generator's
Literal aliases; a nested object is its `...Param` or its attrs class (a typed model is accepted
wherever its dict form is); an array is any sequence of its items, never a bare `str` where
the items are strings; a union schema gets an alias of its members' dict forms. The request
body itself also gets `...Kwargs` (the keyword arguments of a call: every field a keyword can
name, but those the call sets itself) and `...Overrides` (the same, none required).
"""

from __future__ import annotations

import dataclasses
import keyword
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.parser.properties.any import AnyProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.literal_enum_property import LiteralEnumProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.union import UnionProperty

from . import GenerationError
from .properties import class_name, code, module_of, one_line, ordered_union
from .request_facts import RequestFacts, plan_request_facts

PARAM_SUFFIX = "Param"
KWARGS_SUFFIX = "Kwargs"
OVERRIDES_SUFFIX = "Overrides"
SEQUENCE_NOT_STR = "SequenceNotStr"
# The type of a property whose schema admits no value (`not: {}`): the spec names it, the
# gateway refuses it, and a type checker flags any value given to it.
REFUSED_TYPE = "Never"
_BUILTIN_TYPES = frozenset({"str", "int", "float", "bool", "None", "object"})
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_STRING_LITERAL = re.compile(r"'[^']*'|\"[^\"]*\"")


def annotation(type_: str) -> str:
    """`type_` as an annotation of the TypedDict module: quoted unless it names builtins only
    (the module imports the models it refers to for type checkers alone)."""
    return type_ if set(type_.split(" | ")) <= _BUILTIN_TYPES else repr(type_)


def is_keyword_argument(key: str) -> bool:
    """Whether a call can take `key` as a keyword argument."""
    return key.isidentifier() and not keyword.iskeyword(key)


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
    base: TypedDictPlan | None = None  # the TypedDict this one extends

    @property
    def all_fields(self) -> tuple[ParamField, ...]:
        return (self.base.all_fields if self.base else ()) + self.fields

    @property
    def class_syntax(self) -> bool:
        """Whether the class form can declare it: every key an identifier, and none the name of
        a type its annotations use (in the class body, the key would hide that type)."""
        names_used = {
            name
            for f in self.all_fields
            for name in _IDENTIFIER.findall(_STRING_LITERAL.sub("", f.type))
        }
        return all(is_keyword_argument(f.key) and f.key not in names_used for f in self.fields)


@dataclass(frozen=True)
class AliasPlan:
    name: str
    type: str
    description: str


@dataclass
class RequestTypes:
    """What `params.py.jinja` and `request_fields.py.jinja` render, in a stable order."""

    typed_dicts: list[TypedDictPlan] = field(default_factory=list)
    param_aliases: list[AliasPlan] = field(default_factory=list)
    # Model classes and enum aliases the TypedDicts name, by their module in the models
    # package (imported for type checkers only).
    referenced: dict[str, str] = field(default_factory=dict)
    facts: RequestFacts = field(default_factory=RequestFacts)

    @property
    def names(self) -> list[str]:
        """Every name the TypedDict module defines."""
        return [SEQUENCE_NOT_STR, *(t.name for t in self.typed_dicts)] + [
            a.name for a in self.param_aliases
        ]


class _Planner:
    """Walks the request body's properties and plans a TypedDict per object schema reached."""

    def __init__(
        self,
        models: Sequence[Any],
        components: dict[str, Any],
        refused: Mapping[str, frozenset[str]],
    ) -> None:
        self.models = {class_name(m): m for m in models}
        self.refused = refused
        # Union and array component schemas, to recognise where a property uses one by name.
        self.components = {
            name: prop
            for name, prop in components.items()
            if isinstance(prop, UnionProperty | ListProperty)
        }
        # Components the generator resolved to a model of another name (a `oneOf` of one).
        self.renamed = {
            name: prop
            for name, prop in components.items()
            if isinstance(prop, ModelProperty) and class_name(prop) != name
        }
        self.result = RequestTypes()
        self.planned: set[str] = set()
        self._queue: list[Any] = []

    def component_of(self, prop: Any) -> str | None:
        """The name of the union or array component schema `prop` refers to, if any."""
        for name, component in self.components.items():
            same_union = (
                isinstance(prop, UnionProperty)
                and isinstance(component, UnionProperty)
                and component.inner_properties == prop.inner_properties
            )
            same_array = (
                isinstance(prop, ListProperty)
                and isinstance(component, ListProperty)
                and component.inner_property == prop.inner_property
            )
            if same_union or same_array:
                return name
        return None

    def canonical(self, prop: Any) -> Any:
        """A model reached through a reference may be a copy made before its properties were
        parsed: its class name finds the complete one."""
        return self.models[class_name(prop)]

    # -- types ------------------------------------------------------------------------------

    def param_type(self, prop: Any) -> str:
        return ordered_union(self.param_parts(prop, with_models=True))

    def param_parts(self, prop: Any, *, with_models: bool) -> list[str]:
        """The members of the type a request may give `prop`; without the attrs classes (the
        dict forms alone) unless `with_models`."""
        if isinstance(prop, ModelProperty):
            return self._model_parts(self.canonical(prop), with_models)
        if isinstance(prop, ListProperty):
            sequence = self.sequence_of(prop.inner_property)
            component = self.component_of(prop)
            return [self.alias(component, sequence) if component else sequence]
        if isinstance(prop, UnionProperty):
            return self._union_parts(prop, with_models)
        if isinstance(prop, LiteralEnumProperty):
            self.result.referenced[class_name(prop)] = module_of(prop)
            return [class_name(prop)]
        if isinstance(prop, ConstProperty):
            return [f"Literal[{code(prop.value.python_code)}]"]
        return [self._scalar(prop)]

    def _model_parts(self, model: Any, with_models: bool) -> list[str]:
        if not (model.required_properties or model.optional_properties):
            return [f"Mapping[str, {self._additional_type(model)}]"]  # a map, not a record
        name = class_name(model)
        if name not in self.planned:
            self.planned.add(name)
            self._queue.append(model)
        if not with_models:
            return [name + PARAM_SUFFIX]
        self.result.referenced[name] = module_of(model)
        return [name + PARAM_SUFFIX, name]

    def _union_parts(self, union: Any, with_models: bool) -> list[str]:
        members = union.inner_properties
        component = self.component_of(union)
        if component is None:
            return [part for m in members for part in self.param_parts(m, with_models=with_models)]
        dict_forms = [part for m in members for part in self.param_parts(m, with_models=False)]
        alias = self.alias(component, ordered_union(dict_forms))
        if not with_models:
            return [alias]
        # The alias holds the dict forms; the attrs classes are accepted next to it.
        models = [self.canonical(m) for m in members if isinstance(m, ModelProperty)]
        for model in models:
            self.result.referenced[class_name(model)] = module_of(model)
        return [alias, *(class_name(model) for model in models)]

    def sequence_of(self, item: Any) -> str:
        """Any sequence of the item type. Where a `str` is an item, a bare `str` (itself a
        sequence of strings) is refused by `SequenceNotStr`; elsewhere `Sequence` refuses it,
        and type checkers infer a list literal's items against it more precisely."""
        parts = self.param_parts(item, with_models=True)
        container = SEQUENCE_NOT_STR if "str" in parts else "Sequence"
        return f"{container}[{ordered_union(parts)}]"

    def _additional_type(self, model: Any) -> str:
        extra = model.additional_properties
        return "object" if extra is None or isinstance(extra, bool) else self.param_type(extra)

    @staticmethod
    def _scalar(prop: Any) -> str:
        if isinstance(prop, NoneProperty):
            return "None"
        if isinstance(prop, AnyProperty):
            return "object"
        if isinstance(prop, BooleanProperty):
            return "bool"
        if isinstance(prop, IntProperty):
            return "int"
        if isinstance(prop, FloatProperty):
            return "float"
        # Strings, and the formats the generator maps to other classes (dates, UUIDs, files),
        # are strings on the wire.
        return "str"

    # -- what to emit -----------------------------------------------------------------------

    def alias(self, component: str, type_: str) -> str:
        name = component + PARAM_SUFFIX
        if name not in self.planned:
            self.planned.add(name)
            description = one_line(self.components[component].description)
            self.result.param_aliases.append(AliasPlan(name, type_, description))
        return name

    def fields_of(self, model: Any) -> list[ParamField]:
        refused = self.refused.get(class_name(model), frozenset())
        return [
            ParamField(
                code(p.name),
                REFUSED_TYPE if p.name in refused else self.param_type(p),
                p.required,
                one_line(p.description),
            )
            for p in [*model.required_properties, *model.optional_properties]
        ]

    def drain(self) -> None:
        while self._queue:
            model = self._queue.pop(0)
            name = class_name(model) + PARAM_SUFFIX
            plan = TypedDictPlan(name, one_line(model.description), tuple(self.fields_of(model)))
            self.result.typed_dicts.append(plan)

    def plan_body(
        self,
        model: Any,
        controlled_fields: Sequence[str],
        keyword_variants: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        """The request body: `...Kwargs` (what keyword arguments can name), `...Overrides` (the
        same, none required) and `...Param` (`...Kwargs` and the rest: the fields a call sets
        itself, and keys no keyword argument can spell). Each of `keyword_variants` (a name
        and the fields a call of that kind also sets) adds a `...<name>Kwargs` and a
        `...<name>Overrides` without those fields."""
        name = class_name(model)
        self.planned.add(name)
        fields = self.fields_of(model)
        keywords = tuple(
            f for f in fields if is_keyword_argument(f.key) and f.key not in controlled_fields
        )
        rest = tuple(f for f in fields if f not in keywords)
        set_by_call = ", ".join(controlled_fields) or "nothing"
        kwargs = TypedDictPlan(
            name + KWARGS_SUFFIX,
            f"The keyword arguments of a call: the fields of {name}{PARAM_SUFFIX} but those "
            f"the call sets itself ({set_by_call}).",
            keywords,
        )
        overrides = TypedDictPlan(
            name + OVERRIDES_SUFFIX,
            f"Keyword arguments next to a whole request: any field of {kwargs.name}, none "
            "required; each replaces the request's own.",
            tuple(dataclasses.replace(f, required=False) for f in keywords),
        )
        param = TypedDictPlan(name + PARAM_SUFFIX, one_line(model.description), rest, kwargs)
        self.result.typed_dicts += [kwargs, overrides, param]
        for variant, also_set in (keyword_variants or {}).items():
            fields_left = tuple(f for f in keywords if f.key not in also_set)
            set_here = ", ".join((*controlled_fields, *also_set))
            variant_kwargs = TypedDictPlan(
                name + variant + KWARGS_SUFFIX,
                f"The keyword arguments of a {variant} call: the fields of {name}{PARAM_SUFFIX} "
                f"but those the call sets itself ({set_here}).",
                fields_left,
            )
            variant_overrides = TypedDictPlan(
                name + variant + OVERRIDES_SUFFIX,
                f"Keyword arguments next to a whole request in a {variant} call: any field of "
                f"{variant_kwargs.name}, none required; each replaces the request's own.",
                tuple(dataclasses.replace(f, required=False) for f in fields_left),
            )
            self.result.typed_dicts += [variant_kwargs, variant_overrides]
        self.result.referenced[name] = module_of(model)

    def plan_renamed(self) -> None:
        """`XParam` for a component X the generator resolved to a model of another name: the
        spec's name stays usable for the dict form too."""
        planned = {t.name for t in self.result.typed_dicts}
        for name, prop in sorted(self.renamed.items()):
            target = class_name(prop) + PARAM_SUFFIX
            if target in planned:
                description = one_line(prop.description)
                self.result.param_aliases.append(
                    AliasPlan(name + PARAM_SUFFIX, target, description)
                )


def request_bodies(openapi: Any) -> Iterator[Any]:
    """The request body property of each operation (each body once)."""
    seen: set[str] = set()
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            for body in endpoint.bodies:
                if isinstance(body.prop, ModelProperty) and class_name(body.prop) not in seen:
                    seen.add(class_name(body.prop))
                    yield body.prop


def refused_properties(document: Mapping[str, Any]) -> dict[str, frozenset[str]]:
    """Per component schema, the properties whose schema admits no value (`not: {}`)."""
    schemas = document.get("components", {}).get("schemas", {})
    refused: dict[str, frozenset[str]] = {}
    for name, schema in schemas.items():
        properties = schema.get("properties", {}) if isinstance(schema, Mapping) else {}
        names = frozenset(
            key
            for key, sub in properties.items()
            if isinstance(sub, Mapping) and sub.get("not") == {}
        )
        if names:
            refused[name] = names
    return refused


def plan_request_types(
    openapi: Any,
    components: dict[str, Any],
    *,
    call_parameters: Sequence[str],
    controlled_fields: Sequence[str],
    refused: Mapping[str, frozenset[str]] | None = None,
    keyword_variants: Mapping[str, Sequence[str]] | None = None,
) -> RequestTypes:
    """Everything the request side declares, from the generator's parsed document.

    `components` maps each component schema's class name to its parsed property (for the names
    of union and array schemas, which have no class). `call_parameters` are the keyword
    parameters of the calls: a request property of that name is a `GenerationError`.
    `controlled_fields` are request fields the calls set themselves. `refused` names, per
    schema, the properties no value is valid for (see `refused_properties`): typed `Never`.
    """
    planner = _Planner(openapi.models, components, refused or {})
    bodies = [planner.canonical(body) for body in request_bodies(openapi)]
    if len(bodies) != 1:
        names = ", ".join(class_name(body) for body in bodies) or "none"
        raise GenerationError(
            f"the client sends one request body; the spec's operations have {names}"
        )
    body = bodies[0]
    _check_collisions(body, call_parameters)
    planner.plan_body(body, controlled_fields, keyword_variants)
    planner.result.facts = plan_request_facts(body, planner.canonical)
    planner.drain()
    planner.plan_renamed()
    return planner.result


def _check_collisions(model: Any, call_parameters: Sequence[str]) -> None:
    for prop in [*model.required_properties, *model.optional_properties]:
        key = code(prop.name)
        if key in call_parameters:
            raise GenerationError(
                f"openapi.yaml: {class_name(model)}.{key} has the name of a keyword parameter "
                f"of the calls ({', '.join(call_parameters)}), so it could not be a keyword "
                "argument of generate_text, stream_text or chat.completions.create. Rename that "
                "parameter in overrides/aistats/_call_parameters.py and the clients, or leave "
                "the field to extra_body= by removing it from the spec."
            )


def duplicate_names(names: Iterable[str]) -> list[str]:
    """The names given more than once (two schemas whose types would have the same name)."""
    return sorted(name for name, count in Counter(names).items() if count > 1)
