"""Turning what the caller passed into the JSON body and headers of one request. Pure.

A request may arrive as a plain dict (the gateway's documented Python form), as the generated
``CreateChatCompletionRequest`` model, or as keyword arguments; messages and other parts may be
dicts or typed models. All forms produce the same JSON. Obvious type mistakes are reported
before anything is sent, naming the field, because a 400 from the server costs a round trip
and may be retried by nobody.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any, Final, Protocol

import orjson

from aistats_api.request_fields import BOOLEAN_FIELDS, DISCRIMINATORS, INTEGER_FIELDS, NUMBER_FIELDS

from ._exceptions import InvalidArgumentError, InvalidArgumentTypeError
from ._version import __version__

USER_AGENT: Final = f"aistats-client/{__version__}"

# What the spec says of the request's fields, generated from it: a field added to openapi.yaml
# is checked here after `make generate`, with no edit.
# Messages are told apart by a discriminator (`role`) whose values the spec lists; a spec whose
# messages had none would leave them unchecked here rather than break the import.
_ROLE_KEY, KNOWN_ROLES = DISCRIMINATORS.get("messages", ("role", frozenset()))
_NUMBER_FIELDS: Final = sorted(NUMBER_FIELDS)
_INTEGER_FIELDS: Final = sorted(INTEGER_FIELDS)
_BOOLEAN_FIELDS: Final = sorted(BOOLEAN_FIELDS)


class _Serialisable(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


def build_body(
    request: Mapping[str, Any] | _Serialisable | None,
    params: Mapping[str, Any],
    *,
    stream: bool,
    extra_body: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The JSON body: `request` merged with keyword `params`, `stream` forced, `extra_body` last.

    >>> build_body({"model": "m", "messages": [{"role": "user", "content": "hi"}]}, {},
    ...            stream=False)
    {'model': 'm', 'messages': [{'role': 'user', 'content': 'hi'}], 'stream': False}
    """
    if request is None:
        body: dict[str, Any] = {}
    elif isinstance(request, Mapping):
        body = dict(request)
    elif hasattr(request, "to_dict"):
        body = request.to_dict()
    else:
        raise InvalidArgumentTypeError(
            f"request must be a dict or a CreateChatCompletionRequest, got {type(request).__name__}"
        )
    body.update(params)
    body = {key: to_json_value(value, key) for key, value in body.items()}
    if extra_body:
        body.update({key: to_json_value(value, key) for key, value in extra_body.items()})
    # Last: generate_text must get JSON back and stream_text must get events back.
    body["stream"] = stream
    check_body(body)
    return body


def encode_body(body: Mapping[str, Any]) -> bytes:
    """The JSON bytes of `body` (from `build_body`). A value JSON cannot carry (an integer
    beyond 64 bits, a string holding a lone surrogate) raises ValueError naming its field."""
    try:
        return orjson.dumps(body)
    except orjson.JSONEncodeError as exc:
        where = _unencodable_field(body) or "the request body"
        raise InvalidArgumentError(f"{where} cannot be sent as JSON: {exc}") from None


def _unencodable_field(value: Any, where: str = "") -> str | None:
    """The path of the first value orjson refuses (only walked once encoding has failed)."""
    if isinstance(value, Mapping):
        children: Any = ((f"{where}.{key}" if where else str(key), v) for key, v in value.items())
    elif isinstance(value, list):
        children = ((f"{where}[{index}]", v) for index, v in enumerate(value))
    else:
        try:
            orjson.dumps(value)
        except orjson.JSONEncodeError:
            return where
        return None
    for path, child in children:
        found = _unencodable_field(child, path)
        if found is not None:
            return found
    return None


def to_json_value(value: Any, where: str) -> Any:
    """`value` with every typed model replaced by its dict and every sequence (a tuple, any
    `Sequence` but a string or bytes) by a list, recursively: the request types accept any
    sequence where the spec has an array.

    NaN and infinity are refused: `json.dumps` would write them as bare `NaN`/`Infinity`,
    which is not JSON, and the gateway would reject the whole body.
    """
    if value is None or isinstance(value, str | int | bool):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidArgumentError(
                f"{where}: {value!r} cannot be sent (JSON has no NaN or infinity)"
            )
        return value
    if isinstance(value, Mapping):
        return {str(k): to_json_value(v, f"{where}.{k}") for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json_value(v, f"{where}[{i}]") for i, v in enumerate(value)]
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_json_value(to_dict(), where)
    if isinstance(value, Sequence) and not isinstance(value, bytes | bytearray):
        return [to_json_value(v, f"{where}[{i}]") for i, v in enumerate(value)]
    raise InvalidArgumentTypeError(f"{where}: {type(value).__name__} is not JSON-serialisable")


def check_body(body: Mapping[str, Any]) -> None:
    """Raise TypeError/ValueError naming the field for mistakes the server would reject anyway."""
    model = body.get("model")
    if model is None:
        raise InvalidArgumentTypeError("model is required (e.g. model='openai/gpt-4o-mini')")
    if not isinstance(model, str) or not model:
        raise InvalidArgumentTypeError(f"model must be a non-empty string, got {model!r}")
    if "messages" not in body:
        raise InvalidArgumentTypeError(
            "messages is required: a list of {'role': ..., 'content': ...} dicts"
        )
    messages = body["messages"]
    if not isinstance(messages, list):
        raise InvalidArgumentTypeError(f"messages must be a list, got {type(messages).__name__}")
    if not messages:
        raise InvalidArgumentError("messages must contain at least one message")
    for index, message in enumerate(messages):
        _check_message(message, index)
    for name in _NUMBER_FIELDS:
        value = body.get(name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise InvalidArgumentTypeError(f"{name} must be a number, got {value!r}")
    for name in _INTEGER_FIELDS:
        value = body.get(name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise InvalidArgumentTypeError(f"{name} must be an integer, got {value!r}")
    for name in _BOOLEAN_FIELDS:
        value = body.get(name)
        if value is not None and not isinstance(value, bool):
            raise InvalidArgumentTypeError(f"{name} must be true or false, got {value!r}")
    stop = body.get("stop")
    if stop is not None and not isinstance(stop, str) and not _is_list_of_str(stop):
        raise InvalidArgumentTypeError(f"stop must be a string or a list of strings, got {stop!r}")
    tools = body.get("tools")
    if tools is not None and not isinstance(tools, list):
        raise InvalidArgumentTypeError(f"tools must be a list, got {type(tools).__name__}")


def _check_message(message: Any, index: int) -> None:
    where = f"messages[{index}]"
    if not isinstance(message, Mapping):
        raise InvalidArgumentTypeError(
            f"{where} must be a dict with 'role' and 'content', got {type(message).__name__}"
        )
    role = message.get(_ROLE_KEY)
    if KNOWN_ROLES and role not in KNOWN_ROLES:
        raise InvalidArgumentError(
            f"{where}.{_ROLE_KEY} must be one of {', '.join(sorted(KNOWN_ROLES))}; got {role!r}"
        )
    content = message.get("content")
    if content is not None and not isinstance(content, str | list):
        raise InvalidArgumentTypeError(
            f"{where}.content must be a string or a list of parts, got {type(content).__name__}"
        )
    if isinstance(content, list):
        for part_index, part in enumerate(content):
            if not isinstance(part, Mapping) or not isinstance(part.get("type"), str):
                raise InvalidArgumentTypeError(
                    f"{where}.content[{part_index}] must be a dict with a 'type'"
                )


def _is_list_of_str(value: Any) -> bool:
    return isinstance(value, Sequence) and all(isinstance(item, str) for item in value)


def build_headers(
    api_key: str,
    *,
    stream: bool,
    default_headers: Mapping[str, str] | None,
    extra_headers: Mapping[str, str] | None,
) -> dict[str, str]:
    """Headers of one request; caller-supplied headers override ours, whatever the case of
    their names (`authorization` replaces `Authorization` rather than being sent beside it)."""
    headers = {
        "Authorization": f"Bearer {api_key}",
        "Content-Type": "application/json",
        "Accept": "text/event-stream" if stream else "application/json",
        "User-Agent": USER_AGENT,
    }
    for overrides in (default_headers, extra_headers):
        if not overrides:
            continue
        if overrides is extra_headers:
            check_headers(overrides)
        given = {name.lower() for name in overrides}
        headers = {name: value for name, value in headers.items() if name.lower() not in given}
        headers.update(overrides)
    return headers


# The client frames the body itself: a second length or coding would break the request.
FRAMING_HEADERS: Final = frozenset({"content-length", "transfer-encoding"})

_TOKEN_CHARACTERS: Final = frozenset(
    "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
)


def check_headers(headers: Mapping[str, str]) -> None:
    """Raise TypeError/ValueError naming a header that cannot be sent, before anything is.

    The value is never quoted (it may hold a secret): the HTTP layer's own error for a line
    break in a header would print it whole, and a `TypeError` from it would not say which
    header was wrong.
    """
    for name, value in headers.items():
        if not isinstance(name, str) or not name or not _TOKEN_CHARACTERS.issuperset(name):
            raise InvalidArgumentError(f"{name!r} is not a valid HTTP header name")
        if name.lower() in FRAMING_HEADERS:
            raise InvalidArgumentError(f"header {name} is set by the client from the body")
        if not isinstance(value, str):
            kind = type(value).__name__
            raise InvalidArgumentTypeError(f"header {name}: the value must be a string, got {kind}")
        if not value.isascii() or not value.isprintable():
            raise InvalidArgumentError(
                f"header {name}: the value contains a line break, a control character or a "
                "non-ASCII character, which cannot be sent in an HTTP header"
            )
