"""Groep → Klassenlijst importeren…: a class list from the school's administration, previewed,
then stored.

The teacher chooses a file (EDEXML, CSV or XLSX); it is read beside the window. The preview
shows every line: new, updated, unchanged, rejected or skipped, with the reason, and what the
warnings say. A column the app did not recognise is chosen in the column list (remembered for
the next file with the same header). Without a group column the teacher picks the group. Pupils
of the file's groups who are no longer in it are offered as left, unticked. Nothing is written
before "Importeren"; then everything goes in one transaction.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from parentconv import import_mappings
from parentconv.dates import format_date, school_year_of
from parentconv.errors import UserFacingError
from parentconv.i18n import _ as core_text
from parentconv.importing.columns import FIELDS
from parentconv.importing.read import read_class_list
from parentconv.importing.rows import ReadResult
from parentconv.services import class_import, people
from parentconv.services.class_import import NEW, SAME, UPDATE, ImportOutcome, ImportPlan
from parentconv_ui.common.background import run_beside
from parentconv_ui.common.colours import colour
from parentconv_ui.common.context import AppContext, Failed
from parentconv_ui.common.errors import show_error
from parentconv_ui.common.files import ask_save_path
from parentconv_ui.common.widgets import fit_to_screen, hint, named

PUPIL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
FILE_FILTER = "Klassenlijst (*.xml *.csv *.txt *.xlsx);;Alle bestanden (*)"


def _carer_slot_label(key: str, labels: dict[str, str]) -> str:
    base, _sep, slot = key.partition(":")
    label = labels.get(base, base)
    return f"{label} {slot}" if slot else label


class ImportDialog(QDialog):
    """``exec()``; ``outcome`` holds what was stored (None: nothing)."""

    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.outcome: ImportOutcome | None = None
        self.path: Path | None = None
        self.read: ReadResult | None = None
        self.plan: ImportPlan | None = None
        self.setWindowTitle(self.tr("Klassenlijst importeren"))
        self._labels = self._field_labels()
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Lees leerlingen en ouders/verzorgers in uit een export van de "
                "leerlingadministratie (EDEXML, CSV of Excel). Je ziet eerst wat er gebeurt; er "
                "wordt pas iets opgeslagen als je op Importeren klikt. Kolommen als adres, "
                "geslacht en opmerkingen worden niet overgenomen."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        file_row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Bestand kiezen…"))
        self.choose_button.setObjectName("chooseFile")
        self.choose_button.clicked.connect(lambda: self.choose_file())
        self.file_label = QLabel(self.tr("Nog geen bestand gekozen."))
        self.file_label.setWordWrap(True)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.file_label, 1)
        layout.addLayout(file_row)

        group_row = QHBoxLayout()
        self.group_label = QLabel(self.tr("Groep:"))
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("targetGroup")
        self.group_combo.setEditable(True)
        self.group_combo.setMinimumContentsLength(16)
        named(
            self.group_combo,
            self.tr("Groep voor de leerlingen"),
            self.tr("Kies een groep of typ de naam van een nieuwe groep."),
        )
        self.group_label.setBuddy(self.group_combo)
        self.group_combo.activated.connect(lambda _i: self.refresh())
        group_line = self.group_combo.lineEdit()
        if group_line is not None:
            group_line.editingFinished.connect(self.refresh)
        group_row.addWidget(self.group_label)
        group_row.addWidget(self.group_combo, 1)
        self.group_hint = hint("")
        group_row.addWidget(self.group_hint, 2)
        layout.addLayout(group_row)

        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.summary)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        columns_box = QWidget()
        columns_layout = QVBoxLayout(columns_box)
        columns_layout.setContentsMargins(0, 0, 0, 0)
        columns_title = QLabel(self.tr("Kolommen in het bestand"))
        columns_layout.addWidget(columns_title)
        self.columns = QTableWidget(0, 2)
        self.columns.setObjectName("columnMapping")
        named(self.columns, self.tr("Kolommen en wat ze bevatten"))
        self.columns.setHorizontalHeaderLabels([self.tr("Kolom"), self.tr("Bevat")])
        self.columns.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.columns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.columns.verticalHeader().hide()
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns.setTabKeyNavigation(False)  # Tab goes on to the combos and out, not round
        columns_title.setBuddy(self.columns)
        columns_layout.addWidget(self.columns, 1)
        splitter.addWidget(columns_box)

        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_title = QLabel(self.tr("Voorbeeld"))
        preview_layout.addWidget(preview_title)
        self.preview = QTableWidget(0, 6)
        self.preview.setObjectName("importPreview")
        named(self.preview, self.tr("Voorbeeld van de import, per regel"))
        self.preview.setHorizontalHeaderLabels(
            [
                self.tr("Regel"),
                self.tr("Wat"),
                self.tr("Leerling"),
                self.tr("Groep"),
                self.tr("Ouders/verzorgers"),
                self.tr("Toelichting"),
            ]
        )
        header = self.preview.horizontalHeader()
        for index in (0, 1):
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.ResizeToContents)
        for index, width in ((2, 190), (3, 80), (4, 150)):
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.Interactive)
            self.preview.setColumnWidth(index, width)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setTabKeyNavigation(False)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.setWordWrap(True)
        preview_title.setBuddy(self.preview)
        preview_layout.addWidget(self.preview, 1)
        leaving_title = QLabel(self.tr("Niet meer in het bestand — vink aan wie vertrokken is:"))
        leaving_title.setWordWrap(True)
        self.leaving_title = leaving_title
        preview_layout.addWidget(leaving_title)
        self.leaving = QListWidget()
        self.leaving.setObjectName("leavingPupils")
        named(self.leaving, self.tr("Leerlingen die niet meer in het bestand staan"))
        self.leaving.setMaximumHeight(90)
        leaving_title.setBuddy(self.leaving)
        preview_layout.addWidget(self.leaving)
        splitter.addWidget(preview_box)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([340, 860])
        layout.addWidget(splitter, 1)

        buttons = QHBoxLayout()
        self.save_rejected_button = QPushButton(self.tr("Afgewezen regels opslaan…"))
        self.save_rejected_button.setObjectName("saveRejected")
        self.save_rejected_button.clicked.connect(lambda: self.save_rejected())
        self.import_button = QPushButton(self.tr("Importeren"))
        self.import_button.setObjectName("confirmImport")
        self.import_button.clicked.connect(lambda: self.confirm())
        close = QPushButton(self.tr("Sluiten"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.save_rejected_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._fill_groups()
        self._show_plan()
        fit_to_screen(self, 1200, 700)

    def _field_labels(self) -> dict[str, str]:
        return {key: core_text(label) for key, label in FIELDS.items()}

    def _fill_groups(self) -> None:
        year = school_year_of(self.ctx.today())
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("(de groepen uit het bestand)"), "")
        for group in self.ctx.read(people.list_groups):
            if group.school_year == year and not group.is_demo:
                self.group_combo.addItem(group.name, group.name)

    # --- reading --------------------------------------------------------------------------------

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Klassenlijst kiezen"), "", FILE_FILTER
        )
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path, mapping: dict[int, str] | None = None) -> bool:
        """Read ``path`` (beside the window) and show the preview; False if it cannot be read."""
        today = self.ctx.today()
        folder = self.ctx.locations.data_dir

        def work() -> ReadResult:
            read = read_class_list(path, today=today, mapping=mapping)
            if mapping is None and read.missing:
                known = import_mappings.remembered(folder, read.signature)
                if known is not None:
                    read = read_class_list(path, today=today, mapping=known)
            return read

        try:
            read = run_beside(self, work, self.tr("Het bestand wordt gelezen…"))
        except UserFacingError as exc:
            show_error(self, exc)
            return False
        self.path, self.read = path, read
        self.file_label.setText(path.name)
        self.file_label.setToolTip(str(path))
        self._show_columns()
        self.refresh()
        return True

    def _show_columns(self) -> None:
        read = self.read
        assert read is not None
        self.columns.setRowCount(len(read.headers))
        keys = list(FIELDS)
        slots = sorted({f for f in read.mapping.values() if ":" in f})
        for row, header in enumerate(read.headers):
            item = QTableWidgetItem(header)
            self.columns.setItem(row, 0, item)
            combo = QComboBox()
            combo.setObjectName(f"column_{row}")
            named(combo, self.tr("Kolom {0} bevat").format(header or str(row + 1)))
            for key in [*keys, *slots]:
                combo.addItem(_carer_slot_label(key, self._labels), key)
            current = read.mapping.get(row, "ignore")
            if combo.findData(current) < 0:
                combo.addItem(_carer_slot_label(current, self._labels), current)
            combo.setCurrentIndex(combo.findData(current))
            combo.activated.connect(lambda _i: self._remap())
            self.columns.setCellWidget(row, 1, combo)

    def _remap(self) -> None:
        if self.path is None or self.read is None:
            return
        mapping = {}
        for row in range(self.columns.rowCount()):
            combo = self.columns.cellWidget(row, 1)
            if isinstance(combo, QComboBox) and combo.currentData() != "ignore":
                mapping[row] = str(combo.currentData())
        signature = self.read.signature
        if self.open_file(self.path, mapping) and self.read is not None and not self.read.missing:
            with contextlib.suppress(OSError):  # remembering is a convenience
                import_mappings.remember(self.ctx.locations.data_dir, signature, mapping)

    # --- the plan ---------------------------------------------------------------------------------

    def target_group(self) -> str:
        data = self.group_combo.currentData()
        text = self.group_combo.currentText().strip()
        if data is None or (data == "" and text != self.group_combo.itemText(0)):
            return text  # typed: a new (or existing) group by name
        return str(data)

    def refresh(self) -> None:
        """Plan again (the file, the column choices and the group as they are now)."""
        self.plan = None
        read = self.read
        if read is not None and not read.missing:
            try:
                self.plan = self.ctx.read(
                    class_import.plan_import, read, target_group=self.target_group() or None
                )
            except UserFacingError as exc:
                self.summary.setText(exc.message)
                self.summary.setStyleSheet(f"font-weight: 600; color: {colour('error')};")
                self._clear_preview()
                self.import_button.setEnabled(False)
                return
        self._show_plan()

    def _clear_preview(self) -> None:
        self.preview.setRowCount(0)
        self.leaving.clear()

    def _show_plan(self) -> None:
        read, plan = self.read, self.plan
        self.summary.setStyleSheet("font-weight: 600;")
        has_column = read is not None and read.has_group_column
        self.group_hint.setText(
            self.tr("Met een groep gekozen komen alleen de leerlingen van die groep binnen.")
            if has_column
            else self.tr("Dit bestand noemt geen groep: kies of typ de groep.")
        )
        if read is None:
            self.summary.setText(self.tr("Kies een bestand om te zien wat er wordt ingelezen."))
        elif read.missing:
            self.summary.setText(
                self.tr("Kies in de kolommenlijst welke kolom dit bevat: {0}.").format(
                    ", ".join(self._labels.get(m, m) for m in read.missing)
                )
            )
            self.summary.setStyleSheet(f"font-weight: 600; color: {colour('error')};")
        elif plan is not None:
            self.summary.setText(self._summary_text(plan))
        self._clear_preview()
        self.import_button.setEnabled(
            plan is not None and (plan.changes_anything or bool(plan.leaving))
        )
        self.save_rejected_button.setEnabled(
            plan is not None and bool(plan.rejected or plan.read.skipped)
        )
        shown = plan is not None and bool(plan.leaving)
        self.leaving_title.setVisible(shown)
        self.leaving.setVisible(shown)
        if plan is None:
            return
        self._fill_preview(plan)
        for pupil in plan.leaving:
            item = QListWidgetItem(f"{pupil.name} ({pupil.group_name})")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(PUPIL_ID_ROLE, pupil.id)
            self.leaving.addItem(item)

    def _summary_text(self, plan: ImportPlan) -> str:
        text = self.tr(
            "{0} leerlingen: {1} nieuw, {2} bijgewerkt, {3} ongewijzigd · "
            "{4} ouders/verzorgers ({5} nieuw) · {6} regels afgewezen of overgeslagen."
        ).format(
            len(plan.pupils),
            plan.count(NEW),
            plan.count(UPDATE),
            plan.count(SAME),
            len(plan.carers),
            plan.new_carers,
            len(plan.rejected) + len(plan.read.skipped),
        )
        if plan.new_groups:
            text += " " + self.tr("Nieuwe groep(en): {0}.").format(", ".join(plan.new_groups))
        if plan.other_groups:
            text += " " + self.tr("Andere groepen overgeslagen: {0}.").format(
                ", ".join(f"{g} ({n})" for g, n in plan.other_groups.items())
            )
        return text

    def _fill_preview(self, plan: ImportPlan) -> None:
        words = {
            NEW: self.tr("nieuw"),
            UPDATE: self.tr("bijwerken"),
            SAME: self.tr("ongewijzigd"),
        }
        warnings: dict[int, list[str]] = {}
        for problem in plan.read.warnings:
            warnings.setdefault(problem.line, []).append(problem.message)
        rows: list[tuple[int, str, str, str, str, str, str]] = []
        for item in plan.pupils:
            row = item.row
            born = format_date(row.birth_date, self.ctx.language) if row.birth_date else ""
            name = class_import.pupil_label(row) + (f" · {born}" if born else "")
            notes = list(warnings.get(row.line, []))
            if item.changes:
                notes.insert(0, self.tr("verandert: {0}").format(", ".join(item.changes)))
            carers = ", ".join(c.name for c in row.carers)
            role = "ok" if item.action != SAME else "hint"
            rows.append(
                (row.line, words[item.action], name, item.group, carers, " ".join(notes), role)
            )
        for problem in plan.rejected:
            rows.append((problem.line, self.tr("afgewezen"), "", "", "", problem.message, "error"))
        for problem in plan.read.skipped:
            rows.append(
                (problem.line, self.tr("overgeslagen"), "", "", "", problem.message, "hint")
            )
        rows.sort(key=lambda r: r[0])
        self.preview.setRowCount(len(rows))
        for index, (line, what, name, group, carers, note, role) in enumerate(rows):
            for column, value in enumerate((str(line), what, name, group, carers, note)):
                cell = QTableWidgetItem(value)
                if column == 1:
                    cell.setForeground(self._brush(role))
                self.preview.setItem(index, column, cell)
        self.preview.resizeRowsToContents()

    def _brush(self, role: str) -> QBrush:
        return QBrush(QColor(colour(role)))

    # --- storing ----------------------------------------------------------------------------------

    def marked_left(self) -> list[int]:
        out = []
        for index in range(self.leaving.count()):
            item = self.leaving.item(index)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(PUPIL_ID_ROLE)))
        return out

    def confirm(self) -> None:
        if self.read is None or self.plan is None:
            return
        outcome = self.ctx.op(
            self,
            class_import.apply_import,
            self.read,
            target_group=self.target_group() or None,
            mark_left=self.marked_left(),
        )
        if isinstance(outcome, Failed):
            return
        self.outcome = outcome
        self.accept()

    def save_rejected(self) -> None:
        if self.plan is None:
            return
        stem = self.path.stem if self.path is not None else "klassenlijst"
        target = ask_save_path(
            self,
            self.ctx,
            self.tr("Afgewezen regels opslaan"),
            f"{stem}-afgewezen.csv",
            self.tr("CSV-bestand (*.csv)"),
        )
        if target is None:
            return
        from parentconv.atomic import write_atomically

        try:
            write_atomically(target, class_import.rejected_csv(self.plan).encode("utf-8-sig"))
        except OSError as exc:
            from parentconv.store.db import describe_storage_error

            show_error(
                self,
                UserFacingError(
                    describe_storage_error(exc)
                    or self.tr("Het bestand kon niet worden opgeslagen: {0}").format(exc)
                ),
            )
