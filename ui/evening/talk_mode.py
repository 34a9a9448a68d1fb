"""Talk mode: the calm screen kept open during the conversation.

A countdown for the slot and the current phase, the 16-step checklist, the four attitudes, the
goals and focus skills, shared and private notes, quick agreements, and the earlier agreements
to review. The clock starts with the first thing the teacher does (or Start / Space) and runs
on a monotonic clock; Space (outside a text field) or Ctrl+Space pauses. Everything typed is
stored as it is typed, so closing the app mid-talk loses nothing and the talk can be resumed.
"Afgezegd", "Niet verschenen" and "Gesprek klaar" can be undone (Ctrl+Z) from the bar on top.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import threading

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from parentconv.changes import Changes
from parentconv.dates import format_date, format_time
from parentconv.errors import NotConnectedError, UserFacingError, ValidationError
from parentconv.services import journal, talk_mode, talks
from parentconv.services import validation as v
from parentconv.services.agreements import create_agreement
from parentconv.services.talk_clock import Stopwatch, countdown, phase_at
from parentconv.services.talk_mode import KEEP, Keep, TalkModeView
from parentconv.services.views import AgreementView
from parentconv.settings import load_settings
from parentconv.store.backups import EVENING
from parentconv.store.db import Database
from parentconv.tips import tips_for
from parentconv_ui.common.agreement_dialog import AgreementDialog
from parentconv_ui.common.colours import colour
from parentconv_ui.common.context import AppContext, Failed, OwnChanges
from parentconv_ui.common.errors import show_error
from parentconv_ui.common.labels import OWNERS, agreement_status_label, owner_label
from parentconv_ui.common.unsaved import may_close_unsaved
from parentconv_ui.common.widgets import (
    FieldError,
    WrappedCheck,
    fit_to_screen,
    font_size,
    hint,
    named,
    warning_style,
)
from parentconv_ui.evening.offline_notes import OfflineNotes

NOTES_SAVE_MS = 700
TICK_MS = 500
ELAPSED_SAVE_EVERY = 10  # seconds

log = logging.getLogger(__name__)


def _backup_quietly(db: Database) -> None:
    try:
        db.backup(EVENING)
    except UserFacingError:
        log.warning("The backup after the evening failed", exc_info=True)
    except Exception:
        log.exception("The backup after the evening failed")


def _message(problem: UserFacingError | None) -> str | None:
    return problem.message if problem is not None else None


class TalkModeWindow(QWidget):
    """One talk at a time; "next talk" moves on to the next slot of the evening."""

    print_summary = Signal(int, str)  # talk id, "teacher" or "parents"
    print_evening_parents = Signal(object)  # the evening's date: all parents' copies
    open_self_assessment = Signal(object)  # the evening's id (or None)

    def __init__(self, ctx: AppContext, talk_id: int) -> None:
        super().__init__()
        self.setWindowFlag(Qt.WindowType.Window)
        self.ctx = ctx
        self.language = ctx.language
        self.catalog = ctx.catalog
        self.talk_id = talk_id
        self.stopwatch = Stopwatch(ctx.clock)
        self._saved_elapsed = 0
        self._undo_talk_id: int | None = None
        self._notes_unsaved = False
        self._held_any = False
        self.own = OwnChanges(ctx)
        self.following_id: int | None = None
        self.tick = QTimer(self)
        self.tick.setInterval(TICK_MS)
        self.tick.timeout.connect(self._tick)
        self.notes_timer = QTimer(self)
        self.notes_timer.setSingleShot(True)
        self.notes_timer.setInterval(NOTES_SAVE_MS)
        self.notes_timer.timeout.connect(self.save_notes)
        self.offline = OfflineNotes(self, ctx, self.store_notes)
        self._build()
        ctx.bus.changed.connect(self._changed)
        self.load(talk_id)
        fit_to_screen(self, 1280, 860)

    # --- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.setStyleSheet(f"QWidget {{ {font_size(1.25)} }}")
        self.undo_bar = QFrame()
        self.undo_bar.setObjectName("undoBar")
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_label = QLabel()
        self.undo_label.setObjectName("undoLabel")
        self.undo_label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Ongedaan maken (Ctrl+Z)"))
        self.undo_button.setObjectName("undoButton")
        self.undo_button.clicked.connect(self.undo)
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(8, 4, 8, 4)
        undo_layout.addWidget(self.undo_label, 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.hide()

        self.pupil_label = QLabel()
        self.pupil_label.setObjectName("talkPupil")
        self.pupil_label.setStyleSheet(f"{font_size(2)} font-weight: 600;")
        self.pupil_label.setWordWrap(True)  # a long name or a big font wraps, not widens
        self.carers_label = QLabel()
        self.carers_label.setObjectName("talkDetails")
        self.carers_label.setWordWrap(True)
        self.clock = QLabel()
        self.clock.setObjectName("slotClock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clock.setStyleSheet(f"{font_size(3)} font-weight: 600;")
        self.phase_label = QLabel()
        self.phase_label.setObjectName("phaseClock")
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase_label.setWordWrap(True)
        self.pause_button = QPushButton()
        self.pause_button.setObjectName("pauseButton")
        self.pause_button.clicked.connect(self.toggle_pause)
        self.clock_frame = QFrame()
        self.clock_frame.setObjectName("clockFrame")
        clock_layout = QVBoxLayout(self.clock_frame)
        clock_layout.setContentsMargins(6, 4, 6, 4)
        clock_layout.addWidget(self.clock)
        clock_layout.addWidget(self.phase_label)
        clock_layout.addWidget(self.pause_button)
        header = QHBoxLayout()
        who = QVBoxLayout()
        who.addWidget(self.pupil_label)
        who.addWidget(self.carers_label)
        # The sources' tips for this situation (an interpreter, a low-literate carer, a father
        # alone, a care talk), as in the preparation; hidden ones stay hidden.
        self.tips_label = hint("")
        self.tips_label.setObjectName("situationTips")
        who.addWidget(self.tips_label)
        header.addLayout(who, 3)
        header.addWidget(self.clock_frame, 1)

        # Left: goal and focus, attitudes, the checklist.
        self.step_boxes: dict[int, QCheckBox] = {}
        left = QWidget()
        left_layout = QVBoxLayout(left)
        self.focus_label = QLabel()
        self.focus_label.setObjectName("focusLabel")
        self.focus_label.setWordWrap(True)
        self.focus_label.setTextFormat(Qt.TextFormat.RichText)
        self.focus_label.setStyleSheet(
            f"background: {colour('info_bg')}; color: {colour('text')}; padding: 8px;"
        )
        left_layout.addWidget(self.focus_label)
        attitudes = QGroupBox(self.tr("Vaardigheden, het hele gesprek"))
        att_layout = QVBoxLayout(attitudes)
        for attitude in self.catalog.attitudes:
            label = QLabel(f"• {attitude.text}")
            label.setWordWrap(True)
            label.setToolTip(attitude.help)
            att_layout.addWidget(label)
        left_layout.addWidget(attitudes)
        for phase in self.catalog.phases:
            box = QGroupBox(phase.name)
            box_layout = QVBoxLayout(box)
            for step in phase.steps:
                row = WrappedCheck(f"{step.number}. {step.text}")
                check = row.box
                check.setObjectName(f"step_{step.number}")
                named(check, self.tr("Stap {0}: {1}").format(step.number, step.text))
                check.toggled.connect(lambda on, n=step.number: self._step_toggled(n, on))
                box_layout.addWidget(row)
                self.step_boxes[step.number] = check
            left_layout.addWidget(box)
        left_layout.addStretch(1)
        self.left_scroll = self._scroll(left)

        # Right: notes, agreements, review.
        self.shared_note = QPlainTextEdit()
        self.shared_note.setObjectName("sharedNote")
        named(self.shared_note, self.tr("Gedeelde notitie (mag op het verslag voor ouders)"))
        self.shared_note.setTabChangesFocus(True)
        self.shared_note.setStyleSheet(
            f"background: {colour('shared_bg')}; color: {colour('text')};"
        )
        self.shared_note.setMinimumHeight(90)
        self.private_note = QPlainTextEdit()
        self.private_note.setObjectName("privateNote")
        named(self.private_note, self.tr("Privénotitie (alleen voor jou, nooit voor ouders)"))
        self.private_note.setTabChangesFocus(True)
        self.private_note.setStyleSheet(
            f"background: {colour('private_bg')}; color: {colour('text')};"
        )
        self.private_note.setMinimumHeight(60)
        for note in (self.shared_note, self.private_note):
            note.textChanged.connect(self._notes_changed)
        shared_title = QLabel(self.tr("Gedeelde notitie — mag op het verslag voor ouders"))
        shared_title.setStyleSheet(f"font-weight: 600; color: {colour('ok')};")
        shared_title.setBuddy(self.shared_note)
        private_title = QLabel(self.tr("Privénotitie — alleen voor jou, nooit voor ouders"))
        private_title.setStyleSheet(f"font-weight: 600; color: {colour('private')};")
        private_title.setBuddy(self.private_note)
        self.notes_state = QLabel()
        self.notes_state.setObjectName("notesState")

        self.agreement_text = QLineEdit()
        self.agreement_text.setObjectName("agreementText")
        named(self.agreement_text, self.tr("Nieuwe afspraak"))
        self.agreement_owner = QComboBox()
        self.agreement_owner.setObjectName("agreementOwner")
        named(self.agreement_owner, self.tr("Wie doet het"))
        for key in OWNERS:
            self.agreement_owner.addItem(owner_label(key), key)
        self.agreement_due = QLineEdit()
        self.agreement_due.setObjectName("agreementDue")
        named(self.agreement_due, self.tr("Uiterlijk (datum, niet verplicht)"))
        self.agreement_due.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.agreement_due.setMinimumWidth(self.fontMetrics().horizontalAdvance("00-00-00000") + 24)
        self.add_button = QPushButton(self.tr("Toevoegen"))
        self.add_button.setObjectName("addAgreement")
        self.add_button.clicked.connect(self.add_agreement)
        for edit in (self.agreement_text, self.agreement_due):
            edit.returnPressed.connect(self.add_agreement)
        self.agreement_error = FieldError()
        self.agreement_error.setObjectName("agreementError")
        self.made_list = QListWidget()
        self.made_list.setObjectName("madeAgreements")
        named(self.made_list, self.tr("Afspraken uit dit gesprek"))
        self.made_list.setWordWrap(True)
        self.made_list.setMaximumHeight(120)
        capture = QGroupBox(self.tr("Afspraken: wie doet wat, wanneer"))
        cap_layout = QGridLayout(capture)
        cap_layout.addWidget(self._caption(self.tr("Nieuwe afspraak"), self.agreement_text), 0, 0)
        cap_layout.addWidget(self._caption(self.tr("Wie"), self.agreement_owner), 0, 1)
        cap_layout.addWidget(self._caption(self.tr("Uiterlijk"), self.agreement_due), 0, 2)
        cap_layout.addWidget(self.agreement_text, 1, 0)
        cap_layout.addWidget(self.agreement_owner, 1, 1)
        cap_layout.addWidget(self.agreement_due, 1, 2)
        cap_layout.addWidget(self.add_button, 1, 3)
        cap_layout.setColumnStretch(0, 1)
        keys_hint = QLabel(self.tr("Typ, Tab, kies wie, Tab, datum, Enter."))
        keys_hint.setWordWrap(True)
        cap_layout.addWidget(keys_hint, 2, 0, 1, 4)
        cap_layout.addWidget(self.agreement_error, 3, 0, 1, 4)
        cap_layout.addWidget(self.made_list, 4, 0, 1, 4)

        self.review_box = QGroupBox(self.tr("Eerdere afspraken nalopen"))
        self.review_layout = QVBoxLayout(self.review_box)
        self.review_rows: dict[int, tuple[QLabel, QLineEdit]] = {}

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(shared_title)
        right_layout.addWidget(self.shared_note, 2)
        right_layout.addWidget(private_title)
        right_layout.addWidget(self.private_note, 1)
        right_layout.addWidget(self.notes_state)
        right_layout.addWidget(capture)
        right_layout.addWidget(self.review_box)
        right_layout.addStretch(1)
        self.right_scroll = self._scroll(right)

        body = QSplitter()
        body.setChildrenCollapsible(False)
        body.addWidget(self.left_scroll)
        body.addWidget(self.right_scroll)
        body.setSizes([500, 700])

        self.next_button = QPushButton(self.tr("Gesprek klaar · volgende ▶"))
        self.next_button.setObjectName("nextTalk")
        self.next_button.setToolTip("Ctrl+Enter")
        self.next_button.setStyleSheet("font-weight: 600; padding: 6px 14px;")
        self.next_button.clicked.connect(self.finish)
        self.cancel_button = QPushButton(self.tr("Afgezegd"))
        self.cancel_button.setObjectName("cancelTalk")
        self.cancel_button.clicked.connect(lambda: self.cancel("cancelled"))
        self.no_show_button = QPushButton(self.tr("Niet verschenen"))
        self.no_show_button.setObjectName("noShow")
        self.no_show_button.clicked.connect(lambda: self.cancel("no_show"))
        footer = QHBoxLayout()
        footer.addWidget(self.cancel_button)
        footer.addWidget(self.no_show_button)
        footer.addStretch(1)
        footer.addWidget(self.next_button)

        talk_page = QWidget()
        talk_layout = QVBoxLayout(talk_page)
        talk_layout.setContentsMargins(0, 0, 0, 0)
        talk_layout.addLayout(header)
        talk_layout.addWidget(body, 1)
        talk_layout.addLayout(footer)

        self.stack = QStackedWidget()
        self.stack.addWidget(talk_page)
        self.stack.addWidget(self._reflection_page())
        self.stack.addWidget(self._end_page())
        outer = QVBoxLayout(self)
        outer.addWidget(self.undo_bar)
        outer.addWidget(self.stack, 1)

        QShortcut(QKeySequence("Ctrl+Space"), self).activated.connect(self.toggle_pause)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.finish)
        QShortcut(QKeySequence("Ctrl+Enter"), self).activated.connect(self.finish)
        QShortcut(QKeySequence("Ctrl+W"), self).activated.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self).activated.connect(
            self._undo_shortcut
        )

    @staticmethod
    def _scroll(inner: QWidget) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible Tab stop
        scroll.setWidget(inner)
        return scroll

    @staticmethod
    def _caption(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _reflection_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.reflection_title = QLabel()
        self.reflection_title.setObjectName("reflectionTitle")
        self.reflection_title.setStyleSheet(f"{font_size(1.83)} font-weight: 600;")
        self.reflection_title.setWordWrap(True)
        layout.addWidget(self.reflection_title)
        layout.addWidget(QLabel(self.tr("Korte terugblik (mag je ook overslaan)")))
        self.goal_buttons = QButtonGroup(self)
        goal_box = self._question(
            self.tr("Communicatief doel bereikt?"),
            self.goal_buttons,
            (("yes", self.tr("ja")), ("partly", self.tr("deels")), ("no", self.tr("nee"))),
            "achieved",
        )
        self.two_way_buttons = QButtonGroup(self)
        two_way_box = self._question(
            self.tr("Tweezijdig: brachten de ouders hun kijk in?"),
            self.two_way_buttons,
            (("yes", self.tr("ja")), ("no", self.tr("nee"))),
            "twoway",
        )
        layout.addWidget(goal_box)
        layout.addWidget(two_way_box)
        self.went_well = QLineEdit()
        self.went_well.setObjectName("wentWell")
        named(self.went_well, self.tr("Wat ging goed? (één regel)"))
        layout.addWidget(self._caption(self.tr("Wat ging &goed? (één regel)"), self.went_well))
        layout.addWidget(self.went_well)
        self.next_time = QLineEdit()
        self.next_time.setObjectName("nextTime")
        named(self.next_time, self.tr("Volgende keer (één regel)"))
        layout.addWidget(self._caption(self.tr("Volgende keer (één regel)"), self.next_time))
        layout.addWidget(self.next_time)
        buttons = QHBoxLayout()
        back = QPushButton(self.tr("Terug naar het gesprek"))
        back.setObjectName("backToTalk")
        back.clicked.connect(self.undo)
        self.parents_copy_button = QPushButton(self.tr("Verslag voor ouders afdrukken…"))
        self.parents_copy_button.setObjectName("printParentsCopy")
        self.parents_copy_button.clicked.connect(
            lambda: self.print_summary.emit(self.talk_id, "parents")
        )
        skip = QPushButton(self.tr("Overslaan"))
        skip.setObjectName("skipReflection")
        skip.clicked.connect(lambda: self._after_reflection(save=False))
        save = QPushButton(self.tr("Opslaan en verder ▶"))
        save.setObjectName("saveReflection")
        save.setDefault(True)
        save.clicked.connect(lambda: self._after_reflection(save=True))
        self.went_well.returnPressed.connect(self.next_time.setFocus)
        self.next_time.returnPressed.connect(lambda: self._after_reflection(save=True))
        buttons.addWidget(back)
        buttons.addWidget(self.parents_copy_button)
        buttons.addStretch(1)
        buttons.addWidget(skip)
        buttons.addWidget(save)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    def _question(
        self, question: str, group: QButtonGroup, answers: tuple[tuple[str, str], ...], prefix: str
    ) -> QGroupBox:
        """A question with its answers next to each other (the group box carries the question)."""
        box = QGroupBox(question)
        row = QHBoxLayout(box)
        for key, text in answers:
            radio = QRadioButton(text)
            radio.setObjectName(f"{prefix}_{key}")
            radio.setProperty("answer", key)
            named(radio, f"{question} {text}")
            group.addButton(radio)
            row.addWidget(radio)
        row.addStretch(1)
        return box

    def _end_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.end_title = QLabel(self.tr("Dat was het laatste gesprek van de avond."))
        self.end_title.setObjectName("endTitle")
        self.end_title.setStyleSheet(f"{font_size(1.83)} font-weight: 600;")
        self.end_title.setWordWrap(True)
        layout.addWidget(self.end_title)
        self.evening_copies_button = QPushButton(
            self.tr("Verslagen voor ouders van deze avond afdrukken…")
        )
        self.evening_copies_button.setObjectName("printEveningParents")
        self.evening_copies_button.clicked.connect(
            lambda: self.print_evening_parents.emit(self.mode.talk.starts_at.date())
        )
        close = QPushButton(self.tr("Sluiten"))
        close.setObjectName("closeTalkMode")
        close.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.evening_copies_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        layout.addWidget(self._evening_look_back())
        layout.addStretch(1)
        return page

    def _evening_look_back(self) -> QGroupBox:
        """After the last talk: two lines on the evening, and the self-assessment."""
        self.look_back_box = QGroupBox(self.tr("Terugblik op de avond (mag je ook overslaan)"))
        self.look_back_box.setObjectName("eveningLookBack")
        form = QVBoxLayout(self.look_back_box)
        self.evening_went_well = QLineEdit()
        self.evening_went_well.setObjectName("eveningWentWell")
        named(self.evening_went_well, self.tr("Wat ging goed deze avond?"))
        self.evening_next_time = QLineEdit()
        self.evening_next_time.setObjectName("eveningNextTime")
        named(self.evening_next_time, self.tr("Wat doe je volgende keer anders?"))
        form.addWidget(self._caption(self.tr("Wat ging goed deze &avond?"), self.evening_went_well))
        form.addWidget(self.evening_went_well)
        form.addWidget(
            self._caption(self.tr("Wat doe je &volgende keer anders?"), self.evening_next_time)
        )
        form.addWidget(self.evening_next_time)
        self.evening_went_well.returnPressed.connect(self.evening_next_time.setFocus)
        self.evening_next_time.returnPressed.connect(self.save_evening_look_back)
        row = QHBoxLayout()
        self.look_back_saved = QLabel()
        self.look_back_saved.setObjectName("eveningLookBackSaved")
        save = QPushButton(self.tr("Terugblik &opslaan"))
        save.setObjectName("saveEveningLookBack")
        save.clicked.connect(self.save_evening_look_back)
        assess = QPushButton(self.tr("&Zelfevaluatie invullen…"))
        assess.setObjectName("selfAssessmentAfterEvening")
        assess.clicked.connect(lambda: self.open_self_assessment.emit(self.mode.talk.evening_id))
        row.addWidget(self.look_back_saved, 1)
        row.addWidget(save)
        row.addWidget(assess)
        form.addLayout(row)
        return self.look_back_box

    def save_evening_look_back(self) -> None:
        evening_id = self.mode.talk.evening_id
        if evening_id is None:
            return
        result = self.ctx.op(
            self,
            journal.set_evening_reflection,
            evening_id,
            went_well=self.evening_went_well.text(),
            next_time=self.evening_next_time.text(),
        )
        if isinstance(result, Failed):
            return
        self.look_back_saved.setText(
            self.tr("Opgeslagen in het reflectielogboek.")
            if result.reflected_at is not None
            else ""
        )

    # --- loading ------------------------------------------------------------------------------

    def load(self, talk_id: int) -> None:
        """Show one talk. A talk already under way resumes; a new one waits for Start."""
        self.tick.stop()
        self.talk_id = talk_id
        self.mode: TalkModeView = self.ctx.read(talk_mode.talk_mode_view, talk_id)
        talk = self.mode.talk
        self.stopwatch = Stopwatch(self.ctx.clock, talk.elapsed_seconds)
        self._saved_elapsed = talk.elapsed_seconds
        self.setWindowTitle(self.tr("Gesprek – {0}").format(self.mode.pupil.name))
        self.pupil_label.setText(self.mode.pupil.name)
        self._show_details()
        for number, box in self.step_boxes.items():
            box.blockSignals(True)
            box.setChecked(number in talk.ticked_steps)
            box.blockSignals(False)
        self._show_focus()
        for note, text in (
            (self.shared_note, talk.shared_notes),
            (self.private_note, talk.private_notes),
        ):
            note.blockSignals(True)
            note.setPlainText(text)
            note.blockSignals(False)
        self.notes_state.setText("")
        self._notes_seen = talks.NotesSeen.of(talk)
        self._notes_unsaved = False
        self._take_waiting_notes(talk.id)
        self.agreement_text.clear()
        self.agreement_due.clear()
        self.agreement_error.show_message(None)
        self._show_made()
        self._show_review()
        if talk.is_open and talk.elapsed_seconds > 0:
            self.stopwatch.start()  # it was under way when the window was closed
        self.tick.start()
        self._show_clock()
        self.stack.setCurrentIndex(0)
        for scroll in (self.left_scroll, self.right_scroll):
            scroll.verticalScrollBar().setValue(0)
        self.next_button.setText(
            self.tr("Gesprek klaar · volgende ▶")
            if self.mode.next_talk_id
            else self.tr("Gesprek klaar ✓")
        )
        for button in (self.next_button, self.cancel_button, self.no_show_button):
            button.setEnabled(talk.is_open)

    def _show_details(self) -> None:
        mode, talk = self.mode, self.mode.talk
        carers = [
            c.name
            + (f" ({c.relation})" if c.relation else "")
            + (" · " + self.tr("tolk nodig") if c.interpreter_needed else "")
            for c in mode.carers
            if c.id in talk.carer_ids
        ] or [c.name for c in mode.carers]
        extra = [talk.other_participants] if talk.other_participants else []
        if talk.child_present:
            extra.append(self.tr("kind is erbij"))
        when = f"{format_date(talk.starts_at.date(), self.language)} {format_time(talk.starts_at)}"
        ctype = self.catalog.conversation_type(talk.type_key).name
        self.carers_label.setText(" · ".join([when, ctype, ", ".join(carers), *extra]))
        invited = [c for c in mode.carers if c.id in talk.carer_ids] or list(mode.carers)
        shown = [
            tip
            for tip in tips_for(
                talk.type_key,
                invited,
                language=self.language,
                hidden=load_settings(self.ctx.locations.settings_file).hidden_tips,
            )
            if tip.when != "two_way"  # the agreements' tip belongs to the preparation
        ]
        self.tips_label.setText("\n".join(self.tr("Tip: {0}").format(t.text) for t in shown))
        self.tips_label.setVisible(bool(shown))

    def _show_focus(self) -> None:
        from html import escape

        prep = self.mode.preparation
        goals = [
            f"<b>{escape(self.catalog.goal_type(g.key).name)}</b>"
            + (f": {escape(g.outcome)}" if g.outcome else "")
            for g in prep.goals
        ]
        skills = [self.catalog.skill(k).name for k in prep.focus_skills]
        lines = [
            escape(self.tr("Doel: {0}")).format(
                "; ".join(goals) if goals else escape(self.tr("(niet ingevuld)"))
            )
        ]
        if prep.key_message:
            lines.append(escape(self.tr("Boodschap: {0}").format(prep.key_message[:300])))
        if skills:
            lines.append(escape(self.tr("Aandachtspunten: {0}").format(", ".join(skills))))
        if prep.qualities:
            lines.append(escape(self.tr("Kwaliteiten: {0}").format(", ".join(prep.qualities))))
        if prep.parent_questions:
            asked = " · ".join(q[:200] for q in prep.parent_questions[:6])
            line = self.tr("Vragen van ouders: {0}").format(asked)
            lines.append(f"<b>{escape(line)}</b>")
        self.focus_label.setText("<br>".join(lines))

    def _show_made(self) -> None:
        self.made_list.clear()
        for a in self.mode.made_here:
            self.made_list.addItem(self._agreement_line(a))

    def _agreement_line(self, a: AgreementView) -> str:
        due = format_date(a.due_on, self.language) if a.due_on else self.tr("geen datum")
        return f"{a.text} — {owner_label(a.owner)}, {due}"

    def _show_review(self) -> None:
        while self.review_layout.count():
            item = self.review_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.review_rows.clear()
        self.review_box.setVisible(bool(self.mode.to_review))
        for a in self.mode.to_review:
            row = QWidget()
            row.setObjectName(f"review_{a.id}")
            layout = QGridLayout(row)
            layout.setContentsMargins(0, 4, 0, 4)
            label = QLabel()
            label.setWordWrap(True)
            label.setObjectName(f"review_label_{a.id}")
            note = QLineEdit()
            note.setObjectName(f"review_note_{a.id}")
            named(note, self.tr("Toelichting bij: {0}").format(a.text))
            note.setPlaceholderText(self.tr("toelichting (niet verplicht)"))
            layout.addWidget(label, 0, 0, 1, 6)
            buttons = QHBoxLayout()
            for outcome, text in (
                ("done", self.tr("Gedaan")),
                ("continue", self.tr("Loopt door")),
                ("adjust", self.tr("Bijstellen…")),
                ("not_achieved", self.tr("Niet gelukt")),
                ("dropped", self.tr("Vervalt")),
            ):
                button = QPushButton(text)
                button.setObjectName(f"review_{a.id}_{outcome}")
                named(button, f"{text}: {a.text}")
                button.clicked.connect(lambda _c=False, aid=a.id, o=outcome: self.review(aid, o))
                buttons.addWidget(button)
            buttons.addStretch(1)
            layout.addWidget(note, 1, 0, 1, 6)
            layout.addLayout(buttons, 2, 0, 1, 6)
            self.review_rows[a.id] = (label, note)
            self._show_review_label(a)
            self.review_layout.addWidget(row)

    def _show_review_label(self, a: AgreementView) -> None:
        label, _note = self.review_rows[a.id]
        here = [h for h in a.history if h.talk_id == self.talk_id]
        state = ""
        if here:
            last = here[-1]
            state = " — " + self.tr("nu: {0}").format(agreement_status_label(last.status))
            if last.kind == "continue":
                state += " · " + self.tr("loopt door")
            if last.kind == "adjust":
                state += " · " + self.tr("bijgesteld")
            if last.note:
                state += f" ({last.note})"
        overdue = a.is_overdue(self.ctx.today()) and not here
        label.setText(
            f"{self._agreement_line(a)}" + (" — " + self.tr("verlopen") if overdue else "") + state
        )
        label.setStyleSheet(f"color: {colour('ok')};" if here else "")

    def _changed(self, changes: Changes) -> None:
        """Another window changed this talk (or its agreements): show the fresh state."""
        if self.own.active:
            return  # finishing, cancelling or reopening here: the window loads what follows
        if changes.touches(talks=[self.talk_id]) and self.stack.currentIndex() == 0:
            if self.notes_timer.isActive() or self._notes_unsaved:
                return  # our own typing is merged with it when it is stored
            self.mode = self.ctx.read(talk_mode.talk_mode_view, self.talk_id)
            self._notes_seen = talks.NotesSeen.of(self.mode.talk)
            self._show_notes(self.mode.talk.shared_notes, self.mode.talk.private_notes)
            self._show_made()

    # --- the clock ----------------------------------------------------------------------------

    def _show_clock(self) -> None:
        elapsed = self.stopwatch.elapsed()
        left = self.mode.talk.duration_minutes * 60 - elapsed
        self.clock.setText(
            countdown(left) if left >= 0 else self.tr("{0} over tijd").format(countdown(left))
        )
        phase = phase_at(self.mode.preparation.phase_minutes, elapsed)
        phase_over = phase is not None and phase.over
        if phase is not None:
            name = self.catalog.phase(phase.key).name
            if phase.over:
                text = self.tr("{0} · {1} over tijd").format(name, countdown(phase.seconds_left))
            else:
                text = self.tr("{0} · nog {1}").format(name, countdown(phase.seconds_left))
            self.phase_label.setText(text)
        role = "slot_over_bg" if left < 0 else "phase_over_bg" if phase_over else ""
        background = colour(role) if role else "transparent"
        self.clock_frame.setStyleSheet(
            f"QFrame#clockFrame {{ background: {background}; border-radius: 8px; }}"
        )
        # On the warning backgrounds the text takes the colour made for them.
        text = f"color: {colour('text')};" if role else ""
        self.clock.setStyleSheet(f"{font_size(3)} font-weight: 600; {text}")
        if not self.stopwatch.running:
            self.pause_button.setText(
                self.tr("Start (spatie)") if elapsed == 0 else self.tr("Verder (spatie)")
            )
        else:
            self.pause_button.setText(self.tr("Pauze (spatie)"))
        named(self.pause_button, self.pause_button.text())

    def _tick(self) -> None:
        self._show_clock()
        if (
            self.stopwatch.running
            and self.stopwatch.elapsed() - self._saved_elapsed >= ELAPSED_SAVE_EVERY
        ):
            self._save_elapsed()

    def begin(self) -> None:
        """The talk is under way: the first action starts the clock."""
        if not self.stopwatch.running and self.mode.talk.is_open and self.stack.currentIndex() == 0:
            self.stopwatch.start()
            self._show_clock()

    def toggle_pause(self) -> None:
        if self.stack.currentIndex() != 0 or not self.mode.talk.is_open:
            return
        if self.stopwatch.running:
            self.stopwatch.pause()
        else:
            self.stopwatch.start()
        self._save_elapsed()
        self._show_clock()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        focus = self.focusWidget()
        typing = isinstance(focus, (QLineEdit, QPlainTextEdit))
        is_button = isinstance(focus, QAbstractButton)
        if event.key() == Qt.Key.Key_Space and not typing and not is_button:
            self.toggle_pause()
            return
        super().keyPressEvent(event)

    def _save_elapsed(self) -> None:
        # The clock is a convenience: never interrupt the talk for it.
        elapsed = self.stopwatch.elapsed()
        with contextlib.suppress(UserFacingError):
            self.ctx.db.run(talk_mode.save_elapsed, self.talk_id, elapsed)
            self._saved_elapsed = elapsed

    # --- stored changes -----------------------------------------------------------------------

    def _step_toggled(self, number: int, on: bool) -> None:
        self.begin()
        if isinstance(self.ctx.op(self, talks.set_step_done, self.talk_id, number, on), Failed):
            box = self.step_boxes[number]
            box.blockSignals(True)
            box.setChecked(not on)
            box.blockSignals(False)

    def _notes_changed(self) -> None:
        self._notes_unsaved = True
        self.begin()
        self.notes_state.setText(self.tr("Wordt opgeslagen…"))
        self.notes_timer.start()

    def save_notes(self) -> bool:
        """Store both notes now (also on finish); whether they are stored (if not, says why)."""
        problem = self.store_notes()
        if problem is not None:
            show_error(self, problem)
        return problem is None

    def store_notes(self) -> UserFacingError | None:
        """Store both notes now; None, or the problem (shown beside the notes, not in a box).

        When the school's server cannot be reached the notes are kept on this computer and
        stored when it answers again (tried every few seconds): that is no problem to report.
        """
        self.notes_timer.stop()
        shared, private = self.shared_note.toPlainText(), self.private_note.toPlainText()
        try:
            result = self.ctx.run(
                talks.save_notes,
                self.talk_id,
                shared=shared,
                private=private,
                seen=self._notes_seen,
            )
        except NotConnectedError as exc:
            if not self.offline.keep(self.talk_id, shared, private, self._notes_seen):
                self.notes_state.setText(self.tr("Niet opgeslagen: probeer het opnieuw."))
                self.notes_state.setStyleSheet(warning_style())
                return exc
            self.notes_state.setText(
                self.tr(
                    "Niet verbonden met de server. Je notities staan veilig op deze computer "
                    "en worden opgeslagen zodra de verbinding terug is."
                )
            )
            self.notes_state.setStyleSheet(warning_style())
            return None
        except UserFacingError as exc:
            self.notes_state.setText(self.tr("Niet opgeslagen: probeer het opnieuw."))
            self.notes_state.setStyleSheet(warning_style())
            return exc
        back = self.offline.stored(self.talk_id)
        self._notes_unsaved = False
        stored = result.talk
        self._notes_seen = talks.NotesSeen.of(stored)
        self._show_notes(stored.shared_notes, stored.private_notes)
        if back and not result.merged:
            self.notes_state.setText(self.tr("Opgeslagen: de verbinding met de server is terug."))
            self.notes_state.setStyleSheet("")
        elif result.merged:
            self.notes_state.setText(
                self.tr(
                    "Opgeslagen. Ook in een ander venster was hier intussen geschreven: beide "
                    "teksten staan in de notitie. Kijk ze na."
                )
            )
            self.notes_state.setStyleSheet(warning_style())
        else:
            self.notes_state.setText(self.tr("Opgeslagen"))
            self.notes_state.setStyleSheet("")
        return None

    def _take_waiting_notes(self, talk_id: int) -> None:
        """Notes of this talk typed while the server was away: shown, and stored now."""
        waiting = self.offline.waiting(talk_id)
        if waiting is None:
            return
        if waiting.seen_version is not None:
            self._notes_seen = talks.NotesSeen(
                waiting.seen_version, waiting.seen_shared, waiting.seen_private
            )
        for note, text in (
            (self.shared_note, waiting.shared),
            (self.private_note, waiting.private),
        ):
            note.blockSignals(True)
            note.setPlainText(text)
            note.blockSignals(False)
        self._notes_unsaved = True
        self.offline.active = True
        QTimer.singleShot(0, self.store_notes)

    def _show_notes(self, shared: str, private: str) -> None:
        """Put stored notes on screen when they differ from what is shown (after a merge)."""
        for note, text in ((self.shared_note, shared), (self.private_note, private)):
            if note.toPlainText() != text:
                note.blockSignals(True)
                note.setPlainText(text)
                note.moveCursor(QTextCursor.MoveOperation.End)
                note.blockSignals(False)

    def add_agreement(self) -> None:
        """Store the agreement typed in the capture row (keyboard: type, Tab, owner, due, Enter)."""
        self.begin()
        self.agreement_error.show_message(None)
        due_text = self.agreement_due.text().strip()
        try:
            due = (
                v.parse_date(due_text, field="due_on", label=self.tr("Uiterlijk"))
                if due_text
                else None
            )
            self.ctx.run(
                create_agreement,
                pupil_id=self.mode.pupil.id,
                text=self.agreement_text.text(),
                owner=str(self.agreement_owner.currentData()),
                due_on=due,
                talk_id=self.talk_id,
            )
        except ValidationError as exc:
            self.agreement_error.show_message(exc.message)
            (self.agreement_due if exc.field == "due_on" else self.agreement_text).setFocus()
            return
        except UserFacingError as exc:
            show_error(self, exc)
            return
        self.agreement_text.clear()
        self.agreement_due.clear()
        self.agreement_text.setFocus()
        self.mode = self.ctx.read(talk_mode.talk_mode_view, self.talk_id)
        self._show_made()

    def review(self, agreement_id: int, outcome: str) -> None:
        """Record the outcome of an earlier agreement in this talk."""
        self.begin()
        _label, note = self.review_rows[agreement_id]
        current = next(a for a in self.mode.to_review if a.id == agreement_id)
        new_text: str | Keep = KEEP
        new_owner: str | Keep = KEEP
        new_due: dt.date | Keep | None = KEEP
        if outcome == "adjust":
            dialog = AgreementDialog(
                self,
                title=self.tr("Afspraak bijstellen"),
                text=current.text,
                owner=current.owner,
                due_on=current.due_on,
                intro=self.tr("Pas de afspraak aan zoals je die nu samen maakt."),
            )
            if not dialog.exec() or dialog.values is None:
                return
            new_text, new_owner = dialog.values.text, dialog.values.owner
            new_due = dialog.values.due_on
        elif outcome == "continue" and current.is_overdue(self.ctx.today()):
            dialog = AgreementDialog(
                self,
                title=self.tr("Afspraak loopt door"),
                text=current.text,
                owner=current.owner,
                due_on=None,
                intro=self.tr(
                    "Deze afspraak moest uiterlijk {0} klaar zijn. Tot wanneer loopt ze nu door? "
                    "(Laat de datum leeg als er geen datum is.)"
                ).format(format_date(current.due_on, self.language) if current.due_on else ""),
                text_editable=False,
                owner_editable=False,
            )
            if not dialog.exec() or dialog.values is None:
                return
            new_due = dialog.values.due_on
        updated = self.ctx.op(
            self,
            talk_mode.review_agreement,
            agreement_id,
            talk_id=self.talk_id,
            outcome=outcome,
            note=note.text(),
            new_text=new_text,
            new_owner=new_owner,
            new_due=new_due,
        )
        if isinstance(updated, Failed):
            return
        note.clear()
        self.mode = self.ctx.read(talk_mode.talk_mode_view, self.talk_id)
        self._show_review_label(updated)

    # --- ending and undoing -------------------------------------------------------------------

    def _show_undo(self, talk_id: int, text: str) -> None:
        self._undo_talk_id = talk_id
        self.undo_label.setText(text)
        self.undo_bar.show()

    def finish(self) -> None:
        """The talk is over: store it as held, then the short reflection."""
        if self.stack.currentIndex() != 0 or not self.mode.talk.is_open:
            return
        if not self.save_notes():
            return
        self.stopwatch.pause()
        self._save_elapsed()
        following = self.own.op(self, talk_mode.finish_talk, self.talk_id)
        if isinstance(following, Failed):
            return
        self._held_any = True
        self.following_id = following.id if following else None
        self.mode = self.ctx.read(talk_mode.talk_mode_view, self.talk_id)
        self.reflection_title.setText(
            self.tr("Gesprek met {0} afgerond").format(self.mode.pupil.name)
        )
        for group in (self.goal_buttons, self.two_way_buttons):
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        self.went_well.clear()
        self.next_time.clear()
        self.undo_bar.hide()
        self.stack.setCurrentIndex(1)
        first = self.goal_buttons.buttons()[0]
        first.setFocus()

    def _after_reflection(self, save: bool) -> None:
        if save:
            goal = self.goal_buttons.checkedButton()
            two_way = self.two_way_buttons.checkedButton()
            result = self.ctx.op(
                self,
                talks.set_reflection,
                self.talk_id,
                goal_achieved=str(goal.property("answer")) if goal else None,
                two_way=(two_way.property("answer") == "yes") if two_way else None,
                next_time=self.next_time.text(),
                went_well=self.went_well.text(),
            )
            if isinstance(result, Failed):
                return
        done_id, name = self.talk_id, self.mode.pupil.name
        self.go_next()
        self._show_undo(done_id, self.tr("Gesprek met {0} is klaar.").format(name))

    def cancel(self, reason: str) -> None:
        """The parents called off (or did not come): record it and go to the next talk."""
        if self.stack.currentIndex() != 0 or not self.mode.talk.is_open:
            return
        if not self.save_notes():
            return
        self.stopwatch.pause()
        self._save_elapsed()
        following = self.own.op(self, talk_mode.cancel_talk, self.talk_id, reason=reason)
        if isinstance(following, Failed):
            return
        self.following_id = following.id if following else None
        done_id, name = self.talk_id, self.mode.pupil.name
        self.go_next()
        what = self.tr("afgezegd") if reason == "cancelled" else self.tr("niet verschenen")
        self._show_undo(done_id, self.tr("{0}: {1}.").format(name, what))

    def go_next(self) -> None:
        if self.following_id is not None:
            self.load(self.following_id)
        else:
            self.tick.stop()
            self.stack.setCurrentIndex(2)
            evening_id = self.mode.talk.evening_id
            self.evening_copies_button.setVisible(evening_id is not None)
            self.look_back_box.setVisible(evening_id is not None)
            if evening_id is not None:
                done = self.ctx.read(journal.evening_reflection, evening_id)
                self.evening_went_well.setText(done.went_well)
                self.evening_next_time.setText(done.next_time)
                self.look_back_saved.clear()
            self.evening_copies_button.setFocus()

    def _undo_shortcut(self) -> None:
        focus = self.focusWidget()
        if isinstance(focus, (QLineEdit, QPlainTextEdit)) and self.stack.currentIndex() == 0:
            return  # Ctrl+Z in a text field undoes typing there
        self.undo()

    def undo(self) -> None:
        """Take back the last "afgezegd", "niet verschenen" or "gesprek klaar"."""
        talk_id = self._undo_talk_id if self.stack.currentIndex() != 1 else self.talk_id
        if talk_id is None:
            return
        current = self.ctx.read(talks.get_talk, talk_id)
        if current.is_open:
            self.undo_bar.hide()
            return
        if self.stack.currentIndex() == 0 and self.talk_id != talk_id:
            if not self.save_notes():
                return
            self.stopwatch.pause()
            self._save_elapsed()
        if isinstance(self.own.op(self, talk_mode.reopen_talk, talk_id), Failed):
            return
        self._undo_talk_id = None
        self.undo_bar.hide()
        self.load(talk_id)
        self.stopwatch.start()
        self._show_clock()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Also when the autosave already ran and failed: the notes are not stored until a save
        # succeeds, and the window does not close on them.
        problem = self.store_notes() if self._notes_unsaved else None
        if problem is not None and not may_close_unsaved(
            self, lambda: _message(self.store_notes()), problem.message
        ):
            event.ignore()
            return
        self.tick.stop()
        if self.mode.talk.is_open:
            self.stopwatch.pause()
            self._save_elapsed()
        if self._held_any:
            self._backup_after_evening()
        super().closeEvent(event)

    def _backup_after_evening(self) -> None:
        """Talks were held in this window: a backup of tonight's notes, made beside the app
        (it never holds up closing the window)."""
        threading.Thread(target=_backup_quietly, args=(self.ctx.db,), name="evening-backup").start()
