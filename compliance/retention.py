"""Retention arithmetic (RULES.md section C), pure and shared by clearance and the retention job.

- A prospect's data is kept 3 years from the later of its collection and the last contact coming
  from the person (a reply, an order, a click; never an e-mail open).
- A customer's data used for prospecting: 3 years after the last purchase. A contact coming from
  the customer after that purchase (a reply, an order) also counts, as for a prospect: the CNIL
  counts the end of the commercial relationship from "the last contact coming from the customer".
  The collection date does NOT count for a customer, so that importing an old customer file today
  does not give long-gone customers three fresh years.
- Generic (role) addresses are not personal data: no end.

The period is the half-open interval [start, start + 3 years): on the anniversary itself the
period has ended.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Protocol

RETENTION_YEARS = 3


class RetentionFacts(Protocol):
    """What the arithmetic reads from a contact (ContactFacts has all of it)."""

    @property
    def is_generic(self) -> bool: ...
    @property
    def collected_on(self) -> dt.date | None: ...
    @property
    def last_inbound_contact_date(self) -> dt.date | None: ...
    @property
    def last_purchase_date(self) -> dt.date | None: ...
    @property
    def customer_since(self) -> dt.date | None: ...


def add_years(day: dt.date, years: int) -> dt.date:
    """`day` moved by whole years; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by calendar months, clamped to the last day of a shorter month (31 Jan + 1 =
    28/29 Feb), which is how "one month" is read for the art. 14 deadline."""
    year, month_index = divmod(day.year * 12 + (day.month - 1) + months, 12)
    last_day = calendar.monthrange(year, month_index + 1)[1]
    return dt.date(year, month_index + 1, min(day.day, last_day))


def retention_start(
    *,
    is_generic: bool,
    collected_on: dt.date | None,
    last_inbound_contact_date: dt.date | None,
    last_purchase_date: dt.date | None = None,
    customer_since: dt.date | None = None,
) -> dt.date | None:
    """The date the 3-year period runs from, or None when there is none (generic address, or no
    date at all: storage always records a collection date, so that means "cannot tell", and an
    automatic purge must not guess)."""
    if is_generic:
        return None
    purchase = last_purchase_date or customer_since
    if purchase is not None:
        # A customer: the last purchase, or a later contact from the customer.
        if last_inbound_contact_date is not None and last_inbound_contact_date > purchase:
            return last_inbound_contact_date
        return purchase
    if collected_on is None:
        return last_inbound_contact_date
    if last_inbound_contact_date is not None and last_inbound_contact_date > collected_on:
        return last_inbound_contact_date
    return collected_on


def retention_end_from(
    *,
    is_generic: bool,
    collected_on: dt.date | None,
    last_inbound_contact_date: dt.date | None,
    last_purchase_date: dt.date | None = None,
    customer_since: dt.date | None = None,
) -> dt.date | None:
    """The first day the data is no longer kept, or None when it never expires."""
    start = retention_start(
        is_generic=is_generic,
        collected_on=collected_on,
        last_inbound_contact_date=last_inbound_contact_date,
        last_purchase_date=last_purchase_date,
        customer_since=customer_since,
    )
    return None if start is None else add_years(start, RETENTION_YEARS)


def retention_end(contact: RetentionFacts) -> dt.date | None:
    """The first day `contact`'s data is no longer kept, or None when it never expires."""
    return retention_end_from(
        is_generic=contact.is_generic,
        collected_on=contact.collected_on,
        last_inbound_contact_date=contact.last_inbound_contact_date,
        last_purchase_date=contact.last_purchase_date,
        customer_since=contact.customer_since,
    )


def is_expired(contact: RetentionFacts, today: dt.date) -> bool:
    """True when the retention period of `contact` has ended on `today`."""
    end = retention_end(contact)
    return end is not None and today >= end
