"""File names the app suggests: the pupil's name in them, safe on Windows, macOS and Linux."""

from __future__ import annotations

import re
import unicodedata

MAX_STEM = 120
# Characters Windows refuses in a name, control characters, and path separators.
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10))}
_RESERVED |= {f"lpt{i}" for i in range(1, 10)}


def name_part(text: str) -> str:
    """Text as one part of a file name: "Şükrü Yılmaz" -> "Şükrü-Yılmaz" (letters kept)."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch for ch in text if not 0xD800 <= ord(ch) <= 0xDFFF)  # lone surrogates
    text = _UNSAFE.sub(" ", text)
    words = re.findall(r"[\w'’-]+", text)
    return "-".join(w.strip("-") for w in words if w.strip("-"))


def safe_file_name(*parts: str, suffix: str) -> str:
    """Join the non-empty parts with "-", add ``suffix`` (".pdf"); never a reserved name."""
    stem = "-".join(p for p in (name_part(x) for x in parts) if p) or "oudergesprek"
    stem = stem[:MAX_STEM].rstrip(" .-")
    if stem.casefold() in _RESERVED:
        stem = f"{stem}-1"
    return stem + suffix
