"""The encrypted workspace: keys, opening, refusing what is not ours, migrations, audit chain."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from storage import keys, schema
from storage.contacts import add_contact
from storage.errors import PassphraseRequired, WorkspaceError, WrongPassphrase
from storage.workspace import Workspace

from ..conftest import ROOT

PERSON = {"email": "Hélène.Lindqvist@Exempel.SE", "first_name": "Hélène", "last_name": "Lindqvist"}


def _snapshot(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in path.parent.iterdir() if p.name.startswith(path.name)}


def test_new_workspace_key_goes_to_keyring_and_reopens(ws_path, memory_keyring):
    with Workspace.open(ws_path) as ws:
        assert ws.key.mode == "keyring"
        add_contact(ws, PERSON)
    entry = memory_keyring.store[(keys.SERVICE, str(ws_path.resolve()))]
    assert len(bytes.fromhex(entry)) == 32
    with Workspace.open(ws_path) as ws:
        assert ws.contact_count() == 1


def test_file_does_not_contain_personal_data_in_clear(ws_path):
    with Workspace.open(ws_path) as ws:
        add_contact(ws, PERSON)
        ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = b"".join(_snapshot(ws_path).values())
    for needle in ("Lindqvist", "exempel.se", "Hélène"):
        for encoding in ("utf-8", "utf-16-le"):
            assert needle.encode(encoding) not in raw
    assert not raw.startswith(b"SQLite format 3")


def test_key_is_never_written_to_disk(ws_path, memory_keyring, tmp_path):
    with Workspace.open(ws_path):
        pass
    key_hex = next(iter(memory_keyring.store.values()))
    for path in tmp_path.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert key_hex.encode() not in data
            assert bytes.fromhex(key_hex) not in data


def test_passphrase_path_when_keyring_has_no_recommended_backend(ws_path, no_keyring):
    with pytest.raises(PassphraseRequired) as info:
        Workspace.open(ws_path)
    assert info.value.creating and "CLEARLIST_PASSPHRASE" in info.value.message
    assert not ws_path.exists()
    with Workspace.open(ws_path, passphrase="correct horse battery") as ws:
        assert ws.key.mode == "passphrase"
        add_contact(ws, PERSON)
    with Workspace.open(ws_path, passphrase="correct horse battery") as ws:
        assert ws.contact_count() == 1


def test_wrong_passphrase_is_a_clear_error_and_the_file_is_unchanged(ws_path, no_keyring):
    with Workspace.open(ws_path, passphrase="correct horse battery") as ws:
        add_contact(ws, PERSON)
    before = _snapshot(ws_path)
    with pytest.raises(WrongPassphrase) as info:
        Workspace.open(ws_path, passphrase="wrong horse battery")
    assert "passphrase is wrong" in info.value.message
    assert info.value.exit_code == 4
    assert _snapshot(ws_path) == before


def test_existing_passphrase_workspace_without_passphrase_asks_for_it(ws_path, no_keyring):
    Workspace.open(ws_path, passphrase="correct horse battery").close()
    with pytest.raises(PassphraseRequired) as info:
        Workspace.open(ws_path)
    assert not info.value.creating


def test_short_passphrase_refused_for_new_workspace(ws_path, no_keyring):
    with pytest.raises(WorkspaceError, match="too short"):
        Workspace.open(ws_path, passphrase="short")
    assert not ws_path.exists()


def test_passphrase_from_environment(ws_path, no_keyring, monkeypatch):
    monkeypatch.setenv("CLEARLIST_PASSPHRASE", "correct horse battery")
    with Workspace.open(ws_path) as ws:
        assert ws.key.mode == "passphrase"


def test_plain_sqlite_file_is_refused_untouched(ws_path):
    conn = sqlite3.connect(ws_path)
    conn.execute("CREATE TABLE t (a)")
    conn.commit()
    conn.close()
    before = _snapshot(ws_path)
    with pytest.raises(WorkspaceError, match="unencrypted SQLite database"):
        Workspace.open(ws_path)
    assert _snapshot(ws_path) == before


def test_random_file_is_refused_untouched(ws_path, memory_keyring):
    ws_path.write_bytes(os.urandom(8192))
    before = _snapshot(ws_path)
    with pytest.raises(WorkspaceError):
        Workspace.open(ws_path)
    assert _snapshot(ws_path) == before


def test_encrypted_database_of_another_program_is_refused(ws_path, memory_keyring):
    import sqlcipher3

    key = "ab" * 32
    memory_keyring.store[(keys.SERVICE, str(ws_path.resolve()))] = key
    conn = sqlcipher3.connect(str(ws_path))
    conn.execute(f"PRAGMA key = \"x'{key}'\"")
    conn.execute("CREATE TABLE other (a)")
    conn.commit()
    conn.close()
    before = _snapshot(ws_path)
    with pytest.raises(WorkspaceError, match="not a Clearlist workspace"):
        Workspace.open(ws_path)
    assert _snapshot(ws_path) == before


def test_newer_schema_is_refused_untouched(ws_path):
    with Workspace.open(ws_path) as ws:
        ws.conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
        ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _snapshot(ws_path)
    with pytest.raises(WorkspaceError, match="newer version of Clearlist"):
        Workspace.open(ws_path)
    assert _snapshot(ws_path) == before


def test_migration_from_every_earlier_version_backs_up_first(ws_path, monkeypatch):
    """A version-1 workspace migrates to a (simulated) version 2, after a backup copy."""
    with Workspace.open(ws_path) as ws:
        add_contact(ws, PERSON)

    def v1_to_v2(conn):
        conn.execute("ALTER TABLE contacts ADD COLUMN linkedin TEXT")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, v1_to_v2])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    import storage.workspace as workspace_module

    monkeypatch.setattr(workspace_module, "MIGRATIONS", schema.MIGRATIONS)
    monkeypatch.setattr(workspace_module, "SCHEMA_VERSION", 2)
    with Workspace.open(ws_path) as ws:
        assert ws.conn.execute("PRAGMA user_version").fetchone()[0] == 2
        assert ws.contact_count() == 1
        cols = [r[1] for r in ws.conn.execute("PRAGMA table_info(contacts)")]
        assert "linkedin" in cols
    backups = list(ws_path.parent.glob("workspace.db.v1-*.bak"))
    assert len(backups) == 1


def test_failed_migration_rolls_back(ws_path, monkeypatch):
    with Workspace.open(ws_path) as ws:
        add_contact(ws, PERSON)

    def broken(conn):
        conn.execute("ALTER TABLE contacts ADD COLUMN x TEXT")
        raise RuntimeError("boom")

    import storage.workspace as workspace_module

    monkeypatch.setattr(workspace_module, "MIGRATIONS", [*schema.MIGRATIONS, broken])
    monkeypatch.setattr(workspace_module, "SCHEMA_VERSION", 2)
    with pytest.raises(RuntimeError):
        Workspace.open(ws_path)
    monkeypatch.undo()
    with Workspace.open(ws_path) as ws:
        assert ws.conn.execute("PRAGMA user_version").fetchone()[0] == 1
        cols = [r[1] for r in ws.conn.execute("PRAGMA table_info(contacts)")]
        assert "x" not in cols


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder_is_a_clear_error(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(WorkspaceError, match="cannot write in the folder"):
            Workspace.open(folder / "w.db")
    finally:
        folder.chmod(stat.S_IRWXU)


def test_read_only_folder_message_when_sqlite_cannot_write(ws_path, monkeypatch):
    """Whatever the user id, a refusal to create the file reads as a folder problem."""
    monkeypatch.setattr(os, "access", lambda *a, **k: False)
    with pytest.raises(WorkspaceError, match="cannot write in the folder"):
        Workspace.open(ws_path)
    assert not ws_path.exists()


def test_locked_keyring_is_a_clear_error(ws_path, memory_keyring, monkeypatch):
    from keyring.errors import KeyringLocked

    Workspace.open(ws_path).close()

    def locked(*args, **kwargs):
        raise KeyringLocked("locked")

    monkeypatch.setattr(memory_keyring, "get_password", locked)
    with pytest.raises(WorkspaceError, match="keyring is locked"):
        Workspace.open(ws_path)


def test_full_disk_is_a_clear_error_and_rolls_back(ws):
    add_contact(ws, PERSON)
    page_count = ws.conn.execute("PRAGMA page_count").fetchone()[0]
    ws.conn.execute(f"PRAGMA max_page_count = {page_count}")
    with pytest.raises(WorkspaceError, match="disk is full"):
        with ws.transaction():
            ws.conn.executemany(
                "INSERT INTO settings (key, value_json) VALUES (?, ?)",
                [(f"k{i}", "x" * 2000) for i in range(2000)],
            )
    assert ws.setting("k1") is None
    assert ws.contact_count() == 1


def test_audit_chain_detects_tampering(ws):
    add_contact(ws, PERSON)
    ws.audit("test.action", details={"count": 3})
    assert ws.audit_chain_ok() is None
    with pytest.raises(Exception, match="append-only"):
        ws.conn.execute("UPDATE audit_log SET details_json = '{}' WHERE id = 2")
    # Someone who drops the trigger and edits an entry is caught by the chain.
    ws.conn.execute("DROP TRIGGER audit_log_no_update")
    ws.conn.execute(
        "UPDATE audit_log SET details_json = '{\"count\": 4}' WHERE action = ?", ("test.action",)
    )
    broken = ws.audit_chain_ok()
    assert broken is not None


def test_storage_and_compliance_do_not_import_qt():
    code = (
        "import sys, storage.workspace, storage.contacts, storage.optout, compliance.emails;"
        "import pkgutil, importlib, storage, compliance\n"
        "for pkg in (storage, compliance):\n"
        "    for m in pkgutil.iter_modules(pkg.__path__):\n"
        "        importlib.import_module(pkg.__name__ + '.' + m.name)\n"
        "bad = [m for m in sys.modules if m.startswith('PySide6')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
