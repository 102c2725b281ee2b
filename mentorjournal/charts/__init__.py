"""Progress charts: pure functions from small dataclasses to a `matplotlib.figure.Figure`.

No Qt and no global plotting state here (tests/test_architecture.py). This package module
imports neither matplotlib nor the chart modules: services import `charts.data` and
`charts.tables` at start-up, and matplotlib (~0.8 s) must load only when a chart is first
drawn. Import the functions from their modules:
`from mentorjournal.charts.goals import goal_progress_chart`.
"""

from __future__ import annotations
