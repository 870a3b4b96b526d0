"""The contacts page: the whole workspace in a table, a search field, and the detail panel.

Searching (FTS5, ~150 ms after the last key), sorting (a header click) and paging all run in SQL
through the lazy `ContactTableModel`. Shortcuts: Ctrl+F search, Ctrl+N new contact, Delete
deletes the selected contacts (after a confirmation; audited by `storage.contacts`).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storage.contacts import TABLE_COLUMNS, delete_contacts
from storage.workspace import Workspace

from .contact_detail import ContactDetail
from .contact_model import ContactTableModel
from .demo_offer import EmptyState
from .formatting import format_count

log = logging.getLogger(__name__)

SEARCH_DEBOUNCE_MS = 150
MAX_DELETE = 10_000  # more would need every selected row read just to list their ids
# Initial widths in average characters; the user's own widths are remembered.
COLUMN_CHARS = {
    "email": 27,
    "first_name": 11,
    "last_name": 13,
    "company": 22,
    "job_title": 22,
    "job_function": 13,
    "seniority": 13,
    "country": 7,
    "audience": 8,
    "lawful_basis": 16,
    "created_at": 10,
}


class ContactsPage(QWidget):
    """The contacts table, search and detail panel. Registered in `gui.main_window.PAGES`."""

    status_text_changed = Signal(str)  # the counts, shown while this page is current
    status_message = Signal(str)  # a passing message for the status bar
    import_requested = Signal()
    contacts_changed = Signal()  # a contact was saved or deleted here: counts elsewhere change

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.model = ContactTableModel(ws, self)

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(
            self.tr("Search names, companies, e-mail addresses, job titles (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self.apply_search)

        self.new_button = QPushButton(self.tr("New contact"), self)
        self.new_button.setToolTip(self.tr("Add a contact by hand (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_contact)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected contacts (Delete)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_button.setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)

        # --- segments (gui/segments_sidebar.py): the saved filter shown, and a way out of it
        self.segment_name: str | None = None
        self.segment_label = QLabel(self)
        self.segment_label.setObjectName("segment_label")
        self.clear_segment_button = QPushButton(self.tr("Show all contacts"), self)
        self.clear_segment_button.setObjectName("clear_segment")
        self.clear_segment_button.clicked.connect(lambda: self.show_segment(None))
        self.segment_bar = QWidget(self)
        segment_row = QHBoxLayout(self.segment_bar)
        segment_row.setContentsMargins(0, 0, 0, 0)
        segment_row.addWidget(self.segment_label, 1)
        segment_row.addWidget(self.clear_segment_button)
        self.segment_bar.hide()

        self.table = self._build_table()
        self.empty = EmptyState(ws, self)
        self.empty.new_requested.connect(self.new_contact)
        self.empty.import_requested.connect(self.import_requested)
        self.empty.clear_search_requested.connect(self.search.clear)
        self.empty.demo_loaded.connect(self._on_demo_loaded)
        self._table_stack = QStackedWidget(self)
        self._table_stack.addWidget(self.table)
        self._table_stack.addWidget(self.empty)
        # The empty state's buttons would otherwise make a small screen's window too wide.
        self._table_stack.setMinimumWidth(320)

        self.detail = ContactDetail(ws, self)
        self.detail.saved.connect(self._on_saved)
        self.detail.cancelled_new.connect(self._update_empty_state)

        self.splitter = QSplitter(Qt.Horizontal, self)
        self.splitter.setObjectName("contacts_splitter")
        self.splitter.addWidget(self._table_stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.segment_bar)
        layout.addWidget(self.splitter, 1)

        self._add_actions()
        self.model.counts_changed.connect(self._on_counts)
        # A reset (search, sort, refresh) clears the selection without a selectionChanged.
        self.model.modelReset.connect(lambda: self.delete_button.setEnabled(False))
        self._restore_state()
        self._update_empty_state()

    # ------------------------------------------------------------------ building
    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("contacts_table")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectRows)
        table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setCornerButtonEnabled(False)
        vertical = table.verticalHeader()
        vertical.hide()
        # Fixed row heights: Qt then never measures a million rows.
        vertical.setSectionResizeMode(QHeaderView.Fixed)
        vertical.setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSortIndicator(TABLE_COLUMNS.index("last_name"), Qt.AscendingOrder)
        char = table.fontMetrics().averageCharWidth()
        for column, name in enumerate(TABLE_COLUMNS):
            header.resizeSection(column, COLUMN_CHARS.get(name, 12) * char + 16)
        table.setSortingEnabled(True)
        table.selectionModel().selectionChanged.connect(self._on_selection)
        return table

    def _add_actions(self) -> None:
        find = QAction(self.tr("Find"), self)
        find.setShortcut(QKeySequence.Find)
        find.triggered.connect(self.focus_search)
        new = QAction(self.tr("New contact"), self)
        new.setShortcut(QKeySequence.New)
        new.triggered.connect(self.new_contact)
        # Shortcuts of a page work while it is shown; Delete only in the table, so that it
        # keeps deleting characters in the search field and the detail panel.
        for action in (find, new):
            action.setShortcutContext(Qt.WindowShortcut)
            self.addAction(action)
        delete = QAction(self.tr("Delete"), self.table)
        delete.setShortcut(QKeySequence.Delete)
        delete.setShortcutContext(Qt.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        self.table.addAction(delete)

    # ------------------------------------------------------------------ page API
    def refresh(self) -> None:
        """Re-read the table after the data changed (an import, the demo, another page)."""
        shown = self.detail.contact_id
        self.model.refresh()
        if shown is not None and not self.detail.is_dirty():
            self.detail.show_contact(shown)  # it may have changed or gone
        self._update_empty_state()

    def can_close(self) -> bool:
        """False when the user chose to stay because of unsaved changes."""
        return self._resolve_unsaved()

    def shutdown(self) -> None:
        """The window closes: no search may run on a workspace about to be closed."""
        self._debounce.stop()
        if self.empty.job is not None:
            self.empty.job.cancel()
            self.empty.job.wait(10)

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue("contacts/splitter", self.splitter.saveState())
        settings.setValue("contacts/header", self.table.horizontalHeader().saveState())

    def _restore_state(self) -> None:
        settings = QSettings()
        splitter = settings.value("contacts/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([880, 420])
        header = settings.value("contacts/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
        # Restoring the header also restores its sort indicator: sort the model to match.
        header_view = self.table.horizontalHeader()
        self.model.sort(header_view.sortIndicatorSection(), header_view.sortIndicatorOrder())

    # ------------------------------------------------------------------ actions
    def focus_search(self) -> None:
        self.search.setFocus(Qt.ShortcutFocusReason)
        self.search.selectAll()

    def apply_search(self) -> None:
        self._debounce.stop()
        with _busy():
            self.model.set_search(self.search.text())
        self._update_empty_state()

    def show_segment(
        self, name: str | None, where: str | None = None, params: Sequence[Any] = ()
    ) -> None:
        """Show only a segment's contacts (`where`/`params` from storage.segments.filter_sql),
        or every contact again when `name` is None. The search still applies on top."""
        if name is None:
            where, params = None, ()
        self.segment_name = name
        with _busy():
            self.model.set_filter(where, tuple(params))
        self.segment_bar.setVisible(name is not None)
        self._update_segment_label()
        self._update_empty_state()
        self.status_text_changed.emit(self.status_text())

    def _update_segment_label(self) -> None:
        if self.segment_name is None:
            return
        shown = self.model.rowCount()
        self.segment_label.setText(
            self.tr("Segment “{name}”: 1 contact").format(name=self.segment_name)
            if shown == 1
            else self.tr("Segment “{name}”: {n} contacts").format(
                name=self.segment_name, n=format_count(shown)
            )
        )

    def new_contact(self) -> None:
        if not self._resolve_unsaved():
            return
        self.table.clearSelection()
        self._table_stack.setCurrentWidget(self.table)
        self.detail.start_new()

    def selected_rows(self, limit: int | None = None) -> tuple[int, list[int]]:
        """(how many rows are selected, their numbers unless more than `limit`).

        Counted from the selection's ranges: Ctrl+A over a million rows must not build a
        million indexes just to be counted.
        """
        ranges = list(self.table.selectionModel().selection())
        count = sum(r.bottom() - r.top() + 1 for r in ranges)
        if limit is not None and count > limit:
            return count, []
        rows = sorted({row for r in ranges for row in range(r.top(), r.bottom() + 1)})
        return len(rows), rows

    def delete_selected(self) -> None:
        count, rows = self.selected_rows(MAX_DELETE)
        if not count:
            return
        if count > MAX_DELETE:
            QMessageBox.information(
                self,
                self.tr("Delete contacts"),
                self.tr("Select at most {n} contacts to delete at once.").format(
                    n=format_count(MAX_DELETE)
                ),
            )
            return
        ids = [i for i in (self.model.contact_id(row) for row in rows) if i is not None]
        if not ids or not self._confirm_delete(len(ids)):
            return
        first_row = rows[0]
        with _busy():
            deleted = delete_contacts(self._ws, ids)
        log.info("deleted %d contacts", deleted)
        self.contacts_changed.emit()
        if self.detail.contact_id in ids:
            self.detail.show_contact(None)
        self.model.refresh()
        self._update_empty_state()
        if self.model.rowCount():
            self.table.selectRow(min(first_row, self.model.rowCount() - 1))
        self.status_message.emit(
            self.tr("1 contact deleted.")
            if deleted == 1
            else self.tr("{n} contacts deleted.").format(n=format_count(deleted))
        )

    def _confirm_delete(self, count: int) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Question)
        box.setWindowTitle(self.tr("Delete contacts"))
        box.setText(
            self.tr("Delete this contact?")
            if count == 1
            else self.tr("Delete these {n} contacts?").format(n=format_count(count))
        )
        box.setInformativeText(
            self.tr(
                "They are removed from the workspace, and the deletion is recorded in the audit "
                "trail. To make sure someone is never contacted again, add the address to the "
                "opt-out list instead."
            )
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.DestructiveRole)
        box.addButton(QMessageBox.Cancel)
        box.setDefaultButton(QMessageBox.Cancel)
        box.exec()
        return box.clickedButton() is delete

    # ------------------------------------------------------------------ reactions
    def _on_selection(self) -> None:
        count, rows = self.selected_rows(1)
        self.delete_button.setEnabled(bool(count))
        if count != 1:
            return
        contact_id = self.model.contact_id(rows[0])
        if contact_id == self.detail.contact_id and not self.detail.is_new:
            return
        if not self._resolve_unsaved():
            return
        self.detail.show_contact(contact_id)

    def _resolve_unsaved(self) -> bool:
        """Offer to save unsaved edits; True when it is fine to move on."""
        if not self.detail.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to this contact?"),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel,
            QMessageBox.Save,
        )
        if answer == QMessageBox.Save:
            return self.detail.save()
        if answer == QMessageBox.Discard:
            self.detail.revert()
            return True
        return False

    def _on_saved(self, contact_id: int) -> None:
        self.contacts_changed.emit()
        self.model.refresh()
        self._update_empty_state()
        row = self.model.row_of(contact_id)
        if row is not None:
            blocker = self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.selectionModel().blockSignals(blocker)
            self.delete_button.setEnabled(True)

    def _on_demo_loaded(self, count: int) -> None:
        self.refresh()
        if self.model.rowCount():
            self.table.selectRow(0)

    def _on_counts(self, _shown: int = 0, _total: int = 0) -> None:
        self._update_segment_label()
        self.status_text_changed.emit(self.status_text())
        self._update_empty_state()

    def _update_empty_state(self) -> None:
        segment_only = self.model.query.where and not self.model.query.search
        if self.model.rowCount() or self.detail.is_new or segment_only:
            # An empty segment is not an empty workspace: its banner says "0 contacts".
            self._table_stack.setCurrentWidget(self.table)
        elif self.model.query.search:
            self.empty.show_no_match(self.model.query.search)
            self._table_stack.setCurrentWidget(self.empty)
        else:
            self.empty.show_empty_workspace()
            self._table_stack.setCurrentWidget(self.empty)
        # An empty workspace has nothing to show in the detail panel: the offer gets the room.
        self.detail.setVisible(self._table_stack.currentWidget() is self.table)

    def status_text(self) -> str:
        shown, total = self.model.rowCount(), self.model.total
        if self.segment_name is not None:
            return self.tr("{shown} of {total} contacts in the segment").format(
                shown=format_count(shown), total=format_count(total)
            )
        if self.model.query.search:
            return self.tr("{shown} of {total} contacts match").format(
                shown=format_count(shown), total=format_count(total)
            )
        if total == 1:
            return self.tr("1 contact")
        return self.tr("{total} contacts").format(total=format_count(total))


class _busy:
    """A wait cursor while a query runs on the GUI thread (only slow on huge workspaces)."""

    def __enter__(self) -> None:
        QApplication.setOverrideCursor(Qt.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QApplication.restoreOverrideCursor()
