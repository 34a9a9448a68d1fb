"""The startgesprek form "Vertel ons over uw kind": its questions stand in seed 003, it prints a
page per pupil (from the app and the command line), the teacher types the answers in, and every
preparation of that school year shows them — last year's answers not."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot
from test_cards import _words
from test_cli import run
from uihelpers import Keyboard, context_for, evening_class, reader, when_dialog_opens

from parentconv.catalog_model import CatalogError, SourceRef
from parentconv.clock import FixedClock
from parentconv.errors import NotFoundError, UserFacingError, ValidationError
from parentconv.pdf.startgesprek_form import render_startgesprek_forms
from parentconv.resources import resource_dir
from parentconv.services import people, talks
from parentconv.services.people import PupilInput
from parentconv.services.talks import TalkInput
from parentconv.services.views import PupilView
from parentconv.startgesprek import (
    FILE_NAME,
    Question,
    citation,
    load_questions,
    read_questions,
    shown_text,
    told_in_school_year,
)
from parentconv.store.db import Database
from parentconv_ui.main.main_window import MainWindow

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
TODAY = dt.date(2026, 11, 23)  # the tests' clock (conftest.DEFAULT_NOW)


def pdf_pages(data: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages]


# --- the questions ------------------------------------------------------------------------------


def test_every_quote_stands_in_its_lines() -> None:
    files = {p.name[:3]: p for p in SEEDS.glob("00*.txt")}
    if not files:
        pytest.skip(f"no seeds in {SEEDS}")
    missing = []
    questions = load_questions("nl")
    assert questions and all(q.source is not None for q in questions)
    for q in questions:
        assert q.source is not None
        lines = files[q.source.seed].read_text(encoding="utf-8").split("\n")
        raw = "\n".join(lines[max(0, q.source.first_line - 3) : q.source.last_line + 2])
        joined = re.sub(r"(\w)-[ \t]*\n[ \t]*(?=\w)", r"\1", raw)
        quote = f" {_words(q.quote)} "
        if not any(quote in f" {_words(text)} " for text in (raw, joined)):
            missing.append(f"{q.key}: {q.quote!r} not in {q.source.seed} {q.source.lines}")
    assert missing == []


def test_both_languages_ask_the_same_questions_to_the_parents_as_u() -> None:
    nl, en = load_questions("nl"), load_questions("en")
    assert [(q.key, q.source) for q in nl] == [(q.key, q.source) for q in en]
    assert {"about_child", "must_know", "important"} <= {q.key for q in nl}
    for q in nl:  # the parents are addressed with "u", and each text is a question
        assert re.search(r"\b(u|uw)\b", q.text) and q.text.endswith("?"), q.text
        assert not re.search(r"\b(je|jij|jouw)\b", q.text), q.text
    assert all("you" in q.text for q in en)


def _copy_catalog(tmp_path: Path) -> None:
    for language in ("nl", "en"):
        (tmp_path / language).mkdir()
        shutil.copy(resource_dir() / "catalog" / language / FILE_NAME, tmp_path / language)


def _edit(tmp_path: Path, language: str, change: object) -> None:
    path = tmp_path / language / FILE_NAME
    raw = json.loads(path.read_text(encoding="utf-8"))
    change(raw)  # type: ignore[operator]
    path.write_text(json.dumps(raw), encoding="utf-8")


def test_a_bad_file_is_a_catalog_error(tmp_path: Path) -> None:
    _copy_catalog(tmp_path)
    assert read_questions(tmp_path, "en") == load_questions("en")

    def add_app_question(raw: dict[str, list[dict[str, object]]]) -> None:
        raw["questions"].append({"key": "extra", "text": "Nog iets?", "source": "app"})

    _edit(tmp_path, "nl", add_app_question)
    with pytest.raises(CatalogError, match="differs"):  # en lacks it
        read_questions(tmp_path, "nl")
    _edit(tmp_path, "en", add_app_question)
    added = read_questions(tmp_path, "nl")[-1]
    assert added == Question("extra", "Nog iets?", "", None)

    def without_quote(raw: dict[str, list[dict[str, object]]]) -> None:
        raw["questions"][0]["quote"] = " "

    _edit(tmp_path, "nl", without_quote)
    with pytest.raises(CatalogError, match="needs its quote"):
        read_questions(tmp_path, "nl")
    (tmp_path / "nl" / FILE_NAME).write_text("{", encoding="utf-8")
    with pytest.raises(CatalogError):
        read_questions(tmp_path, "nl")


def test_the_citation_names_the_source_and_merges_its_lines() -> None:
    def q(lines: str, seed: str = "003") -> Question:
        return Question("k" + lines, "?", "quote", SourceRef(seed=seed, lines=lines))

    text = citation([q("20-25"), q("1-3"), q("3-6"), q("7"), q("9-9")], "nl")
    assert text == "bron: themanummer De stem van ouders, r. 1–7, 9, 20–25"
    assert citation([Question("app", "?", "", None)], "nl") == ""
    assert citation(load_questions("nl")).startswith("bron: themanummer De stem van ouders, r. ")


def pupil(told: str, on: dt.date | None) -> PupilView:
    return PupilView(1, 1, "groep 5", "Zoë", "de", "Vries", None, None, told, on)


def test_the_answers_belong_to_one_school_year() -> None:
    told = pupil("Leest graag.", dt.date(2026, 9, 1))
    assert told_in_school_year(told, dt.date(2026, 8, 1))
    assert told_in_school_year(told, dt.date(2027, 7, 31))
    assert not told_in_school_year(told, dt.date(2026, 7, 31))
    assert not told_in_school_year(told, dt.date(2027, 8, 1))
    assert not told_in_school_year(pupil("", dt.date(2026, 9, 1)), TODAY)
    assert not told_in_school_year(pupil("Leest graag.", None), TODAY)
    assert shown_text("  kort  ") == "kort"
    long = "woord " * 200
    cut = shown_text(long)
    assert cut.endswith("woord…") and len(cut) <= 601


# --- the form -----------------------------------------------------------------------------------


def test_a_page_per_pupil_still_at_school_with_every_question(db: Database) -> None:
    ids = evening_class(db)
    left = db.run(
        people.create_pupil,
        group_id=ids["group"],
        data=PupilInput(given_name="Sem", family_name="Jansen", left_on="2026-10-01"),
    )
    data = db.run(render_startgesprek_forms, group_id=ids["group"], return_by=dt.date(2026, 9, 8))
    pages = pdf_pages(data)
    assert len(pages) == 7  # seven pupils; Sem has left
    assert not any(left.name in page for page in pages)
    names = [db.run(people.get_pupil, ids[given]).name for given in ("Şükrü", "Zoë", "Nguyễn")]
    for name in names:
        assert sum(f"Naam van uw kind: {name}" in page for page in pages) == 1
    for page in pages:
        assert page.startswith("Vertel ons over uw kind")
        assert "Groep: groep 5" in page
        assert "Graag terug vóór dinsdag 8 september 2026." in page
        assert "Ingevuld door:" in page
        for question in load_questions("nl"):
            assert " ".join(question.text.split()) in page
        assert "bron: themanummer De stem van ouders, r. 1328–1337" in page
    assert PdfReader(io.BytesIO(data)).metadata.title == "Vragenlijst startgesprek – groep 5"


def test_one_pupil_or_a_blank_form(db: Database) -> None:
    ids = evening_class(db)
    (page,) = pdf_pages(db.run(render_startgesprek_forms, pupil_id=ids["Zoë"]))
    assert "Zoë de Vries" in page and "Graag terug" not in page
    (blank,) = pdf_pages(db.run(render_startgesprek_forms))
    assert "Naam van uw kind: ____" in blank and "Zoë" not in blank
    with pytest.raises(NotFoundError):
        db.run(render_startgesprek_forms, group_id=9999)
    empty = db.run(people.create_group, name="groep 8", school_year="2026-2027")
    with pytest.raises(UserFacingError, match="In groep 8 zit geen leerling"):
        db.run(render_startgesprek_forms, group_id=empty.id)


def test_the_command_line_prints_a_group(tmp_path: Path) -> None:
    assert run("demo", data_dir=tmp_path).returncode == 0
    pupils = json.loads(run("pupils", "--json", data_dir=tmp_path).stdout)
    group_id = pupils[0]["group_id"]
    in_group = [p for p in pupils if p["group_id"] == group_id and not p["left_on"]]
    out = tmp_path / "vragenlijsten.pdf"
    done = run(
        "startgesprek-form", "--group", str(group_id), "--return-by", "2026-09-08",
        "-o", str(out), data_dir=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert str(out) in done.stdout
    pages = pdf_pages(out.read_bytes())
    assert len(pages) == len(in_group)
    assert in_group[0]["name"] in " ".join(pages)
    blank = tmp_path / "leeg.pdf"
    assert run("startgesprek-form", "--blank", "-o", str(blank), data_dir=tmp_path).returncode == 0
    assert len(pdf_pages(blank.read_bytes())) == 1
    wrong = run("startgesprek-form", "--group", "9999", "-o", str(out), data_dir=tmp_path)
    assert wrong.returncode == 2 and "bestaat niet" in wrong.stderr
    bad_day = run(
        "startgesprek-form", "--blank", "--return-by", "morgen", "-o", str(out), data_dir=tmp_path
    )
    assert bad_day.returncode == 2 and "datum" in bad_day.stderr.lower()
    neither = run("startgesprek-form", "-o", str(out), data_dir=tmp_path)
    assert neither.returncode == 2


# --- the answers --------------------------------------------------------------------------------


def test_the_answers_are_stored_dated_today_and_cleared(db: Database) -> None:
    ids = evening_class(db)
    zoe = ids["Zoë"]
    stored = db.run(people.set_parents_told, zoe, "  Zoë leest graag.\nZe is bang voor honden.  ")
    assert stored.parents_told == "Zoë leest graag.\nZe is bang voor honden."
    assert stored.parents_told_on == TODAY
    assert db.run(people.get_pupil, zoe).parents_told_on == TODAY
    cleared = db.run(people.set_parents_told, zoe, "   ")
    assert (cleared.parents_told, cleared.parents_told_on) == ("", None)
    with pytest.raises(ValidationError, match="Wat ouders vertelden is te lang") as too_long:
        db.run(people.set_parents_told, zoe, "x" * (people.MAX_PARENTS_TOLD + 1))
    assert too_long.value.field == "parents_told"
    with pytest.raises(ValidationError, match="onvolledig teken"):
        db.run(people.set_parents_told, zoe, "half \ud800 teken")
    with pytest.raises(NotFoundError, match="Deze leerling bestaat niet"):
        db.run(people.set_parents_told, 9999, "iets")
    assert db.run(people.get_pupil, zoe).parents_told == ""


def _talk(db: Database, pupil_id: int, date: str) -> int:
    data = TalkInput(pupil_id=pupil_id, type_key="ten_minute", date=date, start_time="15:00")
    return db.run(talks.create_talk, data=data).id


def _open(qtbot: QtBot, main: MainWindow, talk_id: int) -> str:
    window = main.open_preparation(talk_id)
    qtbot.addWidget(window)
    qtbot.waitUntil(window.isVisible)
    return window.known.text()


def test_typing_the_answers_in_shows_them_beside_the_preparation(
    qtbot: QtBot, db: Database, data_dir: Path
) -> None:
    ids = evening_class(db)
    zoe = ids["Zoë"]
    talk_id = _talk(db, zoe, "2026-11-30")
    main = MainWindow(context_for(db))
    qtbot.addWidget(main)
    main.show()
    assert main.select_pupil(zoe)
    keyboard = Keyboard(qtbot)
    seen: list[str] = []

    def fill(dialog: QWidget) -> None:
        edit = dialog.findChild(QPlainTextEdit)
        assert edit is not None and edit.accessibleName() == "Wat ouders vertelden"
        qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)  # the text has the focus
        keyboard.type("Zoë leest graag & tekent <veel>.")
        keyboard.enter()  # a new line in the text, not the Save button
        keyboard.type("Ze is bang voor honden.")
        assert dialog.isVisible()
        buttons = dialog.findChild(QDialogButtonBox)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        keyboard.focus_until(save)
        seen.append(save.text())
        keyboard.press(Qt.Key.Key_Space)

    when_dialog_opens(qtbot, fill)
    qtbot.mouseClick(main.panel.parents_told_button, Qt.MouseButton.LeftButton)
    assert seen == ["Opslaan"]
    answers = "Zoë leest graag & tekent <veel>.\nZe is bang voor honden."
    second = reader(data_dir)
    try:
        stored = second.run(people.get_pupil, zoe)
    finally:
        second.close()
    assert (stored.parents_told, stored.parents_told_on) == (answers, TODAY)
    qtbot.waitUntil(lambda: "ouders vertelden ma 23 nov 2026" in main.panel.subtitle.text())

    known = _open(qtbot, main, talk_id)
    assert "<u>Wat ouders vertelden (ma 23 nov 2026)</u>" in known
    assert "Zoë leest graag &amp; tekent &lt;veel&gt;.<br>Ze is bang voor honden." in known

    # The form itself, for this pupil from the panel and for the group from the menu.
    from parentconv_ui.printing.preview import PdfPreview

    qtbot.mouseClick(main.panel.startgesprek_button, Qt.MouseButton.LeftButton)
    (preview,) = main.findChildren(PdfPreview)
    qtbot.addWidget(preview)
    assert preview.page_count() == 1 and "Zoë de Vries" in pdf_pages(preview.data)[0]
    group_preview = main.print_startgesprek_forms()
    assert group_preview is not None
    qtbot.addWidget(group_preview)
    assert group_preview.page_count() == 7


def test_last_school_years_answers_are_not_shown(
    qtbot: QtBot, db: Database, data_dir: Path
) -> None:
    ids = evening_class(db)
    zoe, daan = ids["Zoë"], ids["Daan"]
    june = FixedClock(dt.datetime(2026, 6, 10))  # last school year
    in_june = Database(data_dir / "oudergesprek.sqlite3", clock=june)
    try:
        in_june.run(people.set_parents_told, zoe, "Vorig jaar: Zoë was nieuw in de klas.")
    finally:
        in_june.close()
    db.run(people.set_parents_told, daan, "Daan houdt van voetbal.")  # this year's
    main = MainWindow(context_for(db))
    qtbot.addWidget(main)
    main.show()
    known = _open(qtbot, main, _talk(db, zoe, "2026-11-30"))
    assert "Wat ouders vertelden" not in known and "Vorig jaar" not in known
    known = _open(qtbot, main, _talk(db, daan, "2027-07-01"))
    assert "Daan houdt van voetbal." in known
    after_summer = _open(qtbot, main, _talk(db, daan, "2027-09-01"))
    assert "Daan houdt van voetbal." not in after_summer
