"""Replies derived from the request, used when no scripted reply is queued.

The mock behaves like a small, honest gateway: it checks the bearer token, validates the body
against the published spec, and answers deterministically (the same request gets the same
bytes): a limerick when asked for one, tool calls when a tool is required, JSON that validates
when a JSON schema is given, an echo of the prompt otherwise. ``max_tokens`` cuts the reply short
(``finish_reason: "length"``) and ``usage`` counts prompt and completion with one tokenizer.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ._completion import Choice, ToolCall, dumps
from ._context import ReplyContext
from ._conversation import latest_tool_results, tool_turn_problem
from ._errors import path_of
from ._http import json_problem
from ._jsonschema_instance import NO_INSTANCE, UnsupportedSchema, build_instance, search_instance
from ._response import Response
from ._tokenize import count_tokens, truncate_tokens
from ._validation import (
    RequestValidator,
    SpecSource,
    SpecUnavailable,
    jsonschema_module,
    validator_for,
)

MAX_CHOICES = 16
# Instances the builder may try (variants) before a general search takes over.
_INSTANCE_ATTEMPTS = 5
_TOKEN_LIMIT_FIELDS = ("max_completion_tokens", "max_tokens", "max_output_tokens")
# The gateway matches the scheme case-sensitively: "bearer <key>" is refused (before/auth.ts).
_BEARER_PREFIX = "Bearer "
_BAD_AUTHORIZATION = "missing_or_invalid_authorization_header"
_UNKNOWN_KEY = "api_key_not_found_or_revoked"
# The gateway reads these as a form, which then fails validation (it never reads them as JSON).
_FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
_LONE_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
_UNSUPPORTED_MODEL = (
    "Unsupported model or endpoint. Please check https://phaseo.app/models for your model id, "
    "or the API Reference at https://phaseo.app/docs/v1/api-reference for valid endpoints."
)
_LIMERICK = re.compile(r"\blimerick\s+(?:about|on|of|for)\s+(.+)", re.IGNORECASE | re.DOTALL)

# Five lines, AABBA; the topic sits mid-line so any topic keeps the rhyme.
_LIMERICKS_PLURAL = (
    "There once were some {topic} by the sea,\nWho worked for the sailors for free;\n"
    "Through fog and through night\nThey kept up their light,\nAnd guided each ship home for tea.",
    "I was asked for a verse on {topic} today,\nSo I gathered my rhymes on a tray;\n"
    "I counted each beat,\nMade the meter complete,\nAnd served it to you. Hip hooray!",
    "When {topic} came up in a chat,\nA poet sat down on a mat;\nShe scribbled a line,\n"
    "Then another, then nine,\nAnd trimmed it to five, just like that.",
)
_LIMERICKS_SINGULAR = (
    "There once was a {topic} by the sea,\nWho worked for the sailors for free;\n"
    "Through fog and through night\nIt kept up its light,\nAnd guided each ship home for tea.",
    *_LIMERICKS_PLURAL[1:],
)


class Responder:
    """Turns a request into a :class:`Response` the way the gateway would (but predictably).

    In the gateway's order: size, key, body, schema, model, then the reply. ``api_keys`` (when
    given) are the only keys accepted; ``models`` (when given) the only models served;
    ``json_content_type`` refuses any body not sent as ``application/json``.

    >>> Responder().respond(ReplyContext(request))  # doctest: +SKIP
    """

    def __init__(
        self,
        *,
        spec: SpecSource | None = None,
        validate: bool = True,
        require_auth: bool = True,
        api_keys: Iterable[str] | None = None,
        models: Iterable[str] | None = None,
        json_content_type: bool = True,
    ) -> None:
        self._spec = spec
        self._validate = validate
        self._require_auth = require_auth
        self._api_keys = frozenset(api_keys) if api_keys is not None else None
        self._models = frozenset(models) if models is not None else None
        self._json_content_type = json_content_type
        self._validator: RequestValidator | None = None
        self._lock = threading.Lock()

    def validator(self) -> RequestValidator:
        """The request validator, compiled on first use (file specs are shared per process)."""
        with self._lock:
            if self._validator is None:
                self._validator = validator_for(self._spec)
            return self._validator

    def respond(self, ctx: ReplyContext) -> Response:
        """Check the request as the gateway does, then derive the reply."""
        request = ctx.request
        if request.oversized_body is not None:
            return ctx.error(413, "payload_too_large")
        if self._require_auth:
            refusal = self._auth_refusal(request.headers.get("authorization"))
            if refusal is not None:
                return ctx.error(401, refusal)
        refusal_response = self._body_refusal(ctx)
        if refusal_response is not None:
            return refusal_response
        try:
            return ctx.render(ctx.completion(self._choices(ctx)))
        except _Reject as exc:
            return rejection_response(ctx, exc)

    def _auth_refusal(self, header: str | None) -> str | None:
        if header is None or not header.startswith(_BEARER_PREFIX):
            return _BAD_AUTHORIZATION
        key = header[len(_BEARER_PREFIX) :].strip()
        if not key:
            return _BAD_AUTHORIZATION
        if self._api_keys is not None and key not in self._api_keys:
            return _UNKNOWN_KEY
        return None

    def _body_refusal(self, ctx: ReplyContext) -> Response | None:
        request = ctx.request
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type in _FORM_TYPES or (
            self._json_content_type and content_type != "application/json"
        ):
            sent = content_type or "no Content-Type"
            return _validation_error(
                ctx, [_detail(f"Expected a JSON body (application/json), got {sent}", [])]
            )
        if request.body is None:
            return ctx.error(400, json_problem(request.raw_body), code="invalid_json")
        if _LONE_SURROGATE_ESCAPE.search(request.raw_body) and _has_lone_surrogate(request.body):
            message = "Body is not valid JSON text: a string holds a lone UTF-16 surrogate"
            return ctx.error(400, message, code="invalid_json")
        if not isinstance(request.body, dict):
            return _validation_error(ctx, [_detail("Expected an object", [], "invalid_type")])
        model = request.body.get("model")
        if isinstance(model, str) and model and not model.strip():
            # The gateway's schema takes any non-empty string; a later step refuses blank ones.
            return ctx.error(400, "model_required", code="model_required", param="model")
        if self._validate:
            try:
                validator = self.validator()
            except SpecUnavailable as exc:
                return ctx.error(500, f"mock gateway cannot validate: {exc}", code="mock_spec")
            details = validator.details(request.body)
            if details:
                return _validation_error(ctx, details)
        if self._models is not None and model not in self._models:
            return ctx.error(
                400,
                _UNSUPPORTED_MODEL,
                code="unsupported_model_or_endpoint",
                extra={
                    "error_operational_kind": "invalid_model_slug",
                    "reason": "model_not_found_or_inactive",
                },
            )
        return None

    def _choices(self, ctx: ReplyContext) -> list[Choice]:
        body = ctx.body
        n = _integer(body.get("n"), 1)
        n = min(max(n, 1), MAX_CHOICES)
        problem = tool_turn_problem(ctx.messages)
        if problem is not None:
            raise _Reject(problem.message, problem.path, "tool_call_mismatch")
        tool = _forced_tool(body)
        if tool is not None:
            return [_tool_choice(ctx, tool, i) for i in range(n)]
        chosen = _tools_to_call(ctx)
        if chosen:
            try:
                return [_function_calls_choice(ctx, chosen, i) for i in range(n)]
            except _Reject as exc:
                # A schema the mock finds no instance of: a model free to choose answers in
                # text. A schema that is not a JSON Schema is refused, as the provider does.
                if exc.keyword != "unsatisfiable_schema":
                    raise
        limits = (_integer(body.get(f), None) for f in _TOKEN_LIMIT_FIELDS)
        limit = next((value for value in limits if value is not None), None)
        return [_limit(_text_for(ctx, i, n), limit) for i in range(n)]


class _Reject(Exception):
    """A rule JSON Schema cannot state, refused with a 400 ``validation_error`` whose one detail
    has ``path`` (dotted) and ``keyword``: the spec's 400 lists these keywords."""

    def __init__(self, message: str, path: str, keyword: str) -> None:
        super().__init__(message)
        self.message, self.path, self.keyword = message, path, keyword


def rejection_response(ctx: ReplyContext, exc: _Reject) -> Response:
    """The 400 ``validation_error`` for a rule the request broke."""
    return _validation_error(ctx, [_detail(exc.message, path_of(exc.path), exc.keyword)])


def with_rejections(
    render: Callable[[ReplyContext], Response],
) -> Callable[[ReplyContext], Response]:
    """`render`, answering a 400 where it finds the request breaks a rule (a scripted reply
    that reads the request's schema)."""

    def rendered(ctx: ReplyContext) -> Response:
        try:
            return render(ctx)
        except _Reject as exc:
            return rejection_response(ctx, exc)

    return rendered


def _integer(value: Any, default: int | None) -> Any:
    """``value`` as an int when it is one (``2.0`` included, as JSON Schema counts it)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default
    return int(value) if float(value).is_integer() else default


def _detail(message: str, path: list[str | int], keyword: str = "custom") -> dict[str, Any]:
    return {"message": message, "path": path, "keyword": keyword, "params": {}}


def _validation_error(ctx: ReplyContext, details: list[dict[str, Any]]) -> Response:
    """400 ``validation_error``; ``description`` is the first detail "at" its dotted path."""
    first = details[0]
    where = ".".join(str(part) for part in first["path"])
    description = f"{first['message']} at {where}" if where else first["message"]
    return ctx.error(400, description, code="validation_error", details=details)


def _has_lone_surrogate(value: Any) -> bool:
    """Whether a string anywhere in ``value`` (keys included) cannot be encoded as UTF-8."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def _limit(text: str, limit: int | None) -> Choice:
    if limit is not None and count_tokens(text) > limit:
        return Choice(truncate_tokens(text, limit), "length")
    return Choice(text, "stop")


@dataclass(frozen=True)
class _Tool:
    """A declared tool the reply will call: a function (``parameters``) or a custom tool."""

    name: str
    custom: bool
    parameters: Any = None
    index: int = 0


def _declared_tools(body: dict[str, Any]) -> list[_Tool]:
    tools: list[_Tool] = []
    for index, tool in enumerate(body.get("tools") or []):
        if not isinstance(tool, dict):
            continue
        if tool.get("type") == "custom" and isinstance(tool.get("custom"), dict):
            tools.append(_Tool(str(tool["custom"].get("name")), True, index=index))
        elif isinstance(tool.get("function"), dict):
            function = tool["function"]
            tools.append(_Tool(str(function.get("name")), False, function.get("parameters"), index))
    return tools


def _forced_tool(body: dict[str, Any]) -> _Tool | None:
    """The tool the request forces (``tool_choice`` required or named), if any.

    ``required`` with only server tools (web search, ...) is answered with text, as the
    gateway runs those itself. A named choice must name a declared tool of its kind.
    """
    tools = _declared_tools(body)
    choice = body.get("tool_choice")
    if choice == "required":
        if tools:
            return tools[0]
        if body.get("tools"):
            return None
        raise _Reject("tool_choice 'required' needs a tool", "tool_choice", "tool_required")
    if isinstance(choice, dict):
        kind = "custom" if choice.get("type") == "custom" else "function"
        named = choice.get(kind)
        name = named.get("name") if isinstance(named, dict) else None
        for tool in tools:
            if tool.name == name and tool.custom == (kind == "custom"):
                return tool
        raise _Reject(
            f"tool_choice names {name!r}, which is not a declared {kind} tool",
            "tool_choice",
            "undeclared_tool",
        )
    return None


def _tool_choice(ctx: ReplyContext, tool: _Tool, variant: int) -> Choice:
    call_id = ctx.tool_call_id(variant)
    if tool.custom:
        call = ToolCall(call_id, tool.name, _custom_input(ctx), custom=True)
        return Choice(None, "tool_calls", (call,))
    return Choice(None, "tool_calls", (_function_call(call_id, tool, variant),))


def _function_call(call_id: str, tool: _Tool, variant: int) -> ToolCall:
    """A call of a function tool with arguments that fit its `parameters`."""
    parameters = tool.parameters
    schema = parameters if isinstance(parameters, dict) and parameters else {"type": "object"}
    if "type" not in schema and "$ref" not in schema:
        schema = {"type": "object", **schema}
    where = f"tools.{tool.index}.function.parameters"
    arguments = _valid_instance(schema, variant, where=where)
    return ToolCall(call_id, tool.name, dumps(arguments).decode())


def _tools_to_call(ctx: ReplyContext) -> list[_Tool]:
    """The function tools a model free to choose (`tool_choice` auto) calls now: none once the
    user's turn has been answered by tool results; else those the user's message names
    (`get_weather` or "get weather"), all at once unless `parallel_tool_calls` is false, or
    the first declared."""
    body = ctx.body
    messages = ctx.messages
    if body.get("tool_choice", "auto") != "auto" or not messages:
        return []
    if messages[-1].get("role") != "user":
        return []
    functions = [tool for tool in _declared_tools(body) if not tool.custom]
    prompt = ctx.last_user_text.lower()
    named = [
        tool
        for tool in functions
        if tool.name.lower() in prompt or tool.name.lower().replace("_", " ") in prompt
    ]
    chosen = named or functions[:1]
    return chosen[:1] if body.get("parallel_tool_calls") is False else chosen


def _function_calls_choice(ctx: ReplyContext, tools: list[_Tool], variant: int) -> Choice:
    calls = tuple(
        _function_call(ctx.tool_call_id(variant * len(tools) + index), tool, variant)
        for index, tool in enumerate(tools)
    )
    return Choice(None, "tool_calls", calls)


def _custom_input(ctx: ReplyContext) -> str:
    return ctx.last_user_text.strip() or "mock input"


def _valid_instance(schema: dict[str, Any], variant: int, *, where: str) -> Any:
    """An instance of ``schema`` that jsonschema accepts; a 400 naming the schema when it is
    not a valid JSON Schema or admits no instance."""
    jsonschema = jsonschema_module()
    try:
        jsonschema.Draft202012Validator.check_schema(schema)
    except jsonschema.SchemaError as exc:
        raise _Reject(
            f"{where} is not a valid JSON Schema: {exc.message}", where, "invalid_json_schema"
        ) from exc
    validator = jsonschema.Draft202012Validator(schema)
    for attempt in range(_INSTANCE_ATTEMPTS):
        try:
            instance = build_instance(schema, variant=variant + attempt)
        except (UnsupportedSchema, LookupError, TypeError, ValueError, RecursionError):
            break
        if validator.is_valid(instance):
            return instance
    found = search_instance(schema, validator.is_valid)
    if found is NO_INSTANCE:
        raise _Reject(
            f"{where}: the mock gateway found no value that satisfies this schema",
            where,
            "unsatisfiable_schema",
        )
    return found


def _text_for(ctx: ReplyContext, variant: int, n: int) -> str:
    schema = response_schema(ctx)
    if schema is not None:
        where = "response_format.json_schema.schema"
        return dumps(_valid_instance(schema, variant, where=where)).decode()
    response_format = ctx.body.get("response_format")
    if isinstance(response_format, dict) and response_format.get("type") == "json_object":
        return dumps({"reply": _plain_text(ctx, variant, n)}).decode()
    return _plain_text(ctx, variant, n)


def response_schema(ctx: ReplyContext) -> dict[str, Any] | None:
    """The JSON Schema the request's `response_format` asks the reply to fit, if any."""
    response_format = ctx.body.get("response_format")
    if not isinstance(response_format, dict) or response_format.get("type") != "json_schema":
        return None
    spec = response_format.get("json_schema")
    schema = spec.get("schema") if isinstance(spec, dict) else None
    return schema if isinstance(schema, dict) else None


def schema_instance(ctx: ReplyContext, *, refuse: bool = True) -> Any:
    """A value that fits the request's `response_format` schema (None without one). When no
    value fits or the schema is not a JSON Schema: a 400 for the request, as a derived reply
    would answer, or None when not ``refuse``."""
    schema = response_schema(ctx)
    if schema is None:
        return None
    try:
        return _valid_instance(schema, 0, where="response_format.json_schema.schema")
    except _Reject:
        if refuse:
            raise
        return None


def schema_violation(ctx: ReplyContext) -> Any:
    """A JSON value the request's `response_format` schema refuses (an object schema when there
    is none): a valid instance without one of its required properties, else with a property
    given a value of another type, else a value of another type altogether. Checked with the
    schema's validator; a 400 when the schema is not a JSON Schema or refuses nothing."""
    where = "response_format.json_schema.schema"
    schema = response_schema(ctx)
    schema = {"type": "object"} if schema is None else schema
    try:
        instance = schema_instance(ctx)
    except _Reject as exc:
        if exc.keyword != "unsatisfiable_schema":
            raise
        instance = None  # no valid instance to break: any value is a violation
    validator = jsonschema_module().Draft202012Validator(schema)
    for candidate in _broken_instances(schema, instance):
        if not validator.is_valid(candidate):
            return candidate
    raise _Reject(
        f"{where}: the mock gateway found no value this schema refuses", where, "no_violation"
    )


def _broken_instances(schema: dict[str, Any], instance: Any) -> Iterator[Any]:
    """Values near `instance` that `schema` may refuse, most telling first."""
    if isinstance(instance, dict):
        required = schema.get("required")
        for key in required if isinstance(required, list) else []:
            if key in instance:
                yield {k: v for k, v in instance.items() if k != key}
        for key, value in instance.items():
            yield {**instance, key: _other_type(value)}
    elif isinstance(instance, list) and instance:
        yield [_other_type(instance[0]), *instance[1:]]
    yield from ([], "not the right type", 0, None, {}, True)


def _other_type(value: Any) -> Any:
    return 12345 if isinstance(value, str) else "not the right type"


def _plain_text(ctx: ReplyContext, variant: int, n: int) -> str:
    messages = ctx.messages
    if messages and messages[-1].get("role") == "tool":
        results = "; ".join(f"{r.name} returned {r.content}" for r in latest_tool_results(messages))
        return results if variant == 0 else f"Reply {variant + 1}: {results}"
    prompt = ctx.last_user_text.strip()
    match = _LIMERICK.search(prompt)
    if match:
        return _limerick(match.group(1), variant)
    if not prompt:
        return "Hello from the AI Stats mock gateway."
    if variant == 0:
        return (
            f'You said: "{prompt}". This is a deterministic reply from the AI Stats mock gateway.'
        )
    return f'Reply {variant + 1} of {n}: you said "{prompt}".'


def _limerick(raw_topic: str, variant: int) -> str:
    topic = raw_topic.strip().rstrip(".!?;:").strip() or "limericks"
    plural = topic.lower().endswith("s") and not topic.lower().endswith("ss")
    if not plural:
        topic = re.sub(r"^(a|an|the)\s+", "", topic, flags=re.IGNORECASE)
    templates = _LIMERICKS_PLURAL if plural else _LIMERICKS_SINGULAR
    text = templates[variant % len(templates)].format(topic=topic)
    return text if variant < len(templates) else f"Take {variant + 1}:\n{text}"
