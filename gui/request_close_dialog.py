"""Closing a request: answered or refused, the outcome, and the file sent to the person."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from storage import requests
from storage.workspace import Workspace

from .request_form import RequestFormDialog


class RequestCloseDialog(RequestFormDialog):
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
        self.closed_on = self.date_edit(ws.today)
        form = QFormLayout()
        form.addRow(self.tr("Result"), self.status)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("File sent"), self.file_sent)
        form.addRow(self.tr("Closed on"), self.closed_on)
        self.lay_out(form, self.tr("Close the request"))

    def accept(self) -> None:
        self.accept_after(
            lambda: requests.close_request(
                self._ws,
                self._request.id,
                status=self.status.currentData(),
                outcome=self.outcome.toPlainText(),
                file_sent=self.file_sent.text(),
                closed_on=self.closed_on.date().toPython(),
            )
        )
