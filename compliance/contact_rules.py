"""Validation of a contact's fields as a person edits them (pure).

Returns messages keyed by field, so the detail panel can show each next to its field. The import
pipeline has its own, more forgiving readers (it accepts many date and yes/no spellings); an edit
form asks for the canonical forms shown in its placeholders.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from .emails import is_valid_email, normalise_email
from .fields import AUDIENCES, DATE_FIELDS, JOB_FUNCTIONS, LAWFUL_BASES, SENIORITIES, YES_NO_FIELDS

_COUNTRY = re.compile(r"^[A-Z]{2}$")
ENUMS: dict[str, tuple[str, ...]] = {
    "audience": AUDIENCES,
    "lawful_basis": LAWFUL_BASES,
    "job_function": JOB_FUNCTIONS,
    "seniority": SENIORITIES,
}


def parse_iso_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        return None


def validate_fields(fields: Mapping[str, object]) -> dict[str, str]:
    """Problems with the given fields (empty when all are acceptable). Blank means 'no value'."""
    errors: dict[str, str] = {}
    for name, raw in fields.items():
        value = "" if raw is None else str(raw).strip()
        if name == "email":
            if not value:
                errors[name] = "An e-mail address is required."
            elif not is_valid_email(normalise_email(value)):
                errors[name] = "This is not a valid e-mail address."
            continue
        if not value:
            continue
        if name in DATE_FIELDS and parse_iso_date(value) is None:
            errors[name] = "Use a date written as YYYY-MM-DD."
        elif name in YES_NO_FIELDS and value.lower() not in ("yes", "no", "1", "0"):
            errors[name] = "Answer yes or no."
        elif name in ENUMS and value not in ENUMS[name]:
            errors[name] = "Choose one of: " + ", ".join(ENUMS[name]) + "."
        elif name == "country" and not _COUNTRY.match(value.upper()):
            errors[name] = "Use a two-letter country code such as FR, SE or GB."
    return errors
