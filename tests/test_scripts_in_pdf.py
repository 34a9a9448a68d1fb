"""Names in Arabic script, Hebrew and Ethiopic (Tigrinya, Amharic) print shaped, in their own
direction, in an embedded Noto font; plain Latin text prints exactly as before."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
import sys
import unicodedata

import pypdf
import pytest
from pypdf.generic import ContentStream

from parentconv.pdf import render_talk_summary
from parentconv.services.people import (
    CarerInput,
    PupilInput,
    create_carer,
    create_group,
    create_pupil,
)
from parentconv.services.talks import TalkInput, create_talk, set_notes
from parentconv.store.db import Database

DAY = dt.date(2026, 11, 24)
CARER = "فاطمة الزهراء"  # Fatima az-Zahra: logical order, as typed
TIGRINYA = ("ሰላም", "ተስፋይ")  # Selam Tesfay
TIGRINYA_CARER = "ለተብርሃን ገብረ"


def _talk(db: Database, given: str, family: str, carer: str, start: str) -> int:
    group = db.run(create_group, name="Groep 5", school_year="2026-2027")
    pupil = db.run(
        create_pupil, group_id=group.id, data=PupilInput(given_name=given, family_name=family)
    )
    carer_view = db.run(
        create_carer,
        data=CarerInput(name=carer, relation="moeder", language="Arabisch", pupil_ids=[pupil.id]),
    )
    talk = db.run(
        create_talk,
        data=TalkInput(
            pupil_id=pupil.id,
            type_key="ten_minute",
            date=DAY.isoformat(),
            start_time=start,
            carer_ids=[carer_view.id],
        ),
    )
    return talk.id


def _text(data: bytes) -> str:
    """The text as pypdf extracts it (it turns runs of right-to-left letters around)."""
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)


def _fonts(data: bytes) -> set[str]:
    names: set[str] = set()
    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            names.add(str(ref.get_object()["/BaseFont"]))
    return names


def _to_unicode(font: pypdf.generic.DictionaryObject) -> dict[int, str]:
    """A subset font's codes and the characters its ToUnicode map gives them."""
    if "/ToUnicode" not in font:
        return {}
    cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    found: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for code, uni in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            found[int(code, 16)] = bytes.fromhex(uni).decode("utf-16-be")
    return found


def _drawn(data: bytes) -> list[str]:
    """Each line of text exactly in the order it is drawn, from left to right (unlike
    ``extract_text``, no reordering): the content stream's strings through the fonts' maps."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    lines: list[str] = []
    for page in reader.pages:
        fonts = page["/Resources"].get_object()["/Font"].get_object()
        maps = {name: _to_unicode(ref.get_object()) for name, ref in fonts.items()}
        current: dict[int, str] = {}
        line = ""
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                current = maps.get(operands[0], {})
            elif operator in (b"Tj", b"TJ"):
                parts = operands[0] if operator == b"TJ" else [operands[0]]
                for part in parts:
                    if isinstance(part, bytes | str):
                        raw = getattr(part, "original_bytes", part)
                        line += "".join(current.get(b, chr(b)) for b in bytes(raw))
            elif operator in (b"T*", b"ET", b"Td", b"TD") and line:
                lines.append(line)
                line = ""
    return lines


def _arabic(ch: str) -> bool:
    """Arabic script: the letters, or their presentation forms."""
    return 0x0600 <= ord(ch) <= 0x06FF or 0xFB50 <= ord(ch) <= 0xFEFF


def _runs(text: str) -> list[str]:
    """The maximal runs of Arabic characters (spaces inside a run kept), in order."""
    runs: list[str] = []
    current = ""
    for ch in text:
        if _arabic(ch) or (ch == " " and current):
            current += ch
        elif current:
            runs.append(current.strip())
            current = ""
    if current:
        runs.append(current.strip())
    return [r for r in runs if r]


def test_arabic_name_is_joined_and_runs_right_to_left(db: Database) -> None:
    talk = _talk(db, "Yusuf", "El Amrani", CARER, "18:30")
    data = db.run(render_talk_summary, talk, copy="parents")
    assert any(name.endswith("+NotoSansArabic-Regular") for name in _fonts(data)), _fonts(data)
    drawn = [r for line in _drawn(data) for r in _runs(line)]
    assert drawn, _drawn(data)
    for run in drawn:
        # Not the letters one by one in the order typed (before: isolated letters in DejaVu
        # Sans, drawn from left to right, so the name read backwards and unjoined)...
        assert run != CARER
        # ...but the contextual forms: initial feh, medial meem, final teh marbuta, ...
        forms = {unicodedata.name(ch) for ch in run if 0xFB50 <= ord(ch) <= 0xFEFF}
        assert {
            "ARABIC LETTER FEH INITIAL FORM",
            "ARABIC LETTER ALEF FINAL FORM",
            "ARABIC LETTER MEEM MEDIAL FORM",
            "ARABIC LETTER TEH MARBUTA FINAL FORM",
            "ARABIC LETTER LAM INITIAL FORM",
            "ARABIC LETTER ZAIN FINAL FORM",
        } <= forms, run
        # ... in visual order: drawn from left to right, the name starts with its last letter
        # (hamza); read from right to left and folded back to plain letters, it is as typed.
        assert unicodedata.normalize("NFKC", run[0]) == "\N{ARABIC LETTER HAMZA}", run
        assert unicodedata.normalize("NFKC", run[::-1]) == CARER, run
    # pypdf turns right-to-left runs around when it extracts text: the name comes out in the
    # order typed, in its contextual forms (before, it came out backwards).
    extracted = [r for r in _runs(_text(data)) if len(r) > 2]
    assert extracted
    assert all(unicodedata.normalize("NFKC", r) == CARER for r in extracted), extracted


def test_ethiopic_name_prints_its_syllables_in_the_noto_font(db: Database) -> None:
    talk = _talk(db, *TIGRINYA, TIGRINYA_CARER, "18:40")
    data = db.run(render_talk_summary, talk, copy="parents")
    assert any(name.endswith("+NotoSansEthiopic-Regular") for name in _fonts(data)), _fonts(data)
    text = _text(data)
    assert " ".join(TIGRINYA) in text
    assert TIGRINYA_CARER in text


def test_bold_arabic_uses_the_bold_face() -> None:
    from parentconv.pdf.blocks import Heading, Page, Text
    from parentconv.pdf.layout import Metadata, render

    page = Page(
        [Heading(f"Gesprek met {CARER}"), Text("tekst", label=CARER), Text(CARER, style="title")]
    )
    data = render([page], Metadata("t", "s"), "")
    fonts = _fonts(data)
    assert any(name.endswith("+NotoSansArabic-Bold") for name in fonts), fonts
    assert not any(name.endswith("+NotoSansArabic-Regular") for name in fonts), fonts
    for line in _drawn(data):
        for run in _runs(line):
            assert unicodedata.normalize("NFKC", run[::-1]) == CARER, line


def test_arabic_inside_dutch_notes_keeps_the_dutch_around_it(db: Database) -> None:
    talk = _talk(db, "Yusuf", "El Amrani", CARER, "18:30")
    db.run(set_notes, talk, shared=f"Moeder ({CARER}) & vader <kwamen> samen.", private="")
    lines = _drawn(db.run(render_talk_summary, talk, copy="parents"))
    line = next(line for line in lines if line.startswith("Moeder ("))
    assert line.endswith(") & vader <kwamen> samen."), line
    name = line.removeprefix("Moeder (").removesuffix(") & vader <kwamen> samen.")
    assert unicodedata.normalize("NFKC", name[::-1]) == CARER, line


@pytest.mark.parametrize("copy", ["teacher", "parents"])
def test_plain_latin_text_is_unchanged(db: Database, copy: str) -> None:
    from parentconv.pdf import scripts

    sample = "Zoë & Şükrü <b> Nguyễn Thị Mai – Оксана\nÅse"
    assert scripts.markup(sample) == "Zoë &amp; Şükrü &lt;b&gt; Nguyễn Thị Mai – Оксана<br/>Åse"
    talk = _talk(db, "Zoë", "de Vries", "Ørjan de Vries", "18:30")
    data = db.run(render_talk_summary, talk, copy=copy)
    assert not any("Noto" in name for name in _fonts(data))
    assert "Zoë de Vries" in _text(data)


def test_latin_summary_does_not_load_the_noto_fonts() -> None:
    script = (
        "import sys\n"
        "from parentconv.pdf import scripts\n"
        "scripts.markup('Zoë de Vries')\n"
        "sys.exit(1 if scripts.loaded() else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_a_name_in_the_footer_is_shaped_too() -> None:
    from parentconv.pdf.blocks import Page, Text
    from parentconv.pdf.layout import Metadata, render

    data = render([Page([Text("tekst")], footer=f"Verslag – {CARER}")], Metadata("t", "s"), "")
    lines = _drawn(data)  # the footer is drawn piece by piece: "Verslag – ", then the name
    assert "Verslag – " in lines
    (run,) = [run for line in lines for run in _runs(line)]
    assert unicodedata.normalize("NFKC", run[::-1]) == CARER, lines


def test_hebrew_runs_right_to_left_and_ethiopic_is_left_as_typed() -> None:
    from parentconv.pdf import scripts

    pieces = scripts.pieces("Dina שלום כהן, ሰላም ተስፋይ!")
    assert pieces == [
        ("Dina ", None),
        ("ןהכ םולש", "NotoSansHebrew"),
        (", ", None),
        ("ሰላም ተስፋይ", "NotoSansEthiopic"),
        ("!", None),
    ]
    assert (
        scripts.markup("<ሰላም>", bold=True)
        == '&lt;<font name="NotoSansEthiopic-Bold">ሰላም</font>&gt;'
    )
