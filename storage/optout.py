"""The opt-out list: addresses, whole domains and hashes. Never purged automatically."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from compliance.emails import email_key, is_valid_email, normalise_email
from compliance.fields import OPTOUT_REASONS

from .errors import UsageError
from .workspace import Workspace, now_iso


@dataclass(frozen=True)
class OptoutAddResult:
    added: int
    already: int


def parse_optout_value(raw: str) -> tuple[str, str]:
    """(kind, value) for an address or a whole domain written `@example.com`."""
    text = raw.strip()
    if text.startswith("@"):
        domain = text[1:].strip().lower()
        if not domain or "@" in domain or "." not in domain:
            raise UsageError(f"'{raw}' is not a domain: write a domain as @example.com.")
        return ("domain", domain)
    address = normalise_email(text)
    if not is_valid_email(address):
        raise UsageError(
            "One of the values is not a valid e-mail address (write a whole domain as "
            "@example.com)."
        )
    return ("email", email_key(address))


def add_entries(
    ws: Workspace,
    entries: Iterable[tuple[str, str]],
    *,
    reason: str = "manual",
    origin: str | None = None,
) -> OptoutAddResult:
    """Add `(kind, value)` entries; existing ones are kept as they are. One transaction."""
    if reason not in OPTOUT_REASONS:
        raise UsageError("The reason must be one of: " + ", ".join(OPTOUT_REASONS) + ".")
    added = already = 0
    stamp = now_iso()
    with ws.transaction():
        for kind, value in entries:
            cur = ws.conn.execute(
                "INSERT OR IGNORE INTO optouts (kind, value, reason, origin, added_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (kind, value, reason, origin, stamp),
            )
            if cur.rowcount:
                added += 1
            else:
                already += 1
        ws.audit("optout.added", details={"added": added, "already": already, "reason": reason})
    return OptoutAddResult(added, already)


def add_values(
    ws: Workspace, values: Iterable[str], *, reason: str = "manual", origin: str | None = None
) -> OptoutAddResult:
    """The contract's `optout add VALUE...`: every value is checked before anything is written."""
    entries = [parse_optout_value(v) for v in values]
    return add_entries(ws, entries, reason=reason, origin=origin)


def optout_count(ws: Workspace) -> int:
    return int(ws.conn.execute("SELECT count(*) FROM optouts").fetchone()[0])
