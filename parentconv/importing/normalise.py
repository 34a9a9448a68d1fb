"""Cell values as the app keeps them: clean text, a split full name, an e-mail address, a leerjaar.

Names keep their case and are never re-split: "de Bruijn" stays in the column the file put it in.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata

from parentconv.text import fold

Cell = str | int | float | dt.date | None
"""Text from a text file; from Excel also numbers and dates (a datetime is a date too)."""

# Spaces that are not " " (no-break, narrow no-break, figure, ideographic …) become one, and so
# do control characters; zero-width characters and a stray byte-order mark disappear.
_SPACES = re.compile(r"[\s\u00a0\u2007\u202f\u0000-\u001f\u007f-\u009f]+")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")

# Tussenvoegsels that may follow the roepnaam in "Achternaam, Roepnaam tussenvoegsel".
# fmt: off
INFIX_WORDS = frozenset(
    {
        "van", "de", "der", "den", "het", "'t", "te", "ter", "ten", "in", "'s", "op", "d'", "l'",
        "la", "le", "les", "du", "da", "di", "do", "dos", "das", "del", "della", "von", "zu",
        "vom", "aan", "bij", "uit", "onder", "voor", "over", "tot", "el", "al", "y",
    }
)
# fmt: on

_EMAIL = re.compile(r"[^@\s,;<>()\[\]\"]+@[^@\s,;<>()\[\]\"]+\.[^@\s,;<>()\[\]\".]{2,}")


def clean(text: str) -> str:
    """NFC, every kind of space one " ", trimmed: what is stored and compared."""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    return _SPACES.sub(" ", text).strip()


def cell_text(cell: Cell) -> str:
    """A cell as clean text: numbers without ".0", dates as d-m-jjjj."""
    if cell is None:
        return ""
    if isinstance(cell, str):
        return clean(cell)
    if isinstance(cell, bool):
        return "1" if cell else "0"
    if isinstance(cell, int):
        return str(cell)
    if isinstance(cell, float):
        if math.isfinite(cell) and cell.is_integer() and abs(cell) < 1e15:
            return str(int(cell))
        return str(cell)
    if isinstance(cell, dt.datetime):
        cell = cell.date()
    return f"{cell.day}-{cell.month}-{cell.year}"


def split_full_name(text: str) -> tuple[str, str, str] | None:
    """Split "Berg, Daan van" into ("Daan", "van", "Berg"): the family name before the comma,
    the roepnaam after it, then an optional lower-case tussenvoegsel. None when it cannot be
    split safely (no comma, two commas, an empty part)."""
    family, sep, rest = text.partition(",")
    family, words = family.strip(), rest.split()
    if not sep or "," in rest or not family or not words:
        return None
    infix: list[str] = []
    while len(words) > 1 and words[-1].islower() and words[-1] in INFIX_WORDS:
        infix.insert(0, words.pop())
    return " ".join(words), " ".join(infix), family


def email_address(text: str) -> str | None:
    """The address trimmed and case-folded ("" for none), or None when it is not one."""
    address = text.strip().removeprefix("mailto:").strip().casefold()
    if not address:
        return ""
    if not _EMAIL.fullmatch(address) or ".." in address or len(address) > 200:
        return None
    return address


_YEAR_LEVEL = re.compile(r"(?:(?:jaar)?groep|gr|leerjaar|jaar|jg)?\s*(\d{1,2})")


def year_level(cell: Cell) -> int | None:
    """1..8 from "5", "groep 5", "Jaargroep 5", 5.0; None when the cell is not one of those."""
    text = fold(cell_text(cell)).replace(".", " ").strip()
    match = _YEAR_LEVEL.fullmatch(" ".join(text.split()))
    if match is None or not 1 <= int(match.group(1)) <= 8:
        return None
    return int(match.group(1))


def relation(text: str) -> str:
    """A carer's relation as a lower-case word: "Moeder" -> "moeder"."""
    return clean(text).casefold()


def may_have_lost_letters(text: str, *, lossy_encoding: bool) -> bool:
    """A "?" in a name from a Windows-1252 file, or a replacement character from any file: a
    letter the exporting program could not write (Ş, ł, ğ …) was lost."""
    return "\ufffd" in text or (lossy_encoding and "?" in text)


def carer_identity(name: str, email: str, phone: str) -> str:
    """Who a carer is: the e-mail address, else the name with the phone's digits (the same key
    the store uses, so siblings share one carer)."""
    if email.strip():
        return "e:" + email.strip().casefold()
    return "n:" + fold(" ".join(name.split())) + "|" + re.sub(r"\D", "", phone)
