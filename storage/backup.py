"""Encrypted backups of the workspace, and restoring one.

A backup is a copy made with SQLite's online backup API between two SQLCipher connections keyed
the same (so it is encrypted exactly like the workspace, and consistent even while the app runs).
It is written to a temporary file, verified (it opens with the key, is a Clearlist workspace of a
known schema, passes `quick_check`), then renamed into place.

Restoring verifies the chosen file the same way first: a file that is not a backup, or that the
workspace's key does not open, is refused with a clear message and the workspace is untouched.
The verified copy is put next to the workspace; the current file is moved aside, the copy takes
its place and is opened; only then is the previous file removed. If the restored copy does not
open, the previous file is put back.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from .errors import InputFileError, WorkspaceError
from .keys import KeyMaterial
from .schema import APPLICATION_ID, SCHEMA_VERSION
from .workspace import SQLITE_MAGIC, Workspace, now_iso

log = logging.getLogger(__name__)

BACKUP_SUFFIX = ".clbackup"
REMIND_AFTER_DAYS = 7
LAST_BACKUP_SETTING = "last_backup_at"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    schema_version: int
    contacts: int
    size: int


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    seconds: float


def default_backup_path(ws: Workspace, folder: Path | None = None) -> Path:
    stamp = dt.datetime.now().strftime("%Y-%m-%d-%H%M")
    return (folder or ws.path.parent) / f"{ws.path.stem}-{stamp}{BACKUP_SUFFIX}"


def _keyed(path: Path, key: KeyMaterial) -> Any:
    conn = sqlcipher3.connect(str(path), check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f'PRAGMA key = "{key.pragma()}"')
    return conn


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink()


def backup(
    ws: Workspace,
    target: Path,
    *,
    on_progress: Callable[[int, int], None] | None = None,
) -> BackupResult:
    """Write an encrypted backup of the workspace to `target` (never half-written)."""
    started = time.perf_counter()
    target = Path(target).expanduser().absolute()
    if target.resolve() == ws.path.resolve():
        raise InputFileError("A backup cannot replace the workspace itself: choose another file.")
    if not target.parent.is_dir():
        raise InputFileError(f"The folder {target.parent} does not exist. Choose another one.")
    tmp = target.with_name(f".{target.name}.partial")
    _remove(tmp)
    try:
        dst = _keyed(tmp, ws.key)
        try:
            # Same page layout as the source, so pages copy one to one (and the salt is kept).
            def progress(_status: int, remaining: int, total: int) -> None:
                if on_progress:
                    on_progress(total - remaining, total)

            ws.conn.backup(dst, pages=4096, progress=progress)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
        verify_backup(tmp, ws.key)
        os.replace(tmp, target)
    except sqlcipher3.Error as exc:
        _remove(tmp)
        text = str(exc).lower()
        if "full" in text:
            raise WorkspaceError(
                "The disk is full, so the backup could not be written. Free some space or choose "
                "another disk; the workspace is unchanged."
            ) from exc
        raise WorkspaceError(f"The backup could not be written ({exc}).") from exc
    except OSError as exc:
        _remove(tmp)
        raise WorkspaceError(
            f"The backup could not be written to {target.parent} ({exc.strerror}). Choose a "
            "folder you can write to."
        ) from exc
    except BaseException:
        _remove(tmp)
        raise
    ws.set_setting(LAST_BACKUP_SETTING, now_iso())
    ws.audit("backup.created", details={"bytes": target.stat().st_size})
    log.info("backup written (%d bytes)", target.stat().st_size)
    return BackupResult(target, target.stat().st_size, time.perf_counter() - started)


def verify_backup(path: Path, key: KeyMaterial) -> BackupInfo:
    """Check that `path` is a Clearlist backup this key opens. Raises a clear InputFileError."""
    path = Path(path)
    name = path.name
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
        size = path.stat().st_size
    except OSError as exc:
        raise InputFileError(f"The file {name} cannot be read ({exc.strerror}).") from exc
    if size < 1024 or size % 512:
        raise InputFileError(f"{name} is not a Clearlist backup (it is not a database file).")
    if head == SQLITE_MAGIC:
        raise InputFileError(
            f"{name} is an unencrypted database, not a Clearlist backup. Choose a backup file."
        )
    conn = None
    try:
        conn = _keyed(path, key)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise InputFileError(f"{name} is an encrypted database, but not a Clearlist backup.")
        if version > SCHEMA_VERSION:
            raise InputFileError(
                f"{name} was made by a newer version of Clearlist (schema {version}); install "
                "that version to restore it."
            )
        if version < 1:
            raise InputFileError(f"{name} is not a Clearlist backup (it holds no workspace).")
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise InputFileError(f"{name} is damaged and cannot be restored.")
        contacts = conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
    except sqlcipher3.DatabaseError as exc:
        raise InputFileError(
            f"{name} could not be opened with this workspace's key: it is not a Clearlist "
            "backup, or it is the backup of another workspace (or was made with another "
            "passphrase)."
        ) from exc
    finally:
        if conn is not None:
            conn.close()
    return BackupInfo(path, version, int(contacts), size)


def restore(ws: Workspace, source: Path) -> Workspace:
    """Replace the workspace's content with the backup at `source`.

    `ws` stays the same object (the window's pages keep it) with a new connection to the restored
    file; refresh what is shown afterwards. Every other connection to the workspace (a worker's)
    must be closed first. On any failure the previous file is back in place and `ws` works on it.
    """
    source = Path(source).expanduser().absolute()
    path, key, today = ws.path, ws.key, ws._today
    verify_backup(source, key)  # refuses before anything is touched
    incoming = path.with_name(f".{path.name}.restoring")
    aside = path.with_name(f".{path.name}.before-restore")
    _remove(incoming)
    try:
        shutil.copyfile(source, incoming)
        verify_backup(incoming, key)
    except BaseException as exc:
        _remove(incoming)
        if isinstance(exc, OSError):
            raise WorkspaceError(
                f"The backup could not be copied next to the workspace ({exc.strerror}); "
                "the workspace is unchanged."
            ) from exc
        raise
    # Wait a little for readers (a background count), not the connection's full 10 seconds.
    timeout = ws.conn.execute("PRAGMA busy_timeout").fetchone()[0]
    ws.conn.execute("PRAGMA busy_timeout = 2000")
    try:
        busy = ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    finally:
        ws.conn.execute(f"PRAGMA busy_timeout = {int(timeout)}")
    if busy:
        _remove(incoming)
        raise WorkspaceError(
            "The workspace is in use by another window or task; close it and try again. "
            "The workspace is unchanged."
        )
    # The opt-out list is never rolled back: what is on it now stays on it after the restore,
    # and a person erased since the backup was made is erased again from the restored copy.
    optouts = ws.conn.execute(
        "SELECT kind, value, reason, origin, added_at FROM optouts"
    ).fetchall()
    ws.close()
    _remove(aside)
    os.replace(path, aside)
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink()
    try:
        os.replace(incoming, path)
        restored = _open_with_key(path, key, today)
        try:
            reapplied = _reapply_optouts(restored, optouts)
        except BaseException:
            restored.close()
            raise
    except BaseException:
        _remove(path)
        os.replace(aside, path)
        _attach(ws, _open_with_key(path, key, today))
        raise
    _remove(aside)
    _attach(ws, restored)
    ws.audit("backup.restored", details={"bytes": path.stat().st_size, **reapplied})
    log.info("workspace restored from a backup")
    return ws


def _reapply_optouts(ws: Workspace, optouts: list[tuple[Any, ...]]) -> dict[str, int]:
    """Merge the opt-out entries kept before the restore; erase again whoever was erased."""
    from compliance.emails import email_sha256

    from .rights import erase_person

    with ws.transaction():
        merged = 0
        for row in optouts:
            merged += ws.conn.execute(
                "INSERT OR IGNORE INTO optouts (kind, value, reason, origin, added_at) "
                "VALUES (?, ?, ?, ?, ?)",
                row,
            ).rowcount
    erased_hashes = {
        r[0]
        for r in ws.conn.execute(
            "SELECT value FROM optouts WHERE kind = 'sha256' AND reason = 'erased'"
        )
    }
    again = 0
    if erased_hashes:
        for (email,) in ws.conn.execute("SELECT email FROM contacts").fetchall():
            if email_sha256(email) in erased_hashes:
                erase_person(ws, email)
                again += 1
    return {"optouts_merged": merged, "erased_again": again}


def _attach(ws: Workspace, opened: Workspace) -> None:
    """Give `ws` the connection of `opened` (same file, same key)."""
    ws.conn = opened.conn
    ws.db = opened.db


def _open_with_key(path: Path, key: KeyMaterial, today: dt.date | None) -> Workspace:
    """Open the restored file with the key already in hand (a passphrase typed in the app is not
    asked again), upgrading an older schema as opening always does."""
    conn = Workspace._connect(path, key)
    try:
        Workspace._migrate(conn, path)
    except BaseException:
        conn.close()
        raise
    return Workspace(path, key, conn, today)


def days_since_backup(ws: Workspace) -> int | None:
    """Days since the last backup (by `ws.today`), or None when there never was one."""
    last = ws.setting(LAST_BACKUP_SETTING)
    if not last:
        return None
    return (ws.today - dt.date.fromisoformat(last[:10])).days


def backup_due(ws: Workspace) -> bool:
    """True when the reminder should show: no backup for more than a week (or never, once the
    workspace holds contacts)."""
    days = days_since_backup(ws)
    if days is None:
        return ws.contact_count() > 0
    return days > REMIND_AFTER_DAYS
