"""The smoke test's checks of what a bundle most often lacks: the libraries and modules the app
loads only on first use (so PyInstaller's import analysis may not see them), Alembic's
migration scripts (read as files), the fonts and shaping for Arabic and Ethiopic PDFs, PDF
reading, age encryption, keyring backends (found through package metadata) and a worker
process (a frozen app must start its own executable for it). No Qt here; mentorjournal/ui/
smoke.py runs these inside the real window's process.

Each check returns a short description of what it found, or raises.
"""

from __future__ import annotations

import importlib
import json
import multiprocessing
import os
import pkgutil
import sys
from pathlib import Path
from typing import Any

# Written into the bundle by packaging/mentorjournal.spec: the lazily loaded libraries and the
# modules of the app it collected, each of which must import there.
MANIFEST_NAME = "bundle-manifest.json"
# Loaded on first use, never at start-up: a bundle must hold them all the same. Modules not
# installed where the test runs from source are reported as absent, not failed. Keep in step
# with packaging/bundle_layout.py LAZY_MODULES.
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
MIGRATIONS_PACKAGE = "mentorjournal.store.migrations"


def manifest() -> dict[str, Any]:
    """The bundle's manifest (empty when running from source)."""
    base = getattr(sys, "_MEIPASS", None)
    if base is None:
        return {}
    path = Path(base) / MANIFEST_NAME
    if not path.exists():
        raise RuntimeError(f"{MANIFEST_NAME} is missing from the bundle")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def lazy_modules() -> str:
    """Import every library the app loads only on first use; the bundle's promised ones
    must be there."""
    required = set(manifest().get("lazy_modules", []))
    loaded, absent = [], []
    for name in sorted(set(LAZY_MODULES) | required):
        try:
            importlib.import_module(name)
        except ModuleNotFoundError:
            if name in required:
                raise
            absent.append(name)
        else:
            loaded.append(name)
    text = f"loaded: {', '.join(loaded)}"
    return text + (f"; not installed here: {', '.join(absent)}" if absent else "")


def app_modules() -> str:
    """Import every module of the app: those the bundle promises (its manifest, written from
    the source tree by the spec), or, from source, those Python finds in the package. A
    module that PyInstaller left out (nothing imported it at the top of a file: services
    loaded through the package's `__getattr__`, tabs built on first showing) fails here, not
    when a trainer first opens the screen that needs it."""
    promised = manifest().get("app_modules")
    if promised is None:
        if getattr(sys, "frozen", False):
            raise RuntimeError(f"{MANIFEST_NAME} lists no modules of the app")
        promised = source_modules()
    failed = []
    for name in promised:
        try:
            importlib.import_module(name)
        except Exception as error:  # a module that imports but fails counts too
            failed.append(f"{name}: {type(error).__name__}: {error}")
    if failed:
        raise RuntimeError(
            f"{len(failed)} of {len(promised)} modules failed:\n" + "\n".join(failed)
        )
    return f"all {len(promised)} modules of the app imported"


def source_modules() -> list[str]:
    """The modules of the mentorjournal package as Python's own import system finds them
    (not by walking files, as packaging/bundle_layout.py does: two ways that must agree),
    without the Alembic migration scripts, which are loaded as files."""
    import mentorjournal

    names = ["mentorjournal"]
    for info in pkgutil.walk_packages(mentorjournal.__path__, "mentorjournal."):
        if not info.name.startswith(MIGRATIONS_PACKAGE):
            names.append(info.name)
    return sorted(names)


def migrations() -> str:
    """Alembic finds every revision script (read as files, not frozen code)."""
    from ..store.schema import KNOWN_REVISIONS, alembic_revisions

    found = alembic_revisions()
    if tuple(found) != KNOWN_REVISIONS:
        raise RuntimeError(f"Alembic found {found}, the app knows {list(KNOWN_REVISIONS)}")
    return f"{len(found)} revisions, {found[0]}..{found[-1]}"


def _optional(name: str) -> Any:
    """The module, or None when it is not installed here and the bundle did not promise it."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError:
        if name in manifest().get("lazy_modules", []):
            raise
        return None


def _fonts() -> dict[str, Path]:
    from ..resources import resource

    fonts = {}
    for script, file in (
        ("arabic", "NotoSansArabic-Regular.ttf"),
        ("ethiopic", "NotoSansEthiopic-Regular.ttf"),
    ):
        path = resource("fonts", file)
        if path is None:
            raise RuntimeError(f"font {file} not found among the app's resources")
        fonts[script] = path
    return fonts


def shaped_pdf(out: Path) -> str:
    """A PDF with Arabic and Ethiopic names, shaped by HarfBuzz in the app's own fonts."""
    fpdf = _optional("fpdf")
    if fpdf is None:
        return "fpdf2 not installed here"
    fonts = _fonts()
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.add_font("arabic", fname=str(fonts["arabic"]))
    pdf.add_font("ethiopic", fname=str(fonts["ethiopic"]))
    pdf.set_text_shaping(True)  # needs uharfbuzz
    pdf.set_font("arabic", size=14)
    pdf.cell(text="فاطمة السيد", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("ethiopic", size=14)
    pdf.cell(text="ሕይወት ግርማ", new_x="LMARGIN", new_y="NEXT")
    path = out / "shaped.pdf"
    path.write_bytes(bytes(pdf.output()))
    return f"{path.name} {path.stat().st_size} bytes"


def read_pdfs(out: Path) -> str:
    """The PDFs written so far, read back and rendered by pdfium (as the preview does)."""
    pdfium = _optional("pypdfium2")
    if pdfium is None:
        return "pypdfium2 not installed here"
    texts = []
    for name in ("brief.pdf", "shaped.pdf"):
        path = out / name
        if not path.exists():
            continue
        document = pdfium.PdfDocument(str(path))
        try:
            page = document[0]
            text = page.get_textpage().get_text_range()
            page.render(scale=0.5).to_pil()  # pdfium's renderer and Pillow, as a preview does
            if not text.strip():
                raise RuntimeError(f"{name}: no text read back")
            texts.append(f"{name}: {len(document)} page(s), {len(text)} characters")
        finally:
            document.close()
    if not texts:
        raise RuntimeError("no PDF to read back")
    return "; ".join(texts)


def age_round_trip() -> str:
    """Encrypt and decrypt with pyrage (age's X25519 keys: no slow passphrase here)."""
    pyrage = _optional("pyrage")
    if pyrage is None:
        return "pyrage not installed here"
    identity = pyrage.x25519.Identity.generate()
    secret = b"Notes about a mentee"
    sealed = pyrage.encrypt(secret, [identity.to_public()])
    if pyrage.decrypt(sealed, [identity]) != secret:
        raise RuntimeError("age round trip changed the data")
    return f"x25519 round trip of {len(sealed)} bytes"


def keyring_backends() -> str:
    """keyring's backends, found through its entry points (package metadata)."""
    from importlib.metadata import entry_points

    names = sorted(ep.name for ep in entry_points(group="keyring.backends"))
    if _optional("keyring") is None:
        return "keyring not installed here"
    import keyring

    if not names:
        raise RuntimeError("no keyring backend registered (keyring's metadata is missing)")
    active = type(keyring.get_keyring()).__module__
    return f"registered: {', '.join(names)}; active here: {active}"


def worker_process() -> str:
    """A worker process started and answering."""
    # The slow passphrase work runs in a separate process; a frozen app must start its own
    # executable for that (multiprocessing.freeze_support in the bundle's entry script).
    context = multiprocessing.get_context("spawn")
    with context.Pool(1) as pool:
        child = pool.apply(os.getpid)
    if child == os.getpid():
        raise RuntimeError("the worker ran in this process")
    return f"worker process {child} answered"
