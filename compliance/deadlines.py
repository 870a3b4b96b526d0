"""Deadlines of the person's rights and of the breach log (RULES.md sections D and E), pure.

- A rights request (GDPR art. 12(3)) is answered within one month of its receipt. The controller
  may extend it by two further months when the person is told so, with the reasons, within that
  first month. Months are calendar months, clamped to the end of a shorter month (31 January + 1
  month = 28 or 29 February), as Regulation 1182/71 reads a period expressed in months.
- A personal data breach (art. 33(1)) is notified to the authority within 72 hours after becoming
  aware of it; a later notification must give the reasons for the delay. The authority need not be
  told when the breach is unlikely to result in a risk; the people must be told when the risk is
  high (art. 34), unless the data were unintelligible to others (encrypted at rest, art. 34(3)(a)).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from .retention import add_months

REQUEST_MONTHS = 1
EXTENSION_MONTHS = 2
DUE_SOON_DAYS = 7
BREACH_NOTIFY_HOURS = 72

# Risk levels of the breach log, from none to high (the `breaches.risk` column).
RISK_LEVELS: tuple[str, ...] = ("none", "low", "risk", "high")


class Urgency(StrEnum):
    """Where an open request stands against its deadline."""

    OVERDUE = "overdue"  # the deadline has passed
    DUE_THIS_WEEK = "due_this_week"  # the deadline is today or within the next 7 days
    LATER = "later"
    CLOSED = "closed"


def request_deadline(received_on: dt.date, *, extended: bool = False) -> dt.date:
    """The last day to answer a request received on `received_on`."""
    months = REQUEST_MONTHS + (EXTENSION_MONTHS if extended else 0)
    return add_months(received_on, months)


def extension_problem(received_on: dt.date, told_on: dt.date) -> str | None:
    """Why the deadline cannot be extended with the person told on `told_on`, or None if it can.

    Art. 12(3): the person must be told of the extension, and why, within one month of receipt.
    """
    if told_on < received_on:
        return "The person cannot have been told of the extension before the request arrived."
    if told_on > request_deadline(received_on):
        return (
            "The deadline can be extended only if the person was told within one month of the "
            f"request (by {request_deadline(received_on).isoformat()}); it is too late now."
        )
    return None


def request_urgency(deadline: dt.date, today: dt.date, *, is_open: bool = True) -> Urgency:
    if not is_open:
        return Urgency.CLOSED
    if deadline < today:
        return Urgency.OVERDUE
    if deadline <= today + dt.timedelta(days=DUE_SOON_DAYS):
        return Urgency.DUE_THIS_WEEK
    return Urgency.LATER


def breach_deadline(noticed_at: dt.datetime) -> dt.datetime:
    """When the authority must have been told, at the latest: 72 hours after awareness."""
    return noticed_at + dt.timedelta(hours=BREACH_NOTIFY_HOURS)


def breach_time_left(noticed_at: dt.datetime, now: dt.datetime) -> dt.timedelta:
    """Time left before the 72-hour deadline (negative once it has passed)."""
    return breach_deadline(noticed_at) - now


def notification_is_late(noticed_at: dt.datetime, notified_at: dt.datetime) -> bool:
    """True when the authority was told after the 72 hours: the reasons must then be recorded."""
    return notified_at > breach_deadline(noticed_at)


def authority_must_be_told(risk: str | None) -> bool:
    """Art. 33(1): every breach is told to the authority unless unlikely to result in a risk.

    An unassessed risk (None) counts as a risk: the product judges strictly.
    """
    return risk not in ("none", "low")


def people_must_be_told(risk: str | None, *, data_encrypted: bool = False) -> bool:
    """Art. 34: the people are told of a high-risk breach, unless the data were unintelligible
    to anyone not authorised (encryption at rest whose key was not compromised)."""
    return risk == "high" and not data_encrypted


def format_time_left(left: dt.timedelta) -> tuple[int, int, bool]:
    """(hours, minutes, late) for a countdown: the absolute value and whether it has passed."""
    seconds = int(left.total_seconds())
    late = seconds < 0
    seconds = abs(seconds)
    return seconds // 3600, (seconds % 3600) // 60, late
