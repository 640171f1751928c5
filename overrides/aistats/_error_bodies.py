"""What an error body says, in either of the two forms that reach a client. Pure: no I/O.

The gateway's own form (every error its code sends)::

    {"generation_id": "G-01K…", "status_code": 400, "error": "validation_error",
     "error_type": "user", "error_origin": "user",
     "description": "Too small: expected string to have >=1 characters at model",
     "details": [{"message": "Too small: …", "path": ["model"], "keyword": "too_small",
                  "params": {}}]}

OpenAI's object form, which proxies and upstream pass-through still send::

    {"error": {"message": "…", "type": "invalid_request_error", "param": "model",
               "code": "invalid_value"}}

`read_error_body` turns either (or an HTML page, or nothing) into `ErrorFacts`: the one-line
message of the exception and the fields it exposes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from aistats_api.models.error_response import ErrorResponse

__all__ = [
    "ErrorFacts",
    "error_detail",
    "error_message_from_body",
    "json_path",
    "parse_reset_time",
    "read_error_body",
]

# How much of a non-JSON body (an HTML page from a proxy, say) goes into a message.
BODY_EXCERPT_CHARS: Final = 200
# How many failing fields a message names before it says "and N more".
MAX_FIELDS_IN_MESSAGE: Final = 5
# Headers that carry a request id, most specific first. The gateway sends none (its id is in
# the body), but proxies and other deployments do.
REQUEST_ID_HEADERS: Final = ("x-request-id", "request-id", "x-generation-id", "cf-ray")
# Body fields that carry the id, in order: an explicit request id, the gateway's generation id
# (`G-<ulid>`), an id a proxy puts at the top level.
REQUEST_ID_FIELDS: Final = ("request_id", "generation_id", "id")
# What the gateway writes as `generation_id` before it assigned one: not an id.
UNKNOWN_ID: Final = "unknown"
# An epoch timestamp above this is in milliseconds (seconds would be the year 5138).
_EPOCH_MILLISECONDS_FROM: Final = 100_000_000_000


@dataclass(frozen=True, slots=True)
class ErrorFacts:
    """What an error response says: the message and the fields of `APIStatusError`."""

    message: str
    code: str | None = None
    param: str | None = None
    type: str | None = None
    request_id: str | None = None
    reset_at: datetime | None = None
    fields: tuple[str, ...] = ()


def read_error_body(
    status_code: int,
    body: object,
    reason: str = "",
    headers: Mapping[str, str] | None = None,
) -> ErrorFacts:
    """Read an error response. `body` is the parsed JSON when the body was JSON, else its text.

    >>> facts = read_error_body(400, {"error": "validation_error", "description": "Bad at model",
    ...     "details": [{"message": "Bad", "path": ["model"]}]}, "Bad Request")
    >>> facts.code, facts.param, facts.message
    ('validation_error', 'model', 'Error code: 400 Bad Request - validation_error: Bad at model')
    """
    request_id = _request_id_from_headers(headers) if headers is not None else None
    if not isinstance(body, Mapping):
        return ErrorFacts(
            message=error_message_from_body(status_code, body, reason), request_id=request_id
        )
    error = body.get("error")
    fields = _failing_fields(body.get("details"))
    if isinstance(error, Mapping):  # OpenAI's object form
        code = _text(error.get("code"))
        param = _text(error.get("param"))
        type_ = _text(error.get("type"))
        if param is not None and not fields:
            fields = (param,)
    else:
        code = _text(error)
        param = fields[0] if fields else _text(body.get("param"))
        type_ = _text(body.get("error_type")) or _text(body.get("type"))
    return ErrorFacts(
        message=error_message_from_body(status_code, body, reason),
        code=code,
        param=param,
        type=type_,
        request_id=request_id or _request_id_from_body(body, error),
        reset_at=_reset_at(body, error),
        fields=fields,
    )


def typed_error_body(body: object) -> ErrorResponse | None:
    """`body` as the spec's `ErrorResponse`, or None when it is not an error object."""
    # `error` is a code or an object; the generated union reads anything else as a code.
    if not isinstance(body, Mapping) or not isinstance(body.get("error"), str | Mapping):
        return None
    from aistats_api.models.error_response import ErrorResponse

    try:
        return ErrorResponse.from_dict(body)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def error_message_from_body(status_code: int, body: object, reason: str = "") -> str:
    """A one-line message for an error response, in the server's own words, naming the
    failing fields. `status_code` 0 leaves out the "Error code" prefix's number.

    >>> error_message_from_body(429, {"error": {"message": "Slow down"}}, "Too Many Requests")
    'Error code: 429 Too Many Requests - Slow down'
    """
    prefix = f"Error code: {status_code}" + (f" {reason}" if reason else "")
    detail = error_detail(body)
    if not detail:
        return f"{prefix} (empty response body)" if body in ("", None) else prefix
    return f"{prefix} - {detail}"


def error_detail(body: object) -> str | None:
    """What an error body says, in the server's words, naming the failing fields; None when
    it says nothing readable.

    >>> error_detail({"error": "validation_error", "description": "Bad at model"})
    'validation_error: Bad at model'
    """
    return _text_excerpt(body) if isinstance(body, str) else _message_from_json(body)


def json_path(parts: Sequence[object]) -> str | None:
    """`["messages", 0, "role"]` → `"messages[0].role"`; `[]` → None.

    >>> json_path(["messages", 0, "content", 1, "image_url"])
    'messages[0].content[1].image_url'
    """
    text = ""
    for part in parts:
        if isinstance(part, int) and not isinstance(part, bool):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text or None


def parse_reset_time(value: object) -> datetime | None:
    """A reset time as the gateway writes it (ISO 8601) or as epoch seconds or milliseconds.

    >>> parse_reset_time("2026-05-09T23:59:59.000Z")
    datetime.datetime(2026, 5, 9, 23, 59, 59, tzinfo=datetime.timezone.utc)
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if value >= _EPOCH_MILLISECONDS_FROM else value
        try:
            return datetime.fromtimestamp(seconds, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, str) and value.strip():
        try:
            parsed = datetime.fromisoformat(value.strip())
        except ValueError:
            return None
        return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)
    return None


# -- internals -------------------------------------------------------------------------------


def _message_from_json(body: object) -> str | None:
    if not isinstance(body, Mapping):
        return None
    error = body.get("error")
    if isinstance(error, Mapping):
        message = _text(error.get("message"))
        param = _text(error.get("param"))
        if message and param and param not in message:
            return f"{message} (param: {param})"
        return message or _text(error.get("code"))
    text = _text(body.get("description")) or _text(body.get("message"))
    text = text or _text(body.get("reason")) or _text(body.get("detail"))
    code = _text(error)
    detail = f"{code}: {text}" if code and text and text != code else code or text
    if detail is None:
        return None
    fields = _failing_fields(body.get("details"))
    if len(fields) > 1 or (fields and fields[0] not in detail and _dotted(fields[0]) not in detail):
        shown = ", ".join(fields[:MAX_FIELDS_IN_MESSAGE])
        more = len(fields) - MAX_FIELDS_IN_MESSAGE
        detail += f" (failing fields: {shown}{f' and {more} more' if more > 0 else ''})"
    return detail


def _failing_fields(details: object) -> tuple[str, ...]:
    """The path of each item of a `details` list, as `messages[0].role`, once each."""
    if not isinstance(details, list):
        return ()
    fields: list[str] = []
    for item in details:
        if not isinstance(item, Mapping):
            continue
        path = item.get("path")
        name = json_path(path) if isinstance(path, list) else _text(path)
        if name and name not in fields:
            fields.append(name)
    return tuple(fields)


def _dotted(field: str) -> str:
    """`messages[0].role` as the gateway's descriptions write it: `messages.0.role`."""
    return field.replace("[", ".").replace("]", "")


def _request_id_from_headers(headers: Mapping[str, str]) -> str | None:
    for name in REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return value
    return None


def _request_id_from_body(body: Mapping[str, object], error: object) -> str | None:
    for container in (body, error):
        if not isinstance(container, Mapping):
            continue
        for name in REQUEST_ID_FIELDS:
            value = _text(container.get(name))
            if value and value != UNKNOWN_ID:
                return value
    return None


def _reset_at(body: Mapping[str, object], error: object) -> datetime | None:
    """When a limit resets: at the top level, in an object-form error, or (the gateway with
    `x-gateway-debug: true`) in the inner error the gateway keeps under `debug.upstream`."""
    debug = body.get("debug")
    upstream = debug.get("upstream") if isinstance(debug, Mapping) else None
    for container in (body, error, upstream):
        if isinstance(container, Mapping) and "reset_at" in container:
            reset_at = parse_reset_time(container["reset_at"])
            if reset_at is not None:
                return reset_at
    return None


def _text(value: object) -> str | None:
    """A non-empty string, or a number as text (some servers send numeric codes)."""
    if isinstance(value, str):
        return value or None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def _text_excerpt(body: str) -> str | None:
    text = " ".join(_strip_markup(body).split())
    if not text:
        return None
    return text[:BODY_EXCERPT_CHARS] + ("…" if len(text) > BODY_EXCERPT_CHARS else "")


def _strip_markup(text: str) -> str:
    """Reduce an HTML error page to its visible words (title first), cheaply."""
    if "<" not in text:
        return text
    title = re.search(r"<title[^>]*>(.*?)</title>", text, re.IGNORECASE | re.DOTALL)
    without_head = re.sub(
        r"<(script|style|head)[^>]*>.*?</\1>", " ", text, flags=re.IGNORECASE | re.DOTALL
    )
    visible = re.sub(r"<[^>]+>", " ", without_head)
    if title and title.group(1).strip() and title.group(1).strip() not in visible:
        return f"{title.group(1).strip()} {visible}"
    return visible
