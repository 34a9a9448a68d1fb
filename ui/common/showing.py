"""Open a big window in two turns of the event loop: built in one, shown in the next.

Building the preparation window (about 200 widgets) and laying it out and painting it took
60 ms together, one block in which the app could not answer a key or repaint. Split, each turn
stays well under 50 ms and the window is on screen just as soon.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)

_OPENING = "opening"


def opening(window: QWidget) -> bool:
    """Built and about to be shown (``show_soon``): treat it as open."""
    return bool(window.property(_OPENING))


def bring_up(window: W, then: Callable[[W], None] | None = None) -> None:
    window.setProperty(_OPENING, False)
    window.show()
    window.raise_()
    window.activateWindow()
    if then is not None:
        then(window)


def show_soon(window: W, then: Callable[[W], None] | None = None) -> None:
    """Show ``window`` (and run ``then`` on it) on the next turn of the loop."""
    window.setProperty(_OPENING, True)
    QTimer.singleShot(0, window, lambda: bring_up(window, then))
