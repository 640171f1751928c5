"""Generate the `aistats_api` package from openapi.yaml (what `make generate` runs).

openapi-python-client, pinned, parses the document and renders the models from its templates
and ours (`templates/`). It is driven through its library rather than its command line so
that the same parsed document also renders what the generator has no template for, from
templates of ours next to the others (the types are worked out in `codegen/`):

- `models/_params.py` (`params.py.jinja`): a TypedDict for every schema a request can hold;
- `models/_aliases.py` (`aliases.py.jinja`): the aliases of union, array and scalar schemas;
- `request_fields.py` (`request_fields.py.jinja`): the request facts the client checks before
  sending (fields by JSON type, message roles);
- `response_fields.py` (`response_fields.py.jinja`): the stream chunk's fields that a whole
  completion lacks (stream framing the accumulator leaves out).

    python scripts/generate.py openapi.yaml generator-config.yaml templates OUTPUT_DIR

Any warning of the generator fails the run (as `--fail-on-warning` would), and so does a spec
the typed calls could not express (a property named like a call parameter, two schemas whose
types would share a name).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, NoReturn

from openapi_python_client import Project, _get_document
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.openapi import GeneratorData
from openapi_python_client.parser.properties import build_schemas
from openapi_python_client.parser.properties.schemas import Schemas
from openapi_python_client.schema import openapi_schema_pydantic as oai
from openapi_python_client.strings import ClassName

sys.path.insert(0, str(Path(__file__).resolve().parent))

from codegen import GenerationError
from codegen.model_aliases import ModelAlias, plan_model_aliases
from codegen.properties import class_name, code, is_open_enum
from codegen.read_types import as_required, construct_type, read_type
from codegen.request_types import (
    RequestTypes,
    annotation,
    duplicate_names,
    plan_request_types,
    refused_properties,
)

CALL_PARAMETERS_FILE = (
    Path(__file__).resolve().parent.parent / "overrides/aistats/_call_parameters.py"
)
COMPONENT_PREFIX = "/components/schemas/"
# The modules written next to the generator's, and the template of each.
EXTRA_MODULES = {
    "models/_params.py": "params.py.jinja",
    "models/_aliases.py": "aliases.py.jinja",
    "request_fields.py": "request_fields.py.jinja",
    "response_fields.py": "response_fields.py.jinja",
}


def fail(message: str) -> NoReturn:
    print(f"make generate: {message}", file=sys.stderr)
    raise SystemExit(1)


def load_call_parameters() -> ModuleType:
    """overrides/aistats/_call_parameters.py, loaded by path: the package it belongs to
    imports the very package being generated."""
    spec = importlib.util.spec_from_file_location("_call_parameters", CALL_PARAMETERS_FILE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def parse_components(document: dict[str, Any], config: Config) -> dict[str, Any]:
    """Each component schema's class name and its parsed property, as the generator parses it.

    The generator keeps no name for a union or array schema; parsing the components again
    (deterministically, so into equal properties) gives them back.
    """
    openapi = oai.OpenAPI.model_validate(document)
    components = (openapi.components and openapi.components.schemas) or {}
    schemas = build_schemas(components=components, schemas=Schemas(), config=config)
    parsed = {}
    for reference, prop in schemas.classes_by_reference.items():
        path = (
            reference.get_untrusted_value()
            if hasattr(reference, "get_untrusted_value")
            else reference
        )
        if not str(path).startswith(COMPONENT_PREFIX):
            continue
        name = str(ClassName(str(path).removeprefix(COMPONENT_PREFIX), config.field_prefix))
        if not name.isidentifier():
            fail(f"schema {path} has no name a Python type can have ({name!r})")
        parsed[name] = prop
    return parsed


def parse(spec: Path, config: Config) -> tuple[GeneratorData, dict[str, Any], dict[str, Any]]:
    document = _get_document(source=spec, timeout=config.http_timeout)
    if isinstance(document, GeneratorError):
        report([document])
        fail(f"cannot read {spec}")
    openapi = GeneratorData.from_dict(document, config=config)
    if isinstance(openapi, GeneratorError):
        report([openapi])
        fail(f"cannot parse {spec}")
    return openapi, parse_components(document, config), document


def report(errors: list[GeneratorError]) -> None:
    for error in errors:
        detail = f": {error.detail}" if error.detail else ""
        print(f"{error.level.value}: {error.header}{detail}", file=sys.stderr)


def extra_module_names(
    openapi: GeneratorData, request_types: RequestTypes, model_aliases: list[ModelAlias]
) -> dict[str, str]:
    """Every name the extra modules define, and its module (for the models' lazy `__init__`).
    Two schemas whose types would have the same name fail here, not in a type checker."""
    extra = {name: "._params" for name in request_types.names}
    extra.update({alias.name: "._aliases" for alias in model_aliases})
    generated = [class_name(prop) for prop in [*openapi.models, *openapi.enums]]
    clashes = duplicate_names(
        [*generated, *request_types.names, *(alias.name for alias in model_aliases)]
    )
    if clashes:
        fail(f"two schemas would give the same type name: {', '.join(clashes)}; rename one")
    return extra


def stream_only_fields(openapi: GeneratorData) -> list[str]:
    """Top-level fields of a stream chunk that a whole completion does not have: stream
    framing (e.g. `obfuscation` padding), which the client keeps out of the completion it
    accumulates. A spec without a chunk or a completion schema has none."""

    def fields(name: str) -> set[str]:
        model = next((m for m in openapi.models if m.class_info.name == name), None)
        if model is None:
            return set()
        properties = [*(model.required_properties or []), *(model.optional_properties or [])]
        return {code(prop.name) for prop in properties}

    chunk = fields("CreateChatCompletionStreamResponse")
    completion = fields("CreateChatCompletionResponse")
    # `choices` differ in shape, not in presence; the accumulator builds them itself.
    return sorted(chunk - completion)


def generate(spec: Path, config_file: Path, templates: Path, output: Path) -> None:
    # The post hooks call `ruff` by name: the pinned one, installed next to this interpreter.
    os.environ["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), os.environ["PATH"]])
    config = Config.from_sources(
        ConfigFile.load_from_path(config_file), MetaType.NONE, spec, "utf-8", False, output
    )
    openapi, components, document = parse(spec, config)
    call_parameters = load_call_parameters()
    try:
        request_types = plan_request_types(
            openapi,
            components,
            call_parameters=(*call_parameters.CALL_PARAMETERS, *call_parameters.RESERVED_NAMES),
            controlled_fields=call_parameters.CALL_CONTROLLED_FIELDS,
            keyword_variants=call_parameters.KEYWORD_VARIANTS,
            refused=refused_properties(document),
        )
    except GenerationError as error:
        fail(str(error))
    model_aliases = plan_model_aliases(components)

    project = Project(openapi=openapi, config=config, custom_template_path=templates)
    project.env.filters.update(
        read_type=read_type,
        construct_type=construct_type,
        as_required=as_required,
        annotation=annotation,
        py_literal=repr,
    )
    project.env.tests.update(open_enum=is_open_enum)
    project.env.globals.update(
        stream_only_fields=stream_only_fields(openapi),
        request_types=request_types,
        model_aliases=model_aliases,
        extra_module_names=extra_module_names(openapi, request_types, model_aliases),
    )
    errors = list(project.build())
    if errors:
        report(errors)
        fail("the generator reported the problems above")

    for relative, template in EXTRA_MODULES.items():
        path = project.package_dir / relative
        if path.exists():
            fail(f"{relative} is also a module the generator writes; rename that schema")
        path.write_text(project.env.get_template(template).render(), encoding="utf-8")
    # The generator's post hooks (ruff) have run on its own files; run them on ours too.
    for command in config.post_hooks:
        subprocess.run(
            command, shell=True, cwd=project.package_dir, check=True, capture_output=True
        )


if __name__ == "__main__":
    if len(sys.argv) != 5:
        fail("usage: generate.py SPEC CONFIG TEMPLATES OUTPUT_DIR")
    generate(*(Path(argument) for argument in sys.argv[1:]))
