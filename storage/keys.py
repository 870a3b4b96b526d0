"""Where a workspace's key comes from: the OS keyring, or a passphrase. Never from disk in clear.

A new workspace gets a random 256-bit key stored in the OS keyring (service "Clearlist", one entry
per workspace, named by the workspace file's absolute path) when keyring offers a recommended
backend. Otherwise the key is derived from a passphrase (PBKDF2-HMAC-SHA512, 256,000 rounds, with
the random 16-byte salt that SQLCipher keeps in the file's first bytes), so that a second
connection (a worker thread) reuses the derived key instead of paying the derivation again.
The decision is made per call, as keyring's documentation advises: a keyring that is locked or
missing today may be usable tomorrow.
"""

from __future__ import annotations

import hashlib
import logging
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import keyring
from keyring.errors import KeyringError

from .errors import PassphraseRequired, WorkspaceError

log = logging.getLogger(__name__)

SERVICE = "Clearlist"
PASSPHRASE_ENV = "CLEARLIST_PASSPHRASE"
KDF_ROUNDS = 256_000
SALT_BYTES = 16
MIN_PASSPHRASE_LENGTH = 8


@dataclass(frozen=True)
class KeyMaterial:
    """A raw SQLCipher key (with its salt); `mode` says which source gave it."""

    key_hex: str
    salt_hex: str | None
    mode: str  # "keyring" or "passphrase"

    def __repr__(self) -> str:  # never print the key, even in a traceback
        return f"KeyMaterial(mode={self.mode!r})"

    def pragma(self) -> str:
        return f"x'{self.key_hex}{self.salt_hex or ''}'"


def keyring_usable() -> bool:
    """True when keyring offers a recommended backend (priority >= 1)."""
    try:
        return keyring.get_keyring().priority >= 1
    except Exception:  # a broken backend is simply not usable  # noqa: BLE001
        log.info("keyring backend unavailable", exc_info=True)
        return False


def _entry_name(path: Path) -> str:
    return str(path.resolve())


def _read_keyring(path: Path) -> str | None:
    try:
        return keyring.get_password(SERVICE, _entry_name(path))
    except KeyringError as exc:
        log.warning("keyring read failed: %s", type(exc).__name__)
        raise WorkspaceError(
            "The system keyring is locked or not answering, so the workspace key cannot be read. "
            "Unlock your keyring (log in to your desktop session) and try again."
        ) from exc


def _derive(passphrase: str, salt: bytes) -> str:
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ROUNDS, 32).hex()


def _file_salt(path: Path) -> bytes:
    with path.open("rb") as fh:
        salt = fh.read(SALT_BYTES)
    if len(salt) < SALT_BYTES:
        raise WorkspaceError(
            f"The file {path.name} is too short to be a Clearlist workspace. "
            "Check that you chose the right file."
        )
    return salt


def passphrase_from_env() -> str | None:
    value = os.environ.get(PASSPHRASE_ENV)
    return value if value else None


def resolve_key(path: Path, passphrase: str | None = None) -> KeyMaterial:
    """The key for the workspace at `path`, creating one for a new workspace.

    Order: a keyring entry for this workspace; else, for a new workspace with a usable keyring, a
    new random key stored there; else the passphrase (argument, then CLEARLIST_PASSPHRASE).
    Raises PassphraseRequired when a passphrase is needed and none was given.
    """
    exists = path.exists() and path.stat().st_size > 0
    usable = keyring_usable()
    if usable:
        stored = _read_keyring(path) if exists else None
        if stored:
            return KeyMaterial(stored, None, "keyring")
        if not exists and passphrase is None:
            key = secrets.token_hex(32)
            return KeyMaterial(key, None, "keyring")
    passphrase = passphrase if passphrase is not None else passphrase_from_env()
    if passphrase is None:
        if exists:
            raise PassphraseRequired(
                "This workspace is locked with a passphrase and none was given. Enter it, or set "
                f"the environment variable {PASSPHRASE_ENV}. (No key for it is in the system "
                "keyring.)",
                creating=False,
            )
        raise PassphraseRequired(
            "No usable system keyring was found to keep the workspace key. Either choose a "
            f"passphrase (set the environment variable {PASSPHRASE_ENV}, or enter it in the app), "
            "or install and unlock a system keyring (Secret Service, macOS Keychain, "
            "Windows Credential Manager).",
            creating=True,
        )
    if not exists and len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise WorkspaceError(
            f"The passphrase is too short: use at least {MIN_PASSPHRASE_LENGTH} characters."
        )
    salt = _file_salt(path) if exists else secrets.token_bytes(SALT_BYTES)
    return KeyMaterial(_derive(passphrase, salt), salt.hex(), "passphrase")


def store_new_key(path: Path, key: KeyMaterial) -> None:
    """Keep a new workspace's random key in the keyring (after the file was created)."""
    if key.mode != "keyring":
        return
    try:
        keyring.set_password(SERVICE, _entry_name(path), key.key_hex)
    except KeyringError as exc:
        raise WorkspaceError(
            "The system keyring refused to store the new workspace key. Unlock it and try "
            f"again, or set {PASSPHRASE_ENV} to use a passphrase instead."
        ) from exc


def forget_key(path: Path) -> None:
    """Remove a workspace's keyring entry (used when its creation failed)."""
    try:
        keyring.delete_password(SERVICE, _entry_name(path))
    except KeyringError:
        pass
