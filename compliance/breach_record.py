"""The breach log as a document (GDPR art. 33(5)), in English, French or Swedish, pure.

The log is kept in the workspace (storage/breaches.py); this turns its records into numbered
sections, one per breach, each a table of what article 33 asks to document: the facts, the
kinds and numbers of people and records, the likely consequences, the risk, the measures, and
whether and when the authority and the people were told (with the reasons for a late
notification). The words come from `resources/reports/breaches_<language>.json`; dates are
written in words of the same language, so a document can be made in any of the three
languages whatever the interface speaks.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from .access_report import LANGUAGES, Section, long_date, render_document
from .deadlines import (
    authority_must_be_told,
    breach_deadline,
    notification_is_late,
    people_must_be_told,
)

_TEXTS_DIR = Path(__file__).resolve().parent.parent / "resources" / "reports"


class BreachRecord(Protocol):
    """What the document reads from a breach (storage.breaches.Breach has it all)."""

    id: int
    noticed_at: dt.datetime
    facts: str
    data_categories: str | None
    people_categories: str | None
    people_count: int | None
    records_count: int | None
    consequences: str | None
    risk: str | None
    measures: str | None
    authority_notified_at: dt.datetime | None
    delay_reason: str | None
    people_notified_at: dt.datetime | None
    affected: int


@cache
def texts(language: str) -> dict[str, Any]:
    """The breach log's words in `language`, read once."""
    if language not in LANGUAGES:
        raise ValueError(f"No breach log texts in language {language!r}.")
    with (_TEXTS_DIR / f"breaches_{language}.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def moment_text(moment: dt.datetime, language: str) -> str:
    """A moment as written in the document: the date in words and the time, in the moment's
    own time zone (the one it was recorded in)."""
    t = texts(language)
    return t["at"].format(date=long_date(moment.date(), language), time=moment.strftime("%H:%M"))


def _authority_line(breach: BreachRecord, now: dt.datetime, language: str) -> str:
    t = texts(language)
    told = breach.authority_notified_at
    if told is not None:
        key = (
            "authority_told_late"
            if notification_is_late(breach.noticed_at, told)
            else "authority_told"
        )
        return t[key].format(date=moment_text(told, language))
    if not authority_must_be_told(breach.risk):
        return t["authority_not_required"]
    deadline = breach_deadline(breach.noticed_at)
    key = "authority_overdue" if now > deadline else "authority_waiting"
    return t[key].format(deadline=moment_text(deadline, language))


def _people_line(breach: BreachRecord, language: str) -> str:
    t = texts(language)
    if breach.people_notified_at is not None:
        return t["people_told"].format(date=moment_text(breach.people_notified_at, language))
    if not people_must_be_told(breach.risk):
        return t["people_not_required"]
    return t["people_waiting"]


def breach_section(breach: BreachRecord, now: dt.datetime, language: str) -> Section:
    """One breach as a numbered section: a table of label and value."""
    t = texts(language)
    label = t["labels"]

    def text(value: object) -> str:
        return t["not_given"] if value is None or str(value).strip() == "" else str(value)

    rows: list[tuple[str, str]] = [
        (label["noticed_at"], moment_text(breach.noticed_at, language)),
        (label["facts"], text(breach.facts)),
        (label["data_categories"], text(breach.data_categories)),
        (label["people_categories"], text(breach.people_categories)),
        (label["people_count"], text(breach.people_count)),
        (label["records_count"], text(breach.records_count)),
        (label["consequences"], text(breach.consequences)),
        (label["risk"], t["risk"][breach.risk or "unassessed"]),
        (label["measures"], text(breach.measures)),
        (label["authority"], _authority_line(breach, now, language)),
    ]
    if breach.delay_reason:
        rows.append((label["delay_reason"], breach.delay_reason))
    rows.append((label["people"], _people_line(breach, language)))
    if breach.affected:
        rows.append((label["affected"], str(breach.affected)))
    heading = t["heading"].format(id=breach.id, date=long_date(breach.noticed_at.date(), language))
    return Section(f"breach-{breach.id}", heading, table=tuple(rows))


def render_html(
    breaches: Sequence[BreachRecord],
    language: str,
    *,
    today: dt.date,
    now: dt.datetime,
    controller: Sequence[str] = (),
) -> str:
    """The breach log (or some of its breaches) as a self-contained, printable HTML page."""
    t = texts(language)
    opening = [t["printed_on"].format(date=long_date(today, language))]
    if controller:
        opening.append(t["controller"].format(controller=", ".join(controller)))
    opening.append(t["count"].format(count=len(breaches)) if breaches else t["none"])
    sections = tuple(breach_section(b, now, language) for b in breaches)
    return render_document(language, t["title"], t["subtitle"], tuple(opening), sections)
