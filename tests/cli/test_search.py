"""`mentorjournal search`: ranked hits grouped by mentee; private text only when asked."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from mentorjournal.__main__ import main
from mentorjournal.services import Services
from mentorjournal.store import open_journal
from tests.search.conftest import make_known


@pytest.fixture(scope="module")
def known_file(tmp_path_factory: pytest.TempPathFactory, template_journal: Path) -> Path:
    path = tmp_path_factory.mktemp("cli-search") / "known.sqlite"
    shutil.copyfile(template_journal, path)
    with open_journal(path) as journal:
        make_known(Services.for_journal(journal))
    return path


@pytest.fixture
def db(tmp_path: Path, known_file: Path) -> Path:
    path = tmp_path / "journal.sqlite"
    shutil.copyfile(known_file, path)
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_text_output(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "search", "--db", str(db), "torque")
    assert status == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "3 hits for 'torque':"
    assert lines[2] == "Tomás Okafor"
    assert lines[3].startswith("  ----------  goal: ") or " goal: " in lines[3]
    assert "[Torque] settings by heart" in lines[3]
    assert "Éloïse Martin" in out
    assert "2026-02-10  session: Café visit to the workshop: " in out
    assert "[Torque] wrench practice: [torque] to spec" in out


def test_json_output(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "search", "--db", str(db), "--json", '"safety glasses"')
    assert status == 0
    data = json.loads(out)
    assert data["query"] == '"safety glasses"'
    [group] = data["mentees"]
    assert group["mentee"] == "Éloïse Martin" and len(group["mentee_id"]) == 36
    [hit] = group["hits"]
    assert hit["kind"] == "session" and hit["date"] == "2026-02-10" and not hit["private"]
    assert [hit["snippet"][a:b] for a, b in hit["highlights"]] == ["Safety", "glasses"]


def test_private_text_only_with_include_private(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, "search", "--db", str(db), "cried")
    assert status == 0 and out == "Nothing found for 'cried'.\n"
    status, out, _ = run(capsys, "search", "--db", str(db), "--include-private", "cried")
    assert "session (private): " in out and "[cried]" in out
    _s, out, _ = run(capsys, "search", "--db", str(db), "--json", "--include-private", "rent")
    assert json.loads(out)["mentees"][0]["hits"][0]["private"] is True


def test_mentee_option(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "search", "--db", str(db), "--mentee", "Tomás", "scaffolding")
    assert status == 0 and "Tomás Okafor" in out and "Éloïse" not in out
    status, _out, err = run(capsys, "search", "--db", str(db), "--mentee", "Nobody", "x")
    assert status == 1 and err.startswith("mentorjournal: ") and err.count("\n") == 1


def test_several_words_and_odd_input(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "search", "--db", str(db), "torque", "glasses")
    assert status == 0 and out.startswith("1 hit for 'torque glasses':")
    for odd in ('"', "AND", "NEAR(", "-*-", "title:x", "'; DROP TABLE mentee; --"):
        status, _out, err = run(capsys, "search", "--db", str(db), "--", odd)
        assert status == 0 and err == ""


def test_errors_are_one_plain_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _out, err = run(capsys, "search", "--db", str(tmp_path / "none.sqlite"), "x")
    assert status == 1 and err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "none.sqlite").exists()
    status, _out, err = run(capsys, "search", "--db", str(tmp_path / "none.sqlite"), " ")
    assert status == 2 and err.count("\n") == 1


def test_control_characters_in_notes_do_not_reach_the_terminal(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_journal(db) as journal:
        services = Services.for_journal(journal)
        mentee = services.mentees.list_summaries()[0]
        from mentorjournal.models import ActionItemInput

        services.actions.create(
            ActionItemInput(mentee_id=mentee.id, text="beep\x1b[31m red \x07 bell")
        )
    _status, out, _ = run(capsys, "search", "--db", str(db), "beep")
    assert "\x1b" not in out and "\x07" not in out and "[beep]" in out
