"""The shipped TrueType font (DejaVu Sans), registered with ReportLab once per process.

DejaVu Sans covers Latin with all its accents (Şükrü Yılmaz, Łucja Kowalczyk, Nguyễn Thị Mai,
Zoë, Ørjan), Greek, Cyrillic and some Arabic; ReportLab embeds the glyphs used, with a
ToUnicode map, so names can be copied out of the PDF as text. The licence is
``resources/fonts/LICENSE-DejaVu.txt``.
"""

from __future__ import annotations

import threading

from parentconv.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

_lock = threading.Lock()
_registered = False


def register_fonts() -> tuple[str, str]:
    """Register regular and bold (as one family, so ``<b>`` works); return their names."""
    global _registered
    with _lock:
        if not _registered:
            from reportlab.lib.fonts import addMapping
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            for name, file_name in FILES.items():
                pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
            for bold, italic, name in (
                (0, 0, REGULAR),
                (1, 0, BOLD),
                (0, 1, REGULAR),
                (1, 1, BOLD),
            ):
                addMapping(REGULAR, bold, italic, name)
            _registered = True
    return REGULAR, BOLD
