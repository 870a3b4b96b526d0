"""The audit trail: append-only in the database, tamper-evident, and filtered for the viewer."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlcipher3

from storage import audit
from storage.contacts import add_contact, update_contact
from storage.workspace import Workspace


def test_updates_and_deletes_are_refused(ws: Workspace) -> None:
    add_contact(ws, {"email": "a@example.org"})
    for sql in (
        "UPDATE audit_log SET action = 'x' WHERE id = 1",
        "DELETE FROM audit_log WHERE id = 1",
        "DELETE FROM audit_log",
    ):
        with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
            with ws.transaction():
                ws.conn.execute(sql)
    assert audit.check_chain(ws).ok


def test_a_changed_entry_breaks_the_chain(ws: Workspace) -> None:
    contact_id = add_contact(ws, {"email": "a@example.org"})
    update_contact(ws, contact_id, {"first_name": "Ann"})
    update_contact(ws, contact_id, {"first_name": "Anna"})
    entries = audit.count(ws)
    assert audit.check_chain(ws) == audit.ChainCheck(entries, None)
    target = audit.page(ws, audit.AuditFilter(action="contact.updated"))[-1].id
    # Someone with the key drops the guard and rewrites history.
    with ws.transaction():
        ws.conn.execute("DROP TRIGGER audit_log_no_update")
        ws.conn.execute(
            'UPDATE audit_log SET details_json = \'{"fields": ["notes"]}\' WHERE id = ?',
            (target,),
        )
    check = audit.check_chain(ws)
    assert not check.ok and check.first_broken == target


def test_a_removed_entry_breaks_the_chain(ws: Workspace) -> None:
    for i in range(3):
        add_contact(ws, {"email": f"p{i}@example.org"})
    middle = audit.page(ws, audit.AuditFilter(action="contact.added"))[1].id
    with ws.transaction():
        ws.conn.execute("DROP TRIGGER audit_log_no_delete")
        ws.conn.execute("DELETE FROM audit_log WHERE id = ?", (middle,))
    assert audit.check_chain(ws).first_broken == middle + 1


def test_viewer_filters(ws: Workspace) -> None:
    contact_id = add_contact(ws, {"email": "a@example.org"})
    update_contact(ws, contact_id, {"company": "Firm"})
    other = add_contact(ws, {"email": "b@example.org"})
    everything = audit.page(ws)
    assert everything[0].id > everything[-1].id  # newest first
    assert everything[-1].action == "workspace.created"
    assert [e.action for e in audit.page(ws, audit.AuditFilter(action="contact."))] == [
        "contact.added",
        "contact.updated",
        "contact.added",
    ]
    mine = audit.page(ws, audit.AuditFilter(entity="contact", entity_id=contact_id))
    assert {e.action for e in mine} == {"contact.added", "contact.updated"}
    assert audit.count(ws, audit.AuditFilter(text="COMPANY")) == 1
    assert audit.page(ws, audit.AuditFilter(entity_id=other))[0].details == {}
    today = dt.datetime.now(dt.UTC).date()
    assert audit.count(ws, audit.AuditFilter(since=today, until=today)) == len(everything)
    assert audit.count(ws, audit.AuditFilter(until=today - dt.timedelta(days=1))) == 0
    assert audit.page(ws, offset=1, limit=2) == everything[1:3]
    assert "contact.updated" in audit.actions(ws)
    assert audit.entities(ws) == ["contact"]
