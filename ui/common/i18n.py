"""Qt Linguist translations: Dutch is the source language, English comes from a .qm file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from parentconv.resources import resource_path

_installed: list[QTranslator] = []


def install_language(language: str) -> str:
    """Make ``language`` ("nl" or "en") the app's language; returns the one in effect."""
    app = QCoreApplication.instance()
    assert app is not None
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language == "en":
        translator = QTranslator(app)
        if translator.load(str(resource_path("translations", "parentconv_en.qm"))):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            return "nl"
    return language
