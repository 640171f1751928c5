"""One adapter per client: the same operations written the way each client's users write them.

Every adapter sends the same request (`MODEL`, `MESSAGES`) and hands each text delta to a
``sink`` (anything with ``append``): a list in the throughput runs, a first-chunk stamp for
time-to-first-chunk, a constant-memory checker for the RSS runs. What the mock answers is
decided by the gateway's queue, not by the adapter.

Operations (``None`` when a client does not have it):

- ``stream(sink)``: one whole streamed completion, text deltas to ``sink``;
- ``astream(sink)``: the same as a coroutine (async clients; `stream` runs it on the shared
  event loop);
- ``complete()``: one non-streaming completion, returns its text;
- ``finish(sink)``: the reassembled text of a list sink (the raw-bytes row parses its bytes
  here, after the clock has stopped).

Peers are imported lazily so that a missing peer costs one row, not the run.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any, Protocol

import httpx

MODEL = "openai/gpt-4o-mini"
# Typed loosely on purpose: each SDK declares its own message type for the same JSON.
MESSAGES: Any = [{"role": "user", "content": "Say hello, many times."}]
API_KEY = "bench-key"
# Pools as large as aistats' and the OpenAI SDK's defaults (1000), so that the 200-stream test
# measures the clients and not httpx's default limit of 100 connections.
POOL = httpx.Limits(max_connections=1000, max_keepalive_connections=100)
TIMEOUT = httpx.Timeout(60.0, connect=5.0)


class Sink(Protocol):
    def append(self, piece: Any, /) -> None: ...


@dataclass
class Env:
    """What every adapter needs: where the gateway is, and the shared event loop."""

    base_url: str
    runner: asyncio.Runner

    @property
    def url(self) -> str:
        return self.base_url + "/chat/completions"

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {API_KEY}"}


@dataclass
class Client:
    key: str
    close: Callable[[], None]
    stream: Callable[[Sink], None] | None = None
    astream: Callable[[Sink], Awaitable[None]] | None = None
    complete: Callable[[], str] | None = None
    finish: Callable[[list[Any]], str] = "".join

    @property
    def label(self) -> str:
        return LABELS[self.key]


def _body(stream: bool) -> dict[str, Any]:
    return {"model": MODEL, "messages": MESSAGES, "stream": stream}


def _on_loop(
    env: Env, astream: Callable[[Sink], Coroutine[Any, Any, None]]
) -> Callable[[Sink], None]:
    """A synchronous `stream` that runs the coroutine on the shared loop (timed from outside)."""

    def stream(sink: Sink) -> None:
        env.runner.run(astream(sink))

    return stream


def _delta_text(payload: dict[str, Any]) -> str | None:
    """The first choice's content delta (the hand-written loops below inline the same)."""
    choices = payload.get("choices")
    if choices:
        content = choices[0]["delta"].get("content")
        return content if isinstance(content, str) else None
    return None


def _text_of_sse_bytes(data: bytes) -> str:
    """Text deltas of a complete event stream; only used to check the raw row, untimed."""
    parts = []
    for line in data.decode().splitlines():
        if line.startswith("data: ") and line != "data: [DONE]":
            parts.append(_delta_text(json.loads(line[6:])) or "")
    return "".join(parts)


# -- plain httpx --------------------------------------------------------------------------------


def raw_bytes(env: Env) -> Client:
    """The transport ceiling: read the body with ``iter_raw`` and parse nothing."""
    http = httpx.Client(limits=POOL, timeout=TIMEOUT)

    def stream(sink: Sink) -> None:
        with http.stream("POST", env.url, json=_body(True), headers=env.headers) as response:
            for data in response.iter_raw():
                sink.append(data)

    def finish(sink: list[Any]) -> str:
        return _text_of_sse_bytes(b"".join(sink))

    return Client("raw", http.close, stream, finish=finish)


def baseline(env: Env) -> Client:
    """What an engineer writes by hand: ``iter_lines`` and ``json.loads`` of ``data:`` lines."""
    http = httpx.Client(limits=POOL, timeout=TIMEOUT)

    def stream(sink: Sink) -> None:
        with http.stream("POST", env.url, json=_body(True), headers=env.headers) as response:
            response.raise_for_status()
            for line in response.iter_lines():
                if line.startswith("data: ") and line != "data: [DONE]":
                    choices = json.loads(line[6:])["choices"]
                    if choices:
                        text = choices[0]["delta"].get("content")
                        if text:
                            sink.append(text)

    def complete() -> str:
        response = http.post(env.url, json=_body(False), headers=env.headers)
        response.raise_for_status()
        return str(response.json()["choices"][0]["message"]["content"])

    return Client("baseline", http.close, stream, None, complete)


def baseline_async(env: Env) -> Client:
    """The baseline written against ``httpx.AsyncClient``."""
    http = httpx.AsyncClient(limits=POOL, timeout=TIMEOUT)

    async def astream(sink: Sink) -> None:
        async with http.stream("POST", env.url, json=_body(True), headers=env.headers) as response:
            response.raise_for_status()
            async for line in response.aiter_lines():
                if line.startswith("data: ") and line != "data: [DONE]":
                    choices = json.loads(line[6:])["choices"]
                    if choices:
                        text = choices[0]["delta"].get("content")
                        if text:
                            sink.append(text)

    async def acomplete() -> str:
        response = await http.post(env.url, json=_body(False), headers=env.headers)
        response.raise_for_status()
        return str(response.json()["choices"][0]["message"]["content"])

    return Client(
        "baseline-async",
        lambda: env.runner.run(http.aclose()),
        _on_loop(env, astream),
        astream,
        lambda: env.runner.run(acomplete()),
    )


def httpx_sse(env: Env) -> Client:
    """``httpx-sse``: a correct SSE decoder over httpx, then ``json.loads`` of each event."""
    from httpx_sse import connect_sse

    http = httpx.Client(limits=POOL, timeout=TIMEOUT)

    def stream(sink: Sink) -> None:
        # connect_sse adds its headers to the dict it is given: a fresh one each time.
        with connect_sse(
            http, "POST", env.url, json=_body(True), headers=dict(env.headers)
        ) as source:
            for event in source.iter_sse():
                if event.data != "[DONE]":
                    choices = json.loads(event.data)["choices"]
                    if choices:
                        text = choices[0]["delta"].get("content")
                        if text:
                            sink.append(text)

    return Client("httpx-sse", http.close, stream)


# -- aistats ------------------------------------------------------------------------------------


def aistats_typed(env: Env) -> Client:
    """aistats, iterating the typed chunks of ``stream_text``."""
    from aistats import AIStats

    client = AIStats(base_url=env.base_url, api_key=API_KEY)

    def stream(sink: Sink) -> None:
        with client.stream_text(model=MODEL, messages=MESSAGES) as chunks:
            for chunk in chunks:
                if chunk.choices:
                    text = chunk.choices[0].delta.content
                    if text:
                        sink.append(text)

    def complete() -> str:
        return str(client.generate_text(model=MODEL, messages=MESSAGES).choices[0].message.content)

    return Client("aistats", client.close, stream, None, complete)


def aistats_text(env: Env) -> Client:
    """aistats, reading ``stream_text(...).text_stream``."""
    from aistats import AIStats

    client = AIStats(base_url=env.base_url, api_key=API_KEY)

    def stream(sink: Sink) -> None:
        with client.stream_text(model=MODEL, messages=MESSAGES) as chunks:
            for text in chunks.text_stream:
                sink.append(text)

    return Client("aistats-text", client.close, stream)


def aistats_async_typed(env: Env) -> Client:
    """``AsyncAIStats``, iterating typed chunks."""
    from aistats import AsyncAIStats

    client = AsyncAIStats(base_url=env.base_url, api_key=API_KEY)

    async def astream(sink: Sink) -> None:
        async with client.stream_text(model=MODEL, messages=MESSAGES) as chunks:
            async for chunk in chunks:
                if chunk.choices:
                    text = chunk.choices[0].delta.content
                    if text:
                        sink.append(text)

    async def acomplete() -> str:
        chat = await client.generate_text(model=MODEL, messages=MESSAGES)
        return str(chat.choices[0].message.content)

    return Client(
        "aistats-async",
        lambda: env.runner.run(client.close()),
        _on_loop(env, astream),
        astream,
        lambda: env.runner.run(acomplete()),
    )


def aistats_async_text(env: Env) -> Client:
    """``AsyncAIStats``, reading ``text_stream``."""
    from aistats import AsyncAIStats

    client = AsyncAIStats(base_url=env.base_url, api_key=API_KEY)

    async def astream(sink: Sink) -> None:
        async with client.stream_text(model=MODEL, messages=MESSAGES) as chunks:
            async for text in chunks.text_stream:
                sink.append(text)

    return Client(
        "aistats-async-text",
        lambda: env.runner.run(client.close()),
        _on_loop(env, astream),
        astream,
    )


# -- peers --------------------------------------------------------------------------------------


def openai_sync(env: Env) -> Client:
    """The OpenAI SDK pointed at the mock: ``chat.completions.create(stream=True)``."""
    from openai import OpenAI

    client = OpenAI(base_url=env.base_url, api_key=API_KEY)

    def stream(sink: Sink) -> None:
        chunks = client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)
        with chunks:
            for chunk in chunks:
                if chunk.choices:
                    text = chunk.choices[0].delta.content
                    if text:
                        sink.append(text)

    def complete() -> str:
        chat = client.chat.completions.create(model=MODEL, messages=MESSAGES)
        return str(chat.choices[0].message.content)

    return Client("openai", client.close, stream, None, complete)


def openai_async(env: Env) -> Client:
    """``AsyncOpenAI``, for the concurrency test."""
    from openai import AsyncOpenAI

    client = AsyncOpenAI(base_url=env.base_url, api_key=API_KEY)

    async def astream(sink: Sink) -> None:
        chunks = await client.chat.completions.create(
            model=MODEL,
            messages=MESSAGES,
            stream=True,
        )
        async with chunks:
            async for chunk in chunks:
                if chunk.choices:
                    text = chunk.choices[0].delta.content
                    if text:
                        sink.append(text)

    return Client(
        "openai-async",
        lambda: env.runner.run(client.close()),
        _on_loop(env, astream),
        astream,
    )


def phaseo(env: Env) -> Client:
    """The official SDK. ``stream_text`` yields raw SSE lines; its users parse them as here."""
    from phaseo import Phaseo

    client = Phaseo(api_key=API_KEY, base_url=env.base_url)

    def stream(sink: Sink) -> None:
        for line in client.stream_text({"model": MODEL, "messages": MESSAGES}):
            if line.startswith("data: ") and line != "data: [DONE]":
                choices = json.loads(line[6:])["choices"]
                if choices:
                    text = choices[0]["delta"].get("content")
                    if text:
                        sink.append(text)

    def complete() -> str:
        chat = client.generate_text({"model": MODEL, "messages": MESSAGES})
        return str(chat["choices"][0]["message"]["content"])

    # Phaseo keeps no connection pool (nothing to close).
    return Client("phaseo", lambda: None, stream, None, complete)


#: Every adapter, in table order.
FACTORIES: dict[str, Callable[[Env], Client]] = {
    "raw": raw_bytes,
    "baseline": baseline,
    "baseline-async": baseline_async,
    "httpx-sse": httpx_sse,
    "aistats": aistats_typed,
    "aistats-text": aistats_text,
    "aistats-async": aistats_async_typed,
    "aistats-async-text": aistats_async_text,
    "openai": openai_sync,
    "openai-async": openai_async,
    "phaseo": phaseo,
}

LABELS = {
    "raw": "httpx raw bytes, no parsing (ceiling)",
    "baseline": "plain httpx + json (baseline)",
    "baseline-async": "plain httpx async + json",
    "httpx-sse": "httpx-sse + json",
    "aistats": "aistats typed chunks",
    "aistats-text": "aistats text_stream",
    "aistats-async": "aistats async typed chunks",
    "aistats-async-text": "aistats async text_stream",
    "openai": "OpenAI SDK",
    "openai-async": "OpenAI SDK async",
    "phaseo": "official SDK (phaseo)",
}


def call_label(key: str) -> str:
    """The label of a client's non-streaming row (the aistats adapters call generate_text)."""
    return LABELS[key].replace("typed chunks", "generate_text")


def build(keys: list[str], env: Env) -> dict[str, Client]:
    """The adapters for ``keys``; a client that cannot be built is reported and left out."""
    clients = {}
    for key in keys:
        try:
            clients[key] = FACTORIES[key](env)
        except ImportError as exc:
            print(f"  ! {key}: not installed ({exc}); its rows are left out")
    return clients
