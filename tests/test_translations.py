"""The English translation is complete and the shipped .qm matches the .ts."""

from __future__ import annotations

import gettext
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from parentconv.resources import resource_path

TS = resource_path("translations", "parentconv_en.ts")
QM = resource_path("translations", "parentconv_en.qm")
NL_TS = resource_path("translations", "parentconv_nl.ts")
NL_QM = resource_path("translations", "parentconv_nl.qm")
ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _texts(message: ET.Element) -> list[str]:
    """The translated text(s) of a message: one, or one per plural form."""
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def _unfinished(ts: Path | object) -> list[str]:
    return [
        m.findtext("source") or ""
        for m in ET.parse(str(ts)).iter("message")
        if not _texts(m) or not all(text.strip() for text in _texts(m))
    ]


def test_every_message_has_a_finished_english_translation() -> None:
    assert len(list(ET.parse(TS).iter("message"))) > 50
    assert _unfinished(TS) == []


def test_every_count_has_dutch_singular_and_plural() -> None:
    """Counts read "1 gesprek" and "2 gesprekken", never "gesprek(ken)"."""
    messages = [m for m in ET.parse(NL_TS).iter("message") if m.get("numerus") == "yes"]
    assert len(messages) >= 10
    assert _unfinished(NL_TS) == []
    for message in messages:
        one, many = _texts(message)
        for text in (one, many):
            assert not re.search(r"\((en|ken|'s)\)|afspraak/", text), text
    assert ["%n gesprek", "%n gesprekken"] in [_texts(m) for m in messages]


def test_placeholders_survive_translation() -> None:
    for message in ET.parse(TS).iter("message"):
        source, translation = (
            message.findtext("source") or "",
            message.findtext("translation") or "",
        )
        for text in _texts(message) or [translation]:
            for n in range(5):
                assert (f"{{{n}}}" in source) == (f"{{{n}}}" in text), source
            assert ("%n" in source) == ("%n" in text), source


def test_no_tr_string_in_ui_is_missing_from_the_ts(tmp_path: Path) -> None:
    copy = tmp_path / "check.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    result = subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            *sources,
            "-source-language",
            "nl",
            "-target-language",
            "en",
            "-ts",
            str(copy),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "(0 new and" in result.stdout, (
        "ui/ has texts that are not in the translation: run `make translations` and translate\n"
        + result.stdout
    )


def test_shipped_qm_is_built_from_the_ts(tmp_path: Path) -> None:
    for ts, qm in ((TS, QM), (NL_TS, NL_QM)):
        built = tmp_path / "built.qm"
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(built)],
            capture_output=True,
            check=True,
        )
        assert built.read_bytes() == Path(str(qm)).read_bytes(), (
            "run `make translations` to rebuild the .qm"
        )


# --- the core's own messages (gettext) ------------------------------------------------------

CORE_PO = ROOT / "resources" / "locale" / "en" / "LC_MESSAGES" / "parentconv.po"


def test_every_core_message_has_english(tmp_path: Path) -> None:
    """Every ``_()``/``N_()`` message in parentconv/ is in the English catalog, translated, with
    the same {placeholders}; the shipped .mo is compiled from that .po."""
    from babel.messages.extract import extract_from_dir
    from babel.messages.pofile import read_po

    in_code = {
        message
        for _file, _line, message, _comments, _context in extract_from_dir(
            str(ROOT / "parentconv"), keywords={"_": None, "N_": None, "n_": (1, 2)}
        )
    }
    assert len(in_code) > 60
    with CORE_PO.open("rb") as fh:
        catalog = read_po(fh, locale="en")
    english = {m.id: m.string for m in catalog if m.id}
    assert sorted(in_code - set(english)) == [], "run `make translations`"

    def forms(message: str | tuple[str, ...], text: object) -> list[tuple[str, str]]:
        """(Dutch, English) per form: one for a message, two for a singular/plural pair."""
        if isinstance(message, tuple):
            assert isinstance(text, tuple | list)
            return [(message[0], text[0]), (message[1], text[1])]
        assert isinstance(text, str)
        return [(message, text)]

    with CORE_PO.with_suffix(".mo").open("rb") as fh:
        shipped = gettext.GNUTranslations(fh)
    for message in in_code:
        for dutch, english_text in forms(message, english[message]):
            assert english_text.strip(), f"no English for {dutch!r}"
            placeholders = sorted(re.findall(r"\{\w+\}", dutch))
            assert placeholders == sorted(re.findall(r"\{\w+\}", english_text)), dutch
        if isinstance(message, tuple):
            compiled = [shipped.ngettext(message[0], message[1], n) for n in (1, 2)]
            assert compiled == list(english[message]), "run `make translations`"
        else:
            assert shipped.gettext(message) == english[message], "run `make translations`"


def test_a_mistake_reads_in_english_in_the_english_app() -> None:
    from parentconv.errors import ValidationError
    from parentconv.i18n import N_, set_language
    from parentconv.services import validation as v

    set_language("en")
    with pytest.raises(ValidationError) as english:
        v.required_text(" ", field="given_name", label=N_("Roepnaam"))
    with pytest.raises(ValidationError) as date:
        v.parse_date("31-02-2026", field="date", label=N_("Datum"))
    set_language("nl")
    with pytest.raises(ValidationError) as dutch:
        v.required_text(" ", field="given_name", label=N_("Roepnaam"))
    assert english.value.message == "First name is required."
    assert date.value.message == "Date: '31-02-2026' is not a date (use e.g. 24-11-2026)."
    assert dutch.value.message == "Roepnaam is verplicht."
