"""Help → Kaarten: the card sets of the card set *Ouderbetrokkenheid* (seed 002), to browse
and search, and to print as cards to cut out (A6, four to an A4).

On the left the sets and their cards (typing in the search box keeps the cards whose words
match, accents and case ignored); on the right the chosen card as the seed has it, with where it
comes from. "Kaarten afdrukken…" prints the chosen set, or every set when none is chosen.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from parentconv.cards import KIND_WORDS, Card, CardSet, load_card_sets, search_cards
from parentconv.citations import where
from parentconv.i18n import _ as core_text
from parentconv_ui.common.colours import colour
from parentconv_ui.common.widgets import fit_to_screen, named

SET_ROLE = Qt.ItemDataRole.UserRole + 1
CARD_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_MS = 150


class CardLibrary(QWidget):
    """Emits ``print_sets`` with the keys of the sets to print ("" for all)."""

    print_sets = Signal(str)

    def __init__(self, language: str) -> None:
        super().__init__()
        self.setWindowFlag(Qt.WindowType.Window)
        self.language = language
        self.sets: tuple[CardSet, ...] = load_card_sets(language)
        self.setWindowTitle(self.tr("Kaarten – Ouderbetrokkenheid"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "De gespreks-, opdracht- en definitiekaarten van de kaartenset "
                "Ouderbetrokkenheid, om je voor te bereiden of om met collega's te bespreken."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        search_label = QLabel(self.tr("&Zoeken in de kaarten:"))
        self.search = QLineEdit()
        self.search.setObjectName("cardSearch")
        self.search.setPlaceholderText(self.tr("bijv. thuis, verwachtingen"))
        self.search.setClearButtonEnabled(True)
        named(self.search, self.tr("Zoeken in de kaarten"))
        search_label.setBuddy(self.search)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_MS)
        self._search_timer.timeout.connect(self._fill)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        left_layout.addWidget(search_label)
        left_layout.addWidget(self.search)
        self.tree = QTreeWidget()
        self.tree.setObjectName("cardTree")
        self.tree.setHeaderHidden(True)
        named(self.tree, self.tr("Kaartensets en kaarten"))
        self.tree.currentItemChanged.connect(lambda current, _previous: self._show(current))
        left_layout.addWidget(self.tree, 1)
        self.count = QLabel()
        left_layout.addWidget(self.count)
        splitter.addWidget(left)

        self.view = QTextBrowser()
        self.view.setObjectName("cardView")
        named(self.view, self.tr("De gekozen kaart"))
        self.view.setOpenLinks(False)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([340, 620])
        layout.addWidget(splitter, 1)

        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Kaarten &afdrukken…"))
        self.print_button.setObjectName("printCards")
        self.print_button.setToolTip(
            self.tr("De gekozen kaartenset (of alle sets) als kaarten van A6, vier per A4.")
        )
        self.print_button.clicked.connect(lambda: self.print_sets.emit(self.chosen_set()))
        close = QPushButton(self.tr("Sluiten"))
        close.clicked.connect(self.close)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+W"), self).activated.connect(self.close)
        QShortcut(QKeySequence("Ctrl+F"), self).activated.connect(self.search.setFocus)
        self._fill()
        fit_to_screen(self, 1000, 680)

    def kind_word(self, kind: str) -> str:
        return core_text(KIND_WORDS.get(kind, KIND_WORDS["other"]))

    # --- the list ---------------------------------------------------------------------------------

    def _fill(self) -> None:
        query = self.search.text().strip()
        matches = search_cards(self.sets, query) if query else None
        wanted = {(s.key, id(c)) for s, c in matches} if matches is not None else None
        self.tree.clear()
        shown = 0
        first: QTreeWidgetItem | None = None
        for card_set in self.sets:
            cards = [
                (index, card)
                for index, card in enumerate(card_set.cards)
                if wanted is None or (card_set.key, id(card)) in wanted
            ]
            if wanted is not None and not cards:
                continue
            top = QTreeWidgetItem([f"{card_set.key} {card_set.title}"])
            top.setData(0, SET_ROLE, card_set.key)
            self.tree.addTopLevelItem(top)
            for index, card in cards:
                child = QTreeWidgetItem([f"{self.kind_word(card.kind)}: {card.title}"])
                child.setData(0, SET_ROLE, card_set.key)
                child.setData(0, CARD_ROLE, index)
                top.addChild(child)
                shown += 1
                first = first or child
            top.setExpanded(wanted is not None)
        if wanted is None:
            self.count.setText(
                self.tr("{0} kaartensets, {1} kaarten").format(
                    len(self.sets), sum(len(s.cards) for s in self.sets)
                )
            )
        else:
            self.count.setText(self.tr("{0} kaarten gevonden").format(shown))
        if first is not None and wanted is not None:
            self.tree.setCurrentItem(first)
        elif (top_item := self.tree.topLevelItem(0)) is not None:
            self.tree.setCurrentItem(top_item)
        else:
            nothing = self.tr("Geen kaart met deze woorden.")
            self.view.setHtml(f"<p>{escape(nothing)}</p>")

    def show_set(self, key: str) -> None:
        """Show one set (all cards listed again), at its definition card if it has one."""
        if self.search.text():
            self.search.clear()
            self._fill()
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            if top is None or top.data(0, SET_ROLE) != key:
                continue
            top.setExpanded(True)
            chosen = top
            for i, card in enumerate(self._set(key).cards):
                child = top.child(i)
                if card.kind == "definition" and child is not None:
                    chosen = child
                    break
            self.tree.setCurrentItem(chosen)
            self.tree.scrollToItem(chosen)
            return

    def chosen_set(self) -> str:
        item = self.tree.currentItem()
        return str(item.data(0, SET_ROLE)) if item is not None else ""

    # --- the card ---------------------------------------------------------------------------------

    def _set(self, key: str) -> CardSet:
        return next(s for s in self.sets if s.key == key)

    def _show(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        card_set = self._set(str(item.data(0, SET_ROLE)))
        index = item.data(0, CARD_ROLE)
        if index is None:
            self.view.setHtml(self._set_html(card_set))
        else:
            self.view.setHtml(self._card_html(card_set, card_set.cards[int(index)]))

    def _source_html(self, card_set: CardSet, card: Card | None) -> str:
        source = card.source if card is not None else card_set.source
        return f'<p style="color: {colour("hint")};">{escape(where(source, self.language))}</p>'

    def _set_html(self, card_set: CardSet) -> str:
        parts = [f"<h2>{escape(card_set.key)} {escape(card_set.title)}</h2>"]
        if card_set.goal:
            goal_word = self.tr("Doel")
            parts.append(f"<h4>{escape(goal_word)}</h4><ul>")
            parts += [f"<li>{escape(g)}</li>" for g in card_set.goal]
            parts.append("</ul>")
        if card_set.method:
            method_word = self.tr("Werkwijze")
            parts.append(f"<h4>{escape(method_word)}</h4><p>{escape(card_set.method)}</p>")
        cards_word = self.tr("Kaarten")
        parts.append(f"<h4>{escape(cards_word)}</h4><ul>")
        parts += [
            f"<li>{escape(self.kind_word(c.kind))}: {escape(c.title)}</li>" for c in card_set.cards
        ]
        parts.append("</ul>")
        parts.append(self._source_html(card_set, None))
        return "".join(parts)

    def _card_html(self, card_set: CardSet, card: Card) -> str:
        parts = [
            f'<p style="color: {colour("hint")};">'
            f"{escape(self.kind_word(card.kind))} · {escape(card_set.key)} "
            f"{escape(card_set.title)}</p>",
            f"<h2>{escape(card.title)}</h2>",
        ]
        parts += [
            f"<p>{escape(' '.join(p.split()))}</p>" for p in card.text.split("\n\n") if p.strip()
        ]
        if card.items:
            parts.append("<ul>" + "".join(f"<li>{escape(i)}</li>" for i in card.items) + "</ul>")
        parts.append(self._source_html(card_set, card))
        return "".join(parts)
