"""Walking two documents operation by operation (what `make api-changes` reports).

Each operation both documents have is compared into its parameters and request body (the
`request` side) and each response with its media types, the event stream's chunks included
(the `response` side). Every change found in a component schema is reported at each place that
uses it (`where` starts at the body's schema: `CreateChatCompletionRequest.reasoning.effort`).
Pure: documents in, changes out.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .rules import REQUEST, RESPONSE, Change, severity
from .schema_compare import Found, SchemaComparer, code_span
from .schemas import Resolver

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
EVENT_STREAM = "text/event-stream"


@dataclass(frozen=True)
class _Place:
    """Where in an operation a schema is: the side, a location, and the root of `where`."""

    direction: str
    location: str
    root: str


class DocumentComparer:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old = Resolver(old)
        self.new = Resolver(new)
        self.schemas = SchemaComparer(self.old, self.new)
        self.changes: list[Change] = []

    def run(self) -> list[Change]:
        old_operations = _operations(self.old)
        new_operations = _operations(self.new)
        for key in sorted(set(old_operations) | set(new_operations)):
            label = f"{key[1].upper()} {key[0]}"
            if key not in new_operations:
                self._add(
                    label, REQUEST, label, "operation-removed", f"{label} removed", "operation"
                )
            elif key not in old_operations:
                self._add(label, REQUEST, label, "operation-added", f"{label} added", "operation")
            else:
                self._operation(label, old_operations[key], new_operations[key])
        return _collapse(self.changes)

    def _add(
        self,
        operation: str,
        direction: str,
        where: str,
        rule: str,
        message: str,
        location: str,
        open_enum: bool = False,
    ) -> None:
        level = severity(rule, direction, open_enum=open_enum)
        self.changes.append(Change(level, direction, operation, where, rule, message, (location,)))

    def _report(self, operation: str, place: _Place, found: Iterable[Found]) -> None:
        for item in found:
            self._add(
                operation,
                place.direction,
                place.root + item.suffix,
                item.rule,
                item.message,
                place.location,
                item.open_enum,
            )

    def _schemas(self, operation: str, place: _Place, old: Any, new: Any) -> None:
        self._report(operation, place, self.schemas.compare(old, new, place.direction))

    # -- one operation ----------------------------------------------------------------------

    def _operation(self, label: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        self._parameters(label, old.get("parameters", []), new.get("parameters", []))
        self._request_body(label, old.get("requestBody"), new.get("requestBody"))
        old_responses = old.get("responses") or {}
        new_responses = new.get("responses") or {}
        for status in sorted(set(old_responses) | set(new_responses), key=str):
            success = str(status).startswith("2")
            where = f"response {status}"
            if status not in new_responses:
                rule = "success-response-removed" if success else "error-response-removed"
                self._add(
                    label, RESPONSE, where, rule, f"response {status} removed", f"response {status}"
                )
            elif status not in old_responses:
                rule = "success-response-added" if success else "error-response-added"
                self._add(
                    label, RESPONSE, where, rule, f"response {status} added", f"response {status}"
                )
            else:
                self._response(label, str(status), old_responses[status], new_responses[status])

    def _parameters(self, label: str, old: list[Any], new: list[Any]) -> None:
        old_by_key = _parameters_by_key(old, self.old)
        new_by_key = _parameters_by_key(new, self.new)
        for key in sorted(set(old_by_key) | set(new_by_key)):
            where = f"{key[0]} parameter {key[1]}"
            place = _Place(REQUEST, f"{key[0]} parameter", where)
            before, after = old_by_key.get(key), new_by_key.get(key)
            if after is None:
                self._report(
                    label,
                    place,
                    [Found("", "field-removed", f"parameter {code_span(key[1])} removed")],
                )
            elif before is None:
                rule = "field-added-required" if after.get("required") else "field-added-optional"
                self._report(
                    label, place, [Found("", rule, f"parameter {code_span(key[1])} added")]
                )
            else:
                if after.get("required") and not before.get("required"):
                    self._report(label, place, [Found("", "field-became-required", "required now")])
                elif before.get("required") and not after.get("required"):
                    self._report(label, place, [Found("", "field-became-optional", "optional now")])
                self._schemas(label, place, _parameter_schema(before), _parameter_schema(after))

    def _request_body(self, label: str, old: Any, new: Any) -> None:
        old_body = self.old.resolve(old)[1] if old is not None else None
        new_body = self.new.resolve(new)[1] if new is not None else None
        place = _Place(REQUEST, "request body", "request body")
        if old_body is None and new_body is None:
            return
        if new_body is None:
            self._report(label, place, [Found("", "body-removed", "request body removed")])
            return
        if old_body is None:
            rule = "body-became-required" if new_body.get("required") else "body-added"
            self._report(label, place, [Found("", rule, "request body added")])
            return
        if new_body.get("required") and not old_body.get("required"):
            self._report(label, place, [Found("", "body-became-required", "required now")])
        elif old_body.get("required") and not new_body.get("required"):
            self._report(label, place, [Found("", "body-became-optional", "optional now")])
        self._content(
            label,
            REQUEST,
            "request body",
            old_body.get("content") or {},
            new_body.get("content") or {},
        )

    def _response(self, label: str, status: str, old: Any, new: Any) -> None:
        old_response = self.old.resolve(old)[1]
        new_response = self.new.resolve(new)[1]
        self._content(
            label,
            RESPONSE,
            f"response {status}",
            old_response.get("content") or {},
            new_response.get("content") or {},
        )

    def _content(
        self, label: str, direction: str, location: str, old: dict[str, Any], new: dict[str, Any]
    ) -> None:
        for media in sorted(set(old) | set(new)):
            here = f"{location} {media}"
            place = _Place(direction, here, location)
            if media not in new:
                self._report(
                    label, place, [Found(f" {media}", "media-type-removed", f"{media} removed")]
                )
                continue
            if media not in old:
                self._report(
                    label, place, [Found(f" {media}", "media-type-added", f"{media} added")]
                )
                continue
            old_schema, new_schema = old[media].get("schema"), new[media].get("schema")
            if media == EVENT_STREAM:
                self._events(label, direction, here, old[media], new[media])
            elif old_schema is not None and new_schema is not None:
                root = self._root(old_schema, new_schema, location)
                self._schemas(label, _Place(direction, here, root), old_schema, new_schema)

    def _events(
        self, label: str, direction: str, location: str, old: dict[str, Any], new: dict[str, Any]
    ) -> None:
        """The schema of each event's data, however the document gives it."""
        old_event, new_event = _event_schema(old), _event_schema(new)
        here = f"{location} events"
        if old_event is None and new_event is None:
            return
        if old_event is None or new_event is None:
            message = (
                "event schema given now" if old_event is None else "event schema no longer given"
            )
            place = _Place(direction, here, "events")
            self._report(label, place, [Found("", "event-schema-changed", message)])
            return
        root = self._root(old_event, new_event, "events")
        self._schemas(label, _Place(direction, here, root), old_event, new_event)

    def _root(self, old: Any, new: Any, fallback: str) -> str:
        """Where paths start: the schema's component name (the new one, if it was renamed)."""
        return self.new.resolve(new)[0] or self.old.resolve(old)[0] or fallback


def _operations(resolver: Resolver) -> dict[tuple[str, str], dict[str, Any]]:
    """Every operation, keyed by (path, method), with its path's parameters merged in."""
    operations = {}
    for path, reference in (resolver.raw.get("paths") or {}).items():
        _, item = resolver.resolve(reference)  # a path item may be a `$ref` (3.1)
        shared = item.get("parameters", [])
        for method in METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                own = operation.get("parameters", [])
                operations[(str(path), method)] = {**operation, "parameters": [*shared, *own]}
    return operations


def _parameters_by_key(
    parameters: list[Any], resolver: Resolver
) -> dict[tuple[str, str], dict[str, Any]]:
    by_key = {}
    for parameter in parameters:
        resolved = resolver.resolve(parameter)[1]
        if "name" in resolved and "in" in resolved:
            by_key[(str(resolved["in"]), str(resolved["name"]))] = resolved
    return by_key


def _parameter_schema(parameter: dict[str, Any]) -> Any:
    """A parameter's schema: its own, or that of its (single) media type."""
    if "schema" in parameter:
        return parameter["schema"]
    for media in (parameter.get("content") or {}).values():
        if isinstance(media, dict) and "schema" in media:
            return media["schema"]
    return {}


def _event_schema(media: dict[str, Any]) -> Any:
    """An event's data schema: `contentSchema` on the event's `data` (under OpenAPI 3.2's
    `itemSchema`, or the 3.1 `schema` read as each event's), on the stream's string schema, or
    this project's earlier `x-sse-data`."""
    schema = media.get("itemSchema", media.get("schema"))
    if not isinstance(schema, dict):
        return None
    data = schema.get("properties", {}).get("data") if "properties" in schema else None
    if isinstance(data, dict):
        for branch in (data, *data.get("anyOf", ()), *data.get("oneOf", ())):
            if isinstance(branch, dict) and "contentSchema" in branch:
                return branch["contentSchema"]
    for key in ("contentSchema", "x-sse-data"):
        if key in schema:
            return schema[key]
    return None


def _collapse(changes: list[Change]) -> list[Change]:
    """One change per operation, side, place and rule: a component used by twelve error
    responses is one change with twelve locations."""
    merged: dict[tuple[str, ...], Change] = {}
    for change in changes:
        key = (change.operation, change.direction, change.where, change.rule, change.message)
        kept = merged.get(key)
        if kept is None:
            merged[key] = change
        else:
            more = tuple(place for place in change.locations if place not in kept.locations)
            merged[key] = dataclasses.replace(kept, locations=kept.locations + more)
    return list(merged.values())


def compare_documents(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    return DocumentComparer(old, new).run()
