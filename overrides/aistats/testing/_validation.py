"""Request validation against the published OpenAPI document, with a real JSON Schema validator.

The document (OpenAPI 3.1, so its schemas are JSON Schema 2020-12) is registered whole under one
URI, and the validator starts from ``{"$ref": "<uri>#/components/schemas/<name>"}``: every
``#/components/schemas/...`` reference inside then resolves against the whole document.
Documents are loaded and compiled once per process (per path), lazily, on first use.

``jsonschema`` is an optional dependency (the ``testing`` extra); it is imported only here and
only when a validator is first built.
"""

from __future__ import annotations

import importlib.util
import json
import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Final

#: Where the published spec lives: ``importlib.resources.files(SPEC_PACKAGE) / SPEC_RESOURCE``.
SPEC_PACKAGE = "aistats_api"
SPEC_RESOURCE = "openapi.json"
REQUEST_SCHEMA = "CreateChatCompletionRequest"
# The URI the document is registered under; never fetched.
_DOCUMENT_URI = "https://mock.aistats.invalid/openapi.json"

SpecSource = str | os.PathLike[str] | Mapping[str, Any]
#: At most this many failing fields are listed in an error's ``details``.
MAX_DETAILS = 20


class SpecUnavailable(RuntimeError):
    """The OpenAPI document cannot be found or read, or ``jsonschema`` is not installed.

    >>> load_spec("/nonexistent/openapi.json")  # doctest: +SKIP
    Traceback (most recent call last):
    SpecUnavailable: OpenAPI document not found: /nonexistent/openapi.json ...
    """


@dataclass(frozen=True)
class Violation:
    """The most relevant way a request breaks the schema.

    ``param`` is a JSON-path-ish location such as ``messages[0].role`` (``None`` at the root).

    >>> Violation("temperature: 3 is greater than the maximum of 2", "temperature").param
    'temperature'
    """

    message: str
    param: str | None


# What the `testing` extra installs for the mock gateway, by import name.
TESTING_EXTRA_MODULES: Final = ("jsonschema", "hypothesis_jsonschema")
TESTING_EXTRA_INSTALL: Final = "pip install 'aistats-client[testing]'"


def check_testing_extra() -> None:
    """Raise `SpecUnavailable` naming the extra when a module of it is missing: the mock
    refuses to start rather than answer every request with a 500.

    ``jsonschema`` is imported (every validated request needs it, so the first request does
    not pay for the import either); ``hypothesis_jsonschema`` only looked up (it is needed
    only for hard schemas, and imports hypothesis). An import hook that refuses a module
    counts as missing."""
    missing = [
        name
        for name in TESTING_EXTRA_MODULES
        if not (_importable(name) if name == "jsonschema" else _findable(name))
    ]
    if missing:
        raise SpecUnavailable(
            f"aistats.testing.MockGateway needs {' and '.join(missing)}, from the 'testing' "
            f"extra: {TESTING_EXTRA_INSTALL}"
        )


def _importable(name: str) -> bool:
    try:
        importlib.import_module(name)
    except ImportError:
        return False
    return True


def _findable(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):  # a refusing import hook; a module without a spec
        return False


def jsonschema_module() -> Any:
    """Import ``jsonschema`` (the optional ``testing`` extra), or explain how to install it.

    >>> jsonschema_module().Draft202012Validator({"type": "string"}).is_valid("x")
    True
    """
    try:
        import jsonschema  # type: ignore[import-untyped]
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise SpecUnavailable(
            "aistats.testing validates requests with 'jsonschema', which is not installed: "
            "pip install 'aistats-client[testing]' (or pass MockGateway(validate=False))"
        ) from exc
    return jsonschema


def load_spec(source: SpecSource | None = None) -> Mapping[str, Any]:
    """Load the OpenAPI document from a path or mapping; ``None`` means the packaged one.

    >>> load_spec({"components": {"schemas": {}}})["components"]
    {'schemas': {}}
    """
    if isinstance(source, Mapping):
        return source
    try:
        if source is None:
            text = (resources.files(SPEC_PACKAGE) / SPEC_RESOURCE).read_text(encoding="utf-8")
        else:
            text = Path(source).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError) as exc:
        where = f"{SPEC_PACKAGE}/{SPEC_RESOURCE}" if source is None else os.fspath(source)
        raise SpecUnavailable(
            f"OpenAPI document not found: {where} (pass MockGateway(spec=path), or validate=False)"
        ) from exc
    try:
        document = json.loads(text)
    except ValueError as exc:
        raise SpecUnavailable(f"OpenAPI document is not valid JSON: {exc}") from exc
    if not isinstance(document, dict):
        raise SpecUnavailable("OpenAPI document is not a JSON object")
    return document


class RequestValidator:
    """Validates request bodies against one component schema of an OpenAPI 3.1 document.

    >>> v = RequestValidator(load_spec(stand_in))  # doctest: +SKIP
    >>> v.validate({"model": "m", "messages": [], "temperature": 3}).param  # doctest: +SKIP
    'messages'
    """

    def __init__(self, document: Mapping[str, Any], schema_name: str = REQUEST_SCHEMA) -> None:
        jsonschema = jsonschema_module()
        from referencing import Registry
        from referencing.jsonschema import DRAFT202012

        schemas = document.get("components", {}).get("schemas", {})
        if schema_name not in schemas:
            raise SpecUnavailable(f"OpenAPI document has no #/components/schemas/{schema_name}")
        cls = jsonschema.Draft202012Validator
        try:
            cls.check_schema(schemas[schema_name])
        except jsonschema.SchemaError as exc:
            raise SpecUnavailable(f"schema {schema_name} is not valid JSON Schema: {exc}") from exc
        registry: Registry[Any] = Registry().with_resource(
            _DOCUMENT_URI, DRAFT202012.create_resource(dict(document))
        )
        root = {"$ref": f"{_DOCUMENT_URI}#/components/schemas/{schema_name}"}
        # Formats are checked as the gateway's zod schema checks them (`uri`, `date-time`, ...).
        self._validator = cls(root, registry=registry, format_checker=cls.FORMAT_CHECKER)
        self._best_match = jsonschema.exceptions.best_match
        self.schema_name = schema_name

    def validate(self, instance: Any) -> Violation | None:
        """The most relevant violation, or ``None`` when ``instance`` is valid."""
        error = self._best_match(self._validator.iter_errors(instance))
        if error is None:
            return None
        return _explain(_most_relevant(error, self._best_match))

    def details(self, instance: Any, limit: int = MAX_DETAILS) -> list[dict[str, Any]]:
        """Every way ``instance`` breaks the schema, as the gateway's ``details[]`` (the most
        relevant first; at most ``limit``): ``{"message", "path", "keyword", "params"}``.

        A field the request schema does not know, or one it refuses outright (``not: {}``), is
        ``unknown_param``, as the gateway's allowlist reports it.
        """
        errors = list(self._validator.iter_errors(instance))
        if not errors:
            return []
        best = self._best_match(errors)
        ordered = [best, *(e for e in errors if e is not best)]
        out: list[dict[str, Any]] = []
        for error in ordered:
            for detail in _details_of(_most_relevant(error, self._best_match), instance):
                if detail not in out:
                    out.append(detail)
        return out[:limit]


def _most_relevant(error: Any, best_match: Any) -> Any:
    """Descend into ``oneOf``/``anyOf`` failures to the branch the instance was meant for.

    ``best_match`` stops at "is not valid under any of the given schemas", which names no
    field. Unions in the spec are told apart by a tag (``role: {"const": "user"}``), so the
    intended branch is the one whose tag matched: the fewest const/enum failures, then the
    fewest failures. When every branch rejects the same tag, the tag itself is the problem.
    """
    while error.context:
        branches: dict[Any, list[Any]] = {}
        for sub in error.context:
            branches.setdefault(sub.relative_schema_path[0], []).append(sub)
        tags = [[e for e in errs if e.validator in _TAG_KEYWORDS] for errs in branches.values()]
        tag_paths = {tuple(e.absolute_path) for branch_tags in tags for e in branch_tags}
        if all(tags) and len(tag_paths) == 1:
            allowed: list[Any] = []
            for branch_tags in tags:
                for e in branch_tags:
                    values = [e.validator_value] if e.validator == "const" else e.validator_value
                    allowed.extend(v for v in values if v not in allowed)
            first = tags[0][0]
            return _Synthetic(first.absolute_path, f"{first.instance!r} is not one of {allowed}")
        chosen = min(
            branches.values(),
            key=lambda errs: (sum(e.validator in _TAG_KEYWORDS for e in errs), len(errs)),
        )
        error = best_match(chosen)
    return error


_TAG_KEYWORDS = frozenset({"const", "enum"})
# JSON Schema keywords → the names zod gives the same issues (the gateway validates with zod).
_ZOD_KEYWORDS = {
    "type": "invalid_type",
    "required": "invalid_type",
    "minimum": "too_small",
    "exclusiveMinimum": "too_small",
    "minLength": "too_small",
    "minItems": "too_small",
    "minProperties": "too_small",
    "maximum": "too_big",
    "exclusiveMaximum": "too_big",
    "maxLength": "too_big",
    "maxItems": "too_big",
    "maxProperties": "too_big",
    "enum": "invalid_value",
    "const": "invalid_value",
    "synthetic": "invalid_value",
    "oneOf": "invalid_union",
    "anyOf": "invalid_union",
    "additionalProperties": "unrecognized_keys",
    "pattern": "invalid_format",
    "format": "invalid_format",
}


def _details_of(error: Any, instance: Any) -> list[dict[str, Any]]:
    path: list[str | int] = list(error.absolute_path)
    at_root = not path
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = error.schema.get("properties", {})
        extra = [key for key in error.instance if key not in known]
        if at_root:
            return [_unknown_param(key, instance) for key in extra]
        return [
            {
                "message": f"Unrecognized key: {key!r}",
                "path": [*path, key],
                "keyword": "unrecognized_keys",
                "params": {"keys": [key]},
            }
            for key in extra
        ]
    if error.validator == "not" and error.validator_value == {} and len(path) == 1:
        return [_unknown_param(str(path[0]), instance)]
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = [p for p in error.validator_value if p not in error.instance]
        path += missing[:1]
        return [{"message": "Required", "path": path, "keyword": "invalid_type", "params": {}}]
    keyword = _ZOD_KEYWORDS.get(str(error.validator), "custom")
    return [{"message": str(error.message), "path": path, "keyword": keyword, "params": {}}]


def _unknown_param(name: str, instance: Any) -> dict[str, Any]:
    model = instance.get("model") if isinstance(instance, dict) else None
    params: dict[str, Any] = {"param": name}
    if isinstance(model, str):
        params["model"] = model
    return {
        "message": f"Unknown parameter: {name}",
        "path": [name],
        "keyword": "unknown_param",
        "params": params,
    }


@dataclass(frozen=True)
class _Synthetic:
    """An error message the validator did not produce itself (same fields as used below)."""

    absolute_path: Any
    message: str
    validator: str = "synthetic"
    instance: Any = None


def _explain(error: Any) -> Violation:
    path: list[str | int] = list(error.absolute_path)
    # "required" and "additionalProperties" errors sit on the parent object: point at the
    # property itself, which is what a user needs to fix.
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = [p for p in error.validator_value if p not in error.instance]
        path += missing[:1]
    elif error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = error.schema.get("properties", {})
        extra = [p for p in error.instance if p not in known]
        path += extra[:1]
    param = json_path(path)
    message = f"{param}: {error.message}" if param else str(error.message)
    return Violation(message, param)


def json_path(parts: list[str | int]) -> str | None:
    """``["messages", 0, "role"]`` → ``"messages[0].role"``; ``[]`` → ``None``.

    >>> json_path(["messages", 0, "role"])
    'messages[0].role'
    """
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text or None


_lock = threading.Lock()
_by_path: dict[tuple[str, int], RequestValidator] = {}


def validator_for(source: SpecSource | None = None) -> RequestValidator:
    """The validator for ``source``, compiled once per process for the packaged spec and for
    each file path (a changed file is reloaded); a mapping compiles a new validator.

    >>> validator_for().validate({"model": "m", "messages": []}).param  # doctest: +SKIP
    'messages'
    """
    if isinstance(source, Mapping):
        return RequestValidator(source)
    if source is None:
        try:
            traversable = resources.files(SPEC_PACKAGE) / SPEC_RESOURCE
        except ModuleNotFoundError as exc:
            raise SpecUnavailable(f"package {SPEC_PACKAGE!r} is not installed") from exc
        key = (str(traversable), _mtime(traversable))
    else:
        key = (os.fspath(Path(source).resolve()), _mtime(source))
    with _lock:
        validator = _by_path.get(key)
        if validator is None:
            validator = RequestValidator(load_spec(source))
            _by_path[key] = validator
        return validator


def _mtime(path: object) -> int:
    try:
        return os.stat(str(path)).st_mtime_ns
    except OSError:
        return 0
