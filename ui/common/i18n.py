"""Qt Linguist translations: Dutch is the source language, English comes from a .qm file.

Also loaded: Qt's own translations (``qtbase_<lang>.qm``, shipped with PySide6), so standard
buttons and dialogs (Ja/Nee, OK/Annuleren, the file dialog) speak the app's language, and a
Dutch file with only the plural forms (``%n gesprek`` / ``%n gesprekken``), since the source
texts of plural messages are written once for both forms.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from parentconv.i18n import set_language as set_core_language
from parentconv.resources import resource_path

_installed: list[QTranslator] = []


def _load(app: QCoreApplication, path: str) -> bool:
    translator = QTranslator(app)
    if not translator.load(path):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def install_language(language: str) -> str:
    """Make ``language`` ("nl" or "en") the app's language; returns the one in effect."""
    app = QCoreApplication.instance()
    assert app is not None
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language == "en" and not _load(app, str(resource_path("translations", "parentconv_en.qm"))):
        language = "nl"
    if language == "nl":
        _load(app, str(resource_path("translations", "parentconv_nl.qm")))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    _load(app, f"{qt_folder}/qtbase_{language}.qm")
    set_core_language(language)  # the core's messages (checks, store, files) follow
    QLocale.setDefault(
        QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English)
    )
    return language
