"""The rights pages (person, requests, retention, register, breaches, audit, backup, overview),
driven through their real widgets offscreen. Each test also saves a screenshot of its page to
the folder of tests/gui/shots.py (looked at by hand; the assertions are what the tests check)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from compliance.emails import email_sha256
from storage import audit, breaches, requests, retention
from storage.contacts import add_contact, find_contact_id, get_contact

from .shots import SHOTS

RIGHTS_PAGES = ("person", "requests", "retention", "register", "breaches", "audit", "backup")


def shot(widget: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"{name}.png"))


def open_page(qtbot: Any, window: Any, key: str) -> Any:
    page = window.show_page(key)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page, timeout=2000)
    return page


@pytest.fixture
def rich_ws(filled_ws: Any) -> Any:
    """The GUI fixture's five people, plus one with history, requests and an old contact."""
    ws = filled_ws
    jean = find_contact_id(ws, "jean.dupont@exemple.fr")
    from storage.contacts import update_contact

    update_contact(ws, jean, {"notes": "Met at Batimat; call back in May", "collected_on":
                              "2024-01-10", "audience": "b2b"})  # fmt: skip
    add_contact(ws, {"email": "old.prospect@exemple.fr", "first_name": "Paul",
                     "last_name": "Ancien", "collected_on": "2023-05-01"})  # fmt: skip
    requests.log_request(ws, "access", contact_id=jean, received_on=dt.date(2026, 10, 20),
                         identity_check="Wrote from the address we hold")  # fmt: skip
    requests.log_request(ws, "objection", email="claire.martin@exemple.fr",
                         received_on=dt.date(2026, 11, 3))  # fmt: skip
    return ws


@pytest.fixture
def rich_window(qtbot: Any, rich_ws: Any) -> Any:
    from gui.main_window import MainWindow

    win = MainWindow(rich_ws)
    win.resize(1200, 720)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    win.deleteLater()


def test_every_rights_page_is_in_the_sidebar_and_opens(qtbot: Any, rich_window: Any) -> None:
    titles = [rich_window.sidebar.item(i).text() for i in range(rich_window.sidebar.count())]
    assert titles[0] == "Contacts"
    for key in RIGHTS_PAGES:
        page = open_page(qtbot, rich_window, key)
        assert page.isVisible(), key
    assert {"A person", "Requests", "Retention", "Register", "Breaches", "Audit trail",
            "Backup"} <= set(titles)  # fmt: skip


def test_overview_panel_lists_what_is_due(qtbot: Any, rich_ws: Any) -> None:
    from gui.overview_requests import DueRequestsPanel

    breaches.record_breach(
        rich_ws,
        noticed_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=80),
        facts="A USB key with an export was lost.",
        risk="risk",
    )
    panel = DueRequestsPanel(rich_ws)
    qtbot.addWidget(panel)
    panel.resize(900, 300)
    panel.show()
    qtbot.waitUntil(lambda: panel.retention_found is not None, timeout=10000)
    text = panel.requests_text.text()
    assert "OVERDUE 2026-11-20" in text and "jean.dupont@exemple.fr" in text
    assert "due 2026-12-03" in text and "1 overdue, 1 due within 7 days" in text
    assert "72 hours ended" in panel.breaches_text.text()
    assert "Never backed up" in panel.backup_text.text()
    assert "1 contacts' retention period has ended" in panel.retention_text.text()
    shot(panel, "overview_panel")
    panel.shutdown()


def test_person_page_finds_shows_reports_and_erases(
    qtbot: Any, rich_window: Any, rich_ws: Any, tmp_path: Path, answer_dialog: Any
) -> None:
    page = open_page(qtbot, rich_window, "person")
    qtbot.keyClicks(page.search, "dupont")
    qtbot.waitUntil(lambda: page.record is not None, timeout=2000)
    assert page.record.email == "jean.dupont@exemple.fr"
    summary = page.summary.toPlainText()
    assert "Met at Batimat; call back in May" in summary
    assert "Kept until 2027-01-09" in summary
    assert "1 open request" in page.badges.text()
    shot(rich_window, "person_page")

    # The access report, as PDF (through Qt) and HTML, recorded against the open request.
    request_id = page.record.requests[0].id
    assert page.save_report(tmp_path / "jean.pdf", language="fr", request_id=request_id)
    assert (tmp_path / "jean.pdf").read_bytes().startswith(b"%PDF")
    assert page.save_report(tmp_path / "jean.html", language="en")
    assert "Met at Batimat" in (tmp_path / "jean.html").read_text(encoding="utf-8")
    assert requests.get_request(rich_ws, request_id).file_sent == "jean.pdf"

    # Erasure asks first; Cancel changes nothing.
    seen = answer_dialog("Cancel")
    qtbot.mouseClick(page.erase_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "clicked" in seen, timeout=3000)
    assert find_contact_id(rich_ws, "jean.dupont@exemple.fr") is not None
    seen = answer_dialog("Erase")
    done = answer_dialog("OK")
    page.erase()
    qtbot.waitUntil(lambda: "clicked" in seen and "clicked" in done, timeout=3000)
    assert find_contact_id(rich_ws, "jean.dupont@exemple.fr") is None
    row = rich_ws.conn.execute("SELECT kind, value, reason FROM optouts").fetchone()
    assert row == ("sha256", email_sha256("jean.dupont@exemple.fr"), "erased")
    assert page.record is None and page.results.count() == 0


def test_person_page_objection(qtbot: Any, rich_window: Any, rich_ws: Any, answer_dialog: Any
                               ) -> None:  # fmt: skip
    page = open_page(qtbot, rich_window, "person")
    page.search.setText("claire.martin@")
    page.find()
    assert page.record is not None and page.object_button.isEnabled()
    seen = answer_dialog("Yes")
    page.object()
    qtbot.waitUntil(lambda: "clicked" in seen, timeout=3000)
    assert page.record.suppressed and not page.object_button.isEnabled()
    assert "On the opt-out list" in page.badges.text()
    # The open objection request was answered by it.
    assert requests.list_requests(rich_ws, kind="objection")[0].status == "done"


def test_requests_page_log_extend_close(qtbot: Any, rich_window: Any, rich_ws: Any) -> None:
    from gui.request_close_dialog import RequestCloseDialog
    from gui.request_dialog import RequestDialog
    from gui.request_extend_dialog import RequestExtendDialog

    page = open_page(qtbot, rich_window, "requests")
    assert page.table.rowCount() == 2
    assert "1 overdue, 1 due this week" in page.summary.text()
    assert "OVERDUE" in page.table.item(0, 5).text()

    dialog = RequestDialog(rich_ws, page)
    dialog.email.setText("not an address")
    dialog.accept()
    assert dialog.result() != QDialog.Accepted and not dialog.error.isHidden()
    dialog.email.setText("anna.berg@example.se")
    dialog.kind.setCurrentIndex(dialog.kind.findData("erasure"))
    dialog.identity.setText("Phone call, confirmed by e-mail")
    dialog.accept()
    assert dialog.result() == QDialog.Accepted
    page.refresh()
    assert page.table.rowCount() == 3
    page.select_request(dialog.request_id)
    request = page.selected()
    assert request is not None and request.kind == "erasure"
    assert request.deadline == dt.date(2026, 12, 28)
    shot(rich_window, "requests_page")

    extend = RequestExtendDialog(rich_ws, request, page)
    extend.accept()
    assert requests.get_request(rich_ws, request.id).deadline == dt.date(2027, 2, 28)

    close = RequestCloseDialog(rich_ws, request, page)
    close.status.setCurrentIndex(close.status.findData("refused"))
    close.accept()
    assert not close.error.isHidden() and "Say why" in close.error.text()
    close.outcome.setPlainText("We could not confirm the identity.")
    close.accept()
    assert requests.get_request(rich_ws, request.id).status == "refused"


def test_retention_page_lists_and_purges(
    qtbot: Any, rich_window: Any, rich_ws: Any, tmp_path: Path, answer_dialog: Any
) -> None:
    page = open_page(qtbot, rich_window, "retention")
    qtbot.waitUntil(lambda: page.scan_result is not None, timeout=10000)
    assert page.tabs.tabText(0) == "Ended (1)"
    model = page.expired_model
    row = [model.index(0, c).data() for c in range(5)]
    assert row == ["old.prospect@exemple.fr", "Paul Ancien", "", "2026-04-30",
                   "collection on 2023-05-01"]  # fmt: skip
    shot(rich_window, "retention_page")
    assert page.tabs.tabText(1) == "Ending within 60 days (1)"  # Jean, collected 2024-01-10
    assert page.save_soon_list_to(tmp_path / "soon.csv") == 1
    assert "jean.dupont@exemple.fr" in (tmp_path / "soon.csv").read_text(encoding="utf-8-sig")
    seen = answer_dialog("Yes")
    page.purge()
    qtbot.waitUntil(lambda: "clicked" in seen, timeout=3000)
    qtbot.waitUntil(
        lambda: find_contact_id(rich_ws, "old.prospect@exemple.fr") is None, timeout=10000
    )
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == "Ended (0)", timeout=10000)
    assert retention.scan(rich_ws).expired == []


def test_register_page_edits_and_exports(
    qtbot: Any, rich_window: Any, rich_ws: Any, tmp_path: Path
) -> None:
    page = open_page(qtbot, rich_window, "register")
    controller = page.editors["controller"]
    assert "To complete" in controller.text.toPlainText()
    controller.text.setPlainText("Acme SAS, 1 rue de la Paix, 75002 Paris\nrgpd@acme.example")
    assert page.save() == 1
    assert "your text" in controller.state.text() and controller.reset.isEnabled()
    shot(rich_window, "register_page")
    assert page.export_to(tmp_path / "register.pdf")
    assert (tmp_path / "register.pdf").read_bytes().startswith(b"%PDF")
    page.language.setCurrentIndex(page.language.findData("fr"))
    assert page.editors["purposes"].heading.text() == "Finalités du traitement"
    assert page.export_to(tmp_path / "register.html")
    assert "Acme SAS" in (tmp_path / "register.html").read_text(encoding="utf-8")
    page.reset_section("controller")
    assert "À compléter" in controller.text.toPlainText()


def test_breaches_page_countdown_late_reason_and_affected_file(
    qtbot: Any, rich_window: Any, rich_ws: Any, tmp_path: Path
) -> None:
    from PySide6.QtCore import QDateTime

    page = open_page(qtbot, rich_window, "breaches")
    fixed_now = dt.datetime(2026, 11, 28, 12, 0, tzinfo=dt.UTC)
    page.now = lambda: fixed_now
    page.new_breach()
    noticed = fixed_now - dt.timedelta(hours=20)
    page.noticed.setDateTime(QDateTime(noticed.astimezone()))
    page.facts.setPlainText("A laptop holding an exported list was stolen from a car.")
    page.risk.setCurrentIndex(page.risk.findData("risk"))
    assert "52 h 0 min left" in page.countdown.text()
    assert page.save()
    breach_id = page.breach_id
    assert breach_id is not None and page.list.count() == 1
    assert "52 h 0 min left" in page.list.item(0).text()

    # Told late without a reason: refused, with the reason: saved.
    page.authority_told.setChecked(True)
    page.authority_at.setDateTime(QDateTime((noticed + dt.timedelta(hours=73)).astimezone()))
    page.now = lambda: fixed_now + dt.timedelta(days=3)
    assert "reasons for the delay are required" in page.countdown.text()
    assert not page.save()
    assert "reasons for the delay" in page.error.text()
    page.delay_reason.setPlainText("The theft was reported to us three days later.")
    assert page.save()
    assert breaches.get_breach(rich_ws, breach_id).notified_late

    page._attach(all_contacts=True)
    assert "6 contacts attached" in page.affected.text()
    shot(rich_window, "breaches_page")
    assert page.save_affected_to(tmp_path / "affected.csv") == 6
    assert "anna.berg@example.se" in (tmp_path / "affected.csv").read_text(encoding="utf-8-sig")


def test_audit_page_filters_and_reports_a_broken_chain(
    qtbot: Any, rich_window: Any, rich_ws: Any
) -> None:
    page = open_page(qtbot, rich_window, "audit")
    total = audit.count(rich_ws)
    assert page.model.total == total and f"{total} entries" == page.count.text()
    page.action.setCurrentIndex(page.action.findData("request."))
    assert page.model.total == 2
    assert {page.model.index(r, 2).data() for r in range(2)} == {"request.logged"}
    assert page.check_chain().ok and "intact" in page.chain.text()
    shot(rich_window, "audit_page")
    target = audit.page(rich_ws, audit.AuditFilter(action="request.logged"))[0].id
    with rich_ws.transaction():
        rich_ws.conn.execute("DROP TRIGGER audit_log_no_update")
        rich_ws.conn.execute("UPDATE audit_log SET entity_id = 999 WHERE id = ?", (target,))
    result = page.check_chain()
    assert result.first_broken == target and f"#{target}" in page.chain.text()


def test_backup_page_backs_up_and_refuses_a_bad_restore(
    qtbot: Any, rich_window: Any, rich_ws: Any, tmp_path: Path, answer_dialog: Any
) -> None:
    page = open_page(qtbot, rich_window, "backup")
    assert "never been backed up" in page.state.text()
    target = tmp_path / "saved.clbackup"
    job = page.start_backup(target)
    qtbot.waitUntil(lambda: page.last_result is not None, timeout=20000)
    job.wait(5)
    qtbot.waitUntil(lambda: page.backup_button.isEnabled(), timeout=5000)
    assert target.exists() and "Last backup" in page.state.text()
    shot(rich_window, "backup_page")

    bogus = tmp_path / "notes.clbackup"
    bogus.write_text("not a backup\n" * 200)
    seen = answer_dialog("OK")
    assert not page.restore_from(bogus)
    qtbot.waitUntil(lambda: "clicked" in seen, timeout=3000)
    assert "not a Clearlist backup" in seen["text"] or "key" in seen["text"]
    jean = find_contact_id(rich_ws, "jean.dupont@exemple.fr")
    assert get_contact(rich_ws, jean) is not None

    add_contact(rich_ws, {"email": "after.backup@example.org"})
    assert page.restore_from(target)
    assert find_contact_id(rich_ws, "after.backup@example.org") is None
    assert find_contact_id(rich_ws, "jean.dupont@exemple.fr") == jean
