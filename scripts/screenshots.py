"""Render the main screens offscreen to PNG files for the README (``make screenshots``)."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget

from parentconv.config import Locations
from parentconv.demo import load_demo_class
from parentconv.services import people
from parentconv.store.db import Database
from ui import forms
from ui.i18n import install_language
from ui.main_window import MainWindow

TODAY = dt.date(2026, 11, 23)
SIZE = QRect(0, 0, 1200, 760)


def save(widget: QWidget, out: Path, name: str) -> None:
    QApplication.processEvents()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path}")


def pupil_named(db: Database, name: str) -> int:
    return next(p.id for p in people.list_pupils(db) if p.name == name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path, nargs="?", default=Path("docs/screenshots"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Oudergesprek")
    with tempfile.TemporaryDirectory() as tmp:
        locations = Locations(Path(tmp))
        db = Database(locations.database)
        load_demo_class(db, today=TODAY)

        window = MainWindow(db, locations, "nl", today=lambda: TODAY)
        window.setGeometry(SIZE)
        window.show()
        window.select_pupil(pupil_named(db, "Şükrü Yılmaz"))
        save(window, args.out, "main-window")

        window.search.setText("zoe")
        window.select_pupil(pupil_named(db, "Zoë de Vries"))
        save(window, args.out, "search")
        window.close()

        dialog = forms.carer_form(None, people.list_pupils(db), set())
        dialog.resize(520, 560)
        dialog.show()
        save(dialog, args.out, "carer-form")
        dialog.close()

        install_language("en")
        english = MainWindow(db, locations, "en", today=lambda: TODAY)
        english.setGeometry(SIZE)
        english.show()
        english.select_pupil(pupil_named(db, "Łucja Kowalczyk"))
        save(english, args.out, "main-window-en")
        english.close()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
