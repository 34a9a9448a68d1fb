"""The right-hand side of the main window: one pupil's carers, talks and open agreements."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from parentconv.catalog import Catalog
from parentconv.dates import format_date, format_time
from parentconv.services.views import AgreementView, CarerView, PupilDetails, TalkView
from parentconv_ui.common.colours import colour, qcolour
from parentconv_ui.common.labels import completeness_label, owner_label, talk_status_label
from parentconv_ui.common.widgets import font_size, named


class PupilPanel(QWidget):
    """Shows what the app knows of one pupil; emits signals for the actions on it."""

    edit_pupil = Signal(int)
    delete_pupil = Signal(int)
    add_carer = Signal(int)
    edit_carer = Signal(int)
    prepare = Signal(int)
    open_talk = Signal(int)
    print_summary = Signal(int, str)  # talk id, "teacher" or "parents"
    show_history = Signal(int)
    edit_parents_told = Signal(int)
    print_startgesprek = Signal(int)

    def __init__(self, catalog: Catalog, language: str) -> None:
        super().__init__()
        self.catalog = catalog
        self.language = language
        self.details: PupilDetails | None = None

        self.title = QLabel()
        self.title.setObjectName("pupilTitle")
        self.title.setStyleSheet(f"{font_size(1.67)} font-weight: 600;")
        self.title.setWordWrap(True)  # a long name or a big font wraps, not widens
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet(f"color: {colour('hint')};")

        self.prepare_button = QPushButton(self.tr("Gesprek voorbereiden…"))
        self.prepare_button.setObjectName("prepareButton")
        self.prepare_button.setStyleSheet("font-weight: 600;")
        self.prepare_button.clicked.connect(lambda: self.prepare.emit(self.pupil_id()))
        self.print_button = QPushButton(self.tr("Verslag afdrukken"))
        self.print_button.setObjectName("printSummary")
        self.print_button.setToolTip(self.tr("Het gekozen gesprek (of het laatste) op één A4"))
        print_menu = QMenu(self.print_button)
        print_menu.addAction(
            self.tr("Voor jezelf (leerkrachtversie)…"), lambda: self._print("teacher")
        )
        print_menu.addAction(self.tr("Voor de ouders…"), lambda: self._print("parents"))
        self.print_button.setMenu(print_menu)
        self.history_button = QPushButton(self.tr("Geschiedenis…"))
        self.history_button.setObjectName("historyButton")
        self.history_button.clicked.connect(lambda: self.show_history.emit(self.pupil_id()))
        self.edit_button = QPushButton(self.tr("Leerling bewerken…"))
        self.delete_button = QPushButton(self.tr("Verwijderen…"))
        self.add_carer_button = QPushButton(self.tr("Ouder/verzorger toevoegen…"))
        self.edit_button.clicked.connect(lambda: self.edit_pupil.emit(self.pupil_id()))
        self.delete_button.clicked.connect(lambda: self.delete_pupil.emit(self.pupil_id()))
        self.add_carer_button.clicked.connect(lambda: self.add_carer.emit(self.pupil_id()))
        self.parents_told_button = QPushButton(self.tr("Wat ouders vertelden…"))
        self.parents_told_button.setObjectName("parentsToldButton")
        self.parents_told_button.setToolTip(
            self.tr("De antwoorden van de vragenlijst startgesprek intypen")
        )
        self.parents_told_button.clicked.connect(
            lambda: self.edit_parents_told.emit(self.pupil_id())
        )
        self.startgesprek_button = QPushButton(self.tr("Vragenlijst startgesprek afdrukken…"))
        self.startgesprek_button.setObjectName("printStartgesprek")
        self.startgesprek_button.setToolTip(
            self.tr("'Vertel ons over uw kind': een A4 voor de ouders om in te vullen")
        )
        self.startgesprek_button.clicked.connect(
            lambda: self.print_startgesprek.emit(self.pupil_id())
        )

        self.carers = QListWidget()
        self.carers.setObjectName("carerList")
        named(self.carers, self.tr("Ouders/verzorgers"))
        self.carers.itemActivated.connect(self._carer_activated)
        self.carers.setToolTip(self.tr("Dubbelklik om te bewerken"))
        self.carers.setSpacing(3)
        self.carers.setWordWrap(True)

        self.talks = QTableWidget(0, 5)
        self.talks.setObjectName("talkTable")
        named(self.talks, self.tr("Gesprekken"))
        self.talks.setHorizontalHeaderLabels(
            [
                self.tr("Datum"),
                self.tr("Tijd"),
                self.tr("Soort gesprek"),
                self.tr("Status"),
                self.tr("Voorbereiding"),
            ]
        )
        self.talks.setToolTip(self.tr("Dubbelklik of Enter: voorbereiding openen"))
        self.talks.itemActivated.connect(self._talk_activated)
        self.talks.verticalHeader().setVisible(False)
        self.talks.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.talks.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.talks.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.talks.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.agreements = QListWidget()
        self.agreements.setObjectName("agreementList")
        named(self.agreements, self.tr("Open afspraken"))
        self.agreements.setWordWrap(True)
        self.agreements.setSpacing(3)

        self.empty = QLabel(self.tr("Kies links een leerling."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(f"color: {colour('hint')}; {font_size(1.25)}")

        buttons = QVBoxLayout()
        talk_buttons = QHBoxLayout()
        for button in (self.prepare_button, self.print_button, self.history_button):
            talk_buttons.addWidget(button)
        talk_buttons.addStretch(1)
        pupil_buttons = QHBoxLayout()
        for button in (self.edit_button, self.add_carer_button, self.delete_button):
            pupil_buttons.addWidget(button)
        pupil_buttons.addStretch(1)
        start_buttons = QHBoxLayout()
        for button in (self.parents_told_button, self.startgesprek_button):
            start_buttons.addWidget(button)
        start_buttons.addStretch(1)
        buttons.addLayout(talk_buttons)
        buttons.addLayout(pupil_buttons)
        buttons.addLayout(start_buttons)

        self.body = QWidget()
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(buttons)
        self.carers_label = self._heading(self.tr("Ouders/verzorgers"))
        layout.addWidget(self.carers_label)
        layout.addWidget(self.carers, 2)
        self.agreements_label = self._heading(self.tr("Open afspraken"))
        layout.addWidget(self.agreements_label)
        layout.addWidget(self.agreements, 3)
        self.talks_label = self._heading(self.tr("Gesprekken"))
        layout.addWidget(self.talks_label)
        layout.addWidget(self.talks, 3)

        outer = QVBoxLayout(self)
        outer.addWidget(self.empty)
        outer.addWidget(self.body)
        self.show_details(None)

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: 600; margin-top: 8px;")
        return label

    def pupil_id(self) -> int:
        """The pupil on show (the buttons are hidden while there is none)."""
        assert self.details is not None
        return self.details.pupil.id

    def chosen_talk_id(self) -> int | None:
        """The talk selected in the table, else the newest one."""
        item = self.talks.item(self.talks.currentRow(), 0) if self.talks.currentRow() >= 0 else None
        if item is not None:
            return int(item.data(Qt.ItemDataRole.UserRole))
        if self.details is not None and self.details.talks:
            return self.details.talks[0].id
        return None

    def _print(self, copy: str) -> None:
        talk_id = self.chosen_talk_id()
        if talk_id is not None:
            self.print_summary.emit(talk_id, copy)

    def _talk_activated(self, item: QTableWidgetItem) -> None:
        talk_id = item.data(Qt.ItemDataRole.UserRole)
        if talk_id is not None:
            self.open_talk.emit(int(talk_id))

    def _carer_activated(self, item: QListWidgetItem) -> None:
        carer_id = item.data(Qt.ItemDataRole.UserRole)
        if carer_id is not None:
            self.edit_carer.emit(int(carer_id))

    # --- content ------------------------------------------------------------------------------

    def show_details(self, details: PupilDetails | None, today: dt.date | None = None) -> None:
        self.details = details
        self.empty.setVisible(details is None)
        self.body.setVisible(details is not None)
        if details is None:
            return
        today = today or dt.date.today()
        pupil = details.pupil
        self.title.setText(pupil.name)
        parts = [pupil.group_name]
        if pupil.date_of_birth:
            parts.append(
                self.tr("geboren {0}").format(format_date(pupil.date_of_birth, self.language))
            )
        if pupil.left_on:
            parts.append(
                self.tr("vertrokken {0}").format(format_date(pupil.left_on, self.language))
            )
        if pupil.parents_told_on:
            parts.append(
                self.tr("ouders vertelden {0}").format(
                    format_date(pupil.parents_told_on, self.language)
                )
            )
        self.subtitle.setText(" · ".join(parts))
        self._fill_carers(details.carers)
        self._fill_agreements(details.open_agreements, today)
        self._fill_talks(details.talks)
        self.print_button.setEnabled(bool(details.talks))

    def talk_ids(self) -> set[int]:
        return {t.id for t in self.details.talks} if self.details is not None else set()

    def update_talks(self, changed: list[TalkView]) -> None:
        """Show new versions of talks already listed (an autosave): no reload of the pupil."""
        if self.details is None:
            return
        fresh = {t.id: t for t in changed}
        talks = [fresh.get(t.id, t) for t in self.details.talks]
        talks.sort(key=lambda t: t.id)
        talks.sort(key=lambda t: t.starts_at, reverse=True)
        self.details = dataclasses.replace(self.details, talks=tuple(talks))
        self._fill_talks(self.details.talks)

    def carer_line(self, carer: CarerView) -> str:
        parts = [carer.name]
        if carer.relation:
            parts[0] += f" ({carer.relation})"
        if carer.language:
            parts.append(carer.language)
        if carer.interpreter_needed:
            parts.append(self.tr("tolk nodig"))
        if carer.low_literacy:
            parts.append(self.tr("laaggeletterd: mondeling of met beeld"))
        line = " · ".join(parts)
        if carer.notes:
            line += f"\n{carer.notes}"
        return line

    def _fill_carers(self, carers: tuple[CarerView, ...]) -> None:
        self.carers.clear()
        if not carers:
            self.carers.addItem(self.tr("Nog geen ouders/verzorgers vastgelegd."))
            return
        for carer in carers:
            item = QListWidgetItem(self.carer_line(carer))
            item.setData(Qt.ItemDataRole.UserRole, carer.id)
            if carer.interpreter_needed:
                item.setForeground(QBrush(qcolour("warning")))
            self.carers.addItem(item)

    def agreement_line(self, agreement: AgreementView, today: dt.date) -> str:
        due = (
            self.tr("uiterlijk {0}").format(format_date(agreement.due_on, self.language))
            if agreement.due_on
            else self.tr("geen datum")
        )
        who = self.tr("Wie: {0}").format(owner_label(agreement.owner))
        line = f"{agreement.text}\n{who} · {due}"
        if agreement.is_overdue(today):
            line += " · " + self.tr("verlopen")
        return line

    def _fill_agreements(self, agreements: tuple[AgreementView, ...], today: dt.date) -> None:
        self.agreements.clear()
        self.agreements_label.setText(self.tr("Open afspraken ({0})").format(len(agreements)))
        if not agreements:
            self.agreements.addItem(self.tr("Geen open afspraken."))
            return
        for agreement in agreements:
            item = QListWidgetItem(self.agreement_line(agreement, today))
            item.setData(Qt.ItemDataRole.UserRole, agreement.id)
            if agreement.is_overdue(today):
                item.setForeground(QBrush(qcolour("error")))
            self.agreements.addItem(item)

    def _fill_talks(self, talks: tuple[TalkView, ...]) -> None:
        self.talks.setRowCount(len(talks))
        self.talks_label.setText(self.tr("Gesprekken ({0})").format(len(talks)))
        for row, talk in enumerate(talks):
            try:
                type_name = self.catalog.conversation_type(talk.type_key).name
            except KeyError:
                type_name = talk.type_key
            cells = (
                format_date(talk.starts_at.date(), self.language),
                format_time(talk.starts_at),
                type_name,
                talk_status_label(talk.status, talk.cancel_reason),
                completeness_label(talk.completeness),
            )
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, talk.id)
                self.talks.setItem(row, col, cell)
        self.talks.resizeColumnsToContents()
        self.talks.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
