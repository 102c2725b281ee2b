"""Whether the GUI can open here, decided before Qt is imported (Qt aborts the process when it
finds no display, which a trainer would see as a crash).

Pure functions of their inputs, so every case is tested without touching the real environment.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

# Qt platform plugins that draw without a desktop session (no DISPLAY/WAYLAND_DISPLAY needed).
HEADLESS_PLATFORMS = frozenset(
    {"offscreen", "minimal", "minimalegl", "vnc", "eglfs", "linuxfb", "vkkhrdisplay"}
)

_HINT = (
    "The command-line commands work without one (see 'mentorjournal --help'); "
    "QT_QPA_PLATFORM=offscreen runs the app without a screen."
)


def display_problem(environ: Mapping[str, str], platform: str) -> str | None:
    """Why the GUI cannot open in this environment, or None if it can (as far as we can tell).

    `platform` is `sys.platform`. Windows and macOS always have their window system; elsewhere
    Qt needs an X11 or Wayland display, unless QT_QPA_PLATFORM names a plugin that needs none.
    """
    if platform in ("win32", "cygwin", "darwin"):
        return None
    has_x11 = bool(environ.get("DISPLAY", "").strip())
    has_wayland = bool(environ.get("WAYLAND_DISPLAY", "").strip())
    requested = environ.get("QT_QPA_PLATFORM", "").strip()
    # "xcb", "offscreen:fontengine=freetype" or a fallback list "wayland;xcb".
    plugins = [p.split(":", 1)[0].strip().lower() for p in requested.split(";") if p.strip()]
    if plugins:
        for plugin in plugins:
            if plugin in HEADLESS_PLATFORMS:
                return None
            if plugin == "xcb" and has_x11:
                return None
            if plugin.startswith("wayland") and has_wayland:
                return None
            if plugin not in ("xcb",) and not plugin.startswith("wayland"):
                # A plugin we do not know (a vendor's): let Qt judge it.
                return None
        return (
            f"Mentor Journal needs a graphical desktop, but QT_QPA_PLATFORM={requested} "
            f"has no display to use (DISPLAY or WAYLAND_DISPLAY is not set). {_HINT}"
        )
    if has_x11 or has_wayland:
        return None
    return (
        "Mentor Journal needs a graphical desktop, but no display was found "
        f"(neither DISPLAY nor WAYLAND_DISPLAY is set). {_HINT}"
    )


# The Debian/Ubuntu package that provides each library PySide6 commonly misses on a minimal
# system (Qt 6 needs libxcb-cursor0 for X11 since 6.5; libEGL is missing on most servers).
DEBIAN_PACKAGES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
}

_LIBRARY = re.compile(r"(lib[\w.+-]*?\.so(?:\.\d+)*)")


def missing_library_message(import_error: str) -> str | None:
    """A one-line install hint for an ImportError of PySide6 caused by a missing system
    library, or None when the error is something else (then it is a bug to report)."""
    match = _LIBRARY.search(import_error)
    if match is not None and "cannot open shared object" in import_error:
        library = match.group(1)
        package = DEBIAN_PACKAGES.get(library)
        if package is None and library.startswith("libxcb-"):
            # libxcb-icccm.so.4 -> libxcb-icccm4, the Debian naming rule for these.
            stem, _, version = library.removeprefix("lib").partition(".so.")
            package = f"lib{stem}{version.split('.')[0]}" if version else None
        install = (
            f"On Debian or Ubuntu: sudo apt install {package}."
            if package
            else f"Install the package that provides it (Debian: apt-file search {library})."
        )
        return (
            f"Mentor Journal cannot open its window: the system library {library} is missing. "
            f"{install} The command-line commands work without it."
        )
    if "DLL load failed" in import_error:
        return (
            "Mentor Journal cannot open its window: a Qt library failed to load "
            f"({import_error.strip()}). Reinstall Mentor Journal; the command-line commands "
            "work without it."
        )
    return None
