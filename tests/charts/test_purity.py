"""The charts stay pure: no Qt, no pyplot, and matplotlib only when a chart is built."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def _loaded_after(code: str) -> set[str]:
    """Top-level modules of interest loaded in a fresh interpreter after running `code`."""
    probe = textwrap.dedent(code) + textwrap.dedent(
        """
        import sys
        wanted = ("matplotlib", "matplotlib.pyplot", "PySide6", "shiboken6")
        print(",".join(m for m in wanted if m in sys.modules))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    return set(filter(None, out.stdout.strip().split(",")))


def test_building_every_chart_needs_neither_qt_nor_pyplot() -> None:
    loaded = _loaded_after(
        """
        from datetime import date
        from mentorjournal.charts.data import *
        from mentorjournal.charts.goals import goal_progress_chart
        from mentorjournal.charts.skills import skill_comparison_chart, skill_history_chart
        from mentorjournal.charts.sessions import confidence_chart, session_cadence_chart
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        d = date(2026, 1, 5)
        for fig in (
            goal_progress_chart([GoalSeries("g", ((d, 5.0),))]),
            skill_comparison_chart(SkillComparison((SkillRow("s", "Soft", 1, 2),))),
            skill_history_chart(SkillHistory("s", (RatingPoint(d, 2, MENTOR),))),
            confidence_chart([ConfidencePoint(d, 3)]),
            session_cadence_chart(SessionDates((d,), 14)),
        ):
            FigureCanvasAgg(fig).draw()
        """
    )
    assert loaded == {"matplotlib"}


def test_chart_data_and_services_do_not_load_matplotlib() -> None:
    loaded = _loaded_after(
        """
        import mentorjournal.charts
        import mentorjournal.charts.data, mentorjournal.charts.style, mentorjournal.charts.tables
        import mentorjournal.services
        """
    )
    assert loaded == set()
