"""Deciding contacts by groups: decide() must answer the same for a contact and for its grouped
facts (dates replaced by representatives of their place between the cutoffs of `today`).

The dates are drawn near the cutoffs on purpose (the day before, of, after each), around month
ends and 29 February, and the campaigns vary in everything decide() reads."""

from __future__ import annotations

import datetime as dt
import hashlib

from hypothesis import given, settings
from hypothesis import strategies as st

from compliance.campaign import Campaign
from compliance.clearance import (
    ContactFacts,
    Suppression,
    date_cutoffs,
    decide,
    generic_local_parts,
    grouped_facts,
    is_generic_address,
    representative_date,
)
from compliance.fields import JOB_FUNCTIONS, SOURCE_TYPES
from compliance.retention import add_months, add_years

TODAYS = st.sampled_from(
    [
        dt.date(2026, 11, 28),
        dt.date(2028, 2, 29),
        dt.date(2027, 3, 1),
        dt.date(2026, 3, 31),
        dt.date(2026, 3, 29),
        dt.date(2026, 1, 31),
        dt.date(2027, 12, 31),
    ]
)


@st.composite
def near_dates(draw: st.DrawFn, today: dt.date) -> dt.date | None:
    """None, or a day within a few days of a cutoff of `today`, or anywhere in ten years."""
    kind = draw(st.integers(0, 3))
    if kind == 0:
        return None
    if kind == 1:
        return today - dt.timedelta(days=draw(st.integers(-400, 3700)))
    anchors = sorted({c for cuts in date_cutoffs(today).values() for c in cuts})
    anchor = draw(st.sampled_from(anchors))
    return anchor + dt.timedelta(days=draw(st.integers(-3, 3)))


@st.composite
def contacts(draw: st.DrawFn, today: dt.date) -> ContactFacts:
    day = near_dates(today)
    local = draw(st.sampled_from(["jean.dupont", "info", "kontakt2", "anna"]))
    return ContactFacts(
        email=f"{local}@firm.example",
        email_valid=draw(st.booleans()),
        country=draw(st.sampled_from([None, "FR", "SE", "DE", "fr", ""])),
        audience=draw(st.sampled_from([None, "b2b", "b2c"])),
        sole_trader=draw(st.sampled_from([None, True, False])),
        lawful_basis=draw(st.sampled_from([None, "consent", "legitimate_interest", "contract"])),
        consent_date=draw(day),
        consent_source=draw(st.sampled_from([None, "", "  ", "web form"])),
        consent_withdrawn_on=draw(day),
        customer_since=draw(day),
        last_purchase_date=draw(day),
        product_category=draw(st.sampled_from([None, "accounting", "Accounting ", "travel"])),
        informed_at_collection=draw(st.sampled_from([None, True, False])),
        source_types=frozenset(draw(st.sets(st.sampled_from(sorted(SOURCE_TYPES)), max_size=2))),
        collected_on=draw(day),
        notice_sent_date=draw(day),
        last_inbound_contact_date=draw(day),
        job_function=draw(st.sampled_from([None, *JOB_FUNCTIONS[:4]])),
        transfer_consent_proof=draw(st.booleans()),
    )


@st.composite
def campaigns(draw: st.DrawFn) -> Campaign:
    return Campaign(
        name="c",
        sender="Acme SAS, Paris",
        unsubscribe="mailto:stop@acme.example",
        topic_functions=frozenset(draw(st.sets(st.sampled_from(JOB_FUNCTIONS[:4]), max_size=2))),
        product_category=draw(st.sampled_from([None, "accounting", "travel"])),
        notice=draw(st.sampled_from([None, "From {source_name}."])),
        jurisdiction=draw(st.sampled_from(["FR", "SE"])),
    )


@st.composite
def cases(draw: st.DrawFn) -> tuple[ContactFacts, Campaign, dt.date]:
    today = draw(TODAYS)
    return draw(contacts(today)), draw(campaigns()), today


@settings(max_examples=3000, deadline=None)
@given(cases())
def test_grouped_facts_get_the_same_decision(case: tuple[ContactFacts, Campaign, dt.date]) -> None:
    contact, campaign, today = case
    assert decide(grouped_facts(contact, today), campaign, today) == decide(
        contact, campaign, today
    )


def test_cutoffs_are_the_last_expired_and_overdue_days() -> None:
    today = dt.date(2028, 2, 29)
    cuts = date_cutoffs(today)
    expired = cuts["last_purchase_date"][0]
    assert add_years(expired, 3) <= today < add_years(expired + dt.timedelta(days=1), 3)
    overdue = max(cuts["collected_on"])
    assert today > add_months(overdue, 1)
    assert not today > add_months(overdue + dt.timedelta(days=1), 1)
    assert cuts["consent_date"] == (today,) and cuts["notice_sent_date"] == (today,)


def test_representative_dates_keep_their_side_of_every_cutoff() -> None:
    cuts = (dt.date(2023, 11, 28), dt.date(2026, 10, 27))
    for offset in range(-800, 800):
        day = dt.date(2025, 1, 1) + dt.timedelta(days=offset * 2)
        rep = representative_date(day, cuts)
        assert rep is not None
        for cut in cuts:
            assert (day < cut, day == cut) == (rep < cut, rep == cut)
    assert representative_date(None, cuts) is None
    # Few representatives: the whole range of dates collapses to five.
    reps = {
        representative_date(dt.date(2020, 1, 1) + dt.timedelta(days=n), cuts) for n in range(3000)
    }
    assert len(reps) == 5


def test_suppression_check_equals_decide_rows_1_and_1b() -> None:
    """`Suppression.check` (the export's fast path) answers as decide() does for every kind of
    entry: address, SHA-256 and MD5 (hex in any case), domain and parent domain, both
    spellings of an internationalised domain, and hashes of the wrong length."""
    listed = "anna@firm.example"
    suppression = Suppression(
        emails=frozenset({"Eva@Bolag.SE", "kund@bücher.example"}),
        domains=frozenset({"@blocked.example", "xn--mnchen-3ya.example"}),
        sha256=frozenset({hashlib.sha256(listed.encode()).hexdigest().upper(), "abc"}),
        md5=frozenset({hashlib.md5(b"olle@firma.se").hexdigest(), "zz" * 16}),
    )
    campaign = Campaign(name="c", sender="s", unsubscribe="mailto:u@x.example")
    today = dt.date(2026, 11, 28)
    keys = [
        "anna@firm.example",
        "eva@bolag.se",
        "olle@firma.se",
        "someone@blocked.example",
        "someone@mail.blocked.example",
        "someone@notblocked.example",
        "kund@bücher.example",
        "kund@xn--bcher-kva.example",
        "x@münchen.example",
        "x@sub.xn--mnchen-3ya.example",
        "nobody@firm.example",
    ]
    for _ in range(2):  # the second round reads the per-domain memo
        for key in keys:
            expected = decide(ContactFacts(email=key), campaign, today, suppression)
            hit = suppression.check(key)
            if expected.reasons and expected.reasons[0] in ("SUPPRESSED", "DOMAIN_SUPPRESSED"):
                assert hit == expected, key
            else:
                assert hit is None, key
    assert suppression.check("nobody@firm.example") is None
    assert suppression.check("olle@firma.se").reasons == ("SUPPRESSED",)


def _generic_reference(address: str) -> bool:
    """The documented rule, without the first-letters shortcut of is_generic_address."""
    import re
    import unicodedata

    parts = generic_local_parts()
    local = address.rpartition("@")[0].split("+", 1)[0]
    plain = (
        "".join(
            ch
            for ch in unicodedata.normalize("NFKD", local.casefold())
            if not unicodedata.combining(ch)
        )
        .replace("-", ".")
        .replace("_", ".")
    )
    if not plain:
        return False
    trimmed = re.sub(r"[0-9.]+$", "", plain)
    suffix = re.match(r"^(?P<base>.+)\.[a-z]{2}$", trimmed or plain)
    return plain in parts or trimmed in parts or bool(suffix and suffix.group("base") in parts)


_LOCAL_CHARS = sorted(set("".join(generic_local_parts())) | set("0123456789.-_+ÉÖé"))


@settings(max_examples=3000, deadline=None)
@given(
    st.one_of(
        st.text(alphabet=_LOCAL_CHARS, min_size=1, max_size=14),
        st.builds(
            lambda part, tail, upper: (part + tail).upper() if upper else part + tail,
            st.sampled_from(sorted(generic_local_parts())),
            st.sampled_from(["", "2", "12", ".fr", "-se", "_uk", "+news", ".", "x", "s.x"]),
            st.booleans(),
        ),
    )
)
def test_generic_shortcut_agrees_with_the_rule(local: str) -> None:
    address = f"{local}@firm.example"
    assert is_generic_address(address) == _generic_reference(address)
