"""What `make generate` works out from a spec beyond the generator's templates (scripts/codegen),
fed small specs with the edge cases the real one does not have."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_python_client.config import Config, ConfigFile, MetaType

from tests.conftest import REPO_ROOT
from tests.typing.checkers import mypy_errors

sys.path.insert(0, str(REPO_ROOT / "scripts"))

import generate
from codegen import GenerationError
from codegen.model_aliases import plan_model_aliases
from codegen.properties import class_name, code
from codegen.read_types import read_type
from codegen.request_types import (
    RequestTypes,
    TypedDictPlan,
    plan_request_types,
    refused_properties,
)

CALL_PARAMETERS = ("timeout", "extra_body")
MESSAGE_SCHEMAS: dict[str, Any] = {
    "UserMessage": {
        "type": "object",
        "required": ["role", "content"],
        "properties": {
            "role": {"type": "string", "const": "user", "default": "user"},
            "content": {"type": "string"},
        },
    },
    "ToolMessage": {
        "type": "object",
        "required": ["role", "content"],
        "properties": {
            "role": {"type": "string", "const": "tool", "default": "tool"},
            "content": {"type": "string"},
        },
    },
    "Message": {
        "oneOf": [
            {"$ref": "#/components/schemas/UserMessage"},
            {"$ref": "#/components/schemas/ToolMessage"},
        ]
    },
}


def spec_with(request_properties: dict[str, Any], **schemas: Any) -> dict[str, Any]:
    """An OpenAPI document with one operation whose body is `Request`."""
    request = {
        "type": "object",
        "required": ["model"],
        "properties": {"model": {"type": "string"}, **request_properties},
    }
    operation = {
        "operationId": "create",
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Request"}}},
        },
        "responses": {"200": {"description": "ok"}},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/create": {"post": operation}},
        "components": {"schemas": {"Request": request, **schemas}},
    }


def parse(tmp_path: Path, spec: dict[str, Any]) -> tuple[Any, dict[str, Any], dict[str, Any]]:
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    config = Config.from_sources(
        ConfigFile.load_from_path(REPO_ROOT / "generator-config.yaml"),
        MetaType.NONE,
        path,
        "utf-8",
        False,
        tmp_path / "out",
    )
    return generate.parse(path, config)


def plan(tmp_path: Path, spec: dict[str, Any]) -> RequestTypes:
    openapi, components, document = parse(tmp_path, spec)
    return plan_request_types(
        openapi,
        components,
        call_parameters=CALL_PARAMETERS,
        controlled_fields=("stream",),
        refused=refused_properties(document),
    )


def typed_dict(types: RequestTypes, name: str) -> TypedDictPlan:
    return next(t for t in types.typed_dicts if t.name == name)


def field_types(plan_: TypedDictPlan) -> dict[str, str]:
    return {f.key: f.type for f in plan_.all_fields}


# --- Request TypedDicts ----------------------------------------------------------------------


def test_the_body_gets_kwargs_overrides_and_param(tmp_path: Path) -> None:
    types = plan(tmp_path, spec_with({"stream": {"type": "boolean"}, "n": {"type": "integer"}}))
    kwargs = typed_dict(types, "RequestKwargs")
    assert {f.key: f.required for f in kwargs.fields} == {"model": True, "n": False}
    overrides = typed_dict(types, "RequestOverrides")
    assert {f.key: f.required for f in overrides.fields} == {"model": False, "n": False}
    param = typed_dict(types, "RequestParam")
    assert param.base is kwargs
    assert [f.key for f in param.fields] == ["stream"]


def test_a_field_no_value_is_valid_for_is_typed_never(tmp_path: Path) -> None:
    types = plan(
        tmp_path,
        spec_with(
            {"speed": {"type": "string", "not": {}}, "trace": {"not": {}}, "n": {"type": "integer"}}
        ),
    )
    assert field_types(typed_dict(types, "RequestKwargs")) == {
        "model": "str", "speed": "Never", "trace": "Never", "n": "int"
    }  # fmt: skip


def test_keys_no_keyword_argument_can_spell_are_in_the_param_only(tmp_path: Path) -> None:
    types = plan(tmp_path, spec_with({"x-trace": {"type": "string"}, "from": {"type": "string"}}))
    assert [f.key for f in typed_dict(types, "RequestKwargs").fields] == ["model"]
    param = typed_dict(types, "RequestParam")
    assert {f.key for f in param.fields} == {"x-trace", "from"}
    assert not param.class_syntax  # written in the functional form


def test_a_key_named_like_a_type_it_uses_is_written_in_the_functional_form(
    tmp_path: Path,
) -> None:
    spec = spec_with(
        {"note": {"$ref": "#/components/schemas/Note"}},
        Note={
            "type": "object",
            "properties": {"str": {"type": "string"}, "text": {"type": "string"}},
        },
    )
    assert not typed_dict(plan(tmp_path, spec), "NoteParam").class_syntax


def test_arrays_of_strings_refuse_a_bare_string_and_others_take_any_sequence(
    tmp_path: Path,
) -> None:
    spec = spec_with(
        {
            "stop": {"type": "array", "items": {"type": "string"}},
            "weights": {"type": ["array", "null"], "items": {"type": "number"}},
            "messages": {"type": "array", "items": {"$ref": "#/components/schemas/Message"}},
        },
        **MESSAGE_SCHEMAS,
    )
    types = field_types(typed_dict(plan(tmp_path, spec), "RequestKwargs"))
    assert types["stop"] == "SequenceNotStr[str]"
    assert types["weights"] == "Sequence[float] | None"
    assert types["messages"] == "Sequence[MessageParam | UserMessage | ToolMessage]"


def test_a_union_schema_gets_an_alias_of_its_dict_forms(tmp_path: Path) -> None:
    spec = spec_with(
        {"messages": {"type": "array", "items": {"$ref": "#/components/schemas/Message"}}},
        **MESSAGE_SCHEMAS,
    )
    aliases = {alias.name: alias.type for alias in plan(tmp_path, spec).param_aliases}
    assert aliases == {"MessageParam": "UserMessageParam | ToolMessageParam"}


def test_a_map_is_a_mapping_not_a_typeddict(tmp_path: Path) -> None:
    spec = spec_with(
        {"labels": {"type": "object", "additionalProperties": {"type": "integer"}}},
    )
    types = plan(tmp_path, spec)
    assert field_types(typed_dict(types, "RequestKwargs"))["labels"] == "Mapping[str, int]"
    assert [t.name for t in types.typed_dicts] == [
        "RequestKwargs",
        "RequestOverrides",
        "RequestParam",
    ]


def test_a_property_named_like_a_call_parameter_is_refused(tmp_path: Path) -> None:
    with pytest.raises(GenerationError, match=r"Request\.timeout has the name of a keyword"):
        plan(tmp_path, spec_with({"timeout": {"type": "number"}}))


def test_two_request_bodies_are_refused(tmp_path: Path) -> None:
    spec = spec_with({}, Other={"type": "object", "properties": {"a": {"type": "string"}}})
    other = {**spec["paths"]["/create"]["post"], "operationId": "other"}
    other["requestBody"] = {
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Other"}}}
    }
    spec["paths"]["/other"] = {"post": other}
    with pytest.raises(GenerationError, match=r"one request body; .* Request, Other"):
        plan(tmp_path, spec)


def test_a_body_two_operations_share_is_planned_once(tmp_path: Path) -> None:
    spec = spec_with({})
    spec["paths"]["/again"] = {"post": {**spec["paths"]["/create"]["post"], "operationId": "b"}}
    names = [t.name for t in plan(tmp_path, spec).typed_dicts]
    assert names == ["RequestKwargs", "RequestOverrides", "RequestParam"]


# --- Request facts ---------------------------------------------------------------------------


def test_the_request_facts_list_fields_by_json_type(tmp_path: Path) -> None:
    spec = spec_with(
        {
            "temperature": {"type": "number"},
            "n": {"type": ["integer", "null"]},
            "echo": {"type": "boolean"},
            "stop": {"type": ["string", "array"], "items": {"type": "string"}},
        }
    )
    facts = plan(tmp_path, spec).facts
    assert facts.fields_by_kind == {
        "number": ["temperature"],
        "integer": ["n"],
        "boolean": ["echo"],
    }


def test_the_message_roles_are_the_discriminator_values(tmp_path: Path) -> None:
    spec = spec_with(
        {"messages": {"type": "array", "items": {"$ref": "#/components/schemas/Message"}}},
        **MESSAGE_SCHEMAS,
    )
    assert plan(tmp_path, spec).facts.discriminators == {"messages": ("role", ["tool", "user"])}


def test_a_const_every_member_shares_is_no_discriminator(tmp_path: Path) -> None:
    schemas = {
        name: {
            **schema,
            "properties": {**schema["properties"], "kind": {"type": "string", "const": "msg"}},
            "required": [*schema["required"], "kind"],
        }
        for name, schema in MESSAGE_SCHEMAS.items()
        if name != "Message"
    }
    spec = spec_with(
        {"messages": {"type": "array", "items": {"$ref": "#/components/schemas/Message"}}},
        **{**MESSAGE_SCHEMAS, **schemas},
    )
    assert plan(tmp_path, spec).facts.discriminators == {"messages": ("role", ["tool", "user"])}


# --- Reading and aliases ---------------------------------------------------------------------


def test_read_types(tmp_path: Path) -> None:
    spec = spec_with(
        {},
        Reason={"type": "string", "enum": ["stop", "length"]},
        Reply={
            "type": "object",
            "required": ["reason"],
            "properties": {
                "reason": {"anyOf": [{"$ref": "#/components/schemas/Reason"}, {"type": "string"}]},
                "maybe": {
                    "anyOf": [
                        {"$ref": "#/components/schemas/Reason"},
                        {"type": "string"},
                        {"type": "null"},
                    ]
                },
                "text": {"type": ["string", "null"]},
                "count": {"type": "integer"},
                "either": {
                    "oneOf": [
                        {"type": "string"},
                        {"$ref": "#/components/schemas/Reason"},
                        {"type": "integer"},
                    ]
                },
            },
        },
    )
    openapi, _, _ = parse(tmp_path, spec)
    reply = next(m for m in openapi.models if class_name(m) == "Reply")
    types = {
        code(p.name): read_type(p) for p in [*reply.required_properties, *reply.optional_properties]
    }
    assert types == {
        "reason": "Reason",  # an open enum shows its known values
        "maybe": "Reason | None",
        "text": "str | None",
        "count": "int | None",
        "either": "int | Reason | str | None",  # not an open enum: three kinds of value
    }


def test_union_array_and_scalar_schemas_get_aliases_renamed_ones_too(tmp_path: Path) -> None:
    spec = spec_with(
        {},
        **MESSAGE_SCHEMAS,
        Stop={"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
        ModelId={"type": "string"},
        Only={"oneOf": [{"$ref": "#/components/schemas/UserMessage"}]},
    )
    _, components, _ = parse(tmp_path, spec)
    aliases = {alias.name: alias.type for alias in plan_model_aliases(components)}
    assert aliases == {
        "Message": "ToolMessage | UserMessage",
        "ModelId": "str",
        "Only": "UserMessage",
        "Stop": "list[str] | str",
    }


# --- Whole runs ------------------------------------------------------------------------------


def run_generate(tmp_path: Path, spec: dict[str, Any]) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    return subprocess.run(
        [
            sys.executable,
            str(REPO_ROOT / "scripts/generate.py"),
            str(path),
            str(REPO_ROOT / "generator-config.yaml"),
            str(REPO_ROOT / "templates"),
            str(tmp_path / "out/aistats_api"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_schema_name_that_is_no_identifier_gets_the_generators_class_name(
    tmp_path: Path,
) -> None:
    stop = {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}
    spec = spec_with({"stop": {"$ref": "#/components/schemas/stop-list"}}, **{"stop-list": stop})
    assert run_generate(tmp_path, spec).returncode == 0
    models = tmp_path / "out/aistats_api/models"
    assert "StopList: TypeAlias = list[str] | str" in (models / "_aliases.py").read_text()
    assert (
        'StopListParam: TypeAlias = "str | SequenceNotStr[str]"'
        in (models / "_params.py").read_text()
    )


def test_two_schemas_whose_types_would_share_a_name_fail(tmp_path: Path) -> None:
    spec = spec_with(
        {"part": {"$ref": "#/components/schemas/Part"}},
        Part={"type": "object", "properties": {"a": {"type": "string"}}},
        PartParam={"type": "object", "properties": {"b": {"type": "string"}}},
    )
    failed = run_generate(tmp_path, spec)
    assert failed.returncode != 0
    assert "two schemas would give the same type name: PartParam" in failed.stderr


def test_the_edge_cases_generate_code_that_passes_mypy_strict(tmp_path: Path) -> None:
    spec = spec_with(
        {
            "x-trace": {"type": "string"},
            "note": {"$ref": "#/components/schemas/Note"},
            "messages": {"type": "array", "items": {"$ref": "#/components/schemas/Message"}},
            "labels": {"type": "object", "additionalProperties": {"type": "integer"}},
        },
        **MESSAGE_SCHEMAS,
        Note={
            "type": "object",
            "properties": {"str": {"type": "string"}, "text": {"type": "string"}},
        },
    )
    assert run_generate(tmp_path, spec).returncode == 0
    package = tmp_path / "out/aistats_api"
    params = (package / "models/_params.py").read_text(encoding="utf-8")
    assert 'NoteParam = TypedDict(\n    "NoteParam",' in params
    (package / "py.typed").touch()
    usage = tmp_path / "usage.py"
    usage.write_text(
        "from aistats_api.models import NoteParam, RequestParam\n"
        "note: NoteParam = {'str': 'a', 'text': 'b'}\n"
        "request: RequestParam = {'model': 'm', 'x-trace': 't', 'note': note,"
        " 'messages': [{'role': 'tool', 'content': 'c'}], 'labels': {'a': 1}}\n",
        encoding="utf-8",
    )
    errors = mypy_errors([package, usage], cwd=tmp_path, env={"MYPYPATH": str(tmp_path / "out")})
    assert not errors, dict(errors)
