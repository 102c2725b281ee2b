"""The in-app smoke test (mentorjournal/ui/smoke.py), run from source as the release build runs
it in the bundle: the real entry point on a demo journal, with Arabic chosen in Settings, must
pass every step, start right to left in Arabic, and save the painted window. This keeps the
driver in step with the window it drives (a renamed page or tab fails here, in `make test`,
not at release time in `make bundle`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from mentorjournal.ui import smoke


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("MENTORJOURNAL_DB", None)
    env.pop(smoke.SMOKE_TEST_VARIABLE, None)
    env["HOME"] = str(home)
    env["XDG_CONFIG_HOME"] = str(home / ".config")
    env["XDG_DATA_HOME"] = str(home / ".local" / "share")
    return env


def test_the_smoke_test_passes_in_arabic_from_source(tmp_path: Path) -> None:
    env = _env(tmp_path / "home")
    journal = tmp_path / "demo.sqlite"
    command = [sys.executable, "-m", "mentorjournal"]
    subprocess.run([*command, "demo", "--db", str(journal)], env=env, check=True, timeout=300)
    # The settings file the app reads on Linux (ui/settings/store.py), with Arabic chosen.
    settings = tmp_path / "home" / ".config" / "Mentor Journal" / "Mentor Journal.conf"
    settings.parent.mkdir(parents=True)
    settings.write_text("[settings]\nversion=1\n\n[appearance]\nlanguage=ar\n", encoding="utf-8")
    out = tmp_path / "smoke"
    done = subprocess.run(
        [*command, "--db", str(journal)],
        env=dict(env, **{smoke.SMOKE_TEST_VARIABLE: str(out)}),
        capture_output=True,
        text=True,
        timeout=600,
    )
    report = json.loads((out / smoke.REPORT_NAME).read_text(encoding="utf-8"))
    failed = [step for step in report["steps"] if not step["ok"]]
    assert failed == [] and done.returncode == 0, (failed, done.stderr[-3000:])
    assert (report["language"], report["right_to_left"]) == ("ar", True)
    names = [step["name"] for step in report["steps"]]
    assert "every module of the app" in names and "every shipped translation" in names
    translations = report["steps"][names.index("every shipped translation")]["detail"]
    assert "fr (left to right" in translations and "ar (right to left" in translations
    charts = report["steps"][names.index("draw every chart")]["detail"]
    assert "goals" in charts and (out / "chart-goals.png").stat().st_size > 1000
    assert (out / "window.png").read_bytes().startswith(b"\x89PNG")
    assert (out / "brief.pdf").read_bytes().startswith(b"%PDF-")
