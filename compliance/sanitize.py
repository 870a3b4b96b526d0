"""Cells that cannot start a spreadsheet formula (CSV/formula injection; OWASP, ASVS 1.2.10).

Every exporter passes every cell through `safe_cell`. A value whose first character could make a
spreadsheet treat it as a formula or a DDE call (`=`, `+`, `-`, `@`, tab, CR, LF, NUL) gets a
leading apostrophe, as OWASP recommends; spreadsheets show an apostrophe-prefixed cell as text.

Leading whitespace is not a safe harbour: several spreadsheets (and import options such as
"trim spaces") drop it before parsing, so " =1+1" or "\u00a0@SUM(A1)" is neutralised too, and so
are invisible format characters such as a zero-width space or a byte-order mark in front of a
formula character. The full-width forms (U+FF1D and friends) are treated like their ASCII twins,
because some East-Asian spreadsheet set-ups convert them.

Not this function's job, but part of the defence: a CSV writer must quote every field
(`csv.QUOTE_ALL`), so a separator inside a value (`x;=1+1` read by a French Excel, which splits
on `;`) cannot start a new cell.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

FORMULA_CHARS = frozenset("=+-@\t\r\n\0\uff1d\uff0b\uff0d\uff20")
_ESCAPE = "'"


def _skippable(char: str) -> bool:
    """Whitespace and invisible characters a spreadsheet may drop before parsing a cell."""
    return char.isspace() or unicodedata.category(char) in ("Cc", "Cf", "Zs", "Zl", "Zp")


def is_dangerous(text: str) -> bool:
    """True when `text` could be read as a formula by some spreadsheet."""
    for char in text:
        if char in FORMULA_CHARS:
            return True
        if not _skippable(char):
            return False
    return False


def safe_cell(value: object) -> str:
    """`value` as the text of an exported cell that no spreadsheet will evaluate.

    None becomes an empty cell; dates become ISO dates; booleans become yes/no (the contract's
    spelling); anything else its `str()`. Numbers are written as text too, so a negative number
    such as -5 comes out as '-5 (the price of a rule with no exceptions).
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        text = "yes" if value else "no"
    elif isinstance(value, dt.date | dt.datetime):
        text = value.isoformat()
    else:
        text = str(value)
    if text and is_dangerous(text):
        return _ESCAPE + text
    return text
