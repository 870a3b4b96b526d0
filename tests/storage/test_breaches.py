"""The breach log (art. 33): the record, the 72-hour countdown, late notices, affected file."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from storage import breaches
from storage.contacts import add_contact
from storage.errors import UsageError, UserError
from storage.workspace import Workspace

UTC = dt.UTC
NOTICED = dt.datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
NOW = dt.datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


def _record(ws: Workspace, **fields: object) -> int:
    return breaches.record_breach(
        ws, noticed_at=NOTICED, facts="A laptop with an export was stolen.", now=NOW, **fields
    )


def test_record_and_countdown(ws: Workspace) -> None:
    breach_id = _record(ws, risk="risk", data_categories="names, e-mail addresses")
    breach = breaches.get_breach(ws, breach_id)
    assert breach.deadline == dt.datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
    assert breach.time_left(NOW) == dt.timedelta(hours=24)
    assert breach.authority_required and not breach.people_required
    assert [b.id for b in breaches.awaiting_authority(ws)] == [breach_id]
    # Told in time: no reason needed, no longer awaiting.
    told = breaches.update_breach(
        ws, breach_id, authority_notified_at=dt.datetime(2026, 11, 27, 8, 0, tzinfo=UTC), now=NOW
    )
    assert not told.notified_late and breaches.awaiting_authority(ws) == []
    actions = [r[0] for r in ws.conn.execute("SELECT action FROM audit_log ORDER BY id")]
    assert actions[-2:] == ["breach.recorded", "breach.updated"]
    details = ws.conn.execute("SELECT details_json FROM audit_log ORDER BY id DESC").fetchone()
    # The fields the user changed, not the bookkeeping column stored with them.
    assert json.loads(details[0]) == {"fields": ["authority_notified_at"]}


def test_a_late_notification_needs_its_reasons(ws: Workspace) -> None:
    breach_id = _record(ws, risk="high")
    late = dt.datetime(2026, 11, 28, 9, 1, tzinfo=UTC)
    later_now = dt.datetime(2026, 11, 29, tzinfo=UTC)
    with pytest.raises(UserError, match="reasons for the delay"):
        breaches.update_breach(ws, breach_id, authority_notified_at=late, now=later_now)
    assert breaches.get_breach(ws, breach_id).authority_notified_at is None
    breach = breaches.update_breach(
        ws,
        breach_id,
        authority_notified_at=late,
        delay_reason="The theft was confirmed by the police only on the 28th.",
        now=later_now,
    )
    assert breach.notified_late and breach.people_required
    # The reason cannot be removed afterwards.
    with pytest.raises(UserError, match="reasons for the delay"):
        breaches.update_breach(ws, breach_id, delay_reason="", now=later_now)


def test_record_checks(ws: Workspace) -> None:
    with pytest.raises(UserError, match="facts"):
        breaches.record_breach(ws, noticed_at=NOTICED, facts="  ", now=NOW)
    with pytest.raises(UserError, match="future"):
        breaches.record_breach(ws, noticed_at=NOW + dt.timedelta(days=1), facts="x", now=NOW)
    early, late = NOTICED - dt.timedelta(hours=1), NOW + dt.timedelta(days=1)
    for field, who in (("authority_notified_at", "authority"), ("people_notified_at", "people")):
        # One whole sentence per case (the GUI translates sentences, not pieces of them).
        with pytest.raises(UserError) as too_early:
            _record(ws, **{field: early})
        assert too_early.value.message == (
            f"The {who} cannot have been told before the breach was noticed."
        )
        with pytest.raises(UserError) as in_future:
            _record(ws, **{field: late})
        assert in_future.value.message == f"The {who} cannot have been told in the future."
    with pytest.raises(UsageError, match="risk"):
        _record(ws, risk="medium")
    with pytest.raises(UsageError, match="whole number"):
        _record(ws, people_count="many")
    assert breaches.list_breaches(ws) == []


def test_a_low_risk_breach_is_logged_but_not_awaiting(ws: Workspace) -> None:
    breach_id = _record(ws, risk="low")
    assert not breaches.get_breach(ws, breach_id).authority_required
    assert breaches.awaiting_authority(ws) == []


def test_affected_contacts_file(ws: Workspace, tmp_path: Path) -> None:
    a = add_contact(ws, {"email": "a@example.org", "first_name": "=HYPERLINK(1)"})
    add_contact(ws, {"email": "b@example.org", "last_name": "B"})
    breach_id = _record(ws)
    with pytest.raises(UserError, match="attach the affected contacts"):
        breaches.write_affected_file(ws, breach_id, tmp_path / "x.csv")
    assert breaches.attach_contacts(ws, breach_id, contact_ids=[a, a, 999]) == 1
    assert breaches.attach_contacts(ws, breach_id, all_contacts=True) == 1
    assert breaches.get_breach(ws, breach_id).people_count == 2
    out = tmp_path / "affected.csv"
    assert breaches.write_affected_file(ws, breach_id, out) == 2
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["email", "first_name", "last_name", "company", "country"]
    assert rows[1][:2] == ["a@example.org", "'=HYPERLINK(1)"]  # no formula can start
    assert rows[2][0] == "b@example.org"
    details = ws.conn.execute(
        "SELECT details_json FROM audit_log WHERE action = 'breach.affected_exported'"
    ).fetchone()[0]
    assert "example.org" not in details
