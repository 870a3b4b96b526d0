"""The dialog that logs a person's request (access, rectification, erasure, objection)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from compliance.deadlines import request_deadline
from storage import requests
from storage.workspace import Workspace

from .formatting import format_date
from .request_form import RequestFormDialog, qdate


def kind_labels() -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication

    return {
        "access": QCoreApplication.translate("requests", "Access (a copy of their data)"),
        "rectification": QCoreApplication.translate(
            "requests", "Rectification (correct their data)"
        ),
        "erasure": QCoreApplication.translate("requests", "Erasure (delete their data)"),
        "objection": QCoreApplication.translate("requests", "Objection (no more marketing)"),
    }


class RequestDialog(RequestFormDialog):
    """Log a request; `request_id` holds the new id after `accept()`."""

    def __init__(
        self,
        ws: Workspace,
        parent: QWidget | None = None,
        *,
        email: str = "",
        contact_id: int | None = None,
        kind: str = "access",
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self._contact_id = contact_id
        self.request_id: int | None = None
        self.setWindowTitle(self.tr("Log a request"))

        self.kind = QComboBox(self)
        for key, label in kind_labels().items():
            self.kind.addItem(label, key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.email = QLineEdit(email, self)
        self.email.setPlaceholderText(self.tr("name@example.com"))
        self.email.setReadOnly(contact_id is not None)
        self.received = self.date_edit(ws.today)
        self.received.setMaximumDate(qdate(ws.today))
        self.identity = QLineEdit(self)
        self.identity.setPlaceholderText(
            self.tr("e.g. the request came from the address we hold; ID card seen")
        )
        self.deadline = QLabel(self)

        form = QFormLayout()
        form.addRow(self.tr("Request"), self.kind)
        form.addRow(self.tr("Person's e-mail address"), self.email)
        form.addRow(self.tr("Received on"), self.received)
        form.addRow(self.tr("How identity was checked"), self.identity)
        form.addRow(self.tr("Answer by"), self.deadline)
        self.lay_out(form, self.tr("Log the request"))
        self.received.dateChanged.connect(self._show_deadline)
        self._show_deadline()

    def _show_deadline(self) -> None:
        deadline = request_deadline(self.received.date().toPython())
        self.deadline.setText(
            self.tr(
                "{date} (one month; can be extended by two months if you tell the person "
                "within the first month)"
            ).format(date=format_date(deadline))
        )

    def accept(self) -> None:
        def log() -> None:
            self.request_id = requests.log_request(
                self._ws,
                self.kind.currentData(),
                email=None if self._contact_id else self.email.text(),
                contact_id=self._contact_id,
                received_on=self.received.date().toPython(),
                identity_check=self.identity.text(),
            )

        self.accept_after(log)
