"""generate_text and chat.completions.create: request forms, headers, per-call options, pooling."""

from __future__ import annotations

import httpx
import pytest

from aistats import AIStats, AsyncAIStats, BadRequestError
from aistats.models import (
    ChatCompletion,
    ChatCompletionRequestSystemMessage,
    ChatCompletionRequestUserMessage,
    CreateChatCompletionRequest,
)
from aistats.testing import MockGateway, MockReply
from tests.client.conftest import API_KEY, HELLO, MODEL, Api

SEED_001_REQUEST = {
    "model": "openai/gpt-4o-mini",
    "messages": [
        {"role": "system", "content": "You are helpful."},
        {"role": "user", "content": "Write a limerick about lighthouses."},
    ],
    "temperature": 0.5,
}


async def test_seed_001_dict_returns_a_typed_completion(api: Api, gateway: MockGateway) -> None:
    chat = await api.generate(SEED_001_REQUEST)
    assert isinstance(chat, ChatCompletion)
    content = chat.choices[0].message.content
    assert isinstance(content, str)
    assert "lighthouse" in content.lower()
    assert chat.choices[0].finish_reason == "stop"
    assert gateway.last_request.body == {**SEED_001_REQUEST, "stream": False}


async def test_dict_model_and_keyword_forms_send_the_same_json(
    api: Api, gateway: MockGateway
) -> None:
    typed = CreateChatCompletionRequest(
        model="openai/gpt-4o-mini",
        messages=[
            ChatCompletionRequestSystemMessage(content="You are helpful."),
            ChatCompletionRequestUserMessage(content="Write a limerick about lighthouses."),
        ],
        temperature=0.5,
    )
    await api.generate(SEED_001_REQUEST)
    await api.generate(typed)
    await api.generate(**SEED_001_REQUEST)
    await api.generate(
        model="openai/gpt-4o-mini",
        messages=[
            ChatCompletionRequestSystemMessage(content="You are helpful."),
            {"role": "user", "content": "Write a limerick about lighthouses."},
        ],
        temperature=0.5,
    )
    bodies = [request.raw_body for request in gateway.requests]
    assert len(bodies) == 4
    assert len(set(bodies)) == 1


async def test_keyword_arguments_add_to_a_dict_request(api: Api, gateway: MockGateway) -> None:
    await api.generate({"model": MODEL, "messages": HELLO}, temperature=0.2, seed=7)
    assert gateway.last_request.body == {
        "model": MODEL, "messages": HELLO, "temperature": 0.2, "seed": 7, "stream": False,
    }  # fmt: skip


async def test_any_sequence_is_sent_as_a_json_array(api: Api, gateway: MockGateway) -> None:
    # The request types accept any sequence where the spec has an array.
    messages = tuple(HELLO)
    await api.generate(model=MODEL, messages=messages, stop=("\n\n", "END"))
    assert gateway.last_request.body["messages"] == HELLO
    assert gateway.last_request.body["stop"] == ["\n\n", "END"]


async def test_bytes_are_not_taken_for_a_sequence(api: Api, gateway: MockGateway) -> None:
    with pytest.raises(TypeError, match=r"stop: bytes is not JSON-serialisable"):
        await api.generate(model=MODEL, messages=HELLO, stop=b"\n")
    assert gateway.requests == []


async def test_generate_text_sends_stream_false_even_if_asked_otherwise(
    api: Api, gateway: MockGateway
) -> None:
    await api.generate({"model": MODEL, "messages": HELLO, "stream": True})
    assert gateway.last_request.body["stream"] is False


async def test_request_headers(api: Api, gateway: MockGateway) -> None:
    await api.generate(model=MODEL, messages=HELLO)
    headers = gateway.last_request.headers
    assert headers["authorization"] == f"Bearer {API_KEY}"
    assert headers["content-type"] == "application/json"
    assert headers["accept"] == "application/json"
    assert headers["user-agent"].startswith("aistats-client/")
    await api.final(model=MODEL, messages=HELLO)
    assert gateway.last_request.headers["accept"] == "text/event-stream"


async def test_extra_headers_query_and_body_reach_the_server(
    api: Api, gateway: MockGateway
) -> None:
    await api.generate(
        model=MODEL,
        messages=HELLO,
        extra_headers={"X-Trace": "abc"},
        extra_query={"debug": "1"},
        extra_body={"provider": {"order": ["openai"]}, "session_id": "run-7"},
    )
    request = gateway.last_request
    assert request.headers["x-trace"] == "abc"
    assert request.query == "debug=1"
    assert request.body["provider"] == {"order": ["openai"]}
    assert request.body["session_id"] == "run-7"


async def test_a_field_the_spec_does_not_name_is_sent_and_the_gateway_names_it_back(
    api: Api, gateway: MockGateway
) -> None:
    # The gateway refuses top-level fields it does not know (400 `unknown_param`); the client
    # sends them all the same, from extra_body or keywords, so a field the gateway learned
    # before the spec did is usable without waiting for a release.
    with pytest.raises(BadRequestError) as refused:
        await api.generate(
            model=MODEL, messages=HELLO, future_knob={"a": 1}, extra_body={"brand_new": [1]}
        )
    assert gateway.last_request.body["future_knob"] == {"a": 1}
    assert gateway.last_request.body["brand_new"] == [1]
    assert refused.value.code == "validation_error"
    assert refused.value.param in ("future_knob", "brand_new")


async def test_default_headers_are_sent_and_extra_headers_override_them(
    gateway: MockGateway,
) -> None:
    api = Api("sync", gateway.base_url, default_headers={"X-App": "one", "X-Team": "t"})
    await api.generate(model=MODEL, messages=HELLO, extra_headers={"X-App": "two"})
    assert gateway.last_request.headers["x-app"] == "two"
    assert gateway.last_request.headers["x-team"] == "t"
    await api.aclose()


async def test_openai_shaped_alias_returns_a_completion_or_a_stream(
    api: Api, gateway: MockGateway
) -> None:
    chat = await api.create(model=MODEL, messages=HELLO, temperature=0.7, max_tokens=256)
    assert isinstance(chat, ChatCompletion)
    assert gateway.last_request.body["max_tokens"] == 256
    stream = await api.create(model=MODEL, messages=HELLO, stream=True)
    try:
        if api.kind == "sync":
            text = "".join(stream.text_stream)
        else:
            text = "".join([piece async for piece in stream.text_stream])
    finally:
        await api.close_stream(stream)
    assert text == chat.choices[0].message.content


async def test_sequential_calls_reuse_one_tcp_connection(api: Api, gateway: MockGateway) -> None:
    for _ in range(5):
        await api.generate(model=MODEL, messages=HELLO)
    for _ in range(3):
        await api.final(model=MODEL, messages=HELLO)
    assert gateway.connections_opened == 1


async def test_with_options_shares_the_pool_and_changes_only_the_copy(
    api: Api, gateway: MockGateway
) -> None:
    copy = api.client.with_options(max_retries=0, timeout=5, default_headers={"X-Copy": "1"})
    assert (copy.max_retries, api.client.max_retries) == (0, 2)
    assert copy.timeout.read == 5
    await api.generate(model=MODEL, messages=HELLO)
    await api.with_client(copy).generate(model=MODEL, messages=HELLO)
    assert gateway.requests[1].headers["x-copy"] == "1"
    assert "x-copy" not in gateway.requests[0].headers
    assert gateway.connections_opened == 1


async def test_a_users_own_http_client_is_used_and_left_open(gateway: MockGateway) -> None:
    seen: list[str] = []
    sync_http = httpx.Client(event_hooks={"request": [lambda r: seen.append(str(r.url))]})
    with AIStats(base_url=gateway.base_url, api_key=API_KEY, http_client=sync_http) as client:
        client.generate_text(model=MODEL, messages=HELLO)
    assert seen == [f"{gateway.base_url}/chat/completions"]
    assert not sync_http.is_closed
    sync_http.close()  # noqa: ASYNC212 - a sync client, closed after use

    async def hook(request: httpx.Request) -> None:
        seen.append(str(request.url))

    async_http = httpx.AsyncClient(event_hooks={"request": [hook]})
    async with AsyncAIStats(
        base_url=gateway.base_url, api_key=API_KEY, http_client=async_http
    ) as aclient:
        await aclient.generate_text(model=MODEL, messages=HELLO)
    assert len(seen) == 2
    assert not async_http.is_closed
    await async_http.aclose()


async def test_closing_the_client_closes_its_pool(gateway: MockGateway) -> None:
    client = AIStats(base_url=gateway.base_url, api_key=API_KEY)
    client.generate_text(model=MODEL, messages=HELLO)
    client.close()
    gateway.wait_until_idle()
    assert gateway.open_connections == 0


async def test_scripted_reply_text_arrives_verbatim(api: Api, gateway: MockGateway) -> None:
    gateway.enqueue(MockReply.text("Héllo wörld 🌍, fine."))
    chat = await api.generate(model=MODEL, messages=HELLO)
    assert chat.choices[0].message.content == "Héllo wörld 🌍, fine."


@pytest.mark.parametrize("n", [1, 3])
async def test_n_choices_come_back(api: Api, n: int) -> None:
    chat = await api.generate(model=MODEL, messages=HELLO, n=n)
    assert [choice.index for choice in chat.choices] == list(range(n))
