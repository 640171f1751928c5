"""The bar chart of ``results/latest.png``: throughput and latency as ratios to the baseline.

Matplotlib runs on the Agg backend (no display needed) and is imported only here, after the
measurements, so its import cost and memory never touch them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .clients import LABELS, call_label
from .report import (
    LATENCY_VS_BASELINE,
    THROUGHPUT_GOALS,
    Results,
    latency_ratio,
    speed_ratio,
)

OURS = "#1f6feb"
PEER = "#9aa4ae"
CEILING = "#d0d7de"


def _colour(key: str) -> str:
    if key.startswith("aistats"):
        return OURS
    return CEILING if key == "raw" else PEER


def draw(results: Results, path: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    panels = _panels(results)
    if not panels:
        return
    columns = 2 if len(panels) > 1 else 1
    grid_rows = (len(panels) + columns - 1) // columns
    height = max(len(p.ratios) for p in panels) * 0.42 + 1.6
    fig, axes = plt.subplots(
        grid_rows, columns, figsize=(14, height * grid_rows + 0.8), squeeze=False
    )
    flat = list(axes.flat)
    for ax, panel in zip(flat, panels, strict=False):
        _draw_panel(ax, panel)
    for ax in flat[len(panels) :]:
        ax.set_visible(False)
    quick = " (quick smoke run)" if results.settings.quick else ""
    fig.suptitle(f"aistats vs peers, ratios to plain httpx in the same run{quick}", fontsize=11)
    fig.text(
        0.5, 0.005, "dashed: aistats targets; blue: aistats; grey: peers", ha="center", fontsize=8
    )
    fig.tight_layout(rect=(0, 0.03, 1, 0.97))
    fig.savefig(path, dpi=120)
    plt.close(fig)


@dataclass
class Panel:
    title: str
    ratios: dict[str, float | None]  # client -> ratio (None: FAILED)
    goals: list[float] = field(default_factory=list)  # aistats targets, drawn dashed
    label: Callable[[str], str] = LABELS.__getitem__


def _goals_of(framing: str) -> tuple[float, ...]:
    """The typed and text targets of a framing ("chunked, realistic frames": chunked's)."""
    for kind, goals in THROUGHPUT_GOALS.items():
        if framing.startswith(kind):
            return (goals["typed"], goals["text"])
    return ()


def _panels(results: Results) -> list[Panel]:
    panels = []
    tp = results.throughput
    if tp is not None:
        for framing, runs in tp.series.items():
            panels.append(
                Panel(
                    f"Stream throughput, {framing}\n(x baseline, higher is better)",
                    {k: speed_ratio(s, runs.get("baseline")) for k, s in runs.items()},
                    list(_goals_of(framing)),
                )
            )
    if results.latency is not None:
        runs = results.latency
        panels.append(
            Panel(
                "Non-stream latency\n(x baseline, lower is better)",
                {k: latency_ratio(s, runs.get("baseline")) for k, s in runs.items()},
                [LATENCY_VS_BASELINE],
                call_label,
            )
        )
    if results.concurrency is not None:
        runs = results.concurrency
        panels.append(
            Panel(
                f"{results.settings.concurrent_streams} concurrent async streams\n"
                "(x httpx async, higher is better)",
                {k: speed_ratio(s, runs.get("baseline-async")) for k, s in runs.items()},
            )
        )
    return panels


def _draw_panel(ax: Any, panel: Panel) -> None:
    """One horizontal bar per client. The x axis is cut so that an outlier (the raw-bytes
    ceiling reaches 8x with a Content-Length body) does not flatten every other bar; a cut
    bar keeps its true value as its label."""
    ratios, goals = panel.ratios, panel.goals
    keys = list(ratios)[::-1]  # first client on top
    values = [ratios[k] or 0.0 for k in keys]
    ordinary = [v for k, v in zip(keys, values, strict=True) if k != "raw"]
    limit = max([*ordinary, *goals, 1.0]) * 1.3
    ax.barh(range(len(keys)), [min(v, limit) for v in values], color=[_colour(k) for k in keys])
    ax.set_yticks(range(len(keys)), [panel.label(k) for k in keys], fontsize=8)
    for y, (key, value) in enumerate(zip(keys, values, strict=True)):
        text = "FAILED" if ratios[key] is None else f"{value:.2f}x"
        if value > limit:
            ax.text(limit, y, f"{text} ", va="center", ha="right", fontsize=8, color="black")
        else:
            ax.text(value, y, " " + text, va="center", fontsize=8)
    ax.axvline(1.0, color="black", linewidth=0.8)
    for goal in goals:
        ax.axvline(goal, color=OURS, linewidth=0.9, linestyle="--")
        ax.text(goal, len(keys) - 0.45, f"{goal:g}x", color=OURS, fontsize=7, ha="center")
    ax.set_title(panel.title, fontsize=10)
    ax.set_xlim(0, limit)
    ax.tick_params(axis="x", labelsize=8)
