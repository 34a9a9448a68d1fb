"""The content catalog: the communication model, goal types, checklist, skills and talk types.

The texts live in ``resources/catalog/<language>/*.json``, one file per part. Every cited text
has a source: either the seed text it quotes (``{"seed": "002", "lines": "1053-1056"}``, a
seed file prefix and 1-based lines) or ``"app"`` for text written for the app, which is read
as ``None`` and never shown with a citation. Any object may carry a ``"note"`` for the
catalog's editors (e.g. a corrected seed typo); notes are checked to be text and not loaded.
A conversation type's prompts are tips written for the app (``text``, never cited); a prompt
that cites a seed gives the seed's words that support it as ``quote``, and one with the source
``"app"`` has no quote.
``load_catalog`` reads and checks the files; any problem in a file raises ``CatalogError``
naming the file and the entry, so a damaged or mistyped data file is found at start-up and
not halfway through a talk.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from pathlib import Path
from types import MappingProxyType

from parentconv.catalog_model import (
    _KEY_RE,
    _LINES_RE,
    APP_SOURCE,
    ASPECT_KEYS,
    ATTITUDE_KEYS,
    CONVERSATION_TYPE_KEYS,
    EXPRESSIVE_KEYS,
    FILE_NAMES,
    FORM_FIELD_KEYS,
    GOAL_KEYS,
    LANGUAGES,
    PHASE_KEYS,
    SEED_PREFIXES,
    SKILL_GROUPS,
    SKILL_KINDS,
    STEP_COUNT,
    TALK_PHASE_KEYS,
    Aspect,
    Attitude,
    Catalog,
    CatalogError,
    ChecklistPhase,
    ChecklistStep,
    ConversationType,
    ExpressiveQuality,
    FormField,
    GoalType,
    Prompt,
    Skill,
    SkillGroup,
    Source,
    SourceRef,
)
from parentconv.resources import resource_dir

__all__ = [
    "APP_SOURCE",
    "ASPECT_KEYS",
    "ATTITUDE_KEYS",
    "CONVERSATION_TYPE_KEYS",
    "EXPRESSIVE_KEYS",
    "FILE_NAMES",
    "FORM_FIELD_KEYS",
    "GOAL_KEYS",
    "LANGUAGES",
    "PHASE_KEYS",
    "SEED_PREFIXES",
    "SKILL_GROUPS",
    "SKILL_KINDS",
    "STEP_COUNT",
    "TALK_PHASE_KEYS",
    "Aspect",
    "Attitude",
    "Catalog",
    "CatalogError",
    "ChecklistPhase",
    "ChecklistStep",
    "ConversationType",
    "ExpressiveQuality",
    "FormField",
    "GoalType",
    "Prompt",
    "Skill",
    "SkillGroup",
    "Source",
    "SourceRef",
    "catalog_root",
    "load_catalog",
]


# --------------------------------------------------------------------------- reading JSON


class _Obj:
    """A JSON object being read, remembering where it is for the error messages."""

    def __init__(self, data: object, file: str, where: str) -> None:
        self.file = file
        self.where = where
        if not isinstance(data, dict):
            raise self.error(f"must be a JSON object, not {_json_type(data)}")
        self._data: dict[str, object] = data
        self._used: set[str] = set()

    def error(self, message: str) -> CatalogError:
        place = f"{self.file}: {self.where}" if self.where else self.file
        return CatalogError(f"{place}: {message}")

    def raw(self, name: str) -> object:
        if name not in self._data:
            raise self.error(f"field {name!r} is missing")
        self._used.add(name)
        return self._data[name]

    def text(self, name: str) -> str:
        value = self.raw(name)
        if not isinstance(value, str):
            raise self.error(f"field {name!r} must be text, not {_json_type(value)}")
        return self._check_text(name, value)

    def has(self, name: str) -> bool:
        """Whether the field is there at all (for a field that may be left out)."""
        return name in self._data

    def optional_text(self, name: str) -> str | None:
        value = self.raw(name)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(f"field {name!r} must be text or null, not {_json_type(value)}")
        return self._check_text(name, value)

    def _check_text(self, name: str, value: str) -> str:
        if not value.strip():
            raise self.error(f"field {name!r} is empty")
        if value != value.strip():
            raise self.error(f"field {name!r} has leading or trailing spaces")
        return value

    def key(self, name: str = "key") -> str:
        value = self.text(name)
        if not _KEY_RE.fullmatch(value):
            raise self.error(f"field {name!r} must be lower-case letters, digits and '_'")
        return value

    def integer(self, name: str, minimum: int) -> int:
        value = self.raw(name)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(f"field {name!r} must be a whole number, not {_json_type(value)}")
        if value < minimum:
            raise self.error(f"field {name!r} must be at least {minimum}, not {value}")
        return value

    def boolean(self, name: str) -> bool:
        value = self.raw(name)
        if not isinstance(value, bool):
            raise self.error(f"field {name!r} must be true or false, not {_json_type(value)}")
        return value

    def texts(self, name: str) -> tuple[str, ...]:
        value = self.raw(name)
        if not isinstance(value, list) or not value:
            raise self.error(f"field {name!r} must be a non-empty list of texts")
        result: list[str] = []
        for i, item in enumerate(value, 1):
            if not isinstance(item, str) or not item.strip() or item != item.strip():
                raise self.error(f"field {name!r}: item {i} must be non-empty text")
            if item in result:
                raise self.error(f"field {name!r}: item {i} ({item!r}) is repeated")
            result.append(item)
        return tuple(result)

    def objects(self, name: str) -> list[object]:
        value = self.raw(name)
        if not isinstance(value, list) or not value:
            raise self.error(f"field {name!r} must be a non-empty list")
        return value

    def obj(self, name: str, where: str) -> _Obj:
        return _Obj(self.raw(name), self.file, where)

    def source(self, name: str = "source") -> Source:
        """A seed citation, or ``None`` for ``"app"`` (text written for the app)."""
        value = self.raw(name)
        label = f"field {name!r}"
        if value == APP_SOURCE:
            return None
        if not isinstance(value, dict):
            example = '{"seed": "002", "lines": "1-2"}'
            raise self.error(f'{label} must be "{APP_SOURCE}" or an object like {example}')
        if set(value) != {"seed", "lines"}:
            raise self.error(f"{label} must have exactly the fields 'seed' and 'lines'")
        seed, lines = value["seed"], value["lines"]
        if not isinstance(seed, str) or seed not in SEED_PREFIXES:
            raise self.error(f"{label}: unknown seed {seed!r} (one of {', '.join(SEED_PREFIXES)})")
        match = _LINES_RE.fullmatch(lines) if isinstance(lines, str) else None
        if match is None:
            raise self.error(f"{label}: lines {lines!r} must look like '1053' or '1053-1066'")
        first = int(match.group(1))
        last = int(match.group(2) or first)
        if first < 1 or last < first:
            raise self.error(f"{label}: line range {lines!r} is empty or starts before line 1")
        return SourceRef(seed=seed, lines=lines)

    def optional_source(self, name: str) -> Source:
        """Like ``source``, but ``null`` is allowed too (for a field that may be absent)."""
        if self.raw(name) is None:
            return None
        return self.source(name)

    def finish(self) -> None:
        if "note" in self._data:
            self.text("note")  # an editor's remark: must be text, never loaded
        unknown = sorted(set(self._data) - self._used)
        if unknown:
            raise self.error(f"unknown field(s): {', '.join(map(repr, unknown))}")


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "an object"


def _no_duplicate_fields(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result: dict[str, object] = {}
    for name, value in pairs:
        if name in result:
            raise _DuplicateField(name)
        result[name] = value
    return result


class _DuplicateField(Exception):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def _read_json(path: Path, label: str) -> _Obj:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise CatalogError(f"{label}: file is missing ({path})") from None
    except OSError as exc:
        raise CatalogError(f"{label}: cannot be read: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CatalogError(f"{label}: is not UTF-8 text (byte {exc.start})") from exc
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_fields)
    except json.JSONDecodeError as exc:
        raise CatalogError(
            f"{label}: invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from exc
    except _DuplicateField as exc:
        raise CatalogError(f"{label}: field {exc.name!r} appears twice in one object") from exc
    return _Obj(data, label, "")


def _entry_label(kind: str, index: int, data: object, id_field: str = "key") -> str:
    label = f"{kind} {index}"
    if isinstance(data, dict):
        ident = data.get(id_field)
        if isinstance(ident, str | int) and not isinstance(ident, bool):
            label += f" ({id_field} {ident!r})"
    return label


def _entries(parent: _Obj, name: str, kind: str, where: str = "") -> list[_Obj]:
    items = parent.objects(name)
    prefix = f"{where}, " if where else ""
    id_field = "number" if kind == "step" else "key"
    return [
        _Obj(item, parent.file, prefix + _entry_label(kind, i, item, id_field))
        for i, item in enumerate(items, 1)
    ]


def _check_keys(
    parent: _Obj, items: Sequence[_Obj], keys: Sequence[str], expected: Sequence[str], what: str
) -> None:
    """Each key once, no unknown ones, all expected ones, in the expected order."""
    seen: list[str] = []
    for item, key in zip(items, keys, strict=True):
        if key in seen:
            raise item.error(f"duplicate key {key!r}")
        if key not in expected:
            raise item.error(f"unknown {what} key {key!r} (expected one of {', '.join(expected)})")
        seen.append(key)
    missing = [k for k in expected if k not in seen]
    if missing:
        raise parent.error(f"{what} key(s) missing: {', '.join(missing)}")
    if tuple(seen) != tuple(expected):
        raise parent.error(f"{what} entries must be in the order {', '.join(expected)}")


# --------------------------------------------------------------------------- the six files


def _read_model(top: _Obj) -> tuple[tuple[Aspect, ...], tuple[FormField, ...]]:
    items = _entries(top, "entries", "entry")
    aspects: list[Aspect] = []
    for item in items:
        aspects.append(
            Aspect(
                key=item.key(),
                name=item.text("name"),
                short_name=item.text("short_name"),
                also_called=item.texts("also_called"),
                explanation=item.text("explanation"),
                prompt=item.text("prompt"),
                help=item.text("help"),
                source=item.source(),
                prompt_source=item.source("prompt_source"),
                help_source=item.source("help_source"),
            )
        )
        item.finish()
    _check_keys(top, items, [a.key for a in aspects], ASPECT_KEYS, "aspect")
    field_items = _entries(top, "form_fields", "form field")
    form_fields: list[FormField] = []
    for item in field_items:
        form_fields.append(
            FormField(
                key=item.key(),
                label=item.text("label"),
                prompt=item.text("prompt"),
                source=item.source(),
            )
        )
        item.finish()
    _check_keys(top, field_items, [f.key for f in form_fields], FORM_FIELD_KEYS, "form field")
    top.finish()
    return tuple(aspects), tuple(form_fields)


def _read_goals(top: _Obj) -> tuple[GoalType, ...]:
    items = _entries(top, "entries", "entry")
    goals: list[GoalType] = []
    for item in items:
        goals.append(
            GoalType(
                key=item.key(),
                name=item.text("name"),
                sender_wants=item.text("sender_wants"),
                influences=item.text("influences"),
                help=item.text("help"),
                source=item.source(),
                help_source=item.source("help_source"),
            )
        )
        item.finish()
    _check_keys(top, items, [g.key for g in goals], GOAL_KEYS, "goal type")
    top.finish()
    return tuple(goals)


def _read_expressive(top: _Obj) -> tuple[ExpressiveQuality, ...]:
    items = _entries(top, "entries", "entry")
    qualities: list[ExpressiveQuality] = []
    for item in items:
        qualities.append(
            ExpressiveQuality(key=item.key(), name=item.text("name"), source=item.source())
        )
        item.finish()
    _check_keys(top, items, [q.key for q in qualities], EXPRESSIVE_KEYS, "expressive quality")
    top.finish()
    return tuple(qualities)


def _read_checklist(top: _Obj) -> tuple[tuple[ChecklistPhase, ...], tuple[Attitude, ...]]:
    items = _entries(top, "phases", "phase")
    phases: list[ChecklistPhase] = []
    next_number = 1
    for item in items:
        key = item.key()
        steps: list[ChecklistStep] = []
        for step_item in _entries(item, "steps", "step", item.where):
            number = step_item.integer("number", 1)
            if number != next_number:
                raise step_item.error(
                    f"step number {number} is out of order: expected {next_number}"
                )
            next_number += 1
            steps.append(
                ChecklistStep(
                    number=number,
                    text=step_item.text("text"),
                    phase_key=key,
                    source=step_item.source(),
                )
            )
            step_item.finish()
        phases.append(
            ChecklistPhase(
                key=key,
                name=item.text("name"),
                part=item.text("part"),
                steps=tuple(steps),
                source=item.source(),
            )
        )
        item.finish()
    _check_keys(top, items, [p.key for p in phases], PHASE_KEYS, "phase")
    if next_number - 1 != STEP_COUNT:
        raise top.error(f"the checklist has {next_number - 1} steps, expected {STEP_COUNT}")
    talk_parts = {p.part for p in phases if p.key in TALK_PHASE_KEYS}
    if len(talk_parts) != 1:
        raise top.error("the five talk phases must share one 'part' (Uitvoering)")
    if phases[0].part in talk_parts:
        raise top.error("the preparation phase must have its own 'part' (Voorbereiding)")

    attitude_items = _entries(top, "attitudes", "attitude")
    attitudes: list[Attitude] = []
    for item in attitude_items:
        attitudes.append(
            Attitude(
                key=item.key(),
                text=item.text("text"),
                help=item.text("help"),
                source=item.source(),
                help_source=item.source("help_source"),
            )
        )
        item.finish()
    _check_keys(top, attitude_items, [a.key for a in attitudes], ATTITUDE_KEYS, "attitude")
    top.finish()
    return tuple(phases), tuple(attitudes)


def _read_skills(top: _Obj) -> tuple[tuple[SkillGroup, ...], tuple[Skill, ...]]:
    group_items = _entries(top, "groups", "group")
    groups: list[SkillGroup] = []
    for item in group_items:
        skill_group = SkillGroup(
            key=item.key(),
            name=item.text("name"),
            intro=item.optional_text("intro"),
            source=item.source(),
            intro_source=item.optional_source("intro_source"),
        )
        if (skill_group.intro is None) != (item.raw("intro_source") is None):
            raise item.error("'intro' and 'intro_source' must both be given or both be null")
        groups.append(skill_group)
        item.finish()
    _check_keys(top, group_items, [g.key for g in groups], SKILL_GROUPS, "skill group")

    skills: list[Skill] = []
    seen: set[str] = set()
    names: set[tuple[str, str]] = set()
    for item in _entries(top, "entries", "entry"):
        key = item.key()
        if key in seen:
            raise item.error(f"duplicate key {key!r}")
        seen.add(key)
        group = item.text("group")
        if group not in SKILL_GROUPS:
            raise item.error(f"unknown group {group!r} (one of {', '.join(SKILL_GROUPS)})")
        kind = item.optional_text("kind")
        if group == "listening" and kind not in SKILL_KINDS:
            raise item.error(f"a listening skill needs kind 'verbal' or 'nonverbal', not {kind!r}")
        if group != "listening" and kind is not None:
            raise item.error(f"only listening skills have a kind; use null, not {kind!r}")
        name = item.text("name")
        if (group, name.casefold()) in names:
            raise item.error(f"skill {name!r} appears twice in group {group!r}")
        names.add((group, name.casefold()))
        skills.append(
            Skill(
                key=key,
                group=group,
                kind=kind,
                name=name,
                description=item.optional_text("description"),
                example=item.optional_text("example"),
                source=item.source(),
            )
        )
        item.finish()
    for group in SKILL_GROUPS:
        if not any(s.group == group for s in skills):
            raise top.error(f"skill group {group!r} has no skills")
    top.finish()
    return tuple(groups), tuple(skills)


def _read_prompt(item: _Obj) -> Prompt:
    """A tip: ``text`` (the app's), and ``quote`` with a seed ``source``, or ``"app"`` alone."""
    text = item.text("text")
    quote = item.text("quote") if item.has("quote") else None
    source = item.source()
    if source is not None and quote is None:
        raise item.error("a prompt citing a seed needs a 'quote' with the text it cites")
    if source is None and quote is not None:
        raise item.error(f"a prompt with source {APP_SOURCE!r} has no 'quote'")
    item.finish()
    return Prompt(text=text, quote=quote, source=source)


def _read_conversation_types(top: _Obj) -> tuple[ConversationType, ...]:
    items = _entries(top, "entries", "entry")
    types: list[ConversationType] = []
    for item in items:
        key = item.key()
        minutes = item.integer("default_minutes", 1)
        split_obj = item.obj("phase_minutes", f"{item.where}, phase_minutes")
        split = {phase: split_obj.integer(phase, 0) for phase in TALK_PHASE_KEYS}
        split_obj.finish()
        if sum(split.values()) != minutes:
            raise item.error(
                f"phase_minutes add up to {sum(split.values())}, but default_minutes is {minutes}"
            )
        prompts = [_read_prompt(p) for p in _entries(item, "prompts", "prompt", item.where)]
        if not 2 <= len(prompts) <= 4:
            raise item.error(f"needs 2 to 4 prompts, not {len(prompts)}")
        types.append(
            ConversationType(
                key=key,
                name=item.text("name"),
                description=item.text("description"),
                default_minutes=minutes,
                child_present=item.boolean("child_present"),
                phase_minutes=MappingProxyType(split),
                prompts=tuple(prompts),
                source=item.source(),
                description_source=item.source("description_source"),
                duration_source=item.source("duration_source"),
                phase_minutes_source=item.source("phase_minutes_source"),
            )
        )
        item.finish()
    _check_keys(top, items, [t.key for t in types], CONVERSATION_TYPE_KEYS, "conversation type")
    top.finish()
    return tuple(types)


# --------------------------------------------------------------------------- loading


def catalog_root() -> Path:
    """The shipped catalog folder, ``resources/catalog``."""
    return resource_dir() / "catalog"


def load_catalog(language: str = "nl", root: Path | None = None) -> Catalog:
    """Read and check the catalog in ``language`` (``"nl"`` or ``"en"``).

    ``root`` is the folder holding one sub-folder per language; it defaults to the shipped
    ``resources/catalog``, whose result is cached. Raises ``CatalogError`` for an unknown
    language or any problem in a file, naming the file and the entry.
    """
    if language not in LANGUAGES:
        raise CatalogError(f"unknown catalog language {language!r} (one of {', '.join(LANGUAGES)})")
    if root is None:
        return _load_shipped(language)
    return _load(language, Path(root))


@functools.lru_cache(maxsize=len(LANGUAGES))
def _load_shipped(language: str) -> Catalog:
    return _load(language, catalog_root())


def _load(language: str, root: Path) -> Catalog:
    def read(name: str) -> _Obj:
        return _read_json(root / language / name, f"{language}/{name}")

    aspects, form_fields = _read_model(read("model.json"))
    goal_types = _read_goals(read("goals.json"))
    expressive = _read_expressive(read("expressive.json"))
    phases, attitudes = _read_checklist(read("checklist.json"))
    skill_groups, skills = _read_skills(read("skills.json"))
    conversation_types = _read_conversation_types(read("conversation_types.json"))
    return Catalog(
        language=language,
        aspects=aspects,
        goal_types=goal_types,
        expressive_qualities=expressive,
        phases=phases,
        attitudes=attitudes,
        skills=skills,
        conversation_types=conversation_types,
        skill_groups=skill_groups,
        form_fields=form_fields,
    )
