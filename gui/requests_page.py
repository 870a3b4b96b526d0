"""The requests log (GDPR art. 12 and 15-21): every request with its receipt date, identity check,
deadline, status, outcome and the file sent; overdue ones in red, those due this week in amber.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
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

from compliance.deadlines import Urgency
from storage import requests
from storage.errors import UserError
from storage.workspace import Workspace

from .formatting import format_date
from .messages import translate_message
from .request_close_dialog import RequestCloseDialog
from .request_dialog import RequestDialog, kind_labels
from .request_extend_dialog import RequestExtendDialog

OVERDUE = QColor("#fde2e1")
DUE_SOON = QColor("#fff1c2")


class RequestsPage(QWidget):
    """Registered in `gui.main_window.PAGES`."""

    status_text_changed = Signal(str)
    status_message = Signal(str)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._rows: list[requests.Request] = []

        self.filter = QComboBox(self)
        self.filter.setObjectName("requests_filter")
        self.filter.addItem(self.tr("Open requests"), "open")
        self.filter.addItem(self.tr("Overdue or due this week"), "due")
        self.filter.addItem(self.tr("All requests"), None)
        self.filter.currentIndexChanged.connect(self.refresh)
        self.summary = QLabel(self)
        self.summary.setObjectName("requests_summary")

        self.table = QTableWidget(self)
        self.table.setObjectName("requests_table")
        headers = [
            self.tr("Received"),
            self.tr("Request"),
            self.tr("Person"),
            self.tr("Identity checked by"),
            self.tr("Answer by"),
            self.tr("Status"),
            self.tr("Outcome"),
            self.tr("File sent"),
        ]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.open_person())

        self.new_button = QPushButton(self.tr("New request…"), self)
        self.new_button.clicked.connect(self.new_request)
        self.extend_button = QPushButton(self.tr("Extend the deadline…"), self)
        self.extend_button.clicked.connect(self.extend)
        self.close_button = QPushButton(self.tr("Close…"), self)
        self.close_button.clicked.connect(self.close_request)
        self.person_button = QPushButton(self.tr("Open the person"), self)
        self.person_button.clicked.connect(self.open_person)

        top = QHBoxLayout()
        top.addWidget(self.filter)
        top.addWidget(self.summary, 1)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.extend_button, self.close_button, self.person_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    # ------------------------------------------------------------------ data
    def refresh(self) -> None:
        choice = self.filter.currentData()
        if choice == "due":
            due = requests.due_requests(self._ws)
            rows = due.overdue + due.due_this_week
        else:
            rows = requests.list_requests(self._ws, status=choice)
        self._rows = rows
        labels = kind_labels()
        statuses = {
            "open": self.tr("open"),
            "done": self.tr("answered"),
            "refused": self.tr("refused"),
        }
        self.table.setRowCount(len(rows))
        for r, request in enumerate(rows):
            urgency = request.urgency(self._ws.today)
            person = request.contact_email or self.tr("(no contact: erased or unknown)")
            if request.contact_name:
                person = f"{request.contact_name} <{person}>"
            deadline = format_date(request.deadline)
            if request.extended:
                deadline += " " + self.tr("(extended)")
            status = statuses.get(request.status, request.status)
            if urgency is Urgency.OVERDUE:
                status += " — " + self.tr("OVERDUE")
            elif urgency is Urgency.DUE_THIS_WEEK:
                status += " — " + self.tr("due this week")
            values = [
                format_date(request.received_on),
                labels.get(request.kind, request.kind),
                person,
                request.identity_check or "",
                deadline,
                status,
                request.outcome or "",
                request.file_sent or "",
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.UserRole, request.id)
                if urgency is Urgency.OVERDUE:
                    item.setBackground(QBrush(OVERDUE))
                elif urgency is Urgency.DUE_THIS_WEEK:
                    item.setBackground(QBrush(DUE_SOON))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        due = requests.due_requests(self._ws)
        text = self.tr("{overdue} overdue, {soon} due this week").format(
            overdue=len(due.overdue), soon=len(due.due_this_week)
        )
        self.summary.setText(text)
        self.status_text_changed.emit(text)
        self._selection_changed()

    def status_text(self) -> str:
        return self.summary.text()

    def selected(self) -> requests.Request | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def select_request(self, request_id: int) -> None:
        for r, request in enumerate(self._rows):
            if request.id == request_id:
                self.table.selectRow(r)
                return

    def _selection_changed(self) -> None:
        request = self.selected()
        is_open = request is not None and request.status == "open"
        self.extend_button.setEnabled(is_open and not request.extended)  # type: ignore[union-attr]
        self.close_button.setEnabled(is_open)
        self.person_button.setEnabled(request is not None and request.contact_id is not None)

    # ------------------------------------------------------------------ actions
    def new_request(self) -> None:
        dialog = RequestDialog(self._ws, self)
        if dialog.exec() == QDialog.Accepted and dialog.request_id is not None:
            self.refresh()
            self.select_request(dialog.request_id)
            self.status_message.emit(self.tr("The request was logged."))

    def extend(self) -> None:
        request = self.selected()
        if request is None:
            return
        dialog = RequestExtendDialog(self._ws, request, self)
        if dialog.exec() == QDialog.Accepted:
            self.refresh()
            self.select_request(request.id)

    def close_request(self) -> None:
        request = self.selected()
        if request is None:
            return
        dialog = RequestCloseDialog(self._ws, request, self)
        if dialog.exec() == QDialog.Accepted:
            self.refresh()

    def open_person(self) -> None:
        request = self.selected()
        if request is None or request.contact_id is None:
            return
        window = self.window()
        if not hasattr(window, "show_page"):
            return
        try:
            page = window.show_page("person")
        except ValueError:
            return
        page.show_person(contact_id=request.contact_id)

    def _warn(self, error: UserError) -> None:
        QMessageBox.warning(self, self.tr("Requests"), translate_message(error.message))
