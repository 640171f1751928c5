"""Sizes and repetitions of every scenario: the full run (``make bench``) and a quick smoke run.

The full run is sized to finish in well under five minutes on a 2-core machine; the OpenAI
SDK's streams dominate it (about 0.1x the baseline's speed). ``AISTATS_BENCH_QUICK=1`` shrinks
everything for a run of about half a minute whose numbers are only indicative.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

QUICK_ENV_VAR = "AISTATS_BENCH_QUICK"


@dataclass(frozen=True)
class Settings:
    quick: bool = False
    # 1. stream throughput
    stream_chunks: int = 20_000
    chunked_rounds: int = 5
    content_length_rounds: int = 3
    warmup_chunks: int = 200
    # 2. time to first chunk
    ttfc_rounds: int = 3
    ttfc_chunks: int = 20
    pause_after_events: int = 3
    pause_ms: int = 500
    # 3. non-stream latency and connection reuse
    latency_requests: int = 500
    latency_rounds: int = 5
    sequential_streams: int = 5
    sequential_chunks: int = 50
    # 4. memory
    rss_chunks: int = 200_000
    # 5. import time
    import_runs: int = 9
    # 6. concurrency (250 chunks a stream, not 500: the OpenAI SDK's rounds dominate the run)
    concurrent_streams: int = 200
    concurrent_chunks: int = 250
    concurrent_rounds: int = 2
    # method check: the same streams against a mock in the benchmark's own process
    inprocess_rounds: int = 3
    # 7. structured output: JSON replies of these many 8-character chunks
    object_chunks: list[int] = field(default_factory=lambda: [500, 1_000, 2_000, 4_000])


FULL = Settings()
QUICK = Settings(
    quick=True,
    stream_chunks=2_000,
    chunked_rounds=2,
    content_length_rounds=1,
    ttfc_rounds=1,
    latency_requests=100,
    latency_rounds=2,
    rss_chunks=20_000,
    import_runs=2,
    concurrent_streams=50,
    concurrent_chunks=100,
    concurrent_rounds=1,
    inprocess_rounds=1,
    object_chunks=[250, 500, 1_000],
)


def from_environment() -> Settings:
    return QUICK if os.environ.get(QUICK_ENV_VAR, "") not in ("", "0") else FULL
