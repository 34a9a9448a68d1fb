"""Invitations for an evening, one per household, and the household's reply.

A household is the carers who get one letter: carers invited together to a talk share one,
unless a carer lives apart (``separate_letter``), who gets their own; brothers and sisters on
the same evening are on one letter. The reply strip comes back on paper and the teacher types it
in (``record_reply``): coming, not coming (the talks are called off and their slots shown as
free), another moment (a hint in the planner), an interpreter wanted (the carers are marked),
and the parents' own questions, which land in each talk's preparation under "Vragen van
ouders" and so in talk mode.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from parentconv.errors import ValidationError
from parentconv.i18n import N_, _
from parentconv.services import validation as v
from parentconv.services.evenings import EveningView, Slot, evenings_on, get_evening
from parentconv.services.preparation import get_preparation, save_preparation
from parentconv.services.talks import sync_prepared_status, touch_talk
from parentconv.services.views import NOT_COMING, CarerView
from parentconv.store.models import Carer, Talk, TalkStatus
from parentconv.store.work import Work
from parentconv.tips import DUTCH

REPLIES = ("coming", NOT_COMING, "moved")
MAX_QUESTIONS = 2_000


@dataclass(frozen=True)
class Household:
    """The carers who get one letter, and the evening's talks it is about (in time order)."""

    carers: tuple[CarerView, ...]
    slots: tuple[Slot, ...]

    @property
    def talk_ids(self) -> tuple[int, ...]:
        return tuple(s.talk.id for s in self.slots)

    @property
    def languages(self) -> tuple[str, ...]:
        """The home languages other than Dutch."""
        found = (c.language.strip() for c in self.carers)
        return tuple(dict.fromkeys(x for x in found if x.casefold() not in DUTCH))

    @property
    def interpreter_needed(self) -> bool:
        return any(c.interpreter_needed for c in self.carers)

    @property
    def plain_language(self) -> bool:
        return any(c.wants_plain_language for c in self.carers)

    @property
    def reply(self) -> str:
        """The reply typed in for this letter ("" while none came back)."""
        return next((s.talk.reply for s in self.slots if s.talk.reply), "")


@dataclass(frozen=True)
class EveningInvitations:
    evening: EveningView
    households: tuple[Household, ...]


@dataclass
class ReplyInput:
    """The reply strip as the teacher types it in."""

    answer: str
    """"coming", "not_coming" or "moved"."""
    moment: str = ""
    """For "moved": the moments the parents can come instead (as they wrote them)."""
    interpreter_language: str = ""
    """Filled in: an interpreter is wanted, for this language."""
    questions: str = ""
    """What the parents want to discuss and what the teacher should know, one per line."""
    talk_ids: list[int] = field(default_factory=list)


def households(slots: Sequence[Slot], *, called_off: bool = False) -> list[Household]:
    """Group the evening's talks still to come by who gets the letter (see the module's
    docstring); with ``called_off``, the talks called off are in it too."""
    gone = (
        {TalkStatus.HELD.value}
        if called_off
        else {TalkStatus.HELD.value, TalkStatus.CANCELLED.value}
    )
    live = [s for s in slots if s.talk.status not in gone]
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    carers: dict[int, CarerView] = {}
    for slot in live:
        together = [c for c in slot.carers if not c.separate_letter]
        for c in slot.carers:
            carers[c.id] = c
            find(c.id)
        for a, b in itertools.pairwise(together):
            parent[find(a.id)] = find(b.id)
    members: dict[int, list[CarerView]] = {}
    for carer_id, carer in carers.items():
        members.setdefault(find(carer_id), []).append(carer)
    result: list[Household] = []
    for group in members.values():
        ids = {c.id for c in group}
        talks = tuple(s for s in live if ids & {c.id for c in s.carers})
        result.append(Household(tuple(sorted(group, key=lambda c: c.id)), talks))
    for slot in live:  # a talk without any carer known: a letter "to the parents of …"
        if not slot.carers:
            result.append(Household((), (slot,)))
    result = [h for h in result if h.slots]
    result.sort(key=lambda h: (h.slots[0].starts_at, h.slots[0].talk.id))
    return result


def evening_invitations(
    work: Work, evening_id: int, *, called_off: bool = False
) -> EveningInvitations:
    evening = get_evening(work, evening_id)
    return EveningInvitations(evening, tuple(households(evening.slots, called_off=called_off)))


def invitations_on(work: Work, day: dt.date) -> list[EveningInvitations]:
    """The invitations of every evening on ``day``."""
    return [evening_invitations(work, e.id) for e in evenings_on(work, day)]


def household_of(work: Work, talk_id: int) -> Household:
    """The letter a talk of an evening is on (with its brothers' and sisters' talks)."""
    talk = work.get_or_fail(Talk, talk_id, N_("Dit gesprek"))
    if talk.evening_id is None:
        raise ValidationError(_("Dit gesprek hoort niet bij een gesprekkenavond."))
    for household in evening_invitations(work, talk.evening_id, called_off=True).households:
        if talk_id in household.talk_ids:
            return household
    raise ValidationError(_("Dit gesprek is al gevoerd."))


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def record_reply(work: Work, data: ReplyInput) -> tuple[int, ...]:
    """Store a household's reply for its talks; returns the talks changed."""
    v.one_of(data.answer, frozenset(REPLIES), field="answer", label=N_("Antwoord"))
    moment = v.optional_text(data.moment, field="moment", label=N_("Ander moment"))
    if data.answer == "moved" and not moment:
        raise ValidationError(
            _("Schrijf op welk moment de ouders wel kunnen (zoals op het antwoordstrookje)."),
            "moment",
        )
    language = v.optional_text(
        data.interpreter_language, field="interpreter_language", label=N_("Taal van de tolk")
    )
    questions = _lines(
        v.optional_text(
            data.questions,
            field="questions",
            label=N_("Vragen van ouders"),
            max_length=MAX_QUESTIONS,
        )
    )
    if not data.talk_ids:
        raise ValidationError(_("Kies het gesprek waar dit antwoord bij hoort."), "talk_ids")
    talks = [work.get_or_fail(Talk, i, N_("Dit gesprek")) for i in dict.fromkeys(data.talk_ids)]
    if any(t.status == TalkStatus.HELD.value for t in talks):
        raise ValidationError(_("Dit gesprek is al gevoerd."), "talk_ids")
    now = work.now()
    for talk in talks:
        talk.reply = data.answer
        talk.reply_note = moment if data.answer == "moved" else ""
        talk.replied_at = now
        if data.answer == NOT_COMING:
            talk.status = TalkStatus.CANCELLED.value
            talk.cancel_reason = NOT_COMING
        elif talk.status == TalkStatus.CANCELLED.value and talk.cancel_reason == NOT_COMING:
            talk.status = TalkStatus.PLANNED.value  # they can come after all
            talk.cancel_reason = ""
            sync_prepared_status(talk)
        touch_talk(work, talk)
    if language:
        _mark_interpreter(work, _carers_of(talks), language)
    work.session.flush()
    if questions:
        for talk in talks:
            _add_parent_questions(work, talk.id, questions)
    return tuple(t.id for t in talks)


def _carers_of(talks: Iterable[Talk]) -> list[Carer]:
    found: dict[int, Carer] = {}
    for talk in talks:
        for carer in talk.carers or talk.pupil.carers:
            found[carer.id] = carer
    return list(found.values())


def _mark_interpreter(work: Work, carers: Sequence[Carer], language: str) -> None:
    for carer in carers:
        carer.interpreter_needed = True
        if not carer.language.strip() or carer.language.strip().casefold() in DUTCH:
            carer.language = language
    work.touch(carers=[c.id for c in carers], pupils=[p.id for c in carers for p in c.pupils])


def _add_parent_questions(work: Work, talk_id: int, questions: Sequence[str]) -> None:
    """Add the parents' questions to the preparation's "Vragen van ouders" (no doubles)."""
    form = get_preparation(work, talk_id).as_input()
    form.parent_questions = list(dict.fromkeys([*form.parent_questions, *questions]))
    save_preparation(work, talk_id, form)
