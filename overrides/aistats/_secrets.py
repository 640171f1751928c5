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


def api_key_of(request: httpx.Request | None) -> str | None:
    """The bearer key a request sent, if any."""
    if request is None:
        return None
    authorization: str = request.headers.get("authorization", "")
    if authorization[: len(_BEARER_PREFIX)].lower() != _BEARER_PREFIX:
        return None
    return authorization[len(_BEARER_PREFIX) :].strip() or None


def redact_api_key(text: str, request: httpx.Request | None) -> str:
    """`text` without the API key the request sent, should a server have echoed it."""
    if request is None or not text:
        return text
    key = api_key_of(request)
    return text.replace(key, REDACTED) if key and key in text else text


def redact_in(value: Any, request: httpx.Request | None) -> Any:
    """A copy of `value` (parsed JSON) with the request's key replaced in every string, keys
    included. Used on error frames and bodies, which are rare: no fast path needed."""
    key = api_key_of(request)
    if not key:
        return value
    return _redact_json(value, key)


def _redact_json(value: Any, key: str) -> Any:
    if isinstance(value, str):
        return value.replace(key, REDACTED) if key in value else value
    if isinstance(value, Mapping):
        return {_redact_json(k, key): _redact_json(v, key) for k, v in value.items()}
    if isinstance(value, list):
        return [_redact_json(item, key) for item in value]
    return value
