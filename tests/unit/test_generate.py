"""The fake-prospect generator (bench.generate): deterministic, realistic, dirty as asked."""

from __future__ import annotations

import csv
import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bench.fakedata import companies, titles
from bench.generate import (
    COLUMNS,
    DEMO_DIRTY,
    demo_rows,
    generate_rows,
    main,
    write_csv,
    write_xlsx,
)
from compliance.fields import AUDIENCES, CONTACT_FIELDS, DATE_FIELDS, LAWFUL_BASES

ROOT = Path(__file__).resolve().parents[2]
GENERIC = set(companies.FR_GENERIC + companies.SV_GENERIC + companies.EN_GENERIC)
# A deliberately plain shape check: the clean rows only ever hold lower-case ASCII addresses.
ADDRESS = re.compile(r"^[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?@[a-z0-9-]+(?:\.[a-z0-9-]+)+$")
DATE_SHAPES = (
    re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    re.compile(r"^\d{2}/\d{2}/\d{4}$"),
    re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$"),
)


def dirt(row: dict[str, str], seen: set[str]) -> str | None:
    """What is visibly wrong with a row, judged from the outside (None when it looks clean)."""
    email = row["email"]
    normal = email.strip().lower()
    try:
        if not normal:
            return "blank_email"
        if not ADDRESS.match(normal) or ".." in normal:
            return "invalid"
        if normal in seen:
            return "duplicate"
        if email != normal:
            return "padded_or_case"
        if not row["first_name"] and normal.partition("@")[0] not in GENERIC:
            return "blank_fields"
        for name in (row["first_name"], row["last_name"]):
            if name != " ".join(name.split()):
                return "spaces"
        return None
    finally:
        seen.add(normal)


def dirt_counts(rows: list[dict[str, str]]) -> dict[str, int]:
    seen: set[str] = set()
    counts: dict[str, int] = {}
    for row in rows:
        kind = dirt(row, seen)
        if kind:
            counts[kind] = counts.get(kind, 0) + 1
    return counts


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    return list(generate_rows(20_000, seed=11))


def test_columns_are_contract_fields_in_contract_order() -> None:
    assert set(COLUMNS) <= set(CONTACT_FIELDS)
    assert list(COLUMNS) == [f for f in CONTACT_FIELDS if f in COLUMNS]
    # job_function and seniority are for the app to derive from the title.
    assert set(CONTACT_FIELDS) - set(COLUMNS) == {"job_function", "seniority"}


@pytest.mark.parametrize("n", [0, 1, 17, 2_500])
def test_yields_exactly_n_rows_with_every_column(n: int) -> None:
    out = list(generate_rows(n, seed=3))
    assert len(out) == n
    assert all(tuple(row) == COLUMNS for row in out)
    assert all(isinstance(v, str) for row in out for v in row.values())


def test_same_seed_same_rows_other_seed_other_rows() -> None:
    first = list(generate_rows(3_000, seed=5))
    assert first == list(generate_rows(3_000, seed=5))
    assert first != list(generate_rows(3_000, seed=6))
    # A longer run starts with the shorter one.
    assert list(generate_rows(5_000, seed=5))[:3_000] == first


def test_same_arguments_write_byte_identical_csv(tmp_path: Path) -> None:
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    write_csv(a, 4_000, seed=9)
    write_csv(b, 4_000, seed=9)
    assert a.read_bytes() == b.read_bytes()
    write_csv(b, 4_000, seed=10)
    assert a.read_bytes() != b.read_bytes()


def test_rows_are_fresh_dicts_so_callers_may_change_them() -> None:
    expected = list(generate_rows(6_000, seed=4, dirty=0.3))
    kept = []  # holding every row keeps its id unique
    as_yielded = []
    for row in generate_rows(6_000, seed=4, dirty=0.3):
        kept.append(row)
        as_yielded.append(dict(row))
        row["email"] = "changed"  # must not leak into later duplicates
        row["first_name"] = "changed"
    assert len({id(row) for row in kept}) == len(kept)
    assert as_yielded == expected


def test_clean_rows_are_distinct_valid_contacts() -> None:
    out = list(generate_rows(30_000, seed=21, dirty=0.0))
    emails = [row["email"] for row in out]
    assert len(set(emails)) == len(emails)
    assert all(ADDRESS.match(e) for e in emails)
    assert dirt_counts(out) == {}
    # Names with accents are real names; addresses fold them to ASCII.
    firsts = {row["first_name"] for row in out}
    assert {"Hélène", "Åsa", "Björn", "Göran", "Chloé"} <= firsts
    assert any(row["last_name"] == "O'Brien" for row in out)
    assert all(e.isascii() for e in emails)
    by_name = {(r["first_name"], r["last_name"]): r["email"] for r in out if r["first_name"]}
    helene = [email for (first, _), email in by_name.items() if first == "Hélène"]
    assert any(e.startswith("helene.") for e in helene)


def test_colleagues_share_their_company_domain(rows: list[dict[str, str]]) -> None:
    domains: dict[str, set[str]] = {}
    for row in rows:
        if row["company"] and row["email"] and "@" in row["email"]:
            domains.setdefault(row["company"], set()).add(
                row["email"].strip().lower().split("@")[1]
            )
    big = [c for c, d in domains.items() if len(d) == 1]
    assert len(big) > 1_000
    forms = " ".join(domains)
    for form in (" SAS", " SARL", " AB", " Ltd"):
        assert form in forms


@pytest.mark.parametrize("share", [0.08, 0.3])
def test_dirty_share_is_roughly_as_asked(share: float) -> None:
    out = list(generate_rows(20_000, seed=13, dirty=share))
    counts = dirt_counts(out)
    measured = sum(counts.values()) / len(out)
    assert abs(measured - share) < 0.015, counts
    # Every kind of mess the brief lists shows up.
    assert set(counts) == {
        "blank_email",
        "invalid",
        "duplicate",
        "padded_or_case",
        "blank_fields",
        "spaces",
    }


def test_dirt_includes_exact_and_case_variant_duplicates(rows: list[dict[str, str]]) -> None:
    by_email: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        by_email.setdefault(row["email"].strip().lower(), []).append(row)
    groups = [g for e, g in by_email.items() if len(g) > 1 and e]
    exact = [g for g in groups if any(r == g[0] for r in g[1:])]
    case_variants = [g for g in groups if len({r["email"] for r in g}) > 1]
    assert len(exact) > 50
    assert len(case_variants) > 50
    invalid = {r["email"] for r in rows if "@" not in r["email"] or r["email"].endswith("@")}
    assert "no-at-sign.com" in invalid or any(e.endswith("@") for e in invalid)


def test_job_titles_come_in_three_languages(rows: list[dict[str, str]]) -> None:
    found = {row["job_title"] for row in rows}
    french = {t for pair in titles.FR_TITLES for t in pair} - set(titles.EN_TITLES)
    swedish = set(titles.SV_TITLES) - set(titles.EN_TITLES)
    english = set(titles.EN_TITLES)
    assert len(found & french) >= 40
    assert len(found & swedish) >= 40
    assert len(found & english) >= 40
    assert {"Directrice financière", "Marknadschef", "Head of Sales", "Inköpsansvarig"} <= found


def test_vocabularies_are_rich_enough() -> None:
    total = len(titles.EN_TITLES) + len(titles.FR_TITLES) + len(titles.SV_TITLES)
    assert total >= 150
    for vocabulary in (titles.EN_TITLES, titles.FR_TITLES, titles.SV_TITLES):
        assert len(set(vocabulary)) == len(vocabulary)


def test_country_values_mix_codes_and_names_in_three_languages(rows: list[dict[str, str]]) -> None:
    countries = {row["country"] for row in rows}
    assert {"FR", "France", "SE", "Sverige", "Suède", "GB", "United Kingdom", ""} <= countries


def test_phone_formats_follow_each_country(rows: list[dict[str, str]]) -> None:
    shapes = {
        "FR": re.compile(r"^(\+33 ?(\(0\))? ?[1-9]|0[1-9])[ .]?\d{2}([ .]?\d{2}){3}$"),
        "SE": re.compile(r"^(\+46 ?(\(0\))?|0)\d{1,2}[- ]?\d{2,3}( ?\d{2,3}){1,2}$"),
        "GB": re.compile(r"^(\+44 ?|0)\d{2,4} ?\d{3,4} ?\d{3,6}$"),
    }
    code = {"France": "FR", "FR": "FR", "Sverige": "SE", "SE": "SE", "GB": "GB"}
    checked = 0
    for row in rows:
        country = code.get(row["country"])
        if country and row["phone"]:
            assert shapes[country].match(row["phone"]), (country, row["phone"])
            checked += 1
    assert checked > 5_000
    phones = {row["phone"] for row in rows}
    assert any(p.startswith("+33 6 ") for p in phones)
    assert any(re.match(r"^07\d-\d{3} \d{2} \d{2}$", p) for p in phones)
    assert any(p.startswith("+46 70 ") for p in phones)
    assert any(p.startswith("+44 20 7946 ") for p in phones)


def test_enumerated_fields_hold_contract_values_or_blank(rows: list[dict[str, str]]) -> None:
    assert {row["audience"] for row in rows} == {*AUDIENCES, ""}
    assert {row["lawful_basis"] for row in rows} == {*LAWFUL_BASES, ""}
    assert {row["sole_trader"] for row in rows} == {"yes", "no", ""}
    assert {row["informed_at_collection"] for row in rows} == {"yes", "no", "oui", "ja", ""}
    b2c = [row for row in rows if row["audience"] == "b2c"]
    assert 0.03 < len(b2c) / len(rows) < 0.2
    assert sum(row["audience"] == "b2b" for row in rows) / len(rows) > 0.6


def test_consent_comes_with_and_without_proof(rows: list[dict[str, str]]) -> None:
    consent = [row for row in rows if row["lawful_basis"] == "consent"]
    proven = [row for row in consent if row["consent_date"] and row["consent_source"]]
    unproven = [row for row in consent if not (row["consent_date"] and row["consent_source"])]
    assert len(proven) > 500 and len(unproven) > 500
    # Proof only ever comes with a consent claim.
    assert all(row["lawful_basis"] == "consent" for row in rows if row["consent_source"])


def test_dates_use_the_contract_formats(rows: list[dict[str, str]]) -> None:
    used = set()
    for row in rows:
        for field in DATE_FIELDS & set(COLUMNS):
            value = row[field]
            if value:
                shape = next(i for i, s in enumerate(DATE_SHAPES) if s.match(value))
                used.add(shape)
                day = value[:10]
                if shape == 1:
                    dt.datetime.strptime(day, "%d/%m/%Y")
                else:
                    dt.date.fromisoformat(day)
    assert used == {0, 1, 2}


def test_customers_notes_tags_and_inbound_contacts_for_a_share(
    rows: list[dict[str, str]],
) -> None:
    def share(field: str) -> float:
        return sum(1 for row in rows if row[field]) / len(rows)

    for field, low, high in [
        ("customer_since", 0.05, 0.35),
        ("last_inbound_contact_date", 0.05, 0.3),
        ("notes", 0.05, 0.3),
        ("tags", 0.2, 0.6),
        ("collected_on", 0.7, 0.95),
    ]:
        assert low < share(field) < high, field
    customers = [row for row in rows if row["customer_since"]]
    assert all(row["last_purchase_date"] and row["product_category"] for row in customers)
    assert any(";" in row["tags"] for row in rows)


def test_generic_addresses_are_role_mailboxes_without_a_person(
    rows: list[dict[str, str]],
) -> None:
    clean = [r for r in rows if r["email"] == r["email"].strip().lower() and "@" in r["email"]]
    generic = [r for r in clean if r["email"].split("@")[0] in GENERIC]
    assert 0.03 < len(generic) / len(rows) < 0.12
    assert {"info", "contact", "kontakt", "sales"} <= {r["email"].split("@")[0] for r in generic}
    assert all(not r["first_name"] and not r["job_title"] and r["company"] for r in generic)


def test_b2c_rows_use_mail_providers(rows: list[dict[str, str]]) -> None:
    providers = {
        p for table in (companies.FR_PROVIDERS, companies.SV_PROVIDERS, companies.EN_PROVIDERS)
        for p, _ in table
    }  # fmt: skip
    b2c_domains = {
        row["email"].rsplit("@", 1)[-1]
        for row in rows
        if row["audience"] == "b2c" and "@" in row["email"]
    }
    assert {"gmail.com", "orange.fr", "telia.com"} <= b2c_domains
    assert len(b2c_domains & providers) >= 10


@pytest.mark.parametrize(("delimiter", "encoding"), [(",", "utf-8"), (";", "cp1252")])
def test_csv_reads_back_with_the_same_values(tmp_path: Path, delimiter: str, encoding: str) -> None:
    path = tmp_path / "prospects.csv"
    assert (
        write_csv(path, 3_000, seed=8, dirty=0.2, delimiter=delimiter, encoding=encoding) == 3_000
    )
    with path.open(newline="", encoding=encoding) as fh:
        records = list(csv.reader(fh, delimiter=delimiter))
    assert tuple(records[0]) == COLUMNS
    expected = [list(row.values()) for row in generate_rows(3_000, seed=8, dirty=0.2)]
    assert records[1:] == expected
    # What makes CSV hard is really there: the delimiter inside values (tags are ";"-separated,
    # consent sources hold commas) and accents in the chosen encoding.
    assert any(delimiter in v for row in expected for v in row)
    text = path.read_text(encoding=encoding)
    assert "é" in text and "å" in text


def test_xlsx_is_readable_by_openpyxl(tmp_path: Path) -> None:
    path = tmp_path / "prospects.xlsx"
    write_xlsx(path, 400, seed=8)
    wb = load_workbook(path, read_only=True)
    ws = wb.worksheets[0]
    records = [[("" if v is None else v) for v in r] for r in ws.iter_rows(values_only=True)]
    wb.close()
    assert tuple(records[0]) == COLUMNS
    assert records[1:] == [list(row.values()) for row in generate_rows(400, seed=8)]


def test_xlsx_date_cells_option_writes_real_dates(tmp_path: Path) -> None:
    path = tmp_path / "dates.xlsx"
    write_xlsx(path, 300, seed=8, date_cells=True)
    wb = load_workbook(path, read_only=True)
    values = [v for r in wb.worksheets[0].iter_rows(min_row=2, values_only=True) for v in r]
    wb.close()
    assert any(isinstance(v, dt.datetime) for v in values)
    assert any(isinstance(v, str) and re.match(r"^\d{2}/\d{2}/\d{4}$", v) for v in values)


def test_xlsx_refuses_more_rows_than_a_sheet_holds(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_xlsx(tmp_path / "big.xlsx", 1_048_576)
    assert not (tmp_path / "big.xlsx").exists()


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError):
        list(generate_rows(-1))
    with pytest.raises(ValueError):
        list(generate_rows(10, dirty=1.5))


def test_demo_rows_are_fixed_and_mostly_clean() -> None:
    demo = demo_rows()
    assert len(demo) == 1_000
    assert demo == demo_rows()
    dirty = sum(dirt_counts(demo).values()) / len(demo)
    assert dirty <= DEMO_DIRTY + 0.02
    assert len({row["email"].strip().lower() for row in demo}) > 950


def test_cli_writes_the_file_and_says_how_long_it_took(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cli.csv"
    assert main(["250", str(out), "--seed", "3", "--delimiter", ";", "--encoding", "cp1252"]) == 0
    said = capsys.readouterr().out
    assert "250 rows" in said and " s (" in said and "rows/s" in said
    with out.open(newline="", encoding="cp1252") as fh:
        assert len(list(csv.reader(fh, delimiter=";"))) == 251


def test_cli_refuses_unknown_extensions(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["10", str(tmp_path / "x.json")])
    assert exit_info.value.code == 2


def test_importing_the_module_stays_light() -> None:
    # The app imports bench.generate for its demo: no openpyxl, no Qt, no storage at import.
    heavy = "('openpyxl', 'PySide6', 'storage', 'argparse')"
    code = f"import sys, bench.generate; print(sorted(m for m in {heavy} if m in sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
