"""The preparation form's service: every field stored, completeness, reuse, review selection."""

from __future__ import annotations

import datetime as dt

import pytest

from parentconv.errors import ValidationError
from parentconv.services import agreements, people, talks
from parentconv.services.people import CarerInput, PupilInput
from parentconv.services.preparation import (
    GoalChoice,
    PreparationInput,
    copy_from_previous,
    get_preparation,
    preparation_context,
    save_preparation,
)
from parentconv.services.talks import TalkInput
from parentconv.store.db import Database


@pytest.fixture
def pupil(db: Database) -> int:
    group = db.run(people.create_group, name="groep 5", school_year="2026-2027").id
    pid = db.run(
        people.create_pupil,
        group_id=group,
        data=PupilInput(given_name="Amira", family_name="Haddad"),
    ).id
    db.run(
        people.create_carer,
        data=CarerInput(
            name="Amal Haddad",
            relation="moeder",
            language="Arabisch",
            interpreter_needed=True,
            pupil_ids=[pid],
        ),
    )
    return pid


def plan(db: Database, pupil: int, date: str = "2026-11-24", **kw: object) -> int:
    data = TalkInput(pupil_id=pupil, type_key="ten_minute", date=date, start_time="18:30")
    for key, value in kw.items():
        setattr(data, key, value)
    return db.run(talks.create_talk, data=data).id


def full_input(**changes: object) -> PreparationInput:
    data = PreparationInput(
        key_message="Amira leest vlotter; rekenen blijft lastig.",
        qualities=["Behulpzaam", "Doorzetter\n", "  "],
        growth_opportunities=["Tafels automatiseren"],
        classroom_actions="Dagelijks 5 minuten tafels in een groepje.",
        goals=[
            GoalChoice("informative", "Ouders weten hoe het lezen gaat"),
            GoalChoice("motivating", "Thuis samen tafels oefenen"),
        ],
        relational_note="Betrokken ouders; moeder spreekt weinig Nederlands.",
        expressive_keys=["understanding", "expertise"],
        expressive_own="rust",
        structure_note="Eerst het lezen, dan het rekenen.",
        phase_minutes={"attune": 1, "share": 4, "concerns": 2, "agree": 2, "close": 1},
        own_questions=["Hoe gaat het thuis met lezen?"],
        parent_questions=["Krijgt ze bijles?"],
        focus_skills=[],
        context_factors="Tolk via de telefoon geregeld.",
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_every_field_is_saved_and_reloaded(db: Database, pupil: int) -> None:
    from parentconv.catalog import load_catalog

    skills = [s.key for s in load_catalog().skills][:3]
    talk_id = plan(db, pupil)
    a = db.run(agreements.create_agreement, pupil_id=pupil, text="Lezen", owner="parents")
    db.run(save_preparation, talk_id, full_input(focus_skills=skills, review_agreement_ids=[a.id]))
    prep = db.run(get_preparation, talk_id)
    assert prep.key_message == "Amira leest vlotter; rekenen blijft lastig."
    assert prep.qualities == ("Behulpzaam", "Doorzetter")
    assert prep.growth_opportunities == ("Tafels automatiseren",)
    assert prep.classroom_actions.startswith("Dagelijks")
    assert [g.key for g in prep.goals] == ["informative", "motivating"]
    assert prep.goals[1].outcome == "Thuis samen tafels oefenen"
    assert prep.relational_note.startswith("Betrokken")
    assert prep.expressive_keys == ("understanding", "expertise") and prep.expressive_own == "rust"
    assert prep.structure_note.startswith("Eerst")
    assert dict(prep.phase_minutes) == {
        "attune": 1,
        "share": 4,
        "concerns": 2,
        "agree": 2,
        "close": 1,
    }
    assert prep.own_questions == ("Hoe gaat het thuis met lezen?",)
    assert prep.parent_questions == ("Krijgt ze bijles?",)
    assert prep.focus_skills == tuple(skills)
    assert prep.context_factors == "Tolk via de telefoon geregeld."
    assert prep.review_agreement_ids == (a.id,)
    assert prep.completeness.filled_count == 5 and prep.structure_warning is None
    assert db.run(talks.get_talk, talk_id).status == "prepared"


def test_a_new_preparation_is_empty_with_the_types_phase_minutes(db: Database, pupil: int) -> None:
    prep = db.run(get_preparation, plan(db, pupil, type_key="home_visit"))
    assert prep.key_message == "" and prep.goals == () and prep.saved_at is None
    assert sum(prep.phase_minutes.values()) == 30
    assert prep.completeness.filled_count == 0 and not prep.completeness.is_prepared


@pytest.mark.parametrize(
    ("change", "missing"),
    [
        ({"key_message": "   \n\t"}, "referential"),
        ({"goals": []}, "appellative"),
        ({"relational_note": "  "}, "relational"),
        ({"expressive_keys": [], "expressive_own": " "}, "expressive"),
    ],
)
def test_whitespace_is_not_filled_in_and_the_talk_is_not_prepared(
    db: Database, pupil: int, change: dict[str, object], missing: str
) -> None:
    talk_id = plan(db, pupil)
    prep = db.run(save_preparation, talk_id, full_input(**change))
    assert not prep.completeness.section(missing)
    assert not prep.completeness.is_prepared
    assert db.run(talks.get_talk, talk_id).status == "planned"


def test_emptying_a_prepared_talk_makes_it_planned_again(db: Database, pupil: int) -> None:
    talk_id = plan(db, pupil)
    db.run(save_preparation, talk_id, full_input())
    assert db.run(talks.get_talk, talk_id).status == "prepared"
    db.run(save_preparation, talk_id, full_input(key_message=""))
    assert db.run(talks.get_talk, talk_id).status == "planned"


def test_held_talk_stays_held(db: Database, pupil: int) -> None:
    talk_id = plan(db, pupil)
    db.run(talks.set_status, talk_id, "held")
    db.run(save_preparation, talk_id, full_input(key_message=""))
    assert db.run(talks.get_talk, talk_id).status == "held"


def test_structure_must_fit_the_duration(db: Database, pupil: int) -> None:
    talk_id = plan(db, pupil)
    prep = db.run(
        save_preparation,
        talk_id,
        full_input(phase_minutes={"attune": 5, "share": 5, "concerns": 5, "agree": 5, "close": 5}),
    )
    assert prep.structure_warning is not None and "25 minuten" in prep.structure_warning
    assert not prep.completeness.structure
    assert prep.completeness.is_prepared  # the four aspects and a goal: still prepared
    with pytest.raises(ValidationError) as info:
        db.run(
            save_preparation,
            talk_id,
            full_input(
                phase_minutes={"attune": -1, "share": 5, "concerns": 2, "agree": 2, "close": 1}
            ),
        )
    assert info.value.field == "phase_attune"


def test_longer_talk_breaks_the_structure_and_basics_keep_status(db: Database, pupil: int) -> None:
    talk_id = plan(db, pupil)
    db.run(save_preparation, talk_id, full_input())
    talk = db.run(
        talks.update_talk,
        talk_id,
        data=TalkInput(
            pupil_id=pupil,
            type_key="ten_minute",
            date="2026-11-24",
            start_time="18:30",
            duration_minutes=20,
        ),
    )
    assert talk.status == "prepared" and not talk.completeness.structure
    assert db.run(get_preparation, talk_id).structure_warning is not None


def test_at_most_three_focus_skills(db: Database, pupil: int) -> None:
    from parentconv.catalog import load_catalog

    keys = [s.key for s in load_catalog().skills][:4]
    with pytest.raises(ValidationError, match="hoogstens 3") as info:
        db.run(save_preparation, plan(db, pupil), full_input(focus_skills=keys))
    assert info.value.field == "focus_skills"


def test_unknown_goal_is_refused(db: Database, pupil: int) -> None:
    with pytest.raises(ValidationError):
        db.run(save_preparation, plan(db, pupil), full_input(goals=[GoalChoice("bribe")]))


def test_five_thousand_words_are_stored_whole(db: Database, pupil: int) -> None:
    talk_id = plan(db, pupil)
    long_text = " ".join(f"woord{i}" for i in range(5000))
    db.run(save_preparation, talk_id, full_input(key_message=long_text, relational_note=long_text))
    prep = db.run(get_preparation, talk_id)
    assert prep.key_message == long_text and prep.relational_note == long_text


def test_review_selection_only_for_this_pupils_agreements(db: Database, pupil: int) -> None:
    group = db.run(people.list_groups)[0].id
    other = db.run(
        people.create_pupil,
        group_id=group,
        data=PupilInput(given_name="Noah", family_name="Jansen"),
    ).id
    foreign = db.run(agreements.create_agreement, pupil_id=other, text="x", owner="school")
    with pytest.raises(ValidationError, match="hoort niet bij") as info:
        db.run(save_preparation, plan(db, pupil), full_input(review_agreement_ids=[foreign.id]))
    assert info.value.field == "review_agreement_ids"


def test_context_lists_carers_recent_talks_and_open_agreements(db: Database, pupil: int) -> None:
    old = plan(db, pupil, date="2026-09-14", type_key="start")
    db.run(save_preparation, old, full_input())
    db.run(talks.set_status, old, "held")
    db.run(
        talks.set_reflection,
        old,
        goal_achieved="partly",
        two_way=True,
        next_time="Volgende keer met tolk.",
    )
    done = db.run(agreements.create_agreement, pupil_id=pupil, text="Oud", owner="school")
    db.run(agreements.change_status, done.id, status="done")
    still_open = db.run(
        agreements.create_agreement,
        pupil_id=pupil,
        text="Lezen",
        owner="parents",
        due_on=dt.date(2026, 12, 1),
        talk_id=old,
    )
    later = plan(db, pupil, date="2027-03-01")  # after this talk: not "earlier"
    now = plan(db, pupil)
    ctx = db.run(preparation_context, now)
    assert [c.name for c in ctx.carers] == ["Amal Haddad"] and ctx.carers[0].interpreter_needed
    assert [t.talk_id for t in ctx.past_talks] == [old]
    assert ctx.past_talks[0].goal_keys == ("informative", "motivating")
    assert ctx.past_talks[0].goal_achieved == "partly"
    assert ctx.past_talks[0].outcome == "Volgende keer met tolk."
    assert [a.id for a in ctx.open_agreements] == [still_open.id]
    assert ctx.previous_talk_id == old
    assert later not in [t.talk_id for t in ctx.past_talks]


def test_copy_from_previous_talk_copies_what_stays_true(db: Database, pupil: int) -> None:
    old = plan(db, pupil, date="2026-09-14")
    db.run(save_preparation, old, full_input(review_agreement_ids=[]))
    db.run(agreements.create_agreement, pupil_id=pupil, text="Lezen", owner="parents", talk_id=old)
    new = plan(db, pupil)
    db.run(save_preparation, new, PreparationInput(qualities=["Creatief"], key_message="Nieuw"))
    prep = db.run(copy_from_previous, new)
    assert prep.relational_note == "Betrokken ouders; moeder spreekt weinig Nederlands."
    assert prep.qualities == ("Creatief", "Behulpzaam", "Doorzetter")
    assert prep.expressive_keys == ("understanding", "expertise")
    assert prep.key_message == "Nieuw"  # what this talk is about is never overwritten
    assert prep.goals == () and prep.review_agreement_ids == ()
    assert len(db.run(agreements.agreements_of, pupil)) == 1  # no agreement copied as new


def test_copy_without_a_previous_talk_says_so(db: Database, pupil: int) -> None:
    with pytest.raises(ValidationError, match="geen eerder"):
        db.run(copy_from_previous, plan(db, pupil))


def test_talk_lists_carry_completeness(db: Database, pupil: int) -> None:
    a, b = plan(db, pupil), plan(db, pupil, date="2026-11-25")
    db.run(save_preparation, a, full_input())
    db.run(save_preparation, b, PreparationInput(key_message="Alleen de boodschap"))
    by_id = {t.id: t.completeness for t in db.run(talks.pupil_details, pupil).talks}
    assert by_id[a].is_prepared and by_id[b].filled_count == 2  # message + default structure
