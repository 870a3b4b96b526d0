"""`python main.py optout import FILE [--hashed ...] [--reason R]` as a subprocess."""

from __future__ import annotations

import hashlib
import subprocess
import sys

from ..conftest import ROOT

PASSPHRASE = "correct horse battery"


def run(env, *args):
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _entries(db):
    from storage.workspace import Workspace

    with Workspace.open(db, passphrase=PASSPHRASE) as ws:
        return set(ws.conn.execute("SELECT kind, value, reason FROM optouts"))


def test_import_an_unsubscribe_export(cli_env, tmp_path, no_keyring):
    db = tmp_path / "w.db"
    path = tmp_path / "unsubscribes.csv"
    path.write_text("Email Address,Reason\nJean@Firm.fr,spam\nanna@bolag.se,\n")
    result = run(cli_env, "--db", str(db), "optout", "import", str(path), "--reason", "complaint")
    assert result.returncode == 0, result.stderr
    assert "2 added" in result.stdout
    assert _entries(db) == {
        ("email", "jean@firm.fr", "complaint"),
        ("email", "anna@bolag.se", "complaint"),
    }


def test_import_hashes(cli_env, tmp_path, no_keyring):
    db = tmp_path / "w.db"
    path = tmp_path / "hashes.txt"
    digest = hashlib.sha256(b"jean@firm.fr").hexdigest()
    path.write_text(digest + "\n")
    result = run(cli_env, "--db", str(db), "optout", "import", str(path), "--hashed", "sha256")
    assert result.returncode == 0, result.stderr
    assert _entries(db) == {("sha256", digest, "unsubscribed")}


def test_bad_files_exit_3_and_change_nothing(cli_env, tmp_path, no_keyring):
    db = tmp_path / "w.db"
    assert run(cli_env, "--db", str(db), "optout", "add", "a@b.example").returncode == 0
    before = _entries(db)
    no_column = tmp_path / "names.csv"
    no_column.write_text("Name,City\nJean,Paris\n")
    result = run(cli_env, "--db", str(db), "optout", "import", str(no_column))
    assert result.returncode == 3 and "no column of e-mail addresses" in result.stderr
    wrong = tmp_path / "md5s.txt"
    wrong.write_text(hashlib.md5(b"x").hexdigest() + "\n")  # noqa: S324
    result = run(cli_env, "--db", str(db), "optout", "import", str(wrong), "--hashed", "sha256")
    assert result.returncode == 3 and "not a SHA-256 hash" in result.stderr
    result = run(cli_env, "--db", str(db), "optout", "import", str(tmp_path / "missing.csv"))
    assert result.returncode == 3
    assert _entries(db) == before


def test_missing_file_creates_no_workspace(cli_env, tmp_path):
    db = tmp_path / "w.db"
    result = run(cli_env, "--db", str(db), "optout", "import", str(tmp_path / "missing.csv"))
    assert result.returncode == 3 and not db.exists()
