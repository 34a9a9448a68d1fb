"""Tips from the sources where the situation asks for them: their words stand in their lines,
they show in the preparation when they apply, and a hidden tip stays hidden."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from test_cards import _words
from uihelpers import context_for

from parentconv.catalog_model import CatalogError
from parentconv.demo import load_demo_class
from parentconv.resources import resource_dir
from parentconv.services import people, talks
from parentconv.services.views import CarerView
from parentconv.settings import load_settings
from parentconv.store.db import Database
from parentconv.tips import SITUATIONS, load_tips, read_tips, situations, tips_for
from parentconv_ui.preparation.window import PreparationWindow

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
TODAY = dt.date(2026, 11, 23)


def carer(**changes: object) -> CarerView:
    base: dict[str, object] = dict(
        id=1,
        name="Anna",
        relation="moeder",
        language="",
        interpreter_needed=False,
        low_literacy=False,
        phone="",
        email="",
        notes="",
        pupil_ids=(1,),
    )
    base.update(changes)
    return CarerView(**base)  # type: ignore[arg-type]


def test_every_situation_has_tips_in_both_languages() -> None:
    nl, en = load_tips("nl"), load_tips("en")
    assert [(t.key, t.when, t.source) for t in nl] == [(t.key, t.when, t.source) for t in en]
    assert {t.when for t in nl} == set(SITUATIONS)


def test_every_quote_stands_in_its_lines() -> None:
    files = {p.name[:3]: p for p in SEEDS.glob("00*.txt")}
    if not files:
        pytest.skip(f"no seeds in {SEEDS}")
    missing = []
    for tip in load_tips("nl"):
        lines = files[tip.source.seed].read_text(encoding="utf-8").split("\n")
        raw = "\n".join(lines[max(0, tip.source.first_line - 3) : tip.source.last_line + 2])
        joined = re.sub(r"(\w)-[ \t]*\n[ \t]*(?=\w)", r"\1", raw)
        quote = f" {_words(tip.quote)} "
        if not any(quote in f" {_words(text)} " for text in (raw, joined)):
            missing.append(f"{tip.key}: {tip.quote!r} not in {tip.source.seed} {tip.source.lines}")
    assert missing == []


def test_the_situations_of_a_talk() -> None:
    assert situations("ten_minute", [carer()]) == {"two_way"}
    assert "interpreter" in situations("ten_minute", [carer(language="Tigrinya")])
    assert "interpreter" in situations("ten_minute", [carer(interpreter_needed=True)])
    assert "interpreter" not in situations("ten_minute", [carer(language="Nederlands")])
    assert "low_literacy" in situations("ten_minute", [carer(low_literacy=True)])
    assert "father" in situations("ten_minute", [carer(relation="vader")])
    assert "father" not in situations("ten_minute", [carer(relation="vader"), carer(id=2)])
    assert "concern" in situations("care", [carer()])
    shown = tips_for("care", [carer(low_literacy=True)])
    assert {t.when for t in shown} == {"two_way", "low_literacy", "concern"}
    hidden = shown[0].key
    assert hidden not in {t.key for t in tips_for("care", [carer()], hidden=[hidden])}


def test_a_broken_tips_file_is_refused(tmp_path: Path) -> None:
    for language in ("nl", "en"):
        (tmp_path / language).mkdir()
        source = resource_dir() / "catalog" / language / "tips.json"
        (tmp_path / language / "tips.json").write_text(
            source.read_text(encoding="utf-8").replace('"two_way"', '"unheard_of"', 1)
            if language == "nl"
            else source.read_text(encoding="utf-8"),
            encoding="utf-8",
        )
    with pytest.raises(CatalogError, match="unheard_of"):
        read_tips(tmp_path, "nl")


def test_the_preparation_shows_the_tips_that_apply_and_hides_one_for_good(
    qtbot: QtBot, db: Database
) -> None:
    db.run(load_demo_class, today=TODAY)
    # Fatima's mother speaks Tarifit at home and is low-literate (the demo class)
    fatima = next(p for p in db.run(people.list_pupils) if p.name == "Fatima El Amrani")
    talk = next(t for t in db.run(talks.list_talks, pupil_id=fatima.id) if t.is_open)
    ctx = context_for(db)
    window = PreparationWindow(ctx, talk.id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    label = window.situation_tips
    assert label.isVisible()
    shown = tips_for(
        talk.type_key,
        [c for c in db.run(people.carers_of, fatima.id) if c.id in talk.carer_ids],
    )
    assert {t.when for t in shown} >= {"interpreter", "low_literacy", "two_way"}
    for tip in shown:
        assert tip.text.replace("'", "&#x27;")[:30] in label.text() or tip.text[:30] in label.text()
    assert "bron: themanummer De stem van ouders" in label.text()
    first = shown[0]

    # Keyboard: focus the tips, Tab to the first "verbergen" link, Enter.
    label.setFocus()
    QTest.keyClick(label, Qt.Key.Key_Tab)
    QTest.keyClick(label, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: first.text[:30] not in label.text())
    assert load_settings(ctx.locations.settings_file).hidden_tips == [first.key]
    window.close()

    again = PreparationWindow(context_for(db), talk.id)
    qtbot.addWidget(again)
    again.show()
    assert first.text[:30] not in again.situation_tips.text()
    assert shown[1].text[:30] in again.situation_tips.text()
