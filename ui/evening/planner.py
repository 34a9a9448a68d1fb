"""Plan a gesprekkenavond: settings, slots (drag and drop or Alt+Up/Down), conflicts, .ics."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from parentconv.catalog import load_catalog
from parentconv.dates import format_date, format_time
from parentconv.errors import UserFacingError, ValidationError
from parentconv.export_ics import write_calendar
from parentconv.services import evenings, people
from parentconv.services.evenings import EveningInput, EveningView, Slot
from parentconv.store.db import Database
from parentconv_ui.common.errors import show_error
from parentconv_ui.common.labels import completeness_label, talk_status_label
from parentconv_ui.preparation.sections import ERROR_STYLE, WARNING_STYLE, FieldError, hint

APPLY_MS = 600
TALK_ID_ROLE = Qt.ItemDataRole.UserRole


class EveningPlanner(QWidget):
    """Emits ``prepare(talk_id)`` and ``start_talk(talk_id)`` for the main window to open."""

    prepare = Signal(int)
    start_talk = Signal(int)
    print_pack = Signal(object)  # the evening's date
    changed = Signal()

    def __init__(self, db: Database, language: str = "nl", today: dt.date | None = None) -> None:
        super().__init__()
        self.db = db
        self.language = language
        self.today = today or dt.date.today()
        self.catalog = load_catalog(language)
        self.view: EveningView | None = None
        self._loading = False
        self.errors: dict[str, FieldError] = {}
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(APPLY_MS)
        self.timer.timeout.connect(self.apply_settings)

        # Left: the evenings.
        self.evening_list = QListWidget()
        self.evening_list.setObjectName("eveningList")
        self.evening_list.currentItemChanged.connect(self._evening_chosen)
        new_button = QPushButton(self.tr("Nieuwe avond…"))
        new_button.setObjectName("newEvening")
        new_button.clicked.connect(self.new_evening)
        self.delete_button = QPushButton(self.tr("Avond verwijderen…"))
        self.delete_button.clicked.connect(self.delete_evening)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("Gesprekkenavonden")))
        left_layout.addWidget(self.evening_list, 1)
        left_layout.addWidget(new_button)
        left_layout.addWidget(self.delete_button)

        # Right: settings, slots, conflicts.
        self.settings_box = QGroupBox(self.tr("Avond"))
        form = QFormLayout(self.settings_box)
        self.date_edit = self._line("date", self.tr("dd-mm-jjjj"))
        self.start_edit = self._line("start_time", self.tr("uu:mm"))
        self.end_edit = self._line("end_time", self.tr("uu:mm (mag leeg)"))
        self.location_edit = self._line("location", self.tr("bijv. lokaal 5"))
        self.slot_spin = self._spin("slot_minutes", 1, 240, " min")
        self.gap_spin = self._spin("gap_minutes", 0, 60, " min")
        self.break_every_spin = self._spin("break_every", 0, 50, "")
        self.break_every_spin.setSpecialValueText(self.tr("geen pauze"))
        self.break_spin = self._spin("break_minutes", 0, 120, " min")
        for label, widget in (
            (self.tr("Datum"), self.date_edit),
            (self.tr("Begintijd"), self.start_edit),
            (self.tr("Uiterlijk klaar om"), self.end_edit),
            (self.tr("Locatie"), self.location_edit),
            (self.tr("Duur van een gesprek"), self.slot_spin),
            (self.tr("Tijd tussen gesprekken"), self.gap_spin),
            (self.tr("Pauze na elke … gesprekken"), self.break_every_spin),
            (self.tr("Duur van de pauze"), self.break_spin),
        ):
            form.addRow(label, widget)
            key = widget.objectName()
            form.addRow("", self._error(key))
        self.summary = QLabel()
        self.summary.setObjectName("eveningSummary")
        form.addRow(self.summary)

        self.slot_list = QListWidget()
        self.slot_list.setObjectName("slotList")
        self.slot_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.slot_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.slot_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.slot_list.setSpacing(2)
        self.slot_list.model().rowsMoved.connect(self._rows_moved)
        self.slot_list.currentRowChanged.connect(lambda _r: self._slot_chosen())
        self.slot_list.itemActivated.connect(
            lambda item: self.prepare.emit(int(item.data(TALK_ID_ROLE)))
        )

        self.pupil_combo = QComboBox()
        self.pupil_combo.setObjectName("pupilPicker")
        self.pupil_combo.setEditable(True)
        self.pupil_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.pupil_combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("slotType")
        for ctype in self.catalog.conversation_types:
            self.type_combo.addItem(ctype.name, ctype.key)
        self.type_combo.setCurrentIndex(self.type_combo.findData("ten_minute"))
        add_button = QPushButton(self.tr("Toevoegen"))
        add_button.setObjectName("addSlot")
        add_button.clicked.connect(self.add_chosen_pupil)
        self.pupil_combo.lineEdit().returnPressed.connect(self.add_chosen_pupil)
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("groupPicker")
        add_group_button = QPushButton(self.tr("Nog niet geplande leerlingen toevoegen"))
        add_group_button.setObjectName("addUnplanned")
        add_group_button.setToolTip(
            self.tr(
                "Voegt iedere leerling van de groep toe die deze periode nog geen gesprek had of "
                "gepland heeft."
            )
        )
        add_group_button.clicked.connect(self.add_unplanned)

        self.up_button = QPushButton(self.tr("Omhoog"))
        self.up_button.setToolTip("Alt+↑")
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Omlaag"))
        self.down_button.setToolTip("Alt+↓")
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button = QPushButton(self.tr("Verwijderen"))
        self.remove_button.setToolTip(self.tr("Delete-toets"))
        self.remove_button.clicked.connect(self.remove_current)
        self.own_length = QCheckBox(self.tr("Eigen duur"))
        self.own_length.setObjectName("ownLength")
        self.own_length_spin = self._spin("slot_override", 1, 240, " min")
        self.own_length.toggled.connect(self._override_changed)
        self.own_length_spin.editingFinished.connect(self._override_changed)
        self.prepare_button = QPushButton(self.tr("Voorbereiden"))
        self.prepare_button.clicked.connect(self._prepare_current)
        self.start_button = QPushButton(self.tr("Gesprek starten"))
        self.start_button.clicked.connect(self._start_current)
        self.ics_button = QPushButton(self.tr("Naar agenda (.ics)…"))
        self.ics_button.setObjectName("exportIcs")
        self.ics_button.clicked.connect(self.export_ics)
        self.pack_button = QPushButton(self.tr("Avondpakket (PDF)…"))
        self.pack_button.setObjectName("printPack")
        self.pack_button.clicked.connect(
            lambda: self.view is not None and self.print_pack.emit(self.view.date)
        )

        add_row = QHBoxLayout()
        add_row.addWidget(QLabel(self.tr("Leerling")))
        add_row.addWidget(self.pupil_combo, 2)
        add_row.addWidget(self.type_combo, 1)
        add_row.addWidget(add_button)
        group_row = QHBoxLayout()
        group_row.addWidget(QLabel(self.tr("Groep")))
        group_row.addWidget(self.group_combo, 1)
        group_row.addWidget(add_group_button)
        slot_buttons = QHBoxLayout()
        for widget in (
            self.up_button,
            self.down_button,
            self.remove_button,
            self.own_length,
            self.own_length_spin,
        ):
            slot_buttons.addWidget(widget)
        slot_buttons.addStretch(1)
        for widget in (self.prepare_button, self.start_button, self.ics_button, self.pack_button):
            slot_buttons.addWidget(widget)

        self.conflicts = QLabel()
        self.conflicts.setObjectName("conflicts")
        self.conflicts.setWordWrap(True)
        self.conflicts.setTextFormat(Qt.TextFormat.RichText)

        slots_box = QGroupBox(self.tr("Gesprekken (sleep of Alt+↑/↓ om te verplaatsen)"))
        slots_layout = QVBoxLayout(slots_box)
        slots_layout.addLayout(add_row)
        slots_layout.addLayout(group_row)
        slots_layout.addWidget(self.slot_list, 1)
        slots_layout.addLayout(slot_buttons)
        slots_layout.addWidget(self.conflicts)

        right = QWidget()
        right_layout = QHBoxLayout(right)
        right_layout.addWidget(self.settings_box, 2)
        right_layout.addWidget(slots_box, 5)
        self.empty = hint(self.tr("Nog geen gesprekkenavond. Klik op ‘Nieuwe avond…’."))
        right_layout.addWidget(self.empty)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([230, 1000])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

        QShortcut(QKeySequence("Alt+Up"), self.slot_list).activated.connect(
            lambda: self.move_current(-1)
        )
        QShortcut(QKeySequence("Alt+Down"), self.slot_list).activated.connect(
            lambda: self.move_current(1)
        )
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.slot_list).activated.connect(
            self.remove_current
        )
        self.reload()

    # --- small builders -----------------------------------------------------------------------

    def _line(self, key: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(key)
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(lambda _t: self._settings_changed())
        return edit

    def _spin(self, key: str, low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(key)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        if key != "slot_override":
            spin.valueChanged.connect(lambda _v: self._settings_changed())
        return spin

    def _error(self, key: str) -> FieldError:
        label = FieldError()
        label.setObjectName(f"error_{key}")
        self.errors[key] = label
        return label

    # --- loading ------------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        """Refill the list of evenings and the pupil and group pickers."""
        if select_id is None and self.view is not None:
            select_id = self.view.id
        self._loading = True
        self.evening_list.clear()
        all_evenings = self.db.run(evenings.list_evenings)
        chosen_row = 0
        for row, evening in enumerate(all_evenings):
            label = self.tr("{0} {1} · {2} gesprekken").format(
                format_date(evening.date, self.language),
                format_time(evening.starts_at),
                len(evening.slots),
            )
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, evening.id)
            self.evening_list.addItem(item)
            if evening.id == select_id:
                chosen_row = row
        self.pupil_combo.clear()
        for pupil in self.db.run(people.list_pupils):
            if pupil.left_on is None:
                self.pupil_combo.addItem(f"{pupil.name} ({pupil.group_name})", pupil.id)
        self.pupil_combo.setCurrentIndex(-1)
        self.group_combo.clear()
        for group in self.db.run(people.list_groups):
            self.group_combo.addItem(group.label, group.id)
        self._loading = False
        if all_evenings:
            self.evening_list.setCurrentRow(chosen_row)
            self._show(self.db.run(evenings.get_evening, all_evenings[chosen_row].id))
        else:
            self._show(None)

    def _evening_chosen(self, current: QListWidgetItem | None, _prev: object) -> None:
        if self._loading or current is None:
            return
        self.apply_settings()
        self._show(self.db.run(evenings.get_evening, int(current.data(Qt.ItemDataRole.UserRole))))

    def _show(self, view: EveningView | None, keep_row: int | None = None) -> None:
        self.view = view
        has = view is not None
        for widget in (self.settings_box, self.slot_list.parentWidget(), self.delete_button):
            widget.setVisible(has)
        self.empty.setVisible(not has)
        if view is None:
            return
        self._loading = True
        if not self.timer.isActive():
            self.date_edit.setText(view.starts_at.strftime("%d-%m-%Y"))
            self.start_edit.setText(format_time(view.starts_at))
            self.end_edit.setText(format_time(view.ends_by) if view.ends_by else "")
            self.location_edit.setText(view.location)
            self.slot_spin.setValue(view.slot_minutes)
            self.gap_spin.setValue(view.gap_minutes)
            self.break_every_spin.setValue(view.break_every)
            self.break_spin.setValue(view.break_minutes)
        self.summary.setText(
            self.tr("{0} gesprekken · {1}–{2}").format(
                len(view.slots), format_time(view.starts_at), format_time(view.ends_at)
            )
        )
        row = self.slot_list.currentRow() if keep_row is None else keep_row
        self.slot_list.clear()
        for slot in view.slots:
            item = QListWidgetItem(self.slot_line(slot))
            item.setData(TALK_ID_ROLE, slot.talk.id)
            if slot.talk.status == "cancelled":
                item.setForeground(Qt.GlobalColor.gray)
            self.slot_list.addItem(item)
        if view.slots:
            self.slot_list.setCurrentRow(max(0, min(row, len(view.slots) - 1)))
        self._show_conflicts(view)
        self._loading = False
        self._slot_chosen()

    def slot_line(self, slot: Slot) -> str:
        """One slot as the list shows it: time, pupil, carers, needs, preparation, agreements."""
        parts = [f"{format_time(slot.starts_at)}–{format_time(slot.ends_at)}", slot.talk.pupil_name]
        if slot.talk.type_key != "ten_minute":
            parts.append(self.catalog.conversation_type(slot.talk.type_key).name)
        if slot.minutes_overridden:
            parts.append(self.tr("{0} min").format(slot.minutes))
        carers = ", ".join(c.name for c in slot.carers) or self.tr("geen ouders vastgelegd")
        details = [carers]
        if slot.interpreter_needed:
            details.append(self.tr("tolk nodig"))
        details.append(
            self.tr("voorbereiding {0}").format(completeness_label(slot.talk.completeness))
        )
        if slot.open_agreements:
            details.append(self.tr("{0} open afspraken").format(slot.open_agreements))
        if slot.talk.status in ("held", "cancelled"):
            details.append(talk_status_label(slot.talk.status, slot.talk.cancel_reason))
        head = "  ·  ".join(parts)
        if slot.break_before and slot.index > 0 and slot.break_before > self.view_gap():
            head = self.tr("— pauze {0} min —").format(slot.break_before) + "\n" + head
        return head + "\n      " + " · ".join(details)

    def view_gap(self) -> int:
        return self.view.gap_minutes if self.view is not None else 0

    def _show_conflicts(self, view: EveningView) -> None:
        if not view.conflicts:
            self.conflicts.setText(self.tr("Geen conflicten."))
            self.conflicts.setStyleSheet("color: #1b6e20;")
            return
        lines = []
        for conflict in view.conflicts:
            style = ERROR_STYLE if conflict.severity == "error" else WARNING_STYLE
            mark = "⚠" if conflict.severity == "error" else "ℹ"
            lines.append(f"<span style='{style}'>{mark} {conflict.message}</span>")
        self.conflicts.setStyleSheet("")
        self.conflicts.setText("<br>".join(lines))

    # --- evening settings ---------------------------------------------------------------------

    def _settings_changed(self) -> None:
        if self._loading or self.view is None:
            return
        self.timer.start()

    def _input(self) -> EveningInput:
        return EveningInput(
            date=self.date_edit.text(),
            start_time=self.start_edit.text(),
            end_time=self.end_edit.text(),
            location=self.location_edit.text(),
            slot_minutes=self.slot_spin.value(),
            gap_minutes=self.gap_spin.value(),
            break_every=self.break_every_spin.value(),
            break_minutes=self.break_spin.value(),
        )

    def apply_settings(self) -> None:
        """Store the evening's settings; a mistake shows at its field and changes nothing."""
        if not self.timer.isActive() or self.view is None:
            return
        self.timer.stop()
        for label in self.errors.values():
            label.show_message(None)
        try:
            view = self.db.run(evenings.update_evening, self.view.id, data=self._input())
        except ValidationError as exc:
            label = self.errors.get(exc.field or "")
            if label is not None:
                label.show_message(exc.message)
            else:
                show_error(self, exc)
            return
        self._show(view)
        self._refresh_list_label()
        self.changed.emit()

    def _refresh_list_label(self) -> None:
        item = self.evening_list.currentItem()
        if item is not None and self.view is not None:
            item.setText(
                self.tr("{0} {1} · {2} gesprekken").format(
                    format_date(self.view.date, self.language),
                    format_time(self.view.starts_at),
                    len(self.view.slots),
                )
            )

    def new_evening(self) -> None:
        """A new evening: the next weekday at 18:30 after the latest one, ten-minute slots."""
        latest = max((e.date for e in self.db.run(evenings.list_evenings)), default=None)
        day = max(self.today, (latest + dt.timedelta(days=1)) if latest else self.today)
        for _ in range(60):
            try:
                view = self.db.run(
                    evenings.create_evening,
                    data=EveningInput(date=day.isoformat(), start_time="18:30"),
                )
                break
            except ValidationError:
                day += dt.timedelta(days=1)
        else:
            return
        self.reload(select_id=view.id)
        self.date_edit.setFocus()
        self.date_edit.selectAll()
        self.changed.emit()

    def delete_evening(self) -> None:
        if self.view is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Avond verwijderen"),
            self.tr(
                "De avond van {0} verwijderen? Gesprekken die al voorbereid of gevoerd zijn "
                "blijven bewaard bij de leerling."
            ).format(format_date(self.view.date, self.language)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.db.run(evenings.delete_evening, self.view.id)
        self.view = None
        self.reload()
        self.changed.emit()

    # --- slots --------------------------------------------------------------------------------

    def _run(self, action: Callable[[], EveningView]) -> None:
        try:
            view = action()
        except UserFacingError as exc:
            show_error(self, exc)
            return
        if isinstance(view, EveningView):
            self._show(view)
            self._refresh_list_label()
            self.changed.emit()

    def add_chosen_pupil(self) -> None:
        if self.view is None:
            return
        pupil_id = self.pupil_combo.currentData()
        if pupil_id is None:
            text = self.pupil_combo.currentText().strip().casefold()
            matches = [
                i
                for i in range(self.pupil_combo.count())
                if text and text in self.pupil_combo.itemText(i).casefold()
            ]
            if len(matches) != 1:
                show_error(self, ValidationError(self.tr("Kies een leerling uit de lijst.")))
                return
            pupil_id = self.pupil_combo.itemData(matches[0])
        evening_id = self.view.id
        type_key = str(self.type_combo.currentData())
        self._run(
            lambda: self.db.run(
                evenings.add_slot, evening_id, pupil_id=int(pupil_id), type_key=type_key
            )
        )
        self.slot_list.setCurrentRow(self.slot_list.count() - 1)
        self.pupil_combo.setCurrentIndex(-1)
        self.pupil_combo.setFocus()

    def add_unplanned(self) -> None:
        if self.view is None or self.group_combo.currentData() is None:
            return
        evening_id, group_id = self.view.id, int(self.group_combo.currentData())
        self._run(
            lambda: self.db.run(evenings.add_unplanned_of_group, evening_id, group_id=group_id)
        )

    def current_talk_id(self) -> int | None:
        item = self.slot_list.currentItem()
        return int(item.data(TALK_ID_ROLE)) if item is not None else None

    def move_current(self, step: int) -> None:
        talk_id, row = self.current_talk_id(), self.slot_list.currentRow()
        if talk_id is None or not 0 <= row + step < self.slot_list.count():
            return
        self._run(lambda: self.db.run(evenings.move_slot, talk_id, row + step))
        self.slot_list.setCurrentRow(row + step)

    def _rows_moved(
        self, _parent: QModelIndex, start: int, _end: int, _dest: QModelIndex, row: int
    ) -> None:
        """A drag and drop in the list: store the new place (Qt counts the row before removal)."""
        if self._loading:
            return
        new_index = row - 1 if row > start else row
        item = self.slot_list.item(new_index)
        if item is None:
            return
        talk_id = int(item.data(TALK_ID_ROLE))
        QTimer.singleShot(
            0, lambda: self._run(lambda: self.db.run(evenings.move_slot, talk_id, new_index))
        )

    def remove_current(self) -> None:
        talk_id, row = self.current_talk_id(), self.slot_list.currentRow()
        if talk_id is None:
            return
        self._run(lambda: self.db.run(evenings.remove_slot, talk_id))
        if self.slot_list.count():
            self.slot_list.setCurrentRow(min(row, self.slot_list.count() - 1))

    def _slot_chosen(self) -> None:
        slot = self.current_slot()
        has = slot is not None
        for widget in (
            self.up_button,
            self.down_button,
            self.remove_button,
            self.own_length,
            self.prepare_button,
            self.start_button,
        ):
            widget.setEnabled(has)
        self.own_length_spin.setEnabled(bool(slot and slot.minutes_overridden))
        if slot is None:
            return
        was, self._loading = self._loading, True
        self.own_length.setChecked(slot.minutes_overridden)
        self.own_length_spin.setValue(slot.minutes)
        self._loading = was

    def current_slot(self) -> Slot | None:
        talk_id = self.current_talk_id()
        if self.view is None or talk_id is None:
            return None
        return next((s for s in self.view.slots if s.talk.id == talk_id), None)

    def _override_changed(self) -> None:
        if self._loading:
            return
        talk_id = self.current_talk_id()
        if talk_id is None:
            return
        minutes = self.own_length_spin.value() if self.own_length.isChecked() else None
        self.own_length_spin.setEnabled(self.own_length.isChecked())
        self._run(lambda: self.db.run(evenings.set_slot_minutes, talk_id, minutes))

    def _prepare_current(self) -> None:
        talk_id = self.current_talk_id()
        if talk_id is not None:
            self.prepare.emit(talk_id)

    def _start_current(self) -> None:
        talk_id = self.current_talk_id()
        if talk_id is not None:
            self.start_talk.emit(talk_id)

    def export_ics(self, path: str | None = None) -> Path | None:
        """Save the evening as an .ics file (asks where, unless a path is given)."""
        if self.view is None:
            return None
        if path is None:
            suggested = f"oudergesprekken-{self.view.date.isoformat()}.ics"
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Naar agenda"), suggested, self.tr("Agenda (*.ics)")
            )
            if not path:
                return None
        try:
            written = write_calendar(self.view, Path(path), self.language)
        except UserFacingError as exc:
            show_error(self, exc)
            return None
        QMessageBox.information(
            self, self.tr("Naar agenda"), self.tr("Opgeslagen: {0}").format(str(written))
        )
        return written
