"""The English translation is complete and the shipped .qm matches the .ts."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from parentconv.resources import resource_path

TS = resource_path("translations", "parentconv_en.ts")
QM = resource_path("translations", "parentconv_en.qm")
ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def test_every_message_has_a_finished_english_translation() -> None:
    messages = list(ET.parse(TS).iter("message"))
    assert len(messages) > 50
    unfinished = [
        m.findtext("source")
        for m in messages
        if m.find("translation") is None
        or m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")  # type: ignore[union-attr]
        or not (m.findtext("translation") or "").strip()
    ]
    assert unfinished == []


def test_placeholders_survive_translation() -> None:
    for message in ET.parse(TS).iter("message"):
        source, translation = (
            message.findtext("source") or "",
            message.findtext("translation") or "",
        )
        for n in range(5):
            assert (f"{{{n}}}" in source) == (f"{{{n}}}" in translation), source


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
    built = tmp_path / "en.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(built)], capture_output=True, check=True
    )
    assert built.read_bytes() == QM.read_bytes(), "run `make translations` to rebuild the .qm"
