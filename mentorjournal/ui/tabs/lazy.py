"""A QTabWidget whose pages are built the first time they are shown (or asked for).

Building the mentee page's seven tabs took about 110 ms, most of it for tabs a trainer may
never open in a session; the window now builds the Brief and leaves the rest for later. Each
lazy page sits in a holder until built; `widget()`, `currentWidget()`, `indexOf()` and
`setCurrentWidget()` speak of the real tabs, so callers never see a holder.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget


class _Holder(QWidget):
    """The page of a tab not built yet; the tab goes into it when it is first needed."""

    def __init__(self, factory: Callable[[], QWidget]) -> None:
        super().__init__()
        self.factory: Callable[[], QWidget] | None = factory
        self.tab: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def build(self) -> QWidget:
        if self.tab is None:
            assert self.factory is not None
            self.tab, self.factory = self.factory(), None
            self._layout.addWidget(self.tab)
            # Now, not queued by the layout: code that builds a tab may look at it at once.
            self.tab.show()
            # The holder passes focus on, so Tab from the tab bar lands in the page.
            self.setFocusProxy(self.tab)
        return self.tab


class LazyTabWidget(QTabWidget):
    """Tabs added with `add_lazy` are built on their first showing or first request."""

    tab_built_hooks: list[Callable[[QWidget], object]]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tab_built_hooks = []
        # Connected first: the tab exists before anyone else hears of the change.
        self.currentChanged.connect(self._build_current)

    def add_lazy(self, factory: Callable[[], QWidget], label: str) -> int:
        return self.addTab(_Holder(factory), label)

    def is_built(self, index: int) -> bool:
        page = super().widget(index)
        return not isinstance(page, _Holder) or page.tab is not None

    def _build_current(self, index: int) -> None:
        self.widget(index)

    # --- the real tabs, never the holders ------------------------------------------------
    def widget(self, index: int) -> QWidget | None:
        page = super().widget(index)
        if isinstance(page, _Holder):
            built = page.tab is None
            tab = page.build()
            if built:
                for hook in self.tab_built_hooks:
                    hook(tab)
            return tab
        return page

    def currentWidget(self) -> QWidget:  # noqa: N802 - Qt's name
        # None when there are no tabs, as Qt's (whose stubs say QWidget).
        return self.widget(self.currentIndex())  # type: ignore[return-value]

    def indexOf(self, widget: QWidget) -> int:  # noqa: N802 - Qt's name
        for index in range(self.count()):
            page = super().widget(index)
            if page is widget or (isinstance(page, _Holder) and page.tab is widget):
                return index
        return -1

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt's name
        index = self.indexOf(widget)
        if index >= 0:
            self.setCurrentIndex(index)
