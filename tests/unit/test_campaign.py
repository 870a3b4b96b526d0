"""Campaign files (CONTRACT.md section 4): strict parsing, row 0, per-contact unsubscribe links."""

from __future__ import annotations

from typing import Any

import pytest

from compliance.campaign import (
    Campaign,
    CampaignBlocked,
    CampaignError,
    parse_campaign,
    unsubscribe_link,
)


def data(**overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "name": "Spring accounting offer",
        "sender": "Acme SAS, 1 rue de la Paix, 75002 Paris, contact@acme.example",
        "unsubscribe": "https://acme.example/unsubscribe?t={token}",
        "topic_functions": ["finance"],
        "product_category": "accounting",
        "notice": "We obtained your address from {source_name} ...",
        "jurisdiction": "FR",
    }
    for key, value in overrides.items():
        if value is _DROP:
            values.pop(key, None)
        else:
            values[key] = value
    return values


_DROP = object()


def test_the_contract_example_parses() -> None:
    campaign = parse_campaign(data())
    assert campaign == Campaign(
        name="Spring accounting offer",
        sender="Acme SAS, 1 rue de la Paix, 75002 Paris, contact@acme.example",
        unsubscribe="https://acme.example/unsubscribe?t={token}",
        topic_functions=frozenset({"finance"}),
        product_category="accounting",
        notice="We obtained your address from {source_name} ...",
        jurisdiction="FR",
    )
    assert campaign.related_functions == {"finance", "executive"}
    assert campaign.product_key == "accounting"


def test_optional_fields_may_be_left_out_or_null() -> None:
    campaign = parse_campaign(
        data(topic_functions=_DROP, product_category=None, notice=_DROP, jurisdiction="SE")
    )
    assert campaign.topic_functions == frozenset()
    assert campaign.product_category is None
    assert campaign.notice is None
    assert campaign.jurisdiction == "SE"


def test_values_are_tidied() -> None:
    campaign = parse_campaign(
        data(
            name="  Offer ",
            topic_functions=[" Finance", "IT"],
            product_category="  ",
            jurisdiction=" se ",
        )
    )
    assert campaign.name == "Offer"
    assert campaign.topic_functions == {"finance", "it"}
    assert campaign.product_category is None
    assert campaign.jurisdiction == "SE"


# --- Row 0: blocked -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("overrides", "mentions"),
    [
        ({"sender": _DROP}, "sender"),
        ({"sender": None}, "sender"),
        ({"sender": ""}, "sender"),
        ({"sender": "   \t"}, "sender"),
        ({"unsubscribe": _DROP}, "unsubscribe"),
        ({"unsubscribe": None}, "unsubscribe"),
        ({"unsubscribe": " "}, "unsubscribe"),
        ({"sender": "", "unsubscribe": ""}, "sender"),
    ],
)
def test_missing_sender_or_unsubscribe_blocks(overrides: dict, mentions: str) -> None:
    with pytest.raises(CampaignBlocked) as info:
        parse_campaign(data(**overrides))
    assert mentions in info.value.message
    assert info.value.exit_code == 5


def test_blocked_is_reported_before_other_problems() -> None:
    # A file with several problems including a missing sender: the export is refused (exit 5).
    with pytest.raises(CampaignBlocked):
        parse_campaign({"name": 3, "unsubscribe": "ftp://x", "colour": "red"})


def test_blocked_is_not_a_campaign_error() -> None:
    # So that `except CampaignError` (exit 3) can never swallow a blocked campaign (exit 5).
    assert not issubclass(CampaignBlocked, CampaignError)
    assert not issubclass(CampaignError, CampaignBlocked)


def test_a_campaign_object_cannot_be_built_without_sender_or_unsubscribe() -> None:
    with pytest.raises(CampaignBlocked):
        Campaign(name="x", sender=" ", unsubscribe="mailto:u@acme.example")
    with pytest.raises(CampaignBlocked):
        Campaign(name="x", sender="Acme", unsubscribe="")
    with pytest.raises(CampaignError):
        Campaign(name="x", sender="Acme", unsubscribe="mailto:u@acme.example", jurisdiction="DE")


# --- Invalid files -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("overrides", "mentions"),
    [
        ({"colour": "red"}, '"colour"'),
        ({"topic_function": ["finance"]}, '"topic_function"'),
        ({"name": _DROP}, '"name"'),
        ({"name": "  "}, "name"),
        ({"name": 12}, "a number"),
        ({"sender": ["Acme"]}, "a list"),
        ({"sender": True}, "true/false"),
        ({"unsubscribe": {"url": "x"}}, "an object"),
        ({"unsubscribe": "https://acme.example/unsubscribe"}, "{token}"),
        ({"unsubscribe": "acme.example/unsubscribe?t={token}"}, "neither a web link"),
        ({"unsubscribe": "ftp://acme.example/{token}"}, "neither a web link"),
        ({"unsubscribe": "javascript:alert({token})"}, "neither a web link"),
        ({"unsubscribe": "https:///u?t={token}"}, "neither a web link"),
        ({"unsubscribe": "https://acme.example/u?t={token} x"}, "spaces"),
        ({"unsubscribe": "mailto:"}, "mailto:"),
        ({"unsubscribe": "mailto:unsubscribe"}, "mailto:"),
        ({"unsubscribe": "mailto:a b@acme.example"}, "mailto:"),
        ({"topic_functions": "finance"}, "list of job functions"),
        ({"topic_functions": ["finance", 3]}, "list of job functions"),
        ({"topic_functions": ["finance", "accounting"]}, '"accounting"'),
        ({"product_category": 5}, "product_category"),
        ({"notice": 1}, "notice"),
        ({"notice": ""}, "empty"),
        ({"notice": "We bought your address."}, "{source_name}"),
        ({"notice": "From {source_name}, see {source}."}, "{source}"),
        ({"notice": "From {source_name}; {sender.__class__}"}, "{sender.__class__}"),
        ({"jurisdiction": _DROP}, '"jurisdiction"'),
        ({"jurisdiction": "DE"}, '"DE"'),
        ({"jurisdiction": "France"}, '"France"'),
        ({"jurisdiction": 33}, "a number"),
    ],
)
def test_invalid_campaigns(overrides: dict, mentions: str) -> None:
    with pytest.raises(CampaignError) as info:
        parse_campaign(data(**overrides))
    message = info.value.message
    assert mentions in message
    assert info.value.exit_code == 3
    # A plain sentence that says how to fix it, not a traceback-ish repr.
    assert message[0].isupper() and message.endswith(".")


def test_not_an_object() -> None:
    with pytest.raises(CampaignError):
        parse_campaign(["name", "sender"])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "value",
    [
        "mailto:unsubscribe@acme.example",
        "MAILTO:unsubscribe@acme.example?subject=Unsubscribe",
        "mailto:unsubscribe@acme.example?subject=unsubscribe%20{token}",
        "http://acme.example/u/{token}",
        "https://acme.example/u?t={token}&c=spring",
    ],
)
def test_valid_unsubscribe_means(value: str) -> None:
    assert parse_campaign(data(unsubscribe=value)).unsubscribe == value


# --- Links -------------------------------------------------------------------------------------


def test_unsubscribe_link_is_per_contact_and_quoted() -> None:
    campaign = parse_campaign(data())
    assert unsubscribe_link(campaign, "abc123") == "https://acme.example/unsubscribe?t=abc123"
    assert unsubscribe_link(campaign, "a/b c&d") == (
        "https://acme.example/unsubscribe?t=a%2Fb%20c%26d"
    )


def test_mailto_link() -> None:
    same = parse_campaign(data(unsubscribe="mailto:u@acme.example"))
    assert unsubscribe_link(same, "abc") == "mailto:u@acme.example"
    assert same.unsubscribe_is_mailto
    own = parse_campaign(data(unsubscribe="mailto:u@acme.example?subject={token}"))
    assert unsubscribe_link(own, "abc") == "mailto:u@acme.example?subject=abc"


def test_unsubscribe_link_needs_a_token() -> None:
    with pytest.raises(ValueError):
        unsubscribe_link(parse_campaign(data()), "")
