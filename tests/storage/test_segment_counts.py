"""The fast segment count agrees with the plain SQL of the filter, whatever path it takes; the
editor's choices and the sidebar's counts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compliance.segment_filter import SegmentFilter
from storage import segments
from storage.contacts import add_contact
from storage.importer import ImportOptions, run_import
from storage.workspace import Workspace

TITLES = ["Directeur financier", "VD", "Säljare", "Comptable", None]
COUNTRIES = ["FR", "SE", None]
TAGS = ["vip", "salon; vip", None]


def _plain_count(ws: Any, f: SegmentFilter) -> int:
    where, params = segments.filter_sql(f)
    sql = "SELECT count(*) FROM contacts" + (f" WHERE {where}" if where else "")
    return int(ws.conn.execute(sql, params).fetchone()[0])


@pytest.fixture(scope="module")
def counted_ws(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """Three import batches of different kinds plus contacts entered by hand."""
    folder: Path = tmp_path_factory.mktemp("counts")
    ws = Workspace.open(folder / "ws.db", today=dt.date(2026, 11, 28))
    n = 0
    for batch, source_type in enumerate(("trade_show", "purchased", "own_form")):
        path = folder / f"b{batch}.csv"
        lines = ["email,job_title,country,tags,last_name,audience"]
        for i in range(12 + 6 * batch):
            n += 1
            title = TITLES[(i + batch) % len(TITLES)] or ""
            country = COUNTRIES[i % len(COUNTRIES)] or ""
            tags = TAGS[(i * 7 + batch) % len(TAGS)] or ""
            name = ("Dupont", "Martin", "Berg")[i % 3]
            audience = ("b2b", "b2c", "")[(i + batch) % 3]
            lines.append(f'p{n}@x{batch}.example,{title},{country},"{tags}",{name},{audience}')
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        run_import(ws, path, ImportOptions(source_type=source_type, source_name=f"B{batch}"))
    # Some contacts in two batches (re-imported), some by hand.
    again = folder / "again.csv"
    again.write_text("email\np1@x0.example\np2@x0.example\n", encoding="utf-8")
    run_import(ws, again, ImportOptions(source_type="partner", source_name="Again"))
    for i in range(4):
        add_contact(ws, {"email": f"hand{i}@example.fr", "last_name": "Dupont", "country": "FR"})
    yield ws
    ws.close()


def _batches(ws: Any) -> list[int]:
    return [r[0] for r in ws.conn.execute("SELECT id FROM sources ORDER BY id")]


filters = st.builds(
    SegmentFilter,
    functions=st.lists(st.sampled_from(["executive", "finance", "sales", "other"]), max_size=2).map(
        tuple
    ),
    countries=st.lists(st.sampled_from(["FR", "SE", "GB"]), max_size=2).map(tuple),
    audiences=st.lists(st.sampled_from(["b2b", "b2c"]), max_size=1).map(tuple),
    source_types=st.lists(
        st.sampled_from(["trade_show", "purchased", "own_form", "partner", "manual", "rented"]),
        max_size=3,
    ).map(tuple),
    source_ids=st.lists(st.integers(1, 9), max_size=2).map(tuple),
    tags=st.lists(st.sampled_from(["vip", "salon"]), max_size=1).map(tuple),
    text=st.sampled_from(["", "dupont", "ma", "berg", "zzz"]),
    consent=st.sampled_from([None, False]),
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(f=filters, small=st.sampled_from([0, 20_000]))
def test_the_fast_count_agrees_with_the_filter_sql(
    counted_ws: Any, f: SegmentFilter, small: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(segments, "_SMALL_ID_SET", small)  # both ways of probing a set
    assert segments.count(counted_ws, f) == _plain_count(counted_ws, f)


@pytest.mark.parametrize(
    "f",
    [
        SegmentFilter(),
        SegmentFilter(text="dupont"),  # one set, no column condition
        SegmentFilter(source_types=("trade_show", "partner")),  # a contact in both: once
        SegmentFilter(source_types=("partner",), text="dupont"),  # two sets intersected
        SegmentFilter(source_types=("rented",)),  # an empty set
        SegmentFilter(countries=("FR",), source_ids=(1, 2, 3, 4, 5, 6, 7, 8)),  # every contact
        SegmentFilter(countries=("SE",), source_types=("purchased",), text="berg"),
    ],
)
def test_each_path_of_the_count(counted_ws: Any, f: SegmentFilter) -> None:
    assert segments.count(counted_ws, f) == _plain_count(counted_ws, f)


def test_counting_leaves_no_transaction_open(counted_ws: Any) -> None:
    segments.count(counted_ws, SegmentFilter(text="dupont", countries=("FR",)))
    assert not counted_ws.conn.in_transaction
    with counted_ws.transaction():  # and works inside one
        assert segments.count(counted_ws, SegmentFilter(text="dupont")) > 0
    assert not counted_ws.conn.in_transaction


def test_the_editor_choices_list_countries_and_live_batches(counted_ws: Any) -> None:
    choices = segments.filter_choices(counted_ws)
    countries = dict(choices.countries)
    assert set(countries) == {"FR", "SE"}
    assert countries["FR"] == _plain_count(counted_ws, SegmentFilter(countries=("FR",)))
    assert [c[1] for c in choices.countries] == sorted(countries.values(), reverse=True)
    ids = [b.id for b in choices.batches]
    assert ids == sorted(_batches(counted_ws), reverse=True)  # newest first
    assert {b.source_name for b in choices.batches} >= {"B0", "B1", "B2", "Again"}


def test_segment_counts_give_each_saved_segment_its_number(ws: Any) -> None:
    for i, country in enumerate(["FR", "FR", "SE"]):
        add_contact(ws, {"email": f"a{i}@example.com", "country": country})
    fr = segments.save_segment(ws, "France", SegmentFilter(countries=("FR",)))
    se = segments.save_segment(ws, "Sweden", SegmentFilter(countries=("SE",)))
    assert segments.segment_counts(ws) == {fr: 2, se: 1}
