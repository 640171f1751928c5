"""The spec describes what the real gateway sends: every error body, stream frame and
completion of tests/data/gateway validates against its schema, and the stream's event schema
takes a chunk, a whole completion and an error frame but not just any object."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO_ROOT, schema_validator

FIXTURES = REPO_ROOT / "tests/data/gateway"
ERROR_BODIES = sorted(p for p in FIXTURES.glob("*.json") if not p.name.startswith("completion"))
COMPLETIONS = sorted(FIXTURES.glob("completion*.json"))
STREAMS = sorted(FIXTURES.glob("*.sse"))


def frames(path: Path) -> list[Any]:
    lines = path.read_text(encoding="utf-8").splitlines()
    data = [line.removeprefix("data: ") for line in lines if line.startswith("data: ")]
    return [json.loads(item) for item in data if item != "[DONE]"]


def problems(schema: str, instance: Any) -> list[str]:
    return [
        f"{'.'.join(map(str, e.absolute_path))}: {e.message}"
        for e in schema_validator(schema).iter_errors(instance)
    ]


def test_every_kind_of_fixture_is_there() -> None:
    assert len(ERROR_BODIES) >= 9
    assert len(COMPLETIONS) >= 2
    assert len(STREAMS) >= 4


@pytest.mark.parametrize("path", ERROR_BODIES, ids=lambda p: p.name)
def test_an_error_body_fits_error_response(path: Path) -> None:
    assert problems("ErrorResponse", json.loads(path.read_text(encoding="utf-8"))) == []


@pytest.mark.parametrize("path", COMPLETIONS, ids=lambda p: p.name)
def test_a_completion_fits_the_response_schema(path: Path) -> None:
    body = json.loads(path.read_text(encoding="utf-8"))
    assert problems("CreateChatCompletionResponse", body) == []


@pytest.mark.parametrize("path", STREAMS, ids=lambda p: p.name)
def test_every_frame_of_a_stream_fits_the_event_schema(path: Path) -> None:
    found = frames(path)
    assert found
    assert [problems("ChatCompletionStreamEvent", frame) for frame in found] == [[]] * len(found)


def test_a_plain_chunk_fits_the_chunk_schema_and_the_event_union() -> None:
    choice = {"index": 0, "delta": {"content": "Hi"}, "finish_reason": None}
    chunk = {"id": "G-1", "object": "chat.completion.chunk", "created": 1, "model": "m",
             "choices": [choice]}  # fmt: skip
    assert problems("CreateChatCompletionStreamResponse", chunk) == []
    assert problems("ChatCompletionStreamEvent", chunk) == []


@pytest.mark.parametrize(
    "frame",
    [
        {"object": "error", "message": "Overloaded", "id": "G-1"},
        {"error": {"message": "Rate limit", "type": "rate_limit_error"}, "id": "G-1"},
    ],
)
def test_both_error_frames_fit_the_event_union(frame: dict[str, Any]) -> None:
    assert problems("ChatCompletionStreamEvent", frame) == []


@pytest.mark.parametrize(
    "frame",
    [
        {"id": "G-1"},  # no choices, and not an error frame
        {"id": "G-1", "choices": [{"index": 0}]},  # a chunk's choice needs its delta
        {"id": "G-1", "choices": "none"},
        {"error": 5},
    ],
)
def test_the_event_union_refuses_what_is_none_of_its_members(frame: dict[str, Any]) -> None:
    assert problems("ChatCompletionStreamEvent", frame) != []
