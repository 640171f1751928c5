"""Error bodies: the gateway's own shape by default, OpenAI's object form on request.

The gateway writes ``{"generation_id", "status_code", "error": "<code>", "error_type",
"error_origin", "description", ...}`` (``core/error-handler.ts``): ``error`` is a string code, the
text is ``description``, and a validation error lists its failing fields in ``details``. Proxies
and upstream pass-through send OpenAI's ``{"error": {"message", "type", "param", "code"}}``
instead; ``MockGateway(error_style="openai")`` answers that way, so clients are tested on both.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, Literal

ErrorStyle = Literal["gateway", "openai"]
ERROR_STYLES: tuple[ErrorStyle, ...] = ("gateway", "openai")
DEFAULT_ERROR_STYLE: ErrorStyle = "gateway"
#: ``generation_id`` of errors raised before the gateway gave the request an id.
UNKNOWN_GENERATION_ID = "unknown"
_PATH_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")

# The gateway's ``error`` code and OpenAI's ``error.type`` for each status the mock sends.
_CODE_AND_TYPE: dict[int, tuple[str, str]] = {
    400: ("invalid_request", "invalid_request_error"),
    401: ("unauthorised", "authentication_error"),
    402: ("insufficient_funds", "payment_required"),
    403: ("guardrail_blocked", "permission_error"),
    404: ("not_found", "not_found_error"),
    405: ("method_not_allowed", "invalid_request_error"),
    408: ("request_timeout", "timeout_error"),
    409: ("conflict", "conflict_error"),
    413: ("payload_too_large", "invalid_request_error"),
    422: ("unprocessable_entity", "invalid_request_error"),
    429: ("key_limit_exceeded", "rate_limit_error"),
    500: ("gateway_error", "server_error"),
    501: ("not_implemented_yet", "server_error"),
    502: ("upstream_error", "upstream_error"),
    503: ("service_unavailable", "server_error"),
    504: ("gateway_timeout", "timeout_error"),
}

_DEFAULT_DESCRIPTIONS: dict[int, str] = {
    400: "Bad request",
    401: "missing_or_invalid_authorization_header",
    402: "Insufficient funds",
    403: "Forbidden",
    404: "Not found",
    413: "payload_too_large",
    429: "This API key has reached its request limit.",
    500: "Internal gateway error",
    502: "Upstream provider error",
    503: "Service temporarily unavailable",
}


def default_code(status: int) -> str:
    """The gateway's ``error`` code for ``status`` when nothing more specific applies.

    >>> default_code(429), default_code(418)
    ('key_limit_exceeded', 'error')
    """
    return _CODE_AND_TYPE.get(status, ("error", ""))[0]


def path_of(param: str) -> list[str | int]:
    """``"messages[0].role"`` → ``["messages", 0, "role"]`` (the gateway's ``details[].path``).

    >>> path_of("messages[0].content[1].type")
    ['messages', 0, 'content', 1, 'type']
    """
    return [int(index) if index else name for name, index in _PATH_PART.findall(param)]


def error_body(
    status: int,
    message: str | None = None,
    *,
    code: str | None = None,
    param: str | None = None,
    details: Sequence[Mapping[str, Any]] = (),
    extra: Mapping[str, Any] | None = None,
    generation_id: str = UNKNOWN_GENERATION_ID,
    style: ErrorStyle = DEFAULT_ERROR_STYLE,
) -> dict[str, Any]:
    """The error body for ``status`` in ``style``.

    ``details`` are the failing fields (``{"message", "path", "keyword", "params"}``); ``extra``
    adds top-level fields the gateway sends for some errors (``reason``, ``debug``, ...).

    >>> error_body(401)["error"]
    'unauthorised'
    >>> error_body(400, "bad", code="validation_error", style="openai")["error"]["code"]
    'validation_error'
    """
    gateway_code, openai_type = _CODE_AND_TYPE.get(
        status, ("error", "invalid_request_error" if status < 500 else "server_error")
    )
    text = message or _DEFAULT_DESCRIPTIONS.get(status, f"HTTP {status}")
    if style == "openai":
        return {
            "error": {
                "message": text,
                "type": openai_type,
                "param": param,
                "code": code or gateway_code,
            }
        }
    body: dict[str, Any] = {
        "generation_id": generation_id,
        "status_code": status,
        "error": code or gateway_code,
        "error_type": "user" if status < 500 else "system",
        "error_origin": "upstream" if status == 502 else "user" if status < 500 else "gateway",
        "description": text,
    }
    if not details and param:
        details = [{"message": text, "path": path_of(param), "keyword": "custom", "params": {}}]
    if details:
        body["details"] = [dict(detail) for detail in details]
    if extra:
        body.update(extra)
    return body
