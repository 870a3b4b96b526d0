"""ContactQuery's fast paths return exactly what the plain query returns.

Pages read backwards from the end (second half of a result) and searches that walk a sort index
(broad searches) must give the same rows, in the same order, as one straight query.
"""

from __future__ import annotations

from typing import Any

import pytest

import storage.contacts as contacts
from bench.generate import generate_rows
from storage.contacts import TABLE_COLUMNS, ContactQuery, add_contact
from storage.demo import bulk_insert

N = 400


@pytest.fixture
def many(ws: Any) -> Any:
    bulk_insert(ws, generate_rows(N, seed=7, dirty=0.0), source_name="Test data (fictitious)")
    # Same names and blanks on purpose: ties must break on id, blanks must sort last.
    add_contact(ws, {"email": "blank1@example.com"})
    add_contact(ws, {"email": "blank2@example.com", "company": "Zzz"})
    return ws


def nocase(text: str) -> str:
    """SQLite's NOCASE: only ASCII letters fold."""
    return text.translate(ASCII_FOLD)


ASCII_FOLD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def paged(query: ContactQuery, ws: Any, size: int) -> list[tuple[Any, ...]]:
    total = query.count(ws)
    rows: list[tuple[Any, ...]] = []
    for offset in range(0, total, size):
        rows.extend(query.page(ws, offset, size, total=total))
    return rows


@pytest.mark.parametrize("column", TABLE_COLUMNS)
@pytest.mark.parametrize("descending", [False, True])
def test_pages_from_either_end_make_the_whole_result(
    many: Any, column: str, descending: bool
) -> None:
    query = ContactQuery(sort_column=column, descending=descending)
    straight = query.page(many, 0, 10_000)
    assert len(straight) == query.count(many)
    assert paged(query, many, 37) == straight


@pytest.mark.parametrize("column", ["last_name", "company", "email", "job_function"])
@pytest.mark.parametrize("search", ["a", "ma", "example"])
def test_a_broad_search_walking_the_index_finds_the_same_rows(
    many: Any, monkeypatch: pytest.MonkeyPatch, column: str, search: str
) -> None:
    query = ContactQuery(search=search, sort_column=column)
    straight = query.page(many, 0, 10_000)  # below the threshold: reads the matches, sorts
    assert straight, "the search should find something"
    monkeypatch.setattr(contacts, "_WALK_INDEX_ABOVE", 5)
    assert query.page(many, 0, 10_000) == straight
    assert paged(query, many, 23) == straight


def test_blank_names_sort_after_names_both_ways(many: Any) -> None:
    rows = ContactQuery(sort_column="last_name").page(many, 0, 10_000)
    last_names = [r[TABLE_COLUMNS.index("last_name") + 1] for r in rows]
    blanks = [i for i, name in enumerate(last_names) if name is None]
    assert blanks and blanks == list(range(len(rows) - len(blanks), len(rows)))
    named = [n for n in last_names if n is not None]
    assert named == sorted(named, key=nocase)
    reverse = ContactQuery(sort_column="last_name", descending=True).page(many, 0, 10_000)
    assert reverse == rows[::-1]


def test_a_search_count_is_the_number_of_rows_found(many: Any) -> None:
    for search in ("a", "ma", "nobody-at-all", "example com"):
        query = ContactQuery(search=search)
        assert query.count(many) == len(query.page(many, 0, 10_000))


def test_a_page_past_the_end_is_empty(many: Any) -> None:
    query = ContactQuery()
    total = query.count(many)
    assert query.page(many, total, 50, total=total) == []
    assert len(query.page(many, total - 3, 50, total=total)) == 3
