"""The import use case: a spreadsheet becomes one import batch, all or nothing (CONTRACT.md 3).

    report = run_import(ws, path, ImportOptions(source_type=..., source_name=...),
                        on_progress=None, is_cancelled=None)

The pipeline reads the file row by row (storage.readers), maps columns to fields
(compliance.mapping), cleans every value (compliance.normalise), drops rows whose address is on
the opt-out list (they count as `suppressed`, whatever the file says about consent), rejects
rows that cannot be read (by reason), deduplicates by the address's comparison key inside the
file and against the workspace (skip, fill or overwrite), and stores the rest with a link to
the batch's `sources` row. `batch_changes` records what each contact got, so `undo_batch` can
take the batch back later.

One import is one transaction: a cancel, an error or a killed process leaves the workspace as
it was. A dry run is the same run rolled back, so its counts and preview are exactly what the
real run would store.

Speed (bench/bench_import.py): rows are cleaned in chunks, values that repeat (names,
companies, titles, dates, countries, tags) are normalised once per distinct text, addresses
and phones take fast paths, a chunk's new contacts reach SQLite as one JSON array (one
statement, no per-row binding), their links and undo records are written by SQL once the file
is read, and for a large batch the full-text index is rebuilt once at the end instead of row by
row (still inside the transaction).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import logging
import os
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field, replace
from itertools import islice
from pathlib import Path
from queue import Empty, Full, Queue
from typing import Any

from compliance.clearance import Suppression
from compliance.emails import email_key
from compliance.fields import (
    AUDIENCES,
    CONTACT_FIELDS,
    INDIRECT_SOURCE_TYPES,
    LAWFUL_BASES,
    SOURCE_TYPES,
)
from compliance.mapping import GUESS, ColumnMap, ColumnMapping, build_mapping
from compliance.normalise import (
    TEXT_FIELDS,
    Normaliser,
    Unreadable,
    normalise_address,
    normalise_country,
    normalise_phone,
)
from compliance.sanitize import safe_cell

from .contacts import create_source
from .errors import Cancelled, InputFileError, UsageError, UserError
from .gcpause import cycle_collector_paused
from .readers import Table, detect_header, header_names, open_table
from .workspace import Workspace, now_iso

log = logging.getLogger(__name__)

ON_DUPLICATE = ("skip", "fill", "overwrite")
# Bigger chunks mean fewer hand-overs between the reading and the storing thread (each costs
# a wait for the GIL): 5,000 -> 10,000 rows measured ~8% faster at 300,000 rows; three chunks
# waiting instead of four keeps the rows held in memory about the same.
CHUNK_ROWS = 10_000
QUEUE_CHUNKS = 3  # cleaned chunks waiting to be stored
PREVIEW_ROWS = 20
MAX_POSSIBLE_DUPLICATES = 1000  # listed in the report; all of them are counted
# Above this share of new contacts in the workspace, rebuilding the full-text index once is
# cheaper than indexing row by row (measured: 26 s row by row vs 4 s rebuild for 1M rows).
FTS_REBUILD_SHARE = 0.2
FTS_TRIGGERS = ("contacts_fts_ai", "contacts_fts_au", "contacts_fts_ad")
# A batch at least this big, and at least as big as the workspace, is stored without the
# contacts' secondary indexes, which are built again (sorted, much faster) at the end.
BULK_ROWS = 100_000
BULK_CACHE_KIB = 196_608  # page cache for a bulk import (the default is 64 MiB)

CACHE_VALUES = 50_000  # distinct values of one column kept with their cleaned form
_MISSING = object()

# Reason codes of rejected rows (the report's `rejected` keys).
MISSING_EMAIL = "MISSING_EMAIL"
INVALID_EMAIL = "INVALID_EMAIL"

# Stored fields other than the address, in the order of the INSERT.
_FIELDS = tuple(f for f in CONTACT_FIELDS if f != "email")
_INSERT_COLUMNS = (
    "id",
    "email",
    "email_key",
    "email_valid",
    *_FIELDS,
    "function_set_by",
    "created_at",
    "updated_at",
)
_FTS_COLUMNS = ("email", "first_name", "last_name", "company", "job_title")
_INSERT_SQL = (
    f"INSERT INTO contacts ({', '.join(_INSERT_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in _INSERT_COLUMNS)})"
)
# The same rows handed over as one JSON array a chunk: SQLite unpacks it in C, in one statement
# that runs without the GIL (executemany binds ~30 values a row in Python and takes the GIL back
# after every row, so the reading thread and the storing thread could not overlap). Measured
# 12 us -> 8 us a row, most of it now in parallel with the reading thread.
_INSERT_JSON_SQL = (
    f"INSERT INTO contacts ({', '.join(_INSERT_COLUMNS)}) SELECT "
    + ", ".join(f"value ->> {i}" for i in range(len(_INSERT_COLUMNS)))
    + " FROM jsonb_each(jsonb(?))"
)
JSON_INSERT_MAX = 256 << 20  # characters of JSON a chunk; a bigger chunk is bound row by row


# ------------------------------------------------------------------------------------ options
@dataclass(frozen=True)
class ImportOptions:
    """What the user said about the batch (the CLI's options, the wizard's answers)."""

    source_type: str
    source_name: str
    acquired_on: str | None = None  # ISO date; default: today
    audience: str | None = None  # default for rows without the column
    lawful_basis: str | None = None
    informed_at_collection: bool | None = None
    sheet: str | None = None
    header_row: int | None = None  # the header's row number; 0 = no header; None = find it
    mapping: Mapping[str, str | None] = field(default_factory=dict)  # HEADER -> field / None
    on_duplicate: str = "fill"
    dry_run: bool = False
    default_country: str | None = None  # for phones without a country; else the workspace's
    b2c_transfer_proof: bool = False  # bought B2C list: the seller proved consent to transfer
    consent_note: str | None = None  # "when and how" they agreed, as the user told it
    rejected_file: Path | None = None  # write the rejected rows here (CSV with a reason)
    report_file: Path | None = None  # write the contract's JSON report here (atomically)
    keep_rejected: int = 0  # keep up to this many rejected rows in the report (for the wizard)
    file_sha256: str | None = None  # when the caller already computed it

    def check(self) -> None:
        """Raise a `UsageError` for values outside the contract."""
        if self.source_type not in SOURCE_TYPES:
            raise UsageError("The source type must be one of: " + ", ".join(SOURCE_TYPES) + ".")
        if not self.source_name or not self.source_name.strip():
            raise UsageError(
                "Say precisely where the contacts come from (a provider's name, an event, a "
                "form): the source name is required."
            )
        if self.on_duplicate not in ON_DUPLICATE:
            raise UsageError("On duplicates, choose skip, fill or overwrite.")
        if self.audience is not None and self.audience not in AUDIENCES:
            raise UsageError("The audience must be b2b or b2c.")
        if self.lawful_basis is not None and self.lawful_basis not in LAWFUL_BASES:
            raise UsageError("The lawful basis must be one of: " + ", ".join(LAWFUL_BASES) + ".")
        if self.acquired_on is not None:
            try:
                dt.date.fromisoformat(self.acquired_on)
            except ValueError:
                raise UsageError("The acquisition date must be written YYYY-MM-DD.") from None

    def for_record(self) -> dict[str, Any]:
        """The options as kept on the batch's source row (no personal data)."""
        data = asdict(self)
        data["mapping"] = dict(self.mapping)
        data["rejected_file"] = None
        data["report_file"] = None
        data.pop("file_sha256", None)
        return data


# ------------------------------------------------------------------------------------ report
@dataclass
class ImportReport:
    """What an import did (or would do, for a dry run)."""

    batch_id: int | None
    rows: int = 0
    imported: int = 0
    updated: int = 0
    duplicates: int = 0
    suppressed: int = 0
    rejected: dict[str, int] = field(default_factory=dict)
    dry_run: bool = False
    file_name: str = ""
    file_sha256: str = ""
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    header_row: int | None = None
    mapping: dict[str, str | None] = field(default_factory=dict)  # header -> field
    ignored_columns: list[str] = field(default_factory=list)
    special_columns: list[tuple[str, str]] = field(default_factory=list)  # (header, category)
    warnings: list[str] = field(default_factory=list)
    consent_without_proof: int = 0
    possible_duplicates: int = 0
    possible_duplicate_ids: list[list[int]] = field(default_factory=list)  # contact id groups
    same_file_batches: list[int] = field(default_factory=list)
    preview: list[dict[str, Any]] = field(default_factory=list)
    rejected_file: str | None = None
    headers: list[str] = field(default_factory=list)
    rejected_rows: list[tuple[int, str, list[Any]]] = field(default_factory=list)  # kept ones
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)  # phase -> seconds (for the bench)

    @property
    def rejected_total(self) -> int:
        return sum(self.rejected.values())

    def contract_json(self) -> dict[str, Any]:
        """Exactly the contract's report: batch_id, rows, imported, updated, duplicates,
        suppressed, rejected."""
        return {
            "batch_id": self.batch_id,
            "rows": self.rows,
            "imported": self.imported,
            "updated": self.updated,
            "duplicates": self.duplicates,
            "suppressed": self.suppressed,
            "rejected": dict(sorted(self.rejected.items())),
        }

    def summary(self) -> str:
        """One line for the command line."""
        verb = "would import" if self.dry_run else "imported"
        parts = [
            f"{self.rows} rows: {verb} {self.imported}",
            f"updated {self.updated}",
            f"{self.duplicates} duplicates",
            f"{self.suppressed} on the opt-out list",
            f"{self.rejected_total} rejected"
            + (
                " (" + ", ".join(f"{k} {v}" for k, v in sorted(self.rejected.items())) + ")"
                if self.rejected
                else ""
            ),
        ]
        head = "Dry run, nothing saved. " if self.dry_run else f"Batch {self.batch_id}: "
        return head + ", ".join(parts) + "."


# ------------------------------------------------------------------------------- file checks
def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    except OSError as exc:
        raise InputFileError(f"{Path(path).name} cannot be read: {exc.strerror}.") from exc
    return digest.hexdigest()


def previous_imports(ws: Workspace, sha256: str) -> list[dict[str, Any]]:
    """Batches (not undone) that imported a file with this SHA-256: id, date, source name."""
    cur = ws.conn.execute(
        "SELECT id, created_at, source_name, file_name FROM sources "
        "WHERE file_sha256 = ? AND undone_at IS NULL ORDER BY id",
        (sha256,),
    )
    return [
        {"batch_id": r[0], "created_at": r[1], "source_name": r[2], "file_name": r[3]}
        for r in cur.fetchall()
    ]


def remembered_mapping(ws: Workspace, source_name: str) -> dict[str, str | None]:
    row = ws.conn.execute(
        "SELECT mapping_json FROM import_mappings WHERE source_name = ?", (source_name.strip(),)
    ).fetchone()
    return json.loads(row[0]) if row else {}


def remembered_sources(ws: Workspace) -> dict[str, dict[str, str | None]]:
    """Every remembered mapping: source name -> {header: field}, most recent first."""
    return {
        name: json.loads(mapping)
        for name, mapping in ws.conn.execute(
            "SELECT source_name, mapping_json FROM import_mappings ORDER BY updated_at DESC"
        )
    }


def remember_mapping(ws: Workspace, source_name: str, choices: Mapping[str, str | None]) -> None:
    with ws.transaction():
        ws.conn.execute(
            "INSERT INTO import_mappings (source_name, mapping_json, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (source_name) DO UPDATE SET mapping_json = excluded.mapping_json, "
            "updated_at = excluded.updated_at",
            (source_name.strip(), json.dumps(dict(choices), ensure_ascii=False), now_iso()),
        )


# ---------------------------------------------------------------------------- the file's plan
@dataclass
class FilePlan:
    """A file opened and understood: the table, its header, the columns' mapping."""

    table: Table
    header_index: int | None  # index in table.top, None when there is no header
    header_row: int  # the header's row number (0 when none)
    headers: list[str]
    mapping: ColumnMapping


def plan_file(ws: Workspace | None, path: str | Path, options: ImportOptions) -> FilePlan:
    """Open the file, find the header and map the columns (what the wizard shows).

    `ws` is only read for the mapping remembered for `options.source_name` (None: no memory).
    """
    table = open_table(path, options.sheet)
    top = table.top
    name = Path(path).name
    if not top:
        raise InputFileError(f"{name} holds no rows: there is nothing to import.")
    if options.header_row is None:
        header_index = detect_header(top)
    elif options.header_row == 0:
        header_index = None
    else:
        header_index = next(
            (i for i, (number, _) in enumerate(top) if number == options.header_row), None
        )
        if header_index is None:
            raise UsageError(
                f"Row {options.header_row} is not among the first rows of {name} that hold "
                "something; choose another header row."
            )
    width = max(len(cells) for _, cells in top)
    header_cells = top[header_index][1] if header_index is not None else None
    headers = header_names(header_cells, width)
    header_row = top[header_index][0] if header_index is not None else 0
    plan = FilePlan(table, header_index, header_row, headers, ColumnMapping(()))
    plan.mapping = map_columns(ws, plan, options)
    return plan


def map_columns(ws: Workspace | None, plan: FilePlan, options: ImportOptions) -> ColumnMapping:
    """The columns' fields: the user's choices, the mapping remembered for the source name
    (when `ws` is given), the header names, and a column of addresses found by its content."""
    remembered = (
        remembered_mapping(ws, options.source_name)
        if ws is not None and options.source_name
        else {}
    )
    try:
        mapping = build_mapping(plan.headers, remembered=remembered, overrides=options.mapping)
    except ValueError as exc:
        raise UsageError(f"{exc}. The fields are: {', '.join(CONTACT_FIELDS)}.") from exc
    if "email" not in mapping.fields():
        data = [(n, c) for n, c in plan.table.top if n > plan.header_row]
        mapping = guess_email_column(mapping, data, options)
    return mapping


def check_plan(plan: FilePlan, name: str) -> None:
    """Refuse a file with no address column, or with a header and nothing under it."""
    if "email" not in plan.mapping.fields():
        raise InputFileError(
            f"No column of {name} holds e-mail addresses. Name that column 'email' (or E-mail, "
            "Courriel, E-post), or choose it with --map 'HEADER=email'. The columns are: "
            + ", ".join(f"'{h}'" for h in plan.headers[:30])
            + ("..." if len(plan.headers) > 30 else "")
            + "."
        )
    if not any(number > plan.header_row for number, _ in plan.table.top):
        raise InputFileError(
            f"{name} has a header row but no contacts under it: there is nothing to import."
        )


def guess_email_column(
    mapping: ColumnMapping, data: list[tuple[int, list[Any]]], options: ImportOptions
) -> ColumnMapping:
    """A column whose cells are mostly addresses is the address column, if the user allows."""
    if any(field == "email" for field in options.mapping.values()):
        return mapping
    best = None
    for column in mapping.columns:
        if column.field or column.how == "special" or column.header in options.mapping:
            continue
        values = [
            str(cells[column.index]).strip()
            for _, cells in data
            if column.index < len(cells) and str(cells[column.index]).strip()
        ]
        if values and sum("@" in v for v in values) >= 0.6 * len(values):
            best = column
            break
    if best is None:
        return mapping
    columns = tuple(
        ColumnMap(c.index, c.header, "email", GUESS) if c is best else c for c in mapping.columns
    )
    warning = f"The column '{best.header}' holds addresses: it is read as the e-mail column."
    return ColumnMapping(columns, (*mapping.warnings, warning))


# ----------------------------------------------------------------------------- row cleaning
class _RowCleaner:
    """Turns one row's cells into stored values, or a rejection reason."""

    def __init__(
        self,
        mapping: ColumnMapping,
        options: ImportOptions,
        default_region: str | None,
        rules: Mapping[str, tuple[str, str]] | None = None,
    ) -> None:
        fields = mapping.fields()
        self.email_index = fields["email"]
        norm = Normaliser()
        # (field, column, cache, normaliser): the cache maps a text cell to what it gave (the
        # value, or the Unreadable it raised). Most columns repeat heavily (names, companies,
        # titles, dates, countries, tags), so most cells cost one dict lookup, looked up here
        # rather than through a wrapper function (a Python call a cell saved). Only text cells
        # are cached: 1, 1.0 and True are one dict key but not one name. Free text (notes,
        # consent wording) rarely repeats and is not cached.
        self.steps: list[tuple[str, int, dict[str, Any] | None, Callable[[Any], Any]]] = []
        self.phone_index = fields.get("phone")
        self.country_index = fields.get("country")
        self.title_index = fields.get("job_title")
        for name, index in fields.items():
            if name in ("email", "phone"):
                continue
            cache = None if name in TEXT_FIELDS else {}
            self.steps.append((name, index, cache, norm.plain(name)))
        self.country_fn = norm.function("country")
        self.default_region = default_region
        self.classify = _title_classifier(rules)
        self.defaults: dict[str, Any] = {}
        if options.audience:
            self.defaults["audience"] = options.audience
        if options.lawful_basis:
            self.defaults["lawful_basis"] = options.lawful_basis
        if options.informed_at_collection is not None:
            self.defaults["informed_at_collection"] = int(options.informed_at_collection)

    def forget(self) -> None:
        """Drop the cleaned-value caches (the file is read)."""
        for _name, _index, cache, _fn in self.steps:
            if cache is not None:
                cache.clear()

    def clean(self, cells: list[Any]) -> tuple[str, str, dict[str, Any]] | str:
        """(address, key, values) or a rejection reason."""
        width = len(cells)
        raw = cells[self.email_index] if self.email_index < width else ""
        address = normalise_address(raw)
        if address is None:
            return MISSING_EMAIL
        email, key, valid = address
        if not valid:
            return INVALID_EMAIL
        values: dict[str, Any] = {}
        try:
            for name, index, cache, fn in self.steps:
                if index < width:
                    raw = cells[index]
                    if raw == "" or raw is None:  # most cells of most lists: skip the call
                        continue
                    if cache is None or raw.__class__ is not str:
                        value = fn(raw)
                    else:
                        value = cache.get(raw, _MISSING)
                        if value is _MISSING:
                            try:
                                value = fn(raw)
                            except Unreadable as exc:
                                value = exc
                            if len(cache) < CACHE_VALUES:
                                cache[raw] = value
                        if value.__class__ is Unreadable:
                            return value.reason
                    if value is not None:
                        values[name] = value
            phone_index = self.phone_index
            if phone_index is not None and phone_index < width and cells[phone_index] != "":
                region = values.get("country") or self.default_region
                phone = normalise_phone(cells[phone_index], region)
                if phone is not None:
                    values["phone"] = phone
        except Unreadable as exc:
            return exc.reason
        if "job_function" not in values and "seniority" not in values:
            # Classified here, on the reading thread; used only if the contact is created.
            values["_derived"] = self.classify(values.get("job_title"))
        return email, key, values


def _title_classifier(
    rules: Mapping[str, tuple[str, str]] | None = None,
) -> Callable[[str | None], tuple[str, str]]:
    """job_title -> (function, seniority), with the workspace's title rules, cached per title."""
    from compliance import jobtitles

    classifier = jobtitles.default_classifier
    if rules:
        classifier = classifier.with_overrides(rules)
    cache: dict[str | None, tuple[str, str]] = {}

    def classify(title: str | None) -> tuple[str, str]:
        found = cache.get(title)
        if found is None:
            result = classifier.classify(title)
            found = (result.function, result.seniority)
            if len(cache) < 200_000:
                cache[title] = found
        return found

    return classify


def _title_rules(ws: Workspace) -> dict[str, tuple[str, str]]:
    return {
        key: (function, seniority)
        for key, function, seniority in ws.conn.execute(
            "SELECT title_key, job_function, seniority FROM title_rules"
        )
    }


def _produce_chunks(
    rows: Iterator[tuple[int, list[Any]]],
    header_row: int,
    cleaner: _RowCleaner,
    suppression: Suppression,
    keep_rejects: bool,
    put: Callable[[Any], bool],
    fraction: Callable[[], float],
) -> None:
    """The reading side: cleaned chunks handed to `put`, then None (or the exception)."""
    data = (item for item in rows if item[0] > header_row)  # titles and the header skipped
    try:
        while True:
            chunk = list(islice(data, CHUNK_ROWS))
            if not chunk:
                break
            cleaned: list[tuple[str, str, dict[str, Any]]] = []
            rejects: list[tuple[int, list[Any] | None, str]] = []
            suppressed = 0
            for number, cells in chunk:
                result = cleaner.clean(cells)
                if result.__class__ is str:
                    rejects.append((number, cells if keep_rejects else None, result))
                elif suppression.active and suppression.check(email_key(result[1])):
                    suppressed += 1
                else:
                    cleaned.append(result)
            if not put((len(chunk), suppressed, cleaned, rejects, fraction())):
                return
        put(None)
    except BaseException as exc:  # handed to the storing side, which raises it
        put(exc)
    finally:
        close = getattr(rows, "close", None)
        if close:
            close()


# ---------------------------------------------------------------------------- the importer
class _DryRunDone(Exception):
    """Raised to roll a dry run back; carries nothing."""


class _Importer:
    def __init__(
        self,
        ws: Workspace,
        plan: FilePlan,
        options: ImportOptions,
        report: ImportReport,
        on_progress: Callable[..., None] | None,
        is_cancelled: Callable[[], bool] | None,
    ) -> None:
        self.ws = ws
        self.conn = ws.conn
        self.plan = plan
        self.options = options
        self.report = report
        self.on_progress = on_progress or (lambda *a, **k: None)
        self.is_cancelled = is_cancelled or (lambda: False)
        # The workspace's default country: its own setting, else its jurisdiction (FR or SE).
        region = (
            options.default_country
            or ws.setting("default_country")
            or ws.setting("jurisdiction", "FR")
        )
        try:
            region = normalise_country(region) if region else None
        except Unreadable:
            region = None
        self.cleaner = _RowCleaner(plan.mapping, options, region, _title_rules(ws))
        self.suppression = Suppression.from_entries(
            ws.conn.execute("SELECT kind, value FROM optouts").fetchall()
        )
        self.read_fraction = 0.0
        self.stamp = now_iso()
        self.collected_on = options.acquired_on or ws.today.isoformat()
        self.policy = options.on_duplicate
        self.rejected_writer: Any = None
        # jsonb_each() is in SQLite 3.45 and later.
        version = ws.conn.execute("SELECT sqlite_version()").fetchone()[0]
        self.json_insert = tuple(int(p) for p in version.split(".")[:2]) >= (3, 45)

    # -------------------------------------------------------------------------------- run
    def run(self) -> None:
        conn = self.conn
        report = self.report
        options = self.options
        source_id = create_source(
            self.ws,
            options.source_type,
            options.source_name.strip(),
            acquired_on=self.collected_on,
            informed_at_collection=(
                None
                if options.informed_at_collection is None
                else int(options.informed_at_collection)
            ),
            audience=options.audience,
            lawful_basis=options.lawful_basis,
            b2c_transfer_proof=options.b2c_transfer_proof,
            file_name=report.file_name,
            file_sha256=report.file_sha256,
            options_json=json.dumps(options.for_record(), ensure_ascii=False, default=str),
        )
        self.source_id = source_id
        report.batch_id = source_id
        existing_before = int(conn.execute("SELECT count(*) FROM contacts").fetchone()[0])
        self.first_id = int(conn.execute("SELECT coalesce(max(id), 0) FROM contacts").fetchone()[0])
        self.next_id = self.first_id + 1
        # Hashes of every stored address key (a set of ints, ~60 MB a million): a key whose hash
        # is not here is certainly new. A collision only costs a lookup that finds nothing.
        # For a small batch into a big workspace, reading every key costs more than looking
        # each of the batch's keys up: None means "look every key up".
        estimate = self.plan.table.estimated_rows
        self.known_hashes: set[int] | None = (
            {hash(key) for (key,) in conn.execute("SELECT email_key FROM contacts")}
            if estimate * 10 >= existing_before
            else None
        )
        # Row-by-row full-text indexing is the slowest part of a big import: the triggers go
        # for the batch, and the index is brought up to date once at the end.
        self.saved_triggers = self._drop_fts_triggers()
        self.saved_indexes: list[tuple[str, str]] = []
        if estimate >= BULK_ROWS and estimate >= existing_before:
            self.saved_indexes = self._drop_secondary_indexes()
        last_progress = 0.0
        clock = time.perf_counter()
        timings = report.timings
        for cleaned in self._cleaned_chunks():
            self._store(cleaned)
            if self.is_cancelled():
                raise Cancelled()
            now = time.monotonic()
            if now - last_progress > 0.05:
                last_progress = now
                self._progress()
        if self.is_cancelled():
            raise Cancelled()
        timings["read_clean_store"] = time.perf_counter() - clock
        # What only the reading needed goes before the index builds, which take the most
        # memory (their sorts and the page cache): the address hashes (~60 MB a million) and
        # the cleaned-value caches.
        self.known_hashes = None
        self.cleaner.forget()
        clock = time.perf_counter()
        self._link_created()
        timings["links"] = time.perf_counter() - clock
        # The steps after reading take a while on a big batch: each says where it is, and a
        # Cancel pressed meanwhile still rolls everything back.
        clock = time.perf_counter()
        for step, (name, sql) in enumerate(self.saved_indexes):
            self._step(900 + 70 * step // len(self.saved_indexes), "Building the indexes")
            started = time.perf_counter()
            conn.execute(sql)
            timings[f"index {name}"] = time.perf_counter() - started
        timings["indexes"] = time.perf_counter() - clock
        self._step(970, "Building the search index")
        clock = time.perf_counter()
        self._index_new_contacts(existing_before)
        timings["full_text_index"] = time.perf_counter() - clock
        self._step(985, "Looking for possible duplicates")
        clock = time.perf_counter()
        self._possible_duplicates()
        self._fill_preview()
        report.consent_without_proof = self._consent_without_proof()
        timings["checks"] = time.perf_counter() - clock
        self._step(995, "Saving")
        if report.consent_without_proof:
            report.warnings.append(
                f"{report.consent_without_proof} contacts are marked as consenting without a "
                "consent date and source: they will count as not consenting."
            )
        report_json = json.dumps(
            {**report.contract_json(), **_extra_report(report)}, ensure_ascii=False
        )
        conn.execute("UPDATE sources SET report_json = ? WHERE id = ?", (report_json, source_id))
        self.ws.audit(
            "import.batch",
            entity="source",
            entity_id=source_id,
            details={**report.contract_json(), "dry_run": options.dry_run},
        )

    def _step(self, done: int, message: str) -> None:
        if self.is_cancelled():
            raise Cancelled()
        self.on_progress(done, 1000, message)

    def _progress(self) -> None:
        done = int(self.read_fraction * 900)
        self.on_progress(done, 1000, f"{self.report.rows:,} rows read")

    # ------------------------------------------------------------------------ full-text index
    def _drop_fts_triggers(self) -> list[str]:
        rows = self.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?)",
            FTS_TRIGGERS[:2],
        ).fetchall()
        for name, _ in rows:
            self.conn.execute(f"DROP TRIGGER {name}")
        return [sql for _, sql in rows]

    def _drop_secondary_indexes(self) -> list[tuple[str, str]]:
        """Drop the contacts' own indexes (not the unique address key): [(name, SQL)]."""
        rows = self.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contacts' "
            "AND sql IS NOT NULL"
        ).fetchall()
        for name, _ in rows:
            self.conn.execute(f'DROP INDEX "{name}"')
        return [(name, sql) for name, sql in rows]

    def _index_new_contacts(self, existing_before: int) -> None:
        created = self.next_id - self.first_id - 1
        total = existing_before + created
        if created and created >= FTS_REBUILD_SHARE * total:
            self.conn.execute("INSERT INTO contacts_fts (contacts_fts) VALUES ('rebuild')")
        elif created:
            cols = ", ".join(_FTS_COLUMNS)
            self.conn.execute(
                f"INSERT INTO contacts_fts (rowid, {cols}) SELECT id, {cols} FROM contacts "
                "WHERE id > ?",
                (self.first_id,),
            )
        for sql in self.saved_triggers:
            self.conn.execute(sql)

    def _fts_replace(self, old: Mapping[str, Any], new: Mapping[str, Any], contact_id: int) -> None:
        """Keep the index right for an updated contact that was indexed before this batch."""
        cols = ", ".join(_FTS_COLUMNS)
        marks = ", ".join("?" for _ in _FTS_COLUMNS)
        self.conn.execute(
            f"INSERT INTO contacts_fts (contacts_fts, rowid, {cols}) VALUES ('delete', ?, {marks})",
            (contact_id, *(old.get(c) for c in _FTS_COLUMNS)),
        )
        self.conn.execute(
            f"INSERT INTO contacts_fts (rowid, {cols}) VALUES (?, {marks})",
            (contact_id, *(new.get(c) for c in _FTS_COLUMNS)),
        )

    # ------------------------------------------------------------------------------ a chunk
    def _cleaned_chunks(self) -> Iterator[list[tuple[str, str, dict[str, Any]]]]:
        """Chunks of cleaned rows, read and cleaned on a second thread.

        Reading and cleaning is Python work; storing is mostly SQLite work, which releases
        the GIL while it runs, so the two overlap in part. (A second process was tried: on this
        shared two-core machine it was not faster, and spawning re-imports the caller's main
        module.) Rejected and suppressed rows are counted here (the rejected ones written to
        the rejected-rows file).
        """
        source = self._thread_chunks()
        report = self.report
        rejected = report.rejected
        for rows, suppressed, cleaned, rejects, fraction in source:
            report.rows += rows
            report.suppressed += suppressed
            self.read_fraction = fraction
            for number, cells, reason in rejects:
                rejected[reason] = rejected.get(reason, 0) + 1
                self._reject(number, cells, reason)
            yield cleaned

    def _keep_rejects(self) -> bool:
        return self.options.rejected_file is not None or self.options.keep_rejected > 0

    def _thread_chunks(self) -> Iterator[tuple]:
        queue: Queue[Any] = Queue(maxsize=QUEUE_CHUNKS)
        stop = threading.Event()

        def put(item: Any) -> bool:
            while not stop.is_set():
                try:
                    queue.put(item, timeout=0.1)
                    return True
                except Full:
                    continue
            return False

        table = self.plan.table
        producer = threading.Thread(
            target=_produce_chunks,
            args=(table.iter_rows(), self.plan.header_row, self.cleaner, self.suppression,
                  self._keep_rejects(), put, table.progress),
            name="import-reader",
            daemon=True,
        )  # fmt: skip
        producer.start()
        try:
            while True:
                item = queue.get()
                if item is None:
                    return
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            stop.set()
            while producer.is_alive():  # unblock a producer waiting on a full queue
                try:
                    queue.get_nowait()
                except Empty:
                    producer.join(0.05)

    def _store(self, cleaned: list[tuple[str, str, dict[str, Any]]]) -> None:
        report = self.report
        if not cleaned:
            return
        # Contacts already stored that rows touch: from before this batch, or created by an
        # earlier chunk of it (their ids are above first_id). Only keys whose hash is known
        # are looked up in the unique index: most keys of a new list are new, and probing the
        # index for each cost ~10 µs a row.
        known = self.known_hashes
        existing = self._existing_ids(
            {key for _, key, _ in cleaned if known is None or hash(key) in known}
        )
        current = self._current_values(set(existing.values()))
        new_rows: dict[str, dict[str, Any]] = {}
        changed: dict[int, dict[str, Any]] = {}  # id -> fields changed (net, this chunk)
        previous: dict[int, dict[str, Any]] = {}  # id -> values before this chunk's changes
        for email, key, values in cleaned:
            pending = new_rows.get(key)
            if pending is not None:  # a duplicate of a row earlier in this chunk
                report.duplicates += 1
                self._merge_pending(pending, values)
                continue
            contact_id = existing.get(key)
            if contact_id is None:
                values["email"] = email
                new_rows[key] = values
                report.imported += 1
                continue
            mine = contact_id > self.first_id
            stored = current[contact_id]
            changes = self._changes(stored, values)
            if changes:
                before = previous.setdefault(contact_id, {})
                for name in changes:
                    before.setdefault(name, stored.get(name))
                stored.update(changes)
                changed.setdefault(contact_id, {}).update(changes)
            if mine:
                report.duplicates += 1
            else:
                if changes:
                    report.updated += 1
                else:
                    report.duplicates += 1
        self._insert(new_rows)
        self._update(changed, previous, current, existing)
        self._link(existing, cleaned)

    def _existing_ids(self, keys: set[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        keys_list = list(keys)
        for start in range(0, len(keys_list), 900):
            part = keys_list[start : start + 900]
            marks = ", ".join("?" for _ in part)
            for contact_id, key in self.conn.execute(
                f"SELECT id, email_key FROM contacts WHERE email_key IN ({marks})", part
            ):
                found[key] = contact_id
        return found

    def _current_values(self, ids: set[int]) -> dict[int, dict[str, Any]]:
        result: dict[int, dict[str, Any]] = {}
        if not ids:
            return result
        cols = ("id", "email", *_FIELDS, "function_set_by")
        id_list = list(ids)
        for start in range(0, len(id_list), 900):
            part = id_list[start : start + 900]
            marks = ", ".join("?" for _ in part)
            for row in self.conn.execute(
                f"SELECT {', '.join(cols)} FROM contacts WHERE id IN ({marks})", part
            ):
                result[row[0]] = dict(zip(cols, row, strict=True))
        return result

    def _merge_pending(self, pending: dict[str, Any], values: dict[str, Any]) -> None:
        if self.policy == "skip":
            return
        for name, value in values.items():
            if name == "_derived":
                continue
            if self.policy == "overwrite" or pending.get(name) in (None, ""):
                pending[name] = value
                if name == "job_title":
                    pending["_derived"] = values.get("_derived")

    def _changes(self, stored: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
        """Fields a duplicate row changes under the policy (batch defaults only fill)."""
        if self.policy == "skip":
            return {}
        changes: dict[str, Any] = {}
        for name, value in values.items():
            if name == "_derived":
                continue
            old = stored.get(name)
            if old == value:
                continue
            if old in (None, "") or self.policy == "overwrite":
                changes[name] = value
        for name, value in self.cleaner.defaults.items():
            if name not in values and stored.get(name) in (None, "") and name not in changes:
                changes[name] = value
        if stored.get("function_set_by") == "manual":
            changes.pop("job_function", None)
            changes.pop("seniority", None)
        elif "job_function" in changes or "seniority" in changes:
            changes["function_set_by"] = "manual"
        elif "job_title" in changes:
            function, seniority = self.cleaner.classify(changes["job_title"])
            if stored.get("job_function") != function or stored.get("seniority") != seniority:
                changes["job_function"], changes["seniority"] = function, seniority
        return changes

    def _insert(self, new_rows: dict[str, dict[str, Any]]) -> None:
        if not new_rows:
            return
        defaults = self.cleaner.defaults
        classify = self.cleaner.classify
        stamp = self.stamp
        collected_on = self.collected_on
        rows = []
        next_id = self.next_id
        for key, values in new_rows.items():
            if defaults:
                for name, value in defaults.items():
                    values.setdefault(name, value)
            if "collected_on" not in values:
                values["collected_on"] = collected_on
            derived = values.pop("_derived", None)
            if "job_function" in values or "seniority" in values:
                set_by = "manual"
                values.setdefault("job_function", "other")
                values.setdefault("seniority", "unknown")
            else:
                set_by = "auto"
                values["job_function"], values["seniority"] = derived or classify(
                    values.get("job_title")
                )
            email = values.pop("email")
            rows.append((next_id, email, key, 1, *map(values.get, _FIELDS), set_by, stamp, stamp))
            next_id += 1
        if self.known_hashes is not None:
            self.known_hashes.update(map(hash, new_rows))
        self.next_id = next_id
        if self.json_insert:
            # Values are text, integers or None (the normalisers return nothing else), which
            # JSON carries exactly; anything else (or a NUL, or a huge chunk) is bound as is.
            # Encoded 2,000 rows at a time: one json.dumps call holds the GIL throughout, and
            # the window's event loop must not wait for a whole chunk (~15 ms).
            try:
                text = (
                    "["
                    + ",".join(
                        json.dumps(
                            rows[start : start + 2000],
                            ensure_ascii=False,
                            allow_nan=False,
                            check_circular=False,
                        )[1:-1]
                        for start in range(0, len(rows), 2000)
                    )
                    + "]"
                )
            except (TypeError, ValueError):
                text = None
            if text is not None and len(text) <= JSON_INSERT_MAX and "\\u0000" not in text:
                self.conn.execute(_INSERT_JSON_SQL, (text,))
                return
        self.conn.executemany(_INSERT_SQL, rows)

    def _link_created(self) -> None:
        """The batch's links and undo records for the contacts it created, in two statements.

        Every id above `first_id` was created by this batch, so SQLite writes these rows itself
        once the file is read, instead of Python binding two more rows per contact (that cost
        about a third of the storing time, and held the GIL the reading thread needs).
        """
        if self.next_id - 1 <= self.first_id:
            return
        self.conn.execute(
            "INSERT INTO contact_sources (contact_id, source_id, added_at) "
            "SELECT id, ?, ? FROM contacts WHERE id > ? ORDER BY id",
            (self.source_id, self.stamp, self.first_id),
        )
        self.conn.execute(
            "INSERT INTO batch_changes (source_id, contact_id, action) "
            "SELECT ?, id, 'created' FROM contacts WHERE id > ? ORDER BY id",
            (self.source_id, self.first_id),
        )

    def _update(
        self,
        changed: dict[int, dict[str, Any]],
        previous: dict[int, dict[str, Any]],
        current: dict[int, dict[str, Any]],
        existing: dict[str, int],
    ) -> None:
        stamp = self.stamp
        for contact_id, changes in changed.items():
            changes = dict(changes)
            changes["updated_at"] = stamp
            assignments = ", ".join(f"{name} = ?" for name in changes)
            self.conn.execute(
                f"UPDATE contacts SET {assignments} WHERE id = ?", (*changes.values(), contact_id)
            )
            if contact_id <= self.first_id:
                before = previous[contact_id]
                old = {**current[contact_id], **before}
                if any(c in before for c in _FTS_COLUMNS):
                    self._fts_replace(old, current[contact_id], contact_id)
                row = self.conn.execute(
                    "SELECT previous_json FROM batch_changes WHERE source_id = ? AND "
                    "contact_id = ?",
                    (self.source_id, contact_id),
                ).fetchone()
                record = json.loads(row[0]) if row and row[0] else {"before": {}, "after": {}}
                for name, value in before.items():
                    record["before"].setdefault(name, value)  # the value before the batch
                for name in record["before"]:
                    record["after"][name] = current[contact_id].get(name)
                self.conn.execute(
                    "INSERT OR REPLACE INTO batch_changes (source_id, contact_id, action, "
                    "previous_json) VALUES (?, ?, 'updated', ?)",
                    (self.source_id, contact_id, json.dumps(record, ensure_ascii=False)),
                )

    def _link(self, existing: dict[str, int], cleaned: list[tuple[str, str, dict]]) -> None:
        """A contact imported again keeps its sources and gains this one."""
        ids = {existing[k] for _, k, _ in cleaned if k in existing and existing[k] <= self.first_id}
        if not ids:
            return
        stamp = self.stamp
        self.conn.executemany(
            "INSERT OR IGNORE INTO contact_sources (contact_id, source_id, added_at) "
            "VALUES (?, ?, ?)",
            [(i, self.source_id, stamp) for i in ids],
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO batch_changes (source_id, contact_id, action) "
            "VALUES (?, ?, 'linked')",
            [(self.source_id, i) for i in ids],
        )

    # ------------------------------------------------------------------------- rejected rows
    def _reject(self, number: int, cells: list[Any], reason: str) -> None:
        kept = self.report.rejected_rows
        if len(kept) < self.options.keep_rejected:
            kept.append((number, reason, cells))
        if self.options.rejected_file is None:
            return
        if self.rejected_writer is None:
            target = Path(self.options.rejected_file)
            fd, tmp = tempfile.mkstemp(
                prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or "."
            )
            handle = os.fdopen(fd, "w", encoding="utf-8-sig", newline="")
            self.rejected_tmp = tmp
            self.rejected_handle = handle
            self.rejected_writer = csv.writer(handle, quoting=csv.QUOTE_ALL)
            self.rejected_writer.writerow(["row", "reason", *self.plan.headers])
        self.rejected_writer.writerow([number, reason, *(safe_cell(c) for c in cells)])

    def finish_rejected(self, ok: bool) -> str | None:
        if self.rejected_writer is None:
            return None
        self.rejected_handle.close()
        if not ok:
            Path(self.rejected_tmp).unlink(missing_ok=True)
            return None
        target = Path(self.options.rejected_file)
        os.replace(self.rejected_tmp, target)
        return str(target)

    # ------------------------------------------------------------------------------ extras
    def _possible_duplicates(self) -> None:
        """Same first name, last name and company as another contact, another address.

        Groups that hold at least one contact created by this batch. A big batch groups the
        whole table once; a small one looks up each new contact's company in its index.
        """
        created = self.next_id - self.first_id - 1
        total = int(self.conn.execute("SELECT count(*) FROM contacts").fetchone()[0])
        if created >= FTS_REBUILD_SHARE * total:
            cur = self.conn.execute(
                "SELECT group_concat(id) FROM contacts WHERE last_name IS NOT NULL AND company IS "
                "NOT NULL GROUP BY lower(coalesce(first_name, '')), lower(last_name), "
                "lower(company) HAVING count(*) > 1 AND max(id) > ?",
                (self.first_id,),
            )
            groups = [sorted(int(i) for i in ids.split(",")) for (ids,) in cur]
        else:
            found: dict[tuple[str, str, str], set[int]] = {}
            # CROSS JOIN keeps the new contacts outside, so the company index serves the inside
            # (a company has few people; a common last name has thousands: measured 33 s
            # through the name index for 2,000 rows into a million, against well under 1 s).
            for key_first, key_last, key_company, new_id, other_id in self.conn.execute(
                "SELECT lower(coalesce(n.first_name, '')), lower(n.last_name), lower(n.company), "
                "n.id, o.id FROM contacts n CROSS JOIN contacts o WHERE n.id > ? AND "
                "n.last_name IS NOT NULL AND n.company IS NOT NULL AND (o.company IS NULL) = 0 "
                "AND o.company = n.company COLLATE NOCASE AND o.id <> n.id AND "
                "lower(coalesce(o.first_name, '')) = lower(coalesce(n.first_name, '')) AND "
                "lower(o.last_name) = lower(n.last_name)",
                (self.first_id,),
            ):
                found.setdefault((key_first, key_last, key_company), set()).update(
                    (new_id, other_id)
                )
            groups = [sorted(ids) for ids in found.values()]
        self.report.possible_duplicates = len(groups)
        self.report.possible_duplicate_ids = groups[:MAX_POSSIBLE_DUPLICATES]

    def _fill_preview(self) -> None:
        cols = ("id", "email", *_FIELDS)
        cur = self.conn.execute(
            f"SELECT {', '.join(cols)} FROM contacts WHERE id IN (SELECT contact_id FROM "
            "batch_changes WHERE source_id = ? AND action != 'linked' ORDER BY contact_id "
            "LIMIT ?) ORDER BY id",
            (self.source_id, PREVIEW_ROWS),
        )
        self.report.preview = [dict(zip(cols, row, strict=True)) for row in cur]

    def _consent_without_proof(self) -> int:
        row = self.conn.execute(
            "SELECT count(*) FROM contacts c JOIN batch_changes b ON b.contact_id = c.id "
            "WHERE b.source_id = ? AND b.action != 'linked' AND c.lawful_basis = 'consent' AND "
            "(c.consent_date IS NULL OR c.consent_source IS NULL)",
            (self.source_id,),
        ).fetchone()
        return int(row[0])


def _extra_report(report: ImportReport) -> dict[str, Any]:
    """What the batch keeps besides the contract's counts (no personal data)."""
    return {
        "sheet": report.sheet,
        "header_row": report.header_row,
        "mapping": report.mapping,
        "ignored_columns": report.ignored_columns[:200],
        "special_columns": report.special_columns,
        "warnings": report.warnings[:50],
        "consent_without_proof": report.consent_without_proof,
        "possible_duplicates": report.possible_duplicates,
        "possible_duplicate_ids": report.possible_duplicate_ids[:MAX_POSSIBLE_DUPLICATES],
    }


# ------------------------------------------------------------------------------ public API
def run_import(
    ws: Workspace,
    path: str | Path,
    options: ImportOptions,
    on_progress: Callable[..., None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    *,
    plan: FilePlan | None = None,
) -> ImportReport:
    """Import `path` as one batch (or, with `options.dry_run`, say what it would do).

    `plan`: the file as `plan_file(None, ...)` opened it already (the command line opens the
    file before the workspace, so that an unreadable file creates no workspace).

    Raises `InputFileError` for a file that cannot be read or has no address column,
    `UsageError` for bad options, `Cancelled` when `is_cancelled()` turned true; in every such
    case the workspace is as it was.
    """
    started = time.perf_counter()
    options.check()
    path = Path(path)
    name = path.name
    if plan is None:
        plan = plan_file(ws, path, options)
    else:  # opened before the workspace was: the mapping remembered for the source applies now
        plan.mapping = map_columns(ws, plan, options)
    check_plan(plan, name)
    sha = options.file_sha256 or file_sha256(path)
    report = ImportReport(batch_id=None, dry_run=options.dry_run, file_name=name, file_sha256=sha)
    report.sheet = plan.table.sheet
    report.encoding = plan.table.encoding
    report.delimiter = plan.table.delimiter
    report.header_row = plan.header_row
    report.headers = list(plan.headers)
    report.mapping = {c.header: c.field for c in plan.mapping.columns}
    report.ignored_columns = [c.header for c in plan.mapping.ignored() if c.how != "special"]
    report.special_columns = [(c.header, c.special or "") for c in plan.mapping.special()]
    report.warnings.extend(plan.mapping.warnings)
    for header, category in report.special_columns:
        report.warnings.append(
            f"The column '{header}' looks like special-category data ({category}): it was not "
            "imported."
        )
    report.same_file_batches = [p["batch_id"] for p in previous_imports(ws, sha)]
    importer = _Importer(ws, plan, options, report, on_progress, is_cancelled)
    ok = False
    report_tmp: Path | None = None
    cache_before = ws.conn.execute("PRAGMA cache_size").fetchone()[0]
    if plan.table.estimated_rows >= BULK_ROWS:
        ws.conn.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        # Millions of short-lived rows would trigger full garbage collections that hold the
        # GIL for 100 ms and more (the window's event loop would stall): see storage.gcpause.
        with cycle_collector_paused(), ws.transaction():
            importer.run()
            if options.dry_run:
                raise _DryRunDone()
            # Written before the commit, put in place after it: a report file exists only for
            # an import that happened, and a failure to write it leaves the workspace as it was.
            report_tmp = _write_report_tmp(options.report_file, report)
            commit_started = time.perf_counter()
        report.timings["commit"] = time.perf_counter() - commit_started
        ok = True
    except _DryRunDone:
        ok = True
        report.batch_id = None
        report_tmp = _write_report_tmp(options.report_file, report)
    finally:
        ws.conn.execute(f"PRAGMA cache_size = {cache_before}")
        report.rejected_file = importer.finish_rejected(ok)
        if not ok and report_tmp is not None:
            report_tmp.unlink(missing_ok=True)
    if report_tmp is not None and options.report_file is not None:
        os.replace(report_tmp, options.report_file)
    if not options.dry_run:
        remember_mapping(ws, options.source_name, plan.mapping.as_choices())
    report.seconds = time.perf_counter() - started
    log.info(
        "import %s: rows=%d imported=%d updated=%d duplicates=%d suppressed=%d rejected=%d "
        "in %.1f s",
        "dry run" if options.dry_run else f"batch {report.batch_id}",
        report.rows,
        report.imported,
        report.updated,
        report.duplicates,
        report.suppressed,
        report.rejected_total,
        report.seconds,
    )
    on_progress and on_progress(1000, 1000, "Done")
    return report


def _write_report_tmp(target: Path | None, report: ImportReport) -> Path | None:
    if target is None:
        return None
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(report.contract_json(), fh, indent=2)
            fh.write("\n")
    except OSError as exc:
        raise UserError(
            f"The report {target.name} cannot be written in {folder} ({exc.strerror}); nothing "
            "was imported. Choose another folder for the report."
        ) from exc
    return Path(tmp)


def write_rejected_rows(
    path: str | Path, headers: list[str], rows: Iterable[tuple[int, str, list[Any]]]
) -> Path:
    """The rejected rows as CSV (row, reason, the row's cells), cells that cannot be formulas."""
    import io

    from .atomic import write_text_atomically

    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL)
    writer.writerow(["row", "reason", *headers])
    for number, reason, cells in rows:
        writer.writerow([number, reason, *(safe_cell(c) for c in cells)])
    return write_text_atomically(Path(path), "\ufeff" + buffer.getvalue())


def preview_import(
    ws: Workspace,
    path: str | Path,
    options: ImportOptions,
    on_progress: Callable[..., None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """The dry run: the whole import, rolled back; its preview rows are as they would be stored."""
    return run_import(ws, path, replace(options, dry_run=True), on_progress, is_cancelled)


# -------------------------------------------------------------------------------------- undo
@dataclass(frozen=True)
class UndoReport:
    batch_id: int
    removed: int  # contacts the batch had created, deleted
    kept: int  # created by the batch but also in a later batch: only the link is removed
    restored: int  # contacts whose changed fields were put back
    unlinked: int  # contacts that only lost the link to the batch
    conflicts: int  # fields edited since the import, left as they are


def list_batches(ws: Workspace) -> list[dict[str, Any]]:
    """Import batches, newest first: id, date, source, file, counts, whether undone."""
    cur = ws.conn.execute(
        "SELECT id, created_at, source_type, source_name, file_name, report_json, undone_at "
        "FROM sources WHERE file_sha256 IS NOT NULL ORDER BY id DESC"
    )
    out = []
    for row in cur:
        report = json.loads(row[5]) if row[5] else {}
        out.append(
            {
                "batch_id": row[0],
                "created_at": row[1],
                "source_type": row[2],
                "source_name": row[3],
                "file_name": row[4],
                "imported": report.get("imported", 0),
                "updated": report.get("updated", 0),
                "undone_at": row[6],
            }
        )
    return out


def undo_batch(
    ws: Workspace,
    batch_id: int,
    on_progress: Callable[..., None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> UndoReport:
    """Take an import batch back as a whole: one transaction, audited.

    Removes the contacts it created (unless a later import also brought them: those only lose
    this batch's link), puts back the fields it changed (unless edited since), and removes the
    batch's links. The source row stays, marked undone, so the history shows what happened.
    """
    conn = ws.conn
    row = conn.execute(
        "SELECT undone_at, file_sha256 FROM sources WHERE id = ?", (batch_id,)
    ).fetchone()
    if row is None or row[1] is None:
        raise UserError(f"There is no import batch {batch_id}.", exit_code=2)
    if row[0] is not None:
        raise UserError(f"Import batch {batch_id} was already undone on {row[0][:10]}.")
    progress = on_progress or (lambda *a, **k: None)
    with ws.transaction():
        created = [
            r[0]
            for r in conn.execute(
                "SELECT contact_id FROM batch_changes WHERE source_id = ? AND action = 'created'",
                (batch_id,),
            )
        ]
        later = {
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT b.contact_id FROM batch_changes b JOIN batch_changes c ON "
                "c.contact_id = b.contact_id AND c.source_id > b.source_id WHERE b.source_id = ? "
                "AND b.action = 'created'",
                (batch_id,),
            )
        }
        to_delete = [i for i in created if i not in later]
        total = int(conn.execute("SELECT count(*) FROM contacts").fetchone()[0])
        rebuild = len(to_delete) > FTS_REBUILD_SHARE * max(total, 1) and len(to_delete) > 1000
        saved = []
        if rebuild:
            # Deleting most of the table: without the full-text trigger and the secondary
            # indexes, then both built again over what remains (measured 73 s -> see the bench).
            saved = [
                r[0]
                for r in conn.execute(
                    "SELECT sql FROM sqlite_master WHERE (type = 'trigger' AND name = ?) OR "
                    "(type = 'index' AND tbl_name = 'contacts' AND sql IS NOT NULL)",
                    (FTS_TRIGGERS[2],),
                )
            ]
            for kind, name in conn.execute(
                "SELECT type, name FROM sqlite_master WHERE (type = 'trigger' AND name = ?) OR "
                "(type = 'index' AND tbl_name = 'contacts' AND sql IS NOT NULL)",
                (FTS_TRIGGERS[2],),
            ).fetchall():
                conn.execute(f'DROP {kind.upper()} "{name}"')
        for start in range(0, len(to_delete), 900):
            if is_cancelled and is_cancelled():
                raise Cancelled()
            part = to_delete[start : start + 900]
            marks = ", ".join("?" for _ in part)
            conn.execute(f"DELETE FROM contacts WHERE id IN ({marks})", part)
            progress(start, len(to_delete) or 1, "Removing contacts")
        if rebuild:
            for sql in saved:
                conn.execute(sql)
            conn.execute("INSERT INTO contacts_fts (contacts_fts) VALUES ('rebuild')")
        restored = conflicts = 0
        updates = conn.execute(
            "SELECT contact_id, previous_json FROM batch_changes WHERE source_id = ? AND "
            "action = 'updated'",
            (batch_id,),
        ).fetchall()
        for contact_id, previous_json in updates:
            record = json.loads(previous_json or "{}")
            before, after = record.get("before", {}), record.get("after", {})
            names = [n for n in before if n in _FIELDS or n == "function_set_by"]
            if not names:
                continue
            cur_row = conn.execute(
                f"SELECT {', '.join(names)} FROM contacts WHERE id = ?", (contact_id,)
            ).fetchone()
            if cur_row is None:
                continue
            back = {}
            for name, value in zip(names, cur_row, strict=True):
                if value == after.get(name):
                    back[name] = before[name]
                else:
                    conflicts += 1
            if back:
                back["updated_at"] = now_iso()
                assignments = ", ".join(f"{n} = ?" for n in back)
                conn.execute(
                    f"UPDATE contacts SET {assignments} WHERE id = ?", (*back.values(), contact_id)
                )
                restored += 1
        unlinked = conn.execute(
            "DELETE FROM contact_sources WHERE source_id = ?", (batch_id,)
        ).rowcount
        conn.execute("DELETE FROM batch_changes WHERE source_id = ?", (batch_id,))
        conn.execute("UPDATE sources SET undone_at = ? WHERE id = ?", (now_iso(), batch_id))
        result = UndoReport(
            batch_id,
            removed=len(to_delete),
            kept=len(later),
            restored=restored,
            unlinked=unlinked,
            conflicts=conflicts,
        )
        ws.audit(
            "import.undone",
            entity="source",
            entity_id=batch_id,
            details={
                "removed": result.removed,
                "kept": result.kept,
                "restored": result.restored,
                "conflicts": result.conflicts,
            },
        )
    return result


# The wizard's plain questions -> the batch's options (see compliance.provenance).
__all__ = [
    "FilePlan",
    "ImportOptions",
    "ImportReport",
    "UndoReport",
    "file_sha256",
    "list_batches",
    "plan_file",
    "preview_import",
    "previous_imports",
    "remember_mapping",
    "remembered_mapping",
    "run_import",
    "undo_batch",
    "INDIRECT_SOURCE_TYPES",
]
