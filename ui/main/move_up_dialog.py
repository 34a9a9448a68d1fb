"""Groep → Nieuw schooljaar…: the groups of last school year move up, previewed, then stored.

Per group of the old school year: the name of the new group (proposed: the number + 1, to be
changed), for a combination group the choice to keep it together or split it by year level,
and the pupils proposed as leavers (groep 8), each with a check box to untick one who stays
back. The summary at the bottom follows every change; nothing is written before "Overzetten",
then everything goes in one transaction (``services.school_year``).
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from parentconv.dates import format_date, next_school_year
from parentconv.errors import UserFacingError
from parentconv.services import school_year
from parentconv.services.school_year import (
    GroupChoice,
    MoveUpOutcome,
    MoveUpPlan,
    SourcePlan,
    TargetGroup,
)
from parentconv_ui.common.context import AppContext, Failed
from parentconv_ui.common.widgets import error_style, fit_to_screen, hint, named


class MoveUpDialog(QDialog):
    """``exec()``; ``outcome`` holds what was stored (None: nothing)."""

    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.outcome: MoveUpOutcome | None = None
        self.plan: MoveUpPlan | None = None
        self.setWindowTitle(self.tr("Nieuw schooljaar"))
        # The teacher's choices, kept across re-plans (and rebuilds of the rows).
        self.split: set[int] = set()
        self.names: dict[tuple[int, int | None], str] = {}
        self.staying: dict[int, set[int]] = {}
        self._shape: tuple[tuple[int, tuple[int | None, ...]], ...] = ()
        self._target_labels: dict[tuple[int, int | None], QLabel] = {}
        self._notes: dict[int, QLabel] = {}

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "De groepen gaan een schooljaar verder. Leerlingen nemen hun gesprekken en "
                "afspraken mee. Leerlingen van groep 8 verlaten de school: ze worden niet "
                "verwijderd. Er wordt pas iets opgeslagen als je op Overzetten klikt."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        year_row = QHBoxLayout()
        year_label = QLabel(self.tr("Van schooljaar:"))
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("fromYear")
        named(self.year_combo, self.tr("Van schooljaar"))
        year_label.setBuddy(self.year_combo)
        self.to_year = QLabel()
        self.to_year.setObjectName("toYear")
        year_row.addWidget(year_label)
        year_row.addWidget(self.year_combo)
        year_row.addWidget(self.to_year, 1)
        layout.addLayout(year_row)

        self.area = QScrollArea()
        self.area.setObjectName("moveUpGroups")
        self.area.setWidgetResizable(True)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the inputs in it
        layout.addWidget(self.area, 1)
        holder = QWidget()
        self.rows_layout = QVBoxLayout(holder)
        self.rows_layout.addStretch(1)
        self.rows: QWidget | None = None
        self.area.setWidget(holder)

        self.error = QLabel()
        self.error.setObjectName("moveUpError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
        self.error.hide()
        layout.addWidget(self.error)
        self.summary = QLabel()
        self.summary.setObjectName("moveUpSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.summary)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.confirm_button = QPushButton(self.tr("Overzetten"))
        self.confirm_button.setObjectName("confirmMoveUp")
        self.confirm_button.clicked.connect(lambda: self.confirm())
        self.cancel_button = QPushButton(self.tr("Annuleren"))
        self.cancel_button.setObjectName("cancelMoveUp")
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)

        years = ctx.read(school_year.source_years)
        for year in years:
            self.year_combo.addItem(year, year)
        default = ctx.read(school_year.default_from_year)
        if default is not None:
            self.year_combo.setCurrentIndex(self.year_combo.findData(default))
        self.year_combo.currentIndexChanged.connect(lambda _i: self._year_changed())
        self._year_changed()
        fit_to_screen(self, 900, 660)

    # --- the choices ------------------------------------------------------------------------------

    def from_year(self) -> str | None:
        data = self.year_combo.currentData()
        return str(data) if data else None

    def choices(self) -> dict[int, GroupChoice]:
        out = {}
        group_ids = {gid for gid, _level in self.names} | self.split | set(self.staying)
        for gid in group_ids:
            out[gid] = GroupChoice(
                split=gid in self.split,
                name=self.names.get((gid, None)),
                part_names={
                    level: text
                    for (g, level), text in self.names.items()
                    if g == gid and level is not None and gid in self.split
                },
                staying=frozenset(self.staying.get(gid, set())),
            )
        return out

    def _year_changed(self) -> None:
        self.split.clear()
        self.names.clear()
        self.staying.clear()
        self._shape = ()
        year = self.from_year()
        self.to_year.setText(
            self.tr("naar schooljaar {0}").format(next_school_year(year)) if year else ""
        )
        self.refresh()

    def refresh(self) -> None:
        """Plan again with the choices as they are; rebuild the rows only when their shape
        changed (a split, a pupil who stays back), so typing never loses the cursor."""
        year = self.from_year()
        if year is None:
            self.plan = None
            self._build(None)
            self.summary.setText(self.tr("Er zijn geen groepen met leerlingen om over te zetten."))
            self.confirm_button.setEnabled(False)
            return
        try:
            plan = self.ctx.read(school_year.plan_move_up, year, self.choices())
        except UserFacingError as exc:
            self.plan = None
            self.error.setText(exc.message)
            self.error.show()
            self.confirm_button.setEnabled(False)
            return
        self.plan = plan
        self.error.hide()
        shape = tuple((g.group.id, tuple(t.level for t in g.targets)) for g in plan.groups)
        if shape != self._shape:
            self._shape = shape
            self._build(plan)
        else:
            self._update(plan)
        self.summary.setText(school_year.summary(plan))
        self.confirm_button.setEnabled(plan.changes_anything)

    # --- the rows ---------------------------------------------------------------------------------

    def _build(self, plan: MoveUpPlan | None) -> None:
        focus = self.focusWidget()
        focus_name = focus.objectName() if focus is not None else ""
        self._target_labels.clear()
        self._notes.clear()
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        for source in plan.groups if plan is not None else ():
            inner_layout.addWidget(self._group_box(source, plan))
        old, self.rows = self.rows, inner
        if old is not None:
            # In its parent until it goes (a widget taken out would be a window of its own),
            # and not at once: the radio or check box that asked is in it.
            self.rows_layout.removeWidget(old)
            old.hide()
            old.deleteLater()
        self.rows_layout.insertWidget(0, inner)
        self._chain_tabs(inner)
        if focus_name:
            again = inner.findChild(QWidget, focus_name)
            if again is not None:
                again.setFocus()

    def _chain_tabs(self, inner: QWidget) -> None:
        """Tab goes from the school year through the groups to the buttons (rows made later
        would otherwise come after the buttons)."""
        chain: list[QWidget] = [self.year_combo]
        chain += [
            w for w in inner.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        chain += [self.confirm_button, self.cancel_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _group_box(self, source: SourcePlan, plan: MoveUpPlan | None) -> QGroupBox:
        gid = source.group.id
        box = QGroupBox(source.group.name)
        box.setObjectName(f"moveUpGroup_{gid}")
        form = QFormLayout(box)
        if source.is_combination:
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            keep = QRadioButton(self.tr("Bij elkaar houden"))
            keep.setObjectName(f"keep_{gid}")
            named(keep, self.tr("{0} bij elkaar houden").format(source.group.name))
            split = QRadioButton(self.tr("Splitsen per leerjaar"))
            split.setObjectName(f"split_{gid}")
            named(split, self.tr("{0} splitsen per leerjaar").format(source.group.name))
            buttons = QButtonGroup(row)
            buttons.addButton(keep)
            buttons.addButton(split)
            (split if source.split else keep).setChecked(True)
            split.toggled.connect(lambda on, g=gid: self._set_split(g, on))
            row_layout.addWidget(keep)
            row_layout.addWidget(split)
            row_layout.addStretch(1)
            form.addRow(self.tr("Combinatiegroep:"), row)
        for target in source.targets:
            form.addRow(*self._target_row(source, target))
        for leaver in source.leavers:
            check = QCheckBox(self.tr("{0} verlaat de school").format(leaver.pupil.name))
            check.setObjectName(f"leaver_{leaver.pupil.id}")
            check.setChecked(leaver.leaves)
            check.toggled.connect(lambda on, g=gid, p=leaver.pupil.id: self._set_leaving(g, p, on))
            form.addRow(check)
        if source.leavers and plan is not None:
            form.addRow(
                hint(
                    self.tr(
                        "Vertrokken op {0}. Haal het vinkje weg bij wie blijft zitten: die gaat "
                        "in hetzelfde leerjaar naar de nieuwe groep."
                    ).format(format_date(plan.leave_on, self.ctx.language))
                )
            )
        notes = hint("")
        form.addRow(notes)  # in the box before it is shown (alone it would be a window)
        self._notes[gid] = notes
        self._show_notes(source)
        return box

    def _target_row(self, source: SourcePlan, target: TargetGroup) -> tuple[QWidget, QWidget]:
        gid = source.group.id
        key = (gid, target.level)
        label = (
            QLabel(self.tr("Nieuwe groep:"))
            if target.level is None
            else QLabel(self.tr("Leerjaar {0} naar:").format(target.level))
        )
        field = QWidget()
        field_layout = QHBoxLayout(field)
        field_layout.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit(self.names.get(key, target.name))
        edit.setObjectName(f"name_{gid}_{'kept' if target.level is None else target.level}")
        edit.setMaxLength(school_year.MAX_GROUP_NAME + 20)  # a longer one is said, not cut
        named(
            edit,
            self.tr("Nieuwe naam voor {0}").format(source.group.name)
            if target.level is None
            else self.tr("Nieuwe naam voor leerjaar {0} van {1}").format(
                target.level, source.group.name
            ),
        )
        edit.textEdited.connect(lambda text, k=key: self._set_name(k, text))
        label.setBuddy(edit)
        info = hint("")
        info.setWordWrap(True)
        self._target_labels[key] = info
        self._show_target(target, info)
        field_layout.addWidget(edit, 1)
        field_layout.addWidget(info, 2)
        return label, field

    def _update(self, plan: MoveUpPlan) -> None:
        for source in plan.groups:
            for target in source.targets:
                info = self._target_labels.get((source.group.id, target.level))
                if info is not None:
                    self._show_target(target, info)
            self._show_notes(source)

    def _show_target(self, target: TargetGroup, info: QLabel) -> None:
        count = len(target.pupils)
        text = (
            self.tr("bestaat al: %n leerling(en) komen erbij", "", count)
            if target.exists
            else self.tr("nieuw: %n leerling(en)", "", count)
        )
        info.setText(text)
        info.setToolTip(", ".join(m.pupil.name for m in target.pupils))

    def _show_notes(self, source: SourcePlan) -> None:
        label = self._notes.get(source.group.id)
        if label is None:
            return
        notes = school_year.source_notes(source)
        if source.already_left:
            notes.append(
                self.tr(
                    "%n leerling(en) al eerder vertrokken: blijven in deze groep.",
                    "",
                    source.already_left,
                )
            )
        label.setText(" ".join(notes))
        label.setVisible(bool(notes))

    def _set_split(self, group_id: int, on: bool) -> None:
        if on:
            self.split.add(group_id)
        else:
            self.split.discard(group_id)
        self.refresh()

    def _set_name(self, key: tuple[int, int | None], text: str) -> None:
        self.names[key] = text
        self.refresh()

    def _set_leaving(self, group_id: int, pupil_id: int, leaves: bool) -> None:
        staying = self.staying.setdefault(group_id, set())
        if leaves:
            staying.discard(pupil_id)
        else:
            staying.add(pupil_id)
        self.refresh()

    # --- storing ----------------------------------------------------------------------------------

    def confirm(self) -> None:
        year = self.from_year()
        if year is None or self.plan is None:
            return
        outcome = self.ctx.op(self, school_year.apply_move_up, year, self.choices())
        if isinstance(outcome, Failed):
            return
        self.outcome = outcome
        self.accept()
