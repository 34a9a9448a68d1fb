"""The card sets of seed 002: structure, nl/en parity, fidelity to the seed, search, bad files."""

from __future__ import annotations

import json
import re
import shutil
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from parentconv.cards import (
    KINDS,
    SEED_LINE_COUNTS,
    SET_KEYS,
    Card,
    CardSet,
    load_card_sets,
    read_card_sets,
    search_cards,
)
from parentconv.catalog_model import CatalogError, SourceRef
from parentconv.resources import resource_dir

SEED_DIR = Path(__file__).resolve().parents[2] / "shared" / "seeds"
CATALOG_DIR = resource_dir() / "catalog"

TITLES = {
    "1.1": "Behoefte van ouders",
    "1.2": "Wat is ouderbetrokkenheid?",
    "1.3": "Thuisbetrokkenheid",
    "1.4": "Visie op ouderbetrokkenheid",
    "2.1": "Wat is Educatief Partnerschap?",
    "2.2": "Educatieve partners",
    "2.3": "Een passende grondhouding",
    "3.1": "Oudergesprekken: Inleiding",
    "3.2": "Oudergesprekken: Theorie",
    "3.3": "Oudergesprekken: Voorbereiding",
}


@pytest.fixture(scope="module")
def nl() -> tuple[CardSet, ...]:
    return load_card_sets("nl")


@pytest.fixture(scope="module")
def en() -> tuple[CardSet, ...]:
    return load_card_sets("en")


# --------------------------------------------------------------------------- structure


def test_the_ten_sets_with_their_titles(nl: tuple[CardSet, ...], en: tuple[CardSet, ...]) -> None:
    assert tuple(s.key for s in nl[: len(SET_KEYS)]) == SET_KEYS
    assert {s.key: s.title for s in nl if s.key in TITLES} == TITLES
    for card_set in (*nl[: len(SET_KEYS)], *en[: len(SET_KEYS)]):
        assert card_set.goal and card_set.method and card_set.cards, card_set.key
        assert any(c.kind == "conversation" for c in card_set.cards), card_set.key
    assert [s.key for s in nl] == [s.key for s in en]
    assert nl[-1].key == "energizers" and {c.kind for c in nl[-1].cards} == {"energizer"}


def test_nl_and_en_have_the_same_shape(nl: tuple[CardSet, ...], en: tuple[CardSet, ...]) -> None:
    for ours, theirs in zip(nl, en, strict=True):
        assert ours.source == theirs.source
        assert len(ours.goal) == len(theirs.goal), ours.key
        assert ours.method.count("\n\n") == theirs.method.count("\n\n"), ours.key
        assert len(ours.cards) == len(theirs.cards), ours.key
        for a, b in zip(ours.cards, theirs.cards, strict=True):
            assert (a.kind, a.source, len(a.items)) == (b.kind, b.source, len(b.items)), a.title
            assert a.text.count("\n\n") == b.text.count("\n\n"), a.title
            assert a.title != b.title or a.title.startswith("Energizer"), a.title  # translated


def test_cards_are_well_formed(nl: tuple[CardSet, ...], en: tuple[CardSet, ...]) -> None:
    for card_set in (*nl, *en):
        for card in card_set.cards:
            assert card.kind in KINDS
            assert card.text or card.items, card.title
            assert all(p.strip() == p and p for p in card.text.split("\n\n") if card.text)
            assert card.source.last_line <= SEED_LINE_COUNTS[card.source.seed]


def test_the_basic_attitude_is_in_set_2_3(nl: tuple[CardSet, ...], en: tuple[CardSet, ...]) -> None:
    for sets, names in (
        (
            nl,
            (
                "Wederkerigheid",
                "Sensitieve responsiviteit",
                "Gelijkwaardigheid",
                "Oog voor diversiteit",
            ),
        ),
        (en, ("Reciprocity", "Sensitive responsiveness", "Equality", "An eye for diversity")),
    ):
        card_set = next(s for s in sets if s.key == "2.3")
        definition = next(c for c in card_set.cards if c.kind == "definition")
        assert definition.source == SourceRef(seed="002", lines="909-942")
        assert len(definition.items) == len(names)
        assert all(i.startswith(n) for i, n in zip(definition.items, names, strict=True))


def test_loading_is_cached_and_immutable(nl: tuple[CardSet, ...]) -> None:
    assert load_card_sets("nl") is nl
    with pytest.raises(AttributeError):
        nl[0].title = "x"  # type: ignore[misc]
    with pytest.raises(CatalogError, match="unknown card language"):
        load_card_sets("de")


# --------------------------------------------------------------------------- fidelity to seed

SLACK = 1
"""How many lines either side of a cited range the text may spill into."""

SEED_CORRECTIONS = {"leer- resultaten": "leerresultaten"}
"""Extraction breaks corrected in the display text (each noted in the card's ``note``)."""

_UNIFY = str.maketrans(
    {"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00ad": "", "\u00a0": " "}
)


def _fold(text: str) -> str:
    """As in tests/test_catalog.py: casefolded, quotes and dashes unified, spaces collapsed."""
    text = unicodedata.normalize("NFC", text).translate(_UNIFY)
    return " ".join(text.casefold().split())


def _words(text: str) -> str:
    """Folded words only: the PDF's layout (table cells, bullets) loses punctuation."""
    return " ".join(re.findall(r"\w+", _fold(text)))


@pytest.fixture(scope="module")
def seed() -> list[str]:
    path = next(iter(sorted(SEED_DIR.glob("002_*.txt"))), None)
    if path is None:
        pytest.skip(f"seed 002 not found in {SEED_DIR}")
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")  # not splitlines(): that also splits on \f, \x1c, ...
    if text.endswith("\n"):
        lines.pop()
    return lines


def _span(lines: list[str], ref: SourceRef) -> tuple[str, ...]:
    """The cited lines (±SLACK) as words: as they are and with line-end hyphenation joined."""
    raw = "\n".join(lines[max(0, ref.first_line - 1 - SLACK) : ref.last_line + SLACK])
    joined = re.sub(r"(\w)-[ \t]*\n[ \t]*(?=\w)", r"\1", raw)
    variants = []
    for text in (raw, joined):
        for typo, fixed in SEED_CORRECTIONS.items():
            text = text.replace(typo, fixed)
        variants.append(_words(text))
    return tuple(variants)


def _is_in(text: str, span: tuple[str, ...]) -> bool:
    """``text`` stands in the span, whole or (where the seed's columns split a paragraph) as
    runs of at least five words."""
    words = _words(text).split()
    for variant in span:
        i = 0
        while i < len(words):
            j = len(words)
            while j > i and f" {' '.join(words[i:j])} " not in f" {variant} ":
                j -= 1
            if j == i or (j - i < 5 and j < len(words)):
                break
            i = j
        else:
            return True
    return False


def _texts(card_set: CardSet) -> Iterator[tuple[str, str, SourceRef]]:
    for goal in card_set.goal:
        yield f"set {card_set.key} goal", goal, card_set.source
    for paragraph in card_set.method.split("\n\n") if card_set.method else ():
        yield f"set {card_set.key} method", paragraph, card_set.source
    for card in card_set.cards:
        where = f"set {card_set.key} card {card.title!r}"
        for paragraph in card.text.split("\n\n") if card.text else ():
            yield where, paragraph, card.source
        for item in card.items:
            yield f"{where} item", item, card.source


def test_every_dutch_text_is_in_its_lines(nl: tuple[CardSet, ...], seed: list[str]) -> None:
    """Every goal, method paragraph, card paragraph and item stands (normalised) in its lines.

    The table of communication goals (set 3.2) is written as "Informatief – Informeren – ...":
    its words, not its dashes, are the seed's.
    """
    assert len(seed) == SEED_LINE_COUNTS["002"]
    wrong = [
        f"{what}: {text!r} is not in 002 l.{ref.lines}"
        for card_set in nl
        for what, text, ref in _texts(card_set)
        if not _is_in(text, _span(seed, ref))
    ]
    assert wrong == [], "\n".join(wrong)


def test_corrections_are_noted(seed: list[str]) -> None:
    raw = (CATALOG_DIR / "nl" / "cards.json").read_text(encoding="utf-8")
    for typo, fixed in SEED_CORRECTIONS.items():
        assert typo in "\n".join(seed) and fixed in raw and typo in raw, typo


def test_the_check_finds_a_changed_word(nl: tuple[CardSet, ...], seed: list[str]) -> None:
    card = nl[0].cards[0]
    assert _is_in(card.items[0], _span(seed, card.source))
    assert not _is_in(card.items[0].replace("ouders", "leerlingen"), _span(seed, card.source))
    assert not _is_in(card.items[0], _span(seed, SourceRef(seed="002", lines="1000-1010")))


# --------------------------------------------------------------------------- search


def _titles(found: list[tuple[CardSet, Card]]) -> list[tuple[str, str]]:
    return [(s.key, c.title) for s, c in found]


def test_search_folds_accents_and_case(nl: tuple[CardSet, ...]) -> None:
    assert _titles(search_cards(nl, "ASSOCIEREN")) == [("energizers", "Associëren")]
    assert search_cards(nl, "creeren") == search_cards(nl, "creëren") != []


def test_search_needs_every_word(nl: tuple[CardSet, ...]) -> None:
    both = search_cards(nl, "lego vader")
    assert _titles(both) == [("2.2", "Casus ‘Constructies’")]
    assert len(search_cards(nl, "lego")) >= len(both)
    assert search_cards(nl, "lego vaccin") == []


def test_search_finds_a_word_in_an_item_and_the_set_title(nl: tuple[CardSet, ...]) -> None:
    found = _titles(search_cards(nl, "taalbarrière"))
    assert found == [("1.1", "Behoefte van ouders")]  # an item of the background card
    in_set = search_cards(nl, "voorbereiding gesprekskaarten")
    assert ("3.3", "Gesprekskaarten 3.3") in _titles(in_set)  # set title + card title
    keys = [s.key for s, _ in search_cards(nl, "ouder")]
    assert keys == sorted(keys, key=[s.key for s in nl].index)  # set and card order


def test_search_no_match_and_empty_query(nl: tuple[CardSet, ...], en: tuple[CardSet, ...]) -> None:
    assert search_cards(nl, "xylofoon") == []
    assert search_cards(nl, "") == [] and search_cards(nl, "   ") == []
    assert search_cards(en, "interpreter")  # English searches English
    assert search_cards(nl, "interpreter") == []


# --------------------------------------------------------------------------- bad files


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    root = tmp_path / "catalog"
    shutil.copytree(CATALOG_DIR, root)
    return root


def _edit(root: Path, language: str, change: Callable[[Any], None]) -> None:
    path = root / language / "cards.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def _error(root: Path, language: str = "nl") -> str:
    with pytest.raises(CatalogError) as info:
        read_card_sets(root, language)
    return str(info.value)


def test_copied_files_load(broken: Path) -> None:
    assert read_card_sets(broken, "en") == load_card_sets("en")


def _card(data: Any, set_index: int = 0, card_index: int = 0) -> Any:
    return data["sets"][set_index]["cards"][card_index]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: _card(d).pop("title"), "set 1 (key '1.1'), card 1: field 'title' is missing"),
        (lambda d: _card(d).update(kind="quiz"), "'quiz' is not one of"),
        (lambda d: _card(d).update(items=[]), "needs a 'text' or 'items'"),
        (lambda d: _card(d).update(items=["Vraag", ""]), "item 2 must be non-empty text"),
        (lambda d: _card(d).update(source={"seed": "002", "lines": "1840-1900"}), "1848 lines"),
        (lambda d: _card(d).update(source={"seed": "009", "lines": "1"}), "unknown seed"),
        (lambda d: _card(d).update(source="app"), "field 'source' must be an object"),
        (lambda d: _card(d).update(extra=1), "unknown field(s): 'extra'"),
        (lambda d: _card(d).update(note=3), "'note' must be text"),
        (lambda d: _card(d).update(text="Een.\n\n\n\nTwee."), "one blank line"),
        (lambda d: d["sets"][0].update(goal=[]), "needs a 'goal' and a 'method'"),
        (lambda d: d["sets"][1].update(key="1.1"), "a set key is repeated"),
        (lambda d: d["sets"].pop(3), "the sets must begin with"),
    ],
)
def test_broken_entries(broken: Path, change: Callable[[Any], None], expected: str) -> None:
    _edit(broken, "nl", change)
    message = _error(broken)
    assert "nl/cards.json" in message and expected in message, message


def test_languages_must_match(broken: Path) -> None:
    _edit(broken, "en", lambda d: _card(d, 2, 1).update(kind="background"))
    message = _error(broken, "nl")  # either language's load checks both
    assert "en/cards.json: set '1.3'" in message, message
    shutil.copytree(CATALOG_DIR, broken, dirs_exist_ok=True)
    _edit(broken, "en", lambda d: d["sets"][0]["cards"].pop())
    assert "set '1.1' does not match" in _error(broken, "en")
    shutil.copytree(CATALOG_DIR, broken, dirs_exist_ok=True)
    _edit(broken, "en", lambda d: d["sets"].pop())
    assert "11 sets" in _error(broken) or "10 sets" in _error(broken)


def test_missing_and_invalid_files(broken: Path) -> None:
    (broken / "en" / "cards.json").write_text('{"sets": [', encoding="utf-8")
    assert "en/cards.json: invalid JSON at line 1" in _error(broken)
    (broken / "en" / "cards.json").unlink()
    assert "en/cards.json: file is missing" in _error(broken)
    (broken / "nl" / "cards.json").write_bytes(b"\xff\xfe")
    assert "nl/cards.json: is not UTF-8" in _error(broken)
