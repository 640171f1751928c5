"""Building exceptions (one module: `aistats._error_building`) and which of them are retried."""

from __future__ import annotations

import httpx
import pytest

from aistats import APIConnectionError, APIError, APIStreamError, IncompleteStreamError
from aistats._base_client import make_options, next_retry_delay, prepare_call
from aistats._error_building import stream_error, transport_error
from aistats._secrets import REDACTED

KEY = "sk-unit-9f8e7d6c"


def call_with_retries() -> object:
    options = make_options(KEY, "http://127.0.0.1:9/v1", 30, 2, None)
    return prepare_call(
        options, None, {"model": "m", "messages": [{"role": "user", "content": "x"}]}, stream=True
    )


def request() -> httpx.Request:
    return httpx.Request(
        "POST", "http://127.0.0.1:9/v1/chat/completions", headers={"Authorization": f"Bearer {KEY}"}
    )


@pytest.mark.parametrize(
    "error",
    [
        stream_error({"error": {"message": "upstream failed"}}),
        IncompleteStreamError("cut", partial=None),
    ],
    ids=["error-frame", "incomplete-stream"],
)
def test_a_failure_of_a_started_stream_is_never_retried(error: APIError) -> None:
    """Chunks were handed out already: resending would repeat them. Decided by the error's
    type, whatever code raised it (an `IncompleteStreamError` is an `APIConnectionError`)."""
    call = call_with_retries()
    assert next_retry_delay(call, error, 0) is None
    # ... while a connection error of the same call is retried.
    assert next_retry_delay(call, APIConnectionError("refused"), 0) is not None


def test_a_stream_error_message_is_the_frames_own_words_redacted() -> None:
    error = stream_error({"error": {"message": f"bad key {KEY}"}}, request())
    assert str(error) == f"The gateway reported an error mid-stream: bad key {REDACTED}"
    assert KEY not in repr(error.payload)
    assert isinstance(error, APIStreamError)


def test_a_transport_error_names_host_and_port_not_the_key() -> None:
    error = transport_error(httpx.ConnectError("refused"), request())
    assert "127.0.0.1:9" in str(error)
    assert KEY not in str(error)
