"""The main window: a sidebar of pages, the status bar, remembered geometry, file drops.

ADDING A PAGE (one line): write `gui/<name>_page.py` with a QWidget subclass whose constructor
takes `(ws: Workspace, parent: QWidget | None)`, then add one entry to `PAGES` below:
`("key", QT_TRANSLATE_NOOP("MainWindow", "Sidebar title"), "gui.<name>_page:ClassName")`.
Pages are created the first time they are shown (a fast start). Optional, on the page class:
- `refresh()`: called when the page is shown again, and for every page by `refresh_pages()`
  (call it after anything that changed the data, e.g. an import);
- `status_text_changed = Signal(str)` and `status_text() -> str`: the counts the status bar shows
  while the page is current; `status_message = Signal(str)`: a passing message;
- `import_requested = Signal()`: asks the window to open the import wizard;
- `can_close() -> bool` (e.g. to offer saving an edit), `save_state()` (splitters, columns) and
  `shutdown()` (stop timers and jobs: the workspace closes with the window).

Import hook: a dropped file, File ▸ Import and the pages' `import_requested` call
`open_import(path)`, which opens `gui.import_wizard.open_import_wizard(window, ws, path)` once
that module exists (and says "not yet" before).
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from storage.workspace import Workspace

from . import i18n
from .formatting import format_date
from .workers import bug_message

log = logging.getLogger(__name__)

# (key, sidebar title, "module:Class"): the sidebar, in this order. Only pages that work.
PAGES: list[tuple[str, str, str]] = [
    ("contacts", QT_TRANSLATE_NOOP("MainWindow", "Contacts"), "gui.contacts_page:ContactsPage"),
    ("overview", QT_TRANSLATE_NOOP("MainWindow", "Overview"), "gui.overview_page:OverviewPage"),
    ("titles", QT_TRANSLATE_NOOP("MainWindow", "Job titles"), "gui.title_review_page:TitlesPage"),
    ("person", QT_TRANSLATE_NOOP("MainWindow", "A person"), "gui.person_page:PersonPage"),
    ("requests", QT_TRANSLATE_NOOP("MainWindow", "Requests"), "gui.requests_page:RequestsPage"),
    ("retention", QT_TRANSLATE_NOOP("MainWindow", "Retention"), "gui.retention_page:RetentionPage"),
    ("register", QT_TRANSLATE_NOOP("MainWindow", "Register"), "gui.register_page:RegisterPage"),
    ("breaches", QT_TRANSLATE_NOOP("MainWindow", "Breaches"), "gui.breaches_page:BreachesPage"),
    ("audit", QT_TRANSLATE_NOOP("MainWindow", "Audit trail"), "gui.audit_page:AuditPage"),
    ("backup", QT_TRANSLATE_NOOP("MainWindow", "Backup"), "gui.backup_page:BackupPage"),
    ("campaigns", QT_TRANSLATE_NOOP("MainWindow", "Campaigns"), "gui.campaigns_page:CampaignsPage"),
    ("exports", QT_TRANSLATE_NOOP("MainWindow", "Exports"), "gui.exports_page:ExportsPage"),
    ("optout", QT_TRANSLATE_NOOP("MainWindow", "Opt-out list"), "gui.optout_page:OptoutPage"),
]

IMPORTABLE_SUFFIXES = frozenset({".csv", ".txt", ".tsv", ".xlsx"})


class MainWindow(QMainWindow):
    # The data changed (refresh_pages: after an import, an erasure, a title rule, a segment).
    workspace_changed = Signal()

    def __init__(
        self, ws: Workspace, *, as_of: dt.date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self._pages: dict[str, QWidget] = {}
        self._keys: list[str] = []
        self.setWindowTitle(self.tr("Clearlist — {name}").format(name=ws.path.name))
        self.setAcceptDrops(True)

        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setStyleSheet("QListWidget#sidebar::item { padding: 4px 6px; }")
        self.sidebar.setMinimumWidth(130)
        self.sidebar.setMaximumWidth(240)
        self.stack = QStackedWidget(self)
        for key, title, _target in PAGES:
            self._keys.append(key)
            QListWidgetItem(QCoreApplication.translate("MainWindow", title), self.sidebar)
            # A placeholder until the page is first shown.
            self.stack.addWidget(QWidget(self.stack))

        # Saved segments under the pages (gui/segments_sidebar.py): a click filters the contacts.
        from .segments_sidebar import SegmentsSidebar

        self.segments = SegmentsSidebar(ws, self)
        self.segments.segment_chosen.connect(self.show_segment)
        self.segments.segments_changed.connect(self._segments_changed)
        self._shown_segment: Any = None
        self.sidebar.itemClicked.connect(lambda _item: self.segments.clear_choice())
        left = QSplitter(Qt.Vertical, self)
        left.setObjectName("sidebar_splitter")
        left.addWidget(self.sidebar)
        left.addWidget(self.segments)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        left.setChildrenCollapsible(False)
        left.setMinimumWidth(130)
        left.setMaximumWidth(240)

        splitter = QSplitter(Qt.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([160, 1120])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

        self._counts = QLabel(self)
        self._counts.setObjectName("counts")
        self.statusBar().addPermanentWidget(self._counts)
        key_text = (
            self.tr("Key: system keyring")
            if ws.key.mode == "keyring"
            else self.tr("Key: passphrase")
        )
        key_label = QLabel(key_text, self)
        key_label.setEnabled(False)
        self.statusBar().addPermanentWidget(key_label)
        if as_of is not None:  # --as-of: say so, since every deadline shown depends on it
            as_of_label = QLabel(self.tr("As of {date}").format(date=format_date(as_of)), self)
            as_of_label.setStyleSheet("font-weight: bold;")
            self.statusBar().addPermanentWidget(as_of_label)

        self._build_menus()
        self.sidebar.currentRowChanged.connect(self._show_row)
        self.sidebar.setCurrentRow(0)
        self._restore_geometry()

    # ------------------------------------------------------------------ pages
    def page(self, key: str) -> QWidget:
        """The page registered under `key`, created on first use."""
        if key not in self._pages:
            index = self._keys.index(key)
            target = PAGES[index][2]
            module_name, _, class_name = target.partition(":")
            page_class = getattr(importlib.import_module(module_name), class_name)
            page = page_class(self.ws, self.stack)
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._pages[key] = page
            self._connect_page(page)
        return self._pages[key]

    def current_page(self) -> QWidget | None:
        row = self.sidebar.currentRow()
        return self._pages.get(self._keys[row]) if 0 <= row < len(self._keys) else None

    def show_page(self, key: str) -> QWidget:
        self.sidebar.setCurrentRow(self._keys.index(key))
        return self.page(key)

    def refresh_pages(self) -> None:
        """Tell every page that the data changed (after an import, an erasure, ...)."""
        for page in self._pages.values():
            if hasattr(page, "refresh"):
                page.refresh()
        self.segments.refresh()
        self._update_counts()
        self.workspace_changed.emit()

    def show_segment(self, segment: Any) -> None:
        """Show a saved segment's contacts (a storage.segments.Segment) on the contacts page."""
        from storage.segments import filter_sql

        where, params = filter_sql(segment.filter)
        page: Any = self.show_page("contacts")
        page.show_segment(segment.name, where, params)
        self._shown_segment = segment

    def _segments_changed(self) -> None:
        # The segment on show may have been changed, renamed or deleted: show it as it is now.
        shown, page = self._shown_segment, self._pages.get("contacts")
        if shown is not None and getattr(page, "segment_name", None) == shown.name:
            from storage.segments import list_segments

            now = {s.id: s for s in list_segments(self.ws)}.get(shown.id)
            if now is None:
                page.show_segment(None)  # type: ignore[union-attr]
                self._shown_segment = None
            else:
                self.show_segment(now)
        self.workspace_changed.emit()

    def _connect_page(self, page: QWidget) -> None:
        if hasattr(page, "status_text_changed"):
            page.status_text_changed.connect(lambda _text: self._update_counts())
        if hasattr(page, "status_message"):
            page.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        if hasattr(page, "import_requested"):
            page.import_requested.connect(lambda: self.open_import(None))
        if hasattr(page, "contacts_changed"):
            # The sidebar's segment counts (read in the background) follow a single edit too.
            page.contacts_changed.connect(self.segments.refresh)

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self._keys):
            return
        key = self._keys[row]
        fresh = key not in self._pages
        try:
            page = self.page(key)
        except Exception:  # a broken page must not take the window down
            log.exception("page %s could not be created", key)
            QMessageBox.critical(self, self.tr("Clearlist"), bug_message())
            return
        self.stack.setCurrentWidget(page)
        if not fresh and hasattr(page, "refresh"):
            page.refresh()
        self._update_counts()

    def _update_counts(self) -> None:
        page = self.current_page()
        text = page.status_text() if page is not None and hasattr(page, "status_text") else ""
        self._counts.setText(text)

    # ------------------------------------------------------------------ menus
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        import_action = QAction(self.tr("&Import a file…"), self)
        import_action.setShortcut(QKeySequence(self.tr("Ctrl+I")))
        import_action.triggered.connect(lambda: self.open_import(None))
        file_menu.addAction(import_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        self.language_menu = settings_menu.addMenu(self.tr("&Language"))
        self.language_menu.setObjectName("language_menu")
        group = QActionGroup(self)
        chosen = i18n.saved_language()
        for code in ("", *i18n.LANGUAGES):
            action = QAction(i18n.menu_label(code), self)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, code=code: self.choose_language(code))
            group.addAction(action)
            self.language_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Clearlist"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def choose_language(self, language: str) -> None:
        """Keep the interface language ("" = the system's); it applies at the next start."""
        if language == i18n.saved_language():
            return
        i18n.save_language(language)
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr(
                "Clearlist will speak {language} the next time it starts. Dates and numbers "
                "will then be written as in that language too."
            ).format(language=i18n.LANGUAGE_NAMES[i18n.effective_language(language)]),
        )

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Clearlist"),
            self.tr(
                "Clearlist keeps your prospect lists in one encrypted workspace and exports "
                "only the contacts you may lawfully e-mail.\n\nWorkspace: {path}"
            ).format(path=str(self.ws.path)),
        )

    # ------------------------------------------------------------------ import hook
    def open_import(self, path: Path | None = None) -> None:
        """Open the import wizard (on `path`, a dropped file, when given)."""
        try:
            wizard: Any = importlib.import_module("gui.import_wizard")
        except ModuleNotFoundError as exc:
            if exc.name != "gui.import_wizard":
                raise
            QMessageBox.information(
                self,
                self.tr("Import"),
                self.tr(
                    "Importing files from the window arrives soon. Until then, use the command "
                    "line: python main.py import FILE --source-type TYPE --source-name NAME"
                ),
            )
            return
        wizard.open_import_wizard(self, self.ws, path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_import(path)

    # ------------------------------------------------------------------ geometry
    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self._pages.values():
            if hasattr(page, "can_close") and not page.can_close():
                event.ignore()
                return
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        for page in self._pages.values():
            if hasattr(page, "save_state"):
                page.save_state()
            if hasattr(page, "shutdown"):
                page.shutdown()
        self.segments.shutdown()
        settings.sync()
        super().closeEvent(event)


def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    urls = [u for u in mime.urls() if u.isLocalFile()]
    if len(urls) != 1:
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in IMPORTABLE_SUFFIXES else None
