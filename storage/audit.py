"""Reading the audit trail: filtered pages for the viewer, and the check of its hash chain.

The trail itself is written by `Workspace.audit` (ids and counts only, each entry carrying the hash
of the previous one) and guarded by triggers that refuse any UPDATE or DELETE of `audit_log`.
`check_chain` recomputes the chain: an entry changed or removed behind the triggers' back (by
someone holding the key and dropping them) shows as the first broken entry.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from .workspace import Workspace


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    action: str
    entity: str | None
    entity_id: int | None
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class AuditFilter:
    """What the viewer shows. Dates are inclusive days (UTC, as the trail is stamped)."""

    action: str | None = None  # an action, or a family such as 'person.' (prefix)
    entity: str | None = None
    entity_id: int | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    text: str | None = None  # a word inside the details (ids, counts, field names)

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.action:
            if self.action.endswith("."):
                clauses.append("substr(action, 1, ?) = ?")
                params.extend([len(self.action), self.action])
            else:
                clauses.append("action = ?")
                params.append(self.action)
        if self.entity:
            clauses.append("entity = ?")
            params.append(self.entity)
        if self.entity_id is not None:
            clauses.append("entity_id = ?")
            params.append(self.entity_id)
        if self.since:
            clauses.append("at >= ?")
            params.append(self.since.isoformat())
        if self.until:
            clauses.append("at < ?")
            params.append((self.until + dt.timedelta(days=1)).isoformat())
        if self.text:
            clauses.append("instr(lower(details_json), ?) > 0")
            params.append(self.text.lower())
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def count(ws: Workspace, filt: AuditFilter | None = None) -> int:
    where, params = (filt or AuditFilter()).where()
    return int(ws.conn.execute(f"SELECT count(*) FROM audit_log{where}", params).fetchone()[0])


def page(
    ws: Workspace, filt: AuditFilter | None = None, *, offset: int = 0, limit: int = 200
) -> list[AuditEntry]:
    """Entries matching `filt`, newest first."""
    where, params = (filt or AuditFilter()).where()
    rows = ws.conn.execute(
        "SELECT id, at, action, entity, entity_id, details_json FROM audit_log"
        f"{where} ORDER BY id DESC LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    out = []
    for entry_id, at, action, entity, entity_id, details in rows:
        try:
            parsed = json.loads(details) if details else {}
        except ValueError:
            parsed = {"raw": details}
        out.append(AuditEntry(entry_id, at, action, entity, entity_id, parsed))
    return out


def actions(ws: Workspace) -> list[str]:
    """The actions present in the trail (for the viewer's filter)."""
    return [r[0] for r in ws.conn.execute("SELECT DISTINCT action FROM audit_log ORDER BY 1")]


def entities(ws: Workspace) -> list[str]:
    return [
        r[0]
        for r in ws.conn.execute(
            "SELECT DISTINCT entity FROM audit_log WHERE entity IS NOT NULL ORDER BY 1"
        )
    ]


@dataclass(frozen=True)
class ChainCheck:
    entries: int
    first_broken: int | None  # the id of the first entry whose hash does not follow

    @property
    def ok(self) -> bool:
        return self.first_broken is None


def check_chain(ws: Workspace) -> ChainCheck:
    """Recompute the hash chain of the whole trail."""
    return ChainCheck(count(ws), ws.audit_chain_ok())
