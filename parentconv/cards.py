"""The coaching card sets of seed 002 ("Ouderbetrokkenheid"): questions, assignments,
background texts, definitions and energizers, as frozen values (Qt-free).

The texts live in ``resources/catalog/<language>/cards.json``::

    {"sets": [{"key": "1.1", "title": ..., "source": {"seed": "002", "lines": "134-253"},
               "goal": [...], "method": "...", "cards": [{"kind": ..., "title": ...,
               "text": "...", "items": [...], "source": {...}}, ...]}, ...]}

What is where:

- Sets ``1.1``–``3.3`` transcribe the handbook part of the seed (l.134–1214): each set's goal
  (*Doel*), method (*Werkwijze*) and its cards in the seed's order. A card's ``text`` holds
  paragraphs separated by a blank line, ``items`` its bullet points in order; a
  *Gesprekskaarten* card has the questions as items. Where the seed's two-column layout puts a
  paragraph's end further on (e.g. "Belang van thuisbetrokkenheid"), the card's lines cover both
  parts. Background texts with their own sub-headings are one card per sub-heading.
- The basic attitude (*passende grondhouding*: wederkerigheid, sensitieve responsiviteit,
  gelijkwaardigheid, oog voor diversiteit, l.909–942) is the definition card of set ``2.3``,
  where the seed puts it; the four elements are its items. The separate definition-card pages
  (l.1681–1774) repeat the definitions the sets already hold (and a shorter grondhouding card),
  so they are not repeated; only the one definition they add, "(ouder)communicatie"
  (l.1768–1774, which Opdrachtkaart 3.1 refers to), is a card of set ``3.1``.
- The energizers (l.1775–1847) are the extra set ``energizers``, which has no goal or method.
  Energizers 2–4 are the picture cards Kind, Ouder and School that energizer 5 uses.
- Not cards: the printed card overview (l.1398–1680, the same questions as the sets with small
  wording differences) and the appendices of set 3.3 (preparation form, checklist, conversation
  skills), which the catalog holds.

The English file is a translation with the same sets, cards, kinds and sources. A card may
carry a ``"note"`` for the editors (e.g. a corrected seed typo); notes are checked to be text and
not loaded. ``load_card_sets`` reads and checks both languages; any problem raises
``CatalogError`` naming the file and the entry.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from parentconv.catalog_model import LANGUAGES, CatalogError, SourceRef
from parentconv.i18n import N_
from parentconv.resources import resource_dir
from parentconv.text import fold

__all__ = [
    "FILE_NAME",
    "KINDS",
    "SEED_LINE_COUNTS",
    "SET_KEYS",
    "Card",
    "CardSet",
    "load_card_sets",
    "read_card_sets",
    "search_cards",
]

KINDS = ("conversation", "assignment", "background", "definition", "energizer", "other")

KIND_WORDS = {  # what a card is called on screen and on paper
    "set": N_("Kaartenset"),
    "conversation": N_("Gesprekskaart"),
    "assignment": N_("Opdrachtkaart"),
    "background": N_("Achtergrond"),
    "definition": N_("Definitiekaart"),
    "energizer": N_("Energizer"),
    "other": N_("Kaart"),
}
SET_KEYS = ("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3")
"""The numbered card sets of seed 002; a file may hold further sets after them."""
FILE_NAME = "cards.json"
SEED_LINE_COUNTS = {"002": 1848}
"""How many lines the seeds the cards cite have (the seeds are not shipped with the app)."""


@dataclass(frozen=True)
class Card:
    """One card: a set's questions, an assignment, a background text, a definition, ..."""

    kind: str
    title: str
    text: str  # paragraphs separated by "\n\n", may be ""
    items: tuple[str, ...]
    source: SourceRef


@dataclass(frozen=True)
class CardSet:
    """A card set (``kaartenset``) with its goal, method and cards."""

    key: str  # "1.1" … "3.3" (and "energizers")
    title: str
    goal: tuple[str, ...]
    method: str
    cards: tuple[Card, ...]
    source: SourceRef


# --------------------------------------------------------------------------- reading


class _Entry:
    """A JSON object being read, remembering where it is for the error messages."""

    def __init__(self, data: object, file: str, where: str) -> None:
        self.file = file
        self.where = where
        if not isinstance(data, dict):
            raise self.error("must be a JSON object")
        self._data: dict[str, object] = data

    def error(self, message: str) -> CatalogError:
        place = f"{self.file}: {self.where}" if self.where else self.file
        return CatalogError(f"{place}: {message}")

    def raw(self, name: str) -> object:
        if name not in self._data:
            raise self.error(f"field {name!r} is missing")
        return self._data[name]

    def text(self, name: str, *, empty: bool = False) -> str:
        value = self.raw(name)
        if not isinstance(value, str):
            raise self.error(f"field {name!r} must be text")
        if not empty and not value.strip():
            raise self.error(f"field {name!r} is empty")
        if value != value.strip():
            raise self.error(f"field {name!r} has leading or trailing spaces")
        if value and any(not p.strip() or p != p.strip() for p in value.split("\n\n")):
            raise self.error(f"field {name!r}: paragraphs are separated by one blank line")
        return value

    def texts(self, name: str) -> tuple[str, ...]:
        value = self.raw(name)
        if not isinstance(value, list):
            raise self.error(f"field {name!r} must be a list of texts")
        result: list[str] = []
        for i, item in enumerate(value, 1):
            if not isinstance(item, str) or not item.strip() or item != item.strip():
                raise self.error(f"field {name!r}: item {i} must be non-empty text")
            if "\n" in item:
                raise self.error(f"field {name!r}: item {i} must be one line")
            result.append(item)
        return tuple(result)

    def list(self, name: str) -> list[object]:
        value = self.raw(name)
        if not isinstance(value, list) or not value:
            raise self.error(f"field {name!r} must be a non-empty list")
        return value

    def source(self) -> SourceRef:
        value = self.raw("source")
        if not isinstance(value, dict) or set(value) != {"seed", "lines"}:
            raise self.error(
                'field \'source\' must be an object like {"seed": "002", "lines": "1-2"}'
            )
        seed, lines = value["seed"], value["lines"]
        if not isinstance(seed, str) or seed not in SEED_LINE_COUNTS:
            known = ", ".join(SEED_LINE_COUNTS)
            raise self.error(f"field 'source': unknown seed {seed!r} (one of {known})")
        parts = lines.split("-") if isinstance(lines, str) else []
        if not 1 <= len(parts) <= 2 or not all(p.isascii() and p.isdigit() for p in parts):
            raise self.error(f"field 'source': lines {lines!r} must look like '140' or '140-157'")
        first, last = int(parts[0]), int(parts[-1])
        if not 1 <= first <= last <= SEED_LINE_COUNTS[seed]:
            raise self.error(
                f"field 'source': lines {lines!r} are not within the seed's "
                f"{SEED_LINE_COUNTS[seed]} lines"
            )
        return SourceRef(seed=seed, lines=str(lines))

    def finish(self, names: Sequence[str]) -> None:
        note = self._data.get("note")
        if "note" in self._data and (not isinstance(note, str) or not note.strip()):
            raise self.error("field 'note' must be text")
        unknown = sorted(set(self._data) - set(names) - {"note"})
        if unknown:
            raise self.error(f"unknown field(s): {', '.join(map(repr, unknown))}")


def _label(kind: str, index: int, data: object, id_field: str) -> str:
    label = f"{kind} {index}"
    if isinstance(data, dict) and isinstance(data.get(id_field), str):
        label += f" ({id_field} {data[id_field]!r})"
    return label


def _read_card(entry: _Entry) -> Card:
    kind = entry.text("kind")
    if kind not in KINDS:
        raise entry.error(f"field 'kind': {kind!r} is not one of {', '.join(KINDS)}")
    card = Card(
        kind=kind,
        title=entry.text("title"),
        text=entry.text("text", empty=True),
        items=entry.texts("items"),
        source=entry.source(),
    )
    if not card.text and not card.items:
        raise entry.error("a card needs a 'text' or 'items'")
    if kind == "conversation" and not card.items:
        raise entry.error("a conversation card has its questions as 'items'")
    entry.finish(("kind", "title", "text", "items", "source"))
    return card


def _read_set(entry: _Entry) -> CardSet:
    key = entry.text("key")
    cards = tuple(
        _read_card(_Entry(item, entry.file, f"{entry.where}, {_label('card', i, item, 'title')}"))
        for i, item in enumerate(entry.list("cards"), 1)
    )
    card_set = CardSet(
        key=key,
        title=entry.text("title"),
        goal=entry.texts("goal"),
        method=entry.text("method", empty=True),
        cards=cards,
        source=entry.source(),
    )
    if key in SET_KEYS and (not card_set.goal or not card_set.method):
        raise entry.error("a numbered card set needs a 'goal' and a 'method'")
    entry.finish(("key", "title", "goal", "method", "cards", "source"))
    return card_set


def _read_file(path: Path, label: str) -> tuple[CardSet, ...]:
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CatalogError(f"{label}: file is missing ({path})") from None
    except UnicodeDecodeError as exc:
        raise CatalogError(f"{label}: is not UTF-8 text (byte {exc.start})") from exc
    except OSError as exc:
        raise CatalogError(f"{label}: cannot be read: {exc.strerror or exc}") from exc
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise CatalogError(
            f"{label}: invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from exc
    top = _Entry(data, label, "")
    top.finish(("sets",))
    sets = tuple(
        _read_set(_Entry(item, label, _label("set", i, item, "key")))
        for i, item in enumerate(top.list("sets"), 1)
    )
    keys = [s.key for s in sets]
    if len(set(keys)) != len(keys):
        raise top.error(f"a set key is repeated: {keys}")
    if tuple(keys[: len(SET_KEYS)]) != SET_KEYS:
        raise top.error(f"the sets must begin with {', '.join(SET_KEYS)}, not {', '.join(keys)}")
    return sets


def _shape(sets: Sequence[CardSet]) -> list[tuple[str, list[tuple[str, SourceRef]]]]:
    return [(s.key, [(c.kind, c.source) for c in s.cards]) for s in sets]


def read_card_sets(root: Path, language: str = "nl") -> tuple[CardSet, ...]:
    """Read and check ``root/<language>/cards.json`` against the other language's file.

    ``root`` is the folder with one sub-folder per language (the shipped one is
    ``resources/catalog``). Both languages must have the same sets, the same number and kinds
    of cards per set and the same sources.
    """
    if language not in LANGUAGES:
        raise CatalogError(f"unknown card language {language!r} (one of {', '.join(LANGUAGES)})")
    read = {lang: _read_file(root / lang / FILE_NAME, f"{lang}/{FILE_NAME}") for lang in LANGUAGES}
    first = LANGUAGES[0]
    for lang in LANGUAGES[1:]:
        for ours, theirs in zip(_shape(read[lang]), _shape(read[first]), strict=False):
            if ours != theirs:
                raise CatalogError(
                    f"{lang}/{FILE_NAME}: set {ours[0]!r} does not match set {theirs[0]!r} of "
                    f"{first}/{FILE_NAME} (the same cards of the same kinds and sources)"
                )
        if len(read[lang]) != len(read[first]):
            raise CatalogError(
                f"{lang}/{FILE_NAME}: {len(read[lang])} sets, {first}/{FILE_NAME} has "
                f"{len(read[first])}"
            )
    return read[language]


@functools.lru_cache(maxsize=len(LANGUAGES))
def load_card_sets(language: str = "nl") -> tuple[CardSet, ...]:
    """The shipped card sets in ``language`` (``"nl"`` or ``"en"``), read once per language.

    Raises ``CatalogError`` naming the file and the entry when a file does not fit.
    """
    return read_card_sets(resource_dir() / "catalog", language)


# --------------------------------------------------------------------------- search


def search_cards(sets: Sequence[CardSet], query: str) -> list[tuple[CardSet, Card]]:
    """The cards where every word of ``query`` occurs (case and accents ignored) in the set
    title, the card title, text or items; in set and card order. An empty query finds nothing.
    """
    words = fold(query).split()
    if not words:
        return []
    found: list[tuple[CardSet, Card]] = []
    for card_set in sets:
        set_title = fold(card_set.title)
        for card in card_set.cards:
            haystack = "\n".join(
                (set_title, fold(card.title), fold(card.text), *(fold(i) for i in card.items))
            )
            if all(word in haystack for word in words):
                found.append((card_set, card))
    return found


BASIC_ATTITUDE_SET = "2.3"


def basic_attitude(language: str = "nl") -> Card:
    """The definition card of the basic attitude (*passende grondhouding*, 002 l.909–942):
    reciprocity, sensitive responsiveness, equality and an eye for diversity."""
    card_set = next(s for s in load_card_sets(language) if s.key == BASIC_ATTITUDE_SET)
    return next(c for c in card_set.cards if c.kind == "definition")
