"""`mentorjournal export` and `mentorjournal import`: files, keys, passphrases from the
environment (never arguments), refusals in one line with the journal left untouched."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from mentorjournal.__main__ import main
from mentorjournal.crypto import keys

PASSPHRASE = "lantern-meadow-copper-violet-harbor-pine"


def digest(path: Path) -> str:
    h = hashlib.sha256()
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{path}{suffix}")
        h.update(part.read_bytes() if part.exists() else b"-")
    return h.hexdigest()


@pytest.fixture(autouse=True)
def no_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MENTORJOURNAL_PASSPHRASE", raising=False)


@pytest.fixture
def me(tmp_path: Path) -> tuple[keys.KeyPair, Path]:
    pair = keys.generate_identity()
    path = tmp_path / "key.txt"
    path.write_text(f"# public key: {pair.recipient}\n{pair.secret}\n", encoding="utf-8")
    return pair, path


def test_passphrase_round_trip_via_environment(
    demo_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "journal.age"
    monkeypatch.setenv("MENTORJOURNAL_PASSPHRASE", PASSPHRASE)
    assert main(["export", "--db", str(demo_path), "--out", str(out)]) == 0
    assert out.stat().st_mode & 0o777 == 0o600
    assert out.read_bytes().startswith(b"age-encryption.org/v1\n-> scrypt ")
    assert "encrypted with a passphrase" in capsys.readouterr().out
    target = tmp_path / "new.sqlite"
    assert main(["import", "--db", str(target), str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Mentees" in printed and "Imported into" in printed


def test_no_terminal_and_no_environment_variable(
    demo_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    out = tmp_path / "journal.age"
    assert main(["export", "--db", str(demo_path), "--out", str(out)]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "MENTORJOURNAL_PASSPHRASE" in err
    assert not out.exists()


def test_passphrase_is_never_an_argument(demo_path: Path, tmp_path: Path) -> None:
    args = ["export", "--db", str(demo_path), "--out", str(tmp_path / "x.age")]
    assert main([*args, "--passphrase", "x"]) == 2


def test_recipient_export_of_chosen_mentees_and_import_twice(
    demo_path: Path,
    tmp_path: Path,
    me: tuple[keys.KeyPair, Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    pair, identity = me
    out = tmp_path / "two.age"
    args = ["export", "--db", str(demo_path), "--out", str(out), "--recipient", pair.recipient]
    assert main([*args, "--mentee", "Dawit Bekele", "--mentee", "Hiwot"]) == 0
    bundle = json.loads(keys.decrypt(out.read_bytes(), [pair]))
    assert sorted(m["full_name"] for m in bundle["content"]["mentees"]) == [
        "Dawit Bekele",
        "Hiwot Desta",
    ]
    assert bundle["scope"] == "mentees" and not bundle["includes_private"]

    target = tmp_path / "target.sqlite"
    dry = ["import", "--db", str(target), str(out), "--identity", str(identity), "--dry-run"]
    assert main(dry) == 0
    assert "Dry run" in capsys.readouterr().out
    assert not target.exists()  # a dry run creates no journal
    real = dry[:-1]
    assert main(real) == 0
    capsys.readouterr()
    before = digest(target)
    assert main(real) == 0
    assert "nothing to do" in capsys.readouterr().out
    assert digest(target) == before


def test_plain_export(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "journal.json"
    assert main(["export", "--db", str(demo_path), "--out", str(out), "--plain"]) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == "mentorjournal-bundle" and document["format_version"] == 1
    assert "private_notes" not in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("extra", "name"),
    [(["--plain"], "x.age"), ([], "x.json"), (["--recipient", "age1nope"], "x.age")],
)
def test_usage_errors(
    demo_path: Path, tmp_path: Path, extra: list[str], name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / name
    assert main(["export", "--db", str(demo_path), "--out", str(out), *extra]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert not out.exists()


def _bad_files(tmp_path: Path, me: keys.KeyPair) -> dict[str, bytes]:
    good = {
        "format": "mentorjournal-bundle",
        "format_version": 1,
        "content": {},
        "manifest": {"counts": {}, "sha256": "0" * 64},
    }
    newer = dict(good, format_version=99)
    sealed = keys.encrypt(b'{"format": "mentorjournal-bundle"}' * 100, [me.recipient])
    return {
        "empty": b"",
        "random": os.urandom(2000),
        "not a bundle": b'{"name": "a shopping list"}',
        "newer": json.dumps(newer).encode(),
        "manifest": json.dumps(good).encode(),
        "truncated": sealed[: len(sealed) - 30],
        "tampered": sealed[:200] + bytes([sealed[200] ^ 1]) + sealed[201:],
        "work factor": b"age-encryption.org/v1\n-> scrypt c2FsdHNhbHRzYWx0c2FsdA 31\n"
        + b"A" * 43
        + b"\n--- "
        + b"B" * 43
        + b"\n"
        + os.urandom(100),
    }


def test_bad_files_leave_the_journal_untouched(
    demo_path: Path,
    tmp_path: Path,
    me: tuple[keys.KeyPair, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    pair, identity = me
    monkeypatch.setenv("MENTORJOURNAL_PASSPHRASE", "anything")
    before = digest(demo_path)
    for name, data in _bad_files(tmp_path, pair).items():
        bad = tmp_path / "bad.age"
        bad.write_bytes(data)
        status = main(["import", "--db", str(demo_path), str(bad), "--identity", str(identity)])
        err = capsys.readouterr().err
        assert status == 1, name
        assert err.count("\n") == 1 and err.startswith("mentorjournal: "), (name, err)
        assert digest(demo_path) == before, name
    assert sorted(p.name for p in tmp_path.iterdir() if "sqlite" in p.name) == ["demo.sqlite"]


def test_bad_file_creates_no_journal(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "mentorjournal-bundle", "format_version": 7}')
    target = tmp_path / "new.sqlite"
    assert main(["import", "--db", str(target), str(bad)]) == 1
    assert not target.exists()
