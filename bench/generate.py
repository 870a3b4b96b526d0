"""Deterministic generator of realistic fake prospects (French, Swedish, British and a few more).

    python -m bench.generate 1000000 prospects.csv [--seed 42] [--dirty 0.08]
                             [--delimiter ";"] [--encoding cp1252]
    python -m bench.generate 50000 prospects.xlsx

Rows are keyed by the contract's field names (CONTACT_FIELDS minus `job_function` and
`seniority`, which the app derives from `job_title`). The clean rows are distinct contacts with
distinct addresses; a `dirty` share of rows carries the mess real lists carry: padded or
upper-case addresses, exact and case-variant duplicates of earlier rows, invalid and blank
addresses, blank fields, stray spaces in names.

Speed: everything that costs (names folded to ASCII, weighted choices, whole "tails" of
consent/customer/date fields) is precomputed into power-of-two pools, so a row is one or two
`getrandbits` calls sliced into pool indexes. Same n, seed and dirty give byte-identical output,
and the first k rows of n are the rows of k.

The app imports this module for its demo workspace, so module import stays cheap: pools are
built on first use and openpyxl is imported only by `write_xlsx`.
"""

from __future__ import annotations

import csv
import random
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from bench.fakedata import companies as co
from bench.fakedata import names as nm
from bench.fakedata import titles as ti
from compliance.fields import CONTACT_FIELDS, DATE_FIELDS

# job_function and seniority are left out on purpose: the app derives them from job_title.
COLUMNS: tuple[str, ...] = tuple(
    f for f in CONTACT_FIELDS if f not in ("job_function", "seniority")
)
_HEAD = (
    "email",
    "first_name",
    "last_name",
    "company",
    "job_title",
    "phone",
    "country",
    "audience",
    "sole_trader",
)
_TAIL = COLUMNS[len(_HEAD) :]
# A row is the head fields then a precomputed tail dict: the contract's order must allow it.
assert COLUMNS[: len(_HEAD)] == _HEAD, "contract field order changed: update _HEAD"

DEFAULT_DIRTY = 0.08
DEMO_SEED = 2024
DEMO_DIRTY = 0.02
# Excel's sheet holds 1,048,576 rows, one of them the header.
XLSX_MAX_ROWS = 1_048_575

# Dates fall in a fixed window (never "today") so that output does not depend on the clock.
_DAY_FIRST = date(2020, 1, 1).toordinal()
_DAY_LAST = date(2026, 9, 30).toordinal()

_TAIL_BITS = 11  # 2048 precomputed tails per (language, audience group)
_RING_BITS = 12  # duplicates copy one of 4096 kept earlier clean rows


# --------------------------------------------------------------------------------------------
# Small helpers


_FOLD_EXTRA = str.maketrans(
    {"æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O", "ß": "ss", "ð": "d"}
)


def ascii_fold(text: str) -> str:
    """Lower-case ASCII form of a name, for addresses: 'Hélène' -> 'helene', "O'Brien" -> 'obrien'.

    Letters, digits and hyphens survive; spaces and apostrophes go ('Le Goff' -> 'legoff').
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD_EXTRA))
    return "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c == "-")).lower()


def _expand(items: Sequence[Any], bits: int) -> tuple[Any, ...]:
    """A pool of 2**bits entries spreading items evenly, so that pool[random bits] picks one."""
    size = 1 << bits
    return tuple(items[i * len(items) >> bits] for i in range(size))


def _weighted(pairs: Iterable[tuple[Any, float]], bits: int) -> tuple[Any, ...]:
    """A pool of 2**bits entries where each value appears in proportion to its weight."""
    pairs = list(pairs)
    total = sum(w for _, w in pairs)
    size = 1 << bits
    pool: list[Any] = []
    acc = 0.0
    for value, weight in pairs:
        acc += weight
        pool.extend([value] * (round(acc / total * size) - len(pool)))
    assert len(pool) == size
    return tuple(pool)


def _pick(rng: random.Random, pool: Sequence[Any]) -> Any:
    return pool[int(rng.random() * len(pool))]


# --------------------------------------------------------------------------------------------
# Phone formats: each takes 9 random digits, the first never 0 or 1 (no real number starts so).

_Phone = Callable[[str], str] | None


_FR_MOBILE: tuple[tuple[_Phone, int], ...] = (
    (lambda d: f"06 {d[0:2]} {d[2:4]} {d[4:6]} {d[6:8]}", 30),
    (lambda d: f"+33 6 {d[0:2]} {d[2:4]} {d[4:6]} {d[6:8]}", 20),
    (lambda d: f"07 {d[0:2]} {d[2:4]} {d[4:6]} {d[6:8]}", 10),
    (lambda d: f"+33 7 {d[0:2]} {d[2:4]} {d[4:6]} {d[6:8]}", 6),
    (lambda d: f"06{d[:8]}", 10),
    (lambda d: f"+336{d[:8]}", 6),
    (lambda d: f"06.{d[0:2]}.{d[2:4]}.{d[4:6]}.{d[6:8]}", 6),
    (lambda d: f"+33 (0)6 {d[0:2]} {d[2:4]} {d[4:6]} {d[6:8]}", 4),
)
_FR_LANDLINE: tuple[tuple[_Phone, int], ...] = (
    (lambda d: f"01 {d[0:2]} {d[2:4]} {d[4:6]} {d[6:8]}", 30),
    (lambda d: f"04 {d[0:2]} {d[2:4]} {d[4:6]} {d[6:8]}", 15),
    (lambda d: f"02 {d[0:2]} {d[2:4]} {d[4:6]} {d[6:8]}", 10),
    (lambda d: f"05 {d[0:2]} {d[2:4]} {d[4:6]} {d[6:8]}", 10),
    (lambda d: f"03 {d[0:2]} {d[2:4]} {d[4:6]} {d[6:8]}", 10),
    (lambda d: f"+33 1 {d[0:2]} {d[2:4]} {d[4:6]} {d[6:8]}", 15),
    (lambda d: f"09{d[:8]}", 10),
)
_SE_MOBILE: tuple[tuple[_Phone, int], ...] = (
    (lambda d: f"070-{d[0:3]} {d[3:5]} {d[5:7]}", 30),
    (lambda d: f"+46 70 {d[0:3]} {d[3:5]} {d[5:7]}", 20),
    (lambda d: f"073-{d[0:3]} {d[3:5]} {d[5:7]}", 12),
    (lambda d: f"076 {d[0:3]} {d[3:5]} {d[5:7]}", 10),
    (lambda d: f"072{d[:7]}", 10),
    (lambda d: f"+4679{d[:7]}", 8),
    (lambda d: f"+46 (0)70 {d[0:3]} {d[3:5]} {d[5:7]}", 4),
)
_SE_LANDLINE: tuple[tuple[_Phone, int], ...] = (
    (lambda d: f"08-{d[0:3]} {d[3:6]} {d[6:8]}", 40),
    (lambda d: f"+46 8 {d[0:3]} {d[3:6]} {d[6:8]}", 20),
    (lambda d: f"031-{d[0:2]} {d[2:4]} {d[4:6]}", 15),
    (lambda d: f"040-{d[0:2]} {d[2:4]} {d[4:6]}", 12),
    (lambda d: f"018-{d[0:2]} {d[2:4]} {d[4:6]}", 8),
)
_GB_MOBILE: tuple[tuple[_Phone, int], ...] = (
    (lambda d: f"07700 900{d[0:3]}", 5),  # Ofcom's range for fiction
    (lambda d: f"07{d[0:3]} {d[3:9]}", 35),
    (lambda d: f"+44 7{d[0:3]} {d[3:9]}", 25),
    (lambda d: f"+447{d[:9]}", 10),
    (lambda d: f"07{d[:9]}", 10),
)
_GB_LANDLINE: tuple[tuple[_Phone, int], ...] = (
    (lambda d: f"+44 20 7946 {d[0:4]}", 15),
    (lambda d: f"020 7{d[0:3]} {d[3:7]}", 30),
    (lambda d: f"+44 20 7{d[0:3]} {d[3:7]}", 15),
    (lambda d: f"0161 {d[0:3]} {d[3:7]}", 15),
    (lambda d: f"0113 {d[0:3]} {d[3:7]}", 10),
    (lambda d: f"+44 121 {d[0:3]} {d[3:7]}", 10),
)
_BE_PHONES = ((lambda d: f"+32 4{d[0:2]} {d[2:4]} {d[4:6]} {d[6:8]}", 1),)
_CH_PHONES = ((lambda d: f"+41 79 {d[0:3]} {d[3:5]} {d[5:7]}", 1),)
_NO_PHONES = ((lambda d: f"+47 9{d[0:2]} {d[2:4]} {d[4:7]}", 1),)
_DK_PHONES = ((lambda d: f"+45 2{d[0]} {d[1:3]} {d[3:5]} {d[5:7]}", 1),)
_DE_PHONES = (
    (lambda d: f"+49 151 {d[0:8]}", 2),
    (lambda d: f"0171 {d[0:7]}", 1),
    (lambda d: f"+49 30 {d[0:8]}", 1),
)


def _phone_pool(formats: Sequence[tuple[_Phone, int]], blank: float) -> tuple[_Phone, ...]:
    total = sum(w for _, w in formats)
    pairs: list[tuple[_Phone, float]] = [(f, w / total * (1 - blank)) for f, w in formats]
    pairs.append((None, blank))
    return _weighted(pairs, 6)


# --------------------------------------------------------------------------------------------
# Languages and countries


@dataclass(frozen=True, slots=True)
class _Lang:
    code: str
    first_f: tuple[str, ...]
    first_m: tuple[str, ...]
    last: tuple[str, ...]
    titles: tuple[tuple[str, str], ...]  # native titles as (masculine, feminine)
    foreign_titles: float  # share of English titles among this language's people
    owner_titles: tuple[tuple[str, str], ...]
    sectors: tuple[str, ...]
    brand_heads: tuple[str, ...]
    brand_tails: tuple[str, ...]
    places: tuple[str, ...]
    name_patterns: tuple[tuple[str, int], ...]
    sole_patterns: tuple[tuple[str, int], ...]
    generic: tuple[str, ...]
    providers: tuple[tuple[str, int], ...]
    consent_sources: tuple[str, ...]
    consent_wordings: tuple[str, ...]
    consent_methods: tuple[str, ...]
    notes: tuple[str, ...]
    informed: tuple[tuple[str, int], ...]
    dmy_share: float  # share of DD/MM/YYYY dates in this language's rows


def _same(titles: Iterable[str]) -> tuple[tuple[str, str], ...]:
    return tuple((t, t) for t in titles)


_EN_COMMON = dict(
    titles=_same(ti.EN_TITLES),
    foreign_titles=0.0,
    owner_titles=_same(ti.EN_OWNER_TITLES),
    sectors=co.EN_SECTORS,
    brand_heads=co.EN_BRAND_HEADS,
    brand_tails=co.EN_BRAND_TAILS,
    places=co.EN_PLACES,
    name_patterns=co.EN_NAME_PATTERNS,
    sole_patterns=(("{F} {L} {S}", 3), ("{L} {S} Services", 2), ("{F} {L}", 1)),
    generic=co.EN_GENERIC,
    providers=co.EN_PROVIDERS,
    consent_sources=co.EN_CONSENT_SOURCES,
    consent_wordings=co.EN_CONSENT_WORDINGS,
    consent_methods=co.EN_CONSENT_METHODS,
    notes=co.EN_NOTES,
    informed=(("", 50), ("yes", 30), ("no", 20)),
    dmy_share=0.3,
)

_LANGS: dict[str, _Lang] = {
    "fr": _Lang(
        code="fr",
        first_f=nm.FR_FIRST_F,
        first_m=nm.FR_FIRST_M,
        last=nm.FR_LAST,
        titles=ti.FR_TITLES,
        foreign_titles=0.22,
        owner_titles=ti.FR_OWNER_TITLES,
        sectors=co.FR_SECTORS,
        brand_heads=co.FR_BRAND_HEADS,
        brand_tails=co.FR_BRAND_TAILS,
        places=co.FR_PLACES,
        name_patterns=co.FR_NAME_PATTERNS,
        sole_patterns=(("{F} {L} EI", 3), ("{L} {S}", 3), ("{F} {L}", 2), ("{S} {L}", 2)),
        generic=co.FR_GENERIC,
        providers=co.FR_PROVIDERS,
        consent_sources=co.FR_CONSENT_SOURCES,
        consent_wordings=co.FR_CONSENT_WORDINGS,
        consent_methods=co.FR_CONSENT_METHODS,
        notes=co.FR_NOTES,
        informed=(("", 45), ("yes", 15), ("oui", 20), ("no", 20)),
        dmy_share=0.45,
    ),
    "sv": _Lang(
        code="sv",
        first_f=nm.SV_FIRST_F,
        first_m=nm.SV_FIRST_M,
        last=nm.SV_LAST,
        titles=_same(ti.SV_TITLES),
        foreign_titles=0.35,
        owner_titles=_same(ti.SV_OWNER_TITLES),
        sectors=co.SV_SECTORS,
        brand_heads=co.SV_BRAND_HEADS,
        brand_tails=co.SV_BRAND_TAILS,
        places=co.SV_PLACES,
        name_patterns=co.SV_NAME_PATTERNS,
        sole_patterns=(("{Ls} {S}", 4), ("{F} {L} {S}", 2), ("{Fs} {S}", 2), ("{F} {L}", 1)),
        generic=co.SV_GENERIC,
        providers=co.SV_PROVIDERS,
        consent_sources=co.SV_CONSENT_SOURCES,
        consent_wordings=co.SV_CONSENT_WORDINGS,
        consent_methods=co.SV_CONSENT_METHODS,
        notes=co.SV_NOTES,
        informed=(("", 45), ("yes", 15), ("ja", 20), ("no", 20)),
        dmy_share=0.12,
    ),
    "en": _Lang(
        code="en",
        first_f=nm.EN_FIRST_F,
        first_m=nm.EN_FIRST_M,
        last=nm.EN_LAST,
        **_EN_COMMON,  # type: ignore[arg-type]
    ),
    "de": _Lang(
        code="de",
        first_f=nm.DE_FIRST_F,
        first_m=nm.DE_FIRST_M,
        last=nm.DE_LAST,
        **_EN_COMMON,  # type: ignore[arg-type]
    ),
}


@dataclass(frozen=True, slots=True)
class _Country:
    code: str
    lang: str
    weight: float  # share of companies
    sole_weight: float  # share of sole traders
    labels: tuple[tuple[str, int], ...]
    forms: tuple[tuple[str, int], ...]
    tlds: tuple[tuple[str, int], ...]
    mobile: tuple[tuple[_Phone, int], ...]
    landline: tuple[tuple[_Phone, int], ...]


_COUNTRIES: tuple[_Country, ...] = (
    _Country(
        "FR", "fr", 44, 30,
        (("FR", 38), ("France", 44), ("Frankrike", 4), ("", 14)),
        co.FR_FORMS, ((".fr", 80), (".com", 15), (".eu", 5)), _FR_MOBILE, _FR_LANDLINE,
    ),
    _Country(
        "SE", "sv", 34, 60,
        (("SE", 32), ("Sverige", 28), ("Sweden", 14), ("Suède", 12), ("", 14)),
        co.SV_FORMS, ((".se", 85), (".com", 13), (".nu", 2)), _SE_MOBILE, _SE_LANDLINE,
    ),
    _Country(
        "GB", "en", 13, 10,
        (("GB", 30), ("United Kingdom", 42), ("Royaume-Uni", 6), ("Storbritannien", 6), ("", 16)),
        co.EN_FORMS, ((".co.uk", 70), (".com", 25), (".uk", 5)), _GB_MOBILE, _GB_LANDLINE,
    ),
    _Country(
        "BE", "fr", 2.5, 0,
        (("BE", 40), ("Belgique", 40), ("Belgium", 10), ("Belgien", 10)),
        co.BE_FORMS, ((".be", 90), (".com", 10)), _BE_PHONES, _BE_PHONES,
    ),
    _Country(
        "CH", "fr", 1.5, 0,
        (("CH", 40), ("Suisse", 40), ("Switzerland", 10), ("Schweiz", 10)),
        co.CH_FORMS, ((".ch", 90), (".com", 10)), _CH_PHONES, _CH_PHONES,
    ),
    _Country(
        "NO", "sv", 2, 0,
        (("NO", 40), ("Norge", 30), ("Norway", 20), ("Norvège", 10)),
        co.NO_FORMS, ((".no", 90), (".com", 10)), _NO_PHONES, _NO_PHONES,
    ),
    _Country(
        "DK", "sv", 1.5, 0,
        (("DK", 40), ("Danmark", 30), ("Denmark", 20), ("Danemark", 10)),
        co.DK_FORMS, ((".dk", 90), (".com", 10)), _DK_PHONES, _DK_PHONES,
    ),
    _Country(
        "DE", "de", 1.5, 0,
        (("DE", 40), ("Germany", 30), ("Allemagne", 15), ("Tyskland", 15)),
        co.DE_FORMS, ((".de", 90), (".com", 10)), _DE_PHONES, _DE_PHONES,
    ),
)  # fmt: skip


# --------------------------------------------------------------------------------------------
# Precomputed pools (built once per process, on first use)


@dataclass(frozen=True, slots=True)
class _LangPools:
    first: tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]  # [male, female]
    last: tuple[tuple[str, str], ...]  # (name, folded)
    titles: tuple[tuple[str, str], ...]
    owner_titles: tuple[tuple[str, str], ...]
    generic: tuple[str, ...]
    providers: tuple[str, ...]
    # (display template, (slug template with "-", slug template without)), weighted
    company_patterns: tuple[tuple[str, tuple[str, str]], ...]
    sole_patterns: tuple[tuple[str, tuple[str, str]], ...]
    brands: tuple[tuple[str, str], ...]  # (name, folded), as every other part below
    sectors: tuple[tuple[str, str], ...]
    places: tuple[tuple[str, str], ...]
    informed: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _CountryPools:
    country: _Country
    lang: _Lang
    pools: _LangPools
    labels: tuple[str, ...]
    forms: tuple[str, ...]
    tlds: tuple[str, ...]  # weighted pool
    tld_list: tuple[str, ...]  # each once, the fallbacks when a domain is taken
    # Phone formats, None standing for a blank phone.
    b2c_phone: tuple[_Phone, ...]  # mobiles, for consumers and sole traders
    switchboard: tuple[_Phone, ...]  # landlines, for generic addresses
    b2b_phone: tuple[_Phone, ...]  # either, for named company contacts


@dataclass(frozen=True, slots=True)
class _Static:
    companies: tuple[_CountryPools, ...]  # 2**10, weighted by country
    sole: tuple[_CountryPools, ...]  # 2**8, weighted by sole-trader country
    reserved_domains: frozenset[str]


def _folded(names: Sequence[str]) -> tuple[tuple[str, str], ...]:
    return tuple((name, ascii_fold(name)) for name in names)


def _templates(pattern: str) -> tuple[str, tuple[str, str]]:
    """A name pattern ("Cabinet {L}") and its domain templates ("cabinet-{L}", "cabinet{L}").

    Literal words are folded here, once; placeholders are filled with folded parts per company.
    """
    words = [w if w.startswith("{") else ascii_fold(w) for w in pattern.split()]
    words = [w for w in words if w]  # "&" folds to nothing
    return pattern, ("-".join(words), "".join(words))


@cache
def _lang_pools(code: str) -> _LangPools:
    lang = _LANGS[code]
    english = _same(ti.EN_TITLES)
    titles = _weighted(
        [(t, (1 - lang.foreign_titles) / len(lang.titles)) for t in lang.titles]
        + [(t, lang.foreign_titles / len(english)) for t in english if lang.foreign_titles],
        12,
    )
    return _LangPools(
        first=(_expand(_folded(lang.first_m), 9), _expand(_folded(lang.first_f), 9)),
        last=_expand(_folded(lang.last), 10),
        titles=titles,
        owner_titles=_expand(lang.owner_titles, 6),
        generic=lang.generic,
        providers=_weighted(lang.providers, 7),
        company_patterns=_weighted([(_templates(p), w) for p, w in lang.name_patterns], 7),
        sole_patterns=_weighted([(_templates(p), w) for p, w in lang.sole_patterns], 6),
        brands=_expand(_folded([h + t for h in lang.brand_heads for t in lang.brand_tails]), 10),
        sectors=_expand(_folded(lang.sectors), 6),
        places=_expand(_folded(lang.places), 5),
        informed=_weighted(lang.informed, 6),
    )


@cache
def _static() -> _Static:
    per_country: list[tuple[_CountryPools, _Country]] = []
    for c in _COUNTRIES:
        lang = _LANGS[c.lang]
        per_country.append(
            (
                _CountryPools(
                    country=c,
                    lang=lang,
                    pools=_lang_pools(c.lang),
                    labels=_weighted(c.labels, 6),
                    forms=_weighted(c.forms, 7),
                    tlds=_weighted(c.tlds, 6),
                    tld_list=tuple(t for t, _ in c.tlds),
                    b2c_phone=_phone_pool(c.mobile, 0.45),
                    switchboard=_phone_pool(c.landline, 0.2),
                    b2b_phone=_phone_pool(c.mobile + c.landline, 0.3),
                ),
                c,
            )
        )
    providers = {p for lang in _LANGS.values() for p, _ in lang.providers}
    return _Static(
        companies=_weighted([(p, c.weight) for p, c in per_country], 10),
        sole=_weighted([(p, c.sole_weight) for p, c in per_country if c.sole_weight], 8),
        reserved_domains=frozenset(providers),
    )


# Rows per company: mostly small firms, a few bigger ones (mean about 4.8).
_COMPANY_SIZES = _weighted(
    [(1, 25), (2, 20), (3, 15), (4, 10), (5, 8), (6, 6), (8, 5), (10, 4), (15, 3), (25, 2),
     (40, 2)],
    8,
)  # fmt: skip
# Block kinds, weighted so that about 88% of rows are B2B company rows, 9% consumers and
# 3% sole traders (a company block yields several rows, the others one).
_B2B, _B2C, _SOLE = 0, 1, 2
_BLOCK_KINDS = _weighted([(_B2B, 39), (_B2C, 19), (_SOLE, 6)], 6)
_B2B_AUDIENCE = _weighted([("b2b", 88), ("", 12)], 4)
_B2C_AUDIENCE = _weighted([("b2c", 82), ("", 18)], 4)
_SOLE_AUDIENCE = _weighted([("b2b", 80), ("", 20)], 4)
_B2B_SOLE_FLAG = _weighted([("", 70), ("no", 30)], 4)
_B2C_SOLE_FLAG = _weighted([("", 90), ("no", 10)], 4)
_SOLE_FLAG = _weighted([("yes", 85), ("", 15)], 4)


# Local-part patterns for a company's named addresses (one per company, as in real life).
def _p_first_dot_last(f: str, la: str) -> str:
    return f"{f}.{la}"


_COMPANY_PATTERNS: tuple[Callable[[str, str], str], ...] = _weighted(
    [
        (_p_first_dot_last, 60),
        (lambda f, la: f"{f[0]}.{la}", 10),
        (lambda f, la: f"{f[0]}{la}", 10),
        (lambda f, la: f"{f}{la}", 5),
        (lambda f, la: f, 5),
        (lambda f, la: f"{f}-{la}", 3),
        (lambda f, la: f"{f}_{la}", 3),
        (lambda f, la: f"{la}.{f}", 4),
    ],
    6,
)
_PRIVATE_PATTERNS: tuple[Callable[[str, str, str], str], ...] = _weighted(
    [
        (lambda f, la, n: f"{f}.{la}", 30),
        (lambda f, la, n: f"{f}{la}", 12),
        (lambda f, la, n: f"{f}_{la}", 8),
        (lambda f, la, n: f"{f[0]}{la}", 10),
        (lambda f, la, n: f"{f}.{la}{n}", 15),
        (lambda f, la, n: f"{f}{la}{n}", 10),
        (lambda f, la, n: f"{la}.{f}", 7),
        (lambda f, la, n: f"{f}{n}", 8),
    ],
    6,
)


# --------------------------------------------------------------------------------------------
# Tails: the fields after sole_trader (consent proof, customer data, dates, notes, tags),
# precomputed per seed, language and audience group.


def _fmt_iso(day: int) -> str:
    return date.fromordinal(day).isoformat()


def _fmt_dmy(day: int) -> str:
    d = date.fromordinal(day)
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _fmt_stamp(rng: random.Random, day: int, seconds: bool) -> str:
    # Mostly office hours, some evenings.
    hh, mm = 7 + int(rng.random() * 16), int(rng.random() * 60)
    tail = f":{int(rng.random() * 60):02d}" if seconds else ""
    return f"{_fmt_iso(day)} {hh:02d}:{mm:02d}{tail}"


def _between(rng: random.Random, first: int, last: int) -> int:
    return first + int(rng.random() * (last - first + 1))


def _make_tail(
    rng: random.Random, lang: _Lang, informed_pool: Sequence[str], consumer: bool
) -> tuple[str, ...]:
    rnd = rng.random
    fmt = _fmt_dmy if rnd() < lang.dmy_share else _fmt_iso

    def stamp_or(day: int, share: float) -> str:
        # Web forms and CRMs export timestamps: "YYYY-MM-DD HH:MM[:SS]".
        return _fmt_stamp(rng, day, rnd() < 0.3) if rnd() < share else fmt(day)

    collected = _between(rng, _DAY_FIRST, _DAY_LAST)
    collected_on = stamp_or(collected, 0.05) if rnd() < 0.88 else ""

    lawful = consent_date = consent_source = consent_wording = consent_method = ""
    roll = rnd()
    # blank, legitimate interest, consent with proof, consent without proof, contract
    cuts = (0.30, 0.40, 0.70, 0.85) if consumer else (0.40, 0.72, 0.82, 0.90)
    is_contract = False
    if roll < cuts[0]:
        pass
    elif roll < cuts[1]:
        lawful = "legitimate_interest"
    elif roll < cuts[2]:
        lawful = "consent"
        consent_date = stamp_or(max(_DAY_FIRST, collected - int(rnd() * 3)), 0.3)
        consent_source = _pick(rng, lang.consent_sources)
        if rnd() < 0.6:
            consent_wording = _pick(rng, lang.consent_wordings)
        if rnd() < 0.6:
            consent_method = _pick(rng, lang.consent_methods)
    elif roll < cuts[3]:
        # "consent" claimed without the date and source that would prove it
        lawful = "consent"
        variant = rnd()
        if variant < 0.2:
            consent_date = fmt(collected)
        elif variant < 0.4:
            consent_source = _pick(rng, lang.consent_sources)
    else:
        lawful = "contract"
        is_contract = True

    informed = _pick(rng, informed_pool)

    customer_since = last_purchase = category = ""
    if rnd() < (0.9 if is_contract else (0.2 if consumer else 0.08)):
        since = _between(rng, _DAY_FIRST, collected)
        customer_since = fmt(since)
        last_purchase = fmt(_between(rng, since, _DAY_LAST))
        category = _pick(rng, co.PRODUCT_CATEGORIES)

    notice = fmt(min(_DAY_LAST, collected + int(rnd() * 60))) if rnd() < 0.05 else ""
    inbound = stamp_or(_between(rng, collected, _DAY_LAST), 0.2) if rnd() < 0.15 else ""

    notes = ""
    roll = rnd()
    if roll < 0.004:
        notes = _pick(rng, co.SENSITIVE_NOTES)
    elif roll < 0.13:
        notes = _pick(rng, lang.notes)

    tags = ""
    if rnd() < 0.35:
        count = 1 + int(rnd() * 3)
        tags = ";".join(rng.sample(co.TAGS, count))

    return (
        lawful,
        consent_date,
        consent_source,
        consent_wording,
        consent_method,
        informed,
        customer_since,
        last_purchase,
        category,
        collected_on,
        notice,
        inbound,
        notes,
        tags,
    )


@lru_cache(maxsize=32)
def _tails(seed: int, lang_code: str, consumer: bool) -> tuple[dict[str, str], ...]:
    # A string seed is hashed with SHA-512 by random.seed: stable across runs and platforms.
    rng = random.Random(f"clearlist-tails/{seed}/{lang_code}/{int(consumer)}")
    lang = _LANGS[lang_code]
    informed = _lang_pools(lang_code).informed
    return tuple(
        dict(zip(_TAIL, _make_tail(rng, lang, informed, consumer), strict=True))
        for _ in range(1 << _TAIL_BITS)
    )


assert len(_TAIL) == 14, "contract fields after sole_trader changed: update _make_tail"


# --------------------------------------------------------------------------------------------
# Companies


class _Domains:
    """Domains already taken, so that every company (hence every named address) is unique."""

    def __init__(self, reserved: Iterable[str]) -> None:
        self.taken: set[str] = set(reserved)
        self.next_suffix: dict[str, int] = {}

    def claim(self, base: str, tld: str, tlds: Sequence[str]) -> str:
        # Real firms with the same name differ by TLD, then by a number.
        domain = base + tld
        if domain not in self.taken:
            self.taken.add(domain)
            return domain
        for other in tlds:
            domain = base + other
            if domain not in self.taken:
                self.taken.add(domain)
                return domain
        k = self.next_suffix.get(base, 2)
        while f"{base}{k}{tld}" in self.taken:
            k += 1
        self.next_suffix[base] = k + 1
        domain = f"{base}{k}{tld}"
        self.taken.add(domain)
        return domain


def _new_company(rng: random.Random, cp: _CountryPools, domains: _Domains) -> tuple[str, str]:
    """A company name ("Lefèvre Conseil SAS") and its own domain ("lefevre-conseil.fr")."""
    pools = cp.pools
    r = rng.getrandbits(62)
    display, slugs = pools.company_patterns[r & 127]
    last, lf = pools.last[(r >> 7) & 1023]
    last2, l2f = pools.last[(r >> 17) & 1023]
    brand, bf = pools.brands[(r >> 27) & 1023]
    sector, sf = pools.sectors[(r >> 37) & 63]
    place, pf = pools.places[(r >> 43) & 31]
    form = cp.forms[(r >> 48) & 127]
    # Swedish genitive: "Karlssons Bygg", but "Lars Måleri".
    plain = last[-1] in "sxzSXZ"
    core = display.format(
        L=last, Ls=last if plain else f"{last}s", L2=last2, B=brand, S=sector, P=place
    )
    slug = slugs[(r >> 55) & 1].format(L=lf, Ls=lf if plain else f"{lf}s", L2=l2f, B=bf, S=sf, P=pf)
    name = f"{core} {form}" if form else core
    return name, domains.claim(slug, cp.tlds[(r >> 56) & 63], cp.tld_list)


def _new_sole_trader(
    rng: random.Random,
    cp: _CountryPools,
    first: tuple[str, str],
    last: tuple[str, str],
    domains: _Domains | None,
) -> tuple[str, str]:
    """The trading name, and its own domain when given domains to claim it in."""
    pools = cp.pools
    r = rng.getrandbits(24)
    display, slugs = pools.sole_patterns[r & 63]
    sector, sf = pools.sectors[(r >> 6) & 63]
    (fn, ff), (ln, lf) = first, last
    fs = fn if fn[-1] in "sxzSXZ" else f"{fn}s"
    ls = ln if ln[-1] in "sxzSXZ" else f"{ln}s"
    name = display.format(F=fn, Fs=fs, L=ln, Ls=ls, S=sector)
    if cp.country.code == "SE" and (r >> 12) & 7 == 0:
        name += " (enskild firma)"
    if domains is None:
        return name, ""
    fsf = ff if fs == fn else f"{ff}s"
    lsf = lf if ls == ln else f"{lf}s"
    slug = slugs[(r >> 15) & 1].format(F=ff, Fs=fsf, L=lf, Ls=lsf, S=sf)
    return name, domains.claim(slug, cp.tlds[(r >> 16) & 63], cp.tld_list)


# --------------------------------------------------------------------------------------------
# Dirt

_PAD, _UPPER, _DUP, _CASE_DUP, _INVALID, _BLANK_EMAIL, _BLANK_FIELDS, _SPACES = range(8)
_DIRT_KINDS = _weighted(
    [(_PAD, 5), (_UPPER, 4), (_DUP, 6), (_CASE_DUP, 5), (_INVALID, 5), (_BLANK_EMAIL, 3),
     (_BLANK_FIELDS, 2), (_SPACES, 2)],
    5,
)  # fmt: skip
_INVALID_CONSTANTS = ("no-at-sign.com", "a@b", "n/a", "-", "?", "@", "inconnu", "saknas")


def _padded(email: str, r: int) -> str:
    v = r & 3
    if v == 0:
        return f"  {email}"
    if v == 1:
        return f"{email} "
    if v == 2:
        return f" {email}  "
    return f"{email}\u00a0"  # a non-breaking space pasted from a web page


def _upper(email: str, r: int) -> str:
    if r & 1:
        return email.upper()
    local, _, domain = email.partition("@")
    return f"{local.title()}@{domain.upper() if r & 2 else domain.title()}"


def _invalid(email: str, r: int) -> str:
    local, _, domain = email.partition("@")
    v = r & 15
    if v == 0:
        return f"{local}@"
    if v == 1:
        return f"{local}{domain}"
    if v == 2:
        return f"{local}@{domain.partition('.')[0]}"
    if v == 3:
        return f"{local.replace('.', ' ')} @{domain}"
    if v == 4:
        return f"{local}@@{domain}"
    if v == 5 and "." in local:
        return f"{local.replace('.', '..', 1)}@{domain}"
    if v == 6:
        return f"@{domain}"
    if v == 7:
        return f"{local}@{domain.replace('.', ',')}"
    if v == 8:
        return f"{local}@{domain}@{domain}"
    return _INVALID_CONSTANTS[v & 7]


# --------------------------------------------------------------------------------------------
# The generator


def _check(n: int, dirty: float) -> None:
    if n < 0:
        raise ValueError("n must be >= 0")
    if not 0.0 <= dirty <= 1.0:
        raise ValueError("dirty must be between 0 and 1")


def generate_rows(n: int, seed: int = 42, dirty: float = DEFAULT_DIRTY) -> Iterator[dict[str, str]]:
    """n fake prospect rows keyed by COLUMNS, in that order; deterministic in (n, seed, dirty).

    Every row is a new dict: callers may change it freely.
    """
    _check(n, dirty)
    static = _static()
    companies, sole_countries = static.companies, static.sole
    rng = random.Random(seed)
    rnd, bits = rng.random, rng.getrandbits
    domains = _Domains(static.reserved_domains)
    private: set[str] = set()  # addresses at mail providers, shared by everybody
    ring: list[dict[str, str]] = []  # copies, so that a caller's changes never leak into dups
    ring_mask = (1 << _RING_BITS) - 1
    clean_count = 0
    tails_b2b: dict[str, tuple[dict[str, str], ...]] = {}
    tails_b2c: dict[str, tuple[dict[str, str], ...]] = {}

    # State of the current block (a company and its people, or one consumer / sole trader).
    left = 0
    kind = _B2B
    cp = companies[0]
    company = domain = ""
    used: set[str] = set()
    pattern = _p_first_dot_last
    generic_first = upper_last = False
    tails: tuple[dict[str, str], ...] = ()
    # The current country's pools, held in locals: attribute lookups per row add up.
    pools = cp.pools
    first_pool, last_pool, title_pool = pools.first, pools.last, pools.titles
    labels, b2b_phone = cp.labels, cp.b2b_phone

    for _ in range(n):
        if left == 0:
            r = bits(32)
            kind = _BLOCK_KINDS[r & 63]
            cp = sole_countries[(r >> 6) & 255] if kind == _SOLE else companies[(r >> 6) & 1023]
            lc = cp.lang.code
            if lc not in tails_b2b:
                tails_b2b[lc] = _tails(seed, lc, False)
                tails_b2c[lc] = _tails(seed, lc, True)
            if kind == _B2B:
                left = _COMPANY_SIZES[(r >> 16) & 255]
                company, domain = _new_company(rng, cp, domains)
                used = set()
                pattern = _COMPANY_PATTERNS[(r >> 24) & 63]
                generic_first = rnd() < 0.3
                # French files often write surnames in capitals ("Jean DUPONT").
                upper_last = lc == "fr" and rnd() < 0.1
                tails = tails_b2b[lc]
            else:
                left = 1
                tails = tails_b2c[lc] if kind == _B2C else tails_b2b[lc]
            pools = cp.pools
            first_pool, last_pool, title_pool = pools.first, pools.last, pools.titles
            labels, b2b_phone = cp.labels, cp.b2b_phone
        left -= 1
        r = bits(64)
        g = r & 1
        first_pair = first_pool[g][(r >> 1) & 511]
        last_pair = last_pool[(r >> 10) & 1023]
        first, ff = first_pair
        last, lf = last_pair
        tail = tails[(r >> 20) & 2047]
        country = labels[(r >> 31) & 63]

        if kind == _B2B:
            if generic_first:
                generic_first = False
                local = pools.generic[((r >> 37) & 255) % len(pools.generic)]
                used.add(local)
                phone_fmt = cp.switchboard[(r >> 45) & 63]
                phone = phone_fmt(str(bits(30) % 800_000_000 + 200_000_000)) if phone_fmt else ""
                row = {
                    "email": f"{local}@{domain}",
                    "first_name": "",
                    "last_name": "",
                    "company": company,
                    "job_title": "",
                    "phone": phone,
                    "country": country,
                    "audience": _B2B_AUDIENCE[(r >> 51) & 15],
                    "sole_trader": _B2B_SOLE_FLAG[(r >> 55) & 15],
                    **tail,
                }
            else:
                local = pattern(ff, lf)
                if local in used:
                    local = f"{ff}.{lf}"
                    if local in used:
                        k = 2
                        while f"{local}{k}" in used:
                            k += 1
                        local = f"{local}{k}"
                used.add(local)
                phone_fmt = b2b_phone[(r >> 37) & 63]
                phone = phone_fmt(str(bits(30) % 800_000_000 + 200_000_000)) if phone_fmt else ""
                row = {
                    "email": f"{local}@{domain}",
                    "first_name": first,
                    "last_name": last.upper() if upper_last else last,
                    "company": company,
                    "job_title": title_pool[(r >> 43) & 4095][g],
                    "phone": phone,
                    "country": country,
                    "audience": _B2B_AUDIENCE[(r >> 55) & 15],
                    "sole_trader": _B2B_SOLE_FLAG[(r >> 59) & 15],
                    **tail,
                }
        else:
            r2 = bits(32)
            if kind == _SOLE and r >> 63:
                company, domain = _new_sole_trader(rng, cp, first_pair, last_pair, domains)
                email = f"{ff}@{domain}"
            else:
                if kind == _SOLE:
                    company, _ = _new_sole_trader(rng, cp, first_pair, last_pair, None)
                local = _PRIVATE_PATTERNS[(r >> 37) & 63](ff, lf, str((r2 >> 25) % 90 + 10))
                provider = pools.providers[(r >> 43) & 127]
                email = f"{local}@{provider}"
                if email in private:
                    k = 2
                    while f"{local}{k}@{provider}" in private:
                        k += 1
                    email = f"{local}{k}@{provider}"
                private.add(email)
            phone_fmt = cp.b2c_phone[r2 & 63]
            phone = phone_fmt(str(bits(30) % 800_000_000 + 200_000_000)) if phone_fmt else ""
            if kind == _SOLE:
                row = {
                    "email": email,
                    "first_name": first,
                    "last_name": last,
                    "company": company,
                    "job_title": pools.owner_titles[(r >> 50) & 63][g],
                    "phone": phone,
                    "country": country,
                    "audience": _SOLE_AUDIENCE[(r2 >> 6) & 15],
                    "sole_trader": _SOLE_FLAG[(r2 >> 10) & 15],
                    **tail,
                }
            else:
                # Consumers rarely give a job title; about one in eight does.
                title = title_pool[(r2 >> 6) & 4095][g] if (r2 >> 18) & 7 == 0 else ""
                row = {
                    "email": email,
                    "first_name": first,
                    "last_name": last,
                    "company": "",
                    "job_title": title,
                    "phone": phone,
                    "country": country,
                    "audience": _B2C_AUDIENCE[(r >> 50) & 15],
                    "sole_trader": _B2C_SOLE_FLAG[(r >> 54) & 15],
                    **tail,
                }

        if dirty and rnd() < dirty:
            r = bits(32)
            how = _DIRT_KINDS[r & 31]
            r >>= 5
            if how in (_DUP, _CASE_DUP) and not ring:
                how = _PAD
            elif how in (_BLANK_FIELDS, _SPACES) and not row["first_name"]:
                how = _UPPER  # a generic address has no names to blank or pad
            # The fresh row is ours until yielded: change it in place.
            if how == _PAD:
                row["email"] = _padded(row["email"], r)
            elif how == _UPPER:
                row["email"] = _upper(row["email"], r)
            elif how == _DUP:
                row = ring[(r & ring_mask) % len(ring)].copy()
            elif how == _CASE_DUP:
                row = ring[(r & ring_mask) % len(ring)].copy()
                row["email"] = _upper(row["email"], r >> _RING_BITS)
            elif how == _INVALID:
                row["email"] = _invalid(row["email"], r)
            elif how == _BLANK_EMAIL:
                row["email"] = ""
            elif how == _BLANK_FIELDS:
                # Names always go; company, title and phone each go half the time.
                row["first_name"] = row["last_name"] = ""
                if r & 1:
                    row["company"] = ""
                if r & 2:
                    row["job_title"] = ""
                if r & 4:
                    row["phone"] = ""
            else:  # _SPACES
                v = r & 3
                if v == 0:
                    row["first_name"] = f" {row['first_name']} "
                elif v == 1:
                    row["last_name"] = f"{row['last_name']}  "
                elif v == 2:
                    row["first_name"] = f"  {row['first_name']}"
                    row["last_name"] = f"  {row['last_name']}"
                else:
                    row["first_name"] = f"{row['first_name']}\t"
        else:
            # Every 4th clean row is kept (a copy costs): duplicates come from the last ~16,000.
            if not clean_count & 3:
                if len(ring) <= ring_mask:
                    ring.append(row.copy())
                else:
                    ring[(clean_count >> 2) & ring_mask] = row.copy()
            clean_count += 1
        yield row


def demo_rows(n: int = 1000) -> list[dict[str, str]]:
    """Clean-ish rows for the app's demo workspace: a fixed seed and little dirt."""
    return list(generate_rows(n, seed=DEMO_SEED, dirty=DEMO_DIRTY))


# --------------------------------------------------------------------------------------------
# Writers


def write_csv(
    path: str | Path,
    n: int,
    seed: int = 42,
    dirty: float = DEFAULT_DIRTY,
    delimiter: str = ",",
    encoding: str = "utf-8",
) -> int:
    """Writes a header and n rows; returns n.

    Every generated character exists in cp1252, so "cp1252" and "utf-8-sig" work as well as
    "utf-8"; a narrower encoding raises UnicodeEncodeError.
    """
    _check(n, dirty)
    with open(path, "w", newline="", encoding=encoding) as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        writer.writerow(COLUMNS)
        # Rows keep COLUMNS order, so their values are the CSV record (DictWriter is slower).
        writer.writerows(map(dict.values, generate_rows(n, seed, dirty)))
    return n


def write_xlsx(
    path: str | Path,
    n: int,
    seed: int = 42,
    dirty: float = DEFAULT_DIRTY,
    date_cells: bool = False,
) -> int:
    """Writes one sheet with a header and n rows; returns n.

    With date_cells, date fields written as ISO dates become real Excel date cells (as in files
    people export from Excel); the other date formats stay text, as they would in a real file.
    """
    _check(n, dirty)
    if n > XLSX_MAX_ROWS:
        raise ValueError(f"an Excel sheet holds at most {XLSX_MAX_ROWS:,} data rows")
    from openpyxl import Workbook  # imported here: the app imports this module for its demo

    date_columns = [i for i, f in enumerate(COLUMNS) if f in DATE_FIELDS]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Prospects")
    ws.append(COLUMNS)
    for row in generate_rows(n, seed, dirty):
        cells: list[Any] = list(row.values())
        if date_cells:
            for i in date_columns:
                v = cells[i]
                if len(v) == 10 and v[4] == "-":
                    cells[i] = date.fromisoformat(v)
        ws.append(cells)
    wb.save(path)
    return n


# --------------------------------------------------------------------------------------------
# Command line


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m bench.generate", description="Write N fake prospects to a CSV or XLSX file."
    )
    parser.add_argument("n", type=int, help="number of rows")
    parser.add_argument("out", type=Path, help="output file, .csv/.txt/.tsv or .xlsx")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--dirty", type=float, default=DEFAULT_DIRTY, help="share of dirty rows")
    parser.add_argument(
        "--delimiter", default=None, help='CSV delimiter (default "," or tab for .tsv)'
    )
    parser.add_argument("--encoding", default="utf-8", help="CSV encoding, e.g. cp1252, utf-8-sig")
    parser.add_argument(
        "--date-cells", action="store_true", help="XLSX: write ISO dates as Excel date cells"
    )
    args = parser.parse_args(argv)
    if args.n < 0 or not 0.0 <= args.dirty <= 1.0:
        parser.error("N must be >= 0 and --dirty between 0 and 1")
    suffix = args.out.suffix.lower()
    start = time.perf_counter()
    try:
        if suffix == ".xlsx":
            write_xlsx(args.out, args.n, args.seed, args.dirty, date_cells=args.date_cells)
        elif suffix in (".csv", ".txt", ".tsv"):
            delimiter = args.delimiter or ("\t" if suffix == ".tsv" else ",")
            if delimiter == "\\t":
                delimiter = "\t"
            write_csv(args.out, args.n, args.seed, args.dirty, delimiter, args.encoding)
        else:
            parser.error("OUT must end in .csv, .txt, .tsv or .xlsx")
    except (ValueError, LookupError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    elapsed = time.perf_counter() - start
    rate = args.n / elapsed if elapsed > 0 else float("inf")
    size = args.out.stat().st_size
    print(
        f"wrote {args.n:,} rows x {len(COLUMNS)} columns to {args.out} ({size / 1e6:.1f} MB) "
        f"in {elapsed:.2f} s ({rate:,.0f} rows/s); seed={args.seed} dirty={args.dirty}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
