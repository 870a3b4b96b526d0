"""Figures for the rights work in a big workspace: access report, erasure, retention scan, backup.

    python -m bench.bench_rights --db /tmp/bench1m.db [--rows 1000000] [--as-of 2026-11-28]

Builds the workspace with `bench.make_workspace` when the file does not exist (about a minute
per million contacts), then prints one line per figure. The workspace uses the passphrase in
CLEARLIST_PASSPHRASE when no system keyring is usable. Erasure changes the workspace: each run
erases other people (chosen from the middle of the table, by id).
Targets (issue 6): access report <= 1 s, erasure <= 1 s, retention scan <= 3 s, backup <= 30 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from storage import backup, retention, rights  # noqa: E402
from storage.workspace import Workspace  # noqa: E402


def _timed(fn, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
    started = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - started


def _people(ws: Workspace, n: int) -> list[str]:
    """`n` addresses spread over the table (not the first rows, which are the warmest)."""
    top = ws.conn.execute("SELECT max(id) FROM contacts").fetchone()[0] or 0
    out = []
    for i in range(n):
        row = ws.conn.execute(
            "SELECT email FROM contacts WHERE id >= ? ORDER BY id LIMIT 1",
            (top // 3 + i * (top // (2 * n + 1)),),
        ).fetchone()
        if row:
            out.append(row[0])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--as-of", type=dt.date.fromisoformat, default=dt.date(2026, 11, 28))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--passphrase", default=os.environ.get("CLEARLIST_PASSPHRASE"))
    args = parser.parse_args(argv)

    if not args.db.exists():
        from bench.make_workspace import make_workspace

        inserted, seconds = make_workspace(args.db, args.rows, passphrase=args.passphrase)
        print(f"built: {inserted} contacts in {seconds:.1f} s")

    with Workspace.open(args.db, passphrase=args.passphrase, today=args.as_of) as ws:
        contacts = ws.contact_count()
        size_mb = args.db.stat().st_size / 1e6
        print(f"workspace: {contacts} contacts, {size_mb:.0f} MB, as of {args.as_of}")
        people = _people(ws, args.repeat * 2)
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp)
            times = []
            for n, email in enumerate(people[: args.repeat]):
                suffix = ".json" if n % 2 else ".html"
                _, seconds = _timed(rights.write_access_report, ws, email, out / f"r{n}{suffix}")
                times.append(seconds)
            print(
                f"access report: median {statistics.median(times) * 1000:.0f} ms, "
                f"max {max(times) * 1000:.0f} ms over {len(times)} people (target <= 1000 ms)"
            )

            times = []
            for email in people[args.repeat :]:
                result, seconds = _timed(rights.erase_person, ws, email)
                assert result.checkpointed
                times.append(seconds)
            print(
                f"erasure (incl. WAL checkpoint): median {statistics.median(times) * 1000:.0f} ms, "
                f"max {max(times) * 1000:.0f} ms over {len(times)} people (target <= 1000 ms)"
            )

            times = []
            for _ in range(args.repeat):
                found, seconds = _timed(retention.scan, ws)
                times.append(seconds)
            print(
                f"retention scan: {len(found.expired)} ended, {len(found.ending_soon)} ending "
                f"within 60 days; first {times[0]:.2f} s, median {statistics.median(times):.2f} s "
                "(target <= 3 s)"
            )

            made, seconds = _timed(backup.backup, ws, out / "bench.clbackup")
            print(
                f"backup: {made.size / 1e6:.0f} MB in {seconds:.1f} s (target <= 30 s; "
                "includes the verification of the copy)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
