"""Edge values end in a plain message, never a traceback (issue 13, item 9).

Ids past SQLite's 64-bit integers, the last day of the calendar, half a character in a name,
a file name over 255 characters, a reader that stops after three lines, dates that cannot be
a pupil's, and an output "file" that is a device or a pipe: each gives the teacher one line in
Dutch (exit code 2, not 1, which means a bug) or simply works.
"""

from __future__ import annotations

import contextlib
import io
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from parentconv.errors import NotFoundError, ValidationError
from parentconv.store.db import Database
from parentconv.store.work import Work

BIG = 2**63  # one past SQLite's largest integer


def run(
    *args: str, data_dir: Path, stdout: io.TextIOBase | None = None
) -> subprocess.CompletedProcess[str]:
    """``parentconv --data-dir DIR ARGS`` in this process (as in test_cli.py)."""
    from parentconv.cli import main

    argv = ["--data-dir", str(data_dir), *args]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout or out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 1
    return subprocess.CompletedProcess(argv, code, out.getvalue(), err.getvalue())


def one_line(result: subprocess.CompletedProcess[str], words: str) -> None:
    """A teacher's mistake: exit 2 and one plain line on stderr."""
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("oudergesprek: ") and result.stderr.count("\n") == 1
    assert words in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and "onverwachte fout" not in result.stderr


@pytest.fixture(scope="module")
def school(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with one small class, a talk with id 1 and an evening (made once)."""
    from parentconv.services.evenings import EveningInput, add_slot, create_evening
    from parentconv.services.people import PupilInput, create_group, create_pupil

    folder = tmp_path_factory.mktemp("school")
    database = Database(folder / "oudergesprek.sqlite3")

    def fill(work: Work) -> None:
        group = create_group(work, name="groep 5", school_year="2026-2027")
        pupil = create_pupil(
            work, group_id=group.id, data=PupilInput(given_name="Sem", family_name="Jong")
        )
        evening = create_evening(work, data=EveningInput(date="2026-11-24", start_time="18:30"))
        add_slot(work, evening.id, pupil_id=pupil.id)

    database.run(fill)
    database.close()
    return folder


# --- ids -----------------------------------------------------------------------------------


def test_ids_past_sqlite_integers_are_unknown_not_a_crash(school: Path, tmp_path: Path) -> None:
    for args, words in (
        (("talks", "--pupil", str(BIG)), "Deze leerling bestaat niet"),
        (("talks", "--pupil", str(-BIG - 1), "--json"), "Deze leerling bestaat niet"),
        (
            ("summary", "--talk", "99999999999999999999", "-o", str(tmp_path / "x.pdf")),
            "Dit gesprek bestaat niet",
        ),
    ):
        one_line(run(*args, data_dir=school), words)
    assert not (tmp_path / "x.pdf").exists()


def test_services_say_not_found_for_ids_no_row_can_have(db: Database) -> None:
    from parentconv.services.evenings import get_evening
    from parentconv.services.history import agreement_trail, pupil_timeline, talk_record
    from parentconv.services.people import get_pupil
    from parentconv.services.preparation import get_preparation
    from parentconv.services.talks import get_talk

    for service in (
        get_pupil,
        get_talk,
        get_evening,
        get_preparation,
        pupil_timeline,
        talk_record,
        agreement_trail,
    ):
        for ident in (BIG, -BIG - 1, 10**30):
            with pytest.raises(NotFoundError, match="bestaat niet"):
                db.run(service, ident)


# --- the last day there is -------------------------------------------------------------------


def test_evening_pack_on_31_12_9999_finds_no_evening(school: Path, tmp_path: Path) -> None:
    out = tmp_path / "pakket.pdf"
    result = run("evening-pack", "--date", "9999-12-31", "-o", str(out), data_dir=school)
    one_line(result, "Geen gesprekkenavond op vr 31 dec 9999")
    assert not out.exists()


def test_evening_or_talk_at_2350_on_31_12_9999_is_refused(db: Database) -> None:
    from parentconv.services.evenings import EveningInput, create_evening, list_evenings
    from parentconv.services.people import PupilInput, create_group, create_pupil
    from parentconv.services.talks import TalkInput, create_talk

    for day in ("9999-12-31", "31-12-9999", "0001-01-01"):
        with pytest.raises(ValidationError, match="kies een datum tussen 1990 en 2199") as refused:
            db.run(create_evening, data=EveningInput(date=day, start_time="23:50"))
        assert refused.value.field == "date"
    assert db.run(list_evenings) == []
    group = db.run(create_group, name="groep 5", school_year="2026-2027")
    pupil = db.run(
        create_pupil, group_id=group.id, data=PupilInput(given_name="Sem", family_name="Jong")
    )
    with pytest.raises(ValidationError, match="kies een datum tussen 1990 en 2199"):
        db.run(
            create_talk,
            data=TalkInput(
                pupil_id=pupil.id, type_key="ten_minute", date="9999-12-31", start_time="23:55"
            ),
        )
    # The latest day allowed still works, slots running past midnight included.
    evening = db.run(create_evening, data=EveningInput(date="2199-12-31", start_time="23:50"))
    assert evening.starts_at.year == 2199


# --- half a character ------------------------------------------------------------------------


def test_a_lone_surrogate_in_a_name_is_refused_plainly(db: Database) -> None:
    from parentconv.services.people import (
        CarerInput,
        PupilInput,
        create_carer,
        create_group,
        create_pupil,
        list_pupils,
    )

    broken = "Ann\udc80"
    with pytest.raises(ValidationError, match="Naam van de groep bevat een onvolledig teken"):
        db.run(create_group, name=f"groep {broken}", school_year="2026-2027")
    group = db.run(create_group, name="groep 5", school_year="2026-2027")
    for data, field in (
        (PupilInput(given_name=broken, family_name="Jong"), "given_name"),
        (PupilInput(given_name="Sem", family_name=broken), "family_name"),
        (PupilInput(given_name="Sem", infix="\ud800", family_name="Jong"), "infix"),
    ):
        with pytest.raises(ValidationError, match="onvolledig teken") as refused:
            db.run(create_pupil, group_id=group.id, data=data)
        assert refused.value.field == field
        assert "Typ de tekst opnieuw" in refused.value.message
    pupil = db.run(
        create_pupil, group_id=group.id, data=PupilInput(given_name="Ann", family_name="Jong")
    )
    for carer, field in (
        (CarerInput(name=broken, pupil_ids=[pupil.id]), "name"),
        (CarerInput(name="Ans", notes=f"belt {broken}", pupil_ids=[pupil.id]), "notes"),
    ):
        with pytest.raises(ValidationError, match="onvolledig teken") as refused:
            db.run(create_carer, data=carer)
        assert refused.value.field == field
    assert [p.name for p in db.run(list_pupils)] == ["Ann Jong"]  # nothing half stored


def test_a_lone_surrogate_in_notes_and_preparations_is_refused(db: Database) -> None:
    from parentconv.services.agreements import create_agreement
    from parentconv.services.people import PupilInput, create_group, create_pupil
    from parentconv.services.preparation import PreparationInput, save_preparation
    from parentconv.services.talks import TalkInput, create_talk, set_notes

    group = db.run(create_group, name="groep 5", school_year="2026-2027")
    pupil = db.run(
        create_pupil, group_id=group.id, data=PupilInput(given_name="Sem", family_name="Jong")
    )
    talk = db.run(
        create_talk,
        data=TalkInput(
            pupil_id=pupil.id, type_key="ten_minute", date="2026-11-24", start_time="18:30"
        ),
    )
    with pytest.raises(ValidationError, match="onvolledig teken"):
        db.run(set_notes, talk.id, shared="Goed \udc80 gesprek", private="")
    with pytest.raises(ValidationError, match="onvolledig teken"):
        db.run(save_preparation, talk.id, PreparationInput(key_message="Sem \udc80"))
    with pytest.raises(ValidationError, match="onvolledig teken"):
        db.run(save_preparation, talk.id, PreparationInput(qualities=["leest \udc80 graag"]))
    with pytest.raises(ValidationError, match="onvolledig teken"):
        db.run(
            create_agreement,
            pupil_id=pupil.id,
            text="Elke dag \udc80 lezen",
            owner="parents",
            talk_id=talk.id,
        )


@pytest.mark.skipif(sys.platform != "linux", reason="a file name with a byte that is no UTF-8")
def test_a_file_name_with_a_broken_character_is_printed_not_a_crash(
    school: Path, tmp_path: Path
) -> None:
    name = "verslag-\udcff.pdf"  # how Python reads the byte 0xff of a Linux file name
    shown = io.BytesIO()
    terminal = io.TextIOWrapper(shown, encoding="utf-8", errors="strict")  # as in nl_NL.UTF-8
    result = run(
        "summary", "--talk", "1", "-o", str(tmp_path / name), data_dir=school, stdout=terminal
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / name).read_bytes().startswith(b"%PDF")
    terminal.flush()
    assert shown.getvalue().decode() == f"Opgeslagen: {tmp_path}/verslag-\\udcff.pdf\n"


# --- names over 255 characters ---------------------------------------------------------------


def test_an_output_name_over_255_characters_is_one_line(school: Path, tmp_path: Path) -> None:
    long_name = tmp_path / ("a" * 296 + ".pdf")
    one_line(
        run("summary", "--talk", "1", "-o", str(long_name), data_dir=school),
        "de bestandsnaam is te lang",
    )
    one_line(
        run("summary", "--talk", "1", "-o", str(tmp_path / ("b" * 300) / "x.pdf"), data_dir=school),
        "te lang",
    )
    # A name that fits is saved, even though the temporary name beside it is longer.
    fits = tmp_path / ("c" * 251 + ".pdf")
    result = run("summary", "--talk", "1", "-o", str(fits), data_dir=school)
    assert result.returncode == 0, result.stderr
    assert fits.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == [fits.name]  # no temporary file left


# --- a reader that stops early ---------------------------------------------------------------


def test_pupils_into_head_3_with_a_large_class(tmp_path: Path) -> None:
    """``parentconv pupils | head -3``: far more output than the pipe holds, the reader leaves."""
    from parentconv.services.people import PupilInput, create_group, create_pupil

    database = Database(tmp_path / "oudergesprek.sqlite3")

    def fill(work: Work) -> None:
        group = create_group(work, name="groep 8", school_year="2026-2027")
        for i in range(500):
            family = f"Achternaam-{i:03d}-" + "x" * 170
            create_pupil(
                work, group_id=group.id, data=PupilInput(given_name="Kind", family_name=family)
            )

    database.run(fill)
    database.close()

    read_fd, write_fd = os.pipe()
    lines: list[bytes] = []

    def head_3() -> None:
        with os.fdopen(read_fd, "rb") as reader:
            lines.extend(reader.readline() for _ in range(3))

    reader = threading.Thread(target=head_3)
    reader.start()
    pipe = io.TextIOWrapper(os.fdopen(write_fd, "wb"), encoding="utf-8")
    try:
        result = run("pupils", data_dir=tmp_path, stdout=pipe)
    finally:
        reader.join(timeout=30)
        pipe.close()  # our end: now pointed at nothing, so closing cannot complain
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert len(lines) == 3 and all(b"Kind Achternaam-" in line for line in lines)


# --- a pupil's dates -------------------------------------------------------------------------


def test_left_on_before_the_date_of_birth_is_refused(db: Database) -> None:
    from parentconv.services.people import PupilInput, create_group, create_pupil, update_pupil

    group = db.run(create_group, name="groep 5", school_year="2026-2027")
    data = PupilInput(
        given_name="Sem", family_name="Jong", date_of_birth="03-02-2017", left_on="01-08-2016"
    )
    with pytest.raises(ValidationError, match="De datum van vertrek ligt voor de geboortedatum"):
        db.run(create_pupil, group_id=group.id, data=data)
    data.left_on = "03-02-2017"  # the same day is possible (if unlikely)
    pupil = db.run(create_pupil, group_id=group.id, data=data)
    data.left_on = "2017-02-02"
    with pytest.raises(ValidationError) as refused:
        db.run(update_pupil, pupil.id, data=data)
    assert refused.value.field == "left_on"
    data.left_on = "9999-12-31"  # retention counts years from here: keep it in the calendar
    with pytest.raises(ValidationError, match="kies een datum tussen 1990 en 2199"):
        db.run(update_pupil, pupil.id, data=data)


def test_a_birth_date_in_year_one_is_refused(db: Database) -> None:
    from parentconv.services.people import PupilInput, create_group, create_pupil

    group = db.run(create_group, name="groep 5", school_year="2026-2027")
    for born in ("0001-01-01", "01-01-0001", "1900-05-05", "31-12-1995"):
        with pytest.raises(ValidationError, match="meer dan 30 jaar terug") as refused:
            db.run(
                create_pupil,
                group_id=group.id,
                data=PupilInput(given_name="Sem", family_name="Jong", date_of_birth=born),
            )
        assert refused.value.field == "date_of_birth"
        assert "Controleer het jaar" in refused.value.message
    # A pupil of 30 (the clock says 2026) is still possible; one of 4 of course too.
    for born in ("1996-01-01", "2022-06-01"):
        db.run(
            create_pupil,
            group_id=group.id,
            data=PupilInput(given_name="Sem", family_name="Jong", date_of_birth=born),
        )


# --- devices, pipes and links as the output -------------------------------------------------


def test_a_pipe_as_output_is_refused_and_left_a_pipe(school: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pijp.pdf"
    os.mkfifo(fifo)
    link = tmp_path / "naar-pijp.pdf"
    link.symlink_to(fifo)
    for target in (fifo, link):
        one_line(
            run("summary", "--talk", "1", "-o", str(target), data_dir=school),
            "is geen gewoon bestand",
        )
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and link.is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["naar-pijp.pdf", "pijp.pdf"]


def test_a_device_as_output_is_refused_and_left_a_device(school: Path, tmp_path: Path) -> None:
    """``-o /dev/full`` as root replaced the device with a PDF; here on a copy of it."""
    full = tmp_path / "full"
    try:
        os.mknod(full, stat.S_IFCHR | 0o666, os.makedev(1, 7))  # what /dev/full is on Linux
    except (PermissionError, AttributeError, OSError):
        pytest.skip("making a device file needs root on Linux")
    one_line(
        run("summary", "--talk", "1", "-o", str(full), data_dir=school),
        f"Kan niet opslaan als '{full}': dat is geen gewoon bestand",
    )
    assert stat.S_ISCHR(os.lstat(full).st_mode)
    assert os.lstat(full).st_rdev == os.makedev(1, 7)


def test_atomic_writes_replace_only_ordinary_files(tmp_path: Path) -> None:
    from parentconv.atomic import NotAFileError, write_atomically

    fifo = tmp_path / "pijp"
    os.mkfifo(fifo)
    with pytest.raises(NotAFileError, match="geen gewoon bestand") as refused:
        write_atomically(fifo, b"data")
    assert isinstance(refused.value, OSError)  # callers that handle a failed write handle this
    with pytest.raises(NotAFileError):
        write_atomically(tmp_path, b"data")  # a folder
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pijp"]  # no temporary file left
    # A link to an ordinary file: the file gets the new contents, the link stays a link.
    real = tmp_path / "echt.json"
    real.write_bytes(b"old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert write_atomically(link, b"new") == link
    assert link.is_symlink() and real.read_bytes() == b"new"
    # A missing file and an ordinary one are written as before.
    new = tmp_path / "nieuw.json"
    write_atomically(new, b"1")
    write_atomically(new, b"2")
    assert new.read_bytes() == b"2"
