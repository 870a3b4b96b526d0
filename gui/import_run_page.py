"""Import wizard, page 6: the import itself, on a worker thread, with a progress bar and Cancel."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout

from storage.importer import ImportReport, run_import

from .import_common import JobPage
from .workers import WorkspaceJob


class RunPage(JobPage):
    def __init__(self, wizard: Any) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(
            self.tr("One import is all or nothing: if you cancel, the workspace stays as it was.")
        )
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.cancel = QPushButton(self.tr("Cancel the import"), self)
        self.cancel.clicked.connect(self.stop)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel)
        self.status = QLabel(self)
        self.status.setObjectName("run_status")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(2)
        self.close_when_done = False
        self.outcome: str | None = None

    def initializePage(self) -> None:
        wizard = self.import_wizard
        wizard.report = None
        self.outcome = None
        self.progress.setValue(0)
        self.cancel.setEnabled(True)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Reading, checking and storing the contacts…"))
        path, options = wizard.path, wizard.options()
        job = WorkspaceJob(wizard.ws, lambda ws, p, c: run_import(ws, path, options, p, c), self)
        job.progress.connect(self._progress)
        job.finished.connect(self._finished)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        job.done.connect(self._ended)
        self.start_job(job)

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progress.setValue(done)
        if message:
            self.status.setText(message)

    def stop(self) -> None:
        if self.busy():
            self.cancel.setEnabled(False)
            self.status.setText(self.tr("Cancelling: putting everything back as it was…"))
        super().stop()

    def _finished(self, report: ImportReport) -> None:
        self.outcome = "finished"
        wizard = self.import_wizard
        wizard.report = report
        wizard.imported.emit(report)
        self.progress.setValue(1000)

    def _failed(self, message: str, is_bug: bool) -> None:
        self.outcome = "failed"
        self.status.setStyleSheet("color: #a33;")
        self.status.setText(message + "\n" + self.tr("Nothing was imported."))

    def _cancelled(self) -> None:
        self.outcome = "cancelled"
        self.status.setText(self.tr("The import was cancelled: nothing was imported."))

    def _ended(self) -> None:
        self.cancel.setEnabled(False)
        if self.close_when_done:
            self.import_wizard.done(0)
        elif self.outcome == "finished":
            QTimer.singleShot(0, self.import_wizard.next)

    def isComplete(self) -> bool:
        return self.outcome == "finished" and not self.busy()
