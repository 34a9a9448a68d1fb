"""The reply strip typed in: a household's answer to the invitation, in a few seconds.

Opened from Tonight or the planner on a talk of the evening; the answer is for every talk on the
household's letter (brothers and sisters). *Komt* / *Komt niet* / *Ander moment* (with the
moments the parents wrote), an interpreter and its language, and the parents' questions, which
go to "Vragen van ouders" in each preparation (and so to talk mode). *Komt niet* frees the slot:
the planner says so among its notes.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from parentconv.dates import format_time
from parentconv.errors import UserFacingError, ValidationError
from parentconv.services import invitations
from parentconv.services.invitations import REPLIES, Household, ReplyInput
from parentconv_ui.common.context import AppContext
from parentconv_ui.common.errors import show_error
from parentconv_ui.common.widgets import FieldError, named, save_cancel, text_box


class ReplyDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget, talk_id: int) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.household: Household = ctx.read(invitations.household_of, talk_id)
        self.setWindowTitle(self.tr("Antwoord op de uitnodiging"))
        layout = QVBoxLayout(self)
        who = ", ".join(c.name for c in self.household.carers) or self.tr("de ouders")
        talks = "; ".join(
            f"{s.talk.pupil_name} {format_time(s.starts_at)}" for s in self.household.slots
        )
        heading = QLabel(self.tr("<b>{0}</b><br>{1}").format(who, talks))
        heading.setWordWrap(True)
        layout.addWidget(heading)

        box = QGroupBox(self.tr("Antwoord"))
        row = QVBoxLayout(box)
        self.answers = QButtonGroup(self)
        words = {
            "coming": self.tr("&Komt"),
            "not_coming": self.tr("Komt &niet"),
            "moved": self.tr("&Ander moment"),
        }
        self.radios: dict[str, QRadioButton] = {}
        for index, key in enumerate(REPLIES):
            radio = QRadioButton(words[key])
            radio.setObjectName(f"reply_{key}")
            named(radio, words[key].replace("&", ""))
            self.answers.addButton(radio, index)
            self.radios[key] = radio
            row.addWidget(radio)
        self.moment = QLineEdit()
        self.moment.setObjectName("replyMoment")
        self.moment.setPlaceholderText(self.tr("bijv. donderdag na 15.00 uur of vrijdagochtend"))
        named(self.moment, self.tr("Wanneer de ouders wel kunnen"))
        moment_row = QHBoxLayout()
        moment_row.addSpacing(24)
        moment_row.addWidget(self.moment)
        row.addLayout(moment_row)
        layout.addWidget(box)

        self.interpreter = QCheckBox(self.tr("&Tolk gewenst"))
        self.interpreter.setObjectName("replyInterpreter")
        self.language = QLineEdit(", ".join(self.household.languages))
        self.language.setObjectName("replyLanguage")
        named(self.language, self.tr("Taal van de tolk"))
        self.language.setPlaceholderText(self.tr("taal"))
        tolk = QHBoxLayout()
        tolk.addWidget(self.interpreter)
        tolk.addWidget(self.language, 1)
        layout.addLayout(tolk)

        caption = QLabel(self.tr("&Vragen van ouders en wat ze over hun kind vertellen"))
        self.questions = text_box(self.tr("Eén vraag per regel, zoals op het strookje"), 90)
        self.questions.setObjectName("replyQuestions")
        named(self.questions, self.tr("Vragen van ouders"))
        caption.setBuddy(self.questions)
        layout.addWidget(caption)
        layout.addWidget(self.questions)
        self.error = FieldError()
        layout.addWidget(self.error)
        buttons = save_cancel(self, self.save)
        layout.addWidget(buttons)

        current = self.household.reply
        if current in self.radios:
            self.radios[current].setChecked(True)
            self.moment.setText(next((s.talk.reply_note for s in self.household.slots), ""))
        self.interpreter.setChecked(self.household.interpreter_needed)
        self.answers.idToggled.connect(lambda _i, _on: self._moment_state())
        self._moment_state()
        self.setMinimumWidth(520)

    def _moment_state(self) -> None:
        self.moment.setEnabled(self.radios["moved"].isChecked())

    def save(self) -> None:
        checked = self.answers.checkedId()
        if checked < 0:
            self.error.show_message(self.tr("Kies wat de ouders antwoordden."))
            return
        data = ReplyInput(
            answer=REPLIES[checked],
            moment=self.moment.text(),
            interpreter_language=self.language.text() if self.interpreter.isChecked() else "",
            questions=self.questions.toPlainText(),
            talk_ids=list(self.household.talk_ids),
        )
        if self.interpreter.isChecked() and not data.interpreter_language.strip():
            self.error.show_message(self.tr("Voor welke taal is een tolk nodig?"))
            self.language.setFocus()
            return
        try:
            self.ctx.run(invitations.record_reply, data)
        except ValidationError as exc:
            self.error.show_message(exc.message)
            return
        except UserFacingError as exc:
            self.error.show_message(exc.message)
            return
        self.accept()


def open_reply(ctx: AppContext, parent: QWidget, talk_id: int) -> ReplyDialog | None:
    """Open the reply of the talk's household (None, with the reason shown, when it has none)."""
    try:
        dialog = ReplyDialog(ctx, parent, talk_id)
    except UserFacingError as exc:
        show_error(parent, exc)
        return None
    dialog.open()
    return dialog
