"""Segments: every criterion filters what it says, names are unique, bad definitions are refused."""

from __future__ import annotations

import pytest

from compliance.segment_filter import SegmentFilterError, parse_segment_filter
from storage import segments
from storage.contacts import ContactQuery, add_contact
from storage.errors import UserError

PEOPLE = [
    dict(
        email="cfo@acme.fr",
        last_name="Dupont",
        company="Acme SAS",
        job_function="finance",
        seniority="director",
        country="FR",
        audience="b2b",
        tags="salon2026; vip",
        collected_on="2025-03-01",
        lawful_basis="legitimate_interest",
    ),
    dict(
        email="mkt@exempel.se",
        last_name="Berg",
        company="Exempel AB",
        job_function="marketing",
        seniority="manager",
        country="SE",
        audience="b2b",
        tags="vip",
        collected_on="2026-01-10",
        last_inbound_contact_date="2026-06-01",
    ),
    dict(
        email="anna@gmail.com",
        last_name="Svensson",
        job_function="other",
        seniority="unknown",
        country="SE",
        audience="b2c",
        lawful_basis="consent",
        consent_date="2026-02-02",
        consent_source="web form",
        collected_on="2026-02-02",
    ),
    dict(
        email="bob@gmail.com",
        last_name="Smith",
        audience="b2c",
        lawful_basis="consent",
        country="GB",
        collected_on="2024-05-05",
    ),
    # proof of consent but no lawful basis recorded: must not vanish from both sides
    dict(email="eve@gmail.com", last_name="Eve", consent_date="2026-01-01", consent_source="form"),
]


@pytest.fixture
def people(ws):
    return [add_contact(ws, p) for p in PEOPLE]


def names(ws, **criteria):
    where, params = segments.filter_sql(parse_segment_filter(criteria))
    rows = ContactQuery(where=where, params=params).page(ws, 0, 100)
    return sorted(r[3] for r in rows)


def test_each_criterion(ws, people):
    assert names(ws, functions=["finance", "marketing"]) == ["Berg", "Dupont"]
    assert names(ws, seniorities=["manager"]) == ["Berg"]
    assert names(ws, countries=["se"]) == ["Berg", "Svensson"]
    assert names(ws, audiences=["b2c"]) == ["Smith", "Svensson"]
    assert names(ws, lawful_bases=["consent"]) == ["Smith", "Svensson"]
    assert names(ws, tags=["VIP"]) == ["Berg", "Dupont"]
    assert names(ws, tags=["salon2026"]) == ["Dupont"]
    assert names(ws, tags=["salon"]) == []  # whole tags only
    assert names(ws, company="acme") == ["Dupont"]
    # Eve was entered by hand today (2026-11-28): collected today
    assert names(ws, collected_from="2026-01-01") == ["Berg", "Eve", "Svensson"]
    assert names(ws, collected_to="2025-12-31") == ["Dupont", "Smith"]
    assert names(ws, inbound_from="2026-05-01") == ["Berg"]
    assert names(ws, consent=True) == ["Svensson"]  # Smith's consent has no proof
    assert names(ws, consent=False) == ["Berg", "Dupont", "Eve", "Smith"]
    assert names(ws, text="exempel") == ["Berg"]
    assert names(ws, source_types=["manual"]) == ["Berg", "Dupont", "Eve", "Smith", "Svensson"]
    assert names(ws, source_types=["purchased"]) == []
    assert names(ws, countries=["SE"], audiences=["b2b"]) == ["Berg"]  # AND between criteria


def test_counts_and_saved_segments(ws, people):
    f = parse_segment_filter({"countries": ["SE"]})
    assert segments.count(ws, f) == 2
    sid = segments.save_segment(ws, "Sweden", f)
    assert segments.get_segment(ws, "Sweden").filter == f
    with pytest.raises(UserError, match="already exists"):
        segments.save_segment(ws, "Sweden", parse_segment_filter({}))
    segments.save_segment(ws, "Sverige", f, segment_id=sid)  # rename
    assert [s.name for s in segments.list_segments(ws)] == ["Sverige"]
    with pytest.raises(UserError, match="no segment named 'Sweden'.*Sverige"):
        segments.get_segment(ws, "Sweden")
    segments.delete_segment(ws, sid)
    assert segments.list_segments(ws) == []


def test_function_and_seniority_counts(ws, people):
    counts = segments.function_counts(ws)
    assert counts["finance"] == 1 and counts["marketing"] == 1
    assert sum(counts.values()) == 5
    assert segments.seniority_counts(ws)["director"] == 1


@pytest.mark.parametrize(
    "bad",
    [
        {"functions": ["wizardry"]},
        {"colour": "red"},
        {"collected_from": "01/02/2026"},
        {"consent": "maybe"},
        {"source_ids": ["x"]},
    ],
)
def test_bad_definitions_are_refused(bad):
    with pytest.raises(SegmentFilterError):
        parse_segment_filter(bad)
