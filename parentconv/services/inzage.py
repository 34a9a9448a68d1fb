"""Inzage: everything the store holds about one pupil and their carers, for a parent's request.

A parent may ask to see what the school stores about their child and about themselves (AVG
art. 15). ``pupil_record`` gathers every row of every table that belongs to the pupil, with
all its columns read from the table itself (so a column added later is never left out);
``export_pupil`` writes it as JSON (complete, for a machine or a privacy officer) and as a
readable PDF, both 0600 like every file of the teacher's.

The private notes are in it. They are the teacher's own words about the child and are stored,
so the parent's right to see what is stored covers them; they are labelled as private notes in
both files. Leaving them out would make the inzage incomplete (the teacher may still talk the
request through with the school's privacy officer before handing the files over).

Another pupil's data is never in it: of a carer shared with a brother or sister only the link
to this pupil is given, not the other child.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Table, select

from parentconv import APP_NAME, __version__
from parentconv.atomic import write_atomically
from parentconv.errors import UserFacingError
from parentconv.filenames import safe_file_name
from parentconv.i18n import N_, _
from parentconv.services.views import full_name
from parentconv.store.models import (
    Agreement,
    AgreementStatusChange,
    Base,
    Carer,
    ChecklistTick,
    Evening,
    Group,
    Preparation,
    PrivateNote,
    Pupil,
    Talk,
    TalkRevision,
    pupil_carers,
    talk_carers,
)
from parentconv.store.work import Work

if TYPE_CHECKING:
    from parentconv.store.db import Database


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


FORMAT = "oudergesprek-inzage"
FORMAT_VERSION = 1

PUPILS = _table(Pupil)
GROUPS = _table(Group)
CARERS = _table(Carer)
TALKS = _table(Talk)
EVENINGS = _table(Evening)
PREPARATIONS = _table(Preparation)
TICKS = _table(ChecklistTick)
REVISIONS = _table(TalkRevision)
PRIVATE_NOTES = _table(PrivateNote)
AGREEMENTS = _table(Agreement)
HISTORY = _table(AgreementStatusChange)

ABOUT = N_(
    "Alles wat Oudergesprek over deze leerling en de ouders/verzorgers bewaart, "
    "gemaakt voor een verzoek om inzage."
)
ABOUT_PRIVATE = N_(
    "Ook de privénotities van de leerkracht staan erin (private_notes, en "
    "old_text bij field = private_notes): ze worden bewaard, dus ze horen bij de inzage."
)


# The teacher's look back on a whole evening may speak of other families: it is not this
# pupil's data, so it is left out (the evening's date, place and plan stay in).
EVENING_LOOK_BACK = frozenset({"went_well", "next_time", "reflected_at"})
NOT_THE_PUPILS: Mapping[str, str] = {
    "self_assessments": "the teacher's scores on themself, tied to an evening only by its date",
    "group_staff": "which teacher teaches the group (team mode): about the school's staff",
    "staff": "the teachers' logins on the school's server (team mode): about the staff",
}
"""Tables joined to the pupils' tables (through an evening) that hold nothing about a pupil."""


def json_value(value: object) -> object:
    """A stored value as JSON: dates and times in ISO 8601, everything else as it is."""
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return value


def _rows(
    work: Work, table: Table, *where: ColumnElement[bool], order: Iterable[Any] = ()
) -> list[dict[str, Any]]:
    """Every column of the matching rows (read from the table, so none is ever forgotten)."""
    query = select(table).where(*where).order_by(*order)
    return [
        {key: json_value(value) for key, value in row.items()}
        for row in work.session.execute(query).mappings()
    ]


def _one(work: Work, table: Table, *where: ColumnElement[bool]) -> dict[str, Any] | None:
    rows = _rows(work, table, *where)
    return rows[0] if rows else None


def pupil_record(work: Work, pupil_id: int) -> dict[str, Any]:
    """Everything stored about the pupil: the pupil (with the group), the carers (with the link
    to this pupil), every talk (evening slot, preparation, checklist, earlier versions of the
    notes, carers invited) and every agreement with its history. Dates are ISO 8601."""
    work.get_or_fail(Pupil, pupil_id, N_("Deze leerling"))
    pupil = _one(work, PUPILS, PUPILS.c.id == pupil_id)
    assert pupil is not None
    pupil["group"] = _one(work, GROUPS, GROUPS.c.id == pupil["group_id"])

    talks = _rows(work, TALKS, TALKS.c.pupil_id == pupil_id, order=(TALKS.c.starts_at, TALKS.c.id))
    talk_ids = [t["id"] for t in talks]
    invited = _rows(
        work,
        talk_carers,
        talk_carers.c.talk_id.in_(talk_ids),
        order=(talk_carers.c.talk_id, talk_carers.c.carer_id),
    )
    for talk in talks:
        talk_id = talk["id"]
        evening = (
            _one(work, EVENINGS, EVENINGS.c.id == talk["evening_id"])
            if talk["evening_id"] is not None
            else None
        )
        talk["evening"] = (
            {k: v for k, v in evening.items() if k not in EVENING_LOOK_BACK} if evening else None
        )
        talk["carer_links"] = [link for link in invited if link["talk_id"] == talk_id]
        talk["preparation"] = _one(work, PREPARATIONS, PREPARATIONS.c.talk_id == talk_id)
        talk["checklist_steps"] = _rows(
            work, TICKS, TICKS.c.talk_id == talk_id, order=(TICKS.c.step_number,)
        )
        talk["private_notes"] = _rows(
            work,
            PRIVATE_NOTES,
            PRIVATE_NOTES.c.talk_id == talk_id,
            order=(PRIVATE_NOTES.c.author, PRIVATE_NOTES.c.id),
        )
        talk["revisions"] = _rows(
            work,
            REVISIONS,
            REVISIONS.c.talk_id == talk_id,
            order=(REVISIONS.c.changed_at, REVISIONS.c.id),
        )

    links = _rows(
        work, pupil_carers, pupil_carers.c.pupil_id == pupil_id, order=(pupil_carers.c.carer_id,)
    )
    # The pupil's carers, and anyone invited to one of the pupil's talks who was unlinked since.
    carer_ids = list(
        dict.fromkeys([x["carer_id"] for x in links] + [x["carer_id"] for x in invited])
    )
    carers = _rows(work, CARERS, CARERS.c.id.in_(carer_ids), order=(CARERS.c.id,))
    for carer in carers:
        carer["link"] = next((x for x in links if x["carer_id"] == carer["id"]), None)

    agreements = _rows(
        work,
        AGREEMENTS,
        AGREEMENTS.c.pupil_id == pupil_id,
        order=(AGREEMENTS.c.created_at, AGREEMENTS.c.id),
    )
    for agreement in agreements:
        agreement["history"] = _rows(
            work,
            HISTORY,
            HISTORY.c.agreement_id == agreement["id"],
            order=(HISTORY.c.changed_at, HISTORY.c.id),
        )

    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "made_at": json_value(work.now()),
        "made_by": f"{APP_NAME} {__version__}",
        "about": _(ABOUT),
        "about_private_notes": _(ABOUT_PRIVATE),
        "pupil": pupil,
        "carers": carers,
        "talks": talks,
        "agreements": agreements,
    }


def record_name(record: Mapping[str, Any]) -> str:
    pupil = record["pupil"]
    return full_name(pupil["given_name"], pupil["infix"], pupil["family_name"])


def export_file_names(record: Mapping[str, Any]) -> tuple[str, str]:
    """``inzage-<name>-<date>.json`` and ``.pdf`` (safe on every system)."""
    day = str(record["made_at"])[:10]
    stem = safe_file_name("inzage", record_name(record), day, suffix="")
    return f"{stem}.json", f"{stem}.pdf"


def export_pupil(
    db_or_work: Database | Work, pupil_id: int, folder: Path, *, language: str = "nl"
) -> list[Path]:
    """Write the pupil's record as JSON and as a readable PDF into ``folder`` (made if
    missing); return the two paths. Raises ``UserFacingError`` in plain words when it cannot."""
    from parentconv.pdf.inzage import render_inzage

    if isinstance(db_or_work, Work):
        record = pupil_record(db_or_work, pupil_id)
    else:
        record = db_or_work.run(pupil_record, pupil_id)
    text = json.dumps(record, ensure_ascii=False, indent=2) + "\n"
    pdf = render_inzage(record, language)
    target = Path(folder).expanduser()
    _make_folder(target)
    json_name, pdf_name = export_file_names(record)
    written = []
    for name, data in ((json_name, text.encode("utf-8")), (pdf_name, pdf)):
        path = target / name
        try:
            written.append(write_atomically(path, data))  # 0600: shared only on purpose
        except OSError as exc:
            raise UserFacingError(_write_message(exc, path)) from exc
    return written


def _make_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise UserFacingError(
            _("Kan de inzage niet opslaan: '{folder}' is geen map. Kies een andere plek.").format(
                folder=folder
            )
        )
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise UserFacingError(_write_message(exc, folder / "x")) from exc


def _write_message(exc: OSError, path: Path) -> str:
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _(
            "Kan de inzage niet opslaan in '{folder}': je hebt daar geen schrijfrechten. "
            "Kies een andere map."
        ).format(folder=path.parent)
    if exc.errno == errno.ENOSPC:
        return _("Kan de inzage niet opslaan: de schijf is vol. Maak ruimte vrij.")
    return _("Kan de inzage niet opslaan als '{target}' ({error}).").format(
        target=path, error=exc.strerror or exc
    )
