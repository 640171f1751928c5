"""Import time of each package: ``python -X importtime -c "import <pkg>"`` in fresh processes.

The figure is the cumulative microseconds CPython reports for the top-level import of the
package itself (everything it pulls in included; interpreter start-up excluded). One untimed
run per package first makes sure the bytecode caches exist and are fresh (with
``PYTHONDONTWRITEBYTECODE`` removed from its environment: a source file edited since its cache
was written would otherwise be compiled again in every run), so no run pays for compiling, as
with an installed wheel.
Packages are interleaved run by run, and the median is reported.

One informative row more: httpx imports its optional command-line dependencies (rich, click,
pygments) whenever they are installed, and this development venv has them (click for
`aistats chat`, rich through the code generator). That costs about 50 ms that a plain
``pip install aistats-client`` would not pay, so ``aistats (no httpx CLI deps)`` measures the
same import with those modules hidden (``sys.modules[name] = None`` makes importing them fail,
as when they are absent, and httpx falls back silently).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys

PACKAGES = ("aistats", "httpx", "openai", "phaseo")
HIDDEN = ("rich", "click", "pygments")
HIDE = f"import sys; sys.modules.update(dict.fromkeys({HIDDEN!r})); "
# Row label -> (the package whose line is read, the code run).
ROWS = {
    **{package: (package, f"import {package}") for package in PACKAGES},
    "aistats (no httpx CLI deps)": ("aistats", HIDE + "import aistats"),
}


def cumulative_us(stderr: str, package: str) -> int | None:
    """The cumulative time of ``package``'s own top-level line in ``-X importtime`` output.

    Lines look like ``import time:       412 |      53210 | aistats``; nested imports have
    their name indented, so the top level is the one with a single space before the name.

    >>> lines = ["import time: 5 | 9 |   aistats._x", "import time: 7 | 50 | aistats"]
    >>> cumulative_us(chr(10).join(lines), "aistats")
    50
    """
    for line in stderr.splitlines():
        if not line.startswith("import time:"):
            continue
        fields = line.split("|")
        if len(fields) == 3 and fields[2] == " " + package:
            return int(fields[1])
    return None


def _once(package: str, code: str) -> int | None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    return cumulative_us(done.stderr, package) if done.returncode == 0 else None


def measure(runs: int) -> dict[str, float | None]:
    """Median cumulative import time per row, in milliseconds (None: it did not import)."""
    for package, code in ROWS.values():
        _once(package, code)
    samples: dict[str, list[int]] = {row: [] for row in ROWS}
    for _ in range(runs):
        for row, (package, code) in ROWS.items():
            value = _once(package, code)
            if value is not None:
                samples[row].append(value)
    return {row: statistics.median(s) / 1000 if s else None for row, s in samples.items()}
