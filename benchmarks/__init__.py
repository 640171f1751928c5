"""Side-by-side benchmarks of aistats and its peers: ``make bench`` (``python -m benchmarks``).

Modules:

- ``__main__``: runs every scenario in one go, prints the report, writes ``results/``;
- ``settings``: sizes and repetitions (full run, and ``AISTATS_BENCH_QUICK=1``);
- ``gateway``: the mock gateway in a subprocess, driven over a pipe;
- ``clients``: one adapter per client, the same operations written as its users write them;
- ``scenarios``: throughput, first chunk, latency, connection reuse, concurrency, method check;
- ``memory``: peak RSS growth, one fresh subprocess per client;
- ``imports``: ``python -X importtime`` in fresh processes;
- ``report`` and ``chart``: tables, targets (PASS/FAIL), ``latest.md`` and ``latest.png``;
- ``profile``: cProfile of the aistats stream paths (not part of ``make bench``).
"""
