"""The command line, run as a teacher's IT person would: a real process, real exit codes."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from parentconv import __version__
from parentconv_ui import launcher


def run(
    *args: str, data_dir: Path | None = None, process: bool = False
) -> subprocess.CompletedProcess[str]:
    """``parentconv ARGS`` as the teacher types it: in this process (fast), or as a real
    process for the window (``--smoke``) and for what only a process shows (``process=True``)."""
    argv = [*(["--data-dir", str(data_dir)] if data_dir is not None else []), *args]
    if process or "--smoke" in args:
        env = dict(os.environ)
        env["QT_QPA_PLATFORM"] = "offscreen"
        command = [sys.executable, "-m", "parentconv_ui.launcher", *argv]
        return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = launcher.main(argv)
        except SystemExit as exit_:  # argparse: --help, --version, a mistake
            code = exit_.code if isinstance(exit_.code, int) else 1
    return subprocess.CompletedProcess(argv, code, out.getvalue(), err.getvalue())


def test_version() -> None:
    result = run("--version", process=True)  # the installed launcher, end to end
    assert result.returncode == 0 and result.stdout.strip() == f"Oudergesprek {__version__}"


def test_pupils_and_talks_as_json(tmp_path: Path) -> None:
    assert run("demo", data_dir=tmp_path).returncode == 0
    pupils = json.loads(run("pupils", "--json", data_dir=tmp_path).stdout)
    names = {p["name"] for p in pupils}
    assert {"Şükrü Yılmaz", "Zoë de Vries", "Łucja Kowalczyk", "Daan van den Berg"} <= names
    zoe = next(p for p in pupils if p["name"] == "Zoë de Vries")
    talks = json.loads(run("talks", "--pupil", str(zoe["id"]), "--json", data_dir=tmp_path).stdout)
    assert talks and all(t["pupil_id"] == zoe["id"] for t in talks)
    assert {"id", "starts_at", "status", "type", "duration_minutes"} <= set(talks[0])
    everything = json.loads(run("talks", "--json", data_dir=tmp_path).stdout)
    assert len(everything) > len(talks)
    # Loading the demo class twice adds nothing.
    again = run("demo", data_dir=tmp_path)
    assert again.returncode == 0 and "niets toegevoegd" in again.stdout
    assert len(json.loads(run("pupils", "--json", data_dir=tmp_path).stdout)) == len(pupils)


def test_env_variable_picks_the_data_dir(tmp_path: Path, monkeypatch: object) -> None:
    env = dict(os.environ, PARENTCONV_DATA_DIR=str(tmp_path / "via-env"))
    subprocess.run(
        [sys.executable, "-m", "parentconv_ui.launcher", "demo"],
        env=env,
        check=True,
        capture_output=True,
    )
    assert (tmp_path / "via-env" / "oudergesprek.sqlite3").exists()


def test_unknown_pupil_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    result = run("talks", "--pupil", "999", "--json", data_dir=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "bestaat niet" in result.stderr
    assert "Traceback" not in result.stderr


def test_damaged_database_is_one_line_and_untouched(tmp_path: Path) -> None:
    db = tmp_path / "oudergesprek.sqlite3"
    db.write_bytes(b"garbage" * 1000)
    result = run("pupils", "--json", data_dir=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "geen Oudergesprek-database" in result.stderr
    assert db.read_bytes() == b"garbage" * 1000


def test_unwritable_data_dir_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run("pupils", data_dir=blocker / "data")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "kan niet schrijven" in result.stderr


def test_smoke_opens_and_closes_the_main_window(tmp_path: Path) -> None:
    result = run("--smoke", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "main window shown and closed" in result.stdout


def test_smoke_with_a_damaged_database_fails_cleanly(tmp_path: Path) -> None:
    (tmp_path / "oudergesprek.sqlite3").write_bytes(b"garbage" * 1000)
    result = run("--smoke", data_dir=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_summary_and_evening_pack_on_the_command_line(tmp_path: Path) -> None:
    from pypdf import PdfReader

    assert run("demo", data_dir=tmp_path).returncode == 0
    talks = json.loads(run("talks", "--json", data_dir=tmp_path).stdout)
    held = next(t for t in talks if t["status"] == "held")
    out = tmp_path / "verslag.pdf"
    result = run(
        "summary", "--talk", str(held["id"]), "--copy", "parents", "-o", str(out), data_dir=tmp_path
    )
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    assert len(reader.pages) == 1 and held["pupil"] in reader.pages[0].extract_text()
    evening_day = next(t for t in talks if t["status"] == "planned")["starts_at"][:10]
    pack = tmp_path / "pakket.pdf"
    result = run("evening-pack", "--date", evening_day, "-o", str(pack), data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(PdfReader(pack).pages) == 1 + 6


def test_pdf_commands_fail_in_one_line(tmp_path: Path) -> None:
    assert run("demo", data_dir=tmp_path).returncode == 0
    for args, words in (
        (("summary", "--talk", "9999", "-o", str(tmp_path / "x.pdf")), "bestaat niet"),
        (
            ("evening-pack", "--date", "2030-01-01", "-o", str(tmp_path / "y.pdf")),
            "Geen gesprekkenavond",
        ),
        (("evening-pack", "--date", "morgen", "-o", str(tmp_path / "z.pdf")), "geen datum"),
        (
            ("summary", "--talk", "1", "-o", str(tmp_path / "missing" / "dir" / "x.pdf")),
            "bestaat niet",
        ),
    ):
        result = run(*args, data_dir=tmp_path)
        assert result.returncode == 2, args
        assert words in result.stderr and "Traceback" not in result.stderr


def test_help_and_mistakes_are_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    from parentconv.cli import parse_args

    with pytest.raises(SystemExit) as shown:
        parse_args(["--help"])
    assert shown.value.code == 0
    text = capsys.readouterr().out
    assert text.startswith("gebruik: parentconv")
    assert "toon deze hulp en stop" in text and "toon het versienummer en stop" in text
    for english in ("usage", "options", "show this help", "show program", "positional"):
        assert english not in text
    with pytest.raises(SystemExit) as wrong:
        parse_args(["summary", "--copy", "x", "--talk", "1", "-o", "a.pdf"])
    assert wrong.value.code == 2
    error = capsys.readouterr().err
    assert "fout: argument --copy: ongeldige keuze: 'x'" in error
    with pytest.raises(SystemExit):
        parse_args(["--bogus"])
    assert "onbekende argumenten: --bogus" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        parse_args(["summary", "--talk", "1"])
    assert "deze argumenten zijn verplicht: -o/--output" in capsys.readouterr().err
    # Only our parser speaks Dutch: argparse elsewhere in the process is left as it was.
    import argparse

    assert "usage:" in argparse.ArgumentParser(prog="x").format_usage()


def test_a_reader_that_stops_early_is_no_traceback(tmp_path: Path) -> None:
    assert run("demo", data_dir=tmp_path).returncode == 0
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "parentconv_ui.launcher", "--data-dir", str(tmp_path)]
    process = subprocess.Popen(
        [*command, "talks", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # like `| head -0`: nobody reads what is printed
    with process.stderr:
        error = process.stderr.read().decode()
    assert process.wait(timeout=60) == 0
    assert "Traceback" not in error and "BrokenPipe" not in error


def test_a_start_loads_nothing_the_first_window_does_not_need(tmp_path: Path) -> None:
    """Migrations (alembic, mako), the calendar export, PDF making and spreadsheets are
    imported when they are used, not at every start (issue: start in a blink)."""
    code = (
        "import sys\n"
        "from parentconv_ui.launcher import main\n"
        "code = main(['--data-dir', sys.argv[1], '--smoke'])\n"
        "print('MODULES', ' '.join(sorted(sys.modules)))\n"
        "sys.exit(code)\n"
    )
    assert run("demo", data_dir=tmp_path).returncode == 0
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if x.startswith("MODULES "))
    loaded = {name.split(".")[0] for name in line.split()[1:]}
    unwanted = {"alembic", "mako", "pygments", "icalendar", "reportlab", "openpyxl", "babel"}
    assert loaded & unwanted == set()
    assert "PySide6.QtPdf" not in line.split()  # the print preview's, opened on demand


def test_what_a_command_says_follows_lang(tmp_path: Path) -> None:
    english = run("--lang", "en", "demo", data_dir=tmp_path)
    assert english.returncode == 0 and english.stdout.startswith("Demo class loaded: 28 pupils")
    again = run("demo", data_dir=tmp_path)
    assert again.stdout.startswith("De demoklas was al geladen")
    made = run("--lang", "en", "backup", data_dir=tmp_path)
    assert made.stdout.startswith("Backup made: ")
