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


def test_the_wizard_groups_the_contacts_as_it_opens_and_the_preview_reuses_them(qtbot, ws):
    """Grouping a million contacts takes seconds: the wizard starts it on opening, while the
    user chooses; the first preview then reuses it instead of reading every contact again."""
    campaign_id = _workspace(ws)
    wizard = ExportWizard(ws, campaign_id=campaign_id)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.previewer.builds == 1, timeout=10_000)
    qtbot.waitUntil(lambda: wizard._warmup is None, timeout=10_000)
    job = wizard.run_preview()
    with qtbot.waitSignal(job.done, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: wizard.preview is not None)
    assert wizard.previewer.builds == 1  # no second reading of the contacts
    assert wizard.summary.text().startswith("2 of 4 contacts")


def test_choosing_another_segment_stops_the_grouping_started_on_opening(qtbot, ws, monkeypatch):
    import time

    from compliance.segment_filter import SegmentFilter
    from storage import export
    from storage.errors import Cancelled
    from storage.segments import save_segment

    campaign_id = _workspace(ws)
    save_segment(ws, "Finance", SegmentFilter(functions=("finance",)))
    real_group = export.group_contacts
    stopped: list[bool] = []

    def slow_group(ws_, selection=export.ExportSelection(), **kwargs):  # noqa: B008
        if selection.segment is None:  # the opening's grouping: runs until cancelled
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                if kwargs["is_cancelled"]():
                    stopped.append(True)
                    raise Cancelled()
                time.sleep(0.01)
        return real_group(ws_, selection, **kwargs)

    monkeypatch.setattr(export, "group_contacts", slow_group)
    wizard = ExportWizard(ws, campaign_id=campaign_id)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard._warmup is not None, timeout=5_000)
    wizard.segment.setCurrentIndex(wizard.segment.findData("Finance"))
    qtbot.waitUntil(lambda: wizard._warmup is None, timeout=5_000)
    assert stopped == [True]
    job = wizard.run_preview()
    with qtbot.waitSignal(job.done, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: wizard.preview is not None)
    assert wizard.preview.counts.considered == 3  # the Finance segment's contacts


def test_hiding_the_wizard_stops_the_grouping_started_on_opening(qtbot, ws, monkeypatch):
    """Closing the wizard (or the app with it) stops the background grouping at once."""
    import time

    from storage import export
    from storage.errors import Cancelled

    campaign_id = _workspace(ws)

    def endless(ws_, selection=export.ExportSelection(), **kwargs):  # noqa: B008
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if kwargs["is_cancelled"]():
                raise Cancelled()
            time.sleep(0.01)
        raise AssertionError("the grouping was not stopped")

    monkeypatch.setattr(export, "group_contacts", endless)
    wizard = ExportWizard(ws, campaign_id=campaign_id)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard._warmup is not None, timeout=5_000)
    job = wizard._warmup
    with qtbot.waitSignal(job.cancelled, timeout=5_000):
        wizard.hide()
    qtbot.waitUntil(lambda: wizard._warmup is None, timeout=5_000)
