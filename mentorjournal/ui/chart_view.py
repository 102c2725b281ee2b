"""A widget that shows one progress chart (a matplotlib Figure) and saves it as PNG or SVG.

matplotlib is imported only when the first chart is shown (about a second of start-up saved;
DESIGN.md, convention 8): this module imports Qt alone, and a test checks it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QMenu,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..charts.style import FIGSIZE
from .style import colour

if TYPE_CHECKING:
    from matplotlib.figure import Figure

FORMATS = {".png": "png", ".svg": "svg"}
# PNG exports for a report or a printout: sharper than the screen's 100 dpi.
PNG_DPI = 150
# A chart of the standard height never gets smaller than this share of it.
MIN_HEIGHT_SHARE = 0.7
# Charts are drawn on white paper in every theme (they print and export the same): the view
# shows them as a sheet with a margin, rounded corners and the theme's border, so in the dark
# theme the white reads as a deliberate page, not as a panel that missed the theme.
PAPER = QColor("white")
PAPER_MARGIN = 8
PAPER_RADIUS = 6.0


class ChartView(QWidget):
    """Shows a chart; right-click offers "Save as PNG…" and "Save as SVG…"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._figure: Figure | None = None
        self._canvas: QWidget | None = None
        self._designed_size: tuple[float, float] = FIGSIZE
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The scroll area shows paper where a short chart leaves room below it.
        paper = self._scroll.palette()
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            paper.setColor(role, PAPER)
        self._scroll.setPalette(paper)
        self._scroll.viewport().setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAPER_MARGIN, PAPER_MARGIN, PAPER_MARGIN, PAPER_MARGIN)
        layout.addWidget(self._scroll)
        self.setAccessibleName(self.tr("Chart"))
        self._scroll.setAccessibleName(self.tr("Chart"))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour("border"), 1.0))
        painter.setBrush(PAPER)
        painter.drawRoundedRect(
            QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), PAPER_RADIUS, PAPER_RADIUS
        )
        painter.end()

    # --- showing -------------------------------------------------------------------------
    def set_figure(self, figure: Figure, *, description: str = "") -> None:
        """Show `figure`; `description` is its text alternative (e.g. ChartTable.as_text())."""
        # Late import: the Qt backend pulls in all of matplotlib.
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        self._designed_size = (float(figure.get_figwidth()), float(figure.get_figheight()))
        canvas = FigureCanvasQTAgg(figure)  # type: ignore[no-untyped-call]
        height = self._designed_size[1] * figure.dpi
        # A standard chart may shrink a little with the window; a taller one (a long skill
        # list) keeps its height and scrolls, or its rows would overlap.
        tall = self._designed_size[1] > FIGSIZE[1] + 0.01
        canvas.setMinimumHeight(int(height if tall else height * MIN_HEIGHT_SHARE))
        # Right-clicks go to this widget's menu, not to matplotlib's event handling.
        canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        old = self._scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self._scroll.setWidget(canvas)
        self._canvas = canvas
        self._figure = figure
        title = figure.get_suptitle() or str(figure.get_label() or "")
        self.setAccessibleName(title or self.tr("Chart"))
        self.setAccessibleDescription(description)
        canvas.setAccessibleName(self.accessibleName())
        canvas.setAccessibleDescription(description)
        # The scroll area takes the keyboard focus (to scroll a tall chart): it speaks too.
        self._scroll.setAccessibleName(self.accessibleName())
        self._scroll.setAccessibleDescription(description)

    def figure(self) -> Figure | None:
        return self._figure

    def canvas(self) -> QWidget | None:
        return self._canvas

    # --- saving --------------------------------------------------------------------------
    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the chart to `path` (.png or .svg) atomically, readable by the owner only.

        At the chart's designed size, not the window's: exports look the same every time.
        Raises OSError (disk full, no permission) for the caller to show; the previous file,
        if any, stays untouched then.
        """
        if self._figure is None:
            raise RuntimeError("no chart to save")
        target = Path(path)
        fmt = FORMATS.get(target.suffix.lower())
        if fmt is None:
            raise ValueError(f"cannot save a chart as {target.suffix!r}; use .png or .svg")
        figure = self._figure
        shown_size = (float(figure.get_figwidth()), float(figure.get_figheight()))
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        try:
            os.chmod(tmp, 0o600)  # mkstemp's default, said explicitly: charts show mentee data
            with os.fdopen(fd, "wb") as out:
                figure.set_size_inches(*self._designed_size, forward=False)
                try:
                    figure.savefig(
                        out,
                        format=fmt,
                        dpi=PNG_DPI,
                        facecolor="white",
                        bbox_inches="tight",
                        pad_inches=0.1,
                    )
                finally:
                    figure.set_size_inches(*shown_size, forward=False)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
        if self._canvas is not None:
            self._canvas.update()
        return target

    # --- context menu --------------------------------------------------------------------
    def context_menu(self) -> QMenu:
        """The right-click menu (a method so tests can look at it without a mouse)."""
        menu = QMenu(self)
        png = menu.addAction(self.tr("Save as PNG…"))
        png.triggered.connect(lambda: self.save_with_dialog(".png"))
        svg = menu.addAction(self.tr("Save as SVG…"))
        svg.triggered.connect(lambda: self.save_with_dialog(".svg"))
        for action in (png, svg):
            action.setEnabled(self._figure is not None)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()

    def save_with_dialog(self, suffix: str | None = None) -> Path | None:
        """Ask where, then save the chart: as `suffix` (".png"/".svg"), or as the trainer picks.

        Returns the saved file, or None when cancelled or refused (the reason is shown).
        """
        if self._figure is None:
            return None
        png, svg = self.tr("PNG image (*.png)"), self.tr("SVG image (*.svg)")
        filters = {".png": png, ".svg": svg}
        offered = [filters[suffix]] if suffix else [png, svg]
        name = self._figure.get_label() or "chart"
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Save chart"),
            str(Path.home() / f"{name}{suffix or '.png'}"),
            ";;".join(offered),
        )
        if not path:
            return None
        wanted = suffix or (".svg" if chosen == svg else ".png")
        if Path(path).suffix.lower() not in (".png", ".svg"):
            path += wanted
        try:
            return self.save(path)
        except OSError as exc:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Chart not saved"),
                self.tr("The chart could not be saved:\n{reason}").format(
                    reason=exc.strerror or str(exc)
                ),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.open()
            return None
