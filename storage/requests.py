"""The log of the people's requests (GDPR art. 12 and 15-21; RULES.md section D).

Each request (access, rectification, erasure, objection) is logged with its receipt date, how the
person's identity was checked, its deadline (one month; three when the person was told of the
extension within the first month), its status, its outcome and the file sent. A request is tied
to the contact while there is one, and always to the SHA-256 of the address, so that it survives
the person's erasure without keeping their address.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from compliance.deadlines import (
    Urgency,
    extension_problem,
    request_deadline,
    request_urgency,
)
from compliance.emails import email_key, email_sha256, is_valid_email, normalise_email

from .errors import UsageError, UserError
from .workspace import Workspace, now_iso

KINDS: tuple[str, ...] = ("access", "rectification", "erasure", "objection")
STATUSES: tuple[str, ...] = ("open", "done", "refused")


@dataclass(frozen=True)
class Request:
    id: int
    kind: str
    contact_id: int | None
    subject_sha256: str
    received_on: dt.date
    identity_check: str | None
    deadline: dt.date
    extension_told_on: dt.date | None
    status: str
    outcome: str | None
    file_sent: str | None
    closed_on: dt.date | None
    created_at: str
    # For display only, while the contact exists (never stored here).
    contact_email: str | None = None
    contact_name: str | None = None

    def urgency(self, today: dt.date) -> Urgency:
        return request_urgency(self.deadline, today, is_open=self.status == "open")

    @property
    def extended(self) -> bool:
        return self.extension_told_on is not None


_SELECT = (
    "SELECT r.id, r.kind, r.contact_id, r.subject_sha256, r.received_on, r.identity_check, "
    "r.deadline, r.extension_told_on, r.status, r.outcome, r.file_sent, r.closed_on, "
    "r.created_at, c.email, trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')) "
    "FROM requests r LEFT JOIN contacts c ON c.id = r.contact_id"
)


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _row(row: tuple) -> Request:
    return Request(
        id=row[0],
        kind=row[1],
        contact_id=row[2],
        subject_sha256=row[3],
        received_on=dt.date.fromisoformat(row[4]),
        identity_check=row[5],
        deadline=dt.date.fromisoformat(row[6]),
        extension_told_on=_date(row[7]),
        status=row[8],
        outcome=row[9],
        file_sent=row[10],
        closed_on=_date(row[11]),
        created_at=row[12],
        contact_email=row[13],
        contact_name=row[14] or None,
    )


def log_request(
    ws: Workspace,
    kind: str,
    *,
    email: str | None = None,
    contact_id: int | None = None,
    received_on: dt.date | None = None,
    identity_check: str | None = None,
) -> int:
    """Log a request received on `received_on` (default: today). Give the person's address, or
    the id of their contact; a person we hold nothing about can still make a request."""
    if kind not in KINDS:
        raise ValueError(f"unknown request kind {kind!r}")
    received = received_on or ws.today
    if received > ws.today:
        raise UserError("The date of receipt cannot be in the future.")
    if contact_id is not None:
        row = ws.conn.execute("SELECT email FROM contacts WHERE id = ?", (contact_id,)).fetchone()
        if row is None:
            raise UserError("This contact no longer exists (it was deleted or erased).")
        address = row[0]
    else:
        address = normalise_email(email or "")
        if not is_valid_email(address):
            raise UsageError("Give the person's e-mail address, written like name@example.com.")
        found = ws.conn.execute(
            "SELECT id FROM contacts WHERE email_key = ?", (email_key(address),)
        ).fetchone()
        contact_id = int(found[0]) if found else None
    deadline = request_deadline(received)
    with ws.transaction():
        cur = ws.conn.execute(
            "INSERT INTO requests (kind, contact_id, subject_sha256, received_on, identity_check, "
            "deadline, status, created_at) VALUES (?, ?, ?, ?, ?, ?, 'open', ?)",
            (
                kind,
                contact_id,
                email_sha256(address),
                received.isoformat(),
                (identity_check or "").strip() or None,
                deadline.isoformat(),
                now_iso(),
            ),
        )
        request_id = int(cur.lastrowid)
        ws.audit(
            "request.logged",
            entity="request",
            entity_id=request_id,
            details={"kind": kind, "contact_id": contact_id},
        )
    return request_id


def get_request(ws: Workspace, request_id: int) -> Request:
    row = ws.conn.execute(f"{_SELECT} WHERE r.id = ?", (request_id,)).fetchone()
    if row is None:
        raise UserError("This request does not exist.")
    return _row(row)


def list_requests(
    ws: Workspace,
    *,
    status: str | None = None,
    kind: str | None = None,
    contact_id: int | None = None,
    subject_sha256: str | None = None,
) -> list[Request]:
    """Requests, most urgent first (open ones by deadline, then closed ones, newest first)."""
    clauses, params = [], []
    for column, value in (
        ("r.status", status),
        ("r.kind", kind),
        ("r.contact_id", contact_id),
        ("r.subject_sha256", subject_sha256),
    ):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    order = " ORDER BY (r.status != 'open'), CASE WHEN r.status = 'open' THEN r.deadline END, "
    order += "r.received_on DESC, r.id DESC"
    return [_row(r) for r in ws.conn.execute(_SELECT + where + order, params)]


def requests_of_person(ws: Workspace, email: str, contact_id: int | None) -> list[Request]:
    """Every request of one person: by contact, or by the fingerprint of the address."""
    sha = email_sha256(email)
    rows = ws.conn.execute(
        f"{_SELECT} WHERE r.subject_sha256 = ? OR (r.contact_id IS NOT NULL AND r.contact_id = ?) "
        "ORDER BY r.received_on, r.id",
        (sha, contact_id),
    ).fetchall()
    return [_row(r) for r in rows]


@dataclass(frozen=True)
class DueRequests:
    overdue: list[Request]
    due_this_week: list[Request]


def due_requests(ws: Workspace) -> DueRequests:
    """Open requests past their deadline, and those due within the next seven days (overview)."""
    overdue, soon = [], []
    for request in list_requests(ws, status="open"):
        urgency = request.urgency(ws.today)
        if urgency is Urgency.OVERDUE:
            overdue.append(request)
        elif urgency is Urgency.DUE_THIS_WEEK:
            soon.append(request)
    return DueRequests(overdue, soon)


def extend_request(ws: Workspace, request_id: int, told_on: dt.date | None = None) -> Request:
    """Extend the deadline by two months: the person was told on `told_on` (default: today)."""
    request = get_request(ws, request_id)
    if request.status != "open":
        raise UserError("Only an open request can have its deadline extended.")
    if request.extended:
        raise UserError("This request's deadline was already extended; it cannot be again.")
    told = told_on or ws.today
    problem = extension_problem(request.received_on, told)
    if problem:
        raise UserError(problem)
    deadline = request_deadline(request.received_on, extended=True)
    with ws.transaction():
        ws.conn.execute(
            "UPDATE requests SET extension_told_on = ?, deadline = ? WHERE id = ?",
            (told.isoformat(), deadline.isoformat(), request_id),
        )
        ws.audit("request.extended", entity="request", entity_id=request_id)
    return get_request(ws, request_id)


def update_request(
    ws: Workspace,
    request_id: int,
    *,
    identity_check: str | None = None,
    outcome: str | None = None,
    file_sent: str | None = None,
) -> Request:
    """Record how identity was checked, the outcome so far, or the file sent."""
    get_request(ws, request_id)
    changes = {
        k: (v.strip() or None)
        for k, v in (
            ("identity_check", identity_check),
            ("outcome", outcome),
            ("file_sent", file_sent),
        )
        if v is not None
    }
    if changes:
        ws.update_audited("requests", request_id, changes, entity="request")
    return get_request(ws, request_id)


def close_request(
    ws: Workspace,
    request_id: int,
    *,
    status: str = "done",
    outcome: str | None = None,
    file_sent: str | None = None,
    closed_on: dt.date | None = None,
) -> Request:
    """Close a request as answered (`done`) or `refused` (a refusal must say why)."""
    if status not in ("done", "refused"):
        raise ValueError("a request closes as 'done' or 'refused'")
    request = get_request(ws, request_id)
    if request.status != "open":
        raise UserError("This request is already closed.")
    if status == "refused" and not (outcome or request.outcome or "").strip():
        raise UserError("Say why the request is refused: the person must be told the reason.")
    closed = closed_on or ws.today
    if closed < request.received_on:
        raise UserError("A request cannot be closed before it was received.")
    with ws.transaction():
        ws.conn.execute(
            "UPDATE requests SET status = ?, closed_on = ?, outcome = coalesce(?, outcome), "
            "file_sent = coalesce(?, file_sent) WHERE id = ?",
            (
                status,
                closed.isoformat(),
                (outcome or "").strip() or None,
                (file_sent or "").strip() or None,
                request_id,
            ),
        )
        ws.audit(
            "request.closed",
            entity="request",
            entity_id=request_id,
            details={"status": status, "late": closed > request.deadline},
        )
    return get_request(ws, request_id)
