"""The groups-and-pupils tree on the left, with a search-as-you-type filter."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from parentconv.services.views import GroupView, PupilView
from parentconv.text import fold

PUPIL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ID_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3


def build_model(
    groups: list[GroupView], pupils: list[PupilView], demo_suffix: str
) -> QStandardItemModel:
    """One top-level row per group, its pupils (in class-list order) below it."""
    model = QStandardItemModel()
    by_group: dict[int, list[PupilView]] = {}
    for pupil in pupils:
        by_group.setdefault(pupil.group_id, []).append(pupil)
    bold = QFont()
    bold.setBold(True)
    for group in groups:
        label = f"{group.name} · {group.school_year}"
        if group.is_demo and demo_suffix and demo_suffix.casefold() not in label.casefold():
            label += f" · {demo_suffix}"
        group_item = QStandardItem(label)
        group_item.setEditable(False)
        group_item.setFont(bold)
        group_item.setData(group.id, GROUP_ID_ROLE)
        group_item.setData(fold(group.name), SEARCH_ROLE)
        for pupil in by_group.get(group.id, []):
            item = QStandardItem(pupil.name)
            item.setEditable(False)
            item.setData(pupil.id, PUPIL_ID_ROLE)
            item.setData(group.id, GROUP_ID_ROLE)
            item.setData(fold(pupil.name), SEARCH_ROLE)
            item.setToolTip(pupil.name)
            group_item.appendRow(item)
        model.appendRow(group_item)
    return model


class PupilFilter(QSortFilterProxyModel):
    """Shows pupils whose name contains every typed word, ignoring case and accents."""

    def __init__(self) -> None:
        super().__init__()
        self._words: list[str] = []
        self.setRecursiveFilteringEnabled(True)

    def set_query(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter() is deprecated there
            self.beginFilterChange()
            self._words = fold(text).split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = fold(text).split()
            self.invalidateFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if index.data(PUPIL_ID_ROLE) is None:
            return False  # a group row stays visible only through a matching pupil
        haystack = str(index.data(SEARCH_ROLE) or "")
        return all(word in haystack for word in self._words)
