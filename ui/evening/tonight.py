"""Tonight's talks: the screen a teacher opens in the afternoon before the evening.

One row per talk; the buttons under the table act on the chosen row (Tab moves between the
table and the buttons, never through the cells), and so does the context menu. A talk that did
not happen or was finished by mistake can be reopened here.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from parentconv.changes import Changes
from parentconv.dates import format_date, format_time
from parentconv.services import evenings, talk_mode
from parentconv.services.evenings import EveningView, Slot
from parentconv_ui.common.colours import qcolour
from parentconv_ui.common.context import AppContext
from parentconv_ui.common.labels import completeness_label, talk_status_label
from parentconv_ui.common.widgets import font_size, named

TALK_ID_ROLE = Qt.ItemDataRole.UserRole


class TonightView(QWidget):
    """Today's evening (or the next one), slot by slot, one click to prepare or start."""

    prepare = Signal(int)
    start_talk = Signal(int)
    print_pack = Signal(object)  # the evening's date
    print_summary = Signal(int, str)  # talk id, "teacher" or "parents"
    print_parents_copies = Signal(object)  # the evening's date
    print_invitations = Signal(object)  # the evening's date

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.language = ctx.language
        self.view: EveningView | None = None
        ctx.bus.changed.connect(self._changed)
        self.title = QLabel()
        self.title.setObjectName("tonightTitle")
        self.title.setStyleSheet(f"{font_size(1.5)} font-weight: 600;")
        self.title.setWordWrap(True)  # a long name or a big font wraps, not widens
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("tonightSubtitle")
        self.subtitle.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("tonightTable")
        named(self.table, self.tr("Gesprekken van de avond"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Tijd"),
                self.tr("Leerling"),
                self.tr("Ouders/verzorgers"),
                self.tr("Tolk"),
                self.tr("Status"),
                self.tr("Voorbereiding"),
                self.tr("Open afspraken"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setWordWrap(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.table.itemActivated.connect(lambda _item: self._start_or_prepare())
        self.table.itemSelectionChanged.connect(self._row_chosen)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.prepare_button = QPushButton(self.tr("Voorbereiden"))
        self.prepare_button.setObjectName("tonightPrepare")
        self.prepare_button.clicked.connect(lambda: self._emit_for_row(self.prepare))
        self.start_button = QPushButton(self.tr("Start gesprek"))
        self.start_button.setObjectName("tonightStart")
        self.start_button.clicked.connect(lambda: self._emit_for_row(self.start_talk))
        self.parents_button = QPushButton(self.tr("Verslag voor ouders…"))
        self.parents_button.setObjectName("tonightParentsCopy")
        self.parents_button.clicked.connect(self._print_parents_copy)
        self.reopen_button = QPushButton(self.tr("Heropenen"))
        self.reopen_button.setObjectName("tonightReopen")
        self.reopen_button.setToolTip(
            self.tr("Maakt ‘afgezegd’, ‘niet verschenen’ of ‘gevoerd’ ongedaan.")
        )
        self.reopen_button.clicked.connect(self.reopen_current)
        self.reply_button = QPushButton(self.tr("Antwoord &invoeren…"))
        self.reply_button.setObjectName("enterReply")
        self.reply_button.setToolTip(
            self.tr("Het antwoordstrookje van de uitnodiging: komt, komt niet, ander moment.")
        )
        self.reply_button.clicked.connect(self.enter_reply)
        self.invitations_button = QPushButton(self.tr("Uitnodigingen afdrukken…"))
        self.invitations_button.setObjectName("printInvitations")
        self.invitations_button.setToolTip(self.tr("Eén A4 per gezin, met een antwoordstrookje."))
        self.invitations_button.clicked.connect(
            lambda: self.view is not None and self.print_invitations.emit(self.view.date)
        )
        self.pack_button = QPushButton(self.tr("Avondpakket afdrukken…"))
        self.pack_button.setObjectName("printPack")
        self.pack_button.clicked.connect(
            lambda: self.view is not None and self.print_pack.emit(self.view.date)
        )
        self.all_parents_button = QPushButton(self.tr("Alle verslagen voor ouders…"))
        self.all_parents_button.setObjectName("printAllParents")
        self.all_parents_button.setToolTip(
            self.tr("Eén PDF met het verslag voor ouders van elk gevoerd gesprek van deze avond.")
        )
        self.all_parents_button.clicked.connect(
            lambda: self.view is not None and self.print_parents_copies.emit(self.view.date)
        )
        row_buttons = QHBoxLayout()
        for button in (
            self.prepare_button,
            self.start_button,
            self.parents_button,
            self.reopen_button,
            self.reply_button,
        ):
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)
        evening_buttons = QHBoxLayout()
        evening_buttons.addStretch(1)
        evening_buttons.addWidget(self.invitations_button)
        evening_buttons.addWidget(self.pack_button)
        evening_buttons.addWidget(self.all_parents_button)

        self.empty = QLabel()
        self.empty.setObjectName("tonightEmpty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"{font_size(1.25)}")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addLayout(evening_buttons)
        layout.addWidget(self.empty)
        self.reload()

    def evening_to_show(self) -> EveningView | None:
        """Today's evening, else the next one to come."""
        today = self.ctx.today()
        todays = self.ctx.read(evenings.evenings_on, today)
        if todays:
            return todays[0]
        coming = [e for e in self.ctx.read(evenings.list_evenings) if e.date > today]
        return min(coming, key=lambda e: e.starts_at) if coming else None

    def _changed(self, changes: Changes) -> None:
        view = self.view
        shown_talks = [s.talk.id for s in view.slots] if view else []
        shown_pupils = [s.talk.pupil_id for s in view.slots] if view else []
        if (
            changes.evenings
            or changes.carers
            or changes.touches(talks=shown_talks, pupils=shown_pupils)
        ):
            self.reload()

    def when_label(self, day: dt.date) -> str:
        """ "Vanavond", "Morgen (wo 25 nov 2026)" or the date: never "tonight" for tomorrow."""
        today = self.ctx.today()
        if day == today:
            return self.tr("Vanavond")
        if day == today + dt.timedelta(days=1):
            return self.tr("Morgen ({0})").format(format_date(day, self.language))
        return format_date(day, self.language)

    def reload(self) -> None:
        keep = self.current_talk_id()
        self.view = view = self.evening_to_show()
        for widget in (
            self.table,
            self.pack_button,
            self.all_parents_button,
            self.prepare_button,
            self.start_button,
            self.parents_button,
            self.reopen_button,
            self.reply_button,
            self.invitations_button,
        ):
            widget.setVisible(view is not None)
        self.empty.setVisible(view is None)
        if view is None:
            self.title.setText(self.tr("Geen gesprekkenavond gepland"))
            self.subtitle.setText("")
            self.empty.setText(self.tr("Plan er een op het tabblad ‘Gesprekkenavonden’."))
            return
        self.title.setText(
            self.tr("{0} · {1}–{2}").format(
                self.when_label(view.date), format_time(view.starts_at), format_time(view.ends_at)
            )
        )
        slots = view.slots
        ready = sum(1 for s in slots if s.talk.completeness.is_prepared)
        parts = [format_date(view.date, self.language)]
        if view.location:
            parts.append(view.location)
        parts.append(self.tr("%n gesprek(ken)", "", len(slots)))
        parts.append(self.tr("%n voorbereid", "", ready))
        self.subtitle.setText(" · ".join(parts))
        self.table.setRowCount(len(slots))
        select_row = 0
        for row, slot in enumerate(slots):
            self._fill_row(row, slot)
            if slot.talk.id == keep:
                select_row = row
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        if slots:
            self.table.selectRow(select_row)
        self._row_chosen()

    def _fill_row(self, row: int, slot: Slot) -> None:
        talk = slot.talk
        carers = "\n".join(
            c.name + (f" ({c.language})" if c.language and c.language != "Nederlands" else "")
            for c in slot.carers
        )
        cells = [
            f"{format_time(slot.starts_at)}–{format_time(slot.ends_at)}",
            talk.pupil_name,
            carers,
            self.tr("tolk nodig") if slot.interpreter_needed else "",
            self._status(slot),
            completeness_label(talk.completeness),
            str(slot.open_agreements) if slot.open_agreements else "–",
        ]
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(TALK_ID_ROLE, talk.id)
            if col == 5 and not talk.completeness.is_prepared and talk.is_open:
                item.setForeground(QBrush(qcolour("warning")))
            if col == 3 and slot.interpreter_needed:
                item.setForeground(QBrush(qcolour("warning")))
            self.table.setItem(row, col, item)

    def _status(self, slot: Slot) -> str:
        """The talk's status, and the household's reply while the talk is still to come."""
        talk = slot.talk
        text = talk_status_label(talk.status, talk.cancel_reason)
        if talk.is_open and talk.reply == "coming":
            text += "\n" + self.tr("komt")
        elif talk.is_open and talk.reply == "moved":
            text += "\n" + self.tr("ander moment gevraagd")
        return text

    # --- the chosen row -----------------------------------------------------------------------

    def current_slot(self) -> Slot | None:
        row = self.table.currentRow()
        if self.view is None or not 0 <= row < len(self.view.slots):
            return None
        return self.view.slots[row]

    def current_talk_id(self) -> int | None:
        slot = self.current_slot()
        return slot.talk.id if slot is not None else None

    def _row_chosen(self) -> None:
        slot = self.current_slot()
        name = slot.talk.pupil_name if slot else ""
        is_open = slot is not None and slot.talk.is_open
        self.prepare_button.setEnabled(slot is not None)
        self.start_button.setEnabled(is_open)
        self.parents_button.setEnabled(slot is not None and slot.talk.status == "held")
        self.reopen_button.setEnabled(slot is not None and not is_open)
        self.reply_button.setEnabled(slot is not None and slot.talk.takes_reply)
        named(self.reply_button, self.tr("Antwoord invoeren: {0}").format(name))
        named(self.prepare_button, self.tr("Voorbereiden: {0}").format(name))
        named(self.start_button, self.tr("Start gesprek met {0}").format(name))
        named(self.parents_button, self.tr("Verslag voor ouders van {0}").format(name))
        named(self.reopen_button, self.tr("Heropenen: gesprek met {0}").format(name))

    def _emit_for_row(self, signal: object) -> None:
        talk_id = self.current_talk_id()
        if talk_id is not None:
            signal.emit(talk_id)  # type: ignore[attr-defined]

    def _start_or_prepare(self) -> None:
        """Enter on a row: start a talk that is still to come, else open its record."""
        slot = self.current_slot()
        if slot is None:
            return
        (self.start_talk if slot.talk.is_open else self.prepare).emit(slot.talk.id)

    def _print_parents_copy(self) -> None:
        talk_id = self.current_talk_id()
        if talk_id is not None:
            self.print_summary.emit(talk_id, "parents")

    def enter_reply(self) -> QDialog | None:
        """The reply strip of the chosen talk's household, typed in."""
        slot = self.current_slot()
        if slot is None or not self.reply_button.isEnabled():
            return None
        from parentconv_ui.evening.reply_dialog import open_reply

        return open_reply(self.ctx, self, slot.talk.id)

    def reopen_current(self) -> None:
        """Undo "afgezegd", "niet verschenen" or "gevoerd": the talk can be held again."""
        slot = self.current_slot()
        if slot is None or slot.talk.is_open:
            return
        self.ctx.op(self, talk_mode.reopen_talk, slot.talk.id)

    def _menu(self, pos: QPoint) -> None:
        if self.current_slot() is None:
            return
        menu = QMenu(self)
        for button in (
            self.prepare_button,
            self.start_button,
            self.parents_button,
            self.reopen_button,
            self.reply_button,
        ):
            action = menu.addAction(button.text())
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
        menu.exec(self.table.viewport().mapToGlobal(pos))
