"""GUI fixtures: private QSettings, a small workspace, the main window, and modal-dialog answers.

Small workspaces only (a handful of contacts): the million-contact figures are bench/bench_gui.py's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox

PEOPLE = [
    {"email": "anna.berg@example.se", "first_name": "Anna", "last_name": "Berg",
     "company": "Bergs Bygg AB", "job_title": "VD", "country": "SE"},
    {"email": "jean.dupont@exemple.fr", "first_name": "Jean", "last_name": "Dupont",
     "company": "Dupont SARL", "job_title": "Gérant", "country": "FR"},
    {"email": "claire.martin@exemple.fr", "first_name": "Claire", "last_name": "Martin",
     "company": "Atelier Martin", "job_title": "Comptable", "country": "FR"},
    {"email": "olof.lind@example.se", "first_name": "Olof", "last_name": "Lind",
     "company": "Acme Nordic AB", "job_title": "Inköpschef", "country": "SE"},
    {"email": "sales@zeta.example", "company": "Zeta Ltd", "country": "GB"},
]  # fmt: skip


# The offscreen platform cannot pass size hints to a window system; it says so on every window.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path, qapp: QApplication) -> Iterator[None]:
    """QSettings in a temporary folder, never the user's own."""
    QCoreApplication.setOrganizationName("ClearlistTests")
    QCoreApplication.setApplicationName("ClearlistTests")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture
def filled_ws(ws: Any) -> Any:
    from storage.contacts import add_contact

    for person in PEOPLE:
        add_contact(ws, person)
    return ws


@pytest.fixture
def window(qtbot: Any, filled_ws: Any) -> Iterator[Any]:
    from gui.main_window import MainWindow

    win = MainWindow(filled_ws)
    win.resize(1200, 700)
    win.show()
    qtbot.waitExposed(win)
    yield win
    # A failed test may leave an edit unsaved: closing would then wait for an answer forever.
    # (So the window is closed here, not by qtbot, which closes widgets before this runs.)
    detail = win.page("contacts").detail
    if detail.is_dirty():
        detail.revert()
    win.close()
    win.deleteLater()


@pytest.fixture
def page(window: Any) -> Any:
    return window.page("contacts")


@pytest.fixture
def answer_dialog(qtbot: Any) -> Callable[[str], dict[str, str]]:
    """Arm an answer to the next modal dialog: click the button whose text contains `label`.

    Returns a dict filled with the dialog's texts once it was answered.
    """

    def arm(label: str) -> dict[str, str]:
        seen: dict[str, str] = {}

        def answer() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(20, answer)
                return
            if isinstance(dialog, QMessageBox):
                seen["text"] = dialog.text()
                seen["informative"] = dialog.informativeText()
            for button in dialog.findChildren(QAbstractButton):
                if label.lower() in button.text().replace("&", "").lower():
                    seen["clicked"] = button.text()
                    button.click()
                    return
            seen["clicked"] = ""
            dialog.close()

        QTimer.singleShot(0, answer)
        return seen

    return arm
