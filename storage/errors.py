"""Errors that know their audience (the qutebrowser KnownError/BugError pattern).

A `UserError` carries a sentence a shop owner understands, saying what happened and what to do
next, and the contract's exit code. Anything else that escapes is a bug: the fronts log its
traceback (never personal data) and show a polite message.
"""

from __future__ import annotations

# Exit codes of CONTRACT.md section 1.
EXIT_OK = 0
EXIT_OTHER = 1
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_DATABASE = 4
EXIT_CAMPAIGN_BLOCKED = 5


class UserError(Exception):
    """A problem the user can understand and act on."""

    exit_code = EXIT_OTHER

    def __init__(self, message: str, *, exit_code: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if exit_code is not None:
            self.exit_code = exit_code


class UsageError(UserError):
    exit_code = EXIT_USAGE


class InputFileError(UserError):
    """An input file that cannot be read or is not valid."""

    exit_code = EXIT_INPUT


class WorkspaceError(UserError):
    """The database file or its key: wrong passphrase, not a workspace, newer version, disk."""

    exit_code = EXIT_DATABASE


class PassphraseRequired(WorkspaceError):
    """No keyring key is usable and no passphrase was given: the front must ask for one."""

    def __init__(self, message: str, *, creating: bool) -> None:
        super().__init__(message)
        self.creating = creating


class WrongPassphrase(WorkspaceError):
    """The key did not decrypt the file (wrong passphrase, or not a Clearlist workspace)."""


class CampaignBlocked(UserError):
    exit_code = EXIT_CAMPAIGN_BLOCKED


class Cancelled(Exception):
    """Raised inside a long operation when the user pressed Cancel; everything is rolled back."""
