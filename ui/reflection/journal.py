"""Terugblik → Reflectielogboek: the teacher's look back after each talk and each evening.

The list holds every held talk with a reflection and every evening looked back on, newest
first, with what went well, what next time and the focus skills of the preparations; typing in
the search box keeps the entries whose words match. Enter (or a double click) on a talk opens
its notes; on an evening, its look back to change. "Terugblik op een avond…" writes one for an
evening whose talk mode was closed before.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from parentconv.changes import Changes
from parentconv.dates import format_date, format_datetime
from parentconv.errors import ValidationError
from parentconv.services import evenings as evening_service
from parentconv.services import journal as service
from parentconv.services.journal import JournalEntry
from parentconv.text import fold
from parentconv_ui.common.context import AppContext
from parentconv_ui.common.widgets import FieldError, fit_to_screen, hint, named, save_cancel

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class EveningReflectionDialog(QDialog):
    """What went well on an evening, and what to do differently next time."""

    def __init__(self, ctx: AppContext, parent: QWidget, evening_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Terugblik op een gesprekkenavond"))
        form = QFormLayout(self)
        self.evening_combo = QComboBox()
        self.evening_combo.setObjectName("reflectionEvening")
        named(self.evening_combo, self.tr("Gesprekkenavond"))
        for evening in reversed(ctx.read(evening_service.list_evenings)):
            if evening.starts_at.date() <= ctx.today():
                self.evening_combo.addItem(
                    format_datetime(evening.starts_at, ctx.language), evening.id
                )
        if evening_id is not None:
            self.evening_combo.setCurrentIndex(max(self.evening_combo.findData(evening_id), 0))
        self.evening_combo.currentIndexChanged.connect(self._load)
        self.went_well = QLineEdit()
        self.went_well.setObjectName("eveningWentWell")
        named(self.went_well, self.tr("Wat ging goed?"))
        self.next_time = QLineEdit()
        self.next_time.setObjectName("eveningNextTime")
        named(self.next_time, self.tr("Wat doe je volgende keer anders?"))
        self.error = FieldError()
        form.addRow(self.tr("&Avond"), self.evening_combo)
        form.addRow(self.tr("Wat ging &goed?"), self.went_well)
        form.addRow(self.tr("Wat doe je &volgende keer anders?"), self.next_time)
        form.addRow(self.error)
        buttons = save_cancel(self, self.save)
        form.addRow(buttons)
        self.setMinimumWidth(560)
        self._load()

    def _load(self) -> None:
        evening_id = self.evening_combo.currentData()
        if evening_id is None:
            return
        current = self.ctx.read(service.evening_reflection, int(evening_id))
        self.went_well.setText(current.went_well)
        self.next_time.setText(current.next_time)

    def save(self) -> None:
        evening_id = self.evening_combo.currentData()
        if evening_id is None:
            self.error.show_message(
                self.tr("Er is nog geen gesprekkenavond om op terug te kijken.")
            )
            return
        try:
            self.ctx.run(
                service.set_evening_reflection,
                int(evening_id),
                went_well=self.went_well.text(),
                next_time=self.next_time.text(),
            )
        except ValidationError as exc:
            self.error.show_message(exc.message)
            return
        self.accept()


class JournalWindow(QWidget):
    """Emits ``open_talk`` with a talk's id, ``open_self_assessment`` for the checklists."""

    open_talk = Signal(int)
    open_self_assessment = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.setWindowFlag(Qt.WindowType.Window)
        self.ctx = ctx
        self.language = ctx.language
        self.setWindowTitle(self.tr("Reflectielogboek"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Je terugblik na elk gesprek en na elke gesprekkenavond, de nieuwste "
                    "bovenaan. Enter opent een gesprek of de terugblik op een avond."
                )
            )
        )
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("journalSearch")
        self.search.setPlaceholderText(self.tr("Zoeken in het logboek…"))
        named(self.search, self.tr("Zoeken in het logboek"))
        self.search.textChanged.connect(self._filter)
        top.addWidget(self.search, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("journalCount")
        top.addWidget(self.count_label)
        layout.addLayout(top)
        self.tree = QTreeWidget()
        self.tree.setObjectName("journalList")
        named(self.tree, self.tr("Reflectielogboek"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setHeaderLabels(
            [
                self.tr("Datum"),
                self.tr("Gesprek of avond"),
                self.tr("Doel bereikt"),
                self.tr("Ging goed"),
                self.tr("Volgende keer"),
                self.tr("Aandachtspunten"),
            ]
        )
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(lambda item, _old: self._show_detail(item))
        self.detail = QLabel()
        self.detail.setObjectName("journalDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tree)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        buttons = QHBoxLayout()
        evening = QPushButton(self.tr("Terugblik op een &avond…"))
        evening.setObjectName("reflectOnEvening")
        evening.clicked.connect(lambda: self.reflect_on_evening())
        assess = QPushButton(self.tr("&Zelfevaluatie…"))
        assess.setObjectName("openSelfAssessment")
        assess.clicked.connect(self.open_self_assessment.emit)
        close = QPushButton(self.tr("Sluiten"))
        close.clicked.connect(self.close)
        buttons.addWidget(evening)
        buttons.addWidget(assess)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+W"), self).activated.connect(self.close)
        QShortcut(QKeySequence("Ctrl+F"), self).activated.connect(self.search.setFocus)
        self.reload()
        ctx.bus.changed.connect(self._changed)
        fit_to_screen(self, 1100, 700)

    def _answer(self, entry: JournalEntry) -> str:
        words = {
            "yes": self.tr("ja"),
            "partly": self.tr("deels"),
            "no": self.tr("nee"),
        }
        return words.get(entry.goal_achieved or "", "")

    def _what(self, entry: JournalEntry) -> str:
        if entry.kind == "evening":
            return self.tr("Gesprekkenavond (%n gesprek(ken) gevoerd)", "", entry.talks_held)
        ctype = self.ctx.catalog.conversation_type(entry.type_key).name
        return f"{entry.pupil_name} · {ctype}"

    def reload(self) -> None:
        entries = self.ctx.read(service.journal)
        self.tree.clear()
        for entry in entries:
            skills = ", ".join(self.ctx.catalog.skill(k).name for k in entry.focus_skills)
            item = QTreeWidgetItem(
                [
                    format_date(entry.when.date(), self.language),
                    self._what(entry),
                    self._answer(entry),
                    entry.went_well,
                    entry.next_time,
                    skills,
                ]
            )
            item.setData(0, ENTRY_ROLE, entry)
            for column in (3, 4):
                item.setToolTip(column, item.text(column))
            self.tree.addTopLevelItem(item)
        for column, width in enumerate((120, 300, 100, 260, 260)):
            self.tree.setColumnWidth(column, width)
        self._filter(self.search.text())
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def _show_detail(self, item: QTreeWidgetItem | None) -> None:
        """The chosen entry in full (the list cuts long lines)."""
        if item is None or item.isHidden():
            self.detail.clear()
            return
        entry: JournalEntry = item.data(0, ENTRY_ROLE)
        lines = [f"<b>{escape(item.text(0))} · {escape(self._what(entry))}</b>"]
        if entry.kind == "talk":
            answer = self._answer(entry)
            if answer:
                lines.append(escape(self.tr("Doel bereikt: {0}").format(answer)))
            if entry.two_way is not None:
                lines.append(
                    escape(
                        self.tr("Tweezijdig: {0}").format(
                            self.tr("ja") if entry.two_way else self.tr("nee")
                        )
                    )
                )
        labelled = (
            (self.tr("Ging goed:"), entry.went_well),
            (self.tr("Volgende keer:"), entry.next_time),
            (
                self.tr("Aandachtspunten:"),
                ", ".join(self.ctx.catalog.skill(k).name for k in entry.focus_skills),
            ),
        )
        lines += [f"{escape(label)} <i>{escape(text)}</i>" for label, text in labelled if text]
        self.detail.setText("<br>".join(lines))

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        shown = 0
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is None:
                continue
            haystack = fold(" ".join(item.text(c) for c in range(self.tree.columnCount())))
            hidden = any(w not in haystack for w in words)
            item.setHidden(hidden)
            shown += not hidden
        self.count_label.setText(self.tr("%n terugblik(ken)", "", shown))
        current = self.tree.currentItem()
        if current is None or current.isHidden():
            visible = [
                self.tree.topLevelItem(i)
                for i in range(self.tree.topLevelItemCount())
                if not self.tree.topLevelItem(i).isHidden()  # type: ignore[union-attr]
            ]
            if visible and visible[0] is not None:
                self.tree.setCurrentItem(visible[0])
            else:
                self._show_detail(None)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        entry: JournalEntry = item.data(0, ENTRY_ROLE)
        if entry.kind == "talk" and entry.talk_id is not None:
            self.open_talk.emit(entry.talk_id)
        elif entry.evening_id is not None:
            self.reflect_on_evening(entry.evening_id)

    def reflect_on_evening(self, evening_id: int | None = None) -> EveningReflectionDialog:
        dialog = EveningReflectionDialog(self.ctx, self, evening_id)
        dialog.open()
        return dialog

    def _changed(self, changes: Changes) -> None:
        if changes.any_of("talks", "evenings", "pupils"):
            self.reload()
