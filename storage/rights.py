"""The person's rights (GDPR art. 15-21; RULES.md section D): find a person, see everything held
about them, the access report, rectification, objection and erasure.

Erasure removes every trace of the person in one transaction: the contact row (its notes with
it), its source links, the import history (`batch_changes.previous_json`), its export memberships,
its breach links, the full-text index (FTS5 `secure-delete`), index samples kept by ANALYZE, and
the address and name inside the text of their requests. It keeps only the SHA-256 of the address
on the opt-out list (reason `erased`), so no re-import brings the person back. The audit trail
holds ids and counts only, so it keeps nothing to erase. After the commit the WAL is checkpointed
and truncated; `PRAGMA secure_delete` has zeroed the freed space.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from compliance.access_report import (
    AccessReport,
    OptoutFact,
    RecipientFact,
    ReportFacts,
    RequestFact,
    SourceFact,
    build_report,
    language_for_country,
    render_html,
    report_json,
)
from compliance.clearance import is_generic_address
from compliance.emails import (
    email_domain,
    email_key,
    email_md5,
    email_sha256,
    is_valid_email,
    normalise_email,
)

from . import register
from .atomic import write_text_atomically
from .contacts import contact_sources, find_contact_id, fts_query, get_contact, update_contact
from .errors import UsageError, UserError
from .requests import Request, close_request, requests_of_person, update_request
from .workspace import Workspace, now_iso

log = logging.getLogger(__name__)

REPORT_FORMATS = (".html", ".json")
ERASED = "[erased]"


def check_address(raw: str) -> str:
    """The normalised address, or a UsageError saying it is not an address."""
    address = normalise_email(raw or "")
    if not is_valid_email(address):
        raise UsageError(
            "This is not a valid e-mail address. Write the person's full address, like "
            "name@example.com."
        )
    return address


# ------------------------------------------------------------------------------ finding people
@dataclass(frozen=True)
class PersonMatch:
    contact_id: int
    email: str = field(repr=False)
    name: str = field(repr=False)
    company: str | None = field(repr=False)


def find_people(ws: Workspace, text: str, *, limit: int = 50) -> list[PersonMatch]:
    """People whose address starts with `text` (when it contains '@'), else whose name, company
    or address contains words starting with the words of `text`."""
    text = (text or "").strip()
    if not text:
        return []
    select = (
        "SELECT id, email, trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')), "
        "company FROM contacts"
    )
    if "@" in text:
        key = email_key(text)
        rows = ws.conn.execute(
            f"{select} WHERE email_key >= ? AND email_key < ? ORDER BY email_key LIMIT ?",
            (key, key + "\U0010ffff", limit),
        ).fetchall()
    else:
        match = fts_query(text)
        if match is None:
            return []
        rows = ws.conn.execute(
            f"{select} WHERE id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ? "
            "LIMIT ?) ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, id",
            (match, limit),
        ).fetchall()
    return [PersonMatch(int(r[0]), r[1], r[2], r[3]) for r in rows]


# ------------------------------------------------------------------------------ one person
@dataclass(frozen=True)
class ExportMembership:
    export_id: int
    created_at: str
    campaign: str
    tool: str | None
    decision: str
    file_name: str


@dataclass(frozen=True)
class OptoutEntry:
    kind: str
    reason: str
    added_at: str
    origin: str | None


@dataclass(frozen=True)
class PersonRecord:
    """Everything stored about one person (the person page and the access report)."""

    email: str = field(repr=False)
    contact_id: int | None
    contact: dict[str, Any] | None = field(repr=False)
    sources: list[dict[str, Any]] = field(repr=False)
    exports: list[ExportMembership]
    optouts: list[OptoutEntry]
    requests: list[Request]
    breaches: list[tuple[int, str]]  # (breach id, noticed_at)
    is_generic: bool

    @property
    def suppressed(self) -> bool:
        return any(o.kind != "domain" for o in self.optouts)


def _optouts(ws: Workspace, address: str) -> list[OptoutEntry]:
    rows = ws.conn.execute(
        "SELECT kind, reason, added_at, origin FROM optouts WHERE (kind = 'email' AND value = ?) "
        "OR (kind = 'sha256' AND value = ?) OR (kind = 'md5' AND value = ?) "
        "OR (kind = 'domain' AND value = ?) ORDER BY added_at, id",
        (email_key(address), email_sha256(address), email_md5(address), email_domain(address)),
    ).fetchall()
    return [OptoutEntry(*r) for r in rows]


def _exports(ws: Workspace, contact_id: int) -> list[ExportMembership]:
    out = []
    for export_id, created, campaign_json, tool, decision, file_name in ws.conn.execute(
        "SELECT e.id, e.created_at, e.campaign_json, e.tool, m.decision, e.file_name "
        "FROM export_members m JOIN exports e ON e.id = m.export_id "
        "WHERE m.contact_id = ? ORDER BY e.created_at, e.id",
        (contact_id,),
    ):
        try:
            name = str(json.loads(campaign_json).get("name") or "")
        except (ValueError, AttributeError):
            name = ""
        out.append(ExportMembership(export_id, created, name, tool, decision, file_name))
    return out


def _resolve(
    ws: Workspace, email: str | None, contact_id: int | None
) -> tuple[str, int | None, dict[str, Any] | None]:
    """(address, contact id, contact row) from an address or a contact id; the id and row are
    None for an address we hold no contact for. Raises like `person_record`."""
    if contact_id is not None:
        contact = get_contact(ws, contact_id)
        if contact is None:
            raise UserError("This contact no longer exists (it was deleted or erased).")
        return contact["email"], contact_id, contact
    address = check_address(email or "")
    found = find_contact_id(ws, address)
    return address, found, (get_contact(ws, found) if found is not None else None)


def person_record(
    ws: Workspace, *, email: str | None = None, contact_id: int | None = None
) -> PersonRecord:
    """Everything about the person with this address (or contact id). A person with no contact
    row but on the opt-out list in clear is known too. Raises a UserError for an unknown person,
    a UsageError for a malformed address."""
    address, contact_id, contact = _resolve(ws, email, contact_id)
    optouts = _optouts(ws, address)
    if contact is None and not any(o.kind == "email" for o in optouts):
        raise UserError(
            "No one with this address is stored in this workspace (it may have been erased "
            "already). Nothing was changed."
        )
    breaches = (
        ws.conn.execute(
            "SELECT b.id, b.noticed_at FROM breach_contacts bc JOIN breaches b "
            "ON b.id = bc.breach_id WHERE bc.contact_id = ? ORDER BY b.noticed_at",
            (contact_id,),
        ).fetchall()
        if contact_id
        else []
    )
    return PersonRecord(
        email=address,
        contact_id=contact_id,
        contact=contact,
        sources=contact_sources(ws, contact_id) if contact_id else [],
        exports=_exports(ws, contact_id) if contact_id else [],
        optouts=optouts,
        requests=requests_of_person(ws, address, contact_id),
        breaches=[(int(b[0]), b[1]) for b in breaches],
        is_generic=is_generic_address(email_key(address)),
    )


# ------------------------------------------------------------------------------ access report
def _day(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def report_facts(ws: Workspace, record: PersonRecord) -> ReportFacts:
    contact = record.contact or {}
    country = (contact.get("country") or "").upper()
    jurisdiction = country if country in ("FR", "SE") else ws.setting("jurisdiction", "FR")
    return ReportFacts(
        email=record.email,
        generated_on=ws.today,
        fields=dict(contact),
        sources=tuple(
            SourceFact(s["source_type"], s["source_name"], _day(s["acquired_on"]))
            for s in record.sources
        ),
        recipients=tuple(
            RecipientFact(_day(e.created_at), e.campaign, e.tool, e.decision)
            for e in record.exports
        ),
        optouts=tuple(
            OptoutFact(o.kind, o.reason, _day(o.added_at))
            for o in record.optouts
            if o.kind != "domain"
        ),
        requests=tuple(RequestFact(r.kind, r.received_on, r.status) for r in record.requests),
        controller=register.controller_lines(ws),
        jurisdiction=jurisdiction,
        is_generic=record.is_generic,
    )


def report_language(ws: Workspace, record: PersonRecord, language: str | None = None) -> str:
    """The language asked for, else the person's (from their country), else the workspace's."""
    if language:
        if language not in ("en", "fr", "sv"):
            raise UsageError("The report language must be en, fr or sv.")
        return language
    country = (record.contact or {}).get("country")
    return language_for_country(country, default=ws.setting("language", "en"))


def access_report(
    ws: Workspace,
    *,
    email: str | None = None,
    contact_id: int | None = None,
    language: str | None = None,
) -> AccessReport:
    record = person_record(ws, email=email, contact_id=contact_id)
    return build_report(report_facts(ws, record), report_language(ws, record, language))


@dataclass(frozen=True)
class ReportWritten:
    path: Path
    language: str
    contact_id: int | None


PdfWriter = Callable[[str, Path], object]  # (html, path): the GUI's Qt printer


def write_access_report(
    ws: Workspace,
    email: str,
    out: Path,
    *,
    language: str | None = None,
    request_id: int | None = None,
    pdf_writer: PdfWriter | None = None,
) -> ReportWritten:
    """Write the access report as HTML or JSON (or PDF, given the GUI's `pdf_writer`), by the
    file's suffix, never half-written; audited. With `request_id`, the file is recorded as the
    one sent for that request."""
    out = Path(out)
    suffix = out.suffix.lower()
    formats = REPORT_FORMATS + ((".pdf",) if pdf_writer else ())
    if suffix not in formats:
        raise UsageError("The report file must end in " + " or ".join(formats) + ".")
    record = person_record(ws, email=email)
    report = build_report(report_facts(ws, record), report_language(ws, record, language))
    # The record first, the file last inside the same transaction: a file that cannot be
    # written rolls the record back, and the rename is the last thing before the commit.
    with ws.transaction():
        if request_id is not None:
            update_request(ws, request_id, file_sent=out.name)
        ws.audit(
            "person.access_report",
            entity="contact",
            entity_id=record.contact_id,
            details={"format": suffix[1:], "language": report.language, "request": request_id},
        )
        if suffix == ".json":
            text = json.dumps(report_json(report), ensure_ascii=False, indent=2)
            write_text_atomically(out, text)
        elif suffix == ".pdf" and pdf_writer is not None:
            pdf_writer(render_html(report), out)
        else:
            write_text_atomically(out, render_html(report))
    log.info("access report written for contact %s", record.contact_id)
    return ReportWritten(out, report.language, record.contact_id)


# ------------------------------------------------------------------------------ rectification
def rectify(
    ws: Workspace,
    contact_id: int,
    changes: Mapping[str, Any],
    *,
    request_id: int | None = None,
) -> dict[str, Any]:
    """Art. 16: correct a contact's fields (validated, audited by field name by update_contact)."""
    with ws.transaction():
        updated = update_contact(ws, contact_id, changes)
        if request_id is not None:
            ws.audit(
                "request.rectified",
                entity="request",
                entity_id=request_id,
                details={"contact_id": contact_id, "fields": sorted(changes)},
            )
    return updated


# ------------------------------------------------------------------------------ objection
def object_to_marketing(
    ws: Workspace,
    *,
    email: str | None = None,
    contact_id: int | None = None,
    request_id: int | None = None,
    reason: str = "objected",
) -> bool:
    """Art. 21: the address goes on the opt-out list at once (and a consent is withdrawn).

    Returns False when the address was already on the list. Works for a person we hold nothing
    else about too (an objection made in advance)."""
    address, contact_id, _contact = _resolve(ws, email, contact_id)
    with ws.transaction():
        cur = ws.conn.execute(
            "INSERT OR IGNORE INTO optouts (kind, value, reason, origin, added_at) "
            "VALUES ('email', ?, ?, 'request', ?)",
            (email_key(address), reason, now_iso()),
        )
        added = bool(cur.rowcount)
        if contact_id is not None:
            ws.conn.execute(
                "UPDATE contacts SET consent_withdrawn_on = coalesce(consent_withdrawn_on, ?), "
                "updated_at = ? WHERE id = ? AND lawful_basis = 'consent'",
                (ws.today.isoformat(), now_iso(), contact_id),
            )
        ws.audit(
            "person.objected",
            entity="contact",
            entity_id=contact_id,
            details={"added": added, "request": request_id},
        )
        if request_id is not None:
            close_request(ws, request_id, outcome="Address put on the opt-out list.")
    return added


# ------------------------------------------------------------------------------ erasure
@dataclass(frozen=True)
class ErasureResult:
    contact_id: int | None
    removed: dict[str, int]
    export_tools: tuple[str, ...]  # where exported files went: erase the person there too
    checkpointed: bool  # the WAL was emptied, so no old copy of the pages remains in it


def _needles(address: str, contact: Mapping[str, Any] | None) -> tuple[list[str], list[str]]:
    """(substrings, whole words) identifying the person in free text."""
    subs = {address, email_key(address), address.rpartition("@")[0]}
    words: set[str] = set()
    if contact:
        first = (contact.get("first_name") or "").strip()
        last = (contact.get("last_name") or "").strip()
        for name in (f"{first} {last}".strip(), f"{last} {first}".strip(), first, last):
            if len(name) >= 2:
                words.add(name)
    return [s for s in subs if len(s) >= 3], sorted(words, key=len, reverse=True)


def redact(text: str | None, subs: list[str], words: list[str]) -> str | None:
    """`text` with the person's address and names replaced by [erased] (case-insensitive)."""
    if not text:
        return text
    for needle in sorted(subs, key=len, reverse=True):
        text = re.sub(re.escape(needle), ERASED, text, flags=re.IGNORECASE)
    for word in words:
        text = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", ERASED, text, flags=re.IGNORECASE)
    return text


def _scrub_stat4(ws: Workspace, needles: list[str]) -> int:
    """ANALYZE keeps sample index keys in sqlite_stat4: drop the samples naming the person (the
    query planner only loses a few samples)."""
    exists = ws.conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat4'"
    ).fetchone()
    if not exists:
        return 0
    removed = 0
    for needle in needles:
        blob = needle.encode("utf-8")
        removed += ws.conn.execute(
            "DELETE FROM sqlite_stat4 WHERE instr(sample, ?) > 0", (blob,)
        ).rowcount
    return removed


def erase_person(ws: Workspace, email: str, *, request_id: int | None = None) -> ErasureResult:
    """Art. 17: erase every trace of the person with this address; keep only its SHA-256 on the
    opt-out list (reason `erased`). One transaction: a failure leaves everything as it was."""
    record = person_record(ws, email=email)  # raises for a malformed or unknown address
    address = record.email
    contact_id = record.contact_id
    subs, words = _needles(address, record.contact)
    removed: dict[str, int] = {}
    tools = tuple(sorted({e.tool or "generic" for e in record.exports}))
    with ws.transaction():
        # Requests stay (proof of compliance) but only with the address's fingerprint.
        for request in record.requests:
            ws.conn.execute(
                "UPDATE requests SET contact_id = NULL, subject_sha256 = ?, identity_check = ?, "
                "outcome = ?, file_sent = ? WHERE id = ?",
                (
                    email_sha256(address),
                    redact(request.identity_check, subs, words),
                    redact(request.outcome, subs, words),
                    redact(request.file_sent, subs, words),
                    request.id,
                ),
            )
        removed["requests_detached"] = len(record.requests)
        if contact_id is not None:
            params = (contact_id,)
            for table in ("batch_changes", "export_members", "breach_contacts"):
                removed[table] = ws.conn.execute(
                    f"DELETE FROM {table} WHERE contact_id = ?", params
                ).rowcount
            source_ids = [
                r[0]
                for r in ws.conn.execute(
                    "SELECT source_id FROM contact_sources WHERE contact_id = ?", params
                )
            ]
            removed["contact_sources"] = ws.conn.execute(
                "DELETE FROM contact_sources WHERE contact_id = ?", params
            ).rowcount
            # The contact row, its notes, and its full-text entry (the FTS delete trigger).
            removed["contacts"] = ws.conn.execute(
                "DELETE FROM contacts WHERE id = ?", params
            ).rowcount
            # A hand-entered contact's own source, now empty, may carry words about the person.
            removed["sources"] = 0
            for source_id in source_ids:
                removed["sources"] += ws.conn.execute(
                    "DELETE FROM sources WHERE id = ? AND source_type = 'manual' "
                    "AND NOT EXISTS (SELECT 1 FROM contact_sources WHERE source_id = ?) "
                    "AND NOT EXISTS (SELECT 1 FROM batch_changes WHERE source_id = ?)",
                    (source_id, source_id, source_id),
                ).rowcount
        removed["stat4_samples"] = _scrub_stat4(ws, subs + words)
        # The opt-out list keeps only the SHA-256 of the address.
        removed["optouts_in_clear"] = ws.conn.execute(
            "DELETE FROM optouts WHERE (kind = 'email' AND value = ?) OR (kind = 'md5' AND "
            "value = ?)",
            (email_key(address), email_md5(address)),
        ).rowcount
        ws.conn.execute(
            "INSERT INTO optouts (kind, value, reason, origin, added_at) "
            "VALUES ('sha256', ?, 'erased', 'erasure', ?) "
            "ON CONFLICT (kind, value) DO UPDATE SET reason = 'erased', origin = 'erasure'",
            (email_sha256(address), now_iso()),
        )
        ws.audit(
            "person.erased",
            entity="contact",
            entity_id=contact_id,
            details={"removed": removed, "request": request_id},
        )
        if request_id is not None:
            close_request(ws, request_id, outcome="Erased; only a fingerprint is kept.")
    checkpointed = _checkpoint(ws)
    log.info("contact %s erased (%s)", contact_id, removed)
    return ErasureResult(contact_id, removed, tools, checkpointed)


def _checkpoint(ws: Workspace) -> bool:
    """Copy the WAL into the file and truncate it, so no old page (with the person's data) stays
    in the WAL. False when another connection was reading and it could not complete."""
    if ws.conn.in_transaction:
        return False
    timeout = ws.conn.execute("PRAGMA busy_timeout").fetchone()[0]
    ws.conn.execute("PRAGMA busy_timeout = 3000")
    try:
        busy, _frames, _done = ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        ws.conn.execute(f"PRAGMA busy_timeout = {int(timeout)}")
    return busy == 0
