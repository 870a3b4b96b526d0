"""The retention job (RULES.md section C): whose period has ended, whose ends soon, and the purge.

The rule itself is `compliance.retention` (shared with the clearance engine); this module only
reads the dates from the workspace. A first SQL pass keeps the contacts that could have ended by
the horizon (one of their dates is old enough: the period always runs from one of them), then the
rule decides each of those. Generic (role) addresses have no limit.

The purge deletes contacts whose period has ended (not the opt-out list, which is never purged
automatically), in one transaction, audited with counts and ids.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from compliance.clearance import is_generic_address
from compliance.retention import RETENTION_YEARS, add_years, retention_start
from compliance.sanitize import safe_cell

from .atomic import write_bytes_atomically
from .errors import Cancelled
from .workspace import Workspace

SOON_DAYS = 60
_DATE_COLUMNS = (
    "collected_on",
    "last_inbound_contact_date",
    "last_purchase_date",
    "customer_since",
)


class RetentionEntry(NamedTuple):
    """One contact whose period has ended or ends soon. A tuple: a scan makes hundreds of
    thousands of them in a big workspace."""

    contact_id: int
    email: str
    start_text: str  # ISO date the period runs from
    basis: str  # what it runs from: 'collected', 'last_contact', 'last_purchase'

    @property
    def start(self) -> dt.date:
        return dt.date.fromisoformat(self.start_text)

    @property
    def end(self) -> dt.date:
        """The first day the data is no longer kept."""
        return add_years(self.start, RETENTION_YEARS)

    @property
    def last_day(self) -> dt.date:
        return self.end - dt.timedelta(days=1)


@dataclass(frozen=True)
class RetentionScan:
    today: dt.date
    expired: list[RetentionEntry]  # ended: purge them
    ending_soon: list[RetentionEntry]  # ending within SOON_DAYS: ask them to confirm first

    @property
    def expired_ids(self) -> list[int]:
        return [e.contact_id for e in self.expired]


def last_start(until: dt.date) -> dt.date:
    """The latest start whose period has ended by `until` (end = add_years(start, 3) <= until),
    found with the rule's own arithmetic (29 February included)."""
    day = add_years(until, -RETENTION_YEARS)
    while add_years(day, RETENTION_YEARS) > until:
        day -= dt.timedelta(days=1)
    while add_years(day + dt.timedelta(days=1), RETENTION_YEARS) <= until:
        day += dt.timedelta(days=1)
    return day


def scan(
    ws: Workspace,
    *,
    soon_days: int = SOON_DAYS,
    ids: Iterable[int] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> RetentionScan:
    """The contacts whose retention has ended on `ws.today`, and those ending within `soon_days`.

    The dates are compared as ISO text (`YYYY-MM-DD` orders like the dates): `retention_start`
    only compares its arguments and returns one of them, so it picks the start without a date
    being parsed per contact, which keeps a million contacts within a few seconds.
    """
    today = ws.today
    ended_by = last_start(today).isoformat()
    soon_by = last_start(today + dt.timedelta(days=soon_days)).isoformat()
    dates = ", ".join(f"substr({c}, 1, 10)" for c in _DATE_COLUMNS)
    old_enough = " OR ".join(f"{c} <= ?" for c in _DATE_COLUMNS)
    # The covering index holds exactly these columns: ~10x less to decrypt than the table.
    sql = (
        f"SELECT id, email, {dates} FROM contacts INDEXED BY contacts_retention "
        f"WHERE ({old_enough})"
    )
    # A period that ends by the horizon started on one of these dates, so one of them is old.
    params: list[object] = [soon_by + "\uffff"] * len(_DATE_COLUMNS)
    if ids is not None:
        sql += " AND id IN (SELECT value FROM json_each(?))"
        params.append(json.dumps([int(i) for i in ids]))
    expired: list[RetentionEntry] = []
    soon: list[RetentionEntry] = []
    cursor = ws.conn.execute(sql, params)
    while rows := cursor.fetchmany(20000):
        if is_cancelled and is_cancelled():
            raise Cancelled()
        for contact_id, email, collected, inbound, purchase, since in rows:
            start = retention_start(
                is_generic=False,  # checked below, only for those whose period is over
                collected_on=collected,
                last_inbound_contact_date=inbound,
                last_purchase_date=purchase,
                customer_since=since,
            )
            if start is None or start > soon_by or is_generic_address(email.lower()):
                continue
            if start == inbound:
                basis = "last_contact"
            elif start in (purchase, since):
                basis = "last_purchase"
            else:
                basis = "collected"
            entry = RetentionEntry(contact_id, email, start, basis)
            (expired if start <= ended_by else soon).append(entry)
    # Earliest end first (the index gives them roughly by collection date already).
    expired.sort(key=lambda e: e.start_text)
    soon.sort(key=lambda e: e.start_text)
    return RetentionScan(today, expired, soon)


def names(ws: Workspace, ids: Iterable[int]) -> dict[int, tuple[str, str | None]]:
    """(name, company) of some contacts, for showing a page of a scan's list."""
    rows = ws.conn.execute(
        "SELECT id, trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')), company "
        "FROM contacts WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps([int(i) for i in ids]),),
    )
    return {r[0]: (r[1], r[2]) for r in rows}


@dataclass(frozen=True)
class PurgeResult:
    deleted: int
    skipped: int  # asked for, but not (or no longer) past their retention


def purge(
    ws: Workspace,
    ids: Iterable[int] | None = None,
    *,
    is_cancelled: Callable[[], bool] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> PurgeResult:
    """Delete the contacts whose retention has ended (all of them, or those of `ids` that have).

    Each one is checked again inside the transaction, so a contact that came back in touch since
    the list was shown is kept. A cancel rolls everything back.
    """
    asked = None if ids is None else [int(i) for i in ids]
    with ws.transaction():
        found = scan(ws, soon_days=0, ids=asked, is_cancelled=is_cancelled).expired_ids
        total = len(found)
        deleted = 0
        for start in range(0, total, 500):
            if is_cancelled and is_cancelled():
                raise Cancelled()
            chunk = found[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            deleted += ws.conn.execute(
                f"DELETE FROM contacts WHERE id IN ({marks})", chunk
            ).rowcount
            if on_progress:
                on_progress(deleted, total)
        skipped = 0 if asked is None else len(set(asked)) - deleted
        ws.audit(
            "retention.purged",
            details={
                "deleted": deleted,
                "skipped": skipped,
                "as_of": ws.today.isoformat(),
                "ids": found[:1000],
            },
        )
    if deleted:
        ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return PurgeResult(deleted, skipped)


def write_list_csv(ws: Workspace, entries: Iterable[RetentionEntry], path: Path) -> int:
    """The given contacts as CSV (address, names, company, last day kept, what it runs from),
    e.g. those whose period ends soon, to ask them whether they are still interested. Every field
    quoted, no cell able to start a formula, written atomically. Returns the row count."""
    entries = list(entries)
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(["email", "first_name", "last_name", "company", "kept_until", "counted_from"])
    for start in range(0, len(entries), 500):
        chunk = entries[start : start + 500]
        rows = {
            r[0]: r[1:]
            for r in ws.conn.execute(
                "SELECT id, first_name, last_name, company FROM contacts "
                "WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps([e.contact_id for e in chunk]),),
            )
        }
        for entry in chunk:
            first, last, company = rows.get(entry.contact_id, (None, None, None))
            writer.writerow(
                [
                    safe_cell(v)
                    for v in (
                        entry.email,
                        first,
                        last,
                        company,
                        entry.last_day.isoformat(),
                        entry.basis,
                    )
                ]
            )
    write_bytes_atomically(Path(path), ("\ufeff" + buffer.getvalue()).encode("utf-8"))
    ws.audit("retention.list_exported", details={"count": len(entries)})
    return len(entries)
