"""How many examples the property-based tests draw: one setting for the whole suite.

`make test` runs each with its own small default; `make fuzz` sets AISTATS_FUZZ_EXAMPLES=N and
every fuzz test draws N (or N // share, for tests whose examples are costly, e.g. a real HTTP
exchange each). Tests that draw many examples are marked `fuzz`, which `make check` leaves out.
"""

from __future__ import annotations

import os

import pytest

FUZZ_EXAMPLES = int(os.environ.get("AISTATS_FUZZ_EXAMPLES") or 0)

fuzz = pytest.mark.fuzz


def fuzz_examples(default: int, share: int = 1) -> int:
    """`default` normally; under AISTATS_FUZZ_EXAMPLES=N, N // share (at least `default`)."""
    return max(FUZZ_EXAMPLES // share, default) if FUZZ_EXAMPLES else default
