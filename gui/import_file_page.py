"""Import wizard, page 1: pick or drop a file; it is opened and understood in the background."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from storage.importer import FilePlan, plan_file
from storage.readers import EXCEL_SUFFIXES, TEXT_SUFFIXES

from .formatting import format_count
from .import_common import JobPage
from .workers import Job

DELIMITER_NAMES = {
    ",": QT_TRANSLATE_NOOP("FilePage", "commas"),
    ";": QT_TRANSLATE_NOOP("FilePage", "semicolons"),
    "\t": QT_TRANSLATE_NOOP("FilePage", "tabs"),
    "|": QT_TRANSLATE_NOOP("FilePage", "vertical bars"),
}


class FilePage(JobPage):
    def __init__(self, wizard: Any) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr(
                "A spreadsheet (.xlsx, .xls, .ods) or a text file (.csv, .tsv, .txt) with one "
                "contact per row. Drop it here or browse for it."
            )
        )
        self.setAcceptDrops(True)
        self.drop_zone = QLabel(self.tr("Drop a file here"), self)
        self.drop_zone.setAlignment(Qt.AlignCenter)
        self.drop_zone.setMinimumHeight(140)
        self.drop_zone.setFrameShape(QFrame.StyledPanel)
        self.drop_zone.setStyleSheet(
            "QLabel { border: 2px dashed #8a8f98; border-radius: 8px; color: #4b5260;"
            " font-size: 15px; }"
        )
        self.path_edit = QLineEdit(self)
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No file chosen"))
        self.browse = QPushButton(self.tr("Browse…"), self)
        self.browse.clicked.connect(self._browse)
        self.history = QPushButton(self.tr("Earlier imports…"), self)
        self.history.setToolTip(self.tr("See the files imported before, and undo one of them"))
        self.history.clicked.connect(self.show_history)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("file_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.drop_zone)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        history_row = QHBoxLayout()
        history_row.addStretch(1)
        history_row.addWidget(self.history)
        layout.addLayout(history_row)
        self.error: str | None = None

    def show_history(self) -> Any:
        from .import_history import ImportHistoryDialog

        dialog = ImportHistoryDialog(self.import_wizard.ws, self)
        # An undone batch changes the data: the window's pages refresh as after an import.
        dialog.changed.connect(lambda: self.import_wizard.imported.emit(None))
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ choosing
    def _browse(self) -> None:
        patterns = " ".join(f"*{s}" for s in sorted(TEXT_SUFFIXES | EXCEL_SUFFIXES))
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the file to import"),
            str(Path.home()),
            self.tr("Contact lists ({patterns});;All files (*)").format(patterns=patterns),
        )
        if name:
            self.choose(Path(name))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.choose(Path(files[0]))

    def choose(self, path: Path, sheet: str | None = None) -> None:
        """Open `path` in the background; the page is complete once it is understood."""
        wizard = self.import_wizard
        wizard.path = path
        wizard.plan = None
        wizard.header_row = None
        wizard.mapping = {}
        self.error = None
        self.path_edit.setText(str(path))
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Reading {name}…").format(name=path.name))
        self.progress.show()
        options = wizard.plan_options(sheet)
        job = Job(lambda on_progress, is_cancelled: plan_file(None, path, options), self)
        job.finished.connect(self._opened)
        job.failed.connect(self._failed)
        job.done.connect(self.progress.hide)
        self.start_job(job)
        self.completeChanged.emit()

    def _opened(self, plan: FilePlan) -> None:
        self.import_wizard.plan = plan
        self.status.setText(self.describe(plan))
        self.completeChanged.emit()

    def _failed(self, message: str, is_bug: bool) -> None:
        self.error = message
        self.status.setStyleSheet("color: #a33;")
        self.status.setText(message)
        self.completeChanged.emit()

    def describe(self, plan: FilePlan) -> str:
        table = plan.table
        rows = max(0, table.estimated_rows - (1 if plan.header_row else 0))
        if table.kind == "excel":
            what = self.tr("A workbook with {n} sheet(s); sheet '{sheet}' is read.").format(
                n=len(table.sheet_names), sheet=table.sheet
            )
        else:
            what = self.tr("A text file in {encoding}, values separated by {delimiter}.").format(
                encoding=table.encoding.upper().replace("_", "-") if table.encoding else "?",
                delimiter=QCoreApplication.translate(
                    "FilePage", DELIMITER_NAMES.get(table.delimiter or ",", "commas")
                ),
            )
        found = self.tr("About {rows} rows and {columns} columns.").format(
            rows=format_count(rows), columns=len(plan.headers)
        )
        return f"{what} {found}"

    # ------------------------------------------------------------------ wizard
    def isComplete(self) -> bool:
        return self.import_wizard.plan is not None and not self.busy()
