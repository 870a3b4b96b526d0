"""The access report's content (art. 15; RULES.md section D), in English, French and Swedish."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from compliance.access_report import (
    LANGUAGES,
    OptoutFact,
    RecipientFact,
    ReportFacts,
    RequestFact,
    SourceFact,
    build_report,
    language_for_country,
    render_html,
    report_json,
    texts,
)
from compliance.fields import CONTACT_FIELDS

D = dt.date
SECTIONS = (
    "controller",
    "data",
    "sources",
    "purposes",
    "categories",
    "recipients",
    "retention",
    "optout",
    "requests",
    "automated",
    "rights",
    "complaint",
)


def _facts(**over: object) -> ReportFacts:
    base: dict[str, object] = {
        "email": "jeanne@exemple.fr",
        "generated_on": D(2026, 11, 28),
        "fields": {
            "email": "jeanne@exemple.fr",
            "first_name": "Jeanne",
            "last_name": "Dupont",
            "audience": "b2b",
            "lawful_basis": "legitimate_interest",
            "job_function": "purchasing",
            "collected_on": "2025-03-01",
            "informed_at_collection": 0,
            "notes": "Called on 3 May <b>",
        },
        "sources": (SourceFact("purchased", "DataPro 2025", D(2025, 3, 1)),),
        "recipients": (RecipientFact(D(2026, 10, 2), "Autumn offer", "brevo", "ALLOW"),),
        "requests": (RequestFact("access", D(2026, 11, 20), "open"),),
        "controller": ("Acme SAS", "rgpd@acme.example"),
        "jurisdiction": "FR",
    }
    base.update(over)
    return ReportFacts(**base)  # type: ignore[arg-type]


def _section(report, key):  # noqa: ANN001, ANN202
    return next(s for s in report.sections if s.key == key)


def test_texts_have_the_same_keys_in_every_language() -> None:
    def shape(value: object) -> object:
        if isinstance(value, dict):
            return {k: shape(v) for k, v in value.items()}
        if isinstance(value, list):
            return len(value)
        return "text"

    english = shape(texts("en"))
    for language in LANGUAGES:
        assert shape(texts(language)) == english, language
    assert set(texts("en")["fields"]) == set(CONTACT_FIELDS)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_required_part_in_every_language(language: str) -> None:
    report = build_report(_facts(), language)
    assert tuple(s.key for s in report.sections) == SECTIONS
    data = dict(_section(report, "data").table)
    t = texts(language)
    assert data[t["fields"]["notes"]] == "Called on 3 May <b>"  # notes included, as stored
    assert data[t["fields"]["audience"]] == t["values"]["audience"]["b2b"]
    assert data[t["fields"]["informed_at_collection"]] == t["no"]
    sources = _section(report, "sources")
    assert "DataPro 2025" in sources.items[0]
    assert sources.after == (t["source_indirect"],)  # not collected from the person
    assert "Brevo" in _section(report, "recipients").items[0]
    assert "Autumn offer" in _section(report, "recipients").items[0]
    assert len(_section(report, "rights").items) == 5
    assert "CNIL" in _section(report, "complaint").paragraphs[0]
    assert report.retention.last_day == D(2028, 2, 29)  # 3 years from 1 March 2025, less a day
    assert "2028" in _section(report, "retention").paragraphs[0]
    assert _section(report, "controller").paragraphs == ("Acme SAS", "rgpd@acme.example")


def test_long_dates_read_naturally() -> None:
    fr = build_report(_facts(), "fr")
    assert "1er mars 2025" in " ".join(_section(fr, "sources").items)
    sv = build_report(_facts(), "sv")
    assert "29 februari 2028" in _section(sv, "retention").paragraphs[0]
    en = build_report(_facts(), "en")
    assert "29 February 2028" in _section(en, "retention").paragraphs[0]


def test_swedish_jurisdiction_names_imy() -> None:
    report = build_report(_facts(jurisdiction="SE"), "sv")
    assert "Integritetsskyddsmyndigheten" in _section(report, "complaint").paragraphs[0]
    assert report_json(report)["complaint_authority"] == "IMY"


@pytest.mark.parametrize(
    ("fields", "basis", "last_day"),
    [
        (
            {"collected_on": "2024-05-01", "last_inbound_contact_date": "2025-06-10"},
            "last_contact",
            D(2028, 6, 9),
        ),
        (
            {"collected_on": "2026-01-01", "last_purchase_date": "2024-02-01"},
            "last_purchase",
            D(2027, 1, 31),
        ),
        ({"collected_on": "2024-05-01"}, "collected", D(2027, 4, 30)),
    ],
)
def test_retention_says_what_it_runs_from(
    fields: dict[str, str], basis: str, last_day: dt.date
) -> None:
    report = build_report(_facts(fields={"email": "x@y.fr", **fields}), "en")
    assert (report.retention.basis, report.retention.last_day) == (basis, last_day)
    wording = texts("en")["retention_basis"][basis]
    assert wording in _section(report, "retention").paragraphs[0]


def test_generic_address_has_no_limit_and_no_contact_row() -> None:
    generic = build_report(_facts(is_generic=True), "en")
    assert _section(generic, "retention").paragraphs[0] == texts("en")["retention_generic"]
    only_optout = build_report(
        _facts(
            fields={},
            sources=(),
            recipients=(),
            optouts=(OptoutFact("email", "objected", D(2026, 1, 5)),),
        ),
        "fr",
    )
    keys = [s.key for s in only_optout.sections]
    assert "sources" not in keys
    assert _section(only_optout, "data").paragraphs == (texts("fr")["data_none"],)
    optout = _section(only_optout, "optout").paragraphs[0]
    assert "5 janvier 2026" in optout and "opposé" in optout
    assert texts("fr")["categories"]["optout"] in _section(only_optout, "categories").items


def test_no_recipients_no_requests_not_opted_out() -> None:
    report = build_report(_facts(recipients=(), requests=(), optouts=()), "en")
    assert _section(report, "recipients").paragraphs == (texts("en")["recipients_none"],)
    assert _section(report, "requests").paragraphs == (texts("en")["requests_none"],)
    assert _section(report, "optout").paragraphs == (texts("en")["optout_off"],)


def test_html_is_escaped_and_json_keeps_stored_values() -> None:
    report = build_report(_facts(), "en")
    page = render_html(report)
    assert page.startswith("<!DOCTYPE html>") and '<html lang="en">' in page
    assert "Called on 3 May &lt;b&gt;" in page and "<b>" not in page.split("<body>")[1]
    data = json.loads(json.dumps(report_json(report)))
    assert data["data"]["notes"] == "Called on 3 May <b>"
    assert data["data"]["informed_at_collection"] == 0
    assert data["sources"][0]["collected_from_you"] is False
    assert data["recipients"][0]["tool"] == "brevo"
    assert data["retention"]["kept_until"] == "2028-02-29"
    assert [s["key"] for s in data["sections"]] == list(SECTIONS)


def test_language_for_country() -> None:
    assert language_for_country("fr") == "fr"
    assert language_for_country("SE") == "sv"
    assert language_for_country("DE") == "en"
    assert language_for_country(None, default="sv") == "sv"
