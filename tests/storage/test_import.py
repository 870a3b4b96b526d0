"""The import use case: cleaning, duplicates, opt-outs, sources, all-or-nothing, undo."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from compliance.emails import email_sha256
from storage import importer
from storage.contacts import ContactQuery, contact_sources, find_contact_id, get_contact
from storage.errors import Cancelled, InputFileError, UsageError
from storage.importer import (
    ImportOptions,
    file_sha256,
    preview_import,
    previous_imports,
    remembered_mapping,
    run_import,
    undo_batch,
)
from storage.optout import add_entries

OPTS = ImportOptions(source_type="trade_show", source_name="Salon RH Paris 2026")


def write_csv(path: Path, rows: list[list[Any]], **kwargs: Any) -> Path:
    encoding = kwargs.pop("encoding", "utf-8")
    with path.open("w", newline="", encoding=encoding) as fh:
        csv.writer(fh, **kwargs).writerows(rows)
    return path


def snapshot(ws: Any) -> tuple[int, ...]:
    """Everything an import may write, counted."""
    return tuple(
        ws.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("contacts", "sources", "contact_sources", "batch_changes", "audit_log",
                      "import_mappings", "contacts_fts")
    )  # fmt: skip


def contact(ws: Any, email: str) -> dict[str, Any]:
    contact_id = find_contact_id(ws, email)
    assert contact_id is not None, "contact not found"
    return get_contact(ws, contact_id) or {}


HEADER = ["E-mail", "Prénom", "Nom", "Société", "Fonction", "Téléphone", "Pays",
          "Date du consentement", "Base légale", "Informé", "Shoe size"]  # fmt: skip


@pytest.fixture
def leads(tmp_path: Path) -> Path:
    return write_csv(
        tmp_path / "leads.csv",
        [
            HEADER,
            [" Jean.Dupont@Firm.FR ", " Jean  ", "Dupont", "Firm  SA", "Directeur commercial",
             "06 12 34 56 78", "France", "03/04/2025", "consentement", "oui", "42"],
            ["asa@foretag.se", "Åsa", "Ström", "Företag AB", "Ekonomichef", "070-123 45 67",
             "Suède", "2025-01-02 10:00", "", "nej", "38"],
            ["not-an-address", "X", "Y", "Z", "", "", "", "", "", "", ""],
            ["", "No", "Address", "Co", "", "", "", "", "", "", ""],
            ["bad.date@firm.fr", "B", "D", "Firm", "", "", "", "31/02/2025", "", "", ""],
        ],
    )  # fmt: skip


# ----------------------------------------------------------------------- cleaning and storing
def test_import_cleans_and_stores_with_source(ws: Any, leads: Path) -> None:
    report = run_import(ws, leads, replace(OPTS, acquired_on="2026-06-12"))
    assert report.contract_json() == {
        "batch_id": report.batch_id,
        "rows": 5,
        "imported": 2,
        "updated": 0,
        "duplicates": 0,
        "suppressed": 0,
        "rejected": {"INVALID_DATE": 1, "INVALID_EMAIL": 1, "MISSING_EMAIL": 1},
    }
    jean = contact(ws, "jean.dupont@firm.fr")
    assert jean["email"] == "Jean.Dupont@firm.fr"
    assert jean["email_key"] == "jean.dupont@firm.fr"
    assert (jean["first_name"], jean["company"]) == ("Jean", "Firm SA")
    assert jean["phone"] == "+33612345678"
    assert jean["country"] == "FR"
    assert jean["consent_date"] == "2025-04-03"
    assert jean["lawful_basis"] == "consent"
    assert jean["informed_at_collection"] == 1
    assert jean["collected_on"] == "2026-06-12"
    assert jean["job_function"] and jean["seniority"]
    asa = contact(ws, "asa@foretag.se")
    assert (asa["phone"], asa["country"], asa["informed_at_collection"]) == (
        "+46701234567",
        "SE",
        0,
    )
    assert asa["consent_date"] == "2025-01-02"
    sources = contact_sources(ws, jean["id"])
    assert [(s["source_type"], s["source_name"]) for s in sources] == [
        ("trade_show", "Salon RH Paris 2026")
    ]
    row = ws.conn.execute(
        "SELECT file_name, file_sha256, acquired_on, options_json, report_json FROM sources "
        "WHERE id = ?",
        (report.batch_id,),
    ).fetchone()
    assert row[0] == "leads.csv"
    assert row[1] == hashlib.sha256(leads.read_bytes()).hexdigest()
    assert row[2] == "2026-06-12"
    assert json.loads(row[3])["source_type"] == "trade_show"
    assert json.loads(row[4])["imported"] == 2
    assert report.ignored_columns == ["Shoe size"]
    actions = ws.conn.execute(
        "SELECT action, count(*) FROM batch_changes WHERE source_id = ? GROUP BY action",
        (report.batch_id,),
    ).fetchall()
    assert actions == [("created", 2)]
    audit = ws.conn.execute(
        "SELECT details_json FROM audit_log WHERE action = 'import.batch'"
    ).fetchone()
    assert json.loads(audit[0])["imported"] == 2
    assert "Dupont" not in audit[0] and "firm.fr" not in audit[0]


def test_imported_contacts_are_searchable(ws: Any, leads: Path) -> None:
    run_import(ws, leads, OPTS)
    assert ContactQuery(search="Ström").count(ws) == 1
    assert ContactQuery(search="dupont").count(ws) == 1


def test_small_import_into_a_big_workspace_indexes_row_by_row(
    ws: Any, leads: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "FTS_REBUILD_SHARE", 2.0)  # never rebuild
    run_import(ws, leads, OPTS)
    other = write_csv(tmp_path / "o.csv", [["email", "last_name"], ["z@zeta.se", "Zetterlund"]])
    run_import(ws, other, replace(OPTS, source_name="Other"))
    assert ContactQuery(search="Zetterlund").count(ws) == 1
    assert ContactQuery(search="Dupont").count(ws) == 1
    assert ws.conn.execute(
        "INSERT INTO contacts_fts (contacts_fts, rank) VALUES ('integrity-check', 1)"
    )


def test_row_columns_override_batch_options(ws: Any, leads: Path) -> None:
    run_import(
        ws,
        leads,
        replace(OPTS, lawful_basis="legitimate_interest", audience="b2b",
                informed_at_collection=True),
    )  # fmt: skip
    assert contact(ws, "jean.dupont@firm.fr")["lawful_basis"] == "consent"  # the row's
    asa = contact(ws, "asa@foretag.se")
    assert asa["lawful_basis"] == "legitimate_interest"  # the batch's
    assert asa["audience"] == "b2b"
    assert asa["informed_at_collection"] == 0  # the row said nej


def test_excel_cells_dates_and_numbers(ws: Any, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Liste des prospects"])
    sheet.append(
        ["Courriel", "Téléphone", "Date du consentement", "Pays", "Source du consentement"]
    )
    sheet.append(["a@firm.fr", 612345678, dt.date(2024, 3, 1), "FR", "Formulaire"])
    sheet.append(["b@firm.fr", 701234567, dt.datetime(2024, 3, 2, 10, 5), "Sverige", "Form"])
    path = tmp_path / "book.xlsx"
    book.save(path)
    report = run_import(ws, path, OPTS)
    assert report.imported == 2
    assert report.header_row == 2
    a, b = contact(ws, "a@firm.fr"), contact(ws, "b@firm.fr")
    assert (a["phone"], a["consent_date"]) == ("+33612345678", "2024-03-01")
    assert (b["phone"], b["consent_date"], b["country"]) == ("+46701234567", "2024-03-02", "SE")


def test_sheet_choice(ws: Any, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["email"])
    book.active.append(["first@firm.fr"])
    second = book.create_sheet("Second")
    second.append(["email"])
    second.append(["second@firm.fr"])
    path = tmp_path / "two.xlsx"
    book.save(path)
    run_import(ws, path, replace(OPTS, sheet="Second"))
    assert find_contact_id(ws, "second@firm.fr") and not find_contact_id(ws, "first@firm.fr")


# ---------------------------------------------------------------------------------- mapping
def test_user_mapping_and_remembered_mapping(ws: Any, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "m.csv", [["Adresse", "Qui"], ["a@firm.fr", "Ann"]])
    opts = replace(OPTS, source_name="Kompass", mapping={"Adresse": "email", "Qui": "first_name"})
    run_import(ws, path, opts)
    assert contact(ws, "a@firm.fr")["first_name"] == "Ann"
    assert remembered_mapping(ws, "Kompass") == {"Adresse": "email", "Qui": "first_name"}
    # Next time the same source name needs no --map.
    path2 = write_csv(tmp_path / "m2.csv", [["Adresse", "Qui"], ["b@firm.fr", "Bob"]])
    run_import(ws, path2, replace(opts, mapping={}))
    assert contact(ws, "b@firm.fr")["first_name"] == "Bob"


def test_unknown_field_in_mapping_is_a_usage_error(ws: Any, leads: Path) -> None:
    before = snapshot(ws)
    with pytest.raises(UsageError, match="unknown field 'shoe'"):
        run_import(ws, leads, replace(OPTS, mapping={"Shoe size": "shoe"}))
    assert snapshot(ws) == before


def test_special_category_column_is_never_imported(ws: Any, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "s.csv",
        [["email", "Religion", "Santé", "notes"], ["a@firm.fr", "x", "diabète", "ok"]],
    )
    report = run_import(ws, path, replace(OPTS, mapping={"Santé": "notes"}))
    assert report.imported == 1
    assert sorted(report.special_columns) == [("Religion", "religion"), ("Santé", "health")]
    assert any("special-category" in w for w in report.warnings)
    assert contact(ws, "a@firm.fr")["notes"] == "ok"
    stored = json.dumps(get_contact(ws, find_contact_id(ws, "a@firm.fr")), ensure_ascii=False)
    assert "diabète" not in stored


def test_address_column_found_by_its_content(ws: Any, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", [["Contact", "Nom"], ["a@firm.fr", "A"], ["b@f.fr", "B"]])
    report = run_import(ws, path, OPTS)
    assert report.imported == 2
    assert any("holds addresses" in w for w in report.warnings)


# ------------------------------------------------------------------------------- duplicates
def test_duplicates_inside_the_file_are_merged_by_policy(ws: Any, tmp_path: Path) -> None:
    rows = [["email", "first_name", "company"], ["a@firm.fr", "Ann", ""],
            ["A@Firm.fr ", "Anne", "Firm"]]  # fmt: skip
    path = write_csv(tmp_path / "d.csv", rows)
    report = run_import(ws, path, OPTS)  # fill
    assert (report.imported, report.duplicates) == (1, 1)
    assert (contact(ws, "a@firm.fr")["first_name"], contact(ws, "a@firm.fr")["company"]) == (
        "Ann",
        "Firm",
    )


@pytest.mark.parametrize(
    ("policy", "first_name", "company", "updated", "duplicates"),
    [("skip", "Ann", None, 0, 1), ("fill", "Ann", "NewCo", 1, 0),
     ("overwrite", "Anne", "NewCo", 1, 0)],
)  # fmt: skip
def test_duplicates_against_the_workspace(
    ws: Any, tmp_path: Path, policy: str, first_name: str, company: str | None,
    updated: int, duplicates: int,
) -> None:  # fmt: skip
    first = write_csv(tmp_path / "1.csv", [["email", "first_name"], ["a@firm.fr", "Ann"]])
    r1 = run_import(ws, first, OPTS)
    second = write_csv(
        tmp_path / "2.csv", [["email", "first_name", "company"], ["a@firm.fr", "Anne", "NewCo"]]
    )
    r2 = run_import(ws, second, replace(OPTS, source_name="Partner list", on_duplicate=policy))
    assert (r2.imported, r2.updated, r2.duplicates) == (0, updated, duplicates)
    a = contact(ws, "a@firm.fr")
    assert (a["first_name"], a["company"]) == (first_name, company)
    # Imported again: keeps its earlier source and gains the new one.
    assert [s["id"] for s in contact_sources(ws, a["id"])] == [r1.batch_id, r2.batch_id]


def test_possible_duplicates_are_listed_not_merged(ws: Any, tmp_path: Path) -> None:
    rows = [["email", "first_name", "last_name", "company"],
            ["jean@firm.fr", "Jean", "Dupont", "Firm"],
            ["j.dupont@firm.fr", "jean", "DUPONT", "firm"],
            ["other@firm.fr", "Paul", "Dupont", "Firm"]]  # fmt: skip
    report = run_import(ws, write_csv(tmp_path / "p.csv", rows), OPTS)
    assert report.imported == 3
    assert report.possible_duplicates == 1
    ids = report.possible_duplicate_ids[0]
    assert sorted(get_contact(ws, i)["email"] for i in ids) == ["j.dupont@firm.fr", "jean@firm.fr"]


# -------------------------------------------------------------------------------- opt-outs
def test_the_opt_out_list_wins_whatever_the_file_says(ws: Any, tmp_path: Path) -> None:
    add_entries(
        ws,
        [
            ("email", "gone@firm.fr"),
            ("domain", "blocked.se"),
            ("sha256", email_sha256("hashed@firm.fr")),
            ("md5", hashlib.md5(b"md5@firm.fr").hexdigest()),
        ],
    )
    rows = [["email", "lawful_basis", "consent_date", "consent_source"],
            ["GONE@firm.fr", "consent", "2025-01-01", "form"],
            ["x@blocked.se", "consent", "2025-01-01", "form"],
            ["x@mail.blocked.se", "consent", "2025-01-01", "form"],
            ["Hashed@Firm.fr", "consent", "2025-01-01", "form"],
            ["md5@firm.fr", "", "", ""],
            ["kept@firm.fr", "", "", ""]]  # fmt: skip
    report = run_import(ws, write_csv(tmp_path / "o.csv", rows), OPTS)
    assert (report.suppressed, report.imported) == (5, 1)
    assert ws.contact_count() == 1


def test_consent_without_proof_is_accepted_with_a_warning(ws: Any, tmp_path: Path) -> None:
    rows = [
        ["email", "lawful_basis", "consent_date", "consent_source"],
        ["a@firm.fr", "consent", "", ""],
        ["b@firm.fr", "consent", "2025-01-01", "form"],
    ]
    report = run_import(ws, write_csv(tmp_path / "c.csv", rows), OPTS)
    assert report.imported == 2
    assert report.consent_without_proof == 1
    assert any("count as not consenting" in w for w in report.warnings)


# ------------------------------------------------------------------- all or nothing, dry run
def test_dry_run_changes_nothing_and_predicts_the_real_run(ws: Any, leads: Path) -> None:
    before = snapshot(ws)
    dry = preview_import(ws, leads, OPTS)
    assert snapshot(ws) == before
    assert dry.batch_id is None
    assert [p["email"] for p in dry.preview] == ["Jean.Dupont@firm.fr", "asa@foretag.se"]
    assert dry.preview[0]["phone"] == "+33612345678"
    real = run_import(ws, leads, OPTS)
    assert {**dry.contract_json(), "batch_id": None} == {**real.contract_json(), "batch_id": None}


def test_cancel_leaves_the_workspace_as_it_was(ws: Any, tmp_path: Path) -> None:
    rows = [["email"]] + [[f"p{i}@firm.fr"] for i in range(12_000)]
    path = write_csv(tmp_path / "big.csv", rows)
    before = snapshot(ws)
    calls = []

    def cancel_after_first_chunk() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(Cancelled):
        run_import(ws, path, OPTS, is_cancelled=cancel_after_first_chunk)
    assert snapshot(ws) == before
    assert ws.audit_chain_ok() is None


def test_an_error_midway_rolls_everything_back(
    ws: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [["email"]] + [[f"p{i}@firm.fr"] for i in range(12_000)]
    path = write_csv(tmp_path / "big.csv", rows)
    before = snapshot(ws)
    original = importer._Importer._insert
    calls = []

    def failing_insert(self: Any, new_rows: Any) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk on fire")
        original(self, new_rows)

    monkeypatch.setattr(importer._Importer, "_insert", failing_insert)
    with pytest.raises(OSError):
        run_import(ws, path, OPTS)
    assert snapshot(ws) == before
    triggers = {
        r[0] for r in ws.conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
    }
    assert {"contacts_fts_ai", "contacts_fts_au", "contacts_fts_ad"} <= triggers


def test_progress_is_reported(ws: Any, tmp_path: Path) -> None:
    rows = [["email"]] + [[f"p{i}@firm.fr"] for i in range(12_000)]
    seen: list[tuple[int, int]] = []
    run_import(ws, write_csv(tmp_path / "big.csv", rows), OPTS,
               on_progress=lambda done, total, message="": seen.append((done, total)))  # fmt: skip
    assert seen[-1] == (1000, 1000)
    assert len(seen) >= 2


def test_rejected_rows_file_with_reason(ws: Any, leads: Path, tmp_path: Path) -> None:
    target = tmp_path / "rejected.csv"
    report = run_import(ws, leads, replace(OPTS, rejected_file=target))
    assert report.rejected_file == str(target)
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:3] == ["row", "reason", "E-mail"]
    assert [(r[0], r[1]) for r in rows[1:]] == [
        ("4", "INVALID_EMAIL"),
        ("5", "MISSING_EMAIL"),
        ("6", "INVALID_DATE"),
    ]


def test_same_file_twice_is_pointed_out(ws: Any, leads: Path) -> None:
    first = run_import(ws, leads, OPTS)
    assert previous_imports(ws, file_sha256(leads))[0]["batch_id"] == first.batch_id
    second = run_import(ws, leads, OPTS)
    assert second.same_file_batches == [first.batch_id]
    assert (second.imported, second.duplicates) == (0, 2)


# -------------------------------------------------------------------------------------- undo
def test_undo_removes_created_restores_updated_and_unlinks(ws: Any, tmp_path: Path) -> None:
    first = write_csv(tmp_path / "1.csv", [["email", "first_name"], ["old@firm.fr", "Old"],
                                           ["kept@firm.fr", "Kept"]])  # fmt: skip
    r1 = run_import(ws, first, OPTS)
    second = write_csv(
        tmp_path / "2.csv",
        [["email", "first_name", "company"], ["old@firm.fr", "Changed", "NewCo"],
         ["kept@firm.fr", "", ""], ["new@firm.fr", "New", "NewCo"]],
    )  # fmt: skip
    r2 = run_import(ws, second, replace(OPTS, source_name="B", on_duplicate="overwrite"))
    assert (r2.imported, r2.updated, r2.duplicates) == (1, 1, 1)
    undo = undo_batch(ws, r2.batch_id)
    assert (undo.removed, undo.restored, undo.conflicts) == (1, 1, 0)
    assert find_contact_id(ws, "new@firm.fr") is None
    old = contact(ws, "old@firm.fr")
    assert (old["first_name"], old["company"]) == ("Old", None)
    assert [s["id"] for s in contact_sources(ws, old["id"])] == [r1.batch_id]
    assert [s["id"] for s in contact_sources(ws, contact(ws, "kept@firm.fr")["id"])] == [
        r1.batch_id
    ]
    assert ContactQuery(search="Changed").count(ws) == 0
    assert ContactQuery(search="Old").count(ws) == 1
    assert ws.conn.execute(
        "SELECT count(*) FROM audit_log WHERE action = 'import.undone'"
    ).fetchone() == (1,)
    with pytest.raises(Exception, match="already undone"):
        undo_batch(ws, r2.batch_id)


def test_undo_keeps_later_edits(ws: Any, tmp_path: Path) -> None:
    from storage.contacts import update_contact

    run_import(ws, write_csv(tmp_path / "1.csv", [["email"], ["a@firm.fr"]]), OPTS)
    r2 = run_import(
        ws,
        write_csv(tmp_path / "2.csv", [["email", "company"], ["a@firm.fr", "Imported"]]),
        replace(OPTS, source_name="B"),
    )
    update_contact(ws, find_contact_id(ws, "a@firm.fr"), {"company": "Edited by hand"})
    undo = undo_batch(ws, r2.batch_id)
    assert undo.conflicts == 1
    assert contact(ws, "a@firm.fr")["company"] == "Edited by hand"


def test_undo_of_a_large_batch_rebuilds_the_index(ws: Any, tmp_path: Path) -> None:
    run_import(ws, write_csv(tmp_path / "k.csv", [["email", "last_name"], ["k@f.fr", "Keep"]]),
               replace(OPTS, source_name="Keep"))  # fmt: skip
    rows = [["email", "last_name"]] + [[f"p{i}@firm.fr", f"Name{i}"] for i in range(3000)]
    report = run_import(ws, write_csv(tmp_path / "big.csv", rows), OPTS)
    undo = undo_batch(ws, report.batch_id)
    assert undo.removed == 3000
    assert ws.contact_count() == 1
    assert ContactQuery(search="Name1").count(ws) == 0
    assert ContactQuery(search="Keep").count(ws) == 1


# ------------------------------------------------------------------------------- bad input
def _refused(ws: Any, path: Path, match: str, **kwargs: Any) -> None:
    before = snapshot(ws)
    with pytest.raises(InputFileError, match=match):
        run_import(ws, path, replace(OPTS, **kwargs))
    assert snapshot(ws) == before


def test_bad_empty_file(ws: Any, tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    _refused(ws, path, "is empty")


def test_bad_header_only(ws: Any, tmp_path: Path) -> None:
    _refused(ws, write_csv(tmp_path / "h.csv", [["email", "first_name"]]), "no contacts under it")


def test_bad_no_email_column(ws: Any, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "n.csv", [["Nom", "Société"], ["Dupont", "Firm"]])
    _refused(ws, path, "No column of n.csv holds e-mail addresses.*'Nom', 'Société'")


def test_bad_binary_garbage_named_csv(ws: Any, tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_bytes(bytes(range(256)) * 100)
    _refused(ws, path, "NUL|not look like a text table")


def test_bad_truncated_xlsx(ws: Any, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["email"])
    book.active.append(["a@firm.fr"])
    good = tmp_path / "good.xlsx"
    book.save(good)
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(good.read_bytes()[:-200])
    _refused(ws, bad, "damaged or incomplete")


def test_bad_password_protected_xlsx(ws: Any, tmp_path: Path) -> None:
    path = tmp_path / "locked.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000)
    _refused(ws, path, "protected by a password")


def test_bad_10_mb_cell(ws: Any, tmp_path: Path) -> None:
    path = tmp_path / "cell.csv"
    path.write_text("email,notes\na@firm.fr,ok\nb@firm.fr," + "x" * 10_000_000 + "\n", "utf-8")
    _refused(ws, path, "larger than 1 MB")


def test_10000_columns_import_the_mapped_ones(ws: Any, tmp_path: Path) -> None:
    header = ["email"] + [f"extra{i}" for i in range(9_999)]
    row = ["a@firm.fr"] + ["v"] * 9_999
    report = run_import(ws, write_csv(tmp_path / "wide.csv", [header, row]), OPTS)
    assert report.imported == 1
    assert len(report.ignored_columns) == 9_999


def test_formula_cells(ws: Any, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["email", "first_name", "company"])
    sheet.append(['=CONCAT("a","@firm.fr")', "Ann", "Firm"])  # never computed: no value
    sheet.append(["b@firm.fr", "=1+1", '=HYPERLINK("http://x")'])
    path = tmp_path / "formulas.xlsx"
    book.save(path)
    report = run_import(ws, path, OPTS)
    # A formula with no computed value reads as blank: the row has no address.
    assert report.rejected == {"MISSING_EMAIL": 1}
    assert report.imported == 1
    b = contact(ws, "b@firm.fr")
    assert b["first_name"] is None and b["company"] is None


def test_formula_text_in_csv_is_stored_as_text_and_neutralised_in_rejects(
    ws: Any, tmp_path: Path
) -> None:
    rows = [["email", "first_name"], ["a@firm.fr", "=1+1"], ["=cmd|' /C calc'!A0", "x"]]
    target = tmp_path / "rej.csv"
    run_import(ws, write_csv(tmp_path / "f.csv", rows), replace(OPTS, rejected_file=target))
    assert contact(ws, "a@firm.fr")["first_name"] == "=1+1"  # text, never evaluated here
    assert "'=cmd" in target.read_text("utf-8-sig")


def test_bad_nul_bytes(ws: Any, tmp_path: Path) -> None:
    path = tmp_path / "nul.csv"
    path.write_bytes(b"email,name\na@firm.fr,A\x00nn\n")
    _refused(ws, path, "NUL bytes")


def test_bad_mixed_encodings(ws: Any, tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        "email,name\na@firm.fr,Hélène\n".encode() + "b@firm.fr,Noël\n".encode("cp1252")
    )
    _refused(ws, path, "mixes two text encodings.*line 3")


def test_bom_with_semicolons_imports(ws: Any, tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes("\ufeffE-mail;Prénom\r\na@firm.fr;Hélène\r\n".encode())
    report = run_import(ws, path, OPTS)
    assert report.imported == 1
    assert contact(ws, "a@firm.fr")["first_name"] == "Hélène"


def test_cr_only_line_ends_import(ws: Any, tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes("email,first_name\ra@firm.fr,Åsa\rb@firm.fr,Björn\r".encode("mac_roman"))
    report = run_import(ws, path, OPTS)
    assert report.imported == 2
    assert contact(ws, "b@firm.fr")["first_name"] == "Björn"


def test_bad_options(ws: Any, leads: Path) -> None:
    with pytest.raises(UsageError, match="source name is required"):
        run_import(ws, leads, replace(OPTS, source_name="  "))
    with pytest.raises(UsageError, match="skip, fill or overwrite"):
        run_import(ws, leads, replace(OPTS, on_duplicate="merge"))


def test_job_function_is_derived_unless_given_and_title_rules_apply(
    ws: Any, tmp_path: Path
) -> None:
    ws.conn.execute(
        "INSERT INTO title_rules (title_key, job_function, seniority, created_at) "
        "VALUES ('gerant', 'finance', 'manager', '2026-01-01')"
    )
    rows = [["email", "job_title", "job_function", "seniority"],
            ["a@firm.fr", "Directeur commercial", "", ""],
            ["b@firm.fr", "Directeur commercial", "marketing", "staff"],
            ["c@firm.fr", "Gérant", "", ""]]  # fmt: skip
    run_import(ws, write_csv(tmp_path / "t.csv", rows), OPTS)
    a, b, c = (contact(ws, f"{x}@firm.fr") for x in "abc")
    assert (a["job_function"], a["seniority"], a["function_set_by"]) == (
        "sales", "director", "auto")  # fmt: skip
    assert (b["job_function"], b["seniority"], b["function_set_by"]) == (
        "marketing", "staff", "manual")  # fmt: skip
    assert (c["job_function"], c["seniority"]) == ("finance", "manager")


def test_small_batch_into_a_bigger_workspace_finds_duplicates_through_indexes(
    ws: Any, tmp_path: Path
) -> None:
    base = [["email", "first_name", "last_name", "company"]] + [
        [f"p{i}@firm.fr", f"First{i}", f"Last{i}", "Firm"] for i in range(200)
    ]
    run_import(ws, write_csv(tmp_path / "base.csv", base), replace(OPTS, source_name="Base"))
    rows = [
        ["email", "first_name", "last_name", "company"],
        ["other7@firm.fr", "first7", "LAST7", "firm"],  # same person, another address
        ["p8@firm.fr", "First8", "Last8", "Firm"],
    ]  # already here: a duplicate, not a pair
    report = run_import(ws, write_csv(tmp_path / "small.csv", rows), OPTS)
    assert (report.imported, report.duplicates) == (1, 1)
    assert report.possible_duplicates == 1
    ids = report.possible_duplicate_ids[0]
    assert sorted(get_contact(ws, i)["email"] for i in ids) == ["other7@firm.fr", "p7@firm.fr"]


def test_cancel_after_the_reading_still_rolls_everything_back(ws: Any, tmp_path: Path) -> None:
    rows = [["email", "last_name"]] + [[f"p{i}@firm.fr", f"N{i}"] for i in range(3000)]
    path = write_csv(tmp_path / "c.csv", rows)
    before = snapshot(ws)
    cancel = {"now": False}

    def progress(done: int, total: int, message: str = "") -> None:
        if message == "Building the search index":
            cancel["now"] = True  # pressed while the index is built

    with pytest.raises(Cancelled):
        run_import(ws, path, OPTS, on_progress=progress, is_cancelled=lambda: cancel["now"])
    assert snapshot(ws) == before
