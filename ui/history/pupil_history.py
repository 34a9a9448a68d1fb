"""A pupil's story so far: the timeline of talks, and the agreements with their trail."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from parentconv.catalog import load_catalog
from parentconv.dates import format_date, format_time
from parentconv.errors import UserFacingError
from parentconv.services import agreements as agreement_service
from parentconv.services import history
from parentconv.store.db import Database
from parentconv_ui.common.errors import show_error
from parentconv_ui.common.labels import (
    agreement_status_label,
    carer_label,
    owner_label,
    talk_status_label,
)

ID_ROLE = Qt.ItemDataRole.UserRole
OVERDUE = "#b3261e"


class PupilHistoryWindow(QWidget):
    """Read-only talks; agreements can get a new status here (which adds to their history)."""

    changed = Signal(int)  # pupil id, after a stored change

    def __init__(
        self, db: Database, pupil_id: int, language: str = "nl", today: dt.date | None = None
    ) -> None:
        super().__init__()
        self.setWindowFlag(Qt.WindowType.Window)
        self.db = db
        self.pupil_id = pupil_id
        self.language = language
        self.today = today or dt.date.today()
        self.catalog = load_catalog(language)

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.carers = QLabel()
        self.carers.setWordWrap(True)
        self.timeline = QListWidget()
        self.timeline.setObjectName("timeline")
        self.timeline.setSpacing(2)
        self.timeline.setWordWrap(True)
        self.timeline.currentItemChanged.connect(lambda cur, _p: self.show_talk(cur))
        self.record = QTextBrowser()
        self.record.setObjectName("talkRecord")
        self.record.setOpenLinks(False)
        self.record.anchorClicked.connect(self._record_link)
        self.concern = QComboBox()
        self.concern.setObjectName("concernMark")
        self.concern.addItem(self.tr("Zorgsignaal: automatisch"), None)
        self.concern.addItem(self.tr("Ging vooral over zorgen"), True)
        self.concern.addItem(self.tr("Ging niet vooral over zorgen"), False)
        self.concern.activated.connect(lambda _i: self._concern_changed())
        record_box = QWidget()
        record_layout = QVBoxLayout(record_box)
        record_layout.setContentsMargins(0, 0, 0, 0)
        record_layout.addWidget(self.record, 1)
        record_layout.addWidget(self.concern)
        talks_tab = QSplitter()
        talks_tab.addWidget(self.timeline)
        talks_tab.addWidget(record_box)
        talks_tab.setSizes([420, 620])

        self.show_filter = QComboBox()
        self.show_filter.setObjectName("agreementFilter")
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
        self.owner_filter.addItem(self.tr("Iedereen"), None)
        for key in ("school", "parents", "child", "other"):
            self.owner_filter.addItem(owner_label(key), key)
        for combo in (self.show_filter, self.owner_filter):
            combo.currentIndexChanged.connect(lambda _i: self.fill_agreements())
        self.agreement_list = QListWidget()
        self.agreement_list.setObjectName("agreementList")
        self.agreement_list.setWordWrap(True)
        self.agreement_list.setSpacing(2)
        self.agreement_list.currentItemChanged.connect(
            lambda cur, _p: cur is not None and self.show_agreement(int(cur.data(ID_ROLE)))
        )
        self.trail = QTextBrowser()
        self.trail.setObjectName("agreementTrail")
        self.trail.setOpenLinks(False)
        self.trail.anchorClicked.connect(lambda url: self.show_talk_id(int(url.path())))
        self.new_status = QComboBox()
        self.new_status.setObjectName("newStatus")
        for key in ("open", "done", "not_achieved", "dropped"):
            self.new_status.addItem(agreement_status_label(key), key)
        self.status_note = QLineEdit()
        self.status_note.setObjectName("statusNote")
        self.status_note.setPlaceholderText(self.tr("toelichting (mag leeg)"))
        self.status_button = QPushButton(self.tr("Status wijzigen"))
        self.status_button.setObjectName("changeStatus")
        self.status_button.clicked.connect(self.change_status)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Toon")))
        filters.addWidget(self.show_filter)
        filters.addWidget(QLabel(self.tr("Wie")))
        filters.addWidget(self.owner_filter)
        filters.addStretch(1)
        change = QHBoxLayout()
        change.addWidget(self.new_status)
        change.addWidget(self.status_note, 1)
        change.addWidget(self.status_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.trail, 1)
        right_layout.addLayout(change)
        split = QSplitter()
        split.addWidget(self.agreement_list)
        split.addWidget(right)
        agreements_tab = QWidget()
        agreements_layout = QVBoxLayout(agreements_tab)
        agreements_layout.addLayout(filters)
        agreements_layout.addWidget(split, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(talks_tab, self.tr("Gesprekken"))
        self.tabs.addTab(agreements_tab, self.tr("Afspraken"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.carers)
        layout.addWidget(self.tabs, 1)
        self.resize(1100, 760)
        self.reload()

    # --- the timeline -------------------------------------------------------------------------

    def reload(self) -> None:
        timeline = self.db.run(history.pupil_timeline, self.pupil_id)
        self.setWindowTitle(self.tr("Geschiedenis – {0}").format(timeline.pupil.name))
        self.title.setText(timeline.pupil.name)
        lines = [carer_label(c) for c in timeline.carers]
        self.carers.setText("\n".join(lines) or self.tr("Nog geen ouders/verzorgers vastgelegd."))
        row = max(self.timeline.currentRow(), 0)
        self.timeline.clear()
        if not timeline.entries:
            item = QListWidgetItem(self.tr("Nog geen gesprekken met deze leerling."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.timeline.addItem(item)
            self.record.clear()
        for entry in timeline.entries:
            self.timeline.addItem(self._entry_item(entry))
        if timeline.entries:
            self.timeline.setCurrentRow(min(row, len(timeline.entries) - 1))
        self.fill_agreements()

    def _entry_item(self, entry: history.TimelineEntry) -> QListWidgetItem:
        t = entry.talk
        head = [
            f"{format_date(t.starts_at.date(), self.language)}",
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
        record = self.db.run(history.talk_record, int(item.data(ID_ROLE)))
        self.current_record = record
        self.concern.blockSignals(True)
        entry_marked = next(
            (
                e
                for e in self.db.run(history.pupil_timeline, self.pupil_id).entries
                if e.talk.id == record.talk.id
            ),
            None,
        )
        index = 0
        if entry_marked is not None and entry_marked.concern_marked_by_teacher:
            index = 1 if entry_marked.concern_led else 2
        self.concern.setCurrentIndex(index)
        self.concern.blockSignals(False)
        self.record.setHtml(self.record_html(record))

    def record_html(self, record: history.TalkRecord) -> str:
        t, prep = record.talk, record.preparation
        ctype = self.catalog.conversation_type(t.type_key).name
        out = [
            f"<h3>{escape(ctype)} · {format_date(t.starts_at.date(), self.language)} "
            f"{format_time(t.starts_at)}</h3>"
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
                f"<a href='agreement:{a.id}'>{escape(a.text)}</a> → "
                f"{escape(agreement_status_label(h.status))}"
                + (f" ({escape(h.note)})" if h.note else "")
                for a, h in record.reviewed
            ),
        )
        if t.next_time:
            section(self.tr("Volgende keer"), escape(t.next_time))
        return "".join(out)

    def _record_link(self, url: object) -> None:
        agreement_id = int(str(url.path()))
        self.tabs.setCurrentIndex(1)
        self.show_filter.setCurrentIndex(0)
        self.owner_filter.setCurrentIndex(0)
        for row in range(self.agreement_list.count()):
            if self.agreement_list.item(row).data(ID_ROLE) == agreement_id:
                self.agreement_list.setCurrentRow(row)
        self.show_agreement(agreement_id)

    def _concern_changed(self) -> None:
        talk_id = self.timeline.currentItem().data(ID_ROLE) if self.timeline.currentItem() else None
        if talk_id is None:
            return
        self.db.run(history.set_concern_mark, int(talk_id), self.concern.currentData())
        self.reload()
        self.changed.emit(self.pupil_id)

    # --- agreements ---------------------------------------------------------------------------

    def fill_agreements(self) -> None:
        chosen = self.db.run(
            agreement_service.agreements_of,
            self.pupil_id,
            show=str(self.show_filter.currentData()),
            owner=self.owner_filter.currentData(),
            today=self.today,
        )
        current = self.agreement_list.currentItem()
        keep = current.data(ID_ROLE) if current is not None else None
        self.agreement_list.clear()
        for a in chosen:
            due = (
                self.tr("uiterlijk {0}").format(format_date(a.due_on, self.language))
                if a.due_on
                else self.tr("geen datum")
            )
            item = QListWidgetItem(
                f"{a.text}\n    {owner_label(a.owner)} · {due} · "
                f"{agreement_status_label(a.status)}"
                + (" · " + self.tr("verlopen") if a.is_overdue(self.today) else "")
            )
            item.setData(ID_ROLE, a.id)
            if a.is_overdue(self.today):
                item.setForeground(Qt.GlobalColor.darkRed)
            self.agreement_list.addItem(item)
            if a.id == keep:
                self.agreement_list.setCurrentItem(item)
        if self.agreement_list.currentItem() is None and self.agreement_list.count():
            self.agreement_list.setCurrentRow(0)
        if not chosen:
            none_here = self.tr("Geen afspraken bij dit filter.")
            self.trail.setHtml(f"<i>{escape(none_here)}</i>")

    def show_agreement(self, agreement_id: int) -> None:
        trail = self.db.run(history.agreement_trail, agreement_id)
        self.current_agreement = trail.agreement
        a = trail.agreement
        made_in_label = self.tr("Gemaakt in")
        in_talk = self.tr("in gesprek")
        history_label = self.tr("Geschiedenis")
        parts = [
            f"<h3>{escape(a.text)}</h3>",
            f"<p>{escape(owner_label(a.owner))} · {escape(agreement_status_label(a.status))}</p>",
        ]
        if trail.made_in is not None:
            parts.append(
                f"<p>{escape(made_in_label)}: <a href='talk:{trail.made_in.id}'>"
                f"{format_date(trail.made_in.starts_at.date(), self.language)}</a></p>"
            )
        rows = []
        talk_dates = {t.id: t.starts_at for t, _h in trail.reviewed_in}
        for h in a.history:
            where = ""
            if h.talk_id in talk_dates:
                where = f" — <a href='talk:{h.talk_id}'>{escape(in_talk)}</a>"
            rows.append(
                f"<li>{format_date(h.changed_at.date(), self.language)}: "
                f"{escape(agreement_status_label(h.status))}"
                + (f" ({escape(h.note)})" if h.note else "")
                + where
                + "</li>"
            )
        parts.append(f"<p><b>{escape(history_label)}</b></p><ul>{''.join(rows)}</ul>")
        self.trail.setHtml("".join(parts))
        self.new_status.setCurrentIndex(max(0, self.new_status.findData(a.status)))

    def change_status(self) -> None:
        current = self.agreement_list.currentItem()
        if current is None:
            return
        agreement_id = int(current.data(ID_ROLE))
        try:
            self.db.run(
                agreement_service.change_status,
                agreement_id,
                status=str(self.new_status.currentData()),
                note=self.status_note.text(),
            )
        except UserFacingError as exc:
            show_error(self, exc)
            return
        self.status_note.clear()
        self.fill_agreements()
        self.show_agreement(agreement_id)
        self.changed.emit(self.pupil_id)
