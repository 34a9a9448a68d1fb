"""Small forms for the class list: a group, a pupil, a carer. Errors appear at the field."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from parentconv.errors import UserFacingError
from parentconv.services.people import CarerInput, PupilInput
from parentconv.services.views import CarerView, PupilView
from parentconv_ui.common.colours import colour
from parentconv_ui.common.widgets import error_style, named


class FormDialog(QDialog):
    """A form whose OK calls ``save``; a ValidationError is shown under its field, nothing lost."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setStyleSheet(error_style())
        self.error.setWordWrap(True)
        self.error.hide()
        self.fields: dict[str, QWidget] = {}
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.save: Callable[[], Any] = lambda: None
        self.result_value: Any = None

    def add_field(self, key: str, label: str, widget: QWidget) -> None:
        widget.setObjectName(key)
        self.fields[key] = widget
        self.form.addRow(label, widget)

    def _try_accept(self) -> None:
        try:
            self.result_value = self.save()
        except UserFacingError as exc:  # a field's mistake, or a full disk: nothing is lost
            self.show_error(exc)
            return
        self.accept()

    def show_error(self, exc: UserFacingError) -> None:
        self.error.setText(exc.message)
        self.error.show()
        for widget in self.fields.values():
            widget.setStyleSheet("")
        at_fault = self.fields.get(getattr(exc, "field", None) or "")
        if at_fault is not None:
            at_fault.setStyleSheet(f"border: 2px solid {colour('error')};")
            at_fault.setFocus()


def group_form(parent: QWidget | None, name: str = "", school_year: str = "") -> FormDialog:
    dialog = FormDialog(parent, QCoreApplication.translate("forms", "Groep"))
    name_edit = QLineEdit(name)
    name_edit.setPlaceholderText(QCoreApplication.translate("forms", "bijv. groep 5"))
    year_edit = QLineEdit(school_year)
    dialog.add_field("name", QCoreApplication.translate("forms", "Naam"), name_edit)
    dialog.add_field("school_year", QCoreApplication.translate("forms", "Schooljaar"), year_edit)
    return dialog


def pupil_form(parent: QWidget | None, pupil: PupilView | None = None) -> FormDialog:
    dialog = FormDialog(parent, QCoreApplication.translate("forms", "Leerling"))
    given = QLineEdit(pupil.given_name if pupil else "")
    infix = QLineEdit(pupil.infix if pupil else "")
    infix.setPlaceholderText(QCoreApplication.translate("forms", "bijv. van den"))
    family = QLineEdit(pupil.family_name if pupil else "")
    born = QLineEdit(
        pupil.date_of_birth.strftime("%d-%m-%Y") if pupil and pupil.date_of_birth else ""
    )
    born.setPlaceholderText(QCoreApplication.translate("forms", "dd-mm-jjjj (niet verplicht)"))
    left = QLineEdit(pupil.left_on.strftime("%d-%m-%Y") if pupil and pupil.left_on else "")
    left.setPlaceholderText(QCoreApplication.translate("forms", "dd-mm-jjjj (niet verplicht)"))
    dialog.add_field("given_name", QCoreApplication.translate("forms", "Roepnaam"), given)
    dialog.add_field("infix", QCoreApplication.translate("forms", "Tussenvoegsel"), infix)
    dialog.add_field("family_name", QCoreApplication.translate("forms", "Achternaam"), family)
    dialog.add_field("date_of_birth", QCoreApplication.translate("forms", "Geboortedatum"), born)
    dialog.add_field(
        "left_on", QCoreApplication.translate("forms", "Van school vertrokken op"), left
    )
    return dialog


def pupil_input(dialog: FormDialog) -> PupilInput:
    def text(key: str) -> str:
        return line_text(dialog, key)

    return PupilInput(
        given_name=text("given_name"),
        infix=text("infix"),
        family_name=text("family_name"),
        date_of_birth=text("date_of_birth"),
        left_on=text("left_on"),
    )


def carer_form(
    parent: QWidget | None,
    pupils: list[PupilView],
    linked: set[int],
    carer: CarerView | None = None,
) -> FormDialog:
    dialog = FormDialog(parent, QCoreApplication.translate("forms", "Ouder/verzorger"))
    dialog.add_field(
        "name", QCoreApplication.translate("forms", "Naam"), QLineEdit(carer.name if carer else "")
    )
    relation = QLineEdit(carer.relation if carer else "")
    relation.setPlaceholderText(
        QCoreApplication.translate("forms", "bijv. moeder, vader, verzorger, oma")
    )
    dialog.add_field("relation", QCoreApplication.translate("forms", "Relatie"), relation)
    language = QLineEdit(carer.language if carer else "")
    language.setPlaceholderText(
        QCoreApplication.translate("forms", "bijv. Nederlands, Turks, Arabisch")
    )
    dialog.add_field("language", QCoreApplication.translate("forms", "Voorkeurstaal"), language)
    interpreter = QCheckBox(QCoreApplication.translate("forms", "Tolk nodig bij gesprekken"))
    interpreter.setChecked(bool(carer and carer.interpreter_needed))
    dialog.add_field("interpreter_needed", "", interpreter)
    literacy = QCheckBox(
        QCoreApplication.translate("forms", "Laaggeletterd: liever mondeling of met beeld")
    )
    literacy.setChecked(bool(carer and carer.low_literacy))
    dialog.add_field("low_literacy", "", literacy)
    plain_text = QCoreApplication.translate("forms", "Verslag in eenvoudige taal")
    plain = named(
        QCheckBox(plain_text),
        plain_text,
        QCoreApplication.translate(
            "forms",
            "Het verslag voor ouders in korte zinnen en grotere letters, met plaatjes bij de "
            "afspraken. Voor een laaggeletterde ouder gebeurt dit altijd.",
        ),
    )
    plain.setChecked(bool(carer and carer.plain_language))
    dialog.add_field("plain_language", "", plain)
    apart_text = QCoreApplication.translate("forms", "Woont apart: eigen uitnodiging")
    apart = named(
        QCheckBox(apart_text),
        apart_text,
        QCoreApplication.translate(
            "forms", "Deze ouder krijgt een eigen uitnodiging, los van de andere ouder."
        ),
    )
    apart.setChecked(bool(carer and carer.separate_letter))
    dialog.add_field("separate_letter", "", apart)
    dialog.add_field(
        "phone",
        QCoreApplication.translate("forms", "Telefoon"),
        QLineEdit(carer.phone if carer else ""),
    )
    dialog.add_field(
        "email",
        QCoreApplication.translate("forms", "E-mail"),
        QLineEdit(carer.email if carer else ""),
    )
    notes = QPlainTextEdit(carer.notes if carer else "")
    notes.setTabChangesFocus(True)
    notes.setPlaceholderText(
        QCoreApplication.translate("forms", "bijv. co-ouderschap, bereikbaarheid")
    )
    notes.setMaximumHeight(80)
    dialog.add_field("notes", QCoreApplication.translate("forms", "Notities"), notes)
    pupil_list = QListWidget()
    for pupil in pupils:
        item = QListWidgetItem(f"{pupil.name} ({pupil.group_name})")
        item.setData(Qt.ItemDataRole.UserRole, pupil.id)
        item.setCheckState(Qt.CheckState.Checked if pupil.id in linked else Qt.CheckState.Unchecked)
        pupil_list.addItem(item)
    pupil_list.setMaximumHeight(140)
    dialog.add_field(
        "pupil_ids", QCoreApplication.translate("forms", "Ouder/verzorger van"), pupil_list
    )
    return dialog


def carer_input(dialog: FormDialog) -> CarerInput:
    f = dialog.fields

    def line(key: str) -> str:
        return line_text(dialog, key)

    def checked(key: str) -> bool:
        widget = f[key]
        assert isinstance(widget, QCheckBox)
        return widget.isChecked()

    notes = f["notes"]
    pupil_list = f["pupil_ids"]
    assert isinstance(notes, QPlainTextEdit) and isinstance(pupil_list, QListWidget)
    ids = [
        int(pupil_list.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(pupil_list.count())
        if pupil_list.item(i).checkState() == Qt.CheckState.Checked
    ]
    return CarerInput(
        name=line("name"),
        relation=line("relation"),
        language=line("language"),
        interpreter_needed=checked("interpreter_needed"),
        low_literacy=checked("low_literacy"),
        plain_language=checked("plain_language"),
        separate_letter=checked("separate_letter"),
        phone=line("phone"),
        email=line("email"),
        notes=notes.toPlainText(),
        pupil_ids=ids,
    )


def line_text(dialog: FormDialog, key: str) -> str:
    widget = dialog.fields[key]
    assert isinstance(widget, QLineEdit)
    return widget.text()
