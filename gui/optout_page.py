"""The opt-out list page: counts by reason, a search, the entries, and the ways in and out.

Entries are read page by page (`canFetchMore`/`fetchMore`), so a list of 100,000 entries opens at
once. Adding takes effect at once everywhere: the export reads the list afresh each time. There is
no "remove" button on purpose: entries are never purged (RULES.md C).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from compliance.fields import OPTOUT_REASONS
from storage import optout
from storage.errors import UserError
from storage.workspace import Workspace

from .formatting import format_count, format_date, format_labelled_count
from .workers import WorkspaceJob, show_failure

log = logging.getLogger(__name__)

PAGE_SIZE = 500
ModelIndex = QModelIndex | QPersistentModelIndex

# The stored codes in words (the list keeps the codes: compliance.fields.OPTOUT_REASONS).
REASON_LABELS = {
    "unsubscribed": QT_TRANSLATE_NOOP("optout", "unsubscribed"),
    "objected": QT_TRANSLATE_NOOP("optout", "objected"),
    "bounced": QT_TRANSLATE_NOOP("optout", "bounced"),
    "complaint": QT_TRANSLATE_NOOP("optout", "complaint"),
    "erased": QT_TRANSLATE_NOOP("optout", "erased"),
    "manual": QT_TRANSLATE_NOOP("optout", "added by hand"),
}
KIND_LABELS = {
    "email": QT_TRANSLATE_NOOP("optout", "address"),
    "domain": QT_TRANSLATE_NOOP("optout", "domain"),
    "sha256": QT_TRANSLATE_NOOP("optout", "SHA-256 hash"),
    "md5": QT_TRANSLATE_NOOP("optout", "MD5 hash"),
}


def reason_label(code: str) -> str:
    return QCoreApplication.translate("optout", REASON_LABELS.get(code, code))


def kind_label(code: str) -> str:
    return QCoreApplication.translate("optout", KIND_LABELS.get(code, code))


class OptoutModel(QAbstractTableModel):
    """The entries matching a search, newest first, fetched PAGE_SIZE at a time."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._rows: list[optout.OptoutEntry] = []
        self._search = ""
        self._reason: str | None = None
        self._total = 0
        self.headers = [
            self.tr("Kind"),
            self.tr("Address, domain or hash"),
            self.tr("Reason"),
            self.tr("Origin"),
            self.tr("Added"),
        ]

    def set_query(self, search: str, reason: str | None) -> None:
        self.beginResetModel()
        self._search, self._reason = search, reason
        self._total = optout.count_matching(self._ws, search, reason=reason)
        self._rows = optout.list_optouts(self._ws, search, reason=reason, limit=PAGE_SIZE)
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        more = optout.list_optouts(
            self._ws, self._search, reason=self._reason, limit=PAGE_SIZE, offset=len(self._rows)
        )
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def data(self, index: ModelIndex, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.DisplayRole:
            return None
        entry = self._rows[index.row()]
        return (
            kind_label(entry.kind),
            entry.value,
            reason_label(entry.reason),
            entry.origin or "",
            format_date(entry.added_at),
        )[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.headers[section]
        return None


class OptoutPage(QWidget):
    """Registered in `gui.main_window.PAGES`."""

    status_text_changed = Signal(str)
    status_message = Signal(str)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._job: WorkspaceJob | None = None
        self.model = OptoutModel(ws, self)

        self.counts = QLabel(self)
        self.counts.setObjectName("counts")
        self.counts.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search an address, a domain, a hash or a file name")
        )
        self.reason = QComboBox(self)
        self.reason.addItem(self.tr("Every reason"), None)
        for reason in OPTOUT_REASONS:
            self.reason.addItem(reason_label(reason), reason)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._debounce.start)
        self.reason.currentIndexChanged.connect(self.apply_search)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.matches = QLabel(self)

        self.add_button = QPushButton(self.tr("Add addresses or domains…"), self)
        self.import_button = QPushButton(self.tr("Import a file…"), self)
        self.import_hashed_button = QPushButton(self.tr("Import hashes…"), self)
        self.export_button = QPushButton(self.tr("Export as SHA-256…"), self)
        self.add_button.clicked.connect(self.ask_add)
        self.import_button.clicked.connect(lambda: self.ask_import(hashed=False))
        self.import_hashed_button.clicked.connect(lambda: self.ask_import(hashed=True))
        self.export_button.clicked.connect(self.ask_export)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.reason)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.import_button,
            self.import_hashed_button,
            self.export_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.matches)
        layout.addLayout(buttons)
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        # A search typed just before the page goes away must not run after its workspace closed.
        self._debounce.stop()
        super().hideEvent(event)

    # ------------------------------------------------------------------ reading
    def refresh(self) -> None:
        counts = optout.optout_counts(self._ws)
        parts = [
            format_labelled_count(reason_label(reason), n)
            for reason, n in sorted(counts.by_reason.items())
        ]
        self.counts.setText(
            self.tr(
                "{n} entries on the opt-out list. They are never removed automatically."
            ).format(n=format_count(counts.total))
            + ("  " + " · ".join(parts) if parts else "")
        )
        self.status_text_changed.emit(self.status_text())
        self.apply_search()

    def status_text(self) -> str:
        return self.tr("{n} opt-out entries").format(n=format_count(optout.optout_count(self._ws)))

    def apply_search(self) -> None:
        self.model.set_query(self.search.text(), self.reason.currentData())
        self.matches.setText(self.tr("{n} matching").format(n=format_count(self.model.total)))

    # ------------------------------------------------------------------ adding
    def _choose_reason(self, default: str) -> str | None:
        reasons = list(OPTOUT_REASONS)
        reasons.remove("erased")  # only erasure itself records that reason
        labels = [reason_label(r) for r in reasons]
        label, ok = QInputDialog.getItem(
            self,
            self.tr("Reason"),
            self.tr("Why are these people on the list?"),
            labels,
            reasons.index(default),
            False,
        )
        return reasons[labels.index(label)] if ok and label in labels else None

    def ask_add(self) -> None:
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Add to the opt-out list"),
            self.tr("Addresses, or whole domains written @example.com, one per line:"),
        )
        if not ok or not text.strip():
            return
        reason = self._choose_reason("objected")
        if reason:
            self.add_values(text.split(), reason)

    def add_values(self, values: list[str], reason: str) -> optout.OptoutAddResult | None:
        try:
            result = optout.add_values(self._ws, values, reason=reason, origin="entered by hand")
        except UserError as exc:
            show_failure(self, exc.message)
            return None
        self.status_message.emit(
            self.tr("{added} added, {already} already on the list.").format(
                added=result.added, already=result.already
            )
        )
        self.refresh()
        return result

    def ask_import(self, *, hashed: bool) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import an opt-out file"),
            "",
            self.tr("Lists (*.csv *.txt *.tsv *.xlsx);;All files (*)"),
        )
        if not path:
            return
        algorithm = None
        if hashed:
            algorithm, ok = QInputDialog.getItem(
                self,
                self.tr("Hashes"),
                self.tr("Which hashes does the file hold (first column)?"),
                ["sha256", "md5"],
                0,
                False,
            )
            if not ok:
                return
        reason = self._choose_reason("unsubscribed")
        if reason:
            self.import_file(Path(path), reason, algorithm)

    def import_file(self, path: Path, reason: str, hashed: str | None = None) -> WorkspaceJob:
        """Import in the background; the page refreshes when it is done."""

        def work(ws: Workspace, on_progress: Any, is_cancelled: Any) -> Any:
            return optout.import_file(
                ws,
                path,
                hashed=hashed,
                reason=reason,
                on_progress=on_progress,
                is_cancelled=is_cancelled,
            )

        job = WorkspaceJob(self._ws, work, self)
        job.finished.connect(self._imported)
        job.failed.connect(lambda message, bug: show_failure(self, message, bug))
        self._set_busy(True)
        job.done.connect(lambda: self._set_busy(False))
        self._job = job
        job.start()
        return job

    def _imported(self, result: optout.OptoutImportResult) -> None:
        message = self.tr(
            "{added} added, {already} already on the list, {skipped} values skipped "
            "(column \u201c{column}\u201d)."
        ).format(
            added=result.added,
            already=result.already,
            skipped=result.skipped,
            column=result.column,
        )
        if result.mode == "token":
            message += " " + self.tr("Read as our unsubscribe codes: {n} contacts found.").format(
                n=result.contacts_found
            )
        self.status_message.emit(message)
        self.refresh()

    def _set_busy(self, busy: bool) -> None:
        for button in (self.import_button, self.import_hashed_button, self.add_button):
            button.setEnabled(not busy)

    # ------------------------------------------------------------------ export
    def ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the list as SHA-256 hashes"),
            "optouts-sha256.csv",
            self.tr("CSV (*.csv)"),
        )
        if path:
            self.export_hashed(Path(path))

    def export_hashed(self, path: Path) -> optout.HashExportResult | None:
        try:
            result = optout.export_hashed(self._ws, path)
        except UserError as exc:
            show_failure(self, exc.message)
            return None
        note = ""
        if result.domains_left_out or result.md5_left_out:
            note = " " + self.tr(
                "{domains} whole domains and {md5} MD5 hashes cannot be written as address "
                "hashes; give the domains to the provider separately."
            ).format(domains=result.domains_left_out, md5=result.md5_left_out)
        QMessageBox.information(
            self,
            self.tr("Opt-out list exported"),
            self.tr("{n} SHA-256 hashes written to {name}.").format(
                n=result.written, name=path.name
            )
            + note,
        )
        return result
