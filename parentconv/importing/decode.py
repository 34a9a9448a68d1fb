"""Bytes of a text file as text: which encoding, and whether it is text at all.

A byte-order mark decides (UTF-8, or UTF-16 LE/BE as Excel writes "Unicode-tekst"); without one,
UTF-16 is recognised by its zero bytes, valid UTF-8 is UTF-8, and anything else is Windows-1252
(what Excel and older school software write on a Dutch Windows).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    """"utf-8", "utf-16-le", "utf-16-be" or "cp1252"."""

    @property
    def lossy(self) -> bool:
        """Windows-1252 cannot hold every letter: a "?" may be one that was lost."""
        return self.encoding == "cp1252"


def decode(data: bytes) -> Decoded:
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return Decoded(data[len(bom) :].decode(encoding, "replace"), encoding)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return Decoded(data.decode(utf16, "replace"), utf16)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        return Decoded(data.decode("cp1252", "replace"), "cp1252")


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def looks_binary(text: str) -> bool:
    """Control characters that no text file holds (a zero byte, or more than a stray few)."""
    if "\x00" in text:
        return True
    sample = text[:100_000]
    bad = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\f\v\x1a")
    return bad > 1 and bad * 100 > len(sample)
