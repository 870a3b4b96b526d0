"""What the request dialogs share: a date field, an error line under the form, the buttons, and
running the storage call that either succeeds (the dialog closes) or says why it did not."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

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

from storage.errors import UserError

from .contact_model import ERROR_STYLE
from .messages import translate_message


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class RequestFormDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

    def date_edit(self, day: dt.date) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(qdate(day))
        return edit

    def lay_out(self, form: QFormLayout, ok_text: str, above: QWidget | None = None) -> None:
        """Form, error line and OK/Cancel (OK reading `ok_text`), with `above` on top."""
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(ok_text)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if above is not None:
            layout.addWidget(above)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept_after(self, action: Callable[[], object]) -> None:
        """Run `action`; close on success, else show its sentence and stay open."""
        try:
            action()
        except UserError as exc:
            self.error.setText(translate_message(exc.message))
            self.error.show()
            return
        super().accept()
