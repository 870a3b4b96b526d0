"""Saved segments, and the SQL of a segment filter (used by the contacts view and the export)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from compliance.segment_filter import SegmentFilter, SegmentFilterError, parse_segment_filter

from .contacts import fts_query
from .errors import UserError
from .workspace import Workspace, now_iso


@dataclass(frozen=True)
class Segment:
    id: int
    name: str
    filter: SegmentFilter


# Consent counts only with its proof (date and source) and not withdrawn (RULES.md A.5).
# coalesce: a NULL lawful basis must read as "no consent", never as unknown.
CONSENT_WITH_PROOF = (
    "coalesce(lawful_basis = 'consent' AND consent_date IS NOT NULL "
    "AND consent_source IS NOT NULL AND consent_withdrawn_on IS NULL, 0)"
)


def _in(column: str, values: tuple[Any, ...], params: list[Any]) -> str:
    params.extend(values)
    return f"{column} IN ({', '.join('?' for _ in values)})"


@dataclass(frozen=True)
class _FilterParts:
    """A filter as conditions on contact columns, and sets of contact ids (subqueries)."""

    columns: list[str]
    column_params: list[Any]
    id_sets: list[tuple[str, list[Any]]]  # each selects distinct contact ids


def _parts(f: SegmentFilter) -> _FilterParts:
    clauses: list[str] = []
    params: list[Any] = []
    for column, values in (
        ("job_function", f.functions),
        ("seniority", f.seniorities),
        ("country", f.countries),
        ("audience", f.audiences),
        ("lawful_basis", f.lawful_bases),
    ):
        if values:
            clauses.append(_in(column, values, params))
    if f.tags:
        # tags are `;`-separated: match whole tags, ignoring case and spaces around them
        ors = []
        for tag in f.tags:
            ors.append("(';' || lower(replace(tags, ' ', '')) || ';') LIKE ?")
            params.append("%;" + tag.lower().replace(" ", "") + ";%")
        clauses.append("(" + " OR ".join(ors) + ")")
    if f.company:
        clauses.append("company LIKE ?")
        params.append(f"%{f.company}%")
    for column, low, high in (
        ("collected_on", f.collected_from, f.collected_to),
        ("last_inbound_contact_date", f.inbound_from, f.inbound_to),
    ):
        if low:
            clauses.append(f"{column} >= ?")
            params.append(low)
        if high:
            clauses.append(f"{column} <= ?")
            params.append(high)
    if f.consent is not None:
        clauses.append(CONSENT_WITH_PROOF if f.consent else f"NOT {CONSENT_WITH_PROOF}")
    id_sets: list[tuple[str, list[Any]]] = []
    if f.source_types:
        sub_params: list[Any] = []
        sub = _in("source_type", f.source_types, sub_params)
        id_sets.append(
            (
                "SELECT DISTINCT contact_id FROM contact_sources "
                f"WHERE source_id IN (SELECT id FROM sources WHERE {sub})",
                sub_params,
            )
        )
    if f.source_ids:
        sub_params = []
        sub = _in("source_id", f.source_ids, sub_params)
        id_sets.append((f"SELECT DISTINCT contact_id FROM contact_sources WHERE {sub}", sub_params))
    match = fts_query(f.text)
    if match:
        id_sets.append(("SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?", [match]))
    return _FilterParts(clauses, params, id_sets)


def filter_sql(f: SegmentFilter) -> tuple[str | None, list[Any]]:
    """An SQL condition on `contacts` and its parameters (None when the filter is empty)."""
    parts = _parts(f)
    clauses, params = list(parts.columns), list(parts.column_params)
    for sub, sub_params in parts.id_sets:
        clauses.append(f"id IN ({sub})")
        params.extend(sub_params)
    if not clauses:
        return None, []
    return " AND ".join(clauses), params


# Below this many ids, a set drives the count by rowid lookups; above it, reading the column
# conditions' index and probing the set is cheaper (measured in bench/bench_segments.py).
_SMALL_ID_SET = 20_000


def count(ws: Workspace, f: SegmentFilter) -> int:
    """How many contacts the filter keeps (the editor's live count, the sidebar's numbers).

    Same answer as `SELECT count(*) FROM contacts WHERE <filter_sql>`, written for speed over a
    million contacts: sets of ids (batches, source types, text) are counted on their own narrow
    indexes, a set that holds every contact is dropped, and a big set is probed rather than
    used to look up each of its contacts (about 650 ms -> 30 ms for a batch of a million).
    """
    parts = _parts(f)
    conn = ws.conn
    where = (" WHERE " + " AND ".join(parts.columns)) if parts.columns else ""

    def scalar(sql: str, params: list[Any]) -> int:
        return int(conn.execute(sql, params).fetchone()[0])

    # One snapshot for the statements below (a concurrent import cannot slip in between).
    conn.execute("SAVEPOINT segment_count")
    try:
        sized: list[tuple[int, str, list[Any]]] = []
        if parts.id_sets:
            total = scalar("SELECT count(*) FROM contacts", [])
            for sub, sub_params in parts.id_sets:
                size = scalar(f"SELECT count(*) FROM ({sub})", sub_params)
                if size == 0:
                    return 0
                if size < total:  # a set holding every contact constrains nothing
                    sized.append((size, sub, sub_params))
            sized.sort(key=lambda item: item[0])
        if not sized:
            return scalar(f"SELECT count(*) FROM contacts{where}", parts.column_params)
        if not parts.columns:
            if len(sized) == 1:
                return sized[0][0]
            compound = " INTERSECT ".join(sub for _n, sub, _p in sized)
            return scalar(
                f"SELECT count(*) FROM ({compound})", [p for *_x, ps in sized for p in ps]
            )
        # `+id` keeps SQLite from looking up each id of a big set in the table.
        target = "id" if sized[0][0] < _SMALL_ID_SET else "+id"
        clauses, params = list(parts.columns), list(parts.column_params)
        for _n, sub, sub_params in sized:
            clauses.append(f"{target} IN ({sub})")
            params.extend(sub_params)
        return scalar("SELECT count(*) FROM contacts WHERE " + " AND ".join(clauses), params)
    finally:
        conn.execute("RELEASE segment_count")


def save_segment(ws: Workspace, name: str, f: SegmentFilter, segment_id: int | None = None) -> int:
    name = name.strip()
    if not name:
        raise UserError("Give the segment a name.")
    stamp = now_iso()
    payload = json.dumps(f.to_dict(), ensure_ascii=False, sort_keys=True)
    with ws.transaction():
        clash = ws.conn.execute(
            "SELECT id FROM segments WHERE name = ? AND id IS NOT ?", (name, segment_id)
        ).fetchone()
        if clash:
            raise UserError(f"A segment named '{name}' already exists: choose another name.")
        if segment_id is None:
            cur = ws.conn.execute(
                "INSERT INTO segments (name, filter_json, created_at, updated_at) "
                "VALUES (?, ?, ?, ?)",
                (name, payload, stamp, stamp),
            )
            segment_id = int(cur.lastrowid)
        else:
            ws.conn.execute(
                "UPDATE segments SET name = ?, filter_json = ?, updated_at = ? WHERE id = ?",
                (name, payload, stamp, segment_id),
            )
        ws.audit("segment.saved", entity="segment", entity_id=segment_id)
    return segment_id


def delete_segment(ws: Workspace, segment_id: int) -> None:
    with ws.transaction():
        ws.conn.execute("DELETE FROM segments WHERE id = ?", (segment_id,))
        ws.audit("segment.deleted", entity="segment", entity_id=segment_id)


def list_segments(ws: Workspace) -> list[Segment]:
    rows = ws.conn.execute("SELECT id, name, filter_json FROM segments ORDER BY name").fetchall()
    return [Segment(r[0], r[1], parse_segment_filter(json.loads(r[2]))) for r in rows]


def get_segment(ws: Workspace, name: str) -> Segment:
    row = ws.conn.execute(
        "SELECT id, name, filter_json FROM segments WHERE name = ?", (name,)
    ).fetchone()
    if row is None:
        known = [s.name for s in list_segments(ws)]
        hint = ("Known segments: " + ", ".join(known) + ".") if known else "There are none yet."
        raise UserError(f"There is no segment named '{name}'. {hint}")
    try:
        return Segment(row[0], row[1], parse_segment_filter(json.loads(row[2])))
    except SegmentFilterError as exc:
        raise UserError(f"The segment '{name}' cannot be used: {exc}") from exc


@dataclass(frozen=True)
class BatchChoice:
    id: int
    source_type: str
    source_name: str
    acquired_on: str


@dataclass(frozen=True)
class FilterChoices:
    """What a segment editor offers beyond the fixed lists: the countries and batches present."""

    countries: list[tuple[str, int]]  # (code, contacts), most contacts first
    batches: list[BatchChoice]  # newest first; undone batches left out


def filter_choices(ws: Workspace) -> FilterChoices:
    countries = ws.conn.execute(
        "SELECT country, count(*) FROM contacts WHERE country IS NOT NULL "
        "GROUP BY country ORDER BY 2 DESC, 1"
    ).fetchall()
    batches = ws.conn.execute(
        "SELECT id, source_type, source_name, acquired_on FROM sources "
        "WHERE undone_at IS NULL ORDER BY id DESC"
    ).fetchall()
    return FilterChoices([(c, int(n)) for c, n in countries], [BatchChoice(*b) for b in batches])


def segment_counts(ws: Workspace) -> dict[int, int]:
    """Contacts in each saved segment (the sidebar's numbers)."""
    return {s.id: count(ws, s.filter) for s in list_segments(ws)}


def function_counts(ws: Workspace) -> dict[str, int]:
    """Contacts per job function (the overview chart)."""
    rows = ws.conn.execute(
        "SELECT coalesce(job_function, 'other'), count(*) FROM contacts GROUP BY 1"
    ).fetchall()
    return {r[0]: int(r[1]) for r in rows}


def seniority_counts(ws: Workspace) -> dict[str, int]:
    rows = ws.conn.execute(
        "SELECT coalesce(seniority, 'unknown'), count(*) FROM contacts GROUP BY 1"
    ).fetchall()
    return {r[0]: int(r[1]) for r in rows}
