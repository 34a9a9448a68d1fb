"""The startgesprek questionnaire "Vertel ons over uw kind", and what the parents told.

At the start of the school year the parents get a form with a few questions about their child
(``resources/catalog/<language>/startgesprek.json``): what they want to tell, what the teacher
should know, what they find important, what they expect. The questions follow what the
Valentijnschool article in seed 003 says parents share in a startgesprek; each carries the
seed's words and lines (``tests/test_startgesprek.py`` checks them). The teacher types the
answers into the pupil's record (``people.set_parents_told``); every preparation in that school
year shows them beside what the app knows.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from parentconv.catalog_model import LANGUAGES, CatalogError, Source, SourceRef
from parentconv.citations import where
from parentconv.dates import school_year_of
from parentconv.resources import resource_dir
from parentconv.services.views import PupilView

FILE_NAME = "startgesprek.json"
SHOWN_CHARS = 600
"""What the preparation shows of the parents' answers; the whole text stays in the record."""


@dataclass(frozen=True)
class Question:
    key: str
    text: str
    """As the parents read it (they are addressed with "u")."""
    quote: str
    source: Source
    """The seed's lines, or ``None`` for a question the app adds (``"source": "app"``)."""


def _question(raw: Any, where_: str) -> Question:
    if not isinstance(raw, dict):
        raise CatalogError(f"{where_}: a question must be an object")
    try:
        key, text = str(raw["key"]), str(raw["text"])
        quote, source = str(raw.get("quote", "")), raw["source"]
    except (KeyError, TypeError) as exc:
        raise CatalogError(f"{where_}: missing {exc}") from None
    if not (key.strip() and text.strip()):
        raise CatalogError(f"{where_} ({key}): empty key or text")
    if source == "app":
        return Question(key, text, quote, None)
    try:
        seed, lines = str(source["seed"]), str(source["lines"])
    except (KeyError, TypeError) as exc:
        raise CatalogError(f'{where_} ({key}): source needs {exc}, or is "app"') from None
    first, _sep, last = lines.partition("-")
    if not first.isdigit() or (last and not last.isdigit()):
        raise CatalogError(f"{where_} ({key}): lines must be like '1974-1978'")
    if not quote.strip():
        raise CatalogError(f"{where_} ({key}): a question from a seed needs its quote")
    return Question(key, text, quote, SourceRef(seed=seed, lines=lines))


def read_questions(root: Path, language: str) -> tuple[Question, ...]:
    """The questions of ``language`` under ``root`` (the catalog folder), checked against the
    other languages' (same keys in the same order, same sources)."""
    every: dict[str, tuple[Question, ...]] = {}
    for lang in LANGUAGES:
        path = root / lang / FILE_NAME
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CatalogError(f"{path}: {exc}") from None
        items = raw.get("questions") if isinstance(raw, dict) else None
        if not isinstance(items, list) or not items:
            raise CatalogError(f"{path}: needs a non-empty 'questions' list")
        questions = tuple(
            _question(item, f"{path} question {i + 1}") for i, item in enumerate(items)
        )
        if len({q.key for q in questions}) != len(questions):
            raise CatalogError(f"{path}: two questions with one key")
        every[lang] = questions
    if len({tuple((q.key, q.source) for q in qs) for qs in every.values()}) > 1:
        raise CatalogError(f"{root}: {FILE_NAME} differs in keys or sources")
    if language not in every:
        raise CatalogError(f"unknown language '{language}'")
    return every[language]


@functools.lru_cache(maxsize=4)
def load_questions(language: str = "nl") -> tuple[Question, ...]:
    """The shipped questions in ``language`` (``nl`` or ``en``)."""
    return read_questions(resource_dir() / "catalog", language)


def citation(questions: Iterable[Question], language: str = "nl") -> str:
    """Where the questions come from, one citation per seed with its merged line ranges:
    "bron: themanummer De stem van ouders, r. 1328–1337, 1974–1978, …"."""
    ranges: dict[str, list[tuple[int, int]]] = {}
    for q in questions:
        if q.source is not None:
            ranges.setdefault(q.source.seed, []).append((q.source.first_line, q.source.last_line))
    parts = []
    for seed, spans in ranges.items():
        merged: list[list[int]] = []
        for first, last in sorted(spans):
            if merged and first <= merged[-1][1] + 1:
                merged[-1][1] = max(merged[-1][1], last)
            else:
                merged.append([first, last])
        lines = ", ".join(f"{a}-{b}" if a != b else str(a) for a, b in merged)
        parts.append(where(SourceRef(seed=seed, lines=lines), language))
    return "; ".join(parts)


def told_in_school_year(pupil: PupilView, day: dt.date) -> bool:
    """Whether the parents' answers were typed in the school year of ``day`` (from 1 August):
    last year's answers are about last year's child."""
    told_on = pupil.parents_told_on
    return (
        bool(pupil.parents_told.strip())
        and told_on is not None
        and school_year_of(told_on) == school_year_of(day)
    )


def shown_text(text: str, limit: int = SHOWN_CHARS) -> str:
    """``text`` as the preparation shows it: whole up to ``limit`` characters, else cut at a
    word and ended with "…"."""
    text = text.strip()
    if len(text) <= limit:
        return text
    head = text[:limit]
    space = max(head.rfind(" "), head.rfind("\n"))
    if space > limit * 0.6:
        head = head[:space]
    return head.rstrip(" \n,;:.") + "…"


def pupils_on_form(pupils: Sequence[PupilView], today: dt.date) -> list[PupilView]:
    """The pupils who get a form: those who have not left the school by ``today``."""
    return [p for p in pupils if p.left_on is None or p.left_on > today]
