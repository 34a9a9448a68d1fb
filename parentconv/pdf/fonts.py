"""The shipped TrueType font (DejaVu Sans), registered with ReportLab once per process.

DejaVu Sans covers Latin with all its accents (Şükrü Yılmaz, Łucja Kowalczyk, Nguyễn Thị Mai,
Zoë, Ørjan), Greek and Cyrillic; ReportLab embeds the glyphs used, with a ToUnicode map, so
names can be copied out of the PDF as text. The licence is ``resources/fonts/LICENSE-DejaVu.txt``.
Arabic script, Hebrew and Ethiopic go in Noto fonts of their own, loaded only when they appear
(``parentconv.pdf.scripts``).
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from parentconv.resources import resource_path

if TYPE_CHECKING:
    from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

_lock = threading.Lock()
_registered = False
_faces: dict[str, TTFont] = {}


def font(name: str) -> TTFont:
    """One of the shipped fonts, parsed once per process (about 30 ms each)."""
    with _lock:
        face = _faces.get(name)
        if face is None:
            from reportlab.pdfbase.ttfonts import TTFont

            face = _faces[name] = TTFont(name, str(resource_path("fonts", FILES[name])))
        return face


def register_fonts() -> tuple[str, str]:
    """Register regular and bold (as one family, so ``<b>`` works); return their names."""
    global _registered
    faces = {name: font(name) for name in FILES}
    with _lock:
        if not _registered:
            from reportlab.lib.fonts import addMapping
            from reportlab.pdfbase import pdfmetrics

            for face in faces.values():
                pdfmetrics.registerFont(face)
            for bold, italic, name in (
                (0, 0, REGULAR),
                (1, 0, BOLD),
                (0, 1, REGULAR),
                (1, 1, BOLD),
            ):
                addMapping(REGULAR, bold, italic, name)
            _registered = True
    return REGULAR, BOLD
