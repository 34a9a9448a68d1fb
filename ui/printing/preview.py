"""Preview a PDF made by parentconv.pdf inside the app, then print it or save it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from parentconv.errors import UserFacingError
from parentconv.pdf import write_pdf
from parentconv_ui.common.context import AppContext
from parentconv_ui.common.errors import show_error
from parentconv_ui.common.files import ask_save_path
from parentconv_ui.common.widgets import fit_to_screen

PRINT_DPI = 300


class PdfPreview(QDialog):
    """Shows the pages; "Afdrukken…" opens the system print dialog, "Opslaan als PDF…" saves."""

    def __init__(
        self,
        parent: QWidget | None,
        ctx: AppContext,
        data: bytes,
        title: str,
        suggested_name: str,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.data = data
        self.suggested_name = suggested_name
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes, self)  # must live as long as the document
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        pages = self.document.pageCount()
        self.info = QLabel(self.tr("%n pagina('s)", "", pages))
        self.saved = QLabel()
        self.saved.setObjectName("savedAs")
        self.saved.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Afdrukken…"))
        self.print_button.setObjectName("printButton")
        self.print_button.clicked.connect(self.print_dialog)
        self.save_button = QPushButton(self.tr("Opslaan als PDF…"))
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(lambda: self.save_as())
        close = QPushButton(self.tr("Sluiten"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.info)
        buttons.addStretch(1)
        for button in (self.print_button, self.save_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.saved)
        layout.addLayout(buttons)
        fit_to_screen(self, 760, 960)

    def page_count(self) -> int:
        return int(self.document.pageCount())

    def print_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Draw every page onto the printer, scaled to its page."""
        painter = QPainter()
        if not painter.begin(printer):
            show_error(self, UserFacingError(self.tr("De printer kan niet worden gebruikt.")))
            return
        try:
            for index in range(self.page_count()):
                if index > 0:
                    printer.newPage()
                size = self.document.pagePointSize(index)
                pixels = QSize(
                    int(size.width() / 72 * PRINT_DPI), int(size.height() / 72 * PRINT_DPI)
                )
                image = self.document.render(index, pixels)
                target = painter.viewport()
                scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(target.x(), target.y(), scaled.width(), scaled.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(target)
        finally:
            painter.end()

    def save_as(self, path: str | Path | None = None) -> Path | None:
        """Save the PDF (asks where, unless a path is given); a bad folder gives a message."""
        if path is None:
            path = ask_save_path(
                self,
                self.ctx,
                self.tr("Opslaan als PDF"),
                self.suggested_name,
                self.tr("PDF (*.pdf)"),
            )
            if path is None:
                return None
        try:
            written = write_pdf(self.data, Path(path))
        except UserFacingError as exc:
            show_error(self, exc)
            return None
        self.saved.setText(self.tr("Opgeslagen: {0}").format(str(written)))
        return written
