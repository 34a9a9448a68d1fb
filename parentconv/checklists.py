"""Seed 001's two checklists for the teacher, for the self-assessment (Qt-free).

*Checklist 1. Vaardigheden* (001 l.1639–1728) lists nine skills of working with parents, with
three questions: which of them you think you have, how you show it and what feedback you get,
and which you want to develop. *Checklist 2. Interventies* (001 l.1729–1843) lists what a
teacher could organise to strengthen the partnership with parents, answered yes / not sure / no
with how or why. The four-step scale for the first question is the app's (the seed leaves a
blank column).

The texts live in ``resources/catalog/<language>/self_assessment.json``. A Dutch text is the
seed's own words; where the display text corrects a typo, ``quote`` holds the seed's words and
``note`` says what changed (``tests/test_self_assessment.py`` finds each in its lines).
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

from parentconv.catalog import _Obj as JsonObject
from parentconv.catalog_model import LANGUAGES, CatalogError, Source, SourceRef
from parentconv.resources import resource_dir

FILE_NAME = "self_assessment.json"
SCALE_STEPS = 4
ANSWER_KEYS = ("yes", "doubt", "no")


@dataclass(frozen=True)
class ChecklistText:
    text: str
    source: SourceRef


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    text: str
    source: SourceRef
    quote: str
    """The seed's words (the same as ``text`` unless the display text corrects them)."""


@dataclass(frozen=True)
class SkillsChecklist:
    title: str
    source: SourceRef
    have: ChecklistText
    show: ChecklistText
    expand: ChecklistText
    scale: tuple[str, ...]
    """The answers to ``have``, weakest first; a score is 1 … ``len(scale)``."""
    scale_source: Source
    items: tuple[ChecklistItem, ...]


@dataclass(frozen=True)
class InterventionsChecklist:
    title: str
    source: SourceRef
    question: ChecklistText
    answers: tuple[str, ...]
    """The words for ``ANSWER_KEYS`` (yes, not sure, no)."""
    answers_source: SourceRef
    why: ChecklistText
    items: tuple[ChecklistItem, ...]


@dataclass(frozen=True)
class Checklists:
    skills: SkillsChecklist
    interventions: InterventionsChecklist

    def skill(self, key: str) -> ChecklistItem:
        for item in self.skills.items:
            if item.key == key:
                return item
        raise KeyError(key)

    def intervention(self, key: str) -> ChecklistItem:
        for item in self.interventions.items:
            if item.key == key:
                return item
        raise KeyError(key)


def _seed(obj: JsonObject, name: str = "source") -> SourceRef:
    source = obj.source(name)
    if source is None:
        raise obj.error(f"field {name!r} must cite the seed")
    return source


def _text(top: JsonObject, name: str) -> ChecklistText:
    obj = top.obj(name, name)
    result = ChecklistText(obj.text("text"), _seed(obj))
    obj.finish()
    return result


def _items(top: JsonObject, where: str) -> tuple[ChecklistItem, ...]:
    items: list[ChecklistItem] = []
    for i, raw in enumerate(top.objects("items"), 1):
        obj = JsonObject(raw, top.file, f"{where} item {i}")
        text = obj.text("text")
        quote = obj.text("quote") if obj.has("quote") else text
        items.append(ChecklistItem(obj.key(), text, _seed(obj), quote))
        obj.finish()
    if len({item.key for item in items}) != len(items):
        raise top.error("two items with one key")
    return tuple(items)


def _read_file(path: Path) -> Checklists:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CatalogError(f"{path}: {exc}") from None
    root = JsonObject(data, str(path), "")
    s = root.obj("skills", "skills")
    scale = s.texts("scale")
    if len(scale) != SCALE_STEPS:
        raise s.error(f"field 'scale' must have {SCALE_STEPS} steps")
    skills = SkillsChecklist(
        title=s.text("title"),
        source=_seed(s),
        have=_text(s, "have"),
        show=_text(s, "show"),
        expand=_text(s, "expand"),
        scale=scale,
        scale_source=s.source("scale_source"),
        items=_items(s, "skills"),
    )
    s.finish()
    n = root.obj("interventions", "interventions")
    answers = n.texts("answers")
    if len(answers) != len(ANSWER_KEYS):
        raise n.error(f"field 'answers' must have {len(ANSWER_KEYS)} words (yes, not sure, no)")
    interventions = InterventionsChecklist(
        title=n.text("title"),
        source=_seed(n),
        question=_text(n, "question"),
        answers=answers,
        answers_source=_seed(n, "answers_source"),
        why=_text(n, "why"),
        items=_items(n, "interventions"),
    )
    n.finish()
    root.finish()
    return Checklists(skills, interventions)


def _shape(c: Checklists) -> tuple[object, ...]:
    return (
        tuple((i.key, i.source) for i in c.skills.items),
        tuple((i.key, i.source) for i in c.interventions.items),
        c.skills.scale_source,
        c.interventions.answers_source,
    )


def read_checklists(root: Path, language: str = "nl") -> Checklists:
    """The checklists of ``language`` under ``root`` (the catalog folder), checked against the
    other languages' (same items, same sources)."""
    every = {lang: _read_file(root / lang / FILE_NAME) for lang in LANGUAGES}
    if len({_shape(c) for c in every.values()}) > 1:
        raise CatalogError(f"{root}: {FILE_NAME} differs between languages in items or sources")
    if language not in every:
        raise CatalogError(f"unknown language '{language}'")
    return every[language]


@functools.lru_cache(maxsize=4)
def load_checklists(language: str = "nl") -> Checklists:
    return read_checklists(resource_dir() / "catalog", language)
