"""Opening a workspace from the app: the passphrase dialog, and refusals shown as clear dialogs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import pytest
from keyring.errors import KeyringError
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from gui.app import open_workspace, run_app
from gui.unlock_dialog import UnlockDialog
from storage.workspace import Workspace

PASSPHRASE = "correct horse battery"


@pytest.fixture
def locked_path(ws_path: Path, no_keyring: None) -> Path:
    """A workspace protected by a passphrase (no keyring)."""
    Workspace.open(ws_path, passphrase=PASSPHRASE).close()
    return ws_path


def opener(path: Path):  # noqa: ANN201
    return lambda passphrase: Workspace.open(path, passphrase=passphrase)


def test_wrong_passphrase_is_said_in_the_dialog_then_the_right_one_opens(
    qtbot: Any, locked_path: Path
) -> None:
    before = locked_path.read_bytes()
    dialog = UnlockDialog(locked_path, creating=False, opener=opener(locked_path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.confirm.isHidden()
    qtbot.keyClicks(dialog.passphrase, "Correct horse battery")
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
    assert dialog.isVisible() and dialog.workspace is None
    assert dialog.error.isVisible()
    assert "does not open the workspace" in dialog.error.text()
    assert locked_path.read_bytes() == before

    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key_Return)
    assert dialog.result() == QDialog.Accepted
    assert dialog.workspace is not None
    assert dialog.workspace.key.mode == "passphrase"
    dialog.workspace.close()


def test_a_new_passphrase_is_typed_twice_and_long_enough(
    qtbot: Any, ws_path: Path, no_keyring: None
) -> None:
    dialog = UnlockDialog(ws_path, creating=True, opener=opener(ws_path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "short")
    qtbot.keyClicks(dialog.confirm, "short")
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
    assert dialog.error.text() == "Use at least 8 characters."
    assert not ws_path.exists()

    dialog.passphrase.clear()
    dialog.confirm.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.confirm, PASSPHRASE + "!")
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
    assert "differ" in dialog.error.text()
    assert not ws_path.exists()

    dialog.confirm.clear()
    qtbot.keyClicks(dialog.confirm, PASSPHRASE)
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
    assert dialog.result() == QDialog.Accepted
    dialog.workspace.close()
    Workspace.open(ws_path, passphrase=PASSPHRASE).close()  # the chosen one opens it


def type_into_next_dialog(passphrase: str) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UnlockDialog):
            QTimer.singleShot(20, fill)
            return
        dialog.findChild(QLineEdit, "passphrase").setText(passphrase)
        dialog.ok_button.click()

    QTimer.singleShot(0, fill)


def test_open_workspace_asks_for_the_passphrase(qtbot: Any, locked_path: Path) -> None:
    type_into_next_dialog(PASSPHRASE)
    ws = open_workspace(locked_path, dt.date(2026, 11, 28))
    assert ws is not None
    assert ws.today == dt.date(2026, 11, 28)
    ws.close()


def test_a_plain_sqlite_file_is_refused_with_a_dialog(
    qtbot: Any, tmp_path: Path, answer_dialog: Any
) -> None:
    import sqlite3

    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    before = path.read_bytes()
    seen = answer_dialog("OK")
    assert open_workspace(path) is None
    assert seen["text"] == "Clearlist cannot open the workspace."
    assert "unencrypted SQLite database" in seen["informative"]
    assert path.read_bytes() == before


def test_a_newer_workspace_is_refused_untouched(
    qtbot: Any, ws_path: Path, answer_dialog: Any
) -> None:
    ws = Workspace.open(ws_path)
    ws.conn.execute("PRAGMA user_version = 99")
    ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ws.close()
    before = ws_path.read_bytes()
    seen = answer_dialog("OK")
    assert open_workspace(ws_path) is None
    assert "newer version of Clearlist" in seen["informative"]
    assert ws_path.read_bytes() == before


class LockedKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringError("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("locked")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringError("locked")


def test_a_locked_keyring_is_explained(qtbot: Any, ws_path: Path, answer_dialog: Any) -> None:
    Workspace.open(ws_path).close()
    keyring.set_keyring(LockedKeyring())  # the autouse memory keyring puts things back
    seen = answer_dialog("OK")
    assert open_workspace(ws_path) is None
    assert "keyring is locked" in seen["informative"]


def test_run_app_opens_the_window_and_returns_when_it_closes(
    qtbot: Any, filled_ws: Any, ws_path: Path
) -> None:
    filled_ws.close()

    def close_window() -> None:
        window = QApplication.activeWindow()
        if window is None or window.__class__.__name__ != "MainWindow":
            QTimer.singleShot(20, close_window)
            return
        assert window.page("contacts").model.rowCount() == 5
        window.close()

    QTimer.singleShot(0, close_window)
    assert run_app(ws_path, dt.date(2026, 11, 28)) == 0


def test_run_app_exits_with_4_when_the_workspace_is_refused(
    qtbot: Any, tmp_path: Path, answer_dialog: Any
) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    answer_dialog("OK")
    assert run_app(path, None) == 4
