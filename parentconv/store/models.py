"""The tables of the store, as SQLAlchemy 2.x typed models (names from the product brief)."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    event,
    select,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Mapper,
    mapped_column,
    object_session,
    relationship,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class TalkStatus(enum.StrEnum):
    PLANNED = "planned"
    PREPARED = "prepared"
    HELD = "held"
    CANCELLED = "cancelled"


class AgreementOwner(enum.StrEnum):
    SCHOOL = "school"
    PARENTS = "parents"
    CHILD = "child"
    OTHER = "other"


class AgreementStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    NOT_ACHIEVED = "not_achieved"
    DROPPED = "dropped"


class ChangeKind(enum.StrEnum):
    """What an entry in an agreement's history records."""

    STATUS = ""  # the status was set by hand
    MADE = "made"  # the agreement was made
    REVIEW = "review"  # reviewed in a talk: done, not achieved or dropped
    CONTINUE = "continue"  # reviewed in a talk: it goes on
    ADJUST = "adjust"  # reviewed in a talk: it goes on, reworded or with another owner or date
    EDIT = "edit"  # corrected afterwards (a typo, the owner, the date)


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _in(values: type[enum.StrEnum]) -> str:
    return ", ".join(f"'{v.value}'" for v in values)


pupil_carers = Table(
    "pupil_carers",
    Base.metadata,
    Column("pupil_id", ForeignKey("pupils.id", ondelete="CASCADE"), primary_key=True),
    Column("carer_id", ForeignKey("carers.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_pupil_carers_carer", "carer_id"),
)

talk_carers = Table(
    "talk_carers",
    Base.metadata,
    Column("talk_id", ForeignKey("talks.id", ondelete="CASCADE"), primary_key=True),
    Column("carer_id", ForeignKey("carers.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_talk_carers_carer", "carer_id"),
)


group_staff = Table(
    "group_staff",
    Base.metadata,
    Column("group_id", ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True),
    Column("staff_id", ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_group_staff_staff", "staff_id"),
)
"""Who teaches a group (migration 0012): one teacher, or two in a duo-baan."""


class StaffMember(Base):
    """A teacher or the intern begeleider on the school's server (migration 0012).

    ``login`` is their own PostgreSQL role: the server's row-level security shows a teacher
    only their groups (``group_staff``), a coordinator (IB'er) every group. On a laptop the
    table stays empty.
    """

    __tablename__ = "staff"
    __table_args__ = (UniqueConstraint("login"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(63))
    name: Mapped[str] = mapped_column(String(200), default="")
    is_coordinator: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    groups: Mapped[list[Group]] = relationship(secondary=group_staff, back_populates="staff")


class Group(Base):
    __tablename__ = "groups"
    __table_args__ = (UniqueConstraint("name", "school_year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    school_year: Mapped[str] = mapped_column(String(9))
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)

    pupils: Mapped[list[Pupil]] = relationship(
        back_populates="group", cascade="all, delete-orphan", passive_deletes=True
    )
    staff: Mapped[list[StaffMember]] = relationship(secondary=group_staff, back_populates="groups")


class Pupil(Base):
    __tablename__ = "pupils"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    given_name: Mapped[str] = mapped_column(String(200))
    infix: Mapped[str] = mapped_column(String(40), default="")
    family_name: Mapped[str] = mapped_column(String(200))
    date_of_birth: Mapped[dt.date | None] = mapped_column(Date)
    left_on: Mapped[dt.date | None] = mapped_column(Date)
    number: Mapped[str] = mapped_column(String(40), default="", server_default="", index=True)
    """The school administration's pupil number (leerlingnummer), "" when typed in by hand."""
    year_level: Mapped[int | None] = mapped_column(Integer)
    """Leerjaar 1-8 from the administration's export; unknown (None) when typed in by hand."""
    parents_told: Mapped[str] = mapped_column(Text, default="", server_default="")
    """What the parents told on the startgesprek form ("Vertel ons over uw kind"), 0010."""
    parents_told_on: Mapped[dt.date | None] = mapped_column(Date)
    """When the teacher typed it in: it is shown beside every preparation of that school year."""

    group: Mapped[Group] = relationship(back_populates="pupils")
    carers: Mapped[list[Carer]] = relationship(secondary=pupil_carers, back_populates="pupils")
    talks: Mapped[list[Talk]] = relationship(
        back_populates="pupil", cascade="all, delete-orphan", passive_deletes=True
    )
    agreements: Mapped[list[Agreement]] = relationship(
        back_populates="pupil", cascade="all, delete-orphan", passive_deletes=True
    )


class Carer(Base):
    __tablename__ = "carers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    relation: Mapped[str] = mapped_column(String(80), default="")
    language: Mapped[str] = mapped_column(String(80), default="")
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    low_literacy: Mapped[bool] = mapped_column(Boolean, default=False)
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Migration 0010: a carer who lives apart gets an invitation of their own; a carer who reads
    # best in plain words gets the parents' copy in plain language (also when low-literate).
    separate_letter: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    plain_language: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    pupils: Mapped[list[Pupil]] = relationship(secondary=pupil_carers, back_populates="carers")


class Evening(Base):
    """A gesprekkenavond: a block of consecutive slots on one date (each slot is a Talk)."""

    __tablename__ = "evenings"
    __table_args__ = (
        CheckConstraint("slot_minutes > 0", name="slot_positive"),
        CheckConstraint("gap_minutes >= 0", name="gap_not_negative"),
        CheckConstraint("break_every >= 0 AND break_minutes >= 0", name="break_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    ends_by: Mapped[dt.datetime | None] = mapped_column(DateTime)
    location: Mapped[str] = mapped_column(String(200), default="")
    slot_minutes: Mapped[int] = mapped_column(Integer, default=10)
    gap_minutes: Mapped[int] = mapped_column(Integer, default=0)
    break_every: Mapped[int] = mapped_column(Integer, default=0)
    break_minutes: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    # The teacher's look back on the whole evening (migration 0009, the reflection journal).
    went_well: Mapped[str] = mapped_column(Text, default="", server_default="")
    next_time: Mapped[str] = mapped_column(Text, default="", server_default="")
    reflected_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    author: Mapped[str] = mapped_column(String(63), default="", server_default="")
    """Who planned it (migration 0012): on the server, their evening even before it has talks."""

    slots: Mapped[list[Talk]] = relationship(
        back_populates="evening", order_by="Talk.slot_index", passive_deletes=True
    )


class Talk(Base):
    __tablename__ = "talks"
    __table_args__ = (
        Index("ix_talks_pupil_starts", "pupil_id", "starts_at"),
        CheckConstraint(f"status IN ({_in(TalkStatus)})", name="status"),
        CheckConstraint("duration_minutes > 0", name="duration_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupils.id", ondelete="CASCADE"), index=True)
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("groups.id", ondelete="SET NULL"), index=True
    )
    """The pupil's group when the talk was made (migration 0012): after a new school year the
    pupil is in another group, and last year's evening still shows this one."""
    type_key: Mapped[str] = mapped_column(String(40))
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    location: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(16), default=TalkStatus.PLANNED.value)
    child_present: Mapped[bool] = mapped_column(Boolean, default=False)
    other_participants: Mapped[str] = mapped_column(Text, default="")
    shared_notes: Mapped[str] = mapped_column(Text, default="")
    # The private note is a row of its own per author (``PrivateNote``, migration 0012).
    # Reflection after the talk (all optional).
    goal_achieved: Mapped[str | None] = mapped_column(String(8))
    two_way: Mapped[bool | None] = mapped_column(Boolean)
    next_time: Mapped[str] = mapped_column(Text, default="")
    went_well: Mapped[str] = mapped_column(Text, default="", server_default="")  # 0009
    # The household's answer on the invitation's reply strip (migration 0010): "" (none yet),
    # "coming", "not_coming" or "moved" (with the moment they asked for in ``reply_note``).
    reply: Mapped[str] = mapped_column(String(16), default="", server_default="")
    reply_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    replied_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Evening planning (migration 0003): the slot this talk fills, and its own length if set.
    evening_id: Mapped[int | None] = mapped_column(
        ForeignKey("evenings.id", ondelete="SET NULL"), index=True
    )
    slot_index: Mapped[int | None] = mapped_column(Integer)
    slot_minutes: Mapped[int | None] = mapped_column(Integer)
    # Talk mode: time already spent (so a talk can be resumed), and why it did not happen.
    elapsed_seconds: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    cancel_reason: Mapped[str] = mapped_column(String(40), default="", server_default="")
    # The teacher's correction of the "mostly about concerns" signal (None: derived).
    concern_led: Mapped[bool | None] = mapped_column(Boolean)
    # When the talk was marked held (migration 0005); may differ from the planned start.
    held_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)
    # Raised at every change (migration 0006): a save from a window that saw an older version
    # is merged, never a silent overwrite (services/stale.py).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    pupil: Mapped[Pupil] = relationship(back_populates="talks")
    group: Mapped[Group | None] = relationship()
    evening: Mapped[Evening | None] = relationship(back_populates="slots")
    carers: Mapped[list[Carer]] = relationship(secondary=talk_carers)
    preparation: Mapped[Preparation | None] = relationship(
        back_populates="talk", cascade="all, delete-orphan", passive_deletes=True
    )
    checklist_steps: Mapped[list[ChecklistTick]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ChecklistTick.step_number"
    )
    revisions: Mapped[list[TalkRevision]] = relationship(
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="(TalkRevision.changed_at, TalkRevision.id)",
    )
    private_note_rows: Mapped[list[PrivateNote]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, lazy="selectin"
    )

    @property
    def private_notes(self) -> str:
        """This teacher's private note ("" when they wrote none); another's is never read."""
        note = self._own_note()
        return note.text if note is not None else ""

    @private_notes.setter
    def private_notes(self, value: str) -> None:
        note = self._own_note()
        if note is not None:
            note.text = value
        elif value:
            self.private_note_rows.append(PrivateNote(author=author_of(self), text=value))

    def _own_note(self) -> PrivateNote | None:
        author = author_of(self)
        return next((n for n in self.private_note_rows if n.author == author), None)


class TalkRevision(Base):
    """A note of a held talk as it was before the teacher corrected it (migration 0005)."""

    __tablename__ = "talk_revisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    talk_id: Mapped[int] = mapped_column(ForeignKey("talks.id", ondelete="CASCADE"), index=True)
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    field: Mapped[str] = mapped_column(String(40))
    old_text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(63), default="", server_default="")
    """Who corrected it (0012): an old private note is read by its author only."""


class PrivateNote(Base):
    """A teacher's own note on a talk (migration 0012), never printed for the parents.

    One per talk and author. On the school's server, row-level security lets only its author
    read it: not the duo partner, not the intern begeleider. On a laptop the author is "".
    """

    __tablename__ = "private_notes"
    __table_args__ = (UniqueConstraint("talk_id", "author"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    talk_id: Mapped[int] = mapped_column(ForeignKey("talks.id", ondelete="CASCADE"))
    author: Mapped[str] = mapped_column(String(63), default="", server_default="")
    text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)


class Preparation(Base):
    """The communication-model preparation form of one talk (seed 002 l.1217–1247)."""

    __tablename__ = "preparations"

    talk_id: Mapped[int] = mapped_column(
        ForeignKey("talks.id", ondelete="CASCADE"), primary_key=True
    )
    key_message: Mapped[str] = mapped_column(Text, default="")
    qualities: Mapped[list[Any]] = mapped_column(default=list)
    growth_opportunities: Mapped[list[Any]] = mapped_column(default=list)
    classroom_actions: Mapped[str] = mapped_column(Text, default="")
    goals: Mapped[list[Any]] = mapped_column(default=list)
    relational_note: Mapped[str] = mapped_column(Text, default="")
    expressive_keys: Mapped[list[Any]] = mapped_column(default=list)
    expressive_own: Mapped[str] = mapped_column(Text, default="")
    structure_note: Mapped[str] = mapped_column(Text, default="")
    phase_minutes: Mapped[dict[str, Any]] = mapped_column(default=dict)
    own_questions: Mapped[list[Any]] = mapped_column(default=list)
    parent_questions: Mapped[list[Any]] = mapped_column(default=list)
    focus_skills: Mapped[list[Any]] = mapped_column(default=list)
    context_factors: Mapped[str] = mapped_column(Text, default="")
    review_agreement_ids: Mapped[list[Any]] = mapped_column(default=list)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    talk: Mapped[Talk] = relationship(back_populates="preparation")


class ChecklistTick(Base):
    """One step of the 16-step checklist ticked off in a talk."""

    __tablename__ = "checklist_ticks"
    __table_args__ = (CheckConstraint("step_number BETWEEN 1 AND 16", name="step_range"),)

    talk_id: Mapped[int] = mapped_column(
        ForeignKey("talks.id", ondelete="CASCADE"), primary_key=True
    )
    step_number: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticked_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class Agreement(Base):
    __tablename__ = "agreements"
    __table_args__ = (
        Index("ix_agreements_pupil_status_due", "pupil_id", "status", "due_on"),
        CheckConstraint(f"status IN ({_in(AgreementStatus)})", name="status"),
        CheckConstraint(f"owner IN ({_in(AgreementOwner)})", name="owner"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupils.id", ondelete="CASCADE"), index=True)
    talk_id: Mapped[int | None] = mapped_column(
        ForeignKey("talks.id", ondelete="SET NULL"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(16))
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default=AgreementStatus.OPEN.value)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)

    pupil: Mapped[Pupil] = relationship(back_populates="agreements")
    talk: Mapped[Talk | None] = relationship(foreign_keys=[talk_id])
    history: Mapped[list[AgreementStatusChange]] = relationship(
        back_populates="agreement",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="(AgreementStatusChange.changed_at, AgreementStatusChange.id)",
    )


class AgreementStatusChange(Base):
    __tablename__ = "agreement_status_changes"
    __table_args__ = (CheckConstraint(f"status IN ({_in(AgreementStatus)})", name="status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreements.id", ondelete="CASCADE"), index=True
    )
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    status: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    talk_id: Mapped[int | None] = mapped_column(
        ForeignKey("talks.id", ondelete="SET NULL"), index=True
    )
    # What happened (migration 0005): made, continue, adjust, edit, review ("" = status set).
    kind: Mapped[str] = mapped_column(String(16), default="", server_default="")
    due_on: Mapped[dt.date | None] = mapped_column(Date)  # a new due date given here

    agreement: Mapped[Agreement] = relationship(back_populates="history")


class SelfAssessment(Base):
    """The teacher scoring themself on seed 001's checklists (migration 0009).

    ``skills`` maps a Checklist 1 key to ``{"score": 1-4 or null, "show": text, "expand": bool}``;
    ``interventions`` maps a Checklist 2 key to ``{"answer": "yes"/"doubt"/"no" or null, "why":
    text}``; ``practise`` holds the conversation skills (skills.json keys) the teacher wants to
    practise, offered as focus skills in the next preparations.
    """

    __tablename__ = "self_assessments"

    id: Mapped[int] = mapped_column(primary_key=True)
    taken_on: Mapped[dt.date] = mapped_column(Date, index=True)
    evening_id: Mapped[int | None] = mapped_column(
        ForeignKey("evenings.id", ondelete="SET NULL"), index=True
    )
    skills: Mapped[dict[str, Any]] = mapped_column(default=dict)
    interventions: Mapped[dict[str, Any]] = mapped_column(default=dict)
    practise: Mapped[list[Any]] = mapped_column(default=list)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)
    author: Mapped[str] = mapped_column(String(63), default="", server_default="")
    """Whose self-assessment (0012): on the server, read by that teacher only."""


def author_of(row: object) -> str:
    """Who is writing in the session ``row`` belongs to: the server login, or "" on a laptop
    (``Database.author``, put in each session's ``info``)."""
    session = object_session(row)
    return str(session.info.get("author", "")) if session is not None else ""


@event.listens_for(Talk, "before_insert")
def _stamp_group(_mapper: Mapper[Any], connection: Connection, talk: Talk) -> None:
    if talk.group_id is None and talk.pupil_id is not None:
        talk.group_id = connection.scalar(select(Pupil.group_id).where(Pupil.id == talk.pupil_id))


@event.listens_for(Evening, "before_insert")
@event.listens_for(TalkRevision, "before_insert")
@event.listens_for(PrivateNote, "before_insert")
@event.listens_for(SelfAssessment, "before_insert")
def _stamp_author(_mapper: Mapper[Any], _connection: Connection, row: Any) -> None:
    if not row.author:
        row.author = author_of(row)
