"""Help → Kaarten: the card sets to browse, search and print as cards (A6, four to an A4)."""

from __future__ import annotations

import io
import re

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from uihelpers import Keyboard, context_for

from parentconv.cards import load_card_sets
from parentconv.pdf.cards import render_card_sets
from parentconv.store.db import Database
from parentconv.text import fold
from parentconv_ui.main.main_window import MainWindow
from parentconv_ui.printing.preview import PdfPreview


def words(text: str) -> str:
    return " ".join(fold(text).split())


def pdf_text(data: bytes) -> tuple[int, str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return len(reader.pages), words(" ".join(page.extract_text() for page in reader.pages))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_card_prints_whole_four_to_a_page(language: str) -> None:
    sets = load_card_sets(language)
    pages, text = pdf_text(render_card_sets(sets, language=language))
    cards = sum(len(s.cards) + 1 for s in sets)  # a set card first in each set
    assert pages >= -(-cards // 4)
    for card_set in sets:
        assert words(card_set.title)[:40] in text
        for card in card_set.cards:
            assert words(card.title)[:40] in text, card.title
            for item in card.items:
                # the first words of every item: nothing is cut off (a long card goes on)
                assert " ".join(words(item).split()[:4]) in text, item
    assert ("gesprekskaart 1.1" if language == "nl" else "conversation card 1.1") in text
    assert "r. " in text if language == "nl" else "l. " in text


def test_the_library_opens_with_f1_searches_as_you_type_and_prints_a_set(
    qtbot: QtBot, db: Database
) -> None:
    main = MainWindow(context_for(db))
    qtbot.addWidget(main)
    main.show()
    with qtbot.waitActive(main):
        main.activateWindow()
    QTest.keyClick(QApplication.focusWidget() or main, Qt.Key.Key_F1)
    library = main.card_library
    assert library is not None
    qtbot.addWidget(library)
    qtbot.waitUntil(library.isVisible)
    sets = load_card_sets("nl")
    assert library.tree.topLevelItemCount() == len(sets)

    # a word from one card's items, typed without its accents and in lower case
    target_set, target = next(
        (s, c) for s in sets for c in s.cards if c.kind == "conversation" and c.items
    )
    word = max(re.findall(r"\w+", target.items[0]), key=len)
    library.search.setFocus()
    QTest.keyClicks(library.search, fold(word))
    qtbot.waitUntil(lambda: "gevonden" in library.count.text())
    shown = [library.tree.topLevelItem(i).text(0) for i in range(library.tree.topLevelItemCount())]
    assert f"{target_set.key} {target_set.title}" in shown
    assert len(shown) <= len(sets)
    qtbot.waitUntil(lambda: fold(word) in fold(library.view.toPlainText()))

    # choose the set and print it
    for i in range(library.tree.topLevelItemCount()):
        item = library.tree.topLevelItem(i)
        if item.text(0) == f"{target_set.key} {target_set.title}":
            library.tree.setCurrentItem(item)
    assert library.chosen_set() == target_set.key
    qtbot.mouseClick(library.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, PdfPreview) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
    )
    preview = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreview) and w.isVisible()
    )
    pages, text = pdf_text(preview.data)
    assert pages >= 1 and words(target.title)[:40] in text
    others = [s for s in sets if s.key != target_set.key]
    assert all(f"kaartenset {s.key} " not in text for s in others)  # only the chosen set
    preview.close()

    # nothing found: said so
    library.search.clear()
    QTest.keyClicks(library.search, "xyzzyqq")
    qtbot.waitUntil(lambda: library.count.text().startswith("0 "))
    assert "Geen kaart" in library.view.toPlainText()


def test_the_basic_attitude_is_beside_the_relational_message_and_opens_its_card(
    qtbot: QtBot, db: Database
) -> None:
    from parentconv.services import people, talks
    from parentconv.services.talks import TalkInput

    group = db.run(people.create_group, name="groep 5", school_year="2026-2027").id
    pupil = db.run(
        people.create_pupil,
        group_id=group,
        data=people.PupilInput(given_name="Noor", family_name="Visser"),
    ).id
    talk_id = db.run(
        talks.create_talk,
        data=TalkInput(
            pupil_id=pupil, type_key="ten_minute", date="2026-12-10", start_time="18:30"
        ),
    ).id
    main = MainWindow(context_for(db))
    qtbot.addWidget(main)
    main.show()
    window = main.open_preparation(talk_id)
    qtbot.addWidget(window)
    qtbot.waitUntil(window.isVisible)
    with qtbot.waitActive(window):
        window.activateWindow()
    label = window.findChild(QLabel, "basicAttitude")
    text = label.text()
    assert "Wat is een passende grondhouding?" in text
    for element in ("Wederkerigheid", "Sensitieve responsiviteit", "Gelijkwaardigheid"):
        assert element in text
    assert "kaartenset Ouderbetrokkenheid, r. 909–942" in text
    window.jump_to("relational")
    kb = Keyboard(qtbot)
    kb.focus_until(label, limit=200)
    kb.tab()  # Tab within the label goes on to its link
    assert QApplication.focusWidget() is label and label.selectedText() == "kaart lezen"
    kb.enter()
    library = main.card_library
    assert library is not None
    qtbot.addWidget(library)
    qtbot.waitUntil(library.isVisible)
    assert library.chosen_set() == "2.3"
    assert "Gelijkwaardigheid" in library.view.toPlainText()
