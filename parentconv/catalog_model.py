"""What the content catalog holds: the communication model's aspects, the goal types, the
checklist with its phases and attitudes, the skills and the conversation types, as frozen
values, with the keys every language must have. Reading and checking the JSON files is
``parentconv.catalog``'s job.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeAlias, TypeVar

from parentconv.i18n import N_

LANGUAGES = ("nl", "en")
SEED_PREFIXES = ("000", "001", "002", "003", "004")
SEED_TITLES = {
    "000": N_("rapport ouderbetrokkenheid in de lerarenopleiding"),
    "001": N_("praktijkonderzoek educatief partnerschap"),
    "002": N_("kaartenset Ouderbetrokkenheid"),
    "003": N_("themanummer De stem van ouders"),
    "004": N_("onderzoek samen beslissen over zorgleerlingen"),
}
"""How a citation names a source to the teacher (the seed files' numbers mean nothing to them)."""

ASPECT_KEYS = ("referential", "appellative", "expressive", "relational")
GOAL_KEYS = ("informative", "instructive", "persuasive", "motivating", "affective")
EXPRESSIVE_KEYS = ("expertise", "confidence", "understanding", "compassion", "determination")
PHASE_KEYS = ("preparation", "attune", "share", "concerns", "agree", "close")
TALK_PHASE_KEYS = PHASE_KEYS[1:]
"""The five phases during the talk itself (the "Uitvoering" part of the checklist)."""
ATTITUDE_KEYS = ("attune_to_other", "neutral_witness", "set_boundaries", "other_oriented")
SKILL_GROUPS = ("listening", "sending", "regulating")
SKILL_KINDS = ("verbal", "nonverbal")
FORM_FIELD_KEYS = ("structure", "context")
CONVERSATION_TYPE_KEYS = (
    "intake",
    "start",
    "ten_minute",
    "progress",
    "report",
    "triangle",
    "home_visit",
    "care",
    "round_table",
    "unexpected",
    "exit",
)
STEP_COUNT = 16

FILE_NAMES = (
    "model.json",
    "goals.json",
    "expressive.json",
    "checklist.json",
    "skills.json",
    "conversation_types.json",
)

APP_SOURCE = "app"
"""The JSON value of a source for text written for the app itself: ``"source": "app"``."""

_KEY_RE = re.compile(r"[a-z][a-z0-9_]*")
_LINES_RE = re.compile(r"([0-9]+)(?:-([0-9]+))?")


class CatalogError(ValueError):
    """A catalog file is missing, is not valid JSON or holds an entry that does not fit."""


# --------------------------------------------------------------------------- data classes


@dataclass(frozen=True)
class SourceRef:
    """Where a fact comes from: a seed file prefix (``"002"``) and lines (``"1053-1066"``)."""

    seed: str
    lines: str

    @property
    def first_line(self) -> int:
        """The first cited line (1-based)."""
        return int(self.lines.split("-")[0])

    @property
    def last_line(self) -> int:
        """The last cited line (1-based, inclusive)."""
        return int(self.lines.split("-")[-1])


Source: TypeAlias = SourceRef | None
"""Where a text comes from: a seed citation, or ``None`` for text written for the app.

In the JSON files a source is either ``{"seed": "002", "lines": "1053-1066"}`` or the string
``"app"``; ``"app"`` is read as ``None``. Text with an app source is never shown with a
citation: there is nothing in the seeds to point at.
"""


@dataclass(frozen=True)
class Aspect:
    """One of the four aspects of a message in the communication model."""

    key: str
    name: str
    short_name: str
    also_called: tuple[str, ...]
    explanation: str
    prompt: str
    help: str
    source: Source
    prompt_source: Source
    help_source: Source


@dataclass(frozen=True)
class FormField:
    """A further question of the preparation form, e.g. ``Opbouw gesprek``."""

    key: str
    label: str
    prompt: str
    source: Source


@dataclass(frozen=True)
class GoalType:
    """One of the five kinds of communication goal (``informatief`` ... ``affectief``).

    ``source`` cites the table row (name, sender_wants, influences); ``help_source`` the
    example in ``help``.
    """

    key: str
    name: str
    sender_wants: str
    influences: str
    help: str
    source: Source
    help_source: Source


@dataclass(frozen=True)
class ExpressiveQuality:
    """Something the teacher may want to radiate in a talk (``deskundigheid``, ...)."""

    key: str
    name: str
    source: Source


@dataclass(frozen=True)
class ChecklistStep:
    """One of the 16 numbered steps of the checklist."""

    number: int
    text: str
    phase_key: str
    source: Source


@dataclass(frozen=True)
class ChecklistPhase:
    """A phase of the checklist with its steps; ``part`` is ``Voorbereiding`` or ``Uitvoering``."""

    key: str
    name: str
    part: str
    steps: tuple[ChecklistStep, ...]
    source: Source


@dataclass(frozen=True)
class Attitude:
    """One of the four attitudes ("Vaardigheden") that hold throughout the talk.

    ``source`` cites ``text``; ``help_source`` the explanation in ``help``.
    """

    key: str
    text: str
    help: str
    source: Source
    help_source: Source


@dataclass(frozen=True)
class SkillGroup:
    """A group of conversation skills; ``intro`` is the seed's line above the column, if any.

    ``source`` cites the group's name, ``intro_source`` the intro (``None`` without one, or
    for an intro written for the app).
    """

    key: str
    name: str
    intro: str | None
    source: Source
    intro_source: Source


@dataclass(frozen=True)
class Skill:
    """A conversation skill; ``kind`` is ``verbal``/``nonverbal`` for listening skills only."""

    key: str
    group: str
    kind: str | None
    name: str
    description: str | None
    example: str | None
    source: Source


@dataclass(frozen=True)
class Prompt:
    """A tip for the teacher preparing a talk of one type.

    ``text`` is the tip itself, written for the app (addressed to the teacher with *je*) and
    never cited. ``quote`` is the seed text that supports it, word for word, from the lines
    ``source`` cites; a tip with no supporting text has no quote and the source ``None``
    (``"app"`` in the JSON files). One is never given without the other.
    """

    text: str
    quote: str | None
    source: Source

    def __post_init__(self) -> None:
        if self.source is not None and self.quote is None:
            raise ValueError("a prompt citing a seed needs the quote it cites")
        if self.source is None and self.quote is not None:
            raise ValueError("a prompt written for the app (source None) has no quote")


@dataclass(frozen=True)
class ConversationType:
    """A kind of talk with its default length, its split over the five phases and its prompts.

    ``source`` cites the name (``None``: the app's own name, as for ``Zorggesprek``),
    ``description_source`` the description, ``duration_source`` the seed where it gives the
    length and ``phase_minutes_source`` the split over the phases; ``None`` means written for
    the app. Each of the ``prompts`` carries its own quote and source.
    """

    key: str
    name: str
    description: str
    default_minutes: int
    child_present: bool
    phase_minutes: Mapping[str, int] = field(hash=False)
    prompts: tuple[Prompt, ...]
    source: Source
    description_source: Source
    duration_source: Source
    phase_minutes_source: Source


_T = TypeVar("_T")


def _find(items: Sequence[_T], key: str, get_key: Callable[[_T], str], what: str) -> _T:
    for item in items:
        if get_key(item) == key:
            return item
    raise KeyError(f"unknown {what} {key!r}")


@dataclass(frozen=True)
class Catalog:
    """All catalog content in one language; every tuple keeps the order of its file."""

    language: str
    aspects: tuple[Aspect, ...]
    goal_types: tuple[GoalType, ...]
    expressive_qualities: tuple[ExpressiveQuality, ...]
    phases: tuple[ChecklistPhase, ...]
    attitudes: tuple[Attitude, ...]
    skills: tuple[Skill, ...]
    conversation_types: tuple[ConversationType, ...]
    skill_groups: tuple[SkillGroup, ...]
    form_fields: tuple[FormField, ...]

    @property
    def steps(self) -> tuple[ChecklistStep, ...]:
        """All 16 checklist steps, in order."""
        return tuple(step for phase in self.phases for step in phase.steps)

    @property
    def talk_phases(self) -> tuple[ChecklistPhase, ...]:
        """The five phases during the talk (everything but the preparation)."""
        return tuple(p for p in self.phases if p.key in TALK_PHASE_KEYS)

    def aspect(self, key: str) -> Aspect:
        """The aspect with this key; ``KeyError`` if there is none."""
        return _find(self.aspects, key, lambda a: a.key, "aspect")

    def goal_type(self, key: str) -> GoalType:
        """The goal type with this key; ``KeyError`` if there is none."""
        return _find(self.goal_types, key, lambda g: g.key, "goal type")

    def expressive_quality(self, key: str) -> ExpressiveQuality:
        """The expressive quality with this key; ``KeyError`` if there is none."""
        return _find(self.expressive_qualities, key, lambda q: q.key, "expressive quality")

    def phase(self, key: str) -> ChecklistPhase:
        """The checklist phase with this key; ``KeyError`` if there is none."""
        return _find(self.phases, key, lambda p: p.key, "phase")

    def step(self, number: int) -> ChecklistStep:
        """The checklist step with this number (1-16); ``KeyError`` if there is none."""
        for step in self.steps:
            if step.number == number:
                return step
        raise KeyError(f"unknown checklist step {number!r}")

    def attitude(self, key: str) -> Attitude:
        """The attitude with this key; ``KeyError`` if there is none."""
        return _find(self.attitudes, key, lambda a: a.key, "attitude")

    def skill(self, key: str) -> Skill:
        """The skill with this key; ``KeyError`` if there is none."""
        return _find(self.skills, key, lambda s: s.key, "skill")

    def skill_group(self, key: str) -> SkillGroup:
        """The skill group with this key; ``KeyError`` if there is none."""
        return _find(self.skill_groups, key, lambda g: g.key, "skill group")

    def skills_in(self, group: str) -> tuple[Skill, ...]:
        """The skills of one group (``listening``, ``sending``, ``regulating``), in file order."""
        if group not in SKILL_GROUPS:
            raise KeyError(f"unknown skill group {group!r}")
        return tuple(s for s in self.skills if s.group == group)

    def form_field(self, key: str) -> FormField:
        """The preparation-form field with this key; ``KeyError`` if there is none."""
        return _find(self.form_fields, key, lambda f: f.key, "form field")

    def conversation_type(self, key: str) -> ConversationType:
        """The conversation type with this key; ``KeyError`` if there is none."""
        return _find(self.conversation_types, key, lambda t: t.key, "conversation type")
