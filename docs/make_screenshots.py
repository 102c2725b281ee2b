"""Regenerate docs/screenshots/*.png: the main window on a sample journal, each tab, the About
box and the editor dialogs, at 1366x768 (the laptops trainers use).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py

In another language or theme (a tour of the main screens, into docs/screenshots/<variant>/,
e.g. fr, am, ar, dark, ar-dark; `--all` for every shot). Build the translations first:
    .venv/bin/python packaging/translations.py build
    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py --language ar
    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py --theme dark
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse
import sys
import tempfile
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QWidget

from mentorjournal.app import build_main_window, create_application
from mentorjournal.models import (
    ActionItemFields,
    ActionItemInput,
    ActionOwner,
    Attendance,
    CheckInInput,
    GoalCategory,
    GoalInput,
    JournalOwnerFields,
    MenteeInput,
    MenteeStatus,
    ReflectionInput,
    SessionInput,
    SessionKind,
)
from mentorjournal.services import Services
from mentorjournal.store import open_journal
from mentorjournal.ui.main_window import MainWindow

SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
OUT = SCREENSHOTS  # where save() writes; main() points it at a variant's folder
SIZE = (1366, 768)
LANGUAGES = ("en", "fr", "am", "ar")
THEMES = ("light", "dark", "contrast")
# The screens a trainer meets first: enough to judge a language (clipping, mirroring, fonts)
# or a theme (contrast) without a second copy of every dialog in the repository.
TOUR = frozenset(
    {
        "01-empty-journal",
        "02-overview",
        "03-sessions",
        "04-goals",
        "05-actions",
        "06-reflections",
        "08-about",
        "09-mentee-editor",
        "10-session-editor",
        "30-brief",
        "31-dashboard",
        "32-rating-dialog",
        "35-share-dialog",
        "41-progress-skills",
        "60-mentee-filters",
        "62-search",
    }
)
only: frozenset[str] | None = None  # the names save() keeps; None keeps every shot
# Where the demo journal names a mentee's first language: the featured mentee of a language's
# screenshots writes in that script (the demo has no French names: the busiest one then).
SCRIPTS = {"am": ("\u1200", "\u137f"), "ar": ("\u0600", "\u06ff")}


def fill_sample(services: Services) -> None:
    """A small but realistic journal, used when mentorjournal.demo is not available."""
    today = date.today()
    services.owner.update(
        JournalOwnerFields(
            owner_name="Almaz Tesfaye", institution="Bahir Dar Polytechnic", default_cadence_days=14
        )
    )
    people = [
        ("Abebe Kebede", "Abe", "Welding and Fabrication", "2026 A", MenteeStatus.ACTIVE),
        ("Éloïse Martin", "", "Electrical Installation", "2026 A", MenteeStatus.ACTIVE),
        ("Fatima Al-Sayed", "فاطمة", "Automotive Technology", "2025 B", MenteeStatus.ACTIVE),
        ("Hiwot Girma", "ሕይወት", "Welding and Fabrication", "2026 A", MenteeStatus.PAUSED),
        ("Joseph Otieno", "Joe", "Plumbing", "2025 B", MenteeStatus.ACTIVE),
        ("Mekdes Alemu", "", "Electrical Installation", "2024 B", MenteeStatus.COMPLETED),
        ("Samuel Haile", "Sami", "Automotive Technology", "2026 A", MenteeStatus.ACTIVE),
    ]
    ids = []
    for full, preferred, programme, cohort, status in people:
        m = services.mentees.create(
            MenteeInput(
                full_name=full,
                preferred_name=preferred,
                programme=programme,
                cohort=cohort,
                level="Level III",
                start_date=today - timedelta(days=120),
                consent_date=today - timedelta(days=118),
                status=status,
                contact="+251 91 234 5678",
                tags=["first year", programme.split()[0].lower()],
                private_notes=(
                    "Cares for two younger siblings; mornings are hard. "
                    "Prefers meetings after 14:00."
                    if full.startswith("Abebe")
                    else ""
                ),
            )
        )
        assert m.id is not None
        ids.append(m.id)
    abebe = ids[0]
    topics = [
        ("Settling in; workshop safety; goals for the term", 3),
        ("Vertical welds: porosity problems, practice plan", 2),
        ("Feedback from the workplace visit at Tana Metal Works", 3),
        ("Preparing for the Level III assessment", 4),
    ]
    for i, (topic, confidence) in enumerate(topics):
        started = datetime.combine(today - timedelta(days=70 - i * 21), datetime.min.time())
        services.sessions.create(
            SessionInput(
                started_at=started.replace(hour=14),
                duration_minutes=45 + 15 * (i % 2),
                kind=SessionKind.WORKPLACE_VISIT if i == 2 else SessionKind.ONE_TO_ONE,
                topics=topic,
                notes=(
                    "Abebe showed his practice pieces. The vertical-up welds still show "
                    "porosity near the start; we looked at electrode angle and travel speed.\n\n"
                    "He is more confident speaking about his work than last month."
                ),
                private_note="Mentioned money worries; referred to the student support office."
                if i == 1
                else "",
                next_meeting_date=(started + timedelta(days=14)).date() if i == 3 else None,
                attendees=[Attendance(mentee_id=abebe, confidence=confidence)],
            ),
            actions=[
                ActionItemFields(
                    text=f"Practise 10 vertical-up joints and bring the best three ({i + 1})",
                    owner=ActionOwner.MENTEE,
                    due_date=started.date() + timedelta(days=10),
                    done_date=started.date() + timedelta(days=9) if i < 2 else None,
                ),
                ActionItemFields(
                    text="Ask the workshop for a second practice booth",
                    owner=ActionOwner.MENTOR,
                    due_date=started.date() + timedelta(days=30),
                ),
            ],
        )
    services.actions.create(
        ActionItemInput(
            mentee_id=abebe,
            text="Read the safety chapter of the welding handbook",
            owner=ActionOwner.MENTEE,
        )
    )
    goal = services.goals.create(
        GoalInput(
            mentee_id=abebe,
            title="Pass the vertical-up weld bend test",
            specific="Produce vertical-up fillet welds that pass the bend test.",
            measure="joints passing inspection",
            target_value=10,
            unit="joints",
            achievable="Two practice sessions a week in booth 4.",
            relevant="Required for the Level III certificate.",
            target_date=today + timedelta(days=45),
            category=GoalCategory.TECHNICAL_SKILL,
        )
    )
    assert goal.id is not None
    for days, value in ((60, 2), (35, 4), (10, 6)):
        services.goals.add_check_in(
            CheckInInput(
                goal_id=goal.id,
                checked_on=today - timedelta(days=days),
                value=value,
                note="Inspected with the workshop instructor.",
            )
        )
    services.goals.create(
        GoalInput(
            mentee_id=abebe,
            title="Speak up in team briefings",
            category=GoalCategory.SOFT_SKILL,
            target_date=today + timedelta(days=90),
        )
    )
    services.reflections.create(
        ReflectionInput(
            mentee_id=abebe,
            written_on=today - timedelta(days=7),
            text="Abebe is turning a corner: he arrived with his own practice plan.",
            went_well="Letting him lead the review of his welds.",
            to_change="I talked too much in the first ten minutes.",
            next_steps="Ask him to run the next session's agenda.",
        )
    )
    services.reflections.create(
        ReflectionInput(
            mentee_id=abebe,
            written_on=today - timedelta(days=40),
            text="Hard session. Worries at home are taking his energy.",
            is_private=True,
        )
    )
    for other in ids[1:5]:
        services.sessions.create(
            SessionInput(
                started_at=datetime.combine(today - timedelta(days=other * 5), datetime.min.time()),
                topics="First meeting",
                attendees=[Attendance(mentee_id=other)],
            ),
            actions=[ActionItemFields(text="Bring your logbook", due_date=today)],
        )


def fill(services: Services) -> None:
    try:
        from mentorjournal import demo
    except ImportError:
        demo = None  # type: ignore[assignment]
    filler = getattr(demo, "fill_demo_journal", None) if demo else None
    if filler is not None:
        filler(services, today=date.today())
    else:
        fill_sample(services)


def shoot_progress(window: QWidget, mentee_id: int) -> None:
    """The Progress tab, one shot per chart and one of the table view (40-45)."""
    from mentorjournal.ui.main_window import MainWindow
    from mentorjournal.ui.tabs.progress import CHARTS

    assert isinstance(window, MainWindow)
    window.select_mentee(mentee_id)
    page = window.page
    before = page.tabs.currentWidget()
    page.tabs.setCurrentWidget(page.progress_tab)
    tab = page.progress_tab
    for i, key in enumerate(CHARTS, start=40):
        tab.choose_chart(key)
        save(window, f"{i}-progress-{key}")
    tab.choose_chart(CHARTS[0])
    tab.table_button.setChecked(True)
    save(window, "45-progress-table")
    tab.table_button.setChecked(False)
    page.tabs.setCurrentWidget(before)


def save(widget: QWidget, name: str) -> None:
    if only is not None and name not in only:
        return
    for _ in range(3):
        QCoreApplication.processEvents()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path.relative_to(SCREENSHOTS.parent.parent))


def shoot_brief_and_dashboard(window: Any, mentee_id: int) -> None:
    """The pre-meeting brief, the programme dashboard and the rating, framework and templates
    dialogs (30-34)."""
    window.select_mentee(mentee_id)
    window.show_page()
    window.page.tabs.setCurrentWidget(window.page.brief_tab)
    save(window, "30-brief")
    window.show_dashboard()
    save(window, "31-dashboard")
    window.show_page()
    window.rate_skills()
    if window.current_editor is not None:
        save(window.current_editor, "32-rating-dialog")
        window.current_editor.done(0)
    for name, opener in (
        ("33-framework", window.edit_framework),
        ("34-templates", window.edit_templates),
    ):
        dialog = opener()
        save(dialog, name)
        dialog.done(0)


def shoot_backups(window: Any) -> None:
    """File > Backups… with a few backups listed (55)."""
    from mentorjournal.backups import Reason, make_backup
    from mentorjournal.ui.backups_feature import BackupsFeature

    for reason in (Reason.MIGRATION, Reason.CLOSE, Reason.AUTO):
        make_backup(window.services.journal, reason)
    feature = window.findChild(BackupsFeature)
    dialog = feature.open_dialog()
    QApplication.processEvents()
    save(dialog, "55-backups-dialog")
    dialog.done(0)


def shoot_lock_and_check(window: Any) -> None:
    """The lock screen after a wrong passphrase, the passphrase dialog refusing a wrong
    current passphrase, and Tools > Check journal on a sound journal (56-58)."""
    from mentorjournal.services.lock import AppLockService
    from mentorjournal.ui.check_journal import check_journal
    from mentorjournal.ui.lock import open_passphrase_dialog

    service = AppLockService(window.services.journal)
    service.set_passphrase("river stone 7")
    lock = window.app_lock
    lock.lock()
    lock.screen.passphrase.setText("river stone 8")
    lock.unlock("river stone 8")
    save(window, "56-lock-screen")
    lock.unlock("river stone 7")
    dialog = open_passphrase_dialog(window)
    dialog.current.setText("wrong")
    dialog.new.setText("tea and bread")
    dialog.confirm.setText("tea and bread")
    dialog.save_button.click()
    save(dialog, "57-lock-passphrase")
    dialog.done(0)
    service.remove_passphrase("river stone 7")
    checking = check_journal(window)
    while checking.report is None and checking.error is None:
        QApplication.processEvents()
    save(checking, "58-check-journal")
    checking.done(0)


def shoot_filters_and_sessions(window: Any) -> None:
    """The mentee list with its Filters panel open and two filters on, and View > All
    sessions filtered by a tag (60-61)."""
    from mentorjournal.services import tags as tagging

    services = window.services
    # Tag some sessions as a trainer would (the sample data does not tag sessions).
    labels = (["trade test"], ["safety", "trade test"], ["workplace visit"], ["safety"])
    rows = services.sessions.across_mentees().page(limit=40).rows
    with services.journal.transaction() as s:
        for i, row in enumerate(rows):
            tagging.set_tags(s, "session", row.id, labels[i % len(labels)])
    pane = window.mentee_list
    pane.reload()
    pane.filters_button.setChecked(True)
    panel = pane.panel
    panel.tag.setCurrentIndex(max(panel.tag.findText("COC candidate"), 1))
    panel.overdue.setChecked(True)
    QApplication.processEvents()
    save(window, "60-mentee-filters")
    pane.clear_filters()
    pane.filters_button.setChecked(False)
    window.act_all_sessions.trigger()
    view = window.sessions_view
    view.tag.setCurrentIndex(view.tag.findText("safety"))
    QApplication.processEvents()
    save(window, "61-all-sessions")
    view.clear_filters()
    window.show_page()


def shoot_search(window: Any) -> None:
    """Edit > Search the journal (Ctrl+Shift+F), a word typed, the results grouped by mentee."""
    from mentorjournal.ui.search import show_search

    page = show_search(window)
    page.edit.setText("weld")
    page.run_search()
    page.focus_results()
    QApplication.processEvents()
    save(window, "62-search")
    window.show_page()


def shoot_sharing(window: Any, mentee_id: int) -> None:
    """The Share dialog (with private notes ticked: the warning shows) and the print preview."""
    from mentorjournal.ui.sharing import open_share_dialog

    window.select_mentee(mentee_id)
    dialog = open_share_dialog(window)
    dialog.private_check.setChecked(True)
    QApplication.processEvents()
    save(dialog, "35-share-dialog")
    dialog.private_check.setChecked(False)
    preview = dialog.show_preview()
    if preview is not None:
        preview.resize(900, 1000)
        for _ in range(10):
            QApplication.processEvents()
        save(preview, "36-print-preview")
        preview.done(0)
    dialog.done(0)


def shoot_transfer(window: Any, mentee_id: int, folder: Path) -> None:
    """Export (a generated passphrase shown, then plain with its warning) and the import
    preview of the whole journal into an empty one (50-52)."""
    from mentorjournal.transfer import build_bundle, dump
    from mentorjournal.ui.transfer import open_export_dialog, open_import_dialog

    window.select_mentee(mentee_id)
    dialog = open_export_dialog(window)
    dialog.chosen.setChecked(True)  # handing the current mentee over
    dialog.generate.click()
    save(dialog, "50-export-dialog")
    dialog.plain.setChecked(True)
    save(dialog, "51-export-plain")
    dialog.done(0)
    bundle = folder / "journal.json"
    bundle.write_bytes(dump(build_bundle(window.services.journal)))
    with open_journal(folder / "empty.sqlite", create=True) as empty:
        other = build_main_window(Services.for_journal(empty))
        importer = open_import_dialog(other)
        importer.file.setText(str(bundle))
        importer.open_button.click()
        importer.work.wait()  # the preview is read on a worker thread
        save(importer, "52-import-preview")
        importer.done(0)
        other.close()


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Regenerate the user guide's screenshots.")
    parser.add_argument("--language", choices=LANGUAGES, default="en")
    parser.add_argument("--theme", choices=THEMES, default="light")
    parser.add_argument(
        "--all", action="store_true", help="every shot, not only the tour, in a variant"
    )
    return parser.parse_args(argv)


def variant_folder(language: str, theme: str) -> Path:
    """docs/screenshots for English in the light theme, else a folder named after the
    variant: fr, am, ar, dark, contrast, ar-dark..."""
    parts = [p for p, default in ((language, "en"), (theme, "light")) if p != default]
    return SCREENSHOTS.joinpath("-".join(parts)) if parts else SCREENSHOTS


def featured(services: Services, language: str) -> int:
    """The mentee whose page is shown: the busiest, among those whose name is written in the
    language's script when the journal has some."""
    rows = services.mentees.list_summaries()
    low_high = SCRIPTS.get(language)
    if low_high is not None:
        low, high = low_high
        in_script = [r for r in rows if any(low <= ch <= high for ch in r.full_name)]
        rows = in_script or rows
    return max(rows, key=lambda r: (r.sessions, r.open_actions)).id


def main(argv: list[str] | None = None) -> int:
    global OUT, only
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = create_application(sys.argv[:1], theme=args.theme)
    from mentorjournal.ui.translation import install_language

    # The app's own start-up path: translators (English's counted texts too), the language's
    # locale, the direction.
    if install_language(app, args.language) != args.language or (
        QCoreApplication.translate("shots", "%n session(s)", None, 2) == "2 session(s)"
    ):
        print("translations not built: run packaging/translations.py build", file=sys.stderr)
        return 1
    if args.language == "en":
        # Build machines often run in the C locale; show dates as a trainer's laptop would.
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    OUT = variant_folder(args.language, args.theme)
    only = None if OUT == SCREENSHOTS or args.all else TOUR
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        # Closing a window backs its journal up: into the scratch folder, not the user's data.
        os.environ["MENTORJOURNAL_BACKUP_DIR"] = str(Path(tmp) / "backups")
        journal = open_journal(Path(tmp) / "journal.sqlite", create=True)
        empty_window = build_main_window(Services.for_journal(journal))
        empty_window.resize(*SIZE)
        empty_window.show()
        save(empty_window, "01-empty-journal")
        empty_window.close()

        services = Services.for_journal(journal)
        fill(services)
        # What the app paints first: the list, and the mentee it opens next.
        opening = MainWindow(services, first_mentee=False)
        opening.resize(*SIZE)
        opening.show()
        save(opening, "00-opening")
        opening.close()
        window = build_main_window(services)
        window.resize(*SIZE)
        window.show()
        # The mentee with the most sessions makes the richest page.
        busiest_id = featured(services, args.language)
        window.select_mentee(busiest_id)
        page = window.page
        for i, (tab, name) in enumerate(
            (
                (page.overview_tab, "overview"),
                (page.sessions_tab, "sessions"),
                (page.goals_tab, "goals"),
                (page.actions_tab, "actions"),
                (page.reflections_tab, "reflections"),
            ),
            start=2,
        ):
            page.tabs.setCurrentWidget(tab)
            save(window, f"{i:02d}-{name}")
        shoot_progress(window, busiest_id)
        window.mentee_list.filter_edit.setText("weld")
        save(window, "07-filtered-list")
        window.mentee_list.filter_edit.clear()
        shoot_filters_and_sessions(window)

        about = window.show_about()
        save(about, "08-about")
        about.close()

        editors: list[tuple[str, Callable[[], object]]] = [
            ("mentee-editor", window.edit_mentee),
            ("session-editor", window.new_session),
            ("goal-editor", window.new_goal),
            ("action-editor", window.new_action),
            ("reflection-editor", window.new_reflection),
            ("owner-editor", window.edit_owner),
        ]
        for i, (name, opener) in enumerate(editors, start=9):
            try:
                opener()
            except Exception as error:  # editors still being written: skip, say so
                print(f"skipped {name}: {error}")
                continue
            editor = window.current_editor
            if editor is not None:
                save(editor, f"{i:02d}-{name}")
                editor.done(0)
        shoot_backups(window)
        shoot_lock_and_check(window)
        shoot_brief_and_dashboard(window, busiest_id)
        shoot_sharing(window, busiest_id)
        shoot_transfer(window, busiest_id, Path(tmp))
        shoot_search(window)
        from shots_safety import shoot_safety  # docs/ is on sys.path (this script's folder)

        shoot_safety(window, busiest_id, save)  # restore prompt, error dialog (60-61)
        window.close()
        journal.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
