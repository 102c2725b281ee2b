"""Search in the GUI: Edit > Search the journal (Ctrl+Shift+F, made in ui/features.py) shows
a search page in the right-hand pane; activating a hit opens the mentee on the right tab with
the record selected.

Ctrl+F stays "Find mentee" (the list's filter by name); this searches everything written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...services.search import HitKind, SearchHit
from .page import SearchPage

if TYPE_CHECKING:
    from ..main_window import MainWindow

SHORTCUT = "Ctrl+Shift+F"  # also in ui/features.py, which makes the action


def page_of(window: MainWindow) -> SearchPage:
    """The window's search page, built the first time it is wanted (Edit > Search the
    journal is listed in ui/features.py, which loads this package only then)."""
    page: SearchPage | None = getattr(window, "_search_page", None)
    if page is not None:
        return page
    page = SearchPage(window.services)
    window._search_page = page  # type: ignore[attr-defined]
    window.right.addWidget(page)
    page.hit_activated.connect(lambda hit: open_hit(window, hit))
    page.close_requested.connect(window.show_page)
    return page


def show_search(window: MainWindow) -> SearchPage:
    page = page_of(window)
    page.reload()  # records may have changed since the last search
    window.right.setCurrentWidget(page)
    page.focus_field()
    return page


def open_hit(window: MainWindow, hit: SearchHit) -> None:
    """Open the hit's mentee, on the tab that shows the record, with the record selected."""
    window.open_mentee(hit.mentee_id)
    if window.current_mentee_id() != hit.mentee_id:
        return  # the mentee went away meanwhile
    p = window.page
    if hit.kind is HitKind.MENTEE:
        p.tabs.setCurrentWidget(p.overview_tab)
    elif hit.kind is HitKind.SKILL_RATING:
        p.tabs.setCurrentWidget(p.progress_tab)
    elif hit.kind is HitKind.CHECK_IN and hit.goal_id is not None:
        p.tabs.setCurrentWidget(p.goals_tab)
        if p.goals_tab.select_id(hit.goal_id):
            _select_check_in(window, hit.record_id)
    else:
        tab = {
            HitKind.SESSION: p.sessions_tab,
            HitKind.GOAL: p.goals_tab,
            HitKind.ACTION_ITEM: p.actions_tab,
            HitKind.REFLECTION: p.reflections_tab,
        }[hit.kind]
        p.tabs.setCurrentWidget(tab)
        tab.select_id(hit.record_id)
    current = p.tabs.currentWidget()
    if current is not None:
        current.setFocus()


def _select_check_in(window: MainWindow, check_in_id: int) -> None:
    tab = window.page.goals_tab
    index = tab.check_in_model.index_of_id(check_in_id)
    if index.isValid():
        tab.check_in_view.setCurrentIndex(index)
