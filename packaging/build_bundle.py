#!/usr/bin/env python3
"""Build the one-folder Mentor Journal application and smoke-test it: the release command.

    python3 packaging/build_bundle.py            # or: make bundle
    python3 packaging/build_bundle.py --skip-build   # only test dist/mentorjournal again

Steps: a build venv (build/bundle-venv) with the app's dependencies and PyInstaller (the app
itself is not installed there: the spec analyses the source tree); PyInstaller with
packaging/mentorjournal.spec into dist/mentorjournal/; a check that every file
packaging/bundle_layout.py requires is in it; the Linux desktop file, AppStream metainfo, icons
and install.sh added beside the executable; then the smoke test of the bundle, offscreen:
a demo journal made by the bundle's own CLI, the old-schema journal from tests/data upgraded,
summaries written by the CLI (PDF when `report --format pdf` exists), the GUI's own smoke test
(MENTORJOURNAL_SMOKE_TEST: every view, every chart, PDFs, every lazily loaded library and
every module of the app, every shipped translation, a worker process), run again with Arabic
chosen in Settings (the right-to-left window; not on Windows), and the start-up time (median
of 5 whole-process runs). Finally a .tar.gz (Linux) or a .zip (Windows) of the folder for the
USB stick, and build/bundle-report.json with the figures.

Standard library only; runs the same on Windows (packaging/windows/README.md). Exit status 0
when the bundle built and every check passed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import venv
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_layout as layout  # noqa: E402

ROOT = layout.ROOT
WINDOWS = sys.platform == "win32"
BUILD = ROOT / "build"
BUILD_VENV = BUILD / "bundle-venv"
DIST = ROOT / "dist"
BUNDLE = DIST / layout.BUNDLE_NAME
SPEC = ROOT / "packaging" / "mentorjournal.spec"
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "packaging" / "icons"
OLD_JOURNAL = ROOT / "tests" / "data" / "journals" / "schema-0001.sqlite"
STARTUP_RUNS = 5
GUI_TIMEOUT = 600  # seconds; the first run on a cold disk is slow on a workshop laptop


def say(text: str) -> None:
    print(f"== {text}", flush=True)


def venv_python(where: Path) -> Path:
    return where / ("Scripts/python.exe" if WINDOWS else "bin/python")


def version() -> str:
    text = (ROOT / "mentorjournal" / "__init__.py").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise SystemExit("no __version__ in mentorjournal/__init__.py")


def run(cmd: list[str | Path], **kwargs: object) -> subprocess.CompletedProcess[str]:
    """Run `cmd`, failing loudly with its output when it fails."""
    done = subprocess.run([str(c) for c in cmd], text=True, capture_output=True, **kwargs)  # type: ignore[call-overload]
    if done.returncode != 0:
        print(done.stdout[-4000:], done.stderr[-4000:], sep="\n", file=sys.stderr)
        raise SystemExit(f"failed ({done.returncode}): {' '.join(str(c) for c in cmd)}")
    return done  # type: ignore[no-any-return]


# --- build -----------------------------------------------------------------------------------
def build_venv() -> Path:
    """build/bundle-venv with the dependencies of pyproject.toml and its 'bundle' extra;
    remade when pyproject.toml changes."""
    stamp = BUILD_VENV / ".pyproject-sha256"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    python = venv_python(BUILD_VENV)
    if stamp.exists() and stamp.read_text() == digest and python.exists():
        return python
    say(f"build venv {BUILD_VENV.relative_to(ROOT)} (Python {platform.python_version()})")
    shutil.rmtree(BUILD_VENV, ignore_errors=True)
    venv.create(BUILD_VENV, with_pip=True)
    run([python, "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
    run([python, "-m", "pip", "install", "--quiet", f"{ROOT}[bundle]"])
    # Only the dependencies stay: the spec analyses the source tree itself.
    run([python, "-m", "pip", "uninstall", "--quiet", "--yes", "mentorjournal"])
    stamp.write_text(digest)
    return python


def translations(python: Path) -> None:
    """Compile resources/translations/*.ts into the .qm files the bundle ships (they are not
    kept in git)."""
    script = ROOT / "packaging" / "translations.py"
    if script.exists():
        say("translations (.ts -> .qm)")
        run([python, script, "build"], cwd=ROOT)


def pyinstaller(python: Path) -> float:
    say("PyInstaller (one folder)")
    started = time.perf_counter()
    run(
        [
            python,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            DIST,
            "--workpath",
            BUILD / "pyinstaller",
            SPEC,
        ],
        cwd=ROOT,
    )
    return time.perf_counter() - started


def add_desktop_files() -> None:
    """The Linux menu entry, AppStream metadata, icons and install.sh, inside the bundle so
    the release archive is all a laptop needs."""
    share = BUNDLE / "share"
    shutil.rmtree(share, ignore_errors=True)
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir()
    shutil.copy2(LINUX / f"{layout.APP_ID}.desktop", share / "applications")
    shutil.copy2(LINUX / f"{layout.APP_ID}.metainfo.xml", share / "metainfo")
    for png in sorted(ICONS.glob("mentorjournal-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy2(png, folder / f"{layout.APP_ID}.png")
    shutil.copy2(LINUX / "install.sh", BUNDLE / "install.sh")


def validate_desktop_files() -> list[str]:
    """Run the freedesktop validators when installed (Debian: desktop-file-utils,
    appstream); returns what was checked."""
    checked = []
    tools = (
        ("desktop-file-validate", [LINUX / f"{layout.APP_ID}.desktop"]),
        ("appstreamcli", ["validate", "--no-net", LINUX / f"{layout.APP_ID}.metainfo.xml"]),
    )
    for tool, args in tools:
        if shutil.which(tool) is None:
            print(f"   {tool} not installed: skipped (Debian: desktop-file-utils, appstream)")
            continue
        run([tool, *args])
        checked.append(tool)
    return checked


# --- smoke test ------------------------------------------------------------------------------
def executable(name: str) -> Path:
    return BUNDLE / (f"{name}.exe" if WINDOWS else name)


def cli() -> Path:
    return executable(layout.WINDOWS_CLI_NAME if WINDOWS else layout.EXE_NAME)


def smoke_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("MENTORJOURNAL_DB", None)
    # A throw-away home: no settings, keyring or journal of the person building are touched.
    env["HOME"] = str(home)
    env["XDG_CONFIG_HOME"] = str(home / ".config")
    env["XDG_DATA_HOME"] = str(home / ".local" / "share")
    if WINDOWS:
        env["APPDATA"] = str(home / "AppData" / "Roaming")
        env["LOCALAPPDATA"] = str(home / "AppData" / "Local")
    return env


def smoke_cli(work: Path, env: dict[str, str]) -> dict[str, object]:
    say("smoke test: the bundle's command line")
    demo = work / "demo.sqlite"
    results: dict[str, object] = {}
    results["version"] = run([cli(), "--version"], env=env).stdout.strip()
    results["demo"] = run([cli(), "demo", "--db", demo], env=env).stdout.strip()
    run([cli(), "mentees", "--db", demo], env=env)
    # An old journal is upgraded on open: every migration script runs inside the bundle.
    if OLD_JOURNAL.exists():
        old = work / "old.sqlite"
        shutil.copy2(OLD_JOURNAL, old)
        run([cli(), "mentees", "--db", old], env=env)
        results["upgrade"] = f"{OLD_JOURNAL.name} upgraded and listed"
    formats = ["md", "html"]
    help_text = run([cli(), "report", "--help"], env=env).stdout
    if "pdf" in help_text:
        formats.insert(0, "pdf")
    else:
        results["note"] = "report --format pdf does not exist yet: Markdown and HTML written"
    written = []
    for fmt in formats:
        out = work / f"programme.{fmt}"
        run([cli(), "report", "--db", demo, "--all", "--format", fmt, "--out", out], env=env)
        data = out.read_bytes()
        if fmt == "pdf" and not data.startswith(b"%PDF-"):
            raise SystemExit("report --format pdf wrote something that is not a PDF")
        written.append(f"{out.name} ({len(data)} bytes)")
    results["reports"] = written
    for key, value in results.items():
        print(f"   {key}: {value}")
    return results


def settings_file(home: Path) -> Path:
    """Where the app keeps its settings (QSettings' INI file on Linux and macOS; Windows keeps
    them in the registry)."""
    return home / ".config" / "Mentor Journal" / "Mentor Journal.conf"


def smoke_gui(work: Path, env: dict[str, str], language: str = "") -> dict[str, object]:
    """The app's own smoke test in its window; with `language` chosen in Settings ("ar":
    the right-to-left window in Arabic script) when given."""
    if language:
        say(f"smoke test again, in the language {language!r} chosen in Settings")
        home = Path(env["HOME"])
        settings_file(home).parent.mkdir(parents=True, exist_ok=True)
        settings_file(home).write_text(
            f"[settings]\nversion=1\n\n[appearance]\nlanguage={language}\n", encoding="utf-8"
        )
    else:
        say("smoke test: the window (offscreen), every view, PDFs, lazily loaded libraries")
    out = work / f"gui-{language or 'default'}"
    gui_env = dict(env, MENTORJOURNAL_SMOKE_TEST=str(out))
    started = time.perf_counter()
    done = subprocess.run(
        [str(executable(layout.EXE_NAME)), "--db", str(work / "demo.sqlite")],
        env=gui_env,
        text=True,
        capture_output=True,
        timeout=GUI_TIMEOUT,
    )
    seconds = time.perf_counter() - started
    report_file = out / "smoke-report.json"
    if not report_file.exists():
        print(done.stdout[-4000:], done.stderr[-4000:], sep="\n", file=sys.stderr)
        raise SystemExit(f"the GUI smoke test wrote no report (exit status {done.returncode})")
    report = json.loads(report_file.read_text(encoding="utf-8"))
    for step in report["steps"]:
        mark = "ok  " if step["ok"] else "FAIL"
        detail = step["detail"] if step["ok"] else "\n" + step["detail"]
        print(f"   {mark} {step['name']} ({step['seconds']:.2f} s): {detail}")
    if done.returncode != 0 or not report["ok"]:
        print(done.stderr[-4000:], file=sys.stderr)
        raise SystemExit(f"the GUI smoke test failed (exit status {done.returncode})")
    if language and report["language"] != language:
        raise SystemExit(f"the window started in {report['language']!r}, not {language!r}")
    # The window as painted, kept to be looked at (the smoke folder is deleted).
    look = BUILD / "bundle-smoke"
    look.mkdir(parents=True, exist_ok=True)
    shutil.copy2(out / "window.png", look / f"window-{report['language']}.png")
    print(f"   exit status 0 after {seconds:.1f} s; window in {look.relative_to(ROOT)}")
    return {"exit_status": done.returncode, "seconds": round(seconds, 2), "report": report}


def startup_seconds(command: list[str], env: dict[str, str]) -> list[float]:
    """Whole-process times from start to the window shown and painted, then quit."""
    times = []
    probe_env = dict(env, MENTORJOURNAL_SMOKE_TEST="startup")
    for _ in range(STARTUP_RUNS + 1):  # the first run warms the disk cache and is dropped
        started = time.perf_counter()
        subprocess.run(command, env=probe_env, check=True, capture_output=True, timeout=120)
        times.append(time.perf_counter() - started)
    return times[1:]


def measure_startup(work: Path, env: dict[str, str]) -> dict[str, object]:
    say(f"start-up time (median of {STARTUP_RUNS} runs, demo journal)")
    demo = str(work / "demo.sqlite")
    result: dict[str, object] = {}
    bundle = startup_seconds([str(executable(layout.EXE_NAME)), "--db", demo], env)
    result["bundle_s"] = round(statistics.median(bundle), 2)
    source = ROOT / ".venv" / ("Scripts/mentorjournal.exe" if WINDOWS else "bin/mentorjournal")
    if source.exists():  # for comparison: the same start from the development venv
        venv_times = startup_seconds([str(source), "--db", demo], env)
        result["venv_s"] = round(statistics.median(venv_times), 2)
    for key, value in result.items():
        print(f"   {key}: {value}")
    return result


# --- archive and figures ---------------------------------------------------------------------
def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def archive() -> Path:
    say("release archive")
    system = "windows" if WINDOWS else sys.platform
    name = f"mentorjournal-{version()}-{system}-{platform.machine().lower()}"
    if WINDOWS:
        target = DIST / f"{name}.zip"
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in sorted(BUNDLE.rglob("*")):
                zf.write(path, path.relative_to(DIST))
    else:
        target = DIST / f"{name}.tar.gz"
        with tarfile.open(target, "w:gz") as tf:
            tf.add(BUNDLE, arcname=BUNDLE.name)
    print(f"   {target.relative_to(ROOT)}")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--skip-build", action="store_true", help="test the existing bundle")
    parser.add_argument("--no-archive", action="store_true", help="do not write the archive")
    args = parser.parse_args(argv)

    figures: dict[str, object] = {"version": version(), "platform": sys.platform}
    if not args.skip_build:
        python = build_venv()
        translations(python)
        figures["build_s"] = round(pyinstaller(python), 1)
        print(f"   built in {figures['build_s']} s")
    if not BUNDLE.is_dir():
        raise SystemExit(f"no bundle at {BUNDLE}; build it first")

    say("required files")
    missing = layout.missing_files(BUNDLE / layout.CONTENTS, sys.platform)
    if missing:
        raise SystemExit("missing from the bundle:\n  " + "\n  ".join(missing))
    print(f"   all {len(layout.required_files(sys.platform))} present")
    if not WINDOWS:
        add_desktop_files()
        figures["validated_with"] = validate_desktop_files()

    with tempfile.TemporaryDirectory(prefix="mentorjournal-smoke-") as tmp:
        work = Path(tmp)
        env = smoke_env(work / "home")
        figures["cli"] = smoke_cli(work, env)
        figures["gui"] = smoke_gui(work, env)
        if not WINDOWS:  # Windows keeps settings in the registry: the in-app step only
            ar_env = smoke_env(work / "home-ar")
            figures["gui_ar"] = smoke_gui(work, ar_env, language="ar")
        figures["startup"] = measure_startup(work, env)

    figures["bundle_mb"] = round(folder_size(BUNDLE) / 1e6, 1)
    if not args.no_archive:
        target = archive()
        figures["archive"] = target.name
        figures["archive_mb"] = round(target.stat().st_size / 1e6, 1)
    (BUILD / "bundle-report.json").parent.mkdir(exist_ok=True)
    (BUILD / "bundle-report.json").write_text(json.dumps(figures, indent=2), encoding="utf-8")
    say("done")
    for key in ("build_s", "bundle_mb", "archive_mb"):
        if key in figures:
            print(f"   {key}: {figures[key]}")
    print(f"   start-up: {figures['startup']}")
    print(f"   figures in {(BUILD / 'bundle-report.json').relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
