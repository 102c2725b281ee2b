"""Interoperability with the standard `age` tool (Debian's package `age`): it decrypts what
the app exports, and the app imports what it encrypts, with passphrases and with keys."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from mentorjournal.__main__ import main
from mentorjournal.store import Journal
from mentorjournal.transfer import apply_import, build_bundle, dump, open_bundle

from .agepty import run_age
from .helpers import content_of

# No skip when age is missing: CI installs it (packaging/install-system-deps.sh), and a
# missing tool must show as a failure, not as a quietly green run.
assert shutil.which("age"), "the age tool is missing: apt-get install age"

PASSPHRASE = "olive-canyon-ember-tulip-quartz-harbor"


def test_age_decrypts_an_app_export(
    demo_journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "export.age"
    monkeypatch.setenv("MENTORJOURNAL_PASSPHRASE", PASSPHRASE)
    assert main(["export", "--db", str(demo_journal.path), "--out", str(out)]) == 0
    plain = tmp_path / "plain.json"
    status, output = run_age(["-d", "-o", str(plain), str(out)], PASSPHRASE)
    assert status == 0, output
    document = json.loads(plain.read_text(encoding="utf-8"))
    assert document["format"] == "mentorjournal-bundle"
    assert document["content"] == build_bundle(demo_journal)["content"]


def test_app_imports_what_age_encrypted(
    demo_journal: Journal, journal: Journal, tmp_path: Path
) -> None:
    plain = tmp_path / "bundle.json"
    plain.write_bytes(dump(build_bundle(demo_journal, include_private=True)))
    sealed = tmp_path / "bundle.json.age"
    status, output = run_age(["-p", "-o", str(sealed), str(plain)], PASSPHRASE)
    assert status == 0, output
    apply_import(journal, open_bundle(sealed.read_bytes(), passphrase=PASSPHRASE))
    assert content_of(journal) == content_of(demo_journal)


def test_keys_both_ways(demo_journal: Journal, tmp_path: Path) -> None:
    """age-keygen's identity opens the app's export to its recipient, and the app opens
    age's encryption (armored, too) to the app's key."""
    identity = tmp_path / "key.txt"
    subprocess.run(["age-keygen", "-o", str(identity)], check=True, capture_output=True)
    recipient = subprocess.run(
        ["age-keygen", "-y", str(identity)], check=True, capture_output=True, text=True
    ).stdout.strip()
    out = tmp_path / "to-coordinator.age"
    args = ["export", "--db", str(demo_journal.path), "--out", str(out), "--recipient", recipient]
    assert main(args) == 0
    decrypted = subprocess.run(
        ["age", "-d", "-i", str(identity), str(out)], check=True, capture_output=True
    ).stdout
    assert json.loads(decrypted)["content"] == build_bundle(demo_journal)["content"]

    armored = subprocess.run(
        ["age", "-a", "-r", recipient], input=decrypted, check=True, capture_output=True
    ).stdout
    assert armored.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----")
    from mentorjournal.crypto import keys

    secret = keys.identity_from_text(identity.read_text()).secret
    bundle = open_bundle(armored, identities=[secret])
    assert bundle.content == build_bundle(demo_journal)["content"]


@pytest.mark.parametrize("armor", [[], ["-a"]])
def test_app_opens_age_passphrase_files_from_their_path(
    demo_journal: Journal, tmp_path: Path, armor: list[str]
) -> None:
    """open_file streams the encrypted bytes to the decryption (armored ones de-armored)."""
    from mentorjournal.transfer import BundleStream, export_file, open_file

    plain = tmp_path / "bundle.json"
    export_file(plain, BundleStream(demo_journal))
    sealed = tmp_path / "bundle.json.age"
    status, output = run_age([*armor, "-p", "-o", str(sealed), str(plain)], PASSPHRASE)
    assert status == 0, output
    bundle = open_file(sealed, passphrase=PASSPHRASE)
    assert bundle.content == build_bundle(demo_journal)["content"]
