"""Tonight's talks: the screen a teacher opens in the afternoon before the evening."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from parentconv.dates import format_date, format_time
from parentconv.services import evenings
from parentconv.services.evenings import EveningView
from parentconv.store.db import Database
from parentconv_ui.common.labels import completeness_label, talk_status_label

NOT_READY = QColor("#8a4b00")


class TonightView(QWidget):
    """Today's evening (or the next one), slot by slot, one click to prepare or start."""

    prepare = Signal(int)
    start_talk = Signal(int)
    print_pack = Signal(object)  # the evening's date

    def __init__(self, db: Database, language: str = "nl", today: dt.date | None = None) -> None:
        super().__init__()
        self.db = db
        self.language = language
        self.today = today or dt.date.today()
        self.view: EveningView | None = None
        self.title = QLabel()
        self.title.setObjectName("tonightTitle")
        self.title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet("color: #555;")
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("tonightTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Tijd"),
                self.tr("Leerling"),
                self.tr("Ouders/verzorgers"),
                self.tr("Tolk"),
                self.tr("Voorbereiding"),
                self.tr("Open afspraken"),
                "",
                "",
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(
            lambda item: self.prepare.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #777; font-size: 15px;")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        self.pack_button = QPushButton(self.tr("Avondpakket afdrukken…"))
        self.pack_button.setObjectName("printPack")
        self.pack_button.clicked.connect(
            lambda: self.view is not None and self.print_pack.emit(self.view.date)
        )
        top.addWidget(self.pack_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.reload()

    def evening_to_show(self) -> EveningView | None:
        """Today's evening, else the next one to come."""
        todays = self.db.run(evenings.evenings_on, self.today)
        if todays:
            return todays[0]
        coming = [e for e in self.db.run(evenings.list_evenings) if e.date > self.today]
        return min(coming, key=lambda e: e.starts_at) if coming else None

    def reload(self) -> None:
        self.view = view = self.evening_to_show()
        self.table.setVisible(view is not None)
        self.pack_button.setVisible(view is not None)
        self.empty.setVisible(view is None)
        if view is None:
            self.title.setText(self.tr("Geen gesprekkenavond gepland"))
            self.subtitle.setText("")
            self.empty.setText(self.tr("Plan er een op het tabblad ‘Gesprekkenavonden’."))
            return
        when = (
            self.tr("Vanavond")
            if view.date == self.today
            else format_date(view.date, self.language)
        )
        self.title.setText(
            self.tr("{0} · {1}–{2}").format(
                when, format_time(view.starts_at), format_time(view.ends_at)
            )
        )
        slots = view.slots
        ready = sum(1 for s in slots if s.talk.completeness.is_prepared)
        parts = [format_date(view.date, self.language)]
        if view.location:
            parts.append(view.location)
        parts.append(self.tr("{0} gesprekken, {1} voorbereid").format(len(slots), ready))
        self.subtitle.setText(" · ".join(parts))
        self.table.setRowCount(len(slots))
        for row, slot in enumerate(slots):
            carers = "\n".join(
                c.name + (f" ({c.language})" if c.language and c.language != "Nederlands" else "")
                for c in slot.carers
            )
            status = talk_status_label(slot.talk.status, slot.talk.cancel_reason)
            cells = [
                f"{format_time(slot.starts_at)}–{format_time(slot.ends_at)}",
                slot.talk.pupil_name,
                carers,
                self.tr("tolk nodig") if slot.interpreter_needed else "",
                completeness_label(slot.talk.completeness)
                if slot.talk.status in ("planned", "prepared")
                else status,
                str(slot.open_agreements) if slot.open_agreements else "–",
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, slot.talk.id)
                if col == 4 and not slot.talk.completeness.is_prepared:
                    item.setForeground(QBrush(NOT_READY))
                if col == 3 and slot.interpreter_needed:
                    item.setForeground(QBrush(NOT_READY))
                self.table.setItem(row, col, item)
            prepare = QPushButton(self.tr("Voorbereiden"))
            prepare.setObjectName(f"prepare_{slot.talk.id}")
            prepare.clicked.connect(lambda _c=False, t=slot.talk.id: self.prepare.emit(t))
            start = QPushButton(self.tr("Start gesprek"))
            start.setObjectName(f"start_{slot.talk.id}")
            start.clicked.connect(lambda _c=False, t=slot.talk.id: self.start_talk.emit(t))
            start.setEnabled(slot.talk.status in ("planned", "prepared"))
            self.table.setCellWidget(row, 6, prepare)
            self.table.setCellWidget(row, 7, start)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
