"""A pupil's story so far: the timeline of talks, and the agreements with their trail.

A talk's record can be corrected here: reopened (a slip of the hand in talk mode), its notes
improved (in the preparation window), its agreements edited or deleted. Every correction stays
visible in the history.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from parentconv.changes import Changes
from parentconv.dates import format_date, format_datetime, format_time
from parentconv.errors import NotFoundError
from parentconv.services import agreements as agreement_service
from parentconv.services import history, talk_mode
from parentconv.services.views import AgreementView, StatusChangeView
from parentconv_ui.common.agreement_dialog import AgreementDialog
from parentconv_ui.common.context import AppContext, Failed
from parentconv_ui.common.labels import (
    OWNERS,
    agreement_status_label,
    carer_label,
    owner_label,
    talk_status_label,
)
from parentconv_ui.common.widgets import fit_to_screen, font_size, named

ID_ROLE = Qt.ItemDataRole.UserRole


class PupilHistoryWindow(QWidget):
    """Emits ``open_talk(talk_id)`` to correct a talk's notes in its preparation window, and
    ``print_summary(talk_id, copy)`` to print it."""

    open_talk = Signal(int)
    print_summary = Signal(int, str)

    def __init__(self, ctx: AppContext, pupil_id: int) -> None:
        super().__init__()
        self.setWindowFlag(Qt.WindowType.Window)
        self.ctx = ctx
        self.pupil_id = pupil_id
        self.language = ctx.language
        self.catalog = ctx.catalog
        self.current_record: history.TalkRecord | None = None
        self.current_agreement: AgreementView | None = None

        self.title = QLabel()
        self.title.setObjectName("historyTitle")
        self.title.setStyleSheet(f"{font_size(1.67)} font-weight: 600;")
        self.title.setWordWrap(True)  # a long name or a big font wraps, not widens
        self.carers = QLabel()
        self.carers.setWordWrap(True)
        self.timeline = QListWidget()
        self.timeline.setObjectName("timeline")
        named(self.timeline, self.tr("Gesprekken, nieuwste eerst"))
        self.timeline.setSpacing(2)
        self.timeline.setWordWrap(True)
        self.timeline.currentItemChanged.connect(lambda cur, _p: self.show_talk(cur))
        self.record = QTextBrowser()
        self.record.setObjectName("talkRecord")
        named(self.record, self.tr("Verslag van het gekozen gesprek"))
        self.record.setOpenLinks(False)
        self.record.anchorClicked.connect(self._record_link)
        self.concern = QComboBox()
        self.concern.setObjectName("concernMark")
        named(self.concern, self.tr("Zorgsignaal van dit gesprek"))
        self.concern.addItem(self.tr("Zorgsignaal: automatisch"), None)
        self.concern.addItem(self.tr("Ging vooral over zorgen"), True)
        self.concern.addItem(self.tr("Ging niet vooral over zorgen"), False)
        self.concern.activated.connect(lambda _i: self._concern_changed())
        self.reopen_button = QPushButton(self.tr("Gesprek heropenen"))
        self.reopen_button.setObjectName("reopenTalk")
        self.reopen_button.setToolTip(
            self.tr("Maakt ‘gevoerd’, ‘afgezegd’ of ‘niet verschenen’ ongedaan.")
        )
        self.reopen_button.clicked.connect(self.reopen_talk)
        self.notes_button = QPushButton(self.tr("Notities verbeteren…"))
        self.notes_button.setObjectName("correctNotes")
        self.notes_button.clicked.connect(self._correct_notes)
        self.print_button = QPushButton(self.tr("Verslag afdrukken"))
        self.print_button.setObjectName("historyPrint")
        print_menu = QMenu(self.print_button)
        print_menu.addAction(
            self.tr("Voor jezelf (leerkrachtversie)…"), lambda: self._print("teacher")
        )
        print_menu.addAction(self.tr("Voor de ouders…"), lambda: self._print("parents"))
        self.print_button.setMenu(print_menu)
        record_buttons = QHBoxLayout()
        for widget in (self.reopen_button, self.notes_button, self.print_button):
            record_buttons.addWidget(widget)
        record_buttons.addStretch(1)
        record_box = QWidget()
        record_layout = QVBoxLayout(record_box)
        record_layout.setContentsMargins(0, 0, 0, 0)
        record_layout.addWidget(self.record, 1)
        record_layout.addLayout(record_buttons)
        record_layout.addWidget(self.concern)
        talks_tab = QSplitter()
        talks_tab.setChildrenCollapsible(False)
        talks_tab.addWidget(self.timeline)
        talks_tab.addWidget(record_box)
        talks_tab.setSizes([420, 620])

        self.show_filter = QComboBox()
        self.show_filter.setObjectName("agreementFilter")
        named(self.show_filter, self.tr("Toon"))
        for key, label in (
            ("all", self.tr("Alle")),
            ("open", self.tr("Open")),
            ("overdue", self.tr("Verlopen")),
            ("done", self.tr("Gedaan")),
            ("closed", self.tr("Afgesloten")),
        ):
            self.show_filter.addItem(label, key)
        self.owner_filter = QComboBox()
        self.owner_filter.setObjectName("ownerFilter")
        named(self.owner_filter, self.tr("Wie"))
        self.owner_filter.addItem(self.tr("Iedereen"), None)
        for key in OWNERS:
            self.owner_filter.addItem(owner_label(key), key)
        for combo in (self.show_filter, self.owner_filter):
            combo.currentIndexChanged.connect(lambda _i: self.fill_agreements())
        self.agreement_list = QListWidget()
        self.agreement_list.setObjectName("agreementList")
        named(self.agreement_list, self.tr("Afspraken"))
        self.agreement_list.setWordWrap(True)
        self.agreement_list.setSpacing(2)
        self.agreement_list.currentItemChanged.connect(self._agreement_chosen)
        self.trail = QTextBrowser()
        self.trail.setObjectName("agreementTrail")
        named(self.trail, self.tr("Geschiedenis van de gekozen afspraak"))
        self.trail.setOpenLinks(False)
        self.trail.anchorClicked.connect(lambda url: self.show_talk_id(int(url.path())))
        self.new_status = QComboBox()
        self.new_status.setObjectName("newStatus")
        named(self.new_status, self.tr("Nieuwe status"))
        for key in ("open", "done", "not_achieved", "dropped"):
            self.new_status.addItem(agreement_status_label(key), key)
        self.status_note = QLineEdit()
        self.status_note.setObjectName("statusNote")
        named(self.status_note, self.tr("Toelichting bij de nieuwe status (niet verplicht)"))
        self.status_note.setPlaceholderText(self.tr("toelichting (niet verplicht)"))
        self.status_button = QPushButton(self.tr("Status wijzigen"))
        self.status_button.setObjectName("changeStatus")
        self.status_button.clicked.connect(self.change_status)
        self.edit_button = QPushButton(self.tr("Afspraak bewerken…"))
        self.edit_button.setObjectName("editAgreement")
        self.edit_button.clicked.connect(self.edit_agreement)
        self.delete_button = QPushButton(self.tr("Afspraak verwijderen…"))
        self.delete_button.setObjectName("deleteAgreement")
        self.delete_button.clicked.connect(self.delete_agreement)
        filters = QHBoxLayout()
        for caption, combo in (
            (self.tr("Toon"), self.show_filter),
            (self.tr("Wie"), self.owner_filter),
        ):
            caption_label = QLabel(caption)
            caption_label.setBuddy(combo)
            filters.addWidget(caption_label)
            filters.addWidget(combo)
        filters.addStretch(1)
        change = QHBoxLayout()
        status_label = QLabel(self.tr("Nieuwe status"))
        status_label.setBuddy(self.new_status)
        change.addWidget(status_label)
        change.addWidget(self.new_status)
        change.addWidget(self.status_note, 1)
        change.addWidget(self.status_button)
        edits = QHBoxLayout()
        edits.addWidget(self.edit_button)
        edits.addWidget(self.delete_button)
        edits.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.trail, 1)
        right_layout.addLayout(change)
        right_layout.addLayout(edits)
        split = QSplitter()
        split.setChildrenCollapsible(False)
        split.addWidget(self.agreement_list)
        split.addWidget(right)
        agreements_tab = QWidget()
        agreements_layout = QVBoxLayout(agreements_tab)
        agreements_layout.addLayout(filters)
        agreements_layout.addWidget(split, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("historyTabs")
        self.tabs.addTab(talks_tab, self.tr("&Gesprekken"))
        self.tabs.addTab(agreements_tab, self.tr("&Afspraken"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.carers)
        layout.addWidget(self.tabs, 1)
        ctx.bus.changed.connect(self._changed)
        fit_to_screen(self, 1100, 760)
        self.reload()

    # --- the timeline -------------------------------------------------------------------------

    def _changed(self, changes: Changes) -> None:
        if changes.touches(pupils=[self.pupil_id]):
            try:
                self.reload()
            except NotFoundError:
                self.close()  # the pupil was deleted

    def reload(self) -> None:
        """Everything the window shows, read in one go (``history.pupil_window``)."""
        current = self.timeline.currentItem()
        keep = current.data(ID_ROLE) if current is not None else None
        chosen = self.agreement_list.currentItem()
        window = self.ctx.read(
            history.pupil_window,
            self.pupil_id,
            talk_id=keep,
            agreement_id=chosen.data(ID_ROLE) if chosen is not None else None,
            show=str(self.show_filter.currentData()),
            owner=self.owner_filter.currentData(),
            today=self.ctx.today(),
        )
        timeline = window.timeline
        self.entries = {e.talk.id: e for e in timeline.entries}
        self.setWindowTitle(self.tr("Geschiedenis – {0}").format(timeline.pupil.name))
        self.title.setText(timeline.pupil.name)
        lines = [carer_label(c) for c in timeline.carers]
        self.carers.setText("\n".join(lines) or self.tr("Nog geen ouders/verzorgers vastgelegd."))
        self.timeline.blockSignals(True)
        self.timeline.clear()
        if not timeline.entries:
            item = QListWidgetItem(self.tr("Nog geen gesprekken met deze leerling."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.timeline.addItem(item)
            self.record.clear()
        shown_talk = window.record.talk.id if window.record is not None else None
        for index, entry in enumerate(timeline.entries):
            self.timeline.addItem(self._entry_item(entry))
            if entry.talk.id == shown_talk:
                self.timeline.setCurrentRow(index)
        self.timeline.blockSignals(False)
        if window.record is not None:
            self._show_record(window.record)
        else:
            self._record_buttons(None)
        self._fill_agreement_list(window.agreements, window.trail)

    def _entry_item(self, entry: history.TimelineEntry) -> QListWidgetItem:
        t = entry.talk
        head = [
            f"{format_date(t.happened_on, self.language)}",
            self.catalog.conversation_type(t.type_key).name,
            talk_status_label(t.status, t.cancel_reason),
        ]
        goals = ", ".join(self.catalog.goal_type(k).name for k in entry.goal_keys)
        if goals:
            head.append(goals)
        achieved = {
            "yes": self.tr("doel bereikt"),
            "partly": self.tr("doel deels bereikt"),
            "no": self.tr("doel niet bereikt"),
        }.get(t.goal_achieved or "")
        if achieved:
            head.append(achieved)
        if entry.concern_led:
            head.append(self.tr("vooral zorgen"))
        text = " · ".join(head)
        if entry.outcome:
            text += f"\n    {entry.outcome}"
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, t.id)
        return item

    def show_talk_id(self, talk_id: int) -> None:
        self.tabs.setCurrentIndex(0)
        for row in range(self.timeline.count()):
            if self.timeline.item(row).data(ID_ROLE) == talk_id:
                self.timeline.setCurrentRow(row)
                return

    def show_talk(self, item: QListWidgetItem | None) -> None:
        if item is None or item.data(ID_ROLE) is None:
            return
        self._show_record(self.ctx.read(history.talk_record, int(item.data(ID_ROLE))))

    def _show_record(self, record: history.TalkRecord) -> None:
        self.current_record = record
        self.concern.blockSignals(True)
        entry = self.entries.get(record.talk.id)
        index = 0
        if entry is not None and entry.concern_marked_by_teacher:
            index = 1 if entry.concern_led else 2
        self.concern.setCurrentIndex(index)
        self.concern.blockSignals(False)
        self.record.setHtml(self.record_html(record))
        self._record_buttons(record)

    def _record_buttons(self, record: history.TalkRecord | None) -> None:
        talk = record.talk if record is not None else None
        self.reopen_button.setEnabled(talk is not None and not talk.is_open)
        self.notes_button.setEnabled(talk is not None)
        self.print_button.setEnabled(talk is not None)
        self.concern.setEnabled(talk is not None)

    def record_html(self, record: history.TalkRecord) -> str:
        t, prep = record.talk, record.preparation
        ctype = self.catalog.conversation_type(t.type_key).name
        out = [
            f"<h3>{escape(ctype)} · {format_date(t.starts_at.date(), self.language)} "
            f"{format_time(t.starts_at)}</h3>",
            f"<p>{escape(talk_status_label(t.status, t.cancel_reason))}</p>",
        ]

        def section(title: str, body: str) -> None:
            if body.strip():
                out.append(f"<p><b>{escape(title)}</b><br>{body}</p>")

        section(
            self.tr("Doel"),
            "<br>".join(
                escape(self.catalog.goal_type(g.key).name + (f": {g.outcome}" if g.outcome else ""))
                for g in prep.goals
            ),
        )
        section(self.tr("Boodschap"), escape(prep.key_message))
        section(self.tr("Kwaliteiten"), escape(", ".join(prep.qualities)))
        section(self.tr("Groeikansen"), escape(", ".join(prep.growth_opportunities)))
        section(self.tr("Relationele boodschap"), escape(prep.relational_note))
        section(self.tr("Gedeelde notitie"), escape(t.shared_notes).replace("\n", "<br>"))
        section(self.tr("Privénotitie"), escape(t.private_notes).replace("\n", "<br>"))
        section(
            self.tr("Afspraken gemaakt"),
            "<br>".join(
                f"<a href='agreement:{a.id}'>{escape(a.text)}</a> — {escape(owner_label(a.owner))}"
                f" · {escape(agreement_status_label(a.status))}"
                for a in record.made
            ),
        )
        section(
            self.tr("Eerdere afspraken besproken"),
            "<br>".join(
                f"<a href='agreement:{a.id}'>{escape(a.text)}</a> → {escape(self.entry_text(h))}"
                for a, h in record.reviewed
            ),
        )
        if t.next_time:
            section(self.tr("Volgende keer"), escape(t.next_time))
        fields = {
            "shared_notes": self.tr("gedeelde notitie"),
            "private_notes": self.tr("privénotitie"),
        }
        section(
            self.tr("Verbeterd na het gesprek"),
            "<br>".join(
                escape(
                    self.tr("{0}: {1}, eerder: “{2}”").format(
                        format_datetime(r.changed_at, self.language),
                        fields.get(r.field, r.field),
                        r.old_text if len(r.old_text) <= 200 else r.old_text[:199] + "…",
                    )
                )
                for r in record.revisions
            ),
        )
        return "".join(out)

    def entry_text(self, h: StatusChangeView) -> str:
        """One history entry in words: what happened, the teacher's note, a new date."""
        words = {
            "made": self.tr("gemaakt"),
            "continue": self.tr("loopt door"),
            "adjust": self.tr("bijgesteld"),
            "edit": self.tr("aangepast"),
        }.get(h.kind, agreement_status_label(h.status))
        if h.kind == "edit" and h.note:
            words += " " + self.tr("(eerder: “{0}”)").format(h.note)
        elif h.note:
            words += f" ({h.note})"
        if h.due_on is not None:
            words += " · " + self.tr("nu uiterlijk {0}").format(
                format_date(h.due_on, self.language)
            )
        return words

    def _record_link(self, url: QUrl) -> None:
        agreement_id = int(str(url.path()))
        self.tabs.setCurrentIndex(1)
        self.show_filter.setCurrentIndex(0)
        self.owner_filter.setCurrentIndex(0)
        for row in range(self.agreement_list.count()):
            if self.agreement_list.item(row).data(ID_ROLE) == agreement_id:
                self.agreement_list.setCurrentRow(row)
        self.show_agreement(agreement_id)

    def _current_talk_id(self) -> int | None:
        return self.current_record.talk.id if self.current_record is not None else None

    def _concern_changed(self) -> None:
        talk_id = self._current_talk_id()
        if talk_id is not None:
            self.ctx.op(self, history.set_concern_mark, talk_id, self.concern.currentData())

    def reopen_talk(self) -> None:
        """A talk marked held, cancelled or no-show by mistake: it can be held again."""
        record = self.current_record
        if record is None or record.talk.is_open:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Gesprek heropenen"),
            self.tr(
                "Het gesprek van {0} weer op ‘gepland’ zetten? Notities en afspraken blijven "
                "bewaard; je kunt het gesprek daarna opnieuw starten."
            ).format(format_date(record.talk.starts_at.date(), self.language)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.op(self, talk_mode.reopen_talk, record.talk.id)

    def _correct_notes(self) -> None:
        talk_id = self._current_talk_id()
        if talk_id is not None:
            self.open_talk.emit(talk_id)

    def _print(self, copy: str) -> None:
        talk_id = self._current_talk_id()
        if talk_id is not None:
            self.print_summary.emit(talk_id, copy)

    # --- agreements ---------------------------------------------------------------------------

    def fill_agreements(self) -> None:
        chosen = self.ctx.read(
            agreement_service.agreements_of,
            self.pupil_id,
            show=str(self.show_filter.currentData()),
            owner=self.owner_filter.currentData(),
            today=self.ctx.today(),
        )
        self._fill_agreement_list(chosen)

    def _fill_agreement_list(
        self, chosen: Sequence[AgreementView], trail: history.AgreementTrail | None = None
    ) -> None:
        """The agreements under the filter; ``trail``: the one to select, already read."""
        today = self.ctx.today()
        current = self.agreement_list.currentItem()
        keep = current.data(ID_ROLE) if current is not None else None
        self.agreement_list.blockSignals(True)
        self.agreement_list.clear()
        for a in chosen:
            due = (
                self.tr("uiterlijk {0}").format(format_date(a.due_on, self.language))
                if a.due_on
                else self.tr("geen datum")
            )
            overdue = a.is_overdue(today)
            item = QListWidgetItem(
                f"{a.text}\n    {owner_label(a.owner)} · {due} · "
                f"{agreement_status_label(a.status)}"
                + (" · ⚠ " + self.tr("verlopen") if overdue else "")
            )
            item.setData(ID_ROLE, a.id)
            self.agreement_list.addItem(item)
            if a.id == keep:
                self.agreement_list.setCurrentItem(item)
        if self.agreement_list.currentItem() is None and self.agreement_list.count():
            self.agreement_list.setCurrentRow(0)
        self.agreement_list.blockSignals(False)  # the trail is shown once, below
        current = self.agreement_list.currentItem()
        if (
            trail is not None
            and current is not None
            and trail.agreement.id == current.data(ID_ROLE)
        ):
            self._show_trail(trail)
        elif current is not None:
            self.show_agreement(int(current.data(ID_ROLE)))
        else:
            self.current_agreement = None
            none_here = self.tr("Geen afspraken bij dit filter.")
            self.trail.setHtml(f"<i>{escape(none_here)}</i>")
        for widget in (self.status_button, self.edit_button, self.delete_button):
            widget.setEnabled(self.current_agreement is not None)

    def _agreement_chosen(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.show_agreement(int(current.data(ID_ROLE)))

    def show_agreement(self, agreement_id: int) -> None:
        self._show_trail(self.ctx.read(history.agreement_trail, agreement_id))

    def _show_trail(self, trail: history.AgreementTrail) -> None:
        self.current_agreement = trail.agreement
        a = trail.agreement
        made_in_label = self.tr("Gemaakt in")
        in_talk = self.tr("in gesprek")
        history_label = self.tr("Geschiedenis")
        due = (
            self.tr("uiterlijk {0}").format(format_date(a.due_on, self.language))
            if a.due_on
            else self.tr("geen datum")
        )
        parts = [
            f"<h3>{escape(a.text)}</h3>",
            f"<p>{escape(owner_label(a.owner))} · {escape(due)} · "
            f"{escape(agreement_status_label(a.status))}</p>",
        ]
        if trail.made_in is not None:
            parts.append(
                f"<p>{escape(made_in_label)}: <a href='talk:{trail.made_in.id}'>"
                f"{format_date(trail.made_in.starts_at.date(), self.language)}</a></p>"
            )
        rows = []
        talk_ids = {t.id for t, _h in trail.reviewed_in}
        for h in a.history:
            where = ""
            if h.talk_id in talk_ids:
                where = f" — <a href='talk:{h.talk_id}'>{escape(in_talk)}</a>"
            rows.append(
                f"<li>{format_date(h.changed_at.date(), self.language)}: "
                f"{escape(self.entry_text(h))}{where}</li>"
            )
        parts.append(f"<p><b>{escape(history_label)}</b></p><ul>{''.join(rows)}</ul>")
        self.trail.setHtml("".join(parts))
        self.new_status.setCurrentIndex(max(0, self.new_status.findData(a.status)))
        named(self.edit_button, self.tr("Afspraak bewerken: {0}").format(a.text))
        named(self.delete_button, self.tr("Afspraak verwijderen: {0}").format(a.text))

    def change_status(self) -> None:
        if self.current_agreement is None:
            return
        result = self.ctx.op(
            self,
            agreement_service.change_status,
            self.current_agreement.id,
            status=str(self.new_status.currentData()),
            note=self.status_note.text(),
        )
        if not isinstance(result, Failed):
            self.status_note.clear()

    def edit_agreement(self) -> None:
        """Correct the wording, who does it or the date; the history keeps what it was."""
        a = self.current_agreement
        if a is None:
            return
        dialog = AgreementDialog(
            self,
            title=self.tr("Afspraak bewerken"),
            text=a.text,
            owner=a.owner,
            due_on=a.due_on,
            intro=self.tr("De eerdere tekst blijft zichtbaar in de geschiedenis van de afspraak."),
        )
        if not dialog.exec() or dialog.values is None:
            return
        values = dialog.values
        self.ctx.op(
            self,
            agreement_service.update_agreement,
            a.id,
            text=values.text,
            owner=values.owner,
            due_on=values.due_on,
        )

    def delete_agreement(self) -> None:
        a = self.current_agreement
        if a is None:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Afspraak verwijderen"),
            self.tr(
                "“{0}” helemaal verwijderen, met de geschiedenis ervan? Gebruik dit voor een "
                "vergissing; een afspraak die niet doorgaat zet je op ‘vervallen’."
            ).format(a.text),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.op(self, agreement_service.delete_agreement, a.id)
