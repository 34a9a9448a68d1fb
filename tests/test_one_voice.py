"""One voice, both languages (issue 16 §3).

The whole UI is listed per language: every Dutch source text and English translation of the
Qt catalogue (``parentconv_en.ts``, with the Dutch plural forms of ``parentconv_nl.ts``), every
message of the core's gettext catalogue (``parentconv.po``: PDF text, errors, labels) and the
catalog texts written for the app (``"source": "app"`` or ``"<field>_source": "app"``, and a
tip's or prompt's own ``text``). Seed-quoted catalog text is left out: it is the seed's wording.

* Dutch addresses the teacher as *je*, as the seeds do: no *u*, *uw* or *uzelf*. Only the
  parents' copy of the summary PDF speaks to the parents, and the seeds do that with *u*
  ("Wat u thuis doet"); those texts are known by their key in ``parentconv.pdf.labels``
  (``parents_*``) and are the only ones left out.
* English has no Dutch word left; proper names (the product Oudergesprek, the card set
  Ouderbetrokkenheid, ParnasSys, EDEXML) are single words outside the list below.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from babel.messages.pofile import read_po

from parentconv.pdf.invitations import PLAIN as INVITATION_PLAIN
from parentconv.pdf.invitations import TEXTS as INVITATION_TEXTS
from parentconv.pdf.labels import NL as PDF_LABELS
from parentconv.pdf.startgesprek_form import TEXTS as FORM_TEXTS
from parentconv.resources import resource_dir, resource_path

TS_EN = resource_path("translations", "parentconv_en.ts")
TS_NL = resource_path("translations", "parentconv_nl.ts")
PO_EN = resource_dir() / "locale" / "en" / "LC_MESSAGES" / "parentconv.po"
CATALOG = resource_dir() / "catalog"

# The polite form: a whole word, so "uu:mm", "uur" or "zullen" do not count.
U_FORM = re.compile(r"\b(?:u|uw|uzelf)\b", re.IGNORECASE)

PARENT_FACING = frozenset(
    [
        *(text for key, text in PDF_LABELS.items() if key.startswith("parents_")),
        *INVITATION_TEXTS.values(),
        *INVITATION_PLAIN.values(),
        *FORM_TEXTS.values(),
    ]
)
"""What the parents read, with *u* as the seeds do (seed 004 l.563-568): the parents' copy,
the invitation and its reply strip, the startgesprek form."""
PARENT_FACING_FILES = frozenset({"startgesprek.json"})
"""Catalog files written for the parents: the questions of the startgesprek form."""

DUTCH_WORDS = (
    "afspraak afspraken avond bewaartermijn bij bijv de een en geen gesprek gesprekken "
    "gesprekkenavond groep groepen het inzage jaargroep je jij klas leerjaar leerkracht "
    "leerling leerlingen met naar niet nog ook ouder ouders roepnaam schooljaar tolk "
    "tussenvoegsel uiterlijk van verslag voor voorbereiding verzorger verzorgers wat wie zijn"
)
DUTCH_WORD = re.compile(r"\b(?:" + DUTCH_WORDS.replace(" ", "|") + r")\b", re.IGNORECASE)

DUTCH_ON_PURPOSE = {
    "Taal / Language": "the language menu names itself in both languages, for either reader",
    "e.g. van den": "an example of a Dutch name prefix (tussenvoegsel), which is Dutch data",
}


def _ts(path: Path) -> Iterator[tuple[str, str, str]]:
    """(context, Dutch source, English text) for every message; one row per plural form."""
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            forms = [] if translation is None else list(translation.iter("numerusform"))
            if forms:
                for form in forms:
                    yield name, source, form.text or ""
            else:
                yield name, source, "" if translation is None else translation.text or ""


def _po() -> Iterator[tuple[str, str]]:
    """(Dutch msgid, English msgstr) for every message; one row per plural form."""
    with PO_EN.open("rb") as fh:
        catalog = read_po(fh, locale="en")
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for text in ids:
            yield text, ""
        for text in strings:
            yield "", text


def _app_texts(node: Any, where: str, app: bool = False) -> Iterator[tuple[str, str]]:
    """(where, text) for every catalog text written for the app, not quoted from a seed."""
    if isinstance(node, str):
        if app:
            yield where, node
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from _app_texts(item, f"{where}[{i}]", app)
    elif isinstance(node, dict):
        whole = node.get("source") == "app"
        for key, value in node.items():
            if key == "note" or key == "key" or key.endswith("source"):
                continue  # an editor's note (English), a key or a citation: not shown
            own = (
                whole
                or node.get(f"{key}_source") == "app"
                or (key == "text" and ("quote" in node or "when" in node))
            )
            yield from _app_texts(value, f"{where}.{key}", own)


def _catalog(language: str) -> Iterator[tuple[str, str]]:
    for path in sorted((CATALOG / language).glob("*.json")):
        yield from _app_texts(json.loads(path.read_text(encoding="utf-8")), path.name)


def dutch_ui() -> list[tuple[str, str]]:
    """(where, text) for every Dutch text of the UI."""
    rows = [(f"ts {context}", source) for context, source, _ in _ts(TS_EN)]
    rows += [(f"ts-nl {context}", text) for context, _, text in _ts(TS_NL) if text]
    rows += [("po", text) for text, _ in _po() if text]
    rows += [(f"catalog nl/{where}", text) for where, text in _catalog("nl")]
    return rows


def english_ui() -> list[tuple[str, str]]:
    """(where, text) for every English text of the UI."""
    rows = [(f"ts {context}: {source!r}", text) for context, source, text in _ts(TS_EN)]
    rows += [("po", text) for _, text in _po() if text]
    rows += [(f"catalog en/{where}", text) for where, text in _catalog("en")]
    return rows


def test_the_lists_hold_the_whole_ui() -> None:
    dutch, english = dutch_ui(), english_ui()
    assert len(dutch) > 900 and len(english) > 900
    assert any(where.startswith("catalog nl/tips") for where, _ in dutch)
    assert any(where.startswith("catalog en/model") for where, _ in english)
    assert PARENT_FACING and {text for _, text in dutch} >= PARENT_FACING


def test_dutch_addresses_the_teacher_as_je() -> None:
    offending = sorted(
        {
            f"{where}: {text!r}"
            for where, text in dutch_ui()
            # The form's title may be named to the teacher ("de vragenlijst 'Vertel ons over
            # uw kind'"): a title the parents read, quoted, not the teacher addressed.
            if U_FORM.search(text.replace(FORM_TEXTS["title"], ""))
            and text not in PARENT_FACING
            and not any(where.startswith(f"catalog nl/{name}") for name in PARENT_FACING_FILES)
        }
    )
    assert offending == [], "Dutch text with a u-form (use je/jouw):\n" + "\n".join(offending)


def test_the_parents_copy_keeps_u() -> None:
    """The seeds address parents with *u*; the exclusion above is for exactly that."""
    assert any(U_FORM.search(text) for text in PARENT_FACING)


def test_no_dutch_word_in_english() -> None:
    offending = sorted(
        {
            f"{where}: {text!r} ({', '.join(sorted(set(DUTCH_WORD.findall(text))))})"
            for where, text in english_ui()
            if DUTCH_WORD.search(text) and text not in DUTCH_ON_PURPOSE
        }
    )
    assert offending == [], "English text with a Dutch word:\n" + "\n".join(offending)


def test_the_exceptions_are_still_needed() -> None:
    texts = {text for _, text in english_ui()}
    assert [text for text in DUTCH_ON_PURPOSE if text not in texts] == []
