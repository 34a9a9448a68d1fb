"""Talk mode: the calm screen kept open during the conversation.

A countdown for the slot and the current phase, the 16-step checklist, the four attitudes, the
goals and focus skills, shared and private notes, quick agreements, and the earlier agreements
to review. Space (outside a text field) or Ctrl+Space pauses. Everything typed is stored as
it is typed, so closing the app mid-talk loses nothing and the talk can be resumed.
"""

from __future__ import annotations

import contextlib
import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from parentconv.catalog import load_catalog
from parentconv.dates import format_date, format_time
from parentconv.errors import UserFacingError, ValidationError
from parentconv.services import agreements as agreement_service
from parentconv.services import talk_mode, talks
from parentconv.services import validation as v
from parentconv.services.talk_mode import TalkModeView
from parentconv.services.views import AgreementView
from parentconv.store.db import Database
from parentconv_ui.common.errors import show_error
from parentconv_ui.common.labels import agreement_status_label, owner_label
from parentconv_ui.preparation.sections import FieldError

NOTES_SAVE_MS = 700
ELAPSED_SAVE_EVERY = 10  # seconds
CALM = "#1f2a33"
PHASE_OVER = "#fff4d6"
SLOT_OVER = "#fde2e0"
OWNERS = ("school", "parents", "child", "other")


def countdown(seconds: int) -> str:
    """ "7:05" for 425 s left; "+1:20" once the time is over."""
    sign = "+" if seconds < 0 else ""
    seconds = abs(seconds)
    return f"{sign}{seconds // 60}:{seconds % 60:02d}"


class TalkModeWindow(QWidget):
    """One talk at a time; "next talk" moves on to the next slot of the evening."""

    talk_changed = Signal(int)  # after any stored change, with the talk id

    def __init__(
        self, db: Database, talk_id: int, language: str = "nl", today: dt.date | None = None
    ) -> None:
        super().__init__()
        self.setWindowFlag(Qt.WindowType.Window)
        self.db = db
        self.language = language
        self.today = today or dt.date.today()
        self.catalog = load_catalog(language)
        self.running = True
        self.elapsed = 0
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._tick)
        self.notes_timer = QTimer(self)
        self.notes_timer.setSingleShot(True)
        self.notes_timer.setInterval(NOTES_SAVE_MS)
        self.notes_timer.timeout.connect(self.save_notes)
        self._build()
        self.load(talk_id)
        self.resize(1280, 860)

    # --- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.setStyleSheet("QWidget { font-size: 15px; }")
        self.pupil_label = QLabel()
        self.pupil_label.setObjectName("talkPupil")
        self.pupil_label.setStyleSheet("font-size: 26px; font-weight: 600;")
        self.carers_label = QLabel()
        self.carers_label.setWordWrap(True)
        self.clock = QLabel()
        self.clock.setObjectName("slotClock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase_label = QLabel()
        self.phase_label.setObjectName("phaseClock")
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pause_button = QPushButton()
        self.pause_button.setObjectName("pauseButton")
        self.pause_button.clicked.connect(self.toggle_pause)
        self.clock_frame = QFrame()
        clock_layout = QVBoxLayout(self.clock_frame)
        clock_layout.addWidget(self.clock)
        clock_layout.addWidget(self.phase_label)
        clock_layout.addWidget(self.pause_button)
        header = QHBoxLayout()
        who = QVBoxLayout()
        who.addWidget(self.pupil_label)
        who.addWidget(self.carers_label)
        header.addLayout(who, 3)
        header.addWidget(self.clock_frame, 1)

        # Left: checklist, attitudes, goals and skills.
        self.step_boxes: dict[int, QCheckBox] = {}
        checklist = QWidget()
        check_layout = QVBoxLayout(checklist)
        for phase in self.catalog.phases:
            box = QGroupBox(phase.name)
            box_layout = QVBoxLayout(box)
            for step in phase.steps:
                check = QCheckBox(f"{step.number}. {step.text}")
                check.setToolTip(step.text)
                check.setObjectName(f"step_{step.number}")
                check.toggled.connect(lambda on, n=step.number: self._step_toggled(n, on))
                box_layout.addWidget(check)
                self.step_boxes[step.number] = check
            check_layout.addWidget(box)
        check_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(checklist)
        attitudes = QGroupBox(self.tr("Houding, het hele gesprek"))
        att_layout = QVBoxLayout(attitudes)
        for attitude in self.catalog.attitudes:
            label = QLabel(f"• {attitude.text}")
            label.setToolTip(attitude.help)
            att_layout.addWidget(label)
        self.focus_label = QLabel()
        self.focus_label.setObjectName("focusLabel")
        self.focus_label.setWordWrap(True)
        self.focus_label.setStyleSheet("background: #eef3f8; padding: 8px;")
        left = QVBoxLayout()
        left.addWidget(self.focus_label)
        left.addWidget(attitudes)
        left.addWidget(scroll, 1)

        # Right: notes, agreements, review.
        self.shared_note = QPlainTextEdit()
        self.shared_note.setObjectName("sharedNote")
        self.shared_note.setTabChangesFocus(True)
        self.shared_note.setStyleSheet("background: #f1f8f1;")
        self.shared_note.setPlaceholderText(
            self.tr("Wat besproken is; mag op het verslag voor ouders")
        )
        self.private_note = QPlainTextEdit()
        self.private_note.setObjectName("privateNote")
        self.private_note.setTabChangesFocus(True)
        self.private_note.setStyleSheet("background: #f6f0f0;")
        self.private_note.setPlaceholderText(
            self.tr("Alleen voor mij; komt nooit op het verslag voor ouders")
        )
        for note in (self.shared_note, self.private_note):
            note.textChanged.connect(self._notes_changed)
        shared_title = QLabel(self.tr("Gedeelde notitie (ook voor ouders)"))
        shared_title.setStyleSheet("font-weight: 600; color: #1b6e20;")
        private_title = QLabel(self.tr("Privénotitie (alleen voor mij)"))
        private_title.setStyleSheet("font-weight: 600; color: #8c1d18;")

        self.agreement_text = QLineEdit()
        self.agreement_text.setObjectName("agreementText")
        self.agreement_text.setPlaceholderText(self.tr("Nieuwe afspraak… (Enter om toe te voegen)"))
        self.agreement_owner = QComboBox()
        self.agreement_owner.setObjectName("agreementOwner")
        for key in OWNERS:
            self.agreement_owner.addItem(owner_label(key), key)
        self.agreement_due = QLineEdit()
        self.agreement_due.setObjectName("agreementDue")
        self.agreement_due.setPlaceholderText(self.tr("uiterlijk dd-mm-jjjj"))
        self.agreement_due.setMaximumWidth(170)
        add = QPushButton(self.tr("Toevoegen"))
        add.setObjectName("addAgreement")
        add.clicked.connect(self.add_agreement)
        for edit in (self.agreement_text, self.agreement_due):
            edit.returnPressed.connect(self.add_agreement)
        self.agreement_error = FieldError()
        self.agreement_error.setObjectName("agreementError")
        self.made_list = QListWidget()
        self.made_list.setObjectName("madeAgreements")
        self.made_list.setMaximumHeight(110)
        capture = QGroupBox(self.tr("Afspraken (wie doet wat, wanneer)"))
        cap_layout = QVBoxLayout(capture)
        row = QHBoxLayout()
        row.addWidget(self.agreement_text, 3)
        row.addWidget(self.agreement_owner, 1)
        row.addWidget(self.agreement_due, 1)
        row.addWidget(add)
        cap_layout.addLayout(row)
        cap_layout.addWidget(self.agreement_error)
        cap_layout.addWidget(self.made_list)

        self.review_box = QGroupBox(self.tr("Eerdere afspraken nalopen"))
        self.review_layout = QVBoxLayout(self.review_box)
        self.review_rows: dict[int, tuple[QLabel, QLineEdit]] = {}

        right = QVBoxLayout()
        right.addWidget(shared_title)
        right.addWidget(self.shared_note, 2)
        right.addWidget(private_title)
        right.addWidget(self.private_note, 1)
        right.addWidget(capture)
        right.addWidget(self.review_box)

        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 1)

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
        talk_layout.addLayout(header)
        talk_layout.addLayout(body, 1)
        talk_layout.addLayout(footer)

        self.stack = QStackedWidget()
        self.stack.addWidget(talk_page)
        self.stack.addWidget(self._reflection_page())
        outer = QVBoxLayout(self)
        outer.addWidget(self.stack)

        QShortcut(QKeySequence("Ctrl+Space"), self).activated.connect(self.toggle_pause)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.finish)

    def _reflection_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.reflection_title = QLabel()
        self.reflection_title.setStyleSheet("font-size: 22px; font-weight: 600;")
        layout.addWidget(self.reflection_title)
        layout.addWidget(QLabel(self.tr("Korte terugblik (mag ook overslaan)")))
        grid = QGridLayout()
        self.goal_buttons = QButtonGroup(self)
        grid.addWidget(QLabel(self.tr("Communicatief doel bereikt?")), 0, 0)
        for col, (key, text) in enumerate(
            (("yes", self.tr("ja")), ("partly", self.tr("deels")), ("no", self.tr("nee"))), start=1
        ):
            radio = QRadioButton(text)
            radio.setObjectName(f"achieved_{key}")
            radio.setProperty("answer", key)
            self.goal_buttons.addButton(radio)
            grid.addWidget(radio, 0, col)
        self.two_way_buttons = QButtonGroup(self)
        grid.addWidget(QLabel(self.tr("Tweezijdig: brachten de ouders hun kijk in?")), 1, 0)
        for col, (key, text) in enumerate(
            (("yes", self.tr("ja")), ("no", self.tr("nee"))), start=1
        ):
            radio = QRadioButton(text)
            radio.setObjectName(f"twoway_{key}")
            radio.setProperty("answer", key)
            self.two_way_buttons.addButton(radio)
            grid.addWidget(radio, 1, col)
        layout.addLayout(grid)
        self.next_time = QLineEdit()
        self.next_time.setObjectName("nextTime")
        self.next_time.setPlaceholderText(self.tr("Volgende keer… (één regel)"))
        layout.addWidget(self.next_time)
        buttons = QHBoxLayout()
        skip = QPushButton(self.tr("Overslaan"))
        skip.setObjectName("skipReflection")
        skip.clicked.connect(lambda: self._after_reflection(save=False))
        save = QPushButton(self.tr("Bewaren en verder ▶"))
        save.setObjectName("saveReflection")
        save.setDefault(True)
        save.clicked.connect(lambda: self._after_reflection(save=True))
        self.next_time.returnPressed.connect(lambda: self._after_reflection(save=True))
        buttons.addStretch(1)
        buttons.addWidget(skip)
        buttons.addWidget(save)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    # --- loading ------------------------------------------------------------------------------

    def load(self, talk_id: int) -> None:
        """Show one talk (resuming its clock where it was)."""
        self.talk_id = talk_id
        self.mode: TalkModeView = self.db.run(talk_mode.talk_mode_view, talk_id)
        mode = self.mode
        talk = mode.talk
        self.setWindowTitle(self.tr("Gesprek – {0}").format(mode.pupil.name))
        self.pupil_label.setText(mode.pupil.name)
        carers = [
            c.name
            + (f" ({c.relation})" if c.relation else "")
            + (" · " + self.tr("tolk nodig") if c.interpreter_needed else "")
            for c in mode.carers
            if c.id in talk.carer_ids
        ] or [c.name for c in mode.carers]
        ctype = self.catalog.conversation_type(talk.type_key).name
        extra = [talk.other_participants] if talk.other_participants else []
        if talk.child_present:
            extra.append(self.tr("kind is erbij"))
        self.carers_label.setText(
            " · ".join(
                [
                    f"{format_date(talk.starts_at.date(), self.language)} "
                    f"{format_time(talk.starts_at)}",
                    ctype,
                    ", ".join(carers),
                    *extra,
                ]
            )
        )
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
        self._show_made()
        self._show_review()
        self.elapsed = talk.elapsed_seconds
        self.running = talk.status in ("planned", "prepared")
        self._show_clock()
        if self.running:
            self.tick.start()
        self.stack.setCurrentIndex(0)
        self.next_button.setText(
            self.tr("Gesprek klaar · volgende ▶")
            if mode.next_talk_id
            else self.tr("Gesprek klaar ✓")
        )

    def _show_focus(self) -> None:
        prep = self.mode.preparation
        goals = [
            f"<b>{self.catalog.goal_type(g.key).name}</b>" + (f": {g.outcome}" if g.outcome else "")
            for g in prep.goals
        ]
        skills = [self.catalog.skill(k).name for k in prep.focus_skills]
        lines = [
            self.tr("Doel: {0}").format("; ".join(goals) if goals else self.tr("(niet ingevuld)")),
        ]
        if prep.key_message:
            lines.append(self.tr("Boodschap: {0}").format(prep.key_message[:300]))
        if skills:
            lines.append(self.tr("Let op: {0}").format(", ".join(skills)))
        if prep.qualities:
            lines.append(self.tr("Kwaliteiten: {0}").format(", ".join(prep.qualities)))
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
            layout.setContentsMargins(0, 0, 0, 0)
            label = QLabel()
            label.setWordWrap(True)
            note = QLineEdit()
            note.setObjectName(f"review_note_{a.id}")
            note.setPlaceholderText(self.tr("toelichting (mag leeg)"))
            layout.addWidget(label, 0, 0, 1, 5)
            layout.addWidget(note, 1, 0)
            for col, (outcome, text) in enumerate(
                (
                    ("done", self.tr("Gedaan")),
                    ("continue", self.tr("Loopt door")),
                    ("adjust", self.tr("Bijstellen…")),
                    ("not_achieved", self.tr("Niet gelukt")),
                    ("dropped", self.tr("Vervalt")),
                ),
                start=1,
            ):
                button = QPushButton(text)
                button.setObjectName(f"review_{a.id}_{outcome}")
                button.clicked.connect(lambda _c=False, aid=a.id, o=outcome: self.review(aid, o))
                layout.addWidget(button, 1, col)
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
            if last.note:
                state += f" ({last.note})"
        label.setText(f"{self._agreement_line(a)}{state}")
        label.setStyleSheet("color: #1b6e20;" if here else "")

    # --- the clock ----------------------------------------------------------------------------

    def _phase_now(self) -> tuple[str, int] | None:
        """The current phase's name and its seconds left (negative when over)."""
        minutes = self.mode.preparation.phase_minutes
        passed = 0
        phases = self.catalog.talk_phases
        for phase in phases:
            length = minutes.get(phase.key, 0) * 60
            if self.elapsed < passed + length:
                return phase.name, passed + length - self.elapsed
            passed += length
        if not phases:
            return None
        return phases[-1].name, passed - self.elapsed

    def _show_clock(self) -> None:
        total = self.mode.talk.duration_minutes * 60
        left = total - self.elapsed
        self.clock.setText(countdown(left))
        phase = self._phase_now()
        phase_over = phase is not None and phase[1] < 0
        if phase is not None:
            self.phase_label.setText(self.tr("{0} · nog {1}").format(phase[0], countdown(phase[1])))
        colour = SLOT_OVER if left < 0 else PHASE_OVER if phase_over else "transparent"
        self.clock_frame.setStyleSheet(f"QFrame {{ background: {colour}; border-radius: 8px; }}")
        self.clock.setStyleSheet(f"font-size: 44px; font-weight: 600; color: {CALM};")
        self.pause_button.setText(
            self.tr("Verder (spatie)") if not self.running else self.tr("Pauze (spatie)")
        )

    def _tick(self) -> None:
        if not self.running:
            return
        self.elapsed += 1
        self._show_clock()
        if self.elapsed % ELAPSED_SAVE_EVERY == 0:
            self._save_elapsed()

    def toggle_pause(self) -> None:
        self.running = not self.running
        if self.running and not self.tick.isActive():
            self.tick.start()
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
        with contextlib.suppress(UserFacingError):
            self.db.run(talk_mode.save_elapsed, self.talk_id, self.elapsed)

    # --- stored changes -----------------------------------------------------------------------

    def _step_toggled(self, number: int, on: bool) -> None:
        try:
            self.db.run(talks.set_step_done, self.talk_id, number, on)
        except UserFacingError as exc:
            show_error(self, exc)
            return
        self.talk_changed.emit(self.talk_id)

    def _notes_changed(self) -> None:
        self.notes_timer.start()

    def save_notes(self) -> None:
        """Store both notes now (also called on finish and close)."""
        self.notes_timer.stop()
        try:
            self.db.run(
                talks.set_notes,
                self.talk_id,
                shared=self.shared_note.toPlainText(),
                private=self.private_note.toPlainText(),
            )
        except UserFacingError as exc:
            show_error(self, exc)
            return
        self.talk_changed.emit(self.talk_id)

    def add_agreement(self) -> None:
        """Store the agreement typed in the capture row (keyboard: type, Tab, owner, due, Enter)."""
        self.agreement_error.show_message(None)
        due_text = self.agreement_due.text().strip()
        try:
            due = (
                v.parse_date(due_text, field="due_on", label=self.tr("Uiterlijk"))
                if due_text
                else None
            )
            self.db.run(
                agreement_service.create_agreement,
                pupil_id=self.mode.pupil.id,
                text=self.agreement_text.text(),
                owner=str(self.agreement_owner.currentData()),
                due_on=due,
                talk_id=self.talk_id,
            )
        except ValidationError as exc:
            self.agreement_error.show_message(exc.message)
            return
        except UserFacingError as exc:
            show_error(self, exc)
            return
        self.agreement_text.clear()
        self.agreement_due.clear()
        self.agreement_text.setFocus()
        self.mode = self.db.run(talk_mode.talk_mode_view, self.talk_id)
        self._show_made()
        self.talk_changed.emit(self.talk_id)

    def review(self, agreement_id: int, outcome: str, new_text: str | None = None) -> None:
        """Record the outcome of an earlier agreement in this talk."""
        _label, note = self.review_rows[agreement_id]
        if outcome == "adjust" and new_text is None:
            current = next(a for a in self.mode.to_review if a.id == agreement_id)
            text, ok = QInputDialog.getText(
                self, self.tr("Afspraak bijstellen"), self.tr("Nieuwe tekst:"), text=current.text
            )
            if not ok:
                return
            new_text = text
        try:
            updated = self.db.run(
                talk_mode.review_agreement,
                agreement_id,
                talk_id=self.talk_id,
                outcome=outcome,
                note=note.text(),
                new_text=new_text,
            )
        except UserFacingError as exc:
            show_error(self, exc)
            return
        note.clear()
        self.mode = self.db.run(talk_mode.talk_mode_view, self.talk_id)
        self._show_review_label(updated)
        self.talk_changed.emit(self.talk_id)

    # --- ending -------------------------------------------------------------------------------

    def finish(self) -> None:
        """The talk is over: store it as held, then the short reflection."""
        if self.stack.currentIndex() != 0:
            return
        self.save_notes()
        self.running = False
        self._save_elapsed()
        try:
            self.following = self.db.run(talk_mode.finish_talk, self.talk_id)
        except UserFacingError as exc:
            show_error(self, exc)
            return
        self.talk_changed.emit(self.talk_id)
        self.reflection_title.setText(
            self.tr("Gesprek met {0} afgerond").format(self.mode.pupil.name)
        )
        for group in (self.goal_buttons, self.two_way_buttons):
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        self.next_time.clear()
        self.stack.setCurrentIndex(1)
        self.next_time.setFocus()

    def _after_reflection(self, save: bool) -> None:
        if save:
            goal = self.goal_buttons.checkedButton()
            two_way = self.two_way_buttons.checkedButton()
            try:
                self.db.run(
                    talks.set_reflection,
                    self.talk_id,
                    goal_achieved=str(goal.property("answer")) if goal else None,
                    two_way=(two_way.property("answer") == "yes") if two_way else None,
                    next_time=self.next_time.text(),
                )
            except UserFacingError as exc:
                show_error(self, exc)
                return
            self.talk_changed.emit(self.talk_id)
        self.go_next()

    def cancel(self, reason: str) -> None:
        """The parents called off (or did not come): record it and go to the next talk."""
        self.save_notes()
        try:
            self.following = self.db.run(talk_mode.cancel_talk, self.talk_id, reason=reason)
        except UserFacingError as exc:
            show_error(self, exc)
            return
        self.talk_changed.emit(self.talk_id)
        self.go_next()

    def go_next(self) -> None:
        if self.following is not None:
            self.load(self.following.id)
        else:
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.notes_timer.isActive():
            self.save_notes()
        self.tick.stop()
        self._save_elapsed()
        super().closeEvent(event)
