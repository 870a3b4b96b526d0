"""Campaigns kept in the workspace, and campaign files judged with the contract's exit codes."""

from __future__ import annotations

import json

import pytest

from storage import campaigns as cs
from storage.errors import CampaignBlocked, InputFileError, UserError

from .export_fixtures import CAMPAIGN


def _file(tmp_path, content) -> object:
    path = tmp_path / "campaign.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), "utf-8")
    return path


def test_a_valid_file_gives_the_campaign(tmp_path):
    campaign, spec = cs.load_campaign_file(_file(tmp_path, CAMPAIGN))
    assert campaign.name == "Spring accounting offer" and spec == CAMPAIGN
    assert cs.spec_of(campaign)["topic_functions"] == ["finance"]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "one JSON object"),
        ({**CAMPAIGN, "colour": "red"}, "unknown field"),
        ({**CAMPAIGN, "unsubscribe": "https://acme.example/unsubscribe"}, "{token}"),
        ({**CAMPAIGN, "jurisdiction": "DE"}, "FR"),
    ],
)
def test_an_invalid_file_is_an_input_error(tmp_path, content, words):
    with pytest.raises(InputFileError) as info:
        cs.load_campaign_file(_file(tmp_path, content))
    assert info.value.exit_code == 3 and words in info.value.message


@pytest.mark.parametrize("missing", ["sender", "unsubscribe"])
def test_no_sender_or_unsubscribe_is_blocked(tmp_path, missing):
    with pytest.raises(CampaignBlocked) as info:
        cs.load_campaign_file(_file(tmp_path, {**CAMPAIGN, missing: ""}))
    assert info.value.exit_code == 5


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputFileError):
        cs.load_campaign_file(tmp_path / "nope.json")


def test_save_list_update_delete(ws):
    campaign_id = cs.save_campaign(ws, CAMPAIGN)
    (stored,) = cs.list_campaigns(ws)
    assert stored.id == campaign_id and stored.blocked_problem is None
    assert stored.campaign().product_category == "accounting"
    cs.save_campaign(ws, {**CAMPAIGN, "product_category": "payroll"}, campaign_id)
    assert cs.get_campaign(ws, campaign_id).spec["product_category"] == "payroll"
    with pytest.raises(UserError, match="already exists"):
        cs.save_campaign(ws, CAMPAIGN)
    cs.delete_campaign(ws, campaign_id)
    assert cs.list_campaigns(ws) == []


def test_a_draft_without_sender_is_kept_but_blocked(ws):
    campaign_id = cs.save_campaign(ws, {**CAMPAIGN, "sender": ""})
    stored = cs.get_campaign(ws, campaign_id)
    assert stored.spec["sender"] == ""
    assert "no sender identity" in (stored.blocked_problem or "")
    with pytest.raises(CampaignBlocked):
        stored.campaign()


def test_an_invalid_campaign_is_not_saved(ws):
    with pytest.raises(InputFileError):
        cs.save_campaign(ws, {**CAMPAIGN, "sender": "", "unsubscribe": "https://x.example/u"})
    assert cs.list_campaigns(ws) == []


def test_file_round_trip(ws, tmp_path):
    campaign_id = cs.import_campaign_file(ws, _file(tmp_path, CAMPAIGN))
    out = tmp_path / "saved.json"
    cs.export_campaign_file(cs.get_campaign(ws, campaign_id), out)
    assert cs.load_campaign_file(out)[1] == CAMPAIGN
    assert cs.import_campaign_file(ws, out) == campaign_id  # same name: updated, not doubled


def test_notice_templates_in_three_languages():
    templates = cs.notice_templates()
    assert set(templates) == {"en", "fr", "sv"}
    assert all("{source_name}" in t for t in templates.values())
