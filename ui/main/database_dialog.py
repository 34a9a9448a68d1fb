"""Instellingen → Database: this computer's own file, or the school's server (team mode).

The address is kept in settings.json without its password; the password goes to the system's
keyring when the teacher asks for that (``parentconv.store.secrets``), else it is used for
this session only. "Verbinding testen" opens the store as the app would, and says what it
found, in plain words.
"""

from __future__ import annotations

import contextlib
import os

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from parentconv.config import DATABASE_URL_ENV
from parentconv.errors import UserFacingError
from parentconv.services import people
from parentconv.settings import load_settings, save_settings
from parentconv.store import secrets
from parentconv.store.server import AddressParts, ServerDatabase, address_parts, server_url, shown
from parentconv_ui.common.context import AppContext
from parentconv_ui.common.widgets import error_style, fit_to_screen, hint, named


class DatabaseDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(parent)
        self.setObjectName("databaseDialog")
        self.setWindowTitle(self.tr("Database"))
        self.ctx = ctx
        self.chosen: str | None = None
        """After OK: the address to open now ("" = this computer), with a password typed for
        this session only."""
        settings = load_settings(ctx.locations.settings_file)
        parts = address_parts(settings.database_url)

        self.laptop = QRadioButton(self.tr("Op &deze computer (standaard)"))
        self.server = QRadioButton(self.tr("Op de &server van de school (teammodus)"))
        choice = QButtonGroup(self)
        choice.addButton(self.laptop)
        choice.addButton(self.server)
        (self.server if settings.database_url else self.laptop).setChecked(True)

        self.host = named(QLineEdit(parts.host), self.tr("Server"))
        self.host.setPlaceholderText("server.school.local")
        self.port = named(QSpinBox(), self.tr("Poort"))
        self.port.setRange(1, 65535)
        self.port.setValue(parts.port)
        self.database = named(QLineEdit(parts.database), self.tr("Database"))
        self.login = named(QLineEdit(parts.login), self.tr("Inlognaam"))
        self.login.setPlaceholderText("juf_anna")
        self.password = named(QLineEdit(), self.tr("Wachtwoord"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(
            self.tr("Wachtwoord onthouden in de sleutelbos van deze computer")
        )
        named(self.remember, self.remember.text())
        remembered = False
        if settings.database_url and parts.login:
            with contextlib.suppress(UserFacingError):
                remembered = secrets.password_for(shown(server_url(parts.address()))) is not None
        self.remember.setChecked(remembered)
        if remembered:
            self.password.setPlaceholderText(self.tr("onthouden"))

        form = QFormLayout()
        form.addRow(self.tr("Se&rver:"), self.host)
        form.addRow(self.tr("&Poort:"), self.port)
        form.addRow(self.tr("Data&base:"), self.database)
        form.addRow(self.tr("&Inlognaam:"), self.login)
        form.addRow(self.tr("&Wachtwoord:"), self.password)
        form.addRow("", self.remember)
        self.server_fields = QWidget()
        self.server_fields.setLayout(form)

        self.test_button = QPushButton(self.tr("Verbinding &testen"))
        self.test_button.clicked.connect(self.test_connection)
        self.answer = QLabel()
        self.answer.setObjectName("connectionResult")
        self.answer.setWordWrap(True)
        tests = QHBoxLayout()
        tests.addWidget(self.test_button)
        tests.addStretch(1)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Opslaan en &openen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Op deze computer staat alles in één bestand, en gaat niets de deur uit. Op de "
                    "server van de school delen leerkrachten de gegevens: ieder ziet alleen de "
                    "eigen groepen, de intern begeleider alle. Vraag de beheerder om je inlog."
                )
            )
        )
        layout.addWidget(self.laptop)
        layout.addWidget(self.server)
        layout.addWidget(self.server_fields)
        layout.addLayout(tests)
        layout.addWidget(self.answer)
        if os.environ.get(DATABASE_URL_ENV, "").strip():
            layout.addWidget(
                hint(
                    self.tr(
                        "Let op: {0} is gezet; die gaat bij het starten voor deze keuze."
                    ).format(DATABASE_URL_ENV)
                )
            )
        layout.addWidget(buttons)
        self.server.toggled.connect(self._show_choice)
        self._show_choice()
        fit_to_screen(self, 560, 460)

    def _show_choice(self) -> None:
        on = self.server.isChecked()
        self.server_fields.setEnabled(on)
        self.test_button.setEnabled(on)

    def _parts(self) -> AddressParts:
        return AddressParts(
            self.host.text(), self.port.value(), self.database.text(), self.login.text()
        )

    def _say(self, text: str, problem: bool) -> None:
        self.answer.setText(text)
        self.answer.setStyleSheet(error_style() if problem else "")

    def test_connection(self) -> bool:
        """Open the store on the server as the app will; say what was found."""
        try:
            db = ServerDatabase(self._parts().address(self.password.text()))
        except UserFacingError as exc:
            self._say(exc.message, True)
            return False
        try:
            groups = db.run(people.list_groups)
        except UserFacingError as exc:
            self._say(exc.message, True)
            return False
        finally:
            db.close()
        self._say(
            self.tr("Verbonden met {0}. Je ziet %n groep(en).", "", len(groups)).format(db.where),
            False,
        )
        return True

    def save(self) -> None:
        settings = load_settings(self.ctx.locations.settings_file)
        if self.laptop.isChecked():
            settings.database_url = ""
            self.chosen = ""
        else:
            if not self.test_connection():
                return
            parts = self._parts()
            where = shown(server_url(parts.address()))
            typed = self.password.text()
            if self.remember.isChecked() and typed:
                if not secrets.remember_password(where, typed):
                    self._say(
                        self.tr(
                            "Deze computer heeft geen sleutelbos: het wachtwoord is niet "
                            "onthouden. Je typt het bij het starten, of de beheerder zet het in "
                            "een .pgpass-bestand."
                        ),
                        True,
                    )
            elif not self.remember.isChecked():
                secrets.forget_password(where)
            settings.database_url = parts.address()
            self.chosen = parts.address(typed)
        try:
            save_settings(self.ctx.locations.settings_file, settings)
        except OSError as exc:
            self._say(self.tr("De instelling kon niet worden opgeslagen: {0}").format(exc), True)
            return
        self.accept()
