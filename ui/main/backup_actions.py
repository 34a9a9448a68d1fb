"""Bestand → Back-up maken… and Terugzetten…: the teacher's own copies of the store.

Making a backup asks where (the backups folder in the data folder by default, a USB stick if
the teacher likes). Restoring lists the backups with their dates, or takes any file; the
current store is kept aside first, and the app reopens on the restored one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from parentconv.dates import format_datetime
from parentconv.errors import UserFacingError
from parentconv.private import private_dir
from parentconv.store.backups import (
    AFTER_ERASURE,
    BEFORE_RESTORE,
    DAILY,
    DAMAGED,
    EVENING,
    MANUAL,
    UPGRADE,
    Backup,
    folder_of,
)
from parentconv_ui.common.context import AppContext
from parentconv_ui.common.errors import show_error
from parentconv_ui.common.widgets import fit_to_screen, hint, named

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def kind_label(kind: str) -> str:
    """What made the backup, in the teacher's words."""
    labels = {
        DAILY: QCoreApplication.translate("backups", "dagelijks"),
        EVENING: QCoreApplication.translate("backups", "na een gesprekkenavond"),
        MANUAL: QCoreApplication.translate("backups", "zelf gemaakt"),
        AFTER_ERASURE: QCoreApplication.translate("backups", "na definitief verwijderen"),
        BEFORE_RESTORE: QCoreApplication.translate("backups", "vóór terugzetten"),
        DAMAGED: QCoreApplication.translate("backups", "beschadigd, opzij gezet"),
    }
    if kind.startswith(UPGRADE):
        return QCoreApplication.translate("backups", "vóór een update")
    return labels.get(kind, kind)


def server_says_no(parent: QWidget, ctx: AppContext) -> bool:
    """On the school's server, backups are the administrator's (pg_dump): say so."""
    if not ctx.db.is_server:
        return False
    try:
        ctx.db.backup(MANUAL)
    except UserFacingError as exc:
        show_error(parent, exc)
    return True


def make_backup(parent: QWidget, ctx: AppContext) -> Path | None:
    """Ask where, make a checked backup there, and say where it is."""
    folder = private_dir(folder_of(ctx.db.path))  # the dialog opens there, even the first time
    suggested = folder / f"{ctx.db.path.stem}-{ctx.now():%Y%m%d-%H%M%S}-{MANUAL}.sqlite3"
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("backups", "Back-up maken"),
        str(suggested),
        QCoreApplication.translate("backups", "Oudergesprek-back-up (*.sqlite3)"),
    )
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix != ".sqlite3":
        target = target.with_name(target.name + ".sqlite3")
    try:
        written = ctx.db.backup(MANUAL, target=target)
    except UserFacingError as exc:
        show_error(parent, exc)
        return None
    QMessageBox.information(
        parent,
        QCoreApplication.translate("backups", "Back-up gemaakt"),
        QCoreApplication.translate(
            "backups", "De back-up is gecontroleerd en opgeslagen als:\n{0}"
        ).format(written),
    )
    return written


class RestoreDialog(QDialog):
    """Pick a backup (newest first) or another file; ``chosen`` holds the answer."""

    def __init__(self, parent: QWidget, ctx: AppContext, backups: list[Backup]) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Back-up terugzetten"))
        self.chosen: Path | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Kies de back-up die je wilt terugzetten. Wat er nu in Oudergesprek staat, "
                "wordt eerst zelf als back-up bewaard, zodat je ook dat terug kunt halen."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setObjectName("backupList")
        named(self.list, self.tr("Back-ups, nieuwste eerst"))
        for b in backups:
            item = QListWidgetItem(
                f"{format_datetime(b.made_at, ctx.language)} · {kind_label(b.kind)}"
            )
            item.setData(PATH_ROLE, str(b.path))
            item.setToolTip(str(b.path))
            self.list.addItem(item)
        if backups:
            self.list.setCurrentRow(0)
        else:
            layout.addWidget(hint(self.tr("Er zijn nog geen back-ups in de gegevensmap.")))
        self.list.itemActivated.connect(lambda _item: self._accept_selected())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("&Terugzetten"))
        named(self.restore_button, self.tr("De gekozen back-up terugzetten"))
        self.restore_button.setEnabled(bool(backups))
        self.restore_button.clicked.connect(self._accept_selected)
        other = QPushButton(self.tr("&Ander bestand…"))
        named(other, self.tr("Een back-upbestand van elders kiezen"))
        other.clicked.connect(self._pick_file)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 620, 420)

    def _accept_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen = Path(str(item.data(PATH_ROLE)))
            self.accept()

    def _pick_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Back-upbestand kiezen"),
            str(Path.home()),
            self.tr("Oudergesprek-back-up (*.sqlite3);;Alle bestanden (*)"),
        )
        if chosen:
            self.chosen = Path(chosen)
            self.accept()


def ask_restore(parent: QWidget, ctx: AppContext) -> Path | None:
    """The backup the teacher wants back, after they confirmed; None when cancelled."""
    dialog = RestoreDialog(parent, ctx, ctx.db.backups())
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
        return None
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("backups", "Back-up terugzetten"),
        QCoreApplication.translate(
            "backups",
            "Oudergesprek zet deze back-up terug:\n{0}\n\nWat er nu in staat wordt eerst als "
            "back-up bewaard. Alle vensters gaan even dicht en weer open. Doorgaan?",
        ).format(dialog.chosen.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return dialog.chosen if answer == QMessageBox.StandardButton.Yes else None
