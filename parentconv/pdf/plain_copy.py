"""The parents' copy in plain language: short sentences at level B1 or simpler, on one page.

For a household that asked for it, or where a carer reads with difficulty (``CarerView.
wants_plain_language``): a larger font with room between the lines, the agreements as
"Wat school doet / Wat u thuis doet / Wat {kind} doet", each group with a small pictogram
(a school, a house, a child), dates written in full, and none of the preparation's words
(goals, key message, the communication model) nor the teacher's private notes, ever.

It stays one page: the shared notes are cut first, then the lists, the agreements last; what
is cut ends with "… (zie het volledige verslag)". The layout is in ``plain_layout`` (the only
part that needs ReportLab, imported when the page is drawn).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from parentconv.dates import format_date_long
from parentconv.pdf.blocks import Heading, Items, Page, Text, clean
from parentconv.pdf.labels import labels
from parentconv.services.talk_mode import TalkDetails
from parentconv.services.views import AgreementView

OWNERS = ("school", "parents", "child", "other")

# How early a block is cut when the page is full (0: never).
KEEP, NOTES, LISTS, AGREEMENTS = 0, 1, 2, 3


@dataclass
class GroupHeading:
    """A group's heading ("Wat u thuis doet") with its pictogram (school, parents, child,
    other)."""

    owner: str
    text: str


PlainBlock = Heading | Text | Items | GroupHeading


@dataclass
class Entry:
    """A block; ``cut_order``: when it may be shortened (``KEEP``: never); ``drop_order``:
    when its section (heading and content) may be left out as a last resort (0: never);
    ``if_dropped``: shown only when something was left out."""

    block: PlainBlock
    cut_order: int = KEEP
    drop_order: int = 0
    if_dropped: bool = False


def wants_plain(view: TalkDetails) -> bool:
    """Whether this household gets the plain-language copy: a carer invited to the talk asked
    for it or reads with difficulty."""
    from parentconv.pdf.summary import carers_present

    return any(c.wants_plain_language for c in carers_present(view))


def long_day(day: dt.date, talk_day: dt.date, language: str) -> str:
    """``dinsdag 15 december``; with the year when it is not the talk's year."""
    text = format_date_long(day, language)
    if day.year == talk_day.year:
        text = text.rsplit(" ", 1)[0]
    return text


def _agreement_rows(
    agreements: Sequence[AgreementView], talk_day: dt.date, t: Mapping[str, str], language: str
) -> list[tuple[str, ...]]:
    return [
        (
            a.text,
            t["parents_plain_due"].format(date=long_day(a.due_on, talk_day, language))
            if a.due_on
            else "",
        )
        for a in agreements
    ]


def _status(value: str, t: Mapping[str, str]) -> str:
    return t.get(f"parents_plain_{value}", t.get(f"agreement_{value}", value))


def plain_entries(view: TalkDetails, language: str = "nl") -> list[Entry]:
    """What the plain-language copy says, in order, each with when it may be cut."""
    from parentconv.pdf.summary import carer_line, carers_present, status_in_talk

    t = labels(language)
    talk, prep, pupil = view.talk, view.preparation, view.pupil
    given = pupil.given_name
    talk_day = talk.starts_at.date()
    names = [carer_line(c, t, interpreter=False) for c in carers_present(view)]
    if talk.child_present:
        names.append(given)
    if talk.other_participants.strip():
        names.append(talk.other_participants)
    intro = t["parents_plain_intro"].format(
        date=format_date_long(talk.happened_on, language),
        time=talk.starts_at.strftime("%H.%M" if language == "nl" else "%H:%M"),  # as letters
        name=pupil.name,
    )
    if pupil.group_name.strip():
        intro += " " + t["parents_plain_group"].format(name=given, group=pupil.group_name)
    entries = [
        Entry(Text(t["parents_plain_title"].format(name=given), style="title", shrinkable=False)),
        Entry(Text(intro, style="lead", shrinkable=False)),
    ]
    if names:
        present = t["parents_plain_present"].format(names=", ".join(clean(n) for n in names))
        entries.append(Entry(Text(present, shrinkable=False)))
    cut = t["parents_plain_cut"]
    # Left out last to first when even cutting is not enough: the notes, what to learn, the
    # agreements of last time, what the child is good at.
    for title, values, drop in (
        (t["parents_plain_qualities"], prep.qualities, 4),
        (t["parents_plain_growth"], prep.growth_opportunities, 2),
    ):
        if values:
            items = Items([(v,) for v in values], more=t["parents_plain_more"], marker=cut)
            entries += [
                Entry(Heading(title.format(name=given)), drop_order=drop),
                Entry(items, LISTS, drop),
            ]
    entries.append(Entry(Heading(t["parents_plain_agreements"])))
    titles = {
        "school": t["parents_school"],
        "parents": t["parents_home"],
        "child": t["parents_child"].format(name=given),
        "other": t["parents_plain_other"],
    }
    made = False
    for owner in OWNERS:
        mine = [a for a in view.made_here if a.owner == owner]
        if not mine:
            continue
        made = True
        rows = _agreement_rows(mine, talk_day, t, language)
        entries += [
            Entry(GroupHeading(owner, titles[owner])),
            Entry(Items(rows, more=t["parents_plain_more_agreements"], marker=cut), AGREEMENTS),
        ]
    if not made:
        entries.append(Entry(Text(t["parents_plain_no_agreements"], shrinkable=False)))
    reviewed = [
        (a.text, _status(found[0], t))
        for a in view.to_review
        if (found := status_in_talk(a, talk.id)) is not None
    ]
    if reviewed:
        entries += [
            Entry(Heading(t["parents_plain_reviewed"]), drop_order=3),
            Entry(Items(reviewed, more=t["parents_plain_more_agreements"], marker=cut), LISTS, 3),
        ]
    if talk.shared_notes.strip():
        entries += [
            Entry(Heading(t["parents_plain_notes"]), drop_order=1),
            Entry(Text(talk.shared_notes, marker=cut), NOTES, 1),
        ]
    entries += [
        Entry(Text(t["parents_plain_more"], shrinkable=False), if_dropped=True),
        Entry(Text(t["parents_plain_closing"], style="lead", shrinkable=False)),
    ]
    return entries


def plain_page(view: TalkDetails, language: str = "nl") -> tuple[Page, str, str]:
    """The plain-language page, its PDF title and its subject."""
    from parentconv.pdf.summary import numeric_date

    t = labels(language)
    entries = plain_entries(view, language)
    day = numeric_date(view.talk.starts_at.date())
    footer = f"{t['parents_plain_doc_title']} – {clean(view.pupil.name)} – {day}"

    def story() -> list[object]:
        from parentconv.pdf.plain_layout import fit

        return fit(entries)

    page = Page([], footer=footer, footer_note=t["parents_plain_footer_note"], story=story)
    return page, footer, t["parents_plain_subject"]
