"""Agreements (afspraken): what, who, by when, and the history of their status."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from parentconv.errors import ValidationError
from parentconv.i18n import N_, _
from parentconv.services import validation as v
from parentconv.services.views import AgreementView, StatusChangeView
from parentconv.store.models import (
    Agreement,
    AgreementOwner,
    AgreementStatus,
    AgreementStatusChange,
    ChangeKind,
    Pupil,
    Talk,
)
from parentconv.store.work import Work, id_is

OWNERS = frozenset(o.value for o in AgreementOwner)
STATUSES = frozenset(s.value for s in AgreementStatus)
CHANGE_KINDS = frozenset(k.value for k in ChangeKind)
MAX_AGREEMENT = 5000
AGREEMENT_FILTERS = ("all", "open", "overdue", "done", "closed")


def agreement_view(agreement: Agreement) -> AgreementView:
    return AgreementView(
        id=agreement.id,
        pupil_id=agreement.pupil_id,
        talk_id=agreement.talk_id,
        text=agreement.text,
        owner=agreement.owner,
        due_on=agreement.due_on,
        status=agreement.status,
        created_at=agreement.created_at,
        history=tuple(
            StatusChangeView(h.id, h.changed_at, h.status, h.note, h.talk_id, h.kind, h.due_on)
            for h in agreement.history
        ),
    )


def touch_agreement(work: Work, agreement: Agreement, talk_id: int | None = None) -> None:
    """Record that this agreement changed (its pupil, and the talks it belongs to)."""
    work.touch(
        agreements=[agreement.id],
        pupils=[agreement.pupil_id],
        talks=[t for t in (agreement.talk_id, talk_id) if t is not None],
    )


def create_agreement(
    work: Work,
    *,
    pupil_id: int,
    text: str,
    owner: str,
    due_on: dt.date | None = None,
    talk_id: int | None = None,
    created_at: dt.datetime | None = None,
) -> AgreementView:
    """Record an agreement: what, who does it (school/parents/child/other), by when."""
    what = v.required_text(text, field="text", label=N_("De afspraak"), max_length=MAX_AGREEMENT)
    who = v.one_of(owner, OWNERS, field="owner", label=N_("Wie"))
    when = created_at or work.now()
    s = work.session
    pupil = work.get_or_fail(Pupil, pupil_id, N_("Deze leerling"))
    if talk_id is not None:
        talk = work.get_or_fail(Talk, talk_id, N_("Dit gesprek"))
        if talk.pupil_id != pupil.id:
            raise ValidationError(_("Dit gesprek gaat over een andere leerling."), "talk_id")
    agreement = Agreement(
        pupil=pupil,
        talk_id=talk_id,
        text=what,
        owner=who,
        due_on=due_on,
        status=AgreementStatus.OPEN.value,
        created_at=when,
    )
    agreement.history.append(
        AgreementStatusChange(
            changed_at=when,
            status=AgreementStatus.OPEN.value,
            note="",
            talk_id=talk_id,
            kind=ChangeKind.MADE.value,
        )
    )
    s.add(agreement)
    s.flush()
    touch_agreement(work, agreement)
    return agreement_view(agreement)


def update_agreement(
    work: Work,
    agreement_id: int,
    *,
    text: str,
    owner: str,
    due_on: dt.date | None,
    record: bool = True,
) -> AgreementView:
    """Correct the wording, owner or due date; the history keeps the earlier wording.

    ``record=False`` is for a review that adds its own history entry.
    """
    what = v.required_text(text, field="text", label=N_("De afspraak"), max_length=MAX_AGREEMENT)
    who = v.one_of(owner, OWNERS, field="owner", label=N_("Wie"))
    s = work.session
    agreement = work.get_or_fail(Agreement, agreement_id, N_("Deze afspraak"))
    changed = (what, who, due_on) != (agreement.text, agreement.owner, agreement.due_on)
    if record and changed:
        agreement.history.append(
            AgreementStatusChange(
                changed_at=work.now(),
                status=agreement.status,
                note=agreement.text if what != agreement.text else "",
                talk_id=None,
                kind=ChangeKind.EDIT.value,
                due_on=due_on if due_on != agreement.due_on else None,
            )
        )
    agreement.text, agreement.owner, agreement.due_on = what, who, due_on
    s.flush()
    touch_agreement(work, agreement)
    return agreement_view(agreement)


def change_status(
    work: Work,
    agreement_id: int,
    *,
    status: str,
    note: str = "",
    talk_id: int | None = None,
    changed_at: dt.datetime | None = None,
    kind: str = "",
    due_on: dt.date | None = None,
) -> AgreementView:
    """Set a new status and add it to the history (with the talk it was reviewed in, if any).

    ``kind`` says what happened (``ChangeKind``: a review in a talk, ...); ``due_on`` records a
    new due date given at the same time.
    """
    new = v.one_of(status, STATUSES, field="status", label=N_("Status"))
    remark = v.optional_text(note, field="note", label=N_("Toelichting"), max_length=MAX_AGREEMENT)
    s = work.session
    agreement = work.get_or_fail(Agreement, agreement_id, N_("Deze afspraak"))
    if talk_id is not None:
        talk = work.get_or_fail(Talk, talk_id, N_("Dit gesprek"))
        if talk.pupil_id != agreement.pupil_id:
            raise ValidationError(_("Dit gesprek gaat over een andere leerling."), "talk_id")
    agreement.status = new
    agreement.history.append(
        AgreementStatusChange(
            changed_at=changed_at or work.now(),
            status=new,
            note=remark,
            talk_id=talk_id,
            kind=v.one_of(kind, CHANGE_KINDS, field="kind", label=N_("Soort")),
            due_on=due_on,
        )
    )
    s.flush()
    touch_agreement(work, agreement, talk_id)
    return agreement_view(agreement)


def get_agreement(work: Work, agreement_id: int) -> AgreementView:
    return agreement_view(work.get_or_fail(Agreement, agreement_id, N_("Deze afspraak")))


def agreements_of(
    work: Work,
    pupil_id: int,
    *,
    show: str = "all",
    owner: str | None = None,
    today: dt.date | None = None,
) -> list[AgreementView]:
    """A pupil's agreements: all, open, overdue, done or closed; optionally one owner's."""
    _check_filter(show)
    work.get_or_fail(Pupil, pupil_id, N_("Deze leerling"))
    rows = pupil_agreements(work, pupil_id)
    return [agreement_view(a) for a in chosen_agreements(rows, show, owner, today or work.today())]


def pupil_agreements(work: Work, pupil_id: int) -> list[Agreement]:
    """All of a pupil's agreements with their history, in one round (a pupil has tens, not
    thousands); ``chosen_agreements`` filters and orders them."""
    query = (
        select(Agreement)
        .options(selectinload(Agreement.history))
        .where(id_is(Agreement.pupil_id, pupil_id))  # no row for an id no row can have
    )
    return list(work.session.scalars(query))


def agreements_made_in(work: Work, talk_id: int) -> list[Agreement]:
    """The agreements made in a talk, oldest first, with their history."""
    query = (
        select(Agreement)
        .options(selectinload(Agreement.history))
        .where(Agreement.talk_id == talk_id)
        .order_by(Agreement.id)
    )
    return list(work.session.scalars(query))


def chosen_agreements(
    rows: Iterable[Agreement], show: str, owner: str | None, today: dt.date
) -> list[Agreement]:
    """The agreements a filter shows (``AGREEMENT_FILTERS``; ``owner``: one owner's only):
    open ones first, the soonest due first, those without a date last."""
    _check_filter(show)
    open_, done = AgreementStatus.OPEN.value, AgreementStatus.DONE.value

    def shown(a: Agreement) -> bool:
        if owner is not None and a.owner != owner:
            return False
        if show == "open":
            return a.status == open_
        if show == "overdue":
            return a.status == open_ and a.due_on is not None and a.due_on < today
        if show == "done":
            return a.status == done
        if show == "closed":
            return a.status != open_
        return True

    return sorted(
        (a for a in rows if shown(a)),
        key=lambda a: (a.status != open_, a.due_on is None, a.due_on or dt.date.min, a.id),
    )


def _check_filter(show: str) -> None:
    if show not in AGREEMENT_FILTERS:
        raise ValidationError(_("Onbekend filter '{show}'.").format(show=show), "show")


def open_agreements_of(work: Work, pupil_id: int) -> list[AgreementView]:
    """The agreements of a pupil that are still open."""
    return agreements_of(work, pupil_id, show="open")


def delete_agreement(work: Work, agreement_id: int) -> None:
    """Delete an agreement with its history (for a mistake; a real end is a status)."""
    agreement = work.get_or_fail(Agreement, agreement_id, N_("Deze afspraak"))
    touch_agreement(work, agreement)
    work.touch(talks=[h.talk_id for h in agreement.history if h.talk_id is not None])
    work.session.delete(agreement)
    work.erased = True  # its notes or words: wipe them from the index and the WAL


def open_agreement_counts(
    s: Session, pupil_ids: Collection[int], *, due_before: dt.date | None = None
) -> dict[int, int]:
    """Open agreements per pupil (only those due before a date, for "overdue"), one query."""
    if not pupil_ids:
        return {}
    query = select(Agreement.pupil_id, func.count()).where(
        Agreement.pupil_id.in_(pupil_ids), Agreement.status == AgreementStatus.OPEN.value
    )
    if due_before is not None:
        query = query.where(Agreement.due_on < due_before)
    return {pid: n for pid, n in s.execute(query.group_by(Agreement.pupil_id))}
