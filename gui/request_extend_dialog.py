"""Extending a request's deadline by two months (art. 12(3)): when the person was told."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from compliance.deadlines import request_deadline
from storage import requests
from storage.errors import UserError
from storage.workspace import Workspace

from .contact_model import ERROR_STYLE
from .formatting import format_date
from .messages import translate_message


class RequestExtendDialog(QDialog):
    def __init__(
        self, ws: Workspace, request: requests.Request, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self._request = request
        self.setWindowTitle(self.tr("Extend the deadline"))
        first = request_deadline(request.received_on)
        later = request_deadline(request.received_on, extended=True)
        explain = QLabel(
            self.tr(
                "The answer may take two more months (until {later}) for a complex request, "
                "provided the person is told, with the reasons, within the first month (by "
                "{first})."
            ).format(later=format_date(later), first=format_date(first)),
            self,
        )
        explain.setWordWrap(True)
        self.told_on = QDateEdit(self)
        self.told_on.setCalendarPopup(True)
        self.told_on.setDisplayFormat("yyyy-MM-dd")
        today = ws.today
        self.told_on.setDate(QDate(today.year, today.month, today.day))
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("The person was told on"), self.told_on)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Extend"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            requests.extend_request(
                self._ws, self._request.id, told_on=self.told_on.date().toPython()
            )
        except UserError as exc:
            self.error.setText(translate_message(exc.message))
            self.error.show()
            return
        super().accept()
