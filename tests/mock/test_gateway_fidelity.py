"""The mock refuses what the gateway refuses, and answers in the gateway's shapes.

Each test names the gateway behaviour it pins (from `../shared/gateway-audit.md`); like the rest
of `tests/mock`, nothing here imports the client.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from typing import Any

import httpx
import jsonschema
import pytest

from aistats.testing import Fault, MockGateway, MockReply
from aistats.testing._http import MAX_BODY_BYTES

AUTH = {"Authorization": "Bearer test-key"}
BODY: dict[str, Any] = {
    "model": "openai/gpt-4o-mini",
    "messages": [{"role": "user", "content": "Say hi"}],
}
_client = httpx.Client(timeout=httpx.Timeout(10.0))


@pytest.fixture(scope="module", autouse=True)
def _close_the_client() -> Iterator[None]:
    yield
    _client.close()


@pytest.fixture(scope="module")
def gw() -> Iterator[MockGateway]:
    with MockGateway() as gateway:
        yield gateway


def url(gw: MockGateway) -> str:
    return gw.base_url + "/chat/completions"


def post(gw: MockGateway, body: Any = None, **headers: str) -> httpx.Response:
    return _client.post(url(gw), json=BODY if body is None else body, headers={**AUTH, **headers})


def post_raw(
    gw: MockGateway, content: bytes, content_type: str = "application/json"
) -> httpx.Response:
    headers = {**AUTH, "Content-Type": content_type}
    return _client.post(url(gw), content=content, headers=headers)


def frames(response: httpx.Response) -> list[str]:
    return [line[6:] for line in response.text.split("\n") if line.startswith("data: ")]


def error_of(response: httpx.Response) -> tuple[int, str]:
    return response.status_code, response.json()["error"]


# -- bodies the gateway refuses -------------------------------------------------------------


@pytest.mark.parametrize("constant", [b"NaN", b"Infinity", b"-Infinity"])
def test_nan_and_infinity_are_invalid_json(gw: MockGateway, constant: bytes) -> None:
    body = (
        b'{"model":"m","messages":[{"role":"user","content":"x"}],"temperature":' + constant + b"}"
    )
    response = post_raw(gw, body)
    assert error_of(response) == (400, "invalid_json")
    assert constant.lstrip(b"-").decode() in response.json()["description"]


def test_invalid_utf8_is_invalid_json(gw: MockGateway) -> None:
    body = b'{"model":"m","messages":[{"role":"user","content":"\xff\xfe"}]}'
    response = post_raw(gw, body)
    assert error_of(response) == (400, "invalid_json")
    assert "UTF-8" in response.json()["description"]


@pytest.mark.parametrize("where", ["content", "key"])
def test_lone_surrogate_is_400_never_500(gw: MockGateway, where: str) -> None:
    message = (
        '{"role":"user","content":"a\\ud800b"}'
        if where == "content"
        else '{"role":"user","content":"x","\\udfff":1}'
    )
    body = ('{"model":"m","messages":[' + message + "]}").encode()
    response = post_raw(gw, body)
    assert error_of(response) == (400, "invalid_json")
    assert "surrogate" in response.json()["description"]
    assert "Traceback" not in response.text
    assert "Error(" not in response.text


def test_a_surrogate_pair_is_fine(gw: MockGateway) -> None:
    body = b'{"model":"m","messages":[{"role":"user","content":"\\ud83d\\ude00"}]}'
    response = post_raw(gw, body)
    assert response.status_code == 200
    assert "\N{GRINNING FACE}" in response.json()["choices"][0]["message"]["content"]


@pytest.mark.parametrize(
    "content_type", ["application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]
)
def test_form_bodies_fail_validation(gw: MockGateway, content_type: str) -> None:
    response = post_raw(gw, json.dumps(BODY).encode(), content_type)
    assert error_of(response) == (400, "validation_error")
    assert "application/json" in response.json()["description"]


@pytest.mark.parametrize("content_type", ["text/plain", ""])
def test_a_json_content_type_is_required(gw: MockGateway, content_type: str) -> None:
    response = post_raw(gw, json.dumps(BODY).encode(), content_type)
    assert error_of(response) == (400, "validation_error")
    utf8 = post_raw(gw, json.dumps(BODY).encode(), "Application/JSON; charset=utf-8")
    assert utf8.status_code == 200


def test_json_content_type_false_reads_any_non_form_body_as_json() -> None:
    with MockGateway(json_content_type=False) as gateway:
        plain = post_raw(gateway, json.dumps(BODY).encode(), "text/plain")
        form = post_raw(gateway, json.dumps(BODY).encode(), "application/x-www-form-urlencoded")
    assert plain.status_code == 200
    assert error_of(form) == (400, "validation_error")


@pytest.mark.parametrize("field", ["n", "max_tokens"])
def test_integral_floats_count_as_integers(gw: MockGateway, field: str) -> None:
    # JSON Schema and zod both take 2.0 as the integer 2: the reply must honour it.
    body = post(gw, {**BODY, field: 2.0}).json()
    if field == "n":
        assert len(body["choices"]) == 2
    else:
        assert body["usage"]["completion_tokens"] == 2


def test_a_body_over_16_mib_is_413_payload_too_large(gw: MockGateway) -> None:
    assert MAX_BODY_BYTES == 16 * 1024 * 1024
    padding = "x" * (MAX_BODY_BYTES - len(json.dumps(BODY)) + 64)
    body = {**BODY, "messages": [{"role": "user", "content": padding}]}
    response = post(gw, body)
    assert error_of(response) == (413, "payload_too_large")
    assert post(gw).status_code == 200  # and the gateway still answers afterwards


def test_max_body_bytes_applies_to_chunked_bodies_too() -> None:
    def chunks() -> Iterator[bytes]:
        yield json.dumps(BODY).encode()[:-1]
        yield b',"user":"' + b"u" * 2048 + b'"}'

    with MockGateway(max_body_bytes=1024) as gateway:
        response = _client.post(url(gateway), content=chunks(), headers=AUTH)
        small = post(gateway)
    assert error_of(response) == (413, "payload_too_large")
    assert small.status_code == 200


def test_unknown_and_refused_top_level_fields_are_unknown_param(gw: MockGateway) -> None:
    response = post(gw, {**BODY, "future_knob": 1, "speed": "fast"})
    assert error_of(response) == (400, "validation_error")
    details = response.json()["details"]
    by_path = {tuple(d["path"]): d for d in details}
    for name in ("future_knob", "speed"):
        assert by_path[(name,)]["keyword"] == "unknown_param"
        assert by_path[(name,)]["params"] == {"param": name, "model": BODY["model"]}


def test_validation_details_carry_zod_keywords_and_array_paths(gw: MockGateway) -> None:
    body = {**BODY, "messages": [{"role": "user"}], "temperature": 3}
    details = post(gw, body).json()["details"]
    keywords = {tuple(d["path"]): d["keyword"] for d in details}
    assert keywords[("messages", 0, "content")] == "invalid_type"
    assert keywords[("temperature",)] == "too_big"


def test_empty_model_is_a_validation_error_and_blank_is_model_required(gw: MockGateway) -> None:
    empty = post(gw, {**BODY, "model": ""})
    assert error_of(empty) == (400, "validation_error")
    assert empty.json()["details"][0]["keyword"] == "too_small"
    assert error_of(post(gw, {**BODY, "model": "   "})) == (400, "model_required")


def test_models_option_refuses_other_models_as_the_gateway_does() -> None:
    with MockGateway(models=["openai/gpt-4o-mini"]) as gateway:
        served = post(gateway)
        unknown = post(gateway, {**BODY, "model": "openai/gpt-9"})
    assert served.status_code == 200
    assert error_of(unknown) == (400, "unsupported_model_or_endpoint")
    assert unknown.json()["reason"] == "model_not_found_or_inactive"


def test_bearer_without_a_key_is_refused(gw: MockGateway) -> None:
    for header in ("Bearer", "Token test-key", "test-key", "Basic dGVzdA=="):
        response = _client.post(url(gw), json=BODY, headers={"Authorization": header})
        assert error_of(response) == (401, "unauthorised"), header


def test_other_methods_on_the_chat_path_are_405_with_allow(gw: MockGateway) -> None:
    for method in ("GET", "HEAD", "PUT", "DELETE", "PATCH", "TRACE"):
        response = _client.request(method, url(gw), headers=AUTH)
        assert response.status_code == 405, method
        assert response.headers["allow"] == "POST"
        if method != "HEAD":
            assert "use POST" in response.json()["description"]


def test_options_outside_v1_is_404(gw: MockGateway) -> None:
    assert _client.options(gw.url + "/chat/completions").status_code == 404


def test_the_413_survives_a_content_length_far_over_the_limit() -> None:
    # The body is read and dropped, so the client gets the answer instead of a broken pipe.
    with (
        MockGateway(max_body_bytes=16) as gateway,
        socket.create_connection(("127.0.0.1", gateway.port), timeout=5) as sock,
    ):
        body = json.dumps(BODY).encode()
        head = (
            f"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        )
        sock.sendall(head.encode() + body)
        assert sock.recv(65536).startswith(b"HTTP/1.1 413 ")


# -- replies ------------------------------------------------------------------------------


def test_reply_message_is_shaped_like_the_gateways(gw: MockGateway) -> None:
    body = post(gw).json()
    assert body["id"].startswith("G-")
    assert len(body["id"]) == 28
    assert body["nativeResponseId"].startswith("chatcmpl-")
    assert body["provider_id"] == body["provider"]
    message = body["choices"][0]["message"]
    assert (message["refusal"], message["annotations"]) == (None, [])
    assert body["choices"][0]["logprobs"] is None


def test_tool_call_reply_has_string_content(gw: MockGateway) -> None:
    tool = {"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}
    body = post(gw, {**BODY, "tools": [tool], "tool_choice": "required"}).json()
    message = body["choices"][0]["message"]
    assert message["content"] == ""
    assert message["tool_calls"][0]["function"]["name"] == "f"


def test_logprobs_are_returned_when_asked(gw: MockGateway) -> None:
    body = post(gw, {**BODY, "logprobs": True, "top_logprobs": 3}).json()
    choice = body["choices"][0]
    content = choice["logprobs"]["content"]
    assert "".join(entry["token"] for entry in content) == choice["message"]["content"]
    assert all(len(entry["top_logprobs"]) == 3 and entry["logprob"] < 0 for entry in content)
    assert all(bytes(entry["bytes"]).decode() == entry["token"] for entry in content)


def test_streamed_logprobs_ride_on_each_content_frame(gw: MockGateway) -> None:
    response = post(gw, {**BODY, "stream": True, "logprobs": True})
    contents = [
        json.loads(f)["choices"][0]
        for f in frames(response)[:-1]
        if json.loads(f)["choices"] and "content" in json.loads(f)["choices"][0]["delta"]
    ]
    with_text = [c for c in contents if c["delta"]["content"]]
    assert with_text
    assert all(c["logprobs"]["content"][0]["token"] == c["delta"]["content"] for c in with_text)


def test_required_with_only_server_tools_answers_with_text(gw: MockGateway) -> None:
    body = {**BODY, "tools": [{"type": "web_search"}], "tool_choice": "required"}
    response = post(gw, body)
    assert response.status_code == 200
    assert response.json()["choices"][0]["finish_reason"] == "stop"


CUSTOM_TOOL = {"type": "custom", "custom": {"name": "run_sql", "description": "SQL"}}


def test_forced_custom_tool_gets_a_custom_call(gw: MockGateway) -> None:
    body = post(gw, {**BODY, "tools": [CUSTOM_TOOL], "tool_choice": "required"}).json()
    (call,) = body["choices"][0]["message"]["tool_calls"]
    assert call["type"] == "custom"
    assert "function" not in call
    assert call["custom"] == {"name": "run_sql", "input": "Say hi"}


def test_forced_custom_tool_streams_its_input_in_pieces(gw: MockGateway) -> None:
    body = {**BODY, "tools": [CUSTOM_TOOL], "tool_choice": "required", "stream": True}
    calls = [
        json.loads(f)["choices"][0]["delta"].get("tool_calls")
        for f in frames(post(gw, body))[:-1]
        if json.loads(f)["choices"]
    ]
    pieces = [c[0] for c in calls if c]
    assert pieces[0]["type"] == "custom"
    assert pieces[0]["custom"]["name"] == "run_sql"
    assert "".join(p["custom"]["input"] for p in pieces) == "Say hi"


@pytest.mark.parametrize(
    "tools",
    [
        [{"type": "function", "function": {"name": "f"}}],
        [{"type": "custom", "custom": {"name": "nope"}}],  # a custom tool is not a function
    ],
)
def test_named_tool_choice_must_name_a_declared_function(gw: MockGateway, tools: Any) -> None:
    choice = {"type": "function", "function": {"name": "nope"}}
    response = post(gw, {**BODY, "tools": tools, "tool_choice": choice})
    assert error_of(response) == (400, "validation_error")
    assert response.json()["details"][0]["path"] == ["tool_choice"]


HARD_SCHEMAS = [
    {
        "type": "object",
        "properties": {"code": {"type": "string", "pattern": "^[A-Z]{3}-\\d{4}$"}},
        "required": ["code"],
    },
    {
        "type": "object",
        "patternProperties": {"^x-": {"type": "integer"}},
        "minProperties": 2,
        "additionalProperties": False,
    },
    {"oneOf": [{"type": "integer"}, {"type": "number", "minimum": 0}]},
]


@pytest.mark.parametrize("schema", HARD_SCHEMAS, ids=["pattern", "patternProperties", "oneOf"])
def test_hard_response_schemas_get_a_valid_instance(gw: MockGateway, schema: Any) -> None:
    response_format = {"type": "json_schema", "json_schema": {"name": "s", "schema": schema}}
    response = post(gw, {**BODY, "response_format": response_format})
    assert response.status_code == 200
    instance = json.loads(response.json()["choices"][0]["message"]["content"])
    jsonschema.validate(instance, schema)


def test_hard_tool_schema_gets_valid_arguments(gw: MockGateway) -> None:
    schema = HARD_SCHEMAS[0]
    tool = {"type": "function", "function": {"name": "f", "parameters": schema}}
    body = post(gw, {**BODY, "tools": [tool], "tool_choice": "required"}).json()
    arguments = body["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"]
    jsonschema.validate(json.loads(arguments), schema)


@pytest.mark.parametrize(
    ("schema", "says"),
    [
        ({"not": {}}, "no value"),
        ({"type": "object", "properties": {"a": {"not": {}}}, "required": ["a"]}, "no value"),
        ({"type": "nonsense"}, "not a valid JSON Schema"),
    ],
)
def test_unsatisfiable_schema_is_a_400_naming_it(gw: MockGateway, schema: Any, says: str) -> None:
    response_format = {"type": "json_schema", "json_schema": {"name": "s", "schema": schema}}
    response = post(gw, {**BODY, "response_format": response_format})
    assert error_of(response) == (400, "validation_error")
    assert "response_format.json_schema.schema" in response.json()["description"]
    assert says in response.json()["description"]


def test_rate_limited_reset_in_puts_reset_at_where_the_gateway_does(gw: MockGateway) -> None:
    response = post(gw, **{Fault.HEADER: Fault.rate_limited(None, reset_in=30).header_value})
    assert error_of(response) == (429, "key_limit_exceeded")
    assert "retry-after" not in response.headers
    assert response.json()["debug"]["upstream"]["reset_at"].endswith("Z")


# -- the realistic stream -------------------------------------------------------------------


def _realistic_frames(response: httpx.Response) -> list[dict[str, Any]]:
    assert "[DONE]" not in response.text
    return [json.loads(f) for f in frames(response)]


@pytest.mark.parametrize("how", ["fault", "option", "header"])
def test_realistic_stream_sends_frames_as_the_gateways_upstream_paths(
    gw: MockGateway, how: str
) -> None:
    body = {**BODY, "stream": True}
    if how == "option":
        with MockGateway(stream_style="realistic") as gateway:
            response = post(gateway, body)
    elif how == "fault":
        gw.enqueue(MockReply.derived(fault=Fault.realistic()))
        response = post(gw, body)
    else:
        response = post(gw, body, **{Fault.HEADER: "realistic"})
    parsed = _realistic_frames(response)
    *chunks, last = parsed
    native = parsed[0]["nativeResponseId"]
    assert all(f["nativeResponseId"] == native and f["id"].startswith("G-") for f in parsed)
    assert not any("created" in f or "model" in f for f in chunks)
    assert any("usage" in f and f["choices"] == [] for f in chunks)  # usage never asked for
    finish = [f for f in chunks if f["choices"] and f["choices"][0]["finish_reason"]]
    assert finish
    assert all("object" not in f for f in finish)
    assert last["object"] == "chat.completion"
    text = "".join(f["choices"][0]["delta"].get("content") or "" for f in chunks if f["choices"])
    assert last["choices"][0]["message"]["content"] == text
    assert last["usage"]["total_tokens"] > 0


def test_realistic_option_leaves_json_replies_alone() -> None:
    with MockGateway(stream_style="realistic") as gateway:
        assert post(gateway).json()["object"] == "chat.completion"


def test_unknown_styles_are_refused() -> None:
    with pytest.raises(ValueError, match="error_style"):
        MockGateway(error_style="xml")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="stream_style"):
        MockGateway(stream_style="fast")  # type: ignore[arg-type]


def test_gateway_wide_faults_apply_to_every_request() -> None:
    with MockGateway(faults=[Fault.http_error(503)]) as gateway:
        statuses = [post(gateway).status_code for _ in range(2)]
    assert statuses == [503, 503]
