"""What the contacts page shows instead of an empty table.

An empty workspace offers three ways to start: import a file, add a contact by hand, or load
1,000 fictitious demo contacts (`storage.demo.load_demo`, run on a worker with a progress bar).
A search without results says so, and how searching works.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storage import demo
from storage.workspace import Workspace

from .formatting import format_count
from .workers import WorkspaceJob, show_failure


class EmptyState(QWidget):
    """The empty-workspace offer, or the "nothing found" message of a search."""

    import_requested = Signal()
    new_requested = Signal()
    clear_search_requested = Signal()
    demo_loaded = Signal(int)  # how many contacts were added

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.job: WorkspaceJob | None = None

        self._title = QLabel(self)
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self._title.setFont(font)
        self._title.setAlignment(Qt.AlignCenter)
        self._text = QLabel(self)
        self._text.setWordWrap(True)
        self._text.setAlignment(Qt.AlignCenter)
        # A fixed width: a wrapped label then gets the height its lines need.
        self._text.setFixedWidth(460)

        self.import_button = QPushButton(self.tr("Import a file…"), self)
        self.import_button.clicked.connect(self.import_requested)
        self.new_button = QPushButton(self.tr("New contact"), self)
        self.new_button.clicked.connect(self.new_requested)
        self.demo_button = QPushButton(
            self.tr("Load about {n} demo contacts").format(n=format_count(demo.DEMO_SIZE)), self
        )
        self.demo_button.setToolTip(
            self.tr("Fictitious people and companies, to try Clearlist. Delete them any time.")
        )
        self.demo_button.clicked.connect(self.load_demo)
        self.clear_button = QPushButton(self.tr("Clear the search"), self)
        self.clear_button.clicked.connect(self.clear_search_requested)
        self._progress = QProgressBar(self)
        self._progress.setMaximumWidth(360)
        self._progress.hide()

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.import_button, self.new_button, self.demo_button, self.clear_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self._title)
        layout.addSpacing(8)
        text_row = QHBoxLayout()
        text_row.addStretch(1)
        text_row.addWidget(self._text)
        text_row.addStretch(1)
        layout.addLayout(text_row)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addWidget(self._progress, 0, Qt.AlignHCenter)
        layout.addStretch(3)

    def show_empty_workspace(self) -> None:
        self._title.setText(self.tr("No contacts yet"))
        self._text.setText(
            self.tr(
                "Import a spreadsheet (or drop a .csv or .xlsx file on this window), add a "
                "contact by hand, or load about {n} fictitious demo contacts to try Clearlist."
            ).format(n=format_count(demo.DEMO_SIZE))
        )
        busy = self.job is not None
        for button in (self.import_button, self.new_button, self.demo_button):
            button.setVisible(True)
            button.setEnabled(not busy)
        self.clear_button.hide()

    def show_no_match(self, search: str) -> None:
        self._title.setText(self.tr("No contact matches “{text}”").format(text=search))
        self._text.setText(
            self.tr(
                "The search looks for the beginnings of words in names, company, e-mail "
                "address and job title; every word must match."
            )
        )
        for button in (self.import_button, self.new_button, self.demo_button):
            button.hide()
        self.clear_button.show()

    # ------------------------------------------------------------------ demo
    def load_demo(self) -> None:
        if self.job is not None:
            return
        self.demo_button.setEnabled(False)
        self._progress.setRange(0, 0)
        self._progress.show()
        job = WorkspaceJob(
            self._ws,
            lambda own, on_progress, is_cancelled: demo.load_demo(
                own, on_progress=on_progress, is_cancelled=is_cancelled
            ),
            self,
        )
        job.progress.connect(self._on_progress)
        job.finished.connect(self._on_loaded)
        job.failed.connect(lambda message, is_bug: show_failure(self, message, is_bug))
        job.done.connect(self._on_done)
        self.job = job
        job.start()

    def _on_progress(self, done: int, total: int, _message: str) -> None:
        if total:
            self._progress.setRange(0, total)
            self._progress.setValue(done)

    def _on_loaded(self, count: object) -> None:
        self.demo_loaded.emit(int(count))  # type: ignore[call-overload]

    def _on_done(self) -> None:
        self.job = None
        self._progress.hide()
        self.demo_button.setEnabled(True)
