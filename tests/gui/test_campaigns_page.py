"""The campaigns page and its editor, driven through their widgets."""

from __future__ import annotations

import json

from gui.campaigns_page import CampaignsPage
from storage import campaigns as store


def _fill(editor):
    editor.name.setText("Spring offer")
    editor.sender_edit.setPlainText("Acme SAS, 1 rue de la Paix, Paris")
    editor.unsubscribe.setText("https://acme.example/u?t={token}")
    editor.functions["finance"].setChecked(True)
    editor.category.setText("accounting")


def test_new_campaign_is_saved_as_the_contracts_json(qtbot, ws):
    page = CampaignsPage(ws)
    qtbot.addWidget(page)
    _fill(page.editor)
    assert page.editor.problem.text() == "Ready to export."
    campaign_id = page.save()
    stored = store.get_campaign(ws, campaign_id)
    assert stored.spec["topic_functions"] == ["finance"]
    assert "{source_name}" in stored.spec["notice"]  # a new campaign starts from the template
    assert stored.campaign().name == "Spring offer"
    assert page.list.count() == 1


def test_problems_are_shown_as_typed_and_blocked_drafts_are_marked(qtbot, ws):
    page = CampaignsPage(ws)
    qtbot.addWidget(page)
    _fill(page.editor)
    page.editor.unsubscribe.setText("https://acme.example/u")
    assert "{token}" in page.editor.problem.text()
    page.editor.unsubscribe.setText("")
    assert "Blocked" in page.editor.problem.text()
    page.save()
    assert "(blocked)" in page.list.item(0).text()


def test_templates_in_three_languages(qtbot, ws):
    page = CampaignsPage(ws)
    qtbot.addWidget(page)
    editor = page.editor
    editor.notice_language.setCurrentIndex(editor.notice_language.findData("sv"))
    editor.insert_template()
    assert editor.notice.toPlainText() == store.notice_templates()["sv"]
    editor.has_notice.setChecked(False)
    assert editor.spec()["notice"] is None


def test_open_a_campaign_file(qtbot, ws, tmp_path):
    path = tmp_path / "c.json"
    spec = {
        "name": "From file",
        "sender": "Acme",
        "unsubscribe": "mailto:stop@acme.example",
        "topic_functions": ["it"],
        "product_category": None,
        "notice": None,
        "jurisdiction": "SE",
    }
    path.write_text(json.dumps(spec))
    page = CampaignsPage(ws)
    qtbot.addWidget(page)
    page.open_file(path)
    assert page.editor.spec() == spec
