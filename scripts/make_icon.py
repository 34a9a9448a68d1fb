"""Draw the app icon (two speech bubbles: school and home in conversation) into resources/icons/.

Run once when the design changes: ``python scripts/make_icon.py``. Writes a 256-px PNG (window
icon) and a multi-size .ico (the Windows bundle, via build.spec).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"


def bubble(painter: QPainter, rect: QRectF, colour: str, tail_left: bool) -> None:
    path = QPainterPath()
    path.addRoundedRect(rect, rect.height() * 0.28, rect.height() * 0.28)
    tail = QPainterPath()
    x = rect.left() + rect.width() * (0.22 if tail_left else 0.78)
    tail.moveTo(x - 14 * rect.width() / 150, rect.bottom() - 2)
    tail.lineTo(x + 14 * rect.width() / 150, rect.bottom() - 2)
    tail.lineTo(x + (-24 if tail_left else 24) * rect.width() / 150, rect.bottom() + 34)
    tail.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawPath(path.united(tail))


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 256, size / 256)
    bubble(painter, QRectF(12, 24, 160, 104), "#1f5f99", tail_left=True)
    bubble(painter, QRectF(84, 110, 160, 104), "#2e8b57", tail_left=False)
    painter.setBrush(QColor("#ffffff"))
    for cx in (62, 92, 122):
        painter.drawEllipse(QRectF(cx - 9, 67, 18, 18))
    painter.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(OUT / "oudergesprek.png"))
    if not draw(256).save(str(OUT / "oudergesprek.ico")):
        print("this Qt cannot write .ico", file=sys.stderr)
        return 1
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
