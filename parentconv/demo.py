"""A made-up demo class ("Demogroep 5") to try the app with, built through the services.

Everything here is invented but meant to look like a real Dutch groep 5: about 25 pupils with
names in several languages and scripts, parents and carers with their language, interpreter and
literacy needs, two homes and siblings, talks held earlier in the school year with notes,
reflections, checklist ticks and agreements in every status, and six ten-minute talks planned
for the evening after ``today``.

All dates are relative to ``today`` so tests can pass a fixed date, and nothing is random: the
same ``today`` gives the same demo. A talk is placed on its usual date in the school year
(startgesprekken in September, tienminutengesprekken early November) or, when that is not long
enough ago, a fixed number of days before ``today``, so the history keeps its order.

Name note: Vietnamese puts the family name first ("Nguyễn Thị Mai"). The app stores a given name
and a family name and shows them in Dutch order, so she is stored as given name "Thị Mai" and
family name "Nguyễn": she sorts under N on the class list and prints as "Thị Mai Nguyễn". Her
carers' notes say she is called Mai.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from parentconv.dates import school_year_of
from parentconv.services.agreements import change_status, create_agreement
from parentconv.services.evenings import EveningInput, add_slot, create_evening
from parentconv.services.people import (
    CarerInput,
    PupilInput,
    create_carer,
    create_group,
    create_pupil,
    list_groups,
)
from parentconv.services.preparation import GoalChoice, PreparationInput, save_preparation
from parentconv.services.talks import (
    TalkInput,
    create_talk,
    set_notes,
    set_reflection,
    set_status,
    set_step_done,
    update_talk,
)
from parentconv.services.views import TalkView
from parentconv.store.models import AgreementOwner, AgreementStatus, TalkStatus
from parentconv.store.work import Work

__all__ = ["DEMO_GROUP_NAME", "DemoResult", "load_demo_class", "school_year_of"]

DEMO_GROUP_NAME = "Demogroep 5"
CLASSROOM = "Lokaal 5"
EVENING_START = dt.time(18, 30)
SLOT_MINUTES = 10

SCHOOL = AgreementOwner.SCHOOL.value
PARENTS = AgreementOwner.PARENTS.value
CHILD = AgreementOwner.CHILD.value
OTHER = AgreementOwner.OTHER.value
DONE = AgreementStatus.DONE.value
NOT_ACHIEVED = AgreementStatus.NOT_ACHIEVED.value
DROPPED = AgreementStatus.DROPPED.value


@dataclass(frozen=True)
class DemoResult:
    """What ``load_demo_class`` did: the demo group, whether it was made now, its pupils."""

    group_id: int
    created: bool
    pupils: int


# --- the data ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _When:
    """A day in the school year (month, day), or ``fallback_days`` before today if sooner."""

    month: int
    day: int
    fallback_days: int


@dataclass(frozen=True)
class _PupilSpec:
    key: str
    given_name: str
    family_name: str
    infix: str = ""
    born: tuple[int, int] = (1, 1)  # (month, day); the year follows from groep 5


@dataclass(frozen=True)
class _CarerSpec:
    pupils: tuple[str, ...]
    name: str
    relation: str
    language: str = "Nederlands"
    interpreter_needed: bool = False
    low_literacy: bool = False
    email: str = ""
    notes: str = ""


@dataclass(frozen=True)
class _Reflection:
    goal_achieved: str | None
    two_way: bool | None
    next_time: str
    went_well: str = ""


@dataclass(frozen=True)
class _TalkSpec:
    key: str
    pupil: str
    type_key: str
    when: _When
    start: str
    carers: tuple[str, ...]
    duration_minutes: int | None = None
    location: str = CLASSROOM
    child_present: bool | None = None
    other_participants: str = ""
    shared_notes: str = ""
    private_notes: str = ""
    steps: tuple[int, ...] = ()
    reflection: _Reflection | None = None


@dataclass(frozen=True)
class _Review:
    """A later status change, made in a talk (its key) or outside one (on a day)."""

    status: str
    note: str
    at: str | _When


@dataclass(frozen=True)
class _AgreementSpec:
    talk: str
    text: str
    owner: str
    due_after_talk: int | None = None  # days after the talk it was made in
    due_from_today: int | None = None  # days after today (negative: before)
    reviews: tuple[_Review, ...] = ()


@dataclass(frozen=True)
class _PlannedSpec:
    pupil: str
    carers: tuple[str, ...]
    other_participants: str = ""


PUPILS: tuple[_PupilSpec, ...] = (
    _PupilSpec("sukru", "Şükrü", "Yılmaz", born=(3, 14)),
    _PupilSpec("zoe", "Zoë", "Vries", "de", born=(11, 2)),
    _PupilSpec("lucja", "Łucja", "Kowalczyk", born=(6, 21)),
    _PupilSpec("mai", "Thị Mai", "Nguyễn", born=(1, 9)),
    _PupilSpec("daan", "Daan", "Berg", "van den", born=(4, 30)),
    _PupilSpec("fatima", "Fatima", "El Amrani", born=(8, 17)),
    _PupilSpec("noah", "Noah", "Jansen", born=(2, 5)),
    _PupilSpec("sem", "Sem", "Jong", "de", born=(10, 11)),
    _PupilSpec("mila", "Mila", "Bakker", born=(7, 3)),
    _PupilSpec("orjan", "Ørjan", "Halvorsen", born=(5, 26)),
    _PupilSpec("aylin", "Aylin", "Demir", born=(9, 8)),
    _PupilSpec("lucas", "Lucas", "Visser", born=(12, 19)),
    _PupilSpec("julia", "Julia", "Smit", born=(3, 1)),
    _PupilSpec("amira", "Amira", "Haddad", born=(2, 27)),
    _PupilSpec("tigist", "Tigist", "Bekele", born=(6, 4)),
    _PupilSpec("milan", "Milan", "Mulder", born=(8, 29)),
    _PupilSpec("sophie", "Sophie", "Dijk", "van", born=(4, 12)),
    _PupilSpec("levi", "Levi", "Bos", born=(10, 23)),
    _PupilSpec("yara", "Yara", "Graaf", "de", born=(1, 30)),
    _PupilSpec("finn", "Finn", "Meijer", born=(7, 15)),
    _PupilSpec("emma", "Emma", "Hendriks", born=(5, 7)),
    _PupilSpec("mohammed", "Mohammed", "Benali", born=(11, 28)),
    _PupilSpec("oksana", "Oksana", "Shevchenko", born=(9, 16)),
    _PupilSpec("luuk", "Luuk", "Kok", born=(12, 3)),
    _PupilSpec("saar", "Saar", "Peters", born=(2, 14)),
    _PupilSpec("bram", "Bram", "Linden", "van der", born=(8, 2)),
    _PupilSpec("jesse", "Jesse", "Willems", born=(4, 18)),  # twins
    _PupilSpec("tess", "Tess", "Willems", born=(4, 18)),
)

CARERS: tuple[_CarerSpec, ...] = (
    _CarerSpec(
        ("sukru",),
        "Elif Yılmaz",
        "moeder",
        "Turks",
        interpreter_needed=True,
        notes="Broer Emre (17) tolkt soms; bij zorgen liever een professionele tolk Turks.",
    ),
    _CarerSpec(
        ("sukru",),
        "Mehmet Yılmaz",
        "vader",
        "Turks",
        notes="Spreekt goed Nederlands. Werkt in ploegendienst: gesprekken liefst na 17:00.",
    ),
    _CarerSpec(
        ("zoe",),
        "Jeroen de Vries",
        "vader",
        email="jeroen.devries@example.org",
        notes="Co-ouderschap: ma–wo bij vader. Adres: Kastanjelaan 8. "
        "Wil uitnodigingen en verslagen apart ontvangen.",
    ),
    _CarerSpec(
        ("zoe",),
        "Anouk Brouwer",
        "moeder",
        email="anouk.brouwer@example.org",
        notes="Co-ouderschap: do–zo bij moeder. Adres: Molenstraat 21b. "
        "Ouders liever niet samen inplannen.",
    ),
    _CarerSpec(
        ("lucja",),
        "Katarzyna Kowalczyk",
        "moeder",
        "Pools",
        notes="Spreekt ook Engels; schriftelijke informatie graag ook in het Engels.",
    ),
    _CarerSpec(
        ("lucja",),
        "Tomasz Kowalczyk",
        "vader",
        "Pools",
        notes="Werkt doordeweeks in Duitsland; vrijdag bereikbaar.",
    ),
    _CarerSpec(
        ("mai",),
        "Trần Thị Hoa",
        "moeder",
        "Vietnamees",
        interpreter_needed=True,
        notes="Vietnamese volgorde: familienaam eerst. De leerling heet voluit Nguyễn Thị Mai "
        "en wordt Mai genoemd. Moeder draagt haar eigen familienaam (Trần).",
    ),
    _CarerSpec(
        ("mai",),
        "Nguyễn Văn Minh",
        "vader",
        "Vietnamees",
        notes="Spreekt redelijk Nederlands; vertaalt thuis de nieuwsbrief voor moeder.",
    ),
    _CarerSpec(("daan",), "Sanne van den Berg", "moeder", email="sanne.vdberg@example.org"),
    _CarerSpec(("daan",), "Mark van den Berg", "vader"),
    _CarerSpec(
        ("fatima",),
        "Naima El Amrani",
        "moeder",
        "Tarifit (Berbers)",
        low_literacy=True,
        notes="Liever bellen of een spraakbericht dan een brief. Oudste dochter (15) leest mee.",
    ),
    _CarerSpec(("fatima",), "Youssef El Amrani", "vader", "Nederlands"),
    _CarerSpec(
        ("noah",),
        "Lisa Jansen",
        "moeder",
        email="lisa.jansen@example.org",
        notes="Alleenstaande moeder; werkt tot 18:00.",
    ),
    _CarerSpec(("sem",), "Pieter de Jong", "vader"),
    _CarerSpec(("sem",), "Eva Smits", "moeder"),
    _CarerSpec(
        ("mila",),
        "Marieke Hoekstra",
        "pleegmoeder",
        notes="Pleeggezin sinds 2024. Eens per twee weken weekend bij biologische moeder; "
        "contact daarover via de jeugdbeschermer.",
    ),
    _CarerSpec(("mila",), "Ruud Hoekstra", "pleegvader"),
    _CarerSpec(
        ("orjan",),
        "Ingrid Halvorsen",
        "moeder",
        "Noors",
        notes="Gezin woont twee jaar in Nederland; gesprek kan in het Engels.",
    ),
    _CarerSpec(("orjan",), "Knut Halvorsen", "vader", "Noors"),
    _CarerSpec(("aylin",), "Zeynep Demir", "moeder", "Nederlands"),
    _CarerSpec(("aylin",), "Serkan Demir", "vader", "Turks"),
    _CarerSpec(("lucas",), "Femke Visser", "moeder"),
    _CarerSpec(
        ("lucas",),
        "Rick de Boer",
        "stiefvader",
        notes="Woont met moeder en Lucas samen; helpt met huiswerk.",
    ),
    _CarerSpec(("julia",), "Hanneke Smit", "moeder"),
    _CarerSpec(("julia",), "Bas Smit", "vader"),
    _CarerSpec(
        ("amira",),
        "Khaled Haddad",
        "vader",
        "Arabisch",
        interpreter_needed=True,
        notes="Gevlucht uit Syrië (2023). Tolk Arabisch minstens een week vooraf aanvragen.",
    ),
    _CarerSpec(
        ("amira",),
        "Rania Haddad",
        "moeder",
        "Arabisch",
        interpreter_needed=True,
        low_literacy=True,
        notes="Leest weinig; werk met plaatjes en een korte samenvatting via de tolk.",
    ),
    _CarerSpec(
        ("tigist",),
        "Selam Tesfay",
        "moeder",
        "Tigrinya",
        interpreter_needed=True,
        low_literacy=True,
        notes="Alleenstaande moeder. Begeleider van VluchtelingenWerk komt soms mee. "
        "Geen tolk uit de eigen gemeenschap: zij wil een onbekende tolk.",
    ),
    _CarerSpec(("milan",), "Erik Mulder", "vader"),
    _CarerSpec(("milan",), "Ilse Mulder", "moeder"),
    _CarerSpec(("sophie",), "Marloes van Dijk", "moeder"),
    _CarerSpec(("sophie",), "Thomas van Dijk", "vader"),
    _CarerSpec(
        ("levi",),
        "Gerda Bos",
        "oma",
        notes="Levi woont bij oma; zij heeft het gezag. Moeder is niet in beeld.",
    ),
    _CarerSpec(("yara",), "Nadia de Graaf", "moeder"),
    _CarerSpec(("yara",), "Wouter de Graaf", "vader"),
    _CarerSpec(
        ("finn",),
        "Linda Meijer",
        "moeder",
        notes="Co-ouderschap: week om week. Adres moeder: Beukenhof 4.",
    ),
    _CarerSpec(
        ("finn",),
        "Jasper Kramer",
        "vader",
        notes="Co-ouderschap: week om week. Adres vader: Dorpsstraat 112, andere gemeente.",
    ),
    _CarerSpec(("emma",), "Petra Hendriks", "moeder"),
    _CarerSpec(("mohammed",), "Ahmed Benali", "vader", "Nederlands"),
    _CarerSpec(
        ("mohammed",),
        "Samira Benali",
        "moeder",
        "Arabisch",
        low_literacy=True,
        notes="Spreekt Nederlands, leest het moeilijk; uitnodiging ook mondeling doen.",
    ),
    _CarerSpec(
        ("oksana",),
        "Olena Shevchenko (Олена Шевченко)",
        "moeder",
        "Oekraïens",
        interpreter_needed=True,
        notes="Sinds 2022 in Nederland. Engels gaat redelijk, bij rapportgesprekken tolk.",
    ),
    _CarerSpec(
        ("oksana",),
        "Halyna Shevchenko (Галина Шевченко)",
        "oma",
        "Oekraïens",
        interpreter_needed=True,
        notes="Haalt Oksana meestal op.",
    ),
    _CarerSpec(("luuk",), "Iris Kok", "moeder"),
    _CarerSpec(("luuk",), "Dennis Kok", "vader"),
    _CarerSpec(("saar",), "Kim Peters", "moeder"),
    _CarerSpec(("saar",), "Roos Vermeulen", "moeder"),
    _CarerSpec(("bram",), "Joost van der Linden", "vader"),
    _CarerSpec(("bram",), "Maaike van der Linden", "moeder"),
    _CarerSpec(
        ("jesse", "tess"),
        "Martijn Willems",
        "vader",
        email="martijn.willems@example.org",
        notes="Vader van de tweeling Jesse en Tess.",
    ),
    _CarerSpec(
        ("jesse", "tess"),
        "Esther Willems",
        "moeder",
        notes="Moeder van de tweeling; liefst de gesprekken direct na elkaar.",
    ),
)

# When talks happen: on the usual day of the school year, or ``fallback_days`` before today when
# that is sooner (early in the year). Moving a weekend day back to Friday can put talks up to two
# days apart on one day, so talks that close together never share a time of day.
_START_MON = _When(9, 14, 45)
_START_TUE = _When(9, 15, 44)
_START_WED = _When(9, 16, 43)
_START_THU = _When(9, 17, 42)
_CARE = _When(10, 6, 30)
_TEN_MINUTE_TUE = _When(11, 3, 12)
_TEN_MINUTE_THU = _When(11, 5, 10)
_PROGRESS = _When(11, 17, 6)

_START_STEPS = (1, 2, 3, 4, 5, 6, 8, 9, 10, 13, 14, 16)
_TEN_MINUTE_STEPS = (3, 4, 6, 10, 11, 13, 16)

PAST_TALKS: tuple[_TalkSpec, ...] = (
    _TalkSpec(
        "sukru-start",
        "sukru",
        "start",
        _START_MON,
        "14:30",
        ("Elif Yılmaz",),
        child_present=True,
        other_participants="Broer Emre (17) vertaalde waar nodig",
        shared_notes="Şükrü vertelt trots over zijn duiven. Hij leest graag stripboeken. "
        "Moeder wil weten hoe ze thuis met lezen kan helpen.",
        steps=_START_STEPS,
        reflection=_Reflection(
            "yes",
            True,
            "Vader ook uitnodigen; hij kan alleen na 17:00. Tolk vooraf regelen.",
            "Şükrü vertelde zelf over zijn duiven; moeder ontspande zichtbaar.",
        ),
    ),
    _TalkSpec(
        "zoe-start",
        "zoe",
        "start",
        _START_MON,
        "15:00",
        ("Anouk Brouwer",),
        child_present=True,
        shared_notes="Zoë woont om en om bij vader en moeder. Ze is creatief en helpt anderen "
        "graag. Leesmap raakt zoek tussen de twee huizen.",
        private_notes="Vader was niet uitgenodigd door een fout in de adressen; zelf bellen.",
        steps=(1, 3, 4, 5, 6, 9, 10, 13, 16),
    ),
    _TalkSpec(
        "mai-start",
        "mai",
        "start",
        _START_TUE,
        "15:30",
        ("Trần Thị Hoa", "Nguyễn Văn Minh"),
        child_present=True,
        other_participants="Telefoontolk Vietnamees",
        shared_notes="Mai is rustig en precies; rekenen gaat heel goed. Ze durft in de groep "
        "weinig te zeggen. Ouders vinden huiswerk belangrijk.",
        steps=_START_STEPS,
        reflection=_Reflection(
            "partly", True, "Via de tolk korter formuleren; Mai zelf meer laten vertellen."
        ),
    ),
    _TalkSpec(
        "amira-start",
        "amira",
        "start",
        _START_TUE,
        "16:00",
        ("Khaled Haddad", "Rania Haddad"),
        child_present=True,
        other_participants="Buurvrouw (Arabisch sprekend) vertaalde",
        shared_notes="Amira is sinds vorig jaar op school. Ze tekent prachtig en speelt veel "
        "met Yara. Ouders maken zich zorgen over haar Nederlands.",
        steps=(1, 3, 4, 5, 8, 10, 13),
    ),
    _TalkSpec(
        "daan-start",
        "daan",
        "start",
        _START_WED,
        "16:30",
        ("Sanne van den Berg", "Mark van den Berg"),
        child_present=True,
        shared_notes="Daan is een denker en een voetballer. 's Ochtends soms moe; dan is hij "
        "snel boos. Ouders zien hetzelfde thuis.",
        steps=_START_STEPS,
    ),
    _TalkSpec(
        "fatima-start",
        "fatima",
        "start",
        _START_WED,
        "17:00",
        ("Naima El Amrani",),
        child_present=True,
        shared_notes="Fatima is behulpzaam en sociaal. Technisch lezen blijft achter. "
        "Oudste zus kan thuis helpen met voorlezen.",
        steps=(3, 4, 5, 6, 10, 11, 13, 16),
        reflection=_Reflection(
            "partly",
            False,
            "Ik praatte te veel. Meer open vragen en stiltes laten vallen.",
            "De afspraak over voorlezen kwam van de ouders zelf.",
        ),
    ),
    _TalkSpec(
        "tigist-start",
        "tigist",
        "start",
        _START_THU,
        "14:30",
        ("Selam Tesfay",),
        child_present=True,
        other_participants="Tolk Tigrinya; begeleider VluchtelingenWerk",
        shared_notes="Tigist is vrolijk en nieuwsgierig. Ze kan nog niet zwemmen. "
        "Moeder vraagt hoe schoolzwemmen werkt en wat het kost.",
        steps=_START_STEPS,
        reflection=_Reflection(
            "yes",
            True,
            "Plaatjes van het zwembad meenemen; werkte goed.",
            "Met plaatjes begreep moeder het zwemrooster meteen.",
        ),
    ),
    _TalkSpec(
        "levi-start",
        "levi",
        "start",
        _START_THU,
        "15:00",
        ("Gerda Bos",),
        child_present=True,
        shared_notes="Levi woont bij oma. Hij is sterk in rekenen en houdt van dieren. "
        "Oma wil graag vaker kort contact.",
        private_notes="Oma wil niet dat de situatie van moeder in de klas ter sprake komt.",
        steps=(1, 2, 3, 4, 5, 6, 9, 10, 13),
    ),
    _TalkSpec(
        "amira-care",
        "amira",
        "care",
        _CARE,
        "15:30",
        ("Khaled Haddad", "Rania Haddad"),
        location="Spreekkamer",
        child_present=False,
        other_participants="Tolk Arabisch (Tolkcontract); intern begeleider Marja de Wit",
        shared_notes="Samen besproken wat school doet en wat ouders thuis doen voor Amira's "
        "Nederlands. Ouders lezen voor in het Arabisch; dat helpt ook voor het Nederlands.",
        private_notes="Vader noemde dat Amira 's nachts vaak wakker is. Met IB overleggen "
        "over een verwijzing; niet in het verslag voor ouders.",
        steps=tuple(range(1, 17)),
        reflection=_Reflection(
            "partly", True, "Minder informatie tegelijk; plaatjes en een korte samenvatting."
        ),
    ),
    _TalkSpec(
        "sukru-ten",
        "sukru",
        "ten_minute",
        _TEN_MINUTE_TUE,
        "18:30",
        ("Elif Yılmaz", "Mehmet Yılmaz"),
        duration_minutes=SLOT_MINUTES,
        shared_notes="Lezen gaat vooruit. Tafels nog lastig. Vader was er ook bij.",
        steps=_TEN_MINUTE_STEPS,
    ),
    _TalkSpec(
        "zoe-ten",
        "zoe",
        "ten_minute",
        _TEN_MINUTE_TUE,
        "18:40",
        ("Jeroen de Vries",),
        duration_minutes=SLOT_MINUTES,
        shared_notes="Vader is tevreden over Zoë's werkhouding. De leesmap blijft een probleem.",
        private_notes="Moeder apart gesproken op donderdag; niet samen inplannen.",
        steps=_TEN_MINUTE_STEPS,
        reflection=_Reflection("yes", True, ""),
    ),
    _TalkSpec(
        "daan-ten",
        "daan",
        "ten_minute",
        _TEN_MINUTE_TUE,
        "18:50",
        ("Sanne van den Berg",),
        duration_minutes=SLOT_MINUTES,
        shared_notes="Daan slaapt beter en is 's ochtends rustiger. Spreekbeurt over Ajax "
        "in december.",
        steps=_TEN_MINUTE_STEPS,
    ),
    _TalkSpec(
        "mila-ten",
        "mila",
        "ten_minute",
        _TEN_MINUTE_THU,
        "19:00",
        ("Marieke Hoekstra",),
        duration_minutes=SLOT_MINUTES,
        shared_notes="Mila is op maandag vaak onrustig na het weekend bij haar moeder. "
        "Verder gaat het goed; ze heeft een vriendinnetje gevonden.",
        steps=_TEN_MINUTE_STEPS,
    ),
    _TalkSpec(
        "lucas-ten",
        "lucas",
        "ten_minute",
        _TEN_MINUTE_THU,
        "19:10",
        ("Femke Visser", "Rick de Boer"),
        duration_minutes=SLOT_MINUTES,
        shared_notes="Lucas vergeet vaak zijn huiswerk. Hij is sterk in wereldoriëntatie.",
        steps=(3, 4, 6, 13, 16),
    ),
    _TalkSpec(
        "oksana-ten",
        "oksana",
        "ten_minute",
        _TEN_MINUTE_THU,
        "19:20",
        ("Olena Shevchenko (Олена Шевченко)",),
        duration_minutes=SLOT_MINUTES,
        other_participants="Tolk Oekraïens (telefonisch)",
        shared_notes="Oksana spreekt steeds beter Nederlands en leest veel. Moeder wil het "
        "rapport graag ook in het Oekraïens kunnen lezen.",
        steps=_TEN_MINUTE_STEPS,
        reflection=_Reflection("yes", True, "Met telefoontolk lukt tien minuten nét; plan 20."),
    ),
    _TalkSpec(
        "amira-progress",
        "amira",
        "progress",
        _PROGRESS,
        "15:30",
        ("Khaled Haddad",),
        location="Spreekkamer",
        other_participants="Tolk Arabisch (Tolkcontract)",
        shared_notes="De extra ondersteuning helpt: Amira kent veel meer woorden. "
        "Ze slaapt nog steeds onrustig.",
        steps=(3, 4, 6, 7, 9, 13, 14, 15, 16),
    ),
)

AGREEMENTS: tuple[_AgreementSpec, ...] = (
    _AgreementSpec(
        "sukru-start",
        "Şükrü leest thuis elke dag een kwartier voor, in het Turks of in het Nederlands.",
        PARENTS,
        due_after_talk=42,
        reviews=(
            _Review(DONE, "Gaat goed; moeder leest mee en Şükrü vertelt erover.", "sukru-ten"),
        ),
    ),
    _AgreementSpec(
        "sukru-start",
        "Juf geeft Şükrü een vaste taak in de klas (de planten) voor zijn zelfvertrouwen.",
        SCHOOL,
        reviews=(_Review(DONE, "Doet hij trouw; hij is er trots op.", "sukru-ten"),),
    ),
    _AgreementSpec(
        "sukru-ten",
        "Şükrü oefent de tafels van 6, 7 en 8 tien minuten per dag met Rekentuin.",
        CHILD,
        due_from_today=25,
    ),
    _AgreementSpec(
        "zoe-start",
        "School stuurt uitnodigingen en verslagen naar beide ouders apart.",
        SCHOOL,
        reviews=(_Review(DONE, "Werkt: vader kwam zelf naar het tienminutengesprek.", "zoe-ten"),),
    ),
    _AgreementSpec(
        "zoe-start",
        "Zoë neemt haar leesmap elke wissel mee naar het andere huis.",
        CHILD,
        due_after_talk=28,
        reviews=(
            _Review(
                NOT_ACHIEVED,
                "De map blijft vaak bij één ouder liggen. Nieuwe afspraak: een boek op elk adres.",
                "zoe-ten",
            ),
        ),
    ),
    _AgreementSpec(
        "zoe-ten",
        "School geeft een tweede leesboek mee, zodat er op elk adres één ligt.",
        SCHOOL,
        due_from_today=7,
    ),
    _AgreementSpec(
        "daan-start",
        "Ouders sturen 's ochtends een berichtje als Daan slecht geslapen heeft.",
        PARENTS,
        reviews=(
            _Review(
                DROPPED, "Niet meer nodig: Daan slaapt sinds de herfstvakantie goed.", "daan-ten"
            ),
        ),
    ),
    _AgreementSpec(
        "daan-ten",
        "Daan oefent zijn spreekbeurt thuis twee keer hardop.",
        CHILD,
        due_from_today=14,
    ),
    _AgreementSpec(
        "fatima-start",
        "Fatima leest drie keer per week een kwartier voor aan haar oudste zus.",
        PARENTS,
        due_after_talk=35,
    ),
    _AgreementSpec(
        "fatima-start",
        "Juf stuurt moeder elke vrijdag een spraakbericht over de week erna.",
        SCHOOL,
    ),
    _AgreementSpec(
        "mai-start",
        "Mai krijgt elke dag een beurt in de kleine kring, om te oefenen met praten in de groep.",
        SCHOOL,
        due_from_today=45,
    ),
    _AgreementSpec(
        "tigist-start",
        "Begeleider VluchtelingenWerk vraagt de vergoeding voor schoolzwemmen aan.",
        OTHER,
        due_after_talk=28,
        reviews=(
            _Review(
                DONE,
                "Begeleider belde: vergoeding is toegekend, Tigist zwemt mee.",
                _When(10, 9, 35),
            ),
        ),
    ),
    _AgreementSpec(
        "levi-start",
        "Oma en juf bellen elke eerste maandag van de maand kort bij.",
        SCHOOL,
    ),
    _AgreementSpec(
        "amira-start",
        "School vraagt voor elk gesprek met de ouders een tolk Arabisch aan.",
        SCHOOL,
        reviews=(_Review(DONE, "Tolk was er bij het zorggesprek; blijft zo.", "amira-care"),),
    ),
    _AgreementSpec(
        "amira-care",
        "Amira krijgt drie keer per week twintig minuten woordenschat bij de onderwijsassistent.",
        SCHOOL,
        due_after_talk=42,
        reviews=(_Review(DONE, "Woordenschat groeit zichtbaar; gaat door.", "amira-progress"),),
    ),
    _AgreementSpec(
        "amira-care",
        "Ouders gaan elke woensdag met Amira naar de bibliotheek en lezen voor in het Arabisch.",
        PARENTS,
    ),
    _AgreementSpec(
        "amira-care",
        "De Voorleesexpress zoekt een vrijwilliger die wekelijks thuis komt voorlezen.",
        OTHER,
        due_from_today=21,
    ),
    _AgreementSpec(
        "mila-ten",
        "Pleegmoeder vertelt op maandagochtend bij de deur kort hoe het weekend was.",
        PARENTS,
    ),
    _AgreementSpec(
        "lucas-ten",
        "Lucas vult elke maandag zijn huiswerkplanner in en laat die thuis zien.",
        CHILD,
        due_from_today=28,
    ),
    _AgreementSpec(
        "oksana-ten",
        "School zet de uitleg bij het rapport ook in het Oekraïens klaar.",
        SCHOOL,
        due_from_today=60,
    ),
)

# Tomorrow evening from 18:30, one ten-minute slot each, in this order.
PLANNED_TALKS: tuple[_PlannedSpec, ...] = (
    _PlannedSpec("fatima", ("Naima El Amrani", "Youssef El Amrani")),
    _PlannedSpec("noah", ("Lisa Jansen",)),
    _PlannedSpec("sem", ("Pieter de Jong", "Eva Smits")),
    _PlannedSpec("jesse", ("Martijn Willems", "Esther Willems")),
    _PlannedSpec("tess", ("Martijn Willems", "Esther Willems")),
    _PlannedSpec("mai", ("Trần Thị Hoa",), other_participants="Telefoontolk Vietnamees"),
)


# --- building it -------------------------------------------------------------------------------


def _school_year_start(today: dt.date) -> int:
    return int(school_year_of(today)[:4])


def _weekday_on_or_before(day: dt.date) -> dt.date:
    """Talks are on school days: a Saturday or Sunday moves back to the Friday."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def _resolve(when: _When, today: dt.date) -> dt.date:
    """The usual date in this school year, or ``fallback_days`` before today if that is sooner.

    Both candidates grow with their spec, so the minimum keeps the story in order; a weekend
    day then moves back to the Friday.
    """
    start_year = _school_year_start(today)
    year = start_year if when.month >= 8 else start_year + 1
    usual = dt.date(year, when.month, when.day)
    return _weekday_on_or_before(min(usual, today - dt.timedelta(days=when.fallback_days)))


def _birth_date(born: tuple[int, int], today: dt.date) -> str:
    """A birthday that fits groep 5: eight turning nine in the school year."""
    start_year = _school_year_start(today)
    month, day = born
    year = start_year - 9 if month >= 10 else start_year - 8
    date = dt.date(year, month, day)
    # The pupil service refuses birth dates after the real date; only a far-future ``today``
    # could produce one, and then the demo leaves the date out rather than fail.
    return date.isoformat() if date <= today else ""


def _find_existing(work: Work, year: str) -> DemoResult | None:
    for group in list_groups(work):
        if group.is_demo and group.school_year == year:
            return DemoResult(group.id, created=False, pupils=group.pupil_count)
    return None


def _talk_pupil(talk_key: str) -> str:
    return next(t.pupil for t in PAST_TALKS if t.key == talk_key)


def _add_pupils(work: Work, group_id: int, today: dt.date) -> dict[str, int]:
    ids: dict[str, int] = {}
    for p in PUPILS:
        data = PupilInput(
            given_name=p.given_name,
            family_name=p.family_name,
            infix=p.infix,
            date_of_birth=_birth_date(p.born, today),
        )
        ids[p.key] = create_pupil(work, group_id=group_id, data=data).id
    return ids


def _add_carers(work: Work, pupil_ids: dict[str, int]) -> dict[str, int]:
    ids: dict[str, int] = {}
    for c in CARERS:
        data = CarerInput(
            name=c.name,
            relation=c.relation,
            language=c.language,
            interpreter_needed=c.interpreter_needed,
            low_literacy=c.low_literacy,
            email=c.email,
            notes=c.notes,
            pupil_ids=[pupil_ids[key] for key in c.pupils],
        )
        ids[c.name] = create_carer(work, data=data).id
    return ids


def _add_past_talks(
    work: Work, pupil_ids: dict[str, int], carer_ids: dict[str, int], today: dt.date
) -> dict[str, TalkView]:
    """Hold the past talks: notes, ticked steps, reflection, then status held."""
    talks: dict[str, TalkView] = {}
    for t in PAST_TALKS:
        data = TalkInput(
            pupil_id=pupil_ids[t.pupil],
            type_key=t.type_key,
            date=_resolve(t.when, today).isoformat(),
            start_time=t.start,
            duration_minutes=t.duration_minutes,
            location=t.location,
            child_present=t.child_present,
            carer_ids=[carer_ids[name] for name in t.carers],
            other_participants=t.other_participants,
        )
        talk_id = create_talk(work, data=data).id
        if t.shared_notes or t.private_notes:
            set_notes(work, talk_id, shared=t.shared_notes, private=t.private_notes)
        for step in t.steps:
            set_step_done(work, talk_id, step, True)
        if (r := t.reflection) is not None:
            set_reflection(
                work,
                talk_id,
                goal_achieved=r.goal_achieved,
                two_way=r.two_way,
                next_time=r.next_time,
                went_well=r.went_well,
            )
        save_preparation(work, talk_id, _preparation_for(t))
        talks[t.key] = set_status(work, talk_id, TalkStatus.HELD.value)
    return talks


# What a teacher would have prepared for each kind of past talk (goal keys and outcomes, the
# message, the relational note and what to radiate). The notes of the talk stay its own.
_PREPARED: dict[str, tuple[tuple[tuple[str, str], ...], str, str, tuple[str, ...]]] = {
    "start": (
        (
            ("informative", "Ouders weten hoe het jaar in groep 5 eruitziet"),
            ("affective", "Ouders en kind voelen zich welkom"),
        ),
        "Kennismaken: wat vinden ouders en kind belangrijk dit jaar, en hoe houden we contact?",
        "Eerste gesprek dit schooljaar; ik wil vooral luisteren naar wat ouders over hun kind "
        "vertellen.",
        ("understanding", "compassion"),
    ),
    "ten_minute": (
        (
            ("informative", "Ouders weten hoe het gaat met lezen en rekenen"),
            ("motivating", "We spreken af wat thuis en op school gebeurt"),
        ),
        "Hoe het gaat sinds het startgesprek: wat goed gaat, waar het kind kan groeien.",
        "Betrokken ouders; zie de notities van het startgesprek.",
        ("expertise", "understanding"),
    ),
    "care": (
        (
            ("informative", "Ouders begrijpen wat de extra ondersteuning inhoudt"),
            ("persuasive", "Ouders staan achter het plan"),
            ("motivating", "Afgesproken wat school doet en wat ouders thuis doen"),
        ),
        "De extra ondersteuning: wat we zien, wat we voorstellen, wat we samen afspreken.",
        "Ouders zijn ongerust; tolk is geregeld. Eerst hun kijk op hun kind vragen.",
        ("expertise", "compassion", "determination"),
    ),
}


def _preparation_for(spec: _TalkSpec) -> PreparationInput:
    goals, message, relational, expressive = _PREPARED.get(spec.type_key, _PREPARED["ten_minute"])
    first_sentence = spec.shared_notes.split(". ")[0].strip().rstrip(".")
    return PreparationInput(
        key_message=message,
        goals=[GoalChoice(key, outcome) for key, outcome in goals],
        relational_note=relational,
        expressive_keys=list(expressive),
        qualities=[first_sentence] if first_sentence else [],
    )


def _review_time(review: _Review, talks: dict[str, TalkView], today: dt.date) -> dt.datetime:
    if isinstance(review.at, str):
        return talks[review.at].ends_at
    return dt.datetime.combine(_resolve(review.at, today), dt.time(10, 0))


def _add_agreements(
    work: Work, pupil_ids: dict[str, int], talks: dict[str, TalkView], today: dt.date
) -> None:
    """Record the agreements at the end of their talk, then their later reviews."""
    for a in AGREEMENTS:
        made = talks[a.talk].ends_at
        due: dt.date | None = None
        if a.due_after_talk is not None:
            due = made.date() + dt.timedelta(days=a.due_after_talk)
        elif a.due_from_today is not None:
            due = today + dt.timedelta(days=a.due_from_today)
        agreement = create_agreement(
            work,
            pupil_id=pupil_ids[_talk_pupil(a.talk)],
            text=a.text,
            owner=a.owner,
            due_on=due,
            talk_id=talks[a.talk].id,
            created_at=made,
        )
        for review in a.reviews:
            change_status(
                work,
                agreement.id,
                status=review.status,
                note=review.note,
                talk_id=talks[review.at].id if isinstance(review.at, str) else None,
                changed_at=_review_time(review, talks, today),
            )


def _plan_evening(
    work: Work, pupil_ids: dict[str, int], carer_ids: dict[str, int], today: dt.date
) -> None:
    """Tomorrow evening: consecutive ten-minute slots from 18:30 in the classroom."""
    evening = today + dt.timedelta(days=1)
    plan = create_evening(
        work,
        data=EveningInput(
            date=evening.isoformat(),
            start_time=EVENING_START.strftime("%H:%M"),
            location=CLASSROOM,
            slot_minutes=SLOT_MINUTES,
        ),
    )
    for planned in PLANNED_TALKS:
        view = add_slot(work, plan.id, pupil_id=pupil_ids[planned.pupil])
        slot = view.slots[-1]
        update_talk(
            work,
            slot.talk.id,
            data=TalkInput(
                pupil_id=pupil_ids[planned.pupil],
                type_key="ten_minute",
                date=evening.isoformat(),
                start_time=f"{slot.starts_at:%H:%M}",
                duration_minutes=SLOT_MINUTES,
                location=CLASSROOM,
                carer_ids=[carer_ids[name] for name in planned.carers],
                other_participants=planned.other_participants,
            ),
        )


def _fill(work: Work, group_id: int, today: dt.date) -> int:
    """Add the pupils, carers, talks and agreements; return the number of pupils."""
    pupil_ids = _add_pupils(work, group_id, today)
    carer_ids = _add_carers(work, pupil_ids)
    talks = _add_past_talks(work, pupil_ids, carer_ids, today)
    _add_agreements(work, pupil_ids, talks, today)
    _plan_evening(work, pupil_ids, carer_ids, today)
    return len(pupil_ids)


def load_demo_class(work: Work, *, today: dt.date | None = None) -> DemoResult:
    """Create the demo class for the school year of ``today`` (default: the real date).

    Loading it again when it exists adds nothing and returns ``created=False``. It all happens
    in the caller's one unit of work: if anything fails halfway (a full disk), nothing of it is
    stored and a retry starts clean.
    """
    day = today or work.today()
    year = school_year_of(day)
    existing = _find_existing(work, year)
    if existing is not None:
        return existing
    group = create_group(work, name=DEMO_GROUP_NAME, school_year=year, is_demo=True)
    pupils = _fill(work, group.id, day)
    return DemoResult(group.id, created=True, pupils=pupils)
