"""Client start-up, in fresh processes: what the second and later clients cost to build (the
first builds the shared TLS context and loads the certificates), and how much more the first
`generate_text` takes than the second (the imports and set-up a first call still pays)."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys

_PROGRAM = """
import json, time
started = time.perf_counter()
import aistats
imported = time.perf_counter()
first = aistats.AIStats(base_url={url!r}, api_key="bench")
built_first = time.perf_counter()
second = aistats.AIStats(base_url={url!r}, api_key="bench")
built_second = time.perf_counter()
third = aistats.AsyncAIStats(base_url={url!r}, api_key="bench")
built_async = time.perf_counter()
messages = [{{"role": "user", "content": "start-up"}}]
first.generate_text(model="mock/bench", messages=messages)
first_call = time.perf_counter()
first.generate_text(model="mock/bench", messages=messages)
second_call = time.perf_counter()
print(json.dumps({{
    "first client": built_first - imported,
    "second client": built_second - built_first,
    "async client after them": built_async - built_second,
    "first generate_text": first_call - built_async,
    "second generate_text": second_call - first_call,
}}))
"""


def measure(base_url: str, runs: int) -> dict[str, float]:
    """Median milliseconds of each step over `runs` fresh processes, after one unmeasured
    run that writes the bytecode of every module the steps import (an installed package has
    it: compiling the model modules from source would be most of the first call)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    samples: dict[str, list[float]] = {}
    for run in range(runs + 1):
        done = subprocess.run(
            [sys.executable, "-c", _PROGRAM.format(url=base_url)],
            capture_output=True, text=True, check=True, timeout=120, env=env,
        )  # fmt: skip
        if run == 0:
            continue
        for step, seconds in json.loads(done.stdout).items():
            samples.setdefault(step, []).append(seconds * 1000)
    medians = {step: statistics.median(values) for step, values in samples.items()}
    medians["first call's extra"] = medians["first generate_text"] - medians["second generate_text"]
    return medians


def startup_table(result: dict[str, float]) -> str:
    from .report import table

    return table(["step", "ms (median)"], [[step, f"{ms:.2f}"] for step, ms in result.items()])
