"""Encrypted backups and restoring them; refusals leave the workspace as it was."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
import sqlcipher3

from storage import backup
from storage.contacts import add_contact, find_contact_id
from storage.errors import InputFileError, WorkspaceError
from storage.workspace import SQLITE_MAGIC, Workspace


def _contents(ws: Workspace) -> list[tuple]:
    return ws.conn.execute("SELECT id, email, notes FROM contacts ORDER BY id").fetchall()


def test_backup_is_encrypted_and_restores(ws: Workspace, tmp_path: Path) -> None:
    add_contact(ws, {"email": "kept@example.org", "notes": "before the backup"})
    target = tmp_path / "saved" / "copy.clbackup"
    target.parent.mkdir()
    result = backup.backup(ws, target)
    assert result.path == target and result.size == target.stat().st_size
    raw = target.read_bytes()
    assert not raw.startswith(SQLITE_MAGIC) and b"kept@example.org" not in raw
    assert [p.name for p in target.parent.iterdir()] == ["copy.clbackup"]
    assert backup.days_since_backup(ws) == (ws.today - dt.date.today()).days
    info = backup.verify_backup(target, ws.key)
    assert info.contacts == 1

    # Work continues after the backup; restoring brings back the state of the backup.
    add_contact(ws, {"email": "later@example.org"})
    before_restore = _contents(ws)
    restored = backup.restore(ws, target)
    assert restored is ws  # the same object, so the window's pages keep working
    try:
        assert find_contact_id(restored, "later@example.org") is None
        assert [r[1] for r in _contents(restored)] == ["kept@example.org"]
        assert len(before_restore) == 2
        assert restored.audit_chain_ok() is None
        assert (
            restored.conn.execute(
                "SELECT count(*) FROM audit_log WHERE action = 'backup.restored'"
            ).fetchone()[0]
            == 1
        )
        leftovers = {p.name for p in ws.path.parent.iterdir()} - {
            "workspace.db",
            "workspace.db-wal",
            "workspace.db-shm",
            "saved",
        }
        assert leftovers == set()
    finally:
        restored.close()


def _refused(ws: Workspace, file: Path, match: str) -> None:
    before = _contents(ws)
    with pytest.raises(InputFileError, match=match):
        backup.restore(ws, file)
    assert _contents(ws) == before  # the connection is still open and the data unchanged


def test_restore_refuses_files_that_are_not_backups(ws: Workspace, tmp_path: Path) -> None:
    add_contact(ws, {"email": "kept@example.org"})
    text = tmp_path / "notes.clbackup"
    text.write_text("hello\n" * 400)
    _refused(ws, text, "could not be opened with this workspace's key|not a database")

    plain = tmp_path / "plain.db"
    with sqlite3.connect(plain) as conn:
        conn.execute("CREATE TABLE t (x)")
    _refused(ws, plain, "unencrypted database")

    _refused(ws, tmp_path / "missing.clbackup", "cannot be read")

    empty = tmp_path / "empty.clbackup"
    empty.write_bytes(b"")
    _refused(ws, empty, "not a Clearlist backup")


def test_restore_refuses_a_backup_with_another_key(ws: Workspace, tmp_path: Path) -> None:
    other = Workspace.open(tmp_path / "other.db")
    try:
        add_contact(other, {"email": "other@example.org"})
        foreign = backup.backup(other, tmp_path / "other.clbackup").path
    finally:
        other.close()
    add_contact(ws, {"email": "kept@example.org"})
    _refused(ws, foreign, "another workspace")


def test_restore_refuses_an_encrypted_database_that_is_not_a_workspace(
    ws: Workspace, tmp_path: Path
) -> None:
    stranger = tmp_path / "stranger.db"
    conn = sqlcipher3.connect(str(stranger))
    conn.execute(f'PRAGMA key = "{ws.key.pragma()}"')
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    _refused(ws, stranger, "not a Clearlist backup")


def test_backup_cannot_overwrite_the_workspace(ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(InputFileError):
        backup.backup(ws, ws.path)
    with pytest.raises(InputFileError, match="does not exist"):
        backup.backup(ws, tmp_path / "nowhere" / "x.clbackup")


def test_restore_when_the_workspace_is_busy(ws: Workspace, tmp_path: Path) -> None:
    add_contact(ws, {"email": "kept@example.org"})
    saved = backup.backup(ws, tmp_path / "b.clbackup").path
    reader = ws.reopen()
    try:
        reader.conn.execute("BEGIN")
        reader.conn.execute("SELECT count(*) FROM contacts").fetchone()
        add_contact(ws, {"email": "new@example.org"})  # so the WAL has frames the reader pins
        with pytest.raises(WorkspaceError, match="in use"):
            backup.restore(ws, saved)
        assert find_contact_id(ws, "new@example.org") is not None
    finally:
        reader.conn.execute("ROLLBACK")
        reader.close()


def test_reminder_after_a_week(ws: Workspace, tmp_path: Path) -> None:
    assert not backup.backup_due(ws)  # an empty workspace needs no reminder
    add_contact(ws, {"email": "a@example.org"})
    assert backup.backup_due(ws)  # never backed up
    ws.set_setting(backup.LAST_BACKUP_SETTING, "2026-11-21T10:00:00+00:00")
    assert not backup.backup_due(ws)  # exactly a week
    ws.set_setting(backup.LAST_BACKUP_SETTING, "2026-11-20T10:00:00+00:00")
    assert backup.backup_due(ws)


def test_a_restore_that_fails_late_puts_the_previous_file_back(
    ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_contact(ws, {"email": "old@example.org"})
    saved = backup.backup(ws, tmp_path / "b.clbackup").path
    add_contact(ws, {"email": "current@example.org"})
    real_open = backup._open_with_key
    calls = []

    def fail_once(path: Path, key, today):  # noqa: ANN001, ANN202
        calls.append(path)
        if len(calls) == 1:
            raise WorkspaceError("simulated: the restored copy does not open")
        return real_open(path, key, today)

    monkeypatch.setattr(backup, "_open_with_key", fail_once)
    with pytest.raises(WorkspaceError, match="simulated"):
        backup.restore(ws, saved)
    assert find_contact_id(ws, "current@example.org") is not None
    assert sorted(p.name for p in ws.path.parent.iterdir() if p.name.startswith(".")) == []


def test_restore_keeps_the_opt_out_list_and_erasures_made_since_the_backup(
    ws: Workspace, tmp_path: Path
) -> None:
    from compliance.emails import email_sha256
    from storage import optout
    from storage.rights import erase_person

    add_contact(ws, {"email": "erased.later@example.org", "last_name": "Vanish"})
    add_contact(ws, {"email": "stays@example.org"})
    target = tmp_path / "copy.clbackup"
    backup.backup(ws, target)
    # After the backup: one person is erased, one address objects.
    erase_person(ws, "erased.later@example.org")
    optout.add_values(ws, ["objector@example.org"], reason="objected")
    restored = backup.restore(ws, target)
    try:
        # The erased person does not come back with the old copy ...
        assert find_contact_id(restored, "erased.later@example.org") is None
        assert (
            restored.conn.execute(
                "SELECT count(*) FROM contacts WHERE last_name = 'Vanish'"
            ).fetchone()[0]
            == 0
        )
        # ... and the opt-out list is the newer one, fingerprint included.
        kinds = dict(restored.conn.execute("SELECT value, reason FROM optouts").fetchall())
        assert kinds[email_sha256("erased.later@example.org")] == "erased"
        assert kinds["objector@example.org"] == "objected"
        assert find_contact_id(restored, "stays@example.org") is not None
    finally:
        restored.close()
