"""Import figures: the whole pipeline on generated files, against a pandas baseline.

    python -m bench.bench_import                      # 1,000,000-row CSV + 100,000-row XLSX
    python -m bench.bench_import --rows 200000 --xlsx-rows 20000 --skip-pandas
    python -m bench.bench_import --gui-stall          # also: event-loop stalls during an import

Prints, for each file: wall and CPU seconds, rows per second, the report's counts and the peak
memory (ru_maxrss) of a fresh process that did only that import. Each measured step runs in its
own process so that one step's memory does not count in the next one's peak. The baseline is
`pandas.read_csv` + `DataFrame.to_sql` into a plain SQLite file: it reads and stores, but does
not clean, validate, deduplicate, encrypt, link sources or index for search.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _memory_keyring() -> None:
    """A keyring in this process only, so the bench never touches the real keychain."""
    import keyring
    import keyring.backend

    class MemoryKeyring(keyring.backend.KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.store: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.store.pop((service, username), None)

    keyring.set_keyring(MemoryKeyring())


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ------------------------------------------------------------------ steps (child processes)
def step_import(path: str, db: str) -> dict:
    _memory_keyring()
    sys.path.insert(0, str(ROOT))
    from storage.importer import ImportOptions, run_import
    from storage.workspace import Workspace

    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    ws = Workspace.open(db)
    options = ImportOptions(source_type="purchased", source_name="Bench provider")
    cpu, wall = time.process_time(), time.perf_counter()
    report = run_import(ws, path, options)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    stored = ws.contact_count()
    # The search index must hold every stored contact (the index step is part of the import).
    indexed = ws.conn.execute("SELECT count(*) FROM contacts_fts_docsize").fetchone()[0]
    ws.close()
    return {
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "peak_mb": round(_peak_mb()),
        "report": report.contract_json(),
        "stored": stored,
        "indexed": indexed,
        "phases_s": {k: round(v, 2) for k, v in report.timings.items()},
    }


def step_read_xlsx(path: str, reader: str) -> dict:
    wall = time.perf_counter()
    rows = 0
    if reader == "calamine":
        import python_calamine as pc

        book = pc.CalamineWorkbook.from_path(path)
        for _ in book.get_sheet_by_name(book.sheet_names[0]).iter_rows():
            rows += 1
    else:
        import openpyxl

        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        for _ in book.worksheets[0].iter_rows(values_only=True):
            rows += 1
        book.close()
    return {
        "wall_s": round(time.perf_counter() - wall, 2),
        "rows": rows,
        "peak_mb": round(_peak_mb()),
    }


def step_pandas(path: str, db: str) -> dict:
    import sqlite3

    import pandas as pd

    Path(db).unlink(missing_ok=True)
    wall = time.perf_counter()
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    conn = sqlite3.connect(db)
    frame.to_sql("contacts", conn, index=False, chunksize=50_000)
    conn.commit()
    conn.close()
    return {
        "wall_s": round(time.perf_counter() - wall, 2),
        "rows": len(frame),
        "peak_mb": round(_peak_mb()),
    }


def step_gui_stall(path: str, db: str) -> dict:
    """The import on a worker (gui.workers), a 10 ms timer on the GUI thread: its worst gap."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _memory_keyring()
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from bench.stall import run_and_watch
    from gui.workers import WorkspaceJob
    from storage.importer import ImportOptions, run_import
    from storage.workspace import Workspace

    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    _app = QApplication.instance() or QApplication([])  # kept alive: before any Qt object
    ws = Workspace.open(db)
    options = ImportOptions(source_type="purchased", source_name="Bench provider")
    result: dict = {}
    progress_events = [0]

    def work(wsx, on_progress, is_cancelled):  # noqa: ANN001, ANN202
        return run_import(wsx, path, options, on_progress, is_cancelled)

    job = WorkspaceJob(ws, work)
    job.progress.connect(lambda *a: progress_events.__setitem__(0, progress_events[0] + 1))
    job.finished.connect(lambda report: result.update(report=report.contract_json()))
    job.failed.connect(lambda message, bug: result.update(error=message))
    watched = run_and_watch(job)
    ws.close()
    return {
        "wall_s": round(watched["wall_s"], 2),
        "max_stall_ms": watched["max_stall_ms"],
        "p99_stall_ms": watched["p99_stall_ms"],
        "ticks": watched["ticks"],
        "progress_signals": progress_events[0],
        **result,
    }


STEPS = {
    "import": step_import,
    "read_xlsx": step_read_xlsx,
    "pandas": step_pandas,
    "gui_stall": step_gui_stall,
}


def _child(step: str, *args: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "bench.bench_import", "--step", step, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode != 0:
        raise SystemExit(f"step {step} failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _generate(rows: int, path: Path) -> None:
    if path.exists():
        return
    subprocess.run(
        [sys.executable, "-m", "bench.generate", str(rows), str(path)], cwd=ROOT, check=True
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--xlsx-rows", type=int, default=100_000)
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "clearlist-bench")
    parser.add_argument("--skip-csv", action="store_true", help="no CSV import (still generated)")
    parser.add_argument("--skip-pandas", action="store_true")
    parser.add_argument("--skip-xlsx", action="store_true")
    parser.add_argument("--gui-stall", action="store_true")
    parser.add_argument("--step", help=argparse.SUPPRESS)
    parser.add_argument("args", nargs="*", help=argparse.SUPPRESS)
    ns = parser.parse_args(argv)
    if ns.step:
        print(json.dumps(STEPS[ns.step](*ns.args)), flush=True)
        # Qt objects torn down at interpreter exit can crash PySide6 after the work is done;
        # the figures are printed, so leave at once.
        os._exit(0)

    ns.dir.mkdir(parents=True, exist_ok=True)
    csv_path = ns.dir / f"prospects-{ns.rows}.csv"
    _generate(ns.rows, csv_path)
    size_mb = csv_path.stat().st_size / 1e6
    print(f"CSV: {ns.rows:,} rows, {size_mb:.0f} MB ({csv_path})")
    result = {"wall_s": 0.0}
    if not ns.skip_csv:
        result = _child("import", str(csv_path), str(ns.dir / "bench-csv.db"))
        rate = ns.rows / result["wall_s"]
        print(
            f"  import: {result['wall_s']} s wall, {result['cpu_s']} s CPU, {rate:,.0f} rows/s, "
            f"peak {result['peak_mb']} MB"
        )
        print(f"  phases (s): {json.dumps(result['phases_s'])}")
        print(
            f"  report: {json.dumps(result['report'])}; stored {result['stored']:,}, "
            f"in the search index {result['indexed']:,}"
        )
    if not ns.skip_pandas and not ns.skip_csv:
        base = _child("pandas", str(csv_path), str(ns.dir / "bench-pandas.db"))
        print(
            f"  pandas read_csv + to_sql (plain SQLite, no cleaning): {base['wall_s']} s, "
            f"peak {base['peak_mb']} MB; Clearlist / pandas = "
            f"{result['wall_s'] / base['wall_s']:.2f}"
        )
    if ns.gui_stall:
        stall = _child("gui_stall", str(csv_path), str(ns.dir / "bench-gui.db"))
        print(
            f"  in the window (worker thread): {stall['wall_s']} s; event loop: worst gap "
            f"{stall['max_stall_ms']} ms, p99 {stall['p99_stall_ms']} ms over {stall['ticks']} "
            f"ticks of 10 ms; {stall['progress_signals']} progress signals"
        )
    if not ns.skip_xlsx:
        xlsx_path = ns.dir / f"prospects-{ns.xlsx_rows}.xlsx"
        _generate(ns.xlsx_rows, xlsx_path)
        print(f"XLSX: {ns.xlsx_rows:,} rows, {xlsx_path.stat().st_size / 1e6:.0f} MB")
        result = _child("import", str(xlsx_path), str(ns.dir / "bench-xlsx.db"))
        print(
            f"  import: {result['wall_s']} s wall, {result['cpu_s']} s CPU, "
            f"peak {result['peak_mb']} MB; report {json.dumps(result['report'])}"
        )
        for reader in ("calamine", "openpyxl"):
            read = _child("read_xlsx", str(xlsx_path), reader)
            print(f"  read only, {reader}: {read['wall_s']} s, peak {read['peak_mb']} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
