"""Each classification rule, both sides, on small documents made here (the table of issue 11)."""

from __future__ import annotations

from typing import Any

import pytest
from apichanges.compare import compare_documents
from apichanges.rules import BREAKING, INFO, NON_BREAKING, REQUEST, RESPONSE, Change

from tests.apichanges.documents import SCHEMA_OF_SIDE, document, ref, with_field

INTEGER = {"type": "integer"}
Field = tuple[dict[str, Any], bool] | None  # (schema, required), or absent

# change, old field, new field, rule, severity on the request side, on the response side
ROWS: list[tuple[str, Field, Field, str, str, str]] = [
    ("optional field added", None, (INTEGER, False), "field-added-optional", NON_BREAKING, NON_BREAKING),
    ("required field added", None, (INTEGER, True), "field-added-required", BREAKING, NON_BREAKING),
    ("field removed", (INTEGER, False), None, "field-removed", BREAKING, BREAKING),
    ("optional -> required", (INTEGER, False), (INTEGER, True), "field-became-required", BREAKING, NON_BREAKING),
    ("required -> optional", (INTEGER, True), (INTEGER, False), "field-became-optional", NON_BREAKING, BREAKING),
    ("type widened", (INTEGER, False), ({"type": ["integer", "string"]}, False), "type-widened", NON_BREAKING, BREAKING),
    ("nullable now", (INTEGER, False), ({"type": "integer", "nullable": True}, False), "type-widened", NON_BREAKING, BREAKING),
    ("integer -> number", (INTEGER, False), ({"type": "number"}, False), "type-widened", NON_BREAKING, BREAKING),
    ("type narrowed", ({"type": ["integer", "string"]}, False), (INTEGER, False), "type-narrowed", BREAKING, NON_BREAKING),
    ("range tightened", ({"type": "integer", "maximum": 10}, False), ({"type": "integer", "maximum": 5}, False), "limit-tightened", BREAKING, NON_BREAKING),
    ("minimum added", (INTEGER, False), ({"type": "integer", "minimum": 1}, False), "limit-tightened", BREAKING, NON_BREAKING),
    ("length tightened", ({"type": "string", "maxLength": 64}, False), ({"type": "string", "maxLength": 32}, False), "limit-tightened", BREAKING, NON_BREAKING),
    ("items limited", ({"type": "array", "items": INTEGER}, False), ({"type": "array", "items": INTEGER, "maxItems": 4}, False), "limit-tightened", BREAKING, NON_BREAKING),
    ("range loosened", ({"type": "integer", "maximum": 5}, False), ({"type": "integer", "maximum": 10}, False), "limit-loosened", NON_BREAKING, INFO),
    ("type changed", (INTEGER, False), ({"type": "string"}, False), "type-changed", BREAKING, BREAKING),
    ("enum value added, closed enum", ({"type": "string", "enum": ["a"]}, False), ({"type": "string", "enum": ["a", "b"]}, False), "enum-value-added", NON_BREAKING, BREAKING),
    (
        "enum value added, open enum",
        ({"anyOf": [{"type": "string", "enum": ["a"]}, {"type": "string"}]}, False),
        ({"anyOf": [{"type": "string", "enum": ["a", "b"]}, {"type": "string"}]}, False),
        "enum-value-added", NON_BREAKING, INFO,
    ),
    ("enum value removed", ({"type": "string", "enum": ["a", "b"]}, False), ({"type": "string", "enum": ["a"]}, False), "enum-value-removed", BREAKING, NON_BREAKING),
    ("string limited to values", ({"type": "string"}, False), ({"type": "string", "enum": ["a"]}, False), "type-narrowed", BREAKING, NON_BREAKING),
    ("open enum closed", ({"anyOf": [{"enum": ["a"]}, {"type": "string"}]}, False), ({"enum": ["a"]}, False), "enum-closed", BREAKING, NON_BREAKING),
]  # fmt: skip


def changes_between(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    return compare_documents(old, new)


def field_document(side: str, field: Field) -> dict[str, Any]:
    return (
        with_field(side, None) if field is None else with_field(side, field[0], required=field[1])
    )


@pytest.mark.parametrize("side", [REQUEST, RESPONSE])
@pytest.mark.parametrize(
    ("change", "old", "new", "rule", "on_request", "on_response"),
    ROWS,
    ids=[row[0] for row in ROWS],
)
def test_a_change_is_classified_for_the_side_it_affects(
    side: str, change: str, old: Field, new: Field, rule: str, on_request: str, on_response: str
) -> None:
    changes = changes_between(field_document(side, old), field_document(side, new))
    where = f"{SCHEMA_OF_SIDE[side]}.x"
    found = [(c.rule, c.severity, c.direction) for c in changes if c.where == where]
    expected_severity = on_request if side == REQUEST else on_response
    assert found == [(rule, expected_severity, side)], [c.to_json() for c in changes]


def test_an_operation_removed_breaks_and_one_added_does_not() -> None:
    old = document()
    new = document()
    new["paths"]["/others"] = new["paths"].pop("/things")
    changes = {(c.operation, c.rule, c.severity, c.direction) for c in changes_between(old, new)}
    assert changes == {
        ("POST /things", "operation-removed", BREAKING, REQUEST),
        ("POST /others", "operation-added", NON_BREAKING, REQUEST),
    }


def test_the_same_document_has_no_change() -> None:
    assert changes_between(document(), document()) == []


def test_a_shared_component_changed_is_reported_everywhere_it_is_used() -> None:
    effort = {"type": "string", "enum": ["low", "high"]}
    thing = {
        "type": "object",
        "properties": {"reasoning": {"type": "object", "properties": {"effort": ref("Effort")}}, "effort": ref("Effort")},
    }  # fmt: skip
    old = document(Thing=thing, Effort=effort)
    new = document(Thing=thing, Effort={**effort, "enum": ["low"]})
    assert sorted(c.where for c in changes_between(old, new)) == [
        "Thing.effort",
        "Thing.reasoning.effort",
    ]


def test_a_field_removed_next_to_an_added_one_of_its_type_gets_a_rename_hint() -> None:
    old = document(
        Report={"type": "object", "properties": {"id": {"type": "string"}, "tokens": INTEGER}}
    )
    new = document(
        Report={"type": "object", "properties": {"id": {"type": "string"}, "total_tokens": INTEGER}}
    )
    removed = [c for c in changes_between(old, new) if c.rule == "field-removed"]
    assert [c.message for c in removed] == ["field `tokens` removed (renamed to `total_tokens`?)"]


def test_an_object_that_becomes_a_union_keeps_its_fields_compared() -> None:
    tool = {
        "type": "object",
        "properties": {"type": {"enum": ["function"]}, "function": {"type": "object"}},
    }
    search = {"type": "object", "properties": {"type": {"enum": ["web_search"]}}}
    thing_old = {"type": "object", "properties": {"tools": {"type": "array", "items": tool}}}
    thing_new = {
        "type": "object",
        "properties": {
            "tools": {"type": "array", "items": {"oneOf": [ref("Tool"), ref("Search")]}}
        },
    }
    changes = changes_between(
        document(Thing=thing_old), document(Thing=thing_new, Tool=tool, Search=search)
    )
    assert [(c.where, c.rule, c.severity) for c in changes] == [
        ("Thing.tools[](Search)", "variant-added", NON_BREAKING)
    ]


def test_a_schema_that_contains_itself_is_compared_once() -> None:
    node = {"type": "object", "properties": {"children": {"type": "array", "items": ref("Node")}}}
    old = document(Thing={"type": "object", "properties": {"tree": ref("Node")}}, Node=node)
    grown = {**node, "properties": {**node["properties"], "label": {"type": "string"}}}
    new = document(Thing={"type": "object", "properties": {"tree": ref("Node")}}, Node=grown)
    assert [c.where for c in changes_between(old, new)] == ["Thing.tree.label"]


def test_an_error_component_used_by_many_responses_is_one_change_with_each_location() -> None:
    error = {"type": "object", "properties": {"message": {"type": "string"}}}
    old = document(Error=error)
    responses = old["paths"]["/things"]["post"]["responses"]
    for status in ("400", "401", "500"):
        responses[status] = {
            "description": "error",
            "content": {"application/json": {"schema": ref("Error")}},
        }
    new = document(Error={**error, "required": ["message"], "properties": {}})
    new["paths"] = old["paths"]
    changes = changes_between(old, new)
    assert [(c.where, len(c.locations)) for c in changes] == [("Error.message", 3)]
