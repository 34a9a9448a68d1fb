"""Tips from the sources that apply to a talk's situation, shown where they help.

A tip belongs to one situation: a carer needs an interpreter or speaks another language at home
(``interpreter``), a carer is low-literate (``low_literacy``), a father comes alone
(``father``), a care talk (``concern``), and agreements that say what school does and what
parents do at home (``two_way``, every talk). Each tip has the app's own short wording for the
teacher and the seed's words that back it, with their lines (``resources/catalog/<language>/
tips.json``; ``tests/test_tips.py`` checks the words against the lines). The teacher can hide a
tip; which ones is a setting (``hidden_tips``).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from parentconv.catalog_model import LANGUAGES, CatalogError, SourceRef
from parentconv.resources import resource_dir
from parentconv.services.views import CarerView

SITUATIONS = ("interpreter", "low_literacy", "father", "concern", "two_way")
DUTCH = frozenset({"", "nederlands", "dutch", "nl"})
FATHER_WORDS = ("vader", "father", "papa")


@dataclass(frozen=True)
class Tip:
    key: str
    when: str
    text: str
    quote: str
    source: SourceRef


def _tip(raw: Any, where: str) -> Tip:
    if not isinstance(raw, dict):
        raise CatalogError(f"{where}: a tip must be an object")
    try:
        key, when, text, quote = (str(raw[k]) for k in ("key", "when", "text", "quote"))
        source = raw["source"]
        seed, lines = str(source["seed"]), str(source["lines"])
    except (KeyError, TypeError) as exc:
        raise CatalogError(f"{where}: missing {exc}") from None
    if when not in SITUATIONS:
        raise CatalogError(f"{where} ({key}): unknown situation '{when}'")
    if not (text.strip() and quote.strip()):
        raise CatalogError(f"{where} ({key}): empty text or quote")
    first, _sep, last = lines.partition("-")
    if not first.isdigit() or (last and not last.isdigit()):
        raise CatalogError(f"{where} ({key}): lines must be like '820-826'")
    return Tip(key, when, text, quote, SourceRef(seed=seed, lines=lines))


def read_tips(root: Path, language: str) -> tuple[Tip, ...]:
    """The tips of ``language`` under ``root`` (the catalog folder), checked against the other
    languages' (same keys and situations, same sources)."""
    every: dict[str, tuple[Tip, ...]] = {}
    for lang in LANGUAGES:
        path = root / lang / "tips.json"
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CatalogError(f"{path}: {exc}") from None
        items = raw.get("tips") if isinstance(raw, dict) else None
        if not isinstance(items, list) or not items:
            raise CatalogError(f"{path}: needs a non-empty 'tips' list")
        tips = tuple(_tip(item, f"{path} tip {i + 1}") for i, item in enumerate(items))
        if len({t.key for t in tips}) != len(tips):
            raise CatalogError(f"{path}: two tips with one key")
        every[lang] = tips
    shapes = {
        tuple((t.key, t.when, t.source.seed, t.source.lines) for t in tips)
        for tips in every.values()
    }
    if len(shapes) > 1:
        raise CatalogError(f"{root}: tips.json differs in keys, situations or sources")
    if language not in every:
        raise CatalogError(f"unknown language '{language}'")
    return every[language]


@functools.lru_cache(maxsize=4)
def load_tips(language: str = "nl") -> tuple[Tip, ...]:
    return read_tips(resource_dir() / "catalog", language)


def situations(type_key: str, carers: Iterable[CarerView]) -> set[str]:
    """The situations of a talk of this type with these (invited) carers."""
    present = list(carers)
    found = {"two_way"}
    if any(c.interpreter_needed or c.language.strip().casefold() not in DUTCH for c in present):
        found.add("interpreter")
    if any(c.low_literacy for c in present):
        found.add("low_literacy")
    if present and all(
        any(word in c.relation.casefold() for word in FATHER_WORDS) for c in present
    ):
        found.add("father")
    if type_key == "care":
        found.add("concern")
    return found


def tips_for(
    type_key: str,
    carers: Iterable[CarerView],
    *,
    language: str = "nl",
    hidden: Sequence[str] = (),
) -> list[Tip]:
    """The tips that apply, in the file's order, without the ones the teacher hid."""
    applying = situations(type_key, carers)
    return [t for t in load_tips(language) if t.when in applying and t.key not in hidden]
