"""The inzage as a readable PDF: the same record as the JSON, in words, on as many pages as it
takes (nothing is cut or shrunk, unlike the one-page summary).

Every column of every row in the record is printed with a label, except the ids and keys that
only say where a row belongs (``NOT_PRINTED``; the layout already shows that) and the planning
details of a whole evening. A column without a label of its own is printed under its name, so
a column added later still shows up. Private notes are printed in a marked box, labelled.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime
from sqlalchemy import Text as TextType

from parentconv.catalog import Catalog, load_catalog
from parentconv.dates import format_date, format_datetime
from parentconv.i18n import N_, translation
from parentconv.pdf.blocks import Block, Fields, Heading, Items, Text, clean
from parentconv.pdf.summary import skill_name, type_name
from parentconv.services.views import full_name
from parentconv.store.models import Base

# The label of each column, per table (Dutch; English from the core's catalog).
FIELD_LABELS: Mapping[str, Mapping[str, str]] = {
    "pupils": {
        "id": N_("Nummer in Oudergesprek"),
        "given_name": N_("Roepnaam"),
        "infix": N_("Tussenvoegsel"),
        "family_name": N_("Achternaam"),
        "date_of_birth": N_("Geboortedatum"),
        "left_on": N_("Datum van vertrek"),
        "number": N_("Leerlingnummer (administratie)"),
        "year_level": N_("Leerjaar"),
        "parents_told": N_("Wat ouders vertelden"),
        "parents_told_on": N_("Wat ouders vertelden, ingevuld op"),
    },
    "groups": {
        "name": N_("Groep"),
        "school_year": N_("Schooljaar"),
        "is_demo": N_("Demoklas"),
    },
    "carers": {
        "name": N_("Naam"),
        "relation": N_("Relatie"),
        "language": N_("Taal"),
        "interpreter_needed": N_("Tolk nodig"),
        "low_literacy": N_("Laaggeletterd"),
        "phone": N_("Telefoon"),
        "email": N_("E-mail"),
        "notes": N_("Notities"),
        "separate_letter": N_("Eigen uitnodiging (woont apart)"),
        "plain_language": N_("Verslag in eenvoudige taal"),
    },
    "pupil_carers": {},
    "talk_carers": {},
    "talks": {
        "type_key": N_("Soort gesprek"),
        "starts_at": N_("Gepland op"),
        "duration_minutes": N_("Duur in minuten"),
        "location": N_("Locatie"),
        "status": N_("Status"),
        "child_present": N_("Kind erbij"),
        "other_participants": N_("Andere aanwezigen"),
        "shared_notes": N_("Gedeelde notitie"),
        "goal_achieved": N_("Doel bereikt"),
        "two_way": N_("Tweezijdig gesprek"),
        "next_time": N_("Volgende keer"),
        "went_well": N_("Ging goed"),
        "reply": N_("Antwoord op de uitnodiging"),
        "reply_note": N_("Toelichting bij het antwoord"),
        "replied_at": N_("Antwoord ingevoerd op"),
        "slot_index": N_("Plek op de avond"),
        "slot_minutes": N_("Eigen lengte in minuten"),
        "elapsed_seconds": N_("Gesproken tijd"),
        "cancel_reason": N_("Reden van afzeggen"),
        "concern_led": N_("Vooral over zorgen"),
        "held_at": N_("Gevoerd op"),
        "created_at": N_("Aangemaakt op"),
        "updated_at": N_("Laatst gewijzigd op"),
    },
    "evenings": {
        "starts_at": N_("Gesprekkenavond"),
        "location": N_("Locatie van de avond"),
    },
    "preparations": {
        "key_message": N_("Kernboodschap"),
        "qualities": N_("Kwaliteiten"),
        "growth_opportunities": N_("Groeikansen"),
        "classroom_actions": N_("Betekenis voor jouw handelen in de klas"),
        "goals": N_("Doel van het gesprek"),
        "relational_note": N_("Relationeel aspect"),
        "expressive_keys": N_("Expressief aspect"),
        "expressive_own": N_("Expressief aspect, in eigen woorden"),
        "structure_note": N_("Opbouw gesprek"),
        "phase_minutes": N_("Minuten per fase"),
        "own_questions": N_("Jouw vragen"),
        "parent_questions": N_("Vragen van ouders"),
        "focus_skills": N_("Aandachtspunten"),
        "context_factors": N_("Aanvullende informatie"),
        "review_agreement_ids": N_("Eerdere afspraken om te bespreken"),
        "updated_at": N_("Laatst gewijzigd op"),
    },
    "checklist_ticks": {
        "step_number": N_("Stap"),
        "ticked_at": N_("Afgevinkt op"),
    },
    "talk_revisions": {
        "changed_at": N_("Gewijzigd op"),
        "field": N_("Notitie"),
        "old_text": N_("Tekst van toen"),
        "author": N_("Gewijzigd door"),
    },
    "private_notes": {
        "text": N_("Privénotitie"),
        "author": N_("Geschreven door"),
        "updated_at": N_("Gewijzigd op"),
    },
    "agreements": {
        "text": N_("Afspraak"),
        "owner": N_("Wie"),
        "due_on": N_("Uiterlijk"),
        "status": N_("Status"),
        "created_at": N_("Gemaakt op"),
    },
    "agreement_status_changes": {
        "changed_at": N_("Datum"),
        "status": N_("Status"),
        "note": N_("Toelichting"),
        "kind": N_("Wat er gebeurde"),
        "due_on": N_("Uiterlijk (nieuw)"),
    },
}

# Ids and keys that only say where a row belongs (the layout shows it: a talk's preparation is
# printed under the talk), the edit counters that catch a stale save (``version``), and an
# evening's planning settings, which are about the evening, not the pupil. All are in the JSON.
NOT_PRINTED: Mapping[str, frozenset[str]] = {
    "pupils": frozenset({"group_id"}),
    "groups": frozenset({"id"}),
    "carers": frozenset({"id"}),
    "pupil_carers": frozenset({"pupil_id", "carer_id"}),
    "talk_carers": frozenset({"talk_id", "carer_id"}),
    "talks": frozenset({"id", "pupil_id", "group_id", "evening_id", "version"}),
    "evenings": frozenset(
        {
            "id",
            "went_well",
            "next_time",
            "reflected_at",
            "ends_by",
            "slot_minutes",
            "gap_minutes",
            "break_every",
            "break_minutes",
            "created_at",
            "author",
        }
    ),
    "preparations": frozenset({"talk_id", "version"}),
    "checklist_ticks": frozenset({"talk_id"}),
    "talk_revisions": frozenset({"id", "talk_id"}),
    "private_notes": frozenset({"id", "talk_id"}),
    "agreements": frozenset({"id", "pupil_id", "talk_id"}),
    "agreement_status_changes": frozenset({"id", "agreement_id", "talk_id"}),
}

WORDS: Mapping[str, str] = {
    "title": N_("Inzage: {name}"),
    "subject": N_("Alle gegevens die Oudergesprek over een leerling bewaart (inzage)"),
    "made": N_("Gemaakt op {date} met {app}."),
    "about": N_(
        "Dit overzicht bevat alles wat Oudergesprek over deze leerling en de "
        "ouders/verzorgers bewaart. De privénotities van de leerkracht staan er ook in; ze zijn "
        "gemarkeerd met PRIVÉ. Hetzelfde staat volledig in het JSON-bestand dat erbij hoort."
    ),
    "pupil": N_("Leerling"),
    "carers": N_("Ouders/verzorgers"),
    "no_carers": N_("Geen ouders/verzorgers vastgelegd."),
    "unlinked": N_("Niet meer gekoppeld aan deze leerling (wel uitgenodigd voor een gesprek)."),
    "talks": N_("Gesprekken"),
    "no_talks": N_("Geen gesprekken vastgelegd."),
    "talk": N_("Gesprek van {date}: {type}"),
    "invited": N_("Uitgenodigd"),
    "preparation": N_("Voorbereiding"),
    "checklist": N_("Afgevinkte stappen van de checklist"),
    "revisions": N_("Eerdere versies van de notities"),
    "agreements": N_("Afspraken"),
    "no_agreements": N_("Geen afspraken vastgelegd."),
    "agreement": N_("Afspraak {n}"),
    "history": N_("Geschiedenis van de afspraak"),
    "private_label": N_("PRIVÉ:"),
    "footer_note": N_("Vertrouwelijk: persoonsgegevens – pagina {page}"),
    "yes": N_("ja"),
    "no": N_("nee"),
    "partly": N_("deels"),
    "minutes": N_("{n} min"),
    "elapsed": N_("{minutes} min {seconds} s"),
    "owner_school": N_("School"),
    "owner_parents": N_("Ouders"),
    "owner_child": N_("Kind"),
    "owner_other": N_("Anderen"),
    "status_planned": N_("gepland"),
    "status_prepared": N_("voorbereid"),
    "status_held": N_("gevoerd"),
    "status_cancelled": N_("afgezegd"),
    "status_open": N_("loopt door"),
    "status_done": N_("gedaan"),
    "status_not_achieved": N_("niet gelukt"),
    "status_dropped": N_("vervallen"),
    "reason_cancelled": N_("afgezegd"),
    "reason_no_show": N_("niet verschenen"),
    "kind_made": N_("afgesproken"),
    "kind_review": N_("besproken in een gesprek"),
    "kind_continue": N_("loopt door na een gesprek"),
    "kind_adjust": N_("aangepast in een gesprek"),
    "kind_edit": N_("achteraf verbeterd"),
    "kind_": N_("status gezet"),
}


@dataclass
class _Context:
    t: Mapping[str, str]
    catalog: Catalog
    language: str
    agreements: Mapping[int, str]

    def label(self, table: str, column: str) -> str:
        text = FIELD_LABELS.get(table, {}).get(column)
        return self.t[text] if text is not None else column


def _words(language: str) -> dict[str, str]:
    """Every label and word in ``language`` (Dutch where a translation is missing)."""
    gettext = translation(language).gettext
    texts = {text for labels in FIELD_LABELS.values() for text in labels.values()}
    out = {text: gettext(text) for text in texts}
    out.update({key: gettext(text) for key, text in WORDS.items()})
    return out


def _date(value: object, language: str) -> str:
    return format_date(dt.date.fromisoformat(str(value)), language)


def _datetime(value: object, language: str) -> str:
    return format_datetime(dt.datetime.fromisoformat(str(value)), language)


def _catalog_name(find: Callable[[str], Any], key: str) -> str:
    try:
        return str(find(key).name)
    except KeyError:
        return key


def _special(table: str, column: str, value: Any, c: _Context) -> str | list[str] | None:
    """Catalog keys and codes in words; None: nothing special, print the value as it is."""
    t, catalog = c.t, c.catalog
    key = (table, column)
    if key == ("talks", "type_key"):
        return type_name(catalog, str(value))
    if key in (
        ("talks", "status"),
        ("agreements", "status"),
        ("agreement_status_changes", "status"),
    ):
        return t.get(f"status_{value}", str(value))
    if key == ("talks", "goal_achieved"):
        return t.get(str(value), str(value))
    if key == ("talks", "cancel_reason"):
        return t.get(f"reason_{value}", str(value))
    if key == ("talks", "elapsed_seconds"):
        minutes, seconds = divmod(int(value), 60)
        return t["elapsed"].format(minutes=minutes, seconds=seconds)
    if key == ("talks", "slot_index"):
        return str(int(value) + 1)
    if key == ("agreements", "owner"):
        return t.get(f"owner_{value}", str(value))
    if key == ("agreement_status_changes", "kind"):
        return t.get(f"kind_{value}", str(value))
    if key == ("talk_revisions", "field"):
        return c.label("talks", str(value))
    if key == ("checklist_ticks", "step_number"):
        try:
            return f"{value}. {catalog.step(int(value)).text}"
        except KeyError:
            return str(value)
    if table != "preparations" or not isinstance(value, list | dict):
        return None
    if column == "goals":
        lines = []
        for goal in value:
            name = _catalog_name(catalog.goal_type, str(goal.get("key", "")))
            outcome = str(goal.get("outcome", "")).strip()
            lines.append(f"{name}: {outcome}" if outcome else name)
        return lines
    if column == "expressive_keys":
        return [_catalog_name(catalog.expressive_quality, str(k)) for k in value]
    if column == "focus_skills":
        return [skill_name(catalog, str(k)) for k in value]
    if column == "phase_minutes" and isinstance(value, dict):
        return [
            f"{_catalog_name(catalog.phase, str(k))}: {t['minutes'].format(n=n)}"
            for k, n in value.items()
        ]
    if column == "review_agreement_ids":
        return [c.agreements.get(int(i), str(i)) for i in value]
    return None


def _shown(table: str, column: str, value: Any, c: _Context) -> str | list[str]:
    special = _special(table, column, value, c)
    if special is not None:
        return special
    kind = Base.metadata.tables[table].c[column].type
    if isinstance(kind, Boolean):
        return c.t["yes"] if value else c.t["no"]
    if isinstance(kind, DateTime):
        return _datetime(value, c.language)
    if isinstance(kind, Date):
        return _date(value, c.language)
    if isinstance(value, list):
        return [str(v) for v in value]
    if isinstance(value, dict):
        return [f"{k}: {v}" for k, v in value.items()]
    return str(value)


def _is_long(table: str, column: str) -> bool:
    kind = Base.metadata.tables[table].c[column].type
    return isinstance(kind, TextType | JSON)


def row_blocks(table: str, row: Mapping[str, Any], c: _Context) -> list[Block]:
    """One row: the short values as label–value pairs, then each long text and list."""
    pairs, long = row_parts(table, row, c)
    return ([Fields(pairs)] if pairs else []) + long


def row_parts(
    table: str, row: Mapping[str, Any], c: _Context
) -> tuple[list[tuple[str, str]], list[Block]]:
    """A row's short values (label, value) and its long texts and lists, as blocks."""
    pairs: list[tuple[str, str]] = []
    long: list[Block] = []
    private = {("private_notes", "text")}
    if table == "talk_revisions" and row.get("field") == "private_notes":
        private.add(("talk_revisions", "old_text"))
    for column in Base.metadata.tables[table].columns:
        name = column.name
        value = row.get(name)
        if name in NOT_PRINTED.get(table, frozenset()) or value in (None, "", [], {}):
            continue
        shown = _shown(table, name, value, c)
        label = c.label(table, name)
        if isinstance(shown, list):
            long += [Text(label, style="sub"), Items([(line,) for line in shown])]
        elif _is_long(table, name):
            if (table, name) in private:
                marked = Text(shown, style="private", label=c.t["private_label"])
                long += [Text(label, style="sub"), marked]
            else:
                long += [Text(label, style="sub"), Text(shown)]
        else:
            pairs.append((label, shown))
    return pairs, long


def record_blocks(record: Mapping[str, Any], language: str = "nl") -> list[Block]:
    """The whole record as blocks, in reading order."""
    t = _words(language)
    catalog = load_catalog(language)
    pupil = record["pupil"]
    name = full_name(pupil["given_name"], pupil["infix"], pupil["family_name"])
    agreement_texts = {int(a["id"]): str(a["text"]) for a in record["agreements"]}
    c = _Context(t, catalog, language, agreement_texts)
    carer_names = {int(x["id"]): str(x["name"]) for x in record["carers"]}
    made = _datetime(record["made_at"], language)
    blocks: list[Block] = [
        Text(t["title"].format(name=name), style="title"),
        Text(t["made"].format(date=made, app=record["made_by"]), style="small"),
        Text(t["about"]),
        Heading(t["pupil"]),
    ]
    pairs, long = row_parts("pupils", pupil, c)
    if pupil.get("group"):
        group_pairs, group_long = row_parts("groups", pupil["group"], c)
        pairs, long = pairs + group_pairs, long + group_long
    blocks += [Fields(pairs), *long]

    blocks.append(Heading(t["carers"]))
    if not record["carers"]:
        blocks.append(Text(t["no_carers"]))
    for carer in record["carers"]:
        blocks.append(Text(clean(str(carer["name"])), style="sub"))
        blocks += row_blocks("carers", carer, c)
        if carer.get("link") is None:
            blocks.append(Text(t["unlinked"], style="small"))

    blocks.append(Heading(t["talks"]))
    if not record["talks"]:
        blocks.append(Text(t["no_talks"]))
    for talk in record["talks"]:
        blocks += _talk_blocks(talk, c, carer_names)

    blocks.append(Heading(t["agreements"]))
    if not record["agreements"]:
        blocks.append(Text(t["no_agreements"]))
    for n, agreement in enumerate(record["agreements"], 1):
        blocks.append(Text(t["agreement"].format(n=n), style="sub"))
        blocks += row_blocks("agreements", agreement, c)
        if agreement["history"]:
            blocks.append(Text(t["history"], style="sub"))
            blocks.append(Items([(_history_line(h, c),) for h in agreement["history"]]))
    return blocks


def _history_line(entry: Mapping[str, Any], c: _Context) -> str:
    parts = []
    for column in Base.metadata.tables["agreement_status_changes"].columns:
        value = entry.get(column.name)
        if column.name in NOT_PRINTED["agreement_status_changes"] or value in (None, ""):
            continue
        shown = _shown("agreement_status_changes", column.name, value, c)
        text = "; ".join(shown) if isinstance(shown, list) else shown
        parts.append(f"{c.label('agreement_status_changes', column.name)}: {text}")
    return " · ".join(parts)


def _talk_blocks(
    talk: Mapping[str, Any], c: _Context, carer_names: Mapping[int, str]
) -> list[Block]:
    t = c.t
    day = _date(str(talk["starts_at"])[:10], c.language)
    blocks: list[Block] = [
        Heading(t["talk"].format(date=day, type=type_name(c.catalog, str(talk["type_key"])))),
        *row_blocks("talks", talk, c),
    ]
    for note in talk.get("private_notes", ()):
        blocks += row_blocks("private_notes", note, c)
    if talk.get("evening"):
        blocks += row_blocks("evenings", talk["evening"], c)
    invited = [carer_names.get(int(x["carer_id"]), str(x["carer_id"])) for x in talk["carer_links"]]
    if invited:
        blocks.append(Fields([(t["invited"], ", ".join(invited))]))
    if talk.get("preparation"):
        prep = row_blocks("preparations", talk["preparation"], c)
        if prep:
            blocks += [Text(t["preparation"], style="sub"), *prep]
    if talk["checklist_steps"]:
        rows = [
            (
                f"{_shown('checklist_ticks', 'step_number', s['step_number'], c)} "
                f"({_datetime(s['ticked_at'], c.language)})",
            )
            for s in talk["checklist_steps"]
        ]
        blocks += [Text(t["checklist"], style="sub"), Items(rows, bullet="☑")]
    if talk["revisions"]:
        blocks.append(Text(t["revisions"], style="sub"))
        for revision in talk["revisions"]:
            blocks += row_blocks("talk_revisions", revision, c)
    return blocks


def render_inzage(record: Mapping[str, Any], language: str = "nl") -> bytes:
    """The record (``services.inzage.pupil_record``) as an A4 PDF of as many pages as needed."""
    from parentconv.pdf.layout import render_document

    t = _words(language)
    pupil = record["pupil"]
    name = clean(full_name(pupil["given_name"], pupil["infix"], pupil["family_name"]))
    return render_document(
        record_blocks(record, language),
        title=t["title"].format(name=name),
        subject=t["subject"],
        footer=t["title"].format(name=name),
        footer_note=t["footer_note"],
    )
