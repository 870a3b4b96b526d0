"""Starting the desktop app: the QApplication, opening the workspace (asking for a passphrase when
no keyring holds its key), the main window, and a last-resort handler for errors.

A `UserError` that reaches the event loop becomes a warning dialog with its sentence; anything
else is a bug: its traceback goes to the log and the user sees a polite message.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from storage.errors import EXIT_DATABASE, PassphraseRequired, UserError, WorkspaceError

from .i18n import install_translators, saved_language
from .messages import translate_message
from .workers import bug_message

if TYPE_CHECKING:
    from storage.workspace import Workspace

log = logging.getLogger(__name__)

APP_NAME = "Clearlist"


def run_app(db_path: Path | None = None, as_of: dt.date | None = None) -> int:
    """Run the desktop app until its window closes; returns the process exit code."""
    app = _application()
    previous_hook = sys.excepthook
    sys.excepthook = _excepthook
    try:
        window = open_main_window(db_path, as_of)
        if window is None:  # refused (the user saw why) or no passphrase given
            return EXIT_DATABASE
        try:
            return int(app.exec())
        finally:
            window.ws.close()
    finally:
        sys.excepthook = previous_hook


def open_main_window(db_path: Path | None, as_of: dt.date | None = None) -> Any:
    """Open the workspace (asking for what is needed) and show the main window, or None."""
    load_storage()
    from storage.workspace import default_db_path

    path = Path(db_path) if db_path is not None else default_db_path()
    ws = open_workspace(path, as_of)
    if ws is None:
        return None
    from .main_window import MainWindow  # after the workspace: a faster first dialog

    window = MainWindow(ws, as_of=as_of)
    window.show()
    return window


def load_storage() -> None:
    """Import the storage layer, without the DataFrame libraries sqlite-utils would pull in."""
    with _without_dataframe_libraries():
        import storage.workspace  # noqa: F401


def _application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    # The language the user chose (Settings > Language), or the system's; QSettings needs the
    # names set just above.
    install_translators(app, saved_language())
    return app  # type: ignore[return-value]


@contextlib.contextmanager
def _without_dataframe_libraries() -> Iterator[None]:
    """sqlite-utils imports pandas and numpy whenever they are installed (for DataFrame support
    Clearlist never uses): ~0.3 s of a 2 s start budget. Hide them while it is first imported;
    later imports of pandas or numpy work as usual."""
    hidden = [name for name in ("pandas", "numpy") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # import raises ImportError
    try:
        yield
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]


def open_workspace(
    path: Path,
    as_of: dt.date | None = None,
    *,
    parent: QWidget | None = None,
    opener: Callable[..., Workspace] | None = None,
) -> Workspace | None:
    """Open the workspace, asking for a passphrase when needed; None when it did not open.

    Every refusal (not a workspace, newer version, read-only folder, locked keyring...) is a
    `WorkspaceError` with a sentence for the user, shown in a dialog; the file is unchanged.
    """
    if opener is None:
        from storage.workspace import Workspace

        opener = Workspace.open
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
    box.setInformativeText(_translate_message(message))
    box.setDetailedText(QCoreApplication.translate("app", "File: {path}").format(path=str(path)))
    box.exec()


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> Any:
    """Errors that escape a slot: a UserError is shown as it is, anything else as a bug."""
    parent = QApplication.activeWindow()
    title = QCoreApplication.translate("app", "Clearlist")
    if isinstance(exc, UserError):
        log.info("user error in the GUI: %s", type(exc).__name__)
        QMessageBox.warning(parent, title, _translate_message(exc.message))
        return
    log.error("unexpected error in the GUI", exc_info=(kind, exc, tb))
    QMessageBox.critical(parent, title, bug_message())


def _translate_message(text: str) -> str:
    return translate_message(text)
