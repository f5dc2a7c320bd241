"""Charts as files: a timeline of statements per side, written as SVG or PNG (matplotlib, Agg).

The CLI writes them with ``--plot FILE``; the web UI reuses :func:`timeline_chart`.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import Literal

from parley.errors import InputError
from parley.query.notions import Timeline

__all__ = ["render_timeline", "timeline_chart"]

_FORMATS = {".svg": "svg", ".png": "png"}
# Colour-blind safe (Okabe-Ito), in side order.
_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"]


def render_timeline(timeline: Timeline, fmt: Literal["svg", "png"] = "svg", *, title: str | None = None) -> bytes:
    """The chart as bytes: grouped bars of statements per side per period."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    periods = timeline.periods or ["(no dated statements)"]
    series = dict(timeline.series)
    if timeline.joint:  # statements the sides made together: one bar apart, never in each side's
        series["joint statements" if "joint" in series else "joint"] = timeline.joint
    sides = list(series)
    width = 0.8 / max(1, len(sides))
    figure, axes = plt.subplots(figsize=(max(6.0, 0.45 * len(periods) + 3), 3.6), dpi=110)
    try:
        for i, side in enumerate(sides):
            values = series[side] or [0] * len(periods)
            positions = [p + (i - (len(sides) - 1) / 2) * width for p in range(len(periods))]
            axes.bar(positions, values, width=width, label=side, color=_COLOURS[i % len(_COLOURS)])
        axes.set_xticks(range(len(periods)))
        axes.set_xticklabels(periods, rotation=45 if len(periods) > 6 else 0, ha="right" if len(periods) > 6 else "center")
        axes.set_ylabel("statements")
        locator = axes.yaxis.get_major_locator()
        if isinstance(locator, MaxNLocator):  # the default AutoLocator is one; whole statements only
            locator.set_params(integer=True)
        axes.set_title(title or f"“{timeline.notion}”: statements per {timeline.by}")
        axes.spines[["top", "right"]].set_visible(False)
        if sides:
            axes.legend(frameon=False)
        figure.tight_layout()
        buffer = BytesIO()
        figure.savefig(buffer, format=fmt, metadata={"Date": None} if fmt == "svg" else None)
        return buffer.getvalue()
    finally:
        plt.close(figure)


def timeline_chart(timeline: Timeline, path: str | Path, *, title: str | None = None) -> Path:
    """Write the chart to ``path``; the format follows the suffix (.svg or .png)."""
    path = Path(path)
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"cannot write a chart to {path.name}: use a .svg or .png file name")
    data = render_timeline(timeline, fmt, title=title)  # type: ignore[arg-type]
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise InputError(f"cannot write chart {path}: {exc.strerror or exc}") from exc
    return path
