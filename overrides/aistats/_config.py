"""Defaults, written once, and how settings are resolved from arguments and the environment."""

from __future__ import annotations

import os
from typing import Final

import httpx

from ._exceptions import AIStatsError

DEFAULT_BASE_URL: Final = "https://api.phaseo.app/v1"
DEFAULT_TIMEOUT_SECONDS: Final = 600.0
DEFAULT_CONNECT_TIMEOUT_SECONDS: Final = 5.0
DEFAULT_TIMEOUT: Final = httpx.Timeout(
    DEFAULT_TIMEOUT_SECONDS, connect=DEFAULT_CONNECT_TIMEOUT_SECONDS
)
DEFAULT_MAX_RETRIES: Final = 2
# Enough connections for hundreds of concurrent streams on one client; idle ones are kept
# for reuse so sequential calls never pay for a new TCP (and TLS) handshake.
DEFAULT_LIMITS: Final = httpx.Limits(max_connections=1000, max_keepalive_connections=100)

API_KEY_ENV_VARS: Final = ("AI_STATS_API_KEY", "PHASEO_API_KEY")
BASE_URL_ENV_VARS: Final = ("AI_STATS_BASE_URL", "PHASEO_BASE_URL")
LOG_ENV_VAR: Final = "AISTATS_LOG"


def resolve_api_key(api_key: str | None) -> str:
    """The argument, else the first API-key environment variable that is set.

    Surrounding whitespace (the newline of a key read from a file) is dropped. A key that
    still cannot go into an HTTP header is refused here, by a message that does not quote
    it: sent as is, the HTTP layer's own error would print the whole header, key included.
    """
    if api_key is not None and not isinstance(api_key, str):
        raise TypeError(f"api_key must be a string, got {type(api_key).__name__}")
    key, source = (api_key, "api_key") if api_key else _api_key_from_environment()
    key = key.strip()
    if not key:
        raise AIStatsError(
            "No API key: pass api_key=... or set one of the environment variables "
            + " or ".join(API_KEY_ENV_VARS)
            + "."
        )
    for position, character in enumerate(key):
        if not " " <= character <= "~":
            kind = "a non-ASCII" if character > "~" else "a control"
            raise AIStatsError(
                f"The API key ({source}) contains {kind} character at position {position}, "
                "which cannot be sent in an HTTP header; check where the key was copied from."
            )
    return key


def _api_key_from_environment() -> tuple[str, str]:
    for name in API_KEY_ENV_VARS:
        value = os.environ.get(name)
        if value:
            return value, name
    return "", "environment"


def resolve_base_url(base_url: str | httpx.URL | None) -> httpx.URL:
    """The argument, else the environment, else the public gateway; always ending in `/`."""
    if not base_url:
        base_url = next(
            (os.environ[name] for name in BASE_URL_ENV_VARS if os.environ.get(name)),
            DEFAULT_BASE_URL,
        )
    url = httpx.URL(str(base_url))
    # A trailing slash makes relative joins keep the `/v1` path segment.
    if not url.raw_path.endswith(b"/"):
        url = url.copy_with(raw_path=url.raw_path + b"/")
    return url


def resolve_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    """A number means that many seconds for every phase, with connecting capped at the default."""
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        raise ValueError(
            f"timeout must be a positive number of seconds or an httpx.Timeout, got {timeout!r}"
        )
    return httpx.Timeout(
        float(timeout), connect=min(float(timeout), DEFAULT_CONNECT_TIMEOUT_SECONDS)
    )


def resolve_max_retries(max_retries: int) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ValueError(f"max_retries must be a non-negative integer, got {max_retries!r}")
    return max_retries
