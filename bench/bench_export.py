"""How fast is the cleared export? Prints figures; not a test.

    python bench/bench_export.py [--db /tmp/bench1m.db] [--rows 1000000] [--optouts 100000]
                                 [--passphrase P] [--skip-pandas]

1. Makes (or reuses) a workspace of `--rows` generated contacts (bench/make_workspace.py), and
   puts `--optouts` entries on its opt-out list: 5 % of them the addresses of contacts, 1,000
   whole domains (none of them a contact's), 1 % SHA-256 hashes (as erasure leaves them), the rest
   addresses of people who are not contacts.
2. Times, each in a fresh process (so that its peak memory is its own): the export preview's
   counts (`storage.export.Previewer`: the first preview, then one for another campaign over
   the same contacts, as the wizard does); the grouping the wizard starts on opening, on a
   worker, with the GUI thread's worst stall meanwhile, and the preview pressed after it; and
   the export to CSV (`storage.export.run_export`:
   decide, write the file, store one token per exported contact, the record and the audit entry,
   commit). The export is then deleted again, so the workspace can be reused.
3. Times the pandas equivalent of only the anti-join on the same data (contacts and opt-out
   addresses as CSV files written beforehand, untimed): read_csv, ~isin, to_csv.

Needs pandas for step 3 (`pip install -e .[bench]`); `--skip-pandas` without it.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TODAY = dt.date(2026, 11, 28)
CAMPAIGN = {
    "name": "Benchmark campaign",
    "sender": "Acme SAS, 1 rue de la Paix, 75002 Paris, contact@acme.example",
    "unsubscribe": "https://acme.example/unsubscribe?t={token}",
    "topic_functions": ["finance", "executive"],
    "product_category": "accounting",
    "notice": None,
    "jurisdiction": "FR",
}


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _open(db: Path, passphrase: str | None):  # noqa: ANN202
    from storage.workspace import Workspace

    return Workspace.open(db, passphrase=passphrase, today=TODAY)


def ensure_workspace(db: Path, rows: int, optouts: int, passphrase: str | None) -> None:
    from bench.make_workspace import make_workspace
    from storage.optout import add_entries

    if not db.exists():
        inserted, seconds = make_workspace(db, rows, passphrase=passphrase)
        print(f"workspace: {inserted:,} contacts made in {seconds:.0f} s")
    with _open(db, passphrase) as ws:
        have = ws.contact_count()
        listed = int(ws.conn.execute("SELECT count(*) FROM optouts").fetchone()[0])
        if listed < optouts:
            own_n = optouts // 20
            keys = [
                r[0]
                for r in ws.conn.execute(
                    "SELECT email_key FROM contacts WHERE id % 20 = 3 LIMIT ?", (own_n,)
                )
            ]
            hashed = [
                hashlib.sha256(r[0].encode()).hexdigest()
                for r in ws.conn.execute(
                    "SELECT email_key FROM contacts WHERE id % 97 = 5 LIMIT ?", (optouts // 100,)
                )
            ]
            domains = [f"optout-domain-{i}.example" for i in range(1_000)]
            others = optouts - len(keys) - len(hashed) - len(domains)
            entries = [("email", k) for k in keys]
            entries += [("sha256", h) for h in hashed]
            entries += [("domain", d) for d in domains]
            entries += [("email", f"someone{i}@elsewhere{i % 997}.example") for i in range(others)]
            add_entries(ws, entries, reason="unsubscribed", origin="benchmark")
            listed = int(ws.conn.execute("SELECT count(*) FROM optouts").fetchone()[0])
    print(f"workspace: {have:,} contacts, {listed:,} opt-out entries")


# ------------------------------------------------------------------ phases (child processes)
def phase_preview(db: Path, passphrase: str | None) -> dict:
    """The GUI's preview: the first (reads and groups every contact), then another campaign
    over the same contacts (decides the groups again; what the wizard does on a change)."""
    from compliance.campaign import parse_campaign
    from storage.export import Previewer

    campaign = parse_campaign(CAMPAIGN)
    other = parse_campaign(
        {**CAMPAIGN, "topic_functions": ["sales"], "notice": "From {source_name}."}
    )
    previewer = Previewer()
    with _open(db, passphrase) as ws:
        started, cpu = time.perf_counter(), time.process_time()
        preview = previewer.preview(ws, campaign)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        started = time.perf_counter()
        previewer.preview(ws, other)
        warm = time.perf_counter() - started
    counts = preview.counts
    return {
        "seconds": seconds,
        "cpu": cpu,
        "warm": warm,
        "peak_mb": _peak_mb(),
        "considered": counts.considered,
        "exported": counts.exported,
        "excluded": {k: v for k, v in counts.excluded.items() if v},
    }


def phase_stall(db: Path, passphrase: str | None) -> dict:
    """What the export wizard does on opening: group every contact on a worker
    (gui.workers.WorkspaceJob, `Previewer.prepare`), while a 10 ms timer runs on the GUI
    thread (bench/stall.py); its worst gap is the longest the window would not respond. Then
    the preview that follows (deciding the groups only)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from bench.stall import run_and_watch
    from compliance.campaign import parse_campaign
    from gui.workers import WorkspaceJob
    from storage.export import Previewer

    _app = QApplication.instance() or QApplication([])  # kept alive: before any Qt object
    previewer = Previewer()
    with _open(db, passphrase) as ws:
        job = WorkspaceJob(
            ws, lambda wsx, _p, cancelled: previewer.prepare(wsx, is_cancelled=cancelled)
        )
        watched = run_and_watch(job)
        started = time.perf_counter()
        previewer.preview(ws, parse_campaign(CAMPAIGN))
        after = time.perf_counter() - started
    return {
        "grouping": watched["wall_s"],
        "after": after,
        "worst_gap_ms": watched["max_stall_ms"],
        "p99_gap_ms": watched["p99_stall_ms"],
        "builds": previewer.builds,
    }


def phase_export(db: Path, passphrase: str | None, out: Path) -> dict:
    from compliance.campaign import parse_campaign
    from storage.export import run_export

    campaign = parse_campaign(CAMPAIGN)
    with _open(db, passphrase) as ws:
        started, cpu = time.perf_counter(), time.process_time()
        result = run_export(ws, campaign, out)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        peak = _peak_mb()
        # Leave the workspace as it was for the next run (untimed).
        with ws.transaction():
            ws.conn.execute("DELETE FROM export_members WHERE export_id = ?", (result.export_id,))
            ws.conn.execute("DELETE FROM exports WHERE id = ?", (result.export_id,))
    return {
        "seconds": seconds,
        "cpu": cpu,
        "peak_mb": peak,
        "considered": result.counts.considered,
        "exported": result.counts.exported,
        "file_mb": out.stat().st_size / 1e6,
    }


def write_plain_csvs(db: Path, passphrase: str | None, folder: Path) -> tuple[Path, Path]:
    """The same data as plain CSV files, for pandas (untimed)."""
    contacts_csv, optouts_csv = folder / "contacts.csv", folder / "optouts.csv"
    columns = ("email", "first_name", "last_name", "company", "job_title", "country")
    with _open(db, passphrase) as ws:
        with contacts_csv.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(columns)
            writer.writerows(ws.conn.execute(f"SELECT {', '.join(columns)} FROM contacts"))
        with optouts_csv.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["email"])
            writer.writerows(ws.conn.execute("SELECT value FROM optouts WHERE kind = 'email'"))
    return contacts_csv, optouts_csv


def phase_pandas(contacts_csv: Path, optouts_csv: Path, out: Path) -> dict:
    import pandas as pd

    started, cpu = time.perf_counter(), time.process_time()
    contacts = pd.read_csv(contacts_csv, dtype=str, keep_default_na=False)
    optouts = pd.read_csv(optouts_csv, dtype=str, keep_default_na=False)
    kept = contacts[~contacts["email"].str.lower().isin(optouts["email"])]
    kept.to_csv(out, index=False)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"seconds": seconds, "cpu": cpu, "peak_mb": _peak_mb(), "kept": len(kept)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "bench1m.db")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--optouts", type=int, default=100_000)
    parser.add_argument("--passphrase", default=os.environ.get("CLEARLIST_PASSPHRASE"))
    parser.add_argument("--skip-pandas", action="store_true")
    parser.add_argument("--phase", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.phase:
        name, *rest = args.phase
        if name == "preview":
            result = phase_preview(args.db, args.passphrase)
        elif name == "stall":
            result = phase_stall(args.db, args.passphrase)
        elif name == "export":
            result = phase_export(args.db, args.passphrase, Path(rest[0]))
        else:
            result = phase_pandas(Path(rest[0]), Path(rest[1]), Path(rest[2]))
        print(json.dumps(result))
        return 0

    ensure_workspace(args.db, args.rows, args.optouts, args.passphrase)
    env = dict(os.environ)
    if args.passphrase:
        env["CLEARLIST_PASSPHRASE"] = args.passphrase
    child_args = ["--db", str(args.db)]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        preview = _run_phase(["preview"], child_args, env)
        print(
            f"preview counts: {preview['seconds']:.2f} s (CPU {preview['cpu']:.2f} s), "
            f"peak {preview['peak_mb']:.0f} MB "
            f"({preview['considered']:,} considered, {preview['exported']:,} cleared; "
            f"excluded {preview['excluded']})"
        )
        print(
            f"preview counts again, another campaign, same contacts (the wizard's reuse): "
            f"{preview['warm']:.2f} s"
        )
        stall = _run_phase(["stall"], child_args, env)
        print(
            f"the wizard's grouping on opening, on a worker: {stall['grouping']:.2f} s, worst "
            f"GUI-thread stall {stall['worst_gap_ms']} ms (p99 {stall['p99_gap_ms']} ms); the "
            f"preview pressed after it: {stall['after']:.2f} s ({stall['builds']} grouping)"
        )
        export = _run_phase(["export", str(folder / "cleared.csv")], child_args, env)
        print(
            f"export to CSV: {export['seconds']:.2f} s (CPU {export['cpu']:.2f} s), "
            f"peak {export['peak_mb']:.0f} MB "
            f"({export['exported']:,} rows written, {export['file_mb']:.0f} MB file)"
        )
        if not args.skip_pandas:
            contacts_csv, optouts_csv = write_plain_csvs(args.db, args.passphrase, folder)
            pandas = _run_phase(
                ["pandas", str(contacts_csv), str(optouts_csv), str(folder / "kept.csv")],
                [],
                env,
            )
            print(
                f"pandas anti-join only (read_csv, isin, to_csv): {pandas['seconds']:.2f} s "
                f"(CPU {pandas['cpu']:.2f} s), "
                f"peak {pandas['peak_mb']:.0f} MB ({pandas['kept']:,} rows kept)"
            )
            print(
                f"ratio: Clearlist export / pandas anti-join = "
                f"{export['seconds'] / pandas['seconds']:.1f}"
            )
    return 0


def _run_phase(phase: list[str], child_args: list[str], env: dict[str, str]) -> dict:
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), *child_args, "--phase", *phase],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"phase {phase[0]} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    sys.exit(main())
