"""A segment: a saved filter over contacts (pure data; storage turns it into SQL).

Every criterion is optional; criteria combine with AND, values inside one list with OR.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from .fields import AUDIENCES, JOB_FUNCTIONS, LAWFUL_BASES, SENIORITIES, SOURCE_TYPES


class SegmentFilterError(ValueError):
    """A segment definition that cannot be used; the message says which part and why."""


_LIST_FIELDS: dict[str, tuple[str, ...] | None] = {
    "functions": JOB_FUNCTIONS,
    "seniorities": SENIORITIES,
    "countries": None,
    "audiences": AUDIENCES,
    "lawful_bases": LAWFUL_BASES,
    "source_types": SOURCE_TYPES,
    "tags": None,
}
_DATE_FIELDS = ("collected_from", "collected_to", "inbound_from", "inbound_to")


@dataclass(frozen=True)
class SegmentFilter:
    functions: tuple[str, ...] = ()
    seniorities: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    audiences: tuple[str, ...] = ()
    lawful_bases: tuple[str, ...] = ()
    source_types: tuple[str, ...] = ()
    source_ids: tuple[int, ...] = ()
    tags: tuple[str, ...] = ()
    company: str = ""
    collected_from: str = ""  # ISO dates, inclusive
    collected_to: str = ""
    inbound_from: str = ""
    inbound_to: str = ""
    consent: bool | None = None  # True: consent with proof (date and source); False: without
    text: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("extra")
        return {
            k: (list(v) if isinstance(v, tuple) else v)
            for k, v in data.items()
            if v not in ((), "", None)
        }

    def is_empty(self) -> bool:
        return not self.to_dict()


def parse_segment_filter(data: Mapping[str, Any]) -> SegmentFilter:
    """Check and build a filter from its JSON form; unknown keys and values are refused."""
    known = set(SegmentFilter.__dataclass_fields__) - {"extra"}
    unknown = set(data) - known
    if unknown:
        raise SegmentFilterError("Unknown segment criteria: " + ", ".join(sorted(unknown)) + ".")
    values: dict[str, Any] = {}
    for name, allowed in _LIST_FIELDS.items():
        raw = data.get(name) or ()
        if isinstance(raw, str):
            raw = (raw,)
        items = tuple(str(v).strip() for v in raw if str(v).strip())
        if name == "countries":
            items = tuple(v.upper() for v in items)
        if allowed is not None:
            wrong = [v for v in items if v not in allowed]
            if wrong:
                raise SegmentFilterError(
                    f"Unknown value for {name}: {', '.join(wrong)}. "
                    f"Use one of: {', '.join(allowed)}."
                )
        values[name] = items
    try:
        values["source_ids"] = tuple(int(v) for v in data.get("source_ids") or ())
    except (TypeError, ValueError) as exc:
        raise SegmentFilterError("source_ids must be batch numbers.") from exc
    for name in _DATE_FIELDS:
        raw = str(data.get(name) or "").strip()
        if raw:
            try:
                dt.date.fromisoformat(raw)
            except ValueError as exc:
                raise SegmentFilterError(f"{name} must be a date written YYYY-MM-DD.") from exc
        values[name] = raw
    consent = data.get("consent")
    if consent not in (None, True, False):
        raise SegmentFilterError("consent must be true, false or absent.")
    values["consent"] = consent
    values["company"] = str(data.get("company") or "").strip()
    values["text"] = str(data.get("text") or "").strip()
    return SegmentFilter(**values)
