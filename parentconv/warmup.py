"""Pay the first-use costs of the evening's paths beside the window, not in the teacher's click.

The first time a process runs a query shape, SQLAlchemy compiles it (about 20 ms for the
talk's context with its eager loads); the first PDF imports ReportLab and parses the two
fonts (about 120 ms). Paid inside a click, they are the UI's largest stalls: opening the first
preparation, starting talk mode, the first print. ``warm_up`` runs those paths once, reading
only, on the talk the teacher is most likely to open next, so the compiled statements are in
the engine's cache and ReportLab is loaded when the teacher gets there.

It writes nothing: every service it calls only reads, and the PDF it lays out is dropped.
It runs on the UI thread in small pieces while the loop is idle, not on a worker: with the
GIL shared, a worker halves the speed of whatever the teacher does meanwhile.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Generator

from sqlalchemy import select

from parentconv.store.db import Database
from parentconv.store.models import Talk, TalkStatus
from parentconv.store.work import Work

log = logging.getLogger(__name__)


def likely_talk(work: Work) -> tuple[int, int | None, int] | None:
    """The id, evening and pupil of the first talk still to come (else the latest talk), if any."""
    s = work.session
    start = dt.datetime.combine(work.today(), dt.time.min)
    open_statuses = [TalkStatus.PLANNED.value, TalkStatus.PREPARED.value]
    row = s.execute(
        select(Talk.id, Talk.evening_id, Talk.pupil_id)
        .where(Talk.starts_at >= start, Talk.status.in_(open_statuses))
        .order_by(Talk.starts_at, Talk.id)
        .limit(1)
    ).first()
    if row is None:
        row = s.execute(
            select(Talk.id, Talk.evening_id, Talk.pupil_id).order_by(Talk.starts_at.desc()).limit(1)
        ).first()
    return (int(row[0]), row[1], int(row[2])) if row is not None else None


def warm_up_steps(db: Database, language: str) -> Generator[str, None, None]:
    """The warm-up in pieces of at most a few tens of milliseconds: the caller runs one piece
    per turn of its event loop (``next()``), so a key typed meanwhile waits for one piece at
    most. Each piece yields its name when done."""
    import importlib

    found = db.run(likely_talk)
    yield "likely talk"
    if found is not None:
        from parentconv.services import evenings, preparation, talk_mode, talks

        talk_id, evening_id, pupil_id = found
        db.run(talks.upcoming_talk, pupil_id)
        yield "upcoming talk"
        db.run(preparation.context_and_preparation, talk_id)
        yield "preparation"
        db.run(talk_mode.talk_details, talk_id)
        yield "talk details"
        db.run(evenings.next_slot, talk_id)
        yield "next slot"
        if evening_id is not None:
            db.run(evenings.get_evening, evening_id)
            yield "evening"
    from parentconv.tips import load_tips

    load_tips(language)  # read and checked in both languages: the preparation shows them
    yield "tips"
    # then the PDF machinery (pieces up to ~45 ms), needed only for the first print
    for module in ("reportlab.pdfbase.ttfonts", "reportlab.pdfgen.canvas"):
        importlib.import_module(module)
        yield module
    from parentconv.pdf import fonts

    for name in fonts.FILES:
        fonts.font(name)
        yield name
    fonts.register_fonts()
    yield "fonts registered"
    for module in (
        # what platypus needs, before platypus itself (its package imports all of it at once)
        "reportlab.lib.colors",
        "reportlab.lib.styles",
        "reportlab.lib.textsplit",
        "reportlab.lib.rl_safe_eval",
        "reportlab.platypus.paraparser",
        "reportlab.platypus.flowables",
        "reportlab.platypus.paragraph",
        "parentconv.pdf.layout",
    ):
        importlib.import_module(module)
        yield module
    if found is not None:
        from parentconv.pdf.summary import render_talk_summary

        db.run(render_talk_summary, found[0], language=language)
        yield "summary"


def warm_up(db: Database, language: str) -> int:
    """All of the warm-up at once (for a command or a test); how many pieces ran. A failure
    ends it quietly: the real call will meet it and show it."""
    done = 0
    try:
        for _piece in warm_up_steps(db, language):
            done += 1
    except Exception:
        log.debug("warm-up stopped after %d pieces", done, exc_info=True)
    return done
