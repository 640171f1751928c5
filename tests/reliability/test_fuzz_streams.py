"""Property-based tests of the stream layer over real HTTP: what the mock serves must come out
of the client unchanged, however the bytes are framed and cut, and bytes that are not a valid
stream must only ever produce chunks or documented aistats exceptions.

The SSE decoder alone is fuzzed (differentially against httpx-sse) in
tests/unit/test_sse_decoder.py; here every example is a real request to the mock gateway, in
a sync or an async client (drawn per example). `make fuzz` runs these with
AISTATS_FUZZ_EXAMPLES=50000 spread over sync and async.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from aistats import (
    AIStats,
    APIResponseValidationError,
    APIStreamError,
    AsyncAIStats,
    IncompleteStreamError,
)
from aistats.models import ChatCompletion, ChatCompletionChunk
from aistats.testing import Fault, MockGateway, MockReply
from tests.conftest import load_spec
from tests.fuzzing import fuzz_examples
from tests.reliability.conftest import API_KEY, HELLO, MODEL

pytestmark = pytest.mark.fuzz

SPEC = load_spec()


def fuzz_settings(count: int) -> settings:
    return settings(
        max_examples=count,
        deadline=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.filter_too_much,
        ],
    )


def fuzz_timeout(count: int, seconds_each: float) -> pytest.MarkDecorator:
    """The suite's 120 s per test suits `make test`; a long run gets a bound scaled to it."""
    return pytest.mark.timeout(max(120, int(count * seconds_each * 4)))


VALID_STREAMS = fuzz_examples(60, share=20)
ARBITRARY_BODIES = fuzz_examples(100, share=5)
SPEC_COMPLETIONS = fuzz_examples(5, share=250)
SPEC_CHUNK_LISTS = fuzz_examples(5, share=250)


# ---------------------------------------------------------------------------
# Serving a body and reading it back through a sync or an async client
# ---------------------------------------------------------------------------


@dataclass
class Outcome:
    chunks: list[dict[str, Any]]
    text: str | None
    error: BaseException | None


class Clients:
    """One sync and one async client for a whole hypothesis run (keep-alive across examples)."""

    def __init__(self, gateway: MockGateway) -> None:
        self.gateway = gateway
        self.runner = asyncio.Runner()
        options: dict[str, Any] = {"base_url": gateway.base_url, "api_key": API_KEY}
        self.sync = AIStats(**options, max_retries=0, timeout=10)
        self.async_ = AsyncAIStats(**options, max_retries=0, timeout=10)

    def close(self) -> None:
        self.sync.close()
        self.runner.run(self.async_.close())
        self.runner.close()

    def stream(self, reply: MockReply, kind: str, mode: str) -> Outcome:
        """Serve `reply` to one stream request and read it in `mode`: `chunks` (typed
        chunks, returned as dicts), `text` (text_stream) or `final` (get_final_completion)."""
        self.gateway.reset()
        self.gateway.enqueue(reply)
        if kind == "sync":
            return self._sync(mode)
        return self.runner.run(self._async(mode))

    def _sync(self, mode: str) -> Outcome:
        outcome = Outcome([], None, None)
        try:
            with self.sync.stream_text(model=MODEL, messages=HELLO) as stream:
                if mode == "chunks":
                    for chunk in stream:
                        outcome.chunks.append(typed(chunk))
                elif mode == "text":
                    outcome.text = "".join(stream.text_stream)
                else:
                    outcome.text = first_content(stream.get_final_completion())
        except Exception as error:
            outcome.error = error
        return outcome

    async def _async(self, mode: str) -> Outcome:
        outcome = Outcome([], None, None)
        try:
            async with self.async_.stream_text(model=MODEL, messages=HELLO) as stream:
                if mode == "chunks":
                    async for chunk in stream:
                        outcome.chunks.append(typed(chunk))
                elif mode == "text":
                    outcome.text = "".join([piece async for piece in stream.text_stream])
                else:
                    outcome.text = first_content(await stream.get_final_completion())
        except Exception as error:
            outcome.error = error
        return outcome

    def completion(self, reply: MockReply, kind: str) -> dict[str, Any]:
        self.gateway.reset()
        self.gateway.enqueue(reply)
        if kind == "sync":
            return self.sync.generate_text(model=MODEL, messages=HELLO).to_dict()
        chat = self.runner.run(self.async_.generate_text(model=MODEL, messages=HELLO))
        return chat.to_dict()


def first_content(completion: ChatCompletion) -> str | None:
    return completion.choices[0].message.content if completion.choices else None


def typed(chunk: ChatCompletionChunk) -> dict[str, Any]:
    assert isinstance(chunk, ChatCompletionChunk)
    return chunk.to_dict()


@pytest.fixture
def clients(gateway: MockGateway) -> Iterator[Clients]:
    both = Clients(gateway)
    yield both
    both.close()


kinds = st.sampled_from(["sync", "async"])


@st.composite
def cut(draw: st.DrawFn, body: bytes) -> list[bytes]:
    """`body` cut at random offsets (one HTTP chunk per piece), often right after a line end."""
    offsets = st.integers(0, len(body))
    line_ends = [i + 1 for i, byte in enumerate(body) if byte in b"\r\n"]
    if line_ends:
        offsets = offsets | st.sampled_from(line_ends)
    edges = [0, *sorted(draw(st.lists(offsets, max_size=16))), len(body)]
    return [body[a:b] for a, b in itertools.pairwise(edges) if b > a]


@st.composite
def delivery_faults(draw: st.DrawFn, body: bytes) -> list[Fault]:
    faults = []
    if len(body) < 4096 and draw(st.integers(0, 3)) == 0:
        faults.append(Fault.tiny_writes(draw(st.integers(1, 16)), delay_ms=0))
    if draw(st.integers(0, 7)) == 0:
        faults.append(Fault.gzip())
    return faults


# ---------------------------------------------------------------------------
# Valid streams, framed every legal way and cut anywhere, arrive intact
# ---------------------------------------------------------------------------

tricky_text = st.lists(
    st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(["\n", "\r", "\r\n", "data: ", "[DONE]", "\ufeff", "é", "🌍", '"', "\\"]),
    ),
    max_size=12,
).map("".join)


@st.composite
def chunk_payloads(draw: st.DrawFn, index: int) -> dict[str, Any]:
    delta: dict[str, Any] = {"content": draw(tricky_text)}
    if index == 0:
        delta["role"] = "assistant"
    return {
        "id": "chatcmpl-fuzz",
        "object": "chat.completion.chunk",
        "created": draw(st.integers(0, 2**40)),
        "model": draw(st.sampled_from([MODEL, "m", "provider/model-é"])),
        "choices": [{"index": 0, "delta": delta, "finish_reason": None}],
    }


@st.composite
def sse_event(draw: st.DrawFn, payload: dict[str, Any], number: int) -> bytes:
    """One event as a server may legally frame it."""
    text = json.dumps(
        payload, ensure_ascii=draw(st.booleans()), indent=draw(st.sampled_from([None, None, 0, 2]))
    )
    end = draw(st.sampled_from(["\n", "\n", "\r\n", "\r"]))
    separator = draw(st.sampled_from(["data: ", "data:"]))
    lines = [separator + line for line in text.split("\n")]
    if draw(st.booleans()):
        lines.insert(
            0,
            draw(
                st.sampled_from(
                    [": keep-alive", ":", "event: message", f"id: {number}", "retry: 3000"]
                )
            ),
        )
    return "".join(line + end for line in lines).encode() + end.encode()


@st.composite
def valid_streams(draw: st.DrawFn) -> tuple[list[dict[str, Any]], bytes]:
    count = draw(st.integers(0, 8))
    payloads = [draw(chunk_payloads(i)) for i in range(count)]
    if payloads:
        payloads[-1]["choices"][0]["finish_reason"] = "stop"
    events = [draw(sse_event(p, n)) for n, p in enumerate(payloads)]
    done = draw(st.sampled_from([b"data: [DONE]\n\n", b"data:[DONE]\r\n\r\n", b"data: [DONE]\n"]))
    bom = b"\xef\xbb\xbf" if draw(st.integers(0, 7)) == 0 else b""
    return payloads, bom + b"".join(events) + done


@fuzz_settings(VALID_STREAMS)
@given(data=st.data())
def check_valid_stream(clients: Clients, data: st.DataObject) -> None:
    payloads, body = data.draw(valid_streams())
    pieces = data.draw(cut(body))
    faults = data.draw(delivery_faults(body))
    kind, mode = data.draw(kinds), data.draw(st.sampled_from(["chunks", "text", "final"]))
    outcome = clients.stream(MockReply.raw_sse(pieces, fault=faults), kind, mode)
    assert outcome.error is None, repr(outcome.error)
    text = "".join(p["choices"][0]["delta"]["content"] for p in payloads)
    if mode == "chunks":
        assert outcome.chunks == payloads
    elif mode == "text":
        assert outcome.text == text
    else:
        assert outcome.text == (text if payloads else None)


@fuzz_timeout(VALID_STREAMS, 0.03)
def test_fuzz_random_chunk_streams_cut_at_random_offsets_arrive_intact(clients: Clients) -> None:
    check_valid_stream(clients)


# ---------------------------------------------------------------------------
# Arbitrary bytes give chunks or documented exceptions, never anything else
# ---------------------------------------------------------------------------

DOCUMENTED = (APIResponseValidationError, APIStreamError, IncompleteStreamError)
VALID_FRAME = json.dumps(
    {
        "id": "c",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "delta": {"content": "x"}, "finish_reason": None}],
    }
).encode()
stream_pieces = st.sampled_from(
    [
        *(b"\n", b"\r", b"\r\n", b"\n\n", b"data: ", b"data:", b"event: error\n", b"id: 1\n", b":"),
        *(b"[DONE]", VALID_FRAME, VALID_FRAME[:40], b'{"choices":', b'{"error":', b'"index":'),
        *(b"null", b"[]", b"{}", b"0", b'"s"', b"true", b"1e999", b"-", b"{", b"}", b"[", b"]"),
        *(b'"delta":{', b'"tool_calls":[{', b'"content":', b'"finish_reason":"stop"', b","),
        *(b"\xef\xbb\xbf", b"\x00", b"\xc3", b"\xa9", b"\xff", b"\xed\xa0\x80", b"\xf0\x9f\x98"),
    ]
)
arbitrary_bodies = st.one_of(
    st.binary(max_size=300),
    st.lists(st.one_of(stream_pieces, st.binary(max_size=6)), max_size=60).map(b"".join),
)


@fuzz_settings(ARBITRARY_BODIES)
@given(data=st.data())
def check_arbitrary_body(clients: Clients, data: st.DataObject) -> None:
    body = data.draw(arbitrary_bodies)
    pieces = data.draw(cut(body))
    kind, mode = data.draw(kinds), data.draw(st.sampled_from(["chunks", "text", "final"]))
    outcome = clients.stream(MockReply.raw_sse(pieces), kind, mode)
    if outcome.error is not None and not isinstance(outcome.error, DOCUMENTED):
        raise AssertionError(f"undocumented {outcome.error!r}") from outcome.error


@fuzz_timeout(ARBITRARY_BODIES, 0.03)
def test_fuzz_arbitrary_bytes_as_a_stream_body_give_chunks_or_documented_errors(
    clients: Clients,
) -> None:
    check_arbitrary_body(clients)


# ---------------------------------------------------------------------------
# Instances of the spec's response schemas survive the trip through the client
# ---------------------------------------------------------------------------


# The gateway writes JSON with JavaScript's JSON.stringify, whose numbers are IEEE doubles: an
# integer it sends is at most 2**53 - 1 in size (RFC 8259 section 6 calls that the
# interoperable range). The spec leaves integers unbounded; here they are kept in that range.
JS_SAFE_INTEGER = 2**53 - 1


def within_javascript_integers(node: Any) -> Any:
    if isinstance(node, list):
        return [within_javascript_integers(item) for item in node]
    if not isinstance(node, dict):
        return node
    bounded = {key: within_javascript_integers(value) for key, value in node.items()}
    kind = node.get("type")
    if kind == "integer" or (isinstance(kind, list) and "integer" in kind):
        bounded.setdefault("minimum", -JS_SAFE_INTEGER)
        bounded.setdefault("maximum", JS_SAFE_INTEGER)
    return bounded


def component(name: str) -> dict[str, Any]:
    """A component schema made self-contained (as tests/spec/test_models_from_spec.py does)."""
    components = within_javascript_integers(SPEC["components"])
    return {**components["schemas"][name], "components": components}


def javascript_safe(value: Any) -> bool:
    """Whether every integer in `value` is one the gateway can send (schema bounds above
    cannot reach the free-form values of unknown properties)."""
    if isinstance(value, dict):
        return all(javascript_safe(item) for item in value.values())
    if isinstance(value, list):
        return all(javascript_safe(item) for item in value)
    return not isinstance(value, int) or abs(value) <= JS_SAFE_INTEGER


completions = from_schema(component("CreateChatCompletionResponse")).filter(javascript_safe)
chunks = from_schema(component("CreateChatCompletionStreamResponse")).filter(javascript_safe)


@fuzz_settings(SPEC_COMPLETIONS)
@given(completion=completions, kind=kinds)
def check_spec_completion(clients: Clients, completion: dict[str, Any], kind: str) -> None:
    assert clients.completion(MockReply.json(completion), kind) == completion


@fuzz_timeout(SPEC_COMPLETIONS, 0.3)
def test_fuzz_spec_completions_served_as_json_come_back_equal(clients: Clients) -> None:
    check_spec_completion(clients)


@fuzz_settings(SPEC_CHUNK_LISTS)
@given(frames=st.lists(chunks, max_size=3), kind=kinds)
def check_spec_chunks(clients: Clients, frames: list[dict[str, Any]], kind: str) -> None:
    body = [b"data: " + json.dumps(frame).encode() + b"\n\n" for frame in frames]
    outcome = clients.stream(MockReply.raw_sse([*body, b"data: [DONE]\n\n"]), kind, "chunks")
    assert outcome.error is None, repr(outcome.error)
    assert outcome.chunks == frames


@fuzz_timeout(SPEC_CHUNK_LISTS, 1.0)
def test_fuzz_spec_chunks_served_as_a_stream_come_back_equal(clients: Clients) -> None:
    check_spec_chunks(clients)
