"""The retention job (RULES.md section C): who has ended, who ends soon, and the purge."""

from __future__ import annotations

import datetime as dt

import pytest

from storage import optout, retention
from storage.contacts import add_contact, find_contact_id
from storage.errors import Cancelled
from storage.workspace import Workspace

# ws.today is 2026-11-28: a period that started on 2023-11-28 ended today.


def _add(ws: Workspace, email: str, **dates: str) -> int:
    return add_contact(ws, {"email": email, "first_name": "P", "last_name": "Q", **dates})


@pytest.fixture
def people(ws: Workspace) -> dict[str, int]:
    return {
        "ended_today": _add(ws, "a@firm.example", collected_on="2023-11-28"),
        "ends_tomorrow": _add(ws, "b@firm.example", collected_on="2023-11-29"),
        "ends_in_60": _add(ws, "c@firm.example", collected_on="2024-01-27"),
        "ends_in_61": _add(ws, "d@firm.example", collected_on="2024-01-28"),
        "old_but_replied": _add(
            ws, "e@firm.example", collected_on="2020-01-01", last_inbound_contact_date="2024-06-01"
        ),
        "old_reply": _add(
            ws, "f@firm.example", collected_on="2021-01-01", last_inbound_contact_date="2022-05-05"
        ),
        "customer_old_purchase": _add(
            ws, "g@firm.example", collected_on="2026-10-01", last_purchase_date="2023-01-15"
        ),
        "customer_recent": _add(
            ws, "h@firm.example", collected_on="2019-01-01", last_purchase_date="2025-01-15"
        ),
        "generic_old": _add(ws, "info@firm.example", collected_on="2015-01-01"),
        "fresh": _add(ws, "i@firm.example"),
    }


def test_scan_lists_ended_and_ending_soon_with_why(ws: Workspace, people: dict[str, int]) -> None:
    found = retention.scan(ws)
    expired = {e.contact_id: e for e in found.expired}
    assert set(expired) == {
        people["ended_today"],
        people["old_reply"],
        people["customer_old_purchase"],
    }
    assert expired[people["ended_today"]].basis == "collected"
    assert expired[people["ended_today"]].last_day == dt.date(2026, 11, 27)
    assert expired[people["old_reply"]].basis == "last_contact"
    assert expired[people["old_reply"]].start == dt.date(2022, 5, 5)
    assert expired[people["customer_old_purchase"]].basis == "last_purchase"
    assert [e.contact_id for e in found.ending_soon] == [
        people["ends_tomorrow"],
        people["ends_in_60"],
    ]
    assert found.ending_soon[0].end == dt.date(2026, 11, 29)


def test_purge_deletes_only_the_ended_and_keeps_the_optout_list(
    ws: Workspace, people: dict[str, int]
) -> None:
    optout.add_values(ws, ["a@firm.example"], reason="unsubscribed")
    result = retention.purge(ws)
    assert result.deleted == 3
    assert find_contact_id(ws, "a@firm.example") is None
    assert find_contact_id(ws, "b@firm.example") == people["ends_tomorrow"]
    assert find_contact_id(ws, "info@firm.example") == people["generic_old"]
    assert ws.conn.execute("SELECT count(*) FROM optouts").fetchone()[0] == 1
    row = ws.conn.execute(
        "SELECT details_json FROM audit_log WHERE action = 'retention.purged'"
    ).fetchone()
    assert '"deleted": 3' in row[0] and "firm.example" not in row[0]
    assert retention.scan(ws).expired == []


def test_purge_of_a_selection_rechecks_each(ws: Workspace, people: dict[str, int]) -> None:
    result = retention.purge(ws, [people["ended_today"], people["ends_tomorrow"]])
    assert (result.deleted, result.skipped) == (1, 1)
    assert find_contact_id(ws, "b@firm.example") is not None


def test_cancelled_purge_changes_nothing(ws: Workspace, people: dict[str, int]) -> None:
    before = ws.contact_count()
    with pytest.raises(Cancelled):
        retention.purge(ws, is_cancelled=lambda: True)
    assert ws.contact_count() == before


def test_as_of_date_moves_the_horizon(ws_path, people: dict[str, int]) -> None:  # noqa: ANN001
    later = Workspace.open(ws_path, today=dt.date(2027, 1, 27))
    try:
        ids = {e.contact_id for e in retention.scan(later).expired}
        assert people["ends_in_60"] in ids and people["ends_in_61"] not in ids
    finally:
        later.close()


@pytest.mark.parametrize("as_of", ["2027-02-28", "2028-02-29", "2027-03-01", "2026-11-28"])
def test_scan_agrees_with_the_rule_on_random_contacts(ws_path, as_of: str) -> None:  # noqa: ANN001
    """The scan compares ISO text; compliance.retention decides on dates: they must agree."""
    import random

    from compliance.retention import is_expired, retention_end_from

    rng = random.Random(as_of)
    days = [dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(0, 800)) for _ in range(40)]
    days += [dt.date(2024, 2, 29), dt.date(2024, 2, 28), dt.date(2024, 3, 1), dt.date(2025, 2, 28)]
    today = dt.date.fromisoformat(as_of)
    ws = Workspace.open(ws_path, today=today)
    expected_expired, expected_soon = set(), set()
    try:
        for n in range(250):
            dates = {
                name: rng.choice(days).isoformat()
                for name in (
                    "collected_on",
                    "last_inbound_contact_date",
                    "last_purchase_date",
                    "customer_since",
                )
                if rng.random() < (0.9 if name == "collected_on" else 0.3)
            }
            local = rng.choice(["info", "p"]) + str(n)
            contact_id = add_contact(ws, {"email": f"{local}@firm.example", **dates})

            class Facts:
                is_generic = local.startswith("info")
                collected_on = _d(dates.get("collected_on")) or today  # add_contact's default
                last_inbound_contact_date = _d(dates.get("last_inbound_contact_date"))
                last_purchase_date = _d(dates.get("last_purchase_date"))
                customer_since = _d(dates.get("customer_since"))

            if is_expired(Facts, today):
                expected_expired.add(contact_id)
            else:
                end = retention_end_from(
                    is_generic=Facts.is_generic,
                    collected_on=Facts.collected_on,
                    last_inbound_contact_date=Facts.last_inbound_contact_date,
                    last_purchase_date=Facts.last_purchase_date,
                    customer_since=Facts.customer_since,
                )
                if end is not None and end <= today + dt.timedelta(days=retention.SOON_DAYS):
                    expected_soon.add(contact_id)
        found = retention.scan(ws)
        assert {e.contact_id for e in found.expired} == expected_expired
        assert {e.contact_id for e in found.ending_soon} == expected_soon
        assert all(e.end <= today for e in found.expired)
        assert expected_expired and expected_soon
    finally:
        ws.close()


def _d(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def test_list_of_those_ending_soon_as_csv(ws: Workspace, people: dict[str, int], tmp_path) -> None:  # noqa: ANN001
    import csv
    import io

    add_contact(ws, {"email": "z@firm.example", "first_name": "=1+1", "collected_on": "2023-12-01"})
    soon = retention.scan(ws).ending_soon
    out = tmp_path / "soon.csv"
    assert retention.write_list_csv(ws, soon, out) == len(soon) == 3
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["email", "first_name", "last_name", "company", "kept_until", "counted_from"]
    assert rows[1] == ["b@firm.example", "P", "Q", "", "2026-11-28", "collected"]
    assert ["z@firm.example", "'=1+1"] == rows[2][:2]
