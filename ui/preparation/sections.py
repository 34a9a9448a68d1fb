"""Building blocks of the preparation form: small widgets that report ``changed``."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from parentconv.catalog import Catalog, GoalType, Skill
from parentconv.services.preparation import GoalChoice
from parentconv_ui.common.widgets import hint, named


class GoalPicker(QWidget):
    """The five goal types; per chosen goal one line: what I want to have achieved."""

    changed = Signal()

    def __init__(
        self, goal_types: Sequence[GoalType], outcome_placeholder: str, influences_label: str
    ) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        self.outcomes: dict[str, QLineEdit] = {}
        for row, goal in enumerate(goal_types):
            box = QCheckBox(f"{goal.name} — {goal.sender_wants.lower()}")
            box.setObjectName(f"goal_{goal.key}")
            box.setToolTip(goal.help)
            about = hint(f"{influences_label}: {goal.influences.lower()}")
            outcome = QLineEdit()
            outcome.setObjectName(f"goal_outcome_{goal.key}")
            outcome.setPlaceholderText(outcome_placeholder)
            named(outcome, f"{goal.name}: {outcome_placeholder}")  # five fields, five names
            outcome.setEnabled(False)
            box.toggled.connect(outcome.setEnabled)
            box.toggled.connect(lambda _on: self.changed.emit())
            outcome.textEdited.connect(lambda _t: self.changed.emit())
            grid.addWidget(box, row * 2, 0)
            grid.addWidget(about, row * 2, 1)
            grid.addWidget(outcome, row * 2 + 1, 0, 1, 2)
            self.boxes[goal.key] = box
            self.outcomes[goal.key] = outcome
        grid.setColumnStretch(1, 1)

    def set_goals(self, goals: Sequence[GoalChoice]) -> None:
        chosen = {g.key: g.outcome for g in goals}
        for key, box in self.boxes.items():
            box.setChecked(key in chosen)
            self.outcomes[key].setText(chosen.get(key, ""))

    def goals(self) -> list[GoalChoice]:
        return [
            GoalChoice(key, self.outcomes[key].text())
            for key, box in self.boxes.items()
            if box.isChecked()
        ]


class KeyChecks(QWidget):
    """Checkboxes for a set of catalog keys (expressive qualities, agreements to review)."""

    changed = Signal()

    def __init__(
        self, items: Sequence[tuple[str, str]], columns: int = 1, prefix: str = ""
    ) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for i, (key, label) in enumerate(items):
            box = QCheckBox(label)
            box.setObjectName(f"{prefix}{key}")
            box.toggled.connect(lambda _on: self.changed.emit())
            grid.addWidget(box, i // columns, i % columns)
            self.boxes[key] = box

    def set_checked(self, keys: Sequence[str]) -> None:
        for key, box in self.boxes.items():
            box.setChecked(key in keys)

    def checked(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked()]


class SkillPicker(QWidget):
    """Up to three conversation skills to focus on, grouped listening / sending / regulating."""

    changed = Signal()

    def __init__(self, catalog: Catalog, limit: int) -> None:
        super().__init__()
        self.limit = limit
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for group in catalog.skill_groups:
            frame = QGroupBox(group.name)
            column = QVBoxLayout(frame)
            for skill in catalog.skills_in(group.key):
                box = QCheckBox(skill.name)
                box.setObjectName(f"skill_{skill.key}")
                box.setToolTip(self._tooltip(skill))
                box.toggled.connect(self._toggled)
                column.addWidget(box)
                self.boxes[skill.key] = box
            column.addStretch(1)
            row.addWidget(frame)

    @staticmethod
    def _tooltip(skill: Skill) -> str:
        parts = [p for p in (skill.description, skill.example) if p]
        return "\n".join(parts)

    def _toggled(self, _on: bool) -> None:
        self._apply_limit()
        self.changed.emit()

    def _apply_limit(self) -> None:
        full = len(self.checked()) >= self.limit
        for box in self.boxes.values():
            box.setEnabled(box.isChecked() or not full)

    def set_checked(self, keys: Sequence[str]) -> None:
        for key, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(key in keys)
            box.blockSignals(False)
        self._apply_limit()

    def checked(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked()]


class PhaseMinutes(QWidget):
    """Planned minutes per phase of the talk, with the total and a warning when it does not fit."""

    changed = Signal()

    def __init__(self, phases: Sequence[tuple[str, str]], total_label: str) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.spins: dict[str, QSpinBox] = {}
        for col, (key, name) in enumerate(phases):
            label = QLabel(name)
            spin = QSpinBox()
            spin.setObjectName(f"phase_{key}")
            spin.setRange(0, 480)
            spin.setSuffix(" min")
            spin.valueChanged.connect(lambda _v: self.changed.emit())
            label.setBuddy(spin)
            grid.addWidget(label, 0, col)
            grid.addWidget(spin, 1, col)
            self.spins[key] = spin
        self.total = QLabel()
        self.total_label = total_label
        grid.addWidget(self.total, 1, len(phases))

    def set_minutes(self, minutes: dict[str, int]) -> None:
        for key, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(int(minutes.get(key, 0)))
            spin.blockSignals(False)

    def minutes(self) -> dict[str, int]:
        return {key: spin.value() for key, spin in self.spins.items()}

    def show_total(self, duration: int | None) -> None:
        total = sum(self.minutes().values())
        text = self.total_label.format(total)
        if duration is not None:
            text += f" / {duration}"
        self.total.setText(text)
