"""Keeping the API key out of everything a user may print: messages, bodies kept on
exceptions, log lines. Should a server or proxy quote the key back, it is replaced wherever
it appears."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    import httpx

REDACTED: Final = "<redacted>"
_BEARER_PREFIX: Final = "bearer "


def api_keys_of(request: httpx.Request | None) -> tuple[str, ...]:
    """Every bearer key a request sent (one, unless a caller's header added another)."""
    if request is None:
        return ()
    keys = []
    for authorization in request.headers.get_list("authorization", split_commas=True):
        if authorization[: len(_BEARER_PREFIX)].lower() == _BEARER_PREFIX:
            key = authorization[len(_BEARER_PREFIX) :].strip()
            if key:
                keys.append(key)
    return tuple(keys)


def redact_api_key(text: str, request: httpx.Request | None) -> str:
    """`text` without the API key the request sent, should a server have echoed it."""
    if request is None or not text:
        return text
    return _redact_text(text, api_keys_of(request))


def redact_in(value: Any, request: httpx.Request | None) -> Any:
    """A copy of `value` (parsed JSON) with the request's key replaced in every string, keys
    included. Used on error frames and bodies, which are rare: no fast path needed."""
    keys = api_keys_of(request)
    if not keys:
        return value
    return _redact_json(value, keys)


def _redact_text(text: str, keys: tuple[str, ...]) -> str:
    for key in keys:
        if key in text:
            text = text.replace(key, REDACTED)
    return text


def _redact_json(value: Any, keys: tuple[str, ...]) -> Any:
    if isinstance(value, str):
        return _redact_text(value, keys)
    if isinstance(value, Mapping):
        return {_redact_json(k, keys): _redact_json(v, keys) for k, v in value.items()}
    if isinstance(value, list):
        return [_redact_json(item, keys) for item in value]
    return value
