"""The export wizard: preview (counts, chart, excluded list), write, and the exports page."""

from __future__ import annotations

from gui.export_wizard import ExportWizard
from gui.exports_page import ExportsPage
from storage import campaigns as store
from storage.optout import add_values

from ..storage.export_fixtures import CAMPAIGN, put_contact


def _workspace(ws):
    put_contact(ws, "jean@firm.fr", first_name="Jean")
    put_contact(ws, "anna@firm.fr", sources=(("purchased", "Kompass"),))
    put_contact(ws, "eva@firm.fr", first_name="Eva", job_function="it")
    put_contact(ws, "gone@firm.fr")
    add_values(ws, ["gone@firm.fr"])
    return store.save_campaign(ws, CAMPAIGN)


def test_preview_then_write(qtbot, ws, tmp_path, monkeypatch):
    campaign_id = _workspace(ws)
    wizard = ExportWizard(ws, campaign_id=campaign_id)
    qtbot.addWidget(wizard)
    assert wizard.preview_button.isEnabled() and not wizard.write_button.isEnabled()
    job = wizard.run_preview()
    with qtbot.waitSignal(job.done, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: wizard.preview is not None)
    assert wizard.summary.text().startswith("2 of 4 contacts")
    assert "Cleared" in wizard.chart.categories
    assert dict(zip(wizard.chart.categories, wizard.chart.values, strict=True))["Cleared"] == 2
    assert wizard.excluded.rowCount() == 2
    wizard.search.setText("eva")
    qtbot.waitUntil(lambda: wizard.excluded.rowCount() == 1)
    assert wizard.excluded.index(0, 0).data() == "eva@firm.fr"
    assert "Topic unrelated" in wizard.excluded.index(0, 2).data()

    monkeypatch.setattr("gui.export_wizard.QMessageBox.information", lambda *a: None)
    wizard.format.setCurrentIndex(1)  # CSV with ;
    out = tmp_path / "cleared.csv"
    job = wizard.write_to(out)
    with qtbot.waitSignal(job.done, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: wizard.result is not None)
    assert out.read_text("utf-8-sig").splitlines()[0].startswith('"email";"first_name"')
    assert wizard.close_button.isEnabled()

    page = ExportsPage(ws)
    qtbot.addWidget(page)
    assert page.table.rowCount() == 1
    assert page.table.item(0, 4).text() == "2"
    page.table.selectRow(0)
    assert page.sent_button.isEnabled()
    page.mark_sent(page.records[0].id)
    assert page.records[0].sent_at == ws.today.isoformat()
    assert page.table.item(0, 8).text()  # shown in the interface's date format
    assert not page.sent_button.isEnabled()


def test_a_blocked_campaign_cannot_be_previewed(qtbot, ws):
    campaign_id = store.save_campaign(ws, {**CAMPAIGN, "sender": ""})
    wizard = ExportWizard(ws, campaign_id=campaign_id)
    qtbot.addWidget(wizard)
    assert not wizard.preview_button.isEnabled()
    assert "no sender identity" in wizard.campaign_problem.text()


def test_cancel_leaves_no_file_and_no_record(qtbot, ws, tmp_path, monkeypatch):
    from gui.workers import WorkspaceJob

    campaign_id = _workspace(ws)
    wizard = ExportWizard(ws, campaign_id=campaign_id)
    qtbot.addWidget(wizard)
    out = tmp_path / "out" / "c.csv"
    out.parent.mkdir()
    # Cancel pressed before the (tiny) export could finish: the flag is set as the job starts.
    start = WorkspaceJob.start

    def start_cancelled(job):
        job.cancel()
        start(job)

    monkeypatch.setattr(WorkspaceJob, "start", start_cancelled)
    job = wizard.write_to(out)
    with qtbot.waitSignal(job.done, timeout=10_000):
        pass
    assert list(out.parent.iterdir()) == []
    assert ws.conn.execute("SELECT count(*) FROM exports").fetchone()[0] == 0
