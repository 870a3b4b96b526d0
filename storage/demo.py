"""Fictitious contacts: the demo a new workspace offers, and the fast bulk load benchmarks use.

`load_demo` goes through the import use case (so the demo is exactly an import: one batch that
can be undone). Benchmark workspaces of a million rows use `bulk_insert` instead: generated rows
in one transaction with `executemany`, normalised by the import's own normalisers
(compliance.normalise) but without its duplicate policy, suppression or rejected-row report.
The rows come from `bench.generate` (the project's deterministic fake-data generator), which the
app therefore needs at run time for the demo.
"""

from __future__ import annotations

import csv
import logging
import tempfile
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

from compliance.emails import normalise_email
from compliance.fields import CONTACT_FIELDS
from compliance.normalise import (
    Normaliser,
    Unreadable,
    cell_text,
    email_is_valid,
    normalise_phone,
)

from .contacts import create_source
from .errors import Cancelled
from .workspace import Workspace, now_iso

log = logging.getLogger(__name__)

DEMO_SOURCE_NAME = "Demo data (fictitious)"
DEMO_SIZE = 1000
_CHUNK = 2000

ProgressFn = Callable[..., None]


def demo_rows(n: int = DEMO_SIZE) -> list[dict[str, Any]]:
    """The demo's rows, from the project's deterministic fake-data generator."""
    from bench.generate import demo_rows as generated

    return list(generated(n))


def load_demo(
    ws: Workspace,
    *,
    n: int = DEMO_SIZE,
    on_progress: ProgressFn | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> int:
    """Import `n` fictitious contacts as one batch, source "Demo data (fictitious)".

    It goes through the import use case, so the demo is an ordinary batch (normalised,
    deduplicated, undoable as a whole). Returns how many contacts were imported.
    """
    from .importer import ImportOptions, run_import

    rows = demo_rows(n)
    with tempfile.TemporaryDirectory(prefix="clearlist-demo-") as folder:
        path = Path(folder) / "demo-contacts.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(rows[0]) if rows else ["email"])
            writer.writeheader()
            writer.writerows(rows)
        options = ImportOptions(source_type="manual", source_name=DEMO_SOURCE_NAME)
        report = run_import(ws, path, options, on_progress, is_cancelled)
    log.info("demo data loaded: %d contacts", report.imported)
    return int(report.imported)


def bulk_insert(
    ws: Workspace,
    rows: Iterable[Mapping[str, Any]],
    *,
    source_name: str,
    source_type: str = "manual",
    on_progress: ProgressFn | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    total: int = 0,
    check_emails: bool = True,
) -> int:
    """Insert generated rows (contract field names) in one transaction; returns how many.

    A value the edit rules refuse is left empty; a row whose address is already in the workspace
    (or earlier in `rows`) is skipped. `check_emails=False` skips the full syntax check (a
    million checks take a minute) and trusts that generated addresses are well formed.
    """
    stamp = now_iso()
    done = 0
    columns = [
        "email",
        "email_key",
        "email_valid",
        *(f for f in CONTACT_FIELDS if f != "email"),
        "function_set_by",
        "created_at",
        "updated_at",
    ]
    sql = (
        f"INSERT INTO contacts ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)}) "
        "ON CONFLICT (email_key) DO NOTHING"
    )
    it = iter(rows)
    reader = _RowReader(check_emails)
    with ws.transaction():
        source_id = create_source(ws, source_type, source_name)
        first_new = _max_id(ws) + 1
        while True:
            if is_cancelled is not None and is_cancelled():
                raise Cancelled()
            chunk = [r for r in (reader.record(row, stamp) for row in islice(it, _CHUNK)) if r]
            if not chunk:
                break
            ws.conn.executemany(sql, chunk)
            done += len(chunk)
            if on_progress is not None:
                on_progress(done, total)
        # New rows have ids above the previous maximum (INTEGER PRIMARY KEY takes max + 1).
        cur = ws.conn.execute("SELECT count(*) FROM contacts WHERE id >= ?", (first_new,))
        inserted = int(cur.fetchone()[0])
        ws.conn.execute(
            "INSERT INTO contact_sources (contact_id, source_id, added_at) "
            "SELECT id, ?, ? FROM contacts WHERE id >= ?",
            (source_id, stamp, first_new),
        )
        ws.conn.execute(
            "INSERT INTO batch_changes (source_id, contact_id, action) "
            "SELECT ?, id, 'created' FROM contacts WHERE id >= ?",
            (source_id, first_new),
        )
        ws.audit(
            "contacts.bulk_inserted",
            entity="source",
            entity_id=source_id,
            details={"count": inserted},
        )
    return inserted


def _max_id(ws: Workspace) -> int:
    return int(ws.conn.execute("SELECT coalesce(max(id), 0) FROM contacts").fetchone()[0])


class _RowReader:
    """Generated rows to the stored form, through the import's own normalisers."""

    def __init__(self, check_emails: bool) -> None:
        self._normaliser = Normaliser()
        self._fields = [f for f in CONTACT_FIELDS if f not in ("email", "phone")]
        self._functions = [self._normaliser.function(f) for f in self._fields]
        self._check_emails = check_emails

    def record(self, row: Mapping[str, Any], stamp: str) -> tuple[Any, ...] | None:
        email = normalise_email(cell_text(row.get("email")))
        if "@" not in email:
            return None
        values: dict[str, Any] = {}
        for name, function in zip(self._fields, self._functions, strict=True):
            try:
                values[name] = function(row.get(name))
            except Unreadable:  # refused by the import's rules: left empty, not guessed
                values[name] = None
        try:
            values["phone"] = normalise_phone(row.get("phone"), values["country"])
        except Unreadable:
            values["phone"] = None
        if values["job_function"] or values["seniority"]:
            function_set_by = "manual"
        else:
            function_set_by = "auto"
            values["job_function"], values["seniority"] = _classify(values["job_title"])
        valid = email_is_valid(email) if self._check_emails else True
        return (
            email,
            email.lower(),
            int(valid),
            *(values[f] for f in CONTACT_FIELDS if f != "email"),
            function_set_by,
            stamp,
            stamp,
        )


@lru_cache(maxsize=65536)
def _classify(title: str | None) -> tuple[str, str]:
    # Generated titles repeat a lot: the cache makes a million rows cost a few thousand calls.
    try:
        from compliance.jobtitles import classify
    except ImportError:  # the classifier arrives with the segments work
        return ("other", "unknown")
    result = classify(title)
    return (result.function, result.seniority)
