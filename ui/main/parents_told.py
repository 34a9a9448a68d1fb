"""The "Wat ouders vertelden" dialog: the teacher types in the answers of the startgesprek form.

Every preparation of that school year shows them beside what the app knows. Saving goes
through ``people.set_parents_told``; a mistake (too long) shows in the dialog, nothing lost.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPlainTextEdit, QWidget

from parentconv.dates import format_date
from parentconv.services.views import PupilView
from parentconv_ui.common.colours import colour
from parentconv_ui.common.widgets import named
from parentconv_ui.main.forms import FormDialog


class ParentsToldDialog(FormDialog):
    """One text: what the parents told, as they wrote it on the form."""

    def __init__(self, parent: QWidget | None, pupil: PupilView, language: str = "nl") -> None:
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("Wat ouders vertelden – {0}").format(pupil.name))
        self.setObjectName("parentsToldDialog")
        hint = QLabel(
            self.tr(
                "Typ hier wat de ouders op de vragenlijst 'Vertel ons over uw kind' schreven. "
                "Elke voorbereiding van dit schooljaar laat het zien. Leeg maken wist het."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {colour('hint')};")
        self.form.addRow(hint)
        if pupil.parents_told_on is not None:
            self.form.addRow(
                QLabel(
                    self.tr("Ingevuld op {0}").format(format_date(pupil.parents_told_on, language))
                )
            )
        self.text_edit = QPlainTextEdit(pupil.parents_told)
        self.text_edit.setTabChangesFocus(True)  # Tab goes on to Opslaan, as in every form
        self.text_edit.setMinimumSize(480, 260)
        named(self.text_edit, self.tr("Wat ouders vertelden"))
        self.add_field("parents_told", self.tr("Antwoorden"), self.text_edit)
        self.buttons.setStandardButtons(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Opslaan"))
        save.setObjectName("saveParentsTold")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.text_edit.setFocus()

    def text(self) -> str:
        return self.text_edit.toPlainText()
