"""Structured output: what `stream_object` costs per chunk next to `stream_text`, at several
reply lengths, to show the cost grows linearly with the reply (a constant cost per chunk).

The reply is one JSON document sent in fixed 8-character pieces (one SSE event each), the
size of tokens. `stream_text` reads the same events and keeps the text; `stream_object` also
parses the JSON as it arrives and hands out the partial object at each chunk, then validates the
whole into a dataclass. A third column parses the same pieces without a network: our
incremental parser against re-parsing the whole text so far with jiter's partial mode at each
chunk (how the OpenAI SDK streams parsed output), which grows with the square of the length.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from functools import partial
from typing import Any

import orjson

from .gateway import RemoteGateway

PIECE_CHARS = 8
ROUNDS = 3


@dataclasses.dataclass
class Item:
    id: int
    name: str
    done: bool


@dataclasses.dataclass
class Document:
    title: str
    items: list[Item]


def json_document(n_chunks: int) -> str:
    """A `Document` whose JSON text is exactly `n_chunks` pieces of PIECE_CHARS characters:
    as many items as fit, the rest of the length in its title."""
    size = n_chunks * PIECE_CHARS
    items: list[dict[str, Any]] = []
    while len(_encode(items, "")) < size:
        items.append({"id": len(items), "name": f"item number {len(items)}", "done": False})
    while len(_encode(items, "")) > size:
        items.pop()
    return _encode(items, "t" * (size - len(_encode(items, ""))))


def _encode(items: list[dict[str, Any]], title: str) -> str:
    return orjson.dumps({"title": title, "items": items}).decode()


@dataclasses.dataclass
class ObjectsResult:
    sizes: list[int]
    # µs per chunk, min of ROUNDS, per size: "text", "object", "parse", "jiter"
    per_chunk: dict[str, list[float]]


def measure(gw: RemoteGateway, base_url: str, sizes: list[int]) -> ObjectsResult:
    from aistats import AIStats

    result = ObjectsResult(sizes, {"text": [], "object": [], "parse": [], "jiter": []})
    with AIStats(base_url=base_url, api_key="bench", max_retries=0) as client:
        for n in sizes:
            gw.enqueue_json(n, PIECE_CHARS, times=2 * ROUNDS)
            pieces = _pieces(json_document(n))
            runs: dict[str, Callable[[], None]] = {
                "text": partial(_text_run, client),
                "object": partial(_object_run, client),
                "parse": partial(_parse, pieces),
                "jiter": partial(_jiter, pieces),
            }
            best = dict.fromkeys(runs, float("inf"))
            for _ in range(ROUNDS):  # interleaved: a slow moment costs every row alike
                for key, run in runs.items():
                    started = time.perf_counter()
                    run()
                    best[key] = min(best[key], time.perf_counter() - started)
            for key, seconds in best.items():
                result.per_chunk[key].append(seconds / n * 1e6)
    return result


_MESSAGES: list[Any] = [{"role": "user", "content": "benchmark"}]


def _text_run(client: Any) -> None:
    with client.stream_text(model="mock/bench", messages=_MESSAGES) as stream:
        "".join(stream.text_stream)


def _object_run(client: Any) -> None:
    with client.stream_object(model="mock/bench", messages=_MESSAGES, schema=Document) as stream:
        for _ in stream:
            pass
        document = stream.get_final_object()
    if not document.items:
        raise AssertionError("the benchmark document came back without its items")


def _parse(pieces: list[str]) -> None:
    from aistats._partial_json import PartialJSONParser

    parser = PartialJSONParser()
    for piece in pieces:
        parser.feed(piece)


def _pieces(text: str) -> list[str]:
    return [text[i : i + PIECE_CHARS] for i in range(0, len(text), PIECE_CHARS)]


def _jiter(pieces: list[str]) -> None:
    import jiter

    so_far = ""
    for piece in pieces:
        so_far += piece
        jiter.from_json(so_far.encode(), partial_mode="trailing-strings")


def growth(values: list[float]) -> float:
    """How much the cost per chunk grew from the shortest reply to the longest (1.0: flat)."""
    return values[-1] / values[0] if values and values[0] > 0 else float("nan")


def objects_table(result: ObjectsResult) -> str:
    from .report import table

    headers = ["", *(f"{n:,} chunks" for n in result.sizes), "longest / shortest"]
    names = {
        "text": "`stream_text`, µs per chunk",
        "object": "`stream_object` (partials + final object), µs per chunk",
        "parse": "our incremental parser alone, µs per chunk",
        "jiter": "jiter re-parsing the text so far at each chunk, µs per chunk",
    }
    rows = [
        [names[key], *(f"{v:.2f}" for v in values), f"{growth(values):.2f}x"]
        for key, values in result.per_chunk.items()
    ]
    ratios = [
        o / t for o, t in zip(result.per_chunk["object"], result.per_chunk["text"], strict=True)
    ]
    rows.append(["`stream_object` / `stream_text`", *(f"{r:.2f}x" for r in ratios), ""])
    return table(headers, rows)
