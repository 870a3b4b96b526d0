"""E-mail address normalisation and validation (pure).

The stored form (CONTRACT.md section 2): surrounding spaces trimmed, the domain lower-cased (IDN
domains kept in Unicode, checked through IDNA by email-validator), the local part as typed. The
comparison key (`email_key`) lower-cases the whole address: suppression ignores case (RULES.md A.1)
and duplicates that differ only by case are the same person in practice. Syntax is checked with
email-validator, offline (no DNS).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

from email_validator import EmailNotValidError, validate_email


def normalise_email(raw: str | None) -> str:
    """The stored form: trimmed, `mailto:`/angle brackets removed, domain lower-cased."""
    if raw is None:
        return ""
    value = str(raw).strip().strip("<>").strip()
    if value[:7].lower() == "mailto:":
        value = value[7:].strip()
    local, at, domain = value.rpartition("@")
    if not at:
        return value
    return f"{local}@{domain.lower()}"


def email_key(raw: str | None) -> str:
    """The comparison form: the normalised address, lower-cased as a whole."""
    return normalise_email(raw).lower()


@lru_cache(maxsize=65536)
def _check(address: str) -> str | None:
    try:
        result = validate_email(address, check_deliverability=False, allow_smtputf8=True)
    except EmailNotValidError:
        return None
    return result.normalized.lower()


def is_valid_email(address: str) -> bool:
    """True when the (normalised) address has a valid syntax and an IDNA-valid domain."""
    if not address or "@" not in address or len(address) > 254:
        return False
    return _check(address) is not None


def email_domain(address: str) -> str:
    return address.rpartition("@")[2].lower()


def email_sha256(address: str) -> str:
    """SHA-256 of the trimmed, lower-cased address: what the opt-out list keeps after erasure."""
    return hashlib.sha256(email_key(address).encode("utf-8")).hexdigest()


def email_md5(address: str) -> str:
    return hashlib.md5(email_key(address).encode("utf-8")).hexdigest()  # noqa: S324
