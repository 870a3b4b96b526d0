"""The value readers of the import: examples, refusals, and fast paths equal to slow ones."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compliance.emails import is_valid_email
from compliance.normalise import (
    Normaliser,
    Unreadable,
    cell_text,
    email_is_valid,
    normalise_address,
    normalise_country,
    normalise_date,
    normalise_enum,
    normalise_name,
    normalise_phone,
    normalise_phone_slow,
    normalise_tags,
    normalise_yes_no,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2025-04-03", "2025-04-03"),
        ("03/04/2025", "2025-04-03"),  # day first, as the contract says
        ("3/4/2025", "2025-04-03"),
        ("2025-04-03 10:22", "2025-04-03"),
        ("2025-04-03 10:22:59", "2025-04-03"),
        ("2025-04-03T10:22:59", "2025-04-03"),
        (dt.date(2024, 2, 29), "2024-02-29"),
        (dt.datetime(2024, 2, 29, 13, 5), "2024-02-29"),
        ("", None),
        ("  ", None),
        ("n/a", None),
    ],
)
def test_dates_in_the_contract_formats(raw: object, expected: str | None) -> None:
    assert normalise_date(raw) == expected


@pytest.mark.parametrize(
    "raw", ["31/02/2025", "2025-13-01", "3.4.25", "04/03/25", "yesterday", "45000", 45000.0,
            "2025-04-03 25:00", "Mar 3 2025"]
)  # fmt: skip
def test_unreadable_dates_are_refused_not_guessed(raw: object) -> None:
    with pytest.raises(Unreadable) as info:
        normalise_date(raw)
    assert info.value.reason == "INVALID_DATE"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("yes", 1), ("Oui", 1), ("JA", 1), ("x", 1), ("true", 1), ("1", 1), (1, 1), (True, 1),
     ("no", 0), ("non", 0), ("Nej", 0), ("false", 0), ("0", 0), (0.0, 0), ("", None)],
)  # fmt: skip
def test_yes_no_in_three_languages(raw: object, expected: int | None) -> None:
    assert normalise_yes_no(raw) == expected


def test_yes_no_refuses_maybe() -> None:
    with pytest.raises(Unreadable, match="INVALID_YES_NO"):
        normalise_yes_no("peut-être")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("France", "FR"), ("france", "FR"), ("fr", "FR"), ("Suède", "SE"), ("Sverige", "SE"),
     ("SWEDEN", "SE"), ("Royaume-Uni", "GB"), ("Storbritannien", "GB"), ("UK", "GB"),
     ("Allemagne", "DE"), ("Tyskland", "DE"), ("États-Unis", "US"), ("Etats Unis", "US"),
     ("Norvège", "NO"), ("Danmark", "DK"), ("Côte d'Ivoire", "CI"), ("", None)],
)  # fmt: skip
def test_countries_in_english_french_swedish(raw: str, expected: str | None) -> None:
    assert normalise_country(raw) == expected


def test_unknown_country_is_refused() -> None:
    with pytest.raises(Unreadable, match="INVALID_COUNTRY"):
        normalise_country("Atlantis")
    with pytest.raises(Unreadable, match="INVALID_COUNTRY"):
        normalise_country("ZZ")


def test_names_are_trimmed_and_spaces_collapsed() -> None:
    assert normalise_name("  Jean \t  Pierre\u00a0 ") == "Jean Pierre"
    assert normalise_name("   ") is None


def test_tags() -> None:
    assert normalise_tags(" vip ; salon 2025;;vip, lead ") == "vip;salon 2025;lead"
    assert normalise_tags("") is None


@pytest.mark.parametrize(
    ("field", "raw", "expected"),
    [("lawful_basis", "Intérêt légitime", "legitimate_interest"),
     ("lawful_basis", "samtycke", "consent"), ("lawful_basis", "legitimate_interest",
     "legitimate_interest"), ("audience", "B2B", "b2b"), ("audience", "particulier", "b2c"),
     ("job_function", "Customer service", "customer_service"), ("seniority", "Director",
     "director")],
)  # fmt: skip
def test_enumerations(field: str, raw: str, expected: str) -> None:
    assert normalise_enum(field, raw) == expected


def test_enumeration_refuses_unknown() -> None:
    with pytest.raises(Unreadable, match="INVALID_LAWFUL_BASIS"):
        normalise_enum("lawful_basis", "because")


@pytest.mark.parametrize(
    ("raw", "region", "expected"),
    [
        ("01 23 45 67 89", "FR", "+33123456789"),
        ("06.12.34.56.78", "FR", "+33612345678"),
        ("612345678", "FR", "+33612345678"),  # Excel lost the leading zero
        (612345678.0, "FR", "+33612345678"),
        ("+33 6 12 34 56 78", "SE", "+33612345678"),
        ("0033 6 12 34 56 78", "FR", "+33612345678"),
        ("070-123 45 67", "SE", "+46701234567"),
        ("08-123 456 78", "SE", "+46812345678"),
        ("+46 (0)70 123 45 67", None, "+46701234567"),
        ("020 7946 0958", "GB", "+442079460958"),
        ("(212) 555-0142", "US", "+12125550142"),
        ("", "FR", None),
        ("n/a", "FR", None),
    ],
)
def test_phones_to_e164(raw: object, region: str | None, expected: str | None) -> None:
    assert normalise_phone(raw, region) == expected


@pytest.mark.parametrize(("raw", "region"), [("12", "FR"), ("call me", "FR"), ("0612", "SE"),
                                             ("06 12 34 56 78", None)])  # fmt: skip
def test_unreadable_phones(raw: str, region: str | None) -> None:
    with pytest.raises(Unreadable, match="INVALID_PHONE"):
        normalise_phone(raw, region)


def _slow_or_reason(raw: str, region: str | None) -> str:
    try:
        return normalise_phone_slow(raw, region) or ""
    except Unreadable as exc:
        return exc.reason


def _fast_or_reason(raw: str, region: str | None) -> str:
    try:
        return normalise_phone(raw, region) or ""
    except Unreadable as exc:
        return exc.reason


_SEPARATORS = st.sampled_from(["", " ", ".", "-", "\u00a0"])


@st.composite
def phone_like(draw: st.DrawFn) -> str:
    prefix = draw(st.sampled_from(["", "0", "00", "+", "+33", "+46", "+44", "+49", "0033"]))
    groups = draw(st.lists(st.text("0123456789", min_size=1, max_size=4), min_size=1, max_size=5))
    sep = draw(_SEPARATORS)
    return prefix + sep.join(groups)


@settings(max_examples=600, deadline=None)
@given(phone_like(), st.sampled_from(["FR", "SE", "GB", "DE", "NO", "BE", "US", "IT", None]))
def test_fast_phone_path_agrees_with_phonenumbers(raw: str, region: str | None) -> None:
    assert _fast_or_reason(raw, region) == _slow_or_reason(raw, region)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=20), st.sampled_from(["FR", "SE", None]))
def test_phone_never_crashes_on_any_text(raw: str, region: str | None) -> None:
    assert _fast_or_reason(raw, region) == _slow_or_reason(raw, region)


@st.composite
def address_like(draw: st.DrawFn) -> str:
    local = draw(st.text("abcXYZ019._+-!#'%&", min_size=0, max_size=12))
    domain = draw(st.sampled_from(["firm.fr", "Firm.SE", "exämple.se", "a.test", "localhost",
                                   "x.y.co.uk", "-bad.fr", "b..c.fr", "1.2.3.4", "xn--bcher-kva.de",
                                   "dom.a1", "f.com"]))  # fmt: skip
    return draw(st.sampled_from(["", " ", "<"])) + f"{local}@{domain}"


@settings(max_examples=600, deadline=None)
@given(address_like())
def test_fast_address_check_agrees_with_email_validator(raw: str) -> None:
    address = raw.strip().strip("<>")
    assert email_is_valid(address) == is_valid_email(address)


def test_address_normalisation() -> None:
    assert normalise_address("  Jean.Dupont@Firm.FR ") == (
        "Jean.Dupont@firm.fr",
        "jean.dupont@firm.fr",
        True,
    )
    assert normalise_address("jöran@Exämple.se") == ("jöran@exämple.se", "jöran@exämple.se", True)
    assert normalise_address("not an address")[2] is False
    assert normalise_address("   ") is None


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=0, max_value=1e12))
def test_cell_text_of_integral_numbers_has_no_decimal_point(value: float) -> None:
    text = cell_text(value)
    if value.is_integer():
        assert text == str(int(value))
    else:
        assert float(text) == value


@given(st.text(max_size=30))
def test_name_normaliser_is_idempotent(text: str) -> None:
    once = normalise_name(text)
    assert normalise_name(once or "") == once
    if once:
        assert "  " not in once and once == once.strip()


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_dates_round_trip_through_every_written_form(day: dt.date) -> None:
    iso = day.isoformat()
    assert normalise_date(iso) == iso
    assert normalise_date(day.strftime("%d/%m/%Y")) == iso
    assert normalise_date(day.strftime("%Y-%m-%d 08:30")) == iso
    assert normalise_date(dt.datetime.combine(day, dt.time(9))) == iso


def test_cached_normaliser_gives_the_same_answers_and_errors() -> None:
    norm = Normaliser()
    country = norm.function("country")
    assert country("Suède") == "SE"
    assert country("Suède") == "SE"
    for _ in range(2):
        with pytest.raises(Unreadable, match="INVALID_COUNTRY"):
            country("Atlantis")
    date = norm.function("consent_date")
    assert date("01/02/2024") == "2024-02-01"
    assert norm.function("first_name")("  A  b ") == "A b"


@settings(max_examples=1500, deadline=None)
@given(
    st.text("ab-.09x", min_size=1, max_size=20),
    st.sampled_from(["", "fr", "se", "co.uk", "onion", "local", "test", "a", "x1"]),
)
def test_fast_domain_check_agrees_with_email_validator(label: str, tld: str) -> None:
    address = f"jean@{label}.{tld}" if tld else f"jean@{label}"
    assert email_is_valid(address) == is_valid_email(address)


@pytest.mark.parametrize(
    "domain",
    ["ab--cd.fr", "xn--bcher-kva.de", "a-.fr", "-a.fr", ("a" * 64) + ".fr", ("a" * 63) + ".fr",
     "mail.local", "x.onion", "a.b.c.d.e.se", "9.fr", "fr", "firm.f1", ("abc." * 70) + "fr"],
)  # fmt: skip
def test_fast_domain_check_on_edge_cases(domain: str) -> None:
    assert email_is_valid(f"jean@{domain}") == is_valid_email(f"jean@{domain}")
