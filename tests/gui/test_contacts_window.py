"""The main window and its contacts page, driven through their real widgets (offscreen)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from storage.contacts import TABLE_COLUMNS, ContactQuery, find_contact_id, get_contact


def column_values(page: Any, field: str) -> list[str]:
    model, column = page.model, TABLE_COLUMNS.index(field)
    return [model.index(r, column).data() for r in range(model.rowCount())]


def counts_text(window: Any) -> str:
    return window.findChild(QLabel, "counts").text()


def click_header(qtbot: Any, page: Any, field: str) -> None:
    header = page.table.horizontalHeader()
    column = TABLE_COLUMNS.index(field)
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(x, header.height() // 2))


def select_email(qtbot: Any, page: Any, email: str) -> None:
    row = column_values(page, "email").index(email)
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.LeftButton, pos=rect.center())
    assert page.detail.contact_id == find_contact_id(page._ws, email)


def test_opens_on_the_contacts_with_counts(window: Any, page: Any) -> None:
    assert window.sidebar.count() >= 1
    assert window.sidebar.item(0).text() == "Contacts"
    assert page.model.rowCount() == 5
    assert counts_text(window) == "5 contacts"
    # Sorted by last name, blanks (a role address) last.
    assert column_values(page, "last_name") == ["Berg", "Dupont", "Lind", "Martin", ""]


def test_search_filters_as_the_user_types(qtbot: Any, window: Any, page: Any) -> None:
    qtbot.keyClicks(page.search, "dupo")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert column_values(page, "email") == ["jean.dupont@exemple.fr"]
    assert counts_text(window) == "1 of 5 contacts match"
    # Company words and address parts are searched too.
    page.search.clear()
    qtbot.keyClicks(page.search, "acme nor")
    qtbot.waitUntil(lambda: column_values(page, "email") == ["olof.lind@example.se"], timeout=2000)
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=2000)
    assert counts_text(window) == "5 contacts"


def test_a_search_without_result_says_so(qtbot: Any, page: Any) -> None:
    qtbot.keyClicks(page.search, "nobody")
    qtbot.waitUntil(lambda: page.empty.isVisible(), timeout=2000)
    assert "nobody" in page.empty._title.text()
    qtbot.mouseClick(page.empty.clear_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.table.isVisible() and page.model.rowCount() == 5, timeout=2000)


def test_header_clicks_sort_in_sql(qtbot: Any, page: Any) -> None:
    click_header(qtbot, page, "company")
    assert page.model.query.sort_column == "company"
    assert column_values(page, "company") == [
        "Acme Nordic AB",
        "Atelier Martin",
        "Bergs Bygg AB",
        "Dupont SARL",
        "Zeta Ltd",
    ]
    click_header(qtbot, page, "company")
    assert page.model.query.descending
    assert column_values(page, "company")[0] == "Zeta Ltd"
    click_header(qtbot, page, "email")
    assert column_values(page, "email")[0] == "anna.berg@example.se"


def test_ctrl_f_focuses_the_search(qtbot: Any, window: Any, page: Any) -> None:
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key_F, Qt.ControlModifier)
    qtbot.waitUntil(lambda: page.search.hasFocus(), timeout=2000)


def test_edit_refuses_a_bad_date_then_saves_the_fixed_one(
    qtbot: Any, page: Any, filled_ws: Any
) -> None:
    select_email(qtbot, page, "claire.martin@exemple.fr")
    contact_id = page.detail.contact_id
    consent_date = page.detail.editor("consent_date")
    assert isinstance(consent_date, QLineEdit)
    qtbot.keyClicks(consent_date, "31/12/2025")
    save = next(b for b in page.detail.findChildren(QPushButton) if b.text() == "Save")
    qtbot.mouseClick(save, Qt.LeftButton)
    assert page.detail.error_text("consent_date") == "Use a date written as YYYY-MM-DD."
    assert page.detail.findChild(QLabel, "error_consent_date").isVisible()
    assert get_contact(filled_ws, contact_id)["consent_date"] is None  # nothing saved

    consent_date.clear()
    qtbot.keyClicks(consent_date, "2025-12-31")
    qtbot.mouseClick(save, Qt.LeftButton)
    assert page.detail.error_text("consent_date") == ""
    assert get_contact(filled_ws, contact_id)["consent_date"] == "2025-12-31"
    actions = [r[0] for r in filled_ws.conn.execute("SELECT action FROM audit_log")]
    assert actions[-1] == "contact.updated"


def test_edit_refuses_an_invalid_address(qtbot: Any, page: Any, filled_ws: Any) -> None:
    select_email(qtbot, page, "anna.berg@example.se")
    email = page.detail.editor("email")
    qtbot.mouseClick(email, Qt.LeftButton)
    qtbot.waitUntil(email.hasFocus, timeout=2000)
    email.clear()
    qtbot.keyClicks(email, "anna.berg@")
    qtbot.keyClick(email, Qt.Key_S, Qt.ControlModifier)
    assert page.detail.error_text("email") == "This is not a valid e-mail address."
    assert find_contact_id(filled_ws, "anna.berg@example.se") is not None


def test_detail_lists_the_sources_read_only(qtbot: Any, page: Any) -> None:
    select_email(qtbot, page, "jean.dupont@exemple.fr")
    sources = page.detail._sources
    assert sources.count() == 1
    assert sources.item(0).text() == "Manual: Entered by hand (acquired 2026-11-28)"
    assert sources.selectionMode() == sources.SelectionMode.NoSelection


def test_ctrl_n_adds_a_contact(qtbot: Any, window: Any, page: Any, filled_ws: Any) -> None:
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key_N, Qt.ControlModifier)
    assert page.detail.is_new
    qtbot.keyClicks(page.detail.editor("email"), "Nils.Holm@Example.SE")
    qtbot.keyClicks(page.detail.editor("last_name"), "Holm")
    page.detail.editor("audience").setCurrentIndex(1)  # B2B
    save = next(b for b in page.detail.findChildren(QPushButton) if b.text() == "Save")
    qtbot.mouseClick(save, Qt.LeftButton)
    assert not page.detail.is_new
    contact = get_contact(filled_ws, find_contact_id(filled_ws, "nils.holm@example.se"))
    assert contact["email"] == "Nils.Holm@example.se" and contact["audience"] == "b2b"
    assert page.model.rowCount() == 6
    assert counts_text(window) == "6 contacts"


def test_delete_asks_first_and_is_audited(
    qtbot: Any, window: Any, page: Any, filled_ws: Any, answer_dialog: Any
) -> None:
    select_email(qtbot, page, "olof.lind@example.se")
    seen = answer_dialog("Cancel")
    qtbot.keyClick(page.table, Qt.Key_Delete)
    assert seen["text"] == "Delete this contact?"
    assert page.model.rowCount() == 5

    window.activateWindow()  # offscreen, nothing reactivates the window after a dialog
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus, timeout=2000)
    seen = answer_dialog("Delete")
    qtbot.keyClick(page.table, Qt.Key_Delete)
    assert seen["clicked"] == "Delete"
    assert page.model.rowCount() == 4
    assert find_contact_id(filled_ws, "olof.lind@example.se") is None
    assert counts_text(window) == "4 contacts"
    row = filled_ws.conn.execute(
        "SELECT action, details_json FROM audit_log ORDER BY id DESC LIMIT 1"
    ).fetchone()
    assert row[0] == "contact.deleted" and '"count": 1' in row[1]


def test_several_selected_contacts_are_deleted_together(
    qtbot: Any, window: Any, page: Any, filled_ws: Any, answer_dialog: Any
) -> None:
    select_email(qtbot, page, "anna.berg@example.se")
    row = column_values(page, "email").index("claire.martin@exemple.fr")
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.LeftButton, Qt.ControlModifier, rect.center())
    assert page.selected_rows() == (2, sorted([0, row]))
    seen = answer_dialog("Delete")
    qtbot.mouseClick(page.delete_button, Qt.LeftButton)
    assert seen["text"] == "Delete these 2 contacts?"
    assert page.model.rowCount() == 3
    assert find_contact_id(filled_ws, "claire.martin@exemple.fr") is None
    assert page.detail.contact_id is None or page.detail.contact_id != find_contact_id(
        filled_ws, "anna.berg@example.se"
    )


def test_delete_key_in_the_search_field_deletes_text_not_contacts(qtbot: Any, page: Any) -> None:
    select_email(qtbot, page, "olof.lind@example.se")
    qtbot.keyClicks(page.search, "ab")
    qtbot.keyClick(page.search, Qt.Key_Home)
    qtbot.keyClick(page.search, Qt.Key_Delete)
    assert page.search.text() == "b"
    assert ContactQuery().count(page._ws) == 5


def test_empty_workspace_offers_the_demo(qtbot: Any, ws: Any) -> None:
    from gui.main_window import MainWindow

    win = MainWindow(ws)
    qtbot.addWidget(win)
    win.show()
    page = win.page("contacts")
    assert page.empty.isVisible() and page.empty.demo_button.isVisible()
    with qtbot.waitSignal(page.empty.demo_loaded, timeout=20000) as loaded:
        qtbot.mouseClick(page.empty.demo_button, Qt.LeftButton)
    assert loaded.args[0] >= 950
    qtbot.waitUntil(lambda: page.table.isVisible(), timeout=2000)
    assert page.model.rowCount() == loaded.args[0]
    names = [r[0] for r in ws.conn.execute("SELECT source_name FROM sources")]
    assert names == ["Demo data (fictitious)"]


def test_window_geometry_is_remembered(qtbot: Any, filled_ws: Any) -> None:
    from gui.main_window import MainWindow

    first = MainWindow(filled_ws)
    qtbot.addWidget(first)
    first.show()
    first.resize(790, 560)  # within the offscreen screen (800x600)
    qtbot.waitUntil(lambda: first.size().width() == 790)
    first.close()
    second = MainWindow(filled_ws)
    qtbot.addWidget(second)
    assert (second.size().width(), second.size().height()) == (790, 560)


def test_a_dropped_spreadsheet_goes_to_the_import_hook(
    window: Any, tmp_path: Any, monkeypatch: Any
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    opened: list[Any] = []
    monkeypatch.setattr(window, "open_import", opened.append)

    def drop(name: str) -> QDropEvent:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(tmp_path / name))])
        event = QDropEvent(QPointF(50, 50), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
        window.dropEvent(event)
        return event

    assert drop("prospects.XLSX").isAccepted()
    assert opened == [tmp_path / "prospects.XLSX"]
    assert not drop("photo.png").isAccepted()
    assert len(opened) == 1
