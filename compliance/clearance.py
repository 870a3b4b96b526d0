"""Who may receive a campaign: the decision table of RULES.md section A.

`decide(contact, campaign, today, suppression)` returns one `Decision` per contact. Rows are
evaluated in the rules' order and the first row that decides, decides:

    1  SUPPRESSED (address, or its SHA-256/MD5)    1b DOMAIN_SUPPRESSED (the domain or a parent)
    2  INVALID_EMAIL                               3  RETENTION_EXPIRED (named addresses)
    4  generic address: ALLOW                      5  consent with proof: ALLOW
    6  soft opt-in: ALLOW                          7  B2B, related topic: ALLOW (SE: UNCERTAIN)
    7x B2B, unrelated topic: NO_CONSENT + TOPIC_UNRELATED
    8  anything else: NO_CONSENT

then the art. 14 notice step for named addresses allowed at rows 5-7 whose data was not collected
from the person: ALLOW_WITH_NOTICE when the campaign carries a notice, else NOTICE_MISSING; and
ART14_OVERDUE when more than a month has passed since collection without a notice.

Jurisdiction: the contact's country when it is FR or SE, else (no country) the campaign's. A
contact in any other country is judged by the strict branch (a named address needs consent: rows
6, 7 and 7x do not apply) and flagged UNCERTAIN. Rows 1, 1b and 2 exclude in every jurisdiction,
so they carry no UNCERTAIN flag.

Row 0 (no sender or no unsubscribe means) cannot be reached here: a `Campaign` cannot be built
without both (see compliance.campaign).

Speed: everything that does not depend on `today` or the campaign is computed once when a
`ContactFacts` is built; the suppression sets are normalised once; `decide` allocates nothing and
returns shared, precomputed `Decision` objects.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from .campaign import Campaign
from .emails import email_key, is_valid_email
from .fields import FLAGS, INDIRECT_SOURCE_TYPES, JURISDICTIONS
from .normalise import Unreadable, normalise_country
from .notices import render_notice
from .retention import RETENTION_YEARS, add_months, add_years, retention_end_from

try:  # IDNA 2008 (what email-validator uses); the stdlib codec is IDNA 2003, close enough.
    import idna as _idna
except ImportError:  # pragma: no cover - email-validator depends on idna
    _idna = None

# Sources bought, rented or received from a partner: for B2C contacts, consent recorded on such a
# list counts only with the seller's proof of consent to the transfer (RULES A, "Bought B2C").
THIRD_PARTY_LIST_TYPES = frozenset({"purchased", "rented", "partner"})
# Sources where we collected the data from the person ourselves.
DIRECT_SOURCE_TYPES = frozenset({"own_form", "trade_show", "customer"})

_RESOURCES = Path(__file__).resolve().parent.parent / "resources"
_TRAILING_DIGITS = re.compile(r"[0-9.]+$")
_COUNTRY_SUFFIX = re.compile(r"^(?P<base>.+)\.[a-z]{2}$")


# ---------------------------------------------------------------------------------------------
# Generic (role) addresses


@cache
def generic_local_parts() -> frozenset[str]:
    """The editable list `resources/generic_local_parts.txt`, read once."""
    text = (_RESOURCES / "generic_local_parts.txt").read_text(encoding="utf-8")
    parts = set()
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            parts.add(_canonical_local(entry))
    return frozenset(parts)


@cache
def _generic_starts() -> frozenset[str]:
    """The first three letters of each generic local part (the whole part when shorter)."""
    return frozenset(part[:3] for part in generic_local_parts())


def _canonical_local(local: str) -> str:
    """Lower-cased, without diacritics (försäljning = forsaljning), '-' and '_' read as '.'."""
    if local.isascii():  # the common case, ten times cheaper
        plain = local.lower()
    else:
        decomposed = unicodedata.normalize("NFKD", local.casefold())
        plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.replace("-", ".").replace("_", ".")


def is_generic_address(email: str) -> bool:
    """True for a company's role address (info@, kontakt@, commande@, info.fr@, sales2@, ...)."""
    local = email.rpartition("@")[0]
    if not local:
        return False
    local = _canonical_local(local.split("+", 1)[0])
    # Every form compared below is a prefix of `local`: most addresses are rejected by their
    # first letters (a million addresses are checked per export).
    starts = _generic_starts()
    if local[:3] not in starts and local[:2] not in starts and local[:1] not in starts:
        return False
    parts = generic_local_parts()
    if local in parts:
        return True
    trimmed = _TRAILING_DIGITS.sub("", local)
    if trimmed and trimmed in parts:
        return True
    # info.de, contact.uk, sales-fr: a role address with a country suffix.
    match = _COUNTRY_SUFFIX.match(trimmed or local)
    return bool(match and match.group("base") in parts)


# ---------------------------------------------------------------------------------------------
# IDN: the same address may be written with a Unicode or an ASCII (xn--) domain.


def _domain_forms(domain: str) -> tuple[str, ...]:
    """`domain` and, for an internationalised domain, its other spelling (Unicode / xn--)."""
    if domain.isascii() and "xn--" not in domain:
        return (domain,)
    forms = [domain]
    try:
        if _idna is not None:
            other = (
                _idna.encode(domain, uts46=True).decode("ascii")
                if not domain.isascii()
                else _idna.decode(domain)
            )
        else:  # pragma: no cover
            other = (
                domain.encode("idna").decode("ascii")
                if not domain.isascii()
                else domain.encode("ascii").decode("idna")
            )
        other = other.lower()
        if other != domain:
            forms.append(other)
    except (UnicodeError, ValueError):
        pass  # not a valid IDN: it can only match as written
    return tuple(forms)


def _address_forms(key: str) -> tuple[str, ...]:
    local, at, domain = key.rpartition("@")
    if not at:
        return (key,)
    return tuple(f"{local}@{form}" for form in _domain_forms(domain))


# ---------------------------------------------------------------------------------------------
# Decisions


@dataclass(frozen=True, slots=True)
class Decision:
    """The decision for one contact: `decision` is ALLOW, ALLOW_WITH_NOTICE or EXCLUDE.

    `basis` says which row allowed the contact ('generic', 'consent', 'soft_opt_in',
    'professional'; None when excluded); `reason_sentence` uses it.
    """

    decision: str
    reasons: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    # Not part of equality: Decision("ALLOW") equals any ALLOW decision, whatever row allowed it.
    basis: str | None = field(default=None, compare=False)

    @property
    def allowed(self) -> bool:
        return self.decision != "EXCLUDE"


_ART14 = 1
_UNCERTAIN = 2
_BASES = ("generic", "consent", "soft_opt_in", "professional")
# Outcome numbers; with the two flag bits they index the table of shared Decision objects.
_ALLOW = 0  # + basis index (0..3)
_WITH_NOTICE = 4  # + basis index (1..3; generic addresses never need a notice)
_NOTICE_MISSING = 8
_RETENTION = 9
_NO_CONSENT = 10
_TOPIC_UNRELATED = 11
_SUPPRESSED = 12
_DOMAIN_SUPPRESSED = 13
_INVALID = 14


def _build_table() -> tuple[Decision, ...]:
    table: list[Decision] = []
    for outcome in range(15):
        for bits in range(4):
            flags = tuple(
                name
                for bit, name in ((_ART14, "ART14_OVERDUE"), (_UNCERTAIN, "UNCERTAIN"))
                if bits & bit
            )
            if outcome < _WITH_NOTICE:
                decision = Decision("ALLOW", (), flags, _BASES[outcome])
            elif outcome < _NOTICE_MISSING:
                decision = Decision("ALLOW_WITH_NOTICE", (), flags, _BASES[outcome - _WITH_NOTICE])
            else:
                reasons = {
                    _NOTICE_MISSING: ("NOTICE_MISSING",),
                    _RETENTION: ("RETENTION_EXPIRED",),
                    _NO_CONSENT: ("NO_CONSENT",),
                    _TOPIC_UNRELATED: ("NO_CONSENT", "TOPIC_UNRELATED"),
                    _SUPPRESSED: ("SUPPRESSED",),
                    _DOMAIN_SUPPRESSED: ("DOMAIN_SUPPRESSED",),
                    _INVALID: ("INVALID_EMAIL",),
                }[outcome]
                decision = Decision("EXCLUDE", reasons, flags, None)
            table.append(decision)
    return tuple(table)


_TABLE = _build_table()
assert all(flag in FLAGS for d in _TABLE for flag in d.flags)
_SUPPRESSED_DECISION = _TABLE[_SUPPRESSED * 4]
_DOMAIN_SUPPRESSED_DECISION = _TABLE[_DOMAIN_SUPPRESSED * 4]
_INVALID_DECISION = _TABLE[_INVALID * 4]


# ---------------------------------------------------------------------------------------------
# The opt-out list


@dataclass(frozen=True)
class Suppression:
    """The opt-out list as decide() reads it: addresses, whole domains, SHA-256 and MD5 hashes.

    Entries are normalised once here: addresses and domains trimmed and lower-cased (and kept in
    both spellings when their domain is internationalised), domains without a leading '@',
    hashes as lower-case hex. Hashes are of the trimmed, lower-cased address.
    """

    emails: frozenset[str] = frozenset()
    domains: frozenset[str] = frozenset()
    sha256: frozenset[str] = frozenset()
    md5: frozenset[str] = frozenset()
    active: bool = field(init=False, repr=False, compare=False)
    # Domain -> DOMAIN_SUPPRESSED or None, filled by `check`: addresses share domains.
    _domain_hits: dict[str, Decision | None] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )
    _sha256_digests: frozenset[bytes] = field(init=False, repr=False, compare=False)
    _md5_digests: frozenset[bytes] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        emails = {
            form for raw in self.emails if raw and raw.strip() for form in _address_forms(_key(raw))
        }
        domains = {
            form
            for raw in self.domains
            if raw and raw.strip().lstrip("@").strip(". ")
            for form in _domain_forms(raw.strip().lstrip("@").strip(". ").lower())
        }
        object.__setattr__(self, "emails", frozenset(emails))
        object.__setattr__(self, "domains", frozenset(domains))
        object.__setattr__(self, "sha256", _hex_set(self.sha256))
        object.__setattr__(self, "md5", _hex_set(self.md5))
        object.__setattr__(
            self, "active", bool(self.emails or self.domains or self.sha256 or self.md5)
        )
        # The hashes as bytes for `check`: comparing digests spares a hex string per address.
        object.__setattr__(self, "_sha256_digests", _digest_set(self.sha256, 32))
        object.__setattr__(self, "_md5_digests", _digest_set(self.md5, 16))

    @classmethod
    def from_entries(cls, entries: Iterable[tuple[str, str]]) -> Suppression:
        """From `(kind, value)` rows, kind being 'email', 'domain', 'sha256' or 'md5'."""
        sets: dict[str, set[str]] = {"email": set(), "domain": set(), "sha256": set(), "md5": set()}
        for kind, value in entries:
            if kind not in sets:
                raise ValueError(f"Unknown opt-out entry kind {kind!r}.")
            sets[kind].add(value)
        return cls(
            frozenset(sets["email"]),
            frozenset(sets["domain"]),
            frozenset(sets["sha256"]),
            frozenset(sets["md5"]),
        )

    def matches(self, email: str) -> str | None:
        """'SUPPRESSED', 'DOMAIN_SUPPRESSED' or None for an address (in any case or spacing)."""
        key = _key(email)
        forms = _address_forms(key)
        hit = self._hit(key, forms[1] if len(forms) > 1 else None, key.rpartition("@")[2])
        return None if hit is None else hit.reasons[0]

    def check(self, key: str) -> Decision | None:
        """Rows 1 and 1b for a stored address key (trimmed, lower-cased), exactly as decide()
        applies them; written for a million calls (the export's)."""
        if not self.active:
            return None
        domain = key[key.rfind("@") + 1 :]
        if not domain.isascii() or "xn--" in domain:
            # An internationalised domain (rare): both spellings, as decide() does.
            forms = _address_forms(key)
            return self._hit(key, forms[1] if len(forms) > 1 else None, domain)
        if key in self.emails:
            return _SUPPRESSED_DECISION
        sha256, md5 = self._sha256_digests, self._md5_digests
        if sha256 or md5:
            data = key.encode("utf-8")
            if sha256 and _sha256(data).digest() in sha256:
                return _SUPPRESSED_DECISION
            if md5 and _md5(data, usedforsecurity=False).digest() in md5:
                return _SUPPRESSED_DECISION
        if not self.domains:
            return None
        hit = self._domain_hits.get(domain, _UNKNOWN)
        if hit is _UNKNOWN:
            hit = self._domain_hits[domain] = self._domain_hit(domain)
        return hit  # type: ignore[return-value]

    def _hit(self, key: str, alt_key: str | None, domain: str) -> Decision | None:
        if key in self.emails:
            return _SUPPRESSED_DECISION
        # Hashing costs a microsecond or two per address: only when there are hashes to match.
        if self.sha256 or self.md5:
            for candidate in (key, alt_key):
                if candidate is None:
                    continue
                data = candidate.encode("utf-8")
                if self.sha256 and hashlib.sha256(data).hexdigest() in self.sha256:
                    return _SUPPRESSED_DECISION
                if self.md5 and hashlib.md5(data, usedforsecurity=False).hexdigest() in self.md5:
                    return _SUPPRESSED_DECISION
        if self.domains:
            return self._domain_hit(domain)
        return None

    def _domain_hit(self, domain: str) -> Decision | None:
        # An opt-out of a domain covers its subdomains too (mail.example.com under
        # example.com): judged strictly, the company asked not to be written to.
        while True:
            if domain in self.domains:
                return _DOMAIN_SUPPRESSED_DECISION
            dot = domain.find(".")
            if dot < 0:
                return None
            domain = domain[dot + 1 :]


def _key(raw: str) -> str:
    return email_key(raw)


def _hex_set(values: Iterable[str]) -> frozenset[str]:
    return frozenset(v.strip().lower() for v in values if v and v.strip())


def _digest_set(hexes: Iterable[str], size: int) -> frozenset[bytes]:
    """The entries that are hex digests of `size` bytes (others can match no address)."""
    out = set()
    for text in hexes:
        if len(text) == 2 * size:
            try:
                out.add(bytes.fromhex(text))
            except ValueError:
                pass
    return frozenset(out)


_sha256 = hashlib.sha256
_md5 = hashlib.md5
_UNKNOWN = object()


NO_SUPPRESSION = Suppression()


# ---------------------------------------------------------------------------------------------
# The facts about one contact


@dataclass(frozen=True, slots=True)
class ContactFacts:
    """Everything decide() needs to know about one contact (plain values, no database ids).

    `email` is the stored (normalised) address. `email_valid` and the generic-address test are
    computed from it unless given. `source_types`/`source_names` are those of every source the
    contact came from. `collected_at_sale`: the address was collected by us at a sale, with an
    opt-out offered then (defaults to the contact having a `customer` source).
    `transfer_consent_proof`: for a bought B2C list, the seller's proof that the person consented
    to the transfer to partners with our company or sector named.
    """

    # Personal data stays out of repr(): a repr ends up in tracebacks and logs.
    email: str = field(repr=False)
    email_valid: bool | None = None
    country: str | None = None
    audience: str | None = None
    sole_trader: bool | None = None
    lawful_basis: str | None = None
    consent_date: dt.date | None = None
    consent_source: str | None = field(default=None, repr=False)
    consent_withdrawn_on: dt.date | None = None
    customer_since: dt.date | None = None
    last_purchase_date: dt.date | None = None
    product_category: str | None = None
    collected_at_sale: bool | None = None
    informed_at_collection: bool | None = None
    source_types: frozenset[str] = frozenset()
    source_names: tuple[str, ...] = field(default=(), repr=False)
    collected_on: dt.date | None = None
    last_inbound_contact_date: dt.date | None = None
    notice_sent_date: dt.date | None = None
    job_function: str | None = None
    transfer_consent_proof: bool = False
    generic_override: bool | None = None

    # Derived once, in __post_init__ (never passed in).
    is_generic: bool = field(init=False, compare=False)
    email_key: str = field(init=False, repr=False, compare=False)
    alt_email_key: str | None = field(init=False, repr=False, compare=False)
    domain: str = field(init=False, repr=False, compare=False)
    country_code: str = field(init=False, repr=False, compare=False)
    retention_end: dt.date | None = field(init=False, repr=False, compare=False)
    art14_due: dt.date | None = field(init=False, repr=False, compare=False)
    indirect: bool = field(init=False, repr=False, compare=False)
    consent_proven: bool = field(init=False, repr=False, compare=False)
    soft_opt_in_key: str = field(init=False, repr=False, compare=False)
    b2b: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        put = object.__setattr__
        if not isinstance(self.source_types, frozenset):
            put(self, "source_types", frozenset(self.source_types))
        key = email_key(self.email)
        forms = _address_forms(key)
        put(self, "email_key", key)
        put(self, "alt_email_key", forms[1] if len(forms) > 1 else None)
        put(self, "domain", key.rpartition("@")[2])
        if self.email_valid is None:
            put(self, "email_valid", is_valid_email(self.email))
        generic = (
            is_generic_address(key) if self.generic_override is None else self.generic_override
        )
        put(self, "is_generic", generic)
        put(self, "country_code", (self.country or "").strip().upper())
        put(
            self,
            "retention_end",
            retention_end_from(
                is_generic=generic,
                collected_on=self.collected_on,
                last_inbound_contact_date=self.last_inbound_contact_date,
                last_purchase_date=self.last_purchase_date,
                customer_since=self.customer_since,
            ),
        )
        put(
            self,
            "art14_due",
            None if self.collected_on is None else add_months(self.collected_on, 1),
        )
        types = self.source_types
        put(
            self,
            "indirect",
            bool(types & INDIRECT_SOURCE_TYPES) or self.informed_at_collection is False,
        )
        b2b = (self.audience or "").strip().lower() == "b2b"
        put(self, "b2b", b2b)
        put(self, "consent_proven", self._consent_proven(b2b))
        at_sale = "customer" in types if self.collected_at_sale is None else self.collected_at_sale
        ready = (
            at_sale
            and self.informed_at_collection is True
            and self.last_purchase_date is not None
            and bool((self.product_category or "").strip())
        )
        put(
            self,
            "soft_opt_in_key",
            (self.product_category or "").strip().casefold() if ready else "",
        )

    def _consent_proven(self, b2b: bool) -> bool:
        """Consent with proof (a date AND a source), not withdrawn since; for a bought B2C list,
        only with the seller's proof of consent to the transfer."""
        if self.consent_date is None or not (self.consent_source or "").strip():
            return False
        withdrawn = self.consent_withdrawn_on
        if withdrawn is not None and withdrawn >= self.consent_date:
            return False
        types = self.source_types
        bought_only = bool(types & THIRD_PARTY_LIST_TYPES) and not (types & DIRECT_SOURCE_TYPES)
        # Unknown audience is judged as B2C here: the strict reading.
        return not (bought_only and not b2b and not self.transfer_consent_proof)


# ---------------------------------------------------------------------------------------------
# The decision


def decide(
    contact: ContactFacts,
    campaign: Campaign,
    today: dt.date,
    suppression: Suppression = NO_SUPPRESSION,
) -> Decision:
    """The decision for `contact` receiving `campaign` on `today` (RULES.md section A)."""
    # Rows 1 and 1b.
    if suppression.active:
        hit = suppression._hit(contact.email_key, contact.alt_email_key, contact.domain)
        if hit is not None:
            return hit
    # Row 2.
    if not contact.email_valid:
        return _INVALID_DECISION

    country = contact.country_code
    if not country:
        jurisdiction = campaign.jurisdiction
        bits = 0
    elif country == "FR" or country == "SE":
        jurisdiction = country
        bits = 0
    else:
        jurisdiction = ""  # another country: the strict branch
        bits = _UNCERTAIN

    # Row 4 (generic addresses are not personal data: no retention, no notice).
    if contact.is_generic:
        return _TABLE[bits]
    # Row 3.
    end = contact.retention_end
    if end is not None and today >= end:
        return _TABLE[_RETENTION * 4 + bits]
    # Row 5.
    if contact.consent_proven and contact.consent_date <= today:  # type: ignore[operator]
        basis = 1
    elif not jurisdiction:
        return _TABLE[_NO_CONSENT * 4 + bits]
    # Row 6.
    elif contact.soft_opt_in_key and contact.soft_opt_in_key == campaign.product_key:
        basis = 2
    # Rows 7 and 7x (a Swedish sole trader is a natural person: row 8).
    elif contact.b2b and not (jurisdiction == "SE" and contact.sole_trader):
        if contact.job_function not in campaign.related_functions:
            return _TABLE[_TOPIC_UNRELATED * 4 + bits]
        basis = 3
        if jurisdiction == "SE":
            bits |= _UNCERTAIN
    # Row 8.
    else:
        return _TABLE[_NO_CONSENT * 4 + bits]

    # The art. 14 notice step.
    if contact.indirect:
        sent = contact.notice_sent_date
        if sent is None or sent > today:
            due = contact.art14_due
            if due is None or today > due:
                bits |= _ART14
            if campaign.notice is None:
                return _TABLE[_NOTICE_MISSING * 4 + bits]
            return _TABLE[(_WITH_NOTICE + basis) * 4 + bits]
    return _TABLE[basis * 4 + bits]


# ---------------------------------------------------------------------------------------------
# Deciding many contacts at once: which dates matter, and how much of them


def date_cutoffs(today: dt.date) -> dict[str, tuple[dt.date, ...]]:
    """For each date of a contact that decide() reads, the days it is compared with on `today`.

    decide() uses a contact's dates only to compare them with these days (retention: the start
    of the period against the last day that has expired; art. 14: the collection against the
    last day whose month has passed; consent and notice against today) and with each other in
    ways that give the same answer for any two dates on the same side of every cutoff (see
    `representative_date`). So two contacts that differ only by dates between the same cutoffs
    get the same decision, which lets a million contacts be decided as a few thousand groups.
    `consent_withdrawn_on` is compared only with `consent_date`: it is not listed here.
    tests/unit/test_clearance_groups.py checks decide() against this on random contacts.
    """
    expired = _last_day(
        today, lambda day: add_years(day, RETENTION_YEARS) <= today, years=RETENTION_YEARS
    )
    overdue = _last_day(today, lambda day: today > add_months(day, 1), years=0)
    return {
        "consent_date": (today,),
        "customer_since": (expired,),
        "last_purchase_date": (expired,),
        "last_inbound_contact_date": (expired,),
        "collected_on": tuple(sorted({expired, overdue})),
        "notice_sent_date": (today,),
    }


def _last_day(today: dt.date, holds: Callable[[dt.date], bool], *, years: int) -> dt.date:
    """The last day `holds` is true of, `holds` being true up to some day and false after it:
    searched day by day near the answer (add_years/add_months clamp month ends, so the answer
    is found with the same functions decide() uses, not by date arithmetic)."""
    one = dt.timedelta(days=1)
    day = add_years(today, -years)
    while holds(day + one):
        day += one
    while not holds(day):
        day -= one
    return day


def representative_date(day: dt.date | None, cutoffs: tuple[dt.date, ...]) -> dt.date | None:
    """A stand-in for `day` on the same side of (or equal to) every cutoff: the cutoff itself,
    or the day before the first cutoff, or the day after the cutoff just below."""
    if day is None:
        return None
    below = None
    for cutoff in cutoffs:
        if day < cutoff:
            return cutoff - dt.timedelta(days=1) if below is None else below + dt.timedelta(days=1)
        if day == cutoff:
            return cutoff
        below = cutoff
    assert below is not None, "no cutoffs"
    return below + dt.timedelta(days=1)


def grouped_facts(contact: ContactFacts, today: dt.date) -> ContactFacts:
    """`contact` with only what decide() distinguishes on `today`: each date replaced by its
    `representative_date`, the withdrawal by "on or after the consent" (or nothing), the consent
    source by whether there is one, and what decide() does not read in that contact's case
    dropped: the lawful basis; a country other than FR and SE written as XX; the job function
    and sole-trader mark of anyone not B2B; the product category unless a soft opt-in could
    apply (informed, with a purchase); the customer-since date when there is a last purchase.
    decide() answers the same for both; storage.export groups contacts by these values in SQL.
    The language, the jurisdiction, the soft opt-in and professional reason sentences and the
    notice come out the same too; the consent sentence quotes the real consent: read it as
    stored."""
    cuts = date_cutoffs(today)
    b2b = contact.b2b
    may_soft = contact.informed_at_collection is True and contact.last_purchase_date is not None
    country = contact.country
    if country and len(country) == 2 and all("A" <= ch <= "Z" for ch in country):
        country = country if country in JURISDICTIONS else "XX"  # any other: the strict branch
    consent = representative_date(contact.consent_date, cuts["consent_date"])
    withdrawn = contact.consent_withdrawn_on
    after = (
        withdrawn is not None
        and contact.consent_date is not None
        and withdrawn >= contact.consent_date
    )
    return replace(
        contact,
        lawful_basis=None,
        country=country,
        job_function=contact.job_function if b2b else None,
        sole_trader=contact.sole_trader if b2b else None,
        product_category=contact.product_category if may_soft else None,
        consent_date=consent,
        consent_source="x" if (contact.consent_source or "").strip() else None,
        consent_withdrawn_on=consent if after else None,
        customer_since=None
        if contact.last_purchase_date is not None
        else representative_date(contact.customer_since, cuts["customer_since"]),
        last_purchase_date=representative_date(
            contact.last_purchase_date, cuts["last_purchase_date"]
        ),
        last_inbound_contact_date=representative_date(
            contact.last_inbound_contact_date, cuts["last_inbound_contact_date"]
        ),
        collected_on=representative_date(contact.collected_on, cuts["collected_on"]),
        notice_sent_date=representative_date(contact.notice_sent_date, cuts["notice_sent_date"]),
    )


def contact_jurisdiction(contact: ContactFacts, campaign: Campaign) -> str:
    """FR or SE: the law a contact's notice and complaint authority follow (the campaign's for
    contacts with no country or in another country)."""
    code = contact.country_code
    return code if code in JURISDICTIONS else campaign.jurisdiction


def message_language(contact: ContactFacts, campaign: Campaign) -> str:
    """'fr', 'sv' or 'en': the language to write to a contact in."""
    code = contact.country_code
    if not code:
        code = campaign.jurisdiction
    return {"FR": "fr", "SE": "sv"}.get(code, "en")


def notice_text(contact: ContactFacts, campaign: Campaign, unsubscribe: str) -> str | None:
    """The campaign's first-contact notice filled in for `contact` (None when the campaign has
    none): the contact's sources, the sender, the contact's own unsubscribe link, and the
    complaint authority of the contact's jurisdiction in the contact's language."""
    if campaign.notice is None:
        return None
    names = [name.strip() for name in contact.source_names if name and name.strip()]
    return render_notice(
        campaign.notice,
        "; ".join(dict.fromkeys(names)),
        campaign.sender,
        unsubscribe,
        jurisdiction=contact_jurisdiction(contact, campaign),
        language=message_language(contact, campaign),
    )


# ---------------------------------------------------------------------------------------------
# Building facts from stored fields


def _as_date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value).strip()[:10])


def _as_bool(value: object) -> bool | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("yes", "1", "true", "y", "oui", "ja"):
        return True
    if text in ("no", "0", "false", "n", "non", "nej"):
        return False
    return None


def _as_country(value: object) -> str | None:
    """ISO code from a code or a country name; an unreadable value is kept as it is, which
    decide() treats as another country (strict branch, UNCERTAIN)."""
    try:
        return normalise_country(value)
    except Unreadable:
        return _as_text(value)


def _as_text(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def facts_from_fields(
    fields: Mapping[str, object],
    *,
    source_types: Iterable[str] = (),
    source_names: Iterable[str] = (),
    email_valid: bool | None = None,
    consent_withdrawn_on: dt.date | None = None,
    collected_at_sale: bool | None = None,
    transfer_consent_proof: bool = False,
) -> ContactFacts:
    """ContactFacts from a stored contact's fields (CONTRACT.md section 2 names; dates as ISO
    text or date objects; yes/no as text or bool)."""
    return ContactFacts(
        email=str(fields.get("email") or ""),
        email_valid=email_valid,
        country=_as_country(fields.get("country")),
        audience=_as_text(fields.get("audience")),
        sole_trader=_as_bool(fields.get("sole_trader")),
        lawful_basis=_as_text(fields.get("lawful_basis")),
        consent_date=_as_date(fields.get("consent_date")),
        consent_source=_as_text(fields.get("consent_source")),
        consent_withdrawn_on=consent_withdrawn_on,
        customer_since=_as_date(fields.get("customer_since")),
        last_purchase_date=_as_date(fields.get("last_purchase_date")),
        product_category=_as_text(fields.get("product_category")),
        collected_at_sale=collected_at_sale,
        informed_at_collection=_as_bool(fields.get("informed_at_collection")),
        source_types=frozenset(source_types),
        source_names=tuple(source_names),
        collected_on=_as_date(fields.get("collected_on")),
        last_inbound_contact_date=_as_date(fields.get("last_inbound_contact_date")),
        notice_sent_date=_as_date(fields.get("notice_sent_date")),
        job_function=_as_text(fields.get("job_function")),
        transfer_consent_proof=transfer_consent_proof,
    )


# ---------------------------------------------------------------------------------------------
# Why the person receives the message (RULES.md section B)

_MONTHS = {
    "en": (
        "January February March April May June July August September October November December"
    ).split(),
    "fr": (
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
    ).split(),
    "sv": (
        "januari februari mars april maj juni juli augusti september oktober november december"
    ).split(),
}

_FUNCTION_LABELS = {
    "en": {
        "executive": "management",
        "sales": "sales",
        "marketing": "marketing",
        "hr": "human resources",
        "finance": "finance",
        "it": "IT",
        "operations": "operations",
        "purchasing": "purchasing",
        "legal": "legal affairs",
        "engineering": "engineering",
        "customer_service": "customer service",
    },
    "fr": {
        "executive": "direction générale",
        "sales": "commercial",
        "marketing": "marketing",
        "hr": "ressources humaines",
        "finance": "finance",
        "it": "informatique",
        "operations": "opérations",
        "purchasing": "achats",
        "legal": "juridique",
        "engineering": "ingénierie",
        "customer_service": "service client",
    },
    "sv": {
        "executive": "företagsledning",
        "sales": "försäljning",
        "marketing": "marknadsföring",
        "hr": "personal och HR",
        "finance": "ekonomi",
        "it": "IT",
        "operations": "drift och verksamhet",
        "purchasing": "inköp",
        "legal": "juridik",
        "engineering": "teknik",
        "customer_service": "kundtjänst",
    },
}

_SENTENCES = {
    "en": {
        "generic": (
            "You are receiving this message at this company address because our offer concerns "
            "your organisation's activity."
        ),
        "consent": (
            "You are receiving this message because you agreed to receive our offers on {date} "
            "({source})."
        ),
        "soft_opt_in": (
            "You are receiving this message because you bought from us ({category}) and did not "
            "refuse, when you did, to receive our offers for similar products and services."
        ),
        "professional": (
            "You are receiving this message because its subject relates to your professional "
            "role{function}."
        ),
    },
    "fr": {
        "generic": (
            "Vous recevez ce message à cette adresse générique de votre entreprise, car notre "
            "offre concerne l'activité de votre organisation."
        ),
        "consent": (
            "Vous recevez ce message parce que vous avez accepté de recevoir nos offres le {date} "
            "({source})."
        ),
        "soft_opt_in": (
            "Vous recevez ce message parce que vous avez effectué un achat auprès de nous "
            "({category}) et que vous n'avez pas refusé, à cette occasion, de recevoir nos offres "
            "portant sur des produits ou services analogues."
        ),
        "professional": (
            "Vous recevez ce message parce que son objet est en rapport avec vos fonctions "
            "professionnelles{function}."
        ),
    },
    "sv": {
        "generic": (
            "Du får det här meddelandet på företagets gemensamma adress eftersom vårt erbjudande "
            "rör er verksamhet."
        ),
        "consent": (
            "Du får det här meddelandet eftersom du den {date} samtyckte till att ta emot våra "
            "erbjudanden ({source})."
        ),
        "soft_opt_in": (
            "Du får det här meddelandet eftersom du har handlat av oss ({category}) och inte "
            "tackade nej, när du handlade, till erbjudanden om liknande produkter och tjänster."
        ),
        "professional": (
            "Du får det här meddelandet eftersom innehållet rör din yrkesroll{function}."
        ),
    },
}


def _long_date(day: dt.date, language: str) -> str:
    month = _MONTHS[language][day.month - 1]
    if language == "en":
        return f"{day.day} {month} {day.year}"
    if language == "fr" and day.day == 1:
        return f"1er {month} {day.year}"
    return f"{day.day} {month} {day.year}"


def reason_sentence(
    decision: Decision, contact: ContactFacts, campaign: Campaign, language: str
) -> str:
    """The sentence telling the person why they receive this message, in 'en', 'fr' or 'sv'.

    Only for contacts who receive the campaign (ALLOW or ALLOW_WITH_NOTICE).
    """
    if language not in _SENTENCES:
        raise ValueError(f"No reason sentences in language {language!r}.")
    if not decision.allowed or decision.basis is None:
        raise ValueError("An excluded contact receives no message and needs no reason.")
    template = _SENTENCES[language][decision.basis]
    if decision.basis == "consent":
        assert contact.consent_date is not None
        return template.format(
            date=_long_date(contact.consent_date, language),
            source=(contact.consent_source or "").strip(),
        )
    if decision.basis == "soft_opt_in":
        category = (contact.product_category or campaign.product_category or "").strip()
        return template.format(category=category)
    if decision.basis == "professional":
        label = _FUNCTION_LABELS[language].get(contact.job_function or "")
        return template.format(function=f" ({label})" if label else "")
    return template
