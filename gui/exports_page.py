"""The exports page: every export made (accountability, RULES.md E), and "Mark as sent".

Each row: when, which campaign, the e-mail tool's column layout, how many contacts were
considered and exported, the exclusions by reason, the file's name and SHA-256, and when it was
sent. Marking an export as sent records, for the contacts who received it with the first-contact
notice, the date the notice was sent (GDPR art. 14).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storage.errors import UserError
from storage.export import ExportRecord, list_exports, mark_sent
from storage.workspace import Workspace

from .formatting import format_count, format_datetime
from .workers import show_failure


class ExportsPage(QWidget):
    """Registered in `gui.main_window.PAGES`."""

    status_message = Signal(str)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.records: list[ExportRecord] = []
        self.table = QTableWidget(0, 9, self)
        self.table.setObjectName("exports")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Made (UTC)"),
                self.tr("Campaign"),
                self.tr("Columns for"),
                self.tr("Considered"),
                self.tr("Exported"),
                self.tr("Excluded by reason"),
                self.tr("File"),
                self.tr("SHA-256"),
                self.tr("Sent"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.empty = QLabel(
            self.tr("No export yet. Exports are made from a campaign: press New export."), self
        )
        self.new_button = QPushButton(self.tr("New export…"), self)
        self.new_button.clicked.connect(self.open_wizard)
        self.sent_button = QPushButton(self.tr("Mark as sent"), self)
        self.sent_button.clicked.connect(self.ask_mark_sent)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.sent_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.records = list_exports(self._ws)
        self.table.setRowCount(len(self.records))
        for row, r in enumerate(self.records):
            excluded = ", ".join(
                f"{code} {format_count(n)}" for code, n in sorted(r.excluded.items())
            )
            cells = [
                format_datetime(r.created_at),
                r.campaign_name,
                r.tool or "",
                format_count(r.considered),
                format_count(r.exported),
                excluded,
                r.file_name,
                r.file_sha256[:16] + "…",
                format_datetime(r.sent_at),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (3, 4):
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if column == 7:
                    item.setToolTip(r.file_sha256)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not self.records)
        self._selection_changed()

    def selected(self) -> ExportRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.records[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        record = self.selected()
        self.sent_button.setEnabled(record is not None and not record.sent_at)

    def ask_mark_sent(self) -> None:
        record = self.selected()
        if record is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Mark as sent"),
            self.tr(
                "Record that the campaign \u201c{name}\u201d was sent today to the {n} contacts "
                "of this export? Those who needed the first-contact notice will be recorded as "
                "having received it today."
            ).format(name=record.campaign_name, n=format_count(record.exported)),
        )
        if answer == QMessageBox.Yes:
            self.mark_sent(record.id)

    def mark_sent(self, export_id: int, day: dt.date | None = None) -> None:
        try:
            result = mark_sent(self._ws, export_id, day)
        except UserError as exc:
            show_failure(self, exc.message)
            return
        self.status_message.emit(
            self.tr("Marked as sent: {n} contacts, {notices} notices recorded.").format(
                n=format_count(result.members), notices=format_count(result.notices_recorded)
            )
        )
        self.refresh()

    def open_wizard(self) -> None:
        from .export_wizard import ExportWizard

        wizard = ExportWizard(self._ws, parent=self)
        wizard.finished.connect(lambda _code: self.refresh())
        wizard.open()
