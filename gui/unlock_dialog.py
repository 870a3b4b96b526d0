"""The passphrase dialog: shown when no system keyring holds the workspace key.

For a new workspace the user chooses a passphrase and types it twice; for an existing one they
enter it. The dialog itself tries to open the workspace (through the `opener` it is given), so a
wrong passphrase is said inside the dialog and the user can try again without starting over.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from storage.errors import WorkspaceError, WrongPassphrase
from storage.keys import MIN_PASSPHRASE_LENGTH

from .contact_model import ERROR_STYLE, translate_message

log = logging.getLogger(__name__)


class UnlockDialog(QDialog):
    """Asks for the passphrase and opens the workspace with it; `workspace` holds the result."""

    def __init__(
        self,
        path: Path,
        *,
        creating: bool,
        opener: Callable[[str], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._opener = opener
        self._creating = creating
        self.workspace: Any = None
        self.setWindowTitle(
            self.tr("Create a workspace") if creating else self.tr("Unlock the workspace")
        )
        self.setModal(True)

        intro = QLabel(self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.PlainText)
        if creating:
            intro.setText(
                self.tr(
                    "No system keyring is available to keep this workspace's key, so it will be "
                    "protected by a passphrase. Choose one of at least {n} characters: you will "
                    "need it each time you open Clearlist, and nobody can recover it for you."
                ).format(n=MIN_PASSPHRASE_LENGTH)
            )
        else:
            intro.setText(
                self.tr("This workspace is locked with a passphrase. Enter it to open it.")
            )
        where = QLabel(self.tr("Workspace: {path}").format(path=str(path)), self)
        where.setWordWrap(True)
        where.setEnabled(False)
        where.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.Password)
        self.confirm = QLineEdit(self)
        self.confirm.setObjectName("confirm")
        self.confirm.setEchoMode(QLineEdit.Password)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        if creating:
            form.addRow(self.tr("Again:"), self.confirm)
        else:
            self.confirm.hide()

        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.Ok)
        self.ok_button.setText(self.tr("Create") if creating else self.tr("Unlock"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.passphrase.setFocus()

    def accept(self) -> None:
        passphrase = self.passphrase.text()
        problem = self._problem(passphrase)
        if problem:
            self._show_error(problem)
            return
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            self.workspace = self._opener(passphrase)
        except WrongPassphrase:
            log.info("workspace unlock refused: wrong passphrase")
            self._show_error(
                self.tr(
                    "This passphrase does not open the workspace. Check it (capital letters "
                    "count) and try again. If it still fails, the file may not be a Clearlist "
                    "workspace."
                )
            )
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        except WorkspaceError as exc:
            self._show_error(translate_message(exc.message))
            return
        finally:
            QApplication.restoreOverrideCursor()
        super().accept()

    def _problem(self, passphrase: str) -> str | None:
        if not passphrase:
            return self.tr("Enter the passphrase.")
        if self._creating:
            if len(passphrase) < MIN_PASSPHRASE_LENGTH:
                return self.tr("Use at least {n} characters.").format(n=MIN_PASSPHRASE_LENGTH)
            if passphrase != self.confirm.text():
                return self.tr("The two passphrases differ: type the same one twice.")
        return None

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.adjustSize()  # grow to show every line of the message
