"""Starting the desktop app: the QApplication, opening the workspace (asking for a passphrase when
no keyring holds its key), the main window, and a last-resort handler for errors.

A `UserError` that reaches the event loop becomes a warning dialog with its sentence; anything
else is a bug: its traceback goes to the log and the user sees a polite message.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from storage.errors import EXIT_DATABASE, PassphraseRequired, UserError, WorkspaceError
from storage.workspace import Workspace

from .contact_model import translate_message
from .workers import bug_message

log = logging.getLogger(__name__)

APP_NAME = "Clearlist"
TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def run_app(db_path: Path | None = None, as_of: dt.date | None = None) -> int:
    """Run the desktop app until its window closes; returns the process exit code."""
    app = _application()
    previous_hook = sys.excepthook
    sys.excepthook = _excepthook
    try:
        path = Path(db_path) if db_path is not None else _default_db_path()
        ws = open_workspace(path, as_of)
        if ws is None:  # refused (the user saw why) or no passphrase given
            return EXIT_DATABASE
        from .main_window import MainWindow  # after the workspace: a faster first dialog

        window = MainWindow(ws, as_of=as_of)
        window.show()
        try:
            return int(app.exec())
        finally:
            ws.close()
    finally:
        sys.excepthook = previous_hook


def _application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    translator = QTranslator(app)
    if translator.load(QLocale.system(), "clearlist", "_", str(TRANSLATIONS)):
        app.installTranslator(translator)
    return app  # type: ignore[return-value]


def _default_db_path() -> Path:
    from main import default_db_path  # main imports gui, not the other way round at load time

    return default_db_path()


def open_workspace(
    path: Path,
    as_of: dt.date | None = None,
    *,
    parent: QWidget | None = None,
    opener: Callable[..., Workspace] = Workspace.open,
) -> Workspace | None:
    """Open the workspace, asking for a passphrase when needed; None when it did not open.

    Every refusal (not a workspace, newer version, read-only folder, locked keyring...) is a
    `WorkspaceError` with a sentence for the user, shown in a dialog; the file is unchanged.
    """
    try:
        return opener(path, today=as_of)
    except PassphraseRequired as exc:
        from .unlock_dialog import UnlockDialog

        dialog = UnlockDialog(
            path,
            creating=exc.creating,
            opener=lambda passphrase: opener(path, passphrase=passphrase, today=as_of),
            parent=parent,
        )
        if dialog.exec() == QDialog.Accepted:
            return dialog.workspace
        return None
    except WorkspaceError as exc:
        log.info("workspace not opened: %s", type(exc).__name__)
        show_open_error(parent, path, exc.message)
        return None


def show_open_error(parent: QWidget | None, path: Path, message: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Critical)
    box.setWindowTitle(QCoreApplication.translate("app", "Clearlist"))
    box.setText(QCoreApplication.translate("app", "Clearlist cannot open the workspace."))
    box.setInformativeText(translate_message(message))
    box.setDetailedText(QCoreApplication.translate("app", "File: {path}").format(path=str(path)))
    box.exec()


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> Any:
    """Errors that escape a slot: a UserError is shown as it is, anything else as a bug."""
    parent = QApplication.activeWindow()
    title = QCoreApplication.translate("app", "Clearlist")
    if isinstance(exc, UserError):
        log.info("user error in the GUI: %s", type(exc).__name__)
        QMessageBox.warning(parent, title, translate_message(exc.message))
        return
    log.error("unexpected error in the GUI", exc_info=(kind, exc, tb))
    QMessageBox.critical(parent, title, bug_message())
