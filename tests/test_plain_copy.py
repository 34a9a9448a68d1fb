"""The parents' copy in plain language (issue 17 §3): short sentences, large type, the
agreements by who does what with a pictogram, dates in full, no jargon, one page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QCheckBox, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from test_cli import run
from test_pdf import PRIVATE, Setup, assert_inside_page, fill, long_text, make_talk, read, text_of
from uihelpers import Keyboard, context_for, reader, tick, when_dialog_opens

from parentconv.errors import ValidationError
from parentconv.pdf import render_parents_copies, render_talk_summary
from parentconv.services import people
from parentconv.services.agreements import create_agreement
from parentconv.services.evenings import EveningInput, add_slot, create_evening
from parentconv.services.people import CarerInput, create_carer
from parentconv.services.talks import TalkInput, set_notes, set_status, update_talk
from parentconv.store.db import Database
from parentconv_ui.main.forms import FormDialog, carer_form, carer_input
from parentconv_ui.main.main_window import MainWindow

OWNERS = ("school", "parents", "child", "other")
HEADINGS = ("Dit hebben we afgesproken", "Wat school doet", "Wat u thuis doet", "Wat Zoë doet")

JARGON = (
    "referentieel",
    "appellerend",
    "appellatief",
    "expressief",
    "relationeel",
    "communicatief doel",
    "communicatiemodel",
    "kernboodschap",
    "gespreksdoel",
    "checklist",
    "privénotitie",
    "privé",
    "vertrouwelijk",
    "leerkrachtversie",
    "terugblik",
    "tweezijdig",
    "groeikansen",
    "kwaliteiten",
    "informatief",
    "in de app",
    PRIVATE,  # the teacher's private note, word for word
    "Ouders zijn betrokken.",  # the relational note of the preparation
    "Zoë leest met plezier; rekenen vraagt aandacht.",  # the key message
    "Ouders weten hoe het gaat",  # the goal's outcome
    "Hoe gaat het thuis met lezen?",  # the teacher's own question
)


def flat(data: bytes) -> str:
    return " ".join(text_of(data).split())


def jargon_in(text: str) -> list[str]:
    lower = text.lower()
    return [word for word in JARGON if word.lower() in lower]


def filled(db: Database) -> Setup:
    s = make_talk(db)
    fill(db, s)
    return s


def plain_copy(db: Database, s: Setup, **kwargs: object) -> bytes:
    data: bytes = db.run(render_talk_summary, s.talk_id, copy="parents", plain=True, **kwargs)
    return data


def test_the_plain_copy_is_one_page_with_the_groups_and_the_childs_name(db: Database) -> None:
    s = filled(db)
    data = plain_copy(db, s)
    assert len(read(data).pages) == 1
    assert_inside_page(data)
    text = flat(data)
    assert text.startswith("Ons gesprek over Zoë")
    for heading in (*HEADINGS, "Wat anderen doen"):
        assert heading in text
    assert "Zoë de Vries" in text and "Ørjan de Vries (vader)" in text
    assert "Hier is Zoë goed in" in text and "Behulpzaam" in text
    # Last time's agreement, with what became of it in a short sentence.
    assert "Elke avond lezen Dit is gelukt." in text
    assert "Heeft u een vraag? Vraag het aan de leerkracht." in text
    assert read(data).metadata.title.startswith("Verslag in eenvoudige taal – Zoë de Vries")


def test_dates_are_written_in_full(db: Database) -> None:
    s = filled(db)
    db.run(
        create_agreement,
        pupil_id=s.pupil_id,
        talk_id=s.talk_id,
        text="Samen naar de bibliotheek",
        owner="parents",
        due_on=dt.date(2027, 1, 12),
    )
    text = flat(plain_copy(db, s))
    assert "Op dinsdag 24 november 2026 om 18.30 uur" in text
    assert "Klaar op dinsdag 15 december." in text  # this year's: no year needed
    assert "Klaar op dinsdag 12 januari 2027." in text  # next year's: with the year
    assert "15-12" not in text and "di 15 dec" not in text and "uiterlijk" not in text


def test_no_jargon_and_no_private_notes(db: Database) -> None:
    s = filled(db)
    found = jargon_in(flat(plain_copy(db, s)))
    assert found == []


def test_the_jargon_check_can_fail(db: Database) -> None:
    """The same check finds the jargon on the teacher's copy: it is not vacuous."""
    s = filled(db)
    teacher = jargon_in(flat(db.run(render_talk_summary, s.talk_id, copy="teacher")))
    assert {"kernboodschap", "privénotitie", PRIVATE, "vertrouwelijk"} <= set(teacher)
    # The usual parents' copy has no private notes either, but a date as "uiterlijk ...".
    usual = flat(db.run(render_talk_summary, s.talk_id, copy="parents", plain=False))
    assert PRIVATE not in usual and "uiterlijk dinsdag 15 december 2026" in usual


def test_the_plain_copy_is_larger_type(db: Database) -> None:
    s = filled(db)
    sizes: list[float] = []

    def visit(text: str, _cm: object, tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            sizes.append(abs(size * tm[3]) if tm[3] else size)

    read(plain_copy(db, s)).pages[0].extract_text(visitor_text=visit)
    footers = sorted(sizes)[:2]
    assert footers == [7, 7]
    assert min(sorted(sizes)[2:]) >= 13  # the bullets too


def test_many_long_agreements_stay_on_one_page_cut_with_a_pointer(db: Database) -> None:
    s = filled(db)
    db.run(set_notes, s.talk_id, shared=long_text(4000), private="PRIVÉSTART " + long_text(900))
    for i in range(60):
        db.run(
            create_agreement,
            pupil_id=s.pupil_id,
            talk_id=s.talk_id,
            text=f"Afspraak {i}: " + long_text(40),
            owner=("school", "parents", "child", "other")[i % 4],
            due_on=dt.date(2026, 12, 1),
        )
    data = plain_copy(db, s)
    assert len(read(data).pages) == 1
    assert_inside_page(data)
    text = flat(data)
    for heading in HEADINGS:
        assert heading in text
    # Each group keeps its first agreement and says that there are more; the long notes
    # give way first, with a line that there is more.
    for i in range(4):
        assert f"Afspraak {i}:" not in text and f"Afspraak voor {OWNERS[i]}" in text
    assert text.count("Meer afspraken staan in het volledige verslag.") == 4
    assert "Meer staat in het volledige verslag." in text
    assert "Heeft u een vraag?" in text  # the closing line is never lost
    assert "PRIVÉSTART" not in text and jargon_in(text) == []


def test_one_very_long_agreement_is_cut_not_spilled(db: Database) -> None:
    s = make_talk(db)
    db.run(
        create_agreement,
        pupil_id=s.pupil_id,
        talk_id=s.talk_id,
        text="BEGIN " + long_text(600),
        owner="school",
    )
    data = plain_copy(db, s)
    assert len(read(data).pages) == 1
    assert_inside_page(data)
    text = flat(data)
    assert "BEGIN" in text and "… (zie het volledige verslag)" in text
    assert len(text) < 2500


def test_no_agreements(db: Database) -> None:
    s = make_talk(db)
    text = flat(plain_copy(db, s))
    assert "We hebben geen nieuwe afspraken gemaakt." in text


def invite_everyone(db: Database, s: Setup) -> None:
    db.run(
        update_talk,
        s.talk_id,
        data=TalkInput(
            pupil_id=s.pupil_id,
            type_key="ten_minute",
            date="2026-11-24",
            start_time="18:30",
            carer_ids=[c.id for c in db.run(people.carers_of, s.pupil_id)],
        ),
    )


@pytest.mark.parametrize("flags", [{"low_literacy": True}, {"plain_language": True}])
def test_plain_is_chosen_for_a_household_that_wants_it(
    db: Database, flags: dict[str, bool]
) -> None:
    s = filled(db)
    before = flat(db.run(render_talk_summary, s.talk_id, copy="parents"))
    assert before.startswith("Verslag van ons gesprek")
    mother = db.run(
        create_carer,
        data=CarerInput(name="Ayla de Vries", relation="moeder", pupil_ids=[s.pupil_id], **flags),
    )
    assert mother.wants_plain_language
    # Only a carer invited to the talk counts.
    still = flat(db.run(render_talk_summary, s.talk_id, copy="parents"))
    assert still.startswith("Verslag van ons gesprek")
    invite_everyone(db, s)
    auto = flat(db.run(render_talk_summary, s.talk_id, copy="parents"))
    assert auto.startswith("Ons gesprek over Zoë") and "Wat u thuis doet" in auto
    assert "Ayla de Vries (moeder)" in auto
    # The teacher can still ask for the usual copy; the teacher's copy never changes.
    usual = flat(db.run(render_talk_summary, s.talk_id, copy="parents", plain=False))
    assert usual.startswith("Verslag van ons gesprek")
    teacher = flat(db.run(render_talk_summary, s.talk_id, copy="teacher"))
    assert teacher.startswith("Gespreksverslag")


def test_plain_is_only_for_the_parents_copy(db: Database) -> None:
    s = make_talk(db)
    with pytest.raises(ValidationError, match="alleen voor het verslag voor ouders"):
        db.run(render_talk_summary, s.talk_id, copy="teacher", plain=True)


def test_the_evenings_parents_copies_are_plain_for_those_households(db: Database) -> None:
    evening = db.run(create_evening, data=EveningInput(date="2026-11-24", start_time="18:30"))
    group = db.run(people.create_group, name="Groep 5", school_year="2026-2027")
    for given, literacy in (("Zoë", False), ("Daan", True)):
        pupil = db.run(
            people.create_pupil,
            group_id=group.id,
            data=people.PupilInput(given_name=given, family_name="Berg"),
        )
        db.run(
            create_carer,
            data=CarerInput(name=f"Ouder van {given}", low_literacy=literacy, pupil_ids=[pupil.id]),
        )
        view = db.run(add_slot, evening.id, pupil_id=pupil.id)
    for slot in view.slots:
        db.run(set_status, slot.talk.id, "held")
    data = db.run(render_parents_copies, dt.date(2026, 11, 24))
    pages = [" ".join(p.extract_text().split()) for p in read(data).pages]
    assert len(pages) == 2
    assert pages[0].startswith("Verslag van ons gesprek") and "Zoë Berg" in pages[0]
    assert pages[1].startswith("Ons gesprek over Daan") and "Wat school doet" not in pages[0]


def test_the_english_plain_copy(db: Database) -> None:
    s = filled(db)
    text = flat(plain_copy(db, s, language="en"))
    assert "What school does" in text and "Zoë" in text
    assert "Wat school doet" not in text
    words = ("key message", "private", "checklist", "referential", "appellative", "expressive")
    assert [w for w in words if w in text.lower()] == [] and PRIVATE not in text


def test_summary_plain_on_the_command_line(tmp_path: Path) -> None:
    from pypdf import PdfReader

    assert run("demo", data_dir=tmp_path).returncode == 0
    import json

    talks = json.loads(run("talks", "--json", data_dir=tmp_path).stdout)
    held = next(t for t in talks if t["status"] == "held")
    out = tmp_path / "eenvoudig.pdf"
    args = ("summary", "--talk", str(held["id"]), "--copy", "parents")
    result = run(*args, "--plain", "-o", str(out), data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    pdf = PdfReader(out)
    text = " ".join(pdf.pages[0].extract_text().split())
    assert len(pdf.pages) == 1 and text.startswith("Ons gesprek over")
    assert held["pupil"] in text and jargon_in(text) == []
    result = run(*args, "--no-plain", "-o", str(out), data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert PdfReader(out).pages[0].extract_text().startswith("Verslag van ons gesprek")
    wrong = run("summary", "--talk", str(held["id"]), "--plain", "-o", str(out), data_dir=tmp_path)
    assert wrong.returncode == 2 and "alleen voor het verslag voor ouders" in wrong.stderr


# --- the carer form -------------------------------------------------------------------------


def test_the_carer_form_ticks_plain_language_and_a_letter_of_their_own(
    qtbot: QtBot, db: Database, data_dir: Path
) -> None:
    s = make_talk(db)
    window = MainWindow(context_for(db))
    qtbot.addWidget(window)
    window.show()
    carer = db.run(people.carers_of, s.pupil_id)[0]
    window.select_pupil(s.pupil_id)
    seen: dict[str, object] = {}

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, FormDialog)
        plain = dialog.fields["plain_language"]
        apart = dialog.fields["separate_letter"]
        assert isinstance(plain, QCheckBox) and isinstance(apart, QCheckBox)
        seen["names"] = (plain.accessibleName(), apart.accessibleName())
        seen["before"] = (plain.isChecked(), apart.isChecked())
        tick(qtbot, plain)  # by mouse
        keys = Keyboard(qtbot)
        keys.focus_until(apart)  # by keyboard: Tab to it, Space ticks it
        keys.press(Qt.Key.Key_Space)
        seen["after"] = (plain.isChecked(), apart.isChecked())
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    when_dialog_opens(qtbot, act)
    window.edit_carer(carer.id)
    assert seen["names"] == ("Verslag in eenvoudige taal", "Woont apart: eigen uitnodiging")
    assert seen["before"] == (False, False) and seen["after"] == (True, True)
    other = reader(data_dir)
    try:
        stored = other.run(people.carers_of, s.pupil_id)[0]
    finally:
        other.close()
    assert stored.plain_language and stored.separate_letter and not stored.low_literacy
    assert stored.name == "Ørjan de Vries" and stored.language == "Noors"  # nothing else lost
    # Shown again when the form opens for this carer.
    form = carer_form(window, db.run(people.list_pupils), {s.pupil_id}, stored)
    qtbot.addWidget(form)
    plain, apart = form.fields["plain_language"], form.fields["separate_letter"]
    assert isinstance(plain, QCheckBox) and isinstance(apart, QCheckBox)
    assert plain.isChecked() and apart.isChecked()
    assert carer_input(form).plain_language and carer_input(form).separate_letter
    # And the household now gets the plain-language copy without being asked.
    text = flat(db.run(render_talk_summary, s.talk_id, copy="parents"))
    assert text.startswith("Ons gesprek over Zoë")


def test_the_app_prints_plain_for_that_household_from_every_place(
    qtbot: QtBot, db: Database
) -> None:
    """Talk mode, the pupil's history and tonight's list all print through the main window;
    the evening's parents' copies too: the choice is made where the PDF is made."""
    s = filled(db)
    db.run(
        people.update_carer,
        db.run(people.carers_of, s.pupil_id)[0].id,
        data=CarerInput(name="Ørjan de Vries", low_literacy=True, pupil_ids=[s.pupil_id]),
    )
    window = MainWindow(context_for(db))
    qtbot.addWidget(window)
    preview = window.print_summary(s.talk_id, "parents")
    assert preview is not None
    qtbot.addWidget(preview)
    assert flat(preview.data).startswith("Ons gesprek over Zoë")
    preview.close()
    teacher = window.print_summary(s.talk_id, "teacher")
    assert teacher is not None
    qtbot.addWidget(teacher)
    assert flat(teacher.data).startswith("Gespreksverslag")
    teacher.close()


@pytest.mark.parametrize("percent", [100, 125])
def test_the_carer_form_with_its_new_boxes_still_fits_a_laptop(
    qtbot: QtBot, db: Database, percent: int
) -> None:
    from test_window_sizes import FREE, minimum

    s = make_talk(db)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = app.font()
    bigger = QFont(normal)
    bigger.setPointSizeF(normal.pointSizeF() * percent / 100)
    app.setFont(bigger)
    try:
        window = MainWindow(context_for(db))
        qtbot.addWidget(window)
        form = carer_form(window, db.run(people.list_pupils), {s.pupil_id})
        qtbot.addWidget(form)
        form.show()
        size = minimum(form)
        assert size.width() <= FREE.width() and size.height() <= FREE.height(), size
        form.close()
    finally:
        app.setFont(normal)
