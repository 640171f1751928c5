"""Small OpenAPI documents for the API-change tests: one operation, `POST /things`, whose
request body is the component `Thing` and whose 200 response is the component `Report`."""

from __future__ import annotations

import copy
from typing import Any

REQUEST_SCHEMA = "Thing"
RESPONSE_SCHEMA = "Report"
SCHEMA_OF_SIDE = {"request": REQUEST_SCHEMA, "response": RESPONSE_SCHEMA}


def document(**schemas: Any) -> dict[str, Any]:
    """A document whose `Thing` and `Report` schemas are given (or empty objects)."""
    components: dict[str, Any] = {
        REQUEST_SCHEMA: {"type": "object", "properties": {"name": {"type": "string"}}},
        RESPONSE_SCHEMA: {"type": "object", "properties": {"id": {"type": "string"}}},
    }
    components.update(copy.deepcopy(schemas))
    return {
        "openapi": "3.1.0",
        "info": {"title": "things", "version": "1"},
        "paths": {
            "/things": {
                "post": {
                    "operationId": "createThing",
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": ref(REQUEST_SCHEMA)}},
                    },
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": ref(RESPONSE_SCHEMA)}},
                        }
                    },
                }
            }
        },
        "components": {"schemas": components},
    }


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def with_field(side: str, schema: Any | None, *, required: bool = False) -> dict[str, Any]:
    """A document whose request (`side="request"`) or response object has a field `x` of
    `schema` (absent when None), required or not; the other side stays as it is."""
    name = SCHEMA_OF_SIDE[side]
    properties: dict[str, Any] = {"name": {"type": "string"}}
    if schema is not None:
        properties["x"] = schema
    obj: dict[str, Any] = {"type": "object", "properties": properties}
    if schema is not None and required:
        obj["required"] = ["x"]
    return document(**{name: obj})
