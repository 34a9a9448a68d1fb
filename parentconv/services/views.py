"""Read-only views handed to the UI and the CLI (no session, no lazy loading)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from parentconv.services.completeness import Completeness
from parentconv.text import fold

NOT_COMING = "not_coming"
"""The reply, and the talk's ``cancel_reason``, of a household that said it cannot come."""


def full_name(given_name: str, infix: str, family_name: str) -> str:
    """Dutch display order: roepnaam, tussenvoegsel, achternaam ("Daan van den Berg")."""
    return " ".join(
        part for part in (given_name.strip(), infix.strip(), family_name.strip()) if part
    )


def sort_key(given_name: str, family_name: str) -> tuple[str, str]:
    """Dutch class lists sort on the family name without its tussenvoegsel ("Berg, Daan van")."""
    return (fold(family_name), fold(given_name))


@dataclass(frozen=True)
class GroupView:
    id: int
    name: str
    school_year: str
    is_demo: bool
    pupil_count: int

    @property
    def label(self) -> str:
        return f"{self.name} ({self.school_year})"


@dataclass(frozen=True)
class PupilView:
    id: int
    group_id: int
    group_name: str
    given_name: str
    infix: str
    family_name: str
    date_of_birth: dt.date | None
    left_on: dt.date | None
    parents_told: str = ""
    """What the parents told on the startgesprek form."""
    parents_told_on: dt.date | None = None

    @property
    def name(self) -> str:
        return full_name(self.given_name, self.infix, self.family_name)

    @property
    def sort_key(self) -> tuple[str, str]:
        return sort_key(self.given_name, self.family_name)


@dataclass(frozen=True)
class CarerView:
    id: int
    name: str
    relation: str
    language: str
    interpreter_needed: bool
    low_literacy: bool
    phone: str
    email: str
    notes: str
    pupil_ids: tuple[int, ...]
    separate_letter: bool = False
    """Lives apart: gets an invitation of their own."""
    plain_language: bool = False
    """Gets the parents' copy in plain language (as does a low-literate carer)."""

    @property
    def wants_plain_language(self) -> bool:
        return self.plain_language or self.low_literacy


@dataclass(frozen=True)
class TalkView:
    id: int
    pupil_id: int
    pupil_name: str
    type_key: str
    starts_at: dt.datetime
    duration_minutes: int
    location: str
    status: str
    child_present: bool
    carer_ids: tuple[int, ...]
    other_participants: str
    shared_notes: str
    private_notes: str
    goal_achieved: str | None
    two_way: bool | None
    next_time: str
    ticked_steps: tuple[int, ...]
    completeness: Completeness
    evening_id: int | None = None
    slot_index: int | None = None
    elapsed_seconds: int = 0
    cancel_reason: str = ""
    held_at: dt.datetime | None = None
    version: int = 1
    """Raised at every stored change: what a window saw, to merge a save made after another."""
    went_well: str = ""
    """The reflection's "what went well" (beside ``next_time``)."""
    pupil_given_name: str = ""
    """The roepnaam alone ("Thị Mai"), as a letter to the parents names the child."""
    reply: str = ""
    """The household's reply to the invitation: "", "coming", ``NOT_COMING`` or "moved"."""
    reply_note: str = ""
    replied_at: dt.datetime | None = None

    @property
    def ends_at(self) -> dt.datetime:
        return self.starts_at + dt.timedelta(minutes=self.duration_minutes)

    @property
    def is_open(self) -> bool:
        """Still to happen: planned or prepared (not held, not cancelled)."""
        return self.status in ("planned", "prepared")

    @property
    def is_not_coming(self) -> bool:
        """Called off because the household replied it cannot come."""
        return self.status == "cancelled" and self.cancel_reason == NOT_COMING

    @property
    def takes_reply(self) -> bool:
        """A reply can still be typed in: the talk is to come, or was called off by one."""
        return self.is_open or self.is_not_coming

    @property
    def happened_on(self) -> dt.date:
        """The day the talk was held (or is planned)."""
        return (self.held_at or self.starts_at).date()


@dataclass(frozen=True)
class TalkRevisionView:
    """A note as it was before a correction after the talk."""

    id: int
    changed_at: dt.datetime
    field: str
    old_text: str


@dataclass(frozen=True)
class StatusChangeView:
    """One entry of an agreement's history; ``kind`` says what happened (see ChangeKind)."""

    id: int
    changed_at: dt.datetime
    status: str
    note: str
    talk_id: int | None
    kind: str = ""
    due_on: dt.date | None = None


@dataclass(frozen=True)
class AgreementView:
    id: int
    pupil_id: int
    talk_id: int | None
    text: str
    owner: str
    due_on: dt.date | None
    status: str
    created_at: dt.datetime
    history: tuple[StatusChangeView, ...]

    def is_overdue(self, today: dt.date) -> bool:
        return self.status == "open" and self.due_on is not None and self.due_on < today


@dataclass(frozen=True)
class PupilDetails:
    """Everything the main window shows of one pupil."""

    pupil: PupilView
    carers: tuple[CarerView, ...]
    talks: tuple[TalkView, ...]
    open_agreements: tuple[AgreementView, ...]
