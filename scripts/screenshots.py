"""Render the main screens offscreen to PNG files for the README (``make screenshots``)."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

# Offscreen, on a screen the size of the most common school laptop (1366×768); with
# QT_SCALE_FACTOR=1.5, a 1920×1080 laptop at 150 % (1280×720 logical), saved as "*-150.png".
os.environ.setdefault(
    "QT_QPA_PLATFORM",
    "offscreen:configfile="
    + str(
        Path(__file__).resolve().parent.parent
        / "tests"
        / ("laptop_150_screen.json" if os.environ.get("QT_SCALE_FACTOR") else "laptop_screen.json")
    ),
)

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget

from parentconv.clock import FixedClock
from parentconv.config import Locations
from parentconv.demo import load_demo_class
from parentconv.services import evenings, people, self_assessment, talks
from parentconv.services.evenings import EveningInput
from parentconv.services.self_assessment import (
    InterventionAnswer,
    SelfAssessmentInput,
    SkillAnswer,
)
from parentconv.store.db import Database
from parentconv_ui.common.context import AppContext
from parentconv_ui.common.i18n import install_language
from parentconv_ui.main import forms
from parentconv_ui.main.database_dialog import DatabaseDialog
from parentconv_ui.main.import_dialog import ImportDialog
from parentconv_ui.main.main_window import MainWindow
from parentconv_ui.preparation.window import PreparationWindow

TODAY = dt.date(2026, 11, 23)
SCALED = os.environ.get("QT_SCALE_FACTOR") == "1.5"
# A school laptop's screen above the taskbar (logical pixels).
SIZE = QRect(0, 0, 1280, 680) if SCALED else QRect(0, 0, 1366, 728)
SCALED_SHOTS = {
    "main-window",
    "tonight",
    "talk-mode",
    "preparation-top",
    "history-talks",
    "class-import",
    "self-assessment",
}


def save(widget: QWidget, out: Path, name: str) -> None:
    if SCALED and name not in SCALED_SHOTS:
        return
    QApplication.processEvents()
    path = out / (f"{name}-150.png" if SCALED else f"{name}.png")
    widget.grab().save(str(path))
    print(f"wrote {path}")


def pupil_named(db: Database, name: str) -> int:
    return next(p.id for p in db.run(people.list_pupils) if p.name == name)


def upcoming_talk_of(db: Database, name: str) -> int:
    talk = db.run(talks.upcoming_talk, pupil_named(db, name))
    assert talk is not None
    return talk.id


def fill_example_preparation(window: PreparationWindow) -> None:
    """Type what a teacher might, so the screenshots show a form in use."""
    window.key_message.setPlainText(
        "Fatima leest met plezier en gaat vooruit. Met rekenen (tafels) heeft ze nog moeite; "
        "daar wil ik samen met thuis aan werken."
    )
    window.qualities.setPlainText("Helpt anderen\nVertelt levendig")
    window.growth.setPlainText("Tafels van 6, 7 en 8")
    window.classroom.setPlainText("Elke ochtend 5 minuten tafels in een groepje.")
    window.goal_picker.boxes["informative"].setChecked(True)
    window.goal_picker.outcomes["informative"].setText("Ouders weten waar Fatima staat")
    window.goal_picker.boxes["motivating"].setChecked(True)
    window.goal_picker.outcomes["motivating"].setText("Thuis drie keer per week samen oefenen")
    window.relational.setPlainText(
        "Betrokken ouders; vader komt meestal. Ze willen graag weten wat ze thuis kunnen doen."
    )
    window.expressive.boxes["understanding"].setChecked(True)
    window.expressive.boxes["expertise"].setChecked(True)
    window.own_questions.setPlainText("Hoe gaat het oefenen thuis?\nWaar is Fatima trots op?")
    for key in list(window.skills.boxes)[:2]:
        window.skills.boxes[key].setChecked(True)
    window.save_now()


def evening_shots(db: Database, locations: Locations, out: Path) -> None:
    """The planner, tonight's list and talk mode, on the demo's evening of tomorrow."""
    evening_day = TODAY + dt.timedelta(days=1)
    demo_evening = db.run(evenings.evenings_on, evening_day)[0]
    db.run(
        evenings.update_evening,
        demo_evening.id,
        data=EveningInput(
            date=evening_day.isoformat(),
            start_time="18:30",
            location="Lokaal 5",
            break_every=4,
            break_minutes=10,
            end_time="20:00",
        ),
    )
    clock = db.clock
    assert isinstance(clock, FixedClock)
    clock.moment = dt.datetime.combine(evening_day, dt.time(18, 20))
    window = MainWindow(AppContext(db, locations, "nl"))
    window.setGeometry(SIZE)
    window.show()
    save(window, out, "tonight")
    window.tabs.setCurrentWidget(window.planner)
    window.planner.slot_list.setCurrentRow(1)
    save(window, out, "evening-planner")
    first = window.tonight.view.slots[0].talk.id if window.tonight.view else None
    if first is not None:
        mode = window.start_talk(first)
        mode.resize(SIZE.size())
        mode.step_boxes[3].setChecked(True)
        mode.step_boxes[4].setChecked(True)
        mode.shared_note.setPlainText("Fatima leest meer thuis; rekenen blijft lastig.")
        mode.private_note.setPlainText("Moeder leek gespannen over de tafels.")
        mode.agreement_text.setText("Samen tafels oefenen met de app, 3x per week")
        mode.agreement_owner.setCurrentIndex(1)
        save(mode, out, "talk-mode")
        mode.close()
    window.close()
    clock.moment = dt.datetime.combine(TODAY, dt.time(15, 30))


def history_shots(db: Database, locations: Locations, out: Path) -> None:
    """The pupil's history, the contact overview and search."""
    window = MainWindow(AppContext(db, locations, "nl"))
    window.setGeometry(SIZE)
    window.show()
    history = window.open_history(pupil_named(db, "Fatima El Amrani"))
    history.resize(SIZE.size())
    history.timeline.setCurrentRow(history.timeline.count() - 1)
    save(history, out, "history-talks")
    history.tabs.setCurrentIndex(1)
    save(history, out, "history-agreements")
    history.close()
    window.tabs.setCurrentWidget(window.overview)
    save(window, out, "overview")
    window.tabs.setCurrentWidget(window.search_view)
    window.search_view.query.setText("lezen")
    window.search_view.run()
    save(window, out, "search-all")
    window.close()


def pdf_page_png(data: bytes, page: int, out: Path, name: str) -> None:
    """Render one PDF page to PNG with QtPdf (the same engine as the in-app preview)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument

    raw = QByteArray(data)
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    size = document.pagePointSize(page)
    image = document.render(page, QSize(int(size.width() * 1.4), int(size.height() * 1.4)))
    image.save(str(out / f"{name}.png"))
    print(f"wrote {out / name}.png")


def pdf_pages(db: Database, out: Path) -> None:
    """The printed pages: a summary in both copies and a sheet of the evening pack."""
    from parentconv.pdf import render_evening_pack, render_talk_summary

    pupil = pupil_named(db, "Şükrü Yılmaz")
    held = next(t for t in db.run(talks.list_talks, pupil_id=pupil) if t.status == "held")
    pdf_page_png(db.run(render_talk_summary, held.id, copy="teacher"), 0, out, "summary-teacher")
    pdf_page_png(
        db.run(render_talk_summary, held.id, copy="parents", plain=False), 0, out, "summary-parents"
    )
    # A low-literate mother: her household gets the parents' copy in plain language.
    fatima = pupil_named(db, "Fatima El Amrani")
    held = next(t for t in db.run(talks.list_talks, pupil_id=fatima) if t.status == "held")
    pdf_page_png(db.run(render_talk_summary, held.id, copy="parents"), 0, out, "summary-plain")
    pack = db.run(render_evening_pack, TODAY + dt.timedelta(days=1))
    pdf_page_png(pack, 0, out, "pack-schedule")
    pdf_page_png(pack, 1, out, "pack-sheet")
    from parentconv.pdf.startgesprek_form import render_startgesprek_forms

    form = db.run(
        render_startgesprek_forms,
        pupil_id=pupil_named(db, "Zoë de Vries"),
        return_by=dt.date(2026, 12, 8),
    )
    pdf_page_png(form, 0, out, "startgesprek-form")
    from parentconv.pdf.invitations import render_evening_invitations

    letters = db.run(render_evening_invitations, TODAY + dt.timedelta(days=1))
    pdf_page_png(letters, 0, out, "invitation-plain")  # a low-literate mother: larger, shorter
    pdf_page_png(letters, 3, out, "invitation")  # a brother and sister on one letter
    from parentconv.cards import load_card_sets
    from parentconv.pdf.cards import render_card_sets

    pdf_page_png(render_card_sets(load_card_sets("nl")[:1]), 0, out, "cards-page")


def reflection_shots(db: Database, window: MainWindow, out: Path) -> None:
    """Two self-assessments (September and last week) and the reflection journal."""
    scores = {"open_attitude": 3, "good_talks": 2, "trust": 2, "goal_directed": 1, "partner": 3}
    db.run(
        self_assessment.save_self_assessment,
        SelfAssessmentInput(
            taken_on="2026-09-25",
            skills={k: SkillAnswer(score=v) for k, v in scores.items()},
        ),
    )
    later = {**scores, "good_talks": 3, "goal_directed": 2}
    answers = {k: SkillAnswer(score=v) for k, v in later.items()}
    answers["goal_directed"] = SkillAnswer(
        score=2,
        show="Ik sluit elk gesprek af met een afspraak; ouders weten waar ze aan toe zijn.",
        expand=True,
    )
    db.run(
        self_assessment.save_self_assessment,
        SelfAssessmentInput(
            taken_on="2026-11-17",
            skills=answers,
            interventions={
                "home_visits": InterventionAnswer("doubt", "Alleen als ouders het zelf willen"),
                "first_talk": InterventionAnswer("yes", "Startgesprek met kind erbij"),
            },
            practise=["open_questions", "summarising"],
        ),
    )
    assessment = window.open_self_assessment()
    assessment.resize(1100, 680)
    assessment.past_list.setCurrentRow(0)
    assessment.open_selected()
    save(assessment, out, "self-assessment")
    assessment.tabs.setCurrentIndex(3)
    save(assessment, out, "self-assessment-history")
    assessment.close()
    journal = window.open_journal()
    journal.resize(1200, 600)
    save(journal, out, "journal")
    journal.close()


def school_year_shots(db: Database, out: Path) -> None:
    """A new school year (Groep → Nieuw schooljaar…) and a handover file read in (Bestand →
    Overdracht inlezen…), each on a store of its own: the demo class is never moved."""
    from parentconv.services.handover import export_handover
    from parentconv.services.handover_file import read_handover
    from parentconv_ui.main.handover_dialog import HandoverDialog
    from parentconv_ui.main.move_up_dialog import MoveUpDialog

    demo_group = db.run(people.list_groups)[0].id
    handover = read_handover(db.run(export_handover, demo_group))
    with tempfile.TemporaryDirectory() as tmp:
        locations = Locations(Path(tmp))
        other = Database(locations.database, clock=FixedClock(dt.datetime(2026, 8, 20, 10, 0)))
        for name, pupils in (
            ("Groep 5", ("Daan Bakker", "Lotte de Jong", "Mohammed Amrani", "Sara Visser")),
            ("Groep 8", ("Emma Smit", "Noah Mulder", "Yusuf Kaya")),
        ):
            group = other.run(people.create_group, name=name, school_year="2025-2026").id
            for full in pupils:
                given, family = full.split(" ", 1)
                other.run(
                    people.create_pupil,
                    group_id=group,
                    data=people.PupilInput(given_name=given, family_name=family),
                )
        ctx = AppContext(other, locations, "nl")
        moving = MoveUpDialog(None, ctx)
        moving.show()
        save(moving, out, "move-up")
        moving.close()
        reading = HandoverDialog(None, ctx, handover, Path(tmp) / "overdracht-groep-5.json")
        reading.resize(1000, 600)
        reading.show()
        save(reading, out, "handover-import")
        reading.close()
        other.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path, nargs="?", default=Path("docs/screenshots"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Oudergesprek")
    install_language("nl")  # as the app does at start: our plural forms and Qt's own texts
    with tempfile.TemporaryDirectory() as tmp:
        locations = Locations(Path(tmp))
        db = Database(locations.database, clock=FixedClock(dt.datetime(2026, 11, 23, 15, 30)))
        db.run(load_demo_class, today=TODAY)

        window = MainWindow(AppContext(db, locations, "nl"))
        window.setGeometry(SIZE)
        window.show()
        window.select_pupil(pupil_named(db, "Şükrü Yılmaz"))
        save(window, args.out, "main-window")

        window.search.setText("zoe")
        window.select_pupil(pupil_named(db, "Zoë de Vries"))
        save(window, args.out, "search")
        window.close()

        dialog = forms.carer_form(None, db.run(people.list_pupils), set())
        dialog.resize(520, 560)
        dialog.show()
        save(dialog, args.out, "carer-form")
        dialog.close()

        importing = ImportDialog(window, window.ctx)
        importing.resize(1200, 680)
        importing.show()
        importing.open_file(
            Path(__file__).resolve().parent.parent
            / "tests"
            / "fixtures"
            / "import"
            / "parnassys_cp1252.csv"
        )
        save(importing, args.out, "class-import")
        importing.close()

        choosing = DatabaseDialog(window, window.ctx)  # Instellingen → Database, filled in
        choosing.server.setChecked(True)
        choosing.host.setText("server.school.local")
        choosing.database.setText("oudergesprek")
        choosing.login.setText("juf_anna")
        choosing.password.setText("wachtwoord")
        choosing.remember.setChecked(True)
        choosing.show()
        save(choosing, args.out, "database")
        choosing.close()

        cards = window.open_cards()
        cards.resize(1100, 680)
        cards.search.setText("thuis")
        cards._fill()
        save(cards, args.out, "card-library")
        cards.close()

        reflection_shots(db, window, args.out)
        school_year_shots(db, args.out)

        prepare = window.open_preparation(upcoming_talk_of(db, "Fatima El Amrani"))
        fill_example_preparation(prepare)
        prepare.resize(SIZE.size())
        prepare.jump_to("basics")
        save(prepare, args.out, "preparation-top")
        prepare.jump_to("relational")
        save(prepare, args.out, "preparation-relational")
        prepare.jump_to("questions")
        save(prepare, args.out, "preparation-questions")
        prepare.close()

        evening_shots(db, locations, args.out)
        history_shots(db, locations, args.out)
        pdf_pages(db, args.out)

        install_language("en")
        english = MainWindow(AppContext(db, locations, "en"))
        english.setGeometry(SIZE)
        english.show()
        english.select_pupil(pupil_named(db, "Łucja Kowalczyk"))
        save(english, args.out, "main-window-en")
        english.close()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
