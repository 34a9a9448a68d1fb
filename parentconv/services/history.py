"""Looking back: a pupil's timeline, agreements with their trail, the group overview, search."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import selectinload

from parentconv.dates import school_year_of
from parentconv.errors import NotFoundError
from parentconv.i18n import N_, _
from parentconv.services.agreements import (
    agreement_view,
    chosen_agreements,
    open_agreement_counts,
    pupil_agreements,
)
from parentconv.services.people import carer_view, pupil_view, pupil_with_carers
from parentconv.services.preparation import (
    PreparationView,
    loaded_with_preparation,
    outcome_line,
    preparation_of,
)
from parentconv.services.talks import TALK_LOADS, TALK_LOADS_OF_A_PUPIL, talk_view, touch_talk
from parentconv.services.views import (
    AgreementView,
    CarerView,
    PupilView,
    StatusChangeView,
    TalkRevisionView,
    TalkView,
)
from parentconv.store.models import (
    Agreement,
    ChangeKind,
    Pupil,
    Talk,
    TalkStatus,
)
from parentconv.store.work import Work, id_is
from parentconv.text import fold

MAX_QUERY = 1000
MAX_RESULTS = 200
# Words that mark a talk as being about concerns when nothing positive was noted.
CONCERN_WORDS = re.compile(
    r"\b(zorg|zorgen|zorgelijk|moeite|problee?m\w*|achterstand|gedrag|ruzie|pesten|"
    r"concern\w*|worr\w*|problem\w*)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class TimelineEntry:
    talk: TalkView
    goal_keys: tuple[str, ...]
    outcome: str
    concern_led: bool
    concern_marked_by_teacher: bool
    agreements_made: int


@dataclass(frozen=True)
class Timeline:
    pupil: PupilView
    carers: tuple[CarerView, ...]
    entries: tuple[TimelineEntry, ...]


@dataclass(frozen=True)
class TalkRecord:
    """One talk, read-only, with what it carried forward and what it picked up."""

    talk: TalkView
    preparation: PreparationView
    made: tuple[AgreementView, ...]
    reviewed: tuple[tuple[AgreementView, StatusChangeView], ...]
    concern_led: bool
    revisions: tuple[TalkRevisionView, ...] = ()


@dataclass(frozen=True)
class AgreementTrail:
    agreement: AgreementView
    made_in: TalkView | None
    reviewed_in: tuple[tuple[TalkView, StatusChangeView], ...]


@dataclass(frozen=True)
class PupilWindow:
    """What the pupil's history window shows at once: the timeline with one talk's record,
    the agreements under the window's filter with one agreement's trail."""

    timeline: Timeline
    record: TalkRecord | None
    """Of the talk asked for when it is in the timeline, else of the newest; None without talks."""
    agreements: tuple[AgreementView, ...]
    trail: AgreementTrail | None
    """Of the agreement asked for when the filter shows it, else of the first one shown."""


@dataclass(frozen=True)
class OverviewRow:
    pupil: PupilView
    last_contact: dt.date | None
    talks_this_year: int
    open_agreements: int
    overdue_agreements: int
    no_contact_this_year: bool
    only_concerns: bool


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "pupil", "talk" or "agreement"
    ref_id: int
    snippet: str


@dataclass(frozen=True)
class SearchGroup:
    pupil: PupilView
    hits: tuple[SearchHit, ...]


# --- the concern-led signal --------------------------------------------------------------------


def derived_concern_led(talk: Talk) -> bool:
    """A care talk, or one with nothing positive noted and growth points or worried words."""
    if talk.type_key == "care":
        return True
    prep = talk.preparation
    qualities = bool(prep and prep.qualities)
    if qualities:
        return False
    growth = bool(prep and prep.growth_opportunities)
    words = " ".join([talk.shared_notes, talk.next_time, prep.key_message if prep else ""])
    return growth or bool(CONCERN_WORDS.search(words))


def concern_led(talk: Talk) -> bool:
    return talk.concern_led if talk.concern_led is not None else derived_concern_led(talk)


def set_concern_mark(work: Work, talk_id: int, marked: bool | None) -> None:
    """The teacher corrects the signal (True/False), or hands it back to the app (None)."""
    talk = work.get_or_fail(Talk, talk_id, N_("Dit gesprek"))
    talk.concern_led = marked
    touch_talk(work, talk)


# --- the pupil ---------------------------------------------------------------------------------


def pupil_timeline(work: Work, pupil_id: int) -> Timeline:
    """All the pupil's talks, newest first, with goal(s), outcome and signal; carers on top."""
    return _timeline(work, pupil_id, pupil_agreements(work, pupil_id))[0]


def _timeline(
    work: Work, pupil_id: int, agreements: Sequence[Agreement]
) -> tuple[Timeline, dict[int, Talk]]:
    """The timeline and its talks, loaded with what a talk record shows of them;
    ``agreements``: all of the pupil's (``pupil_agreements``)."""
    s = work.session
    pupil = pupil_with_carers(work, pupil_id)
    rows = s.scalars(
        select(Talk)
        .options(*TALK_LOADS_OF_A_PUPIL)  # the pupil is loaded: each talk finds it in the session
        .where(Talk.pupil_id == pupil_id)
        .order_by(Talk.starts_at.desc(), Talk.id.desc())
    ).all()
    made = Counter(a.talk_id for a in agreements)
    entries = tuple(
        TimelineEntry(
            talk=talk_view(t),
            goal_keys=tuple(g["key"] for g in t.preparation.goals) if t.preparation else (),
            outcome=outcome_line(t),
            concern_led=concern_led(t),
            concern_marked_by_teacher=t.concern_led is not None,
            agreements_made=int(made.get(t.id, 0)),
        )
        for t in rows
    )
    timeline = Timeline(
        pupil=pupil_view(pupil),
        carers=tuple(carer_view(c) for c in sorted(pupil.carers, key=lambda c: c.id)),
        entries=entries,
    )
    return timeline, {t.id: t for t in rows}


def talk_record(work: Work, talk_id: int) -> TalkRecord:
    """A talk as it was: preparation, notes, agreements made and earlier ones reviewed."""
    talk, preparation = loaded_with_preparation(work, talk_id)
    return _record(talk, preparation, pupil_agreements(work, talk.pupil_id))


def _record(
    talk: Talk, preparation: PreparationView, agreements: Sequence[Agreement]
) -> TalkRecord:
    """``agreements``: all of the pupil's with their history (``pupil_agreements``); an
    agreement, and each review of it, is in a talk of its own pupil (services/agreements)."""
    talk_id = talk.id
    made = sorted((a for a in agreements if a.talk_id == talk_id), key=lambda a: a.id)
    changes = sorted(
        (h for a in agreements for h in a.history if h.talk_id == talk_id),
        key=lambda h: h.id,
    )
    reviewed: list[tuple[AgreementView, StatusChangeView]] = []
    for change in changes:
        agreement = change.agreement
        if change.kind == ChangeKind.MADE.value:
            continue  # the "made here" entry
        view = agreement_view(agreement)
        entry = next(h for h in view.history if h.id == change.id)
        reviewed.append((view, entry))
    return TalkRecord(
        talk=talk_view(talk),
        preparation=preparation,
        made=tuple(agreement_view(a) for a in made),
        reviewed=tuple(reviewed),
        concern_led=concern_led(talk),
        revisions=tuple(
            TalkRevisionView(r.id, r.changed_at, r.field, r.old_text) for r in talk.revisions
        ),
    )


def pupil_window(
    work: Work,
    pupil_id: int,
    *,
    talk_id: int | None = None,
    agreement_id: int | None = None,
    show: str = "all",
    owner: str | None = None,
    today: dt.date | None = None,
) -> PupilWindow:
    """The history window's content in one unit of work (on a school's server one transaction,
    where the window's separate reads were six): the pupil's agreements are read once for the
    list, the counts and the record, and the talks the timeline loads serve the record and the
    trail as well."""
    everything = pupil_agreements(work, pupil_id)
    rows = chosen_agreements(everything, show, owner, today or work.today())
    timeline, talks = _timeline(work, pupil_id, everything)
    talk_ids = [e.talk.id for e in timeline.entries]
    chosen_talk = talk_id if talk_id in talks else next(iter(talk_ids), None)
    record = None
    if chosen_talk is not None:
        talk = talks[chosen_talk]
        record = _record(talk, preparation_of(talk), everything)
    chosen = next((a for a in rows if a.id == agreement_id), next(iter(rows), None))
    trail = _trail(work, chosen, talks) if chosen is not None else None
    return PupilWindow(timeline, record, tuple(agreement_view(a) for a in rows), trail)


def agreement_trail(work: Work, agreement_id: int) -> AgreementTrail:
    """Where an agreement was made and every talk in which it was reviewed."""
    s = work.session
    agreement = s.scalars(
        select(Agreement)
        .options(selectinload(Agreement.history))
        .where(id_is(Agreement.id, agreement_id))
    ).first()
    if agreement is None:
        raise NotFoundError(_("Deze afspraak bestaat niet (meer)."))
    return _trail(work, agreement, {})


def _trail(work: Work, agreement: Agreement, known: dict[int, Talk]) -> AgreementTrail:
    """``known``: talks this unit of work loaded already (with ``TALK_LOADS``)."""
    view = agreement_view(agreement)
    talk_ids = {h.talk_id for h in view.history if h.talk_id is not None}
    if agreement.talk_id is not None:
        talk_ids.add(agreement.talk_id)
    loaded = {i: known[i] for i in talk_ids if i in known}
    missing = talk_ids - loaded.keys()
    if missing:
        query = select(Talk).options(*TALK_LOADS).where(Talk.id.in_(missing))
        loaded.update((t.id, t) for t in work.session.scalars(query))
    talks = {i: talk_view(t) for i, t in loaded.items()}
    made_in = talks.get(agreement.talk_id) if agreement.talk_id is not None else None
    reviewed = tuple(
        (talks[h.talk_id], h)
        for h in view.history
        if h.talk_id is not None and h.talk_id != agreement.talk_id and h.talk_id in talks
    )
    return AgreementTrail(agreement=view, made_in=made_in, reviewed_in=reviewed)


# --- the group ---------------------------------------------------------------------------------


def group_overview(work: Work, group_id: int, today: dt.date | None = None) -> list[OverviewRow]:
    """Per pupil: last contact, talks this school year, open and overdue agreements, signals."""
    today = today or work.today()
    year = school_year_of(today)
    year_start = dt.datetime(int(year[:4]), 8, 1)
    now = dt.datetime.combine(today, dt.time.max)
    held = TalkStatus.HELD.value
    s = work.session
    pupils = s.scalars(
        select(Pupil).options(selectinload(Pupil.group)).where(Pupil.group_id == group_id)
    ).all()
    ids = [p.id for p in pupils]
    if not ids:
        return []
    # A talk counts on the day it was held, which may be before its planned date.
    happened = func.coalesce(Talk.held_at, Talk.starts_at)
    last = dict(
        s.execute(
            select(Talk.pupil_id, func.max(happened))
            .where(Talk.pupil_id.in_(ids), Talk.status == held, happened <= now)
            .group_by(Talk.pupil_id)
        ).all()
    )
    year_talks = s.scalars(
        select(Talk)
        .options(selectinload(Talk.preparation))
        .where(
            Talk.pupil_id.in_(ids),
            Talk.status == held,
            happened >= year_start,
            happened <= now,
        )
    ).all()
    by_pupil: dict[int, list[Talk]] = {}
    for t in year_talks:
        by_pupil.setdefault(t.pupil_id, []).append(t)
    open_counts = open_agreement_counts(s, ids)
    overdue_counts = open_agreement_counts(s, ids, due_before=today)
    rows = []
    for p in pupils:
        talks_now = by_pupil.get(p.id, [])
        last_contact = last.get(p.id)
        rows.append(
            OverviewRow(
                pupil=pupil_view(p),
                last_contact=last_contact.date() if last_contact else None,
                talks_this_year=len(talks_now),
                open_agreements=int(open_counts.get(p.id, 0)),
                overdue_agreements=int(overdue_counts.get(p.id, 0)),
                no_contact_this_year=not talks_now,
                only_concerns=bool(talks_now) and all(concern_led(t) for t in talks_now),
            )
        )
    rows.sort(key=lambda r: r.pupil.sort_key)
    return rows


# --- search ------------------------------------------------------------------------------------


def _search_words(raw: str) -> list[str]:
    """The words typed (at most 20): quotes, ``*``, ``OR``, brackets and the like are just
    characters to ignore, so search syntax never reaches the teacher as an error."""
    words = re.findall(r"\w+", raw[:MAX_QUERY], flags=re.UNICODE)
    return [w for w in words if w.strip("_")][:20]


def fts_query(raw: str) -> str | None:
    """Turn what the teacher typed into a safe FTS5 query: words, each a quoted prefix, ANDed."""
    words = _search_words(raw)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


# On PostgreSQL (team mode) the same search with full-text search (migrations 0011, 0012): the
# three texts FTS5 indexes on SQLite, each through the function its GIN index is built on. A
# talk's text includes this teacher's own private note (row-level security hides the others';
# the owner of the tables is not bound by it, hence ``author = current_user``). The talks are
# first found by any word in either index, then every word must be in their whole text.
_OWN_NOTE = "n.author = current_user"
_PG_SEARCH = (
    "WITH q AS (SELECT to_tsquery('simple', :q) AS query, to_tsquery('simple', :any) AS anyword),"
    " talk_text AS (SELECT t.id, t.pupil_id, t.shared_notes || ' ' || coalesce((SELECT"
    f" string_agg(n.text, ' ') FROM private_notes n WHERE n.talk_id = t.id AND {_OWN_NOTE}), '')"
    " || ' ' || t.next_time AS body FROM talks t, q"
    " WHERE pc_search_text(t.shared_notes || ' ' || t.next_time) @@ q.anyword"
    " OR t.id IN (SELECT n.talk_id FROM private_notes n"
    f" WHERE {_OWN_NOTE} AND pc_search_text(n.text) @@ q.anyword))"
    " SELECT kind, ref_id, pupil_id, body FROM ("
    " SELECT 'pupil' AS kind, id AS ref_id, id AS pupil_id,"
    " given_name || ' ' || infix || ' ' || family_name AS body, 2 AS rank FROM pupils, q"
    " WHERE pc_search_text(given_name || ' ' || infix || ' ' || family_name) @@ q.query"
    " UNION ALL SELECT 'talk', id, pupil_id, body, 1 FROM talk_text, q"
    " WHERE pc_search_text(body) @@ q.query"
    " UNION ALL SELECT 'agreement', id, pupil_id, text, 1 FROM agreements, q"
    " WHERE pc_search_text(text) @@ q.query"
    ") AS found ORDER BY rank DESC, ref_id DESC LIMIT :n"
)


def _pg_query(raw: str) -> tuple[str, str, list[str]] | None:
    """A tsquery of every word typed as a prefix (``zoe:* & lees:*``), one of any of them
    (``zoe:* | lees:*``), and the words."""
    words = [fold(w) for w in _search_words(raw)]
    if not words:
        return None
    prefixes = [f"{w}:*" for w in words]
    return " & ".join(prefixes), " | ".join(prefixes), words


def _snippet(body: str, words: list[str], width: int = 80) -> str:
    """The part of ``body`` around the first word found, the word in brackets (as FTS5 does)."""
    folded = fold(body)
    at = min((i for w in words if (i := folded.find(w)) >= 0), default=0)
    start = max(0, at - width // 3)
    end = min(len(body), start + width)
    word_end = at + next((len(w) for w in words if folded.startswith(w, at)), 0)
    while word_end < len(body) and (body[word_end].isalnum()):
        word_end += 1
    marked = body[start:at] + "[" + body[at:word_end] + "]" + body[word_end:end]
    return ("…" if start else "") + marked + ("…" if end < len(body) else "")


def _pg_rows(work: Work, raw: str, limit: int) -> list[tuple[str, int, int, str]]:
    parsed = _pg_query(raw)
    if parsed is None:
        return []
    query, any_word, words = parsed
    rows = work.session.execute(text(_PG_SEARCH), {"q": query, "any": any_word, "n": limit}).all()
    return [(str(k), int(r), int(p), _snippet(str(b), words)) for k, r, p, b in rows]


def search(work: Work, raw: str, *, limit: int = MAX_RESULTS) -> list[SearchGroup]:
    """Pupils, notes and agreements matching every word typed, grouped by pupil."""
    s = work.session
    if s.get_bind().dialect.name == "postgresql":
        rows: Sequence[Any] = _pg_rows(work, raw, limit)
    else:
        query = fts_query(raw)
        if query is None:
            return []
        rows = s.execute(
            text(
                "SELECT kind, ref_id, pupil_id, snippet(search_fts, 3, '[', ']', '…', 12) "
                # Newest first, not by rank: ranking would score every match of a common
                # word before keeping the first ones; newest-first stops at the limit.
                "FROM search_fts WHERE search_fts MATCH :q ORDER BY rowid DESC LIMIT :n"
            ),
            {"q": query, "n": limit},
        ).all()
    pupil_ids = list(dict.fromkeys(int(r[2]) for r in rows))
    pupils = {
        p.id: pupil_view(p)
        for p in s.scalars(
            select(Pupil).options(selectinload(Pupil.group)).where(Pupil.id.in_(pupil_ids))
        )
    }
    grouped: dict[int, list[SearchHit]] = {}
    for kind, ref_id, pupil_id, snippet in rows:
        grouped.setdefault(int(pupil_id), []).append(
            SearchHit(str(kind), int(ref_id), " ".join(str(snippet).split()))
        )
    groups = [
        SearchGroup(pupils[pid], tuple(sorted(grouped[pid], key=lambda h: h.kind != "pupil")))
        for pid in pupil_ids
        if pid in pupils
    ]
    # Pupils whose name matches come first; then the most recent texts.
    return sorted(groups, key=lambda g: g.hits[0].kind != "pupil")
