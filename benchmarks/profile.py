"""Where aistats spends its time on a stream: cProfile of the throughput scenario's streams.

    python -m benchmarks.profile                 # typed chunks and text_stream, 20,000 chunks
    python -m benchmarks.profile --chunks 50000 --top 25 --client aistats-text

Not part of ``make bench``: profiling slows everything down (by a different factor for
different code), so its output is for finding hot spots, never for the ratios. The gateway is
the same subprocess mock, so the profile holds only client code.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import pstats

from .clients import Env, build
from .gateway import RemoteGateway, expected_text

PROFILED = ("aistats", "aistats-text")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profile")
    parser.add_argument("--chunks", type=int, default=20_000)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--client", action="append", help="adapter key (repeatable)")
    parser.add_argument("--sort", default="tottime", help="pstats sort key")
    args = parser.parse_args()
    keys = args.client or list(PROFILED)
    expected = expected_text(args.chunks)
    with RemoteGateway() as gw, asyncio.Runner() as runner:
        clients = build(keys, Env(gw.base_url, runner))
        for client in clients.values():
            assert client.stream is not None
            gw.enqueue_stream(200)  # warm-up: connection, lazy imports
            client.stream([])
            gw.reset()
            gw.enqueue_stream(args.chunks)
            sink: list[str] = []
            profiler = cProfile.Profile()
            profiler.runcall(client.stream, sink)
            ok = client.finish(sink) == expected
            out = io.StringIO()
            stats = pstats.Stats(profiler, stream=out)
            shares = by_package(stats)
            stats.strip_dirs().sort_stats(args.sort).print_stats(args.top)
            print(f"== {client.label}: {args.chunks:,} chunks, text {'ok' if ok else 'WRONG'} ==")
            total = sum(shares.values())
            print(
                "own time by package: "
                + ", ".join(
                    f"{name} {seconds:.3f}s ({seconds / total:.0%})"
                    for name, seconds in shares.items()
                )
            )
            print(out.getvalue())
            client.close()


def by_package(stats: pstats.Stats) -> dict[str, float]:
    """Own (tottime) seconds per package, largest first: who to ask for a speed-up."""
    totals: dict[str, float] = {}
    for (filename, _line, _name), row in stats.stats.items():  # type: ignore[attr-defined]
        package = _package(filename)
        totals[package] = totals.get(package, 0.0) + row[2]
    return dict(sorted(totals.items(), key=lambda item: -item[1]))


def _package(filename: str) -> str:
    path = filename.replace("\\", "/")
    if "/site-packages/" in path:
        return path.split("/site-packages/", 1)[1].split("/", 1)[0].removesuffix(".py")
    for tree, name in (("/overrides/aistats/", "aistats"), ("/generated/", "aistats_api")):
        if tree in path:
            return name
    if "/benchmarks/" in path:
        return "benchmark loop"
    return "stdlib/builtins"


if __name__ == "__main__":
    main()
