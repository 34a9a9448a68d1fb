"""Saving from a window that saw an older version: merge, never a silent overwrite.

Every talk and preparation carries a version that rises at each change (migration 0006). A
window sends what it last saw (the base) with what it has now (mine). When the stored version
is still the base's, mine is stored. When it moved on, each field is merged three ways:

- mine equals the base (this window did not change it): the stored text stays;
- the stored text equals the base (only this window changed it): mine is stored;
- both changed it differently: both are kept — mine, then a marked line, then the other — and
  the field is reported, so the window can say so and show the merged text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TypeVar

from parentconv.dates import format_time
from parentconv.i18n import _

T = TypeVar("T")


def other_window_marker(changed_at: dt.datetime | None) -> str:
    if changed_at is None:
        return _("--- Tegelijk in een ander venster getypt: ---")
    return _("--- Tegelijk in een ander venster getypt (opgeslagen om {time}): ---").format(
        time=format_time(changed_at)
    )


def merge_text(base: str, mine: str, stored: str, marker: str) -> tuple[str, bool]:
    """(the text to store, whether both texts were kept)."""
    if mine in (base, stored):
        return stored, False
    if stored == base:
        return mine, False
    return f"{mine.rstrip()}\n\n{marker}\n{stored.lstrip()}", True


def merge_lines(
    base: Sequence[str], mine: Sequence[str], stored: Sequence[str]
) -> tuple[list[str], bool]:
    """Lists of lines (questions, qualities): both changed → mine, then the other's new lines."""
    if list(mine) == list(base) or list(mine) == list(stored):
        return list(stored), False
    if list(stored) == list(base):
        return list(mine), False
    extra = [line for line in stored if line not in mine]
    return [*mine, *extra], bool(extra)


def merge_value(base: T, mine: T, stored: T) -> T:
    """Choices (goals, checkboxes, minutes): this window's change wins, else the stored one."""
    return stored if mine == base else mine
