"""What the one-folder bundle must hold, in one place: read by packaging/mentorjournal.spec (to
collect it), by packaging/build_bundle.py (to check the built bundle) and by
tests/packaging/ (to check, in CI and without building, that nothing is forgotten).

Standard library only: the spec runs it inside PyInstaller, the build script under any Python.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "mentorjournal"
RESOURCES = ROOT / "resources"
MIGRATIONS = PACKAGE / "store" / "migrations"

# dist/<BUNDLE_NAME>/ holds the executables and the "_internal" contents folder.
BUNDLE_NAME = "mentorjournal"
CONTENTS = "_internal"  # PyInstaller 6's default contents directory
EXE_NAME = "mentorjournal"  # the app (a console program on Linux; on Windows, windowed)
WINDOWS_CLI_NAME = "mentorjournal-cli"  # Windows only: the command line, with a console
APP_ID = "org.mentorjournal.MentorJournal"  # desktop file, AppStream id, icon name
MANIFEST_NAME = "bundle-manifest.json"  # must equal mentorjournal.ui.smoke.MANIFEST_NAME

# Translation sources stay out; their compiled .qm files go in.
RESOURCE_EXCLUDED_SUFFIXES = {".ts", ".pro"}

# Imported only on first use (inside functions or by name), so PyInstaller might not see them;
# each one installed in the build environment goes into the bundle and must import there
# (the smoke test reads the list from the manifest). Keep in step with
# mentorjournal.ui.smoke.LAZY_MODULES.
LAZY_MODULES = (
    "matplotlib.backends.backend_qtagg",
    "matplotlib.backends.backend_svg",
    "alembic.runtime.migration",
    "fpdf",
    "uharfbuzz",
    "pypdfium2",
    "pyrage",
    "keyring",
)
# Packages whose submodules are picked by name at run time, and whose metadata (entry points)
# the code reads: keyring finds its backends through entry points.
SUBMODULE_PACKAGES = ("keyring.backends", "alembic.ddl", "sqlalchemy.dialects.sqlite")
METADATA_PACKAGES = ("keyring",)

# Qt plugins the app needs, under PySide6/Qt/plugins/ in the contents folder, per platform:
# offscreen (smoke test, CI), xcb (X11 laptops), wayland, print support (Ctrl+P), SVG icons.
QT_PLUGINS = {
    "linux": (
        "platforms/libqoffscreen.so",
        "platforms/libqxcb.so",
        "platforms/libqwayland.so",
        "printsupport/libcupsprintersupport.so",
        "imageformats/libqsvg.so",
        "iconengines/libqsvgicon.so",
        "xcbglintegrations/libqxcb-glx-integration.so",
        # typing Amharic or Arabic through an input method (IBus) or compose keys
        "platforminputcontexts/libibusplatforminputcontextplugin.so",
        "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    ),
    "win32": (
        "platforms/qoffscreen.dll",
        "platforms/qwindows.dll",
        "imageformats/qsvg.dll",
        "imageformats/qico.dll",
        "iconengines/qsvgicon.dll",
    ),
}
# Other files the app loads by path at run time (relative to the contents folder).
OTHER_REQUIRED = (
    "matplotlib/mpl-data/matplotlibrc",
    "matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf",
    MANIFEST_NAME,
)


def resource_files() -> list[Path]:
    """Every file under resources/ that ships (fonts, licences, word list, compiled
    translations), sorted."""
    if not RESOURCES.is_dir():
        return []
    return sorted(
        p
        for p in RESOURCES.rglob("*")
        if p.is_file()
        and p.suffix not in RESOURCE_EXCLUDED_SUFFIXES
        and "__pycache__" not in p.parts
    )


def migration_files() -> list[Path]:
    """The Alembic environment, template and revision scripts: Alembic reads them as files
    from the folder, so they ship as source files beside the compiled code."""
    return sorted(
        p
        for p in MIGRATIONS.rglob("*")
        if p.is_file() and p.suffix in {".py", ".mako"} and "__pycache__" not in p.parts
    )


def data_files() -> list[tuple[str, str]]:
    """(source file, destination folder inside the bundle) pairs, as a spec's `datas`."""
    pairs = []
    for path in resource_files():
        pairs.append((str(path), str(path.parent.relative_to(ROOT))))
    for path in migration_files():
        pairs.append((str(path), str(path.parent.relative_to(ROOT))))
    return pairs


def app_modules(package: Path = PACKAGE) -> list[str]:
    """Every module of the mentorjournal package, found by walking its source tree without
    importing it. Walking the files, not following imports, is what makes it robust: services
    are loaded by name through a PEP 562 `__getattr__`, mentee tabs and draft kinds on first
    use, commands through registries, so PyInstaller's import analysis alone would miss new
    modules that nothing imports at the top of a file. The migration scripts are left out:
    Alembic loads them as files (`migration_files`)."""
    migrations = package / "store" / "migrations"
    names = []
    for path in sorted(package.rglob("*.py")):
        if "__pycache__" in path.parts or migrations in path.parents:
            continue
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names.append(".".join(parts))
    return names


def lazy_modules(is_installed: Callable[[str], bool]) -> list[str]:
    """The lazily loaded modules that are installed here (so go into the bundle)."""
    return [name for name in LAZY_MODULES if is_installed(name)]


def required_files(platform: str) -> list[str]:
    """Paths (relative to the contents folder, with "/") that a built bundle must hold."""
    plugins = [f"PySide6/Qt/plugins/{p}" for p in QT_PLUGINS.get(platform, ())]
    shipped = [str(p.relative_to(ROOT).as_posix()) for p in resource_files() + migration_files()]
    # Each translation source must have been compiled: its .qm is what the app loads.
    compiled = [
        str(p.with_suffix(".qm").relative_to(ROOT).as_posix())
        for p in sorted(RESOURCES.glob("translations/*.ts"))
    ]
    return plugins + list(OTHER_REQUIRED) + unique(shipped + compiled)


def missing_files(contents: Path, platform: str) -> list[str]:
    """The required files that the bundle's contents folder lacks."""
    return [rel for rel in required_files(platform) if not (contents / rel).is_file()]


def spec_names(spec_text: str) -> set[str]:
    """Names a spec file uses (for the test that the spec really reads this module)."""
    tree = ast.parse(spec_text)
    return {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)} | {
        node.id for node in ast.walk(tree) if isinstance(node, ast.Name)
    }


def unique(items: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)
