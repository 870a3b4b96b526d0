"""Closing a request: answered or refused, the outcome, and the file sent to the person."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from storage import requests
from storage.errors import UserError
from storage.workspace import Workspace

from .contact_model import ERROR_STYLE
from .messages import translate_message


class RequestCloseDialog(QDialog):
    def __init__(
        self, ws: Workspace, request: requests.Request, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self._request = request
        self.setWindowTitle(self.tr("Close the request"))
        self.status = QComboBox(self)
        self.status.addItem(self.tr("Answered"), "done")
        self.status.addItem(self.tr("Refused (say why)"), "refused")
        self.outcome = QPlainTextEdit(request.outcome or "", self)
        self.outcome.setPlaceholderText(
            self.tr("What was done, or why the request is refused (the person must be told)")
        )
        self.outcome.setMaximumHeight(90)
        self.file_sent = QLineEdit(request.file_sent or "", self)
        self.file_sent.setPlaceholderText(self.tr("e.g. access-report.pdf"))
        self.closed_on = QDateEdit(self)
        self.closed_on.setCalendarPopup(True)
        self.closed_on.setDisplayFormat("yyyy-MM-dd")
        today = ws.today
        self.closed_on.setDate(QDate(today.year, today.month, today.day))
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Result"), self.status)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("File sent"), self.file_sent)
        form.addRow(self.tr("Closed on"), self.closed_on)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Close the request"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            requests.close_request(
                self._ws,
                self._request.id,
                status=self.status.currentData(),
                outcome=self.outcome.toPlainText(),
                file_sent=self.file_sent.text(),
                closed_on=self.closed_on.date().toPython(),
            )
        except UserError as exc:
            self.error.setText(translate_message(exc.message))
            self.error.show()
            return
        super().accept()
