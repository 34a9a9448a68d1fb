"""Contact overview of a group: last contact, talks this year, open and overdue agreements,
and the two signals (no contact yet this school year; only concerns so far)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from parentconv.changes import Changes
from parentconv.dates import format_date, school_year_of
from parentconv.services import history, people
from parentconv_ui.common.colours import qcolour
from parentconv_ui.common.context import AppContext
from parentconv_ui.common.widgets import named


class SortableItem(QTableWidgetItem):
    """Sorts on a hidden key (dates, numbers), shows friendly text."""

    def __init__(self, text: str, key: object) -> None:
        super().__init__(text)
        self.key = key

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, SortableItem):
            return bool(self.key < other.key)  # type: ignore[operator]
        return super().__lt__(other)


class GroupOverview(QWidget):
    """Emits ``open_pupil(pupil_id)`` on a click (the main window shows the pupil)."""

    open_pupil = Signal(int)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.language = ctx.language
        self.rows: list[history.OverviewRow] = []
        self._behind = False
        ctx.bus.changed.connect(self._changed)
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("overviewGroup")
        self.group_combo.currentIndexChanged.connect(lambda _i: self.fill())
        self.summary = QLabel()
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("overviewTable")
        named(self.table, self.tr("Contact per leerling"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Leerling"),
                self.tr("Laatste contact"),
                self.tr("Gesprekken dit jaar"),
                self.tr("Open afspraken"),
                self.tr("Verlopen"),
                self.tr("Signaal"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.cellClicked.connect(self._clicked)
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().sortIndicatorChanged.connect(
            lambda column, order: setattr(self, "_sort", (column, order))
        )
        self.table.itemActivated.connect(lambda item: self._clicked(item.row(), 0))
        top = QHBoxLayout()
        group_label = QLabel(self.tr("Groep"))
        group_label.setBuddy(self.group_combo)
        named(self.group_combo, self.tr("Groep"))
        top.addWidget(group_label)
        top.addWidget(self.group_combo)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.reload()

    def reload(self) -> None:
        keep = self.group_combo.currentData()
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        for group in self.ctx.read(people.list_groups):
            self.group_combo.addItem(group.label, group.id)
        index = self.group_combo.findData(keep)
        self.group_combo.setCurrentIndex(index if index >= 0 else 0)
        self.group_combo.blockSignals(False)
        self.fill()

    def fill(self) -> None:
        group_id = self.group_combo.currentData()
        rows = (
            self.ctx.read(history.group_overview, int(group_id), self.ctx.today())
            if group_id is not None
            else []
        )
        self.rows = rows
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            signals = []
            if row.no_contact_this_year:
                signals.append(self.tr("nog geen contact dit schooljaar"))
            if row.only_concerns:
                signals.append(self.tr("alleen gesprekken over zorgen"))
            last = (
                format_date(row.last_contact, self.language)
                if row.last_contact
                else self.tr("nooit")
            )
            cells = [
                SortableItem(row.pupil.name, row.pupil.sort_key),
                SortableItem(last, row.last_contact or dt.date.min),
                SortableItem(str(row.talks_this_year), row.talks_this_year),
                SortableItem(str(row.open_agreements), row.open_agreements),
                SortableItem(
                    str(row.overdue_agreements) if row.overdue_agreements else "–",
                    row.overdue_agreements,
                ),
                SortableItem("; ".join(signals), (len(signals), signals)),
            ]
            for c, cell in enumerate(cells):
                cell.setData(Qt.ItemDataRole.UserRole, row.pupil.id)
                if (c == 5 and signals) or (c == 4 and row.overdue_agreements):
                    cell.setForeground(QBrush(qcolour("warning")))
                self.table.setItem(r, c, cell)
        header = self.table.horizontalHeader()
        header.setSortIndicator(*self._sort)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        without = sum(1 for r in rows if r.no_contact_this_year)
        concerns = sum(1 for r in rows if r.only_concerns)
        self.summary.setText(
            self.tr(
                "Schooljaar {0}: {1} leerlingen, {2} zonder contact, {3} alleen over zorgen"
            ).format(school_year_of(self.ctx.today()), len(rows), without, concerns)
        )

    def _changed(self, changes: Changes) -> None:
        # Any talk or agreement change touches its pupil; a pupil joining touches the group.
        if not (changes.groups or changes.touches(pupils=self._shown_pupils())):
            return
        if not self.isVisible():  # another tab is open: catch up when shown
            self._behind = True
            return
        if changes.groups:
            self.reload()
        else:
            self.fill()

    def _shown_pupils(self) -> list[int]:
        ids = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def showEvent(self, event: QShowEvent) -> None:
        if self._behind:
            self._behind = False
            self.reload()
        super().showEvent(event)

    def _clicked(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.open_pupil.emit(int(item.data(Qt.ItemDataRole.UserRole)))
