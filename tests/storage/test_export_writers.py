"""Writers: the cell shortcut equals safe_cell, CSV/XLSX details, all-or-nothing publishing."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from compliance.sanitize import safe_cell
from storage import writers
from storage.errors import UsageError, UserError

TRICKY = ["", "a", "=1", "+1", "-1", "@x", "\t=1", " =1", "\u00a0@SUM(A1)", "\u200b=1", "\ufeff+1",
          "\uff1d1", "²", "Ünïcödé", "1;=2", "\r\n=1", "'quoted"]  # fmt: skip


@given(st.text())
def test_the_cell_shortcut_equals_safe_cell(text):
    assert writers.cell(text) == safe_cell(text)


@pytest.mark.parametrize("value", [*TRICKY, None, 5, -5, True, dt.date(2026, 1, 2)])
def test_the_cell_shortcut_on_tricky_values(value):
    assert writers.cell(value) == safe_cell(value)


def test_csv_with_bom_semicolons_and_quotes(tmp_path):
    target = tmp_path / "t.csv"
    table = writers.CsvTable(target, ["a", "b"], delimiter=";")
    table.write_rows([["x;=1", "é"], ["=2", None]])
    sha = table.close()
    files = writers.PendingFiles()
    files.add(table)
    assert not target.exists()  # nothing under the real name before publishing
    files.publish()
    files.done()
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig") == '"a";"b"\r\n"x;=1";"é"\r\n"\'=2";""\r\n'
    assert sha == __import__("hashlib").sha256(data).hexdigest()
    with pytest.raises(UsageError):
        writers.CsvTable(tmp_path / "u.csv", ["a"], delimiter="|")


def test_xlsx_row_limit_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(writers, "XLSX_MAX_ROWS", 2)
    table = writers.XlsxTable(tmp_path / "t.xlsx", ["a"])
    table.write_rows([["1"], ["2"]])
    with pytest.raises(UserError, match="Write it as .csv"):
        table.write_rows([["3"]])
    table.discard()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("finish", ["close", "discard"])
def test_xlsx_rows_never_go_to_the_system_temp_folder(tmp_path, monkeypatch, finish):
    """openpyxl streams a sheet's rows to a temporary file: it must be next to the export (where
    the file goes anyway), not in the shared system temp folder, where a crash would leave
    personal data behind; and it is gone afterwards, whether the table was written or discarded.
    """
    import tempfile

    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    out = tmp_path / "out"
    out.mkdir()
    files = writers.PendingFiles()
    table = files.add(writers.XlsxTable(out / "t.xlsx", ["email"]))
    table.write_rows([["anna@firm.example"]] * 50)
    assert list(system_temp.iterdir()) == []
    if finish == "close":
        table.close()
        files.publish()
        files.done()
        assert [p.name for p in out.iterdir()] == ["t.xlsx"]
    else:
        files.rollback()
        assert list(out.iterdir()) == []
    assert list(system_temp.iterdir()) == []


def test_rollback_after_publishing_puts_the_old_files_back(tmp_path):
    old = tmp_path / "a.csv"
    old.write_text("old")
    files = writers.PendingFiles()
    first = files.add(writers.CsvTable(old, ["new"]))
    second = files.add(writers.BytesFile(tmp_path / "b.json"))
    first.write_rows([["1"]])
    first.close()
    second.write(b"{}")
    files.publish()
    assert old.read_text("utf-8-sig").startswith('"new"')
    files.rollback()  # e.g. the database commit failed
    assert old.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv"]


def test_check_writable(tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        writers.check_writable(tmp_path / "nope" / "x.csv")
    with pytest.raises(UserError, match="is a folder"):
        writers.check_writable(tmp_path)
    with pytest.raises(UsageError):
        writers.table_format(tmp_path / "x.txt")
