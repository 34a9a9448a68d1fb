"""The retention period: a pupil who left is erased once the school no longer needs the data.

The rule, in school years (a school year runs from 1 August to 31 July): a pupil who left on
date L is due for erasure from 1 August of the school year that begins ``years`` whole school
years after the end of the school year in which L falls. With the default of 2: left on
1 July 2024 (school year 2023-2024, which ends 31 July 2024) → 2024-2025 and 2025-2026 pass →
due from 1 August 2026. Left on 15 August 2024 (school year 2024-2025) → due from 1 August 2027.

A pupil with no leaving date is never due. Nothing is erased without the teacher's say-so:
``due_for_erasure`` lists, ``erase_due`` erases only pupils that are due (through the pupil
delete service, which also wipes the search index and the WAL afterwards).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from parentconv.errors import ValidationError
from parentconv.i18n import _
from parentconv.services.people import delete_pupil
from parentconv.services.views import full_name, sort_key
from parentconv.settings import DEFAULT_RETENTION_YEARS, RETENTION_YEARS_RANGE
from parentconv.store.models import Pupil
from parentconv.store.work import Work

DEFAULT_YEARS = DEFAULT_RETENTION_YEARS  # the setting's default (settings.json)
MIN_YEARS, MAX_YEARS = RETENTION_YEARS_RANGE[0], RETENTION_YEARS_RANGE[-1]
SCHOOL_YEAR_STARTS = (8, 1)  # 1 August


@dataclass(frozen=True)
class DueForErasure:
    """A pupil whose retention period is over."""

    pupil_id: int
    name: str
    group_name: str
    school_year: str
    left_on: dt.date
    due_since: dt.date


def check_years(years: int) -> int:
    """The number of school years to keep, or a ``ValidationError`` in plain words."""
    if isinstance(years, bool) or not isinstance(years, int) or not MIN_YEARS <= years <= MAX_YEARS:
        raise ValidationError(
            _("De bewaartermijn moet tussen {low} en {high} schooljaren liggen.").format(
                low=MIN_YEARS, high=MAX_YEARS
            ),
            "years",
        )
    return years


def due_from(left_on: dt.date, years: int = DEFAULT_YEARS) -> dt.date | None:
    """The first day a pupil who left on ``left_on`` is due for erasure (None: beyond 9999)."""
    month, day = SCHOOL_YEAR_STARTS
    school_year_start = (
        left_on.year if (left_on.month, left_on.day) >= (month, day) else (left_on.year - 1)
    )
    # That school year ends on 31 July of start + 1; ``years`` more school years follow it.
    year = school_year_start + 1 + years
    if year > dt.MAXYEAR:
        return None
    return dt.date(year, month, day)


def is_due(left_on: dt.date | None, today: dt.date, years: int = DEFAULT_YEARS) -> bool:
    if left_on is None:
        return False
    since = due_from(left_on, years)
    return since is not None and today >= since


def due_for_erasure(work: Work, years: int = DEFAULT_YEARS) -> list[DueForErasure]:
    """The pupils who left and whose retention period is over, longest due first."""
    years = check_years(years)
    today = work.today()
    query = select(Pupil).where(Pupil.left_on.is_not(None)).options(selectinload(Pupil.group))
    due = []
    for pupil in work.session.scalars(query):
        assert pupil.left_on is not None
        since = due_from(pupil.left_on, years)
        if since is None or today < since:
            continue
        due.append(
            (
                (since, sort_key(pupil.given_name, pupil.family_name), pupil.id),
                DueForErasure(
                    pupil_id=pupil.id,
                    name=full_name(pupil.given_name, pupil.infix, pupil.family_name),
                    group_name=pupil.group.name,
                    school_year=pupil.group.school_year,
                    left_on=pupil.left_on,
                    due_since=since,
                ),
            )
        )
    return [row for _key, row in sorted(due, key=lambda pair: pair[0])]


def erase_due(
    work: Work, pupil_ids: Iterable[int], *, years: int = DEFAULT_YEARS
) -> list[DueForErasure]:
    """Erase these pupils (the teacher checked the list) with everything recorded about them.

    Only pupils that are due are erased: an id that is not (any more) due is refused, and then
    nothing at all is erased. Returns who was erased.
    """
    due = {row.pupil_id: row for row in due_for_erasure(work, years)}
    wanted = list(dict.fromkeys(int(i) for i in pupil_ids))
    not_due = [i for i in wanted if i not in due]
    if not_due:
        raise ValidationError(
            _(
                "Leerling {pupil_id} is niet aan de beurt om te worden verwijderd; "
                "er is niets verwijderd."
            ).format(pupil_id=not_due[0]),
            "pupil_ids",
        )
    for pupil_id in wanted:
        delete_pupil(work, pupil_id)
    return [due[i] for i in wanted]
