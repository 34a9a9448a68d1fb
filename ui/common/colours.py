"""Every colour the app sets, for a light and a dark palette, each readable (WCAG ≥ 4.5:1).

Screens ask for a colour by its role ("hint", "warning", "shared_bg" …) when they are built;
``colour`` gives the variant for the palette in use. ``tests/test_accessibility.py`` checks
each text colour against each background it can stand on, in both palettes, and that no
colour is written anywhere else in ``ui/``.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

# role: (light palette, dark palette)
TEXT_COLOURS: dict[str, tuple[str, str]] = {
    "text": ("#1f2a33", "#e8eef2"),  # on the tinted panels below
    "hint": ("#555555", "#c4c4c4"),  # secondary text
    "warning": ("#8a4b00", "#ffb74d"),  # not prepared, over time, interpreter needed
    "error": ("#b3261e", "#ff9a8f"),  # a message at a field, overdue
    "ok": ("#1b6e20", "#8fd694"),  # prepared, shared (may go to parents)
    "private": ("#8c1d18", "#ff9a8f"),  # the private note: never for parents
}
BACKGROUNDS: dict[str, tuple[str, str]] = {
    "info_bg": ("#eef3f8", "#26323d"),  # goals and tips
    "known_bg": ("#f4f1ea", "#3a352b"),  # what the app already knows
    "shared_bg": ("#f1f8f1", "#223322"),  # the shared note
    "private_bg": ("#f6f0f0", "#3a2626"),  # the private note
    "phase_over_bg": ("#fff4d6", "#4a3d12"),  # a phase runs over
    "slot_over_bg": ("#fde2e0", "#4d2220"),  # the talk runs over
}
# The palettes' own backgrounds the text colours also stand on (window, input/table base).
PALETTE_BACKGROUNDS: tuple[tuple[str, str], ...] = (("#efefef", "#353535"), ("#ffffff", "#2a2a2a"))
PLACEHOLDER = ("#5c5c5c", "#b0b0b0")  # Qt's default placeholder grey is 3.9:1 on white


def is_dark() -> bool:
    palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colour(role: str) -> str:
    """The colour of a role for the palette in use: ``colour("hint")`` → "#555555"."""
    light, dark = {**TEXT_COLOURS, **BACKGROUNDS}[role]
    return dark if is_dark() else light


def qcolour(role: str) -> QColor:
    return QColor(colour(role))


def readable_placeholders(palette: QPalette) -> QPalette:
    """Placeholder text dark (or light) enough to read; returns the changed palette."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(PLACEHOLDER[1 if dark else 0]))
    return palette
