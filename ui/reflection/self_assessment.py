"""Terugblik → Zelfevaluatie: seed 001's two checklists for the teacher, their history, and the
conversation skills to practise in the next preparations.

Four tabs: *Vaardigheden* (Checklist 1: a score per skill, how you show it, whether you want to
develop it), *Interventies* (Checklist 2: yes / not sure / no, how or why), *Oefenen* (up to three
conversation skills, offered as focus skills in the next preparations) and *Geschiedenis* (the
scores of every self-assessment, and an older one to open again). No save button: every answer
is stored ``AUTOSAVE_MS`` after the last click or key (Ctrl+S at once); a window that could not
store its answers says why, and asks before it closes.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from parentconv.changes import Changes
from parentconv.checklists import ANSWER_KEYS, Checklists, load_checklists
from parentconv.citations import where
from parentconv.dates import format_date, format_time
from parentconv.errors import UserFacingError, ValidationError
from parentconv.services import self_assessment as service
from parentconv.services.self_assessment import (
    MAX_PRACTISE,
    InterventionAnswer,
    SelfAssessmentInput,
    SelfAssessmentView,
    SkillAnswer,
)
from parentconv_ui.common.colours import colour
from parentconv_ui.common.context import AppContext, OwnChanges
from parentconv_ui.common.widgets import FieldError, fit_to_screen, hint, named
from parentconv_ui.preparation.sections import SkillPicker

ID_ROLE = Qt.ItemDataRole.UserRole + 1
AUTOSAVE_MS = 700


def _scroll(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible Tab stop
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(inner)
    return area


class SelfAssessmentWindow(QWidget):
    """One self-assessment to fill in (a new one, or an older one opened again)."""

    def __init__(self, ctx: AppContext, *, evening_id: int | None = None) -> None:
        super().__init__()
        self.setWindowFlag(Qt.WindowType.Window)
        self.ctx = ctx
        self.own = OwnChanges(ctx)
        self.language = ctx.language
        self.checklists: Checklists = load_checklists(ctx.language)
        self.evening_id = evening_id
        self.assessment_id: int | None = None
        self.last_problem = ""
        self.dirty = False
        self._loading = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save)
        self.setWindowTitle(self.tr("Zelfevaluatie"))
        self._build()
        self._show_history()
        self._fill(None)
        ctx.bus.changed.connect(self._changed)
        QShortcut(QKeySequence("Ctrl+S"), self).activated.connect(self.save)
        QShortcut(QKeySequence("Ctrl+W"), self).activated.connect(self.close)
        fit_to_screen(self, 1000, 760)

    # --- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        skills = self.checklists.skills
        intro = QLabel(
            self.tr(
                "Kijk terug op hoe je met ouders werkt, bijvoorbeeld na een gesprekkenavond. "
                "De vragen komen uit de checklists voor leerkrachten ({0}). Niets is verplicht."
            ).format(escape(where(skills.source, self.language)))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        top = QHBoxLayout()
        self.date_edit = QLineEdit()
        self.date_edit.setObjectName("assessmentDate")
        self.date_edit.setMaximumWidth(140)
        named(self.date_edit, self.tr("Datum (dd-mm-jjjj)"))
        self.date_edit.textEdited.connect(self._edited)
        date_label = QLabel(self.tr("&Datum"))
        date_label.setBuddy(self.date_edit)
        top.addWidget(date_label)
        top.addWidget(self.date_edit)
        self.what_label = QLabel()
        self.what_label.setObjectName("assessmentWhat")
        top.addWidget(self.what_label, 1)
        layout.addLayout(top)
        self.date_error = FieldError()
        layout.addWidget(self.date_error)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("assessmentTabs")
        self.tabs.addTab(_scroll(self._skills_page()), self.tr("1. Vaardigheden"))
        self.tabs.addTab(_scroll(self._interventions_page()), self.tr("2. Interventies"))
        self.tabs.addTab(self._practise_page(), self.tr("3. Oefenen"))
        self.tabs.addTab(self._history_page(), self.tr("4. Geschiedenis"))
        layout.addWidget(self.tabs, 1)

        buttons = QHBoxLayout()
        automatic = hint(self.tr("Alles wordt vanzelf opgeslagen."))
        automatic.setWordWrap(False)  # one short line beside the buttons
        buttons.addWidget(automatic)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("assessmentSaved")
        self.saved_label.setStyleSheet(f"color: {colour('hint')};")
        buttons.addWidget(self.saved_label, 1)
        self.new_button = QPushButton(self.tr("&Nieuwe zelfevaluatie"))
        self.new_button.setObjectName("newAssessment")
        self.new_button.clicked.connect(self.start_new)
        close = QPushButton(self.tr("Sluiten"))
        close.setObjectName("closeAssessment")
        close.clicked.connect(self.close)
        buttons.addWidget(self.new_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)

    def _skills_page(self) -> QWidget:
        skills = self.checklists.skills
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            hint(
                self.tr("Per vaardigheid: {0} {1} {2}").format(
                    skills.have.text, skills.show.text, skills.expand.text
                )
            )
        )
        self.scores: dict[str, QButtonGroup] = {}
        self.shows: dict[str, QLineEdit] = {}
        self.expands: dict[str, QCheckBox] = {}
        for item in skills.items:
            box = QGroupBox(item.text)
            box.setObjectName(f"skillItem_{item.key}")
            column = QVBoxLayout(box)
            row = QHBoxLayout()
            answers = [(f"score_{item.key}_{n}", n, word) for n, word in enumerate(skills.scale, 1)]
            group = self._radios(row, item.text, answers)
            row.addStretch(1)
            expand = QCheckBox(self.tr("wil je uitbreiden"))
            expand.setObjectName(f"expand_{item.key}")
            named(expand, self.tr("{0}: wil je uitbreiden").format(item.text))
            expand.toggled.connect(self._edited)
            row.addWidget(expand)
            column.addLayout(row)
            show = QLineEdit()
            show.setObjectName(f"show_{item.key}")
            show.setPlaceholderText(skills.show.text)
            named(show, f"{item.text}: {skills.show.text}")
            show.textEdited.connect(self._edited)
            column.addWidget(show)
            self.scores[item.key], self.shows[item.key] = group, show
            self.expands[item.key] = expand
            layout.addWidget(box)
        layout.addStretch(1)
        return page

    def _interventions_page(self) -> QWidget:
        n = self.checklists.interventions
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(hint(f"{n.question.text} {n.why.text}"))
        self.answers: dict[str, QButtonGroup] = {}
        self.whys: dict[str, QLineEdit] = {}
        for item in n.items:
            box = QGroupBox(item.text)
            box.setObjectName(f"interventionItem_{item.key}")
            row = QHBoxLayout(box)
            answers = [
                (f"answer_{item.key}_{key}", index, word)
                for index, (key, word) in enumerate(zip(ANSWER_KEYS, n.answers, strict=True))
            ]
            group = self._radios(row, item.text, answers)
            why = QLineEdit()
            why.setObjectName(f"why_{item.key}")
            why.setPlaceholderText(n.why.text)
            named(why, f"{item.text}: {n.why.text}")
            why.textEdited.connect(self._edited)
            row.addWidget(why, 1)
            self.answers[item.key], self.whys[item.key] = group, why
            layout.addWidget(box)
        layout.addStretch(1)
        return page

    def _radios(
        self, row: QHBoxLayout, question: str, answers: list[tuple[str, int, str]]
    ) -> QButtonGroup:
        """One row of answers (object name, id, word); each says its question to a screen reader."""
        group = QButtonGroup(self)
        for name, answer_id, word in answers:
            radio = QRadioButton(word)
            radio.setObjectName(name)
            named(radio, f"{question}: {word}")
            group.addButton(radio, answer_id)
            row.addWidget(radio)
        group.idClicked.connect(self._edited)
        return group

    def _practise_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            hint(
                self.tr(
                    "Welke gespreksvaardigheden wil je oefenen? Kies er hoogstens {0}: je "
                    "volgende voorbereidingen stellen ze voor als vaardigheden om op te letten."
                ).format(MAX_PRACTISE)
            )
        )
        self.expand_label = QLabel()
        self.expand_label.setObjectName("expandSummary")
        self.expand_label.setWordWrap(True)
        layout.addWidget(self.expand_label)
        self.practise = SkillPicker(self.ctx.catalog, MAX_PRACTISE)
        self.practise.setObjectName("practiseSkills")
        self.practise.changed.connect(self._edited)
        layout.addWidget(self.practise)
        self.practise_error = FieldError()
        layout.addWidget(self.practise_error)
        layout.addStretch(1)
        return page

    def _history_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            hint(
                self.tr(
                    "Je scores per zelfevaluatie, de oudste links (1 = {0}, {1} = {2})."
                ).format(
                    self.checklists.skills.scale[0],
                    len(self.checklists.skills.scale),
                    self.checklists.skills.scale[-1],
                )
            )
        )
        self.history_table = QTableWidget()
        self.history_table.setObjectName("scoreHistory")
        named(self.history_table, self.tr("Scores per zelfevaluatie"))
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setTabKeyNavigation(False)  # Tab leaves the table
        self.history_table.setCornerButtonEnabled(False)
        corner = self.history_table.findChild(QAbstractButton)
        if corner is not None:  # the table's corner, which would select all: nothing to do
            corner.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            named(corner, self.tr("Hoek van de tabel"))
        layout.addWidget(self.history_table, 2)
        layout.addWidget(QLabel(self.tr("Eerdere zelfevaluaties")))
        self.past_list = QListWidget()
        self.past_list.setObjectName("pastAssessments")
        named(self.past_list, self.tr("Eerdere zelfevaluaties"))
        self.past_list.itemActivated.connect(lambda _item: self.open_selected())
        layout.addWidget(self.past_list, 1)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Deze &openen"))
        self.open_button.setObjectName("openAssessment")
        self.open_button.clicked.connect(self.open_selected)
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    # --- showing ------------------------------------------------------------------------------

    def _show_history(self) -> None:
        past = self.ctx.read(service.list_self_assessments)
        oldest_first = list(reversed(past))
        items = self.checklists.skills.items
        table = self.history_table
        table.clear()
        table.setRowCount(len(items))
        table.setColumnCount(len(oldest_first))
        table.setVerticalHeaderLabels([item.text for item in items])
        table.setHorizontalHeaderLabels(
            [format_date(a.taken_on, self.language) for a in oldest_first]
        )
        for column, view in enumerate(oldest_first):
            for row, item in enumerate(items):
                answer = view.skills.get(item.key)
                score = answer.score if answer else None
                cell = QTableWidgetItem("" if score is None else str(score))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if score is not None:
                    cell.setToolTip(self.checklists.skills.scale[score - 1])
                table.setItem(row, column, cell)
        table.resizeColumnsToContents()
        self.past_list.clear()
        for view in past:
            scored = sum(1 for a in view.skills.values() if a.score is not None)
            text = self.tr("{0} · {1} van {2} vaardigheden gescoord").format(
                format_date(view.taken_on, self.language), scored, len(items)
            )
            if view.practise:
                names = ", ".join(self.ctx.catalog.skill(k).name for k in view.practise)
                text += " · " + self.tr("oefenen: {0}").format(names)
            entry = QListWidgetItem(text)
            entry.setData(ID_ROLE, view.id)
            self.past_list.addItem(entry)
        self.open_button.setEnabled(bool(past))
        if past:
            self.past_list.setCurrentRow(0)

    def _fill(self, view: SelfAssessmentView | None) -> None:
        """Show a stored self-assessment, or an empty one for today."""
        self._loading = True
        self.assessment_id = view.id if view else None
        if view is not None:
            self.evening_id = view.evening_id
        day = view.taken_on if view else self.ctx.today()
        self.date_edit.setText(day.strftime("%d-%m-%Y"))
        for key, group in self.scores.items():
            answer = view.skills.get(key) if view else None
            self._check(group, answer.score if answer else None)
            self.shows[key].setText(answer.show if answer else "")
            self.expands[key].setChecked(bool(answer and answer.expand))
        for key, group in self.answers.items():
            n_answer = view.interventions.get(key) if view else None
            index = ANSWER_KEYS.index(n_answer.answer) if n_answer and n_answer.answer else None
            self._check(group, index)
            self.whys[key].setText(n_answer.why if n_answer else "")
        self.practise.set_checked(list(view.practise) if view else [])
        self._loading = False
        self.dirty = False
        self.date_error.show_message(None)
        self.practise_error.show_message(None)
        self._show_what()
        self._show_expand()
        self.saved_label.setText(
            self.tr("Opgeslagen om {0}").format(format_time(view.updated_at)) if view else ""
        )

    @staticmethod
    def _check(group: QButtonGroup, button_id: int | None) -> None:
        group.setExclusive(False)
        for button in group.buttons():
            button.setChecked(group.id(button) == button_id)
        group.setExclusive(True)

    def _show_what(self) -> None:
        if self.assessment_id is None:
            text = self.tr("Nieuwe zelfevaluatie")
        else:
            text = self.tr("Zelfevaluatie bekijken en aanvullen")
        self.what_label.setText(text)

    def _show_expand(self) -> None:
        chosen = [
            item.text for item in self.checklists.skills.items if self.expands[item.key].isChecked()
        ]
        self.expand_label.setText(
            self.tr("Wil je uitbreiden (uit 1. Vaardigheden): {0}").format("; ".join(chosen))
            if chosen
            else ""
        )
        self.expand_label.setVisible(bool(chosen))

    def _edited(self, *_args: object) -> None:
        if self._loading:
            return
        self.dirty = True
        self.saved_label.setText(self.tr("Nog niet opgeslagen"))
        self._show_expand()
        self.timer.start()

    # --- storing ------------------------------------------------------------------------------

    def collect(self) -> SelfAssessmentInput:
        skills = {
            key: SkillAnswer(
                score=group.checkedId() if group.checkedId() > 0 else None,
                show=self.shows[key].text(),
                expand=self.expands[key].isChecked(),
            )
            for key, group in self.scores.items()
        }
        interventions = {
            key: InterventionAnswer(
                answer=ANSWER_KEYS[group.checkedId()] if group.checkedId() >= 0 else None,
                why=self.whys[key].text(),
            )
            for key, group in self.answers.items()
        }
        return SelfAssessmentInput(
            taken_on=self.date_edit.text(),
            evening_id=self.evening_id,
            skills=skills,
            interventions=interventions,
            practise=self.practise.checked(),
        )

    def save(self) -> bool:
        """Store the answers now (the autosave, Ctrl+S); False when they could not be stored."""
        self.timer.stop()
        if not self.dirty:
            return True  # nothing changed (a new one with no answers yet is not stored)
        self.date_error.show_message(None)
        self.practise_error.show_message(None)
        try:
            view = self.own.run(
                service.save_self_assessment, self.collect(), assessment_id=self.assessment_id
            )
        except ValidationError as exc:
            target = self.practise_error if exc.field == "practise" else self.date_error
            target.show_message(exc.message)
            self.saved_label.setText(self.tr("Niet opgeslagen: {0}").format(exc.message))
            self.last_problem = exc.message
            return False
        except UserFacingError as exc:  # a full disk, a locked store: say so, keep the answers
            self.saved_label.setText(self.tr("Niet opgeslagen: {0}").format(exc.message))
            self.last_problem = exc.message
            return False
        self.assessment_id = view.id
        self.dirty = False
        self._show_what()
        self._show_history()
        self.saved_label.setText(self.tr("Opgeslagen om {0}").format(format_time(view.updated_at)))
        return True

    def start_new(self) -> None:
        if not self._may_leave():
            return
        self._fill(None)
        self.tabs.setCurrentIndex(0)

    def open_selected(self) -> None:
        item = self.past_list.currentItem()
        if item is None or not self._may_leave():
            return
        self._fill(self.ctx.read(service.get_self_assessment, int(item.data(ID_ROLE))))
        self.tabs.setCurrentIndex(0)

    def _may_leave(self) -> bool:
        """Store what is not stored yet; when that fails, ask whether to go on without it."""
        if not self.dirty or self.save():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Zelfevaluatie"),
            self.tr(
                "Je laatste antwoorden zijn niet opgeslagen: {0}\n\nToch verdergaan zonder ze?"
            ).format(self.last_problem),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _changed(self, changes: Changes) -> None:
        if changes.assessments and not self.own.active:
            self._show_history()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_leave():
            event.accept()
        else:
            event.ignore()
