"""The handover file (overdrachtsbestand): one group, written on one teacher's laptop and read
on the next teacher's, as versioned JSON.

``{"format": "oudergesprek-overdracht", "version": 1, "exported_at": ..., "group": {"name",
"school_year"}, "pupils": [...]}``. Each pupil carries their carers, their talks (what was
shared with the parents, never the private notes, the teacher's reflection or the
preparation) and their agreements with the whole history. A talk names the carers who came by
their place in the pupil's ``carers`` list; an agreement and a history entry name their talk by
its place in the pupil's ``talks`` list (``null``: none).

``read_handover`` checks everything before anything is planned: a damaged, cut-off, foreign or
newer file is refused with a plain Dutch message that says what is wrong.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from parentconv.atomic import NotAFileError, write_atomically
from parentconv.errors import UserFacingError, ValidationError
from parentconv.i18n import _
from parentconv.store.models import AgreementOwner, AgreementStatus, TalkStatus

FORMAT = "oudergesprek-overdracht"
VERSION = 1
MAX_BYTES = 200 * 1024 * 1024  # a whole group with years of notes is a few megabytes

# The store's limits (models.py and the services' checks).
_NAME, _INFIX, _NUMBER, _SHORT = 200, 40, 40, 80
_NOTE = 200_000
_AGREEMENT = 5000
_REPLIES = frozenset({"", "coming", "not_coming", "moved"})
_CANCEL_REASONS = frozenset({"", "cancelled", "no_show"})
_CHANGE_KINDS = frozenset({"", "made", "review", "continue", "adjust", "edit"})

T = TypeVar("T")


@dataclass(frozen=True)
class HandoverCarer:
    name: str
    relation: str = ""
    language: str = ""
    interpreter_needed: bool = False
    low_literacy: bool = False
    phone: str = ""
    email: str = ""
    notes: str = ""
    separate_letter: bool = False
    plain_language: bool = False


@dataclass(frozen=True)
class HandoverTalk:
    type_key: str
    starts_at: dt.datetime
    duration_minutes: int
    location: str = ""
    status: str = TalkStatus.PLANNED.value
    child_present: bool = False
    other_participants: str = ""
    shared_notes: str = ""
    cancel_reason: str = ""
    held_at: dt.datetime | None = None
    reply: str = ""
    reply_note: str = ""
    replied_at: dt.datetime | None = None
    carers: tuple[int, ...] = ()
    """Places in the pupil's ``carers``: who came to the talk."""


@dataclass(frozen=True)
class HandoverChange:
    changed_at: dt.datetime
    status: str
    note: str = ""
    kind: str = ""
    due_on: dt.date | None = None
    talk: int | None = None
    """Place in the pupil's ``talks``, or None."""


@dataclass(frozen=True)
class HandoverAgreement:
    text: str
    owner: str
    status: str
    created_at: dt.datetime
    due_on: dt.date | None = None
    talk: int | None = None
    """Place in the pupil's ``talks`` (the talk it was made in), or None."""
    history: tuple[HandoverChange, ...] = ()


@dataclass(frozen=True)
class HandoverPupil:
    given_name: str
    family_name: str
    infix: str = ""
    date_of_birth: dt.date | None = None
    number: str = ""
    year_level: int | None = None
    left_on: dt.date | None = None
    parents_told: str = ""
    parents_told_on: dt.date | None = None
    carers: tuple[HandoverCarer, ...] = ()
    talks: tuple[HandoverTalk, ...] = ()
    agreements: tuple[HandoverAgreement, ...] = ()


@dataclass(frozen=True)
class HandoverFile:
    exported_at: dt.datetime
    group_name: str
    school_year: str
    pupils: tuple[HandoverPupil, ...]


# --- writing -----------------------------------------------------------------------------------


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def handover_document(file: HandoverFile) -> dict[str, Any]:
    """The file as the JSON document that is written."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": _iso(file.exported_at),
        "group": {"name": file.group_name, "school_year": file.school_year},
        "pupils": [_pupil_document(p) for p in file.pupils],
    }


def handover_bytes(file: HandoverFile) -> bytes:
    """The file's bytes (UTF-8 JSON; names in any script stay readable)."""
    return json.dumps(handover_document(file), ensure_ascii=False, indent=1).encode("utf-8")


def _pupil_document(pupil: HandoverPupil) -> dict[str, Any]:
    return {
        "given_name": pupil.given_name,
        "infix": pupil.infix,
        "family_name": pupil.family_name,
        "date_of_birth": _iso(pupil.date_of_birth),
        "number": pupil.number,
        "year_level": pupil.year_level,
        "left_on": _iso(pupil.left_on),
        "parents_told": pupil.parents_told,
        "parents_told_on": _iso(pupil.parents_told_on),
        "carers": [
            {
                "name": c.name,
                "relation": c.relation,
                "language": c.language,
                "interpreter_needed": c.interpreter_needed,
                "low_literacy": c.low_literacy,
                "phone": c.phone,
                "email": c.email,
                "notes": c.notes,
                "separate_letter": c.separate_letter,
                "plain_language": c.plain_language,
            }
            for c in pupil.carers
        ],
        "talks": [
            {
                "type": t.type_key,
                "starts_at": _iso(t.starts_at),
                "duration_minutes": t.duration_minutes,
                "location": t.location,
                "status": t.status,
                "child_present": t.child_present,
                "other_participants": t.other_participants,
                "shared_notes": t.shared_notes,
                "cancel_reason": t.cancel_reason,
                "held_at": _iso(t.held_at),
                "reply": t.reply,
                "reply_note": t.reply_note,
                "replied_at": _iso(t.replied_at),
                "carers": list(t.carers),
            }
            for t in pupil.talks
        ],
        "agreements": [
            {
                "text": a.text,
                "owner": a.owner,
                "status": a.status,
                "created_at": _iso(a.created_at),
                "due_on": _iso(a.due_on),
                "talk": a.talk,
                "history": [
                    {
                        "changed_at": _iso(h.changed_at),
                        "status": h.status,
                        "note": h.note,
                        "kind": h.kind,
                        "due_on": _iso(h.due_on),
                        "talk": h.talk,
                    }
                    for h in a.history
                ],
            }
            for a in pupil.agreements
        ],
    }


def save_handover(path: Path, data: bytes) -> Path:
    """Write the file in one step (0600, like every file of the teacher's); a problem the
    teacher can solve (no such folder, no rights, a full disk) is a ``UserFacingError``."""
    target = Path(path).expanduser()
    try:
        if not target.parent.is_dir():
            raise UserFacingError(
                _(
                    "Kan het overdrachtsbestand niet opslaan: de map '{folder}' bestaat niet."
                ).format(folder=target.parent)
            )
        return write_atomically(target, data)
    except NotAFileError:
        raise
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            problem = _("de schijf is vol")
        elif isinstance(exc, PermissionError):
            problem = _("je hebt daar geen schrijfrechten")
        else:
            problem = str(exc.strerror or exc)
        raise UserFacingError(
            _("Kan het overdrachtsbestand niet opslaan als '{target}': {problem}.").format(
                target=target, problem=problem
            )
        ) from exc


def load_handover(path: Path) -> HandoverFile:
    """Read and check the handover file at ``path`` (see ``read_handover``)."""
    source = Path(path).expanduser()
    try:
        if source.is_dir():
            raise UserFacingError(_("'{name}' is een map, geen bestand.").format(name=source.name))
        if source.stat().st_size > MAX_BYTES:
            raise ValidationError(_("Dit bestand is te groot voor een overdrachtsbestand."), "file")
        data = source.read_bytes()
    except FileNotFoundError:
        raise UserFacingError(_("Het bestand '{name}' bestaat niet.").format(name=source)) from None
    except OSError as exc:
        raise UserFacingError(
            _("Kan '{name}' niet lezen: {problem}.").format(
                name=source, problem=exc.strerror or exc
            )
        ) from exc
    return read_handover(data)


# --- reading -----------------------------------------------------------------------------------


def _broken(where: str, problem: str) -> ValidationError:
    return ValidationError(
        _("Het overdrachtsbestand klopt niet: {where}: {problem}").format(
            where=where, problem=problem
        ),
        "file",
    )


class _Fields:
    """The fields of one object of the file, each checked as it is taken."""

    def __init__(self, value: object, where: str) -> None:
        if not isinstance(value, dict):
            raise _broken(where, _("dit is geen lijst van gegevens."))
        self.data: dict[str, object] = value
        self.where = where

    def _get(self, key: str, kind: type, *, required: bool = False) -> Any:
        """The value of ``key`` (None when absent or null), of type ``kind``."""
        value = self.data.get(key)
        if value is None:
            if required:
                raise _broken(self.where, _("'{key}' ontbreekt.").format(key=key))
            return None
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            raise _broken(self.where, _("'{key}' heeft een verkeerde vorm.").format(key=key))
        return value

    def text(self, key: str, limit: int, *, required: bool = False) -> str:
        value: str = self._get(key, str, required=required) or ""
        if required:
            value = value.strip()
            if not value:
                raise _broken(self.where, _("'{key}' is leeg.").format(key=key))
        if len(value) > limit:
            raise _broken(
                self.where, _("'{key}' is langer dan {limit} tekens.").format(key=key, limit=limit)
            )
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise _broken(
                self.where, _("'{key}' bevat een onvolledig teken.").format(key=key)
            ) from None
        return value

    def choice(self, key: str, allowed: frozenset[str], *, required: bool = True) -> str:
        value = self.text(key, _SHORT, required=required)
        if value not in allowed:
            raise _broken(
                self.where, _("'{key}' is onbekend: {value}.").format(key=key, value=value[:40])
            )
        return value

    def flag(self, key: str) -> bool:
        return bool(self._get(key, bool))

    def number(self, key: str, *, low: int, high: int, required: bool = False) -> int | None:
        value: int | None = self._get(key, int, required=required)
        if value is not None and not low <= value <= high:
            raise _broken(self.where, _("'{key}' is geen geldig getal.").format(key=key))
        return value

    def _parsed(self, key: str, parse: Callable[[str], T], required: bool) -> T | None:
        value: str | None = self._get(key, str, required=required)
        if not value:
            if required:
                raise _broken(self.where, _("'{key}' ontbreekt.").format(key=key))
            return None
        try:
            return parse(value)
        except ValueError:
            raise _broken(
                self.where,
                _("'{key}' is geen geldige datum: {value}.").format(key=key, value=value[:40]),
            ) from None

    def date(self, key: str) -> dt.date | None:
        return self._parsed(key, dt.date.fromisoformat, False)

    def moment(self, key: str, *, required: bool = False) -> dt.datetime | None:
        found = self._parsed(key, dt.datetime.fromisoformat, required)
        if found is not None and found.tzinfo is not None:
            found = found.replace(tzinfo=None)
        return found

    def required_moment(self, key: str) -> dt.datetime:
        found = self.moment(key, required=True)
        assert found is not None
        return found

    def items(self, key: str) -> list[object]:
        value: list[object] = self._get(key, list) or []
        return value


def _place(value: int | None, count: int, fields: _Fields, key: str) -> int | None:
    if value is not None and not 0 <= value < count:
        raise _broken(fields.where, _("'{key}' verwijst naar iets dat er niet is.").format(key=key))
    return value


def read_handover(data: bytes, *, type_keys: frozenset[str] | None = None) -> HandoverFile:
    """The handover file in ``data``, checked through; ``ValidationError`` (plain Dutch) when it
    is damaged, cut off, no handover file, or made by a newer version of the app.

    ``type_keys``: the conversation types this app knows (default: the catalog's); a talk of
    another type is refused.
    """
    if type_keys is None:
        from parentconv.services.talks import conversation_type_keys

        type_keys = conversation_type_keys()
    if len(data) > MAX_BYTES:
        raise ValidationError(_("Dit bestand is te groot voor een overdrachtsbestand."), "file")
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ValidationError(
            _(
                "Dit bestand is geen overdrachtsbestand van Oudergesprek, of het is beschadigd of "
                "niet helemaal overgekomen. Vraag de vorige leerkracht om het opnieuw te maken."
            ),
            "file",
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ValidationError(_("Dit bestand is geen overdrachtsbestand van Oudergesprek."), "file")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _broken(_("het begin"), _("de versie ontbreekt."))
    if version > VERSION:
        raise ValidationError(
            _(
                "Dit overdrachtsbestand is gemaakt met een nieuwere versie van Oudergesprek "
                "(bestandsversie {version}). Werk de app bij en lees het dan opnieuw in."
            ).format(version=version),
            "file",
        )
    top = _Fields(document, _("het begin"))
    group = _Fields(document.get("group"), _("de groep"))
    pupils = tuple(
        _read_pupil(_Fields(item, _("leerling {n}").format(n=n)), type_keys)
        for n, item in enumerate(top.items("pupils"), start=1)
    )
    return HandoverFile(
        exported_at=top.required_moment("exported_at"),
        group_name=group.text("name", _SHORT, required=True),
        school_year=group.text("school_year", 9, required=True),
        pupils=pupils,
    )


def _read_pupil(f: _Fields, type_keys: frozenset[str] | None) -> HandoverPupil:
    carers = tuple(
        _read_carer(_Fields(item, f"{f.where}, " + _("ouder/verzorger {n}").format(n=n)))
        for n, item in enumerate(f.items("carers"), start=1)
    )
    talks = tuple(
        _read_talk(
            _Fields(item, f"{f.where}, " + _("gesprek {n}").format(n=n)), len(carers), type_keys
        )
        for n, item in enumerate(f.items("talks"), start=1)
    )
    agreements = tuple(
        _read_agreement(_Fields(item, f"{f.where}, " + _("afspraak {n}").format(n=n)), len(talks))
        for n, item in enumerate(f.items("agreements"), start=1)
    )
    return HandoverPupil(
        given_name=f.text("given_name", _NAME, required=True),
        infix=f.text("infix", _INFIX),
        family_name=f.text("family_name", _NAME, required=True),
        date_of_birth=f.date("date_of_birth"),
        number=f.text("number", _NUMBER).strip(),
        year_level=f.number("year_level", low=1, high=8),
        left_on=f.date("left_on"),
        parents_told=f.text("parents_told", 20_000),
        parents_told_on=f.date("parents_told_on"),
        carers=carers,
        talks=talks,
        agreements=agreements,
    )


def _read_carer(f: _Fields) -> HandoverCarer:
    return HandoverCarer(
        name=f.text("name", _NAME, required=True),
        relation=f.text("relation", _SHORT),
        language=f.text("language", _SHORT),
        interpreter_needed=f.flag("interpreter_needed"),
        low_literacy=f.flag("low_literacy"),
        phone=f.text("phone", _NUMBER),
        email=f.text("email", _NAME),
        notes=f.text("notes", 20_000),
        separate_letter=f.flag("separate_letter"),
        plain_language=f.flag("plain_language"),
    )


def _read_talk(f: _Fields, carer_count: int, type_keys: frozenset[str] | None) -> HandoverTalk:
    type_key = f.text("type", _SHORT, required=True)
    if type_keys is not None and type_key not in type_keys:
        raise _broken(
            f.where,
            _("soort gesprek '{key}' kent deze versie van de app niet.").format(key=type_key[:40]),
        )
    carers = []
    for value in f.items("carers"):
        if not isinstance(value, int) or isinstance(value, bool):
            raise _broken(f.where, _("'{key}' heeft een verkeerde vorm.").format(key="carers"))
        place = _place(value, carer_count, f, "carers")
        if place is not None and place not in carers:
            carers.append(place)
    duration = f.number("duration_minutes", low=1, high=24 * 60, required=True)
    assert duration is not None
    return HandoverTalk(
        type_key=type_key,
        starts_at=f.required_moment("starts_at"),
        duration_minutes=duration,
        location=f.text("location", _NAME),
        status=f.choice("status", frozenset(s.value for s in TalkStatus)),
        child_present=f.flag("child_present"),
        other_participants=f.text("other_participants", _NOTE),
        shared_notes=f.text("shared_notes", _NOTE),
        cancel_reason=f.choice("cancel_reason", _CANCEL_REASONS, required=False),
        held_at=f.moment("held_at"),
        reply=f.choice("reply", _REPLIES, required=False),
        reply_note=f.text("reply_note", _NOTE),
        replied_at=f.moment("replied_at"),
        carers=tuple(carers),
    )


def _read_agreement(f: _Fields, talk_count: int) -> HandoverAgreement:
    statuses = frozenset(s.value for s in AgreementStatus)
    history = []
    for n, item in enumerate(f.items("history"), start=1):
        h = _Fields(item, f"{f.where}, " + _("stap {n}").format(n=n))
        history.append(
            HandoverChange(
                changed_at=h.required_moment("changed_at"),
                status=h.choice("status", statuses),
                note=h.text("note", _AGREEMENT),
                kind=h.choice("kind", _CHANGE_KINDS, required=False),
                due_on=h.date("due_on"),
                talk=_place(h.number("talk", low=0, high=talk_count), talk_count, h, "talk"),
            )
        )
    return HandoverAgreement(
        text=f.text("text", _AGREEMENT, required=True),
        owner=f.choice("owner", frozenset(o.value for o in AgreementOwner)),
        status=f.choice("status", statuses),
        created_at=f.required_moment("created_at"),
        due_on=f.date("due_on"),
        talk=_place(f.number("talk", low=0, high=talk_count), talk_count, f, "talk"),
        history=tuple(history),
    )
