"""Shared fixtures: no test touches a real keychain.

Every test runs with an in-memory keyring backend (recommended priority), so workspaces get a
random key as on a desktop. Tests of the passphrase path switch to keyring's `fail` backend.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("CLEARLIST_PASSPHRASE", None)

ROOT = Path(__file__).resolve().parent.parent


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A recommended keyring that lives in this process only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


SESSION_KEYRING = MemoryKeyring()


def pytest_configure(config: pytest.Config) -> None:
    """Before any fixture of any scope runs: no test may reach the machine's real keyring."""
    keyring.set_keyring(SESSION_KEYRING)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        # Whatever a test installed, module-scoped fixtures get the session's memory keyring.
        keyring.set_keyring(SESSION_KEYRING)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """keyring's `fail` backend: the passphrase path."""
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def today() -> dt.date:
    return dt.date(2026, 11, 28)


@pytest.fixture
def ws_path(tmp_path: Path) -> Path:
    return tmp_path / "workspace.db"


@pytest.fixture
def ws(ws_path: Path, today: dt.date):  # noqa: ANN201 - storage.workspace.Workspace
    from storage.workspace import Workspace

    workspace = Workspace.open(ws_path, today=today)
    try:
        yield workspace
    finally:
        workspace.close()


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    """Environment for running `python main.py` as a subprocess: passphrase path, own HOME."""
    env = dict(os.environ)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env["CLEARLIST_PASSPHRASE"] = "correct horse battery"
    env["HOME"] = str(tmp_path / "home")
    env["XDG_DATA_HOME"] = str(tmp_path / "home" / "data")
    env["XDG_STATE_HOME"] = str(tmp_path / "home" / "state")
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env
