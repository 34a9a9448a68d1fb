"""Bewaartermijn: the pupils who left and whose retention period is over, erased on request.

The teacher sets how many school years a pupil's data is kept after they leave (saved in
settings.json), sees who is due (name, group, left on, due since), may untick someone to keep
them for now, and erases the ticked pupils after one more confirmation. Nothing is erased
without that click.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from parentconv.dates import format_date
from parentconv.services import retention
from parentconv.services.retention import DueForErasure
from parentconv.settings import load_settings, save_settings
from parentconv_ui.common.context import AppContext, Failed
from parentconv_ui.common.widgets import fit_to_screen, hint, named

log = logging.getLogger(__name__)

PUPIL_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RetentionDialog(QDialog):
    """``exec()``; ``erased`` holds who was erased while it was open."""

    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.erased: list[DueForErasure] = []
        self.due: list[DueForErasure] = []
        self.setWindowTitle(self.tr("Bewaartermijn"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Gegevens van een leerling die de school heeft verlaten, worden bewaard tot het "
                "einde van de bewaartermijn: het aantal hele schooljaren na het schooljaar van "
                "vertrek. Daarna horen ze te worden verwijderd: de leerling, de gesprekken, "
                "notities en afspraken, en ouders/verzorgers zonder andere leerling."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        row = QHBoxLayout()
        years_label = QLabel(self.tr("Bewaren na vertrek (schooljaren):"))
        self.years = QSpinBox()
        self.years.setObjectName("retentionYears")
        self.years.setRange(retention.MIN_YEARS, retention.MAX_YEARS)
        self.years.setValue(load_settings(ctx.locations.settings_file).retention_years)
        named(self.years, self.tr("Bewaren na vertrek, in schooljaren"))
        years_label.setBuddy(self.years)
        row.addWidget(years_label)
        row.addWidget(self.years)
        row.addStretch(1)
        layout.addLayout(row)

        self.summary = QLabel()
        self.summary.setObjectName("retentionSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("retentionTable")
        named(
            self.table,
            self.tr("Leerlingen van wie de bewaartermijn voorbij is"),
            self.tr("Vink een leerling uit om die nu nog te bewaren."),
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Naam"),
                self.tr("Groep"),
                self.tr("Vertrokken op"),
                self.tr("Verwijderen sinds"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        layout.addWidget(
            hint(self.tr("Verwijderen kan niet ongedaan worden gemaakt, ook niet uit de back-ups."))
        )

        buttons = QDialogButtonBox()
        self.erase_button = QPushButton(self.tr("Definitief verwijderen…"))
        self.erase_button.setObjectName("retentionErase")
        named(self.erase_button, self.tr("Aangevinkte leerlingen definitief verwijderen"))
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        named(close, self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        self.erase_button.clicked.connect(self.erase_checked)
        layout.addWidget(buttons)

        self.years.valueChanged.connect(self._years_changed)
        self.table.itemChanged.connect(lambda _item: self._update_button())
        self.reload()
        fit_to_screen(self, 760, 520)

    # --- data ---------------------------------------------------------------------------------

    def reload(self) -> None:
        """List who is due with the years shown in the spin box (all ticked)."""
        self.due = self.ctx.read(retention.due_for_erasure, self.years.value())
        language = self.ctx.language
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.due))
        for row, pupil in enumerate(self.due):
            name = QTableWidgetItem(pupil.name)
            name.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            name.setCheckState(Qt.CheckState.Checked)
            name.setData(PUPIL_ID_ROLE, pupil.pupil_id)
            cells = [
                name,
                QTableWidgetItem(f"{pupil.group_name} ({pupil.school_year})"),
                QTableWidgetItem(format_date(pupil.left_on, language)),
                QTableWidgetItem(format_date(pupil.due_since, language)),
            ]
            for column, item in enumerate(cells):
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        if self.due:
            self.summary.setText(
                self.tr("%n leerling(en) van wie de bewaartermijn voorbij is:", "", len(self.due))
            )
        else:
            self.summary.setText(self.tr("Niemand is aan de beurt om te worden verwijderd."))
        self._update_button()

    def checked_ids(self) -> list[int]:
        ids = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(PUPIL_ID_ROLE)))
        return ids

    def _update_button(self) -> None:
        self.erase_button.setEnabled(bool(self.checked_ids()))

    def _years_changed(self, years: int) -> None:
        path = self.ctx.locations.settings_file
        settings = load_settings(path)
        settings.retention_years = years
        try:
            save_settings(path, settings)
        except OSError:
            log.warning("Could not save the retention period", exc_info=True)
        self.reload()

    # --- erasing ------------------------------------------------------------------------------

    def erase_checked(self) -> None:
        ids = self.checked_ids()
        if not ids:
            return
        names = [p.name for p in self.due if p.pupil_id in ids]
        shown = "\n".join(f"• {name}" for name in names[:15])
        if len(names) > 15:
            shown += "\n" + self.tr("en nog %n", "", len(names) - 15)
        answer = QMessageBox.warning(
            self,
            self.tr("Definitief verwijderen"),
            self.tr(
                "%n leerling(en) definitief verwijderen, met alle gesprekken, notities en "
                "afspraken?",
                "",
                len(ids),
            )
            + "\n\n"
            + shown
            + "\n\n"
            + self.tr("Dit kan niet ongedaan worden gemaakt."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        result = self.ctx.op(self, retention.erase_due, ids, years=self.years.value())
        if not isinstance(result, Failed):
            self.erased += result
        self.reload()
