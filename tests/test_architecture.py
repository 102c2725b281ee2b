"""The layering of DESIGN.md, enforced: Qt only in ui/ and app.py, arrows pointing down only,
no pyplot anywhere, and heavy libraries kept out of the modules every start imports."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "mentorjournal"

# Which first-party packages each layer may import (besides itself and models/store errors).
# lazy: the PEP 562 hook of packages that load submodules on first use (no dependencies).
ALLOWED = {
    "models": {"models", "lazy"},
    # store -> backups: open_journal backs a journal up before a migration (DESIGN.md puts
    # backups in the storage floor; they live in their own package to keep store/ small).
    "store": {"models", "store", "backups"},
    "backups": {"backups", "store", "models", "crypto", "durable"},
    "services": {"models", "store", "services", "charts", "reports", "crypto", "backups", "lazy"},
    "charts": {"charts", "models"},
    # reports -> resources: the PDF renderer finds the fonts shipped under resources/.
    "reports": {"reports", "charts", "models", "services", "resources", "durable"},
    "crypto": {"crypto"},
    "cli": {
        "cli",
        "services",
        "store",
        "models",
        "demo",
        "reports",
        "crypto",
        "backups",
        "transfer",
    },
    "transfer": {"transfer", "models", "store", "crypto", "reports", "backups"},
    "demo": {"demo", "services", "store", "models"},
}


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _imports(path: Path) -> list[str]:
    """Absolute dotted names of everything `path` imports (relative imports resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    package = parts[:-1] if parts[-1] != "__init__" else parts[:-1]
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join((*base, node.module)) if node.module else ".".join(base)
            else:
                module = node.module or ""
            names.append(module)
            names.extend(f"{module}.{alias.name}" for alias in node.names)
    return names


def _layer(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_qt_only_in_ui_and_app(path: Path) -> None:
    if _layer(path) in {"ui", "app"}:
        return
    qt = [name for name in _imports(path) if name.split(".")[0] in {"PySide6", "shiboken6"}]
    assert qt == [], f"{path.name} imports Qt; only ui/ and app.py may"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_pyplot(path: Path) -> None:
    assert not any("pyplot" in name for name in _imports(path))


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_layers_import_downwards_only(path: Path) -> None:
    layer = _layer(path)
    if layer not in ALLOWED:
        return
    ours = {
        name.split(".")[1]
        for name in _imports(path)
        if name.startswith("mentorjournal.") and len(name.split(".")) > 1
    }
    ours.discard("__version__")
    assert ours <= ALLOWED[layer], f"{layer} may not import {sorted(ours - ALLOWED[layer])}"
