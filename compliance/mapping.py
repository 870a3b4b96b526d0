"""Which spreadsheet column goes to which contact field (pure).

Headers map by the contract's field names and by common header names in English, French and
Swedish, kept as data in `resources/headers/*.json` (adding a language is adding a file). A
column that looks like special-category data (health, religion, ...) never maps, whatever the
user asks. Columns that map to nothing are not imported (data minimisation) and are shown as
ignored.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .fields import CONTACT_FIELDS
from .special_categories import CATEGORY_LABELS, special_category

_HEADERS_DIR = Path(__file__).resolve().parent.parent / "resources" / "headers"

# How a column got its field, shown in the mapping page.
EXACT = "exact"  # the header is the field's name
SYNONYM = "synonym"  # a known header name in one of the languages
GUESS = "guess"  # the header contains a known name ("Work e-mail (primary)")
REMEMBERED = "remembered"  # the mapping used last time for this source name
USER = "user"  # chosen by the user
SPECIAL = "special"  # special-category data: never imported
IGNORED = "ignored"  # no field


def header_tokens(header: str) -> tuple[str, ...]:
    """Lower-case words without accents: 'Prénom (contact)' -> ('prenom', 'contact')."""
    decomposed = unicodedata.normalize("NFKD", str(header).casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return tuple(re.findall(r"[a-z0-9]+", plain.replace("_", " ")))


def header_key(header: str) -> str:
    """The comparison form of a header: 'E-mail' and 'email' and 'E mail' are one key."""
    return "".join(header_tokens(header))


@lru_cache(maxsize=1)
def synonyms() -> dict[str, str]:
    """Header key -> field, over every language file (the field's own name included)."""
    table: dict[str, str] = {}
    for path in sorted(_HEADERS_DIR.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for field, names in data["fields"].items():
            if field not in CONTACT_FIELDS:
                raise ValueError(f"{path.name}: unknown field {field}")
            for name in names:
                table.setdefault(header_key(name), field)
    for field in CONTACT_FIELDS:
        table[header_key(field)] = field  # the contract's names always win
    return table


@lru_cache(maxsize=1)
def _phrases() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Known names as word sequences, indexed by their first word, longest first."""
    seen: dict[tuple[str, ...], str] = {}
    for path in sorted(_HEADERS_DIR.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for field, names in data["fields"].items():
            for name in names:
                tokens = header_tokens(name)
                if tokens and len("".join(tokens)) >= 3:
                    seen.setdefault(tokens, field)
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for tokens, field in seen.items():
        index.setdefault(tokens[0], []).append((tokens, field))
    for entries in index.values():
        entries.sort(key=lambda item: -len("".join(item[0])))
    return index


@lru_cache(maxsize=1)
def _field_keys() -> frozenset[str]:
    return frozenset(header_key(f) for f in CONTACT_FIELDS)


def _phrase_matches(tokens: tuple[str, ...]) -> list[tuple[tuple[str, ...], str]]:
    """Known names found as whole words in `tokens`, longest first."""
    index = _phrases()
    found = []
    for start, token in enumerate(tokens):
        for phrase, field in index.get(token, ()):
            if tokens[start : start + len(phrase)] == phrase:
                found.append((phrase, field))
    found.sort(key=lambda item: -len("".join(item[0])))
    return found


@lru_cache(maxsize=8192)
def suggest_field(header: str) -> tuple[str | None, str]:
    """(field, how) for one header; (None, SPECIAL) for special-category data."""
    if special_category(header):
        return None, SPECIAL
    key = header_key(header)
    if not key:
        return None, IGNORED
    if key in _field_keys():
        return synonyms()[key], EXACT
    if key in synonyms():
        return synonyms()[key], SYNONYM
    matches = _phrase_matches(header_tokens(header))
    if matches:
        longest = len("".join(matches[0][0]))
        fields = {f for p, f in matches if len("".join(p)) == longest}
        if len(fields) == 1:  # two different fields as long as each other: let the user say
            return fields.pop(), GUESS
    return None, IGNORED


@dataclass(frozen=True)
class ColumnMap:
    """One column of the file and what happens to it."""

    index: int
    header: str
    field: str | None
    how: str
    special: str | None = None  # the special category, when `how` is SPECIAL


@dataclass(frozen=True)
class ColumnMapping:
    columns: tuple[ColumnMap, ...]
    warnings: tuple[str, ...] = ()

    def fields(self) -> dict[str, int]:
        """field -> column index, for the mapped columns."""
        return {c.field: c.index for c in self.columns if c.field}

    def ignored(self) -> list[ColumnMap]:
        return [c for c in self.columns if not c.field]

    def special(self) -> list[ColumnMap]:
        return [c for c in self.columns if c.how == SPECIAL]

    def as_choices(self) -> dict[str, str | None]:
        """header -> field (None for ignored): what is remembered for a source name."""
        return {c.header: c.field for c in self.columns if c.header and c.how != SPECIAL}


class _Choices:
    """User or remembered choices, found by exact header, then case- and accent-insensitively."""

    def __init__(self, table: Mapping[str, str | None]) -> None:
        self.exact = dict(table)
        self.by_key: dict[str, str | None] = {}
        for name, field in table.items():
            key = header_key(name)
            if key:
                self.by_key.setdefault(key, field)

    def find(self, header: str) -> tuple[bool, str | None]:
        if header in self.exact:
            return True, self.exact[header]
        key = header_key(header)
        if key and key in self.by_key:
            return True, self.by_key[key]
        return False, None


def build_mapping(
    headers: Sequence[str],
    *,
    remembered: Mapping[str, str | None] | None = None,
    overrides: Mapping[str, str | None] | None = None,
) -> ColumnMapping:
    """Map every header: the user's overrides, then the remembered mapping, then suggestions.

    A field goes to one column only: the user's choice wins, then the first column from the
    left. An override naming an unknown field raises ValueError (the front says which).
    """
    overrides = dict(overrides or {})
    remembered = dict(remembered or {})
    for header, field in overrides.items():
        if field is not None and field not in CONTACT_FIELDS:
            raise ValueError(f"unknown field '{field}' for column '{header}'")
    warnings: list[str] = []
    proposals: list[tuple[str | None, str, str | None]] = []
    user, memory = _Choices(overrides), _Choices(remembered)
    header_keys = {header_key(h) for h in headers} | set(headers)
    unmatched = {h for h in overrides if h not in header_keys and header_key(h) not in header_keys}
    for header in headers:
        category = special_category(header)
        if category:
            proposals.append((None, SPECIAL, category))
            found, wanted = user.find(header)
            if found and wanted:
                warnings.append(
                    f"The column '{header}' looks like {CATEGORY_LABELS[category]} data and is "
                    "never imported, even when chosen."
                )
            continue
        found, field = user.find(header)
        if found:
            proposals.append((field, USER if field else IGNORED, None))
            continue
        found, field = memory.find(header)
        if found and (field is None or field in CONTACT_FIELDS):
            proposals.append((field, REMEMBERED if field else IGNORED, None))
            continue
        field, how = suggest_field(header)
        proposals.append((field, how, None))
    for header in sorted(unmatched):
        warnings.append(f"There is no column '{header}' in the file.")
    # One column per field: the user's choice first, then from left to right.
    owner: dict[str, int] = {}
    for rank in (USER, None):
        for i, (field, how, _) in enumerate(proposals):
            if field and (how == USER) == (rank == USER) and field not in owner:
                owner[field] = i
    columns = []
    for i, (header, (field, how, category)) in enumerate(zip(headers, proposals, strict=True)):
        if field and owner.get(field) != i:
            warnings.append(
                f"The columns '{headers[owner[field]]}' and '{header}' both look like "
                f"{field}; only '{headers[owner[field]]}' is imported."
            )
            field, how = None, IGNORED
        columns.append(ColumnMap(i, str(header), field, how, category))
    return ColumnMapping(tuple(columns), tuple(warnings))


def parse_map_options(items: Sequence[str]) -> dict[str, str | None]:
    """`HEADER=field` options (`HEADER=` or `HEADER=ignore` to leave a column out)."""
    result: dict[str, str | None] = {}
    for item in items:
        header, eq, field = item.rpartition("=")
        if not eq or not header.strip():
            raise ValueError(f"'{item}' is not HEADER=field")
        field = field.strip()
        result[header.strip()] = None if field in ("", "ignore", "none", "-") else field
    return result
