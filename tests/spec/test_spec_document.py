"""The spec document itself: valid OpenAPI 3.1, complete, and what the generator publishes."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from tests.conftest import REPO_ROOT, SEEDS

# What the seeds name, kept as data: a field the API drops on purpose is retired there by
# `make api-changes ... ACCEPT=yes` (see that file's "about"), not edited out of this test.
SEED_EXPECTATIONS = json.loads(
    (REPO_ROOT / "tests/data/seed_expectations.json").read_text(encoding="utf-8")
)
REQUEST_SCHEMA: str = SEED_EXPECTATIONS["request_schema"]
SEED_FIELDS: dict[str, dict[str, Any]] = SEED_EXPECTATIONS["request_fields"]
SEED_DEFAULTS: dict[str, str] = SEED_EXPECTATIONS["defaults"]


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        node = spec["components"]["schemas"][name]
    return node


def test_spec_is_valid_openapi_3_1() -> None:
    document = yaml.safe_load((REPO_ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    assert document["openapi"].startswith("3.1")
    validate(document)


def test_published_json_equals_the_yaml_source(spec: dict[str, Any]) -> None:
    document = yaml.safe_load((REPO_ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    assert json.loads(json.dumps(document)) == spec


def test_operation_is_create_chat_completion_with_bearer_auth(spec: dict[str, Any]) -> None:
    operation = spec["paths"]["/chat/completions"]["post"]
    assert operation["operationId"] == "createChatCompletion"
    assert spec["servers"][0]["url"] == "https://api.phaseo.app/v1"
    assert spec["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
    assert spec["security"] == [{"bearerAuth": []}]


def test_success_response_offers_json_first_and_an_event_stream_tools_can_see(
    spec: dict[str, Any],
) -> None:
    content = spec["paths"]["/chat/completions"]["post"]["responses"]["200"]["content"]
    assert list(content) == ["application/json", "text/event-stream"]
    # Each event's schema is standard OpenAPI 3.1 (the event object, its `data` a JSON text
    # described by JSON Schema's contentSchema), not a custom key: linters, Schemathesis and
    # other generators see it (tests/contract validates every streamed event against it).
    event = content["text/event-stream"]["schema"]
    assert event["required"] == ["data"]
    json_data, done = event["properties"]["data"]["anyOf"]
    assert json_data["contentMediaType"] == "application/json"
    assert json_data["contentSchema"] == {"$ref": "#/components/schemas/ChatCompletionStreamEvent"}
    assert done == {"const": "[DONE]"}
    assert not [key for key in event if key.startswith("x-")]


ERROR_STATUSES = [
    "400", "401", "402", "403", "404", "408", "409", "413", "422", "429", "500", "501", "502",
    "503", "default",
]  # fmt: skip


@pytest.mark.parametrize("status", ERROR_STATUSES)
def test_every_error_status_has_the_error_body(spec: dict[str, Any], status: str) -> None:
    ref = spec["paths"]["/chat/completions"]["post"]["responses"][status]["$ref"]
    response = spec["components"]["responses"][ref.rsplit("/", 1)[-1]]
    schema = response["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/ErrorResponse"}


def test_the_documented_statuses_are_the_error_statuses_and_200(spec: dict[str, Any]) -> None:
    responses = spec["paths"]["/chat/completions"]["post"]["responses"]
    assert sorted(responses) == sorted(["200", *ERROR_STATUSES])


def test_no_response_declares_retry_after(spec: dict[str, Any]) -> None:
    # The gateway never sends it (a 429's wait is `reset_at` in the body, under `debug`).
    declared = [
        name
        for name, response in spec["components"]["responses"].items()
        if "Retry-After" in response.get("headers", {})
    ]
    assert declared == []
    assert "reset_at" in spec["components"]["responses"]["TooManyRequests"]["description"]


@pytest.mark.parametrize("field", sorted(SEED_FIELDS))
def test_a_seed_field_has_the_seeds_type_range_and_enum(spec: dict[str, Any], field: str) -> None:
    request = spec["components"]["schemas"][REQUEST_SCHEMA]
    assert field in request["properties"], (
        f"{field} is missing from the request schema: if the API dropped it on purpose, "
        "retire it with make api-changes OLD=<ref> ACCEPT=yes"
    )
    schema = resolve(spec, request["properties"][field])
    expected = SEED_FIELDS[field]
    if expected["seed"] == "003":  # the REST reference gives type and range; the others names
        assert schema.get("type") == expected.get("type", schema.get("type"))
        assert schema.get("minimum") == expected.get("minimum")
        assert schema.get("maximum") == expected.get("maximum")
    if "enum" in expected:
        assert set(expected["enum"]) <= set(schema["enum"])
    assert schema.get("description") or request["properties"][field].get("description")


@pytest.mark.parametrize("field", sorted(SEED_DEFAULTS))
def test_a_seed_default_is_documented_not_sent(spec: dict[str, Any], field: str) -> None:
    schema = resolve(spec, spec["components"]["schemas"][REQUEST_SCHEMA]["properties"][field])
    assert f"Default: {SEED_DEFAULTS[field]}" in schema["description"]
    # A `default:` keyword would make the generated client send the value on every request.
    assert "default" not in schema


def test_a_retired_seed_field_is_gone_from_the_spec(spec: dict[str, Any]) -> None:
    properties = spec["components"]["schemas"][REQUEST_SCHEMA]["properties"]
    assert [name for name in SEED_EXPECTATIONS["retired"] if name in properties] == []


def test_required_request_fields_are_model_and_non_empty_messages(spec: dict[str, Any]) -> None:
    request = spec["components"]["schemas"]["CreateChatCompletionRequest"]
    assert request["required"] == ["model", "messages"]
    assert request["properties"]["messages"]["minItems"] == 1


def test_every_seed_004_type_name_is_a_component_schema(spec: dict[str, Any]) -> None:
    text = (SEEDS / "seed_004_type_names.txt").read_text(encoding="utf-8")
    names = re.findall(r">([A-Za-z]+)</a></code>", text)
    assert len(names) == 51
    assert [n for n in names if n not in spec["components"]["schemas"]] == []


def test_every_schema_and_property_has_a_description(spec: dict[str, Any]) -> None:
    missing = []
    for name, schema in spec["components"]["schemas"].items():
        if "description" not in schema:
            missing.append(name)
        for prop, sub in schema.get("properties", {}).items():
            if "description" not in sub and "$ref" not in sub:
                missing.append(f"{name}.{prop}")
    assert missing == []


def test_messages_are_one_schema_per_role(spec: dict[str, Any]) -> None:
    variants = spec["components"]["schemas"]["ChatCompletionRequestMessage"]["oneOf"]
    roles = [resolve(spec, v)["properties"]["role"]["const"] for v in variants]
    # The gateway refuses role `function` (400): its schema stays a component (seed 004's
    # vocabulary) but no request can hold it.
    assert roles == ["system", "developer", "user", "assistant", "tool"]
    for variant in variants:
        assert "role" in resolve(spec, variant)["required"]


def test_every_role_takes_every_part_the_gateway_takes(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    expected = {"text", "image_url", "input_audio", "audio_url", "input_video", "video_url",
                "tool_call"}  # fmt: skip
    for role in ("System", "User", "Assistant", "Tool"):  # developer messages use System
        union = schemas[f"ChatCompletionRequest{role}MessageContentPart"]["oneOf"]
        types = {resolve(spec, v)["properties"]["type"]["const"] for v in union}
        assert types == expected, role


def test_response_side_enums_are_open(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    for name in (
        "ChatCompletionFinishReasonValue",
        "ChatCompletionRoleValue",
        "ServiceTierResponse",
    ):
        assert {"type": "string"} in schemas[name]["anyOf"], name
    for name in ("CreateChatCompletionResponse", "CreateChatCompletionStreamResponse"):
        assert schemas[name]["properties"]["object"] == {
            "type": "string",
            "description": schemas[name]["properties"]["object"]["description"],
        }
