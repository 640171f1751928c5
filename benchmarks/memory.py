"""Peak memory while consuming one long stream, each client in a fresh subprocess.

Method (Linux): the child imports its client, builds it and reads a small warm-up stream (so
imports, the connection pool and lazy caches are already paid for), runs a full garbage
collection, then resets the kernel's peak-RSS mark (``echo 5 > /proc/self/clear_refs``) and
reads its resident set (``VmRSS``). It consumes the long stream and reads the peak
(``VmHWM``): the growth is peak minus start, i.e. what the stream cost at its worst moment.

Why not ``ru_maxrss``: Linux carries it across ``fork`` + ``exec``, so a child started from
the benchmark's large process begins with the parent's peak and a small client never shows
any growth. ``VmHWM`` belongs to the new process image alone. A fresh process per client keeps
one client's peak from hiding another's; they run one after the other.

The text deltas go to a constant-memory checker (compares each piece against the expected
text as it arrives) instead of a list: 200,000 small strings kept by the benchmark itself
would weigh more than the budget being measured. The gateway runs in its own process, so its
memory is not counted either. Two children run at a time (see `measure_all`).

    python -m benchmarks.memory <client> <base_url> <n_chunks> <warmup_chunks>
"""

from __future__ import annotations

import asyncio
import gc
import json
import subprocess
import sys
import time
from dataclasses import dataclass

from .gateway import RemoteGateway, expected_text

CHILD_TIMEOUT_S = 240.0
# Started first, so that the other children run while it does.
SLOW = {"openai"}


@dataclass
class MemoryResult:
    key: str
    rss_before_kib: int = 0
    peak_after_kib: int = 0
    seconds: float = 0.0  # informative only: children overlap (see measure_all)
    failure: str | None = None
    peak_was_reset: bool = True  # False: clear_refs unavailable, growth is a lower bound

    @property
    def ok(self) -> bool:
        return self.failure is None

    @property
    def growth_mb(self) -> float:
        """Growth of the peak in MB (10**6 bytes; /proc counts KiB)."""
        return max(self.peak_after_kib - self.rss_before_kib, 0) * 1024 / 1e6

    @property
    def rss_before_mb(self) -> float:
        return self.rss_before_kib * 1024 / 1e6


class StreamingCheck:
    """A sink that verifies the text piece by piece and keeps nothing.

    >>> check = StreamingCheck("hello hello ")
    >>> check.append("hello "); check.ok
    False
    >>> check.append("hello "); check.ok
    True
    """

    def __init__(self, expected: str) -> None:
        self.expected = expected
        self.position = 0
        self.wrong = False

    def append(self, piece: str, /) -> None:
        if self.expected.startswith(piece, self.position):
            self.position += len(piece)
        else:
            self.wrong = True

    @property
    def ok(self) -> bool:
        return not self.wrong and self.position == len(self.expected)


def measure_all(
    gw: RemoteGateway, keys: list[str], n_chunks: int, warmup_chunks: int, *, parallel: int = 2
) -> dict[str, MemoryResult]:
    """One subprocess per client, ``parallel`` at a time, slowest first.

    Running two at once halves this scenario's time (the OpenAI SDK alone reads a
    200,000-chunk stream for over 30 s) and does not change what is measured: each child's
    peak is its own, and a client's buffers are bounded by its read size, not by how fast it
    runs. Their speed would be, so this table reports no times. Each child is started only
    once the previous one has taken its replies off the gateway's queue, so replies can never
    go to the wrong child.
    """
    gw.reset()
    results: dict[str, MemoryResult] = {}
    running: list[tuple[str, subprocess.Popen[str]]] = []
    for key in sorted(keys, key=lambda k: k not in SLOW):
        while len(running) >= parallel:
            results.update([_collect(*running.pop(0))])
        gw.enqueue_stream(warmup_chunks)
        gw.enqueue_stream(n_chunks)
        command = [sys.executable, "-m", "benchmarks.memory", key, gw.base_url]
        command += [str(n_chunks), str(warmup_chunks)]
        child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        running.append((key, child))
        if not gw.wait_until_taken(CHILD_TIMEOUT_S) or child.poll() is not None:
            results.update([_collect(*running.pop())])
            gw.reset()  # a child that died early leaves its replies behind
    while running:
        results.update([_collect(*running.pop(0))])
    return {key: results[key] for key in keys}


def _collect(key: str, child: subprocess.Popen[str]) -> tuple[str, MemoryResult]:
    try:
        stdout, stderr = child.communicate(timeout=CHILD_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
        return key, MemoryResult(key, failure=f"timed out after {CHILD_TIMEOUT_S:.0f}s")
    lines = stdout.strip().splitlines()
    if child.returncode != 0 or not lines:
        error = (stderr.strip().splitlines() or ["no output"])[-1]
        return key, MemoryResult(key, failure=error[:160])
    return key, MemoryResult(key, **json.loads(lines[-1]))


def _child(key: str, base_url: str, n_chunks: int, warmup_chunks: int) -> None:
    from .clients import Env, build

    with asyncio.Runner() as runner:
        client = build([key], Env(base_url, runner))[key]
        assert client.stream is not None
        warm: list[str] = []
        client.stream(warm)
        if client.finish(warm) != expected_text(warmup_chunks):
            raise SystemExit("warm-up stream: wrong text")
        check = StreamingCheck(expected_text(n_chunks))
        gc.collect()
        reset = _reset_peak()
        before = _status_kib("VmRSS") if reset else _status_kib("VmHWM")
        start = time.perf_counter()
        client.stream(check)
        seconds = time.perf_counter() - start
        after = _status_kib("VmHWM")
        client.close()
    failure = None if check.ok else f"wrong text (stopped at char {check.position})"
    print(
        json.dumps(
            {
                "rss_before_kib": before,
                "peak_after_kib": after,
                "seconds": seconds,
                "failure": failure,
                "peak_was_reset": reset,
            }
        )
    )


def _status_kib(field: str) -> int:
    """A ``kB`` field of /proc/self/status (VmRSS: resident now, VmHWM: peak)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"/proc/self/status has no {field}")


def _reset_peak() -> bool:
    """Set the peak-RSS mark to the current RSS (Linux >= 4.0); False if not allowed."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as clear_refs:
            clear_refs.write("5")
    except OSError:
        return False
    return True


if __name__ == "__main__":
    _child(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
