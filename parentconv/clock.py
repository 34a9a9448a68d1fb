"""The one clock of the app: wall time for what is stored and shown, a monotonic clock for timers.

The app makes one ``SystemClock`` at start and hands it to the store and the windows; tests
hand a ``FixedClock`` instead, so "today" is the same in every test and a talk's timer can be
moved on without waiting.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Protocol


class Clock(Protocol):
    """What the app asks of a clock."""

    def now(self) -> dt.datetime:
        """Local wall time, whole seconds (what is stored: created, changed, saved at)."""
        ...

    def today(self) -> dt.date:
        """The local date."""
        ...

    def monotonic(self) -> float:
        """Seconds from an arbitrary start that never jump (for measuring a talk's time)."""
        ...


class SystemClock:
    """The computer's clock."""

    def now(self) -> dt.datetime:
        return dt.datetime.now().replace(microsecond=0)

    def today(self) -> dt.date:
        return dt.date.today()

    def monotonic(self) -> float:
        return time.monotonic()


class FixedClock:
    """A clock that stands still until told to move (for tests and screenshots)."""

    def __init__(self, moment: dt.datetime) -> None:
        self.moment = moment.replace(microsecond=0)
        self._monotonic = 1000.0

    def now(self) -> dt.datetime:
        return self.moment

    def today(self) -> dt.date:
        return self.moment.date()

    def monotonic(self) -> float:
        return self._monotonic

    def advance(self, seconds: float) -> None:
        """Move both the wall clock and the monotonic clock on."""
        self._monotonic += seconds
        self.moment = (self.moment + dt.timedelta(seconds=seconds)).replace(microsecond=0)
