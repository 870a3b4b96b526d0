"""The contract's access-report, erase and retention commands, run as a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from compliance.emails import email_sha256
from storage.contacts import add_contact
from storage.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery"


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


@pytest.fixture
def db(tmp_path: Path, no_keyring: None) -> Path:
    path = tmp_path / "work.db"
    with Workspace.open(path, passphrase=PASSPHRASE) as ws:
        add_contact(
            ws,
            {
                "email": "Anna.Berg@Foretag.se",
                "first_name": "Anna",
                "last_name": "Berg",
                "country": "SE",
                "collected_on": "2023-01-10",
                "notes": "Ville ha offert i mars",
            },
        )
        add_contact(ws, {"email": "jean@firme.fr", "country": "FR", "collected_on": "2026-01-05"})
    return path


def _state(path: Path) -> tuple:
    with Workspace.open(path, passphrase=PASSPHRASE) as ws:
        return (
            ws.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0],
            ws.conn.execute("SELECT kind, value, reason FROM optouts").fetchall(),
            ws.contact_count(),
        )


def test_access_report_html_and_json(db: Path, tmp_path: Path, cli_env: dict[str, str]) -> None:
    html_out = tmp_path / "anna.html"
    done = run(
        cli_env, "--db", str(db), "access-report", "anna.berg@foretag.se", "--out", str(html_out)
    )
    assert done.returncode == 0, done.stderr
    assert "anna.html (sv)" in done.stdout
    page = html_out.read_text(encoding="utf-8")
    assert "Ville ha offert i mars" in page and "IMY" in page

    json_out = tmp_path / "anna.json"
    done = run(
        cli_env,
        "--db",
        str(db),
        "access-report",
        "ANNA.BERG@foretag.se",
        "--out",
        str(json_out),
        "--language",
        "en",
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(json_out.read_text(encoding="utf-8"))
    assert data["language"] == "en" and data["data"]["last_name"] == "Berg"


@pytest.mark.parametrize(
    ("address", "out_name", "code", "message"),
    [
        ("not-an-address", "r.html", 2, "not a valid e-mail address"),
        ("nobody@foretag.se", "r.html", 1, "No one with this address"),
        ("anna.berg@foretag.se", "r.pdf", 2, ".html or .json"),
    ],
)
def test_access_report_refusals_leave_files_as_they_were(
    db: Path,
    tmp_path: Path,
    cli_env: dict[str, str],
    address: str,
    out_name: str,
    code: int,
    message: str,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    existing = out / out_name
    existing.write_text("previous content")
    before = _state(db)
    done = run(cli_env, "--db", str(db), "access-report", address, "--out", str(existing))
    assert done.returncode == code
    assert message in done.stderr and done.stdout == ""
    assert existing.read_text() == "previous content"
    assert [p.name for p in out.iterdir()] == [out_name]
    assert _state(db) == before


def test_erase_keeps_only_the_fingerprint(
    db: Path, tmp_path: Path, cli_env: dict[str, str]
) -> None:
    done = run(cli_env, "--db", str(db), "erase", " Anna.Berg@foretag.se ")
    assert done.returncode == 0, done.stderr
    assert "only the SHA-256 of the address stays" in done.stdout
    _audit, optouts, contacts = _state(db)
    assert optouts == [("sha256", email_sha256("anna.berg@foretag.se"), "erased")]
    assert contacts == 1
    again = run(cli_env, "--db", str(db), "erase", "anna.berg@foretag.se")
    assert again.returncode == 1 and "No one with this address" in again.stderr
    report = run(
        cli_env,
        "--db",
        str(db),
        "access-report",
        "anna.berg@foretag.se",
        "--out",
        str(tmp_path / "x.json"),
    )
    assert report.returncode == 1 and not (tmp_path / "x.json").exists()


@pytest.mark.parametrize(
    ("address", "code"), [("unknown@firme.fr", 1), ("firme.fr", 2), ("a@@b", 2)]
)
def test_erase_refusals_change_nothing(
    db: Path, cli_env: dict[str, str], address: str, code: int
) -> None:
    before = _state(db)
    done = run(cli_env, "--db", str(db), "erase", address)
    assert done.returncode == code
    assert done.stderr.startswith("clearlist: ") and done.stdout == ""
    assert _state(db) == before


def test_wrong_passphrase_is_a_key_problem(db: Path, cli_env: dict[str, str]) -> None:
    env = {**cli_env, "CLEARLIST_PASSPHRASE": "not the passphrase"}
    done = run(env, "--db", str(db), "erase", "jean@firme.fr")
    assert done.returncode == 4
    assert _state(db)[2] == 2


def test_retention_list_and_purge(db: Path, cli_env: dict[str, str]) -> None:
    listed = run(cli_env, "--db", str(db), "--as-of", "2025-12-01", "retention")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == [
        "0 contacts' retention period has ended (1 more end within 60 days); "
        "run 'retention --purge' to delete them."
    ]
    listed = run(cli_env, "--db", str(db), "--as-of", "2026-01-10", "retention")
    assert listed.stdout.startswith("Anna.Berg@foretag.se\t2026-01-09\tcollected\n")
    assert "1 contacts' retention period has ended" in listed.stdout
    purged = run(cli_env, "--db", str(db), "--as-of", "2026-01-10", "retention", "--purge")
    assert purged.returncode == 0, purged.stderr
    assert purged.stdout.startswith("1 contacts whose retention period had ended were deleted")
    assert _state(db)[2] == 1
