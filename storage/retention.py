"""The retention job (RULES.md section C): whose period has ended, whose ends soon, and the purge.

The rule itself is `compliance.retention` (shared with the clearance engine); this module only
reads the dates from the workspace. A first SQL pass keeps the contacts that could have ended by
the horizon (one of their dates is old enough: the period always runs from one of them), then the
rule decides each of those. Generic (role) addresses have no limit.

The purge deletes contacts whose period has ended (not the opt-out list, which is never purged
automatically), in one transaction, audited with counts and ids.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from compliance.clearance import is_generic_address
from compliance.retention import RETENTION_YEARS, add_years, retention_start

from .errors import Cancelled
from .workspace import Workspace

SOON_DAYS = 60
_DATE_COLUMNS = (
    "collected_on",
    "last_inbound_contact_date",
    "last_purchase_date",
    "customer_since",
)


@dataclass(frozen=True)
class RetentionEntry:
    contact_id: int
    email: str = field(repr=False)
    name: str = field(repr=False)
    company: str | None = field(repr=False)
    start: dt.date
    end: dt.date  # the first day the data is no longer kept
    basis: str  # what the period runs from: 'collected', 'last_contact', 'last_purchase'

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


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _basis(start: dt.date, inbound: dt.date | None, purchase: dt.date | None) -> str:
    if inbound is not None and start == inbound:
        return "last_contact"
    if purchase is not None and start == purchase:
        return "last_purchase"
    return "collected"


def scan(
    ws: Workspace,
    *,
    soon_days: int = SOON_DAYS,
    ids: Iterable[int] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> RetentionScan:
    """The contacts whose retention has ended on `ws.today`, and those ending within `soon_days`."""
    today = ws.today
    horizon = today + dt.timedelta(days=soon_days)
    # A period ending by the horizon started on or before this day (plus a margin for 29 Feb).
    cutoff = (add_years(horizon, -RETENTION_YEARS) + dt.timedelta(days=2)).isoformat()
    old_enough = " OR ".join(f"{c} <= ?" for c in _DATE_COLUMNS)
    sql = (
        "SELECT id, email, first_name, last_name, company, collected_on, "
        f"last_inbound_contact_date, last_purchase_date, customer_since FROM contacts "
        f"WHERE ({old_enough})"
    )
    params: list[object] = [cutoff] * len(_DATE_COLUMNS)
    if ids is not None:
        id_list = [int(i) for i in ids]
        sql += " AND id IN (SELECT value FROM json_each(?))"
        params.append(f"[{','.join(map(str, id_list))}]")
    expired: list[RetentionEntry] = []
    soon: list[RetentionEntry] = []
    for n, row in enumerate(ws.conn.execute(sql + " ORDER BY id", params)):
        if is_cancelled and n % 20000 == 0 and is_cancelled():
            raise Cancelled()
        contact_id, email, first, last, company, collected, inbound, purchase, since = row
        inbound_d, purchase_d = _date(inbound), _date(purchase)
        start = retention_start(
            is_generic=False,  # checked below, only for the few that have ended
            collected_on=_date(collected),
            last_inbound_contact_date=inbound_d,
            last_purchase_date=purchase_d,
            customer_since=_date(since),
        )
        if start is None:
            continue
        end = add_years(start, RETENTION_YEARS)
        if end > horizon or is_generic_address(email.lower()):
            continue
        name = " ".join(p for p in (first, last) if p)
        entry = RetentionEntry(
            contact_id,
            email,
            name,
            company,
            start,
            end,
            _basis(start, inbound_d, purchase_d or _date(since)),
        )
        (expired if end <= today else soon).append(entry)
    soon.sort(key=lambda e: (e.end, e.contact_id))
    return RetentionScan(today, expired, soon)


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
