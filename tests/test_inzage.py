"""Inzage: everything stored about one pupil and their carers, as JSON and as a readable PDF."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from uihelpers import context_for, when_dialog_opens

from parentconv.clock import FixedClock
from parentconv.pdf.inzage import FIELD_LABELS, NOT_PRINTED
from parentconv.services import agreements, evenings, journal, people, talks
from parentconv.services.inzage import (
    EVENING_LOOK_BACK,
    NOT_THE_PUPILS,
    export_pupil,
    pupil_record,
)
from parentconv.services.people import CarerInput, PupilInput
from parentconv.services.preparation import GoalChoice, PreparationInput, save_preparation
from parentconv.services.talks import TalkInput
from parentconv.store.db import Database
from parentconv.store.models import Base
from parentconv_ui import launcher
from parentconv_ui.main.main_window import MainWindow

NOW = dt.datetime(2026, 11, 23, 15, 30)
PRIVATE_WORDS = "Zorgen over het slaapritme thuis"
LONG_NOTE = " ".join(["Noor leest graag strips en vertelt er enthousiast over in de kring."] * 60)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


def noor(db: Database, clock: FixedClock) -> int:
    """A pupil with something in every table linked to a pupil, and a sibling sharing a carer."""
    group = db.run(people.create_group, name="groep 7", school_year="2026-2027").id
    pupil = db.run(
        people.create_pupil,
        group_id=group,
        data=PupilInput(
            given_name="Noor", infix="van", family_name="Dijk", date_of_birth="2016-05-04"
        ),
    ).id
    sibling = db.run(
        people.create_pupil,
        group_id=group,
        data=PupilInput(given_name="Jip", infix="van", family_name="Dijk"),
    ).id
    db.run(
        people.create_carer,
        data=CarerInput(
            name="Sanne van Dijk",
            relation="moeder",
            language="Nederlands",
            phone="06-12345678",
            email="sanne@example.nl",
            notes="Werkt in ploegendienst",
            pupil_ids=[pupil, sibling],
        ),
    )
    first = db.run(
        talks.create_talk,
        data=TalkInput(pupil_id=pupil, type_key="start", date="2026-09-14", start_time="15:00"),
    ).id
    db.run(
        save_preparation,
        first,
        PreparationInput(
            key_message="Kennismaken",
            qualities=["Vertelt graag"],
            goals=[GoalChoice(key="informative", outcome="Ouders kennen het jaar")],
            expressive_keys=["expertise"],
            focus_skills=["open_questions"],
            phase_minutes={"attune": 3, "share": 7},
        ),
    )
    db.run(talks.set_step_done, first, 1, True)
    db.run(talks.set_notes, first, shared=LONG_NOTE, private=PRIVATE_WORDS)
    db.run(talks.set_status, first, "held")
    clock.advance(3600)
    db.run(talks.set_notes, first, shared=LONG_NOTE, private="Gesproken met IB.")
    db.run(talks.set_reflection, first, goal_achieved="partly", two_way=True, next_time="Tolk")
    made = db.run(
        agreements.create_agreement,
        pupil_id=pupil,
        text="Elke dag samen lezen",
        owner="parents",
        talk_id=first,
        due_on=dt.date(2026, 12, 1),
    ).id
    evening = db.run(
        evenings.create_evening,
        data=evenings.EveningInput(date="2026-11-24", start_time="18:00", location="Lokaal 7"),
    ).id
    db.run(evenings.add_slot, evening, pupil_id=pupil)
    # The look back on the evening speaks of another family: not Noor's data.
    db.run(journal.set_evening_reflection, evening, went_well="Jip kwam op tijd", next_time="")
    slot = next(t for t in db.run(talks.list_talks, pupil_id=pupil) if t.id != first).id
    db.run(agreements.change_status, made, status="done", note="Gelukt", talk_id=slot)
    return pupil


def linked_tables() -> set[str]:
    """Every table joined to ``pupils`` by foreign keys, either way, read from the models."""
    tables = Base.metadata.tables
    linked = {"pupils"}
    grew = True
    while grew:
        grew = False
        for name, table in tables.items():
            if name in linked:
                continue
            points_in = any(fk.column.table.name in linked for fk in table.foreign_keys)
            pointed_at = any(
                fk.column.table.name == name
                for other in linked
                for fk in tables[other].foreign_keys
            )
            if points_in or pointed_at:
                linked.add(name)
                grew = True
    return linked


# Where each linked table's rows are in the record. A new table must be given a place here.
WHERE: dict[str, Callable[[dict[str, Any]], list[dict[str, Any]]]] = {
    "pupils": lambda r: [r["pupil"]],
    "groups": lambda r: [r["pupil"]["group"]],
    "carers": lambda r: r["carers"],
    "pupil_carers": lambda r: [c["link"] for c in r["carers"] if c["link"]],
    "talks": lambda r: r["talks"],
    "talk_carers": lambda r: [x for t in r["talks"] for x in t["carer_links"]],
    "evenings": lambda r: [t["evening"] for t in r["talks"] if t["evening"]],
    "preparations": lambda r: [t["preparation"] for t in r["talks"] if t["preparation"]],
    "checklist_ticks": lambda r: [x for t in r["talks"] for x in t["checklist_steps"]],
    "talk_revisions": lambda r: [x for t in r["talks"] for x in t["revisions"]],
    "private_notes": lambda r: [x for t in r["talks"] for x in t["private_notes"]],
    "agreements": lambda r: r["agreements"],
    "agreement_status_changes": lambda r: [h for a in r["agreements"] for h in a["history"]],
}


def test_the_json_holds_every_column_of_every_table_linked_to_the_pupil(
    db: Database, clock: FixedClock
) -> None:
    pupil = noor(db, clock)
    record = json.loads(json.dumps(db.run(pupil_record, pupil)))  # what the file holds
    assert set(WHERE) | set(NOT_THE_PUPILS) == linked_tables(), (
        "a table joined to pupils has no place in the inzage"
    )
    for table, rows_of in WHERE.items():
        rows = rows_of(record)
        assert rows, f"no {table} row in the test data"
        columns = {c.name for c in Base.metadata.tables[table].columns}
        if table == "evenings":  # the look back on the whole evening speaks of other families
            assert not EVENING_LOOK_BACK & {k for row in rows for k in row}
            columns -= EVENING_LOOK_BACK
        for row in rows:
            assert columns <= set(row), f"{table}: {sorted(columns - set(row))} missing"
    # The PDF gives every column a label, or leaves it out on purpose (ids, an evening's plan).
    for table in linked_tables() - set(NOT_THE_PUPILS):
        columns = {c.name for c in Base.metadata.tables[table].columns}
        unlabelled = columns - set(FIELD_LABELS[table]) - NOT_PRINTED[table]
        assert not unlabelled, f"{table}: {sorted(unlabelled)} have no label in the PDF"

    text = json.dumps(record, ensure_ascii=False)
    assert PRIVATE_WORDS in text  # in the revision kept when the private note was corrected
    assert "Gesproken met IB." in text and "06-12345678" in text and "sanne@example.nl" in text
    assert "Jip" not in text  # the sibling who shares the carer is no part of Noor's data
    assert record["pupil"]["date_of_birth"] == "2016-05-04"
    assert record["talks"][0]["starts_at"] == "2026-09-14T15:00:00"
    assert record["agreements"][0]["due_on"] == "2026-12-01"
    assert "privénotities" in record["about_private_notes"]


def test_export_writes_a_private_json_and_a_readable_multi_page_pdf(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    pupil = noor(db, clock)
    json_path, pdf_path = export_pupil(db, pupil, tmp_path / "inzage")
    assert json_path.name == "inzage-Noor-van-Dijk-2026-11-23.json"
    assert pdf_path.name == "inzage-Noor-van-Dijk-2026-11-23.pdf"
    for path in (json_path, pdf_path):
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert json.loads(json_path.read_text(encoding="utf-8"))["pupil"]["given_name"] == "Noor"
    reader = pypdf.PdfReader(str(pdf_path))
    assert len(reader.pages) >= 2
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    assert "Inzage: Noor van Dijk" in text
    assert "Gesproken met IB." in text and "PRIVÉ" in text and "slaapritme" in text
    assert "06-12345678" in text and "sanne@example.nl" in text
    assert "Elke dag samen lezen" in text and "Lokaal 7" in text
    assert LONG_NOTE.split(".")[0] in text  # nothing is cut, unlike the one-page summary


def cli(*args: str, data_dir: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = launcher.main(["--data-dir", str(data_dir), *args])
    return code, out.getvalue(), err.getvalue()


def test_export_pupil_on_the_command_line(db: Database, clock: FixedClock, tmp_path: Path) -> None:
    pupil = noor(db, clock)
    data_dir = db.path.parent
    code, out, err = cli(
        "export-pupil", "--pupil", str(pupil), "-o", str(tmp_path), data_dir=data_dir
    )
    assert code == 0 and err == ""
    written = sorted(tmp_path.iterdir())
    assert [p.suffix for p in written] == [".json", ".pdf"]
    assert all(str(p) in out for p in written)

    code, out, err = cli("export-pupil", "--pupil", "999", "-o", str(tmp_path), data_dir=data_dir)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "bestaat niet" in err and "Traceback" not in err


def test_the_menu_item_exports_the_selected_pupil_to_a_chosen_folder(
    qtbot: QtBot, db: Database, clock: FixedClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pupil = noor(db, clock)
    window = MainWindow(context_for(db))
    qtbot.addWidget(window)
    window.show()
    window.select_pupil(pupil)
    chosen = tmp_path / "voor ouders"
    chosen.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(chosen))
    said: list[str] = []

    def close_the_message(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        QTest.keyClick(box, Qt.Key.Key_Return)

    when_dialog_opens(qtbot, close_the_message)
    written = window.export_inzage()
    assert sorted(p.name for p in chosen.iterdir()) == sorted(p.name for p in written)
    assert len(written) == 2 and all(str(p) in said[0] for p in written)
