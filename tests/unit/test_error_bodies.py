"""Reading error bodies (both forms), reset times, and when a failed attempt is retried."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest

from aistats._error_bodies import (
    error_message_from_body,
    json_path,
    parse_reset_time,
    read_error_body,
    typed_error_body,
)
from aistats._error_building import status_error
from aistats._retry import MAX_RETRY_AFTER, is_retryable_status, retry_delay
from aistats._secrets import REDACTED, redact_api_key

GATEWAY_400 = {
    "generation_id": "G-01",
    "status_code": 400,
    "error": "validation_error",
    "error_type": "user",
    "error_origin": "user",
    "description": "Too small at model",
    "details": [
        {"message": "Too small", "path": ["model"], "keyword": "too_small", "params": {}},
        {"message": "Bad", "path": ["messages", 0, "content", 2], "keyword": "x", "params": {}},
        {"message": "Bad again", "path": ["model"], "keyword": "y", "params": {}},
    ],
}


def test_the_gateway_form_gives_code_first_field_every_field_type_and_id() -> None:
    facts = read_error_body(400, GATEWAY_400, "Bad Request")
    assert facts.code == "validation_error"
    assert facts.param == "model"
    assert facts.fields == ("model", "messages[0].content[2]")
    assert facts.type == "user"
    assert facts.request_id == "G-01"
    assert facts.message == (
        "Error code: 400 Bad Request - validation_error: Too small at model "
        "(failing fields: model, messages[0].content[2])"
    )


def test_a_single_field_already_named_by_the_description_is_not_repeated() -> None:
    detail = {"message": "Invalid input", "path": ["messages", 1, "content"]}
    body = {"error": "validation_error", "description": "Invalid input at messages.1.content",
            "details": [detail]}  # fmt: skip
    assert read_error_body(400, body).message.endswith("Invalid input at messages.1.content")


def test_a_field_the_description_does_not_name_is_added() -> None:
    body = {"error": "validation_error", "description": "Invalid input",
            "details": [{"message": "Invalid input", "path": ["tools", 0]}]}  # fmt: skip
    assert read_error_body(400, body).message.endswith(
        "validation_error: Invalid input (failing fields: tools[0])"
    )


def test_many_fields_are_cut_after_a_few() -> None:
    details = [{"message": "x", "path": [f"f{i}"]} for i in range(8)]
    message = read_error_body(400, {"error": "validation_error", "details": details}).message
    assert message.endswith("(failing fields: f0, f1, f2, f3, f4 and 3 more)")


def test_the_object_form_fills_the_same_fields() -> None:
    body = {"error": {"message": "Bad value", "type": "invalid_request_error",
                      "param": "temperature", "code": 400, "request_id": "req_9"}}  # fmt: skip
    facts = read_error_body(400, body)
    assert (facts.code, facts.param, facts.type) == ("400", "temperature", "invalid_request_error")
    assert facts.fields == ("temperature",)
    assert facts.request_id == "req_9"
    assert facts.message == "Error code: 400 - Bad value (param: temperature)"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"error": "unauthorised", "description": "unauthorised"}, "unauthorised"),
        ({"error": "insufficient_credits", "message": "Top up"}, "insufficient_credits: Top up"),
        ({"detail": "Not Found"}, "Not Found"),
        ({"error": {"code": "server_busy"}}, "server_busy"),
        ("<html><title>502 Bad Gateway</title><body>nginx</body></html>", "502 Bad Gateway nginx"),
    ],
)
def test_a_message_in_the_servers_own_words(body: object, expected: str) -> None:
    assert error_message_from_body(502, body) == f"Error code: 502 - {expected}"


@pytest.mark.parametrize("body", ["", None, {}, [], {"error": None}, {"error": ""}])
def test_a_body_that_says_nothing_still_gives_a_message(body: object) -> None:
    assert read_error_body(500, body, "Internal Server Error").message.startswith(
        "Error code: 500 Internal Server Error"
    )
    assert read_error_body(500, body).code is None


def test_the_request_id_comes_from_a_header_first_then_the_body_never_unknown() -> None:
    assert read_error_body(400, GATEWAY_400, headers={"x-request-id": "r1"}).request_id == "r1"
    assert read_error_body(400, {"error": "x", "generation_id": "unknown"}).request_id is None
    assert (
        read_error_body(400, {"error": "x", "generation_id": "unknown", "id": "i"}).request_id
        == "i"
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"error": "key_limit_exceeded", "reset_at": "2026-05-09T23:59:59.000Z"}, 1778371199),
        ({"error": "x", "debug": {"upstream": {"reset_at": "2026-05-09T23:59:59Z"}}}, 1778371199),
        ({"error": {"message": "slow", "reset_at": 1778371199}}, 1778371199),
        ({"error": "x", "reset_at": 1778371199000}, 1778371199),  # milliseconds
        ({"error": "x", "reset_at": "soon"}, None),
        ({"error": "x", "reset_at": None}, None),
        ({"error": "x", "debug": "off"}, None),
    ],
)  # fmt: skip
def test_reset_at_is_read_wherever_it_is(body: dict[str, object], expected: int | None) -> None:
    reset_at = read_error_body(429, body).reset_at
    assert (reset_at.timestamp() if reset_at else None) == expected


def test_a_reset_time_without_a_zone_is_utc_and_nonsense_is_none() -> None:
    assert parse_reset_time("2026-05-09T23:59:59") == datetime(2026, 5, 9, 23, 59, 59, tzinfo=UTC)
    for value in (True, 1e300, "", "  ", [], {}):
        assert parse_reset_time(value) is None


def test_json_path_writes_indexes_in_brackets() -> None:
    assert (
        json_path(["messages", 0, "content", 1, "image_url"]) == "messages[0].content[1].image_url"
    )
    assert json_path([0]) == "[0]"
    assert json_path([]) is None


def test_the_typed_body_is_none_for_what_is_not_an_error_object() -> None:
    assert typed_error_body("<html>") is None
    assert typed_error_body({"detail": "x"}) is None
    assert typed_error_body({"error": 5}) is None  # neither a code nor an object
    typed = typed_error_body(GATEWAY_400)
    assert typed is not None
    assert typed.details is not None
    assert typed.details[1].path == ["messages", 0, "content", 2]


# -- the API key never leaves, even when a server echoes it ---------------------------------

KEY = "phaseo_v1_sk_abcdef_0123456789secret"


def test_an_echoed_key_is_redacted_from_the_message_and_the_body() -> None:
    request = httpx.Request(
        "POST", "http://gw/v1/chat/completions", headers={"Authorization": f"Bearer {KEY}"}
    )
    body = b'{"error":"unauthorised","description":"key ' + KEY.encode() + b' is revoked"}'
    error = status_error(httpx.Response(401, content=body, request=request), body)
    assert KEY not in str(error)
    assert KEY not in repr(error)
    assert KEY not in repr(error.body)
    assert f"key {REDACTED} is revoked" in str(error)
    assert error.error_body is not None
    assert error.error_body.description == f"key {REDACTED} is revoked"


def test_redaction_needs_a_bearer_key_and_leaves_other_text_alone() -> None:
    plain = httpx.Request("POST", "http://gw/v1/x")
    assert redact_api_key(f"say {KEY}", plain) == f"say {KEY}"
    assert redact_api_key(f"say {KEY}", None) == f"say {KEY}"
    lower = httpx.Request("POST", "http://gw/v1/x", headers={"authorization": f"bearer  {KEY} "})
    assert redact_api_key(f"say {KEY}!", lower) == f"say {REDACTED}!"


# -- retrying ---------------------------------------------------------------------------------

NOW = 1_000_000.0


def test_a_reset_time_within_the_cap_is_waited_for_and_one_beyond_is_not() -> None:
    assert retry_delay(0, {}, NOW, reset_at=NOW + 2.5) == 2.5
    assert retry_delay(0, {}, NOW, reset_at=NOW - 5) == 0.0  # already passed: at once
    assert retry_delay(0, {}, NOW, reset_at=NOW + MAX_RETRY_AFTER + 1) is None


def test_a_retry_after_header_wins_over_a_reset_time() -> None:
    assert retry_delay(0, {"retry-after": "3"}, NOW, reset_at=NOW + 30) == 3.0


def test_without_either_the_backoff_applies() -> None:
    assert retry_delay(2, {}, NOW, lambda: 0.0) == 2.0


def test_a_key_limit_is_not_retried_without_a_reset_time() -> None:
    assert is_retryable_status(429)
    assert is_retryable_status(429, "rate_limited")
    assert not is_retryable_status(429, "key_limit_exceeded")
    assert is_retryable_status(502, "upstream_error")
    assert not is_retryable_status(400, None)
