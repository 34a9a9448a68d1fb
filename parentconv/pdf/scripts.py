"""Names and text in scripts DejaVu Sans cannot print: Arabic script (Arabic, Persian, Dari,
Pashto, Sorani), Hebrew and Ethiopic (Tigrinya, Amharic, Tigre).

``markup`` turns user text into Paragraph markup, as ``escape`` does, and puts every run of
such a script in its own embedded Noto font (``<font name="NotoSansArabic">…</font>``). A run
that is written right to left is shaped first with HarfBuzz (``uharfbuzz``): the letters take
their contextual forms (initial, medial, final, ligatures) and come out in visual order, the
order in which they are drawn from left to right. The run then goes into the paragraph as
those glyphs' own characters (the Arabic presentation forms), so ReportLab lays it out, breaks
lines and measures it like any other text, and a PDF reader copies it out as Arabic letters.
A glyph without a character of its own gets one from the private use area, in the regular and
the bold face alike.

Text without any of these characters takes the fast path (one regex search) and is exactly the
escaped text of before; the Noto fonts and HarfBuzz load only when such a character appears.

Limits: the order is resolved per run (the words of a run are reversed as a whole), which is
right for names and short phrases in a Dutch text, not a full bidirectional paragraph (digits
inside an Arabic sentence). Marks (harakat) are drawn with their font's own advance, not
HarfBuzz's positioning. The licence of the Noto fonts is ``resources/fonts/LICENSE-Noto.txt``.
"""

from __future__ import annotations

import functools
import re
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from parentconv.resources import resource_path

if TYPE_CHECKING:
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas


@dataclass(frozen=True)
class Script:
    family: str  # the regular face's registered name; the bold one adds "-Bold"
    files: tuple[str, str]  # regular, bold (in resources/fonts/)
    chars: str  # a regex character class body: the script's letters and marks
    rtl: bool  # written right to left: shaped and put in visual order

    @property
    def bold(self) -> str:
        return f"{self.family}-Bold"


SCRIPTS = (
    Script(
        "NotoSansArabic",
        ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
        "\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufefe",
        rtl=True,
    ),
    Script(
        "NotoSansHebrew",
        ("NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
        "\u0591-\u05ff\ufb1d-\ufb4f",
        rtl=True,
    ),
    Script(
        "NotoSansEthiopic",
        ("NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf"),
        "\u1200-\u139f\u2d80-\u2ddf\uab01-\uab2f",
        rtl=False,
    ),
)

_ANY = re.compile("[" + "".join(s.chars for s in SCRIPTS) + "]")
# A run: letters of one script, with the spaces and zero-width (non-)joiners between them.
_RUNS = re.compile(
    "|".join(
        f"(?P<s{i}>[{s.chars}]+(?:[ \u00a0\u200c\u200d]+[{s.chars}]+)*)"
        for i, s in enumerate(SCRIPTS)
    )
)
_JOINERS = "\u200c\u200d"
_PRIVATE = 0xE000  # the first private-use character handed to a glyph without a character

_lock = threading.RLock()
_faces: dict[str, tuple[TTFont, TTFont]] = {}
_hb: dict[str, Any] = {}
_private: dict[tuple[str, str], int] = {}
_files = {
    name: file for s in SCRIPTS for name, file in zip((s.family, s.bold), s.files, strict=True)
}


def loaded() -> bool:
    """Whether any of the script fonts has been loaded in this process."""
    return bool(_faces)


def _plain(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def markup(text: str, *, bold: bool = False) -> str:
    """User text as Paragraph markup: ``&``, ``<``, ``>`` escaped, line breaks kept, runs of
    Arabic script, Hebrew and Ethiopic in their Noto font (``bold``: its bold face), shaped."""
    if _ANY.search(text) is None:
        return _plain(text)
    out: list[str] = []
    pos = 0
    for match in _RUNS.finditer(text):
        script = SCRIPTS[int(str(match.lastgroup)[1:])]
        out.append(_plain(text[pos : match.start()]))
        out.append(font_run(script, match.group(), bold=bold))
        pos = match.end()
    out.append(_plain(text[pos:]))
    return "".join(out)


def font_run(script: Script, run: str, *, bold: bool = False) -> str:
    """One run of the script as markup in its font, shaped and in visual order."""
    shown, name = _piece(script, run, bold)
    return f'<font name="{name}">{escape(shown)}</font>'


def _piece(script: Script, run: str, bold: bool) -> tuple[str, str]:
    faces(script)
    return (visual(script, run) if script.rtl else run), (script.bold if bold else script.family)


def pieces(text: str, *, bold: bool = False) -> list[tuple[str, str | None]]:
    """A line for ``Canvas.drawString`` as pieces of (shown text, font name), left to right;
    ``None`` for the font: the canvas's own."""
    if _ANY.search(text) is None:
        return [(text, None)]
    out: list[tuple[str, str | None]] = []
    pos = 0
    for match in _RUNS.finditer(text):
        if match.start() > pos:
            out.append((text[pos : match.start()], None))
        out.append(_piece(SCRIPTS[int(str(match.lastgroup)[1:])], match.group(), bold))
        pos = match.end()
    if pos < len(text):
        out.append((text[pos:], None))
    return out


def draw_string(
    canvas: Canvas, x: float, y: float, text: str, font: str, size: float, *, right: bool = False
) -> None:
    """``canvas.drawString`` (``right``: ``drawRightString``) in ``font``, with every run of
    these scripts in its own font, shaped; text without them is drawn exactly as before."""
    parts = pieces(text, bold=font.endswith("-Bold"))
    if len(parts) == 1 and parts[0][1] is None:
        (canvas.drawRightString if right else canvas.drawString)(x, y, text)
        return
    from reportlab.pdfbase.pdfmetrics import stringWidth

    placed = [(shown, name or font) for shown, name in parts]
    if right:
        x -= sum(stringWidth(shown, name, size) for shown, name in placed)
    for shown, name in placed:
        canvas.setFont(name, size)
        canvas.drawString(x, y, shown)
        x += stringWidth(shown, name, size)
    canvas.setFont(font, size)


def faces(script: Script) -> tuple[TTFont, TTFont]:
    """The script's regular and bold face, parsed and registered with ReportLab once."""
    with _lock:
        pair = _faces.get(script.family)
        if pair is None:
            from reportlab.lib.fonts import addMapping
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            regular_file, bold_file = script.files
            regular = TTFont(script.family, str(resource_path("fonts", regular_file)))
            bold = TTFont(script.bold, str(resource_path("fonts", bold_file)))
            pdfmetrics.registerFont(regular)
            pdfmetrics.registerFont(bold)
            for is_bold, italic, name in (
                (0, 0, script.family),
                (1, 0, script.bold),
                (0, 1, script.family),
                (1, 1, script.bold),
            ):
                addMapping(script.family, is_bold, italic, name)
            pair = _faces[script.family] = (regular, bold)
        return pair


def _hb_font(face: TTFont) -> Any:
    font = _hb.get(face.fontName)
    if font is None:
        import uharfbuzz

        with open(resource_path("fonts", _files[face.fontName]), "rb") as file:
            font = _hb[face.fontName] = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob(file.read())))
    return font


@functools.lru_cache(maxsize=2048)
def visual(script: Script, run: str) -> str:
    """The run shaped with HarfBuzz, as the characters of its glyphs in visual order."""
    try:
        import uharfbuzz
    except ImportError:  # a broken install: the letters unjoined, but printed
        return run

    with _lock:
        regular = faces(script)[0]
        font = _hb_font(regular)
        buffer = uharfbuzz.Buffer()
        buffer.add_str(run)
        buffer.guess_segment_properties()
        uharfbuzz.shape(font, buffer, {"kern": True, "liga": True})
        shown: list[str] = []
        for info in buffer.glyph_infos:
            if run[info.cluster] in _JOINERS:
                continue  # a zero-width (non-)joiner has done its work: it shows no glyph
            codes = regular.face.glyphToChar.get(info.codepoint)
            if codes:
                shown.append(chr(min(codes)))
            else:
                shown.append(chr(_private_char(script, font.glyph_to_string(info.codepoint))))
        return "".join(shown)


def _private_char(script: Script, glyph: str) -> int:
    """A private-use character for a glyph without one, the same in the regular and bold face
    (the glyph found by name in each), so a run shaped once prints in either weight."""
    key = (script.family, glyph)
    code = _private.get(key)
    if code is not None:
        return code
    pair = faces(script)
    code = max([_PRIVATE - 1, *(c for (f, _), c in _private.items() if f == script.family)]) + 1
    while any(code in face.face.charToGlyph for face in pair):
        code += 1
    for face in pair:
        gid = _hb_font(face).get_glyph_from_name(glyph) or 0
        face.face.charToGlyph[code] = gid
        face.face.glyphToChar.setdefault(gid, []).append(code)
        face.face.charWidths[code] = face.face._pdfScale(face.face.hmetrics[gid][0])
    _private[key] = code
    return code
