"""Retention arithmetic (RULES.md section C)."""

from __future__ import annotations

import datetime as dt

import pytest

from compliance.clearance import ContactFacts
from compliance.retention import (
    add_months,
    add_years,
    is_expired,
    retention_end,
    retention_end_from,
)

D = dt.date


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (D(2026, 1, 15), 1, D(2026, 2, 15)),
        (D(2026, 1, 31), 1, D(2026, 2, 28)),
        (D(2028, 1, 31), 1, D(2028, 2, 29)),
        (D(2026, 3, 31), 1, D(2026, 4, 30)),
        (D(2026, 12, 10), 1, D(2027, 1, 10)),
        (D(2026, 3, 31), -1, D(2026, 2, 28)),
    ],
)
def test_add_months(day: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(day, months) == expected


def test_add_years_leap_day() -> None:
    assert add_years(D(2024, 2, 29), 3) == D(2027, 2, 28)
    assert add_years(D(2024, 2, 28), 3) == D(2027, 2, 28)


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        # A prospect: three years from collection ...
        ({"collected_on": D(2023, 5, 1)}, D(2026, 5, 1)),
        # ... or from the last contact coming from the person, whichever is later.
        (
            {"collected_on": D(2023, 5, 1), "last_inbound_contact_date": D(2024, 2, 1)},
            D(2027, 2, 1),
        ),
        (
            {"collected_on": D(2024, 5, 1), "last_inbound_contact_date": D(2023, 2, 1)},
            D(2027, 5, 1),
        ),
        # A customer: three years after the last purchase, whatever the import date ...
        ({"collected_on": D(2026, 1, 1), "last_purchase_date": D(2022, 6, 1)}, D(2025, 6, 1)),
        # ... or after a later contact from the customer.
        (
            {"last_purchase_date": D(2022, 6, 1), "last_inbound_contact_date": D(2024, 1, 1)},
            D(2027, 1, 1),
        ),
        # Only the customer_since date known: it is the latest purchase we can prove.
        ({"collected_on": D(2026, 1, 1), "customer_since": D(2021, 1, 1)}, D(2024, 1, 1)),
        # No date at all: cannot tell; nothing is purged on a guess.
        ({}, None),
        ({"last_inbound_contact_date": D(2024, 1, 1)}, D(2027, 1, 1)),
    ],
)
def test_retention_end_from(kwargs: dict, expected: dt.date | None) -> None:
    values = {"is_generic": False, "collected_on": None, "last_inbound_contact_date": None}
    values.update(kwargs)
    assert retention_end_from(**values) == expected


def test_generic_addresses_never_expire() -> None:
    contact = ContactFacts(email="info@firm.fr", collected_on=D(2001, 1, 1))
    assert retention_end(contact) is None
    assert not is_expired(contact, D(2099, 1, 1))


def test_is_expired_on_the_anniversary() -> None:
    contact = ContactFacts(email="jean@firm.fr", collected_on=D(2023, 5, 1))
    assert retention_end(contact) == D(2026, 5, 1)
    assert not is_expired(contact, D(2026, 4, 30))
    assert is_expired(contact, D(2026, 5, 1))
    assert contact.retention_end == retention_end(contact)
