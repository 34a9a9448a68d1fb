"""Export an evening's schedule as an iCalendar file for the teacher's own calendar.

Only what a calendar needs: the time, the pupil's name and the location. No notes, no carers'
details, no agreements: the file may end up in a cloud calendar.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar, Event

from parentconv import __version__
from parentconv.atomic import write_atomically
from parentconv.catalog import load_catalog
from parentconv.errors import UserFacingError
from parentconv.i18n import _
from parentconv.services.evenings import EveningView


def evening_calendar(evening: EveningView, language: str = "nl") -> bytes:
    """The evening as iCalendar bytes: one event per slot that has not been cancelled."""
    catalog = load_catalog(language)
    cal = Calendar()
    cal.add("prodid", f"-//Oudergesprek {__version__}//NL")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Oudergesprekken")
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    for slot in evening.slots:
        if slot.talk.status == "cancelled":
            continue
        event = Event()
        ctype = catalog.conversation_type(slot.talk.type_key).name
        event.add("uid", f"talk-{slot.talk.id}-evening-{evening.id}@oudergesprek.local")
        event.add("dtstamp", stamp)
        event.add("dtstart", slot.starts_at)  # local time, as the teacher planned it
        event.add("dtend", slot.ends_at)
        event.add("summary", f"{ctype}: {slot.talk.pupil_name}")
        if slot.talk.location or evening.location:
            event.add("location", slot.talk.location or evening.location)
        cal.add_component(event)
    return bytes(cal.to_ical())


def write_calendar(evening: EveningView, path: Path, language: str = "nl") -> Path:
    """Write the .ics atomically; a folder without permission gives a plain message."""
    target = path if path.suffix.lower() == ".ics" else path.with_suffix(".ics")
    try:
        write_atomically(target, evening_calendar(evening, language))
    except OSError as exc:
        raise UserFacingError(
            _(
                "Het agendabestand kan niet worden opgeslagen in {folder}: {error}. "
                "Kies een andere map."
            ).format(folder=target.parent, error=exc.strerror or exc)
        ) from exc
    return target
