"""Bestand → Overdracht inlezen…: a group handed over by the previous teacher, previewed, then
stored.

The file was read and checked before the dialog opens. The preview shows every pupil: new or
already known, the group they are (or go) in, and how many talks and agreements are added. The
group name and school year are the file's, and can be changed ("Groep 5 2025-2026" read in as
"Groep 6 2026-2027"). Nothing is written before "Inlezen"; then everything goes in one
transaction.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from parentconv.dates import format_date
from parentconv.errors import UserFacingError
from parentconv.services import handover
from parentconv.services.handover import MATCH, NEW, SKIP, HandoverOutcome, HandoverPlan
from parentconv.services.handover_file import HandoverFile
from parentconv_ui.common.colours import colour
from parentconv_ui.common.context import AppContext, Failed
from parentconv_ui.common.widgets import fit_to_screen, hint, named


class HandoverDialog(QDialog):
    """``exec()``; ``outcome`` holds what was stored (None: nothing)."""

    def __init__(
        self, parent: QWidget | None, ctx: AppContext, file: HandoverFile, path: Path
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.file = file
        self.outcome: HandoverOutcome | None = None
        self.plan: HandoverPlan | None = None
        self.setWindowTitle(self.tr("Overdracht inlezen"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Overdracht van {0} ({1}), gemaakt op {2} ({3}). Je ziet eerst wat er wordt "
                "toegevoegd; er wordt pas iets opgeslagen als je op Inlezen klikt. "
                "Privénotities, reflecties en voorbereidingen zitten niet in een "
                "overdrachtsbestand."
            ).format(
                file.group_name,
                file.school_year,
                format_date(file.exported_at.date(), ctx.language),
                path.name,
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.group_name = QLineEdit(file.group_name)
        self.group_name.setObjectName("handoverGroup")
        named(
            self.group_name,
            self.tr("Groep voor de leerlingen"),
            self.tr("De naam van de groep waarin de leerlingen komen; een nieuwe wordt gemaakt."),
        )
        self.school_year = QLineEdit(file.school_year)
        self.school_year.setObjectName("handoverSchoolYear")
        named(self.school_year, self.tr("Schooljaar van die groep"))
        for box in (self.group_name, self.school_year):
            box.editingFinished.connect(self.refresh)
        form.addRow(self.tr("&Groep:"), self.group_name)
        form.addRow(self.tr("&Schooljaar:"), self.school_year)
        layout.addLayout(form)
        layout.addWidget(
            hint(
                self.tr(
                    "Leerlingen die je al hebt (zelfde leerlingnummer, of naam en geboortedatum) "
                    "blijven in hun groep en krijgen alleen wat er nog niet is."
                )
            )
        )

        self.summary = QLabel()
        self.summary.setObjectName("handoverSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.preview = QTableWidget(0, 4)
        self.preview.setObjectName("handoverPreview")
        named(self.preview, self.tr("Voorbeeld van de overdracht, per leerling"))
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Leerling"), self.tr("Wat"), self.tr("Groep"), self.tr("Erbij")]
        )
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.preview.setColumnWidth(0, 220)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.preview.setColumnWidth(2, 170)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setTabKeyNavigation(False)  # Tab goes on to the buttons, not round the cells
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        layout.addWidget(self.preview, 1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.import_button = QPushButton(self.tr("Inlezen"))
        self.import_button.setObjectName("confirmHandover")
        self.import_button.clicked.connect(lambda: self.confirm())
        cancel = QPushButton(self.tr("Annuleren"))
        cancel.setObjectName("cancelHandover")
        cancel.clicked.connect(self.reject)
        buttons.addWidget(self.import_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)
        self.refresh()
        fit_to_screen(self, 900, 620)

    def target(self) -> tuple[str | None, str | None]:
        """The group name and school year as typed ("": the file's own)."""
        return self.group_name.text().strip() or None, self.school_year.text().strip() or None

    def refresh(self) -> None:
        """Plan again (with the group and school year as they are now)."""
        try:
            name, year = self.target()
            self.plan = self.ctx.read(
                handover.plan_handover, self.file, group_name=name, school_year=year
            )
        except UserFacingError as exc:
            self.plan = None
            self.summary.setText(exc.message)
            self.summary.setStyleSheet(f"font-weight: 600; color: {colour('error')};")
            self.preview.setRowCount(0)
            self.import_button.setEnabled(False)
            return
        plan = self.plan
        self.summary.setStyleSheet("font-weight: 600;")
        text = self.tr(
            "{0} leerlingen: {1} nieuw, {2} al bekend · {3} gesprekken, {4} afspraken en "
            "{5} ouders/verzorgers erbij."
        ).format(
            len(plan.pupils),
            plan.count(NEW),
            plan.count(MATCH),
            plan.new_talks,
            plan.new_agreements,
            plan.new_carers,
        )
        if plan.group_id is None and plan.count(NEW):
            text += " " + self.tr("Nieuwe groep: {0}.").format(plan.group_label)
        if not plan.changes_anything:
            text += " " + self.tr("Alles uit dit bestand staat er al.")
        self.summary.setText(text)
        self.import_button.setEnabled(plan.changes_anything)
        self._fill_preview(plan)

    def _fill_preview(self, plan: HandoverPlan) -> None:
        words = {NEW: self.tr("nieuw"), MATCH: self.tr("al bekend"), SKIP: self.tr("overgeslagen")}
        self.preview.setRowCount(len(plan.pupils))
        for row, item in enumerate(plan.pupils):
            pupil = item.pupil
            name = item.name
            if pupil.date_of_birth is not None:
                name += " · " + format_date(pupil.date_of_birth, self.ctx.language)
            if item.action == SKIP:
                added = item.reason
            else:
                added = (
                    self.tr("%n gesprek(ken)", "", len(item.new_talks))
                    + ", "
                    + self.tr("%n afspraak/afspraken", "", len(item.new_agreements))
                )
                if item.filled:
                    added += " · " + self.tr("aangevuld: {0}").format(", ".join(item.filled))
                if pupil.left_on is not None:
                    added += " · " + self.tr("vertrokken op {0}").format(
                        format_date(pupil.left_on, self.ctx.language)
                    )
            role = "ok" if item.action == NEW else "hint"
            for column, value in enumerate((name, words[item.action], item.group, added)):
                cell = QTableWidgetItem(value)
                if column == 1:
                    cell.setForeground(QBrush(QColor(colour(role))))
                self.preview.setItem(row, column, cell)
        self.preview.resizeRowsToContents()

    def confirm(self) -> None:
        self.refresh()  # the fields as typed, even without leaving them
        if self.plan is None or not self.plan.changes_anything:
            return
        name, year = self.target()
        outcome = self.ctx.op(
            self, handover.apply_handover, self.file, group_name=name, school_year=year
        )
        if isinstance(outcome, Failed):
            return
        self.outcome = outcome
        self.accept()
