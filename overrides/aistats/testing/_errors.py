"""Error bodies shaped like the real gateway's.

The gateway answers errors with ``{"error": {...}, "status_code", "error_type", "error_origin"}``;
clients parse that shape, so every error the mock produces (401, 400, 404, scripted errors) uses it.
"""

from __future__ import annotations

from typing import Any

# OpenAI-style ``error.type`` and gateway ``error.code`` for the statuses the gateway documents.
_TYPE_AND_CODE: dict[int, tuple[str, str]] = {
    400: ("invalid_request_error", "invalid_request"),
    401: ("authentication_error", "unauthorized"),
    402: ("payment_required", "insufficient_credits"),
    403: ("permission_error", "forbidden"),
    404: ("not_found_error", "not_found"),
    405: ("invalid_request_error", "method_not_allowed"),
    408: ("timeout_error", "request_timeout"),
    409: ("conflict_error", "conflict"),
    422: ("invalid_request_error", "unprocessable_entity"),
    429: ("rate_limit_error", "rate_limited"),
    500: ("server_error", "internal_error"),
    502: ("upstream_error", "bad_gateway"),
    503: ("server_error", "service_unavailable"),
    504: ("timeout_error", "gateway_timeout"),
}

_DEFAULT_MESSAGES: dict[int, str] = {
    400: "Bad request",
    401: "Missing or invalid API key: send 'Authorization: Bearer <key>'",
    402: "Insufficient credits",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    429: "Rate limit exceeded, retry later",
    500: "Internal gateway error",
    502: "Upstream provider error",
    503: "Service temporarily unavailable",
}


def error_body(
    status: int,
    message: str | None = None,
    *,
    error_type: str | None = None,
    code: str | None = None,
    param: str | None = None,
) -> dict[str, Any]:
    """Build the gateway's error body for ``status``.

    >>> error_body(401)["error"]["type"]
    'authentication_error'
    """
    default_type, default_code = _TYPE_AND_CODE.get(
        status, ("invalid_request_error", "error") if status < 500 else ("server_error", "error")
    )
    return {
        "error": {
            "message": message or _DEFAULT_MESSAGES.get(status, f"HTTP {status}"),
            "type": error_type or default_type,
            "param": param,
            "code": code or default_code,
        },
        "status_code": status,
        "error_type": "user" if status < 500 else "system",
        "error_origin": "upstream" if status == 502 else "gateway",
    }
