"""Readers for the values people type into spreadsheets (pure).

Each normaliser takes what a cell holds (text, or a number/date object from a spreadsheet) and
returns the stored form, `None` for a blank cell, or raises `Unreadable` with a reason code. A
value that cannot be read is reported, never guessed: `03/04/2025` is read day-first because the
contract says so, but `3.4.25` or `n/a` in a date column is refused.

Speed matters (a million rows in seconds): the pure functions are small, and `Normaliser` caches
per distinct value the fields whose values repeat (countries, dates, yes/no, enumerations).
Phones and addresses have fast paths that give exactly what the slow, library-backed path gives
(property-based tests compare them).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import phonenumbers
from phonenumbers import PhoneNumberFormat

from .emails import is_valid_email, normalise_email
from .fields import AUDIENCES, DATE_FIELDS, JOB_FUNCTIONS, LAWFUL_BASES, SENIORITIES, YES_NO_FIELDS

_RESOURCES = Path(__file__).resolve().parent.parent / "resources"


class Unreadable(ValueError):
    """A value that cannot be read; `reason` is the report's code (INVALID_DATE, ...)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# Cells people fill in to say "nothing here". Read as blank, not as a value.
EMPTY_MARKERS = frozenset(
    {"-", "--", "—", "–", "?", "n/a", "na", "n.a.", "none", "null", "nil", "/", ".",
     "néant", "aucun", "aucune", "inconnu", "saknas", "ingen", "okänd", "unknown", "#n/a"}
)  # fmt: skip


def _blank(text: str) -> bool:
    return not text or text.lower() in EMPTY_MARKERS


def cell_text(value: Any) -> str:
    """A cell as text: integral floats lose their `.0` (phones and postcodes kept as numbers)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


# --------------------------------------------------------------------------------- names, text
def normalise_name(value: Any) -> str | None:
    """Trimmed, inner runs of spaces (any Unicode space, tabs, line breaks) collapsed to one."""
    text = " ".join((value if value.__class__ is str else cell_text(value)).split())
    return text or None


def normalise_text(value: Any) -> str | None:
    """Free text (notes, consent wording): trimmed, line breaks kept, NULs dropped."""
    text = cell_text(value).replace("\x00", "").strip()
    return text or None


def normalise_tags(value: Any) -> str | None:
    """`;`-separated tags, each trimmed; commas are accepted as separators too."""
    parts = [" ".join(p.split()) for p in re.split(r"[;,]", cell_text(value))]
    tags = list(dict.fromkeys(p for p in parts if p))
    return ";".join(tags) or None


# --------------------------------------------------------------------------------------- dates
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?Z?")
_DMY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?")


def normalise_date(value: Any) -> str | None:
    """ISO `YYYY-MM-DD` from an ISO date, `DD/MM/YYYY`, `YYYY-MM-DD HH:MM[:SS]` or a date cell."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool):
        # A bare number in a date column is an Excel serial only if the cell said it was a
        # date; the readers turn such cells into dates, so here it is a guess: refuse it.
        raise Unreadable("INVALID_DATE")
    text = str(value).strip()
    if _blank(text):
        return None
    match = _ISO.fullmatch(text)
    if match:
        year, month, day = int(match[1]), int(match[2]), int(match[3])
    else:
        match = _DMY.fullmatch(text)
        if not match:
            raise Unreadable("INVALID_DATE")
        day, month, year = int(match[1]), int(match[2]), int(match[3])
    if match.lastindex and match.lastindex >= 5:
        hour, minute = int(match[4]), int(match[5])
        second = int(match[6]) if match[6] else 0
        if hour > 23 or minute > 59 or second > 59:
            raise Unreadable("INVALID_DATE")
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        raise Unreadable("INVALID_DATE") from None


# -------------------------------------------------------------------------------------- yes/no
_YES = frozenset({"yes", "y", "true", "1", "x", "oui", "o", "vrai", "ja", "j", "sant", "sann"})
_NO = frozenset({"no", "n", "false", "0", "non", "faux", "nej", "falskt", "falsk"})


def normalise_yes_no(value: Any) -> int | None:
    """1 or 0 from yes/no in English, French or Swedish (oui, ja, non, nej, true, 1, ...)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float) and value in (0, 1):
        return int(value)
    text = cell_text(value).strip().lower().rstrip(".")
    if not text:
        return None
    if text in _YES:
        return 1
    if text in _NO:
        return 0
    raise Unreadable("INVALID_YES_NO")


# -------------------------------------------------------------------------------- enumerations
def _fold(text: str) -> str:
    """Lower-case, accents and punctuation removed: 'Intérêt légitime' -> 'interet legitime'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", plain).replace("_", " ").split())


_ENUM_SYNONYMS: dict[str, dict[str, str]] = {
    "audience": {
        "b2b": "b2b", "business": "b2b", "professional": "b2b", "company": "b2b",
        "professionnel": "b2b", "entreprise": "b2b", "pro": "b2b", "foretag": "b2b",
        "b2c": "b2c", "consumer": "b2c", "private": "b2c", "individual": "b2c",
        "particulier": "b2c", "consommateur": "b2c", "privatperson": "b2c", "konsument": "b2c",
        "privat": "b2c",
    },
    "lawful_basis": {
        "consent": "consent", "consentement": "consent", "samtycke": "consent",
        "legitimate interest": "legitimate_interest", "interet legitime": "legitimate_interest",
        "berattigat intresse": "legitimate_interest", "li": "legitimate_interest",
        "contract": "contract", "contrat": "contract", "avtal": "contract",
    },
}  # fmt: skip
_ENUM_VALUES = {
    "audience": AUDIENCES,
    "lawful_basis": LAWFUL_BASES,
    "job_function": JOB_FUNCTIONS,
    "seniority": SENIORITIES,
}
_ENUM_REASONS = {
    "audience": "INVALID_AUDIENCE",
    "lawful_basis": "INVALID_LAWFUL_BASIS",
    "job_function": "INVALID_JOB_FUNCTION",
    "seniority": "INVALID_SENIORITY",
}


def normalise_enum(field: str, value: Any) -> str | None:
    """One of the contract's values for `audience`, `lawful_basis`, `job_function`, `seniority`."""
    text = cell_text(value).strip()
    if _blank(text):
        return None
    folded = _fold(text)
    for allowed in _ENUM_VALUES[field]:
        if folded == allowed.replace("_", " "):
            return allowed
    found = _ENUM_SYNONYMS.get(field, {}).get(folded)
    if found:
        return found
    raise Unreadable(_ENUM_REASONS[field])


# ------------------------------------------------------------------------------------ countries
@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Folded country name (English, French, Swedish) -> ISO alpha-2, from resources/countries."""
    names: dict[str, str] = {}
    for path in sorted((_RESOURCES / "countries").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for name, code in data["names"].items():
            names.setdefault(_fold(name), code)
    return names


@lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    return frozenset(_country_names().values()) | {"XK"}


def normalise_country(value: Any) -> str | None:
    """ISO 3166-1 alpha-2 from a code (`fr`, `SE`) or a name in English, French or Swedish."""
    text = cell_text(value).strip()
    if _blank(text):
        return None
    if len(text) == 2 and text.upper() in _country_codes():
        return text.upper()
    if text.upper() == "UK":  # not an ISO code, but what everybody writes
        return "GB"
    code = _country_names().get(_fold(text))
    if code is None:
        raise Unreadable("INVALID_COUNTRY")
    return code


# -------------------------------------------------------------------------------------- phones
_PHONE_JUNK = str.maketrans("", "", " .-()/\u00a0\u202f\u2009\t")


@lru_cache(maxsize=512)
def _region_plan(region: str) -> tuple[str, frozenset[int], Any] | None:
    """(country code, possible lengths, national pattern) where the fast path is exact, else None.

    Only regions whose trunk prefix is a plain `0` (France, Sweden, the UK, Germany, ...): there
    `0` + national number is what phonenumbers strips, and nothing else is.
    """
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if meta is None or meta.general_desc is None:
        return None
    if meta.national_prefix != "0" or meta.national_prefix_for_parsing not in (None, "0"):
        return None
    if meta.national_prefix_transform_rule:
        return None
    lengths = frozenset(meta.general_desc.possible_length or ())
    if not lengths or meta.general_desc.possible_length_local_only:
        return None
    pattern = re.compile(meta.general_desc.national_number_pattern)
    return (str(meta.country_code), lengths, pattern)


def normalise_phone_slow(value: Any, region: str | None) -> str | None:
    """E.164 through phonenumbers: the reference that the fast path must agree with."""
    text = cell_text(value).strip()
    if _blank(text):
        return None
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        raise Unreadable("INVALID_PHONE") from None
    if not phonenumbers.is_possible_number(number):
        raise Unreadable("INVALID_PHONE")
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


@lru_cache(maxsize=1)
def _single_region_codes() -> dict[str, str]:
    """Country calling code -> its region, for codes that belong to one region only."""
    return {
        str(code): regions[0]
        for code, regions in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.items()
        if len(regions) == 1 and regions[0] != "001"
    }


@lru_cache(maxsize=512)
def _idd_is_00(region: str) -> bool:
    """Whether '00' is how people dial abroad from `region` (Europe: yes; the US: 011)."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    return meta is not None and meta.international_prefix == "00"


def _international_plan(digits: str) -> tuple[str, str] | None:
    """(country code, national number) of '+CC...' / '00CC...' when the fast path applies."""
    body = digits[1:] if digits[0] == "+" else digits[2:]
    if not body.isdigit():
        return None
    codes = _single_region_codes()
    for size in (1, 2, 3):
        region = codes.get(body[:size])
        if region is not None:
            plan = _region_plan(region)
            if plan is None or plan[0] != body[:size]:
                return None
            return plan[0], body[size:]
    return None


def normalise_phone(value: Any, region: str | None) -> str | None:
    """E.164 (`+33612345678`) from what people type, read in `region` when it has no `+`.

    A number typed without its trunk `0` (Excel drops leading zeros) reads the same as with it.
    Numbers whose length is impossible for their country are refused.
    """
    text = cell_text(value)
    digits = text.translate(_PHONE_JUNK)
    if region and digits.isascii():
        plan = _region_plan(region)
        if plan is not None:
            code, lengths, pattern = plan
            if digits.isdigit():
                national = digits[1:] if digits[0] == "0" else digits
            elif digits[:1] == "+" and digits[1 : 1 + len(code)] == code:
                national = digits[1 + len(code) :]
                if not national.isdigit():
                    national = ""
            else:
                national = ""
            if (
                national
                and national[0] != "0"
                and len(national) in lengths
                and pattern.fullmatch(national)
            ):
                return f"+{code}{national}"
    if digits[:1] == "+" or (digits[:2] == "00" and region and _idd_is_00(region)):
        # Another country's number, written internationally: read with that country's plan.
        found = _international_plan(digits) if digits.isascii() and len(digits) > 4 else None
        if found is not None:
            code, national = found
            plan = _region_plan(phonenumbers.region_code_for_country_code(int(code)))
            if (
                plan is not None
                and national
                and national[0] != "0"
                and len(national) in plan[1]
                and plan[2].fullmatch(national)
            ):
                return f"+{code}{national}"
    return normalise_phone_slow(text, region)


# ------------------------------------------------------------------------------------ addresses
_DOT_ATOM = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")


_ASCII_DOMAIN = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}")
_R_LDH = re.compile(r"(?:^|\.)..--")  # 'ab--c' labels are reserved (only xn-- is allowed)
_SPECIAL_USE = ("arpa", "invalid", "local", "localhost", "onion", "test")


@lru_cache(maxsize=65536)
def _domain_ok(domain: str) -> bool:
    # Plain lower-case ASCII domains are checked by the rules email-validator applies to them;
    # anything else (IDN, upper case, xn--, odd labels) goes through email-validator itself.
    if len(domain) <= 253 and _ASCII_DOMAIN.fullmatch(domain) and not _R_LDH.search(domain):
        return domain.rpartition(".")[2] not in _SPECIAL_USE
    return is_valid_email("a@" + domain)


def email_is_valid(address: str) -> bool:
    """Same answer as `compliance.emails.is_valid_email`, faster on plain ASCII addresses."""
    local, at, domain = address.rpartition("@")
    if (
        at
        and len(address) <= 254
        and 0 < len(local) <= 64
        and local.isascii()
        and _DOT_ATOM.fullmatch(local)
    ):
        return _domain_ok(domain)
    return is_valid_email(address)


def normalise_address(value: Any) -> tuple[str, str, bool] | None:
    """(stored form, comparison key, valid) for an address cell, or None when blank."""
    text = (value if value.__class__ is str else cell_text(value)).strip()
    if _blank(text):
        return None
    address = normalise_email(text)
    return address, address.lower(), email_is_valid(address)


# ------------------------------------------------------------------------------ per-field cache
TEXT_FIELDS = frozenset({"consent_source", "consent_wording", "consent_method", "notes"})
NAME_FIELDS = frozenset({"first_name", "last_name", "company", "job_title", "product_category"})


_MISSING = object()


class Normaliser:
    """Field-by-field normalisation with a cache for fields whose values repeat.

    `normalise(field, value, region)` returns the stored value or None, or raises `Unreadable`.
    """

    CACHED = DATE_FIELDS | YES_NO_FIELDS | {"country", "audience", "lawful_basis"}

    def __init__(self, max_cached: int = 100_000) -> None:
        self._caches: dict[str, dict[Any, Any]] = {f: {} for f in self.CACHED}
        self._max = max_cached
        self._functions: dict[str, Callable[[Any], Any]] = {}
        for name in DATE_FIELDS:
            self._functions[name] = normalise_date
        for name in YES_NO_FIELDS:
            self._functions[name] = normalise_yes_no
        for name in ("audience", "lawful_basis", "job_function", "seniority"):
            self._functions[name] = lambda v, _n=name: normalise_enum(_n, v)
        self._functions["country"] = normalise_country
        self._functions["tags"] = normalise_tags
        for name in NAME_FIELDS:
            self._functions[name] = normalise_name
        for name in TEXT_FIELDS:
            self._functions[name] = normalise_text

    def plain(self, field: str) -> Callable[[Any], Any]:
        """The uncached normaliser of one field (for callers that keep their own cache)."""
        return self._functions[field]

    def function(self, field: str) -> Callable[[Any], Any]:
        """The (cached when useful) normaliser of one field; phone and email are not here."""
        plain = self._functions[field]
        cache = self._caches.get(field)
        if cache is None:
            return plain
        limit = self._max

        get = cache.get

        def cached(value: Any) -> Any:
            try:
                found = get(value, _MISSING)
            except TypeError:  # unhashable: not from a reader, but be safe
                return plain(value)
            if found is _MISSING:
                try:
                    found = plain(value)
                except Unreadable as exc:
                    found = exc
                if len(cache) < limit:
                    cache[value] = found
            if found.__class__ is Unreadable:
                raise Unreadable(found.reason)
            return found

        return cached
