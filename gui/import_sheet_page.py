"""Import wizard, page 2: which sheet, and which row holds the column names."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from compliance.normalise import cell_text
from storage.importer import FilePlan, plan_file

from .import_common import JobPage
from .workers import Job

PREVIEW_COLUMNS = 30  # columns shown in the raw preview (a file may have thousands)


class SheetPage(JobPage):
    def __init__(self, wizard: Any) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Sheet and header"))
        self.setSubTitle(
            self.tr(
                "Check that the right sheet is read and which row holds the column names "
                "(titles above the table are skipped)."
            )
        )
        self.sheet = QComboBox(self)
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        self.sheet_label = QLabel(self.tr("Sheet"), self)
        self.header = QComboBox(self)
        self.header.currentIndexChanged.connect(self._header_changed)
        form = QFormLayout()
        form.addRow(self.sheet_label, self.sheet)
        form.addRow(self.tr("Column names are in"), self.header)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.NoSelection)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self._filling = False
        self._error = False

    def initializePage(self) -> None:
        self._fill()

    def _fill(self) -> None:
        plan: FilePlan | None = self.import_wizard.plan
        if plan is None:
            return
        self._filling = True
        table = plan.table
        excel = table.kind == "excel"
        self.sheet.setVisible(excel)
        self.sheet_label.setVisible(excel)
        self.sheet.clear()
        if excel:
            self.sheet.addItems(table.sheet_names)
            self.sheet.setCurrentText(table.sheet or "")
        self.header.clear()
        self.header.addItem(self.tr("No row: the first row is already a contact"), 0)
        for number, cells in table.top:
            shown = " | ".join(cell_text(c) for c in cells[:6] if cell_text(c).strip())
            self.header.addItem(self.tr("Row {n}: {cells}").format(n=number, cells=shown[:90]),
                                number)  # fmt: skip
        chosen = self.import_wizard.header_row
        if chosen is None:
            chosen = plan.header_row
        self.header.setCurrentIndex(max(0, self.header.findData(chosen)))
        self.import_wizard.header_row = chosen
        self._filling = False
        self._show_rows()

    def _show_rows(self) -> None:
        plan = self.import_wizard.plan
        top = plan.table.top
        width = min(PREVIEW_COLUMNS, max((len(c) for _, c in top), default=0))
        self.table.clear()
        self.table.setRowCount(len(top))
        self.table.setColumnCount(width)
        self.table.setVerticalHeaderLabels([str(n) for n, _ in top])
        header_row = self.import_wizard.header_row
        bold = QFont()
        bold.setBold(True)
        for r, (number, cells) in enumerate(top):
            for c in range(width):
                item = QTableWidgetItem(cell_text(cells[c]) if c < len(cells) else "")
                if number == header_row:
                    item.setFont(bold)
                    item.setBackground(QBrush(QColor("#e3ecfa")))
                elif header_row and number < header_row:
                    item.setForeground(QBrush(QColor("#9aa0a6")))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        total = max((len(c) for _, c in top), default=0)
        self.message.setText(
            self.tr("The first {n} rows; {columns} columns.").format(n=len(top), columns=total)
        )

    def _header_changed(self) -> None:
        if self._filling:
            return
        self.import_wizard.header_row = self.header.currentData()
        self.import_wizard.mapping = {}
        self._show_rows()

    def _sheet_changed(self) -> None:
        if self._filling or not self.sheet.isVisible():
            return
        name = self.sheet.currentText()
        wizard = self.import_wizard
        options = wizard.plan_options(name)
        path = wizard.path
        self.progress.show()
        job = Job(lambda on_progress, is_cancelled: plan_file(None, path, options), self)
        job.finished.connect(self._reloaded)
        job.failed.connect(self._failed)
        job.done.connect(self.progress.hide)
        self.start_job(job)
        self.completeChanged.emit()

    def _reloaded(self, plan: FilePlan) -> None:
        self._error = False
        wizard = self.import_wizard
        wizard.plan = plan
        wizard.header_row = None
        wizard.mapping = {}
        self.message.setStyleSheet("")
        self._fill()

    def _failed(self, message: str, is_bug: bool) -> None:
        self._error = True
        self.message.setStyleSheet("color: #a33;")
        self.message.setText(message)
        self.table.setRowCount(0)

    def isComplete(self) -> bool:
        plan = self.import_wizard.plan
        return plan is not None and bool(plan.table.top) and not self.busy() and not self._error
