"""How the desktop app feels on a big workspace: prints its figures next to the targets.

    python -m bench.bench_gui [--db /tmp/bench-1m.db] [--rows 1000000] [--runs 2]

Creates the workspace with bench/make_workspace.py when the file does not exist (about two
minutes per million contacts), then starts the app `--runs` times in a fresh process each
(offscreen; CLEARLIST_PASSPHRASE when no keyring is usable) and measures, through the real
widgets: the time from process start to a painted window with the first page of the table, the
first page after the workspace is open, jumping to the last row, sorting by clicking headers,
searching, and the process's memory. Each step ends with a repaint of the table, so the rows
it needs were really read. Figures are wall-clock on whatever else the machine is doing; the OS
file cache is warm (the file was just written or read).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TARGETS_MS = {
    "window usable after start": 2000,
    "first page after opening": 300,
    "jump to last row": 500,
    "sort by last name (header click)": 500,
    "search (worst of the queries)": 300,
}
TARGET_MEMORY_MB = 300
SEARCHES = ("martin", "ma", "a", "andersson anna", "consulting", "gmail", "zzzz")


def _rss_mb() -> tuple[float, float]:
    """(current, peak) resident memory of this process, in MB (Linux)."""
    values = {}
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(("VmRSS:", "VmHWM:")):
                key, amount, _unit = line.split()
                values[key] = int(amount) / 1024
    return values.get("VmRSS:", 0.0), values.get("VmHWM:", 0.0)


def child(db: Path, started: float) -> None:
    """One app start, measured from the inside; prints one JSON object."""
    figures: dict[str, object] = {}
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from gui.app import _application, load_storage, open_workspace

    # The steps of gui.app.open_main_window, with a clock between them.
    app = _application()
    load_storage()
    from storage.contacts import TABLE_COLUMNS

    ws = open_workspace(db)
    if ws is None:
        raise SystemExit("the workspace did not open")
    opened = time.time()
    from gui.main_window import MainWindow

    window = MainWindow(ws)
    window.resize(1400, 900)
    window.show()
    page = window.page("contacts")
    table = page.table
    table.viewport().repaint()  # paints the visible rows: the first page is read by now
    app.processEvents()
    shown = time.time()
    figures["window usable after start"] = (shown - started) * 1000
    figures["first page after opening"] = (shown - opened) * 1000
    figures["contacts"] = page.model.rowCount()

    def timed(action) -> float:  # noqa: ANN001
        begin = time.perf_counter()
        action()
        table.viewport().repaint()
        app.processEvents()
        return (time.perf_counter() - begin) * 1000

    def click_header(field: str) -> None:
        header = table.horizontalHeader()
        column = TABLE_COLUMNS.index(field)
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        QTest.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(x, header.height() // 2))

    table.setFocus()
    figures["jump to last row"] = timed(
        lambda: QTest.keyClick(table, Qt.Key_End, Qt.ControlModifier)
    )
    figures["jump to row 500,000"] = timed(
        lambda: table.scrollTo(page.model.index(min(500_000, page.model.rowCount() - 1), 0))
    )
    figures["back to the first row"] = timed(
        lambda: QTest.keyClick(table, Qt.Key_Home, Qt.ControlModifier)
    )
    figures["sort by last name (header click)"] = timed(lambda: click_header("last_name"))
    figures["sort by last name, then jump to last row"] = timed(
        lambda: QTest.keyClick(table, Qt.Key_End, Qt.ControlModifier)
    )
    for field in ("company", "email", "job_function", "job_title", "country"):
        figures[f"sort by {field} (header click)"] = timed(lambda f=field: click_header(f))
    figures["sort by last name again"] = timed(lambda: click_header("last_name"))
    QTest.keyClick(table, Qt.Key_Home, Qt.ControlModifier)

    searches: dict[str, float] = {}
    for text in SEARCHES:
        page.search.setText(text)  # then what the debounce timer would call
        searches[text] = timed(page.apply_search)
        figures[f"search '{text}' ({page.model.rowCount():,} found)"] = searches[text]
    figures["search (worst of the queries)"] = max(searches.values())
    figures["clear the search"] = timed(lambda: (page.search.clear(), page.apply_search()))
    rss, peak = _rss_mb()
    figures["memory now (MB)"] = rss
    figures["memory peak (MB)"] = peak
    window.close()
    ws.close()
    print(json.dumps(figures))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/clearlist-bench-1m.db"))
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--started", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.child:
        child(args.db, args.started)
        return 0

    if not args.db.exists():
        from bench.make_workspace import make_workspace

        inserted, seconds = make_workspace(args.db, args.rows)
        print(f"workspace: {inserted:,} contacts written in {seconds:.0f} s")
    runs: list[dict[str, float]] = []
    for _ in range(args.runs):
        started = time.time()
        result = subprocess.run(
            [sys.executable, __file__, "--child", "--db", str(args.db), "--started", str(started)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
        )
        lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
        if result.returncode or not lines:
            print(result.stdout, result.stderr, file=sys.stderr)
            return 1
        runs.append(json.loads(lines[-1]))

    print(f"bench_gui: {int(runs[0]['contacts']):,} contacts, {len(runs)} app starts, 2 cores")
    for name in runs[0]:
        if name == "contacts":
            continue
        values = [float(run[name]) for run in runs]
        unit = "MB" if "MB" in name else "ms"
        shown = " / ".join(f"{v:,.0f}" for v in values)
        target = TARGETS_MS.get(name)
        if "memory peak" in name:
            target = TARGET_MEMORY_MB
        verdict = ""
        if target is not None:
            verdict = f"  (target <= {target:,}: {'ok' if max(values) <= target else 'MISSED'})"
        print(f"  {name:<52} {shown} {unit}{verdict}")
    median_start = statistics.median(float(r["window usable after start"]) for r in runs)
    print(f"  median start: {median_start:,.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
