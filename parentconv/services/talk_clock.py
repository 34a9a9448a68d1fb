"""The clock of a talk: how long it has run (monotonic, so sleep or a clock change cannot
disturb it), which phase of the checklist is running, and how a countdown reads."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from parentconv.catalog import TALK_PHASE_KEYS
from parentconv.clock import Clock


@dataclass(frozen=True)
class PhaseNow:
    """The phase running now and its seconds left (negative once its minutes are over)."""

    key: str
    seconds_left: int

    @property
    def over(self) -> bool:
        return self.seconds_left < 0


def phase_at(
    phase_minutes: Mapping[str, int], elapsed: int, keys: Sequence[str] = TALK_PHASE_KEYS
) -> PhaseNow | None:
    """The phase at ``elapsed`` seconds, from the planned minutes per phase.

    Phases planned at 0 minutes are skipped; after the last phase it stays the last one, over.
    """
    if not keys:
        return None
    passed = 0
    for key in keys:
        length = max(0, int(phase_minutes.get(key, 0))) * 60
        if elapsed < passed + length:
            return PhaseNow(key, passed + length - elapsed)
        passed += length
    return PhaseNow(keys[-1], passed - elapsed)


def countdown(seconds: int) -> str:
    """ "7:05" for 425 s; the same without sign for time over (the screen says "over tijd")."""
    seconds = abs(int(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


class Stopwatch:
    """Elapsed seconds of a talk: what was stored before, plus the running time since start."""

    def __init__(self, clock: Clock, elapsed: int = 0) -> None:
        self.clock = clock
        self._base = float(max(0, elapsed))
        self._since: float | None = None

    @property
    def running(self) -> bool:
        return self._since is not None

    def start(self) -> None:
        if self._since is None:
            self._since = self.clock.monotonic()

    def pause(self) -> None:
        if self._since is not None:
            self._base += self.clock.monotonic() - self._since
            self._since = None

    def elapsed(self) -> int:
        """Whole seconds so far."""
        running = self.clock.monotonic() - self._since if self._since is not None else 0.0
        return int(self._base + running)
