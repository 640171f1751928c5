"""From measurements to tables, ratios and PASS/FAIL lines: printed, and written as Markdown.

Every ratio is "times better than the baseline": for throughput, client speed / baseline speed;
for latency, client latency / baseline latency (so there, lower is better, and the column says
so). A client with any failed run shows FAILED instead of numbers: a fast wrong answer counts
for nothing.
"""

from __future__ import annotations

import datetime as _dt
import os
import platform
import statistics
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import metadata

from .clients import LABELS, call_label
from .memory import MemoryResult
from .objects import ObjectsResult, growth, objects_table
from .scenarios import MethodCheck, Series, Throughput
from .settings import Settings
from .startup import startup_table

FAILED = "FAILED"
VERSIONED = (
    "aistats-client",
    "httpx",
    "httpcore",
    "httpx-sse",
    "openai",
    "httpx2",
    "phaseo",
    "pydantic",
    "matplotlib",
)
# The targets.
# Throughput targets (issue 15), by framing: the gateway's own (one HTTP chunk per event)
# and a Content-Length body (events coalesced by a proxy); each holds with realistic frames too.
THROUGHPUT_GOALS = {
    "chunked": {"typed": 2.5, "text": 4.0},
    "content-length": {"typed": 1.0, "text": 1.5},
}
TYPED_VS_OPENAI = 10.0
LATENCY_VS_BASELINE = 1.05
# `import aistats` may cost this much more than `import httpx`, which it imports (issue 15).
IMPORT_VS_HTTPX = 1.15
# A client after the first (sharing its TLS context), and what a first call may still import.
SECOND_CLIENT_MS = 5.0
FIRST_CALL_EXTRA_MS = 60.0
RSS_BUDGET_MB = 8.0
AISTATS_STREAMERS = ("aistats", "aistats-text", "aistats-async", "aistats-async-text")


@dataclass
class Results:
    settings: Settings
    command: str
    throughput: Throughput | None = None
    first_chunk: dict[str, Series] | None = None
    latency: dict[str, Series] | None = None
    sequential: dict[str, Series] | None = None
    concurrency: dict[str, Series] | None = None
    memory: dict[str, MemoryResult] | None = None
    imports: dict[str, float | None] | None = None
    method: MethodCheck | None = None
    objects: ObjectsResult | None = None
    startup: dict[str, float] | None = None
    elapsed: float = 0.0
    notes: list[str] = field(default_factory=list)
    # 1-minute load average when the run started and ended: other work on the machine
    # (tests of other engineers, say) shares the cores with the clients and the mock.
    load: tuple[float, float] | None = None


@dataclass
class Target:
    text: str
    measured: str
    passed: bool

    def line(self) -> str:
        return f"{'PASS' if self.passed else 'FAIL'}  {self.text}: {self.measured}"


# -- small statistics ---------------------------------------------------------------------------


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def p99(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def speed_ratio(series: Series, reference: Series | None) -> float | None:
    """How many times faster than ``reference`` (medians of seconds per run)."""
    if reference is None or not series.ok or not reference.ok:
        return None
    return median(reference.samples) / median(series.samples)


def cpu_ratio(series: Series, reference: Series | None) -> float | None:
    """Like `speed_ratio`, from the CPU seconds this process spent per run."""
    if reference is None or not series.ok or not reference.ok:
        return None
    return median(reference.cpu) / median(series.cpu)


def latency_ratio(series: Series, reference: Series | None) -> float | None:
    """Latency relative to ``reference`` (medians; lower is better)."""
    if reference is None or not series.ok or not reference.ok:
        return None
    return median(series.samples) / median(reference.samples)


def spread(values: Sequence[float]) -> str:
    """Half the range of the runs, relative to their median: how noisy the figure is."""
    if len(values) < 2:
        return "—"
    return f"±{(max(values) - min(values)) / 2 / median(values):.0%}"


def _x(ratio: float | None) -> str:
    return "—" if ratio is None else f"{ratio:.2f}x"


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A Markdown table padded so that it also reads well as plain text.

    >>> print(table(["client", "x"], [["a", "1.00x"]]))
    | client | x     |
    |--------|-------|
    | a      | 1.00x |
    """
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=True)]

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(headers), rule, *(line(row) for row in rows)])


# -- the tables ---------------------------------------------------------------------------------


def throughput_table(result: Throughput, framing: str) -> str:
    runs = result.series[framing]
    reference = runs.get("baseline")
    rows = []
    for key, series in runs.items():
        if not series.ok:
            rows.append([LABELS[key], FAILED, "", "", "", "", "; ".join(series.failures)[:60]])
            continue
        seconds = median(series.samples)
        rows.append(
            [
                LABELS[key],
                f"{result.chunks / seconds:,.0f}",
                f"{result.body_bytes[framing] / seconds / 1e6:.1f}",
                _x(speed_ratio(series, reference)),
                spread(series.samples),
                _x(cpu_ratio(series, reference)),
                f"{len(series.samples)}/{len(series.samples)} ok",
            ]
        )
    headers = ["client", "chunks/s", "MB/s", "vs baseline", "spread", "CPU vs baseline", "text"]
    return table(headers, rows)


def first_chunk_table(series: dict[str, Series], pause_ms: int) -> str:
    rows = []
    for key, s in series.items():
        if not s.ok:
            rows.append([LABELS[key], FAILED, "", "; ".join(s.failures)[:60]])
            continue
        first = median(s.samples) * 1000
        rows.append(
            [
                LABELS[key],
                f"{first:.1f}",
                f"{median(s.totals) * 1000:.0f}",
                "yes" if max(s.samples) * 1000 < pause_ms / 2 else "NO",
            ]
        )
    headers = [
        "client",
        "first delta ms",
        "whole stream ms",
        f"well before the {pause_ms} ms pause",
    ]
    return table(headers, rows)


def latency_table(series: dict[str, Series], requests: int) -> str:
    reference = series.get("baseline")
    rows = []
    for key, s in series.items():
        if not s.ok:
            rows.append([call_label(key), FAILED, "", "", "", "", "; ".join(s.failures)[:60]])
            continue
        ratio = latency_ratio(s, reference)
        rows.append(
            [
                call_label(key),
                f"{statistics.fmean(s.samples) * 1000:.3f}",
                f"{median(s.samples) * 1000:.3f}",
                f"{p99(s.samples) * 1000:.3f}",
                _x(ratio),
                str(s.connections),
                "ok",
            ]
        )
    headers = ["client", "mean ms", "median ms", "p99 ms", "median vs baseline (lower is better)"]
    headers += [f"new TCP connections ({requests} requests)", "text"]
    return table(headers, rows)


def sequential_table(series: dict[str, Series], streams: int) -> str:
    rows = []
    for key, s in series.items():
        status = "ok" if s.ok else f"{FAILED}: {'; '.join(s.failures)[:60]}"
        rows.append([LABELS[key], str(s.connections), status])
    headers = ["client", f"new TCP connections during {streams} streams after the first", "text"]
    return table(headers, rows)


def memory_table(results: dict[str, MemoryResult], chunks: int) -> str:
    rows = []
    for key, r in results.items():
        if not r.ok:
            rows.append([LABELS[key], FAILED, str(r.failure)[:60]])
            continue
        rows.append(
            [
                LABELS[key],
                f"{r.rss_before_mb:.1f}",
                f"{r.growth_mb:.2f}" + ("" if r.peak_was_reset else " (lower bound)"),
            ]
        )
    headers = ["client", "RSS before, MB", f"peak growth over {chunks:,} chunks, MB"]
    return table(headers, rows)


def imports_table(imports: dict[str, float | None]) -> str:
    reference = imports.get("httpx")
    rows = []
    for package, ms in imports.items():
        if ms is None:
            rows.append([package, FAILED, ""])
        else:
            ratio = f"{ms / reference:.2f}x" if reference else "—"
            rows.append([package, f"{ms:.1f}", ratio])
    return table(["package", "import ms (median)", "vs httpx"], rows)


def concurrency_table(series: dict[str, Series], streams: int, chunks: int) -> str:
    reference = series.get("baseline-async")
    rows = []
    for key, s in series.items():
        if not s.ok:
            rows.append([LABELS[key], FAILED, "", "", "; ".join(s.failures)[:70]])
            continue
        seconds = median(s.samples)
        rows.append(
            [
                LABELS[key],
                f"{streams * chunks / seconds:,.0f}",
                _x(speed_ratio(s, reference)),
                f"{seconds:.2f}",
                f"{streams}/{streams} ok",
            ]
        )
    headers = ["client", "aggregate chunks/s", "vs httpx async", "wall s", "texts"]
    return table(headers, rows)


def method_table(check: MethodCheck, chunks: int) -> str:
    rows = []
    for key, local in check.inprocess.items():
        remote = check.subprocess[key]
        if not local.ok or not remote.ok:
            rows.append([LABELS[key], FAILED, FAILED, ""])
            continue
        remote_rate = chunks / median(remote.samples)
        local_rate = chunks / median(local.samples)
        change = f"{(local_rate / remote_rate - 1) * 100:+.0f}%"
        rows.append([LABELS[key], f"{remote_rate:,.0f}", f"{local_rate:,.0f}", change])
    headers = ["client", "chunks/s, mock in a subprocess", "chunks/s, mock in-process", "change"]
    return table(headers, rows)


# -- targets ------------------------------------------------------------------------------------


def targets(results: Results) -> list[Target]:
    """The issue's targets, each PASS or FAIL on this run's numbers."""
    out: list[Target] = []
    if results.throughput is not None:
        out += _throughput_targets(results.throughput)
    if results.latency is not None:
        out.append(_latency_target(results.latency))
    if results.imports is not None:
        out.append(_import_target(results.imports))
    if results.memory is not None:
        out.append(_memory_target(results.memory, results.settings.rss_chunks))
    if results.first_chunk is not None:
        out.append(_first_chunk_target(results.first_chunk, results.settings.pause_ms))
    if results.sequential is not None and results.latency is not None:
        out.append(_connection_target(results.sequential, results.latency))
    if results.objects is not None:
        out.append(_objects_target(results.objects))
    if results.startup is not None:
        second = results.startup["second client"]
        out.append(
            Target(
                f"second client < {SECOND_CLIENT_MS:g} ms",
                f"{second:.2f} ms",
                second < SECOND_CLIENT_MS,
            )
        )
        extra = results.startup["first call's extra"]
        out.append(
            Target(
                f"first generate_text <= {FIRST_CALL_EXTRA_MS:g} ms more than the second",
                f"{extra:.1f} ms",
                extra <= FIRST_CALL_EXTRA_MS,
            )
        )
    return out


# The cost per chunk of `stream_object` may vary this much between the shortest and the longest
# reply and still count as linear growth (a re-parse of the whole text grows with the length).
OBJECT_GROWTH_LIMIT = 1.5


def _objects_target(result: ObjectsResult) -> Target:
    object_growth = growth(result.per_chunk["object"])
    longest = result.sizes[-1] / result.sizes[0]
    measured = (
        f"{object_growth:.2f}x from {result.sizes[0]:,} to {result.sizes[-1]:,} chunks "
        f"(jiter re-parsing: {growth(result.per_chunk['jiter']):.1f}x; the length: {longest:g}x)"
    )
    return Target(
        f"stream_object cost per chunk flat (<= {OBJECT_GROWTH_LIMIT:g}x)",
        measured,
        object_growth <= OBJECT_GROWTH_LIMIT,
    )


def _throughput_targets(tp: Throughput) -> list[Target]:
    out = []
    for kind, goals in THROUGHPUT_GOALS.items():
        framings = [f for f in tp.series if f.startswith(kind)]
        for key, goal, text in (
            ("aistats", goals["typed"], "typed chunks (stream_text)"),
            ("aistats-text", goals["text"], "text_stream"),
        ):
            ratios = {
                f: speed_ratio(tp.series[f][key], tp.series[f].get("baseline")) for f in framings
            }
            passed = bool(ratios) and all(r is not None and r >= goal for r in ratios.values())
            measured = ", ".join(f"{_x(r)} {framing}" for framing, r in ratios.items())
            out.append(Target(f"{text} vs baseline, {kind} >= {goal:g}x", measured, passed))
    ratios = {f: speed_ratio(t["aistats"], t.get("openai")) for f, t in tp.series.items()}
    passed = all(r is not None and r >= TYPED_VS_OPENAI for r in ratios.values())
    measured = ", ".join(f"{_x(r)} {framing}" for framing, r in ratios.items())
    out.append(Target(f"typed chunks vs the OpenAI SDK >= {TYPED_VS_OPENAI:g}x", measured, passed))
    return out


def _import_target(imports: dict[str, float | None]) -> Target:
    """`import aistats` next to `import httpx` in the same environment (this dev venv, where
    click is installed as the `cli` extra installs it)."""
    ours, theirs = imports.get("aistats"), imports.get("httpx")
    lean = imports.get("aistats (no httpx CLI deps)")
    if ours is None or theirs is None:
        return Target(
            f"import aistats <= {IMPORT_VS_HTTPX:g}x import httpx", "did not import", False
        )
    measured = f"{ours:.1f} ms vs httpx {theirs:.1f} ms ({ours / theirs:.2f}x)"
    if lean is not None:
        measured += f"; {lean:.1f} ms without click and rich"
    return Target(
        f"import aistats <= {IMPORT_VS_HTTPX:g}x import httpx",
        measured,
        ours <= IMPORT_VS_HTTPX * theirs,
    )


def _latency_target(latency: dict[str, Series]) -> Target:
    ours = latency.get("aistats")
    ratio = None if ours is None else latency_ratio(ours, latency.get("baseline"))
    passed = ratio is not None and ratio <= LATENCY_VS_BASELINE
    text = f"non-stream latency vs baseline <= {LATENCY_VS_BASELINE}x (median)"
    return Target(text, _x(ratio), passed)


def _memory_target(memory: dict[str, MemoryResult], chunks: int) -> Target:
    mine = {k: r for k, r in memory.items() if k in AISTATS_STREAMERS}
    passed = bool(mine) and all(r.ok and r.growth_mb < RSS_BUDGET_MB for r in mine.values())
    measured = ", ".join(
        f"{LABELS[k]} {r.growth_mb:.2f} MB" if r.ok else f"{LABELS[k]} {FAILED}"
        for k, r in mine.items()
    )
    text = f"RSS growth over a {chunks:,}-chunk stream < {RSS_BUDGET_MB:g} MB"
    return Target(text, measured, passed)


def _first_chunk_target(first_chunk: dict[str, Series], pause_ms: int) -> Target:
    mine = {k: s for k, s in first_chunk.items() if k in AISTATS_STREAMERS}
    passed = bool(mine) and all(
        s.ok and max(s.samples) * 1000 < pause_ms / 2 for s in mine.values()
    )
    worst = max((max(s.samples) for s in mine.values() if s.ok), default=None)
    measured = FAILED if worst is None else f"slowest aistats first delta {worst * 1000:.1f} ms"
    return Target(
        f"first chunk well before the {pause_ms} ms pause ends (< half)", measured, passed
    )


def _connection_target(sequential: dict[str, Series], latency: dict[str, Series]) -> Target:
    counts = {
        f"{LABELS[k]} streams": s.connections
        for k, s in sequential.items()
        if k in AISTATS_STREAMERS
    }
    if "aistats" in latency:
        counts["aistats non-stream"] = latency["aistats"].connections
    # Non-stream batches are counted from before their first request: that one may connect.
    limits = {k: 1 if k.endswith("non-stream") else 0 for k in counts}
    passed = bool(counts) and all(c is not None and c <= limits[k] for k, c in counts.items())
    measured = ", ".join(f"{k} {c}" for k, c in counts.items())
    return Target("no new TCP connection after the first", measured, passed)


# -- the whole report ---------------------------------------------------------------------------


def machine() -> list[str]:
    cpu_model = "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    cpu_model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    versions = []
    for name in VERSIONED:
        try:
            versions.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            continue
    return [
        f"- date: {_dt.datetime.now(_dt.UTC).strftime('%Y-%m-%d %H:%M UTC')}",
        f"- machine: {os.cpu_count()} CPUs ({cpu_model}), {platform.platform()}",
        f"- Python {platform.python_version()} ({platform.python_implementation()})",
        f"- packages: {', '.join(versions)}",
    ]


def render(results: Results) -> str:
    """The whole report as Markdown (also what is printed)."""
    s = results.settings
    parts = ["# aistats benchmarks: side by side with the peers", ""]
    if s.quick:
        parts += ["**Quick smoke run (AISTATS_BENCH_QUICK=1): small sizes, indicative only.**", ""]
    parts += machine()
    parts += [f"- command: `{results.command}`", f"- wall time: {results.elapsed:.0f} s"]
    if results.load is not None:
        start, end = results.load
        parts.append(
            f"- 1-minute load average: {start:.2f} at the start, {end:.2f} at the end "
            f"({os.cpu_count()} CPUs; above ~0.5 other work was competing with the benchmark)"
        )
    parts.append("")
    parts += ["## Targets", "", "```", *(t.line() for t in targets(results)), "```", ""]
    if results.throughput is not None:
        tp = results.throughput
        parts += [
            f"## 1. Stream throughput: {tp.chunks:,} chunks",
            "",
            "Timed from the call to the last delta; every run's text checked. Spread: half the "
            "range of the runs' times, relative to their median. CPU vs baseline: the same ratio "
            "from the CPU time this process spent (`time.process_time()`), which other load on "
            "the machine inflates far less than the wall clock; the targets use the wall clock.",
            "",
        ]
        framing_names = {
            "chunked": "chunked: one HTTP chunk per event, as the gateway sends",
            "content-length": "one Content-Length body (as a proxy or HTTP/2 coalesces events)",
            "chunked, realistic frames": "chunked, realistic frames (the gateway's own shape: "
            "`nativeResponseId`, OpenAI's nulls, an `obfuscation` padding unlike in every frame)",
            "content-length, realistic frames": "one Content-Length body, realistic frames",
        }
        for framing in tp.series:
            rounds = s.chunked_rounds if framing.startswith("chunked") else s.content_length_rounds
            parts += [
                f"### {framing_names[framing]} ({tp.body_bytes[framing] / 1e6:.2f} MB, median "
                f"of {rounds} rounds)",
                "",
                throughput_table(tp, framing),
                "",
            ]
    if results.first_chunk is not None:
        parts += [
            "## 2. Time to first chunk",
            "",
            f"The mock sends {s.pause_after_events} events (role frame, then text), pauses "
            f"{s.pause_ms} ms, then the rest of a {s.ttfc_chunks}-chunk stream. Median of "
            f"{s.ttfc_rounds}; 'well before' means every run under half the pause.",
            "",
            first_chunk_table(results.first_chunk, s.pause_ms),
            "",
        ]
    if results.latency is not None:
        parts += [
            f"## 3. Non-stream latency: {s.latency_requests} requests on one reused client",
            "",
            f"{s.latency_rounds} interleaved batches of {s.latency_requests // s.latency_rounds}"
            " per client; the connection count is what the mock accepted during the batches.",
            "",
            latency_table(results.latency, s.latency_requests),
            "",
        ]
    if results.sequential is not None:
        parts += [
            "### Sequential streams on one client",
            "",
            f"One {s.sequential_chunks}-chunk stream first (it may connect: httpx pools close "
            f"connections idle for 5 s), then {s.sequential_streams} more, counted.",
            "",
            sequential_table(results.sequential, s.sequential_streams),
            "",
        ]
    if results.memory is not None:
        parts += [
            f"## 4. Peak RSS growth while consuming a {s.rss_chunks:,}-chunk stream",
            "",
            "One fresh subprocess per client: warm-up stream, `gc.collect()`, peak-RSS mark reset "
            "(`/proc/self/clear_refs`), `VmRSS`; the long stream (deltas checked piece by piece, "
            "not kept); growth = `VmHWM` − that `VmRSS`. Two children run at a time (memory "
            "is per process; their speed, which overlap would distort, is not reported here).",
            "",
            memory_table(results.memory, s.rss_chunks),
            "",
        ]
    if results.imports is not None:
        parts += [
            "## 5. Import time",
            "",
            f'`python -X importtime -c "import <pkg>"`, cumulative time of the top-level '
            f"import, median of {s.import_runs} fresh processes.",
            "",
            imports_table(results.imports),
            "",
        ]
    if results.startup is not None:
        parts += [
            "### Client start-up",
            "",
            f"Fresh processes, median of {s.import_runs}: each step after `import aistats`.",
            "",
            startup_table(results.startup),
            "",
        ]
    if results.concurrency is not None:
        parts += [
            f"## 6. {s.concurrent_streams} concurrent async streams of {s.concurrent_chunks} "
            "chunks",
            "",
            f"One client, `asyncio.gather` of every stream; median of {s.concurrent_rounds} "
            "rounds; every stream's text verified.",
            "",
            concurrency_table(results.concurrency, s.concurrent_streams, s.concurrent_chunks),
            "",
        ]
    if results.objects is not None:
        parts += [
            "## 7. Structured output: `stream_object` per chunk",
            "",
            "A JSON reply in 8-character chunks (one event each) at four lengths, min of 3 "
            "runs. Linear growth shows as a flat cost per chunk; re-parsing the text so far at "
            "each chunk (jiter's partial mode, as the OpenAI SDK streams parsed output) grows "
            "with the length.",
            "",
            objects_table(results.objects),
            "",
        ]
    parts += _method(results)
    return "\n".join(parts).rstrip() + "\n"


def _method(results: Results) -> list[str]:
    lines = [
        "## Method",
        "",
        "- The mock gateway (`aistats.testing.MockGateway(validate=False)`) runs in its own "
        "process (`benchmarks/gateway.py`), fed scripted replies over a pipe; clients run side by "
        "side in this process, interleaved in rounds (A B C … A B C …), medians reported.",
        "- Ratios are against plain httpx + json in the same run; the raw-bytes row parses its "
        "bytes after the clock stops (so its text is checked too).",
        "- Every client sends the same request; the same loop body collects text deltas.",
    ]
    check = results.method
    if check is not None:
        lines += [
            f"- Method check: the subprocess mock spends {check.mock_cpu_per_stream * 1000:.0f} "
            "ms of CPU per throughput stream. The same streams from a mock in the benchmark's "
            "own process (sharing its GIL), interleaved with the subprocess ones, "
            f"{results.settings.inprocess_rounds} rounds:",
            "",
            method_table(check, results.settings.stream_chunks),
        ]
    lines += ["", *(f"- {note}" for note in results.notes)]
    return lines


def write(results: Results, path: str) -> str:
    text = render(results)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as out:
        out.write(text)
    return text


def python_command() -> str:
    return " ".join([os.path.relpath(sys.executable), "-m", "benchmarks", *sys.argv[1:]])
