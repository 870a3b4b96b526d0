"""The opt-out list page, driven through its widgets."""

from __future__ import annotations

from gui.optout_page import OptoutPage
from storage import optout


def test_counts_search_and_reason_filter(qtbot, ws):
    optout.add_values(ws, ["jean@firm.fr", "anna@firm.fr"], reason="objected")
    optout.add_values(ws, ["@spam.example"], reason="complaint")
    page = OptoutPage(ws)
    qtbot.addWidget(page)
    assert "3 entries" in page.counts.text() and "objected: 2" in page.counts.text()
    assert page.model.rowCount() == 3
    page.search.setText("anna")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, 1).data() == "anna@firm.fr"
    page.search.clear()
    page.reason.setCurrentIndex(page.reason.findData("complaint"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, 0).data() == "domain"
    assert page.matches.text() == "1 matching"


def test_add_values_and_refuse_a_bad_one(qtbot, ws, monkeypatch):
    page = OptoutPage(ws)
    qtbot.addWidget(page)
    shown = []
    monkeypatch.setattr("gui.optout_page.show_failure", lambda _w, m, *a: shown.append(m))
    assert page.add_values(["eva@firm.fr", "@bad.example"], "manual").added == 2
    assert page.model.rowCount() == 2
    assert page.add_values(["not an address"], "manual") is None
    assert shown and "not a valid e-mail address" in shown[0]
    assert optout.optout_count(ws) == 2


def test_import_runs_in_the_background_and_refreshes(qtbot, ws, tmp_path):
    path = tmp_path / "unsubscribed.csv"
    path.write_text("Email Address\na@x.example\nb@x.example\n")
    page = OptoutPage(ws)
    qtbot.addWidget(page)
    messages = []
    page.status_message.connect(messages.append)
    job = page.import_file(path, "unsubscribed")
    with qtbot.waitSignal(job.done, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert "2 added" in messages[-1]
    assert page.import_button.isEnabled()


def test_export_hashed(qtbot, ws, tmp_path, monkeypatch):
    optout.add_values(ws, ["jean@firm.fr", "@spam.example"])
    page = OptoutPage(ws)
    qtbot.addWidget(page)
    monkeypatch.setattr("gui.optout_page.QMessageBox.information", lambda *a: None)
    result = page.export_hashed(tmp_path / "h.csv")
    assert result.written == 1 and result.domains_left_out == 1
    assert len((tmp_path / "h.csv").read_text().splitlines()) == 2
