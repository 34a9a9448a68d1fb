"""Plan a gesprekkenavond: settings, slots (drag and drop or Alt+Up/Down), conflicts, .ics."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import ParamSpec, TypeVar

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from parentconv.changes import Changes
from parentconv.dates import format_date, format_time
from parentconv.errors import NotFoundError, UserFacingError, ValidationError
from parentconv.filenames import safe_file_name
from parentconv.services import evenings, people
from parentconv.services.evenings import EveningInput, EveningView, Slot
from parentconv_ui.common.context import AppContext, Failed, OwnChanges
from parentconv_ui.common.errors import show_error
from parentconv_ui.common.files import ask_save_path
from parentconv_ui.common.labels import completeness_label, talk_status_label
from parentconv_ui.common.pupil_picker import PupilPicker
from parentconv_ui.common.widgets import FieldError, error_style, hint, named, warning_style

P = ParamSpec("P")
T = TypeVar("T")

APPLY_MS = 600
TALK_ID_ROLE = Qt.ItemDataRole.UserRole
EVENING_ID_ROLE = Qt.ItemDataRole.UserRole


class EveningPlanner(QWidget):
    """Emits ``prepare(talk_id)``, ``start_talk(talk_id)`` and ``print_pack(date)``."""

    prepare = Signal(int)
    start_talk = Signal(int)
    print_pack = Signal(object)  # the evening's date
    print_invitations = Signal(object)  # the evening's date

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.language = ctx.language
        self.catalog = ctx.catalog
        self.view: EveningView | None = None
        self._loading = False
        self._settings_dirty = False
        self.errors: dict[str, FieldError] = {}
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(APPLY_MS)
        self.timer.timeout.connect(self.apply_settings)
        self._behind = False
        self.own = OwnChanges(ctx)
        # Changes made elsewhere are shown on the next turn of the loop, all at once: finishing
        # a talk stores its notes and its end, and the evening is read once for both.
        self._pending: Changes | None = None
        self._catch_up = QTimer(self)
        self._catch_up.setSingleShot(True)
        self._catch_up.setInterval(0)
        self._catch_up.timeout.connect(self._show_pending)
        ctx.bus.changed.connect(self._changed)

        # Left: the evenings.
        self.evening_list = QListWidget()
        self.evening_list.setObjectName("eveningList")
        named(self.evening_list, self.tr("Gesprekkenavonden"))
        self.evening_list.setWordWrap(True)
        self.evening_list.currentItemChanged.connect(self._evening_chosen)
        self.new_button = QPushButton(self.tr("Nieuwe avond"))
        self.new_button.setObjectName("newEvening")
        self.new_button.clicked.connect(lambda: self.new_evening())
        self.delete_button = QPushButton(self.tr("Avond verwijderen…"))
        self.delete_button.setObjectName("deleteEvening")
        self.delete_button.clicked.connect(lambda: self.delete_evening())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        title = QLabel(self.tr("Gesprekkenavonden"))
        title.setBuddy(self.evening_list)
        left_layout.addWidget(title)
        left_layout.addWidget(self.evening_list, 1)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.delete_button)

        # Middle: the evening's settings, stored shortly after each change.
        self.settings_box = QGroupBox(self.tr("Avond"))
        form = QFormLayout(self.settings_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.date_edit = self._line("date", self.tr("dd-mm-jjjj"))
        self.start_edit = self._line("start_time", self.tr("uu:mm"))
        self.end_edit = self._line("end_time", self.tr("uu:mm (niet verplicht)"))
        self.location_edit = self._line("location", self.tr("bijv. lokaal 5"))
        self.slot_spin = self._spin("slot_minutes", 1, 240, self.tr(" min"))
        self.gap_spin = self._spin("gap_minutes", 0, 60, self.tr(" min"))
        self.break_every_spin = self._spin("break_every", 0, 50, "")
        self.break_every_spin.setSpecialValueText(self.tr("geen pauze"))
        self.break_spin = self._spin("break_minutes", 0, 120, self.tr(" min"))
        for label, widget in (
            (self.tr("Datum"), self.date_edit),
            (self.tr("Begintijd"), self.start_edit),
            (self.tr("Eindtijd"), self.end_edit),
            (self.tr("Locatie"), self.location_edit),
            (self.tr("Duur van een gesprek"), self.slot_spin),
            (self.tr("Tijd tussen gesprekken"), self.gap_spin),
            (self.tr("Pauze na elke … gesprekken"), self.break_every_spin),
            (self.tr("Duur van de pauze"), self.break_spin),
        ):
            named(widget, label)
            form.addRow(label, widget)
            form.addRow(self._error(widget.objectName()))
        self.summary = QLabel()
        self.summary.setObjectName("eveningSummary")
        self.summary.setWordWrap(True)
        form.addRow(self.summary)
        settings_scroll = QScrollArea()
        settings_scroll.setWidgetResizable(True)
        settings_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible Tab stop
        settings_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        settings_scroll.setWidget(self.settings_box)
        settings_scroll.setMinimumWidth(260)

        # Right: adding pupils, the slots, what to do with a slot, conflicts.
        self.slot_list = QListWidget()
        self.slot_list.setObjectName("slotList")
        named(self.slot_list, self.tr("Gesprekken van de avond"))
        self.slot_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.slot_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.slot_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.slot_list.setSpacing(2)
        self.slot_list.setWordWrap(True)
        self.slot_list.model().rowsMoved.connect(self._rows_moved)
        self.slot_list.currentRowChanged.connect(lambda _r: self._slot_chosen())
        self.slot_list.itemActivated.connect(
            lambda item: self.prepare.emit(int(item.data(TALK_ID_ROLE)))
        )

        self.pupil_picker = PupilPicker()
        self.pupil_picker.setObjectName("pupilPicker")
        named(self.pupil_picker, self.tr("Leerling toevoegen: typ een deel van de naam"))
        self.pupil_picker.setPlaceholderText(self.tr("typ een naam…"))
        self.pupil_picker.chosen.connect(self.add_pupil)
        self.pupil_picker.no_single_match.connect(self._no_single_match)
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("slotType")
        named(self.type_combo, self.tr("Soort gesprek"))
        for ctype in self.catalog.conversation_types:
            self.type_combo.addItem(ctype.name, ctype.key)
        self.type_combo.setCurrentIndex(self.type_combo.findData("ten_minute"))
        self.add_button = QPushButton(self.tr("Toevoegen"))
        self.add_button.setObjectName("addSlot")
        self.add_button.clicked.connect(lambda: self.pupil_picker.returnPressed.emit())
        self.picker_error = FieldError()
        self.picker_error.setObjectName("error_pupil")
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("groupPicker")
        named(self.group_combo, self.tr("Groep"))
        self.add_group_button = QPushButton(self.tr("Nog niet geplande leerlingen toevoegen"))
        self.add_group_button.setObjectName("addUnplanned")
        self.add_group_button.setToolTip(
            self.tr(
                "Voegt iedere leerling van de groep toe die deze periode nog geen gesprek had of "
                "gepland heeft."
            )
        )
        self.add_group_button.clicked.connect(lambda: self.add_unplanned())

        self.up_button = QPushButton(self.tr("Omhoog"))
        self.up_button.setObjectName("slotUp")
        self.up_button.setToolTip("Alt+↑")
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Omlaag"))
        self.down_button.setObjectName("slotDown")
        self.down_button.setToolTip("Alt+↓")
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button = QPushButton(self.tr("Verwijderen"))
        self.remove_button.setObjectName("slotRemove")
        self.remove_button.setToolTip(self.tr("Delete-toets"))
        self.remove_button.clicked.connect(lambda: self.remove_current())
        self.own_length = QCheckBox(self.tr("Eigen duur"))
        self.own_length.setObjectName("ownLength")
        self.own_length_spin = self._spin("slot_override", 1, 240, self.tr(" min"))
        named(self.own_length_spin, self.tr("Eigen duur van dit gesprek"))
        self.own_length.toggled.connect(lambda _on: self._override_changed())
        self.own_length_spin.editingFinished.connect(self._override_changed)
        self.prepare_button = QPushButton(self.tr("Voorbereiden"))
        self.prepare_button.setObjectName("slotPrepare")
        self.prepare_button.clicked.connect(self._prepare_current)
        self.start_button = QPushButton(self.tr("Gesprek starten"))
        self.start_button.setObjectName("slotStart")
        self.start_button.clicked.connect(self._start_current)
        self.ics_button = QPushButton(self.tr("Naar agenda (.ics)…"))
        self.ics_button.setObjectName("exportIcs")
        self.ics_button.clicked.connect(lambda: self.export_ics())
        self.pack_button = QPushButton(self.tr("Avondpakket (PDF)…"))
        self.pack_button.setObjectName("printPack")
        self.pack_button.clicked.connect(
            lambda: self.view is not None and self.print_pack.emit(self.view.date)
        )
        self.reply_button = QPushButton(self.tr("Antwoord invoeren…"))
        self.reply_button.setObjectName("plannerReply")
        self.reply_button.clicked.connect(self.enter_reply)
        self.invitations_button = QPushButton(self.tr("Uitnodigingen (PDF)…"))
        self.invitations_button.setObjectName("plannerInvitations")
        self.invitations_button.clicked.connect(
            lambda: self.view is not None and self.print_invitations.emit(self.view.date)
        )
        self.saved_label = QLabel()
        self.saved_label.setObjectName("plannerStatus")
        self.saved_label.setWordWrap(True)
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        add_row = QHBoxLayout()
        pupil_label = QLabel(self.tr("Leerling"))
        pupil_label.setBuddy(self.pupil_picker)
        add_row.addWidget(pupil_label)
        add_row.addWidget(self.pupil_picker, 3)
        add_row.addWidget(self.type_combo, 2)
        add_row.addWidget(self.add_button)
        group_row = QHBoxLayout()
        group_label = QLabel(self.tr("Groep"))
        group_label.setBuddy(self.group_combo)
        group_row.addWidget(group_label)
        group_row.addWidget(self.group_combo, 1)
        group_row.addWidget(self.add_group_button)
        slot_row = QHBoxLayout()
        for slot_widget in (
            self.up_button,
            self.down_button,
            self.remove_button,
            self.own_length,
            self.own_length_spin,
        ):
            slot_row.addWidget(slot_widget)
        slot_row.addStretch(1)
        talk_row = QHBoxLayout()
        for button in (self.prepare_button, self.start_button, self.reply_button):
            talk_row.addWidget(button)
        talk_row.addStretch(1)
        evening_row = QHBoxLayout()  # what goes for the whole evening, on a row of its own
        evening_row.addStretch(1)
        for button in (self.invitations_button, self.ics_button, self.pack_button):
            evening_row.addWidget(button)

        self.conflicts = QLabel()
        self.conflicts.setObjectName("conflicts")
        self.conflicts.setWordWrap(True)
        self.conflicts.setTextFormat(Qt.TextFormat.RichText)

        self.slots_box = QGroupBox(self.tr("Gesprekken (slepen of Alt+↑/↓ om te verplaatsen)"))
        slots_layout = QVBoxLayout(self.slots_box)
        slots_layout.addLayout(add_row)
        slots_layout.addWidget(self.picker_error)
        slots_layout.addLayout(group_row)
        slots_layout.addWidget(self.slot_list, 1)
        slots_layout.addLayout(slot_row)
        slots_layout.addLayout(talk_row)
        slots_layout.addLayout(evening_row)
        slots_layout.addWidget(self.saved_label)
        slots_layout.addWidget(self.conflicts)

        self.empty = hint(self.tr("Nog geen gesprekkenavond. Kies ‘Nieuwe avond’."))
        right = QWidget()
        right_layout = QHBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(settings_scroll, 2)
        right_layout.addWidget(self.slots_box, 5)
        right_layout.addWidget(self.empty)
        self.settings_scroll = settings_scroll

        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([220, 1000])
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
            lambda: self.remove_current()
        )
        self.reload()

    # --- small builders -----------------------------------------------------------------------

    def _line(self, key: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(key)
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(lambda _t: self._settings_changed())
        edit.editingFinished.connect(self._flush_settings)
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

    def evening_label(self, evening: EveningView) -> str:
        """Two lines for the list of evenings: the date, then the times and how many talks."""
        count = len(evening.slots)
        return (
            f"{format_date(evening.date, self.language)}\n"
            f"{format_time(evening.starts_at)}–{format_time(evening.ends_at)} · "
            + self.tr("%n gesprek(ken)", "", count)
        )

    def reload(self, select_id: int | None = None, *, pickers: bool = True) -> None:
        """Refill the list of evenings and (with ``pickers``) the pupil and group pickers."""
        if select_id is None and self.view is not None:
            select_id = self.view.id
        self._loading = True
        all_evenings = self.ctx.read(evenings.list_evenings)
        shown_ids = [
            self.evening_list.item(row).data(EVENING_ID_ROLE)
            for row in range(self.evening_list.count())
        ]
        if shown_ids == [evening.id for evening in all_evenings]:
            # Same evenings in the same order: only the texts change. The items stay, so a
            # reload while the list is telling us its selection changed deletes nothing.
            for row, evening in enumerate(all_evenings):
                self.evening_list.item(row).setText(self.evening_label(evening))
        else:
            self.evening_list.clear()
            for evening in all_evenings:
                item = QListWidgetItem(self.evening_label(evening))
                item.setData(EVENING_ID_ROLE, evening.id)
                self.evening_list.addItem(item)
        chosen_row = next(
            (row for row, evening in enumerate(all_evenings) if evening.id == select_id), 0
        )
        if pickers:
            pupils = [p for p in self.ctx.read(people.list_pupils) if p.left_on is None]
            self.pupil_picker.set_pupils(pupils)
            keep_group = self.group_combo.currentData()
            self.group_combo.clear()
            for group in self.ctx.read(people.list_groups):
                self.group_combo.addItem(group.label, group.id)
            if keep_group is not None and self.group_combo.findData(keep_group) >= 0:
                self.group_combo.setCurrentIndex(self.group_combo.findData(keep_group))
        self._loading = False
        if all_evenings:
            self.evening_list.setCurrentRow(chosen_row)
            self._show(all_evenings[chosen_row])
        else:
            self._show(None)

    def _changed(self, changes: Changes) -> None:
        """Reload when something this screen shows was changed (here or in another window).

        Hidden (another tab is open), it only notes that it is behind and reloads when shown:
        an autosave in the preparation window costs the planner nothing.
        """
        if self.own.active and not (changes.groups or changes.carers):
            return  # a slot this screen changed: it shows the result itself
        view = self.view
        shown_talks = [s.talk.id for s in view.slots] if view else []
        shown_pupils = [s.talk.pupil_id for s in view.slots] if view else []
        # A pupil's name change also touches its group; a talk or agreement change touches its
        # pupil: only the pupils and talks in the slots show here.
        if not (
            changes.evenings
            or changes.groups
            or changes.carers
            or changes.touches(talks=shown_talks, pupils=shown_pupils)
        ):
            return
        if not self.isVisible():
            self._behind = True
            return
        self._pending = changes if self._pending is None else self._pending | changes
        self._catch_up.start()

    def _show_pending(self) -> None:
        changes, self._pending = self._pending, None
        if changes is None:
            return
        if not self.isVisible():
            self._behind = True
            return
        view = self.view
        other_evenings = set(changes.evenings) - ({view.id} if view else set())
        if view is not None and not (changes.groups or changes.carers or other_evenings):
            # Only the evening on screen changed (a talk held, a note): show just that one.
            try:
                fresh = self.ctx.read(evenings.get_evening, view.id)
            except NotFoundError:  # deleted elsewhere: the whole list, then
                fresh = None
            if fresh is not None:
                self._show(fresh)
                return
        # The pupil and group pickers change only with a group (pupils added, renamed, moved).
        self.reload(pickers=bool(changes.groups))

    def showEvent(self, event: QShowEvent) -> None:
        if self._behind:
            self._behind = False
            self.reload()
        super().showEvent(event)

    def _evening_chosen(self, current: QListWidgetItem | None, previous: object) -> None:
        if self._loading or current is None:
            return
        evening_id = int(current.data(EVENING_ID_ROLE))
        if not self.apply_settings():
            # The settings on screen could not be stored: stay on that evening, keep the text.
            if isinstance(previous, QListWidgetItem):
                self._loading = True
                self.evening_list.setCurrentItem(previous)
                self._loading = False
            return
        # Saving may have reordered the list (a new date): select the chosen evening again.
        for row in range(self.evening_list.count()):
            if self.evening_list.item(row).data(EVENING_ID_ROLE) == evening_id:
                self._loading = True
                self.evening_list.setCurrentRow(row)
                self._loading = False
        try:
            self._show(self.ctx.read(evenings.get_evening, evening_id))
        except UserFacingError as exc:
            show_error(self, exc)

    def _show(self, view: EveningView | None, keep_row: int | None = None) -> None:
        self.view = view
        if view is not None:  # its line in the list (the number of talks) follows
            for row in range(self.evening_list.count()):
                item = self.evening_list.item(row)
                if item.data(EVENING_ID_ROLE) == view.id:
                    item.setText(self.evening_label(view))
        has = view is not None
        for widget in (self.settings_scroll, self.slots_box, self.delete_button):
            widget.setVisible(has)
        self.empty.setVisible(not has)
        if view is None:
            return
        self._loading = True
        if not self._settings_dirty:
            self.date_edit.setText(view.starts_at.strftime("%d-%m-%Y"))
            self.start_edit.setText(format_time(view.starts_at))
            self.end_edit.setText(format_time(view.ends_by) if view.ends_by else "")
            self.location_edit.setText(view.location)
            self.slot_spin.setValue(view.slot_minutes)
            self.gap_spin.setValue(view.gap_minutes)
            self.break_every_spin.setValue(view.break_every)
            self.break_spin.setValue(view.break_minutes)
        count = len(view.slots)
        self.summary.setText(
            self.tr("%n gesprek(ken)", "", count)
            + f" · {format_time(view.starts_at)}–{format_time(view.ends_at)}"
        )
        row = self.slot_list.currentRow() if keep_row is None else keep_row
        self.slot_list.clear()
        muted = QFont(self.slot_list.font())
        muted.setItalic(True)
        for slot in view.slots:
            item = QListWidgetItem(self.slot_line(slot))
            item.setData(TALK_ID_ROLE, slot.talk.id)
            if slot.talk.status == "cancelled":
                item.setFont(muted)
            self.slot_list.addItem(item)
        if view.slots:
            self.slot_list.setCurrentRow(max(0, min(row, len(view.slots) - 1)))
        self._show_conflicts(view)
        self._refresh_list_label()
        self._loading = False
        self._slot_chosen()

    def slot_line(self, slot: Slot) -> str:
        """One slot as the list shows it: time, pupil, carers, needs, preparation, agreements."""
        parts = [f"{format_time(slot.starts_at)}–{format_time(slot.ends_at)}", slot.talk.pupil_name]
        if slot.talk.type_key != "ten_minute":
            parts.append(self.catalog.conversation_type(slot.talk.type_key).name)
        if slot.minutes_overridden:
            parts.append(self.tr("%n min", "", slot.minutes))
        carers = ", ".join(c.name for c in slot.carers) or self.tr("geen ouders vastgelegd")
        details = [carers]
        if slot.interpreter_needed:
            details.append(self.tr("tolk nodig"))
        if slot.talk.status in ("held", "cancelled"):
            details.append(talk_status_label(slot.talk.status, slot.talk.cancel_reason))
        else:
            details.append(
                self.tr("voorbereiding {0}").format(completeness_label(slot.talk.completeness))
            )
        if slot.open_agreements:
            details.append(self.tr("%n open afspraak/afspraken", "", slot.open_agreements))
        head = "  ·  ".join(parts)
        if slot.break_before and slot.index > 0 and slot.break_before > self.view_gap():
            head = self.tr("— pauze van %n min —", "", slot.break_before) + "\n" + head
        return head + "\n      " + " · ".join(details)

    def view_gap(self) -> int:
        return self.view.gap_minutes if self.view is not None else 0

    def _show_conflicts(self, view: EveningView) -> None:
        if not view.conflicts:
            self.conflicts.setText(escape(self.tr("Geen conflicten.")))
            return
        lines = []
        for conflict in view.conflicts:
            style = error_style() if conflict.severity == "error" else warning_style()
            mark = "⚠" if conflict.severity == "error" else "ℹ"
            lines.append(f"<span style='{style}'>{mark} {escape(conflict.message)}</span>")
        self.conflicts.setText("<br>".join(lines))

    def _refresh_list_label(self) -> None:
        if self.view is None:
            return
        for row in range(self.evening_list.count()):
            item = self.evening_list.item(row)
            if item.data(EVENING_ID_ROLE) == self.view.id:
                item.setText(self.evening_label(self.view))

    # --- evening settings ---------------------------------------------------------------------

    def _settings_changed(self) -> None:
        if self._loading or self.view is None:
            return
        self._settings_dirty = True
        self.timer.start()

    def _flush_settings(self) -> None:
        if self._settings_dirty:
            self.apply_settings()

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

    def apply_settings(self) -> bool:
        """Store the settings typed since the last save; a mistake shows at its field.

        Returns whether everything on screen is stored (nothing pending, or saved now).
        """
        self.timer.stop()
        if not self._settings_dirty or self.view is None:
            return True
        for label in self.errors.values():
            label.show_message(None)
        try:
            view = self.own.run(evenings.update_evening, self.view.id, data=self._input())
        except ValidationError as exc:
            at_field = self.errors.get(exc.field or "")
            if at_field is not None:
                at_field.show_message(exc.message)
            else:
                show_error(self, exc)
            return False
        except UserFacingError as exc:
            show_error(self, exc)
            return False
        self._settings_dirty = False
        self._show(view)
        return True

    def new_evening(self) -> None:
        """A new evening: the next free weekday from today at 18:30, ten-minute slots."""
        if not self.apply_settings():
            return
        view = self.own.op(self, evenings.create_next_evening)
        if isinstance(view, Failed):
            return
        self.reload(select_id=view.id)
        self.date_edit.setFocus()
        self.date_edit.selectAll()

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
        evening_id = self.view.id
        self._settings_dirty = False
        self.view = None
        self.own.op(self, evenings.delete_evening, evening_id)
        self.reload()

    # --- slots --------------------------------------------------------------------------------

    def _apply_slot_change(self, view: EveningView | Failed, focus_row: int | None = None) -> None:
        if isinstance(view, Failed):
            return
        self._show(view, keep_row=focus_row)

    def add_pupil(self, pupil_id: int) -> None:
        """Add the chosen pupil at the end of the evening, with the chosen kind of talk."""
        self.picker_error.show_message(None)
        if self.view is None or not self.apply_settings():
            return
        type_key = str(self.type_combo.currentData())
        view = self.own.op(
            self, evenings.add_slot, self.view.id, pupil_id=pupil_id, type_key=type_key
        )
        if not isinstance(view, Failed):
            self._show(view, keep_row=len(view.slots) - 1)
        self.pupil_picker.setFocus()

    def _no_single_match(self, text: str) -> None:
        matches = len(self.pupil_picker.matching_ids())
        if matches == 0:
            message = self.tr("Geen leerling gevonden met ‘{0}’.").format(text)
        else:
            message = self.tr(
                "‘{0}’ past bij %n leerlingen: kies er een uit de lijst (pijltjes en Enter).",
                "",
                matches,
            ).format(text)
        self.picker_error.show_message(message)

    def add_unplanned(self) -> None:
        if self.view is None or self.group_combo.currentData() is None:
            return
        evening_id, group_id = self.view.id, int(self.group_combo.currentData())
        self._apply_slot_change(
            self.own.op(self, evenings.add_unplanned_of_group, evening_id, group_id=group_id)
        )

    def current_talk_id(self) -> int | None:
        item = self.slot_list.currentItem()
        return int(item.data(TALK_ID_ROLE)) if item is not None else None

    def move_current(self, step: int) -> None:
        talk_id, row = self.current_talk_id(), self.slot_list.currentRow()
        if talk_id is None or not 0 <= row + step < self.slot_list.count():
            return
        self._apply_slot_change(
            self.own.op(self, evenings.move_slot, talk_id, row + step), focus_row=row + step
        )
        self.slot_list.setFocus()

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
            0,
            lambda: self._apply_slot_change(
                self.own.op(self, evenings.move_slot, talk_id, new_index), focus_row=new_index
            ),
        )

    def remove_current(self) -> None:
        talk_id, row = self.current_talk_id(), self.slot_list.currentRow()
        if talk_id is None:
            return
        self._apply_slot_change(self.own.op(self, evenings.remove_slot, talk_id), focus_row=row)

    def _slot_chosen(self) -> None:
        slot = self.current_slot()
        has = slot is not None
        for widget in (
            self.up_button,
            self.down_button,
            self.remove_button,
            self.own_length,
            self.prepare_button,
        ):
            widget.setEnabled(has)
        self.start_button.setEnabled(
            slot is not None and slot.talk.status in ("planned", "prepared")
        )
        self.own_length_spin.setEnabled(bool(slot and slot.minutes_overridden))
        self.reply_button.setEnabled(slot is not None and slot.talk.takes_reply)
        if slot is None:
            return
        was, self._loading = self._loading, True
        self.own_length.setChecked(slot.minutes_overridden)
        self.own_length_spin.setValue(slot.minutes)
        self._loading = was

    def enter_reply(self) -> QDialog | None:
        """The reply strip of the chosen talk's household, typed in."""
        slot = self.current_slot()
        if slot is None or not self.reply_button.isEnabled():
            return None
        from parentconv_ui.evening.reply_dialog import open_reply

        return open_reply(self.ctx, self, slot.talk.id)

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
        row = self.slot_list.currentRow()
        self._apply_slot_change(
            self.own.op(self, evenings.set_slot_minutes, talk_id, minutes), focus_row=row
        )

    def _prepare_current(self) -> None:
        talk_id = self.current_talk_id()
        if talk_id is not None:
            self.prepare.emit(talk_id)

    def _start_current(self) -> None:
        talk_id = self.current_talk_id()
        if talk_id is not None:
            self.start_talk.emit(talk_id)

    def export_ics(self, path: Path | None = None) -> Path | None:
        """Save the evening as an .ics file (asks where, unless a path is given)."""
        if self.view is None or not self.apply_settings():
            return None
        if path is None:
            suggested = safe_file_name("oudergesprekken", self.view.date.isoformat(), suffix=".ics")
            path = ask_save_path(
                self, self.ctx, self.tr("Naar agenda"), suggested, self.tr("Agenda (*.ics)")
            )
            if path is None:
                return None
        from parentconv.export_ics import write_calendar  # icalendar only when it is needed

        try:
            written = write_calendar(self.view, path, self.language)
        except UserFacingError as exc:
            show_error(self, exc)
            return None
        self.saved_label.setText(self.tr("Agendabestand opgeslagen: {0}").format(str(written)))
        return written
