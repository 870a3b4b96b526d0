"""`python main.py import` as a subprocess: the contract's options, report, exit codes."""

from __future__ import annotations

import csv
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

from storage.workspace import Workspace

from ..conftest import ROOT

PASSPHRASE = "correct horse battery"
BASE = ["--source-type", "purchased", "--source-name", "Kompass France 2026"]


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ",") -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    return path


def counts(db: Path) -> tuple[int, int]:
    with Workspace.open(db, passphrase=PASSPHRASE, create=False) as ws:
        contacts = ws.contact_count()
        sources = ws.conn.execute("SELECT count(*) FROM sources").fetchone()[0]
        return contacts, sources


ROWS = [
    ["Courriel", "Prénom", "Société", "Téléphone", "Pays", "Informé"],
    ["jean@firm.fr", "Jean", "Firm", "06 12 34 56 78", "France", "oui"],
    ["asa@foretag.se", "Åsa", "Företag", "070-123 45 67", "Sverige", "nej"],
    ["broken", "X", "Y", "", "", ""],
]


def test_import_with_report(cli_env: dict[str, str], tmp_path: Path) -> None:
    db, report = tmp_path / "w.db", tmp_path / "report.json"
    src = write_csv(tmp_path / "leads.csv", ROWS, delimiter=";")
    result = run(
        cli_env, "--db", str(db), "--as-of", "2026-06-01", "import", str(src), *BASE,
        "--audience", "b2b", "--lawful-basis", "legitimate_interest",
        "--informed-at-collection", "no", "--report", str(report),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(report.read_text("utf-8"))
    assert list(data) == [
        "batch_id", "rows", "imported", "updated", "duplicates", "suppressed", "rejected",
    ]  # fmt: skip
    assert data == {"batch_id": 1, "rows": 3, "imported": 2, "updated": 0, "duplicates": 0,
                    "suppressed": 0, "rejected": {"INVALID_EMAIL": 1}}  # fmt: skip
    assert "imported 2" in result.stdout
    with Workspace.open(db, passphrase=PASSPHRASE) as ws:
        row = ws.conn.execute(
            "SELECT phone, country, audience, lawful_basis, informed_at_collection, collected_on "
            "FROM contacts WHERE email_key = 'jean@firm.fr'"
        ).fetchone()
        assert row == ("+33612345678", "FR", "b2b", "legitimate_interest", 1, "2026-06-01")
        source = ws.conn.execute("SELECT source_type, source_name FROM sources").fetchone()
        assert source == ("purchased", "Kompass France 2026")


def test_dry_run_changes_nothing(cli_env: dict[str, str], tmp_path: Path) -> None:
    db, report = tmp_path / "w.db", tmp_path / "dry.json"
    src = write_csv(tmp_path / "leads.csv", ROWS)
    result = run(cli_env, "--db", str(db), "import", str(src), *BASE, "--dry-run",
                 "--report", str(report))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Dry run" in result.stdout
    assert json.loads(report.read_text("utf-8"))["batch_id"] is None
    assert json.loads(report.read_text("utf-8"))["imported"] == 2
    assert counts(db) == (0, 0)


def test_duplicates_policy_and_same_file_note(cli_env: dict[str, str], tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    src = write_csv(tmp_path / "leads.csv", ROWS)
    assert run(cli_env, "--db", str(db), "import", str(src), *BASE).returncode == 0
    again = run(cli_env, "--db", str(db), "import", str(src), *BASE, "--on-duplicate", "skip")
    assert again.returncode == 0
    assert "already imported" in again.stderr and "batch 1" in again.stderr
    assert "2 duplicates" in again.stdout
    assert counts(db) == (2, 2)


def test_map_option(cli_env: dict[str, str], tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    src = write_csv(tmp_path / "m.csv", [["Adresse", "Qui"], ["a@firm.fr", "Ann"]])
    result = run(cli_env, "--db", str(db), "import", str(src), *BASE,
                 "--map", "Adresse=email", "--map", "Qui=first_name")  # fmt: skip
    assert result.returncode == 0, result.stderr
    bad = run(cli_env, "--db", str(db), "import", str(src), *BASE, "--map", "Qui=shoe_size")
    assert bad.returncode == 2
    assert "unknown field 'shoe_size'" in bad.stderr


def test_unreadable_input_exits_3_and_writes_no_report(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    db, report = tmp_path / "w.db", tmp_path / "r.json"
    assert run(cli_env, "--db", str(db), "optout", "add", "x@firm.fr").returncode == 0
    cases = {
        "empty.csv": b"",
        "garbage.csv": bytes(range(256)) * 50,
        "noemail.csv": "Nom,Société\nDupont,Firm\n".encode(),
        "header.csv": b"email,first_name\r\n",
        "broken.xlsx": b"PK\x03\x04 not really a workbook",
    }
    for name, content in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        result = run(cli_env, "--db", str(db), "import", str(path), *BASE, "--report", str(report))
        assert result.returncode == 3, (name, result.stderr)
        assert result.stderr.startswith("clearlist: ") and "Traceback" not in result.stderr
        assert not report.exists()
    missing = run(cli_env, "--db", str(db), "import", str(tmp_path / "nope.csv"), *BASE)
    assert missing.returncode == 3
    assert counts(db) == (0, 0)


def test_unreadable_input_creates_no_workspace(cli_env: dict[str, str], tmp_path: Path) -> None:
    db = tmp_path / "fresh.db"
    for name, content in {"empty.csv": b"", "noemail.csv": b"Nom\nDupont\n"}.items():
        path = tmp_path / name
        path.write_bytes(content)
        result = run(cli_env, "--db", str(db), "import", str(path), *BASE)
        assert result.returncode == 3, result.stderr
    assert not db.exists()


def test_a_killed_import_leaves_nothing(cli_env: dict[str, str], tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    assert run(cli_env, "--db", str(db), "optout", "add", "x@firm.fr").returncode == 0
    rows = [["email", "first_name", "last_name", "company", "job_title"]] + [
        [f"person{i}@firm{i % 997}.fr", f"First{i}", f"Last{i}", f"Firm {i % 997}", "Sales manager"]
        for i in range(300_000)
    ]
    src = write_csv(tmp_path / "big.csv", rows)
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db), "import", str(src), *BASE],
        cwd=ROOT,
        env=cli_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # Kill it once it has started writing (its write-ahead log grows), well before the end.
    wal = Path(f"{db}-wal")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > 4_000_000:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the import finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert counts(db) == (0, 0)
    with Workspace.open(db, passphrase=PASSPHRASE) as ws:
        assert ws.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        names = {r[0] for r in ws.conn.execute("SELECT name FROM sqlite_master")}
        assert {"contacts_fts_ai", "contacts_fts_au"} <= names
