"""Tests of the embedded mock gateway itself, through plain httpx and raw sockets.

The client library is written concurrently, so nothing here imports it: these tests pin down
what the mock puts on the wire, which is what the client's own tests will rely on.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from aistats.testing import (
    FAULT_HEADER,
    FAULT_SPECS,
    Fault,
    MockGateway,
    MockReply,
    RequestValidator,
    SpecUnavailable,
    build_instance,
    fault_header,
    load_spec,
    validator_for,
)
from aistats.testing._tokenize import count_tokens, pieces, truncate_tokens

STANDIN_SPEC = Path(__file__).with_name("standin_openapi.json")
AUTH = {"Authorization": "Bearer test-key"}
TIMEOUT = httpx.Timeout(5.0)
BODY: dict[str, Any] = {
    "model": "openai/gpt-4o-mini",
    "messages": [
        {"role": "system", "content": "You are helpful."},
        {"role": "user", "content": "Write a limerick about lighthouses."},
    ],
    "temperature": 0.5,
}
WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {
            "type": "object",
            "properties": {
                "location": {"type": "string", "minLength": 2},
                "unit": {"enum": ["celsius", "fahrenheit"]},
                "days": {"type": "integer", "minimum": 1, "maximum": 7},
            },
            "required": ["location"],
            "additionalProperties": False,
        },
    },
}


def _packaged_spec_available() -> bool:
    try:
        return (resources.files("aistats_api") / "openapi.json").is_file()
    except ModuleNotFoundError:
        return False


# The real spec when it is published; the stand-in meanwhile (both have the fields tested here).
SPEC: Path | None = None if _packaged_spec_available() else STANDIN_SPEC


# One client for the module: building an httpx.Client (its SSL context) costs ~50 ms.
_client = httpx.Client(timeout=TIMEOUT)


@pytest.fixture(scope="module", autouse=True)
def _close_client() -> Iterator[None]:
    yield
    _client.close()


@pytest.fixture
def gw() -> Iterator[MockGateway]:
    with MockGateway(spec=SPEC) as gateway:
        yield gateway


def post(
    gw: MockGateway, body: Any = None, headers: dict[str, str] | None = None
) -> httpx.Response:
    return _client.post(
        gw.base_url + "/chat/completions",
        json=BODY if body is None else body,
        headers={**AUTH, **(headers or {})},
    )


@dataclass(frozen=True)
class Failure:
    """A gateway error body read the way a client reads it."""

    code: str
    description: str
    param: str | None


def failure(response: httpx.Response) -> Failure:
    """The code, description and first failing field (``details[0].path``) of an error."""
    body = response.json()
    details = body.get("details") or [{}]
    param = ""
    for part in details[0].get("path", []):
        param += f"[{part}]" if isinstance(part, int) else f".{part}" if param else part
    return Failure(body["error"], body["description"], param or None)


def stream_body(**extra: Any) -> dict[str, Any]:
    return {**BODY, "stream": True, **extra}


def sse_payloads(text: str) -> list[str]:
    """The ``data:`` payloads of an SSE text (``\\n`` line endings)."""
    return [line[6:] for line in text.split("\n") if line.startswith("data: ")]


def raw_exchange(
    gw: MockGateway, body: Any, headers: dict[str, str] | None = None, *, timeout: float = 5.0
) -> tuple[bytes, bytes, list[bytes]]:
    """Send one request on a fresh socket; return (head, body bytes, each recv result)."""
    payload = json.dumps(body).encode()
    lines = [
        "POST /v1/chat/completions HTTP/1.1",
        "Host: mock",
        "Content-Type: application/json",
        "Connection: close",
        f"Content-Length: {len(payload)}",
        *(f"{k}: {v}" for k, v in {**AUTH, **(headers or {})}.items()),
    ]
    reads: list[bytes] = []
    with socket.create_connection(("127.0.0.1", gw.port), timeout=timeout) as sock:
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode() + payload)
        try:
            while data := sock.recv(65536):
                reads.append(data)
        except ConnectionResetError:
            pass
    raw = b"".join(reads)
    head, _, rest = raw.partition(b"\r\n\r\n")
    return head, rest, reads


def parse_chunks(body: bytes) -> tuple[list[bytes], bool]:
    """Split a chunked body into chunk payloads; also say whether the 0-chunk ended it."""
    chunks: list[bytes] = []
    position = 0
    while True:
        end = body.find(b"\r\n", position)
        if end < 0:
            return chunks, False
        size = int(body[position:end], 16)
        if size == 0:
            return chunks, body[end : end + 4] == b"\r\n\r\n"
        data = body[end + 2 : end + 2 + size]
        if len(data) < size or body[end + 2 + size : end + 4 + size] != b"\r\n":
            chunks.append(data)
            return chunks, False
        chunks.append(data)
        position = end + 4 + size


# -- basics, auth, validation ---------------------------------------------------------------


def test_base_url_is_loopback_with_ephemeral_port(gw: MockGateway) -> None:
    assert gw.base_url == f"http://127.0.0.1:{gw.port}/v1"
    assert gw.port > 0


def test_missing_bearer_token_is_401_with_gateway_error_body(gw: MockGateway) -> None:
    response = _client.post(gw.base_url + "/chat/completions", json=BODY)
    assert response.status_code == 401
    body = response.json()
    assert body["generation_id"].startswith("G-")
    assert (body["status_code"], body["error"], body["error_type"], body["error_origin"]) == (
        401,
        "unauthorised",
        "user",
        "user",
    )
    assert body["description"] == "missing_or_invalid_authorization_header"


def test_error_style_openai_answers_in_the_object_form() -> None:
    with MockGateway(error_style="openai") as gateway:
        body = post(gateway, {**BODY, "temperature": 3}).json()
    assert body == {
        "error": {
            "message": "3 is greater than the maximum of 2 at temperature",
            "type": "invalid_request_error",
            "param": None,
            "code": "validation_error",
        }
    }


def test_lowercase_bearer_is_refused_as_the_gateway_does(gw: MockGateway) -> None:
    response = post(gw, headers={"Authorization": "bearer test-key"})
    assert (response.status_code, response.json()["error"]) == (401, "unauthorised")


def test_api_keys_accepts_only_the_given_keys() -> None:
    with MockGateway(api_keys=["good-key"]) as gateway:
        assert post(gateway, headers={"Authorization": "Bearer good-key"}).status_code == 200
        refused = post(gateway, headers={"Authorization": "Bearer other-key"})
    assert refused.status_code == 401
    assert refused.json()["description"] == "api_key_not_found_or_revoked"
    assert "other-key" not in refused.text


def test_empty_bearer_token_is_401(gw: MockGateway) -> None:
    assert post(gw, headers={"Authorization": "Bearer"}).status_code == 401


def test_any_bearer_token_is_accepted(gw: MockGateway) -> None:
    assert post(gw, headers={"Authorization": "Bearer whatever-123"}).status_code == 200


def test_temperature_3_is_400_naming_temperature(gw: MockGateway) -> None:
    response = post(gw, {**BODY, "temperature": 3})
    assert response.status_code == 400
    body = response.json()
    assert body == {
        "generation_id": body["generation_id"],
        "status_code": 400,
        "error": "validation_error",
        "error_type": "user",
        "error_origin": "user",
        "description": "3 is greater than the maximum of 2 at temperature",
        "details": [
            {
                "message": "3 is greater than the maximum of 2",
                "path": ["temperature"],
                "keyword": "too_big",
                "params": {},
            }
        ],
    }


def test_injected_spec_dict_resolves_refs_and_names_nested_path() -> None:
    spec = json.loads(STANDIN_SPEC.read_text())
    with MockGateway(spec=spec) as gateway:
        bad = {**BODY, "messages": [{"role": "robot", "content": "hi"}]}
        error = failure(post(gateway, bad))
    assert error.param == "messages[0].role"
    assert error.description.startswith("'robot' is not one of")
    assert error.description.endswith(" at messages.0.role")


def test_missing_required_field_is_named(gw: MockGateway) -> None:
    assert failure(post(gw, {"messages": BODY["messages"]})).param == "model"


def test_empty_messages_is_400_naming_messages(gw: MockGateway) -> None:
    response = post(gw, {**BODY, "messages": []})
    assert (response.status_code, failure(response).param) == (400, "messages")


def test_invalid_json_body_is_400(gw: MockGateway) -> None:
    headers = {**AUTH, "Content-Type": "application/json"}
    response = _client.post(gw.base_url + "/chat/completions", content=b"{nope", headers=headers)
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_json"


def test_validator_is_compiled_once_per_spec_file() -> None:
    assert validator_for(STANDIN_SPEC) is validator_for(STANDIN_SPEC)


def test_validate_false_skips_schema_checks() -> None:
    with MockGateway(validate=False) as gateway:
        assert post(gateway, {**BODY, "temperature": 3}).status_code == 200


def test_missing_spec_file_is_a_500_that_says_so(tmp_path: Path) -> None:
    with MockGateway(spec=tmp_path / "absent.json") as gateway:
        response = post(gateway)
    assert response.status_code == 500
    assert "absent.json" in response.json()["description"]


def test_unknown_path_is_404_json(gw: MockGateway) -> None:
    response = _client.post(gw.base_url + "/embeddings", json={}, headers=AUTH)
    assert response.status_code == 404
    assert response.json()["error"] == "not_found"


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/chat/completions"),  # a base URL without /v1
        ("POST", "/api/v1/chat/completions"),
        ("POST", "/v1/chat/completions/"),
        ("GET", "/v1/models"),
    ],
)
def test_only_post_v1_chat_completions_is_served(gw: MockGateway, method: str, path: str) -> None:
    response = _client.request(method, gw.url + path, json=BODY, headers=AUTH)
    assert response.status_code == 404
    assert "POST /v1/chat/completions" in response.json()["description"]
    assert gw.pending_replies == 0


def test_options_is_a_cors_preflight_as_the_gateway_answers_it(gw: MockGateway) -> None:
    response = _client.options(gw.base_url + "/chat/completions")
    assert (response.status_code, response.content) == (204, b"")
    assert response.headers["access-control-allow-origin"] == "*"
    assert "POST" in response.headers["access-control-allow-methods"]
    assert "Authorization" in response.headers["access-control-allow-headers"]
    assert response.headers["access-control-max-age"] == "86400"


# -- derived replies ------------------------------------------------------------------------


def test_same_request_gets_same_bytes(gw: MockGateway) -> None:
    assert post(gw).content == post(gw).content
    first = post(gw, stream_body()).content
    assert first == post(gw, stream_body()).content


def test_limerick_request_gets_five_line_limerick_about_topic(gw: MockGateway) -> None:
    content = post(gw).json()["choices"][0]["message"]["content"]
    lines = content.split("\n")
    assert len(lines) == 5
    assert "lighthouses" in lines[0]


def test_plain_prompt_is_echoed_in_reply(gw: MockGateway) -> None:
    body = {**BODY, "messages": [{"role": "user", "content": "Tell me about tides"}]}
    content = post(gw, body).json()["choices"][0]["message"]["content"]
    assert "Tell me about tides" in content


def test_non_stream_body_has_seed_fields_provider_and_usage(gw: MockGateway) -> None:
    response = post(gw)
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert body["object"] == "chat.completion"
    assert body["model"] == BODY["model"]
    assert {"id", "created", "provider", "choices", "usage"} <= body.keys()
    assert body["choices"][0]["message"]["role"] == "assistant"
    assert body["choices"][0]["finish_reason"] == "stop"


def test_usage_counts_prompt_and_completion_with_one_tokenizer(gw: MockGateway) -> None:
    body = post(gw).json()
    prompt = sum(count_tokens(m["content"]) for m in BODY["messages"])
    completion = count_tokens(body["choices"][0]["message"]["content"])
    assert body["usage"] == {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }


@pytest.mark.parametrize("field", ["max_tokens", "max_completion_tokens", "max_output_tokens"])
def test_token_limit_truncates_with_finish_reason_length(gw: MockGateway, field: str) -> None:
    body = post(gw, {**BODY, field: 4}).json()
    choice = body["choices"][0]
    assert choice["finish_reason"] == "length"
    assert count_tokens(choice["message"]["content"]) == 4
    assert body["usage"]["completion_tokens"] == 4


def test_n_gives_n_distinct_choices(gw: MockGateway) -> None:
    choices = post(gw, {**BODY, "n": 5}).json()["choices"]
    assert [c["index"] for c in choices] == [0, 1, 2, 3, 4]
    assert len({c["message"]["content"] for c in choices}) == 5


def test_tool_choice_required_calls_tool_with_valid_arguments(gw: MockGateway) -> None:
    body = post(gw, {**BODY, "tools": [WEATHER_TOOL], "tool_choice": "required"}).json()
    choice = body["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    (call,) = choice["message"]["tool_calls"]
    assert call["function"]["name"] == "get_weather"
    arguments = json.loads(call["function"]["arguments"])
    jsonschema.validate(arguments, WEATHER_TOOL["function"]["parameters"])


def test_named_tool_choice_calls_that_function(gw: MockGateway) -> None:
    other = {"type": "function", "function": {"name": "noop", "parameters": {"type": "object"}}}
    named = {"type": "function", "function": {"name": "get_weather"}}
    body = post(gw, {**BODY, "tools": [other, WEATHER_TOOL], "tool_choice": named}).json()
    assert body["choices"][0]["message"]["tool_calls"][0]["function"]["name"] == "get_weather"


def test_json_schema_response_format_content_validates(gw: MockGateway) -> None:
    schema = {
        "type": "object",
        "properties": {
            "title": {"type": "string", "maxLength": 20},
            "tags": {"type": "array", "items": {"type": "string"}, "minItems": 2},
            "score": {"type": "number", "exclusiveMinimum": 0, "maximum": 1},
            "kind": {"const": "poem"},
        },
        "required": ["title", "tags", "score", "kind"],
        "additionalProperties": False,
    }
    response_format = {"type": "json_schema", "json_schema": {"name": "poem", "schema": schema}}
    content = post(gw, {**BODY, "response_format": response_format}).json()["choices"][0]
    jsonschema.validate(json.loads(content["message"]["content"]), schema)


def test_json_object_response_format_content_is_object(gw: MockGateway) -> None:
    body = post(gw, {**BODY, "response_format": {"type": "json_object"}}).json()
    assert isinstance(json.loads(body["choices"][0]["message"]["content"]), dict)


def spec_schema(name: str) -> RequestValidator:
    """A validator for one component schema of the published spec (skip while unpublished)."""
    if SPEC is not None:
        pytest.skip("aistats_api/openapi.json is not published yet")
    try:
        return RequestValidator(load_spec(), name)
    except SpecUnavailable:
        pytest.skip(f"the spec has no {name} schema")


@pytest.mark.parametrize(
    "extra",
    [{}, {"n": 3, "max_tokens": 3}, {"tools": [WEATHER_TOOL], "tool_choice": "required"}],
)
def test_derived_replies_match_spec_response_schema(gw: MockGateway, extra: dict[str, Any]) -> None:
    validator = spec_schema("CreateChatCompletionResponse")
    assert validator.validate(post(gw, {**BODY, **extra}).json()) is None


@pytest.mark.parametrize(
    "extra", [{}, {"n": 2}, {"tools": [WEATHER_TOOL], "tool_choice": "required"}]
)
def test_stream_frames_match_spec_chunk_schema(gw: MockGateway, extra: dict[str, Any]) -> None:
    validator = spec_schema("CreateChatCompletionStreamResponse")
    body = stream_body(stream_options={"include_usage": True}, **extra)
    for payload in sse_payloads(post(gw, body).text)[:-1]:
        assert validator.validate(json.loads(payload)) is None


@pytest.mark.parametrize("status", [400, 401, 402, 403, 404, 429, 500, 502, 503])
def test_error_bodies_match_spec_error_schema(gw: MockGateway, status: int) -> None:
    validator = spec_schema("ErrorResponse")
    gw.enqueue(MockReply.error(status))
    assert validator.validate(post(gw).json()) is None


def test_validation_error_body_matches_spec_error_schema(gw: MockGateway) -> None:
    validator = spec_schema("ErrorResponse")
    assert validator.validate(post(gw, {**BODY, "temperature": 3}).json()) is None


@pytest.mark.parametrize("style", ["error", "object"])
def test_error_frames_match_spec_error_frame_schema(gw: MockGateway, style: str) -> None:
    validator = spec_schema("ChatCompletionStreamErrorFrame")
    fault = Fault.error_frame(style=style)
    last = sse_payloads(post(gw, stream_body(), fault_header(fault)).text)[-1]
    assert validator.validate(json.loads(last)) is None


def test_union_violation_names_the_field_of_the_intended_branch(gw: MockGateway) -> None:
    spec_schema("ChatCompletionRequestMessage")  # needs the spec's tagged message union
    error = failure(post(gw, {**BODY, "messages": [{"role": "user"}]}))
    assert error.param == "messages[0].content"


# -- streaming ------------------------------------------------------------------------------


def test_stream_sends_one_http_chunk_per_sse_event(gw: MockGateway) -> None:
    head, body, _ = raw_exchange(gw, stream_body())
    assert b"Transfer-Encoding: chunked" in head
    chunks, complete = parse_chunks(body)
    assert complete
    assert all(
        c.startswith(b"data: ") and c.endswith(b"\n\n") and c.count(b"\n\n") == 1 for c in chunks
    )


def test_stream_frames_are_role_content_finish_usage_done(gw: MockGateway) -> None:
    response = post(gw, stream_body(stream_options={"include_usage": True}))
    assert response.headers["content-type"] == "text/event-stream"
    payloads = sse_payloads(response.text)
    assert payloads[-1] == "[DONE]"
    frames = [json.loads(p) for p in payloads[:-1]]
    assert frames[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    assert frames[-2]["choices"][0] == {"index": 0, "delta": {}, "finish_reason": "stop"}
    assert frames[-1]["choices"] == []
    assert frames[-1]["usage"]["total_tokens"] > 0
    text = "".join(f["choices"][0]["delta"]["content"] for f in frames[1:-2])
    assert text == post(gw).json()["choices"][0]["message"]["content"]


def test_every_stream_frame_has_id_object_created_model(gw: MockGateway) -> None:
    frames = [json.loads(p) for p in sse_payloads(post(gw, stream_body()).text)[:-1]]
    assert len({(f["id"], f["object"], f["created"], f["model"]) for f in frames}) == 1
    assert frames[0]["object"] == "chat.completion.chunk"


@pytest.mark.parametrize(
    ("extra", "has_usage"),
    [({}, False), ({"stream_options": {"include_usage": True}}, True), ({"usage": True}, True)],
)
def test_usage_frame_only_when_requested(
    gw: MockGateway, extra: dict[str, Any], has_usage: bool
) -> None:
    payloads = sse_payloads(post(gw, stream_body(**extra)).text)
    assert ('"usage"' in payloads[-2]) is has_usage


def test_streamed_tool_call_arguments_arrive_in_pieces(gw: MockGateway) -> None:
    body = stream_body(tools=[WEATHER_TOOL], tool_choice="required")
    frames = [json.loads(p) for p in sse_payloads(post(gw, body).text)[:-1]]
    calls = [c for f in frames for c in f["choices"][0]["delta"].get("tool_calls", [])]
    assert calls[0]["function"]["name"] == "get_weather"
    assert calls[0]["id"].startswith("call_")
    argument_pieces = [c["function"]["arguments"] for c in calls[1:]]
    assert len(argument_pieces) > 2
    jsonschema.validate(
        json.loads("".join(argument_pieces)), WEATHER_TOOL["function"]["parameters"]
    )
    assert frames[-1]["choices"][0]["finish_reason"] == "tool_calls"


def test_streamed_n_choices_are_routed_by_index(gw: MockGateway) -> None:
    frames = [json.loads(p) for p in sse_payloads(post(gw, stream_body(n=2)).text)[:-1]]
    texts = ["", ""]
    for frame in frames:
        choice = frame["choices"][0]
        texts[choice["index"]] += choice["delta"].get("content", "")
    assert texts == [c["message"]["content"] for c in post(gw, {**BODY, "n": 2}).json()["choices"]]


def test_content_length_fault_frames_stream_without_chunks(gw: MockGateway) -> None:
    head, body, _ = raw_exchange(gw, stream_body(), fault_header(Fault.content_length()))
    assert b"Transfer-Encoding" not in head
    length = int(head.split(b"Content-Length: ")[1].split(b"\r\n")[0])
    assert length == len(body)
    assert body.endswith(b"data: [DONE]\n\n")


# -- scripted replies -----------------------------------------------------------------------


def test_scripted_replies_are_fifo_then_derived(gw: MockGateway) -> None:
    gw.enqueue(MockReply.text("first"))
    gw.enqueue(MockReply.text("second"))
    contents = [post(gw).json()["choices"][0]["message"]["content"] for _ in range(3)]
    assert contents[:2] == ["first", "second"]
    assert "lighthouses" in contents[2]


def test_enqueue_times_repeats_a_reply(gw: MockGateway) -> None:
    gw.enqueue(MockReply.error(503), times=2)
    assert [post(gw).status_code for _ in range(3)] == [503, 503, 200]


def test_scripted_reply_skips_auth_and_validation(gw: MockGateway) -> None:
    gw.enqueue(MockReply.text("ok"))
    response = _client.post(gw.base_url + "/chat/completions", json={})
    assert response.json()["choices"][0]["message"]["content"] == "ok"


def test_text_reply_streams_in_chunk_size_pieces(gw: MockGateway) -> None:
    gw.enqueue(MockReply.text("Hello there", chunk_size=4))
    frames = [json.loads(p) for p in sse_payloads(post(gw, stream_body()).text)[1:-2]]
    assert [f["choices"][0]["delta"]["content"] for f in frames] == ["Hell", "o th", "ere"]


def test_tool_calls_reply(gw: MockGateway) -> None:
    gw.enqueue(MockReply.tool_calls([("get_weather", '{"location":"Paris"}')]))
    choice = post(gw).json()["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    assert choice["message"]["tool_calls"][0]["function"] == {
        "name": "get_weather",
        "arguments": '{"location":"Paris"}',
    }


def test_error_reply_carries_json_and_retry_after(gw: MockGateway) -> None:
    gw.enqueue(MockReply.error(429, json={"error": "slow down"}, headers={"Retry-After": "1"}))
    response = post(gw)
    assert (response.status_code, response.headers["retry-after"]) == (429, "1")
    assert response.json() == {"error": "slow down"}


@pytest.mark.parametrize(
    ("kwargs", "content_type", "content"),
    [
        ({"html": "<h1>Bad gateway</h1>"}, "text/html; charset=utf-8", b"<h1>Bad gateway</h1>"),
        ({"text": "upstream down"}, "text/plain; charset=utf-8", b"upstream down"),
        ({"body": b""}, None, b""),
    ],
)
def test_error_reply_bodies(
    gw: MockGateway, kwargs: dict[str, Any], content_type: str | None, content: bytes
) -> None:
    gw.enqueue(MockReply.error(502, **kwargs))
    response = post(gw)
    assert response.status_code == 502
    assert response.headers.get("content-type") == content_type
    assert response.content == content


def test_default_error_reply_is_gateway_json(gw: MockGateway) -> None:
    gw.enqueue(MockReply.error(402))
    assert post(gw).json()["error"] == "insufficient_funds"
    gw.enqueue(MockReply.error(429, code="key_limit_exceeded", message="daily limit"))
    body = post(gw).json()
    assert (body["error"], body["description"]) == ("key_limit_exceeded", "daily limit")


def test_raw_sse_reply_is_one_chunk_per_event(gw: MockGateway) -> None:
    gw.enqueue(MockReply.raw_sse(b"data: {}\n\n: hi\n\ndata: [DONE]\n\n"))
    head, body, _ = raw_exchange(gw, stream_body())
    assert b"text/event-stream" in head
    assert parse_chunks(body) == ([b"data: {}\n\n", b": hi\n\n", b"data: [DONE]\n\n"], True)


def test_json_reply_to_stream_request_is_application_json(gw: MockGateway) -> None:
    gw.enqueue(MockReply.json({"surprise": True}))
    response = post(gw, stream_body())
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {"surprise": True}


def test_text_stream_of_gives_n_content_frames(gw: MockGateway) -> None:
    gw.enqueue(MockReply.text_stream_of(1000, "hi "))
    payloads = sse_payloads(post(gw, stream_body()).text)
    assert len(payloads) == 1 + 1000 + 1 + 1
    assert json.loads(payloads[500])["choices"][0]["delta"]["content"] == "hi "


# -- faults ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "content_type"),
    [("json", "application/json"), ("html", "text/html"), ("text", "text/plain"), ("empty", None)],
)
def test_http_error_fault_header_replaces_response(
    gw: MockGateway, kind: str, content_type: str | None
) -> None:
    response = post(gw, headers={FAULT_HEADER: f"http_error;status=504;body={kind}"})
    assert response.status_code == 504
    assert (response.headers.get("content-type") or "").split(";")[0] == (content_type or "")
    assert bool(response.content) is (kind != "empty")


def test_rate_limited_fault_sets_retry_after_and_ms(gw: MockGateway) -> None:
    response = post(gw, headers=fault_header(Fault.rate_limited(2, retry_after_ms=1500)))
    assert response.status_code == 429
    assert (response.headers["retry-after"], response.headers["retry-after-ms"]) == ("2", "1500")


def test_unavailable_fault_can_send_retry_after_as_http_date(gw: MockGateway) -> None:
    response = post(gw, headers=fault_header(Fault.unavailable(retry_after_date=30)))
    assert response.status_code == 503
    assert response.headers["retry-after"].endswith(" GMT")


def test_drop_before_headers_closes_without_response(gw: MockGateway) -> None:
    with pytest.raises(httpx.RemoteProtocolError):
        post(gw, headers=fault_header(Fault.drop_before_headers()))


def test_drop_before_headers_with_reset_sends_rst(gw: MockGateway) -> None:
    with pytest.raises(httpx.ReadError):
        post(gw, headers=fault_header(Fault.drop_before_headers(reset=True)))


def test_drop_after_headers_sends_head_only(gw: MockGateway) -> None:
    head, body, _ = raw_exchange(gw, stream_body(), fault_header(Fault.drop_after_headers()))
    assert head.startswith(b"HTTP/1.1 200 OK")
    assert body == b""


def test_drop_mid_event_cuts_inside_a_chunk(gw: MockGateway) -> None:
    _, body, _ = raw_exchange(gw, stream_body(), fault_header(Fault.drop_mid_event(2)))
    chunks, complete = parse_chunks(body)
    assert not complete
    assert len(chunks) == 3
    assert not chunks[2].endswith(b"\n\n")


def test_drop_mid_stream_cuts_between_events_without_terminator(gw: MockGateway) -> None:
    gw.enqueue(MockReply.text("x y z", fault=Fault.drop_mid_stream(after_events=3)))
    _, body, _ = raw_exchange(gw, stream_body())
    chunks, complete = parse_chunks(body)
    assert not complete
    assert len(chunks) == 3
    assert body.endswith(b"\n\n\r\n")


def test_drop_mid_stream_surfaces_in_httpx(gw: MockGateway) -> None:
    with pytest.raises(httpx.RemoteProtocolError):
        post(gw, stream_body(), fault_header(Fault.drop_mid_stream(3)))


@pytest.mark.parametrize(
    ("style", "expected"),
    [("error", {"error"}), ("object", {"object", "message"})],
)
def test_error_frame_ends_stream(gw: MockGateway, style: str, expected: set[str]) -> None:
    fault = Fault.error_frame(2, style=style, message="boom")
    payloads = sse_payloads(post(gw, stream_body(), fault_header(fault)).text)
    assert len(payloads) == 3
    assert "[DONE]" not in payloads
    assert set(json.loads(payloads[-1])) == expected
    assert "boom" in payloads[-1]


def test_malformed_frame_is_not_json(gw: MockGateway) -> None:
    payloads = sse_payloads(post(gw, stream_body(), fault_header(Fault.malformed_frame(1))).text)
    with pytest.raises(json.JSONDecodeError):
        json.loads(payloads[1])
    assert payloads[-1] == "[DONE]"


def test_invalid_utf8_frame_has_undecodable_bytes(gw: MockGateway) -> None:
    _, body, _ = raw_exchange(gw, stream_body(), fault_header(Fault.invalid_utf8(1)))
    chunks, _ = parse_chunks(body)
    with pytest.raises(UnicodeDecodeError):
        chunks[1].decode("utf-8")


def test_slow_fault_delays_every_event(gw: MockGateway) -> None:
    gw.enqueue(MockReply.text("a b c", fault=Fault.slow(delay_ms=30)))
    started = time.monotonic()
    post(gw, stream_body())
    assert time.monotonic() - started >= 6 * 0.03 * 0.9  # role, 3 pieces, finish, [DONE]


def test_pause_fault_delays_after_first_events(gw: MockGateway) -> None:
    gw.enqueue(MockReply.text("a b", fault=Fault.pause(1, ms=1000)))
    with _client.stream(
        "POST", gw.base_url + "/chat/completions", json=stream_body(), headers=AUTH
    ) as r:
        parts = r.iter_raw()
        started = time.monotonic()
        next(parts)
        first = time.monotonic() - started
        next(parts)
        second = time.monotonic() - started
    # Only lower bounds, which load cannot break: the pause lies between the first event and
    # the next (a slow machine only lengthens both).
    assert second - first >= 0.9


def test_stall_before_headers_lasts_until_client_timeout(gw: MockGateway) -> None:
    with pytest.raises(httpx.ReadTimeout):
        _client.post(
            gw.base_url + "/chat/completions",
            json=BODY,
            headers={**AUTH, **fault_header(Fault.stall_before_headers())},
            timeout=1.0,
        )
    gw.wait_until_idle()


def test_stall_mid_stream_sends_events_then_nothing(gw: MockGateway) -> None:
    headers = {**AUTH, **fault_header(Fault.stall_mid_stream(2))}
    # Long enough for the two events to arrive on a loaded machine; the stall outlasts it.
    timeout = httpx.Timeout(5.0, read=2.0)
    received: list[bytes] = []
    url = gw.base_url + "/chat/completions"
    with (
        pytest.raises(httpx.ReadTimeout),
        _client.stream("POST", url, json=stream_body(), headers=headers, timeout=timeout) as r,
    ):
        received.extend(r.iter_raw())
    assert b"".join(received).count(b"\n\n") == 2


def test_tiny_writes_split_bytes_but_keep_content(gw: MockGateway) -> None:
    gw.enqueue(
        MockReply.raw_sse(
            b"data: \xc3\xa9t\xc3\xa9\r\n\r\n", fault=Fault.tiny_writes(3, delay_ms=50)
        )
    )
    _, body, reads = raw_exchange(gw, stream_body())
    assert parse_chunks(body) == ([b"data: \xc3\xa9t\xc3\xa9\r\n\r\n"], True)
    # The writes are 50 ms apart: however loaded the machine, the reader does not receive
    # them all at once (a 1 ms gap, as before, let a busy reader merge every write).
    assert len(reads) >= 3


def test_tiny_writes_stream_still_parses_in_httpx(gw: MockGateway) -> None:
    gw.enqueue(MockReply.text("Grüße, señor: ça va?"), times=2)
    plain = post(gw, stream_body()).text
    assert post(gw, stream_body(), fault_header(Fault.tiny_writes())).text == plain


@pytest.mark.parametrize(("fault", "ending"), [(Fault.crlf(), b"\r\n"), (Fault.cr(), b"\r")])
def test_line_ending_faults(gw: MockGateway, fault: Fault, ending: bytes) -> None:
    _, body, _ = raw_exchange(gw, stream_body(), fault_header(fault))
    chunks, _ = parse_chunks(body)
    assert all(c.endswith(ending * 2) and b"\n" not in c.replace(b"\r\n", b"") for c in chunks)


def test_keepalive_comments_precede_events(gw: MockGateway) -> None:
    _, body, _ = raw_exchange(gw, stream_body(), fault_header(Fault.keepalive_comments()))
    chunks, _ = parse_chunks(body)
    assert chunks[0::2] == [b": keep-alive\n\n"] * (len(chunks) // 2)


def test_event_and_id_lines_prefix_data(gw: MockGateway) -> None:
    headers = fault_header(Fault.event_lines("chunk"), Fault.id_lines())
    _, body, _ = raw_exchange(gw, stream_body(), headers)
    chunks, _ = parse_chunks(body)
    assert chunks[0].startswith(b"event: chunk\nid: 1\ndata: {")
    assert chunks[1].startswith(b"event: chunk\nid: 2\ndata: {")


def test_gzip_stream_when_client_accepts_it(gw: MockGateway) -> None:
    _, plain_body, _ = raw_exchange(gw, stream_body())
    plain = b"".join(parse_chunks(plain_body)[0])
    head, body, _ = raw_exchange(
        gw, stream_body(), {**fault_header(Fault.gzip()), "Accept-Encoding": "gzip"}
    )
    assert b"Content-Encoding: gzip" in head
    chunks, complete = parse_chunks(body)
    assert complete
    assert gzip.decompress(b"".join(chunks)) == plain


def test_gzip_is_skipped_when_client_does_not_accept_it(gw: MockGateway) -> None:
    head, _, _ = raw_exchange(
        gw, BODY, {**fault_header(Fault.gzip()), "Accept-Encoding": "identity"}
    )
    assert b"Content-Encoding" not in head


def test_gzip_json_body_decodes_in_httpx(gw: MockGateway) -> None:
    response = post(gw, headers=fault_header(Fault.gzip()))
    assert response.headers["content-encoding"] == "gzip"
    assert response.json()["object"] == "chat.completion"


def test_connection_close_fault_closes_after_response(gw: MockGateway) -> None:
    with httpx.Client(timeout=TIMEOUT, headers=AUTH) as client:
        url = gw.base_url + "/chat/completions"
        assert (
            client.post(url, json=BODY, headers=fault_header(Fault.connection_close())).headers[
                "connection"
            ]
            == "close"
        )
        client.post(url, json=BODY)
    assert gw.connections_opened == 2


def test_unknown_fault_header_is_400_naming_the_header(gw: MockGateway) -> None:
    response = post(gw, headers={FAULT_HEADER: "explode"})
    assert response.status_code == 400
    assert failure(response).param == FAULT_HEADER
    assert "drop_mid_stream" in failure(response).description


@pytest.mark.parametrize("name", sorted(FAULT_SPECS))
def test_every_fault_round_trips_through_its_header_value(name: str) -> None:
    fault = Fault(name)
    assert Fault.parse(fault.header_value) == (fault,)


def test_fault_header_parses_params_quotes_and_aliases() -> None:
    parsed = Fault.parse(
        'drop_between_events;after_events=3;reset=1, error_frame;message="a, b; c"'
    )
    assert parsed == (
        Fault.drop_mid_stream(3, reset=True),
        Fault.error_frame(message="a, b; c"),
    )


# -- server behaviour -----------------------------------------------------------------------


def test_keep_alive_reuses_one_connection(gw: MockGateway) -> None:
    with httpx.Client(timeout=TIMEOUT, headers=AUTH) as client:
        for body in (BODY, stream_body(), BODY):
            assert client.post(gw.base_url + "/chat/completions", json=body).status_code == 200
    assert gw.connections_opened == 1


def test_requests_are_recorded(gw: MockGateway) -> None:
    post(gw, headers={"X-Trace": "abc"})
    (request,) = gw.requests
    assert (request.method, request.path) == ("POST", "/v1/chat/completions")
    assert request.headers["x-trace"] == request.headers["X-TRACE"] == "abc"
    assert request.body == BODY
    assert json.loads(request.raw_body) == BODY


def test_open_connections_drop_to_zero_after_client_closes(gw: MockGateway) -> None:
    with httpx.Client(timeout=TIMEOUT, headers=AUTH) as client:
        client.post(gw.base_url + "/chat/completions", json=BODY)
        assert gw.open_connections == 1
    gw.wait_until_idle()
    assert gw.open_connections == 0


def test_reset_clears_queue_and_records(gw: MockGateway) -> None:
    gw.enqueue(MockReply.text("never"))
    post(gw, headers={"Authorization": ""})
    gw.reset()
    assert (gw.pending_replies, gw.requests, gw.connections_opened) == (0, [], 0)


def test_stop_with_stalled_client_returns_promptly_and_closes_its_socket() -> None:
    gateway = MockGateway(spec=SPEC).start()
    sock = socket.create_connection(("127.0.0.1", gateway.port), timeout=5)
    payload = json.dumps(BODY).encode()
    sock.sendall(
        b"POST /v1/chat/completions HTTP/1.1\r\nHost: m\r\nX-Mock-Fault: stall_before_headers\r\n"
        b"Content-Length: %d\r\n\r\n%b" % (len(payload), payload)
    )
    gateway.wait_for_requests(1)
    started = time.monotonic()
    gateway.stop()
    assert time.monotonic() - started < 1.5
    try:
        assert sock.recv(1) == b""
    except ConnectionResetError:
        pass
    finally:
        sock.close()
    assert gateway.open_connections == 0


def test_stop_with_client_that_never_reads_returns_promptly() -> None:
    gateway = MockGateway(validate=False).start()
    gateway.enqueue(MockReply.text_stream_of(200_000))
    sock = socket.create_connection(("127.0.0.1", gateway.port), timeout=5)
    payload = json.dumps(stream_body()).encode()
    sock.sendall(
        b"POST /v1/chat/completions HTTP/1.1\r\nHost: m\r\nContent-Length: %d\r\n\r\n%b"
        % (len(payload), payload)
    )
    gateway.wait_for_requests(1)
    started = time.monotonic()
    gateway.stop()
    sock.close()
    assert time.monotonic() - started < 1.5


def test_serve_forever_returns_when_stopped_from_another_thread() -> None:
    gateway = MockGateway(spec=SPEC)
    thread = threading.Thread(target=gateway.serve_forever)
    thread.start()
    deadline = time.monotonic() + 5
    while not gateway.running and time.monotonic() < deadline:
        time.sleep(0.01)
    assert post(gateway).status_code == 200
    gateway.stop()
    thread.join(2)
    assert not thread.is_alive()


@pytest.mark.asyncio
async def test_async_with_works_inside_a_running_loop() -> None:
    async with MockGateway(spec=SPEC) as gateway, httpx.AsyncClient(headers=AUTH) as client:
        gateway.enqueue(MockReply.text("async hello"))
        response = await client.post(gateway.base_url + "/chat/completions", json=BODY)
        await asyncio.sleep(0)
    assert response.json()["choices"][0]["message"]["content"] == "async hello"


# -- helpers of the mock --------------------------------------------------------------------


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "object", "properties": {"a": {"type": "integer", "multipleOf": 5, "minimum": 7}}},
        {
            "type": "array",
            "items": {"type": "string", "format": "email"},
            "minItems": 3,
            "uniqueItems": True,
        },
        {"anyOf": [{"type": "null"}, {"type": "string", "pattern": "^[0-9]+$"}]},
        {
            "$defs": {
                "p": {"type": "object", "required": ["x"], "properties": {"x": {"type": "boolean"}}}
            },
            "$ref": "#/$defs/p",
        },
        {
            "allOf": [{"properties": {"a": {"type": "string"}}}, {"required": ["a"]}],
            "type": "object",
        },
        {
            "type": "object",
            "minProperties": 2,
            "additionalProperties": {"type": "number", "maximum": -3},
        },
        {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1},
    ],
)
def test_instance_builder_output_validates(schema: dict[str, Any]) -> None:
    jsonschema.validate(build_instance(schema), schema)


@given(st.text())
def test_pieces_rejoin_to_the_text_and_match_token_count(text: str) -> None:
    split = pieces(text)
    assert "".join(split) == text
    if count_tokens(text):
        assert len(split) == count_tokens(text)


@given(st.text(), st.integers(min_value=0, max_value=50))
def test_truncate_keeps_at_most_limit_tokens(text: str, limit: int) -> None:
    assert count_tokens(truncate_tokens(text, limit)) == min(limit, count_tokens(text))
