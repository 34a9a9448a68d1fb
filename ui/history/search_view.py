"""Search across pupils, notes and agreements; results grouped by pupil."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from parentconv.changes import Changes
from parentconv.services import history
from parentconv_ui.common.context import AppContext
from parentconv_ui.common.widgets import named

SEARCH_DELAY_MS = 250
ID_ROLE = Qt.ItemDataRole.UserRole


class SearchView(QWidget):
    """Emits ``open_pupil(pupil_id)`` when a result is opened."""

    open_pupil = Signal(int)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        ctx.bus.changed.connect(self._changed)
        self.query = QLineEdit()
        self.query.setObjectName("searchAll")
        self.query.setPlaceholderText(self.tr("Zoek in namen, notities en afspraken…"))
        self.query.setClearButtonEnabled(True)
        named(self.query, self.tr("Zoeken in namen, notities en afspraken"))
        self.query.setMaxLength(1000)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run)
        self.query.textChanged.connect(lambda _t: self.timer.start())
        self.query.returnPressed.connect(self.run)
        self.info = QLabel()
        self.results = QTreeWidget()
        self.results.setObjectName("searchResults")
        self.results.setHeaderHidden(True)
        named(self.results, self.tr("Gevonden, per leerling"))
        self.results.itemActivated.connect(self._opened)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.info)
        layout.addWidget(self.results, 1)

    def run(self) -> None:
        self.timer.stop()
        groups = self.ctx.read(history.search, self.query.text())
        kinds = {
            "pupil": self.tr("naam"),
            "talk": self.tr("gesprek"),
            "agreement": self.tr("afspraak"),
        }
        self.results.clear()
        for group in groups:
            top = QTreeWidgetItem([f"{group.pupil.name} ({group.pupil.group_name})"])
            top.setData(0, ID_ROLE, group.pupil.id)
            for hit in group.hits:
                child = QTreeWidgetItem([f"{kinds.get(hit.kind, hit.kind)}: {hit.snippet}"])
                child.setData(0, ID_ROLE, group.pupil.id)
                top.addChild(child)
            self.results.addTopLevelItem(top)
        self.results.expandAll()
        if self.query.text().strip() and not groups:
            self.info.setText(self.tr("Niets gevonden."))
        else:
            self.info.setText(self.tr("{0} leerlingen").format(len(groups)) if groups else "")

    def _changed(self, _changes: Changes) -> None:
        """Names, notes and agreements may have changed: search again (if there was a query)."""
        if self.query.text().strip():
            self.timer.start()

    def _opened(self, item: QTreeWidgetItem, _column: int) -> None:
        pupil_id = item.data(0, ID_ROLE)
        if pupil_id is not None:
            self.open_pupil.emit(int(pupil_id))
