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
from typing import Any, cast

from ._completion import Choice, ToolCall, dumps
from ._context import ReplyContext, content_text
from ._jsonschema_instance import UnsupportedSchema, build_instance
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
# Instances the builder may try (variants) before giving up on a schema.
_INSTANCE_ATTEMPTS = 5
_TOKEN_LIMIT_FIELDS = ("max_completion_tokens", "max_tokens", "max_output_tokens")
_BEARER = re.compile(r"^\s*bearer\s+(\S.*)$", re.IGNORECASE)
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

    >>> Responder().respond(ReplyContext(request))  # doctest: +SKIP
    """

    def __init__(
        self, *, spec: SpecSource | None = None, validate: bool = True, require_auth: bool = True
    ) -> None:
        self._spec = spec
        self._validate = validate
        self._require_auth = require_auth
        self._validator: RequestValidator | None = None
        self._lock = threading.Lock()

    def validator(self) -> RequestValidator:
        """The request validator, compiled on first use (file specs are shared per process)."""
        with self._lock:
            if self._validator is None:
                self._validator = validator_for(self._spec)
            return self._validator

    def respond(self, ctx: ReplyContext) -> Response:
        """Check auth and the body, then derive the reply."""
        request = ctx.request
        if self._require_auth:
            match = _BEARER.match(request.headers.get("authorization", ""))
            if match is None:
                return Response.error(401, code="missing_api_key")
        if request.body is None:
            message = "Request body is empty" if not request.raw_body else "Body is not valid JSON"
            return Response.error(400, message, code="invalid_json")
        if self._validate:
            try:
                validator = self.validator()
            except SpecUnavailable as exc:
                return Response.error(500, f"mock gateway cannot validate: {exc}", code="mock_spec")
            violation = validator.validate(request.body)
            if violation is not None:
                return Response.error(
                    400, violation.message, code="invalid_parameter", param=violation.param
                )
        if not isinstance(request.body, dict):
            return Response.error(400, "Body must be a JSON object", code="invalid_parameter")
        try:
            choices = self._choices(ctx)
        except _Reject as exc:
            return Response.error(exc.status, exc.message, code=exc.code, param=exc.param)
        return ctx.render(ctx.completion(choices))

    def _choices(self, ctx: ReplyContext) -> list[Choice]:
        body = ctx.body
        n = body.get("n", 1)
        n = min(max(n, 1), MAX_CHOICES) if isinstance(n, int) else 1
        tool = _forced_tool(body)
        if tool is not None:
            return [_tool_choice(ctx, tool, i) for i in range(n)]
        limit = next((body[f] for f in _TOKEN_LIMIT_FIELDS if isinstance(body.get(f), int)), None)
        return [_limit(_text_for(ctx, i, n), limit) for i in range(n)]


class _Reject(Exception):
    def __init__(self, status: int, message: str, code: str, param: str | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.code, self.param = status, message, code, param


def _limit(text: str, limit: int | None) -> Choice:
    if limit is not None and count_tokens(text) > limit:
        return Choice(truncate_tokens(text, limit), "length")
    return Choice(text, "stop")


def _forced_tool(body: dict[str, Any]) -> dict[str, Any] | None:
    """The function tool the request forces (``tool_choice`` required or named), if any."""
    tools = [
        t["function"]
        for t in body.get("tools") or []
        if isinstance(t, dict) and isinstance(t.get("function"), dict)
    ]
    choice = body.get("tool_choice")
    if choice == "required":
        if not tools:
            raise _Reject(
                400,
                "tool_choice 'required' needs function tools",
                "invalid_parameter",
                "tool_choice",
            )
        return cast(dict[str, Any], tools[0])
    if isinstance(choice, dict) and isinstance(choice.get("function"), dict):
        name = choice["function"].get("name")
        for tool in tools:
            if tool.get("name") == name:
                return cast(dict[str, Any], tool)
        raise _Reject(
            400, f"tool_choice names unknown function {name!r}", "invalid_parameter", "tool_choice"
        )
    return None


def _tool_choice(ctx: ReplyContext, tool: dict[str, Any], variant: int) -> Choice:
    parameters = tool.get("parameters")
    schema = parameters if isinstance(parameters, dict) and parameters else {"type": "object"}
    if "type" not in schema and "$ref" not in schema:
        schema = {"type": "object", **schema}
    arguments = _valid_instance(schema, variant, what=f"arguments of tool {tool.get('name')!r}")
    call = ToolCall(ctx.tool_call_id(variant), str(tool.get("name")), dumps(arguments).decode())
    return Choice(None, "tool_calls", (call,))


def _valid_instance(schema: dict[str, Any], variant: int, *, what: str) -> Any:
    """An instance of ``schema`` that jsonschema accepts, or a 500 saying the mock cannot."""
    validator = jsonschema_module().Draft202012Validator(schema)
    for attempt in range(_INSTANCE_ATTEMPTS):
        try:
            instance = build_instance(schema, variant=variant + attempt)
        except (UnsupportedSchema, LookupError, TypeError, ValueError):
            break
        if validator.is_valid(instance):
            return instance
    raise _Reject(
        500, f"mock gateway cannot build {what} for this schema", "mock_unsupported_schema"
    )


def _text_for(ctx: ReplyContext, variant: int, n: int) -> str:
    body = ctx.body
    response_format = body.get("response_format")
    if isinstance(response_format, dict):
        kind = response_format.get("type")
        spec = response_format.get("json_schema")
        if (
            kind == "json_schema"
            and isinstance(spec, dict)
            and isinstance(spec.get("schema"), dict)
        ):
            return dumps(_valid_instance(spec["schema"], variant, what="response JSON")).decode()
        if kind == "json_object":
            return dumps({"reply": _plain_text(ctx, variant, n)}).decode()
    return _plain_text(ctx, variant, n)


def _plain_text(ctx: ReplyContext, variant: int, n: int) -> str:
    messages = ctx.messages
    if messages and messages[-1].get("role") == "tool":
        result = content_text(messages[-1].get("content"))
        return f"The tool returned: {result}" if variant == 0 else f"Reply {variant + 1}: {result}"
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
