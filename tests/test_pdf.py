"""The printed pages: one A4 page per talk whatever the input, real text, nothing off the page."""

from __future__ import annotations

import datetime as dt
import io
import os
import stat
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest

from parentconv.demo import load_demo_class
from parentconv.errors import UserFacingError
from parentconv.pdf import MARKER, render_evening_pack, render_talk_summary, write_pdf
from parentconv.services.agreements import change_status, create_agreement
from parentconv.services.evenings import EveningInput, add_slot, create_evening
from parentconv.services.people import (
    CarerInput,
    PupilInput,
    create_carer,
    create_group,
    create_pupil,
)
from parentconv.services.preparation import GoalChoice, PreparationInput, save_preparation
from parentconv.services.talks import TalkInput, create_talk, set_notes, set_reflection
from parentconv.store.db import Database

A4_W, A4_H = 595.28, 841.89
DAY = dt.date(2026, 11, 24)
PRIVATE = "Vader noemde een verwijzing; niet voor ouders."
WORDS = ("lezen", "rekenen", "samen", "thuis", "oefenen", "Şükrü", "Łucja", "Nguyễn", "Zoë")


def long_text(words: int) -> str:
    return " ".join(WORDS[i % len(WORDS)] for i in range(words))


@dataclass
class Setup:
    group_id: int
    pupil_id: int
    talk_id: int


def make_talk(
    db: Database,
    *,
    given: str = "Zoë",
    family: str = "de Vries",
    carer: str = "Ørjan de Vries",
    start: str = "18:30",
) -> Setup:
    group = db.run(create_group, name="Groep 5", school_year="2026-2027")
    pupil = db.run(
        create_pupil, group_id=group.id, data=PupilInput(given_name=given, family_name=family)
    )
    carer_view = db.run(
        create_carer,
        data=CarerInput(name=carer, relation="vader", language="Noors", pupil_ids=[pupil.id]),
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
    return Setup(group.id, pupil.id, talk.id)


def fill(db: Database, s: Setup, *, notes: str = "Goed gesprek.", private: str = PRIVATE) -> None:
    earlier = db.run(
        create_agreement, pupil_id=s.pupil_id, text="Elke avond lezen", owner="parents"
    )
    db.run(
        save_preparation,
        s.talk_id,
        PreparationInput(
            key_message="Zoë leest met plezier; rekenen vraagt aandacht.",
            qualities=["Behulpzaam", "Leest veel"],
            growth_opportunities=["Tafels oefenen"],
            goals=[GoalChoice("informative", "Ouders weten hoe het gaat")],
            relational_note="Ouders zijn betrokken.",
            expressive_keys=["understanding"],
            own_questions=["Hoe gaat het thuis met lezen?"],
            parent_questions=["Wat kunnen wij doen?"],
            focus_skills=["open_questions"],
            review_agreement_ids=[earlier.id],
        ),
    )
    db.run(change_status, earlier.id, status="done", note="Lukt goed", talk_id=s.talk_id)
    for owner in ("school", "parents", "child", "other"):
        db.run(
            create_agreement,
            pupil_id=s.pupil_id,
            talk_id=s.talk_id,
            text=f"Afspraak voor {owner}",
            owner=owner,
            due_on=dt.date(2026, 12, 15),
        )
    db.run(set_notes, s.talk_id, shared=notes, private=private)
    db.run(
        set_reflection, s.talk_id, goal_achieved="partly", two_way=True, next_time="Eerder bellen."
    )


def read(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


def text_of(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in read(data).pages)


def positions(page: pypdf.PageObject) -> list[tuple[float, float, str]]:
    found: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: object) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((x, y, text))

    page.extract_text(visitor_text=visit)
    return found


def assert_inside_page(data: bytes) -> None:
    for page in read(data).pages:
        box = page.mediabox
        assert (float(box.width), float(box.height)) == pytest.approx((A4_W, A4_H), abs=0.5)
        spots = positions(page)
        assert spots, "no text found on the page"
        for x, y, text in spots:
            assert 0 <= x <= A4_W and 0 <= y <= A4_H, (x, y, text)


# --- the summary ------------------------------------------------------------------------------


@pytest.mark.parametrize("copy", ["teacher", "parents"])
def test_empty_preparation_and_no_agreements_give_one_page(db: Database, copy: str) -> None:
    s = make_talk(db)
    data = db.run(render_talk_summary, s.talk_id, copy=copy)
    assert len(read(data).pages) == 1
    assert "Zoë de Vries" in text_of(data)
    assert_inside_page(data)


def test_teacher_copy_holds_everything(db: Database) -> None:
    s = make_talk(db)
    fill(db, s)
    text = text_of(db.run(render_talk_summary, s.talk_id, copy="teacher"))
    for expected in (
        "Gespreksverslag",
        "Groep 5",
        "di 24 nov 2026",
        "Tienminutengesprek",
        "Ørjan de Vries",
        "Ouders weten hoe het gaat",
        "Zoë leest met plezier",
        "Behulpzaam",
        "Tafels oefenen",
        "Afspraak voor school",
        "Elke avond lezen",
        "gedaan",
        "Goed gesprek.",
        PRIVATE,
        "Eerder bellen.",
        "deels",
    ):
        assert expected in text, expected
    assert MARKER not in text


def test_parents_copy_leaves_out_private_notes_and_internals(db: Database) -> None:
    s = make_talk(db)
    fill(db, s)
    data = db.run(render_talk_summary, s.talk_id, copy="parents")
    text = text_of(data)
    assert "Verslag van ons gesprek" in text
    assert "dinsdag 24 november 2026" in text and "di 24 nov" not in text  # a letter: in full
    assert "(uiterlijk dinsdag 15 december 2026)" in " ".join(text.split())  # due dates too
    assert PRIVATE not in text and "verwijzing" not in text
    for internal in ("Ouders weten hoe het gaat", "Ouders zijn betrokken", "Open vragen stellen"):
        assert internal not in text
    assert "Eerder bellen" not in text and "Terugblik" not in text
    for heading in ("Wat school doet", "Wat u thuis doet", "Wat Zoë doet", "Anderen"):
        assert heading in text
    assert "Waar Zoë goed in is" in text and "Goed gesprek." in text


@pytest.mark.parametrize("copy", ["teacher", "parents"])
def test_the_english_pages_hold_no_dutch_labels(db: Database, copy: str) -> None:
    """The printed words come from the same catalog as every other message: all of them."""
    from parentconv.pdf.labels import NL, labels

    english = labels("en")
    assert [key for key in NL if english[key] == NL[key]] == SAME_IN_BOTH
    s = make_talk(db)
    fill(db, s)
    data = db.run(render_talk_summary, s.talk_id, copy=copy, language="en")
    text = " ".join(text_of(data).split())
    assert english[f"{copy}_title"] in text
    for key in ("parents_title", "teacher_title", "teacher_footer_note", "parents_footer_note"):
        assert NL[key] not in text


SAME_IN_BOTH = [
    "owner_school",
    "evening_times",
    "minutes",
]  # "School", "{start} – {end}", "{n} min"


def test_long_notes_and_many_agreements_are_cut_on_one_page(db: Database) -> None:
    s = make_talk(db)
    fill(db, s, notes=long_text(5000), private="PRIVÉSTART " + long_text(5000))
    for i in range(60):
        db.run(
            create_agreement,
            pupil_id=s.pupil_id,
            talk_id=s.talk_id,
            text=f"Afspraak nummer {i}",
            owner="school",
        )
    teacher = db.run(render_talk_summary, s.talk_id, copy="teacher")
    assert len(read(teacher).pages) == 1  # the teacher's copy is cut, with its marker
    text = " ".join(text_of(teacher).split())
    assert MARKER in text and "PRIVÉSTART" in text
    assert_inside_page(teacher)
    # The parents' copy never drops an agreement: the shared notes are cut first, with a line
    # that the teacher can tell more, and the agreements go on over the page.
    parents = db.run(render_talk_summary, s.talk_id, copy="parents")
    text = " ".join(text_of(parents).split())
    assert MARKER not in text and "in de app" not in text and "PRIVÉSTART" not in text
    assert "De leerkracht vertelt u hier graag meer over." in text
    assert all(f"Afspraak nummer {i} " in text + " " for i in range(60))
    assert 1 < len(read(parents).pages) <= 3
    assert_inside_page(parents)


def test_sixty_agreements_alone_fit(db: Database) -> None:
    s = make_talk(db)
    for i in range(60):
        db.run(
            create_agreement,
            pupil_id=s.pupil_id,
            talk_id=s.talk_id,
            text=f"Afspraak {i}: " + long_text(30),
            owner=("school", "parents", "child", "other")[i % 4],
            due_on=dt.date(2026, 12, 1),
        )
    teacher = db.run(render_talk_summary, s.talk_id, copy="teacher")
    assert len(read(teacher).pages) == 1
    assert MARKER in " ".join(text_of(teacher).split())
    parents = db.run(render_talk_summary, s.talk_id, copy="parents")
    text = " ".join(text_of(parents).split())
    assert MARKER not in text
    assert all(f"Afspraak {i}:" in text for i in range(60))
    assert_inside_page(parents)


def test_a_name_of_120_characters(db: Database) -> None:
    given = "Maximiliaan" + "x" * 49
    family = "Aaaaaaaaaa-" * 5 + "z" * 4
    assert len(f"{given} {family}") == 120
    s = make_talk(db, given=given, family=family, carer="Y" * 120)
    fill(db, s)
    for copy in ("teacher", "parents"):
        data = db.run(render_talk_summary, s.talk_id, copy=copy)
        assert len(read(data).pages) == 1
        assert_inside_page(data)


def test_right_to_left_and_emoji_do_not_break_the_page(db: Database) -> None:
    s = make_talk(db, given="أمينة", family="حداد", carer="خالد حداد")
    fill(db, s, notes="مرحبا بكم 😀👍🏽 שלום <b>&amp; \x00\x07 ok", private="🙂 " * 300)
    for copy in ("teacher", "parents"):
        data = db.run(render_talk_summary, s.talk_id, copy=copy)
        assert len(read(data).pages) == 1
        assert "ok" in text_of(data)
        assert_inside_page(data)


@pytest.mark.parametrize("name", ["Şükrü Yılmaz", "Łucja Kowalczyk", "Nguyễn Thị Mai"])
def test_names_are_extracted_exactly_as_stored(db: Database, name: str) -> None:
    given, family = name.split(" ", 1)
    s = make_talk(db, given=given, family=family, carer="Оксана Коваленко")
    data = db.run(render_talk_summary, s.talk_id, copy="parents")
    text = text_of(data)
    assert name in text
    assert "Оксана Коваленко" in text


def test_markup_characters_are_printed_as_typed(db: Database) -> None:
    s = make_talk(db)
    db.run(set_notes, s.talk_id, shared="3 < 4 & 5 > 2 <b>vet</b>", private="")
    assert "3 < 4 & 5 > 2 <b>vet</b>" in text_of(db.run(render_talk_summary, s.talk_id))


def test_metadata(db: Database) -> None:
    s = make_talk(db)
    meta = read(db.run(render_talk_summary, s.talk_id)).metadata
    assert meta is not None
    assert meta.title == "Gespreksverslag – Zoë de Vries – 24-11-2026"
    assert meta.subject and meta.creator and meta.creator.startswith("Oudergesprek ")
    assert not meta.author


def test_nothing_about_other_pupils(db: Database) -> None:
    s = make_talk(db)
    other = db.run(
        create_pupil, group_id=s.group_id, data=PupilInput(given_name="Daan", family_name="Bakker")
    )
    db.run(create_agreement, pupil_id=other.id, text="Daan zijn afspraak", owner="school")
    text = text_of(db.run(render_talk_summary, s.talk_id))
    assert "Daan" not in text and "Bakker" not in text


def test_unknown_copy_is_refused(db: Database) -> None:
    s = make_talk(db)
    with pytest.raises(UserFacingError):
        db.run(render_talk_summary, s.talk_id, copy="everyone")


# --- the evening pack -------------------------------------------------------------------------


def test_evening_pack_has_a_schedule_and_one_page_per_talk(db: Database) -> None:
    db.run(load_demo_class, today=dt.date(2026, 11, 23))
    data = db.run(render_evening_pack, DAY)
    reader = read(data)
    pages = reader.pages
    assert len(pages) == 1 + 6
    schedule = pages[0].extract_text()
    assert "18:30" in schedule and "Thị Mai Nguyễn" in schedule and "Vietnamees" in schedule
    assert "☐" in pages[1].extract_text()
    assert reader.metadata is not None and reader.metadata.title == "Gesprekkenavond – 24-11-2026"
    assert_inside_page(data)


def test_evening_pack_of_a_full_evening_with_heavy_preparations(db: Database) -> None:
    evening = db.run(create_evening, data=EveningInput(date=DAY.isoformat(), start_time="15:00"))
    group = db.run(create_group, name="Groep 8", school_year="2026-2027")
    for i in range(30):
        pupil = db.run(
            create_pupil,
            group_id=group.id,
            data=PupilInput(given_name=f"Kind{i}", family_name="Łęcki"),
        )
        db.run(
            create_carer,
            data=CarerInput(
                name=f"Ouder {i}", language="Pools", interpreter_needed=True, pupil_ids=[pupil.id]
            ),
        )
        db.run(add_slot, evening.id, pupil_id=pupil.id)
    talk_id = 1
    db.run(
        save_preparation,
        talk_id,
        PreparationInput(
            key_message=long_text(5000),
            qualities=[long_text(40) + f" {i}" for i in range(60)],
            own_questions=[f"Vraag {i}" for i in range(60)],
        ),
    )
    data = db.run(render_evening_pack, DAY)
    assert len(read(data).pages) == 31
    assert MARKER in " ".join(read(data).pages[1].extract_text().split())
    assert_inside_page(data)


def test_evening_pack_says_who_did_not_come_and_lists_open_agreements_unprepared(
    db: Database,
) -> None:
    """A no-show is printed as "niet verschenen", not "afgezegd"; an unprepared talk's sheet
    still holds the pupil's open agreements, so the teacher can review them."""
    from parentconv.services.talk_mode import cancel_talk

    evening = db.run(create_evening, data=EveningInput(date=DAY.isoformat(), start_time="18:30"))
    group = db.run(create_group, name="Groep 5", school_year="2026-2027")
    names = ("Noah", "Sanne", "Ilse")
    ids = [
        db.run(create_pupil, group_id=group.id, data=PupilInput(given_name=n, family_name="Jansen"))
        for n in names
    ]
    db.run(create_agreement, pupil_id=ids[1].id, text="Samen de tafels oefenen", owner="parents")
    for p in ids:
        view = db.run(add_slot, evening.id, pupil_id=p.id)
    slots = view.slots
    db.run(cancel_talk, slots[0].talk.id, reason="no_show")
    db.run(cancel_talk, slots[2].talk.id, reason="cancelled")

    pages = [
        " ".join(page.extract_text().split())
        for page in read(db.run(render_evening_pack, DAY)).pages
    ]
    schedule = pages[0]
    assert "Noah Jansen (niet verschenen)" in schedule
    assert "Noah Jansen (afgezegd)" not in schedule
    assert "Ilse Jansen (afgezegd)" in schedule
    sanne = next(page for page in pages[1:] if "Sanne Jansen" in page)
    assert "Open afspraken van Sanne" in sanne and "Samen de tafels oefenen" in sanne


def test_no_evening_on_that_date(db: Database) -> None:
    with pytest.raises(UserFacingError, match="Geen gesprekkenavond op"):
        db.run(render_evening_pack, DAY)


# --- writing ----------------------------------------------------------------------------------


def test_write_pdf_writes_atomically(tmp_path: Path) -> None:
    target = tmp_path / "verslag.pdf"
    target.write_bytes(b"old")
    assert write_pdf(b"%PDF-new", target) == target
    assert target.read_bytes() == b"%PDF-new"
    assert [p.name for p in tmp_path.iterdir()] == ["verslag.pdf"]
    if os.name == "posix":  # the teacher's copy holds private notes: only the teacher reads it
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_write_pdf_under_a_regular_file_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "bestand.txt"
    blocker.write_text("x")
    with pytest.raises(UserFacingError, match="Kan de PDF niet opslaan"):
        write_pdf(b"%PDF", blocker / "verslag.pdf")
    with pytest.raises(UserFacingError, match="bestaat niet"):
        write_pdf(b"%PDF", tmp_path / "nergens" / "verslag.pdf")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_write_pdf_into_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        probe = folder / "probe"
        try:
            probe.write_text("x")
        except PermissionError:
            pass
        else:  # running as root: permissions do not apply
            pytest.skip("permissions are not enforced for this user")
        with pytest.raises(UserFacingError, match="geen schrijfrechten"):
            write_pdf(b"%PDF", folder / "verslag.pdf")
    finally:
        folder.chmod(0o700)


def test_importing_the_package_does_not_load_reportlab() -> None:
    script = (
        "import sys, parentconv.pdf, parentconv.cli\n"
        "sys.exit(1 if any(m.startswith('reportlab') for m in sys.modules) else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
