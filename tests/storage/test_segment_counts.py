"""The fast segment count agrees with the plain SQL of the filter, whatever path it takes (the
choices it makes from samples and sizes only decide the speed: each one is forced both ways
here); the editor's choices and the sidebar's counts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compliance.segment_filter import SegmentFilter
from storage import segments
from storage.contacts import add_contact, delete_contacts
from storage.importer import ImportOptions, run_import
from storage.workspace import Workspace

TITLES = ["Directeur financier", "VD", "Säljare", "Comptable", None]
COUNTRIES = ["FR", "SE", None]
TAGS = ["vip", "salon; vip", None]
BASES = ["legitimate_interest", "contract", None, "legitimate_interest"]
COMPANIES = ["Bygg AB", "Acme SAS", None]


def _plain_count(ws: Any, f: SegmentFilter) -> int:
    where, params = segments.filter_sql(f)
    sql = "SELECT count(*) FROM contacts" + (f" WHERE {where}" if where else "")
    return int(ws.conn.execute(sql, params).fetchone()[0])


@pytest.fixture(scope="module")
def counted_ws(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """Three import batches of different kinds plus contacts entered by hand; blanks (NULL) in
    every prefix column of contacts_facets, and a gap in the ids (a deleted contact)."""
    folder: Path = tmp_path_factory.mktemp("counts")
    ws = Workspace.open(folder / "ws.db", today=dt.date(2026, 11, 28))
    n = 0
    for batch, source_type in enumerate(("trade_show", "purchased", "own_form")):
        path = folder / f"b{batch}.csv"
        lines = ["email,job_title,country,tags,last_name,audience,lawful_basis,company"]
        for i in range(12 + 6 * batch):
            n += 1
            title = TITLES[(i + batch) % len(TITLES)] or ""
            country = COUNTRIES[i % len(COUNTRIES)] or ""
            tags = TAGS[(i * 7 + batch) % len(TAGS)] or ""
            name = ("Dupont", "Martin", "Berg")[i % 3]
            audience = ("b2b", "b2c", "")[(i + batch) % 3]
            basis = BASES[(i * 5 + batch) % len(BASES)] or ""
            company = COMPANIES[(i + 2 * batch) % len(COMPANIES)] or ""
            lines.append(
                f'p{n}@x{batch}.example,{title},{country},"{tags}",{name},{audience},{basis},'
                f"{company}"
            )
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        run_import(ws, path, ImportOptions(source_type=source_type, source_name=f"B{batch}"))
    # Some contacts in two batches (re-imported), some by hand.
    again = folder / "again.csv"
    again.write_text("email\np1@x0.example\np2@x0.example\n", encoding="utf-8")
    run_import(ws, again, ImportOptions(source_type="partner", source_name="Again"))
    for i in range(4):
        add_contact(ws, {"email": f"hand{i}@example.fr", "last_name": "Dupont", "country": "FR"})
    gone = ws.conn.execute("SELECT id FROM contacts WHERE email = 'p20@x1.example'").fetchone()
    delete_contacts(ws, [gone[0]])
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
    audiences=st.lists(st.sampled_from(["b2b", "b2c"]), max_size=2).map(tuple),
    lawful_bases=st.lists(
        st.sampled_from(["legitimate_interest", "contract", "consent"]), max_size=2
    ).map(tuple),
    source_types=st.lists(
        st.sampled_from(["trade_show", "purchased", "own_form", "partner", "manual", "rented"]),
        max_size=3,
    ).map(tuple),
    source_ids=st.lists(st.integers(1, 9), max_size=2).map(tuple),
    tags=st.lists(st.sampled_from(["vip", "salon"]), max_size=1).map(tuple),
    company=st.sampled_from(["", "bygg"]),
    collected_from=st.sampled_from(["", "2000-01-01", "2999-01-01"]),
    text=st.sampled_from(["", "dupont", "ma", "berg", "zzz"]),
    consent=st.sampled_from([None, False]),
)

# Each choice count() makes for speed, forced one way and the other (None: its own judgement).
PATHS = st.fixed_dictionaries(
    {
        "_SMALL_ID_SET": st.sampled_from([0, 20_000]),  # a set's ids looked up, or probed
        "_MAX_FACET_RANGES": st.sampled_from([0, 2_000]),  # the planner's plan, or index ranges
        "_most_pass": st.sampled_from([None, True, False]),  # count the kept, or the left out
        "_sample": st.sampled_from([None, "all held"]),  # a set may hold everyone: count them
    }
)


def _force(monkeypatch: pytest.MonkeyPatch, paths: dict[str, Any]) -> None:
    for name, value in paths.items():
        if value is None:
            continue
        if name == "_most_pass":
            monkeypatch.setattr(segments, name, lambda *_a, v=value: v)
        elif name == "_sample":
            monkeypatch.setattr(segments, name, lambda *_a: (5, 5))
        else:
            monkeypatch.setattr(segments, name, value)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(f=filters, paths=PATHS)
def test_the_fast_count_agrees_with_the_filter_sql(
    counted_ws: Any, f: SegmentFilter, paths: dict[str, Any]
) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        _force(monkeypatch, paths)
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
        # a set and IN lists on contacts_facets' leading columns, blanks (NULL) left out
        SegmentFilter(source_types=("trade_show",), audiences=("b2b",)),
        SegmentFilter(source_ids=(3,), countries=("FR", "SE")),
        SegmentFilter(source_ids=(3,), lawful_bases=("legitimate_interest",)),
        SegmentFilter(source_ids=(2, 3), audiences=("b2b", "b2c"), lawful_bases=("contract",)),
        SegmentFilter(source_types=("own_form",), countries=("SE",), functions=("executive",)),
        SegmentFilter(source_types=("purchased",), audiences=("b2c",), tags=("vip",)),
        SegmentFilter(source_ids=(2,), audiences=("b2b",), company="bygg"),  # not in the index
        SegmentFilter(source_ids=(2,), countries=("DE",)),  # no contact in those ranges
        SegmentFilter(source_ids=(2, 3), text="dupont", countries=("FR", "SE")),  # two sets
        # every imported contact (more than half of the ids, not every contact)
        SegmentFilter(source_types=("trade_show", "purchased", "own_form"), audiences=("b2b",)),
    ],
)
@pytest.mark.parametrize("most", [None, True, False])
@pytest.mark.parametrize("sample", [None, "all held"])
def test_each_path_of_the_count(
    counted_ws: Any,
    f: SegmentFilter,
    most: bool | None,
    sample: str | None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(segments, "_SMALL_ID_SET", 0)  # every set is "big" here
    _force(monkeypatch, {"_sample": sample, "_most_pass": most})
    assert segments.count(counted_ws, f) == _plain_count(counted_ws, f)


def test_the_facet_ranges_are_every_combination_present(counted_ws: Any) -> None:
    for depth in (1, 2, 3):
        columns = ", ".join(segments._FACET_PREFIX[:depth])
        present = counted_ws.conn.execute(f"SELECT DISTINCT {columns} FROM contacts").fetchall()
        ranges = segments._facet_ranges(counted_ws.conn, depth)
        assert ranges is not None and len(ranges) == len(set(ranges))
        assert set(ranges) == {tuple(r) for r in present}
        assert (None,) * depth in ranges  # blanks are a range too


def test_a_set_holding_every_contact_is_dropped_even_with_gaps_in_the_ids(ws: Any) -> None:
    ids = [add_contact(ws, {"email": f"g{i}@example.se", "country": "SE"}) for i in range(6)]
    delete_contacts(ws, [ids[2]])  # the ids now span more than the contacts
    everyone = ws.conn.execute("SELECT id FROM sources").fetchall()
    f = SegmentFilter(source_ids=tuple(r[0] for r in everyone), countries=("SE",))
    assert segments.count(ws, f) == _plain_count(ws, f) == 5
    fewer = SegmentFilter(source_ids=tuple(r[0] for r in everyone[:4]), audiences=("b2b",))
    assert segments.count(ws, fewer) == _plain_count(ws, fewer) == 0


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
