"""During the talk: what the talk-mode screen shows, reviews of earlier agreements, and the end.

Notes, checklist ticks and new agreements use the ordinary services (``talks.set_notes``,
``talks.set_step_done``, ``agreements.create_agreement``); this module adds what only talk mode
does.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from parentconv.errors import ValidationError
from parentconv.services import agreements as agreement_service
from parentconv.services import validation as v
from parentconv.services.agreements import agreement_view
from parentconv.services.evenings import next_slot
from parentconv.services.preparation import (
    PreparationView,
    get_preparation,
    preparation_context,
)
from parentconv.services.talks import sync_prepared_status, talk_view, touch_talk
from parentconv.services.views import AgreementView, CarerView, PupilView, TalkView
from parentconv.store.models import Agreement, AgreementStatus, Talk, TalkStatus
from parentconv.store.work import Work

REVIEW_OUTCOMES = ("done", "continue", "adjust", "not_achieved", "dropped")
CANCEL_REASONS = ("cancelled", "no_show")


@dataclass(frozen=True)
class TalkModeView:
    """Everything on the talk-mode screen."""

    talk: TalkView
    pupil: PupilView
    carers: tuple[CarerView, ...]
    preparation: PreparationView
    to_review: tuple[AgreementView, ...]
    made_here: tuple[AgreementView, ...]
    next_talk_id: int | None


def talk_mode_view(work: Work, talk_id: int) -> TalkModeView:
    """The talk, its preparation, the agreements to review and those made in this talk."""
    context = preparation_context(work, talk_id)
    prep = get_preparation(work, talk_id)
    s = work.session
    review_ids = list(prep.review_agreement_ids)
    reviewed_here = s.scalars(
        select(Agreement)
        .options(selectinload(Agreement.history))
        .where(Agreement.history.any(talk_id=talk_id), Agreement.talk_id != talk_id)
    ).all()
    wanted = {*review_ids, *(a.id for a in reviewed_here)}
    to_review = s.scalars(
        select(Agreement).options(selectinload(Agreement.history)).where(Agreement.id.in_(wanted))
    ).all()
    order = {aid: i for i, aid in enumerate(review_ids)}
    made = s.scalars(
        select(Agreement)
        .options(selectinload(Agreement.history))
        .where(Agreement.talk_id == talk_id)
        .order_by(Agreement.id)
    ).all()
    following = next_slot(work, talk_id)
    return TalkModeView(
        talk=context.talk,
        pupil=context.pupil,
        carers=context.carers,
        preparation=prep,
        to_review=tuple(
            agreement_view(a)
            for a in sorted(to_review, key=lambda a: (order.get(a.id, len(order)), a.id))
        ),
        made_here=tuple(agreement_view(a) for a in made),
        next_talk_id=following.id if following else None,
    )


def review_agreement(
    work: Work,
    agreement_id: int,
    *,
    talk_id: int,
    outcome: str,
    note: str = "",
    new_text: str | None = None,
    new_due: dt.date | None = None,
) -> AgreementView:
    """Record how an earlier agreement stands, in this talk.

    ``done``, ``not_achieved`` and ``dropped`` close it; ``continue`` keeps it open (with the
    note); ``adjust`` keeps it open with new wording and/or due date. Every outcome adds to the
    agreement's status history, linked to this talk.
    """
    if outcome not in REVIEW_OUTCOMES:
        raise ValidationError(f"Onbekende uitkomst '{outcome}'.", "outcome")
    if outcome == "adjust":
        current = agreement_service.get_agreement(work, agreement_id)
        text = current.text if new_text is None else new_text
        agreement_service.update_agreement(
            work,
            agreement_id,
            text=text,
            owner=current.owner,
            due_on=new_due if new_due is not None else current.due_on,
        )
        prefix = "Bijgesteld"
        remark = f"{prefix}: {note.strip()}" if note.strip() else prefix
        return agreement_service.change_status(
            work, agreement_id, status=AgreementStatus.OPEN.value, note=remark, talk_id=talk_id
        )
    status = AgreementStatus.OPEN.value if outcome == "continue" else outcome
    remark = note.strip()
    if outcome == "continue" and not remark:
        remark = "Loopt door"
    return agreement_service.change_status(
        work, agreement_id, status=status, note=remark, talk_id=talk_id
    )


def save_elapsed(work: Work, talk_id: int, seconds: int) -> None:
    """Remember how long the talk has run, so it can be resumed after closing the app."""
    talk = work.get_or_fail(Talk, talk_id, "Dit gesprek")
    talk.elapsed_seconds = max(0, int(seconds))


def finish_talk(work: Work, talk_id: int) -> TalkView | None:
    """Mark the talk held; return the next talk of the evening that still has to happen."""
    talk = work.get_or_fail(Talk, talk_id, "Dit gesprek")
    talk.status = TalkStatus.HELD.value
    talk.cancel_reason = ""
    touch_talk(work, talk)
    return next_slot(work, talk_id)


def cancel_talk(work: Work, talk_id: int, *, reason: str = "cancelled") -> TalkView | None:
    """Record that the talk did not happen (afgezegd, or niet verschenen); return the next one."""
    v.one_of(reason, frozenset(CANCEL_REASONS), field="reason", label="Reden")
    talk = work.get_or_fail(Talk, talk_id, "Dit gesprek")
    if talk.status == TalkStatus.HELD.value:
        raise ValidationError("Dit gesprek is al gevoerd.")
    talk.status = TalkStatus.CANCELLED.value
    talk.cancel_reason = reason
    touch_talk(work, talk)
    return next_slot(work, talk_id)


def reopen_talk(work: Work, talk_id: int) -> TalkView:
    """Undo a finish or cancel (a slip of the hand): the talk is planned/prepared again."""
    s = work.session
    talk = work.get_or_fail(Talk, talk_id, "Dit gesprek")
    talk.status = TalkStatus.PLANNED.value
    talk.cancel_reason = ""
    sync_prepared_status(talk)
    s.flush()
    touch_talk(work, talk)
    return talk_view(talk)
