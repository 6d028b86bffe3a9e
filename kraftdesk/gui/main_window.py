# SPDX-License-Identifier: EUPL-1.2
"""The main window: menus, navigation and the pages; wiring only, the work is in controllers.

The window is built in steps, so that it can be on screen before the register is open
(kraftdesk.gui.startup): the frame with its menus and the Sammanträden list, which may
show the first screen read at start; then `attach(register)`, after which the list reads
the register; every other page is built, with the modules behind it (and SQLAlchemy's ORM
and the models behind those), the first time it is used, or when the event loop is idle
after start-up (`build_pages_when_idle`). The switch-over from the first screen to the
register is kraftdesk.gui.first_screen_switch.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QWidget

from kraftdesk import APP_DISPLAY_NAME, __version__
from kraftdesk.config import choose_register, register_shown, same_register
from kraftdesk.domain.errors import UserError
from kraftdesk.gui.controllers.pages import build_meetings_page
from kraftdesk.gui.first_paint import FirstPaint
from kraftdesk.gui.first_screen_switch import FirstScreenSwitch
from kraftdesk.gui.forms.ui_main_window import Ui_MainWindow
from kraftdesk.gui.handbook import install_help
from kraftdesk.gui.icons import icon
from kraftdesk.gui.settings import UiSettings
from kraftdesk.gui.undo_history import UndoHistory, undo_actions

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from kraftdesk.gui.controllers.case_page import CasePage
    from kraftdesk.gui.controllers.exports import ExportController
    from kraftdesk.gui.controllers.justering_dialog import JusteringDialog, PostingDialog
    from kraftdesk.gui.controllers.ledger_page import LedgerPage
    from kraftdesk.gui.controllers.list_page import ListPage
    from kraftdesk.gui.controllers.meeting_page import MeetingPage
    from kraftdesk.gui.controllers.paragraph_editor import ParagraphEditor
    from kraftdesk.gui.controllers.search_page import SearchPage
    from kraftdesk.gui.controllers.setup_page import SetupPage
    from kraftdesk.gui.operations import BackgroundJob, Outcome
    from kraftdesk.gui.startup import RegisterLoader
    from kraftdesk.gui.undo import IdRefs
    from kraftdesk.services.changes import Changes
    from kraftdesk.services.first_screen import FirstScreen
    from kraftdesk.services.registers import Register

MEETINGS, CASES, LEDGER, SEARCH, ORGANISATION = range(5)
NAV_ICONS = ("meetings", "cases", "ledger", "search", "organisation")
#: The window's attribute for each row of the navigation list.
NAV_PAGES = ("meetings_page", "cases_page", "ledger_page", "search_page", "setup_page")
#: The pages built when first used (MainWindow.attach), the likeliest first.
LAZY_PAGES = ("meeting_page", "paragraph_editor", "exports", "cases_page", "case_page",
              "ledger_page", "search_page", "setup_page")

#: How often the window looks whether someone else has written (and whenever it is
#: activated): kraftdesk.services.watching (SQLite's data version, PostgreSQL's NOTIFY).
WATCH_MS = 3000
CHANGED_ELSEWHERE = ("Registret har ändrats av någon annan (ett annat fönster, en annan "
                     "sekreterare eller ett annat program); det som visas är uppdaterat.")


def _organisation(register: Register) -> str | None:
    from kraftdesk.services.registers import organisation_name

    return organisation_name(register)


class MainWindow(QMainWindow):
    """The window of one open register.

    Signals:
        switch_register_requested(): Arkiv ▸ Byt register; the application shows the choice.
        attached(): the register is open and every page is ready.
        attach_failed(str): the register of the first screen could not be opened; why.
        painted(): the window and everything in it have been drawn for the first time.
        ready(): the window has been painted with its register attached (once): start-up
            is over.
    """

    switch_register_requested = Signal()
    painted = Signal()
    attached = Signal()
    attach_failed = Signal(str)
    ready = Signal()

    def __init__(self, *, settings: UiSettings, register: Register | None = None,
                 organisation: str | None = None, first_screen: FirstScreen | None = None,
                 loader: RegisterLoader | None = None, parent: QWidget | None = None) -> None:
        """With `register`, the window is complete at once; with `first_screen` and
        `loader`, it shows the first screen and attaches the register when it is loaded."""
        super().__init__(parent)
        FirstPaint(self).done.connect(self.painted)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        # Set by name, not as Qt.ToolButtonStyle: see kraftdesk.gui.roles.
        self.ui.main_toolbar.setProperty("toolButtonStyle", "ToolButtonTextBesideIcon")
        self.settings = settings
        self.register: Register | None = None
        self.wrote = False  # a change was written through this window (a backup on close)
        self.rebuild_job: BackgroundJob | None = None  # Arkiv ▸ Bygg om sökindexet
        self.first_screen_switch = FirstScreenSwitch(self, first_screen, loader)
        self._loader = loader
        # The pages not on show are built once the window is ready and their modules are
        # loaded, one per turn of the event loop, so that a click seldom waits for one.
        if loader is not None:
            loader.all_imported.connect(self.build_pages_when_idle)
        else:
            self.ready.connect(lambda: QTimer.singleShot(0, self, self.build_pages_when_idle))
        self.undo_stack = UndoHistory(self)
        self._watcher: Any = None  # kraftdesk.services.watching, once the register is open
        self.undo_stack.setUndoLimit(200)
        self._pages: dict[str, Any] = {}  # built when first used: see attach()
        self._loaded: set[QWidget] = set()  # the navigation pages read so far
        self._setup_actions()
        switch = self.first_screen_switch
        self.meetings_page = build_meetings_page(switch.read_meetings, switch.count_meetings,
                                                 settings, self)
        self.ui.page_stack.addWidget(self.meetings_page)
        self.meetings_page.activated.connect(self._open_listed_meeting)
        if register is not None:
            self._show_register_facts(register.url, organisation or _organisation(register))
        elif first_screen is not None:
            self._show_register_facts(first_screen.url, first_screen.organisation)
        if not settings.restore_window(self):
            self.resize(1200, 760)
        if register is not None:
            self.attach(register)
        self.ui.navigation_list.setCurrentRow(min(settings.current_view, ORGANISATION))

    # Setup ----------------------------------------------------------------------------------

    def _setup_actions(self) -> None:
        ui = self.ui
        self.setWindowIcon(icon("kraftdesk"))
        for row, name in enumerate(NAV_ICONS):
            ui.navigation_list.item(row).setIcon(icon(name))
        self._setup_undo_actions()
        for action, name in ((ui.action_new_meeting, "new"), (ui.action_new_paragraph, "paragraph"),
                             (ui.action_justera, "justera"), (ui.action_export_minutes, "pdf"),
                             (ui.action_export_extract, "pdf"), (ui.action_show_search, "search")):
            action.setIcon(icon(name))
        ui.action_quit.triggered.connect(self.close)
        ui.action_new_meeting.triggered.connect(self.new_meeting)
        ui.action_new_paragraph.triggered.connect(lambda: self.meeting_page.add_paragraph())
        ui.action_justera.triggered.connect(
            lambda: self.meeting_page.justering_requested.emit(self.meeting_page.meeting_id))
        for action, kind in ((ui.action_export_minutes, "minutes"),
                             (ui.action_export_extract, "extract"),
                             (ui.action_export_appendices, "appendices")):
            action.triggered.connect(lambda _c=False, k=kind: self.meeting_page.export_requested
                                     .emit(k, self.meeting_page.meeting_id))
        ui.action_switch_register.triggered.connect(self.switch_register_requested)
        ui.action_backup.triggered.connect(self.backup_now)
        ui.action_rebuild_search_index.triggered.connect(self.rebuild_search_index)
        ui.action_about.triggered.connect(self.show_about)
        self.action_handbook = install_help(self, ui.menu_help, ui.action_about)
        ui.action_refresh.triggered.connect(self.refresh)
        ui.action_organisation_settings.triggered.connect(
            lambda: self._on_setup_page(lambda page: page.edit_settings()))
        ui.action_import_members.triggered.connect(
            lambda: self._on_setup_page(lambda page: page.import_members()))
        ui.action_new_term.triggered.connect(
            lambda: self._on_setup_page(lambda page: page.new_term()))
        ui.action_import_cases.triggered.connect(self.import_cases)
        for row, action in enumerate((ui.action_show_meetings, ui.action_show_cases,
                                      ui.action_show_ledger, ui.action_show_search,
                                      ui.action_show_organisation)):
            action.triggered.connect(lambda _checked=False, r=row: self.show_view(r))
        ui.navigation_list.currentRowChanged.connect(self._on_navigation)
        self.set_meeting_actions_enabled(False)

    def _setup_undo_actions(self) -> None:
        """Ångra / Gör om with the step's name: "Ångra ändring av rubriken"; they move the
        stack only when the register takes the step (kraftdesk.gui.undo_history)."""
        ui = self.ui
        undo, redo = undo_actions(self.undo_stack, self)
        undo.setIcon(icon("undo"))
        redo.setIcon(icon("redo"))
        self.action_undo, self.action_redo = undo, redo
        ui.menu_edit.addAction(undo)
        ui.menu_edit.addAction(redo)
        ui.main_toolbar.insertAction(ui.action_justera, undo)
        ui.main_toolbar.insertAction(ui.action_justera, redo)
        ui.main_toolbar.insertSeparator(ui.action_justera)
        ui.menu_edit.addSeparator()
        self.action_text_blocks = ui.menu_edit.addAction("&Textblock…")
        self.action_text_blocks.setObjectName("action_text_blocks")
        self.action_text_blocks.triggered.connect(lambda: self.edit_text_blocks())
        self.action_agenda_template = ui.menu_edit.addAction(
            "&Kallelse och standardpunkter…")
        self.action_agenda_template.setObjectName("action_agenda_template")
        self.action_agenda_template.triggered.connect(lambda: self.edit_agenda_template())

    def attach(self, register: Register) -> None:
        """Work in `register`. The Sammanträden list reads it from now on; every other page
        is built the first time it is shown or used (`built_page`), with the modules
        behind it, so that the window is ready as soon as its first view is."""
        from kraftdesk.gui.operations import Operations

        self.register = register
        self.operations = Operations(register, self)
        self.ui.page_stack.currentChanged.connect(self._on_page_changed)
        self.operations.changes_applied.connect(self.on_changes)
        self.operations.changes_applied.connect(self._note_write)
        self._watch(register)
        self.first_screen_switch.switch_over()
        self.attached.emit()

    # The pages built when first used -------------------------------------------------------

    def build_pages_when_idle(self) -> None:
        """Build the pages not built yet, one per turn of the event loop."""
        pending = [name for name in LAZY_PAGES if name not in self._pages]

        def build_next() -> None:
            if self.register is None or not pending:
                return
            getattr(self, pending.pop(0))
            QTimer.singleShot(0, self, build_next)  # (dropped if the window is deleted)

        QTimer.singleShot(0, self, build_next)

    def built_page(self, name: str) -> QWidget | None:
        """The page called `name` (an attribute such as "meeting_page") if it has been
        built, without building it."""
        if name == "meetings_page":
            return self.meetings_page
        return self._pages.get(name)

    def _page(self, name: str, build: Callable[[], Any]) -> Any:
        page = self._pages.get(name)
        if page is None:
            if self.register is None:  # as before the register is attached: no such page
                raise AttributeError(name)
            if self._loader is not None:  # its modules import the services the thread does
                self._loader.finish()
            page = self._pages[name] = build()
        return page

    @property
    def refs(self) -> IdRefs:
        def build() -> IdRefs:
            from kraftdesk.gui.undo import IdRefs

            return IdRefs()

        return self._page("refs", build)

    @property
    def cases_page(self) -> ListPage:
        return self._page("cases_page", self._build_cases_page)

    def _build_cases_page(self) -> ListPage:
        from kraftdesk.gui.controllers.pages import build_cases_page
        from kraftdesk.services import browse

        register = self.register
        page = build_cases_page(
            lambda q, offset, limit: browse.cases_page(
                register, text=q.text, order=browse.CaseOrder(q.order),
                descending=q.descending, offset=offset, limit=limit),
            lambda text: browse.count_cases(register, text=text), self.settings, self)
        self.ui.page_stack.addWidget(page)
        page.activated.connect(self.show_case)
        return page

    @property
    def ledger_page(self) -> LedgerPage:
        return self._page("ledger_page", self._build_ledger_page)

    def _build_ledger_page(self) -> LedgerPage:
        from kraftdesk.gui.controllers.ledger_page import LedgerPage

        page = LedgerPage(self.operations, self.undo_stack, self.refs, self.settings, self)
        self.ui.page_stack.addWidget(page)
        page.meeting_requested.connect(self.open_meeting)
        page.case_requested.connect(self.show_case)
        page.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        return page

    @property
    def search_page(self) -> SearchPage:
        return self._page("search_page", self._build_search_page)

    def _build_search_page(self) -> SearchPage:
        from kraftdesk.gui.controllers.search_page import SearchPage

        page = SearchPage(self.operations, self.settings, self)
        self.ui.page_stack.addWidget(page)
        page.paragraph_requested.connect(
            lambda _meeting_id, paragraph_id: self.open_paragraph(paragraph_id))
        return page

    @property
    def setup_page(self) -> SetupPage:
        return self._page("setup_page", self._build_setup_page)

    def _build_setup_page(self) -> SetupPage:
        from kraftdesk.gui.controllers.setup_page import SetupPage

        page = SetupPage(self.operations, self)
        self.ui.page_stack.addWidget(page)
        page.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        return page

    @property
    def meeting_page(self) -> MeetingPage:
        return self._page("meeting_page", self._build_meeting_page)

    def _build_meeting_page(self) -> MeetingPage:
        from kraftdesk.gui.controllers.meeting_page import MeetingPage

        page = MeetingPage(self.operations, self.undo_stack, self.refs, self.settings, self)
        self.ui.page_stack.addWidget(page)
        page.back_requested.connect(lambda: self.show_view(MEETINGS))
        page.paragraph_requested.connect(self.open_paragraph)
        page.export_requested.connect(
            lambda kind, meeting_id: self.exports.export(
                kind, meeting_id, self.meeting_page.selected_paragraph_ids()))
        page.justering_requested.connect(self.justera)
        page.posting_requested.connect(self.record_posting)
        return page

    @property
    def case_page(self) -> CasePage:
        return self._page("case_page", self._build_case_page)

    def _build_case_page(self) -> CasePage:
        from kraftdesk.gui.controllers.case_page import CasePage

        page = CasePage(self.operations, self.undo_stack, self.refs, self.settings, self)
        self.ui.page_stack.addWidget(page)
        page.back_requested.connect(lambda: self.show_view(CASES))
        page.paragraph_requested.connect(self.open_paragraph)
        page.meeting_requested.connect(self.open_meeting)
        page.extracts_requested.connect(self._export_case_extracts)
        return page

    @property
    def paragraph_editor(self) -> ParagraphEditor:
        return self._page("paragraph_editor", self._build_paragraph_editor)

    def _build_paragraph_editor(self) -> ParagraphEditor:
        from kraftdesk.gui.controllers.paragraph_editor import ParagraphEditor

        page = ParagraphEditor(self.operations, self.undo_stack, self.refs, self.settings,
                               self)
        self.ui.page_stack.addWidget(page)
        page.back_requested.connect(self._back_from_paragraph)
        return page

    @property
    def exports(self) -> ExportController:
        def build() -> ExportController:
            from kraftdesk.gui.controllers.exports import ExportController

            return ExportController(self.operations, self.settings, self)

        return self._page("exports", build)

    def _watch(self, register: Register) -> None:
        """Look for others' writes on a timer and when the window is activated."""
        from PySide6.QtGui import QGuiApplication

        from kraftdesk.services import watching

        self._watcher = watching.watch_register(register)
        self._watch_timer = QTimer(self)
        self._watch_timer.setInterval(WATCH_MS)
        self._watch_timer.timeout.connect(self.check_others)
        self._watch_timer.start()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state)
        self.operations.changed_elsewhere.connect(self.check_others)

    @Slot(object)
    def _on_application_state(self, state: object) -> None:
        # Not imported in _watch(): the Qt namespace is built when first touched (28 ms),
        # and the window is ready without it (kraftdesk.gui.roles).
        from PySide6.QtCore import Qt

        if state == Qt.ApplicationState.ApplicationActive:
            self.check_others()

    def check_others(self) -> bool:
        """Someone else has written: save what is being typed, read what they changed
        again, say so in the status bar. True if so."""
        from kraftdesk.services import watching

        if self.register is None or not self.isVisible() or self._watcher is None:
            return False
        try:
            changes = watching.others_changes(self._watcher)
        except UserError:  # busy or gone for a moment: the next look will tell
            return False
        if changes.empty:
            return False
        editor = self.built_page("paragraph_editor")
        if editor is not None:
            editor.save_pending()  # type: ignore[attr-defined]
        # Through the one signal, so every view that listens (the Organisation page too)
        # reads anew.
        self.operations.changes_applied.emit(changes, None)
        self.statusBar().showMessage(CHANGED_ELSEWHERE, 15_000)
        return True

    def ensure_attached(self) -> bool:
        """The register is attached, now if need be (see FirstScreenSwitch.ensure_attached)."""
        return self.first_screen_switch.ensure_attached()

    def _show_register_facts(self, url: str, organisation: str | None) -> None:
        self.setWindowTitle(organisation or "Nytt register")
        self._register_url = url
        self.register_label = QLabel(self)
        self.register_label.setObjectName("register_location_label")
        self.statusBar().addPermanentWidget(self.register_label)
        self.show_register_choice()

    def show_register_choice(self) -> None:
        """The register in the status bar, and whether the command line uses the same one
        (kraftdesk.config's one rule: `kraftdesk info` shows the same)."""
        url = self._register_url
        shown = register_shown(url)
        choice = choose_register(None)
        if same_register(choice.url, url):
            text = f"Register: {shown} (samma som kommandoraden använder)"
        else:
            other = register_shown(choice.url)
            text = f"Register: {shown} (kommandoraden använder {other}: {choice.reason})"
        self.register_label.setText(text)

    # Navigation -----------------------------------------------------------------------------

    def show_view(self, index: int) -> None:
        self.ui.navigation_list.setCurrentRow(index)
        self._on_navigation(index)

    def is_loaded(self, page: QWidget) -> bool:
        """The list page has been read (it is read when it is first shown)."""
        return page in self._loaded

    def _ensure_loaded(self, page: QWidget) -> None:
        """A list is read when it is first shown, so opening the window reads one page."""
        if page in self._loaded:
            return
        self._loaded.add(page)
        if page is self.meetings_page:
            # The first screen's header shows its order already (ListPage.save_state).
            self.meetings_page.load(
                arrow=not self.first_screen_switch.showing_first_screen)
        elif page is self.built_page("cases_page"):
            self.cases_page.load()
        elif page is self.built_page("ledger_page"):
            self.ledger_page.reload()
        elif page is self.built_page("setup_page"):
            self.setup_page.reload()

    def _on_navigation(self, index: int) -> None:
        if index != MEETINGS and not self.ensure_attached():
            return
        if 0 <= index < len(NAV_PAGES):
            page = getattr(self, NAV_PAGES[index])
            self._ensure_loaded(page)
            self.ui.page_stack.setCurrentWidget(page)
            self.settings.current_view = index
            if index == SEARCH:
                self.search_page.ui.filter_edit.setFocus()

    def import_cases(self) -> QDialog | None:
        """Organisation ▸ Läs in ärenden från diariet…: on the Ärenden page, which shows them."""
        from kraftdesk.gui.controllers.case_import import CaseImportDialog
        from kraftdesk.gui.dialogs import open_deleting

        if not self.ensure_attached():
            return None
        self.show_view(CASES)
        dialog = CaseImportDialog(self.operations, parent=self)
        open_deleting(dialog)
        return dialog

    def _on_setup_page(self, action: Callable[[SetupPage], object]) -> None:
        """Show the Organisation page and run one of its actions (a menu item)."""
        if self.ensure_attached():
            self.show_view(ORGANISATION)
            action(self.setup_page)

    def show_page(self, page: QWidget) -> None:
        """Show a page that is not in the navigation (a meeting, a paragraph)."""
        if self.ui.page_stack.indexOf(page) < 0:
            self.ui.page_stack.addWidget(page)
        self.ui.page_stack.setCurrentWidget(page)

    def current_page(self) -> QWidget:
        return self.ui.page_stack.currentWidget()

    def _on_page_changed(self, _index: int) -> None:
        page = self.current_page()
        self.set_meeting_actions_enabled(page is not None and page in (
            self.built_page("meeting_page"), self.built_page("paragraph_editor")))

    def open_paragraph(self, paragraph_id: int) -> None:
        self.paragraph_editor.load(paragraph_id)
        assert self.paragraph_editor.view is not None
        meeting_id = self.paragraph_editor.view.meeting_id
        if self.meeting_page.view is None or self.meeting_page.view.id != meeting_id:
            self.meeting_page.load(meeting_id)
        self.show_page(self.paragraph_editor)
        self._on_page_changed(0)
        self.paragraph_editor.ui.title_edit.setFocus()

    def _back_from_paragraph(self, meeting_id: int) -> None:
        if meeting_id:
            self.open_meeting(meeting_id)
        else:
            self.show_view(MEETINGS)

    def _open_listed_meeting(self, meeting_id: int) -> None:
        if self.ensure_attached():
            self.open_meeting(meeting_id)

    def open_meeting(self, meeting_id: int) -> None:
        self.meeting_page.load(meeting_id)
        self.ui.navigation_list.blockSignals(True)
        self.ui.navigation_list.setCurrentRow(MEETINGS)
        self.ui.navigation_list.blockSignals(False)
        self.show_page(self.meeting_page)
        self._on_page_changed(0)
        self.meeting_page.ui.agenda_view.setFocus()

    def justera(self, meeting_id: int) -> JusteringDialog:
        from kraftdesk.gui.controllers.justering_dialog import JusteringDialog
        from kraftdesk.gui.dialogs import open_deleting

        dialog = JusteringDialog(self.operations, self.undo_stack, meeting_id, parent=self)
        open_deleting(dialog)
        return dialog

    def record_posting(self, meeting_id: int) -> PostingDialog:
        from kraftdesk.gui.controllers.justering_dialog import PostingDialog
        from kraftdesk.gui.dialogs import open_deleting

        dialog = PostingDialog(self.operations, self.undo_stack, meeting_id, parent=self)
        open_deleting(dialog)
        return dialog

    def show_case(self, case_id: int) -> None:
        """The ärende page: its handlings in every body, and what to do with it."""
        if not self.ensure_attached():
            return
        self.case_page.load(case_id)
        self.ui.navigation_list.blockSignals(True)
        self.ui.navigation_list.setCurrentRow(CASES)
        self.ui.navigation_list.blockSignals(False)
        self.show_page(self.case_page)
        self._on_page_changed(0)
        self.case_page.ui.handlings_view.setFocus()

    def edit_text_blocks(self) -> QWidget | None:
        """Redigera ▸ Textblock…: the secretary's reusable texts."""
        if not self.ensure_attached():
            return None
        from kraftdesk.gui.controllers.reuse_dialogs import TextBlocksDialog
        from kraftdesk.gui.dialogs import open_deleting

        dialog = TextBlocksDialog(self.operations, parent=self)
        open_deleting(dialog)
        return dialog

    def edit_agenda_template(self) -> QWidget | None:
        """Redigera ▸ Kallelse och standardpunkter…: per body, and the common wordings."""
        if not self.ensure_attached():
            return None
        from kraftdesk.gui.controllers.reuse_dialogs import AgendaTemplateDialog
        from kraftdesk.gui.dialogs import open_deleting

        page = self.built_page("meeting_page")
        body_id = page.view.body.id if page is not None and page.view is not None else None
        dialog = AgendaTemplateDialog(self.operations, parent=self, body_id=body_id)
        open_deleting(dialog)
        return dialog

    def _export_case_extracts(self, paragraph_ids: tuple[int, ...]) -> None:
        view = self.case_page.view
        self.exports.export_extracts_to_folder(paragraph_ids,
                                               name=view.number if view else "")

    def new_meeting(self) -> None:
        if not self.ensure_attached():
            return
        from kraftdesk.gui.controllers.meeting_dialog import MeetingDialog
        from kraftdesk.gui.dialogs import open_deleting

        dialog = MeetingDialog(self.operations, self.undo_stack, self.refs, parent=self)
        dialog.accepted.connect(lambda: dialog.meeting_id and self.open_meeting(dialog.meeting_id))
        open_deleting(dialog)

    def set_meeting_actions_enabled(self, enabled: bool) -> None:
        """The Sammanträde menu works on the open meeting, as far as its state allows."""
        ui, page = self.ui, self.built_page("meeting_page")
        open_meeting = enabled and page is not None and page.view is not None
        for action in (ui.action_export_minutes, ui.action_export_extract,
                       ui.action_export_appendices):
            action.setEnabled(open_meeting)
        ui.action_new_paragraph.setEnabled(
            open_meeting and page.ui.add_paragraph_button.isEnabled())
        ui.action_justera.setEnabled(open_meeting and page.ui.justera_button.isEnabled())

    # Changes --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Visa ▸ Uppdatera: read every list again (another program may have written)."""
        if self.ensure_attached():
            from kraftdesk.services.changes import Changes

            self.on_changes(Changes(register=True), None)

    def on_changes(self, changes: Changes, initiator: object) -> None:
        """Refresh every list that shows something that changed (one signal, one path)."""
        # A page not built yet reads the register when it is (MainWindow.attach).
        loaded, built = self._loaded, self._pages
        if self.meetings_page in loaded and (changes.register or changes.meetings
                                             or changes.paragraphs):
            self.meetings_page.refresh()
        if built.get("cases_page") in loaded and (changes.register or changes.cases
                                                  or changes.paragraphs):
            self.cases_page.refresh()
        if "search_page" in built:
            self.search_page.on_changes(changes, initiator)
        if built.get("ledger_page") in loaded:
            self.ledger_page.on_changes(changes, initiator)
        for name in ("meeting_page", "case_page", "paragraph_editor"):
            if name in built:
                built[name].on_changes(changes, initiator)
        self._on_page_changed(0)

    # Window ---------------------------------------------------------------------------------

    def _note_write(self, _changes: object, _initiator: object) -> None:
        self.wrote = True

    def backup_now(self) -> None:
        """Arkiv ▸ Säkerhetskopiera nu: a consistent copy in the register's backup folder."""
        from kraftdesk.services import backups

        if self.register is None:
            return
        outcome = self.operations.run(lambda reg: backups.backup_now(reg), parent=self)
        if outcome.ok:
            self.statusBar().showMessage(f"Säkerhetskopian är sparad: {outcome.value}", 15_000)

    def rebuild_search_index(self) -> None:
        """Arkiv ▸ Bygg om sökindexet: asked first; the index built anew from the paragraphs
        (kraftdesk.services.database_admin.rebuild_index_of), nothing else changed."""
        from kraftdesk.gui.dialogs import confirm

        if self.register is None:
            return
        confirm(self, title="Bygg om sökindexet",
                text="Sökindexet byggs om från registrets paragrafer.",
                informative="Gör det när en sökning eller en sparning säger att sökindexet "
                            "saknas eller är skadat. I ett stort register tar det upp till en "
                            "halv minut, och andras sparningar väntar så länge; inget annat i "
                            "registret ändras.",
                accept_text="Bygg om", name="rebuild_index_box",
                on_accept=self._rebuild_search_index)

    def _rebuild_search_index(self) -> None:
        from kraftdesk.services.database_admin import rebuild_index_of

        def done(outcome: Outcome[int]) -> None:
            if outcome.ok:
                count = outcome.value
                self.statusBar().showMessage(
                    f"Sökindexet är ombyggt: {count} "
                    f"{'paragraf' if count == 1 else 'paragrafer'}.", 15_000)

        self.rebuild_job = self.operations.run_in_background(
            lambda register, _progress: rebuild_index_of(register), parent=self,
            label="Sökindexet byggs om …")
        self.rebuild_job.done.connect(done)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self, f"Om {APP_DISPLAY_NAME}",
            f"<h3>{APP_DISPLAY_NAME} {__version__}</h3>"
            "<p>Register, protokoll, reservationer och särskilda yttranden för "
            "nämndsekreterare i kommuner och regioner.</p>"
            "<p>Fri programvara under EUPL 1.2.</p>")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        pages: tuple[QWidget, ...] = (self.meetings_page,)
        if self._watcher is not None:
            self._watch_timer.stop()
            self._watcher.close()
            self._watcher = None
        if self.register is not None:
            self.operations.wait_for_background()
            pages += tuple(self._pages[name] for name in (
                "cases_page", "search_page", "meeting_page", "ledger_page", "paragraph_editor",
                "case_page") if name in self._pages)
        for page in pages:
            page.save_state()  # type: ignore[attr-defined]
        self.settings.save_window(self)
        self.settings.sync()
        super().closeEvent(event)
