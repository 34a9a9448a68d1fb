"""A window whose last save failed does not close on the teacher's text.

Closing asks what to do, and keeps asking until the text is safe: "Opnieuw proberen" saves
again (the window closes when that works), "Tekst kopiëren" puts every text of the window on
the clipboard, "Open laten" keeps the window as it is. Only once the text is on the clipboard
does "Sluiten zonder opslaan" appear.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPlainTextEdit, QWidget


def window_text(window: QWidget) -> str:
    """Every text typed in ``window``, each under the name of its field, for the clipboard."""
    parts = []
    for box in window.findChildren(QPlainTextEdit):
        if box.toPlainText().strip():
            parts.append(f"{box.accessibleName() or box.objectName()}:\n{box.toPlainText()}")
    for line in window.findChildren(QLineEdit):
        if line.text().strip() and not line.isReadOnly():
            parts.append(f"{line.accessibleName() or line.objectName()}: {line.text()}")
    return "\n\n".join(parts)


def may_close_unsaved(window: QWidget, retry: Callable[[], str | None], reason: str) -> bool:
    """Ask until the teacher's text is stored, copied or kept; whether the window may close.

    ``retry`` stores again and returns None, or the reason it still cannot (shown in the box).
    """
    copied = False
    problem = QCoreApplication.translate("unsaved", "Wat je typte kon niet worden opgeslagen.")
    while True:
        box = QMessageBox(window)
        box.setObjectName("unsavedBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("unsaved", "Niet opgeslagen"))
        box.setText(f"{problem}\n{reason}")
        box.setInformativeText(
            QCoreApplication.translate(
                "unsaved", "De tekst staat op het klembord. Je kunt hem ergens anders plakken."
            )
            if copied
            else QCoreApplication.translate(
                "unsaved", "Het venster blijft open met je tekst, zodat je niets kwijtraakt."
            )
        )
        again = box.addButton(
            QCoreApplication.translate("unsaved", "&Opnieuw proberen"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        copy = box.addButton(
            QCoreApplication.translate("unsaved", "Tekst &kopiëren"),
            QMessageBox.ButtonRole.ActionRole,
        )
        keep = box.addButton(
            QCoreApplication.translate("unsaved", "Open &laten"), QMessageBox.ButtonRole.RejectRole
        )
        close = (
            box.addButton(
                QCoreApplication.translate("unsaved", "&Sluiten zonder opslaan"),
                QMessageBox.ButtonRole.DestructiveRole,
            )
            if copied
            else None
        )
        box.setDefaultButton(again)
        box.setEscapeButton(keep)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is again:
            failure = retry()
            if failure is None:
                return True
            problem, reason = (
                QCoreApplication.translate("unsaved", "Nog steeds niet opgeslagen."),
                failure,
            )
        elif clicked is copy:
            QApplication.clipboard().setText(window_text(window))
            copied = True
        else:
            return close is not None and clicked is close
