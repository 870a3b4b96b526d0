"""The command line as a subprocess: exit codes and the encrypted path end to end."""

from __future__ import annotations

import subprocess
import sys

from ..conftest import ROOT


def run(env, *args, input_text=None):
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        input=input_text,
        timeout=120,
    )


def test_optout_add_creates_an_encrypted_workspace(cli_env, tmp_path):
    db = tmp_path / "w.db"
    result = run(cli_env, "--db", str(db), "optout", "add", "Jean@Example.COM", "@spam.example")
    assert result.returncode == 0, result.stderr
    assert "2 added" in result.stdout
    again = run(cli_env, "--db", str(db), "optout", "add", "jean@example.com")
    assert again.returncode == 0 and "1 already there" in again.stdout
    raw = db.read_bytes()
    assert b"example.com" not in raw and b"spam.example" not in raw


def test_no_keyring_and_no_passphrase_exits_4_with_both_options(cli_env, tmp_path):
    env = dict(cli_env)
    env.pop("CLEARLIST_PASSPHRASE")
    db = tmp_path / "w.db"
    result = run(env, "--db", str(db), "optout", "add", "a@example.com")
    assert result.returncode == 4
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1
    assert "CLEARLIST_PASSPHRASE" in lines[0] and "keyring" in lines[0]
    assert not db.exists()


def test_wrong_passphrase_exits_4_and_changes_nothing(cli_env, tmp_path):
    db = tmp_path / "w.db"
    assert run(cli_env, "--db", str(db), "optout", "add", "a@example.com").returncode == 0
    before = db.read_bytes()
    env = dict(cli_env, CLEARLIST_PASSPHRASE="not the right one")
    result = run(env, "--db", str(db), "optout", "add", "b@example.com")
    assert result.returncode == 4
    assert "passphrase is wrong" in result.stderr
    assert db.read_bytes() == before


def test_not_a_database_exits_4(cli_env, tmp_path):
    db = tmp_path / "notes.db"
    db.write_text("just some text, not a database at all\n" * 100)
    before = db.read_bytes()
    result = run(cli_env, "--db", str(db), "optout", "add", "a@example.com")
    assert result.returncode == 4
    assert db.read_bytes() == before


def test_bad_usage_exits_2(cli_env, tmp_path):
    assert run(cli_env, "frobnicate").returncode == 2
    result = run(cli_env, "--db", str(tmp_path / "w.db"), "optout", "add", "not-an-address")
    assert result.returncode == 2
    assert "not a valid e-mail address" in result.stderr
    assert not (tmp_path / "w.db").exists()
    assert run(cli_env, "--as-of", "28/11/2026", "retention").returncode == 2
