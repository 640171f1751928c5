"""``python -m benchmarks`` (``make bench``): every scenario in one run, then the report.

    python -m benchmarks                        # everything: ~3 min on a quiet 2-core machine
    AISTATS_BENCH_QUICK=1 python -m benchmarks  # a ~30-40 s smoke run with small sizes
    python -m benchmarks --only throughput,latency

Writes ``benchmarks/results/latest.md`` and ``latest.png`` (unless ``--only`` is given, so a
partial run never overwrites a full report) and prints the same tables.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import time
from pathlib import Path

from . import imports, memory, objects, report, scenarios, startup
from .clients import Env, build
from .gateway import RemoteGateway
from .settings import from_environment

RESULTS = Path(__file__).parent / "results"
SCENARIOS = (
    "imports", "throughput", "ttfc", "latency", "concurrency", "objects", "method", "memory",
)  # fmt: skip
# Rows of each scenario, in table order.
STREAMERS = [
    "raw",
    "baseline",
    "baseline-async",
    "httpx-sse",
    "aistats",
    "aistats-text",
    "aistats-async",
    "aistats-async-text",
    "openai",
    "phaseo",
]
CONCURRENT = ["baseline-async", "aistats-async", "aistats-async-text", "openai-async"]
MEMORY = [k for k in STREAMERS if k != "raw"]  # raw keeps no text to check piece by piece
CALLERS = ["baseline", "baseline-async", "aistats", "aistats-async", "openai", "phaseo"]


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--only", help="comma-separated subset of: " + ", ".join(SCENARIOS))
    args = parser.parse_args()
    chosen = set(args.only.split(",")) if args.only else set(SCENARIOS)
    unknown = chosen - set(SCENARIOS)
    if unknown:
        parser.error(f"unknown scenario(s): {', '.join(sorted(unknown))}")

    settings = from_environment()
    command = "make bench" if not args.only else report.python_command()
    if settings.quick:
        command = "AISTATS_BENCH_QUICK=1 " + command
    results = report.Results(settings, command)
    load_at_start = os.getloadavg()[0]
    started = time.perf_counter()

    def step(name: str) -> bool:
        if name in chosen:
            print(f"[{time.perf_counter() - started:6.1f}s] {name} ...", flush=True)
        return name in chosen

    if step("imports"):
        results.imports = imports.measure(settings.import_runs)

    with RemoteGateway() as gw, asyncio.Runner() as runner:
        env = Env(gw.base_url, runner)
        clients = build(sorted(set(STREAMERS + CALLERS + CONCURRENT), key=_order), env)
        streamers = {k: c for k, c in clients.items() if k in STREAMERS}
        scenarios.warm_up(gw, clients, settings)
        if step("imports"):
            results.startup = startup.measure(gw.base_url, settings.import_runs)
        if step("throughput"):
            results.throughput = scenarios.throughput(gw, streamers, settings)
        if step("ttfc"):
            results.first_chunk = scenarios.first_chunk(gw, streamers, settings)
        if step("latency"):
            expected = scenarios.expected_completion_text(gw)
            callers = {k: c for k, c in clients.items() if k in CALLERS}
            results.latency = scenarios.latency(gw, callers, settings, expected)
            results.sequential = scenarios.sequential_streams(gw, streamers, settings)
        if step("concurrency"):
            concurrent = {k: c for k, c in clients.items() if k in CONCURRENT}
            results.concurrency = scenarios.concurrency(gw, env, concurrent, settings)
        for client in clients.values():
            client.close()
        if step("objects"):
            results.objects = objects.measure(gw, gw.base_url, settings.object_chunks)
        if step("method"):
            results.method = scenarios.method_check(gw, env, ["baseline", "aistats"], settings)
        if step("memory"):
            results.memory = memory.measure_all(
                gw, MEMORY, settings.rss_chunks, settings.warmup_chunks
            )

    results.elapsed = time.perf_counter() - started
    results.load = (load_at_start, os.getloadavg()[0])
    results.notes.append(
        "Absolute numbers depend on the machine; the ratios measured in one run are what count."
    )
    if args.only:
        print(report.render(results))
    else:
        text = report.write(results, str(RESULTS / "latest.md"))
        from . import chart

        chart.draw(results, str(RESULTS / "latest.png"))
        print(text)
        print(f"Wrote {RESULTS / 'latest.md'} and {RESULTS / 'latest.png'}")
    print(f"Benchmark wall time: {time.perf_counter() - started:.1f} s")


def _order(key: str) -> int:
    everything = STREAMERS + CONCURRENT + CALLERS
    return everything.index(key)


if __name__ == "__main__":
    main()
