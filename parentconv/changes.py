"""What a user action changed: the ids it touched, per kind, so each screen can decide to reload.

A service records what it touches on the unit of work (``Work.touch``); when the work has been
committed its ``Changes`` go to the screens (in ``ui`` on one signal). A screen reloads when
ids it shows are among them, and only then.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields

KINDS = ("groups", "pupils", "carers", "talks", "agreements", "evenings", "assessments")


@dataclass(frozen=True)
class Changes:
    """Ids touched by one unit of work, per kind of row."""

    groups: frozenset[int] = frozenset()
    pupils: frozenset[int] = frozenset()
    carers: frozenset[int] = frozenset()
    talks: frozenset[int] = frozenset()
    agreements: frozenset[int] = frozenset()
    evenings: frozenset[int] = frozenset()
    assessments: frozenset[int] = frozenset()
    """The teacher's self-assessments (they hold no pupil's data)."""

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{k: getattr(self, k) | getattr(other, k) for k in KINDS})

    def touches(
        self,
        *,
        groups: Iterable[int] = (),
        pupils: Iterable[int] = (),
        carers: Iterable[int] = (),
        talks: Iterable[int] = (),
        agreements: Iterable[int] = (),
        evenings: Iterable[int] = (),
        assessments: Iterable[int] = (),
    ) -> bool:
        """Whether any of the given ids was changed."""
        wanted = {
            "groups": groups,
            "pupils": pupils,
            "carers": carers,
            "talks": talks,
            "agreements": agreements,
            "evenings": evenings,
            "assessments": assessments,
        }
        return any(not getattr(self, k).isdisjoint(ids) for k, ids in wanted.items())

    def any_of(self, *kinds: str) -> bool:
        """Whether anything of these kinds ("pupils", "talks", ...) was changed."""
        return any(getattr(self, k) for k in kinds)

    def describe(self) -> str:
        """For logs and test messages: "pupils 3, talks 7 12"."""
        parts = [f"{k} {' '.join(map(str, sorted(getattr(self, k))))}" for k in KINDS]
        return ", ".join(p for p, k in zip(parts, KINDS, strict=True) if getattr(self, k))


NO_CHANGES = Changes()
