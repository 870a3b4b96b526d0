"""Earlier imports, newest first, each of which can be undone as a whole (audited)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storage.importer import UndoReport, list_batches, undo_batch
from storage.workspace import Workspace

from .formatting import format_count, format_date, format_datetime
from .workers import WorkspaceJob, show_failure

SOURCE_TYPE_LABELS = {
    "own_form": QT_TRANSLATE_NOOP("ImportHistoryDialog", "own form"),
    "trade_show": QT_TRANSLATE_NOOP("ImportHistoryDialog", "trade show"),
    "customer": QT_TRANSLATE_NOOP("ImportHistoryDialog", "customers"),
    "purchased": QT_TRANSLATE_NOOP("ImportHistoryDialog", "bought"),
    "rented": QT_TRANSLATE_NOOP("ImportHistoryDialog", "rented"),
    "public_web": QT_TRANSLATE_NOOP("ImportHistoryDialog", "public websites"),
    "partner": QT_TRANSLATE_NOOP("ImportHistoryDialog", "partner"),
    "manual": QT_TRANSLATE_NOOP("ImportHistoryDialog", "by hand"),
}


class ImportHistoryDialog(QDialog):
    """The import batches; Undo takes the selected one back (on a worker thread)."""

    changed = Signal()  # a batch was undone: the window's pages refresh

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Earlier imports"))
        self.resize(860, 420)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Batch"), self.tr("Date"), self.tr("Source"), self.tr("File"),
             self.tr("New / updated"), self.tr("Undone")]
        )  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.undo = QPushButton(self.tr("Undo this import…"), self)
        self.undo.setEnabled(False)
        self.undo.clicked.connect(self._ask_undo)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.addButton(self.undo, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._job: WorkspaceJob | None = None
        self.last_undo: UndoReport | None = None
        self.refresh()

    def refresh(self) -> None:
        self.batches = list_batches(self.ws)
        self.table.setRowCount(len(self.batches))
        for row, batch in enumerate(self.batches):
            kind = QCoreApplication.translate(
                "ImportHistoryDialog",
                SOURCE_TYPE_LABELS.get(batch["source_type"], batch["source_type"]),
            )
            values = [
                str(batch["batch_id"]),
                format_datetime(batch["created_at"]),
                f"{batch['source_name']} ({kind})",
                batch["file_name"] or "",
                f"{format_count(batch['imported'])} / {format_count(batch['updated'])}",
                format_date(batch["undone_at"]),
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        if not self.batches:
            self.status.setText(self.tr("No file was imported yet."))
        self._selection_changed()

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.batches[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        batch = self.selected()
        self.undo.setEnabled(batch is not None and not batch["undone_at"] and self._job is None)

    def _ask_undo(self) -> None:
        batch = self.selected()
        if batch is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Undo this import"),
            self.tr(
                "Undo batch {batch} ({file})? The contacts it created are removed (unless a "
                "later import brought them too), the fields it changed are put back, and its "
                "source is removed from the other contacts."
            ).format(batch=batch["batch_id"], file=batch["file_name"]),
        )
        if answer == QMessageBox.Yes:
            self.undo_batch(batch["batch_id"])

    def undo_batch(self, batch_id: int) -> None:
        self.undo.setEnabled(False)
        self.status.setText(self.tr("Undoing batch {batch}…").format(batch=batch_id))
        job = WorkspaceJob(self.ws, lambda ws, p, c: undo_batch(ws, batch_id, p, c), self)
        job.finished.connect(self._undone)
        job.failed.connect(lambda message, bug: show_failure(self, message, bug))
        job.done.connect(self._job_done)
        self._job = job
        job.start()

    def _job_done(self) -> None:
        self._job = None
        self.refresh()

    def _undone(self, result: UndoReport) -> None:
        self.last_undo = result
        self.status.setText(
            self.tr(
                "Batch {batch} was undone: {removed} contacts removed, {kept} kept because a "
                "later import also has them, {restored} put back as they were."
            ).format(
                batch=result.batch_id,
                removed=result.removed,
                kept=result.kept,
                restored=result.restored,
            )  # fmt: skip
        )
        self.changed.emit()
