"""The main window: groups and pupils on the left, the chosen pupil on the right, and tabs.

It opens the other windows (one per talk for the preparation and talk mode, one per pupil for
the history) and raises an open one instead of making a second. It learns about changes from
the context's change signal, like every window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from parentconv import __version__
from parentconv.changes import Changes
from parentconv.dates import format_date, school_year_of
from parentconv.errors import NotFoundError, UserFacingError
from parentconv.filenames import safe_file_name
from parentconv.private import private_file
from parentconv.services import evenings, people, talks
from parentconv.services.views import GroupView, TalkView
from parentconv.store.work import Work
from parentconv_ui.common.background import run_beside
from parentconv_ui.common.context import AppContext, Failed
from parentconv_ui.common.errors import show_error
from parentconv_ui.common.files import ask_folder
from parentconv_ui.common.showing import bring_up, opening, show_soon
from parentconv_ui.common.widgets import named
from parentconv_ui.main import backup_actions, forms
from parentconv_ui.main.lazy_tabs import LazyTabs
from parentconv_ui.main.pupil_panel import PupilPanel
from parentconv_ui.main.pupil_tree import GROUP_ID_ROLE, PUPIL_ID_ROLE, PupilFilter, build_model
from parentconv_ui.main.retention_dialog import RetentionDialog

if TYPE_CHECKING:  # the windows and tabs are imported when first opened
    from parentconv.store.db import Database
    from parentconv_ui.evening.planner import EveningPlanner
    from parentconv_ui.evening.talk_mode import TalkModeWindow
    from parentconv_ui.evening.tonight import TonightView
    from parentconv_ui.help.card_library import CardLibrary
    from parentconv_ui.history.group_overview import GroupOverview
    from parentconv_ui.history.pupil_history import PupilHistoryWindow
    from parentconv_ui.history.search_view import SearchView
    from parentconv_ui.preparation.window import PreparationWindow
    from parentconv_ui.printing.preview import PdfPreview
    from parentconv_ui.reflection.journal import JournalWindow
    from parentconv_ui.reflection.self_assessment import SelfAssessmentWindow

FIRST_MATCH_MS = 150  # typing pauses this long: show the first pupil found


def server_title(db: Database) -> str:
    """The window's title; on the school's server it says which one (the data is not here)."""
    return f"Oudergesprek — {db.where}" if db.is_server else "Oudergesprek"


class MainWindow(QMainWindow):
    """Emits ``language_changed`` when the teacher picks another language in the menu."""

    language_changed = Signal(str)
    restore_requested = Signal(str)
    """The teacher chose a backup to put back (the shell closes the store and reopens it)."""
    store_chosen = Signal(str)
    """Instellingen → Database: the store to open instead ("" = this computer's file)."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.language = ctx.language
        self.catalog = ctx.catalog
        self.setWindowTitle(server_title(ctx.db))
        self.qsettings = QSettings(
            str(ctx.locations.data_dir / "window.ini"), QSettings.Format.IniFormat
        )

        self.search = QLineEdit()
        self.search.setObjectName("pupilSearch")
        named(self.search, self.tr("Zoek een leerling"))
        self.search.setPlaceholderText(self.tr("Zoek een leerling…"))
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeView()
        self.tree.setObjectName("pupilTree")
        named(self.tree, self.tr("Groepen en leerlingen"))
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.filter = PupilFilter()
        self.tree.setModel(self.filter)
        self.first_match_timer = QTimer(self)
        self.first_match_timer.setSingleShot(True)
        self.first_match_timer.setInterval(FIRST_MATCH_MS)
        self.first_match_timer.timeout.connect(self._select_first_match_if_none)
        self.search.textChanged.connect(self._filter_changed)
        self.search.returnPressed.connect(self._select_first_match)
        self.no_match = QLabel(self.tr("Geen leerling gevonden."))
        self.no_match.setObjectName("noMatch")
        self.no_match.hide()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        search_label = QLabel(self.tr("Zoek een leerling"))
        search_label.setBuddy(self.search)
        left_layout.addWidget(search_label)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.no_match)
        left_layout.addWidget(self.tree)

        self.panel = PupilPanel(self.catalog, self.language)
        self.panel.edit_pupil.connect(self.edit_pupil)
        self.panel.delete_pupil.connect(self.delete_pupil)
        self.panel.add_carer.connect(self.add_carer)
        self.panel.edit_carer.connect(self.edit_carer)
        self.panel.prepare.connect(self.prepare_for_pupil)
        self.panel.open_talk.connect(self.open_preparation)
        self.panel.print_summary.connect(self.print_summary)
        self.panel.show_history.connect(self.open_history)
        self.panel.edit_parents_told.connect(self.edit_parents_told)
        self.panel.print_startgesprek.connect(self.print_startgesprek_form)
        self.histories: dict[int, PupilHistoryWindow] = {}
        self.card_library: CardLibrary | None = None
        self.journal: JournalWindow | None = None
        self.self_assessment: SelfAssessmentWindow | None = None
        self.preparations: dict[int, PreparationWindow] = {}
        self.talk_windows: list[TalkModeWindow] = []

        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 800])

        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.addTab(splitter, self.tr("G&roep"))
        # The other tabs are built when first shown (or asked for): a start builds only what
        # the first screen needs.
        self._tabs = LazyTabs(self.tabs)
        self._panel_behind = False
        self.tabs.currentChanged.connect(self._tab_changed)
        self._tabs.add("tonight", self.tr("&Vanavond"), self._make_tonight)
        self._tabs.add("planner", self.tr("&Gesprekkenavonden"), self._make_planner)
        self._tabs.add("overview", self.tr("&Contactoverzicht"), self._make_overview)
        self._tabs.add("search", self.tr("&Zoeken"), self._make_search)
        if ctx.read(evenings.evenings_on, ctx.today()):
            self.tabs.setCurrentWidget(self.tonight)
        self.setCentralWidget(self.tabs)
        self._build_menus()
        self.statusBar()
        ctx.bus.changed.connect(self._changed)
        self.reload()
        self._restore_geometry()

    # --- the tabs, built when first needed -----------------------------------------------------

    @property
    def tonight(self) -> TonightView:
        return self._tabs.widget("tonight")  # type: ignore[return-value]

    @property
    def planner(self) -> EveningPlanner:
        return self._tabs.widget("planner")  # type: ignore[return-value]

    @property
    def overview(self) -> GroupOverview:
        return self._tabs.widget("overview")  # type: ignore[return-value]

    @property
    def search_view(self) -> SearchView:
        return self._tabs.widget("search")  # type: ignore[return-value]

    def _connect_evening(self, source: EveningPlanner | TonightView) -> None:
        source.prepare.connect(self.open_preparation)
        source.start_talk.connect(self.start_talk)
        source.print_pack.connect(self.print_evening)

    def _make_tonight(self) -> QWidget:
        from parentconv_ui.evening.tonight import TonightView

        tonight = TonightView(self.ctx)
        self._connect_evening(tonight)
        tonight.print_summary.connect(self.print_summary)
        tonight.print_parents_copies.connect(self.print_parents_copies)
        tonight.print_invitations.connect(self.print_invitations)
        return tonight

    def _make_planner(self) -> QWidget:
        from parentconv_ui.evening.planner import EveningPlanner

        planner = EveningPlanner(self.ctx)
        self._connect_evening(planner)
        planner.print_invitations.connect(self.print_invitations)
        return planner

    def _make_overview(self) -> QWidget:
        from parentconv_ui.history.group_overview import GroupOverview

        overview = GroupOverview(self.ctx)
        overview.open_pupil.connect(self.show_pupil)
        return overview

    def _make_search(self) -> QWidget:
        from parentconv_ui.history.search_view import SearchView

        view = SearchView(self.ctx)
        view.open_pupil.connect(self.open_history)
        return view

    # --- menus --------------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], object], shortcut: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Bestand"))
        self.demo_action = self._action(self.tr("Demoklas laden"), self.load_demo)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("Back-up &maken…"), self.make_backup))
        file_menu.addAction(self._action(self.tr("Back-up &terugzetten…"), self.restore_backup))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("Overdracht ma&ken…"), self.export_handover))
        file_menu.addAction(self._action(self.tr("Overdracht &inlezen…"), self.import_handover))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Afsluiten"), self.close, "Ctrl+Q"))

        class_menu = bar.addMenu(self.tr("Gr&oep"))  # Alt+R is the Groep tab
        class_menu.addAction(self._action(self.tr("Nieuwe groep…"), self.add_group))
        class_menu.addAction(self._action(self.tr("Groep bewerken…"), self.edit_group))
        class_menu.addAction(self._action(self.tr("Groep verwijderen…"), self.delete_group))
        class_menu.addAction(
            self._action(self.tr("Klassenlijst &importeren…"), self.import_class_list)
        )
        class_menu.addAction(self._action(self.tr("Nieuw &schooljaar…"), self.move_up))
        class_menu.addSeparator()
        class_menu.addAction(self._action(self.tr("Nieuwe leerling…"), self.add_pupil, "Ctrl+N"))
        class_menu.addAction(self._action(self.tr("Zoeken"), self.focus_search, "Ctrl+F"))
        class_menu.addAction(
            self._action(
                self.tr("Vragenlijsten startgesprek afdrukken…"), self.print_startgesprek_forms
            )
        )
        class_menu.addSeparator()
        class_menu.addAction(self._action(self.tr("&Inzage exporteren…"), self.export_inzage))
        self.retention_action = self._action(self.tr("Be&waartermijn…"), self.show_retention)
        class_menu.addAction(self.retention_action)

        settings_menu = bar.addMenu(self.tr("&Instellingen"))
        settings_menu.addAction(self._action(self.tr("&Database…"), self.choose_database))
        language_menu = settings_menu.addMenu(self.tr("Taal / Language"))
        group = QActionGroup(self)
        for code, label in (("nl", "Nederlands"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(code == self.language)
            action.setData(code)
            action.triggered.connect(lambda _c=False, c=code: self.language_changed.emit(c))
            group.addAction(action)
            language_menu.addAction(action)

        look_back = bar.addMenu(self.tr("&Terugblik"))
        look_back.addAction(self._action(self.tr("&Reflectielogboek…"), self.open_journal))
        look_back.addAction(
            self._action(self.tr("&Zelfevaluatie…"), lambda: self.open_self_assessment())
        )

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Kaarten…"), self.open_cards, "F1"))
        help_menu.addSeparator()
        help_menu.addAction(self._action(self.tr("Over Oudergesprek"), self.show_about))

    # --- data ---------------------------------------------------------------------------------

    def reload(self, select_pupil: int | None = None) -> None:
        """Rebuild the tree from the services, keeping (or setting) the selected pupil."""
        if select_pupil is None:
            select_pupil = self.current_pupil_id()
        groups = self.ctx.read(people.list_groups)
        pupils = self.ctx.read(people.list_pupils)
        model = build_model(groups, pupils, self.tr("demo"))
        self._model = model
        self.filter.setSourceModel(model)
        selection = self.tree.selectionModel()
        selection.currentChanged.connect(self._current_changed)
        self.tree.expandAll()
        self.demo_action.setEnabled(not any(g.is_demo for g in groups))
        self.statusBar().showMessage(
            self.tr("%n groep(en)", "", len(groups))
            + " · "
            + self.tr("%n leerling(en)", "", len(pupils))
        )
        if select_pupil is not None and self.select_pupil(select_pupil):
            return
        self.panel.show_details(None)

    def _changed(self, changes: Changes) -> None:
        """Reload what this window shows when a change touches it.

        Every change to a pupil itself (added, renamed, moved, deleted) also touches its group,
        so only those rebuild the tree; a talk, agreement or carer change refreshes the pupil.
        """
        if changes.groups:
            self.reload()
            return
        current = self.current_pupil_id()
        if current is None or not changes.touches(pupils=[current]):
            return
        if not self.panel.isVisible():  # another tab is open: catch up when Groep is shown
            self._panel_behind = True
            return
        listed = self.panel.talk_ids()
        if (
            changes.talks
            and set(changes.talks) <= listed
            and not (changes.carers or changes.agreements)
        ):
            # Only talks already in the list changed (an autosave): show just those again.
            try:
                fresh = [self.ctx.read(talks.get_talk, t) for t in changes.talks]
            except NotFoundError:  # one was deleted: the whole pupil, then
                fresh = []
            if fresh:
                self.panel.update_talks(fresh)
                return
        self.refresh_pupil(current)

    def _tab_changed(self, index: int) -> None:
        current = self.current_pupil_id()
        if index == 0 and self._panel_behind and current is not None:
            self._panel_behind = False
            self.refresh_pupil(current)

    def is_empty(self) -> bool:
        return not self.ctx.read(people.list_groups)

    def current_pupil_id(self) -> int | None:
        index = self.tree.currentIndex()
        value = index.data(PUPIL_ID_ROLE) if index.isValid() else None
        return int(value) if value is not None else None

    def current_group_id(self) -> int | None:
        index = self.tree.currentIndex()
        value = index.data(GROUP_ID_ROLE) if index.isValid() else None
        return int(value) if value is not None else None

    def select_pupil(self, pupil_id: int) -> bool:
        """Select a pupil in the tree (if the filter shows it)."""
        for row in range(self.filter.rowCount()):
            group_index = self.filter.index(row, 0)
            for child in range(self.filter.rowCount(group_index)):
                index = self.filter.index(child, 0, group_index)
                if index.data(PUPIL_ID_ROLE) == pupil_id:
                    self.tree.setCurrentIndex(index)
                    return True
        return False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        pupil_id = current.data(PUPIL_ID_ROLE) if current.isValid() else None
        if pupil_id is None:
            self.panel.show_details(None)
            return
        self.refresh_pupil(int(pupil_id))

    def refresh_pupil(self, pupil_id: int) -> None:
        self.panel.show_details(self.ctx.read(talks.pupil_details, pupil_id), self.ctx.today())

    def _filter_changed(self, text: str) -> None:
        self.filter.set_query(text)
        self.tree.expandAll()
        self.no_match.setVisible(bool(text.strip()) and self.filter.rowCount() == 0)
        if self.current_pupil_id() is None and text.strip():
            # Showing a pupil reads their talks: wait until typing pauses, so every key stays
            # quick (Enter shows the first match at once).
            self.first_match_timer.start()

    def _select_first_match_if_none(self) -> None:
        if self.current_pupil_id() is None and self.search.text().strip():
            self._select_first_match()

    def _select_first_match(self) -> None:
        self.first_match_timer.stop()
        if self.filter.rowCount() == 0:
            return
        group_index = self.filter.index(0, 0)
        if self.filter.rowCount(group_index):
            self.tree.setCurrentIndex(self.filter.index(0, 0, group_index))

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    # --- actions ------------------------------------------------------------------------------

    def offer_demo(self) -> None:
        """On an empty store: offer the demo class (something to look at) or an import."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Welkom bij Oudergesprek"),
            self.tr(
                "Er staan nog geen groepen in Oudergesprek.\n\n"
                "Lees je groep in uit een export van de leerlingadministratie (ParnasSys, ESIS: "
                "EDEXML, CSV of Excel), of laad een fictieve demoklas om de app te verkennen. "
                "Een groep zelf aanmaken kan ook, via Groep → Nieuwe groep."
            ),
            parent=self,
        )
        box.setObjectName("welcomeBox")
        imported = box.addButton(
            self.tr("Klassenlijst importeren…"), QMessageBox.ButtonRole.AcceptRole
        )
        imported.setObjectName("welcomeImport")
        demo = box.addButton(self.tr("Demoklas laden"), QMessageBox.ButtonRole.ActionRole)
        demo.setObjectName("welcomeDemo")
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is demo:
            self.load_demo()
        elif box.clickedButton() is imported:
            self.import_class_list()

    def import_class_list(self) -> None:
        """Groep → Klassenlijst importeren…: the preview dialog; what it stored shows in the status
        bar."""
        from parentconv_ui.main.import_dialog import ImportDialog

        dialog = ImportDialog(self, self.ctx)
        dialog.exec()
        done = dialog.outcome
        if done is not None:
            self.statusBar().showMessage(
                self.tr(
                    "Geïmporteerd: {0} nieuwe en {1} bijgewerkte leerlingen, "
                    "{2} nieuwe ouders/verzorgers."
                ).format(done.new_pupils, done.updated_pupils, done.new_carers),
                15_000,
            )

    def move_up(self) -> None:
        """Groep → Nieuw schooljaar…: the groups move up; what was done shows in the status bar."""
        from parentconv_ui.main.move_up_dialog import MoveUpDialog

        dialog = MoveUpDialog(self, self.ctx)
        dialog.exec()
        done = dialog.outcome
        if done is not None:
            moved = self.tr("Schooljaar {0}: %n leerling(en) overgezet", "", done.moved)
            left = self.tr("%n leerling(en) vertrokken.", "", done.left)
            self.statusBar().showMessage(moved.format(done.to_year) + ", " + left, 15_000)

    def load_demo(self) -> None:
        from parentconv.demo import load_demo_class

        result = self.ctx.op(self, load_demo_class)
        if not isinstance(result, Failed) and result.created:
            self.statusBar().showMessage(
                self.tr("Demoklas geladen: %n leerling(en).", "", result.pupils), 8000
            )

    def add_group(self) -> None:
        dialog = forms.group_form(self, school_year=school_year_of(self.ctx.today()))
        dialog.save = lambda: self.ctx.run(
            people.create_group,
            name=forms.line_text(dialog, "name"),
            school_year=forms.line_text(dialog, "school_year"),
        )
        dialog.exec()

    def _current_group(self) -> GroupView | None:
        group_id = self.current_group_id()
        group = next((g for g in self.ctx.read(people.list_groups) if g.id == group_id), None)
        if group is None:
            QMessageBox.information(self, self.tr("Groep"), self.tr("Kies eerst een groep."))
        return group

    def edit_group(self) -> None:
        group = self._current_group()
        if group is None:
            return
        dialog = forms.group_form(self, group.name, group.school_year)
        dialog.save = lambda: self.ctx.run(
            people.update_group,
            group.id,
            name=forms.line_text(dialog, "name"),
            school_year=forms.line_text(dialog, "school_year"),
        )
        dialog.exec()

    def delete_group(self) -> None:
        group = self._current_group()
        if group is None:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Groep verwijderen"),
            self.tr(
                "{0} ({1}) verwijderen, met alle %n leerling(en) en hun gesprekken en "
                "afspraken?\nDit kan niet ongedaan worden gemaakt.",
                "",
                group.pupil_count,
            ).format(group.name, group.school_year)
            + self._backups_note(
                [p.id for p in self.ctx.read(people.list_pupils, group_id=group.id)]
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._erase(people.delete_group, group.id)

    def add_pupil(self) -> None:
        group_id = self.current_group_id()
        if group_id is None:
            groups = self.ctx.read(people.list_groups)
            if not groups:
                QMessageBox.information(
                    self, self.tr("Leerling"), self.tr("Maak eerst een groep aan.")
                )
                return
            group_id = groups[0].id
        dialog = forms.pupil_form(self)
        target_group = group_id
        dialog.save = lambda: self.ctx.run(
            people.create_pupil, group_id=target_group, data=forms.pupil_input(dialog)
        )
        if dialog.exec():
            self.reload(select_pupil=dialog.result_value.id)

    def edit_pupil(self, pupil_id: int) -> None:
        pupil = self.ctx.read(people.get_pupil, pupil_id)
        dialog = forms.pupil_form(self, pupil)
        dialog.save = lambda: self.ctx.run(
            people.update_pupil, pupil_id, data=forms.pupil_input(dialog)
        )
        dialog.exec()

    def delete_pupil(self, pupil_id: int) -> None:
        pupil = self.ctx.read(people.get_pupil, pupil_id)
        answer = QMessageBox.warning(
            self,
            self.tr("Leerling verwijderen"),
            self.tr(
                "{0} verwijderen, met alle gesprekken en afspraken?\n"
                "Dit kan niet ongedaan worden gemaakt."
            ).format(pupil.name)
            + self._backups_note([pupil_id]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._erase(people.delete_pupil, pupil_id)

    def _backups_note(self, pupil_ids: list[int]) -> str:
        """The confirmation's plain word on backups: those holding the pupils go too."""
        holding = len(self.ctx.db.backups_holding(pupil_ids))
        if not holding:
            return ""
        return "\n\n" + self.tr(
            "Ook %n back-up(s) met deze gegevens worden verwijderd; daarna maakt Oudergesprek "
            "meteen een nieuwe back-up zonder.",
            "",
            holding,
        )

    def _erase(self, service: Callable[[Work, int], None], ident: int) -> None:
        """Delete for good, then say what went from the backups."""
        self.ctx.db.last_erasure = None
        if isinstance(self.ctx.op(self, service, ident), Failed):
            return
        erasure = self.ctx.db.last_erasure
        if erasure is not None and erasure.removed:
            self.statusBar().showMessage(
                self.tr("Verwijderd, ook uit %n back-up(s).", "", len(erasure.removed)), 10_000
            )

    def choose_database(self) -> None:
        """Instellingen → Database: this computer, or the school's server."""
        from parentconv_ui.main.database_dialog import DatabaseDialog

        dialog = DatabaseDialog(self, self.ctx)
        if dialog.exec() == DatabaseDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.store_chosen.emit(dialog.chosen)

    def make_backup(self) -> None:
        if not backup_actions.server_says_no(self, self.ctx):
            backup_actions.make_backup(self, self.ctx)

    def restore_backup(self) -> None:
        if backup_actions.server_says_no(self, self.ctx):
            return
        chosen = backup_actions.ask_restore(self, self.ctx)
        if chosen is not None:
            self.restore_requested.emit(str(chosen))

    def add_carer(self, pupil_id: int) -> None:
        dialog = forms.carer_form(self, self.ctx.read(people.list_pupils), {pupil_id})
        dialog.save = lambda: self.ctx.run(people.create_carer, data=forms.carer_input(dialog))
        dialog.exec()

    def edit_carer(self, carer_id: int) -> None:
        pupil_id = self.current_pupil_id()
        carers = self.ctx.read(people.carers_of, pupil_id) if pupil_id is not None else []
        carer = next((c for c in carers if c.id == carer_id), None)
        if carer is None:
            return
        dialog = forms.carer_form(
            self, self.ctx.read(people.list_pupils), set(carer.pupil_ids), carer
        )
        dialog.save = lambda: self.ctx.run(
            people.update_carer, carer_id, data=forms.carer_input(dialog)
        )
        dialog.exec()

    def edit_parents_told(self, pupil_id: int) -> None:
        """Type in what the parents wrote on the startgesprek form."""
        from parentconv_ui.main.parents_told import ParentsToldDialog

        dialog = ParentsToldDialog(self, self.ctx.read(people.get_pupil, pupil_id), self.language)
        dialog.save = lambda: self.ctx.run(people.set_parents_told, pupil_id, dialog.text())
        dialog.exec()

    def prepare_for_pupil(self, pupil_id: int) -> None:
        """Open the pupil's next planned talk, or plan one (the teacher adjusts the basics)."""
        talk = self.ctx.read(talks.upcoming_talk, pupil_id)
        if talk is None:
            planned = self.ctx.op(self, talks.plan_default_talk, pupil_id)
            if isinstance(planned, Failed):
                return
            talk = planned
        # Finding the talk and building its window are two turns of the loop (each well under
        # 50 ms); the window shows in a third (``show_soon``).
        talk_id = talk.id
        QTimer.singleShot(0, self, lambda: self.open_preparation(talk_id))

    def open_preparation(
        self, talk_id: int, then: Callable[[PreparationWindow], None] | None = None
    ) -> PreparationWindow:
        """Show the preparation window of a talk (one window per talk); ``then`` runs on it
        once it is on screen."""
        window = self.preparations.get(talk_id)
        if window is None or not (window.isVisible() or opening(window)):
            from parentconv_ui.preparation.window import PreparationWindow

            window = PreparationWindow(self.ctx, talk_id)
            window.open_cards.connect(lambda key: self.open_cards().show_set(key))
            self.preparations[talk_id] = window
            show_soon(window, then)
        else:
            bring_up(window, then)
        return window

    def correct_notes(self, talk_id: int) -> PreparationWindow:
        """The talk's preparation window, at its notes (to correct them after the talk)."""
        return self.open_preparation(talk_id, then=lambda window: window.jump_to("notes"))

    def start_talk(self, talk_id: int) -> TalkModeWindow | None:
        """Open talk mode for a talk; an open talk-mode window showing it is raised instead."""
        self.talk_windows = [w for w in self.talk_windows if w.isVisible() or opening(w)]
        window = next((w for w in self.talk_windows if w.talk_id == talk_id), None)
        if window is None:
            talk = self.ctx.read(talks.get_talk, talk_id)
            if not self._may_start(talk):
                return None
            from parentconv_ui.evening.talk_mode import TalkModeWindow

            window = TalkModeWindow(self.ctx, talk_id)
            window.print_summary.connect(self.print_summary)
            window.print_evening_parents.connect(self.print_parents_copies)
            window.open_self_assessment.connect(self.open_self_assessment)
            self.talk_windows.append(window)
            show_soon(window)
        else:
            bring_up(window)
        return window

    def _may_start(self, talk: TalkView) -> bool:
        """A talk planned for another day is started only when the teacher says so."""
        if talk.starts_at.date() == self.ctx.today():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Gesprek starten"),
            self.tr(
                "Het gesprek met {0} staat gepland op {1}, niet vandaag. Nu toch beginnen?"
            ).format(talk.pupil_name, format_date(talk.starts_at.date(), self.language)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- printing -----------------------------------------------------------------------------

    def show_pdf(self, make: Callable[[], bytes], title: str, name: str) -> PdfPreview | None:
        """Make a PDF and show it in the preview (print or save from there)."""
        return self._show_pdf_from(self, make, title, name)

    def _show_pdf_from(
        self, parent: QWidget, make: Callable[[], bytes], title: str, name: str
    ) -> PdfPreview | None:
        try:
            data = run_beside(parent, make, self.tr("De PDF wordt gemaakt…"))
        except UserFacingError as exc:
            show_error(parent, exc)
            return None
        from parentconv_ui.printing.preview import PdfPreview

        preview = PdfPreview(parent, self.ctx, data, title, name)
        preview.open()
        return preview

    def print_summary(self, talk_id: int, copy: str = "teacher") -> PdfPreview | None:
        """The one-page summary of a talk, for the teacher or for the parents."""
        from parentconv.pdf import render_talk_summary

        talk = self.ctx.read(talks.get_talk, talk_id)
        title = (
            self.tr("Verslag voor ouders – {0}")
            if copy == "parents"
            else self.tr("Gespreksverslag – {0}")
        ).format(talk.pupil_name)
        suffix = self.tr("ouders") if copy == "parents" else self.tr("leerkracht")
        name = safe_file_name(
            self.tr("verslag"), f"{talk.starts_at:%Y-%m-%d}", talk.pupil_name, suffix, suffix=".pdf"
        )
        return self.show_pdf(
            lambda: self.ctx.read(render_talk_summary, talk_id, copy=copy, language=self.language),
            title,
            name,
        )

    def print_evening(self, day: object) -> PdfPreview | None:
        """The evening pack: the schedule, then one sheet per talk."""
        import datetime as dt

        from parentconv.pdf import render_evening_pack

        assert isinstance(day, dt.date)
        return self.show_pdf(
            lambda: self.ctx.read(render_evening_pack, day, language=self.language),
            self.tr("Avondpakket – {0}").format(format_date(day, self.language)),
            safe_file_name(self.tr("avondpakket"), day.isoformat(), suffix=".pdf"),
        )

    def print_parents_copies(self, day: object) -> PdfPreview | None:
        """All parents' copies of the talks held on an evening, one page each, in one PDF."""
        import datetime as dt

        from parentconv.pdf import render_parents_copies

        assert isinstance(day, dt.date)
        return self.show_pdf(
            lambda: self.ctx.read(render_parents_copies, day, language=self.language),
            self.tr("Verslagen voor ouders – {0}").format(format_date(day, self.language)),
            safe_file_name(self.tr("verslagen-ouders"), day.isoformat(), suffix=".pdf"),
        )

    def print_invitations(self, day: object) -> PdfPreview | None:
        """The evening's invitations, one A4 per household, with the reply strip."""
        import datetime as dt

        from parentconv.pdf.invitations import render_evening_invitations

        assert isinstance(day, dt.date)
        return self.show_pdf(
            lambda: self.ctx.read(render_evening_invitations, day, language=self.language),
            self.tr("Uitnodigingen – {0}").format(format_date(day, self.language)),
            safe_file_name(self.tr("uitnodigingen"), day.isoformat(), suffix=".pdf"),
        )

    def print_startgesprek_form(self, pupil_id: int) -> PdfPreview | None:
        """The startgesprek form "Vertel ons over uw kind" for one pupil's parents."""
        from parentconv.pdf.startgesprek_form import render_startgesprek_forms

        pupil = self.ctx.read(people.get_pupil, pupil_id)
        return self.show_pdf(
            lambda: self.ctx.read(
                render_startgesprek_forms, pupil_id=pupil_id, language=self.language
            ),
            self.tr("Vragenlijst startgesprek – {0}").format(pupil.name),
            safe_file_name(self.tr("vragenlijst-startgesprek"), pupil.name, suffix=".pdf"),
        )

    def print_startgesprek_forms(self) -> PdfPreview | None:
        """Groep → Vragenlijsten startgesprek afdrukken…: a form per pupil of the group."""
        from parentconv.pdf.startgesprek_form import render_startgesprek_forms

        group = self._current_group()
        if group is None:
            return None
        return self.show_pdf(
            lambda: self.ctx.read(
                render_startgesprek_forms, group_id=group.id, language=self.language
            ),
            self.tr("Vragenlijsten startgesprek – {0}").format(group.name),
            safe_file_name(self.tr("vragenlijsten-startgesprek"), group.name, suffix=".pdf"),
        )

    # --- inzage and retention -----------------------------------------------------------------

    def export_inzage(self) -> list[Path]:
        """Everything stored about the selected pupil, as JSON and PDF, in a chosen folder."""
        from parentconv.services.inzage import export_pupil

        pupil_id = self.current_pupil_id()
        if pupil_id is None:
            QMessageBox.information(self, self.tr("Inzage"), self.tr("Kies eerst een leerling."))
            return []
        folder = ask_folder(self, self.ctx, self.tr("Map voor de inzage kiezen"))
        if folder is None:
            return []
        try:
            written = self.ctx.read(export_pupil, pupil_id, folder, language=self.language)
        except UserFacingError as exc:
            show_error(self, exc)
            return []
        QMessageBox.information(
            self,
            self.tr("Inzage opgeslagen"),
            self.tr(
                "Opgeslagen:\n{0}\n\nDe bestanden bevatten alles wat over deze leerling en de "
                "ouders/verzorgers is vastgelegd, ook de privénotities. Alleen jij kunt ze lezen; "
                "geef ze zelf aan de ouders."
            ).format("\n".join(str(path) for path in written)),
        )
        return written

    def show_retention(self) -> RetentionDialog:
        """Who is due for erasure (the retention period), and erasing them after a confirm."""
        dialog = RetentionDialog(self, self.ctx)
        dialog.exec()
        return dialog

    # --- handover to the next teacher ----------------------------------------------------------

    def export_handover(self) -> Path | None:
        """Bestand → Overdracht maken…: the selected group in a handover file, for the next
        teacher's laptop (without private notes and reflections)."""
        from parentconv.services.handover import export_handover
        from parentconv.services.handover_file import save_handover
        from parentconv_ui.common.files import ask_save_path

        group = self._current_group()
        if group is None:
            return None
        target = ask_save_path(
            self,
            self.ctx,
            self.tr("Overdracht opslaan"),
            safe_file_name("overdracht", group.name, group.school_year, suffix=".json"),
            self.tr("Overdrachtsbestand (*.json)"),
        )
        if target is None:
            return None
        try:
            written = save_handover(target, self.ctx.read(export_handover, group.id))
        except UserFacingError as exc:
            show_error(self, exc)
            return None
        self.statusBar().showMessage(
            self.tr("Overdracht opgeslagen: {0} (zonder privénotities en reflecties).").format(
                written
            ),
            15_000,
        )
        return written

    def import_handover(self) -> None:
        """Bestand → Overdracht inlezen…: a handover file, previewed; what it stored shows in the
        status bar."""
        from parentconv.services.handover_file import load_handover
        from parentconv_ui.common.files import ask_open_path
        from parentconv_ui.main.handover_dialog import HandoverDialog

        path = ask_open_path(
            self,
            self.ctx,
            self.tr("Overdrachtsbestand kiezen"),
            self.tr("Overdrachtsbestand (*.json);;Alle bestanden (*)"),
        )
        if path is None:
            return
        try:
            file = load_handover(path)
        except UserFacingError as exc:
            show_error(self, exc)
            return
        dialog = HandoverDialog(self, self.ctx, file, path)
        dialog.exec()
        done = dialog.outcome
        if done is not None:
            self.statusBar().showMessage(
                self.tr(
                    "Overdracht ingelezen in {0}: {1} nieuwe leerlingen, {2} gesprekken en "
                    "{3} afspraken erbij."
                ).format(done.group_label, done.new_pupils, done.new_talks, done.new_agreements),
                15_000,
            )

    # --- other windows ------------------------------------------------------------------------

    def show_pupil(self, pupil_id: int) -> None:
        """Go to the class tab with this pupil selected (clearing a filter that hides it)."""
        self.tabs.setCurrentIndex(0)
        if not self.select_pupil(pupil_id):
            self.search.clear()
            self.select_pupil(pupil_id)

    def open_history(self, pupil_id: int) -> PupilHistoryWindow:
        """The pupil's timeline and agreements (one window per pupil)."""
        window = self.histories.get(pupil_id)
        if window is None or not window.isVisible():
            from parentconv_ui.history.pupil_history import PupilHistoryWindow

            window = PupilHistoryWindow(self.ctx, pupil_id)
            window.open_talk.connect(self.correct_notes)
            window.print_summary.connect(self.print_summary)
            self.histories[pupil_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def open_journal(self) -> JournalWindow:
        """Terugblik → Reflectielogboek: every talk's and evening's look back."""
        if self.journal is None:
            from parentconv_ui.reflection.journal import JournalWindow

            self.journal = JournalWindow(self.ctx)
            self.journal.open_talk.connect(self.correct_notes)
            self.journal.open_self_assessment.connect(lambda: self.open_self_assessment())
        bring_up(self.journal)
        return self.journal

    def open_self_assessment(self, evening_id: int | None = None) -> SelfAssessmentWindow:
        """Terugblik → Zelfevaluatie (after an evening: tied to it); one window at a time."""
        window = self.self_assessment
        if window is None or not window.isVisible():
            from parentconv_ui.reflection.self_assessment import SelfAssessmentWindow

            window = SelfAssessmentWindow(self.ctx, evening_id=evening_id)
            self.self_assessment = window
        bring_up(window)
        return window

    def open_cards(self) -> CardLibrary:
        """Help → Kaarten: the card sets of the sources, to browse, search and print."""
        if self.card_library is None:
            from parentconv_ui.help.card_library import CardLibrary

            self.card_library = CardLibrary(self.language)
            self.card_library.print_sets.connect(self.print_cards)
        self.card_library.show()
        self.card_library.raise_()
        self.card_library.activateWindow()
        return self.card_library

    def print_cards(self, key: str) -> PdfPreview | None:
        """The chosen card set ("" for all) as cards to cut out."""
        from parentconv.cards import load_card_sets
        from parentconv.pdf.cards import render_card_sets

        sets = [s for s in load_card_sets(self.language) if not key or s.key == key]
        name = safe_file_name(self.tr("kaarten"), key or self.tr("alle"), suffix=".pdf")
        title = self.tr("Kaartenset {0}").format(key) if key else self.tr("Alle kaartensets")
        parent = self.card_library or self
        return self._show_pdf_from(
            parent, lambda: render_card_sets(sets, language=self.language), title, name
        )

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Over Oudergesprek"),
            self.tr(
                "<h3>Oudergesprek {0}</h3>"
                "<p>Oudergesprekken voorbereiden, voeren en vastleggen, met het "
                "communicatiemodel (Jansen et al., 2021) en de checklist oudergesprek uit de "
                "kaartenset Ouderbetrokkenheid.</p>"
                "<p>Alle gegevens blijven op deze computer, in:<br><tt>{1}</tt></p>"
            ).format(__version__, str(self.ctx.locations.data_dir)),
        )

    # --- window state -------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.qsettings.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            screen = self.screen() or QGuiApplication.primaryScreen()
            free = screen.availableGeometry() if screen is not None else None
            width = min(1100, free.width()) if free is not None else 1100
            height = min(720, free.height() - 40) if free is not None else 720
            self.resize(width, height)

    def save_geometry(self) -> None:
        self.qsettings.setValue("main/geometry", self.saveGeometry())
        self.qsettings.sync()
        private_file(Path(self.qsettings.fileName()))  # 0600 like every file of the teacher's

    def closeEvent(self, event: QCloseEvent) -> None:
        for window in [*self.preparations.values(), *self.talk_windows, *self.histories.values()]:
            if window.isVisible() and not window.close():  # stores what was typed
                event.ignore()
                return
        if self.card_library is not None:
            self.card_library.close()
        self.save_geometry()
        super().closeEvent(event)
