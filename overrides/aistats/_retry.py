"""When to retry a failed attempt, and how long to wait first. Pure: no I/O, no clock reads
except through arguments, so sync and async clients share it and tests feed it values."""

from __future__ import annotations

import email.utils
import random
from collections.abc import Callable, Mapping
from typing import Final

INITIAL_RETRY_DELAY: Final = 0.5
MAX_RETRY_DELAY: Final = 8.0
# A server asking for a longer pause than this is not waited for: the error is raised instead.
MAX_RETRY_AFTER: Final = 60.0
# Jitter takes up to a quarter off each backoff delay, so clients that failed together
# don't retry together.
JITTER_FRACTION: Final = 0.25

RETRYABLE_STATUS_CODES: Final = frozenset({408, 409, 429, 500, 502, 503, 504})
# Gateway error codes that no quick retry can cure, whatever their status: a key's daily,
# weekly or monthly limit does not lift in seconds. Retried only when the body says the limit
# resets within MAX_RETRY_AFTER.
LASTING_ERROR_CODES: Final = frozenset({"key_limit_exceeded"})


def is_retryable_status(status_code: int, code: str | None = None) -> bool:
    """408, 409, 429 and the 5xx codes that signal a passing condition, unless the gateway's
    error `code` says the condition lasts."""
    return status_code in RETRYABLE_STATUS_CODES and code not in LASTING_ERROR_CODES


def retry_after_seconds(headers: Mapping[str, str], now: float) -> float | None:
    """The pause the server asked for, from `retry-after-ms` or `Retry-After` (seconds or an
    HTTP date, relative to the Unix time `now`); None when it asked for none we can read."""
    millis = headers.get("retry-after-ms")
    if millis:
        try:
            value = float(millis) / 1000
        except ValueError:
            value = -1.0
        if value >= 0:
            return value
    header = headers.get("retry-after")
    if not header:
        return None
    try:
        value = float(header)
    except ValueError:
        parsed = email.utils.parsedate_tz(header)
        if parsed is None:
            return None
        value = email.utils.mktime_tz(parsed) - now
        return max(value, 0.0)
    return value if value >= 0 else None


def backoff_delay(retries_done: int, rand: Callable[[], float] = random.random) -> float:
    """Exponential backoff: 0.5 s doubling per retry, capped at 8 s, minus up to 25% jitter."""
    delay: float = min(INITIAL_RETRY_DELAY * 2.0**retries_done, MAX_RETRY_DELAY)
    return delay * (1 - JITTER_FRACTION * rand())


def retry_delay(
    retries_done: int,
    headers: Mapping[str, str] | None,
    now: float,
    rand: Callable[[], float] = random.random,
    *,
    reset_at: float | None = None,
) -> float | None:
    """How long to wait before the next attempt; None when the server asked for more than
    MAX_RETRY_AFTER seconds (waiting that long inside a call helps nobody).

    The server asks with `Retry-After` (or `retry-after-ms`), or, as the gateway does in a
    429's body, with `reset_at`: the Unix time its limit resets. The header wins when both
    are there."""
    wanted = retry_after_seconds(headers, now) if headers is not None else None
    if wanted is None and reset_at is not None:
        wanted = max(reset_at - now, 0.0)
    if wanted is not None:
        return wanted if wanted <= MAX_RETRY_AFTER else None
    return backoff_delay(retries_done, rand)
