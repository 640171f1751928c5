"""The scenarios run in the benchmark's own process: clients side by side, interleaved in rounds.

Interleaving (A B C ... A B C ...) spreads slow drifts of the machine (thermal, other load)
over every client alike; medians keep one unlucky round from deciding a ratio. Each
measurement first resets the gateway and queues exactly the reply it needs, so a client that
failed earlier cannot leave a stray reply behind for the next one.

Correctness is checked on every run, outside the timed region: a run whose reassembled text is
not exactly the expected text (or that raised) is recorded as a failure, and the report shows
the client as FAILED instead of its numbers.
"""

from __future__ import annotations

import asyncio
import gc
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

from .clients import API_KEY, MESSAGES, MODEL, Client, Env, build
from .gateway import STREAM_PIECE, RemoteGateway, expected_text
from .settings import Settings

CONTENT_LENGTH = "content_length"


@dataclass
class Series:
    """Repeated measurements of one client in one scenario (seconds, unless said otherwise)."""

    samples: list[float] = field(default_factory=list)
    totals: list[float] = field(default_factory=list)  # time-to-first-chunk: the whole stream
    # CPU seconds of this process per run: unlike the wall clock, not inflated while other
    # work on the machine holds the cores (the mock's CPU is in its own process).
    cpu: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    connections: int | None = None  # new TCP connections the gateway accepted

    @property
    def ok(self) -> bool:
        return not self.failures and bool(self.samples)

    def fail(self, why: str) -> None:
        if why not in self.failures:
            self.failures.append(why)


class FirstStamp(list[Any]):
    """A list sink that notes when the first text delta reached the caller."""

    first_at: float | None = None

    def append(self, piece: Any, /) -> None:
        if self.first_at is None:
            self.first_at = time.perf_counter()
        super().append(piece)


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {str(exc)[:120]}"


def _check(client: Client, sink: list[Any], expected: str) -> str | None:
    text = client.finish(sink)
    if text == expected:
        return None
    return f"wrong text ({len(text)} chars, expected {len(expected)})"


@dataclass
class Run:
    started: float  # perf_counter() when the call was made
    seconds: float  # until the call returned (the last delta)
    cpu: float  # process CPU seconds over the same span
    failure: str | None


def timed_stream(client: Client, expected: str, sink: list[Any] | None = None) -> Run:
    """One whole stream, timed from the call to the last delta; then its text is checked."""
    assert client.stream is not None
    sink = [] if sink is None else sink
    gc.collect()  # do not bill one client for the garbage the previous one left
    cpu = time.process_time()
    start = time.perf_counter()
    try:
        client.stream(sink)
    except Exception as exc:
        return Run(start, time.perf_counter() - start, 0.0, _describe(exc))
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu
    return Run(start, elapsed, cpu, _check(client, sink, expected))


def warm_up(gw: RemoteGateway, clients: dict[str, Client], settings: Settings) -> None:
    """One small untimed stream and call per client: connections, lazy imports, caches."""
    for client in clients.values():
        if client.stream is not None:
            gw.reset()
            gw.enqueue_stream(settings.warmup_chunks)
            run = timed_stream(client, expected_text(settings.warmup_chunks))
            if run.failure is not None:
                print(f"  ! {client.key}: warm-up stream failed: {run.failure}")
        if client.complete is not None:
            gw.reset()
            try:
                client.complete()
            except Exception as exc:
                print(f"  ! {client.key}: warm-up call failed: {_describe(exc)}")


# -- 1. throughput ------------------------------------------------------------------------------


@dataclass
class Throughput:
    chunks: int
    body_bytes: dict[str, int]  # per framing
    series: dict[str, dict[str, Series]]  # framing -> client -> seconds per stream


def _plain_post(gw: RemoteGateway, stream: bool) -> httpx.Response:
    """The benchmark request, sent once with plain httpx and read whole (setup, untimed)."""
    body = {"model": MODEL, "messages": MESSAGES, "stream": stream}
    headers = {"Authorization": f"Bearer {API_KEY}"}
    with httpx.Client() as http:
        response = http.post(gw.base_url + "/chat/completions", json=body, headers=headers)
    response.raise_for_status()
    return response


def body_size(gw: RemoteGateway, n_chunks: int, faults: str, *, realistic: bool = False) -> int:
    """Bytes of the response body (after de-chunking): what MB/s is computed from."""
    gw.reset()
    _enqueue(gw, n_chunks, faults, realistic=realistic)
    return len(_plain_post(gw, stream=True).content)


def _enqueue(gw: RemoteGateway, n_chunks: int, faults: str, *, realistic: bool) -> None:
    if realistic:
        gw.enqueue_realistic(n_chunks, faults=faults)
    else:
        gw.enqueue_stream(n_chunks, faults=faults)


# The framings measured: name -> (X-Mock-Fault, whether the frames are the gateway's real shape).
FRAMINGS = {
    "chunked": ("", False),
    "content-length": (CONTENT_LENGTH, False),
    "chunked, realistic frames": ("", True),
    "content-length, realistic frames": (CONTENT_LENGTH, True),
}


def throughput(gw: RemoteGateway, clients: dict[str, Client], settings: Settings) -> Throughput:
    n = settings.stream_chunks
    expected = expected_text(n)
    result = Throughput(n, {}, {})
    for framing, (faults, realistic) in FRAMINGS.items():
        rounds = settings.content_length_rounds if faults else settings.chunked_rounds
        result.body_bytes[framing] = body_size(gw, n, faults, realistic=realistic)
        table = result.series[framing] = {key: Series() for key in clients}
        for _ in range(rounds):
            for key, client in clients.items():
                gw.reset()
                _enqueue(gw, n, faults, realistic=realistic)
                _record(table[key], timed_stream(client, expected))
    return result


def _record(series: Series, run: Run) -> None:
    if run.failure is None:
        series.samples.append(run.seconds)
        series.cpu.append(run.cpu)
    else:
        series.fail(run.failure)


# -- 2. time to first chunk ---------------------------------------------------------------------


def first_chunk(
    gw: RemoteGateway, clients: dict[str, Client], settings: Settings
) -> dict[str, Series]:
    """The server sends a few events, then pauses: the first delta must arrive before the pause
    ends, or the client is buffering."""
    n = settings.ttfc_chunks
    expected = expected_text(n)
    pause = f"pause;after_events={settings.pause_after_events};ms={settings.pause_ms}"
    table = {key: Series() for key in clients}
    for _ in range(settings.ttfc_rounds):
        for key, client in clients.items():
            gw.reset()
            gw.enqueue_stream(n, faults=pause)
            sink = FirstStamp()
            run = timed_stream(client, expected, sink)
            if run.failure is None and sink.first_at is not None:
                table[key].samples.append(sink.first_at - run.started)
                table[key].totals.append(run.seconds)
            else:
                table[key].fail(run.failure or "no text delta at all")
    return table


# -- 3. non-stream latency and connection reuse -------------------------------------------------


def latency(
    gw: RemoteGateway, clients: dict[str, Client], settings: Settings, expected: str
) -> dict[str, Series]:
    """Requests on one reused client each; every request timed on its own."""
    callers = {key: c for key, c in clients.items() if c.complete is not None}
    table = {key: Series(connections=0) for key in callers}
    per_round = settings.latency_requests // settings.latency_rounds
    for _ in range(settings.latency_rounds):
        for key, client in callers.items():
            assert client.complete is not None
            series = table[key]
            gw.reset()  # counts the connections this client opens in this batch
            gc.collect()
            for _ in range(per_round):
                start = time.perf_counter()
                try:
                    text = client.complete()
                except Exception as exc:
                    series.fail(_describe(exc))
                    break
                series.samples.append(time.perf_counter() - start)
                if text != expected:
                    series.fail(f"wrong text: {text[:60]!r}")
            series.connections = (series.connections or 0) + gw.connections_opened()
    return table


def expected_completion_text(gw: RemoteGateway) -> str:
    """The mock's derived reply to the benchmark request, fetched once with plain httpx."""
    gw.reset()
    return str(_plain_post(gw, stream=False).json()["choices"][0]["message"]["content"])


def sequential_streams(
    gw: RemoteGateway, clients: dict[str, Client], settings: Settings
) -> dict[str, Series]:
    """Streams in a row on one client. The first one may connect (pools drop connections idle
    for 5 s, and this client may have been idle longer); the ones after it must not."""
    n = settings.sequential_chunks
    expected = expected_text(n)
    table = {}
    for key, client in clients.items():
        series = table[key] = Series()
        gw.reset()
        gw.enqueue_stream(n)
        _record(series, timed_stream(client, expected))
        gw.reset()  # count from here: after the first stream
        gw.enqueue_stream(n, times=settings.sequential_streams)
        for _ in range(settings.sequential_streams):
            _record(series, timed_stream(client, expected))
        series.connections = gw.connections_opened()
    return table


# -- 6. concurrency -----------------------------------------------------------------------------


def concurrency(
    gw: RemoteGateway, env: Env, clients: dict[str, Client], settings: Settings
) -> dict[str, Series]:
    """``concurrent_streams`` streams at once on one async client; every text verified."""
    n, width = settings.concurrent_chunks, settings.concurrent_streams
    expected = expected_text(n)
    table = {key: Series() for key, c in clients.items() if c.astream is not None}
    for _ in range(settings.concurrent_rounds):
        for key in table:
            gw.reset()
            gw.enqueue_stream(n, times=width)
            gc.collect()
            seconds, failures = env.runner.run(_all_at_once(clients[key], width, expected))
            for failure in failures:
                table[key].fail(failure)
            if not failures:
                table[key].samples.append(seconds)
    return table


async def _all_at_once(client: Client, width: int, expected: str) -> tuple[float, list[str]]:
    assert client.astream is not None
    sinks: list[list[Any]] = [[] for _ in range(width)]
    start = time.perf_counter()
    outcomes = await asyncio.gather(
        *(client.astream(sink) for sink in sinks), return_exceptions=True
    )
    elapsed = time.perf_counter() - start
    failures = []
    for outcome, sink in zip(outcomes, sinks, strict=True):
        if isinstance(outcome, BaseException):
            failures.append(_describe(outcome))
        elif (wrong := _check(client, sink, expected)) is not None:
            failures.append(wrong)
    if failures:
        failures = [f"{len(failures)}/{width} streams failed, e.g. {failures[0]}"]
    return elapsed, failures


# -- method check: what an in-process mock would do to the numbers ------------------------------


@dataclass
class MethodCheck:
    mock_cpu_per_stream: float  # seconds of the subprocess mock's CPU per throughput stream
    subprocess: dict[str, Series]  # streams from the subprocess mock...
    inprocess: dict[str, Series]  # ...interleaved with the same streams from a mock in here


def method_check(gw: RemoteGateway, env: Env, keys: list[str], settings: Settings) -> MethodCheck:
    """Would a mock in the benchmark's process (sharing its GIL) change the numbers?"""
    from aistats.testing import MockGateway, MockReply

    n = settings.stream_chunks
    expected = expected_text(n)
    remote_clients = build(keys, env)
    remote = {key: Series() for key in keys}
    local = {key: Series() for key in keys}
    with MockGateway(validate=False) as mock:
        local_clients = build(keys, Env(mock.base_url, env.runner))
        reply = MockReply.text_stream_of(n, STREAM_PIECE)
        for client in local_clients.values():  # warm-up
            mock.enqueue(reply)
            timed_stream(client, expected)
        cpu = 0.0
        for _ in range(settings.inprocess_rounds):
            for key in keys:
                gw.reset()
                gw.enqueue_stream(n)
                before = gw.cpu_seconds()
                _record(remote[key], timed_stream(remote_clients[key], expected))
                cpu = gw.cpu_seconds() - before
                mock.reset()
                mock.enqueue(reply)
                _record(local[key], timed_stream(local_clients[key], expected))
        for client in [*local_clients.values(), *remote_clients.values()]:
            client.close()
    return MethodCheck(cpu, remote, local)
