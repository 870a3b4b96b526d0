"""The opt-out list: addresses, whole domains and hashes. Never purged automatically.

It is used for suppression and nothing else (RULES.md D). Every change takes effect at once:
`load_suppression` reads the list afresh for each preview and export.

Ways in:
- `add_values` / `add_entries`: addresses and whole domains (`@example.com`) typed by hand.
- `import_file`: the unsubscribe, bounce and complaint exports of e-mail tools (any CSV/XLSX with
  an e-mail column, found by its header or, failing that, by its content); the same files listing
  our own unsubscribe tokens or links instead (the round trip: each token leads back to the
  contact it was made for); or, with `hashed=`, hex SHA-256/MD5 hashes of the trimmed,
  lower-cased address, as providers send them (first column).
Way out: `export_hashed` writes the list as SHA-256 hashes, to give to a provider.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from compliance.clearance import Suppression
from compliance.emails import email_key, email_sha256, is_valid_email, normalise_email
from compliance.fields import OPTOUT_REASONS

from .atomic import write_text_atomically
from .errors import Cancelled, InputFileError, UsageError
from .workspace import Workspace, now_iso

log = logging.getLogger(__name__)

HASH_LENGTHS = {"sha256": 64, "md5": 32}
KINDS = ("email", "domain", "sha256", "md5")
_HEX = re.compile(r"^[0-9a-fA-F]+$")
# Our unsubscribe tokens: secrets.token_urlsafe(16) gives 22 URL-safe characters.
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{22}$")
_TOKEN_ANYWHERE = re.compile(r"(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{22}(?![A-Za-z0-9_-])")
_SAMPLE_ROWS = 200  # rows looked at to find the column of addresses (or tokens)
_BATCH = 5000

ProgressFn = Callable[..., None]


@dataclass(frozen=True)
class OptoutAddResult:
    added: int
    already: int


@dataclass(frozen=True)
class OptoutImportResult:
    """What `import_file` did: `added` new entries, `already` on the list, `skipped` values that
    are neither an address nor a domain (or unknown tokens), `column` the column it read."""

    added: int
    already: int
    skipped: int
    rows: int
    column: str
    mode: str  # "email", "token", "sha256" or "md5"
    contacts_found: int = 0  # token mode: contacts the tokens led back to


@dataclass(frozen=True)
class OptoutEntry:
    id: int
    kind: str
    value: str
    reason: str
    origin: str | None
    added_at: str


@dataclass(frozen=True)
class OptoutCounts:
    total: int
    by_reason: dict[str, int] = field(default_factory=dict)
    by_kind: dict[str, int] = field(default_factory=dict)


# ----------------------------------------------------------------------------------- adding
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


def _check_reason(reason: str) -> None:
    if reason not in OPTOUT_REASONS:
        raise UsageError("The reason must be one of: " + ", ".join(OPTOUT_REASONS) + ".")


def _insert(ws: Workspace, entries: list[tuple[str, str]], reason: str, origin: str | None) -> int:
    """Insert entries (inside the caller's transaction); returns how many were new."""
    stamp = now_iso()
    before = ws.conn.total_changes
    for start in range(0, len(entries), _BATCH):
        ws.conn.executemany(
            "INSERT OR IGNORE INTO optouts (kind, value, reason, origin, added_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [(k, v, reason, origin, stamp) for k, v in entries[start : start + _BATCH]],
        )
    return ws.conn.total_changes - before


def add_entries(
    ws: Workspace,
    entries: Iterable[tuple[str, str]],
    *,
    reason: str = "manual",
    origin: str | None = None,
) -> OptoutAddResult:
    """Add `(kind, value)` entries; existing ones are kept as they are. One transaction."""
    _check_reason(reason)
    unique = list(dict.fromkeys(entries))
    for kind, _ in unique:
        if kind not in KINDS:
            raise UsageError(f"Unknown opt-out entry kind {kind!r}.")
    with ws.transaction():
        added = _insert(ws, unique, reason, origin)
        already = len(unique) - added
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


# ----------------------------------------------------------------------------------- importing
def check_input_file(path: Path) -> Path:
    """Refuse (exit code 3) a file that does not exist, before the workspace is opened."""
    path = Path(path)
    if not path.is_file():
        raise InputFileError(f"There is no file {path}. Check the name and the folder.")
    return path


def import_file(
    ws: Workspace,
    path: Path,
    *,
    hashed: str | None = None,
    reason: str = "unsubscribed",
    origin: str | None = None,
    on_progress: ProgressFn | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> OptoutImportResult:
    """The contract's `optout import FILE [--hashed sha256|md5] [--reason R]`.

    The whole file is read and checked before anything is written, in one transaction: a file
    without an e-mail column (nor tokens of ours), or a hash of the wrong length, is refused with
    an `InputFileError` (exit code 3) and the workspace is unchanged.
    """
    from .readers import open_table

    _check_reason(reason)
    if hashed is not None and hashed not in HASH_LENGTHS:
        raise UsageError("--hashed must be sha256 or md5.")
    path = Path(path)
    origin = origin or path.name
    table = open_table(path)
    if not table.top:
        raise InputFileError(f"{path.name} holds no rows: there is nothing to add.")

    def rows() -> Iterator[tuple[int, list[Any]]]:
        for count, item in enumerate(table.iter_rows()):
            if count % 2000 == 0:
                if is_cancelled is not None and is_cancelled():
                    raise Cancelled()
                if on_progress is not None:
                    on_progress(int(table.progress() * 1000), 1000)
            yield item

    if hashed is not None:
        entries, skipped, n_rows = _read_hashes(path, rows(), hashed)
        column, mode, contacts = "1", hashed, 0
    else:
        column_index, column, mode, header_row = _find_column(ws, path, table.top)
        if mode == "email":
            entries, skipped, n_rows = _read_addresses(rows(), column_index, header_row)
            contacts = 0
        else:
            entries, skipped, n_rows, contacts = _read_tokens(ws, rows(), column_index, header_row)
    unique = list(dict.fromkeys(entries))
    with ws.transaction():
        added = _insert(ws, unique, reason, origin)
        ws.audit(
            "optout.imported",
            details={
                "mode": mode,
                "rows": n_rows,
                "added": added,
                "already": len(unique) - added,
                "skipped": skipped,
                "reason": reason,
            },
        )
    log.info("opt-out import: mode %s, %d rows, %d added", mode, n_rows, added)
    if on_progress is not None:
        on_progress(1000, 1000)
    return OptoutImportResult(
        added=added,
        already=len(unique) - added,
        skipped=skipped,
        rows=n_rows,
        column=column,
        mode=mode,
        contacts_found=contacts,
    )


def _text(cell: Any) -> str:
    return "" if cell is None else str(cell).strip()


def _address_entry(text: str) -> tuple[str, str] | None:
    """(kind, value) for an address (or `@domain`) found in a cell, else None."""
    if not text:
        return None
    if text.startswith("@"):
        try:
            return parse_optout_value(text)
        except UsageError:
            return None
    address = normalise_email(text)
    if "@" not in address or not is_valid_email(address):
        return None
    return ("email", email_key(address))


def _find_column(
    ws: Workspace, path: Path, top: list[tuple[int, list[Any]]]
) -> tuple[int, str, str, int | None]:
    """(index, name, mode, header row number) of the column to read: an e-mail column by its
    header, else the column whose values are mostly addresses, else one holding our tokens."""
    from compliance.mapping import suggest_field

    from .readers import detect_header, header_names

    width = max((len(cells) for _, cells in top), default=0)
    header_at = detect_header(top)
    header_cells = top[header_at][1] if header_at is not None else None
    names = header_names(header_cells, width)
    header_row = top[header_at][0] if header_at is not None else None
    if header_cells is not None:
        for index, cell in enumerate(header_cells):
            if isinstance(cell, str) and suggest_field(cell)[0] == "email":
                return index, names[index], "email", header_row
    data = [cells for number, cells in top if number != header_row]
    best: tuple[float, int] | None = None
    for index in range(width):
        values = [_text(c[index]) for c in data if index < len(c) and _text(c[index])]
        if not values:
            continue
        share = sum(1 for v in values if _address_entry(v)) / len(values)
        if share >= 0.5 and (best is None or share > best[0]):
            best = (share, index)
    if best is not None:
        return best[1], names[best[1]], "email", header_row
    # No addresses: a list of our tokens, or of our unsubscribe links? (Every row is looked
    # at: a bare list of tokens has no header, whatever detect_header guessed.)
    for index in range(width):
        values = [_text(c[index]) for _, c in top if index < len(c) and _text(c[index])]
        candidates = [t for v in values for t in _tokens_in(v)][:_SAMPLE_ROWS]
        if candidates and _known_tokens(ws, candidates):
            first = _text(header_cells[index]) if header_cells and index < len(header_cells) else ""
            if _tokens_in(first):
                return index, f"Column {index + 1}", "token", None
            return index, names[index], "token", header_row
    raise InputFileError(
        f"{path.name} has no column of e-mail addresses (looked for a header such as 'Email', "
        "'E-mail', 'Email Address', 'Courriel' or 'E-post', then for a column of addresses, "
        "then for our unsubscribe codes). Add a header 'Email' above the addresses, or import "
        "a hashed list with --hashed sha256 or --hashed md5. Nothing was added."
    )


def _read_addresses(
    rows: Iterator[tuple[int, list[Any]]], index: int, header_row: int | None
) -> tuple[list[tuple[str, str]], int, int]:
    entries: list[tuple[str, str]] = []
    skipped = n_rows = 0
    for number, cells in rows:
        if number == header_row:
            continue
        n_rows += 1
        text = _text(cells[index]) if index < len(cells) else ""
        entry = _address_entry(text)
        if entry is None:
            skipped += 1
        else:
            entries.append(entry)
    return entries, skipped, n_rows


def _read_hashes(
    path: Path, rows: Iterator[tuple[int, list[Any]]], algorithm: str
) -> tuple[list[tuple[str, str]], int, int]:
    """Every hex hash of the first column; a first row that is not a hash is a header."""
    length = HASH_LENGTHS[algorithm]
    name = {"sha256": "SHA-256", "md5": "MD5"}[algorithm]
    entries: list[tuple[str, str]] = []
    n_rows = 0
    first = True
    for number, cells in rows:
        text = _text(cells[0]) if cells else ""
        if not text:
            continue
        if first:
            first = False
            if not _HEX.match(text) and len(text) != length:
                continue  # a header such as "sha256" or "hash"
        n_rows += 1
        if not _HEX.match(text) or len(text) != length:
            shown = "" if len(text) > 80 else f' ("{text}")'
            if _HEX.match(text) and len(text) in (32, 40, 64, 128):
                other = {32: "MD5", 40: "SHA-1", 64: "SHA-256", 128: "SHA-512"}[len(text)]
                hint = f"it is {len(text)} hex characters long, like {other}; " + (
                    f"import it with --hashed {other.lower().replace('-', '')}"
                    if other in ("MD5", "SHA-256")
                    else "Clearlist accepts only SHA-256 and MD5"
                )
            else:
                hint = f"a {name} hash is {length} hexadecimal characters (0-9, a-f)"
            raise InputFileError(
                f"Row {number} of {path.name}{shown} is not a {name} hash: {hint}. "
                "Nothing was added."
            )
        entries.append((algorithm, text.lower()))
    if not entries:
        raise InputFileError(f"{path.name} holds no hashes: there is nothing to add.")
    return entries, 0, n_rows


# ----------------------------------------------------------------------------------- tokens
def _tokens_in(text: str) -> list[str]:
    """Our tokens in a cell: a bare token, or the token inside one of our unsubscribe links."""
    if _TOKEN.match(text):
        return [text]
    if "://" in text or text.lower().startswith("mailto:"):
        parts = urlsplit(text)
        found = [v for _, v in parse_qsl(parts.query) if _TOKEN.match(v)]
        found += [unquote(p) for p in parts.path.split("/") if _TOKEN.match(unquote(p))]
        return found or _TOKEN_ANYWHERE.findall(unquote(text))
    return []


def _known_tokens(ws: Workspace, tokens: list[str]) -> dict[str, str]:
    """token -> the address of the contact it was made for (tokens of erased people are gone)."""
    found: dict[str, str] = {}
    for start in range(0, len(tokens), 500):
        chunk = tokens[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for token, address in ws.conn.execute(
            "SELECT m.token, c.email_key FROM export_members m "
            f"JOIN contacts c ON c.id = m.contact_id WHERE m.token IN ({marks})",
            chunk,
        ):
            found[token] = address
    return found


def _read_tokens(
    ws: Workspace, rows: Iterator[tuple[int, list[Any]]], index: int, header_row: int | None
) -> tuple[list[tuple[str, str]], int, int, int]:
    tokens: list[str] = []
    skipped = n_rows = 0
    for number, cells in rows:
        if number == header_row:
            continue
        n_rows += 1
        found = _tokens_in(_text(cells[index]) if index < len(cells) else "")
        if found:
            tokens.extend(found)
        else:
            skipped += 1
    known = _known_tokens(ws, list(dict.fromkeys(tokens)))
    skipped += len(set(tokens) - set(known))
    addresses = list(dict.fromkeys(known.values()))
    return [("email", a) for a in addresses], skipped, n_rows, len(addresses)


# ----------------------------------------------------------------------------------- reading
def load_suppression(ws: Workspace) -> Suppression:
    """The opt-out list as the clearance engine reads it, read afresh (changes apply at once)."""
    return Suppression.from_entries(ws.conn.execute("SELECT kind, value FROM optouts"))


def _search_sql(search: str, reason: str | None, kind: str | None) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    text = search.strip()
    if text:
        ors = ["value LIKE ? ESCAPE '\\'", "origin LIKE ? ESCAPE '\\'"]
        like = "%" + text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params += [like + "%", like + "%"]
        if "@" in text and not text.startswith("@"):
            # A whole address also finds its hashes and its domain's entry.
            key = email_key(text)
            ors.append("(kind = 'sha256' AND value = ?)")
            params.append(email_sha256(key))
            ors.append("(kind = 'md5' AND value = ?)")
            params.append(hashlib.md5(key.encode("utf-8"), usedforsecurity=False).hexdigest())
            ors.append("(kind = 'domain' AND value = ?)")
            params.append(key.rpartition("@")[2])
        clauses.append("(" + " OR ".join(ors) + ")")
    if reason:
        clauses.append("reason = ?")
        params.append(reason)
    if kind:
        clauses.append("kind = ?")
        params.append(kind)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def list_optouts(
    ws: Workspace,
    search: str = "",
    *,
    reason: str | None = None,
    kind: str | None = None,
    limit: int = 200,
    offset: int = 0,
) -> list[OptoutEntry]:
    """Entries matching `search` (part of an address, domain, hash or origin), newest first."""
    where, params = _search_sql(search, reason, kind)
    rows = ws.conn.execute(
        "SELECT id, kind, value, reason, origin, added_at FROM optouts"
        f"{where} ORDER BY id DESC LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return [OptoutEntry(*r) for r in rows]


def count_matching(
    ws: Workspace, search: str = "", *, reason: str | None = None, kind: str | None = None
) -> int:
    where, params = _search_sql(search, reason, kind)
    return int(ws.conn.execute(f"SELECT count(*) FROM optouts{where}", params).fetchone()[0])


def optout_counts(ws: Workspace) -> OptoutCounts:
    by_reason = dict(ws.conn.execute("SELECT reason, count(*) FROM optouts GROUP BY reason"))
    by_kind = dict(ws.conn.execute("SELECT kind, count(*) FROM optouts GROUP BY kind"))
    return OptoutCounts(sum(by_kind.values()), by_reason, by_kind)


# ----------------------------------------------------------------------------------- export
@dataclass(frozen=True)
class HashExportResult:
    written: int
    domains_left_out: int  # a domain has no address hash
    md5_left_out: int  # an MD5 cannot be turned into a SHA-256


def export_hashed(ws: Workspace, path: Path) -> HashExportResult:
    """Write the list as SHA-256 hashes of the trimmed, lower-cased addresses, one per line
    (a header line `sha256`), sorted, to give to a provider without giving it the addresses."""
    hashes: set[str] = set()
    domains = md5 = 0
    for kind, value in ws.conn.execute("SELECT kind, value FROM optouts"):
        if kind == "email":
            hashes.add(email_sha256(value))
        elif kind == "sha256":
            hashes.add(value.lower())
        elif kind == "domain":
            domains += 1
        else:
            md5 += 1
    write_text_atomically(Path(path), "sha256\n" + "".join(h + "\n" for h in sorted(hashes)))
    ws.audit("optout.exported_hashed", details={"written": len(hashes)})
    return HashExportResult(len(hashes), domains, md5)
