"""The breach log (GDPR art. 33(5); RULES.md section E).

Every personal data breach is recorded, notified or not: when it was noticed, the facts, the
categories and numbers of people and records, the likely consequences, the risk, the measures
taken, and whether and when the authority (CNIL / IMY) and the people were told. The authority's
deadline is 72 hours after awareness (`compliance.deadlines`); a notification after that must give
the reasons for the delay, and the log refuses a late notification date without them.

The contacts affected can be attached (all, those of a source or of an export, or chosen ones) and
written to a CSV file for notifying them. Times are stored as ISO 8601 with their UTC offset.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from compliance import breach_record
from compliance.deadlines import (
    RISK_LEVELS,
    authority_must_be_told,
    breach_deadline,
    breach_time_left,
    notification_is_late,
    people_must_be_told,
)
from compliance.sanitize import safe_cell

from .atomic import write_bytes_atomically, write_text_atomically
from .errors import UsageError, UserError
from .workspace import Workspace, now_iso

TEXT_FIELDS = (
    "facts",
    "data_categories",
    "people_categories",
    "consequences",
    "measures",
    "delay_reason",
)
COUNT_FIELDS = ("people_count", "records_count")
TIME_FIELDS = ("noticed_at", "authority_notified_at", "people_notified_at")
EDITABLE = (*TEXT_FIELDS, *COUNT_FIELDS, *TIME_FIELDS, "risk")
AFFECTED_COLUMNS = ("email", "first_name", "last_name", "company", "country")


def aware(moment: dt.datetime) -> dt.datetime:
    """A moment with its time zone (a naive one is read as local time)."""
    return moment if moment.tzinfo else moment.astimezone()


def _moment(text: str | None) -> dt.datetime | None:
    return aware(dt.datetime.fromisoformat(text)) if text else None


@dataclass(frozen=True)
class Breach:
    id: int
    noticed_at: dt.datetime
    facts: str
    data_categories: str | None
    people_categories: str | None
    people_count: int | None
    records_count: int | None
    consequences: str | None
    risk: str | None
    measures: str | None
    authority_notified_at: dt.datetime | None
    delay_reason: str | None
    people_notified_at: dt.datetime | None
    created_at: str
    updated_at: str
    affected: int  # contacts attached to the breach

    @property
    def deadline(self) -> dt.datetime:
        return breach_deadline(self.noticed_at)

    def time_left(self, now: dt.datetime | None = None) -> dt.timedelta:
        return breach_time_left(self.noticed_at, aware(now or dt.datetime.now(dt.UTC)))

    @property
    def authority_required(self) -> bool:
        return authority_must_be_told(self.risk)

    @property
    def people_required(self) -> bool:
        # The workspace is encrypted at rest (art. 34(3)(a)) but a breach may concern an export
        # or a printout: the log does not assume the data were unintelligible.
        return people_must_be_told(self.risk)

    @property
    def notified_late(self) -> bool:
        return self.authority_notified_at is not None and notification_is_late(
            self.noticed_at, self.authority_notified_at
        )

    def awaiting_authority(self, now: dt.datetime | None = None) -> bool:
        """The authority must be told and has not been yet."""
        return self.authority_required and self.authority_notified_at is None


_SELECT = (
    "SELECT b.id, b.noticed_at, b.facts, b.data_categories, b.people_categories, "
    "b.people_count, b.records_count, b.consequences, b.risk, b.measures, "
    "b.authority_notified_at, b.delay_reason, b.people_notified_at, b.created_at, b.updated_at, "
    "(SELECT count(*) FROM breach_contacts bc WHERE bc.breach_id = b.id) FROM breaches b"
)


def _row(r: tuple) -> Breach:
    return Breach(
        id=r[0],
        noticed_at=_moment(r[1]),  # type: ignore[arg-type]
        facts=r[2],
        data_categories=r[3],
        people_categories=r[4],
        people_count=r[5],
        records_count=r[6],
        consequences=r[7],
        risk=r[8],
        measures=r[9],
        authority_notified_at=_moment(r[10]),
        delay_reason=r[11],
        people_notified_at=_moment(r[12]),
        created_at=r[13],
        updated_at=r[14],
        affected=r[15],
    )


def get_breach(ws: Workspace, breach_id: int) -> Breach:
    row = ws.conn.execute(f"{_SELECT} WHERE b.id = ?", (breach_id,)).fetchone()
    if row is None:
        raise UserError("This breach is not in the log.")
    return _row(row)


def list_breaches(ws: Workspace) -> list[Breach]:
    return [_row(r) for r in ws.conn.execute(f"{_SELECT} ORDER BY b.noticed_at DESC, b.id DESC")]


def _clean(fields: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise ValueError(f"unknown breach fields: {sorted(unknown)}")
    out: dict[str, Any] = {}
    for name, value in fields.items():
        if name in TEXT_FIELDS:
            out[name] = (str(value).strip() or None) if value is not None else None
        elif name in COUNT_FIELDS:
            if value in (None, ""):
                out[name] = None
            else:
                try:
                    number = int(value)
                except (TypeError, ValueError):
                    raise UsageError(
                        f"The {name.replace('_', ' ')} must be a whole number."
                    ) from None
                if number < 0:
                    raise UsageError(f"The {name.replace('_', ' ')} cannot be negative.")
                out[name] = number
        elif name in TIME_FIELDS:
            out[name] = aware(value) if value is not None else None
        elif name == "risk":
            if value is not None and value not in RISK_LEVELS:
                raise UsageError("The risk must be one of: " + ", ".join(RISK_LEVELS) + ".")
            out[name] = value
    return out


def _check(values: Mapping[str, Any], now: dt.datetime) -> None:
    """The rules of the record: facts given, times in order and not in the future, and the
    reasons for a late notification (art. 33(1))."""
    noticed = values["noticed_at"]
    if not (values.get("facts") or "").strip():
        raise UserError("Describe what happened (the facts of the breach).")
    if noticed > now + dt.timedelta(minutes=5):
        raise UserError("The moment the breach was noticed cannot be in the future.")
    # Whole sentences, one per case: the GUI translates sentences, not pieces of them.
    authority, people = values.get("authority_notified_at"), values.get("people_notified_at")
    soon = now + dt.timedelta(minutes=5)
    if authority is not None and authority < noticed:
        raise UserError("The authority cannot have been told before the breach was noticed.")
    if authority is not None and authority > soon:
        raise UserError("The authority cannot have been told in the future.")
    if people is not None and people < noticed:
        raise UserError("The people cannot have been told before the breach was noticed.")
    if people is not None and people > soon:
        raise UserError("The people cannot have been told in the future.")
    notified = values.get("authority_notified_at")
    if notified and notification_is_late(noticed, notified) and not values.get("delay_reason"):
        raise UserError(
            "The authority was told more than 72 hours after the breach was noticed: give the "
            "reasons for the delay (GDPR article 33(1) requires them)."
        )


def _stored(values: Mapping[str, Any]) -> dict[str, Any]:
    return {
        k: (v.isoformat(timespec="minutes") if isinstance(v, dt.datetime) else v)
        for k, v in values.items()
    }


def record_breach(
    ws: Workspace,
    *,
    noticed_at: dt.datetime,
    facts: str,
    now: dt.datetime | None = None,
    **fields: Any,
) -> int:
    """Add a breach to the log. Returns its id."""
    values = _clean({"noticed_at": noticed_at, "facts": facts, **fields})
    _check(values, aware(now or dt.datetime.now(dt.UTC)))
    stamp = now_iso()
    row = {**_stored(values), "created_at": stamp, "updated_at": stamp}
    with ws.transaction():
        cols = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        cur = ws.conn.execute(f"INSERT INTO breaches ({cols}) VALUES ({marks})", list(row.values()))
        breach_id = int(cur.lastrowid)
        ws.audit("breach.recorded", entity="breach", entity_id=breach_id)
    return breach_id


def update_breach(
    ws: Workspace, breach_id: int, *, now: dt.datetime | None = None, **fields: Any
) -> Breach:
    """Change fields of a breach record (audited by field name)."""
    current = get_breach(ws, breach_id)
    changes = _clean(fields)
    merged = {name: getattr(current, name) for name in EDITABLE}
    merged.update(changes)
    _check(merged, aware(now or dt.datetime.now(dt.UTC)))
    if changes:
        stored = _stored(changes)
        stored["updated_at"] = now_iso()
        ws.update_audited("breaches", breach_id, stored, entity="breach", fields=changes)
    return get_breach(ws, breach_id)


def attach_contacts(
    ws: Workspace,
    breach_id: int,
    *,
    contact_ids: Iterable[int] | None = None,
    source_id: int | None = None,
    export_id: int | None = None,
    all_contacts: bool = False,
) -> int:
    """Attach the affected contacts (chosen ones, a source's, an export's, or all). Returns how
    many were added; the people count follows when it was not set by hand."""
    get_breach(ws, breach_id)
    with ws.transaction():
        added = 0
        if all_contacts:
            added += ws.conn.execute(
                "INSERT OR IGNORE INTO breach_contacts (breach_id, contact_id) "
                "SELECT ?, id FROM contacts",
                (breach_id,),
            ).rowcount
        if source_id is not None:
            added += ws.conn.execute(
                "INSERT OR IGNORE INTO breach_contacts (breach_id, contact_id) "
                "SELECT ?, contact_id FROM contact_sources WHERE source_id = ?",
                (breach_id, source_id),
            ).rowcount
        if export_id is not None:
            added += ws.conn.execute(
                "INSERT OR IGNORE INTO breach_contacts (breach_id, contact_id) "
                "SELECT ?, contact_id FROM export_members WHERE export_id = ?",
                (breach_id, export_id),
            ).rowcount
        for contact_id in contact_ids or ():
            added += ws.conn.execute(
                "INSERT OR IGNORE INTO breach_contacts (breach_id, contact_id) "
                "SELECT ?, id FROM contacts WHERE id = ?",
                (breach_id, int(contact_id)),
            ).rowcount
        ws.conn.execute(
            "UPDATE breaches SET people_count = (SELECT count(*) FROM breach_contacts "
            "WHERE breach_id = ?) WHERE id = ? AND (people_count IS NULL OR people_count < "
            "(SELECT count(*) FROM breach_contacts WHERE breach_id = ?))",
            (breach_id, breach_id, breach_id),
        )
        ws.audit(
            "breach.contacts_attached",
            entity="breach",
            entity_id=breach_id,
            details={"added": added},
        )
    return added


def affected_csv(ws: Workspace, breach_id: int) -> bytes:
    """The affected contacts as CSV (UTF-8 with BOM for spreadsheets, every field quoted, no cell
    able to start a formula)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(AFFECTED_COLUMNS)
    cols = ", ".join(f"c.{c}" for c in AFFECTED_COLUMNS)
    for row in ws.conn.execute(
        f"SELECT {cols} FROM breach_contacts bc JOIN contacts c ON c.id = bc.contact_id "
        "WHERE bc.breach_id = ? ORDER BY c.email_key",
        (breach_id,),
    ):
        writer.writerow([safe_cell(v) for v in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def write_affected_file(ws: Workspace, breach_id: int, path: Path) -> int:
    """Write the affected contacts to `path` (CSV) for notifying them. Returns the count."""
    breach = get_breach(ws, breach_id)
    if breach.affected == 0:
        raise UserError(
            "No contacts are attached to this breach yet: attach the affected contacts first."
        )
    write_bytes_atomically(Path(path), affected_csv(ws, breach_id))
    ws.audit(
        "breach.affected_exported",
        entity="breach",
        entity_id=breach_id,
        details={"count": breach.affected},
    )
    return breach.affected


def awaiting_authority(ws: Workspace) -> list[Breach]:
    """Breaches the authority must be told of and has not been yet (the overview's countdowns)."""
    return [b for b in list_breaches(ws) if b.awaiting_authority()]


def render_html(
    ws: Workspace,
    language: str = "en",
    breach_ids: Iterable[int] | None = None,
    *,
    now: dt.datetime | None = None,
) -> str:
    """The breach log (every breach, or those of `breach_ids`) as a printable HTML page in
    `language` ('en', 'fr' or 'sv')."""
    from .register import controller_lines

    chosen = list_breaches(ws)
    if breach_ids is not None:
        wanted = set(breach_ids)
        chosen = [b for b in chosen if b.id in wanted]
    return breach_record.render_html(
        chosen,
        language,
        today=ws.today,
        now=aware(now or dt.datetime.now(dt.UTC)),
        controller=controller_lines(ws),
    )


def write_document(
    ws: Workspace,
    path: Path,
    language: str = "en",
    *,
    breach_ids: Iterable[int] | None = None,
    pdf_writer: Callable[[str, Path], object] | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """The breach log as an HTML file, or a PDF through the GUI's `pdf_writer`; audited."""
    path = Path(path)
    ids = None if breach_ids is None else sorted(set(breach_ids))
    html = render_html(ws, language, ids, now=now)
    if path.suffix.lower() == ".pdf":
        if pdf_writer is None:
            raise UsageError("Save the breach log as .html (PDF is made by the app's window).")
        pdf_writer(html, path)
    elif path.suffix.lower() in (".html", ".htm"):
        write_text_atomically(path, html)
    else:
        raise UsageError("The breach log file must end in .html or .pdf.")
    ws.audit(
        "breach.log_exported",
        details={
            "language": language,
            "format": path.suffix[1:].lower(),
            "breaches": len(ids) if ids is not None else len(list_breaches(ws)),
        },
    )
    return path
