"""Deadlines of rights requests (one month, +2 months) and of breach notification (72 hours)."""

from __future__ import annotations

import datetime as dt

import pytest

from compliance.deadlines import (
    Urgency,
    authority_must_be_told,
    breach_deadline,
    breach_time_left,
    extension_problem,
    format_time_left,
    notification_is_late,
    people_must_be_told,
    request_deadline,
    request_urgency,
)

D = dt.date


@pytest.mark.parametrize(
    ("received", "deadline", "extended"),
    [
        (D(2026, 3, 15), D(2026, 4, 15), D(2026, 6, 15)),
        (D(2026, 1, 31), D(2026, 2, 28), D(2026, 4, 30)),  # clamped to the month's end
        (D(2028, 1, 31), D(2028, 2, 29), D(2028, 4, 30)),  # leap year
        (D(2026, 12, 10), D(2027, 1, 10), D(2027, 3, 10)),  # over the year's end
        (D(2026, 11, 30), D(2026, 12, 30), D(2027, 2, 28)),
    ],
)
def test_request_deadline_one_month_then_three(
    received: dt.date, deadline: dt.date, extended: dt.date
) -> None:
    assert request_deadline(received) == deadline
    assert request_deadline(received, extended=True) == extended


def test_extension_only_if_told_within_the_first_month() -> None:
    received = D(2026, 3, 15)
    assert extension_problem(received, D(2026, 3, 20)) is None
    assert extension_problem(received, D(2026, 4, 15)) is None  # the last day still counts
    late = extension_problem(received, D(2026, 4, 16))
    assert late is not None and "2026-04-15" in late
    assert extension_problem(received, D(2026, 3, 14)) is not None


@pytest.mark.parametrize(
    ("deadline", "urgency"),
    [
        (D(2026, 11, 27), Urgency.OVERDUE),
        (D(2026, 11, 28), Urgency.DUE_THIS_WEEK),  # due today is not late yet
        (D(2026, 12, 5), Urgency.DUE_THIS_WEEK),
        (D(2026, 12, 6), Urgency.LATER),
    ],
)
def test_request_urgency(deadline: dt.date, urgency: Urgency) -> None:
    today = D(2026, 11, 28)
    assert request_urgency(deadline, today) is urgency
    assert request_urgency(deadline, today, is_open=False) is Urgency.CLOSED


def test_breach_72_hours() -> None:
    tz = dt.timezone(dt.timedelta(hours=1))
    noticed = dt.datetime(2026, 11, 27, 16, 30, tzinfo=tz)
    assert breach_deadline(noticed) == dt.datetime(2026, 11, 30, 16, 30, tzinfo=tz)
    now = dt.datetime(2026, 11, 28, 10, 0, tzinfo=tz)
    assert format_time_left(breach_time_left(noticed, now)) == (54, 30, False)
    after = dt.datetime(2026, 12, 1, 17, 45, tzinfo=tz)
    assert format_time_left(breach_time_left(noticed, after)) == (25, 15, True)
    assert not notification_is_late(noticed, dt.datetime(2026, 11, 30, 16, 30, tzinfo=tz))
    assert notification_is_late(noticed, dt.datetime(2026, 11, 30, 16, 31, tzinfo=tz))
    # Time zones are compared as instants: 15:31 UTC is 16:31 at UTC+1.
    assert notification_is_late(noticed, dt.datetime(2026, 11, 30, 15, 31, tzinfo=dt.UTC))


def test_who_must_be_told() -> None:
    assert authority_must_be_told(None)  # not assessed: strict
    assert authority_must_be_told("risk") and authority_must_be_told("high")
    assert not authority_must_be_told("none") and not authority_must_be_told("low")
    assert people_must_be_told("high")
    assert not people_must_be_told("high", data_encrypted=True)
    assert not people_must_be_told("risk")
