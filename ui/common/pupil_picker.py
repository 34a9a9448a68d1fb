"""Choose a pupil by typing part of the name, accents or not ("zoe" finds Zoë, "sukru" Şükrü).

A line edit with a completion list filtered the same way as the main search (every typed word
in the folded name). ``chosen(pupil_id)`` is emitted for the entry the teacher picked: the one
clicked, or chosen with the arrow keys and Enter, or — on Enter without the list — the only
match. The pupil is always taken from the entry chosen, never from a stale current item.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from parentconv.services.views import PupilView
from parentconv.text import fold

PUPIL_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class _Matches(QSortFilterProxyModel):
    """Entries whose folded label holds every typed word."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.folded: list[str] = []

    def set_query(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter() is deprecated there
            self.beginFilterChange()
            self.words = fold(text).split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.words = fold(text).split()
            self.invalidateFilter()

    def filterAcceptsRow(
        self, source_row: int, _source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if source_row >= len(self.folded):
            return False
        haystack = self.folded[source_row]
        return all(word in haystack for word in self.words)


class PupilPicker(QLineEdit):
    """Type part of a pupil's name; ``chosen(pupil_id)`` when one is picked."""

    chosen = Signal(int)
    no_single_match = Signal(str)  # the typed text, when Enter cannot pick one pupil

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._labels = QStringListModel(self)
        self._matches = _Matches(self)
        self._matches.setSourceModel(self._labels)
        self._completer = QCompleter(self._matches, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(8)
        self._completer.setWidget(self)
        # activated is overloaded (text, index): take the index one
        cast(Any, self._completer.activated)[QModelIndex].connect(self._activated)
        self._just_chosen = False
        self.textEdited.connect(self._edited)
        self.returnPressed.connect(self._enter)

    def set_pupils(self, pupils: Sequence[PupilView]) -> None:
        """The pupils to choose from, each shown as "Name (group)"."""
        labels = [f"{p.name} ({p.group_name})" for p in pupils]
        self._ids = [p.id for p in pupils]
        self._matches.folded = [fold(label) for label in labels]
        self._labels.setStringList(labels)
        self._matches.set_query(self.text())

    def _hide_popup(self) -> None:
        popup = self._completer.popup()
        if popup is not None:
            popup.hide()

    def popup_visible(self) -> bool:
        popup = self._completer.popup()
        return popup is not None and popup.isVisible()

    def matching_ids(self) -> list[int]:
        """The pupils the typed text matches, in list order."""
        return [
            self._ids[self._matches.mapToSource(self._matches.index(row, 0)).row()]
            for row in range(self._matches.rowCount())
        ]

    def _edited(self, text: str) -> None:
        self._matches.set_query(text)
        if text.strip() and self._matches.rowCount():
            self._completer.complete()
        else:
            self._hide_popup()

    def _activated(self, index: QModelIndex) -> None:
        # The completer hands an index of its own proxy over our model: map it down to a row.
        model = index.model()
        while isinstance(model, QAbstractProxyModel) and model is not self._matches:
            index = model.mapToSource(index)
            model = index.model()
        if model is self._matches:
            index = self._matches.mapToSource(index)
        if not index.isValid() or index.row() >= len(self._ids):
            return
        self._choose(self._ids[index.row()])

    def _choose(self, pupil_id: int) -> None:
        # Enter on the list reaches us twice (returnPressed, then activated): act once.
        if self._just_chosen:
            return
        self._just_chosen = True
        QTimer.singleShot(0, self._forget_choice)
        self._hide_popup()
        self.clear()
        self._matches.set_query("")
        self.chosen.emit(pupil_id)

    def _forget_choice(self) -> None:
        self._just_chosen = False

    def _enter(self) -> None:
        # Enter on the list arrives here before the list's own "activated": let that one win.
        QTimer.singleShot(0, self._enter_typed)

    def _enter_typed(self) -> None:
        if self._just_chosen:
            return
        text = self.text().strip()
        if not text:
            return
        ids = self.matching_ids()
        exact = [
            pid
            for pid, label in zip(self._ids, self._labels.stringList(), strict=True)
            if fold(label.rsplit(" (", 1)[0]) == fold(text)
        ]
        if len(ids) == 1 or len(exact) == 1:
            self._choose(ids[0] if len(ids) == 1 else exact[0])
        else:
            self.no_single_match.emit(text)
