"""Tabs whose page is built the first time it is shown (or asked for by name).

A start then builds only the first screen; the evening planner, tonight's list, the contact
overview and the search are made when the teacher opens them. Until then the tab holds an
empty placeholder; the real page takes its place at the same index, so everything that looks
at the tabs afterwards sees the real page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget


class LazyTabs:
    def __init__(self, tabs: QTabWidget) -> None:
        self.tabs = tabs
        self._pages: dict[str, QWidget] = {}
        self._builders: dict[str, tuple[QWidget, Callable[[], QWidget], str]] = {}
        tabs.currentChanged.connect(self._shown)

    def add(self, name: str, text: str, build: Callable[[], QWidget]) -> None:
        placeholder = QWidget()
        placeholder.setObjectName(f"{name}Placeholder")
        self._builders[name] = (placeholder, build, text)
        self.tabs.addTab(placeholder, text)

    def widget(self, name: str) -> QWidget:
        """The page ``name``, built now if it was not yet."""
        page = self._pages.get(name)
        if page is not None:
            return page
        placeholder, build, text = self._builders.pop(name)
        page = build()
        self._pages[name] = page
        index = self.tabs.indexOf(placeholder)
        was_current = self.tabs.currentIndex() == index
        blocked = self.tabs.blockSignals(True)
        try:
            self.tabs.insertTab(index, page, text)
            self.tabs.removeTab(index + 1)
            if was_current:
                self.tabs.setCurrentIndex(index)
        finally:
            self.tabs.blockSignals(blocked)
        placeholder.deleteLater()
        return page

    def built(self, name: str) -> bool:
        return name in self._pages

    def _shown(self, index: int) -> None:
        current = self.tabs.widget(index)
        for name, (placeholder, _build, _text) in list(self._builders.items()):
            if placeholder is current:
                self.widget(name)
                return
