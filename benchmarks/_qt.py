"""What the Qt benchmarks share: a QApplication that counts the errors Qt swallows, quiet
offscreen warnings, and the profile of the app's own functions.

Imported as ``_qt`` by ``bench_preparation.py`` and ``bench_session.py`` (their folder is first
on ``sys.path``).
"""

from __future__ import annotations

import cProfile
import pstats
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from parentconv_ui.common.i18n import install_language

ROOT = Path(__file__).resolve().parent.parent
# What the offscreen platform says about window-manager features it lacks.
QUIET_QT_MESSAGES = (
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
    "This plugin does not support grabbing the keyboard",
)


def quiet_qt_messages(mode: QtMsgType, _context: object, message: str) -> None:
    if message not in QUIET_QT_MESSAGES:
        print(f"Qt {mode.name}: {message}", file=sys.stderr)


def start_qt() -> tuple[QApplication, list[BaseException]]:
    """The QApplication in Dutch, as the app starts it, and the list that collects exceptions
    raised inside Qt callbacks (Qt prints and swallows them; a benchmark must still fail)."""
    swallowed: list[BaseException] = []
    default_hook = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        swallowed.append(exc)
        default_hook(kind, exc, tb)

    sys.excepthook = hook
    qInstallMessageHandler(quiet_qt_messages)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_language("nl")  # as the app does (Qt's own texts and the plural forms)
    return app, swallowed


def our_profile_lines(
    *profilers: cProfile.Profile, runs: int = 1, lines: int = 20
) -> list[list[str]]:
    """The functions of parentconv/ and ui/ by cumulative time over the profiles together:
    [where, calls, own ms, cumulative ms], each per run."""
    found: list[tuple[float, int, float, str]] = []
    stats = pstats.Stats(*profilers).stats  # type: ignore[attr-defined]
    for (filename, line, name), (_prim, calls, own, cumulative, _callers) in stats.items():
        try:
            where = Path(filename).resolve().relative_to(ROOT)
        except (ValueError, OSError):
            continue
        if where.parts[0] in ("parentconv", "ui"):
            found.append((cumulative, calls, own, f"{where}:{line} {name}"))
    found.sort(reverse=True)
    return [
        [where, f"{calls / runs:g}", f"{own * 1000 / runs:.1f}", f"{cumulative * 1000 / runs:.1f}"]
        for cumulative, calls, own, where in found[:lines]
    ]
