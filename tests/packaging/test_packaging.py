"""Fast checks of the packaging files, for every CI run (building the bundle takes minutes and
is the release command `make bundle`): the spec reads packaging/bundle_layout.py and parses,
the layout lists what must be collected, the Linux desktop file and AppStream metainfo are
valid with the keys software centres need, the Windows installer script points at the bundle
the spec builds, the scripts parse, the icons have their sizes, and the smoke-test hook in
app.py really runs (a start-up probe of the real entry point quits by itself).
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

import mentorjournal
from mentorjournal.ui import smoke

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "mentorjournal.spec"


def _load_layout() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle_layout", PACKAGING / "bundle_layout.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


layout = _load_layout()


def test_spec_parses_and_collects_through_the_layout() -> None:
    text = SPEC.read_text(encoding="utf-8")
    names = layout.spec_names(text)  # parses the spec as Python
    for used in ("data_files", "app_modules", "lazy_modules", "METADATA_PACKAGES", "COLLECT"):
        assert used in names, f"the spec does not use {used}"
    assert "launcher.py" in text
    launcher = (PACKAGING / "launcher.py").read_text(encoding="utf-8")
    assert "freeze_support()" in launcher  # worker processes of a frozen app need it


def test_migration_scripts_are_collected_as_files() -> None:
    destinations = {Path(src).relative_to(ROOT): dest for src, dest in layout.data_files()}
    versions = sorted((ROOT / "mentorjournal/store/migrations/versions").glob("0*.py"))
    assert len(versions) >= 9
    for path in [*versions, ROOT / "mentorjournal/store/migrations/env.py"]:
        rel = path.relative_to(ROOT)
        assert destinations.get(rel) == str(rel.parent), f"{rel} not collected"


def test_every_resource_ships_except_translation_sources() -> None:
    shipped = {Path(src).relative_to(ROOT) for src, _dest in layout.data_files()}
    for path in (ROOT / "resources").rglob("*"):
        if path.is_file():
            rel = path.relative_to(ROOT)
            assert (rel in shipped) == (path.suffix != ".ts"), rel
    fonts = {p.name for p in shipped if p.parts[:2] == ("resources", "fonts")}
    assert {"NotoSansArabic-Regular.ttf", "NotoSansEthiopic-Regular.ttf", "OFL.txt"} <= fonts


def test_every_app_module_is_a_hidden_import() -> None:
    modules = set(layout.app_modules())
    assert {"mentorjournal", "mentorjournal.app", "mentorjournal.ui.smoke"} <= modules
    assert "mentorjournal.cli.commands.report" in modules
    assert not any(".migrations." in name for name in modules)
    for name in modules:  # each one names a real file of the package
        path = ROOT / Path(*name.split("."))
        assert path.with_suffix(".py").is_file() or (path / "__init__.py").is_file(), name


def test_app_modules_walks_the_files_not_the_imports(tmp_path: Path) -> None:
    """A module that nothing imports (loaded by name, or added by a split) is still listed;
    migration scripts (loaded as files by Alembic) and byte-code folders are not."""
    package = tmp_path / "mentorjournal"
    files = {
        "__init__.py": "",
        "services/__init__.py": "def __getattr__(name): ...  # imports by name",
        "services/late.py": "",
        "ui/__init__.py": "",
        "ui/tabs/__init__.py": "",
        "ui/tabs/new_tab.py": "",
        "store/__init__.py": "",
        "store/migrations/env.py": "",
        "store/migrations/versions/0001_first.py": "",
        "ui/__pycache__/stale.py": "",
    }
    for name, text in files.items():
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(text, encoding="utf-8")
    assert layout.app_modules(package) == [
        "mentorjournal",
        "mentorjournal.services",
        "mentorjournal.services.late",
        "mentorjournal.store",
        "mentorjournal.ui",
        "mentorjournal.ui.tabs",
        "mentorjournal.ui.tabs.new_tab",
    ]


def test_lazy_modules_agree_with_the_smoke_test() -> None:
    assert tuple(layout.LAZY_MODULES) == smoke.LAZY_MODULES
    assert layout.MANIFEST_NAME == smoke.MANIFEST_NAME
    assert layout.lazy_modules(lambda name: name != "pyrage") == [
        name for name in smoke.LAZY_MODULES if name != "pyrage"
    ]


def test_required_files_name_the_qt_plugins_and_data() -> None:
    required = layout.required_files("linux")
    for plugin in ("platforms/libqoffscreen.so", "platforms/libqxcb.so", "printsupport/"):
        assert any(plugin in item for item in required), plugin
    assert "matplotlib/mpl-data/matplotlibrc" in required
    assert "mentorjournal/store/migrations/versions/0001_first_schema.py" in required
    assert any(item.startswith("resources/fonts/") for item in required)
    for source in (ROOT / "resources" / "translations").glob("*.ts"):
        assert f"resources/translations/{source.stem}.qm" in required  # compiled, then shipped
    assert any("qwindows.dll" in item for item in layout.required_files("win32"))


def test_missing_files_reports_what_a_bundle_lacks(tmp_path: Path) -> None:
    contents = tmp_path / "_internal"
    assert set(layout.missing_files(contents, "linux")) == set(layout.required_files("linux"))
    for rel in layout.required_files("linux"):
        (contents / rel).parent.mkdir(parents=True, exist_ok=True)
        (contents / rel).write_bytes(b"")
    assert layout.missing_files(contents, "linux") == []


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(PACKAGING / "linux" / f"{layout.APP_ID}.desktop", encoding="utf-8")
    assert parser.sections() == ["Desktop Entry"]
    return parser["Desktop Entry"]


def test_desktop_file_has_the_required_keys() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Mentor Journal"
    assert entry["Exec"].split()[0] == layout.EXE_NAME
    assert entry["Icon"] == layout.APP_ID
    assert entry["Terminal"] == "false"
    for key in ("Categories", "Keywords"):
        assert entry[key].endswith(";"), f"{key} is a list: it ends with ';'"
    for key in entry:
        assert key.split("[")[0] in {
            "Type", "Version", "Name", "GenericName", "Comment", "Exec", "TryExec", "Icon",
            "Terminal", "Categories", "Keywords", "StartupNotify", "StartupWMClass",
        } or key.startswith("X-"), f"unknown key {key}"  # fmt: skip


def test_metainfo_is_valid_appstream() -> None:
    root = ET.parse(PACKAGING / "linux" / f"{layout.APP_ID}.metainfo.xml").getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    for tag in ("id", "name", "summary", "metadata_license", "project_license", "description"):
        element = root.find(tag)
        assert element is not None and "".join(element.itertext()).strip(), tag
    assert root.findtext("id") == layout.APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == f"{layout.APP_ID}.desktop"
    assert root.find("content_rating") is not None
    releases = root.findall("releases/release")
    assert releases and releases[0].get("version") == mentorjournal.__version__
    binaries = [b.text for b in root.findall("provides/binary")]
    assert binaries == [layout.EXE_NAME]


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_icons_have_their_sizes() -> None:
    for size in (16, 24, 32, 48, 64, 128, 256):
        assert _png_size(PACKAGING / "icons" / f"mentorjournal-{size}.png") == (size, size)
    ico = (PACKAGING / "icons" / "mentorjournal.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5


def test_inno_setup_script_installs_the_bundle() -> None:
    iss = (PACKAGING / "windows" / "mentorjournal.iss").read_text(encoding="utf-8")
    assert f"dist\\{layout.BUNDLE_NAME}\\*" in iss
    assert f"{layout.EXE_NAME}.exe" in iss and f"{layout.WINDOWS_CLI_NAME}.exe" in iss
    assert "mentorjournal.ico" in iss
    assert "[Setup]" in iss and "AppId=" in iss and "PrivilegesRequired=lowest" in iss
    notes = (PACKAGING / "windows" / "README.md").read_text(encoding="utf-8")
    assert "iscc" in notes.lower() and "mentorjournal.spec" in notes


@pytest.mark.parametrize("script", ["make_wheelhouse.sh", "install_offline.sh", "linux/install.sh"])
def test_shell_scripts_parse(script: str) -> None:
    path = PACKAGING / script
    assert os.access(path, os.X_OK), f"{script} is not executable"
    subprocess.run(["bash", "-n", str(path)], check=True)


def test_python_scripts_compile() -> None:
    for name in ("build_bundle.py", "make_icons.py", "launcher.py", "bundle_layout.py"):
        ast.parse((PACKAGING / name).read_text(encoding="utf-8"), filename=name)


def test_smoke_hook_runs_from_the_real_entry_point(tmp_path: Path) -> None:
    """The start-up probe opens the real window on a new journal and quits by itself with 0;
    without the hook in app.py the window would wait for a trainer (and time out here)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MENTORJOURNAL_SMOKE_TEST="startup")
    env["HOME"] = str(tmp_path / "home")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env.pop("MENTORJOURNAL_DB", None)
    journal = tmp_path / "journal.sqlite"
    done = subprocess.run(
        [sys.executable, "-m", "mentorjournal", "--db", str(journal)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert journal.is_file()
