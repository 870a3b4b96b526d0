"""Contacts: the lazy table's queries, and one contact's reading, editing, adding and deleting.

Sorting and filtering are done in SQL (`ORDER BY` / `WHERE`, FTS5 for text), page by page, so a
million contacts never sit in memory.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from compliance.contact_rules import validate_fields
from compliance.emails import email_key, is_valid_email, normalise_email
from compliance.fields import CONTACT_FIELDS, YES_NO_FIELDS

from .errors import UserError
from .workspace import Workspace, now_iso

# Columns the table shows, and how each sorts. Indexed columns sort in milliseconds; the others
# fall back to a sort of the whole table (still in SQL).
TABLE_COLUMNS: tuple[str, ...] = (
    "email",
    "first_name",
    "last_name",
    "company",
    "job_title",
    "job_function",
    "seniority",
    "country",
    "audience",
    "lawful_basis",
    "created_at",
)
_SORT_SQL: dict[str, tuple[str, ...]] = {
    "email": ("email_key",),
    # Blanks after names (the indexes hold the same expressions, see storage/schema.py).
    "first_name": ("first_name IS NULL", "first_name COLLATE NOCASE"),
    "last_name": ("last_name IS NULL", "last_name COLLATE NOCASE"),
    "company": ("company IS NULL", "company COLLATE NOCASE"),
    # The (job_function, seniority) index ends with the rowid: it serves this order as it is.
    "job_function": ("job_function", "seniority"),
    # Country then the other columns of the `contacts_facets` index (storage/schema.py), in its
    # order: the index serves the sort as it is, instead of a sort of the whole table (1.5 s at
    # a million contacts). Within a country the order is then by audience, basis, ...
    "country": (
        "country",
        "audience",
        "lawful_basis",
        "job_function",
        "seniority",
        "collected_on",
        "last_inbound_contact_date",
        "consent_date",
        "consent_source",
        "consent_withdrawn_on",
        "tags",
    ),
    "created_at": ("id",),
}
# Sorts an index serves. A search with many matches walks that index in order and stops after
# the page (tens of ms); a search with few matches reads just those rows and sorts them. (By id,
# SQLite reads the matches in order anyway.)
_INDEXED_SORTS = frozenset(_SORT_SQL) - {"created_at"}
_WALK_INDEX_ABOVE = 5000


class ValidationFailed(UserError):
    """Some fields were refused; `errors` maps each field to a sentence."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("Some fields are not valid: " + ", ".join(sorted(errors)) + ".")
        self.errors = errors


def fts_query(text: str) -> str | None:
    """An FTS5 query matching every word of `text` as a prefix, or None for blank text."""
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


@dataclass(frozen=True)
class ContactQuery:
    """What the contacts table shows: optional text search, an extra SQL filter, a sort.

    Built for a million contacts (see bench/bench_gui.py): a page in the second half of the
    result is read in the reverse order from the end (so the last page costs what the first
    does); a broad search sorted by an indexed column walks that index and stops after the
    page, instead of sorting every match; counting a plain search counts FTS entries only.
    """

    search: str = ""
    where: str | None = None  # an SQL condition on `contacts` (from a segment)
    params: Sequence[Any] = field(default_factory=tuple)
    sort_column: str = "last_name"
    descending: bool = False

    def _where(self, *, walk_index: bool = False) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        match = fts_query(self.search)
        if match:
            # `+id` keeps SQLite from using the id to drive the search when walking an index.
            target = "+id" if walk_index else "id"
            clauses.append(
                f"{target} IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?)"
            )
            params.append(match)
        if self.where:
            clauses.append(f"({self.where})")
            params.extend(self.params)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def _order(self, *, reverse: bool = False) -> str:
        if self.sort_column not in TABLE_COLUMNS:
            raise ValueError(f"unknown column {self.sort_column}")
        exprs = _SORT_SQL.get(self.sort_column, (self.sort_column,))
        descending = self.descending != reverse
        direction = " DESC" if descending else ""
        if exprs[-1] != "id":
            exprs = (*exprs, "id")
        return " ORDER BY " + ", ".join(f"{e}{direction}" for e in exprs)

    def count(self, ws: Workspace) -> int:
        match = fts_query(self.search)
        if match and not self.where:
            # The FTS index holds exactly one entry per contact (kept by triggers), so its
            # matches are the contacts found, without reading a single contact row.
            return int(
                ws.conn.execute(
                    "SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH ?", (match,)
                ).fetchone()[0]
            )
        where, params = self._where()
        return int(ws.conn.execute(f"SELECT count(*) FROM contacts{where}", params).fetchone()[0])

    def page(
        self, ws: Workspace, offset: int, limit: int, *, total: int | None = None
    ) -> list[tuple[Any, ...]]:
        """Rows `(id, *TABLE_COLUMNS)` from `offset`, in the query's order.

        `total` (this query's `count`, when the caller knows it) lets a page near the end be
        read backwards from the end instead of skipping over everything before it.
        """
        offset, limit = max(0, offset), max(0, limit)
        reverse = False
        if total is not None:
            limit = min(limit, max(0, total - offset))
            if limit == 0:
                return []
            if offset + limit / 2 > total / 2:
                reverse = True
                offset = total - offset - limit
        walk = (
            bool(fts_query(self.search))
            and not self.where
            and self.sort_column in _INDEXED_SORTS
            and (total if total is not None else self.count(ws)) > _WALK_INDEX_ABOVE
        )
        where, params = self._where(walk_index=walk)
        cols = ", ".join(TABLE_COLUMNS)
        sql = (
            f"SELECT id, {cols} FROM contacts{where}{self._order(reverse=reverse)} LIMIT ? OFFSET ?"
        )
        rows = ws.conn.execute(sql, [*params, limit, offset]).fetchall()
        if reverse:
            rows.reverse()
        return rows


def get_contact(ws: Workspace, contact_id: int) -> dict[str, Any] | None:
    row = ws.conn.execute("SELECT * FROM contacts WHERE id = ?", (contact_id,)).fetchone()
    if row is None:
        return None
    names = [d[0] for d in ws.conn.execute("SELECT * FROM contacts LIMIT 0").description]
    return dict(zip(names, row, strict=True))


def find_contact_id(ws: Workspace, email: str) -> int | None:
    row = ws.conn.execute(
        "SELECT id FROM contacts WHERE email_key = ?", (email_key(email),)
    ).fetchone()
    return int(row[0]) if row else None


def contact_sources(ws: Workspace, contact_id: int) -> list[dict[str, Any]]:
    cur = ws.conn.execute(
        "SELECT s.id, s.source_type, s.source_name, s.acquired_on, s.file_name, cs.added_at "
        "FROM contact_sources cs JOIN sources s ON s.id = cs.source_id "
        "WHERE cs.contact_id = ? ORDER BY cs.added_at, s.id",
        (contact_id,),
    )
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def _stored_value(name: str, value: Any) -> Any:
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    if name in YES_NO_FIELDS:
        return 1 if text.lower() in ("yes", "1") else 0
    if name == "country":
        return text.upper()
    if name in ("first_name", "last_name", "company", "job_title"):
        return " ".join(text.split())
    return text


def _classify(ws: Workspace, title: str | None) -> tuple[str, str]:
    # With the workspace's title rules ("every Gérant is executive"), as the importer does.
    from .titles import classify_title

    return classify_title(ws, title)


def update_contact(ws: Workspace, contact_id: int, changes: Mapping[str, Any]) -> dict[str, Any]:
    """Validate and apply `changes`; audited by field name (never by value)."""
    unknown = set(changes) - set(CONTACT_FIELDS)
    if unknown:
        raise ValueError(f"unknown fields: {sorted(unknown)}")
    errors = validate_fields(changes)
    if errors:
        raise ValidationFailed(errors)
    current = get_contact(ws, contact_id)
    if current is None:
        raise UserError("This contact no longer exists (it was deleted or erased).")
    values = {name: _stored_value(name, v) for name, v in changes.items()}
    if "email" in values:
        values["email"] = normalise_email(values["email"])
        values["email_key"] = email_key(values["email"])
        values["email_valid"] = 1
        other = find_contact_id(ws, values["email"])
        if other is not None and other != contact_id:
            raise ValidationFailed({"email": "Another contact already has this address."})
    if "job_function" in values or "seniority" in values:
        values["function_set_by"] = "manual"
    elif "job_title" in values and current["function_set_by"] == "auto":
        values["job_function"], values["seniority"] = _classify(ws, values["job_title"])
    changed = {k: v for k, v in values.items() if current.get(k) != v}
    if not changed:
        return current
    changed["updated_at"] = now_iso()
    with ws.transaction():
        assignments = ", ".join(f"{k} = ?" for k in changed)
        ws.conn.execute(
            f"UPDATE contacts SET {assignments} WHERE id = ?", [*changed.values(), contact_id]
        )
        ws.audit(
            "contact.updated",
            entity="contact",
            entity_id=contact_id,
            details={"fields": sorted(k for k in changed if k != "updated_at")},
        )
    return get_contact(ws, contact_id) or {}


def create_source(
    ws: Workspace,
    source_type: str,
    source_name: str,
    *,
    acquired_on: str | None = None,
    **extra: Any,
) -> int:
    """A row of `sources`: one per import batch or manual entry."""
    cur = ws.conn.execute(
        "INSERT INTO sources (source_type, source_name, acquired_on, informed_at_collection, "
        "audience, lawful_basis, b2c_transfer_proof, file_name, file_sha256, options_json, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            source_type,
            source_name,
            acquired_on or ws.today.isoformat(),
            extra.get("informed_at_collection"),
            extra.get("audience"),
            extra.get("lawful_basis"),
            int(bool(extra.get("b2c_transfer_proof"))),
            extra.get("file_name"),
            extra.get("file_sha256"),
            extra.get("options_json"),
            now_iso(),
        ),
    )
    return int(cur.lastrowid)


def add_contact(
    ws: Workspace, fields: Mapping[str, Any], *, source_name: str = "Entered by hand"
) -> int:
    """Add one contact by hand, with its own `manual` source. Returns its id."""
    errors = validate_fields({"email": fields.get("email"), **fields})
    if errors:
        raise ValidationFailed(errors)
    email = normalise_email(fields["email"])
    if find_contact_id(ws, email) is not None:
        raise ValidationFailed({"email": "A contact with this address already exists."})
    values = {n: _stored_value(n, fields.get(n)) for n in CONTACT_FIELDS if n != "email"}
    if values.get("job_function") or values.get("seniority"):
        function_set_by = "manual"
    else:
        function_set_by = "auto"
        values["job_function"], values["seniority"] = _classify(ws, values.get("job_title"))
    stamp = now_iso()
    values["collected_on"] = values.get("collected_on") or ws.today.isoformat()
    row = {
        "email": email,
        "email_key": email_key(email),
        "email_valid": int(is_valid_email(email)),
        **values,
        "function_set_by": function_set_by,
        "created_at": stamp,
        "updated_at": stamp,
    }
    with ws.transaction():
        source_id = create_source(
            ws, "manual", source_name, informed_at_collection=values.get("informed_at_collection")
        )
        cols = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        cur = ws.conn.execute(f"INSERT INTO contacts ({cols}) VALUES ({marks})", list(row.values()))
        contact_id = int(cur.lastrowid)
        ws.conn.execute(
            "INSERT INTO contact_sources (contact_id, source_id, added_at) VALUES (?, ?, ?)",
            (contact_id, source_id, stamp),
        )
        ws.audit("contact.added", entity="contact", entity_id=contact_id)
    return contact_id


def delete_contacts(ws: Workspace, contact_ids: Sequence[int]) -> int:
    """Delete contacts (not an erasure: the address is not put on the opt-out list). Audited."""
    ids = [int(i) for i in contact_ids]
    if not ids:
        return 0
    with ws.transaction():
        deleted = 0
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            sql = f"DELETE FROM contacts WHERE id IN ({marks})"
            deleted += ws.conn.execute(sql, chunk).rowcount
        ws.audit(
            "contact.deleted",
            entity="contact",
            entity_id=ids[0] if len(ids) == 1 else None,
            details={"count": deleted, "ids": ids[:1000]},
        )
    return deleted
