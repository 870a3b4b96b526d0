"""Extending a request's deadline by two months (art. 12(3)): when the person was told."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QWidget,
)

from compliance.deadlines import request_deadline
from storage import requests
from storage.workspace import Workspace

from .formatting import format_date
from .request_form import RequestFormDialog


class RequestExtendDialog(RequestFormDialog):
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
        self.told_on = self.date_edit(ws.today)
        form = QFormLayout()
        form.addRow(self.tr("The person was told on"), self.told_on)
        self.lay_out(form, self.tr("Extend"), above=explain)

    def accept(self) -> None:
        self.accept_after(
            lambda: requests.extend_request(
                self._ws, self._request.id, told_on=self.told_on.date().toPython()
            )
        )
