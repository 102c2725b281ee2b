"""ChartView: shows a chart, saves it as PNG and SVG (atomic, owner-only), loads matplotlib late."""

from __future__ import annotations

import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mentorjournal.charts.data import SessionDates
from mentorjournal.charts.sessions import session_cadence_chart
from mentorjournal.charts.tables import session_cadence_table
from mentorjournal.ui.chart_view import ChartView

DATA = SessionDates((date(2026, 1, 5), date(2026, 1, 19), date(2026, 3, 2)), cadence_days=14)


@pytest.fixture
def view(qtbot: QtBot) -> ChartView:
    widget = ChartView()
    qtbot.addWidget(widget)
    widget.resize(660, 380)
    widget.set_figure(
        session_cadence_chart(DATA), description=session_cadence_table(DATA).as_text()
    )
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_shows_the_chart_with_an_accessible_name(view: ChartView) -> None:
    canvas = view.canvas()
    assert canvas is not None and canvas.isVisible()
    assert view.accessibleName() == "Sessions per month"
    assert "Month: Mar 2026; Sessions: 1" in view.accessibleDescription()
    image = view.grab().toImage()
    assert image.width() > 300
    # Something was drawn: not a blank widget.
    assert len({image.pixel(x, image.height() // 2) for x in range(0, image.width(), 7)}) > 2


@pytest.mark.parametrize(("suffix", "magic"), [(".png", b"\x89PNG\r\n\x1a\n"), (".svg", b"<svg")])
def test_save_writes_a_valid_owner_only_file(
    view: ChartView, tmp_path: Path, suffix: str, magic: bytes
) -> None:
    target = tmp_path / f"cadence{suffix}"
    target.write_bytes(b"old")  # replaced whole, never appended to
    target.chmod(0o644)
    assert view.save(target) == target
    data = target.read_bytes()
    assert data.startswith(magic) if suffix == ".png" else magic in data[:500]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]  # no temp file left


def test_save_refuses_unknown_formats_and_leaves_nothing(view: ChartView, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        view.save(tmp_path / "chart.jpg")
    assert list(tmp_path.iterdir()) == []


def test_failed_save_keeps_the_old_file(
    view: ChartView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "chart.png"
    target.write_bytes(b"previous chart")
    figure = view.figure()
    assert figure is not None

    def disk_full(*_args: object, **_kw: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(figure, "savefig", disk_full)
    with pytest.raises(OSError):
        view.save(target)
    assert target.read_bytes() == b"previous chart"
    assert [p.name for p in tmp_path.iterdir()] == ["chart.png"]


def test_context_menu_offers_png_and_svg(view: ChartView, qtbot: QtBot) -> None:
    menu = view.context_menu()
    assert [a.text() for a in menu.actions()] == ["Save as PNG…", "Save as SVG…"]
    assert all(a.isEnabled() for a in menu.actions())
    empty = ChartView()
    qtbot.addWidget(empty)
    assert not any(a.isEnabled() for a in empty.context_menu().actions())


def test_replacing_the_chart_replaces_the_canvas(view: ChartView) -> None:
    old = view.canvas()
    view.set_figure(session_cadence_chart(SessionDates((), 14)))
    assert view.canvas() is not old
    assert view.accessibleName() == "Sessions per month"


def test_importing_the_view_does_not_import_matplotlib() -> None:
    code = (
        "import sys, mentorjournal.ui.chart_view; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'matplotlib'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "[]"
