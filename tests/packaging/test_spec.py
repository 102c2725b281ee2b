"""The PyInstaller spec, run for real without building (CI has no PyInstaller and no minutes
to spare): its Analysis, EXE and COLLECT are stand-ins that record what the spec hands them,
so a wrong data path, a missing translation, font or icon, or a forgotten lazy module fails
here, in every `make test`, instead of in the release build (`make bundle`).

Qt's plugins and matplotlib's data come from PyInstaller's own hooks, which only a build
runs: `packaging/build_bundle.py` checks them in the built bundle (bundle_layout.required_files),
and the last test here makes sure the spec leaves them to those hooks."""

from __future__ import annotations

import sys
import types
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from mentorjournal.ui import smoke

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "mentorjournal.spec"


@dataclass
class Built:
    """What the spec handed to PyInstaller."""

    analysis: dict[str, Any] = field(default_factory=dict)
    exes: list[dict[str, Any]] = field(default_factory=list)
    collect: dict[str, Any] = field(default_factory=dict)
    namespace: dict[str, Any] = field(default_factory=dict)


def _hooks(collected: list[str]) -> types.ModuleType:
    """PyInstaller.utils.hooks with its collectors recording what they were asked for."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")

    def collect_submodules(package: str) -> list[str]:
        collected.append(f"submodules:{package}")
        return [package]

    def collect_data_files(package: str) -> list[tuple[str, str]]:
        collected.append(f"data:{package}")
        return []

    def copy_metadata(dist: str) -> list[tuple[str, str]]:
        collected.append(f"metadata:{dist}")
        return []

    hooks.collect_submodules = collect_submodules  # type: ignore[attr-defined]
    hooks.collect_data_files = collect_data_files  # type: ignore[attr-defined]
    hooks.copy_metadata = copy_metadata  # type: ignore[attr-defined]
    return hooks


@pytest.fixture(scope="module")
def compiled_translations() -> list[Path]:
    """The .qm files, compiled as `make bundle` does first (they are not kept in git)."""
    sys.path.insert(0, str(PACKAGING))
    try:
        import translations  # packaging/translations.py
    finally:
        sys.path.remove(str(PACKAGING))
    return list(translations.build())


@pytest.fixture
def built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, compiled_translations: list[Path]
) -> Built:
    result = Built()
    collected: list[str] = []
    for name, module in (
        ("PyInstaller", types.ModuleType("PyInstaller")),
        ("PyInstaller.utils", types.ModuleType("PyInstaller.utils")),
        ("PyInstaller.utils.hooks", _hooks(collected)),
    ):
        monkeypatch.setitem(sys.modules, name, module)
    monkeypatch.delitem(sys.modules, "bundle_layout", raising=False)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec inserts its folders

    def analysis(scripts: list[str], **kw: Any) -> types.SimpleNamespace:
        result.analysis = dict(kw, scripts=scripts)
        return types.SimpleNamespace(pure=[], scripts=scripts, binaries=[], datas=kw["datas"])

    def exe(*_parts: Any, **kw: Any) -> str:
        result.exes.append(kw)
        return str(kw["name"])

    def collect(*parts: Any, **kw: Any) -> None:
        result.collect = dict(kw, parts=parts)

    result.namespace = {
        "SPECPATH": str(PACKAGING),
        "workpath": str(tmp_path / "work"),
        "Analysis": analysis,
        "PYZ": lambda pure: "pyz",
        "EXE": exe,
        "COLLECT": collect,
        "__name__": "__main__",
        "collected": collected,
    }
    code = compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")
    exec(code, result.namespace)  # noqa: S102 - the spec is our own file
    return result


def _datas(built: Built) -> dict[str, str]:
    """Bundle path ("resources/fonts/NotoSans-Regular.ttf") -> source file."""
    return {
        f"{dest}/{Path(src).name}".removeprefix("./"): src for src, dest in built.analysis["datas"]
    }


def test_the_spec_ships_every_compiled_translation(
    built: Built, compiled_translations: list[Path]
) -> None:
    datas = _datas(built)
    sources = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    assert {p.stem for p in compiled_translations} == {p.stem for p in sources}
    for ts in sources:
        qm = f"resources/translations/{ts.stem}.qm"
        assert qm in datas, qm
        assert Path(datas[qm]).is_file()
    assert not any(path.endswith(".ts") for path in datas)  # sources stay home


def test_the_spec_ships_the_fonts_for_every_script(built: Built) -> None:
    datas = _datas(built)
    for font in (ROOT / "resources" / "fonts").iterdir():
        assert f"resources/fonts/{font.name}" in datas, font.name
    for script in ("NotoSans", "NotoSansEthiopic", "NotoSansArabic"):
        assert f"resources/fonts/{script}-Regular.ttf" in datas


def test_the_spec_ships_the_migrations_and_the_word_list(built: Built) -> None:
    datas = _datas(built)
    assert "mentorjournal/store/migrations/env.py" in datas
    assert "mentorjournal/store/migrations/versions/0001_first_schema.py" in datas
    assert any(path.startswith("resources/wordlist/") for path in datas)
    for path, source in datas.items():
        assert Path(source).is_file(), path


def test_the_manifest_promises_the_lazy_modules(built: Built) -> None:
    import json

    manifest = Path(built.namespace["workpath"]) / smoke.MANIFEST_NAME
    assert _datas(built)[smoke.MANIFEST_NAME] == str(manifest)
    lazy = json.loads(manifest.read_text(encoding="utf-8"))["lazy_modules"]
    assert "matplotlib.backends.backend_qtagg" in lazy and "fpdf" in lazy
    hidden = set(built.analysis["hiddenimports"])
    assert set(lazy) <= hidden
    assert {"mentorjournal.app", "mentorjournal.ui.smoke", "mentorjournal.ui.chart_locale"} <= (
        hidden
    )
    assert "submodules:keyring.backends" in built.namespace["collected"]
    assert "metadata:keyring" in built.namespace["collected"]


def test_every_module_python_finds_is_a_hidden_import(built: Built) -> None:
    """The spec lists the app's modules by walking its files; Python's own import system
    (pkgutil) must find no module that the bundle would lack. Services (loaded by name through
    the package's PEP 562 `__getattr__`) and mentee tabs (built on first showing) are imported
    by nothing PyInstaller sees at the top of a file: without the hidden import they would be
    missing from the bundle, and the app would fail when a trainer first opened them."""
    import json

    from mentorjournal import services
    from mentorjournal.ui.smoke_libraries import source_modules

    hidden = set(built.analysis["hiddenimports"])
    found = source_modules()
    assert len(found) > 100 and "mentorjournal.ui.tabs.lazy" in found
    assert sorted(set(found) - hidden) == []
    homes = {f"mentorjournal.services.{home}" for home in services._HOMES.values()}
    assert homes <= hidden
    assert {name for name in found if name.startswith("mentorjournal.ui.tabs.")} <= hidden
    # The manifest promises the same modules: the bundle's smoke test imports each one.
    manifest = Path(built.namespace["workpath"]) / smoke.MANIFEST_NAME
    promised = json.loads(manifest.read_text(encoding="utf-8"))["app_modules"]
    assert sorted(promised) == found


def test_the_executables_have_the_icon_and_the_launcher(built: Built) -> None:
    assert [Path(s).name for s in built.analysis["scripts"]] == ["launcher.py"]
    assert built.exes, "no executable"
    for exe in built.exes:
        icon = Path(exe["icon"])
        assert icon.is_file() and icon.suffix == ".ico", icon
        assert exe["upx"] is False
    if sys.platform != "win32":
        assert [e["name"] for e in built.exes] == ["mentorjournal"]
        assert built.exes[0]["console"] is True  # one program for the menu and the terminal
    assert built.collect["name"] == "mentorjournal"


def test_qt_and_matplotlib_are_left_to_pyinstaller_hooks(built: Built) -> None:
    """Their plugins and data come from PyInstaller's hooks: excluding the packages, or
    listing their files by hand, would lose them (build_bundle.py checks the result)."""
    excluded = set(built.analysis["excludes"])
    assert not excluded & {"matplotlib", "PySide6", "PySide6.QtPrintSupport", "PySide6.QtSvg"}
    assert {"pytest", "tkinter"} <= excluded
    assert not any("mpl-data" in path or "/plugins/" in path for path in _datas(built))
    build_script = (PACKAGING / "build_bundle.py").read_text(encoding="utf-8")
    assert "missing_files" in build_script and "translations(python)" in build_script
