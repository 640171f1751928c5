"""The spec document itself: valid OpenAPI 3.1, complete, and what the generator publishes."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from tests.conftest import REPO_ROOT, SEEDS

# Seed 003 (the REST reference), field by field: (type, minimum, maximum, enum).
SEED_003_FIELDS: dict[str, tuple[str | None, float | None, float | None, list[str] | None]] = {
    "model": ("string", None, None, None),
    "messages": ("array", None, None, None),
    "system": ("string", None, None, None),
    "reasoning": ("object", None, None, None),
    "frequency_penalty": ("number", -2, 2, None),
    "logit_bias": ("object", None, None, None),
    "max_output_tokens": ("integer", 1, None, None),
    "max_completion_tokens": ("integer", 1, None, None),
    "max_tokens": ("integer", 1, None, None),
    "meta": ("boolean", None, None, None),
    "debug": ("object", None, None, None),
    "presence_penalty": ("number", -2, 2, None),
    "seed": ("integer", -(2**63), 2**63 - 1, None),
    "stream": ("boolean", None, None, None),
    "stream_options": ("object", None, None, None),
    "temperature": ("number", 0, 2, None),
    "tools": ("array", None, None, None),
    "max_tool_calls": ("integer", 1, None, None),
    "parallel_tool_calls": ("boolean", None, None, None),
    "tool_choice": (None, None, None, None),
    "top_k": ("integer", 1, None, None),
    "logprobs": ("boolean", None, None, None),
    "top_logprobs": ("integer", 0, 20, None),
    "top_p": ("number", 0, 1, None),
    "response_format": (None, None, None, None),
    "modalities": ("array", None, None, None),
    "response_modalities": ("array", None, None, None),
    "responseModalities": ("array", None, None, None),
    "image_config": ("object", None, None, None),
    "imageConfig": ("object", None, None, None),
    "thinking": ("object", None, None, None),
    "usage": ("boolean", None, None, None),
    "provider": (None, None, None, None),
    "user_id": ("string", None, None, None),
    "user": ("string", None, None, None),
    "service_tier": ("string", None, None, ["auto", "default", "flex", "standard", "priority"]),
    "speed": ("string", None, None, None),
}
# Documented defaults of seed 003, which the spec states in the property description.
SEED_003_DEFAULTS = {
    "meta": "false",
    "stream": "false",
    "temperature": "1",
    "parallel_tool_calls": "true",
    "logprobs": "false",
    "service_tier": "standard",
}
# Named by seeds 000-002 and gateway-facts.md beyond seed 003.
EXTRA_FIELDS = [
    "stop", "observability", "reasoning_effort", "provider_options", "session_id", "store",
    "prompt_cache_key", "safety_identifier", "metadata", "n", "min_p", "repetition_penalty",
    "web_search_options", "echo_upstream_request",
]  # fmt: skip


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


def test_success_response_offers_json_first_and_event_stream(spec: dict[str, Any]) -> None:
    content = spec["paths"]["/chat/completions"]["post"]["responses"]["200"]["content"]
    assert list(content) == ["application/json", "text/event-stream"]
    frames = content["text/event-stream"]["schema"]["x-sse-data"]["oneOf"]
    assert {"$ref": "#/components/schemas/CreateChatCompletionStreamResponse"} in frames


@pytest.mark.parametrize(
    "status", ["400", "401", "402", "403", "404", "408", "409", "422", "429", "500", "502", "503"]
)
def test_every_error_status_has_the_error_body(spec: dict[str, Any], status: str) -> None:
    ref = spec["paths"]["/chat/completions"]["post"]["responses"][status]["$ref"]
    response = spec["components"]["responses"][ref.rsplit("/", 1)[-1]]
    schema = response["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/ErrorResponse"}


def test_rate_limit_response_declares_retry_after(spec: dict[str, Any]) -> None:
    assert "Retry-After" in spec["components"]["responses"]["TooManyRequests"]["headers"]


@pytest.mark.parametrize("field", sorted(SEED_003_FIELDS))
def test_seed_003_field_has_the_seeds_type_range_and_enum(spec: dict[str, Any], field: str) -> None:
    request = spec["components"]["schemas"]["CreateChatCompletionRequest"]
    assert field in request["properties"], f"{field} missing from the request schema"
    schema = resolve(spec, request["properties"][field])
    kind, minimum, maximum, enum = SEED_003_FIELDS[field]
    if kind is not None:
        assert schema.get("type") == kind
    assert schema.get("minimum") == minimum
    assert schema.get("maximum") == maximum
    if enum is not None:
        assert set(enum) <= set(schema["enum"])
    assert schema.get("description") or request["properties"][field].get("description")


@pytest.mark.parametrize("field", sorted(SEED_003_DEFAULTS))
def test_seed_003_default_is_documented_not_sent(spec: dict[str, Any], field: str) -> None:
    schema = resolve(
        spec, spec["components"]["schemas"]["CreateChatCompletionRequest"]["properties"][field]
    )
    assert f"Default: {SEED_003_DEFAULTS[field]}" in schema["description"]
    # A `default:` keyword would make the generated client send the value on every request.
    assert "default" not in schema


def test_required_request_fields_are_model_and_non_empty_messages(spec: dict[str, Any]) -> None:
    request = spec["components"]["schemas"]["CreateChatCompletionRequest"]
    assert request["required"] == ["model", "messages"]
    assert request["properties"]["messages"]["minItems"] == 1


@pytest.mark.parametrize("field", EXTRA_FIELDS)
def test_gateway_field_beyond_seed_003_is_in_the_request(spec: dict[str, Any], field: str) -> None:
    assert field in spec["components"]["schemas"]["CreateChatCompletionRequest"]["properties"]


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
    assert roles == ["system", "developer", "user", "assistant", "tool", "function"]
    for variant in variants:
        assert "role" in resolve(spec, variant)["required"]


def test_user_content_parts_cover_every_part_type(spec: dict[str, Any]) -> None:
    variants = spec["components"]["schemas"]["ChatCompletionRequestUserMessageContentPart"]["oneOf"]
    types = {resolve(spec, v)["properties"]["type"]["const"] for v in variants}
    assert types == {"text", "image_url", "input_audio", "file", "input_video"}


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
