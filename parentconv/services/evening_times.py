"""Slot order and times of an evening, shared by the evening and talk services."""

from __future__ import annotations

from parentconv.schedule import SlotTime, slot_times
from parentconv.store.models import Evening, Talk

MAX_SLOTS = 200


def ordered_slots(evening: Evening) -> list[Talk]:
    return sorted(
        evening.slots, key=lambda t: (t.slot_index if t.slot_index is not None else MAX_SLOTS, t.id)
    )


def times_of(evening: Evening, talks: list[Talk]) -> list[SlotTime]:
    """Where each of ``talks`` (in this order) falls with the evening's settings."""
    return slot_times(
        evening.starts_at,
        [t.slot_minutes or evening.slot_minutes for t in talks],
        gap_minutes=evening.gap_minutes,
        break_every=evening.break_every,
        break_minutes=evening.break_minutes,
    )


def recompute(evening: Evening) -> None:
    """Give every slot its index, start and length from the evening's settings."""
    talks = ordered_slots(evening)
    times = times_of(evening, talks)
    for talk, time in zip(talks, times, strict=True):
        talk.slot_index = time.index
        talk.starts_at = time.starts_at
        talk.duration_minutes = time.minutes
        if evening.location and not talk.location:
            talk.location = evening.location
