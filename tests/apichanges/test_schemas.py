"""Schemas read the way the generator reads them, in the corners: unions of non-objects,
nullable forms of OpenAPI 3.0 and 3.1, allOf, loops, reordered unions, path items and
parameters given by reference or by media type."""

from __future__ import annotations

import copy
from typing import Any

from apichanges.compare import compare_documents

from tests.apichanges.documents import document, ref
from tests.conftest import load_spec

INTEGER = {"type": "integer"}


def thing(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties}


def changes(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(c.where, c.rule, c.severity) for c in compare_documents(old, new)]


# --- Unions of other things than objects ------------------------------------------------------


def test_the_items_of_a_nullable_array_are_compared() -> None:
    old = document(
        Thing=thing(x={"anyOf": [{"type": "array", "items": INTEGER}, {"type": "null"}]})
    )
    new = document(
        Thing=thing(x={"anyOf": [{"type": "array", "items": {"type": "string"}}, {"type": "null"}]})
    )
    assert changes(old, new) == [("Thing.x[]", "type-changed", "breaking")]


def test_the_limits_of_a_nullable_string_are_compared() -> None:
    old = document(
        Thing=thing(x={"anyOf": [{"type": "string", "maxLength": 10}, {"type": "null"}]})
    )
    new = document(Thing=thing(x={"anyOf": [{"type": "string", "maxLength": 5}, {"type": "null"}]}))
    assert changes(old, new) == [("Thing.x", "limit-tightened", "breaking")]


def test_a_change_inside_a_union_of_string_and_array_in_our_spec_is_found() -> None:
    old = load_spec()
    new = copy.deepcopy(old)
    schemas = new["components"]["schemas"]
    schemas["ImageURL"]["properties"]["detail"]["enum"].remove("high")
    schemas["StopConfiguration"]["oneOf"][1]["maxItems"] = 1
    found = set(changes(old, new))
    image = (
        "CreateChatCompletionRequest.messages[](ChatCompletionRequestUserMessage).content[]"
        "(ChatCompletionRequestMessageContentPartImage).image_url.detail"
    )
    assert (image, "enum-value-removed", "breaking") in found
    assert ("CreateChatCompletionRequest.stop", "limit-tightened", "breaking") in found


# --- OpenAPI 3.0 ----------------------------------------------------------------------------


def test_openapi_3_0_nullable_and_exclusive_bounds() -> None:
    old = document(Thing=thing(a={"type": "string"}, b={"type": "number", "minimum": 0}, c={}))
    new = document(
        Thing=thing(
            a={"type": "string", "nullable": True},
            b={"type": "number", "minimum": 0, "exclusiveMinimum": True},
            c={"nullable": True},  # no type: anything, null included, as before
        )
    )
    old["openapi"] = new["openapi"] = "3.0.3"
    assert changes(old, new) == [
        ("Thing.a", "type-widened", "non-breaking"),
        ("Thing.b", "limit-tightened", "breaking"),
    ]


def test_a_format_the_generator_types_is_another_type() -> None:
    old = document(Report=thing(at={"type": "string"}))
    new = document(Report=thing(at={"type": "string", "format": "date-time"}))
    assert changes(old, new) == [("Report.at", "type-changed", "breaking")]


# --- allOf, maps ------------------------------------------------------------------------------


def test_a_field_required_by_another_allof_part_is_required() -> None:
    base = thing(a=INTEGER)
    old = document(Thing={"allOf": [ref("Base")]}, Base=base)
    new = document(Thing={"allOf": [ref("Base"), {"required": ["a"]}]}, Base=base)
    assert changes(old, new) == [("Thing.a", "field-became-required", "breaking")]


def test_the_fields_beside_a_union_are_compared() -> None:
    variants = {"A": thing(kind={"const": "a"}), "B": thing(kind={"const": "b"})}
    union = {"oneOf": [ref("A"), ref("B")]}
    old = document(
        Thing={"allOf": [ref("Base"), union]}, Base=thing(id=INTEGER, name=INTEGER), **variants
    )
    new = document(Thing={"allOf": [ref("Base"), union]}, Base=thing(id=INTEGER), **variants)
    assert changes(old, new) == [("Thing.name", "field-removed", "breaking")]


def test_a_map_whose_values_become_anything_is_a_widening() -> None:
    old = document(Report=thing(counts={"type": "object", "additionalProperties": INTEGER}))
    new = document(Report=thing(counts={"type": "object"}))
    assert changes(old, new) == [("Report.counts{}", "type-widened", "breaking")]


def test_array_items_no_longer_given_are_a_widening() -> None:
    old = document(Report=thing(ids={"type": "array", "items": INTEGER}))
    new = document(Report=thing(ids={"type": "array"}))
    assert changes(old, new) == [("Report.ids[]", "type-widened", "breaking")]


# --- Loops and order ------------------------------------------------------------------------


def test_a_schema_that_contains_itself_through_an_inline_wrapper_ends() -> None:
    node = thing(label={"type": "string"}, parent={"allOf": [ref("Node")], "nullable": True})
    old = document(Thing=thing(tree=ref("Node")), Node=node)
    assert changes(old, copy.deepcopy(old)) == []
    grown = copy.deepcopy(node)
    grown["properties"]["size"] = INTEGER
    new = document(Thing=thing(tree=ref("Node")), Node=grown)
    assert ("Thing.tree.size", "field-added-optional", "non-breaking") in changes(old, new)


def test_schemas_that_contain_each_other_report_every_change_from_every_root() -> None:
    def spec(a_fields: dict[str, Any]) -> dict[str, Any]:
        result = document(A=thing(b=ref("B"), **a_fields), B=thing(a=ref("A")))
        operation = result["paths"].pop("/things")["post"]
        result["paths"]["/a"] = {"post": copy.deepcopy(operation)}
        result["paths"]["/a"]["post"]["requestBody"]["content"]["application/json"]["schema"] = ref(
            "A"
        )
        result["paths"]["/zzz"] = {"post": copy.deepcopy(operation)}
        result["paths"]["/zzz"]["post"]["requestBody"]["content"]["application/json"]["schema"] = (
            ref("B")
        )
        return result

    found = {(c.operation, c.where) for c in compare_documents(spec({}), spec({"z": INTEGER}))}
    assert {("POST /a", "A.z"), ("POST /zzz", "B.a.z")} <= found


def test_reordering_a_union_of_inline_objects_is_no_change() -> None:
    first, second = thing(a=INTEGER, b=INTEGER), thing(c=INTEGER, d=INTEGER)
    old = document(Thing=thing(x={"oneOf": [first, second]}))
    new = document(Thing=thing(x={"oneOf": [second, first]}))
    assert changes(old, new) == []


# --- Operations -------------------------------------------------------------------------------


def test_a_path_item_given_by_reference_is_compared() -> None:
    old = document()
    new = document(Thing=thing(name={"type": "string"}, extra=INTEGER))
    new["components"]["pathItems"] = {"Things": new["paths"]["/things"]}
    new["paths"]["/things"] = {"$ref": "#/components/pathItems/Things"}
    assert changes(old, new) == [("Thing.extra", "field-added-optional", "non-breaking")]


def test_a_parameter_given_by_media_type_is_compared() -> None:
    def with_filter(schema: dict[str, Any]) -> dict[str, Any]:
        result = document()
        result["paths"]["/things"]["post"]["parameters"] = [
            {"name": "filter", "in": "query", "content": {"application/json": {"schema": schema}}}
        ]
        return result

    assert changes(with_filter(INTEGER), with_filter({"type": "string"})) == [
        ("query parameter filter", "type-changed", "breaking")
    ]
