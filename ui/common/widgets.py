"""Small widgets shared by the screens: hints, messages at a field, multi-line text boxes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from parentconv_ui.common.colours import colour


def font_size(factor: float) -> str:
    """A style sheet font size relative to the system font (which the teacher may enlarge)."""
    font = QApplication.font()
    if font.pointSizeF() <= 0:  # a font set in pixels
        return f"font-size: {round(font.pixelSize() * factor)}px;"
    return f"font-size: {font.pointSizeF() * factor:.1f}pt;"


def hint_style() -> str:
    return f"color: {colour('hint')};"


def error_style() -> str:
    return f"color: {colour('error')};"


def warning_style() -> str:
    return f"color: {colour('warning')}; font-weight: 600;"


def text_box(placeholder: str = "", height: int = 90) -> QPlainTextEdit:
    """A multi-line box where Tab moves on (so the form works with the keyboard alone)."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setMinimumHeight(height)
    box.setMaximumHeight(int(height * 1.3))  # grows a little; the page scrolls, not the box
    return box


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(hint_style())
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _TickingLabel(QLabel):
    """The text of a ``WrappedCheck``: a click on it ticks the box."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
            self.box.toggle()


class WrappedCheck(QWidget):
    """A check box whose long text wraps (a QCheckBox's own text never does, and so widens
    its column past the window). Clicking the text ticks the box, as with a normal one."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        self.box.setAccessibleName(text)
        self.label = _TickingLabel(text, self.box)
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)


def lines_of(box: QPlainTextEdit) -> list[str]:
    return [line for line in box.toPlainText().splitlines() if line.strip()]


class FieldError(QLabel):
    """A message under one field; hidden while the field is fine."""

    def __init__(self) -> None:
        super().__init__()
        self.setStyleSheet(error_style())
        self.setWordWrap(True)
        self.hide()

    def show_message(self, message: str | None) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))


W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, description: str = "") -> W:
    """Give a widget the name a screen reader says ("Datum", "Start gesprek met Noah")."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Open at the wanted size, or smaller when the screen's free area is smaller."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width, height = min(width, free.width()), min(height, free.height() - 40)
    widget.resize(width, height)


def save_cancel(dialog: QDialog, on_save: Callable[[], None]) -> QDialogButtonBox:
    """ "Opslaan" (runs ``on_save``, which closes the dialog when it stored) and "Annuleren"."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setText(QCoreApplication.translate("widgets", "Opslaan"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("widgets", "Annuleren")
    )
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons
