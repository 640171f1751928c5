"""Shared fixtures: the spec as loaded JSON, and a validator that resolves its $refs."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
# Copies of the seed documents the product was specified from (../shared/seeds/).
SEEDS = REPO_ROOT / "tests" / "data" / "seeds"


def load_spec() -> dict[str, Any]:
    """The spec as `make generate` publishes it inside the generated package."""
    text = resources.files("aistats_api").joinpath("openapi.json").read_text(encoding="utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return load_spec()
