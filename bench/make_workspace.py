"""Fill a workspace with N generated (fictitious) contacts, fast, for benchmarks.

    python -m bench.make_workspace --db /tmp/bench.db --rows 1000000 [--passphrase P] [--seed S]

Rows come from `bench.generate.generate_rows` and go in through `storage.demo.bulk_insert`: one
transaction, `executemany` in chunks (about a minute per million rows on a small machine). The
workspace uses the passphrase (argument, or CLEARLIST_PASSPHRASE) when no system keyring is usable.
Prints one line: rows, seconds, file size.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from storage.demo import bulk_insert  # noqa: E402
from storage.workspace import Workspace  # noqa: E402

BENCH_SOURCE = "Benchmark data (fictitious)"


def make_workspace(
    path: Path, rows: int, *, passphrase: str | None = None, seed: int = 42
) -> tuple[int, float]:
    """Create (or extend) the workspace at `path` with `rows` generated contacts."""
    from bench.generate import generate_rows

    started = time.perf_counter()
    with Workspace.open(path, passphrase=passphrase) as ws:
        inserted = bulk_insert(
            ws,
            generate_rows(rows, seed=seed, dirty=0.0),
            source_name=BENCH_SOURCE,
            total=rows,
            check_emails=False,
        )
        ws.conn.execute("PRAGMA optimize")
        ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return inserted, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--passphrase", default=os.environ.get("CLEARLIST_PASSPHRASE"))
    args = parser.parse_args(argv)
    inserted, seconds = make_workspace(
        args.db, args.rows, passphrase=args.passphrase, seed=args.seed
    )
    size_mb = args.db.stat().st_size / 1e6
    print(f"{inserted} contacts inserted in {seconds:.1f} s; {args.db} is {size_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
