"""Render the application icon from its SVG into PNGs and a Windows .ico.

Usage: ``QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py``

The SVG in ``resources/icons/cwd-desktop.svg`` is the one source; the files in
``packaging/icons/`` are generated from it and committed, so a build needs
neither this script nor an SVG renderer. Re-run it after changing the SVG.

The .ico holds every size as a PNG entry (Windows Vista and later read those),
written by hand: Qt's ICO writer stores only one image per file.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "cwd-desktop.svg"
OUT = ROOT / "packaging" / "icons"
#: The sizes a Linux icon theme (hicolor) and the Windows shell ask for.
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The SVG drawn on a transparent square of ``size`` pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are the given PNGs (size -> PNG data)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def main() -> int:
    """Write ``cwd-desktop-<size>.png`` for every size and ``cwd-desktop.ico``."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    pngs: dict[int, bytes] = {}
    for size in SIZES:
        pngs[size] = png_bytes(render(renderer, size))
        (OUT / f"cwd-desktop-{size}.png").write_bytes(pngs[size])
    (OUT / "cwd-desktop.ico").write_bytes(ico_bytes(pngs))
    print(f"wrote {len(SIZES)} PNGs and cwd-desktop.ico to {OUT}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
