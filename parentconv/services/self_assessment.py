"""The teacher's self-assessment on seed 001's checklists, its history, and the skills to practise.

The teacher fills in *Checklist 1. Vaardigheden* (a score per skill, how they show it, whether
they want to develop it) and *Checklist 2. Interventies* (yes / not sure / no, how or why), for
example after an evening, and picks up to three conversation skills (skills.json) to practise.
The newest assessment's choice is offered as focus skills in the next preparations
(``practise_suggestion``). Every assessment is kept, so the scores have a history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import select

from parentconv.catalog import load_catalog
from parentconv.checklists import ANSWER_KEYS, SCALE_STEPS, load_checklists
from parentconv.errors import ValidationError
from parentconv.i18n import N_, _
from parentconv.services import validation as v
from parentconv.store.models import Evening, SelfAssessment
from parentconv.store.work import Work

MAX_PRACTISE = 3
MAX_ANSWER = 2_000


@dataclass(frozen=True)
class SkillAnswer:
    """Checklist 1, one skill: the score (1 … 4, None: not answered), how the teacher shows it
    and the feedback they get, and whether they want to develop it."""

    score: int | None = None
    show: str = ""
    expand: bool = False


@dataclass(frozen=True)
class InterventionAnswer:
    """Checklist 2, one intervention: "yes", "doubt" or "no" (None: not answered), how or why."""

    answer: str | None = None
    why: str = ""


@dataclass
class SelfAssessmentInput:
    taken_on: str = ""
    """ISO date (2026-11-24) or as typed (24-11-2026); empty: today."""
    evening_id: int | None = None
    skills: dict[str, SkillAnswer] = field(default_factory=dict)
    interventions: dict[str, InterventionAnswer] = field(default_factory=dict)
    practise: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SelfAssessmentView:
    id: int
    taken_on: dt.date
    evening_id: int | None
    skills: Mapping[str, SkillAnswer]
    interventions: Mapping[str, InterventionAnswer]
    practise: tuple[str, ...]
    updated_at: dt.datetime

    @property
    def expand(self) -> tuple[str, ...]:
        """The Checklist 1 skills the teacher wants to develop, in the checklist's order."""
        return tuple(k for k, a in self.skills.items() if a.expand)

    def as_input(self) -> SelfAssessmentInput:
        return SelfAssessmentInput(
            taken_on=self.taken_on.isoformat(),
            evening_id=self.evening_id,
            skills=dict(self.skills),
            interventions=dict(self.interventions),
            practise=list(self.practise),
        )


@dataclass(frozen=True)
class PractiseSuggestion:
    """The skills the newest self-assessment chose to practise, and when it was made."""

    taken_on: dt.date
    skills: tuple[str, ...]


def _skills(raw: Mapping[str, SkillAnswer]) -> dict[str, dict[str, object]]:
    keys = [item.key for item in load_checklists().skills.items]
    unknown = sorted(set(raw) - set(keys))
    if unknown:
        raise ValidationError(_("Onbekende vaardigheid: {key}.").format(key=unknown[0]), "skills")
    stored: dict[str, dict[str, object]] = {}
    for key in keys:  # the checklist's order
        answer = raw.get(key)
        if answer is None:
            continue
        score = answer.score
        if score is not None and not (1 <= score <= SCALE_STEPS):
            raise ValidationError(
                _("Een score is 1 tot en met {steps}.").format(steps=SCALE_STEPS), "skills"
            )
        show = v.optional_text(
            answer.show, field="skills", label=N_("Hoe je dit laat zien"), max_length=MAX_ANSWER
        )
        if score is None and not show and not answer.expand:
            continue
        stored[key] = {"score": score, "show": show, "expand": bool(answer.expand)}
    return stored


def _interventions(raw: Mapping[str, InterventionAnswer]) -> dict[str, dict[str, object]]:
    keys = [item.key for item in load_checklists().interventions.items]
    unknown = sorted(set(raw) - set(keys))
    if unknown:
        raise ValidationError(
            _("Onbekende interventie: {key}.").format(key=unknown[0]), "interventions"
        )
    stored: dict[str, dict[str, object]] = {}
    for key in keys:
        answer = raw.get(key)
        if answer is None:
            continue
        if answer.answer is not None:
            v.one_of(
                answer.answer, frozenset(ANSWER_KEYS), field="interventions", label=N_("Antwoord")
            )
        why = v.optional_text(
            answer.why, field="interventions", label=N_("Hoe of waarom"), max_length=MAX_ANSWER
        )
        if answer.answer is None and not why:
            continue
        stored[key] = {"answer": answer.answer, "why": why}
    return stored


def _practise(raw: list[str]) -> list[str]:
    known = {s.key for s in load_catalog().skills}
    chosen = list(dict.fromkeys(k for k in raw if k))
    unknown = [k for k in chosen if k not in known]
    if unknown:
        raise ValidationError(_("Onbekende vaardigheid: {key}.").format(key=unknown[0]), "practise")
    if len(chosen) > MAX_PRACTISE:
        raise ValidationError(
            _("Kies hoogstens {count} vaardigheden om te oefenen.").format(count=MAX_PRACTISE),
            "practise",
        )
    return chosen


def _view(row: SelfAssessment) -> SelfAssessmentView:
    skills = {
        str(k): SkillAnswer(
            score=int(a["score"]) if a.get("score") is not None else None,
            show=str(a.get("show", "")),
            expand=bool(a.get("expand", False)),
        )
        for k, a in (row.skills or {}).items()
    }
    interventions = {
        str(k): InterventionAnswer(
            answer=str(a["answer"]) if a.get("answer") is not None else None,
            why=str(a.get("why", "")),
        )
        for k, a in (row.interventions or {}).items()
    }
    return SelfAssessmentView(
        id=row.id,
        taken_on=row.taken_on,
        evening_id=row.evening_id,
        skills=skills,
        interventions=interventions,
        practise=tuple(str(k) for k in row.practise or ()),
        updated_at=row.updated_at,
    )


def save_self_assessment(
    work: Work, data: SelfAssessmentInput, *, assessment_id: int | None = None
) -> SelfAssessmentView:
    """Store a new self-assessment (or change the one with ``assessment_id``)."""
    taken_on = (
        v.parse_date(data.taken_on, field="taken_on", label=N_("Datum"))
        if data.taken_on.strip()
        else work.today()
    )
    if taken_on > work.today():
        raise ValidationError(_("Een zelfevaluatie kan niet in de toekomst liggen."), "taken_on")
    if data.evening_id is not None:
        work.get_or_fail(Evening, data.evening_id, N_("Deze gesprekkenavond"))
    fields = {
        "taken_on": taken_on,
        "evening_id": data.evening_id,
        "skills": _skills(data.skills),
        "interventions": _interventions(data.interventions),
        "practise": _practise(data.practise),
    }
    s = work.session
    if assessment_id is None:
        row = SelfAssessment(**fields)
        s.add(row)
    else:
        row = work.get_or_fail(SelfAssessment, assessment_id, N_("Deze zelfevaluatie"))
        for key, value in fields.items():
            setattr(row, key, value)
    row.updated_at = work.now()
    s.flush()
    work.touch(assessments=[row.id])
    return _view(row)


NEWEST_FIRST = select(SelfAssessment).order_by(
    SelfAssessment.taken_on.desc(), SelfAssessment.id.desc()
)


def list_self_assessments(work: Work) -> tuple[SelfAssessmentView, ...]:
    """Every self-assessment, newest first."""
    rows = work.session.scalars(NEWEST_FIRST).all()
    return tuple(_view(r) for r in rows)


def get_self_assessment(work: Work, assessment_id: int) -> SelfAssessmentView:
    return _view(work.get_or_fail(SelfAssessment, assessment_id, N_("Deze zelfevaluatie")))


def delete_self_assessment(work: Work, assessment_id: int) -> None:
    row = work.get_or_fail(SelfAssessment, assessment_id, N_("Deze zelfevaluatie"))
    work.session.delete(row)
    work.session.flush()
    work.touch(assessments=[assessment_id])


def score_history(work: Work) -> dict[str, list[tuple[dt.date, int]]]:
    """Per Checklist 1 skill, its scores oldest first (only the assessments that scored it)."""
    history: dict[str, list[tuple[dt.date, int]]] = {
        item.key: [] for item in load_checklists().skills.items
    }
    for view in reversed(list_self_assessments(work)):
        for key, answer in view.skills.items():
            if answer.score is not None and key in history:
                history[key].append((view.taken_on, answer.score))
    return history


def practise_suggestion(work: Work) -> PractiseSuggestion | None:
    """The newest self-assessment's skills to practise (None when it chose none)."""
    row = work.session.scalars(NEWEST_FIRST.limit(1)).first()
    if row is None or not row.practise:
        return None
    return PractiseSuggestion(taken_on=row.taken_on, skills=tuple(str(k) for k in row.practise))
