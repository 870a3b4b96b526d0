"""The cleared export (CONTRACT.md section 4; RULES.md sections A, B and E).

`preview_export` decides every selected contact and counts; `run_export` decides them again and
writes the file of lawful recipients, the optional decisions file and JSON report, and the
accountability record (the export, one row per exported contact with its unsubscribe token, an
audit entry). `mark_sent` records that an export's campaign went out.

Streaming: contacts are read in id order, decided, written and dropped; nothing holds a million
contacts. The judge is `compliance.clearance.decide` and nothing else. Two shortcuts keep it fast
without changing a single decision:

- The opt-out list is matched first, per address, exactly as `decide` does (rows 1 and 1b,
  `Suppression.check`). What is left of a contact's decision depends only on its other fields,
  its sources and whether its address is generic, so `decide` runs once per distinct
  combination of those (a "profile") on a `ContactFacts` built from them, and its result serves
  every contact with that profile.
- A profile holds each date only as far as `decide` can tell it apart on the day: its
  representative between the cutoffs of `compliance.clearance.date_cutoffs` (the retention
  limit, the art. 14 month, today). A million contacts then make tens of thousands of profiles,
  not hundreds of thousands. The reason sentence, which quotes the consent's date and source,
  reads them as stored. Tests check every decision against `decide` on each contact's own
  facts, with dates on, before and after every cutoff.
- The database builds a profile's string (in C), so Python does not build a tuple of sixteen
  values per contact.

Nothing half-written: the files go to temporary names; the database rows are written in one
transaction; the files are renamed into place just before the commit; a failure anywhere, or a
Cancel, rolls back the transaction and removes the files (see `storage.writers.PendingFiles`).
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import json
import logging
import os
import threading
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from compliance.campaign import Campaign, unsubscribe_link
from compliance.clearance import (
    ContactFacts,
    Decision,
    Suppression,
    date_cutoffs,
    decide,
    is_generic_address,
    message_language,
    notice_text,
    reason_sentence,
)
from compliance.fields import FLAGS, JOB_FUNCTIONS, REASON_CODES
from compliance.segment_filter import SegmentFilter

from .campaigns import spec_of
from .errors import Cancelled, UsageError, UserError
from .gcpause import cycle_collector_paused
from .optout import load_suppression
from .segments import filter_sql, get_segment
from .workspace import Workspace, now_iso
from .writers import BytesFile, CsvTable, PendingFiles, check_writable, open_table, table_format

log = logging.getLogger(__name__)

ProgressFn = Callable[..., None]
CancelledFn = Callable[[], bool]

# The contact fields a decision reads (besides the address and the sources), in profile order.
PROFILE_FIELDS: tuple[str, ...] = (
    "email_valid",
    "country",
    "audience",
    "sole_trader",
    "lawful_basis",
    "consent_date",
    "consent_source",
    "consent_withdrawn_on",
    "informed_at_collection",
    "customer_since",
    "last_purchase_date",
    "product_category",
    "collected_on",
    "notice_sent_date",
    "last_inbound_contact_date",
    "job_function",
)
_SEP = "\x1f"  # the unit separator: never typed into a field, so it cannot fake a profile
# What str.strip() removes: a consent source of only these is no source.
_SPACES = "".join(ch for ch in map(chr, range(0x3001)) if ch.isspace())


def _date_sql(column: str, cutoffs: tuple[dt.date, ...]) -> str:
    """`column`'s representative date (compliance.clearance.representative_date) in SQL."""
    day = f"substr({column}, 1, 10)"
    one = dt.timedelta(days=1)
    parts = [f"WHEN {column} IS NULL THEN ''"]
    below: dt.date | None = None
    for cutoff in cutoffs:
        under = cutoff - one if below is None else below + one
        parts.append(f"WHEN {day} < '{cutoff.isoformat()}' THEN '{under.isoformat()}'")
        parts.append(f"WHEN {day} = '{cutoff.isoformat()}' THEN '{cutoff.isoformat()}'")
        below = cutoff
    assert below is not None
    return f"(CASE {' '.join(parts)} ELSE '{(below + one).isoformat()}' END)"


def profile_sql(today: dt.date) -> str:
    """The SQL of a contact's profile on `today`: the fields a decision reads, in
    PROFILE_FIELDS order, joined by _SEP, reduced as compliance.clearance.grouped_facts reduces
    them (dates to their representatives, and so on), so that contacts who differ only by
    dates on the same side of every cutoff share one profile and one decide()."""
    cuts = date_cutoffs(today)
    consent = _date_sql("c.consent_date", cuts["consent_date"])
    spaces = _SPACES.replace("'", "''")
    reduced = {
        "lawful_basis": "''",
        "country": "(CASE WHEN c.country GLOB '[A-Z][A-Z]' AND c.country NOT IN ('FR', 'SE') "
        "THEN 'XX' ELSE coalesce(c.country, '') END)",
        "job_function": "(CASE WHEN c.audience = 'b2b' THEN coalesce(c.job_function, '') "
        "ELSE '' END)",
        "sole_trader": "(CASE WHEN c.audience = 'b2b' THEN coalesce(c.sole_trader, '') "
        "ELSE '' END)",
        "product_category": "(CASE WHEN c.informed_at_collection = 1 AND "
        "c.last_purchase_date IS NOT NULL THEN coalesce(c.product_category, '') ELSE '' END)",
        "consent_source": f"(CASE WHEN length(trim(c.consent_source, '{spaces}')) > 0 "
        "THEN 'x' ELSE '' END)",
        "consent_withdrawn_on": "(CASE WHEN c.consent_withdrawn_on IS NOT NULL AND "
        "c.consent_date IS NOT NULL AND substr(c.consent_withdrawn_on, 1, 10) >= "
        f"substr(c.consent_date, 1, 10) THEN {consent} ELSE '' END)",
        **{name: _date_sql(f"c.{name}", dates) for name, dates in cuts.items()},
    }
    # The customer-since date counts only when there is no last purchase.
    reduced["customer_since"] = (
        f"(CASE WHEN c.last_purchase_date IS NOT NULL THEN '' ELSE {reduced['customer_since']} END)"
    )
    return " || char(31) || ".join(
        reduced.get(name, f"coalesce(c.{name}, '')") for name in PROFILE_FIELDS
    )


_FETCH = 2000
_UNSUBSCRIBE_SLOT = "\x00unsubscribe\x00"


# ---------------------------------------------------------------------------------- presets
@dataclass(frozen=True)
class Preset:
    """The columns of the exported file for one e-mail tool: (header, value name) pairs.

    Value names are contact fields, or `language`, `decision`, `unsubscribe`, `notice`, `reason`.
    """

    key: str
    label: str
    columns: tuple[tuple[str, str], ...]


_COMPUTED = ("language", "decision", "unsubscribe", "notice", "reason")

PRESETS: dict[str, Preset] = {
    "generic": Preset(
        "generic",
        "Generic",
        (
            ("email", "email"),
            ("first_name", "first_name"),
            ("last_name", "last_name"),
            ("company", "company"),
            ("job_title", "job_title"),
            ("job_function", "job_function"),
            ("country", "country"),
            ("language", "language"),
            ("decision", "decision"),
            ("unsubscribe_url", "unsubscribe"),
            ("notice", "notice"),
            ("reason", "reason"),
        ),
    ),
    # Mailchimp's import matches these headers to its default merge fields (Email Address,
    # First Name, Last Name); the others become text merge fields on import.
    "mailchimp": Preset(
        "mailchimp",
        "Mailchimp",
        (
            ("Email Address", "email"),
            ("First Name", "first_name"),
            ("Last Name", "last_name"),
            ("Company", "company"),
            ("Job Title", "job_title"),
            ("Country", "country"),
            ("Language", "language"),
            ("Unsubscribe Link", "unsubscribe"),
            ("Notice", "notice"),
            ("Reason", "reason"),
        ),
    ),
    # Brevo's default contact attributes are EMAIL, FIRSTNAME and LASTNAME; the others are
    # created as text attributes when the file is imported.
    "brevo": Preset(
        "brevo",
        "Brevo",
        (
            ("EMAIL", "email"),
            ("FIRSTNAME", "first_name"),
            ("LASTNAME", "last_name"),
            ("COMPANY", "company"),
            ("JOB_TITLE", "job_title"),
            ("COUNTRY", "country"),
            ("LANGUAGE", "language"),
            ("UNSUBSCRIBE_URL", "unsubscribe"),
            ("NOTICE", "notice"),
            ("REASON", "reason"),
        ),
    ),
}
_OUTPUT_FIELDS = tuple(
    dict.fromkeys(v for p in PRESETS.values() for _, v in p.columns if v not in _COMPUTED)
)


# ---------------------------------------------------------------------------------- selection
@dataclass(frozen=True)
class ExportSelection:
    """Which contacts are considered: a saved segment, ad-hoc filters, and/or job functions
    (all combined with AND). Empty: every contact."""

    segment: str | None = None
    filter: SegmentFilter | None = None
    functions: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "segment": self.segment,
            "filter": self.filter.to_dict() if self.filter else None,
            "functions": list(self.functions),
        }


def selection_sql(ws: Workspace, selection: ExportSelection) -> tuple[str, list[Any]]:
    """An SQL condition on `contacts c` and its parameters ('1' when everything is selected)."""
    clauses: list[str] = []
    params: list[Any] = []
    filters: list[SegmentFilter] = []
    if selection.segment:
        try:
            filters.append(get_segment(ws, selection.segment).filter)
        except UsageError:
            raise
        except UserError as exc:  # an unknown name is a mistake in the command: exit code 2
            raise UsageError(exc.message) from exc
    if selection.filter is not None:
        filters.append(selection.filter)
    for f in filters:
        where, values = filter_sql(f)
        if where:
            clauses.append(f"({where})")
            params.extend(values)
    if selection.functions:
        unknown = sorted(set(selection.functions) - set(JOB_FUNCTIONS))
        if unknown:
            raise UsageError(
                "Unknown job function: " + ", ".join(unknown) + ". Use one of: "
                + ", ".join(JOB_FUNCTIONS) + "."
            )  # fmt: skip
        clauses.append(f"job_function IN ({', '.join('?' for _ in selection.functions)})")
        params.extend(selection.functions)
    return (" AND ".join(clauses) if clauses else "1"), params


# ---------------------------------------------------------------------------------- counts
@dataclass
class ExportCounts:
    """The contract's report counts. A contact excluded for two reasons counts under both."""

    considered: int = 0
    exported: int = 0
    by_decision: dict[str, int] = field(default_factory=dict)
    excluded: dict[str, int] = field(default_factory=dict)
    flags: dict[str, int] = field(default_factory=dict)

    @property
    def excluded_contacts(self) -> int:
        return self.considered - self.exported

    def report(self, file_sha256: str | None) -> dict[str, Any]:
        return {
            "considered": self.considered,
            "exported": self.exported,
            "excluded": {code: n for code, n in self.excluded.items() if n},
            "flags": {flag: n for flag, n in self.flags.items() if n},
            "file_sha256": file_sha256,
        }


@dataclass
class ExportPreview:
    """Counts, plus every excluded contact (id and decision) for the searchable list."""

    counts: ExportCounts
    excluded_ids: array = field(default_factory=lambda: array("q"))
    excluded_codes: array = field(default_factory=lambda: array("H"))
    decisions: list[Decision] = field(default_factory=list)  # indexed by excluded_codes

    def excluded_decision(self, index: int) -> Decision:
        return self.decisions[self.excluded_codes[index]]


def _count(decisions: Counter[Decision], considered: int) -> ExportCounts:
    counts = ExportCounts(considered=considered)
    by_decision: Counter[str] = Counter()
    excluded: Counter[str] = Counter({code: 0 for code in REASON_CODES})
    flags: Counter[str] = Counter({flag: 0 for flag in FLAGS})
    for decision, n in decisions.items():
        by_decision[decision.decision] += n
        for code in decision.reasons:
            excluded[code] += n
        for flag in decision.flags:
            flags[flag] += n
    counts.by_decision = dict(by_decision)
    counts.exported = by_decision["ALLOW"] + by_decision["ALLOW_WITH_NOTICE"]
    counts.excluded = dict(excluded)
    counts.flags = dict(flags)
    return counts


# ---------------------------------------------------------------------------------- the engine
@dataclass(frozen=True)
class _Profile:
    facts: ContactFacts
    decision: Decision
    code: int  # the decision's number in _Engine.decisions


@dataclass(frozen=True)
class _Sources:
    types: frozenset[str]
    names: tuple[str, ...]
    transfer_proof: bool


class _Engine:
    """Decides contacts row by row: the opt-out list per address, `decide` per profile."""

    def __init__(self, ws: Workspace, campaign: Campaign, suppression: Suppression) -> None:
        self.campaign = campaign
        self.today = ws.today
        self.suppression = suppression
        self._active = suppression.active
        # (profile, sources, generic) -> the decision number (excluded) or the profile (allowed)
        self._profiles: dict[tuple[str, Any, bool], int | _Profile] = {}
        self._count = 0
        # Decisions are numbered as they first appear, and counted by number: hashing a
        # Decision (a dataclass of three tuples) once per contact costs more than deciding.
        self.decisions: list[Decision] = []
        self.excluded: list[bool] = []
        self._codes: dict[int, int] = {}
        # Rows 1 and 1b exactly as decide() applies them (Suppression.check, tested against
        # decide()): the per-contact ContactFacts that decide() would read are not built.
        self._check = suppression.check
        self._generic: dict[str, bool] = {}
        self._sources: dict[Any, _Sources] = {}
        self._source_rows = {
            sid: (stype, name, bool(proof))
            for sid, stype, name, proof in ws.conn.execute(
                "SELECT id, source_type, source_name, b2c_transfer_proof FROM sources "
                "WHERE undone_at IS NULL"
            )
        }
        # Each contact's sources, read once: a scan of contact_sources costs a third of a
        # correlated sub-query per contact. One source per contact in an array (8 bytes a
        # contact); the few contacts with several in a dict.
        top = ws.conn.execute("SELECT coalesce(max(id), 0) FROM contacts").fetchone()[0]
        single = array("q", bytes(8 * (int(top) + 1)))
        multi: dict[int, tuple[int, ...]] = {}
        for contact_id, source_id in ws.conn.execute(
            "SELECT contact_id, source_id FROM contact_sources"
        ):
            if single[contact_id]:
                multi[contact_id] = (*multi.get(contact_id, (single[contact_id],)), source_id)
            else:
                single[contact_id] = source_id
        self._single = single
        self._multi = multi

    def source_key(self, contact_id: int) -> Any:
        if self._multi:
            found = self._multi.get(contact_id)
            if found is not None:
                return found
        return self._single[contact_id] if contact_id < len(self._single) else 0

    def sources(self, key: Any) -> _Sources:
        found = self._sources.get(key)
        if found is None:
            ids = key if isinstance(key, tuple) else (key,)
            rows = [self._source_rows[i] for i in ids if i in self._source_rows]
            found = _Sources(
                frozenset(r[0] for r in rows),
                tuple(dict.fromkeys(r[1] for r in rows)),
                any(r[2] for r in rows),
            )
            self._sources[key] = found
        return found

    def is_generic(self, key: str) -> bool:
        local = key[: key.rfind("@")]
        generic = self._generic.get(local)
        if generic is None:
            generic = self._generic[local] = is_generic_address(key)
        return generic

    def _decide_group(self, group: tuple[str, Any, bool]) -> int | _Profile:
        """The memo's value for a group: an excluded group keeps only its decision number (a
        million contacts make hundreds of thousands of groups); an allowed one keeps its facts,
        which the reason sentence and the notice are written from."""
        profile, sources, generic = group
        facts = self._facts(profile, self.sources(sources), generic)
        decision = decide(facts, self.campaign, self.today)
        code = self.code(decision)
        found: int | _Profile = _Profile(facts, decision, code) if decision.allowed else code
        self._profiles[group] = found
        self._count += 1
        return found

    def code(self, decision: Decision) -> int:
        """The number of `decision` (the same object always gets the same number)."""
        code = self._codes.get(id(decision))
        if code is None:
            code = self._codes[id(decision)] = len(self.decisions)
            self.decisions.append(decision)  # kept alive, so its id is never reused
            self.excluded.append(not decision.allowed)
        return code

    def row_groups(self, batch: Sequence[Sequence[Any]]) -> list[Any]:
        """Per row of (id, email_key, profile, ...): the number of its decision when the
        address is on the opt-out list (rows 1 and 1b: an int), else the key of its group
        (profile, sources, generic), which decides everything else.

        The hot path, once per contact: a batch at a time, its look-ups held in locals, as
        calls and attribute look-ups cost more than the work at a million rows."""
        out: list[Any] = []
        append = out.append
        check = self._check if self._active else None
        generic_of = self._generic
        multi, single = self._multi, self._single
        size = len(single)
        code_of = self.code
        for row in batch:
            contact_id, key = row[0], row[1]
            if check is not None:
                hit = check(key)
                if hit is not None:
                    append(code_of(hit))
                    continue
            local = key[: key.rfind("@")]
            generic = generic_of.get(local)
            if generic is None:
                # is_generic_address reads only the local part, and local parts repeat
                # (jean.martin@ at many firms): remembered per local part.
                generic = generic_of[local] = is_generic_address(key)
            sources = multi.get(contact_id) if multi else None
            if sources is None:
                sources = single[contact_id] if contact_id < size else 0
            append((row[2], sources, generic))
        return out

    def decide_rows(self, batch: Sequence[Sequence[Any]]) -> list[tuple[int, _Profile | None]]:
        """Per row: (decision number, the allowed contact's profile, or None when excluded)."""
        out: list[tuple[int, _Profile | None]] = []
        append = out.append
        profiles, decide_group = self._profiles, self._decide_group
        for group in self.row_groups(batch):
            if group.__class__ is int:
                append((group, None))
                continue
            found = profiles.get(group)
            if found is None:
                found = decide_group(group)
            if found.__class__ is int:
                append((found, None))  # type: ignore[arg-type]
            else:
                append((found.code, found))  # type: ignore[union-attr]
        return out

    def counts(self, tally: dict[int, int], considered: int) -> ExportCounts:
        merged: Counter[Decision] = Counter()
        for code, n in tally.items():
            merged[self.decisions[code]] += n
        return _count(merged, considered)

    @staticmethod
    def _facts(profile: str, src: _Sources, generic: bool) -> ContactFacts:
        """The facts of a profile. The address matters to decide() only through the opt-out
        list (matched per address, before) and whether it is generic (part of the memo key), so
        a stand-in address keeps it out of the shared facts."""
        values = profile.split(_SEP)
        assert len(values) == len(PROFILE_FIELDS)
        # Stored values are already normalised (ISO dates, ISO country codes, 0/1): only the
        # types change here. facts_from_fields would normalise them again, at 8 µs a contact.
        return ContactFacts(
            email="profile@profile.invalid",
            email_valid=values[0] == "1",
            country=values[1] or None,
            audience=values[2] or None,
            sole_trader=_bool(values[3]),
            lawful_basis=values[4] or None,
            consent_date=_date(values[5]),
            consent_source=values[6] or None,
            consent_withdrawn_on=_date(values[7]),
            informed_at_collection=_bool(values[8]),
            customer_since=_date(values[9]),
            last_purchase_date=_date(values[10]),
            product_category=values[11] or None,
            source_types=src.types,
            source_names=src.names,
            collected_on=_date(values[12]),
            notice_sent_date=_date(values[13]),
            last_inbound_contact_date=_date(values[14]),
            job_function=values[15] or None,
            transfer_consent_proof=src.transfer_proof,
            generic_override=generic,
        )

    @property
    def profiles_seen(self) -> int:
        return self._count


def _bool(text: str) -> bool | None:
    return None if text == "" else text == "1"


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text[:10]) if text else None


def _rows(
    ws: Workspace,
    selection: ExportSelection,
    extra: Sequence[str] = (),
    *,
    is_cancelled: CancelledFn | None = None,
) -> Iterator[list[tuple[Any, ...]]]:
    """Batches of (id, email_key, profile, *extra) for the selected contacts, in id order."""
    where, params = selection_sql(ws, selection)
    more = "".join(f", c.{name}" for name in extra)
    cur = ws.conn.execute(
        f"SELECT c.id, c.email_key, {profile_sql(ws.today)}{more} FROM contacts c "
        f"WHERE {where} ORDER BY c.id",
        params,
    )
    while True:
        if is_cancelled is not None and is_cancelled():
            raise Cancelled()
        batch = cur.fetchmany(_FETCH)
        if not batch:
            return
        yield batch


def count_selected(ws: Workspace, selection: ExportSelection) -> int:
    where, params = selection_sql(ws, selection)
    row = ws.conn.execute(f"SELECT count(*) FROM contacts c WHERE {where}", params).fetchone()
    return int(row[0])


# A campaign only for grouping: grouping never calls decide() except on addresses of the opt-out
# list, whose decision (rows 1 and 1b) comes before anything about the campaign.
_ANY_CAMPAIGN = Campaign(name="-", sender="-", unsubscribe="mailto:any@any.example")


@dataclass
class ContactGroups:
    """The selected contacts grouped by everything decide() reads of them, so that a preview
    for any campaign costs one decide() per group instead of one per contact.

    `ids[i]` is a contact, `groups[i]` its group: a number into `keys` (profile, sources,
    generic), or, for a contact on the opt-out list, -1 - the number of its decision (rows 1
    and 1b depend on no campaign). Two flat arrays, not one list per group: a million contacts
    make hundreds of thousands of groups.
    """

    engine: _Engine
    keys: list[tuple[str, Any, bool]]
    sizes: list[int]
    suppressed: dict[int, int]  # decision number -> contacts
    ids: array
    groups: array
    considered: int
    _facts: list[ContactFacts | None] = field(default_factory=list)

    keep_facts: bool = False  # the Previewer keeps them: its next preview decides at once

    def facts(self, group: int) -> ContactFacts:
        if self._facts:
            found = self._facts[group]
            if found is not None:
                return found
        profile, sources, generic = self.keys[group]
        found = self.engine._facts(profile, self.engine.sources(sources), generic)
        if self.keep_facts:
            if not self._facts:
                self._facts = [None] * len(self.keys)
            self._facts[group] = found
        return found


def group_contacts(
    ws: Workspace,
    selection: ExportSelection = ExportSelection(),  # noqa: B008 - frozen, shared safely
    *,
    on_progress: ProgressFn | None = None,
    is_cancelled: CancelledFn | None = None,
) -> ContactGroups:
    """Read the selected contacts once and group them (see `ContactGroups`)."""
    with cycle_collector_paused():
        return _group_contacts(ws, selection, on_progress, is_cancelled)


def _group_contacts(
    ws: Workspace,
    selection: ExportSelection,
    on_progress: ProgressFn | None,
    is_cancelled: CancelledFn | None,
) -> ContactGroups:
    engine = _Engine(ws, _ANY_CAMPAIGN, load_suppression(ws))
    total = count_selected(ws, selection) if on_progress else 0
    index: dict[tuple[str, Any, bool], int] = {}
    keys: list[tuple[str, Any, bool]] = []
    sizes: list[int] = []
    suppressed: dict[int, int] = defaultdict(int)
    ids, groups = array("q"), array("l")
    considered = 0
    for batch in _rows(ws, selection, is_cancelled=is_cancelled):
        for row, group_key in zip(batch, engine.row_groups(batch), strict=True):
            ids.append(row[0])
            if group_key.__class__ is int:  # on the opt-out list: decided by rows 1 and 1b
                suppressed[group_key] += 1
                groups.append(-1 - group_key)
                continue
            group = index.get(group_key)
            if group is None:
                group = index[group_key] = len(keys)
                keys.append(group_key)
                sizes.append(0)
            sizes[group] += 1
            groups.append(group)
        considered += len(batch)
        if on_progress is not None:
            on_progress(considered, total)
    return ContactGroups(engine, keys, sizes, dict(suppressed), ids, groups, considered)


def preview_groups(groups: ContactGroups, campaign: Campaign, today: dt.date) -> ExportPreview:
    """The preview of `campaign` over grouped contacts: one decide() per group."""
    decisions: list[Decision] = []
    numbers: dict[int, int] = {}

    def number(decision: Decision) -> int:
        code = numbers.get(id(decision))
        if code is None:
            code = numbers[id(decision)] = len(decisions)
            decisions.append(decision)
        return code

    tally: Counter[Decision] = Counter()
    # Per group, the number of its decision when it excludes, else -1.
    excluded_code = [-1] * len(groups.keys)
    for group, size in enumerate(groups.sizes):
        decision = decide(groups.facts(group), campaign, today)
        tally[decision] += size
        if not decision.allowed:
            excluded_code[group] = number(decision)
    suppressed_code: dict[int, int] = {}
    for code, size in groups.suppressed.items():
        decision = groups.engine.decisions[code]
        tally[decision] += size
        suppressed_code[-1 - code] = number(decision)
    preview = ExportPreview(ExportCounts(), decisions=decisions)
    ids_out, codes_out = preview.excluded_ids, preview.excluded_codes
    for contact_id, group in zip(groups.ids, groups.groups, strict=True):
        code = excluded_code[group] if group >= 0 else suppressed_code[group]
        if code >= 0:
            ids_out.append(contact_id)
            codes_out.append(code)
    preview.counts = _count(tally, groups.considered)
    return preview


def preview_export(
    ws: Workspace,
    campaign: Campaign,
    selection: ExportSelection = ExportSelection(),  # noqa: B008 - frozen, shared safely
    *,
    on_progress: ProgressFn | None = None,
    is_cancelled: CancelledFn | None = None,
) -> ExportPreview:
    """Decide every selected contact and count: nothing is written."""
    groups = group_contacts(ws, selection, on_progress=on_progress, is_cancelled=is_cancelled)
    return preview_groups(groups, campaign, ws.today)


def workspace_state(ws: Workspace) -> tuple[Any, ...]:
    """A cheap fingerprint of what a preview reads: it changes when contacts or the opt-out list
    change (every change of either is audited; new rows get new ids) or when "today" does."""
    row = ws.conn.execute(
        "SELECT (SELECT max(id) FROM audit_log), (SELECT max(id) FROM contacts), "
        "(SELECT max(id) FROM optouts), (SELECT max(id) FROM sources)"
    ).fetchone()
    return (*row, ws.today)


class Previewer:
    """Previews that reuse the grouped contacts while the selection and the workspace are
    unchanged: the GUI's second preview (another campaign, say) decides groups, not contacts.
    The export itself never uses this: it always reads the contacts afresh.

    `prepare` groups the contacts ahead of the first preview (the export wizard calls it on a
    worker as soon as it opens, while the user chooses a campaign). It is safe to call from one
    thread while `preview` runs on another: they take turns, and a preview that comes while the
    same selection is being grouped waits for it instead of grouping again."""

    def __init__(self) -> None:
        self._groups: ContactGroups | None = None
        self._key: tuple[Any, ...] | None = None
        self.builds = 0
        self._lock = threading.Lock()

    def prepare(
        self,
        ws: Workspace,
        selection: ExportSelection = ExportSelection(),  # noqa: B008 - frozen, shared safely
        *,
        on_progress: ProgressFn | None = None,
        is_cancelled: CancelledFn | None = None,
    ) -> None:
        with self._turn(is_cancelled):
            self._grouped(ws, selection, on_progress, is_cancelled, with_facts=True)

    def preview(
        self,
        ws: Workspace,
        campaign: Campaign,
        selection: ExportSelection = ExportSelection(),  # noqa: B008 - frozen, shared safely
        *,
        on_progress: ProgressFn | None = None,
        is_cancelled: CancelledFn | None = None,
    ) -> ExportPreview:
        with self._turn(is_cancelled):
            groups = self._grouped(ws, selection, on_progress, is_cancelled)
            return preview_groups(groups, campaign, ws.today)

    @contextlib.contextmanager
    def _turn(self, is_cancelled: CancelledFn | None) -> Iterator[None]:
        """The lock, waited for in short steps so that a Cancel is heard while waiting."""
        while not self._lock.acquire(timeout=0.05):
            if is_cancelled is not None and is_cancelled():
                raise Cancelled()
        try:
            yield
        finally:
            self._lock.release()

    def _grouped(
        self,
        ws: Workspace,
        selection: ExportSelection,
        on_progress: ProgressFn | None,
        is_cancelled: CancelledFn | None,
        *,
        with_facts: bool = False,
    ) -> ContactGroups:
        key = (selection, workspace_state(ws))
        if self._groups is None or key != self._key:
            self._groups = None  # a cancel leaves no half-built groups behind
            groups = group_contacts(
                ws, selection, on_progress=on_progress, is_cancelled=is_cancelled
            )
            groups.keep_facts = True
            if with_facts:
                # The facts of every group too (they do not depend on the campaign): the
                # preview that follows only decides. Tens of thousands of groups at a million.
                with cycle_collector_paused():
                    for number in range(len(groups.keys)):
                        if is_cancelled is not None and number % 1000 == 0 and is_cancelled():
                            raise Cancelled()
                        groups.facts(number)
            self._groups, self._key = groups, key
            self.builds += 1
        return self._groups


# ---------------------------------------------------------------------------------- tokens
def _tokens(n: int) -> list[str]:
    """`n` unsubscribe tokens: 16 random bytes each (what secrets.token_urlsafe(16) gives),
    drawn from the OS in one call per batch."""
    raw = os.urandom(16 * n)
    return [
        base64.urlsafe_b64encode(raw[i : i + 16]).rstrip(b"=").decode("ascii")
        for i in range(0, 16 * n, 16)
    ]


# ---------------------------------------------------------------------------------- export
@dataclass(frozen=True)
class ExportResult:
    export_id: int
    counts: ExportCounts
    path: Path
    file_sha256: str
    decisions_path: Path | None
    report_path: Path | None


def run_export(
    ws: Workspace,
    campaign: Campaign,
    out_path: Path,
    selection: ExportSelection = ExportSelection(),  # noqa: B008 - frozen, shared safely
    *,
    preset: str = "generic",
    delimiter: str = ",",
    decisions_path: Path | None = None,
    report_path: Path | None = None,
    campaign_id: int | None = None,
    on_progress: ProgressFn | None = None,
    is_cancelled: CancelledFn | None = None,
) -> ExportResult:
    """Write the cleared contacts of `campaign` to `out_path` (.csv or .xlsx) and record it.

    `decisions_path`: one row per contact considered (email, decision, reasons, flags).
    `report_path`: the contract's JSON report. All or nothing (see the module's docstring).
    """
    if preset not in PRESETS:
        raise UsageError("The column layout must be one of: " + ", ".join(PRESETS) + ".")
    out_path = Path(out_path)
    table_format(out_path)
    targets = [p for p in (out_path, decisions_path, report_path) if p is not None]
    resolved = [Path(p).resolve() for p in targets]
    if len(set(resolved)) != len(resolved):
        raise UsageError("The export file, the decisions file and the report need three names.")
    for target in targets:
        check_writable(Path(target))
    where_json = selection.to_json()
    columns = PRESETS[preset].columns
    header = [h for h, _ in columns]
    suppression = load_suppression(ws)
    engine = _Engine(ws, campaign, suppression)
    total = count_selected(ws, selection)
    stamp = now_iso()

    files = PendingFiles()
    try:
        table = files.add(open_table(out_path, header, delimiter=delimiter))
        decisions_file = None
        if decisions_path is not None:
            decisions_file = files.add(
                CsvTable(Path(decisions_path), ["email", "decision", "reasons", "flags"], bom=False)
            )
        report_file = files.add(BytesFile(Path(report_path))) if report_path else None

        with ws.transaction():
            export_id = int(
                ws.conn.execute(
                    "INSERT INTO exports (campaign_id, campaign_json, filters_json, tool, "
                    "considered, exported, excluded_json, flags_json, file_name, file_sha256, "
                    "created_at) VALUES (?, ?, ?, ?, 0, 0, '{}', '{}', ?, '', ?)",
                    (
                        campaign_id,
                        json.dumps(spec_of(campaign), ensure_ascii=False),
                        json.dumps(where_json, ensure_ascii=False),
                        preset,
                        out_path.name,
                        stamp,
                    ),
                ).lastrowid
            )
            with cycle_collector_paused():  # a million rows: see storage.gcpause
                tally = _write_rows(
                    ws, engine, selection, columns, table, decisions_file, export_id, total,
                    on_progress, is_cancelled,
                )  # fmt: skip
            counts = engine.counts(tally, sum(tally.values()))
            sha = table.close()
            if decisions_file is not None:
                decisions_file.close()
            report = counts.report(sha)
            if report_file is not None:
                text = json.dumps(report, ensure_ascii=False, indent=2) + "\n"
                report_file.write(text.encode("utf-8"))
            ws.conn.execute(
                "UPDATE exports SET considered = ?, exported = ?, excluded_json = ?, "
                "flags_json = ?, file_sha256 = ? WHERE id = ?",
                (
                    counts.considered,
                    counts.exported,
                    json.dumps(report["excluded"], sort_keys=True),
                    json.dumps(report["flags"], sort_keys=True),
                    sha,
                    export_id,
                ),
            )
            ws.audit(
                "export.written",
                entity="export",
                entity_id=export_id,
                details={
                    "campaign_id": campaign_id,
                    "considered": counts.considered,
                    "exported": counts.exported,
                    "excluded": report["excluded"],
                    "tool": preset,
                },
            )
            # Last step before the commit: a failure to put the files in place rolls back.
            files.publish()
        files.done()
    except BaseException:
        files.rollback()
        raise
    log.info(
        "export %d: %d considered, %d exported (%d profiles)",
        export_id,
        counts.considered,
        counts.exported,
        engine.profiles_seen,
    )
    return ExportResult(
        export_id,
        counts,
        out_path,
        sha,
        Path(decisions_path) if decisions_path else None,
        Path(report_path) if report_path else None,
    )


def _write_rows(
    ws: Workspace,
    engine: _Engine,
    selection: ExportSelection,
    columns: tuple[tuple[str, str], ...],
    table: Any,
    decisions_file: CsvTable | None,
    export_id: int,
    total: int,
    on_progress: ProgressFn | None,
    is_cancelled: CancelledFn | None,
) -> dict[int, int]:
    campaign = engine.campaign
    tally: dict[int, int] = defaultdict(int)
    decisions = engine.decisions
    # Per profile (and, for consent, per consent date and source): the language, the reason
    # sentence and the notice (with a slot for the link).
    texts: dict[Any, tuple[str, str, str | None]] = {}
    field_index = {name: 1 + i for i, name in enumerate(_OUTPUT_FIELDS)}
    plan = [(field_index.get(value), value) for _, value in columns]
    # The profile holds the consent's date and source only as far as decide() needs them; the
    # reason sentence quotes them: read as stored, after the output fields.
    select_fields = ", ".join((*_OUTPUT_FIELDS, "consent_date", "consent_source"))
    consent_at = 1 + len(_OUTPUT_FIELDS)
    done = 0
    decide_rows = engine.decide_rows
    insert = (
        "INSERT INTO export_members (export_id, contact_id, decision, token) VALUES (?, ?, ?, ?)"
    )
    # The decisions file names every contact considered: the stored address is read with the
    # profile then; otherwise only the exported contacts' columns are read, in a second query.
    extra = ("email",) if decisions_file is not None else ()
    for batch in _rows(ws, selection, extra, is_cancelled=is_cancelled):
        allowed: list[tuple[int, Decision, _Profile]] = []
        decision_rows: list[tuple[str, ...]] = []
        for row, (code, profile) in zip(batch, decide_rows(batch), strict=True):
            tally[code] += 1
            decision = decisions[code]
            if decisions_file is not None:
                decision_rows.append(
                    (row[3], decision.decision, ";".join(decision.reasons),
                     ";".join(decision.flags))
                )  # fmt: skip
            if profile is not None and decision.allowed:
                allowed.append((row[0], decision, profile))
        if decisions_file is not None:
            decisions_file.write_rows(decision_rows)
        if allowed:
            marks = ", ".join("?" for _ in allowed)
            cells = {
                r[0]: r
                for r in ws.conn.execute(
                    f"SELECT id, {select_fields} FROM contacts WHERE id IN ({marks})",
                    [a[0] for a in allowed],
                )
            }
            tokens = _tokens(len(allowed))
            out_rows: list[list[Any]] = []
            members: list[tuple[Any, ...]] = []
            for (contact_id, decision, profile), token in zip(allowed, tokens, strict=True):
                # A mailto: without {token} is the same for everybody; the token is kept all
                # the same, so that the member row exists (access report, round trip).
                link = unsubscribe_link(campaign, token)
                row = cells[contact_id]
                if decision.basis == "consent":
                    text_key: Any = (id(profile), row[consent_at], row[consent_at + 1])
                else:
                    text_key = id(profile)
                text = texts.get(text_key)
                if text is None:
                    text = texts[text_key] = _texts(
                        profile, campaign, row[consent_at], row[consent_at + 1]
                    )
                language, reason, notice = text
                values = {
                    "language": language,
                    "decision": decision.decision,
                    "unsubscribe": link,
                    "notice": notice.replace(_UNSUBSCRIBE_SLOT, link) if notice else "",
                    "reason": reason,
                }
                out_rows.append([row[i] if i is not None else values[v] for i, v in plan])
                members.append((export_id, contact_id, decision.decision, token))
            table.write_rows(out_rows)
            ws.conn.executemany(insert, members)
        done += len(batch)
        if on_progress is not None:
            on_progress(done, total)
    return tally


def _texts(
    profile: _Profile, campaign: Campaign, consent_date: str | None, consent_source: str | None
) -> tuple[str, str, str | None]:
    """The language, reason sentence and notice of an allowed contact: from its profile (which
    holds its sources, country, category and function as stored) and its consent as stored."""
    decision = profile.decision
    facts = replace(
        profile.facts, consent_date=_date(consent_date or ""), consent_source=consent_source
    )
    language = message_language(facts, campaign)
    reason = reason_sentence(decision, facts, campaign, language)
    notice = None
    if decision.decision == "ALLOW_WITH_NOTICE":
        notice = notice_text(facts, campaign, _UNSUBSCRIBE_SLOT)
    return language, reason, notice


# ---------------------------------------------------------------------------------- records
@dataclass(frozen=True)
class ExportRecord:
    id: int
    campaign_id: int | None
    campaign_name: str
    filters: dict[str, Any]
    tool: str | None
    considered: int
    exported: int
    excluded: dict[str, int]
    flags: dict[str, int]
    file_name: str
    file_sha256: str
    created_at: str
    sent_at: str | None


def list_exports(ws: Workspace) -> list[ExportRecord]:
    """Every export, newest first (the accountability list)."""
    rows = ws.conn.execute(
        "SELECT id, campaign_id, campaign_json, filters_json, tool, considered, exported, "
        "excluded_json, flags_json, file_name, file_sha256, created_at, sent_at FROM exports "
        "ORDER BY id DESC"
    ).fetchall()
    return [_record(r) for r in rows]


def get_export(ws: Workspace, export_id: int) -> ExportRecord:
    row = ws.conn.execute(
        "SELECT id, campaign_id, campaign_json, filters_json, tool, considered, exported, "
        "excluded_json, flags_json, file_name, file_sha256, created_at, sent_at FROM exports "
        "WHERE id = ?",
        (export_id,),
    ).fetchone()
    if row is None:
        raise UserError(f"There is no export number {export_id}.")
    return _record(row)


def _record(r: Sequence[Any]) -> ExportRecord:
    spec = json.loads(r[2])
    return ExportRecord(
        id=r[0],
        campaign_id=r[1],
        campaign_name=str(spec.get("name", "")),
        filters=json.loads(r[3]) if r[3] else {},
        tool=r[4],
        considered=r[5],
        exported=r[6],
        excluded=json.loads(r[7]),
        flags=json.loads(r[8]),
        file_name=r[9],
        file_sha256=r[10],
        created_at=r[11],
        sent_at=r[12],
    )


@dataclass(frozen=True)
class MarkSentResult:
    members: int
    notices_recorded: int


def mark_sent(ws: Workspace, export_id: int, sent_on: dt.date | None = None) -> MarkSentResult:
    """Record that the export's campaign was sent: when, and for each contact who received it
    with the first-contact notice (ALLOW_WITH_NOTICE), the `notice_sent_date` (GDPR art. 14)."""
    day = (sent_on or ws.today).isoformat()
    stamp = now_iso()
    with ws.transaction():
        record = get_export(ws, export_id)
        if record.sent_at:
            raise UserError(f"Export {export_id} was already marked as sent on {record.sent_at}.")
        ws.conn.execute("UPDATE exports SET sent_at = ? WHERE id = ?", (day, export_id))
        members = int(
            ws.conn.execute(
                "SELECT count(*) FROM export_members WHERE export_id = ?", (export_id,)
            ).fetchone()[0]
        )
        # Only a missing date is filled: an earlier notice stays the first one (the art. 14
        # deadline counts from it).
        cur = ws.conn.execute(
            "UPDATE contacts SET notice_sent_date = ?, updated_at = ? WHERE notice_sent_date IS "
            "NULL AND id IN (SELECT contact_id FROM export_members WHERE export_id = ? AND "
            "decision = 'ALLOW_WITH_NOTICE')",
            (day, stamp, export_id),
        )
        notices = cur.rowcount
        ws.audit(
            "export.sent",
            entity="export",
            entity_id=export_id,
            details={"members": members, "notices": notices},
        )
    return MarkSentResult(members, notices)


def export_members_page(
    ws: Workspace, export_id: int, *, limit: int = 200, offset: int = 0
) -> list[tuple[int, str, str]]:
    """(contact id, address, decision) of an export's recipients, for the GUI."""
    return ws.conn.execute(
        "SELECT m.contact_id, c.email, m.decision FROM export_members m "
        "JOIN contacts c ON c.id = m.contact_id WHERE m.export_id = ? "
        "ORDER BY m.contact_id LIMIT ? OFFSET ?",
        (export_id, limit, offset),
    ).fetchall()


def excluded_page(
    ws: Workspace,
    preview: ExportPreview,
    *,
    search: str = "",
    reason: str | None = None,
    limit: int = 200,
    offset: int = 0,
) -> tuple[int, list[tuple[int, str, str, Decision]]]:
    """(matches, a page of (id, address, name, decision)) of a preview's excluded contacts,
    optionally only those excluded for `reason` and/or whose address or name contains `search`.
    """
    from .contacts import fts_query

    wanted = {i for i, d in enumerate(preview.decisions) if reason is None or reason in d.reasons}
    indexes = [i for i, code in enumerate(preview.excluded_codes) if code in wanted]
    match = fts_query(search)
    if match:
        found = {
            r[0]
            for r in ws.conn.execute(
                "SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?", (match,)
            )
        }
        indexes = [i for i in indexes if preview.excluded_ids[i] in found]
    page = indexes[offset : offset + limit]
    out: list[tuple[int, str, str, Decision]] = []
    if page:
        ids = [preview.excluded_ids[i] for i in page]
        marks = ", ".join("?" for _ in ids)
        info = {
            r[0]: (r[1], " ".join(p for p in (r[2], r[3]) if p))
            for r in ws.conn.execute(
                f"SELECT id, email, first_name, last_name FROM contacts WHERE id IN ({marks})", ids
            )
        }
        for i in page:
            contact_id = preview.excluded_ids[i]
            email, name = info.get(contact_id, ("", ""))
            out.append((contact_id, email, name, preview.excluded_decision(i)))
    return len(indexes), out
