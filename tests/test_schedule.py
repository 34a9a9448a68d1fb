"""Slot arithmetic: unit tests and properties (slots never overlap, order kept, time adds up)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parentconv.schedule import moved, overlaps, slot_times, total_minutes

START = dt.datetime(2026, 11, 24, 18, 30)


def hm(slot_start: dt.datetime) -> str:
    return slot_start.strftime("%H:%M")


def test_ten_minute_slots_back_to_back() -> None:
    slots = slot_times(START, [10, 10, 10])
    assert [hm(s.starts_at) for s in slots] == ["18:30", "18:40", "18:50"]
    assert hm(slots[-1].ends_at) == "19:00"


def test_gap_break_and_override() -> None:
    # 10-minute slots, 2 minutes between, a 10-minute break after every 2 slots,
    # and a 20-minute slot for two siblings.
    slots = slot_times(START, [10, 10, 20, 10], gap_minutes=2, break_every=2, break_minutes=10)
    assert [hm(s.starts_at) for s in slots] == ["18:30", "18:42", "19:02", "19:24"]
    assert [s.break_before for s in slots] == [0, 2, 10, 2]
    assert total_minutes([10, 10, 20, 10], gap_minutes=2, break_every=2, break_minutes=10) == 64


def test_no_break_after_the_last_slot() -> None:
    slots = slot_times(START, [10, 10], break_every=2, break_minutes=15)
    assert hm(slots[-1].ends_at) == "18:50"


def test_bad_lengths_are_refused() -> None:
    with pytest.raises(ValueError):
        slot_times(START, [10, 0])
    with pytest.raises(ValueError):
        slot_times(START, [10], gap_minutes=-1)


def test_move_keeps_the_rest_in_order() -> None:
    assert moved([1, 2, 3, 4], 4, 0) == [4, 1, 2, 3]
    assert moved([1, 2, 3, 4], 1, 2) == [2, 3, 1, 4]
    assert moved([1, 2, 3], 2, 99) == [1, 3, 2]
    with pytest.raises(ValueError):
        moved([1, 2], 7, 0)


def test_overlaps_touching_is_fine() -> None:
    a = START, START + dt.timedelta(minutes=10)
    b = START + dt.timedelta(minutes=10), START + dt.timedelta(minutes=20)
    assert not overlaps(*a, *b)
    assert overlaps(*a, START + dt.timedelta(minutes=9), b[1])


lengths_st = st.lists(st.integers(min_value=1, max_value=60), min_size=0, max_size=40)
gap_st = st.integers(min_value=0, max_value=15)
every_st = st.integers(min_value=0, max_value=10)
brk_st = st.integers(min_value=0, max_value=30)


@given(lengths_st, gap_st, every_st, brk_st)
def test_slots_never_overlap_and_keep_order(
    lengths: list[int], gap: int, every: int, brk: int
) -> None:
    slots = slot_times(START, lengths, gap_minutes=gap, break_every=every, break_minutes=brk)
    assert [s.minutes for s in slots] == lengths  # order (and lengths) kept
    for a, b in itertools.pairwise(slots):
        assert a.ends_at <= b.starts_at
        assert not overlaps(a.starts_at, a.ends_at, b.starts_at, b.ends_at)


@given(lengths_st, gap_st, every_st, brk_st)
def test_total_time_adds_up(lengths: list[int], gap: int, every: int, brk: int) -> None:
    slots = slot_times(START, lengths, gap_minutes=gap, break_every=every, break_minutes=brk)
    total = total_minutes(lengths, gap_minutes=gap, break_every=every, break_minutes=brk)
    if slots:
        assert (slots[-1].ends_at - slots[0].starts_at) == dt.timedelta(minutes=total)
        assert total == sum(lengths) + sum(s.break_before for s in slots)
    else:
        assert total == 0


@given(st.lists(st.integers(), min_size=1, max_size=30, unique=True), st.data())
def test_moving_is_a_permutation(order: list[int], data: st.DataObject) -> None:
    item = data.draw(st.sampled_from(order))
    index = data.draw(st.integers(min_value=-5, max_value=40))
    result = moved(order, item, index)
    assert sorted(result) == sorted(order)
    assert [x for x in result if x != item] == [x for x in order if x != item]
