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


# The leading columns of the `contacts_facets` index, in its order. An IN list on them keeps whole
# ranges of that index, one per combination of their values present in the workspace (a few
# dozen): count() seeks to those ranges instead of reading the whole index.
_FACET_PREFIX = ("country", "audience", "lawful_basis")
# Beyond this many combinations, enumerating them costs more than it saves (ISO countries x 3 x 4
# is about 3,000; a real workspace has a few dozen).
_MAX_FACET_RANGES = 2_000


@dataclass(frozen=True)
class _Clause:
    """One condition on contact columns; `column`/`values` when it is an IN list (on the facet
    prefix columns, count() turns it into index ranges)."""

    sql: str
    params: tuple[Any, ...]
    column: str | None = None
    values: tuple[Any, ...] = ()
    in_facets: bool = True  # contacts_facets holds every column it reads


@dataclass(frozen=True)
class _FilterParts:
    """A filter as conditions on contact columns, and sets of contact ids (subqueries)."""

    clauses: list[_Clause]
    id_sets: list[tuple[str, list[Any]]]  # each selects distinct contact ids

    @property
    def columns(self) -> list[str]:
        return [c.sql for c in self.clauses]

    @property
    def column_params(self) -> list[Any]:
        return [p for c in self.clauses for p in c.params]


def _parts(f: SegmentFilter) -> _FilterParts:
    clauses: list[_Clause] = []
    for column, values in (
        ("job_function", f.functions),
        ("seniority", f.seniorities),
        ("country", f.countries),
        ("audience", f.audiences),
        ("lawful_basis", f.lawful_bases),
    ):
        if values:
            params: list[Any] = []
            sql = _in(column, values, params)
            clauses.append(_Clause(sql, tuple(params), column, tuple(values)))
    if f.tags:
        # tags are `;`-separated: match whole tags, ignoring case and spaces around them
        ors = []
        params = []
        for tag in f.tags:
            ors.append("(';' || lower(replace(tags, ' ', '')) || ';') LIKE ?")
            params.append("%;" + tag.lower().replace(" ", "") + ";%")
        clauses.append(_Clause("(" + " OR ".join(ors) + ")", tuple(params)))
    if f.company:
        clauses.append(_Clause("company LIKE ?", (f"%{f.company}%",), in_facets=False))
    for column, low, high in (
        ("collected_on", f.collected_from, f.collected_to),
        ("last_inbound_contact_date", f.inbound_from, f.inbound_to),
    ):
        if low:
            clauses.append(_Clause(f"{column} >= ?", (low,)))
        if high:
            clauses.append(_Clause(f"{column} <= ?", (high,)))
    if f.consent is not None:
        clauses.append(
            _Clause(CONSENT_WITH_PROOF if f.consent else f"NOT {CONSENT_WITH_PROOF}", ())
        )
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
    return _FilterParts(clauses, id_sets)


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


@dataclass(frozen=True)
class _IdSet:
    """A set of contact ids as count() reads it: `members` selects them (a source's contacts come
    in id order, straight from the contact_sources_source index); `size` counts them; `probe` is
    a condition on `id` testing membership without looking ids up in the table."""

    members: str
    size: str
    params: tuple[Any, ...]
    probe: str = ""
    holds: str = ""  # a condition on `c.id`: the contact is in the set (an index seek)

    def probe_sql(self) -> str:
        # `+id`: SQLite must not turn a big set into rowid lookups in the table (each one reads a
        # table page; about 650 ms for a batch of a million)
        return self.probe or f"+id IN ({self.members})"


def _count_sets(conn: Any, f: SegmentFilter) -> list[_IdSet] | None:
    """The filter's id sets with the batches of its source types resolved (in the caller's
    snapshot); None when one of them is empty for sure (no batch of those types)."""
    sets: list[_IdSet] = []
    by_source: list[tuple[int, ...]] = []
    if f.source_types:
        marks = ", ".join("?" for _ in f.source_types)
        rows = conn.execute(
            f"SELECT id FROM sources WHERE source_type IN ({marks}) ORDER BY id", f.source_types
        ).fetchall()
        by_source.append(tuple(int(r[0]) for r in rows))
    if f.source_ids:
        by_source.append(tuple(sorted(set(f.source_ids))))
    for ids in by_source:
        if not ids:
            return None
        one = "SELECT contact_id FROM contact_sources WHERE source_id = ?"
        marks = ", ".join("?" for _ in ids)
        holds = (
            "EXISTS (SELECT 1 FROM contact_sources "
            f"WHERE contact_id = c.id AND source_id IN ({marks}))"
        )
        if len(ids) == 1:
            sets.append(_IdSet(one, f"SELECT count(*) FROM ({one})", ids, holds=holds))
        else:
            # (source_id, contact_id) is unique: a source's contacts are distinct; a contact in
            # several sources counts once (UNION, merged in id order without a temporary b-tree)
            union = " UNION ".join(one for _ in ids)
            members = f"SELECT contact_id FROM contact_sources WHERE source_id IN ({marks})"
            # one probe per source: smaller b-trees to build than one holding every link
            probe = "(" + " OR ".join(f"+id IN ({one})" for _ in ids) + ")"
            sets.append(_IdSet(members, f"SELECT count(*) FROM ({union})", ids, probe, holds))
    match = fts_query(f.text)
    if match:
        members = "SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?"
        sets.append(_IdSet(members, f"SELECT count(*) FROM ({members})", (match,)))
    return sets


def _facet_ranges(conn: Any, depth: int) -> list[tuple[Any, ...]] | None:
    """Every combination of the first `depth` facet prefix columns present in the workspace (NULL
    included), found by skipping along contacts_facets: one seek per combination, whatever the
    number of contacts. None when there are too many to be worth it."""
    found: list[tuple[Any, ...]] = [()]
    for level, column in enumerate(_FACET_PREFIX[:depth]):
        fixed = "".join(f"{c} IS ? AND " for c in _FACET_PREFIX[:level])
        source = f"FROM contacts INDEXED BY contacts_facets WHERE {fixed}{column}"
        deeper: list[tuple[Any, ...]] = []
        for prefix in found:
            if conn.execute(f"SELECT 1 {source} IS NULL LIMIT 1", prefix).fetchone():
                deeper.append((*prefix, None))
            value = conn.execute(f"SELECT min({column}) {source} IS NOT NULL", prefix).fetchone()[0]
            while value is not None:
                deeper.append((*prefix, value))
                if len(deeper) > _MAX_FACET_RANGES:
                    return None
                value = conn.execute(
                    f"SELECT min({column}) {source} > ?", (*prefix, value)
                ).fetchone()[0]
        found = deeper
    return found


def _in_ranges(ranges: list[tuple[Any, ...]]) -> tuple[str, list[Any]]:
    """FROM and the start of WHERE reading contacts in these contacts_facets ranges only (`IS`:
    a NULL is a range too; CROSS JOIN: the ranges drive, each one a seek)."""
    depth = len(ranges[0])
    row = "(" + ", ".join("?" for _ in range(depth)) + ")"
    on = " AND ".join(f"c.{_FACET_PREFIX[i]} IS r.column{i + 1}" for i in range(depth))
    sql = (
        f"FROM (VALUES {', '.join(row for _ in ranges)}) AS r "
        f"CROSS JOIN contacts AS c INDEXED BY contacts_facets WHERE {on}"
    )
    return sql, [v for r in ranges for v in r]


# Contacts sampled (ids spread evenly from the lowest to the highest) to judge a condition: a few
# hundred rowid lookups, ~2 ms, where counting would read whole indexes. Reading a large part of
# contacts_facets is what costs at a million contacts: the index is larger than SQLite's page
# cache (64 MiB), so that what one statement reads pushes out what the next one needs.
_SAMPLE = 256


def _sample(conn: Any, condition: str, params: list[Any]) -> tuple[int, int]:
    """(contacts sampled, of which pass `condition`, an SQL condition on `c`)."""
    low, high = conn.execute(
        "SELECT (SELECT min(id) FROM contacts), (SELECT max(id) FROM contacts)"
    ).fetchone()
    if low is None:
        return 0, 0
    ids = sorted({low + (high - low) * k // _SAMPLE for k in range(_SAMPLE + 1)})
    sampled, passed = conn.execute(
        f"SELECT count(*), total(CASE WHEN {condition} THEN 1 ELSE 0 END) FROM contacts AS c "
        f"WHERE c.id IN ({', '.join('?' for _ in ids)})",
        [*params, *ids],
    ).fetchone()
    return int(sampled), int(passed)


def _most_pass(conn: Any, clauses: list[_Clause]) -> bool:
    """Whether `clauses` keep more than half of the contacts (judged on a sample)."""
    sampled, passed = _sample(
        conn, " AND ".join(c.sql for c in clauses), [p for c in clauses for p in c.params]
    )
    return passed * 2 > sampled > 0


def _count_big_set(conn: Any, clauses: list[_Clause], sized: list[tuple[int, _IdSet]]) -> int:
    """Contacts passing `clauses` in every set, the smallest set holding >= _SMALL_ID_SET ids.

    Each candidate contact is looked up in the sets (a b-tree probe of a few hundred ns, in no
    useful order): the cost is the number of candidates. So the candidates are read only from
    the contacts_facets ranges that the IN lists on its leading columns (country, audience,
    lawful basis) keep; and when those lists keep most contacts and are the only conditions, the
    contacts they leave out are counted in the sets instead and subtracted from the sets' own
    count ("a batch of 400,000 AND b2b" at a million contacts: 800,000 probes -> 200,000, and
    ~400 ms -> ~85 ms; bench/bench_segments.py).
    """
    probes = " AND ".join(s.probe_sql() for _n, s in sized)
    probe_params = [p for _n, s in sized for p in s.params]

    def scalar(sql: str, params: list[Any]) -> int:
        return int(conn.execute(sql, params).fetchone()[0])

    prefix = [c for c in clauses if c.column in _FACET_PREFIX]
    others = [c for c in clauses if c.column not in _FACET_PREFIX]
    ranges = None
    # (values other than text would meet SQL's affinity rules in `kept` below: leave them be)
    plain = all(isinstance(v, str) for c in prefix for v in c.values)
    if prefix and plain and all(c.in_facets for c in clauses):
        depth = max(_FACET_PREFIX.index(str(c.column)) for c in prefix) + 1
        if any(c.column == "job_function" for c in clauses):
            # ranges down to lawful_basis: SQLite then seeks the job functions' IN list inside
            # each one (and the seniorities' after it), contacts_facets' next columns
            depth = len(_FACET_PREFIX)
        ranges = _facet_ranges(conn, depth)
    if not ranges:  # the planner's own choice: read an index, probe the sets
        where = " AND ".join(c.sql for c in clauses)
        params = [p for c in clauses for p in c.params]
        return scalar(
            f"SELECT count(*) FROM contacts WHERE {where} AND {probes}", params + probe_params
        )

    def kept(r: tuple[Any, ...]) -> bool:  # SQL's IN: a NULL is in no list
        return all(
            r[_FACET_PREFIX.index(str(c.column))] is not None
            and r[_FACET_PREFIX.index(str(c.column))] in c.values
            for c in prefix
        )

    keep = [r for r in ranges if kept(r)]
    drop = [r for r in ranges if not kept(r)]
    if not keep:
        return 0
    if drop and not others and _most_pass(conn, prefix):
        # Most contacts pass: count those left out in the sets, subtract from the sets' count.
        if len(sized) == 1:
            in_sets = sized[0][0]
        else:
            compound = " INTERSECT ".join(s.members for _n, s in sized)
            in_sets = scalar(f"SELECT count(*) FROM ({compound})", probe_params)
        source, params = _in_ranges(drop)
        return in_sets - scalar(f"SELECT count(*) {source} AND {probes}", params + probe_params)
    source, params = _in_ranges(keep)
    where = "".join(f" AND {c.sql}" for c in others)
    params += [p for c in others for p in c.params]
    return scalar(f"SELECT count(*) {source}{where} AND {probes}", params + probe_params)


def count(ws: Workspace, f: SegmentFilter) -> int:
    """How many contacts the filter keeps (the editor's live count, the sidebar's numbers).

    Same answer as `SELECT count(*) FROM contacts WHERE <filter_sql>`, written for speed over a
    million contacts: sets of ids (batches, source types, text) are counted on their own narrow
    indexes, a set that holds every contact is dropped, a small set drives rowid lookups, and a
    big one is probed (see _count_big_set).
    """
    parts = _parts(f)
    conn = ws.conn
    where = (" WHERE " + " AND ".join(parts.columns)) if parts.columns else ""

    def scalar(sql: str, params: Any) -> int:
        return int(conn.execute(sql, list(params)).fetchone()[0])

    # One snapshot for the statements below (a concurrent import cannot slip in between).
    conn.execute("SAVEPOINT segment_count")
    try:
        sets = _count_sets(conn, f)
        if sets is None:
            return 0
        sized: list[tuple[int, _IdSet]] = []
        if sets:
            low, high = conn.execute(
                "SELECT (SELECT min(id) FROM contacts), (SELECT max(id) FROM contacts)"
            ).fetchone()
            span = 0 if low is None else high - low + 1  # >= the number of contacts
            total: int | None = None
            for id_set in sets:
                size = scalar(id_set.size, id_set.params)
                if size == 0:
                    return 0
                # A set holding every contact constrains nothing. Counting the contacts reads a
                # whole index (~80 ms at a million when not in the cache): only for a set that
                # may hold them all, and that a sample does not show to miss someone.
                maybe_all = span > size and size * 2 > span
                if maybe_all and total is None and id_set.holds:
                    sampled, held = _sample(conn, id_set.holds, list(id_set.params))
                    maybe_all = held == sampled
                if maybe_all and total is None:
                    total = scalar("SELECT count(*) FROM contacts", [])
                if size < span and (total is None or size < total):
                    sized.append((size, id_set))
            sized.sort(key=lambda item: item[0])
        if not sized:
            return scalar(f"SELECT count(*) FROM contacts{where}", parts.column_params)
        if not parts.clauses:
            if len(sized) == 1:
                return sized[0][0]
            compound = " INTERSECT ".join(s.members for _n, s in sized)
            return scalar(
                f"SELECT count(*) FROM ({compound})", [p for _n, s in sized for p in s.params]
            )
        if sized[0][0] >= _SMALL_ID_SET:
            return _count_big_set(conn, parts.clauses, sized)
        # A small set: SQLite looks up each of its ids in the table.
        clauses, params = list(parts.columns), list(parts.column_params)
        for _n, id_set in sized:
            clauses.append(f"id IN ({id_set.members})")
            params.extend(id_set.params)
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
