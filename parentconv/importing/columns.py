"""Which column of a class list holds what: field keys, their Dutch labels, and recognition.

A column is recognised by what its header says, never by its place or by one fixed header line.
Headers are compared case-, accent- and whitespace-insensitively, ignoring punctuation
(``. : _ - / ( )``) and a trailing "(s)": "Leerling nr." is "leerlingnr", "Voorvoegsel(s)" is
"voorvoegsel", "E-mailadres" is "emailadres". A column the app does not use (address,
opmerkingen, geslacht, all given names "voornamen", …) is mapped to ``ignore`` and its content is
never read into the result.

The mapping scheme
------------------
A mapping is ``{header index: field key}``. Pupil fields are the plain keys of ``FIELDS``
(``given_name``, ``group``, …). Carer fields carry the carer's *slot*, a number from 1:
``carer_email:2`` is the e-mail address of the file's second carer on that row; a carer key
without a slot (``carer_email``) means slot 1. All columns of one slot on a row make one carer.

- Repeated carer columns are recognised by a carer word ("ouder", "verzorger",
  "ouder/verzorger", "moeder", "vader", "voogd", "contactpersoon") with an optional number and
  an attribute, in either order: "Verzorger 1 naam", "Naam ouder/verzorger 1", "Ouder 2 e-mail",
  "E-mail moeder", "Vader telefoon". The number is the slot; unnumbered generic carer columns
  ("Naam ouder", "E-mail", "Telefoon", "Relatie": a file with one row per carer) are slot 1;
  unnumbered "Moeder …", "Vader …" and "Voogd …" columns get the next free slots, in that order
  of appearance, and give that carer its relation unless a relation column says otherwise
  (``implied_relations``).
- The attribute word says which carer field: nothing or "naam" is ``carer_name`` (the full name),
  "roepnaam"/"voornaam", "tussenvoegsel" and "achternaam" are its parts, anything with "mail" is
  ``carer_email``, "telefoon"/"tel"/"mobiel"/"gsm" is ``carer_phone``, "relatie"/"rol"/"soort"
  is ``carer_relation``; any other attribute ("Adres moeder", "Beroep vader") is ``ignore``.
- Two columns with the same key (say "Mobiel" and "Telefoon thuis" of one carer) are allowed:
  the first one that is filled in on a row counts.

Required: ``given_name`` and ``family_name``, or ``full_name`` (written "Achternaam, Roepnaam");
with a full name, separate roepnaam/achternaam/tussenvoegsel columns still win.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from parentconv.i18n import N_, _
from parentconv.text import fold

IGNORE = "ignore"

FIELDS: dict[str, str] = {
    "number": N_("Leerlingnummer"),
    "given_name": N_("Roepnaam"),
    "infix": N_("Tussenvoegsel"),
    "family_name": N_("Achternaam"),
    "full_name": N_("Volledige naam (Achternaam, Roepnaam)"),
    "birth_date": N_("Geboortedatum"),
    "group": N_("Groep"),
    "year_level": N_("Leerjaar (jaargroep)"),
    "status": N_("Status (aangemeld, ingeschreven)"),
    "carer_name": N_("Naam ouder/verzorger"),
    "carer_given_name": N_("Roepnaam ouder/verzorger"),
    "carer_infix": N_("Tussenvoegsel ouder/verzorger"),
    "carer_family_name": N_("Achternaam ouder/verzorger"),
    "carer_email": N_("E-mail ouder/verzorger"),
    "carer_phone": N_("Telefoon ouder/verzorger"),
    "carer_relation": N_("Relatie ouder/verzorger (moeder, vader, …)"),
    IGNORE: N_("Niet gebruiken"),
}
"""Field key -> Dutch label (marked for translation; show it with ``field_label``)."""

CARER_FIELDS = frozenset(k for k in FIELDS if k.startswith("carer_"))

REQUIRED: tuple[tuple[str, ...], ...] = (("given_name", "family_name"), ("full_name",))
"""Either set of fields is enough to read a pupil's name."""

# fmt: off
_PUPIL_SYNONYMS: dict[str, tuple[str, ...]] = {
    "number": (
        "leerlingnummer", "leerlingnr", "llnr", "llnnr", "lnr", "stamnummer", "stamnr",
        "nummer", "nr", "leerlingid", "leerlingcode", "leerlingnummerparnassys",
    ),
    "given_name": ("roepnaam", "voornaam", "roepnaamleerling", "voornaamleerling"),
    "infix": (
        "tussenvoegsel", "tussenvoegsels", "voorvoegsel", "voorvoegsels", "tussenv", "voorv",
        "tv", "tussenvoegselachternaam",
    ),
    "family_name": ("achternaam", "geslachtsnaam", "familienaam", "achternaamzondervoorvoegsel"),
    "full_name": ("naam", "volledigenaam", "leerlingnaam", "leerling", "naamleerling"),
    "birth_date": ("geboortedatum", "gebdatum", "gebdat", "geboren", "geboortedag"),
    "group": (
        "groep", "klas", "klasnaam", "groepsnaam", "groepnaam", "stamgroep", "huidigegroep",
        "klasgroep", "groepklas",
    ),
    "year_level": ("leerjaar", "jaargroep"),
    "status": ("status", "inschrijvingsstatus", "inschrijfstatus", "leerlingstatus"),
}
# fmt: on
_PUPIL_KEYS = {syn: key for key, syns in _PUPIL_SYNONYMS.items() for syn in syns}

_CARER_WORDS = frozenset(
    {"ouder", "ouders", "verzorger", "verzorgers", "moeder", "vader", "voogd", "contactpersoon"}
)
_RELATION_WORDS = ("moeder", "vader", "voogd")
_PUPIL_WORDS = frozenset({"leerling", "leerlingen", "kind"})
_FILLER_WORDS = frozenset({"van", "de", "het", "e", "1e", "2e"})
_BARE_CARER = {  # columns without a carer word that, in a class list, belong to a carer
    "email": "carer_email",
    "emailadres": "carer_email",
    "telefoon": "carer_phone",
    "telefoonnummer": "carer_phone",
    "telnr": "carer_phone",
    "tel": "carer_phone",
    "mobiel": "carer_phone",
    "mobielnummer": "carer_phone",
    "telefoonthuis": "carer_phone",
    "relatie": "carer_relation",
    "relatietotleerling": "carer_relation",
    "relatietotkind": "carer_relation",
}
_CARER_ATTRIBUTES = {
    "": "carer_name",
    "naam": "carer_name",
    "volledigenaam": "carer_name",
    "roepnaam": "carer_given_name",
    "voornaam": "carer_given_name",
    "tussenvoegsel": "carer_infix",
    "tussenvoegsels": "carer_infix",
    "voorvoegsel": "carer_infix",
    "voorvoegsels": "carer_infix",
    "achternaam": "carer_family_name",
    "geslachtsnaam": "carer_family_name",
    "relatie": "carer_relation",
    "relatietotleerling": "carer_relation",
    "relatietotkind": "carer_relation",
    "soortrelatie": "carer_relation",
    "relatietype": "carer_relation",
    "soort": "carer_relation",
    "rol": "carer_relation",
    "type": "carer_relation",
}


def header_words(header: str) -> list[str]:
    """The words of a header, folded: "Naam ouder/verzorger 1" -> naam, ouder, verzorger, 1."""
    text = fold(header)
    text = re.sub(r"\((s|en)\)", " ", text)
    text = re.sub(r"[\W_]+", " ", text)
    text = re.sub(r"(?<=[^\W\d])(?=\d)|(?<=\d)(?=[^\W\d])", " ", text)
    text = re.sub(r"\be mail", "email", text)
    return text.split()


def compact(header: str) -> str:
    """The header as one folded word, for comparing: "Leerling nr." -> "leerlingnr"."""
    return "".join(header_words(header))


def signature(headers: Sequence[str]) -> str:
    """The header line in a stable form, to remember a mapping for the next file like it."""
    return "|".join(compact(h) for h in headers)


def split_key(key: str) -> tuple[str, int | None]:
    """``"carer_email:2"`` -> ``("carer_email", 2)``; ``"group"`` -> ``("group", None)``; an
    unknown field or a bad slot gives ``("ignore", None)``."""
    base, sep, slot = key.partition(":")
    if base not in FIELDS:
        return IGNORE, None
    if not sep:
        return base, (1 if base in CARER_FIELDS else None)
    if base not in CARER_FIELDS or not slot.isdigit() or not 1 <= int(slot) <= 99:
        return IGNORE, None
    return base, int(slot)


def field_label(key: str) -> str:
    """The Dutch label of a field key, with its carer slot: "E-mail ouder/verzorger 2"."""
    base, slot = split_key(key)
    label = _(FIELDS[base])
    return f"{label} {slot}" if base in CARER_FIELDS and slot is not None else label


def _recognise_one(header: str) -> tuple[str, int | None, str]:
    """(field, slot or None, relation word or "") for one header; slot None = not numbered."""
    words = header_words(header)
    if not words:
        return IGNORE, None, ""
    if any(w in _CARER_WORDS for w in words):
        numbers = [w for w in words if w.isdigit()]
        relation = next((w for w in _RELATION_WORDS if w in words), "")
        rest = "".join(
            w
            for w in words
            if w not in _CARER_WORDS
            and w not in _FILLER_WORDS
            and w not in _PUPIL_WORDS
            and not w.isdigit()
        )
        slot = int(numbers[0]) if numbers and 1 <= int(numbers[0]) <= 99 else None
        return _carer_attribute(rest), slot, relation
    joined = "".join(words)
    if joined in _PUPIL_KEYS:
        return _PUPIL_KEYS[joined], None, ""
    if joined in _BARE_CARER:
        return _BARE_CARER[joined], None, ""
    if any(w in _PUPIL_WORDS for w in words):
        rest = "".join(w for w in words if w not in _PUPIL_WORDS and w not in _FILLER_WORDS)
        if rest in _PUPIL_KEYS:
            return _PUPIL_KEYS[rest], None, ""
    return IGNORE, None, ""


def _carer_attribute(rest: str) -> str:
    if rest in _CARER_ATTRIBUTES:
        return _CARER_ATTRIBUTES[rest]
    if "mail" in rest:
        return "carer_email"
    if rest.startswith(("tel", "mobiel", "gsm")) or rest in ("06", "telefoonthuis"):
        return "carer_phone"
    return IGNORE


def recognise(headers: Sequence[str]) -> dict[int, str]:
    """Every header index with the field its header names (``ignore`` when none)."""
    found = [_recognise_one(h) for h in headers]
    numbered = {slot for field, slot, _rel in found if field in CARER_FIELDS and slot is not None}
    generic_used = any(
        field in CARER_FIELDS and slot is None and not rel for field, slot, rel in found
    )
    taken = numbered | ({1} if generic_used else set())
    by_relation: dict[str, int] = {}
    mapping: dict[int, str] = {}
    for index, (field, slot, relation) in enumerate(found):
        if field in CARER_FIELDS:
            if slot is None and relation:
                if relation not in by_relation:
                    free = next(n for n in range(1, 200) if n not in taken)
                    taken.add(free)
                    by_relation[relation] = free
                slot = by_relation[relation]
            mapping[index] = f"{field}:{slot or 1}"
        else:
            mapping[index] = field
    given = [index for index, key in mapping.items() if key == "given_name"]
    if any(compact(headers[index]).startswith("roepnaam") for index in given):
        for index in given:  # a roepnaam wins over an official voornaam
            if compact(headers[index]).startswith("voornaam"):
                mapping[index] = IGNORE
    return mapping


def missing_required(mapping: Mapping[int, str]) -> tuple[str, ...]:
    """The required field keys a mapping lacks; () when it can read every pupil's name."""
    present = {split_key(key)[0] for key in mapping.values()}
    if any(all(f in present for f in option) for option in REQUIRED):
        return ()
    return tuple(f for f in REQUIRED[0] if f not in present)


def implied_relations(headers: Sequence[str], mapping: Mapping[int, str]) -> dict[int, str]:
    """Carer slot -> the relation its headers name ("moeder" for "E-mail moeder"), where the
    headers of the slot agree on one."""
    seen: dict[int, set[str]] = {}
    for index, key in mapping.items():
        base, slot = split_key(key)
        if base not in CARER_FIELDS or slot is None or not 0 <= index < len(headers):
            continue
        words = header_words(headers[index])
        seen.setdefault(slot, set()).update(w for w in _RELATION_WORDS if w in words)
    return {slot: words.pop() for slot, words in seen.items() if len(words) == 1}


def clean_mapping(mapping: Mapping[int, str], width: int) -> dict[int, str]:
    """A mapping given by the caller, made whole: every header index, unknown keys ignored."""
    out = {index: IGNORE for index in range(width)}
    for index, key in mapping.items():
        if isinstance(index, int) and 0 <= index < width and isinstance(key, str):
            base, slot = split_key(key)
            out[index] = base if base not in CARER_FIELDS else f"{base}:{slot or 1}"
    return out
