"""During the talk: what the talk-mode screen shows, reviews of earlier agreements, and the end.

Notes, checklist ticks and new agreements use the ordinary services (``talks.set_notes``,
``talks.set_step_done``, ``agreements.create_agreement``); this module adds what only talk mode
does.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from parentconv.errors import ValidationError
from parentconv.i18n import N_, _
from parentconv.services import agreements as agreement_service
from parentconv.services import validation as v
from parentconv.services.agreements import agreement_view, agreements_made_in
from parentconv.services.evenings import next_slot
from parentconv.services.preparation import PreparationView, context_and_preparation
from parentconv.services.talks import sync_prepared_status, talk_view, touch_talk
from parentconv.services.views import AgreementView, CarerView, PupilView, TalkView
from parentconv.store.models import (
    Agreement,
    AgreementStatus,
    AgreementStatusChange,
    ChangeKind,
    Talk,
    TalkStatus,
)
from parentconv.store.work import Work

REVIEW_OUTCOMES = ("done", "continue", "adjust", "not_achieved", "dropped")
CANCEL_REASONS = ("cancelled", "no_show")


@dataclass(frozen=True)
class TalkDetails:
    """A talk with what its screens and printed pages show: preparation, review, agreements."""

    talk: TalkView
    pupil: PupilView
    carers: tuple[CarerView, ...]
    preparation: PreparationView
    to_review: tuple[AgreementView, ...]
    made_here: tuple[AgreementView, ...]
    open_agreements: tuple[AgreementView, ...] = ()  # all of the pupil's, made before or here


@dataclass(frozen=True)
class TalkModeView(TalkDetails):
    """Everything on the talk-mode screen: the talk's details and the next slot, if any."""

    next_talk_id: int | None = None


def talk_details(work: Work, talk_id: int) -> TalkDetails:
    """The talk, its preparation, the agreements to review and those made in this talk."""
    context, prep = context_and_preparation(work, talk_id, with_history=False)
    s = work.session
    review_ids = list(prep.review_agreement_ids)
    reviewed_here = s.scalars(
        select(Agreement)
        .options(selectinload(Agreement.history))
        .where(
            # An IN over the history's talk index: ``history.any()`` was a correlated EXISTS
            # per agreement of the school (13 ms on a school-size store).
            Agreement.id.in_(
                select(AgreementStatusChange.agreement_id).where(
                    AgreementStatusChange.talk_id == talk_id
                )
            ),
            Agreement.talk_id != talk_id,
        )
    ).all()
    wanted = {*review_ids, *(a.id for a in reviewed_here)}
    to_review = s.scalars(
        select(Agreement).options(selectinload(Agreement.history)).where(Agreement.id.in_(wanted))
    ).all()
    order = {aid: i for i, aid in enumerate(review_ids)}
    made = agreements_made_in(work, talk_id)
    return TalkDetails(
        talk=context.talk,
        pupil=context.pupil,
        carers=context.carers,
        preparation=prep,
        to_review=tuple(
            agreement_view(a)
            for a in sorted(to_review, key=lambda a: (order.get(a.id, len(order)), a.id))
        ),
        made_here=tuple(agreement_view(a) for a in made),
        open_agreements=context.open_agreements,
    )


def talk_mode_view(work: Work, talk_id: int) -> TalkModeView:
    """The talk's details and the next talk of its evening that still has to happen."""
    details = talk_details(work, talk_id)
    following = next_slot(work, talk_id)
    return TalkModeView(
        **{f.name: getattr(details, f.name) for f in fields(TalkDetails)},
        next_talk_id=following.id if following else None,
    )


class Keep:
    """Marks an agreement field that a review leaves as it is."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP = Keep()


def review_agreement(
    work: Work,
    agreement_id: int,
    *,
    talk_id: int,
    outcome: str,
    note: str = "",
    new_text: str | Keep = KEEP,
    new_owner: str | Keep = KEEP,
    new_due: dt.date | Keep | None = KEEP,
) -> AgreementView:
    """Record how an earlier agreement stands, in this talk.

    ``done``, ``not_achieved`` and ``dropped`` close it; ``continue`` keeps it open (with the
    note, and a new due date if one is given); ``adjust`` keeps it open with new wording, owner
    and/or due date. Every outcome adds to the agreement's status history, linked to this talk.
    """
    if outcome not in REVIEW_OUTCOMES:
        raise ValidationError(
            _("Onbekende uitkomst '{outcome}'.").format(outcome=outcome), "outcome"
        )
    current = agreement_service.get_agreement(work, agreement_id)
    changes_wording = outcome == "adjust" and not (
        isinstance(new_text, Keep) and isinstance(new_owner, Keep)
    )
    if changes_wording or not isinstance(new_due, Keep):
        agreement_service.update_agreement(
            work,
            agreement_id,
            text=current.text if isinstance(new_text, Keep) else new_text,
            owner=current.owner if isinstance(new_owner, Keep) else new_owner,
            due_on=current.due_on if isinstance(new_due, Keep) else new_due,
            record=False,  # the review's own entry below says what happened
        )
    if outcome in ("adjust", "continue"):
        status = AgreementStatus.OPEN.value
        kind = ChangeKind.ADJUST.value if outcome == "adjust" else ChangeKind.CONTINUE.value
    else:
        status, kind = outcome, ChangeKind.REVIEW.value
    new_date = None if isinstance(new_due, Keep) or new_due == current.due_on else new_due
    return agreement_service.change_status(
        work,
        agreement_id,
        status=status,
        note=note,
        talk_id=talk_id,
        kind=kind,
        due_on=new_date,
    )


def save_elapsed(work: Work, talk_id: int, seconds: int) -> None:
    """Remember how long the talk has run, so it can be resumed after closing the app."""
    talk = work.get_or_fail(Talk, talk_id, N_("Dit gesprek"))
    talk.elapsed_seconds = max(0, int(seconds))


def finish_talk(work: Work, talk_id: int) -> TalkView | None:
    """Mark the talk held; return the next talk of the evening that still has to happen."""
    talk = work.get_or_fail(Talk, talk_id, N_("Dit gesprek"))
    talk.status = TalkStatus.HELD.value
    talk.cancel_reason = ""
    talk.held_at = work.now()
    touch_talk(work, talk)
    return next_slot(work, talk_id)


def cancel_talk(work: Work, talk_id: int, *, reason: str = "cancelled") -> TalkView | None:
    """Record that the talk did not happen (afgezegd, or niet verschenen); return the next one."""
    v.one_of(reason, frozenset(CANCEL_REASONS), field="reason", label=N_("Reden"))
    talk = work.get_or_fail(Talk, talk_id, N_("Dit gesprek"))
    if talk.status == TalkStatus.HELD.value:
        raise ValidationError(_("Dit gesprek is al gevoerd."))
    talk.status = TalkStatus.CANCELLED.value
    talk.cancel_reason = reason
    touch_talk(work, talk)
    return next_slot(work, talk_id)


def reopen_talk(work: Work, talk_id: int) -> TalkView:
    """Undo a finish or cancel (a slip of the hand): the talk is planned/prepared again."""
    s = work.session
    talk = work.get_or_fail(Talk, talk_id, N_("Dit gesprek"))
    talk.status = TalkStatus.PLANNED.value
    talk.cancel_reason = ""
    talk.held_at = None
    sync_prepared_status(talk)
    s.flush()
    touch_talk(work, talk)
    return talk_view(talk)
