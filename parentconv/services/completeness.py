"""How complete a talk's preparation is, and whether its planned minutes fit the talk."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from parentconv.catalog import GOAL_KEYS, TALK_PHASE_KEYS, load_catalog
from parentconv.store.models import Preparation

SECTIONS = ("referential", "appellative", "relational", "expressive", "structure")


@dataclass(frozen=True)
class Completeness:
    """Which parts of the preparation are filled in (whitespace does not count)."""

    referential: bool
    appellative: bool
    relational: bool
    expressive: bool
    structure: bool

    def section(self, key: str) -> bool:
        return bool(getattr(self, key))

    @property
    def filled_count(self) -> int:
        return sum(self.section(key) for key in SECTIONS)

    @property
    def total(self) -> int:
        return len(SECTIONS)

    @property
    def is_prepared(self) -> bool:
        """The four aspects and a goal: what makes a talk "prepared"."""
        return self.referential and self.appellative and self.relational and self.expressive


def filled(text: str) -> bool:
    """Typed text that is more than whitespace."""
    return bool(text and text.strip())


def default_phase_minutes(type_key: str) -> dict[str, int]:
    """The planned minutes per phase that the conversation type suggests."""
    return dict(load_catalog().conversation_type(type_key).phase_minutes)


def structure_warning(phase_minutes: Mapping[str, int], duration: int) -> str | None:
    """A plain warning when the planned minutes do not add up to the talk's length."""
    total = sum(phase_minutes.get(k, 0) for k in TALK_PHASE_KEYS)
    if total == duration:
        return None
    if total > duration:
        return (
            f"De fases duren samen {total} minuten; het gesprek duurt {duration} minuten. "
            f"Haal er {total - duration} af."
        )
    return (
        f"De fases duren samen {total} minuten; het gesprek duurt {duration} minuten. "
        f"Er zijn nog {duration - total} minuten niet verdeeld."
    )


def completeness_of(prep: Preparation | None, duration: int) -> Completeness:
    """How complete a stored preparation is; a missing one is empty."""
    if prep is None:
        return Completeness(False, False, False, False, False)
    minutes = {k: int(m) for k, m in (prep.phase_minutes or {}).items()}
    return Completeness(
        referential=filled(prep.key_message),
        appellative=any(g.get("key") in GOAL_KEYS for g in prep.goals or []),
        relational=filled(prep.relational_note),
        expressive=bool(prep.expressive_keys) or filled(prep.expressive_own),
        structure=bool(minutes) and structure_warning(minutes, duration) is None,
    )
