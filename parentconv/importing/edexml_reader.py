"""An EDEXML 2.x file ("EDEX leerlingen en groepen", exported by ParnasSys, ESIS and others).

Element names follow the EDEXML 2.1 schema of Edustandaard (``EDEXML.structuur.xsd`` and
``EDEXML.elementen.xsd`` with the example ``EDEXML.Voorbeeld.2.1.xml``, February 2017)::

    <EDEX>
      <school>…</school>
      <groepen>
        <groep key="G78"><naam>Groep 7/8</naam><jaargroep>7</jaargroep></groep>
        <samengestelde_groep key="SG1"><naam>…</naam></samengestelde_groep>
      </groepen>
      <leerlingen>
        <leerling key="1001">
          <achternaam>Berg</achternaam><voorvoegsel>van den</voorvoegsel>
          <roepnaam>Daan</roepnaam><geboortedatum>2015-03-04</geboortedatum>
          <jaargroep>7</jaargroep><groep key="G78"/>
        </leerling>
      </leerlingen>
      <leerkrachten>…</leerkrachten>
    </EDEX>

The pupil's group is its stamgroep (``<groep key=…>`` inside the ``leerling``); a combination
group such as "Groep 7/8" is one ``groep`` and stays one group, named as written. Composite
groups (``samengestelde_groepen``: extra groups for lessons or care) are not a pupil's class and
are left out, as are ``leerkrachten`` (teachers, never pupils). EDEXML holds no carers. Elements
are matched by local name, so the file may use a namespace (UWLR's
``http://www.edustandaard.nl/leerresultaten/2/leerlinggegevens``, root ``leerlinggegevens``)
or none. There is no schema check (no XSD is shipped): the structure is checked here, and a file
without an ``EDEX``/``leerlinggegevens`` element with ``leerlingen`` is refused as not EDEXML.

Parsed with expat into an ElementTree, refusing entity declarations and never loading external
entities or DTDs, so a file cannot make the parser expand entities or read other files.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from xml.parsers import expat

from parentconv.i18n import _
from parentconv.importing.file_error import ImportFileError
from parentconv.importing.normalise import Cell, clean
from parentconv.importing.rows import Problem
from parentconv.importing.table import MAX_ROWS, RawRow, RawTable

ROOTS = ("EDEX", "leerlinggegevens")
COLUMNS = ("key", "roepnaam", "voorvoegsel", "achternaam", "geboortedatum", "groep", "jaargroep")
MAPPING = {
    0: "number",
    1: "given_name",
    2: "infix",
    3: "family_name",
    4: "birth_date",
    5: "group",
    6: "year_level",
}


@dataclass(frozen=True)
class EdexmlTable:
    table: RawTable
    has_groups: bool


class _Refused(Exception):
    pass


def not_edexml() -> ImportFileError:
    return ImportFileError(_("Dit XML-bestand is geen EDEXML-leerlingenbestand."))


def _local(name: str) -> str:
    return name.rpartition(" ")[2]


def parse_xml(data: bytes) -> tuple[ET.Element, dict[ET.Element, int]]:
    """The document's tree (tags and attributes by local name) and each element's line."""
    builder = ET.TreeBuilder()
    lines: dict[ET.Element, int] = {}
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.buffer_text = True

    def start(tag: str, attrs: dict[str, str]) -> None:
        element = builder.start(_local(tag), {_local(k): v for k, v in attrs.items()})
        lines[element] = parser.CurrentLineNumber

    def refuse(*_args: object) -> int:
        raise _Refused

    parser.StartElementHandler = start
    parser.EndElementHandler = lambda tag: builder.end(_local(tag))
    parser.CharacterDataHandler = builder.data
    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    try:
        parser.Parse(data, True)
        root = builder.close()
    except _Refused:
        raise ImportFileError(
            _(
                "Dit XML-bestand definieert eigen entiteiten (<!ENTITY>); dat doet een "
                "EDEXML-bestand niet, en zo'n bestand wordt om veiligheidsredenen niet gelezen."
            )
        ) from None
    except expat.ExpatError as exc:
        raise ImportFileError(
            _(
                "Dit XML-bestand is beschadigd (regel {line}) en kan niet worden gelezen. "
                "Maak de export opnieuw."
            ).format(line=getattr(exc, "lineno", "?"))
        ) from None
    except (LookupError, UnicodeError) as exc:  # encoding="…" names no encoding Python knows
        raise ImportFileError(
            _(
                "Dit XML-bestand noemt een tekencodering die niet bestaat; het kan niet worden "
                "gelezen. Maak de export opnieuw."
            )
        ) from exc
    except (ValueError, AssertionError, IndexError) as exc:  # the builder on an odd document
        raise not_edexml() from exc
    return root, lines


def _text(element: ET.Element, tag: str) -> str:
    child = element.find(tag)
    return clean("".join(child.itertext())) if child is not None else ""


def read_edexml_table(data: bytes) -> EdexmlTable:
    root, lines = parse_xml(data)
    edex = root if root.tag in ROOTS else next((e for e in root.iter() if e.tag in ROOTS), None)
    if edex is None:
        raise not_edexml()
    groups: dict[str, str] = {}
    groepen = edex.find("groepen")
    if groepen is not None:
        for groep in groepen.findall("groep"):
            groups[groep.get("key", "")] = _text(groep, "naam")
    pupils = [p for block in edex.findall("leerlingen") for p in block.findall("leerling")]
    if not pupils:
        raise ImportFileError(_("Er staan geen leerlingen in dit bestand."))
    if len(pupils) > MAX_ROWS:
        raise ImportFileError(
            _("Dit bestand heeft meer dan {count} leerlingen; dat is geen klassenlijst.").format(
                count=f"{MAX_ROWS:,}".replace(",", ".")
            )
        )
    has_groups = bool(groups) or any(p.find("groep") is not None for p in pupils)
    rows: list[RawRow] = []
    problems: list[Problem] = []
    for index, pupil in enumerate(pupils, start=1):
        line = lines.get(pupil, index)
        ref = pupil.find("groep")
        key = clean(ref.get("key", "")) if ref is not None else ""
        if key and key not in groups:
            problems.append(
                Problem(
                    line,
                    _(
                        "Deze leerling hoort bij groep '{key}', maar die groep staat niet in "
                        "het bestand."
                    ).format(key=key),
                )
            )
            continue
        cells: tuple[Cell, ...] = (
            clean(pupil.get("key", "")),
            _text(pupil, "roepnaam"),
            _text(pupil, "voorvoegsel"),
            _text(pupil, "achternaam"),
            _text(pupil, "geboortedatum"),
            groups.get(key, ""),
            _text(pupil, "jaargroep"),
        )
        rows.append(RawRow(line, cells))
    return EdexmlTable(RawTable("edexml", COLUMNS, rows, problems), has_groups)
