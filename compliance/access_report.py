"""The access report (GDPR art. 15; RULES.md section D), as plain data and as HTML or JSON.

`build_report(facts, language)` turns what storage found about one person (`ReportFacts`) into an
`AccessReport`: numbered sections of sentences, lists and label/value tables, in English, French
or Swedish (`resources/reports/{en,fr,sv}.json`), in words a person understands. `render_html`
gives a printable, self-contained page (Qt can print it to PDF); `report_json` gives the same
content with the stored values kept machine-readable.

Everything the rules ask for is there: all stored data including notes, the sources when the data
was not collected from the person, the purposes and legal basis, the categories of data, the
recipients (each export and the tool it went to), the retention period, the opt-out status, the
person's requests, the rights (rectify, erase, restrict, object, portability) and the authority
to complain to (CNIL for France, IMY for Sweden).
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .fields import CONTACT_FIELDS, DATE_FIELDS, INDIRECT_SOURCE_TYPES, YES_NO_FIELDS
from .notices import authority
from .retention import add_years, retention_end_from, retention_start

LANGUAGES: tuple[str, ...] = ("en", "fr", "sv")
_TEXTS_DIR = Path(__file__).resolve().parent.parent / "resources" / "reports"

# Which kind of data each contact field is (art. 15(1)(b): the categories of data concerned).
FIELD_CATEGORIES: dict[str, str] = {
    "first_name": "identity",
    "last_name": "identity",
    "email": "contact",
    "phone": "contact",
    "company": "professional",
    "job_title": "professional",
    "job_function": "professional",
    "seniority": "professional",
    "country": "professional",
    "audience": "professional",
    "sole_trader": "professional",
    "lawful_basis": "consent",
    "consent_date": "consent",
    "consent_source": "consent",
    "consent_wording": "consent",
    "consent_method": "consent",
    "informed_at_collection": "consent",
    "customer_since": "customer",
    "last_purchase_date": "customer",
    "product_category": "customer",
    "collected_on": "history",
    "notice_sent_date": "history",
    "last_inbound_contact_date": "history",
    "notes": "notes",
    "tags": "notes",
}
CATEGORY_ORDER = (
    "identity",
    "contact",
    "professional",
    "consent",
    "customer",
    "history",
    "notes",
    "optout",
)
_ENUM_FIELDS = ("audience", "lawful_basis", "job_function", "seniority")


@cache
def texts(language: str) -> dict[str, Any]:
    """The report's texts in `language`, read once."""
    if language not in LANGUAGES:
        raise ValueError(f"No report texts in language {language!r}.")
    with (_TEXTS_DIR / f"{language}.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def language_for_country(country: str | None, default: str = "en") -> str:
    """The report language a person most likely reads: French for France, Swedish for Sweden."""
    code = (country or "").strip().upper()
    return {"FR": "fr", "BE": "fr", "LU": "fr", "MC": "fr", "SE": "sv"}.get(code, default)


def long_date(day: dt.date, language: str) -> str:
    month = texts(language)["months"][day.month - 1]
    if language == "fr" and day.day == 1:
        return f"1er {month} {day.year}"
    return f"{day.day} {month} {day.year}"


# ------------------------------------------------------------------------------ the facts
@dataclass(frozen=True)
class SourceFact:
    source_type: str
    source_name: str
    acquired_on: dt.date | None


@dataclass(frozen=True)
class RecipientFact:
    """One export the person was in: when, which campaign, which e-mail tool it was made for."""

    exported_on: dt.date | None
    campaign: str
    tool: str | None
    decision: str


@dataclass(frozen=True)
class OptoutFact:
    kind: str  # 'email' (the address in clear), 'sha256' or 'md5' (a fingerprint), 'domain'
    reason: str
    added_on: dt.date | None


@dataclass(frozen=True)
class RequestFact:
    kind: str
    received_on: dt.date
    status: str


@dataclass(frozen=True)
class ReportFacts:
    """What storage found about one person. `fields` is empty when no contact row exists (the
    person is only on the opt-out list)."""

    email: str = field(repr=False)
    generated_on: dt.date
    fields: Mapping[str, Any] = field(default_factory=dict, repr=False)
    sources: tuple[SourceFact, ...] = ()
    recipients: tuple[RecipientFact, ...] = ()
    optouts: tuple[OptoutFact, ...] = ()
    requests: tuple[RequestFact, ...] = ()
    controller: tuple[str, ...] = ()  # lines: name, address, contact
    jurisdiction: str = "FR"  # whose authority the person may complain to
    is_generic: bool = False


# ------------------------------------------------------------------------------ the report
@dataclass(frozen=True)
class Section:
    key: str
    heading: str
    paragraphs: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    table: tuple[tuple[str, str], ...] = ()
    after: tuple[str, ...] = ()  # paragraphs after the list or table


@dataclass(frozen=True)
class RetentionInfo:
    last_day: dt.date | None  # the last day the data is kept; None: no limit or cannot tell
    basis: str | None  # 'collected', 'last_contact', 'last_purchase'
    start: dt.date | None


@dataclass(frozen=True)
class AccessReport:
    language: str
    title: str
    subtitle: str
    prepared: str
    intro: str
    sections: tuple[Section, ...]
    facts: ReportFacts = field(repr=False)
    retention: RetentionInfo = field(repr=False)


def _as_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def retention_info(facts: ReportFacts) -> RetentionInfo:
    """The retention period of RULES.md section C, and what it runs from (in the person's words)."""
    if not facts.fields:
        return RetentionInfo(None, None, None)
    values = {
        "collected_on": _as_date(facts.fields.get("collected_on")),
        "last_inbound_contact_date": _as_date(facts.fields.get("last_inbound_contact_date")),
        "last_purchase_date": _as_date(facts.fields.get("last_purchase_date")),
        "customer_since": _as_date(facts.fields.get("customer_since")),
    }
    start = retention_start(is_generic=facts.is_generic, **values)
    end = retention_end_from(is_generic=facts.is_generic, **values)
    if start is None or end is None:
        return RetentionInfo(None, None, None)
    if start == values["last_inbound_contact_date"]:
        basis = "last_contact"
    elif start in (values["last_purchase_date"], values["customer_since"]):
        basis = "last_purchase"
    else:
        basis = "collected"
    assert end == add_years(start, 3)
    return RetentionInfo(end - dt.timedelta(days=1), basis, start)


def display_value(name: str, value: Any, language: str) -> str:
    """A stored value as the person reads it: dates in words, yes/no and codes translated."""
    t = texts(language)
    if value is None:
        return ""
    if name in YES_NO_FIELDS:
        return t["yes"] if value in (1, True, "1", "yes") else t["no"]
    if name in DATE_FIELDS:
        day = _as_date(value)
        return long_date(day, language) if day else str(value)
    if name in _ENUM_FIELDS:
        return t["values"][name].get(str(value), str(value))
    return str(value)


def _present(value: Any) -> bool:
    return value is not None and str(value).strip() != ""


def build_report(facts: ReportFacts, language: str) -> AccessReport:
    """The access report for `facts`, in `language` ('en', 'fr' or 'sv')."""
    t = texts(language)
    v = t["values"]
    h = t["headings"]
    sections: list[Section] = []

    controller = facts.controller or (t["controller_missing"],)
    sections.append(Section("controller", h["controller"], paragraphs=tuple(controller)))

    # All stored data, notes included.
    table = tuple(
        (t["fields"][name], display_value(name, facts.fields.get(name), language))
        for name in CONTACT_FIELDS
        if _present(facts.fields.get(name))
    )
    if facts.fields:
        sections.append(Section("data", h["data"], paragraphs=(t["data_intro"],), table=table))
    else:
        sections.append(Section("data", h["data"], paragraphs=(t["data_none"],)))

    # Sources, saying when the data was not collected from the person (art. 15(1)(g)).
    source_lines = tuple(
        t["source_line"].format(
            type=v["source_type"].get(s.source_type, s.source_type),
            name=s.source_name,
            date=long_date(s.acquired_on, language) if s.acquired_on else "?",
        )
        for s in facts.sources
    )
    indirect = any(s.source_type in INDIRECT_SOURCE_TYPES for s in facts.sources) or (
        facts.fields.get("informed_at_collection") in (0, False, "no")
    )
    if facts.fields:
        sections.append(
            Section(
                "sources",
                h["sources"],
                paragraphs=() if source_lines else (t["sources_none"],),
                items=source_lines,
                after=(t["source_indirect"],) if indirect else (),
            )
        )

    # Purposes and legal basis.
    basis = facts.fields.get("lawful_basis")
    basis_text = v["lawful_basis"].get(str(basis)) if basis else None
    purposes = tuple(t["purposes"]) + (
        (t["basis_line"].format(basis=basis_text),) if basis_text else ()
    )
    sections.append(Section("purposes", h["purposes"], paragraphs=purposes))

    # Categories of data actually held.
    held = {FIELD_CATEGORIES[n] for n in CONTACT_FIELDS if _present(facts.fields.get(n))}
    if facts.optouts:
        held.add("optout")
    categories = tuple(t["categories"][c] for c in CATEGORY_ORDER if c in held)
    sections.append(Section("categories", h["categories"], items=categories))

    # Recipients: each export and the tool it was made for.
    recipient_lines = tuple(
        t["recipient_line"].format(
            date=long_date(r.exported_on, language) if r.exported_on else "?",
            campaign=r.campaign,
            tool=t["tools"].get(r.tool or "generic", r.tool or t["tools"]["generic"]),
        )
        for r in facts.recipients
    )
    sections.append(
        Section(
            "recipients",
            h["recipients"],
            paragraphs=(t["recipients_intro"],) if recipient_lines else (t["recipients_none"],),
            items=recipient_lines,
        )
    )

    # Retention period.
    info = retention_info(facts)
    if facts.is_generic:
        retention = (t["retention_generic"],)
    elif info.last_day and info.basis and info.start:
        retention = (
            t["retention_until"].format(
                end=long_date(info.last_day, language),
                basis=t["retention_basis"][info.basis],
                start=long_date(info.start, language),
            ),
        )
    else:
        retention = (t["retention_unknown"],)
    sections.append(
        Section("retention", h["retention"], paragraphs=retention + (t["retention_optout"],))
    )

    # Opt-out status.
    optout_lines = []
    for o in facts.optouts:
        key = "optout_on" if o.kind in ("email", "domain") else "optout_hash"
        optout_lines.append(
            t[key].format(
                date=long_date(o.added_on, language) if o.added_on else "?",
                reason=v["optout_reason"].get(o.reason, o.reason),
            )
        )
    sections.append(
        Section("optout", h["optout"], paragraphs=tuple(optout_lines) or (t["optout_off"],))
    )

    # The person's requests.
    request_lines = tuple(
        t["request_line"].format(
            date=long_date(r.received_on, language),
            kind=v["request_kind"].get(r.kind, r.kind),
            status=v["request_status"].get(r.status, r.status),
        )
        for r in facts.requests
    )
    sections.append(
        Section(
            "requests",
            h["requests"],
            paragraphs=() if request_lines else (t["requests_none"],),
            items=request_lines,
        )
    )

    sections.append(Section("automated", h["automated"], paragraphs=(t["automated"],)))
    sections.append(
        Section(
            "rights",
            h["rights"],
            paragraphs=(t["rights_intro"],),
            items=tuple(t["rights"]),
            after=(t["rights_how"],),
        )
    )
    jurisdiction = facts.jurisdiction if facts.jurisdiction in ("FR", "SE") else "FR"
    sections.append(
        Section(
            "complaint",
            h["complaint"],
            paragraphs=(t["complaint"].format(authority=authority(jurisdiction, language)),),
        )
    )
    return AccessReport(
        language=language,
        title=t["title"],
        subtitle=t["subtitle"],
        prepared=t["prepared_on"].format(
            date=long_date(facts.generated_on, language), email=facts.email
        ),
        intro=t["intro"],
        sections=tuple(sections),
        facts=facts,
        retention=info,
    )


# ------------------------------------------------------------------------------ rendering
_CSS = """
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 11pt; color: #111;
       max-width: 48em; margin: 2em auto; line-height: 1.45; }
h1 { font-size: 18pt; margin-bottom: 0.1em; }
h2 { font-size: 13pt; margin-top: 1.4em; border-bottom: 1px solid #999; }
p.sub { color: #444; margin-top: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border: 1px solid #ccc; }
th { width: 38%; background: #f2f2f2; font-weight: normal; }
td { white-space: pre-wrap; }
@media print { body { margin: 0; max-width: none; } h2 { page-break-after: avoid; } }
"""


def _p(text: str) -> str:
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


def render_document(
    language: str,
    title: str,
    subtitle: str,
    opening: tuple[str, ...],
    sections: tuple[Section, ...],
) -> str:
    """A self-contained, printable HTML page of numbered sections (every value escaped)."""
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{language}">',
        '<head><meta charset="utf-8">',
        f"<title>{html.escape(title)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
        f'<p class="sub">{html.escape(subtitle)}</p>',
    ]
    out.extend(_p(p) for p in opening)
    for number, section in enumerate(sections, start=1):
        out.append(f"<h2>{number}. {html.escape(section.heading)}</h2>")
        out.extend(_p(p) for p in section.paragraphs)
        if section.table:
            out.append("<table>")
            for label, value in section.table:
                out.append(f"<tr><th>{html.escape(label)}</th><td>{html.escape(value)}</td></tr>")
            out.append("</table>")
        if section.items:
            out.append("<ul>")
            out.extend(f"<li>{html.escape(item)}</li>" for item in section.items)
            out.append("</ul>")
        out.extend(_p(p) for p in section.after)
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def render_html(report: AccessReport) -> str:
    """The access report as a self-contained, printable HTML page."""
    return render_document(
        report.language,
        report.title,
        report.subtitle,
        (report.prepared, report.intro),
        report.sections,
    )


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def report_json(report: AccessReport) -> dict[str, Any]:
    """The report as JSON-ready data: the stored values as stored, plus every text section."""
    facts = report.facts
    t = texts(report.language)
    data = {
        name: facts.fields.get(name) for name in CONTACT_FIELDS if _present(facts.fields.get(name))
    }
    return {
        "report": "access",
        "gdpr_article": 15,
        "language": report.language,
        "generated_on": facts.generated_on.isoformat(),
        "subject": {"email": facts.email},
        "title": report.title,
        "controller": list(facts.controller),
        "data": data,
        "data_labels": {name: t["fields"][name] for name in data},
        "sources": [
            {
                "type": s.source_type,
                "type_label": t["values"]["source_type"].get(s.source_type, s.source_type),
                "name": s.source_name,
                "acquired_on": _iso(s.acquired_on),
                "collected_from_you": s.source_type not in INDIRECT_SOURCE_TYPES,
            }
            for s in facts.sources
        ],
        "recipients": [
            {
                "exported_on": _iso(r.exported_on),
                "campaign": r.campaign,
                "tool": r.tool,
                "tool_label": t["tools"].get(r.tool or "generic", r.tool),
            }
            for r in facts.recipients
        ],
        "retention": {
            "kept_until": _iso(report.retention.last_day),
            "runs_from": report.retention.basis,
            "start": _iso(report.retention.start),
            "no_limit": facts.is_generic,
        },
        "opt_out": [
            {"kind": o.kind, "reason": o.reason, "since": _iso(o.added_on)} for o in facts.optouts
        ],
        "requests": [
            {"kind": r.kind, "received_on": r.received_on.isoformat(), "status": r.status}
            for r in facts.requests
        ],
        "complaint_authority": "IMY" if facts.jurisdiction == "SE" else "CNIL",
        "sections": [
            {
                "key": s.key,
                "heading": s.heading,
                "paragraphs": list(s.paragraphs),
                "items": list(s.items),
                "table": [{"label": label, "value": value} for label, value in s.table],
                "after": list(s.after),
            }
            for s in report.sections
        ],
    }
