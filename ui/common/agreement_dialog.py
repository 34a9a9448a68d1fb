"""Edit an agreement: the whole text, who does it and by when, with an optional note.

Used to adjust an agreement while reviewing it in a talk ("Bijstellen"), to give an overdue
agreement that goes on a new date ("Loopt door"), and to correct one afterwards in the history.
A date that cannot be read shows a message at the field; nothing typed is lost.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from parentconv.errors import ValidationError
from parentconv.services import validation as v
from parentconv_ui.common.labels import OWNERS, owner_label
from parentconv_ui.common.widgets import FieldError, named


@dataclass(frozen=True)
class AgreementValues:
    text: str
    owner: str
    due_on: dt.date | None
    note: str


class AgreementDialog(QDialog):
    """``exec()``; when accepted, ``values`` holds what the teacher chose."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        text: str,
        owner: str,
        due_on: dt.date | None,
        intro: str = "",
        with_note: bool = False,
        text_editable: bool = True,
        owner_editable: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.values: AgreementValues | None = None
        layout = QVBoxLayout(self)
        if intro:
            intro_label = QLabel(intro)
            intro_label.setWordWrap(True)
            layout.addWidget(intro_label)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.text_edit = QPlainTextEdit(text)
        self.text_edit.setObjectName("agreementDialogText")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setReadOnly(not text_editable)
        self.text_edit.setMinimumHeight(80)
        named(self.text_edit, self.tr("Afspraak"))
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("agreementDialogOwner")
        for key in OWNERS:
            self.owner_combo.addItem(owner_label(key), key)
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(owner)))
        self.owner_combo.setEnabled(owner_editable)
        named(self.owner_combo, self.tr("Wie doet het"))
        self.due_edit = QLineEdit(format_date_numeric(due_on))
        self.due_edit.setObjectName("agreementDialogDue")
        self.due_edit.setPlaceholderText(self.tr("dd-mm-jjjj"))
        named(self.due_edit, self.tr("Uiterlijk (datum, niet verplicht)"))
        self.due_error = FieldError()
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("agreementDialogNote")
        named(self.note_edit, self.tr("Toelichting (niet verplicht)"))
        form.addRow(self.tr("Afspraak"), self.text_edit)
        form.addRow(self.tr("Wie doet het"), self.owner_combo)
        form.addRow(self.tr("Uiterlijk (niet verplicht)"), self.due_edit)
        form.addRow(self.due_error)
        if with_note:
            form.addRow(self.tr("Toelichting (niet verplicht)"), self.note_edit)
        else:
            self.note_edit.hide()
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
        # The cursor waits at the end of the text (or in the date when the text is fixed).
        self.text_edit.moveCursor(QTextCursor.MoveOperation.End)
        (self.text_edit if text_editable else self.due_edit).setFocus()

    def _accept(self) -> None:
        self.due_error.show_message(None)
        due_text = self.due_edit.text().strip()
        try:
            due = (
                v.parse_date(due_text, field="due_on", label=self.tr("Uiterlijk"))
                if due_text
                else None
            )
            text = v.required_text(
                self.text_edit.toPlainText(),
                field="text",
                label=self.tr("De afspraak"),
                max_length=5000,
            )
        except ValidationError as exc:
            self.due_error.show_message(exc.message)
            (self.due_edit if exc.field == "due_on" else self.text_edit).setFocus()
            return
        self.values = AgreementValues(
            text=text,
            owner=str(self.owner_combo.currentData()),
            due_on=due,
            note=self.note_edit.text().strip(),
        )
        self.accept()


def format_date_numeric(day: dt.date | None) -> str:
    """A due date as it is typed: "15-12-2026" (empty for none)."""
    return f"{day.day:02d}-{day.month:02d}-{day.year}" if day else ""
