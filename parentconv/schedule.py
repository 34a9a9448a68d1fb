"""Slot arithmetic for an evening of back-to-back talks (pure functions, no database)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class SlotTime:
    """Where one slot falls: its start, its length, and any break just before it."""

    index: int
    starts_at: dt.datetime
    minutes: int
    break_before: int = 0

    @property
    def ends_at(self) -> dt.datetime:
        return self.starts_at + dt.timedelta(minutes=self.minutes)


def slot_times(
    start: dt.datetime,
    lengths: Sequence[int],
    *,
    gap_minutes: int = 0,
    break_every: int = 0,
    break_minutes: int = 0,
) -> list[SlotTime]:
    """Lay out slots of the given lengths one after another from ``start``.

    ``gap_minutes`` lie between two slots; after every ``break_every`` slots (0: never) comes a
    break of ``break_minutes`` instead of the gap. Nothing follows the last slot.
    """
    if any(n <= 0 for n in lengths):
        raise ValueError("every slot needs a positive length")
    if gap_minutes < 0 or break_every < 0 or break_minutes < 0:
        raise ValueError("gaps and breaks cannot be negative")
    slots: list[SlotTime] = []
    moment = start
    for index, minutes in enumerate(lengths):
        pause = 0
        if index > 0:
            at_break = break_every > 0 and index % break_every == 0
            pause = break_minutes if at_break else gap_minutes
            moment += dt.timedelta(minutes=pause)
        slots.append(SlotTime(index, moment, minutes, pause if index > 0 and pause else 0))
        moment += dt.timedelta(minutes=minutes)
    return slots


def total_minutes(
    lengths: Sequence[int], *, gap_minutes: int = 0, break_every: int = 0, break_minutes: int = 0
) -> int:
    """How long the whole block takes, from the first start to the last end."""
    n = len(lengths)
    if n == 0:
        return 0
    breaks = (n - 1) // break_every if break_every > 0 else 0
    return sum(lengths) + breaks * break_minutes + (n - 1 - breaks) * gap_minutes


def moved(order: Sequence[int], item: int, new_index: int) -> list[int]:
    """``order`` with ``item`` moved to ``new_index`` (clamped); the rest keep their order."""
    rest = [x for x in order if x != item]
    if len(rest) == len(order):
        raise ValueError(f"{item} is not in the order")
    position = max(0, min(new_index, len(rest)))
    return [*rest[:position], item, *rest[position:]]


def overlaps(
    a_start: dt.datetime, a_end: dt.datetime, b_start: dt.datetime, b_end: dt.datetime
) -> bool:
    """Two time ranges share at least a minute (touching ends do not overlap)."""
    return a_start < b_end and b_start < a_end
