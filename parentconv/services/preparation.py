"""The preparation form of a talk (seed 002 l.1217–1247), its completeness, and reuse.

The form is saved whole on every autosave: the UI sends a ``PreparationInput`` and gets back
the stored ``PreparationView`` with its ``Completeness``. A talk becomes "prepared" when the
four aspects of the communication model are filled in (the appellative one means: a goal).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from parentconv.catalog import GOAL_KEYS, TALK_PHASE_KEYS, load_catalog
from parentconv.errors import NotFoundError, ValidationError
from parentconv.i18n import N_, _
from parentconv.services import validation as v
from parentconv.services.agreements import agreement_view
from parentconv.services.completeness import (
    Completeness,
    completeness_of,
    default_phase_minutes,
    filled,
    structure_warning,
)
from parentconv.services.journal import PreviousReflection, previous_reflection
from parentconv.services.people import carer_view, pupil_view
from parentconv.services.self_assessment import PractiseSuggestion, practise_suggestion
from parentconv.services.stale import merge_lines, merge_text, merge_value, other_window_marker
from parentconv.services.talks import (
    TALK_LOADS_OF_A_PUPIL,
    NotesSeen,
    TalkInput,
    save_notes,
    sync_prepared_status,
    talk_view,
    touch_talk,
    update_talk,
)
from parentconv.services.views import AgreementView, CarerView, PupilView, TalkView
from parentconv.store.models import (
    Agreement,
    AgreementStatus,
    Carer,
    Preparation,
    Pupil,
    Talk,
    TalkStatus,
)
from parentconv.store.work import Work, id_is

MAX_TEXT = 200_000  # far beyond 5,000 words, still bounded
MAX_ITEM = 2_000
MAX_ITEMS = 100
MAX_FOCUS_SKILLS = 3
RECENT_TALKS = 5


@dataclass(frozen=True)
class GoalChoice:
    """One chosen goal type and what the teacher wants to have achieved at the end."""

    key: str
    outcome: str = ""


@dataclass
class PreparationInput:
    """The whole form as typed. Lists hold one item per line; blanks are dropped."""

    key_message: str = ""
    qualities: list[str] = field(default_factory=list)
    growth_opportunities: list[str] = field(default_factory=list)
    classroom_actions: str = ""
    goals: list[GoalChoice] = field(default_factory=list)
    relational_note: str = ""
    expressive_keys: list[str] = field(default_factory=list)
    expressive_own: str = ""
    structure_note: str = ""
    phase_minutes: dict[str, int] = field(default_factory=dict)
    own_questions: list[str] = field(default_factory=list)
    parent_questions: list[str] = field(default_factory=list)
    focus_skills: list[str] = field(default_factory=list)
    context_factors: str = ""
    review_agreement_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class PreparationView:
    talk_id: int
    key_message: str
    qualities: tuple[str, ...]
    growth_opportunities: tuple[str, ...]
    classroom_actions: str
    goals: tuple[GoalChoice, ...]
    relational_note: str
    expressive_keys: tuple[str, ...]
    expressive_own: str
    structure_note: str
    phase_minutes: Mapping[str, int]
    own_questions: tuple[str, ...]
    parent_questions: tuple[str, ...]
    focus_skills: tuple[str, ...]
    context_factors: str
    review_agreement_ids: tuple[int, ...]
    completeness: Completeness
    structure_warning: str | None
    saved_at: dt.datetime | None
    version: int = 0
    """The stored preparation's version (0: none stored yet); what a window saw, to merge."""

    def as_input(self) -> PreparationInput:
        """An editable copy, e.g. to change one field and save again."""
        return PreparationInput(
            key_message=self.key_message,
            qualities=list(self.qualities),
            growth_opportunities=list(self.growth_opportunities),
            classroom_actions=self.classroom_actions,
            goals=list(self.goals),
            relational_note=self.relational_note,
            expressive_keys=list(self.expressive_keys),
            expressive_own=self.expressive_own,
            structure_note=self.structure_note,
            phase_minutes=dict(self.phase_minutes),
            own_questions=list(self.own_questions),
            parent_questions=list(self.parent_questions),
            focus_skills=list(self.focus_skills),
            context_factors=self.context_factors,
            review_agreement_ids=list(self.review_agreement_ids),
        )


@dataclass(frozen=True)
class PastTalk:
    """One earlier talk as the relational section shows it."""

    talk_id: int
    starts_at: dt.datetime
    type_key: str
    status: str
    goal_keys: tuple[str, ...]
    goal_achieved: str | None
    outcome: str


@dataclass(frozen=True)
class PreparationContext:
    """What the app already knows when a teacher prepares this talk."""

    talk: TalkView
    pupil: PupilView
    carers: tuple[CarerView, ...]
    past_talks: tuple[PastTalk, ...]
    open_agreements: tuple[AgreementView, ...]
    previous_talk_id: int | None
    previous_reflection: PreviousReflection | None = None
    """What went well and what next time, from the last talk with these parents."""
    practise: PractiseSuggestion | None = None
    """The skills the teacher's newest self-assessment chose to practise."""


# --- input cleaning ----------------------------------------------------------------------------


def _text(value: str, field_name: str, label: str) -> str:
    text = (value or "").strip()
    if len(text) > MAX_TEXT:
        raise ValidationError(
            _("{label} is te lang (hoogstens {count} tekens).").format(
                label=_(label), count=MAX_TEXT
            ),
            field_name,
        )
    return v.storable(text, field=field_name, label=label)


def _items(values: Iterable[str], field_name: str, label: str) -> list[str]:
    items = [line.strip() for value in values for line in (value or "").splitlines()]
    items = [i for i in dict.fromkeys(items) if i]
    if len(items) > MAX_ITEMS:
        raise ValidationError(
            _("{label}: hoogstens {count} regels.").format(label=_(label), count=MAX_ITEMS),
            field_name,
        )
    for item in items:
        if len(item) > MAX_ITEM:
            raise ValidationError(
                _("{label}: een regel is te lang.").format(label=_(label)), field_name
            )
        v.storable(item, field=field_name, label=label)
    return items


def _goals(goals: Sequence[GoalChoice]) -> list[dict[str, str]]:
    seen: dict[str, str] = {}
    for goal in goals:
        if goal.key not in GOAL_KEYS:
            raise ValidationError(
                _("Onbekend communicatief doel '{key}'.").format(key=goal.key), "goals"
            )
        seen.setdefault(goal.key, _text(goal.outcome, "goals", N_("Het beoogde resultaat")))
    return [{"key": k, "outcome": seen[k]} for k in GOAL_KEYS if k in seen]


def _phase_minutes(values: Mapping[str, int], duration: int) -> dict[str, int]:
    result: dict[str, int] = {}
    for key in TALK_PHASE_KEYS:
        minutes = values.get(key, 0)
        if not isinstance(minutes, int) or isinstance(minutes, bool) or minutes < 0:
            raise ValidationError(_("Minuten per fase moeten 0 of meer zijn."), f"phase_{key}")
        if minutes > v.MAX_DURATION_MINUTES:
            raise ValidationError(_("Zoveel minuten past niet in een gesprek."), f"phase_{key}")
        result[key] = minutes
    unknown = set(values) - set(TALK_PHASE_KEYS)
    if unknown:
        raise ValidationError(
            _("Onbekende fase: {phases}.").format(phases=", ".join(sorted(unknown))),
            "phase_minutes",
        )
    return result


def _keys(values: Sequence[str], allowed: Iterable[str], field_name: str, label: str) -> list[str]:
    allowed_set = set(allowed)
    out = list(dict.fromkeys(values))
    bad = [k for k in out if k not in allowed_set]
    if bad:
        raise ValidationError(
            _("{label}: onbekend '{value}'.").format(label=_(label), value=bad[0]), field_name
        )
    return out


def _clean(data: PreparationInput, s: Session, talk: Talk) -> dict[str, object]:
    catalog = load_catalog()
    skills = _keys(
        data.focus_skills,
        (k.key for k in catalog.skills),
        "focus_skills",
        N_("Gespreksvaardigheden"),
    )
    if len(skills) > MAX_FOCUS_SKILLS:
        raise ValidationError(
            _("Kies hoogstens {count} vaardigheden om op te letten.").format(
                count=MAX_FOCUS_SKILLS
            ),
            "focus_skills",
        )
    review_ids = list(dict.fromkeys(data.review_agreement_ids))
    if review_ids:
        owners = dict(
            (row.id, row.pupil_id)
            for row in s.execute(
                select(Agreement.id, Agreement.pupil_id).where(Agreement.id.in_(review_ids))
            )
        )
        if any(owners.get(i) != talk.pupil_id for i in review_ids):
            raise ValidationError(
                _("Een gekozen afspraak hoort niet bij deze leerling."),
                "review_agreement_ids",
            )
    return {
        "key_message": _text(data.key_message, "key_message", N_("De boodschap")),
        "qualities": _items(data.qualities, "qualities", N_("Kwaliteiten")),
        "growth_opportunities": _items(
            data.growth_opportunities, "growth_opportunities", N_("Groeikansen")
        ),
        "classroom_actions": _text(
            data.classroom_actions, "classroom_actions", N_("Betekenis voor jouw handelen")
        ),
        "goals": _goals(data.goals),
        "relational_note": _text(
            data.relational_note, "relational_note", N_("De relationele boodschap")
        ),
        "expressive_keys": _keys(
            data.expressive_keys,
            (q.key for q in catalog.expressive_qualities),
            "expressive_keys",
            N_("Uitstraling"),
        ),
        "expressive_own": _text(data.expressive_own, "expressive_own", N_("Eigen uitstraling")),
        "structure_note": _text(data.structure_note, "structure_note", N_("Opbouw")),
        "phase_minutes": _phase_minutes(
            data.phase_minutes or default_phase_minutes(talk.type_key), talk.duration_minutes
        ),
        "own_questions": _items(data.own_questions, "own_questions", N_("Jouw vragen")),
        "parent_questions": _items(
            data.parent_questions, "parent_questions", N_("Vragen van ouders")
        ),
        "focus_skills": skills,
        "context_factors": _text(data.context_factors, "context_factors", N_("Contextfactoren")),
        "review_agreement_ids": review_ids,
    }


# --- views -------------------------------------------------------------------------------------


def preparation_of(talk: Talk) -> PreparationView:
    """The preparation of a talk already loaded in this session (with ``TALK_LOADS``)."""
    prep = talk.preparation
    minutes = (
        {k: int(m) for k, m in prep.phase_minutes.items()}
        if prep is not None and prep.phase_minutes
        else default_phase_minutes(talk.type_key)
    )
    return PreparationView(
        talk_id=talk.id,
        key_message=prep.key_message if prep else "",
        qualities=tuple(prep.qualities) if prep else (),
        growth_opportunities=tuple(prep.growth_opportunities) if prep else (),
        classroom_actions=prep.classroom_actions if prep else "",
        goals=tuple(GoalChoice(g["key"], g.get("outcome", "")) for g in prep.goals) if prep else (),
        relational_note=prep.relational_note if prep else "",
        expressive_keys=tuple(prep.expressive_keys) if prep else (),
        expressive_own=prep.expressive_own if prep else "",
        structure_note=prep.structure_note if prep else "",
        phase_minutes=minutes,
        own_questions=tuple(prep.own_questions) if prep else (),
        parent_questions=tuple(prep.parent_questions) if prep else (),
        focus_skills=tuple(prep.focus_skills) if prep else (),
        context_factors=prep.context_factors if prep else "",
        review_agreement_ids=tuple(int(i) for i in prep.review_agreement_ids) if prep else (),
        completeness=completeness_of(prep, talk.duration_minutes),
        structure_warning=structure_warning(minutes, talk.duration_minutes),
        saved_at=prep.updated_at if prep else None,
        version=(prep.version or 1) if prep else 0,
    )


def _load_talk(s: Session, talk_id: int) -> Talk:
    talk = s.scalars(
        select(Talk)
        .options(
            *TALK_LOADS_OF_A_PUPIL,
            joinedload(Talk.pupil).joinedload(Pupil.group),  # many-to-one: in the same query
            joinedload(Talk.pupil).selectinload(Pupil.carers).selectinload(Carer.pupils),
        )
        .where(id_is(Talk.id, talk_id))
    ).first()
    if talk is None:
        raise NotFoundError(_("Dit gesprek bestaat niet (meer)."))
    return talk


def get_preparation(work: Work, talk_id: int) -> PreparationView:
    """The stored preparation of a talk (empty, with the type's phase minutes, if none yet)."""
    s = work.session
    return preparation_of(_load_talk(s, talk_id))


def loaded_with_preparation(work: Work, talk_id: int) -> tuple[Talk, PreparationView]:
    """The talk with what its preparation shows loaded, and that preparation: for a screen
    that shows both (one round of queries, not two)."""
    talk = _load_talk(work.session, talk_id)
    return talk, preparation_of(talk)


def save_preparation(work: Work, talk_id: int, data: PreparationInput) -> PreparationView:
    """Store the whole form; the talk becomes "prepared" (or "planned" again) to match."""
    return _store_form(work, _load_talk(work.session, talk_id), data)


def _store_form(work: Work, talk: Talk, data: PreparationInput) -> PreparationView:
    """``save_preparation`` for a talk this unit of work loaded with ``_load_talk``."""
    s = work.session
    fields = _clean(data, s, talk)
    prep = talk.preparation
    if prep is None:
        prep = Preparation(talk_id=talk.id)
        talk.preparation = prep
    for key, value in fields.items():
        setattr(prep, key, value)
    prep.updated_at = work.now()
    sync_prepared_status(talk)
    s.flush()
    touch_talk(work, talk)
    return preparation_of(talk)


def outcome_line(talk: Talk) -> str:
    """A talk's one-line outcome: the reflection's "next time", else the first note line."""
    for text in (talk.next_time, talk.shared_notes):
        first = (text or "").strip().splitlines()
        if first:
            line = first[0].strip()
            return line if len(line) <= 140 else line[:139] + "…"
    return ""


def _previous_talks(s: Session, talk: Talk) -> list[Talk]:
    return list(
        s.scalars(
            select(Talk)
            .options(selectinload(Talk.preparation))
            .where(
                Talk.pupil_id == talk.pupil_id,
                Talk.id != talk.id,
                Talk.starts_at <= talk.starts_at,
                Talk.status != TalkStatus.CANCELLED.value,
            )
            .order_by(Talk.starts_at.desc(), Talk.id.desc())
            .limit(RECENT_TALKS)
        )
    )


def preparation_context(work: Work, talk_id: int) -> PreparationContext:
    """The pupil, carers (language, interpreter), recent talks and open agreements."""
    return context_and_preparation(work, talk_id)[0]


def context_and_preparation(
    work: Work, talk_id: int, *, with_history: bool = True
) -> tuple[PreparationContext, PreparationView]:
    """``preparation_context`` and ``get_preparation`` from one load of the talk; without
    ``with_history`` the earlier talks are not read (talk mode and the summary show none)."""
    s = work.session
    talk = _load_talk(s, talk_id)
    pupil = talk.pupil
    previous = _previous_talks(s, talk) if with_history else []
    agreements = s.scalars(
        select(Agreement)
        .options(selectinload(Agreement.history))
        .where(Agreement.pupil_id == pupil.id, Agreement.status == AgreementStatus.OPEN.value)
        .order_by(Agreement.due_on.is_(None), Agreement.due_on, Agreement.id)
    ).all()
    context = PreparationContext(
        talk=talk_view(talk),
        pupil=pupil_view(pupil),
        carers=tuple(carer_view(c) for c in sorted(pupil.carers, key=lambda c: c.id)),
        past_talks=tuple(
            PastTalk(
                talk_id=t.id,
                starts_at=t.starts_at,
                type_key=t.type_key,
                status=t.status,
                goal_keys=tuple(g["key"] for g in t.preparation.goals) if t.preparation else (),
                goal_achieved=t.goal_achieved,
                outcome=outcome_line(t),
            )
            for t in previous
        ),
        open_agreements=tuple(agreement_view(a) for a in agreements),
        previous_talk_id=next((t.id for t in previous if t.preparation is not None), None),
        previous_reflection=previous_reflection(work, talk.id) if with_history else None,
        practise=practise_suggestion(work) if with_history else None,
    )
    return context, preparation_of(talk)


def copy_from_previous(work: Work, talk_id: int) -> PreparationView:
    """Start from the previous prepared talk with this pupil.

    Copies what stays true (the relational note, qualities, expressive choices) into the fields
    that are still empty, and adds old qualities to new ones. Agreements are never copied: the
    open ones are offered for review instead.
    """
    s = work.session
    talk = _load_talk(s, talk_id)
    source = next((t for t in _previous_talks(s, talk) if t.preparation is not None), None)
    if source is None or source.preparation is None:
        raise ValidationError(_("Er is geen eerder voorbereid gesprek met deze leerling."))
    old = source.preparation
    current = preparation_of(talk).as_input()
    if not filled(current.relational_note):
        current.relational_note = old.relational_note
    current.qualities = list(dict.fromkeys([*current.qualities, *old.qualities]))
    if not current.expressive_keys and not filled(current.expressive_own):
        current.expressive_keys = list(old.expressive_keys)
        current.expressive_own = old.expressive_own
    return save_preparation(work, talk_id, current)


@dataclass(frozen=True)
class AutosaveResult:
    """What one autosave stored, and the fields it could not store (with their messages)."""

    talk: TalkView
    preparation: PreparationView
    errors: tuple[ValidationError, ...]
    merged: tuple[str, ...] = ()
    """Fields another window had changed too since this one loaded them: both texts kept."""
    moved_on: bool = False
    """Another window stored a change since this one loaded: show the stored texts again."""


def autosave(
    work: Work,
    talk_id: int,
    *,
    basics: TalkInput | None = None,
    form: PreparationInput | None = None,
    notes: tuple[str, str] | None = None,
    seen_talk: TalkView | None = None,
    seen_form: PreparationView | None = None,
) -> AutosaveResult:
    """Store what changed in the preparation window, in one unit of work.

    A mistake in one part (an impossible time) is reported for its field while the other parts
    are still stored: each part is checked before anything of it is written. With what the
    window last saw (``seen_talk``, ``seen_form``), a change another window stored since is
    merged in, never overwritten (services/stale.py).
    """
    errors: list[ValidationError] = []
    merged: list[str] = []
    before = _load_talk(work.session, talk_id)
    moved_on = (seen_talk is not None and before.version != seen_talk.version) or (
        seen_form is not None
        and before.preparation is not None
        and before.preparation.version != seen_form.version
    )
    if form is not None and seen_form is not None:
        form, merged_fields = merge_form(before, form, seen_form)
        merged.extend(merged_fields)
    if basics is not None:
        try:
            update_talk(work, talk_id, data=basics)
        except ValidationError as exc:
            errors.append(exc)
    if form is not None:
        try:
            _store_form(work, before, form)  # the talk loaded above: no second round
        except ValidationError as exc:
            errors.append(exc)
    if notes is not None:
        try:
            seen = NotesSeen.of(seen_talk) if seen_talk is not None else None
            saved = save_notes(work, talk_id, shared=notes[0], private=notes[1], seen=seen)
            merged.extend(saved.merged)
        except ValidationError as exc:
            errors.append(exc)
    work.session.flush()
    talk = before  # the same row, as the parts above changed it (one session, one identity)
    return AutosaveResult(
        talk=talk_view(talk),
        preparation=preparation_of(talk),
        errors=tuple(errors),
        merged=tuple(merged),
        moved_on=moved_on,
    )


TEXT_FIELDS = (
    "key_message",
    "classroom_actions",
    "relational_note",
    "structure_note",
    "context_factors",
    "expressive_own",
)
LINE_FIELDS = ("qualities", "growth_opportunities", "own_questions", "parent_questions")


def merge_form(
    talk: Talk, mine: PreparationInput, seen: PreparationView
) -> tuple[PreparationInput, list[str]]:
    """The form to store: this window's changes over what another window stored since."""
    stored_prep = talk.preparation
    if stored_prep is None or (stored_prep.version or 1) == seen.version:
        return mine, []
    stored = preparation_of(talk).as_input()
    base = seen.as_input()
    marker = other_window_marker(stored_prep.updated_at)
    result = dataclasses.replace(mine)
    merged: list[str] = []
    for name in dataclasses.fields(PreparationInput):
        key = name.name
        b, m, st = getattr(base, key), getattr(mine, key), getattr(stored, key)
        value: object
        if key in TEXT_FIELDS:
            value, both = merge_text(b, m, st, marker)
        elif key in LINE_FIELDS:
            value, both = merge_lines(b, m, st)
        else:
            value, both = merge_value(b, m, st), False
        setattr(result, key, value)
        if both:
            merged.append(key)
    return result, merged


@dataclass(frozen=True)
class TypeDefaults:
    duration_minutes: int | None
    phase_minutes: dict[str, int]
    child_present: bool


def follow_type_defaults(
    old_key: str,
    new_key: str,
    *,
    duration_minutes: int | None,
    phase_minutes: Mapping[str, int],
    child_present: bool,
) -> TypeDefaults:
    """A new kind of talk: take its defaults wherever the teacher had kept the old kind's."""
    catalog = load_catalog()
    old, new = catalog.conversation_type(old_key), catalog.conversation_type(new_key)
    return TypeDefaults(
        duration_minutes=(
            new.default_minutes if duration_minutes == old.default_minutes else duration_minutes
        ),
        phase_minutes=(
            dict(new.phase_minutes)
            if dict(phase_minutes) == dict(old.phase_minutes)
            else dict(phase_minutes)
        ),
        child_present=new.child_present if child_present == old.child_present else child_present,
    )
