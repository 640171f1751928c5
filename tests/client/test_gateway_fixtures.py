"""What the real gateway sends (tests/data/gateway, written from its code), played through the
mock gateway to both clients: the errors they raise and the chunks and completions they give."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

import aistats
from aistats import APIStatusError, APIStreamError, ChatStream
from aistats.models import (
    ChatCompletion,
    ChatCompletionChunk,
    ChatCompletionMessageCustomToolCall,
    ChatCompletionMessageFunctionToolCall,
    ErrorObject,
    ErrorResponse,
)
from aistats.testing import Fault, MockGateway, MockReply
from tests.client.conftest import HELLO, MODEL, Api
from tests.conftest import REPO_ROOT

FIXTURES = REPO_ROOT / "tests/data/gateway"


def fixture_json(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return loaded


def fixture_stream(name: str) -> MockReply:
    return MockReply.raw_sse((FIXTURES / name).read_bytes())


def no_retries(api: Api) -> Api:
    return api.with_client(api.client.with_options(max_retries=0))


async def raised_by(api: Api, gateway: MockGateway, status: int, body: Any) -> APIStatusError:
    gateway.enqueue(MockReply.error(status, json=body))
    with pytest.raises(APIStatusError) as raised:
        await no_retries(api).generate(model=MODEL, messages=HELLO)
    return raised.value


async def chunks_and_final(
    api: Api, **kwargs: Any
) -> tuple[list[ChatCompletionChunk], ChatCompletion]:
    """Every chunk of one stream, then its final completion."""
    stream = await api.open(model=MODEL, messages=HELLO, **kwargs)
    if isinstance(stream, ChatStream):
        with stream:
            chunks = list(stream)
            return chunks, stream.get_final_completion()
    async with stream:
        achunks = [chunk async for chunk in stream]
        return achunks, await stream.get_final_completion()


# -- error bodies -----------------------------------------------------------------------------


async def test_a_validation_error_gives_code_param_fields_type_and_the_body_id(
    api: Api, gateway: MockGateway
) -> None:
    body = fixture_json("validation_error.json")
    error = await raised_by(api, gateway, 400, body)
    assert isinstance(error, aistats.BadRequestError)
    assert error.code == "validation_error"
    assert error.param == "messages[1].content"
    assert error.fields == ("messages[1].content", "repetition_penalty")
    assert error.type == "user"
    assert error.request_id == "G-01K9Z3W2Q8R4T6Y8A0C2E4G6J8"  # no header: the body's id
    assert str(error) == (
        "Error code: 400 Bad Request - validation_error: Invalid input at messages.1.content "
        "(failing fields: messages[1].content, repetition_penalty)"
    )
    assert error.body == body
    typed = error.error_body
    assert isinstance(typed, ErrorResponse)
    assert typed.error == "validation_error"
    assert typed.details is not None
    assert [d.path for d in typed.details] == [["messages", 1, "content"], ["repetition_penalty"]]
    assert typed.details[1].keyword == "too_small"


async def test_an_unknown_parameter_is_named_once(api: Api, gateway: MockGateway) -> None:
    error = await raised_by(api, gateway, 400, fixture_json("unknown_param.json"))
    assert (error.code, error.param, error.fields) == (
        "validation_error",
        "verbosity",
        ("verbosity",),
    )
    assert str(error).endswith("validation_error: Unknown parameter: verbosity at verbosity")


@pytest.mark.parametrize(
    ("name", "status", "cls", "code", "text"),
    [
        ("unauthorised.json", 401, aistats.AuthenticationError, "unauthorised",
         "unauthorised: missing_or_invalid_authorization_header"),
        ("unsupported_model.json", 400, aistats.BadRequestError, "unsupported_model_or_endpoint",
         "unsupported_model_or_endpoint: Unsupported model or endpoint."),
        ("payload_too_large.json", 413, aistats.PayloadTooLargeError, "payload_too_large",
         "- payload_too_large"),
        ("upstream_error.json", 502, aistats.InternalServerError, "upstream_error",
         "upstream_error: all_candidates_failed"),
    ],
)  # fmt: skip
async def test_each_gateway_error_raises_its_class_with_its_code(
    api: Api,
    gateway: MockGateway,
    name: str,
    status: int,
    cls: type[APIStatusError],
    code: str,
    text: str,
) -> None:
    error = await raised_by(api, gateway, status, fixture_json(name))
    assert type(error) is cls
    assert error.code == code
    assert error.param is None
    assert error.request_id is not None
    assert error.request_id.startswith("G-")
    assert text in str(error)
    assert isinstance(error.error_body, ErrorResponse)


async def test_an_upstream_failure_keeps_the_providers_statuses_typed(
    api: Api, gateway: MockGateway
) -> None:
    error = await raised_by(api, gateway, 502, fixture_json("upstream_error.json"))
    typed = error.error_body
    assert typed is not None
    assert typed.failed_statuses == [429, 503]
    assert typed.failed_providers == ["openai", "azure"]
    assert typed.upstream_error is not None
    assert typed.upstream_error.code == "rate_limit_exceeded"
    assert error.type == "system"


async def test_the_openai_object_form_fills_the_same_fields(api: Api, gateway: MockGateway) -> None:
    error = await raised_by(api, gateway, 400, fixture_json("openai_object_form.json"))
    assert error.code == "decimal_above_max_value"
    assert error.param == "temperature"
    assert error.type == "invalid_request_error"
    assert error.fields == ("temperature",)
    assert str(error).endswith("Invalid 'temperature': decimal above maximum value.")
    assert error.error_body is not None
    assert isinstance(error.error_body.error, ErrorObject)
    assert error.error_body.error.param == "temperature"


async def test_a_request_id_header_wins_over_the_body(api: Api, gateway: MockGateway) -> None:
    body = fixture_json("validation_error.json")
    gateway.enqueue(MockReply.error(400, json=body, headers={"x-request-id": "req-from-proxy"}))
    with pytest.raises(APIStatusError) as raised:
        await no_retries(api).generate(model=MODEL, messages=HELLO)
    assert raised.value.request_id == "req-from-proxy"


# -- 429: reset_at instead of Retry-After --------------------------------------------------


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def with_reset_at(reset_at: datetime, *, where: str) -> dict[str, Any]:
    body = fixture_json("key_limit_exceeded_debug.json")
    if where == "debug":
        body["debug"]["upstream"]["reset_at"] = iso(reset_at)
    else:
        del body["debug"]
        body["reset_at"] = iso(reset_at)
    return body


@pytest.mark.parametrize("where", ["debug", "top"])
async def test_a_429_whose_limit_resets_soon_waits_until_then_and_retries(
    api: Api, gateway: MockGateway, where: str
) -> None:
    wait = 1.0
    gateway.enqueue(
        MockReply.error(
            429, json=with_reset_at(datetime.now(UTC) + timedelta(seconds=wait), where=where)
        )
    )
    started = time.monotonic()
    chat = await api.generate(model=MODEL, messages=HELLO)
    elapsed = time.monotonic() - started
    assert chat.choices[0].message.content
    assert len(gateway.requests) == 2
    # A lower bound only: a loaded machine can make the wait longer, never shorter. (The
    # backoff a 429 without a reset time gets is at most 0.5 s on the first retry.)
    assert elapsed >= wait - 0.15


@pytest.mark.parametrize("where", ["debug", "top"])
async def test_a_429_whose_limit_resets_beyond_the_cap_raises_at_once(
    api: Api, gateway: MockGateway, where: str
) -> None:
    reset_at = datetime.now(UTC) + timedelta(hours=3)
    gateway.enqueue(MockReply.error(429, json=with_reset_at(reset_at, where=where)))
    with pytest.raises(aistats.RateLimitError) as raised:
        await api.generate(model=MODEL, messages=HELLO)
    assert len(gateway.requests) == 1
    assert raised.value.reset_at is not None
    assert abs((raised.value.reset_at - reset_at).total_seconds()) < 0.01
    assert raised.value.code == "key_limit_exceeded"


async def test_a_key_limit_without_a_reset_time_is_not_retried(
    api: Api, gateway: MockGateway
) -> None:
    # What the gateway sends without x-gateway-debug: a daily limit does not lift in seconds.
    gateway.enqueue(MockReply.error(429, json=fixture_json("key_limit_exceeded.json")))
    with pytest.raises(aistats.RateLimitError) as raised:
        await api.generate(model=MODEL, messages=HELLO)
    assert len(gateway.requests) == 1
    assert raised.value.reset_at is None
    assert "daily request limit" in str(raised.value)


async def test_a_429_without_a_code_or_reset_time_is_retried_with_backoff(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(MockReply.error(429, json={"error": {"message": "slow down"}}))
    chat = await api.generate(model=MODEL, messages=HELLO)
    assert chat.choices[0].message.content
    assert len(gateway.requests) == 2


# -- streams --------------------------------------------------------------------------------


async def test_a_reencoded_stream_without_created_model_or_done_gives_chunks_and_a_completion(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(fixture_stream("anthropic_reencoded.sse"))
    before = int(time.time())
    chunks, final = await chunks_and_final(api)
    assert len(chunks) == 4
    assert all(c.created is None and c.model is None for c in chunks)
    assert [c.native_response_id for c in chunks] == ["msg_01XFDUDYJgAACzvnptvVoYEL"] * 4
    assert chunks[2].object_ is None  # the gateway's stop frame has no `object`
    assert chunks[2].choices[0].finish_reason == "stop"
    assert final.id == "G-01K9Z3W2Q8R4T6Y8A0C2E4G6K0"
    assert final.choices[0].message.content == "Hello there!"
    assert final.choices[0].finish_reason == "stop"
    assert final.usage is not None
    assert final.usage.total_tokens == 15
    assert final.usage.pricing is not None
    assert final.usage.pricing.total_nanos == 61000
    # No frame said when or which model: the stream's start and the model the request named.
    assert final.model == MODEL
    assert before <= final.created <= int(time.time())


async def test_a_reencoded_stream_gives_its_text(api: Api, gateway: MockGateway) -> None:
    gateway.enqueue(fixture_stream("anthropic_reencoded.sse"))
    assert await api.text(model=MODEL, messages=HELLO) == "Hello there!"


async def test_a_whole_completion_as_last_frame_is_the_final_completion_and_its_remainder_a_chunk(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(fixture_stream("responses_final_completion.sse"))
    chunks, final = await chunks_and_final(api)
    assert len(chunks) == 4
    last = chunks[-1]
    assert last.object_ == "chat.completion.chunk"
    assert last.choices[0].finish_reason == "tool_calls"
    assert last.choices[0].delta.content == "."  # what the streamed text lacked
    assert last.choices[0].delta.reasoning_content == "The user wants the weather."
    assert last.choices[0].delta.tool_calls is None  # the call was streamed already
    assert last.usage is not None
    assert last.usage.total_tokens == 62
    message = final.choices[0].message
    assert message.content == "Checking the weather."
    assert final.choices[0].finish_reason == "tool_calls"
    # The streamed arguments were growing snapshots; the last frame's are the truth.
    assert message.tool_calls is not None
    call = message.tool_calls[0]
    assert isinstance(call, ChatCompletionMessageFunctionToolCall)
    assert (call.id, call.function.name, call.function.arguments) == (
        "call_Wx1", "get_weather", '{"city":"Paris"}'
    )  # fmt: skip
    assert final.model == "gpt-5-mini-2025-08-07"
    assert final.native_response_id == "resp_68af0c1e"


async def test_the_text_of_a_stream_ending_in_a_whole_completion_is_complete(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(fixture_stream("responses_final_completion.sse"))
    assert await api.text(model=MODEL, messages=HELLO) == "Checking the weather."


async def test_a_streamed_custom_tool_call_accumulates_name_and_input(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(fixture_stream("custom_tool_call.sse"))
    chunks, final = await chunks_and_final(api)
    first = chunks[0].choices[0].delta.tool_calls
    assert first is not None
    assert first[0].custom is not None
    assert first[0].custom.name == "run_sql"
    calls = final.choices[0].message.tool_calls
    assert calls is not None
    assert len(calls) == 1
    call = calls[0]
    assert isinstance(call, ChatCompletionMessageCustomToolCall)
    assert (call.id, call.custom.name, call.custom.input_) == (
        "call_sql1", "run_sql", "SELECT count(*) FROM users"
    )  # fmt: skip
    assert call.to_dict() == {
        "id": "call_sql1", "type": "custom",
        "custom": {"name": "run_sql", "input": "SELECT count(*) FROM users"},
    }  # fmt: skip


async def test_a_custom_tool_call_reply_is_typed(api: Api, gateway: MockGateway) -> None:
    gateway.enqueue(MockReply.json(fixture_json("completion_custom_tool_call.json")))
    chat = await api.generate(model=MODEL, messages=HELLO)
    message = chat.choices[0].message
    assert message.content == ""
    assert message.annotations == []
    assert message.tool_calls is not None
    call = message.tool_calls[0]
    assert isinstance(call, ChatCompletionMessageCustomToolCall)
    assert call.custom.input_ == "SELECT 1"


async def test_a_mid_stream_error_frame_raises_with_what_arrived(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(fixture_stream("error_frame.sse"))
    stream = await api.open(model=MODEL, messages=HELLO)
    received: list[ChatCompletionChunk] = []

    async def read_all() -> None:
        if isinstance(stream, ChatStream):
            with stream:
                received.extend(iter(stream))
        else:
            async with stream:
                async for chunk in stream:
                    received.append(chunk)

    with pytest.raises(APIStreamError) as raised:
        await read_all()
    assert str(raised.value) == "The gateway reported an error mid-stream: Overloaded"
    assert raised.value.payload["object"] == "error"
    assert raised.value.request_id == "G-01K9Z3W2Q8R4T6Y8A0C2E4G6K3"
    assert raised.value.partial is not None
    assert raised.value.partial.choices[0].message.content == "Once upon"
    assert [c.choices[0].delta.content for c in received] == ["Once upon"]


async def test_a_full_reply_reads_usage_cost_and_meta_typed(api: Api, gateway: MockGateway) -> None:
    gateway.enqueue(MockReply.json(fixture_json("completion.json")))
    chat = await api.generate(model=MODEL, messages=HELLO)
    assert (chat.provider, chat.provider_id, chat.native_response_id) == (
        "openai",
        "openai",
        "chatcmpl-C9y0",
    )
    assert chat.cost_nanos == 4350
    assert chat.currency == "USD"
    assert chat.pricing_lines is not None
    assert chat.pricing_lines[0].line_nanos == 1350
    usage = chat.usage
    assert usage is not None
    assert usage.prompt_tokens_details is not None
    assert usage.prompt_tokens_details.cached_tokens == 4
    assert usage.completion_tokens_details is not None
    assert usage.completion_tokens_details.reasoning_tokens == 1
    assert usage.server_tool_use is not None
    assert usage.server_tool_use.web_search_requests == 1
    assert usage.pricing is not None
    assert usage.pricing.total_usd_str == "0.00000435"
    assert chat.meta is not None
    assert chat.meta.latency_ms == 312.0
    details = chat.choices[0].message.reasoning_details
    assert details is not None
    assert details[0].text == "Greet back."


async def test_a_key_limit_with_a_proxys_retry_after_is_retried(
    api: Api, gateway: MockGateway
) -> None:
    # A proxy in front of the gateway that says when to come back knows better than the code.
    gateway.enqueue(MockReply.error(429, headers={"Retry-After": "0"}))
    chat = await api.generate(model=MODEL, messages=HELLO)
    assert chat.choices[0].message.content
    assert len(gateway.requests) == 2


async def test_the_mocks_reset_in_fault_is_waited_for(api: Api, gateway: MockGateway) -> None:
    gateway.enqueue(MockReply.derived(fault=Fault.rate_limited(None, reset_in=0.3)))
    chat = await api.generate(model=MODEL, messages=HELLO)
    assert chat.choices[0].message.content
    first, second = gateway.requests
    assert second.received_at - first.received_at >= 0.2


# -- the mock's realistic streams, through the client ---------------------------------------


async def test_a_realistic_stream_gives_every_chunk_and_the_final_completion(
    api: Api, gateway: MockGateway
) -> None:
    plain_chunks, plain = await chunks_and_final(api)
    gateway.enqueue(MockReply.derived(fault=Fault.realistic()))
    chunks, final = await chunks_and_final(api)
    assert final.choices[0].message.content == plain.choices[0].message.content
    assert final.id == plain.id
    assert final.id.startswith("G-")
    assert final.model == MODEL  # the frames carry none: the request's model fills it in
    assert plain.usage is None  # not asked for; the gateway's upstream paths always send it
    assert final.usage is not None
    assert final.usage.total_tokens > 0
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == final.choices[0].message.content
    assert len(chunks) >= len(plain_chunks)


async def test_a_realistic_stream_of_a_tool_call(api: Api, gateway: MockGateway) -> None:
    tool = {"type": "function", "function": {"name": "get_weather", "parameters": WEATHER}}
    gateway.enqueue(MockReply.derived(fault=Fault.realistic()))
    _, final = await chunks_and_final(api, tools=[tool], tool_choice="required")
    (call,) = final.choices[0].message.tool_calls or []
    assert isinstance(call, ChatCompletionMessageFunctionToolCall)
    assert json.loads(call.function.arguments) == {"location": "example location"}
    assert final.choices[0].finish_reason == "tool_calls"


WEATHER = {
    "type": "object",
    "properties": {"location": {"type": "string"}},
    "required": ["location"],
}
