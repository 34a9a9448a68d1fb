"""One unit of work: the session of one transaction, the clock, and what was touched.

Every service takes a ``Work`` first. The caller opens it (``Database.work()``), so one user
action is one transaction however many services it calls; the services record what they
change (``touch``) and the caller hands the resulting ``Changes`` to the screens.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TypeVar

from sqlalchemy import ColumnElement, false
from sqlalchemy.orm import InstrumentedAttribute, Session

from parentconv.changes import KINDS, Changes
from parentconv.clock import Clock
from parentconv.errors import NotFoundError
from parentconv.i18n import _

T = TypeVar("T")

_ROW_IDS = range(-(2**63), 2**63)  # SQLite's integers; a larger number cannot even be asked for


def is_row_id(ident: int) -> bool:
    """Whether ``ident`` could be the id of a row (``parentconv talks --pupil 99999999999999999999``
    is not: it is no pupil, and SQLite would refuse the query with an OverflowError)."""
    return ident in _ROW_IDS


def id_is(
    column: ColumnElement[int] | InstrumentedAttribute[int], ident: int
) -> ColumnElement[bool]:
    """``column == ident`` for a query, false (no row) for a number no row can have."""
    return column == ident if is_row_id(ident) else false()


class Work:
    """An open transaction with its clock; collects the ids of what changes in it."""

    def __init__(self, session: Session, clock: Clock) -> None:
        self.session = session
        self.clock = clock
        self._touched: dict[str, set[int]] = {k: set() for k in KINDS}
        self.erased = False
        """Set when personal data was deleted: after the commit, the store wipes its traces."""
        self.erased_pupils: set[int] = set()
        """Pupils deleted for good: after the commit, the backups that hold them go too."""

    def now(self) -> dt.datetime:
        return self.clock.now()

    def today(self) -> dt.date:
        return self.clock.today()

    def touch(
        self,
        *,
        groups: Iterable[int] = (),
        pupils: Iterable[int] = (),
        carers: Iterable[int] = (),
        talks: Iterable[int] = (),
        agreements: Iterable[int] = (),
        evenings: Iterable[int] = (),
        assessments: Iterable[int] = (),
    ) -> None:
        """Record ids this work changed (created, edited or deleted)."""
        for kind, ids in (
            ("groups", groups),
            ("pupils", pupils),
            ("carers", carers),
            ("talks", talks),
            ("agreements", agreements),
            ("evenings", evenings),
            ("assessments", assessments),
        ):
            self._touched[kind].update(int(i) for i in ids if i is not None)

    @property
    def changes(self) -> Changes:
        """What was touched so far."""
        return Changes(**{k: frozenset(v) for k, v in self._touched.items()})

    def get_or_fail(self, model: type[T], ident: int, what: str) -> T:
        """The row with this id, or ``NotFoundError`` saying that ``what`` no longer exists."""
        obj = self.session.get(model, ident) if is_row_id(ident) else None
        if obj is None:
            raise NotFoundError(_("{what} bestaat niet (meer).").format(what=_(what)))
        return obj
