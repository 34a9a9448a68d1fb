"""Prepare a talk, guided by the communication model (seed 002 l.1025–1100, form l.1217–1247).

No save button: every change is stored about ``AUTOSAVE_MS`` after the last keystroke (one
unit of work for all of it), and at once when the window closes. Alt+1 … Alt+9 and Alt+0 jump
between the sections. The last section holds the talk's notes, so a held talk's record can be
corrected here (the earlier text stays in the talk's history).
"""

from __future__ import annotations

import logging
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from parentconv.cards import BASIC_ATTITUDE_SET, basic_attitude
from parentconv.catalog import Prompt
from parentconv.changes import Changes
from parentconv.citations import where
from parentconv.dates import format_date, format_datetime, format_time
from parentconv.errors import UserFacingError, ValidationError
from parentconv.services import preparation as prep_service
from parentconv.services import talks as talk_service
from parentconv.services import validation as v
from parentconv.services.preparation import (
    MAX_FOCUS_SKILLS,
    AutosaveResult,
    PreparationContext,
    PreparationInput,
    PreparationView,
)
from parentconv.services.talks import TalkInput
from parentconv.services.views import TalkView
from parentconv.settings import load_settings, save_settings
from parentconv.startgesprek import shown_text, told_in_school_year
from parentconv.tips import tips_for
from parentconv_ui.common.colours import colour
from parentconv_ui.common.context import AppContext, Failed
from parentconv_ui.common.errors import show_error
from parentconv_ui.common.labels import carer_label, owner_label
from parentconv_ui.common.unsaved import may_close_unsaved
from parentconv_ui.common.widgets import (
    FieldError,
    fit_to_screen,
    font_size,
    hint,
    hint_style,
    lines_of,
    named,
    text_box,
    warning_style,
)
from parentconv_ui.preparation.sections import GoalPicker, KeyChecks, PhaseMinutes, SkillPicker

log = logging.getLogger(__name__)

AUTOSAVE_MS = 700
KNOWN_AGREEMENTS = 8  # the rest is one section further down; a long box slows opening
SECTION_KEYS = (
    "basics",
    "referential",
    "appellative",
    "relational",
    "expressive",
    "structure",
    "review",
    "questions",
    "context",
    "notes",
)
COMPLETENESS_OF_SECTION = {
    "referential": "referential",
    "appellative": "appellative",
    "relational": "relational",
    "expressive": "expressive",
    "structure": "structure",
}
NOTE_FIELDS = frozenset({"shared_notes", "private_notes"})
BASICS_FIELDS = (
    "type_key",
    "date",
    "start_time",
    "duration_minutes",
    "location",
    "carer_ids",
    "other_participants",
)


class PreparationWindow(QWidget):
    """One talk's preparation; every stored change goes out on the context's change signal.

    Emits ``open_cards`` with a card set's key (the basic attitude's card, from the relational
    aspect)."""

    open_cards = Signal(str)

    def __init__(self, ctx: AppContext, talk_id: int) -> None:
        super().__init__()
        self.setWindowFlag(Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.ctx = ctx
        self.talk_id = talk_id
        self.language = ctx.language
        self.catalog = ctx.catalog
        self.context: PreparationContext
        self.view: PreparationView
        self.context, self.view = ctx.read(prep_service.context_and_preparation, talk_id)
        self.talk: TalkView = self.context.talk
        self._loading = True
        self._basics_dirty = False
        self._form_dirty = False
        self._notes_dirty = False
        self.last_save_failed = False
        self.last_problem = ""
        self.errors: dict[str, FieldError] = {}
        self.sections: dict[str, QGroupBox] = {}
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save_now)
        self._build()
        self._load()
        self._loading = False
        self._refresh_indicators()
        ctx.bus.changed.connect(self._changed)
        fit_to_screen(self, 1100, 820)

    # --- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        pupil = self.context.pupil
        self.setWindowTitle(self.tr("Voorbereiding – {0}").format(pupil.name))
        self.title = QLabel()
        self.title.setStyleSheet(f"{font_size(1.5)} font-weight: 600;")
        self.title.setWordWrap(True)  # a long name or a big font wraps, not widens
        self.progress = QLabel()
        self.progress.setObjectName("completeness")
        self.saved_label = QLabel()
        self.saved_label.setStyleSheet(f"color: {colour('hint')};")
        self.copy_button = QPushButton(self.tr("Overnemen uit vorig gesprek"))
        self.copy_button.setObjectName("copyPrevious")
        self.copy_button.setToolTip(
            self.tr(
                "Neemt de relationele boodschap, kwaliteiten en uitstraling over uit het vorige "
                "voorbereide gesprek, alleen waar je nog niets schreef. Afspraken worden nooit "
                "gekopieerd."
            )
        )
        self.copy_button.setEnabled(self.context.previous_talk_id is not None)
        self.copy_button.clicked.connect(self.copy_previous)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.progress)
        header.addWidget(self.copy_button)

        self.nav = QListWidget()
        self.nav.setObjectName("sectionNav")
        named(self.nav, self.tr("Onderdelen van de voorbereiding"))
        self.nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.nav.setFixedWidth(220)
        self.nav.itemClicked.connect(
            lambda item: self.jump_to(str(item.data(Qt.ItemDataRole.UserRole)))
        )

        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        builders = {
            "basics": self._basics,
            "referential": self._referential,
            "appellative": self._appellative,
            "relational": self._relational,
            "expressive": self._expressive,
            "structure": self._structure,
            "review": self._review,
            "questions": self._questions,
            "context": self._context,
            "notes": self._notes,
        }
        titles = self._section_titles()
        for number, key in enumerate(SECTION_KEYS, start=1):
            box = QGroupBox(f"{number}. {titles[key]}")
            box.setObjectName(f"section_{key}")
            builders[key](box)
            self.body_layout.addWidget(box)
            self.sections[key] = box
            item = QListWidgetItem(f"{number}. {self._nav_titles()[key]}")
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            shortcut = QShortcut(QKeySequence(f"Alt+{number % 10}"), self)
            shortcut.activated.connect(lambda k=key: self.jump_to(k))
        self.body_layout.addStretch(1)
        self.page_scroll = QScrollArea()
        self.page_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible Tab stop
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setWidget(body)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.nav)
        left.addWidget(
            hint(
                self.tr(
                    "Alt+1 … Alt+9, Alt+0: naar een onderdeel.\nAlles wordt vanzelf opgeslagen."
                )
            )
        )
        left.addWidget(self.saved_label)
        left.addStretch(1)
        columns.addLayout(left)
        columns.addWidget(self.page_scroll, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(header)
        outer.addLayout(columns, 1)
        QShortcut(QKeySequence("Ctrl+W"), self).activated.connect(self.close)
        QShortcut(QKeySequence("Ctrl+S"), self).activated.connect(self.save_now)

    def _nav_titles(self) -> dict[str, str]:
        titles = self._section_titles()
        for key in ("referential", "appellative", "relational", "expressive"):
            titles[key] = self.catalog.aspect(key).short_name
        return titles

    def _section_titles(self) -> dict[str, str]:
        aspect = self.catalog.aspect
        return {
            "basics": self.tr("Gesprek en deelnemers"),
            "referential": f"{aspect('referential').short_name} ({aspect('referential').name})",
            "appellative": f"{aspect('appellative').short_name} ({aspect('appellative').name})",
            "relational": f"{aspect('relational').short_name} ({aspect('relational').name})",
            "expressive": f"{aspect('expressive').short_name} ({aspect('expressive').name})",
            "structure": self.catalog.form_field("structure").label,
            "review": self.tr("Eerdere afspraken"),
            "questions": self.tr("Vragen en vaardigheden"),
            "context": self.catalog.form_field("context").label,
            "notes": self.tr("Gespreksnotities"),
        }

    def _error(self, key: str) -> FieldError:
        label = FieldError()
        label.setObjectName(f"error_{key}")
        self.errors[key] = label
        return label

    def _aspect_intro(self, layout: QVBoxLayout | QFormLayout, key: str) -> None:
        aspect = self.catalog.aspect(key)
        text = f"<i>{aspect.explanation}</i><br><b>{aspect.prompt}</b>"
        label = QLabel(text)
        label.setWordWrap(True)
        if isinstance(layout, QFormLayout):
            layout.addRow(label)
        else:
            layout.addWidget(label)

    def _basics(self, box: QGroupBox) -> None:
        form = QFormLayout(box)
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("type_key")
        for ctype in self.catalog.conversation_types:
            self.type_combo.addItem(ctype.name, ctype.key)
        self.date_edit = QLineEdit()
        self.date_edit.setObjectName("date")
        self.date_edit.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.time_edit = QLineEdit()
        self.time_edit.setObjectName("start_time")
        self.time_edit.setPlaceholderText(self.tr("uu:mm"))
        self.duration_edit = QLineEdit()
        self.duration_edit.setObjectName("duration_minutes")
        self.duration_edit.setPlaceholderText(self.tr("minuten"))
        self.location_edit = QLineEdit()
        self.location_edit.setObjectName("location")
        self.location_edit.setPlaceholderText(self.tr("bijv. lokaal 5"))
        self.carer_checks = KeyChecks(
            [(str(c.id), self._carer_label(c.id)) for c in self.context.carers], prefix="carer_"
        )
        self.child_present = QCheckBox(self.tr("Het kind is bij het gesprek"))
        self.child_present.setObjectName("child_present")
        self.others_edit = QLineEdit()
        self.others_edit.setObjectName("other_participants")
        self.others_edit.setPlaceholderText(self.tr("bijv. tolk (telefonisch), intern begeleider"))
        self.type_tips = hint("")
        self.type_tips.setObjectName("type_tips")
        self.type_tips.setTextFormat(Qt.TextFormat.RichText)
        self.type_tips.setStyleSheet(
            f"color: {colour('text')}; background: {colour('info_bg')}; padding: 6px;"
        )
        self.situation_tips = hint("")
        self.situation_tips.setObjectName("situation_tips")
        self.situation_tips.setTextFormat(Qt.TextFormat.RichText)
        self.situation_tips.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.situation_tips.setStyleSheet(
            f"color: {colour('text')}; background: {colour('info_bg')}; padding: 6px;"
        )
        self.situation_tips.linkActivated.connect(self._hide_tip)
        form.addRow(self.tr("Soort gesprek"), self.type_combo)
        form.addRow(self.type_tips)
        for label, widget, key in (
            (self.tr("Datum"), self.date_edit, "date"),
            (self.tr("Begintijd"), self.time_edit, "start_time"),
            (self.tr("Duur (minuten)"), self.duration_edit, "duration_minutes"),
            (self.tr("Locatie"), self.location_edit, "location"),
        ):
            form.addRow(label, widget)
            form.addRow("", self._error(key))
        if self.context.carers:
            form.addRow(self.tr("Ouders/verzorgers"), self.carer_checks)
        else:
            form.addRow(
                self.tr("Ouders/verzorgers"),
                hint(self.tr("Nog geen ouders/verzorgers vastgelegd bij deze leerling.")),
            )
        form.addRow("", self._error("carer_ids"))
        form.addRow("", self.child_present)
        form.addRow(self.tr("Tolk of anderen"), self.others_edit)
        form.addRow("", self._error("type_key"))
        form.addRow(self.situation_tips)  # after who comes: the tips are about them
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        for edit in (
            self.date_edit,
            self.time_edit,
            self.duration_edit,
            self.location_edit,
            self.others_edit,
        ):
            edit.textEdited.connect(lambda _t: self._basics_changed())
        self.carer_checks.changed.connect(self._basics_changed)
        self.child_present.toggled.connect(lambda _on: self._basics_changed())

    def _carer_label(self, carer_id: int) -> str:
        return carer_label(next(c for c in self.context.carers if c.id == carer_id))

    def _referential(self, box: QGroupBox) -> None:
        layout = QVBoxLayout(box)
        self._aspect_intro(layout, "referential")
        self.key_message = text_box(self.tr("Je boodschap in een paar zinnen…"), 110)
        self.key_message.setObjectName("key_message")
        named(self.key_message, self.tr("Je boodschap in een paar zinnen…").rstrip("…"))
        layout.addWidget(self.key_message)
        layout.addWidget(self._error("key_message"))
        step10 = self.catalog.step(10).text
        step11 = self.catalog.step(11).text
        step12 = self.catalog.step(12).text
        self.qualities = text_box(self.tr("Eén per regel"), 70)
        self.qualities.setObjectName("qualities")
        self.growth = text_box(self.tr("Eén per regel"), 70)
        self.growth.setObjectName("growth_opportunities")
        self.classroom = text_box(self.tr("Wat je in de klas gaat doen…"), 60)
        self.classroom.setObjectName("classroom_actions")
        named(self.qualities, self.tr("Kwaliteiten van het kind"))
        named(self.growth, self.tr("Groeikansen"))
        named(self.classroom, self.tr("Betekenis voor jouw handelen"))
        grid = QFormLayout()
        grid.addRow(
            QLabel(self.tr("Kwaliteiten van het kind")),
            hint(self.tr("stap 10: {0}").format(step10)),
        )
        grid.addRow(self.qualities)
        grid.addRow(QLabel(self.tr("Groeikansen")), hint(self.tr("stap 11: {0}").format(step11)))
        grid.addRow(self.growth)
        grid.addRow(
            QLabel(self.tr("Betekenis voor jouw handelen")),
            hint(self.tr("stap 12: {0}").format(step12)),
        )
        grid.addRow(self.classroom)
        layout.addLayout(grid)
        for edit in (self.key_message, self.qualities, self.growth, self.classroom):
            edit.textChanged.connect(self._form_changed)

    def _appellative(self, box: QGroupBox) -> None:
        layout = QVBoxLayout(box)
        self._aspect_intro(layout, "appellative")
        self.goal_picker = GoalPicker(
            self.catalog.goal_types,
            self.tr("Wat wil je aan het eind van dit gesprek bereikt hebben?"),
            self.tr("invloed op"),
        )
        self.goal_picker.changed.connect(self._form_changed)
        layout.addWidget(self.goal_picker)
        layout.addWidget(self._error("goals"))

    def _relational(self, box: QGroupBox) -> None:
        row = QHBoxLayout(box)
        left = QVBoxLayout()
        self._aspect_intro(left, "relational")
        self.relational = text_box(self.tr("Hoe zie je de ouders en het kind?"), 140)
        self.relational.setObjectName("relational_note")
        self.relational.textChanged.connect(self._form_changed)
        left.addWidget(self.relational)
        left.addWidget(self._error("relational_note"))
        left.addWidget(self._basic_attitude())
        row.addLayout(left, 3)
        self.known = QLabel()
        self.known.setObjectName("knownFacts")
        self.known.setWordWrap(True)
        self.known.setTextFormat(Qt.TextFormat.RichText)
        self.known.setStyleSheet(
            f"color: {colour('text')}; background: {colour('known_bg')}; padding: 8px; "
            "border-radius: 4px;"
        )
        self.known.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.known, 2)

    def _basic_attitude(self) -> QLabel:
        """The four elements of the basic attitude (seed 002), the card a click away."""
        card = basic_attitude(self.language)
        elements = ", ".join(item.split(" - ")[0] for item in card.items)
        read = self.tr("kaart lezen")
        label = hint(
            f"<b>{escape(card.title)}</b> {escape(elements)} "
            f"({escape(where(card.source, self.language))}) "
            f'<a href="cards:{BASIC_ATTITUDE_SET}">{escape(read)}</a>'
        )
        label.setObjectName("basicAttitude")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setToolTip("".join(f"<p>{escape(item)}</p>" for item in card.items))
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        label.linkActivated.connect(lambda link: self.open_cards.emit(link.removeprefix("cards:")))
        return label

    def _expressive(self, box: QGroupBox) -> None:
        layout = QVBoxLayout(box)
        self._aspect_intro(layout, "expressive")
        self.expressive = KeyChecks(
            [(q.key, q.name) for q in self.catalog.expressive_qualities],
            columns=3,
            prefix="expressive_",
        )
        self.expressive.changed.connect(self._form_changed)
        self.expressive_own = QLineEdit()
        self.expressive_own.setObjectName("expressive_own")
        self.expressive_own.setPlaceholderText(self.tr("Of in eigen woorden, bijv. rust, humor"))
        self.expressive_own.textEdited.connect(lambda _t: self._form_changed())
        layout.addWidget(self.expressive)
        layout.addWidget(self.expressive_own)

    def _structure(self, box: QGroupBox) -> None:
        layout = QVBoxLayout(box)
        layout.addWidget(hint(self.catalog.form_field("structure").prompt))
        self.phases = PhaseMinutes(
            [(p.key, p.name) for p in self.catalog.talk_phases], self.tr("Totaal: {0} min")
        )
        self.phases.changed.connect(self._form_changed)
        layout.addWidget(self.phases)
        self.structure_warning = QLabel()
        self.structure_warning.setObjectName("structureWarning")
        self.structure_warning.setStyleSheet(warning_style())
        self.structure_warning.setWordWrap(True)
        layout.addWidget(self.structure_warning)
        layout.addWidget(self._error("phase_minutes"))
        self.structure_note = text_box(self.tr("Bijv. eerst de kwaliteiten, dan de zorgen…"), 60)
        self.structure_note.setObjectName("structure_note")
        self.structure_note.textChanged.connect(self._form_changed)
        layout.addWidget(self.structure_note)

    def _review(self, box: QGroupBox) -> None:
        layout = QVBoxLayout(box)
        agreements = self.context.open_agreements
        if not agreements:
            layout.addWidget(hint(self.tr("Geen open afspraken met deze leerling.")))
        else:
            layout.addWidget(
                hint(
                    self.tr(
                        "Vink aan welke afspraken je in dit gesprek wilt nalopen; ze komen "
                        "terug in de gespreksmodus en op het uitgeprinte blad."
                    )
                )
            )
        self.review = KeyChecks(
            [(str(a.id), self._agreement_label(a.id)) for a in agreements], prefix="review_"
        )
        self.review.changed.connect(self._form_changed)
        layout.addWidget(self.review)
        layout.addWidget(self._error("review_agreement_ids"))

    def _agreement_label(self, agreement_id: int) -> str:
        a = next(x for x in self.context.open_agreements if x.id == agreement_id)
        owner = owner_label(a.owner)
        due = (
            self.tr("uiterlijk {0}").format(format_date(a.due_on, self.language))
            if a.due_on
            else self.tr("geen datum")
        )
        if a.is_overdue(self.ctx.today()):
            due += " · " + self.tr("verlopen")
        return f"{a.text} — {owner}, {due}"

    def _questions(self, box: QGroupBox) -> None:
        layout = QVBoxLayout(box)
        self.own_questions = text_box(self.tr("Jouw vragen aan de ouders, één per regel"), 70)
        self.own_questions.setObjectName("own_questions")
        self.parent_questions = text_box(self.tr("Vragen van de ouders (als je ze al kent)"), 60)
        self.parent_questions.setObjectName("parent_questions")
        named(self.own_questions, self.tr("Jouw vragen"))
        named(self.parent_questions, self.tr("Vragen van de ouders"))
        for edit in (self.own_questions, self.parent_questions):
            edit.textChanged.connect(self._form_changed)
        layout.addWidget(QLabel(self.tr("Jouw vragen")))
        layout.addWidget(self.own_questions)
        layout.addWidget(QLabel(self.tr("Vragen van de ouders")))
        layout.addWidget(self.parent_questions)
        layout.addWidget(
            QLabel(
                self.tr("Vaardigheden om op te letten (kies 1 tot en met {0})").format(
                    MAX_FOCUS_SKILLS
                )
            )
        )
        self.skills = SkillPicker(self.catalog, MAX_FOCUS_SKILLS)
        self.skills.changed.connect(self._form_changed)
        self.skills.changed.connect(self._show_practise)
        practise = QHBoxLayout()
        self.practise_label = QLabel()
        self.practise_label.setObjectName("practiseSuggestion")
        self.practise_label.setWordWrap(True)
        self.practise_button = QPushButton(self.tr("Overnemen"))
        self.practise_button.setObjectName("takePractise")
        self.practise_button.clicked.connect(self.take_practise_skills)
        practise.addWidget(self.practise_label, 1)
        practise.addWidget(self.practise_button)
        layout.addLayout(practise)
        layout.addWidget(self.skills)
        layout.addWidget(self._error("focus_skills"))

    def _context(self, box: QGroupBox) -> None:
        layout = QVBoxLayout(box)
        layout.addWidget(hint(self.catalog.form_field("context").prompt))
        self.context_edit = text_box(self.tr("Ruimte, geluid, online, tolk…"), 70)
        self.context_edit.setObjectName("context_factors")
        self.context_edit.textChanged.connect(self._form_changed)
        layout.addWidget(self.context_edit)
        suggestions = QHBoxLayout()
        for text in (
            self.tr("Gespreksruimte gereserveerd"),
            self.tr("Lawaai buiten het lokaal"),
            self.tr("Onlinegesprek: link gestuurd"),
            self.tr("Tolk geregeld"),
        ):
            button = QPushButton("+ " + text)
            button.clicked.connect(lambda _c=False, t=text: self._add_context(t))
            suggestions.addWidget(button)
        suggestions.addStretch(1)
        layout.addLayout(suggestions)

    def _notes(self, box: QGroupBox) -> None:
        layout = QVBoxLayout(box)
        layout.addWidget(
            hint(
                self.tr(
                    "Wat besproken is en je privénotitie. Tijdens het gesprek typ je ze in de "
                    "gespreksmodus; na het gesprek kun je ze hier verbeteren. De eerdere tekst "
                    "blijft bewaard in de geschiedenis van het gesprek."
                )
            )
        )
        self.shared_note = text_box("", 90)
        self.shared_note.setObjectName("shared_notes")
        named(self.shared_note, self.tr("Gedeelde notitie (mag op het verslag voor ouders)"))
        self.private_note = text_box("", 70)
        self.private_note.setObjectName("private_notes")
        named(self.private_note, self.tr("Privénotitie (alleen voor jou, nooit voor ouders)"))
        for title, box_widget, key in (
            (
                self.tr("Gedeelde notitie — mag op het verslag voor ouders"),
                self.shared_note,
                "shared_notes",
            ),
            (self.tr("Privénotitie — alleen voor jou"), self.private_note, "private_notes"),
        ):
            label = QLabel(title)
            label.setBuddy(box_widget)
            layout.addWidget(label)
            layout.addWidget(box_widget)
            layout.addWidget(self._error(key))
            box_widget.textChanged.connect(self._notes_changed)

    def _notes_changed(self) -> None:
        if self._loading:
            return
        self._notes_dirty = True
        self.timer.start()

    # --- loading ------------------------------------------------------------------------------

    def _load(self) -> None:
        talk, view = self.talk, self.view
        self._show_title()
        index = self.type_combo.findData(talk.type_key)
        self.type_combo.setCurrentIndex(max(index, 0))
        self._show_type_tips()
        in_evening = talk.evening_id is not None
        for edit in (self.date_edit, self.time_edit):
            edit.setReadOnly(in_evening)
            edit.setToolTip(
                self.tr(
                    "De tijd volgt uit de gesprekkenavond; verplaats het gesprek in de planner."
                )
                if in_evening
                else ""
            )
        self.date_edit.setText(talk.starts_at.strftime("%d-%m-%Y"))
        self.time_edit.setText(format_time(talk.starts_at))
        self.duration_edit.setText(str(talk.duration_minutes))
        self.location_edit.setText(talk.location)
        self.carer_checks.set_checked([str(i) for i in talk.carer_ids])
        self.child_present.setChecked(talk.child_present)
        self.others_edit.setText(talk.other_participants)
        self.shared_note.setPlainText(talk.shared_notes)
        self.private_note.setPlainText(talk.private_notes)
        self._fill_form(view)
        self._show_known_facts()

    def _fill_form(self, view: PreparationView) -> None:
        was_loading, self._loading = self._loading, True
        self.key_message.setPlainText(view.key_message)
        self.qualities.setPlainText("\n".join(view.qualities))
        self.growth.setPlainText("\n".join(view.growth_opportunities))
        self.classroom.setPlainText(view.classroom_actions)
        self.goal_picker.set_goals(view.goals)
        self.relational.setPlainText(view.relational_note)
        self.expressive.set_checked(view.expressive_keys)
        self.expressive_own.setText(view.expressive_own)
        self.phases.set_minutes(dict(view.phase_minutes))
        self.structure_note.setPlainText(view.structure_note)
        self.review.set_checked([str(i) for i in view.review_agreement_ids])
        self.own_questions.setPlainText("\n".join(view.own_questions))
        self.parent_questions.setPlainText("\n".join(view.parent_questions))
        self.skills.set_checked(view.focus_skills)
        self.context_edit.setPlainText(view.context_factors)
        self._loading = was_loading

    def _show_title(self) -> None:
        talk = self.talk
        ctype = self.catalog.conversation_type(talk.type_key).name
        self.title.setText(
            f"{self.context.pupil.name} · {ctype} · "
            f"{format_datetime(talk.starts_at, self.language)}"
        )

    def _show_type_tips(self) -> None:
        """The chosen type's tips; after a tip backed by a seed, where it comes from (its words
        in the tooltip and the accessible description)."""
        ctype = self.catalog.conversation_type(str(self.type_combo.currentData()))
        lines, quotes = [], []
        for prompt in ctype.prompts:
            line = f"• {escape(prompt.text, quote=False)}"
            if prompt.source is not None:
                place = where(prompt.source, self.language)
                line += f' <span style="color: {colour("hint")};">({escape(place)})</span>'
                quotes.append(self._citation(prompt))
            lines.append(line)
        self.type_tips.setText("<br>".join(lines))
        self.type_tips.setToolTip("".join(f"<p>{escape(q, quote=False)}</p>" for q in quotes))
        named(self.type_tips, self.tr("Tips voor dit soort gesprek"), " ".join(quotes))
        self._show_situation_tips()

    def _show_situation_tips(self) -> None:
        """Tips from the sources for this situation (an interpreter, a low-literate carer, a
        father alone, a care talk, agreements both ways); each can be hidden for good."""
        invited = [c for c in self.context.carers if c.id in self.talk.carer_ids]
        hidden = load_settings(self.ctx.locations.settings_file).hidden_tips
        shown = tips_for(
            str(self.type_combo.currentData()),
            invited or self.context.carers,
            language=self.language,
            hidden=hidden,
        )
        self.situation_tips.setVisible(bool(shown))
        heading = self.tr("Tips bij deze situatie")
        lines = [f"<b>{escape(heading)}</b>"]
        hide_word = self.tr("verbergen")
        quotes = []
        for tip in shown:
            place = where(tip.source, self.language)
            lines.append(
                f"• {escape(tip.text, quote=False)} "
                f'<span style="color: {colour("hint")};">({escape(place)})</span> '
                f'<a href="hide:{tip.key}">{escape(hide_word)}</a>'
            )
            quotes.append(f"“{tip.quote}” ({place})")
        self.situation_tips.setText("<br>".join(lines))
        self.situation_tips.setToolTip("".join(f"<p>{escape(q, quote=False)}</p>" for q in quotes))
        named(self.situation_tips, self.tr("Tips bij deze situatie"), " ".join(quotes))

    def _hide_tip(self, link: str) -> None:
        """The teacher hides a tip: it stays hidden (settings.json) until the setting is reset."""
        key = link.removeprefix("hide:")
        path = self.ctx.locations.settings_file
        settings = load_settings(path)
        if key not in settings.hidden_tips:
            settings.hidden_tips.append(key)
            try:
                save_settings(path, settings)
            except OSError as exc:
                from parentconv.store.db import describe_storage_error

                show_error(self, UserFacingError(describe_storage_error(exc) or str(exc)))
                return
        self._show_situation_tips()

    def _citation(self, prompt: Prompt) -> str:
        """“quote” (bron: …, r. 1974–1976); empty for a tip written for the app."""
        if prompt.quote is None or prompt.source is None:
            return ""
        return f"“{prompt.quote}” ({where(prompt.source, self.language)})"

    def _show_known_facts(self) -> None:
        ctx = self.context
        heading_known = self.tr("Wat de app al weet")
        heading_carers = self.tr("Ouders/verzorgers")
        heading_talks = self.tr("Laatste gesprekken")
        heading_agreements = self.tr("Open afspraken")
        parts = [f"<b>{heading_known}</b>"]
        if ctx.carers:
            parts.append(f"<u>{heading_carers}</u>")
            for c in ctx.carers:
                line = f"• {escape(self._carer_label(c.id))}"
                if c.notes:
                    line += f"<br>&nbsp;&nbsp;<i>{escape(c.notes)}</i>"
                parts.append(line)
        told_on = ctx.pupil.parents_told_on
        if told_on is not None and told_in_school_year(ctx.pupil, self.talk.starts_at.date()):
            told = self.tr("Wat ouders vertelden ({0})").format(format_date(told_on, self.language))
            parts.append(f"<u>{escape(told)}</u>")
            parts.append(escape(shown_text(ctx.pupil.parents_told)).replace("\n", "<br>"))
        parts.append(f"<u>{heading_talks}</u>")
        if not ctx.past_talks:
            parts.append(self.tr("Nog geen eerdere gesprekken."))
        achieved = {
            "yes": self.tr("doel bereikt"),
            "partly": self.tr("doel deels bereikt"),
            "no": self.tr("doel niet bereikt"),
        }
        for t in ctx.past_talks:
            ctype = self.catalog.conversation_type(t.type_key).name
            goals = ", ".join(self.catalog.goal_type(k).name.lower() for k in t.goal_keys)
            line = f"• {format_date(t.starts_at.date(), self.language)} · {ctype}"
            if goals:
                line += f" · {goals}"
            if t.goal_achieved in achieved:
                line += f" · {achieved[t.goal_achieved]}"
            if t.outcome:
                line += f"<br>&nbsp;&nbsp;<i>{escape(t.outcome)}</i>"
            parts.append(line)
        before = ctx.previous_reflection
        if before is not None:
            parts.append(
                "<u>"
                + escape(
                    self.tr("Vorige keer met deze ouders ({0})").format(
                        format_date(before.when.date(), self.language)
                    )
                )
                + "</u>"
            )
            if before.pupil_name != ctx.pupil.name:
                parts.append(escape(self.tr("Gesprek over {0}").format(before.pupil_name)))
            went_well, next_time = self.tr("Ging goed:"), self.tr("Volgende keer:")
            if before.went_well:
                parts.append(f"• {escape(went_well)} <i>{escape(before.went_well)}</i>")
            if before.next_time:
                parts.append(f"• {escape(next_time)} <i>{escape(before.next_time)}</i>")
        parts.append(f"<u>{heading_agreements}</u>")
        if not ctx.open_agreements:
            parts.append(self.tr("Geen."))
        shown = ctx.open_agreements[:KNOWN_AGREEMENTS]
        parts.extend(f"• {escape(self._agreement_label(a.id))}" for a in shown)
        hidden = len(ctx.open_agreements) - len(shown)
        if hidden > 0:
            parts.append(self.tr("… en nog {0} (zie 7. Eerdere afspraken)").format(hidden))
        self.known.setText("<br>".join(parts))
        self._show_practise()

    def _show_practise(self) -> None:
        """The skills the newest self-assessment chose to practise, to take over in one click."""
        suggestion = self.context.practise
        chosen = set(self.skills.checked())
        missing = [k for k in suggestion.skills if k not in chosen] if suggestion else []
        shown = suggestion is not None and bool(missing)
        self.practise_label.setVisible(shown)
        self.practise_button.setVisible(shown)
        if suggestion is None or not shown:
            return
        names = ", ".join(self.catalog.skill(k).name for k in suggestion.skills)
        text = self.tr("Je wilt oefenen (zelfevaluatie van {0}): {1}").format(
            format_date(suggestion.taken_on, self.language), names
        )
        self.practise_label.setText(text)
        named(self.practise_button, self.tr("Overnemen: {0}").format(names))

    def take_practise_skills(self) -> None:
        """Add the skills to practise to the focus skills (as far as the limit allows)."""
        suggestion = self.context.practise
        if suggestion is None:
            return
        keys = list(dict.fromkeys([*self.skills.checked(), *suggestion.skills]))
        self.skills.set_checked(keys[:MAX_FOCUS_SKILLS])
        self._form_changed()
        self._show_practise()
        self.skills.setFocus()

    # --- changes and autosave -----------------------------------------------------------------

    def _form_changed(self) -> None:
        if self._loading:
            return
        self._form_dirty = True
        self.phases.show_total(self._duration_or_none())
        self.timer.start()

    def _basics_changed(self) -> None:
        if self._loading:
            return
        self._basics_dirty = True
        self.timer.start()

    def _type_changed(self) -> None:
        if self._loading:
            return
        self._show_type_tips()
        defaults = prep_service.follow_type_defaults(
            self.talk.type_key,
            str(self.type_combo.currentData()),
            duration_minutes=self._duration_or_none(),
            phase_minutes=self.phases.minutes(),
            child_present=self.child_present.isChecked(),
        )
        if defaults.duration_minutes is not None:
            self.duration_edit.setText(str(defaults.duration_minutes))
        if defaults.phase_minutes != self.phases.minutes():
            self.phases.set_minutes(defaults.phase_minutes)
            self._form_dirty = True
        self.child_present.setChecked(defaults.child_present)
        self._basics_changed()

    def _add_context(self, text: str) -> None:
        current = self.context_edit.toPlainText().rstrip()
        self.context_edit.setPlainText(f"{current}\n{text}".strip())
        self.context_edit.setFocus()

    def _duration_or_none(self) -> int | None:
        try:
            return v.parse_minutes(self.duration_edit.text())
        except ValidationError:
            return None

    def collect(self) -> PreparationInput:
        """The form as it is on screen."""
        return PreparationInput(
            key_message=self.key_message.toPlainText(),
            qualities=lines_of(self.qualities),
            growth_opportunities=lines_of(self.growth),
            classroom_actions=self.classroom.toPlainText(),
            goals=self.goal_picker.goals(),
            relational_note=self.relational.toPlainText(),
            expressive_keys=self.expressive.checked(),
            expressive_own=self.expressive_own.text(),
            structure_note=self.structure_note.toPlainText(),
            phase_minutes=self.phases.minutes(),
            own_questions=lines_of(self.own_questions),
            parent_questions=lines_of(self.parent_questions),
            focus_skills=self.skills.checked(),
            context_factors=self.context_edit.toPlainText(),
            review_agreement_ids=[int(k) for k in self.review.checked()],
        )

    def _talk_input(self) -> TalkInput:
        duration = v.parse_minutes(self.duration_edit.text())  # raises at the field
        return TalkInput(
            pupil_id=self.context.pupil.id,
            type_key=str(self.type_combo.currentData()),
            date=self.date_edit.text(),
            start_time=self.time_edit.text(),
            duration_minutes=duration,
            location=self.location_edit.text(),
            child_present=self.child_present.isChecked(),
            carer_ids=[int(k) for k in self.carer_checks.checked()],
            other_participants=self.others_edit.text(),
        )

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.show_message(None)

    def _show_field_error(self, exc: ValidationError) -> None:
        key = exc.field or ""
        if key.startswith("phase_"):
            key = "phase_minutes"
        label = self.errors.get(key)
        if label is None:
            show_error(self, exc)
        else:
            label.show_message(exc.message)

    def save_now(self, *, quiet: bool = False) -> bool:
        """Store what is on screen, in one unit of work; field errors appear at the field.

        Returns whether everything typed is stored now. ``quiet``: a storage problem is shown
        beside the form only (closing shows it in its own question).
        """
        self.timer.stop()
        if not self.has_unsaved_changes():
            return True
        self._clear_errors()
        basics: TalkInput | None = None
        errors: list[ValidationError] = []
        if self._basics_dirty:
            try:
                basics = self._talk_input()
            except ValidationError as exc:
                errors.append(exc)
        form = self.collect() if self._form_dirty else None
        notes = (
            (self.shared_note.toPlainText(), self.private_note.toPlainText())
            if self._notes_dirty
            else None
        )
        try:
            result: AutosaveResult = self.ctx.run(
                prep_service.autosave,
                self.talk_id,
                basics=basics,
                form=form,
                notes=notes,
                seen_talk=self.talk,
                seen_form=self.view,
            )
        except UserFacingError as exc:
            self.last_save_failed = True
            self.last_problem = exc.message
            self.saved_label.setText(self.tr("Niet opgeslagen: {0}").format(exc.message))
            if not quiet:
                show_error(self, exc)
            return False
        errors.extend(result.errors)
        failed = {e.field or "" for e in errors}
        self._basics_dirty = self._basics_dirty and (
            basics is None or bool(failed & set(BASICS_FIELDS))
        )
        self._form_dirty = self._form_dirty and bool(failed - set(BASICS_FIELDS) - NOTE_FIELDS)
        self._notes_dirty = self._notes_dirty and bool(failed & NOTE_FIELDS)
        for problem in errors:
            self._show_field_error(problem)
        self.last_save_failed = False
        self.view, self.talk = result.preparation, result.talk
        if result.moved_on and not self.has_unsaved_changes():
            self._show_stored_texts()
        self._show_title()
        self._refresh_indicators()
        if result.merged:
            self.saved_label.setText(
                self.tr(
                    "Opgeslagen. Een ander venster had hier intussen ook in geschreven: beide "
                    "teksten zijn bewaard. Kijk ze na."
                )
            )
            self.saved_label.setStyleSheet(warning_style())
        else:
            self.saved_label.setText(
                self.tr("Opgeslagen om {0}").format(self.ctx.now().strftime("%H:%M:%S"))
            )
            self.saved_label.setStyleSheet(hint_style())
        return not self.has_unsaved_changes()

    def _show_stored_texts(self) -> None:
        """After a merge with another window's change: the form and notes as now stored."""
        self._fill_form(self.view)
        was, self._loading = self._loading, True
        self.shared_note.setPlainText(self.talk.shared_notes)
        self.private_note.setPlainText(self.talk.private_notes)
        self._loading = was

    def has_unsaved_changes(self) -> bool:
        return self._basics_dirty or self._form_dirty or self._notes_dirty

    def copy_previous(self) -> None:
        if not self.save_now():
            return
        view = self.ctx.op(self, prep_service.copy_from_previous, self.talk_id)
        if isinstance(view, Failed):
            return
        self.view = view
        self._fill_form(self.view)
        self._refresh_indicators()

    def _changed(self, changes: Changes) -> None:
        """Another window changed this talk (talk mode typed its notes): show them here."""
        if not changes.touches(talks=[self.talk_id]) or self.has_unsaved_changes():
            return
        talk = self.ctx.read(talk_service.get_talk, self.talk_id)
        if (talk.shared_notes, talk.private_notes) != (
            self.shared_note.toPlainText(),
            self.private_note.toPlainText(),
        ):
            was, self._loading = self._loading, True
            self.shared_note.setPlainText(talk.shared_notes)
            self.private_note.setPlainText(talk.private_notes)
            self._loading = was
        self.talk = talk
        self._show_title()

    # --- indicators and navigation ------------------------------------------------------------

    def _refresh_indicators(self) -> None:
        completeness = self.view.completeness
        titles = self._nav_titles()
        for row, key in enumerate(SECTION_KEYS):
            item = self.nav.item(row)
            mark = ""
            if key in COMPLETENESS_OF_SECTION:
                mark = "  ✓" if completeness.section(COMPLETENESS_OF_SECTION[key]) else "  ○"
            item.setText(f"{row + 1}. {titles[key]}{mark}")
        status = (
            self.tr("voorbereid") if completeness.is_prepared else self.tr("nog niet voorbereid")
        )
        self.progress.setText(
            self.tr("{0} van {1} ingevuld · {2}").format(
                completeness.filled_count, completeness.total, status
            )
        )
        self.progress.setStyleSheet(
            f"color: {colour('ok')}; font-weight: 600;"
            if completeness.is_prepared
            else f"color: {colour('warning')}; font-weight: 600;"
        )
        self.structure_warning.setText(self.view.structure_warning or "")
        self.structure_warning.setVisible(bool(self.view.structure_warning))
        self.phases.show_total(self.talk.duration_minutes)

    def jump_to(self, key: str) -> None:
        """Scroll to a section and put the cursor in its first field."""
        box = self.sections[key]
        self.page_scroll.ensureWidgetVisible(box, 0, 0)
        self.page_scroll.verticalScrollBar().setValue(box.y())
        first = next(
            (
                w
                for w in box.findChildren(QWidget)
                if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled()
            ),
            None,
        )
        if first is not None:
            first.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- closing ------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        unsaved = not self.save_now(quiet=True) and self.last_save_failed
        if unsaved and not may_close_unsaved(self, self._saved_on_retry, self.last_problem):
            event.ignore()
            return
        super().closeEvent(event)

    def _saved_on_retry(self) -> str | None:
        stored = self.save_now(quiet=True)
        if self.last_save_failed:
            return self.last_problem
        return None if stored else self.tr("Een veld is nog niet goed ingevuld.")
