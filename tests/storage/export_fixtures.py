"""Helpers for the export and opt-out tests: contacts with chosen fields and sources, campaigns."""

from __future__ import annotations

from typing import Any

from compliance.campaign import Campaign, parse_campaign
from compliance.emails import email_key, is_valid_email, normalise_email
from storage.workspace import Workspace, now_iso

CAMPAIGN: dict[str, Any] = {
    "name": "Spring accounting offer",
    "sender": "Acme SAS, 1 rue de la Paix, 75002 Paris, contact@acme.example",
    "unsubscribe": "https://acme.example/unsubscribe?t={token}",
    "topic_functions": ["finance"],
    "product_category": "accounting",
    "notice": "We obtained your address from {source_name}. {sender}. Object: {unsubscribe}",
    "jurisdiction": "FR",
}

_SOURCES: dict[tuple[str, str], int] = {}


def campaign(**changes: Any) -> Campaign:
    return parse_campaign({**CAMPAIGN, **changes})


def source(ws: Workspace, source_type: str = "own_form", name: str = "Website form") -> int:
    row = ws.conn.execute(
        "SELECT id FROM sources WHERE source_type = ? AND source_name = ?", (source_type, name)
    ).fetchone()
    if row:
        return int(row[0])
    cur = ws.conn.execute(
        "INSERT INTO sources (source_type, source_name, acquired_on, created_at) "
        "VALUES (?, ?, ?, ?)",
        (source_type, name, ws.today.isoformat(), now_iso()),
    )
    return int(cur.lastrowid)


def put_contact(
    ws: Workspace,
    email: str,
    *,
    sources: tuple[tuple[str, str], ...] = (("own_form", "Website form"),),
    **fields: Any,
) -> int:
    """Insert a contact as stored (ISO dates, 0/1 for yes/no) with the given sources."""
    address = normalise_email(email)
    values: dict[str, Any] = {
        "email": address,
        "email_key": email_key(address),
        "email_valid": int(is_valid_email(address)),
        "audience": "b2b",
        "country": "FR",
        "job_function": "finance",
        "informed_at_collection": 1,
        "collected_on": ws.today.replace(month=1, day=10).isoformat(),
        "created_at": now_iso(),
        "updated_at": now_iso(),
    }
    values.update(fields)
    with ws.transaction():
        cols = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        contact_id = int(
            ws.conn.execute(
                f"INSERT INTO contacts ({cols}) VALUES ({marks})", list(values.values())
            ).lastrowid
        )
        for source_type, name in sources:
            ws.conn.execute(
                "INSERT INTO contact_sources (contact_id, source_id, added_at) VALUES (?, ?, ?)",
                (contact_id, source(ws, source_type, name), now_iso()),
            )
    return contact_id
