"""The English translation is complete and the shipped .qm matches the .ts."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

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
    assert _texts(messages[0]) == ["%n gesprek", "%n gesprekken"]


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
