"""Reading a chart back from its Figure: what a trainer would see, as data."""

from __future__ import annotations

from datetime import date

import matplotlib.dates as mdates
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from mentorjournal.charts._base import EMPTY_GID


def drawn(fig: Figure) -> Figure:
    """Draw on an Agg canvas: tick labels exist only after a draw, and a broken chart raises."""
    FigureCanvasAgg(fig).draw()
    return fig


def only_axes(fig: Figure) -> Axes:
    assert len(fig.axes) == 1
    return fig.axes[0]


def by_gid(ax: Axes, gid: str) -> Line2D:
    found = [line for line in ax.get_lines() if line.get_gid() == gid]
    assert len(found) == 1, f"no single line {gid!r}: {[x.get_gid() for x in ax.get_lines()]}"
    return found[0]


def xy(line: Line2D) -> list[tuple[date, float]]:
    return [(mdates.num2date(x).date(), float(y)) for x, y in line.get_xydata()]


def ticks(labels: list[object]) -> list[str]:
    return [t.get_text() for t in labels if t.get_text()]  # type: ignore[attr-defined]


def legend(ax: Axes) -> list[str]:
    leg = ax.get_legend()
    assert leg is not None
    return [t.get_text() for t in leg.get_texts()]


def empty_message(fig: Figure) -> str | None:
    # Wrapped over lines to fit: compare the sentence.
    texts = [" ".join(t.get_text().split()) for t in fig.texts if t.get_gid() == EMPTY_GID]
    return texts[0] if texts else None


def num(d: date) -> float:
    return float(mdates.date2num(d))
