"""A class list into the store: the plan (nothing written), the one transaction, re-imports,
pupils who left, carers shared by siblings, and the command line."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from parentconv.cli import main as cli_main
from parentconv.importing.read import read_class_list
from parentconv.services import class_import, people
from parentconv.services.class_import import NEW, SAME, UPDATE
from parentconv.store.db import Database

TODAY = dt.date(2026, 11, 23)

HEADER = (
    "Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Geboortedatum;Groep;Leerjaar;Opmerkingen;"
    "Verzorger 1 naam;Verzorger 1 e-mail;Verzorger 1 telefoon;Verzorger 2 naam;Verzorger 2 e-mail"
)
ROWS = [
    "1001;Zoë;de;Vries;14-3-2017;Groep 4;4;allergie: noten;Anna de Vries;anna@example.com;"
    "06-11111111;Piet de Vries;piet@example.com",
    "1002;Daan;van den;Berg;2-9-2016;Groep 4;4;;Mirjam van den Berg;mirjam@example.com;;;",
    # Zoë's brother: the same two parents, stored once
    "1003;Sem;de;Vries;1-1-2019;Groep 2;2;;Anna de Vries;ANNA@example.com ;06-11111111;"
    "Piet de Vries;piet@example.com",
    "1004;Fatima;;El Amrani;31-02-2016;Groep 4;4;;Samira El Amrani;samira@example.com;;;",
]


def write(tmp_path: Path, rows: list[str], name: str = "export.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(("\r\n".join([HEADER, *rows]) + "\r\n").encode("cp1252"))
    return path


def counts(db: Database) -> dict[str, int]:
    con = sqlite3.connect(db.path)
    try:
        return {
            table: con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in ("groups", "pupils", "carers", "pupil_carers")
        }
    finally:
        con.close()


def test_the_plan_writes_nothing_and_says_what_would_happen(db: Database, tmp_path: Path) -> None:
    read = read_class_list(write(tmp_path, ROWS), today=TODAY)
    before = counts(db)
    plan = db.run(class_import.plan_import, read)
    assert counts(db) == before
    assert [p.action for p in plan.pupils] == [NEW, NEW, NEW]
    assert plan.new_groups == ("Groep 4", "Groep 2")
    assert [
        (p.line, "31-02" in p.message or "bestaat niet" in p.message) for p in plan.rejected
    ] == [(5, True)]
    # siblings share their parents: three carers, not five
    assert sorted(c.name for c in plan.carers) == [
        "Anna de Vries",
        "Mirjam van den Berg",
        "Piet de Vries",
    ]
    assert plan.new_carers == 3


def test_an_import_stores_everything_in_one_go_and_a_second_changes_nothing(
    db: Database, tmp_path: Path
) -> None:
    path = write(tmp_path, ROWS)
    read = read_class_list(path, today=TODAY)
    outcome = db.run(class_import.apply_import, read)
    assert (outcome.new_pupils, outcome.new_groups, outcome.new_carers) == (3, 2, 3)
    zoe = next(p for p in db.run(people.list_pupils) if p.given_name == "Zoë")
    assert (zoe.infix, zoe.family_name, zoe.date_of_birth) == ("de", "Vries", dt.date(2017, 3, 14))
    carers = db.run(people.carers_of, zoe.id)
    assert [c.name for c in carers] == ["Anna de Vries", "Piet de Vries"]
    assert len(carers[0].pupil_ids) == 2  # Zoë and Sem
    with sqlite3.connect(db.path) as con:
        stored = " ".join(str(v) for row in con.execute("SELECT * FROM pupils") for v in row)
        assert "allergie" not in stored  # a remarks column is never stored
    before = counts(db)
    dump = list(sqlite3.connect(db.path).iterdump())
    again = db.run(class_import.plan_import, read_class_list(path, today=TODAY))
    assert {p.action for p in again.pupils} == {SAME} and not again.changes_anything
    db.run(class_import.apply_import, read_class_list(path, today=TODAY))
    assert counts(db) == before
    assert list(sqlite3.connect(db.path).iterdump()) == dump


def test_a_newer_export_updates_matches_and_offers_who_left(db: Database, tmp_path: Path) -> None:
    db.run(class_import.apply_import, read_class_list(write(tmp_path, ROWS), today=TODAY))
    newer = [
        # Zoë's family name corrected; Daan no longer in the export; a new pupil
        ROWS[0].replace(";Vries;", ";Vries-Bakker;"),
        "1005;Noah;;Jansen;5-5-2016;Groep 4;4;;Eva Jansen;eva@example.com;;;",
    ]
    read = read_class_list(write(tmp_path, newer, "newer.csv"), today=TODAY)
    plan = db.run(class_import.plan_import, read)
    actions = {p.row.given_name: (p.action, p.changes) for p in plan.pupils}
    assert actions["Zoë"] == (UPDATE, ("naam",))
    assert actions["Noah"][0] == NEW
    assert [p.name for p in plan.leaving] == ["Daan van den Berg"]
    daan = plan.leaving[0]
    db.run(class_import.apply_import, read, mark_left=[daan.id])
    pupils = {p.given_name: p for p in db.run(people.list_pupils)}
    assert pupils["Zoë"].family_name == "Vries-Bakker"
    assert pupils["Daan"].left_on == TODAY  # marked left, never deleted
    assert len(pupils) == 4


def test_without_a_group_column_the_teacher_picks_the_group(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "namen.csv"
    path.write_text("Roepnaam,Achternaam\nLotte,Smit\nFinn,Visser\n", encoding="utf-8")
    read = read_class_list(path, today=TODAY)
    with pytest.raises(class_import.ValidationError, match="groep"):
        db.run(class_import.plan_import, read)
    db.run(class_import.apply_import, read, target_group="Groep 6")
    assert sorted(p.group_name for p in db.run(people.list_pupils)) == ["Groep 6", "Groep 6"]


def test_a_chosen_group_takes_only_its_rows_from_a_school_export(
    db: Database, tmp_path: Path
) -> None:
    read = read_class_list(write(tmp_path, ROWS), today=TODAY)
    plan = db.run(class_import.plan_import, read, target_group="groep 2")
    assert [p.row.given_name for p in plan.pupils] == ["Sem"]
    assert plan.other_groups == {"Groep 4": 2}


# --- the command line --------------------------------------------------------------------------


def run_cli(data_dir: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = cli_main(["--data-dir", str(data_dir), "import-class", *args])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_the_command_line_dry_run_json_and_import(
    db: Database, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, ROWS)
    code, out = run_cli(data_dir, str(path), "--dry-run", "--json", capsys=capsys)
    assert code == 0
    data = json.loads(out)
    assert [p["given_name"] for p in data["pupils"]] == ["Zoë", "Daan", "Sem"]
    assert data["pupils"][0]["birth_date"] == "2017-03-14"
    assert data["groups"] == {"Groep 4": 2, "Groep 2": 1}
    assert data["rejected"][0]["line"] == 5
    assert counts(db)["pupils"] == 0
    rejected = tmp_path / "afgewezen.csv"
    code, out = run_cli(data_dir, str(path), "--rejected", str(rejected), capsys=capsys)
    assert code == 0 and "3 leerlingen gelezen: 3 nieuw" in out and "Opgeslagen." in out
    assert "regel 5" in out
    assert rejected.read_text(encoding="utf-8-sig").splitlines()[1].startswith("5;")
    assert counts(db)["pupils"] == 3
    code, out = run_cli(data_dir, str(path), capsys=capsys)
    assert code == 0 and "Er was niets te veranderen." in out


def test_the_command_line_says_plainly_when_a_file_cannot_be_read(
    db: Database, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "leeg.csv"
    empty.write_bytes(b"")
    code, out = run_cli(data_dir, str(empty), capsys=capsys)
    assert code == 2 and "Traceback" not in out and out.startswith("oudergesprek: ")
    odd = tmp_path / "vreemd.csv"
    odd.write_text("Kind;Familie\nLotte;Smit\n", encoding="utf-8")
    code, out = run_cli(data_dir, str(odd), "--group", "Groep 6", capsys=capsys)
    assert code == 2 and "--column" in out
    code, out = run_cli(
        data_dir,
        str(odd),
        "--group",
        "Groep 6",
        "--column",
        "Kind=given_name",
        "--column",
        "2=family_name",
        capsys=capsys,
    )
    assert code == 0, out
    assert [p.name for p in db.run(people.list_pupils)] == ["Lotte Smit"]
    # the choice is remembered for the next file with this header
    odd2 = tmp_path / "vreemd2.csv"
    odd2.write_text("Kind;Familie\nFinn;Visser\n", encoding="utf-8")
    code, out = run_cli(data_dir, str(odd2), "--group", "Groep 6", capsys=capsys)
    assert code == 0, out
    assert len(db.run(people.list_pupils)) == 2
