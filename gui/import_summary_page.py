"""Import wizard, page 7: what was imported, the rejected rows (savable), and Undo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from compliance.normalise import cell_text
from storage.errors import UserError
from storage.importer import ImportReport, UndoReport, undo_batch, write_rejected_rows

from .formatting import format_count, format_labelled_count
from .import_common import JobPage, reason_label
from .workers import WorkspaceJob, show_failure

SHOWN_REJECTED = 1000  # rows shown in the table (all kept rows are saved)
SHOWN_COLUMNS = 8


class SummaryPage(JobPage):
    def __init__(self, wizard: Any) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Done"))
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.rejected_label = QLabel(self)
        self.table = QTableWidget(0, 0, self)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.save = QPushButton(self.tr("Save the rejected rows…"), self)
        self.save.clicked.connect(self._save)
        self.undo = QPushButton(self.tr("Undo this import"), self)
        self.undo.clicked.connect(self._undo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save)
        buttons.addStretch(1)
        buttons.addWidget(self.undo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.rejected_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.undone: UndoReport | None = None

    def initializePage(self) -> None:
        report: ImportReport | None = self.import_wizard.report
        if report is None:
            return
        lines = [
            self.tr("<b>Batch {batch}</b>: {rows} rows read.").format(
                batch=report.batch_id, rows=format_count(report.rows)
            ),
            self.tr(
                "{imported} new contacts, {updated} updated, {duplicates} duplicates, "
                "{suppressed} left out because they are on the opt-out list, {rejected} "
                "rejected."
            ).format(
                imported=format_count(report.imported),
                updated=format_count(report.updated),
                duplicates=format_count(report.duplicates),
                suppressed=format_count(report.suppressed),
                rejected=format_count(report.rejected_total),
            ),  # fmt: skip
        ]
        for warning in report.warnings:
            lines.append("• " + warning.replace("<", "&lt;"))
        if report.possible_duplicates:
            lines.append(
                "• "
                + self.tr(
                    "{n} possible duplicates (same name and company, another address) were kept "
                    "apart: review them in the contacts list."
                ).format(n=report.possible_duplicates)
            )
        self.summary.setText("<br>".join(lines))
        rows = report.rejected_rows
        self.save.setEnabled(bool(rows))
        self.undo.setEnabled(True)
        if not rows:
            self.rejected_label.setText(self.tr("No row was rejected."))
            self.table.hide()
            return
        by_reason = ", ".join(
            format_labelled_count(reason_label(r), n) for r, n in sorted(report.rejected.items())
        )
        self.rejected_label.setText(
            self.tr("Rejected rows ({reasons}). The first of them:").format(reasons=by_reason)
        )
        headers = report.headers[:SHOWN_COLUMNS]
        shown = rows[:SHOWN_REJECTED]
        self.table.show()
        self.table.setColumnCount(2 + len(headers))
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Reason"), *headers])
        self.table.setRowCount(len(shown))
        for r, (number, reason, cells) in enumerate(shown):
            values = [str(number), reason_label(reason)] + [
                cell_text(cells[i]) if i < len(cells) else "" for i in range(len(headers))
            ]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value[:80]))

    # ------------------------------------------------------------------ actions
    def _save(self) -> None:
        report = self.import_wizard.report
        suggested = Path.home() / f"{Path(report.file_name).stem}-rejected.csv"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the rejected rows"), str(suggested), self.tr("CSV (*.csv)")
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> Path | None:
        report = self.import_wizard.report
        try:
            written = write_rejected_rows(path, report.headers, report.rejected_rows)
        except UserError as exc:
            show_failure(self, exc.message)
            return None
        self.rejected_label.setText(
            self.tr("The rejected rows were saved to {path}.").format(path=str(written))
        )
        return written

    def _undo(self) -> None:
        report = self.import_wizard.report
        answer = QMessageBox.question(
            self,
            self.tr("Undo this import"),
            self.tr(
                "Remove the {n} contacts this import created, put back the fields it changed "
                "and remove its source from the others?"
            ).format(n=format_count(report.imported)),
        )
        if answer == QMessageBox.Yes:
            self.start_undo()

    def start_undo(self) -> None:
        report = self.import_wizard.report
        batch = report.batch_id
        self.undo.setEnabled(False)
        job = WorkspaceJob(self.import_wizard.ws, lambda ws, p, c: undo_batch(ws, batch, p, c),
                           self)  # fmt: skip
        job.finished.connect(self._undone)
        job.failed.connect(lambda message, bug: show_failure(self, message, bug))
        self.start_job(job)

    def _undone(self, result: UndoReport) -> None:
        self.undone = result
        self.summary.setText(
            self.tr(
                "The import was undone: {removed} contacts removed, {restored} put back as "
                "they were, {conflicts} fields edited since were left as they are."
            ).format(removed=result.removed, restored=result.restored, conflicts=result.conflicts)
        )
        self.import_wizard.imported.emit(self.import_wizard.report)  # the window refreshes
