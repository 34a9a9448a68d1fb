"""Reading a class list a school exported: what the teacher sees of each file (issue 15).

The fixtures under ``tests/fixtures/import/`` are made up (names invented, example.com
addresses); the Excel workbooks and the odd files are made here, in a temporary folder.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parentconv.importing.columns import FIELDS, field_label, recognise
from parentconv.importing.read import ImportFileError, read_class_list, unique_carers
from parentconv.importing.rows import CarerRow, Problem, PupilRow, ReadResult

FIXTURES = Path(__file__).parent / "fixtures" / "import"
TODAY = dt.date(2026, 11, 24)


def read(name: str) -> ReadResult:
    return read_class_list(FIXTURES / name, today=TODAY)


def names(result: ReadResult) -> list[str]:
    return [" ".join(p for p in (r.given_name, r.infix, r.family_name) if p) for r in result.pupils]


def pupil(result: ReadResult, given_name: str) -> PupilRow:
    return next(p for p in result.pupils if p.given_name == given_name)


def at(problems: tuple[Problem, ...], line: int) -> str:
    """The messages about one line, joined (what the teacher reads next to "Regel {line}")."""
    return " | ".join(p.message for p in problems if p.line == line)


def refused(path: Path) -> str:
    with pytest.raises(ImportFileError) as caught:
        read_class_list(path, today=TODAY)
    return caught.value.message


# --- ParnasSys-like: ";" in Windows-1252, carers in repeated columns --------------------------


def test_parnassys_export_in_windows_1252_with_repeated_carer_columns() -> None:
    result = read("parnassys_cp1252.csv")
    assert result.format == "csv" and result.has_group_column and not result.missing
    assert names(result) == [
        "Daan van den Berg",
        "Zoë Jansen",  # ë from Windows-1252 read right
        "Sanne de Bruijn",  # "de Bruijn" stays in the achternaam, as the file has it
        "Lotte van den Berg",
        "Ba?ak Yilmaz",
        "Noah Smit",
    ]
    daan = pupil(result, "Daan")
    assert (daan.number, daan.birth_date, daan.group, daan.year_level) == (
        "1001",
        dt.date(2015, 3, 4),
        "Groep 5",
        5,
    )
    assert daan.carers == (
        CarerRow("Anna van den Berg", "anna.berg@example.com", "06-12345678", "moeder"),
        CarerRow("Piet van den Berg", "piet.berg@example.com", "06 87654321", "vader"),
    )
    assert pupil(result, "Sanne").birth_date == dt.date(2015, 2, 1)  # 01/02/2015: day first
    lotte = pupil(result, "Lotte")
    assert (lotte.birth_date, lotte.group, lotte.year_level) == (dt.date(2017, 6, 15), "Groep 3", 3)
    assert pupil(result, "Zoë").year_level == 5  # "groep 5" in the leerjaar column


def test_two_mothers_are_two_carers_and_siblings_share_theirs() -> None:
    result = read("parnassys_cp1252.csv")
    sanne = pupil(result, "Sanne")
    assert [(c.name, c.relation) for c in sanne.carers] == [
        ("Eva de Bruijn", "moeder"),
        ("Eva Smit", "moeder"),
    ]
    carers = unique_carers(result.pupils)
    anna = [c for c in carers if c.name == "Anna van den Berg"]
    assert len(anna) == 1  # Daan and Lotte's mother, once (e-mail compared case-folded)
    assert len(carers) == 6  # Anna, Piet, Marieke, both Eva's, Emre


def test_parnassys_warnings_skips_and_what_is_not_stored() -> None:
    result = read("parnassys_cp1252.csv")
    assert (
        at(result.skipped, 7) == "Aangemeld, nog niet ingeschreven: Milan Visser is overgeslagen."
    )
    assert "Milan" not in names(result)
    assert "marieke@example" in at(result.warnings, 3) and "ongeldig" in at(result.warnings, 3)
    assert pupil(result, "Zoë").carers == (CarerRow("Marieke Jansen", "", "0612345670", "moeder"),)
    assert "'?'" in at(result.warnings, 6) and "Ba?ak" in at(result.warnings, 6)
    assert "leerjaar '9'" in at(result.warnings, 8) and pupil(result, "Noah").year_level is None
    assert "geen ouder/verzorger in het bestand" in at(result.warnings, 8)
    assert result.rejected == ()
    # address, gender and remarks are not read: they appear nowhere in the result
    assert [result.headers[i] for i, key in result.mapping.items() if key == "ignore"] == [
        "Geslacht",
        "Adres",
        "Opmerkingen",
    ]
    everything = repr(result.pupils) + repr(result.warnings) + repr(result.rejected)
    for private in ("Dorpsstraat", "Allergie", "Kerkweg", "'M'", "'V'"):
        assert private not in everything


# --- one row per carer, UTF-8 with BOM, "," ---------------------------------------------------


def test_one_row_per_carer_is_one_pupil_with_both_carers() -> None:
    result = read("one_row_per_carer_utf8_bom.csv")
    assert result.headers[0] == "Leerling nr"  # no BOM left in the first header
    fleur = pupil(result, "Fleur")
    assert (fleur.number, fleur.group, fleur.birth_date) == ("2001", "7/8", dt.date(2014, 5, 6))
    assert [(c.name, c.relation, c.phone) for c in fleur.carers] == [
        ("Kees Bakker", "vader", "0611111111"),
        ("Ilse Bakker", "moeder", "0622222222"),
    ]
    assert at(result.warnings, 2) == ""  # the second carer's row is no duplicate


def test_exact_duplicate_imports_once_and_conflicting_numbers_reject_every_row() -> None:
    result = read("one_row_per_carer_utf8_bom.csv")
    assert names(result) == ["Fleur Bakker", "Łucja Nowak"]
    assert len(pupil(result, "Łucja").carers) == 1
    assert at(result.warnings, 5) == (
        "Deze regel is gelijk aan regel 4 (Łucja Nowak) en is één keer ingelezen."
    )
    for line in (6, 7):  # 2003 is "Ruben" on one row and "Rubin" on the other
        assert "Leerlingnummer 2003" in at(result.rejected, line)
        assert "6, 7" in at(result.rejected, line)
    carers = {c.name for c in unique_carers(result.pupils)}
    assert carers == {"Kees Bakker", "Ilse Bakker", "Agnieszka Nowak"}  # none from rejected rows


# --- UTF-16 "Unicode-tekst" from Excel, TAB, Moeder/Vader columns ------------------------------


def test_excel_unicode_text_keeps_every_letter_and_reads_mother_and_father_columns() -> None:
    result = read("excel_unicode_text.txt")
    assert names(result) == ["Şükrü Öztürk", "Zoë Đorđević"]
    sukru = pupil(result, "Şükrü")
    assert sukru.birth_date == dt.date(2016, 2, 29)
    assert sukru.number == "" and sukru.group == "Groep 4"
    assert [(c.name, c.email, c.relation) for c in sukru.carers] == [
        ("Ayşe Öztürk", "ayse@example.com", "moeder"),
        ("Mehmet Öztürk", "mehmet@example.com", "vader"),
    ]
    assert result.warnings == ()  # UTF-16 loses nothing: no "?" warnings


# --- quotes, line breaks, ragged rows --------------------------------------------------------


def test_quoted_line_break_ragged_rows_and_an_unterminated_quote() -> None:
    result = read("quotes_and_ragged.csv")
    # Emma's remark holds a line break: her record starts on line 2 and the next is line 4
    assert [(p.line, p.given_name) for p in result.pupils] == [
        (2, "Emma"),
        (5, "Mila"),  # fewer fields than the header: padded
        (7, "Tess"),  # "Let op; ""allergie""" is one (ignored) field
        (8, "Finn"),
    ]
    assert "8 kolommen" in at(result.rejected, 4)  # Liam: more fields than the header
    assert "aanhalingsteken" in at(result.rejected, 6)  # Jesse: the quote never closes ...
    assert pupil(result, "Tess").carers[0].email == "tess@example.com"  # ... nor swallows Tess
    assert at(result.rejected, 9) == "Lieke Bos: de groep ontbreekt."
    assert "allergie" not in repr(result)


def test_full_name_column_split_at_the_comma() -> None:
    result = read("full_name.csv")
    assert [(p.given_name, p.infix, p.family_name) for p in result.pupils] == [
        ("Daan", "van", "Berg"),
        ("Sanne", "", "de Vries"),
        ("Anna Maria", "", "Jansen"),
        ("Lotte", "", "Berg van den"),
    ]
    assert at(result.rejected, 5).startswith(
        "Naam zonder komma: 'Piet Pietersen' kan niet veilig worden gesplitst"
    )


def test_bad_birth_dates_reject_the_row_with_the_reason() -> None:
    result = read("dates_and_duplicates.csv")
    assert at(result.rejected, 2) == "Julia Hendriks: geboortedatum 31-02-2015 bestaat niet."
    assert "1985" in at(result.rejected, 3) and "vóór 1990" in at(result.rejected, 3)
    assert "in de toekomst" in at(result.rejected, 4)  # 1-12-2026, after "today"
    assert "'1985' is geen datum" in at(result.rejected, 5)
    assert pupil(result, "Nina").birth_date == dt.date(2014, 12, 27)  # serial 42000
    assert names(result) == ["Nina Prins", "Bram Willems"]
    assert "gelijk aan regel 7" in at(result.warnings, 8)


# --- Excel -----------------------------------------------------------------------------------


def make_workbook(path: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    info = book.active
    info.title = "Uitleg"
    info.append(["Export uit het administratiepakket"])
    sheet = book.create_sheet("Leerlingen")
    sheet.append(["Klassenlijst groep 6"])
    sheet.append([])
    sheet.append(
        [
            "Leerlingnummer",
            "Roepnaam",
            "Tussenvoegsel",
            "Achternaam",
            "Geboortedatum",
            "Groep",
            "Leerjaar",
            "Ouder 1 naam",
            "Ouder 1 e-mail",
        ]
    )
    sheet.append(
        [5001, "Jesse", None, "Vos", dt.datetime(2014, 9, 1), "6b", 6, "Ria Vos", "ria@example.com"]
    )
    sheet.append(
        [5002, "Mees", "de", "Graaf", "04-03-2015", "6b", "6", "Bas de Graaf", "Bas@Example.com"]
    )
    sheet.append([5003, "Yara", None, "Bos", 42000, "6b", 6.0, "Iris Bos", ""])
    sheet.append([5004, "Ties", None, "Kok", dt.date(2030, 1, 1), "6b", 6, "Jan Kok", ""])
    book.save(path)
    return path


def test_xlsx_dates_as_cells_text_and_serial_numbers(tmp_path: Path) -> None:
    result = read_class_list(make_workbook(tmp_path / "groep6.xlsx"), today=TODAY)
    assert result.format == "xlsx"
    assert result.headers[:2] == ("Leerlingnummer", "Roepnaam")  # the sheet with the header
    assert [(p.line, p.number, p.given_name, p.birth_date) for p in result.pupils] == [
        (4, "5001", "Jesse", dt.date(2014, 9, 1)),  # Excel row numbers, header on row 3
        (5, "5002", "Mees", dt.date(2015, 3, 4)),
        (6, "5003", "Yara", dt.date(2014, 12, 27)),
    ]
    assert {p.year_level for p in result.pupils} == {6}
    assert pupil(result, "Mees").carers == (CarerRow("Bas de Graaf", "bas@example.com", "", ""),)
    assert "in de toekomst" in at(result.rejected, 7)


def test_damaged_or_fake_xlsx_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "kapot.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00garbage" * 50)
    assert "beschadigd" in refused(broken)
    renamed = tmp_path / "lijst.xlsx"
    renamed.write_text("Roepnaam;Achternaam\nDaan;Berg\n", encoding="utf-8")
    assert "beschadigd" in refused(renamed)
    old = tmp_path / "oud.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    assert ".xls" in refused(old)


def test_openpyxl_is_not_imported_until_an_xlsx_is_read() -> None:
    script = (
        "import sys\n"
        "import parentconv.importing.read, parentconv.importing.columns\n"
        "sys.exit(1 if 'openpyxl' in sys.modules else 0)\n"
    )
    assert subprocess.run([sys.executable, "-c", script], check=False).returncode == 0


# --- EDEXML ----------------------------------------------------------------------------------


def test_edexml_pupils_combination_group_and_no_teachers() -> None:
    result = read("edexml_2_1.xml")
    assert result.format == "edexml" and result.headers == () and result.has_group_column
    assert [(p.line, p.number, p.given_name, p.infix, p.family_name) for p in result.pupils] == [
        (22, "L001", "Daan", "van den", "Berg"),
        (35, "L002", "Zoë", "", "Jansen"),
    ]
    daan = pupil(result, "Daan")
    assert (daan.group, daan.year_level, daan.birth_date) == ("Groep 7/8", 8, dt.date(2014, 3, 4))
    assert pupil(result, "Zoë").group == "Groep 7/8"  # one combination group, as written
    assert "Kees" not in repr(result)  # the leerkracht is no pupil
    assert "Leesclub" not in repr(result)  # a composite group is not the class
    assert "2019-02-30 bestaat niet" in at(result.rejected, 42)
    assert "'G9'" in at(result.rejected, 49)
    assert result.warnings == ()  # EDEXML has no carers: no warning per pupil


def test_edexml_with_a_namespace(tmp_path: Path) -> None:
    text = (
        (FIXTURES / "edexml_2_1.xml")
        .read_text(encoding="utf-8")
        .replace(
            "<EDEX ", '<EDEX xmlns="http://www.edustandaard.nl/leerresultaten/2/leerlinggegevens" '
        )
    )
    path = tmp_path / "ns.xml"
    path.write_text(text, encoding="utf-8")
    assert names(read_class_list(path, today=TODAY)) == ["Daan van den Berg", "Zoë Jansen"]


def test_xml_that_is_not_edexml_or_declares_entities_is_refused(tmp_path: Path) -> None:
    assert refused(FIXTURES / "not_edexml.xml") == (
        "Dit XML-bestand is geen EDEXML-leerlingenbestand."
    )
    bomb = tmp_path / "bom.xml"
    bomb.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE EDEX [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n'
        "<EDEX><leerlingen><leerling key='1'><achternaam>&b;</achternaam>"
        "<roepnaam>X</roepnaam></leerling></leerlingen></EDEX>\n",
        encoding="utf-8",
    )
    assert "ENTITY" in refused(bomb)
    external = tmp_path / "extern.xml"
    external.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE EDEX [<!ENTITY x SYSTEM "file:///etc/hostname">]>\n'
        "<EDEX><leerlingen><leerling key='1'><achternaam>&x;</achternaam>"
        "<roepnaam>X</roepnaam></leerling></leerlingen></EDEX>\n",
        encoding="utf-8",
    )
    assert "ENTITY" in refused(external)
    outside_dtd = tmp_path / "dtd.xml"
    outside_dtd.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE EDEX SYSTEM "http://example.com/edex.dtd">\n'
        "<EDEX><leerlingen><leerling key='1'><achternaam>Berg</achternaam>"
        "<roepnaam>Daan</roepnaam></leerling></leerlingen></EDEX>\n",
        encoding="utf-8",
    )
    assert names(read_class_list(outside_dtd, today=TODAY)) == ["Daan Berg"]  # DTD not fetched
    damaged = tmp_path / "half.xml"
    damaged.write_text("<EDEX><leerlingen><leerling>\n", encoding="utf-8")
    assert "beschadigd" in refused(damaged)


# --- files that are no class list ------------------------------------------------------------


def test_files_that_cannot_be_read_at_all(tmp_path: Path) -> None:
    assert refused(FIXTURES / "empty.csv") == "Dit bestand is leeg."
    assert refused(FIXTURES / "header_only.csv") == "Er staan geen leerlingen in dit bestand."
    binary = tmp_path / "foto.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    assert "geen klassenlijst" in refused(binary)
    assert "bestaat niet" in refused(tmp_path / "weg.csv")
    assert "map" in refused(tmp_path)


def test_a_file_over_20_mb_is_refused_with_its_size(tmp_path: Path) -> None:
    big = tmp_path / "groot.csv"
    with big.open("wb") as handle:
        handle.truncate(25 * 1024 * 1024)  # sparse: nothing written
    message = refused(big)
    assert "25,0 MB" in message and "20 MB" in message


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads every file")
def test_a_file_without_read_permission(tmp_path: Path) -> None:
    locked = tmp_path / "dicht.csv"
    locked.write_text("Roepnaam;Achternaam\nDaan;Berg\n", encoding="utf-8")
    locked.chmod(0)
    try:
        assert "niet lezen" in refused(locked)
    finally:
        locked.chmod(0o600)


def test_a_file_the_system_does_not_let_us_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "lijst.csv"
    path.write_text("Roepnaam;Achternaam\nDaan;Berg\n", encoding="utf-8")

    def no_access(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", no_access)
    assert "mag het bestand 'lijst.csv' niet lezen" in refused(path)


def test_text_is_normalised_but_names_keep_their_case(tmp_path: Path) -> None:
    path = tmp_path / "spaties.csv"
    path.write_text(
        "Roepnaam;Tussenvoegsel;Achternaam;Groep\n"
        "  Zoe\u0308 ;van\u00a0 den;  de   Wit ;\u00a0Groep\u00a03\n",
        encoding="utf-8",
    )
    row = read_class_list(path, today=TODAY).pupils[0]
    assert (row.given_name, row.infix, row.family_name, row.group) == (
        "Zoë",  # one character (NFC), as typed on a Dutch keyboard
        "van den",
        "de Wit",
        "Groep 3",
    )


def test_a_title_line_above_the_header(tmp_path: Path) -> None:
    path = tmp_path / "titel.csv"
    path.write_text(
        'Klassenlijst groep 5\n\nRoepnaam;Achternaam;Groep;Opmerking\nDaan;Berg;5;"twee\nregels"\n'
        "Eva;Smit;5;\n",
        encoding="utf-8",
    )
    result = read_class_list(path, today=TODAY)
    assert result.headers == ("Roepnaam", "Achternaam", "Groep", "Opmerking")
    assert [(p.line, p.given_name) for p in result.pupils] == [(4, "Daan"), (6, "Eva")]


# --- columns: recognising, and a mapping made by the teacher ----------------------------------


def test_columns_are_recognised_by_dutch_synonyms() -> None:
    # fmt: off
    headers = [
        "Stamnummer", "Voornaam", "Voorvoegsel(s)", "ACHTERNAAM", "Geb. datum:", "Klasnaam",
        "Jaargroep", "Naam ouder/verzorger 1", "E-mail ouder/verzorger 1", "Ouder 2 naam",
        "Ouder 2 mobiel", "Moeder", "E-mail moeder", "Geslacht", "Voornamen", "Opmerkingen",
    ]
    assert list(recognise(headers).values()) == [
        "number", "given_name", "infix", "family_name", "birth_date", "group", "year_level",
        "carer_name:1", "carer_email:1", "carer_name:2", "carer_phone:2", "carer_name:3",
        "carer_email:3", "ignore", "ignore", "ignore",
    ]
    # fmt: on
    assert field_label("carer_email:2") == "E-mail ouder/verzorger 2"
    assert {"number", "full_name", "carer_relation", "ignore"} <= FIELDS.keys()


def test_unrecognised_header_asks_for_a_mapping_and_a_given_mapping_is_used(
    tmp_path: Path,
) -> None:
    path = tmp_path / "eigen.csv"
    path.write_text(
        "Kind;Familie;Jarig;Klas;Mama\nDaan;Berg;4-3-2015;5;anna@example.com\n",
        encoding="utf-8",
    )
    first = read_class_list(path, today=TODAY)
    assert first.missing == ("given_name", "family_name") and first.pupils == ()
    mapping = {0: "given_name", 1: "family_name", 2: "birth_date", 4: "carer_email:1"}
    second = read_class_list(path, today=TODAY, mapping=mapping)
    assert second.signature == first.signature and not second.missing
    assert not second.has_group_column  # column 3 not mapped: the teacher picks the group
    daan = second.pupils[0]
    assert (daan.given_name, daan.family_name, daan.group, daan.birth_date) == (
        "Daan",
        "Berg",
        "",
        dt.date(2015, 3, 4),
    )
    assert daan.carers == (CarerRow("", "anna@example.com", "", ""),)


# --- fuzzing: whatever the bytes, a result or a plain refusal --------------------------------

SEEDS = [
    (FIXTURES / name).read_bytes()
    for name in (
        "parnassys_cp1252.csv",
        "one_row_per_carer_utf8_bom.csv",
        "quotes_and_ragged.csv",
        "excel_unicode_text.txt",
        "edexml_2_1.xml",
    )
]


def mutate(data: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    out = bytearray(data)
    for where, kind, chunk in edits:
        at_ = where % (len(out) + 1)
        if kind == 0:
            out[at_:at_] = chunk
        elif kind == 1:
            del out[at_ : at_ + len(chunk)]
        else:
            out[at_ : at_ + len(chunk)] = chunk
    return bytes(out)


def assert_reads_or_refuses(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    try:
        result = read_class_list(path, today=TODAY)
    except ImportFileError as exc:
        assert exc.message.strip()
        return
    assert isinstance(result, ReadResult)
    for row in result.pupils:
        assert row.given_name and row.family_name


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=3000))
def test_random_bytes_give_a_result_or_a_plain_refusal(tmp_path: Path, data: bytes) -> None:
    assert_reads_or_refuses(tmp_path / "random.csv", data)


QUOTES_AND_DELIMITERS = st.sampled_from(
    [b'"', b";", b",", b"\t", b"\n", b"\r", b'""', b"\xff", b"\x00", b"<", b"?", b"\xc3"]
)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    seed=st.sampled_from(SEEDS),
    edits=st.lists(
        st.tuples(
            st.integers(0, 5000),
            st.integers(0, 2),
            st.one_of(QUOTES_AND_DELIMITERS, st.binary(min_size=1, max_size=8)),
        ),
        min_size=1,
        max_size=8,
    ),
)
def test_mutated_exports_give_a_result_or_a_plain_refusal(
    tmp_path: Path, seed: bytes, edits: list[tuple[int, int, bytes]]
) -> None:
    assert_reads_or_refuses(tmp_path / "mutated.csv", mutate(seed, edits))
