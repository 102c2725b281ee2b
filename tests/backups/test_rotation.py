"""Rotation keeps a bounded set: the latest few, one per day for 7 days, one per week for 4
weeks, and a few of each special kind, with a fixed clock driving every backup's time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from mentorjournal.backups import Reason, list_backups, make_backup
from mentorjournal.backups.catalog import Backup, file_name, parse, to_keep

START = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)  # a Monday


def fake(folder: Path, when: datetime, reason: Reason) -> Backup:
    path = folder / file_name(when, reason, encrypted=False)
    path.write_bytes(b"x")
    backup = parse(path)
    assert backup is not None
    return backup


def test_sixty_days_of_three_backups_a_day_keep_a_bounded_set(tmp_path: Path) -> None:
    backups = [
        fake(tmp_path, START + timedelta(days=d, hours=h), Reason.CLOSE)
        for d in range(60)
        for h in (0, 4, 9)
    ]
    kept = sorted(to_keep(backups))
    days = sorted({p.name[:8] for p in kept})
    # The last 7 days (newest of each), plus the newest of the 4 most recent ISO weeks, plus
    # the 3 latest (two more of the last day).
    last = START + timedelta(days=59)
    expected_days = {(last - timedelta(days=d)).strftime("%Y%m%d") for d in range(7)}
    assert expected_days <= set(days)
    assert len(days) <= 7 + 4
    assert len(kept) <= 3 + 7 + 4
    newest_three = sorted(b.path for b in backups)[-3:]
    assert set(newest_three) <= set(kept)
    # Each kept day keeps its last backup of the day (the state at the end of the day).
    for day in days:
        same_day = sorted(b.path for b in backups if b.path.name.startswith(day))
        assert same_day[-1] in kept
    # Weekly ones reach back about four weeks, no further.
    oldest = min(parse(p).taken_at for p in kept)  # type: ignore[union-attr]
    assert last - oldest < timedelta(days=28)
    assert last - oldest >= timedelta(days=14)


def test_special_backups_are_bounded_per_kind_and_never_push_out_routine_ones(
    tmp_path: Path,
) -> None:
    routine = [fake(tmp_path, START + timedelta(days=d), Reason.CLOSE) for d in range(3)]
    imports = [fake(tmp_path, START + timedelta(days=4, hours=h), Reason.IMPORT) for h in range(6)]
    migrations = [
        fake(tmp_path, START + timedelta(days=5, hours=h), Reason.MIGRATION) for h in range(2)
    ]
    kept = to_keep(routine + imports + migrations)
    assert {b.path for b in routine} <= kept
    assert {b.path for b in migrations} <= kept
    assert {b.path for b in imports} & kept == {b.path for b in imports[-3:]}


def test_make_backup_rotates_the_folder_with_an_injected_clock(
    journal_path: Path, backup_root: Path
) -> None:
    for d in range(30):
        for h in (9, 17):
            make_backup(journal_path, Reason.CLOSE, now=START + timedelta(days=d, hours=h))
    backups = list_backups(journal_path)
    assert 7 <= len(backups) <= 3 + 7 + 4
    assert backups[0].taken_at == START + timedelta(days=29, hours=17)
    assert all(b.reason == Reason.CLOSE for b in backups)
    # Files in the folder are exactly what the list shows (rotation really deleted the rest).
    (folder,) = [p for p in backup_root.iterdir() if p.is_dir()]
    on_disk = sorted(p.name for p in folder.iterdir() if p.name.endswith(".sqlite"))
    assert on_disk == sorted(b.path.name for b in backups)
