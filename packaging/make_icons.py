"""Regenerate packaging/icons/: the app icon (painted in code by mentorjournal.ui.icons) as PNG
files for the Linux desktop (hicolor sizes) and AppStream, and a multi-size .ico for Windows
(the executable's icon and the installer's).

Run after changing the icon: QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

OUT = Path(__file__).resolve().parent / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_bytes(size: int) -> bytes:
    from mentorjournal.ui.icons import app_icon

    pixmap = app_icon().pixmap(size, size)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not pixmap.save(buffer, "PNG"):
        raise RuntimeError(f"could not encode the {size}px icon")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An .ico holding PNG images (Windows Vista and later read those at every size)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        payload += png
        offset += len(png)
    return header + entries + payload


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    images = {size: png_bytes(size) for size in sorted(set(PNG_SIZES) | set(ICO_SIZES))}
    for size in PNG_SIZES:
        path = OUT / f"mentorjournal-{size}.png"
        path.write_bytes(images[size])
        print(path.relative_to(OUT.parent.parent))
    ico = OUT / "mentorjournal.ico"
    ico.write_bytes(ico_bytes({size: images[size] for size in ICO_SIZES}))
    print(ico.relative_to(OUT.parent.parent))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
