"""Defaults, written once, and how settings are resolved from arguments and the environment."""

from __future__ import annotations

import functools
import os
import re
import ssl
from typing import Final

import httpx

from ._exceptions import ConfigurationError, InvalidArgumentError, InvalidArgumentTypeError

DEFAULT_BASE_URL: Final = "https://api.phaseo.app/v1"
DEFAULT_TIMEOUT_SECONDS: Final = 600.0
DEFAULT_CONNECT_TIMEOUT_SECONDS: Final = 5.0
DEFAULT_TIMEOUT: Final = httpx.Timeout(
    DEFAULT_TIMEOUT_SECONDS, connect=DEFAULT_CONNECT_TIMEOUT_SECONDS
)
DEFAULT_MAX_RETRIES: Final = 2
# Model calls a tool run (`run_tools`) makes at most, unless told otherwise.
DEFAULT_MAX_STEPS: Final = 8
# Enough connections for hundreds of concurrent streams on one client; idle ones are kept
# for reuse so sequential calls never pay for a new TCP (and TLS) handshake.
DEFAULT_LIMITS: Final = httpx.Limits(max_connections=1000, max_keepalive_connections=100)


@functools.cache
def default_ssl_context() -> ssl.SSLContext:
    """One verified TLS context for every client the process builds: httpx would build one per
    client, loading the certificate bundle each time (about 40 ms a client). Built on first
    use, so `SSL_CERT_FILE` / `SSL_CERT_DIR` are read then; pass `http_client=` for another."""
    return httpx.create_ssl_context()


API_KEY_ENV_VARS: Final = ("AI_STATS_API_KEY", "PHASEO_API_KEY")
BASE_URL_ENV_VARS: Final = ("AI_STATS_BASE_URL", "PHASEO_BASE_URL")
LOG_ENV_VAR: Final = "AISTATS_LOG"
# The endpoint's path below the base URL; a base URL that ends in it is a mistake.
CHAT_COMPLETIONS_PATH: Final = "chat/completions"


def resolve_api_key(api_key: str | None) -> str:
    """The argument, else the first API-key environment variable that is set.

    Surrounding whitespace (the newline of a key read from a file) is dropped. A key that
    still cannot go into an HTTP header is refused here, by a message that does not quote
    it: sent as is, the HTTP layer's own error would print the whole header, key included.
    """
    if api_key is not None and not isinstance(api_key, str):
        raise InvalidArgumentTypeError(f"api_key must be a string, got {type(api_key).__name__}")
    key, source = (api_key, "api_key") if api_key else _api_key_from_environment()
    key = key.strip()
    if not key:
        raise ConfigurationError(
            "No API key: pass api_key=... or set one of the environment variables "
            + " or ".join(API_KEY_ENV_VARS)
            + "."
        )
    for position, character in enumerate(key):
        if not " " <= character <= "~":
            kind = "a non-ASCII" if character > "~" else "a control"
            raise ConfigurationError(
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
    url = _checked_base_url(base_url)
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
        raise InvalidArgumentError(
            f"timeout must be a positive number of seconds or an httpx.Timeout, got {timeout!r}"
        )
    return httpx.Timeout(
        float(timeout), connect=min(float(timeout), DEFAULT_CONNECT_TIMEOUT_SECONDS)
    )


def resolve_total_timeout(total_timeout: float | None) -> float | None:
    """None (the call's limit is its read timeout), or a positive number of seconds."""
    if total_timeout is None:
        return None
    if (
        isinstance(total_timeout, bool)
        or not isinstance(total_timeout, int | float)
        or not total_timeout > 0
    ):
        raise InvalidArgumentError(
            f"total_timeout must be a positive number of seconds or None, got {total_timeout!r}"
        )
    return float(total_timeout)


def resolve_max_retries(max_retries: int) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise InvalidArgumentError(
            f"max_retries must be a non-negative integer, got {max_retries!r}"
        )
    return max_retries


def _checked_base_url(base_url: str | httpx.URL) -> httpx.URL:
    """`base_url` parsed, or a `ConfigurationError` naming what is wrong with it: found here,
    not after three retries of a request that could never be sent."""
    text = str(base_url)
    # Messages show the URL without any `user:password@` it holds (the URL itself keeps it).
    shown = _USERINFO.sub("", text)
    try:
        url = httpx.URL(text)
    except (httpx.InvalidURL, TypeError, ValueError):
        raise ConfigurationError(f"base_url {shown!r} is not a URL.") from None
    if "://" not in text:  # "localhost:8000" parses as the scheme "localhost"
        raise ConfigurationError(
            f"base_url {shown!r} has no scheme: write it as https://host/v1 "
            f"(the default is {DEFAULT_BASE_URL})."
        )
    if not url.host:
        raise ConfigurationError(f"base_url {shown!r} has no host.")
    if url.scheme not in ("http", "https"):
        raise ConfigurationError(
            f"base_url {shown!r} has the scheme {url.scheme!r}: only http and https are used."
        )
    path = url.path.rstrip("/")
    if path.endswith(_ENDPOINT_SUFFIX):
        base = shown[: shown.rindex(_ENDPOINT_SUFFIX)]
        raise ConfigurationError(
            f"base_url {shown!r} already ends in {_ENDPOINT_SUFFIX}: give the API's "
            f"base, e.g. {base!r}; the client adds the endpoint's path."
        )
    return url


_ENDPOINT_SUFFIX: Final = "/" + CHAT_COMPLETIONS_PATH
_USERINFO: Final = re.compile(r"(?<=://)[^/@]*@")
