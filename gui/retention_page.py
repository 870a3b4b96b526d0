"""Retention (RULES.md section C): the contacts whose period has ended, with why, and the purge;
those whose period ends within 60 days, to ask them first whether they are still interested.

The scan runs in the background (a few seconds at a million contacts); names and companies are
read only for the rows on screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from storage import retention
from storage.errors import UserError
from storage.workspace import Workspace

from .formatting import format_date
from .messages import translate_message
from .workers import WorkspaceJob, show_failure


class RetentionModel(QAbstractTableModel):
    """A scan's list; names and companies are fetched for the rows shown, 200 at a time."""

    def __init__(self, ws: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.entries: list[retention.RetentionEntry] = []
        self._names: dict[int, tuple[str, str | None]] = {}

    def set_entries(self, entries: list[retention.RetentionEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self._names = {}
        self.endResetModel()

    def headers(self) -> list[str]:
        return [
            self.tr("E-mail"),
            self.tr("Name"),
            self.tr("Company"),
            self.tr("Kept until"),
            self.tr("Counted from"),
        ]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):  # noqa: ANN201, N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.headers()[section]
        return None

    def _name(self, row: int) -> tuple[str, str | None]:
        entry = self.entries[row]
        if entry.contact_id not in self._names:
            start = row - row % 200
            chunk = [e.contact_id for e in self.entries[start : start + 200]]
            self._names.update(retention.names(self._ws, chunk))
        return self._names.get(entry.contact_id, ("", None))

    def basis_text(self, entry: retention.RetentionEntry) -> str:
        label = {
            "collected": self.tr("collection on {date}"),
            "last_contact": self.tr("their last contact on {date}"),
            "last_purchase": self.tr("their last purchase on {date}"),
        }[entry.basis]
        return label.format(date=format_date(entry.start_text))

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if column == 0:
            return entry.email
        if column in (1, 2):
            name, company = self._name(index.row())
            return name if column == 1 else (company or "")
        if column == 3:
            return format_date(entry.last_day)
        return self.basis_text(entry)


class RetentionPage(QWidget):
    """Registered in `gui.main_window.PAGES`."""

    status_text_changed = Signal(str)
    status_message = Signal(str)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._job: WorkspaceJob | None = None
        self.scan_result: retention.RetentionScan | None = None

        intro = QLabel(
            self.tr(
                "A prospect's data is kept three years from its collection or from the last "
                "contact coming from the person (a reply, an order, a click), whichever is "
                "later; a customer's, three years after the last purchase. The opt-out list is "
                "never purged."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("retention_summary")
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()

        self.expired_model = RetentionModel(ws, self)
        self.soon_model = RetentionModel(ws, self)
        self.expired_view = self._view(self.expired_model)
        self.soon_view = self._view(self.soon_model)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.expired_view, self.tr("Ended"))
        self.tabs.addTab(self.soon_view, self.tr("Ending within 60 days"))

        self.scan_button = QPushButton(self.tr("Check again"), self)
        self.scan_button.clicked.connect(self.start_scan)
        self.purge_button = QPushButton(self.tr("Delete the ended contacts…"), self)
        self.purge_button.setObjectName("purge_button")
        self.purge_button.clicked.connect(self.purge)
        self.list_button = QPushButton(self.tr("Save the list ending soon (CSV)…"), self)
        self.list_button.setToolTip(
            self.tr("Write them to a file, to ask them whether they are still interested")
        )
        self.list_button.clicked.connect(self.save_soon_list)
        buttons = QHBoxLayout()
        for button in (self.scan_button, self.purge_button, self.list_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self._enable()
        self.start_scan()

    def _view(self, model: RetentionModel) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectRows)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        width = view.fontMetrics().averageCharWidth()
        for column, chars in enumerate((32, 22, 22, 15)):
            view.setColumnWidth(column, chars * width)
        return view

    def _enable(self) -> None:
        busy = self._job is not None
        found = self.scan_result
        self.scan_button.setEnabled(not busy)
        self.purge_button.setEnabled(not busy and bool(found and found.expired))
        self.list_button.setEnabled(not busy and bool(found and found.ending_soon))

    # ------------------------------------------------------------------ scan
    def refresh(self) -> None:
        self.start_scan()

    def start_scan(self) -> None:
        if self._job is not None:
            return
        self.progress.show()
        self.summary.setText(self.tr("Checking every contact's retention period…"))
        job = WorkspaceJob(
            self._ws, lambda ws, _p, cancelled: retention.scan(ws, is_cancelled=cancelled), self
        )
        job.finished.connect(self.show_scan)
        job.failed.connect(lambda message, bug: show_failure(self, message, bug))
        job.done.connect(self._job_done)
        self._job = job
        self._enable()
        job.start()

    def _job_done(self) -> None:
        self._job = None
        self.progress.hide()
        self._enable()

    def show_scan(self, found: retention.RetentionScan) -> None:
        self.scan_result = found
        self.expired_model.set_entries(found.expired)
        self.soon_model.set_entries(found.ending_soon)
        self.tabs.setTabText(0, self.tr("Ended ({n})").format(n=len(found.expired)))
        self.tabs.setTabText(
            1, self.tr("Ending within 60 days ({n})").format(n=len(found.ending_soon))
        )
        text = self.tr(
            "{ended} contacts' retention period has ended; {soon} more end within 60 days."
        ).format(ended=len(found.expired), soon=len(found.ending_soon))
        self.summary.setText(text)
        self.status_text_changed.emit(text)
        self._enable()

    def status_text(self) -> str:
        return self.summary.text()

    # ------------------------------------------------------------------ actions
    def purge(self) -> None:
        found = self.scan_result
        if not found or not found.expired or self._job is not None:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Delete the ended contacts"),
            self.tr(
                "Delete the {n} contacts whose retention period has ended? Their data is "
                "deleted for good (the opt-out list stays as it is). Each one is checked again "
                "first, so a contact who came back in touch since is kept."
            ).format(n=len(found.expired)),
            QMessageBox.Yes | QMessageBox.Cancel,
            QMessageBox.Cancel,
        )
        if answer != QMessageBox.Yes:
            return
        ids = found.expired_ids
        self.progress.show()
        self.summary.setText(self.tr("Deleting…"))
        job = WorkspaceJob(
            self._ws,
            lambda ws, progress, cancelled: retention.purge(
                ws, ids, is_cancelled=cancelled, on_progress=progress
            ),
            self,
        )
        job.progress.connect(self._progress)
        job.finished.connect(self._purged)
        job.failed.connect(lambda message, bug: show_failure(self, message, bug))
        job.done.connect(self._job_done)
        self._job = job
        self._enable()
        job.start()

    def _progress(self, done: int, total: int, _message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _purged(self, result: retention.PurgeResult) -> None:
        self.progress.setRange(0, 0)
        self.status_message.emit(self.tr("{n} contacts deleted.").format(n=result.deleted))
        # After this job's `done` (queued behind this signal): rescan and refresh the others.
        QTimer.singleShot(0, self._after_purge)

    def _after_purge(self) -> None:
        window = self.window()
        if hasattr(window, "refresh_pages"):
            window.refresh_pages()  # calls refresh() here too, which rescans
        else:
            self.start_scan()

    def save_soon_list(self) -> None:
        found = self.scan_result
        if not found or not found.ending_soon:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the list ending soon"),
            str(Path.home() / "retention-ending-soon.csv"),
            self.tr("CSV (*.csv)"),
        )
        if not path:
            return
        self.save_soon_list_to(Path(path))

    def save_soon_list_to(self, path: Path) -> int:
        found = self.scan_result
        if not found:
            return 0
        try:
            count = retention.write_list_csv(self._ws, found.ending_soon, path)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Retention"), translate_message(exc.message))
            return 0
        self.status_message.emit(
            self.tr("{n} contacts written to {name}").format(n=count, name=path.name)
        )
        return count
