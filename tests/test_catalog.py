"""The content catalog: structure, fidelity to the seed texts, nl/en parity, bad files."""

from __future__ import annotations

import json
import re
import shutil
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from parentconv.catalog import (
    ASPECT_KEYS,
    ATTITUDE_KEYS,
    CONVERSATION_TYPE_KEYS,
    EXPRESSIVE_KEYS,
    FILE_NAMES,
    GOAL_KEYS,
    LANGUAGES,
    PHASE_KEYS,
    SKILL_GROUPS,
    TALK_PHASE_KEYS,
    Catalog,
    CatalogError,
    Prompt,
    Source,
    SourceRef,
    load_catalog,
)
from parentconv.resources import resource_dir

SEED_DIR = Path(__file__).resolve().parents[2] / "shared" / "seeds"
CATALOG_DIR = resource_dir() / "catalog"


@pytest.fixture(scope="module")
def nl() -> Catalog:
    return load_catalog("nl")


@pytest.fixture(scope="module")
def en() -> Catalog:
    return load_catalog("en")


# --------------------------------------------------------------------------- structure


def test_sixteen_steps_in_six_phases(nl: Catalog) -> None:
    assert [s.number for s in nl.steps] == list(range(1, 17))
    assert [p.key for p in nl.phases] == list(PHASE_KEYS)
    assert [p.name for p in nl.phases] == [
        "Voorbereiding",
        "Afstemmen",
        "Delen",
        "Zorgen",
        "Afspreken",
        "Afronden",
    ]
    assert [p.part for p in nl.phases] == ["Voorbereiding"] + ["Uitvoering"] * 5
    numbers = {p.key: [s.number for s in p.steps] for p in nl.phases}
    assert numbers == {
        "preparation": [1, 2],
        "attune": [3, 4, 5],
        "share": [6, 7, 8, 9, 10],
        "concerns": [11, 12],
        "agree": [13],
        "close": [14, 15, 16],
    }
    for phase in nl.phases:
        assert all(step.phase_key == phase.key for step in phase.steps)
    assert [p.key for p in nl.talk_phases] == list(TALK_PHASE_KEYS)


def test_step_texts(nl: Catalog) -> None:
    assert nl.step(1).text == "Vul het format per leerling in."
    assert nl.step(2).text == "Zorg voor een goed geventileerde ruimte met prettige zitplaatsen."
    assert nl.step(10).text == "Benoem specifieke kwaliteiten van het kind."
    assert nl.step(13).text == "Leg afspraken vast (op het format)."
    assert nl.step(16).text == "Sluit het gesprek af en loop mee naar de deur."
    assert len({s.text for s in nl.steps}) == 16


def test_four_aspects(nl: Catalog) -> None:
    assert [a.key for a in nl.aspects] == list(ASPECT_KEYS)
    assert [a.name for a in nl.aspects] == [
        "Referentieel aspect",
        "Appellerend aspect",
        "Expressief aspect",
        "Relationeel aspect",
    ]
    # The preparation form's own headings (002 l.1232-1242) title the form's sections.
    assert [a.short_name for a in nl.aspects] == [
        "Inhoud gesprek",
        "Communicatief doel",
        "Expressieve boodschap",
        "Relationele boodschap",
    ]
    assert nl.aspect("referential").also_called == ("zakelijk aspect", "inhoud")
    assert nl.aspect("referential").prompt == (
        "Beschrijf wat je daadwerkelijke boodschap is van het gesprek."
    )
    assert nl.aspect("relational").prompt == (
        "Hoe zie je de ouders, het kind? Wat weet je al van ze?"
    )


def test_five_goal_types_as_in_the_seed_table(nl: Catalog) -> None:
    assert [g.key for g in nl.goal_types] == list(GOAL_KEYS)
    table = [(g.key, g.name, g.sender_wants, g.influences) for g in nl.goal_types]
    assert table == [
        ("informative", "Informatief", "Informeren", "Kennis over feiten"),
        ("instructive", "Instructief", "Instrueren", "Vaardigheden"),
        ("persuasive", "Persuasief", "Overtuigen", "Mening, houding"),
        ("motivating", "Motiverend", "Aanzetten tot", "Gedragsintenties, bereidheid"),
        ("affective", "Affectief", "Gevoelens opwekken", "Emoties"),
    ]
    assert all(g.help for g in nl.goal_types)


def test_expressive_qualities(nl: Catalog) -> None:
    assert [q.key for q in nl.expressive_qualities] == list(EXPRESSIVE_KEYS)
    assert [q.name for q in nl.expressive_qualities] == [
        "Deskundigheid",
        "Zelfvertrouwen",
        "Begrip",
        "Medeleven",
        "Vastberadenheid",
    ]


def test_four_attitudes_verbatim(nl: Catalog) -> None:
    assert [(a.key, a.text) for a in nl.attitudes] == [
        ("attune_to_other", "Stem af op de ander."),
        ("neutral_witness", "Blijf neutrale getuige."),
        ("set_boundaries", "Stel grenzen."),
        ("other_oriented", "Wees gericht op de ander."),
    ]
    assert list(ATTITUDE_KEYS) == [a.key for a in nl.attitudes]


def test_skills_are_grouped_as_in_the_brief(nl: Catalog) -> None:
    assert [g.key for g in nl.skill_groups] == list(SKILL_GROUPS)
    assert [g.name for g in nl.skill_groups] == [
        "Luistervaardigheden",
        "Zendervaardigheden",
        "Regulerende vaardigheden",
    ]
    listening = nl.skills_in("listening")
    verbal = [s.name for s in listening if s.kind == "verbal"]
    nonverbal = [s.name for s in listening if s.kind == "nonverbal"]
    assert verbal == [
        "Verbaal ‘volgen’",
        "Open vragen stellen",
        "Parafraseren van inhoud",
        "Reflecteren van gevoel",
        "Doorvragen ter verheldering",
        "Samenvatten van inhoud én gevoel",
    ]
    assert nonverbal == [
        "Gelaatsuitdrukking gebruiken",
        "Oogcontact zoeken",
        "Lichaamshouding toewenden naar ander",
        "Aanmoedigende gebaren maken",
        "Stiltes laten bestaan",
    ]
    assert [s.key for s in nl.skills_in("sending")] == [
        "giving_information",
        "giving_assignment",
        "giving_criticism",
        "asking_questions",
    ]
    assert [s.name for s in nl.skills_in("regulating")] == [
        "Gesprek openen",
        "Verloop gesprek sturen",
        "Situatie verduidelijken",
        "Terugkoppelen naar begindoelen",
        "Hardop denken",
        "Afsluiten",
    ]
    assert all(s.kind is None for s in nl.skills if s.group != "listening")
    assert [s.name for s in nl.skills].count("Stiltes laten bestaan") == 1
    assert nl.skill("reflecting_feelings").example is not None
    assert nl.skill("metacommunicating").description is not None
    assert len(nl.skills) == len(nl.skills_in("listening")) + 4 + 6


def test_conversation_types(nl: Catalog) -> None:
    assert [t.key for t in nl.conversation_types] == list(CONVERSATION_TYPE_KEYS)
    minutes = {t.key: t.default_minutes for t in nl.conversation_types}
    assert minutes["ten_minute"] == 10
    assert minutes["progress"] == 15
    assert minutes["home_visit"] == 30
    present = {t.key for t in nl.conversation_types if t.child_present}
    assert {"start", "triangle"} <= present
    assert "ten_minute" not in present
    assert nl.conversation_type("ten_minute").name == "Tienminutengesprek"
    assert dict(nl.conversation_type("ten_minute").phase_minutes) == {
        "attune": 1,
        "share": 4,
        "concerns": 2,
        "agree": 2,
        "close": 1,
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_kinds_of_contact_from_001_and_the_paspoort(language: str) -> None:
    """001's list of talks (l.374-382) gives the intake and the round-table talk their names;
    the ten-minute talk's length is its l.379. (Its *Kinderspreekuur*, l.382, is a talk with
    the child without the parents: not a type of this app.) 003's paspoort ("Schakel mij in
    voor…" / "Dit heb ik nodig…", l.2195-2197) is filled in at the introductory talk, and the
    development talks build on it (l.2216-2220)."""
    cat = load_catalog(language)
    keys = [t.key for t in cat.conversation_types]
    assert keys.index("intake") < keys.index("start")
    intake, round_table = cat.conversation_type("intake"), cat.conversation_type("round_table")
    assert intake.source == SourceRef(seed="001", lines="377")
    assert round_table.source == SourceRef(seed="001", lines="381")
    assert cat.conversation_type("ten_minute").duration_source == SourceRef("001", "379")
    assert not intake.child_present and not round_table.child_present
    for ctype in (intake, round_table):
        assert ctype.description_source is None and ctype.duration_source is None, ctype.key
    assert SourceRef(seed="003", lines="364-366") in [p.source for p in intake.prompts]

    def prompt(key: str, lines: str) -> Prompt:
        cited = SourceRef(seed="003", lines=lines)
        return next(p for p in cat.conversation_type(key).prompts if p.source == cited)

    at_start, in_progress = prompt("start", "2195-2197"), prompt("progress", "2216-2220")
    if language == "nl":
        for words in ("Schakel mij in voor…", "Dit heb ik nodig…"):
            assert words in at_start.text and words in (at_start.quote or ""), words
            assert words in in_progress.text, words
        assert "paspoort" in (in_progress.quote or "")


@pytest.mark.parametrize("language", LANGUAGES)
def test_phase_minutes_sum_to_default(language: str) -> None:
    for ctype in load_catalog(language).conversation_types:
        assert tuple(ctype.phase_minutes) == TALK_PHASE_KEYS, ctype.key
        assert all(m >= 0 for m in ctype.phase_minutes.values()), ctype.key
        assert sum(ctype.phase_minutes.values()) == ctype.default_minutes, ctype.key
        assert ctype.default_minutes > 0
        assert 2 <= len(ctype.prompts) <= 4, ctype.key
        for prompt in ctype.prompts:
            assert (prompt.quote is None) == (prompt.source is None), (ctype.key, prompt.text)


def test_lookups_raise_key_error_for_unknown_keys(nl: Catalog) -> None:
    lookups: list[Callable[[str], object]] = [
        nl.aspect,
        nl.goal_type,
        nl.phase,
        nl.conversation_type,
        nl.skills_in,
        nl.skill,
        nl.attitude,
        nl.expressive_quality,
    ]
    for lookup in lookups:
        with pytest.raises(KeyError):
            lookup("nonsense")
    with pytest.raises(KeyError):
        nl.step(17)
    assert nl.goal_type("persuasive").name == "Persuasief"
    assert nl.phase("share").steps[0].number == 6


def test_shipped_catalog_is_cached_and_immutable(nl: Catalog) -> None:
    assert load_catalog() is load_catalog("nl")
    assert load_catalog("nl", root=CATALOG_DIR) == nl
    assert load_catalog("nl", root=CATALOG_DIR) is not load_catalog("nl", root=CATALOG_DIR)
    hash(nl)  # frozen all the way down
    with pytest.raises(TypeError):
        nl.conversation_type("start").phase_minutes["share"] = 99  # type: ignore[index]


def test_unknown_language() -> None:
    with pytest.raises(CatalogError, match="'de'"):
        load_catalog("de")


def test_same_files_in_both_languages() -> None:
    for language in LANGUAGES:
        names = sorted(p.name for p in (CATALOG_DIR / language).iterdir())
        # cards, tips, the checklists and the startgesprek form: parentconv.cards, .tips,
        # .checklists, .startgesprek
        extra = ["cards.json", "tips.json", "self_assessment.json", "startgesprek.json"]
        assert names == sorted([*FILE_NAMES, *extra]), language


# --------------------------------------------------------------------------- nl / en parity


def _shape(cat: Catalog) -> dict[str, Any]:
    """Everything that must not differ between languages: keys, numbers, sources, flags."""
    return {
        "aspects": [(a.key, len(a.also_called), a.source, a.prompt_source) for a in cat.aspects],
        "form_fields": [(f.key, f.source) for f in cat.form_fields],
        "goals": [(g.key, g.source) for g in cat.goal_types],
        "expressive": [(q.key, q.source) for q in cat.expressive_qualities],
        "phases": [
            (p.key, p.source, [(s.number, s.phase_key, s.source) for s in p.steps])
            for p in cat.phases
        ],
        "parts": [p.part == cat.phases[0].part for p in cat.phases],
        "attitudes": [(a.key, a.source) for a in cat.attitudes],
        "groups": [(g.key, g.source, g.intro is None, g.intro_source) for g in cat.skill_groups],
        "skills": [
            (s.key, s.group, s.kind, s.description is None, s.example is None, s.source)
            for s in cat.skills
        ],
        "types": [
            (
                t.key,
                t.default_minutes,
                t.child_present,
                dict(t.phase_minutes),
                [p.source for p in t.prompts],
                t.source,
                t.duration_source,
            )
            for t in cat.conversation_types
        ],
    }


def test_nl_and_en_have_the_same_keys_numbers_and_sources(nl: Catalog, en: Catalog) -> None:
    nl_shape, en_shape = _shape(nl), _shape(en)
    for part in nl_shape:
        assert nl_shape[part] == en_shape[part], part


def test_en_is_translated(nl: Catalog, en: Catalog) -> None:
    pairs = [(a.text, b.text) for a, b in zip(nl.steps, en.steps, strict=True)]
    pairs += [(a.text, b.text) for a, b in zip(nl.attitudes, en.attitudes, strict=True)]
    pairs += [(a.name, b.name) for a, b in zip(nl.skills, en.skills, strict=True)]
    pairs += [(a.prompt, b.prompt) for a, b in zip(nl.aspects, en.aspects, strict=True)]
    untranslated = [a for a, b in pairs if a == b]
    assert untranslated == []
    assert en.step(16).text == "Close the talk and walk with them to the door."
    assert en.goal_type("informative").sender_wants == "To inform"


# --------------------------------------------------------------------------- fidelity to seeds


@pytest.fixture(scope="module")
def seeds() -> dict[str, list[str]]:
    if not SEED_DIR.is_dir():
        pytest.skip(f"seed texts not found at {SEED_DIR}")
    result: dict[str, list[str]] = {}
    for path in sorted(SEED_DIR.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        lines = text.split("\n")  # not splitlines(): that also splits on \f, \x1c, ...
        if text.endswith("\n"):
            lines.pop()
        result[path.name[:3]] = lines
    if not result:
        pytest.skip(f"no seed texts in {SEED_DIR}")
    return result


def _norm(text: str) -> str:
    return " ".join(text.split())


def _loose(text: str) -> str:
    """Lower case, without quotes and punctuation: for names split from a seed sentence."""
    return _norm(re.sub(r"[‘’'\"“”.,:;!?()]", " ", text.casefold()))


def cited(seeds: dict[str, list[str]], ref: SourceRef) -> str:
    lines = seeds[ref.seed]
    assert 1 <= ref.first_line <= ref.last_line <= len(lines), f"{ref} beyond the seed file"
    return _norm(" ".join(lines[ref.first_line - 1 : ref.last_line]))


def _all_refs(cat: Catalog) -> Iterator[tuple[str, SourceRef]]:
    for what, ref in _all_sources(cat):
        if ref is not None:
            yield what, ref


def _all_sources(cat: Catalog) -> Iterator[tuple[str, Source]]:
    for a in cat.aspects:
        yield f"aspect {a.key}", a.source
        yield f"aspect {a.key} prompt", a.prompt_source
    for f in cat.form_fields:
        yield f"form field {f.key}", f.source
    for g in cat.goal_types:
        yield f"goal {g.key}", g.source
    for q in cat.expressive_qualities:
        yield f"expressive {q.key}", q.source
    for p in cat.phases:
        yield f"phase {p.key}", p.source
        for s in p.steps:
            yield f"step {s.number}", s.source
    for at in cat.attitudes:
        yield f"attitude {at.key}", at.source
    for grp in cat.skill_groups:
        yield f"skill group {grp.key}", grp.source
        if grp.intro_source is not None:
            yield f"skill group {grp.key} intro", grp.intro_source
    for sk in cat.skills:
        yield f"skill {sk.key}", sk.source
    for t in cat.conversation_types:
        yield f"type {t.key}", t.source
        for i, prompt in enumerate(t.prompts, 1):
            yield f"type {t.key} prompt {i}", prompt.source
        yield f"type {t.key} description", t.description_source
        yield f"type {t.key} duration", t.duration_source
        yield f"type {t.key} phase minutes", t.phase_minutes_source
    for a in cat.aspects:
        yield f"aspect {a.key} help", a.help_source
    for g in cat.goal_types:
        yield f"goal {g.key} help", g.help_source
    for at in cat.attitudes:
        yield f"attitude {at.key} help", at.help_source


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_source_ref_exists_in_its_seed(language: str, seeds: dict[str, list[str]]) -> None:
    for what, ref in _all_refs(load_catalog(language)):
        assert ref.seed in seeds, what
        assert cited(seeds, ref), f"{what}: {ref} cites only blank lines"


def test_steps_and_attitudes_are_verbatim(nl: Catalog, seeds: dict[str, list[str]]) -> None:
    for step in nl.steps:
        assert _norm(step.text) in cited(seeds, step.source), step.number
        assert cited(seeds, step.source).startswith(f"{step.number}. "), step.number
    for phase in nl.phases:
        assert phase.name in cited(seeds, phase.source).split(), phase.key
    for attitude in nl.attitudes:
        assert _norm(attitude.text) in cited(seeds, attitude.source), attitude.key
    checklist = " ".join(seeds["002"][1346:1396])
    assert "Checklist Oudergesprek" in checklist
    assert "Uitvoering" in checklist and "Vaardigheden" in checklist


def test_goal_types_are_in_the_cited_table_row(nl: Catalog, seeds: dict[str, list[str]]) -> None:
    for goal in nl.goal_types:
        row = cited(seeds, goal.source)
        for word in (goal.name, goal.sender_wants, goal.influences):
            assert word in row, (goal.key, word)
        assert row == f"{goal.name} {goal.sender_wants} {goal.influences}"


def test_model_texts_are_verbatim(nl: Catalog, seeds: dict[str, list[str]]) -> None:
    for aspect in nl.aspects:
        assert aspect.explanation.rstrip(".") in cited(seeds, aspect.source), aspect.key
        assert aspect.prompt in cited(seeds, aspect.prompt_source), aspect.key
    for form_field in nl.form_fields:
        text = cited(seeds, form_field.source)
        assert form_field.label in text and form_field.prompt in text, form_field.key
    for quality in nl.expressive_qualities:
        assert quality.name.casefold() in cited(seeds, quality.source), quality.key


def test_skills_are_taken_from_the_seed(nl: Catalog, seeds: dict[str, list[str]]) -> None:
    for group in nl.skill_groups:
        assert group.name in cited(seeds, group.source), group.key
        if group.intro is not None and group.intro_source is not None:
            assert _is_quoted(group.intro, _seed_span(seeds, group.intro_source)), group.key
    for skill in nl.skills:
        text = _loose(cited(seeds, skill.source))
        assert _loose(skill.name) in text, skill.key
        if skill.description is not None:
            assert _loose(skill.description) in text, skill.key
        if skill.example is not None:
            quotes = re.findall(r"‘(.+?)’", skill.example)
            assert quotes, skill.key
            for quote in quotes:
                assert _loose(quote) in text, (skill.key, quote)


def test_durations_come_from_the_cited_lines(nl: Catalog, seeds: dict[str, list[str]]) -> None:
    cited_durations = 0
    for ctype in nl.conversation_types:
        if ctype.duration_source is None:
            continue
        cited_durations += 1
        text = cited(seeds, ctype.duration_source)
        spoken = {30: "half uur"}.get(ctype.default_minutes, str(ctype.default_minutes))
        assert spoken in text, ctype.key
    assert cited_durations == 3


# --------------------------------------------------------------------------- every citation true

SLACK = 1
"""How many lines either side of a cited range the text may spill into."""

SEED_CORRECTIONS = {
    "gesprekleider": "gespreksleider",
    "doel tijd, procedure": "doel, tijd, procedure",
}
"""Seed typos corrected in the display text (each noted in the entry's ``note``)."""

_UNIFY = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "`": "'",
        "´": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "–": "-",
        "—": "-",
        "‐": "-",
        "‑": "-",
        "\u00ad": "",
        "\u00a0": " ",
    }
)
_END_PUNCTUATION = " .,:;!?…'\"()-"


def _fold(text: str) -> str:
    """Casefold, quotes and dashes unified, whitespace collapsed."""
    text = unicodedata.normalize("NFC", text).translate(_UNIFY)
    return " ".join(text.casefold().split())


def _quote(text: str) -> str:
    """An entry's text as it must appear in the seed: folded, without punctuation at its ends."""
    return _fold(text).strip(_END_PUNCTUATION)


def _seed_span(seeds: dict[str, list[str]], ref: SourceRef) -> tuple[str, ...]:
    """The cited lines (±SLACK), folded: as they are and with line-end hyphenation joined."""
    lines = seeds[ref.seed]
    raw = "\n".join(lines[max(0, ref.first_line - 1 - SLACK) : ref.last_line + SLACK])
    raw = raw.translate(_UNIFY)
    joined = re.sub(r"(\w)-[ \t]*\n[ \t]*(?=\w)", r"\1", raw)
    variants = []
    for text in (raw, joined):
        folded = _fold(text)
        variants.append(folded)
        for typo, fixed in SEED_CORRECTIONS.items():
            if typo in folded:
                variants.append(folded.replace(typo, fixed))
    return tuple(variants)


def _is_quoted(text: str, span: tuple[str, ...]) -> bool:
    return any(_quote(text) in variant for variant in span)


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _is_term(term: str, span: tuple[str, ...]) -> bool:
    """A name made of seed words, allowing Dutch inflection (``referentieel``/``referentiële``)."""
    words = [_plain(w) for w in re.findall(r"\w+", " ".join(span))]
    for word in re.findall(r"\w+", _plain(_fold(term))):
        stem = word[: max(4, len(word) - 2)]
        if not any(w.startswith(stem) for w in words):
            return False
    return True


def _cited_texts(cat: Catalog) -> Iterator[tuple[str, str, Source]]:
    """Every text shown from the catalog with the source it claims, one by one."""
    for a in cat.aspects:
        yield f"aspect {a.key} explanation", a.explanation, a.source
        yield f"aspect {a.key} prompt", a.prompt, a.prompt_source
        yield f"aspect {a.key} help", a.help, a.help_source
    for f in cat.form_fields:
        yield f"form field {f.key} label", f.label, f.source
        yield f"form field {f.key} prompt", f.prompt, f.source
    for g in cat.goal_types:
        for name in (g.name, g.sender_wants, g.influences):
            yield f"goal {g.key}", name, g.source
        yield f"goal {g.key} help", g.help, g.help_source
    for q in cat.expressive_qualities:
        yield f"expressive {q.key}", q.name, q.source
    for p in cat.phases:
        yield f"phase {p.key}", p.name, p.source
        for s in p.steps:
            yield f"step {s.number}", s.text, s.source
    for at in cat.attitudes:
        yield f"attitude {at.key}", at.text, at.source
        yield f"attitude {at.key} help", at.help, at.help_source
    for grp in cat.skill_groups:
        yield f"skill group {grp.key}", grp.name, grp.source
        if grp.intro is not None:
            yield f"skill group {grp.key} intro", grp.intro, grp.intro_source
    for sk in cat.skills:
        yield f"skill {sk.key}", sk.name, sk.source
        if sk.description is not None:
            yield f"skill {sk.key} description", sk.description, sk.source
        if sk.example is not None:
            for quote in re.findall(r"‘(.+?)’", sk.example):
                yield f"skill {sk.key} example", quote, sk.source
    for t in cat.conversation_types:
        yield f"type {t.key} description", t.description, t.description_source
        for i, prompt in enumerate(t.prompts, 1):
            # the tip itself is the app's; its quote is what must stand in the cited lines
            if prompt.quote is not None:
                yield f"type {t.key} prompt {i} quote", prompt.quote, prompt.source


def test_every_cited_text_is_in_its_lines(nl: Catalog, seeds: dict[str, list[str]]) -> None:
    """A text that cites a seed quotes it (normalised) within the cited lines, ±1 line.

    Text written for the app has the source ``"app"`` and is not checked, nor is a prompt's
    ``text`` (the app's tip): its ``quote`` is. The English catalog is a translation and cites
    the same lines as the Dutch one.
    """
    wrong = [
        f"{what}: {text!r} is not in {ref.seed} l.{ref.lines}"
        for what, text, ref in _cited_texts(nl)
        if ref is not None and not _is_quoted(text, _seed_span(seeds, ref))
    ]
    assert wrong == [], "\n".join(wrong)


def test_aspect_names_are_seed_terms(nl: Catalog, seeds: dict[str, list[str]]) -> None:
    for a in nl.aspects:
        assert a.source is not None and a.prompt_source is not None, a.key
        span = _seed_span(seeds, a.source) + _seed_span(seeds, a.prompt_source)
        for term in (a.name, a.short_name, *a.also_called):
            assert _is_term(term, span), (a.key, term)


def test_type_names_are_seed_terms(nl: Catalog, seeds: dict[str, list[str]]) -> None:
    """A type's ``source`` holds its first name; a synonym after " / " or " of " is noted."""
    for t in nl.conversation_types:
        if t.source is not None:
            first = re.split(r" / | of ", t.name)[0]
            assert _is_term(first, _seed_span(seeds, t.source)), t.key


def test_app_written_texts_cite_no_seed(nl: Catalog, en: Catalog) -> None:
    for cat in (nl, en):
        assert all(a.help_source is None for a in cat.aspects)
        assert all(g.help_source is None for g in cat.goal_types)
        assert all(g.source is not None for g in cat.goal_types)
        assert all(at.help_source is None for at in cat.attitudes)
        care = cat.conversation_type("care")
        assert care.source is None  # "Zorggesprek" is the app's own name
        for t in cat.conversation_types:
            assert t.phase_minutes_source is None, t.key
        ten = cat.conversation_type("ten_minute")
        # 002 l.967-968 says only that the goal must be clear and concrete: a cited tip adds
        # nothing of the app's own ("tien minuten zijn zo om").
        for p in ten.prompts:
            for words in ("tien minuten zijn zo om", "ten minutes pass quickly"):
                assert words not in f"{p.text} {p.quote or ''}", p.text
        for t in cat.conversation_types:
            for p in t.prompts:
                assert p.quote != p.text, (t.key, p.text)  # a tip, not a bare quotation
        assert cat.conversation_type("report").prompts[2].source is None
        assert cat.conversation_type("exit").prompts[0].source is None
    assert nl.conversation_type("progress").child_present


def test_corrected_seed_typos_are_noted(seeds: dict[str, list[str]]) -> None:
    raw = (CATALOG_DIR / "nl" / "skills.json").read_text(encoding="utf-8")
    for typo, fixed in SEED_CORRECTIONS.items():
        assert typo in " ".join(seeds["002"]), typo
        assert fixed in raw and '"note": "' in raw and typo in raw, typo


def test_app_source_is_read_as_none(broken: Path) -> None:
    _edit(broken, "nl/goals.json", lambda d: d["entries"][0].update(source="app"))
    assert load_catalog("nl", root=broken).goal_type("informative").source is None
    _edit(broken, "nl/goals.json", lambda d: d["entries"][0].update(source="ours"))
    assert 'must be "app" or an object' in _catalog_error(broken)


def test_note_must_be_text(broken: Path) -> None:
    _edit(broken, "nl/expressive.json", lambda d: d["entries"][0].update(note="a remark"))
    assert load_catalog("nl", root=broken) == load_catalog("nl")
    _edit(broken, "nl/expressive.json", lambda d: d["entries"][0].update(note=3))
    assert "'note' must be text" in _catalog_error(broken)


def test_a_prompt_quotes_its_seed_or_is_the_apps(broken: Path) -> None:
    """A seed source needs the quote it supports the tip with; ``"app"`` forbids one."""
    home = load_catalog("nl").conversation_type("home_visit").prompts[2]
    assert home.source == SourceRef(seed="004", lines="811-816")
    for word in ("dialect", "tolk", "familieleden", "andere ouders", "gebaren", "beeldmateriaal"):
        assert home.quote is not None and word in home.quote and word in home.text, word

    def first_prompt(data: Any) -> Any:
        return _type_entry(data, "start")["prompts"][0]

    _edit(broken, "nl/conversation_types.json", lambda d: first_prompt(d).pop("quote"))
    message = _catalog_error(broken)
    assert f"{_type_at('start')}, prompt 1" in message and "needs a 'quote'" in message
    _edit(
        broken,
        "nl/conversation_types.json",
        lambda d: first_prompt(d).update(quote="Iets.", source="app"),
    )
    assert "source 'app' has no 'quote'" in _catalog_error(broken)
    with pytest.raises(ValueError, match="needs the quote"):
        Prompt(text="Een tip.", quote=None, source=SourceRef(seed="002", lines="1"))
    with pytest.raises(ValueError, match="has no quote"):
        Prompt(text="Een tip.", quote="Een zin.", source=None)


# --------------------------------------------------------------------------- malformed files


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    root = tmp_path / "catalog"
    shutil.copytree(CATALOG_DIR, root)
    return root


def _edit(root: Path, name: str, change: Callable[[Any], None]) -> None:
    path = root / name
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def _type_entry(data: Any, key: str) -> Any:
    """The conversation type ``key`` in a loaded ``conversation_types.json``."""
    return data["entries"][CONVERSATION_TYPE_KEYS.index(key)]


def _type_at(key: str) -> str:
    """How an error names the conversation type ``key``: ``entry 2 (key 'start')``."""
    return f"entry {CONVERSATION_TYPE_KEYS.index(key) + 1} (key {key!r})"


def _catalog_error(root: Path, language: str = "nl") -> str:
    with pytest.raises(CatalogError) as info:
        load_catalog(language, root=root)
    return str(info.value)


def test_copied_catalog_loads(broken: Path) -> None:
    assert load_catalog("en", root=broken) == load_catalog("en")


def test_missing_field(broken: Path) -> None:
    _edit(broken, "nl/goals.json", lambda d: d["entries"][2].pop("influences"))
    message = _catalog_error(broken)
    assert "nl/goals.json" in message
    assert "entry 3 (key 'persuasive')" in message
    assert "'influences'" in message


def test_duplicate_key(broken: Path) -> None:
    def change(data: Any) -> None:
        data["entries"][3]["key"] = data["entries"][1]["key"]

    _edit(broken, "nl/skills.json", change)
    message = _catalog_error(broken)
    assert "nl/skills.json" in message
    assert "entry 4 (key 'open_questions')" in message
    assert "duplicate" in message


def test_invalid_json_names_the_line(broken: Path) -> None:
    path = broken / "nl" / "checklist.json"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[4] = lines[4].rstrip(",")  # drop a comma: line 5 is the bad one
    path.write_text("\n".join(lines), encoding="utf-8")
    message = _catalog_error(broken)
    assert "nl/checklist.json" in message
    assert "invalid JSON at line 6" in message


def test_step_numbered_wrong(broken: Path) -> None:
    _edit(broken, "nl/checklist.json", lambda d: d["phases"][2]["steps"][1].update(number=8))
    message = _catalog_error(broken)
    assert "nl/checklist.json" in message
    assert "phase 3 (key 'share'), step 2 (number 8)" in message
    assert "expected 7" in message


def test_phase_minutes_must_add_up(broken: Path) -> None:
    _edit(
        broken,
        "en/conversation_types.json",
        lambda d: _type_entry(d, "ten_minute")["phase_minutes"].update(share=5),
    )
    message = _catalog_error(broken, "en")
    assert "en/conversation_types.json" in message
    assert _type_at("ten_minute") in message
    assert "add up to 11" in message


@pytest.mark.parametrize(
    ("file", "change", "expected"),
    [
        (
            "nl/goals.json",
            lambda d: d["entries"][0].update(source={"seed": "009", "lines": "1"}),
            ["entry 1 (key 'informative')", "unknown seed '009'"],
        ),
        (
            "nl/goals.json",
            lambda d: d["entries"][4].update(source={"seed": "002", "lines": "1090-1080"}),
            ["entry 5 (key 'affective')", "'1090-1080'"],
        ),
        (
            "nl/model.json",
            lambda d: d["entries"][1].update(prompt_source={"seed": "002", "lines": "l.1236"}),
            ["entry 2 (key 'appellative')", "'prompt_source'"],
        ),
        (
            "nl/model.json",
            lambda d: d["entries"][0].update(name=""),
            ["entry 1 (key 'referential')", "'name' is empty"],
        ),
        (
            "nl/model.json",
            lambda d: d["entries"][3].update(key="relationship"),
            ["entry 4 (key 'relationship')", "unknown aspect key"],
        ),
        (
            "nl/conversation_types.json",
            lambda d: _type_entry(d, "start").update(default_minutes="15"),
            [_type_at("start"), "'default_minutes' must be a whole number"],
        ),
        (
            "nl/conversation_types.json",
            lambda d: _type_entry(d, "progress").update(child_present=1),
            [_type_at("progress"), "'child_present' must be true or false"],
        ),
        (
            "nl/conversation_types.json",
            lambda d: _type_entry(d, "home_visit")["phase_minutes"].pop("close"),
            [f"{_type_at('home_visit')}, phase_minutes", "'close' is missing"],
        ),
        (
            "nl/conversation_types.json",
            lambda d: _type_entry(d, "unexpected").update(
                prompts=_type_entry(d, "unexpected")["prompts"][:1]
            ),
            [_type_at("unexpected"), "2 to 4 prompts"],
        ),
        (
            "nl/expressive.json",
            lambda d: d["entries"][2].update(colour="blue"),
            ["entry 3 (key 'understanding')", "unknown field(s): 'colour'"],
        ),
        (
            "nl/checklist.json",
            lambda d: d["attitudes"].pop(),
            ["attitude key(s) missing: other_oriented"],
        ),
        (
            "nl/checklist.json",
            lambda d: d["phases"][5]["steps"].pop(),
            ["has 15 steps"],
        ),
        (
            "nl/skills.json",
            lambda d: d["entries"][12].update(kind="verbal"),
            ["entry 13 (key 'giving_assignment')", "only listening skills have a kind"],
        ),
        (
            "nl/skills.json",
            lambda d: d["entries"][0].update(kind=None),
            ["entry 1 (key 'verbal_following')", "kind 'verbal' or 'nonverbal'"],
        ),
        (
            "nl/skills.json",
            lambda d: d["entries"].append(dict(d["entries"][10], key="silence_again")),
            ["entry 22 (key 'silence_again')", "'Stiltes laten bestaan' appears twice"],
        ),
        (
            "nl/skills.json",
            lambda d: d["entries"].__setitem__(3, "Reflecteren van gevoel"),
            ["entry 4:", "must be a JSON object"],
        ),
    ],
)
def test_broken_entries(
    broken: Path, file: str, change: Callable[[Any], None], expected: list[str]
) -> None:
    _edit(broken, file, change)
    message = _catalog_error(broken, file.split("/")[0])
    assert message.startswith(file + ": "), message
    for part in expected:
        assert part in message, message


def test_duplicate_field_in_one_object(broken: Path) -> None:
    path = broken / "nl" / "expressive.json"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"name": "Begrip"', '"name": "Begrip", "name": "X"'), "utf-8")
    message = _catalog_error(broken)
    assert "nl/expressive.json" in message
    assert "'name' appears twice" in message


def test_missing_file(broken: Path) -> None:
    (broken / "en" / "skills.json").unlink()
    message = _catalog_error(broken, "en")
    assert message.startswith("en/skills.json: file is missing")


def test_not_utf8(broken: Path) -> None:
    (broken / "nl" / "goals.json").write_bytes(b'{"entries": ["\xff"]}')
    assert _catalog_error(broken).startswith("nl/goals.json: is not UTF-8")
