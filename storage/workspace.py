"""The workspace: one encrypted SQLite file, and the API that the GUI and the command line share.

Use cases live in their own modules of `storage/` as functions taking a `Workspace` (import,
export, erase, ...); this class owns what they all need: the connection, transactions, the audit
trail, settings and "today".
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import json
import logging
import os
import shutil
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import sqlcipher3
import sqlite_utils

from . import keys
from .errors import WorkspaceError, WrongPassphrase
from .schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
GENESIS_HASH = "0" * 64


def default_db_path() -> Path:
    """The workspace used when none is named: `clearlist.db` in the per-user data folder."""
    import platformdirs

    return platformdirs.user_data_path("Clearlist", appauthor=False) / "clearlist.db"


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def _disk_error(exc: Exception, path: Path) -> WorkspaceError | None:
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return WorkspaceError(
            "The disk is full, so nothing was saved. Free some space on the disk that holds "
            f"{path.parent} and try again; the workspace is as it was."
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return WorkspaceError(
            f"Clearlist cannot write in the folder {path.parent}. Choose a folder you can write "
            "to (for example your Documents folder), or ask for write access to this one."
        )
    if "locked" in text or "busy" in text:
        return WorkspaceError(
            "The workspace is busy: another Clearlist window or command is writing to it. "
            "Wait for it to finish and try again."
        )
    return None


class Workspace:
    """An open workspace. Not shared between threads: call `reopen()` in each worker."""

    def __init__(
        self, path: Path, key: keys.KeyMaterial, conn: Any, today: dt.date | None = None
    ) -> None:
        self.path = path
        self.key = key
        self.conn = conn
        self.db = sqlite_utils.Database(conn)
        self._today = today

    # ----------------------------------------------------------------- opening
    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        *,
        passphrase: str | None = None,
        today: dt.date | None = None,
        create: bool = True,
    ) -> Workspace:
        """Open (or create) the workspace at `path`. Raises a `WorkspaceError` the user can read."""
        path = Path(path).expanduser().absolute()
        exists = path.exists() and path.stat().st_size > 0
        if not exists and not create:
            raise WorkspaceError(f"There is no workspace at {path}. Check the path.")
        if exists:
            _check_not_plain_sqlite(path)
        elif not path.parent.exists():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise WorkspaceError(
                    f"Clearlist cannot create the folder {path.parent}: {exc.strerror}. "
                    "Choose another location."
                ) from exc
        if not exists and not os.access(path.parent, os.W_OK):
            raise WorkspaceError(
                f"Clearlist cannot write in the folder {path.parent}. Choose a folder you can "
                "write to, or ask for write access to this one."
            )
        key = keys.resolve_key(path, passphrase)
        if exists:
            conn = cls._connect(path, key, configure=False)
            try:
                # Check it is ours, and not newer, before anything writes to the file.
                _verify(conn, path)
                _check_version(conn)
                cls._configure(conn, path)
                cls._migrate(conn, path)
            except BaseException:
                conn.close()
                raise
            return cls(path, key, conn, today)
        return cls._create(path, key, today)

    @classmethod
    def _create(cls, path: Path, key: keys.KeyMaterial, today: dt.date | None) -> Workspace:
        keys.store_new_key(path, key)
        conn = None
        try:
            conn = cls._connect(path, key)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            cls._migrate(conn, path, backup=False)
            ws = cls(path, key, conn, today)
            ws.audit("workspace.created", details={"key_source": key.mode})
            return ws
        except BaseException as exc:
            if conn is not None:
                conn.close()
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(OSError):
                    Path(f"{path}{suffix}").unlink()
            keys.forget_key(path)
            if isinstance(exc, sqlcipher3.Error):
                raise _disk_error(exc, path) or WorkspaceError(
                    f"The workspace could not be created at {path}: {exc}."
                ) from exc
            raise

    @classmethod
    def _connect(cls, path: Path, key: keys.KeyMaterial, *, configure: bool = True) -> Any:
        try:
            conn = sqlcipher3.connect(str(path), check_same_thread=False, timeout=10)
            # SQLCipher would print decryption failures on stderr; we report them ourselves.
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f'PRAGMA key = "{key.pragma()}"')
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            if "not a database" in str(exc) or "encrypted" in str(exc):
                raise WrongPassphrase(
                    "The workspace could not be opened: the passphrase is wrong, or the file is "
                    "not a Clearlist workspace. Check the passphrase (it is case-sensitive) and "
                    "the file."
                    if key.mode == "passphrase"
                    else "The workspace could not be opened with the key kept in the system "
                    "keyring: the file is not a Clearlist workspace, or it was replaced. Check "
                    "that you chose the right file."
                ) from exc
            raise _disk_error(exc, path) or WorkspaceError(
                f"The workspace could not be opened: {exc}."
            ) from exc
        if configure:
            cls._configure(conn, path)
        return conn

    @staticmethod
    def _configure(conn: Any, path: Path) -> None:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
        except sqlcipher3.OperationalError as exc:
            conn.close()
            raise _disk_error(exc, path) or WorkspaceError(str(exc)) from exc
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA cache_size = -65536")  # 64 MiB of decrypted pages
        conn.execute("PRAGMA temp_store = MEMORY")

    @classmethod
    def _migrate(cls, conn: Any, path: Path, *, backup: bool = True) -> None:
        version = _check_version(conn)
        if version == SCHEMA_VERSION:
            return
        if backup:
            _backup_file(conn, path, version)
        for target in range(version, SCHEMA_VERSION):
            try:
                conn.execute("BEGIN IMMEDIATE")
                MIGRATIONS[target](conn)
                conn.execute(f"PRAGMA user_version = {target + 1}")
                conn.execute("COMMIT")
            except BaseException as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if isinstance(exc, sqlcipher3.Error):
                    raise _disk_error(exc, path) or WorkspaceError(
                        f"The workspace could not be upgraded ({exc}); it was left as it was."
                    ) from exc
                raise
            log.info("workspace migrated to schema %d", target + 1)

    def reopen(self) -> Workspace:
        """A new connection to the same workspace, for another thread."""
        return Workspace(self.path, self.key, self._connect(self.path, self.key), self._today)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.conn.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----------------------------------------------------------------- basics
    @property
    def today(self) -> dt.date:
        """'Today' for rules and deadlines: the --as-of date when given."""
        return self._today or dt.date.today()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Workspace]:
        """One write transaction (BEGIN IMMEDIATE); nested calls become savepoints.

        A failure or a `Cancelled` inside rolls everything back, so the workspace is as it was.
        """
        if self.conn.in_transaction:
            with self.db.atomic():
                yield self
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlcipher3.OperationalError as exc:
            raise _disk_error(exc, self.path) or WorkspaceError(str(exc)) from exc
        try:
            yield self
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlcipher3.OperationalError):
                translated = _disk_error(exc, self.path)
                if translated:
                    raise translated from exc
            raise

    def audit(
        self,
        action: str,
        *,
        entity: str | None = None,
        entity_id: int | None = None,
        details: dict[str, Any] | None = None,
    ) -> int:
        """Append an entry to the audit trail: ids and counts only, never personal data.

        Each entry carries the hash of the previous one, so a changed or removed entry breaks
        the chain (see `audit_chain_ok`).
        """
        with self.transaction():
            row = self.conn.execute(
                "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"
            ).fetchone()
            prev = row[0] if row else GENESIS_HASH
            at = now_iso()
            details_json = json.dumps(details or {}, sort_keys=True, ensure_ascii=False)
            digest = _entry_hash(prev, at, action, entity, entity_id, details_json)
            cur = self.conn.execute(
                "INSERT INTO audit_log (at, action, entity, entity_id, details_json, prev_hash, "
                "hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (at, action, entity, entity_id, details_json, prev, digest),
            )
            return int(cur.lastrowid)

    def update_audited(
        self,
        table: str,
        row_id: int,
        values: Mapping[str, Any],
        *,
        entity: str,
        fields: Iterable[str] | None = None,
    ) -> None:
        """Set `values` on one row of `table` (a name of ours, never user input) and audit
        '<entity>.updated' with the names of the fields changed (`fields`, default the columns
        set), never their values. One transaction."""
        with self.transaction():
            sets = ", ".join(f"{name} = ?" for name in values)
            self.conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*values.values(), row_id])
            self.audit(
                f"{entity}.updated",
                entity=entity,
                entity_id=row_id,
                details={"fields": sorted(values if fields is None else fields)},
            )

    def audit_chain_ok(self) -> int | None:
        """None when the audit chain is intact, else the id of the first broken entry."""
        prev = GENESIS_HASH
        for row in self.conn.execute(
            "SELECT id, at, action, entity, entity_id, details_json, prev_hash, hash "
            "FROM audit_log ORDER BY id"
        ):
            entry_id, at, action, entity, entity_id, details_json, prev_hash, digest = row
            expected = _entry_hash(prev, at, action, entity, entity_id, details_json)
            if prev_hash != prev or digest != expected:
                return int(entry_id)
            prev = digest
        return None

    def setting(self, key: str, default: Any = None) -> Any:
        row = self.conn.execute("SELECT value_json FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO settings (key, value_json) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json",
                (key, json.dumps(value, ensure_ascii=False)),
            )

    def contact_count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM contacts").fetchone()[0])


def _entry_hash(
    prev: str, at: str, action: str, entity: str | None, entity_id: int | None, details: str
) -> str:
    payload = json.dumps([prev, at, action, entity, entity_id, details], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _check_not_plain_sqlite(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise WorkspaceError(f"The workspace file cannot be read: {exc.strerror}.") from exc
    if head == SQLITE_MAGIC:
        raise WorkspaceError(
            f"{path.name} is an unencrypted SQLite database, not a Clearlist workspace. "
            "Choose a Clearlist workspace file, or a new file name to create one."
        )


def _verify(conn: Any, path: Path) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id != APPLICATION_ID:
        raise WorkspaceError(
            f"{path.name} is an encrypted database, but not a Clearlist workspace. "
            "Choose a Clearlist workspace file."
        )


def _check_version(conn: Any) -> int:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise WorkspaceError(
            f"This workspace was saved by a newer version of Clearlist (schema {version}; "
            f"this program knows up to {SCHEMA_VERSION}). Install the newer version to "
            "open it; the file was not changed."
        )
    return version


def _backup_file(conn: Any, path: Path, version: int) -> Path:
    """Copy the (encrypted) file before a migration; the copy keeps the same key."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.v{version}-{stamp}.bak")
    try:
        shutil.copy2(path, target)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise WorkspaceError(
                "The disk is full, so the workspace could not be backed up before its upgrade. "
                "Free some space and try again; nothing was changed."
            ) from exc
        raise WorkspaceError(
            f"The workspace could not be backed up before its upgrade ({exc.strerror}); "
            "nothing was changed."
        ) from exc
    log.info("workspace backed up before migration from schema %d", version)
    return target
