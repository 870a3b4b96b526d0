"""Reading tables as people have them: encodings, delimiters, line ends, headers, workbooks."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage.errors import InputFileError
from storage.readers import detect_header, header_names, open_table

ROWS = [
    ["email", "first_name", "last_name", "company"],
    ["helene.durand@firm.fr", "Hélène", "Durand", "Société Générale d'Études"],
    ["asa.strom@foretag.se", "Åsa", "Ström", "Företag AB"],
    ["bjorn@firma.se", "Björn", "Ångström", "Café Noël"],
]


def _write_csv(path: Path, rows: list[list[str]], *, encoding: str = "utf-8",
               delimiter: str = ",", newline: str = "\r\n", quoting: int = csv.QUOTE_MINIMAL,
               before: str = "") -> Path:  # fmt: skip
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=newline, quoting=quoting)
    writer.writerows(rows)
    path.write_bytes((before + buffer.getvalue()).encode(encoding))
    return path


def _read_all(path: Path, **kwargs: object) -> list[list[str]]:
    table = open_table(path, **kwargs)
    return [list(cells) for _, cells in table.iter_rows()]


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1", "mac_roman"]
)
def test_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    path = _write_csv(tmp_path / "list.csv", ROWS, encoding=encoding)
    assert _read_all(path) == ROWS


def test_iso_8859_15_euro_sign(tmp_path: Path) -> None:
    rows = [["email", "notes"], ["a@firm.fr", "prix 10 € œuvre"]]
    path = _write_csv(tmp_path / "euro.csv", rows, encoding="iso8859_15")
    table = open_table(path)
    assert table.encoding == "iso8859_15"
    assert [c for _, c in table.iter_rows()] == rows


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_delimiters_and_line_ends(tmp_path: Path, delimiter: str, newline: str) -> None:
    rows = [*ROWS, ["quoted@firm.fr", "Line\nbreak", "a,b;c|d\te", 'say "hi"']]
    # Quote all: Python's writer leaves a LF unquoted when lines end with CR (Excel would not).
    path = _write_csv(
        tmp_path / "list.txt", rows, delimiter=delimiter, newline=newline, quoting=csv.QUOTE_ALL
    )
    table = open_table(path)
    assert table.delimiter == delimiter
    assert [c for _, c in table.iter_rows()] == rows


def test_bom_with_semicolons(tmp_path: Path) -> None:
    path = _write_csv(tmp_path / "excel.csv", ROWS, encoding="utf-8-sig", delimiter=";")
    table = open_table(path)
    assert table.delimiter == ";"
    assert table.top[0][1][0] == "email"  # no BOM glued to the first header


def test_ragged_rows_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text("email,name,company\n\na@b.fr,Ann\n,,\nc@d.fr,Cid,Co,extra\n", "utf-8")
    rows = [(n, c) for n, c in open_table(path).iter_rows()]
    assert rows == [
        (1, ["email", "name", "company"]),
        (3, ["a@b.fr", "Ann"]),
        (5, ["c@d.fr", "Cid", "Co", "extra"]),
    ]


def test_header_below_titles(tmp_path: Path) -> None:
    path = tmp_path / "titled.csv"
    path.write_text(
        "Salon Vivatech 2026 - leads\nExported on 12/06/2026\n\n"
        "Prénom;Nom;Courriel;Société\nJean;Dupont;jean@firm.fr;Firm\n",
        "utf-8",
    )
    table = open_table(path)
    index = detect_header(table.top)
    assert index is not None
    assert table.top[index] == (4, ["Prénom", "Nom", "Courriel", "Société"])


def test_a_list_without_header(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("a@firm.fr\nb@firm.fr\n", "utf-8")
    table = open_table(path)
    assert detect_header(table.top) is None
    assert header_names(None, 1) == ["Column 1"]


def test_mixed_encodings_are_refused_with_the_line(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes("email,name\na@b.fr,Hélène\n".encode() + "c@d.fr,Noël\n".encode("cp1252"))
    with pytest.raises(InputFileError, match="line 3"):
        open_table(path)


def test_nul_bytes_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "nul.csv"
    path.write_bytes(b"email,name\na@b.fr,An\x00n\n")
    with pytest.raises(InputFileError, match="NUL"):
        open_table(path)


def test_binary_garbage_named_csv(tmp_path: Path) -> None:
    path = tmp_path / "garbage.csv"
    path.write_bytes(bytes(range(1, 256)) * 64)
    with pytest.raises(InputFileError, match="not look like a text table|mixes|NUL"):
        open_table(path)


def test_a_pdf_named_csv(tmp_path: Path) -> None:
    path = tmp_path / "doc.csv"
    path.write_bytes(b"%PDF-1.7\n...")
    with pytest.raises(InputFileError, match="PDF"):
        open_table(path)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    with pytest.raises(InputFileError, match="empty"):
        open_table(path)


def test_a_cell_over_1_mb(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("email,notes\na@b.fr," + "x" * 2_000_000 + "\n", "utf-8")
    with pytest.raises(InputFileError, match="larger than 1 MB"):
        list(open_table(path).iter_rows())


def test_progress_reaches_the_end(tmp_path: Path) -> None:
    path = _write_csv(tmp_path / "p.csv", ROWS * 1000)
    table = open_table(path)
    assert sum(1 for _ in table.iter_rows()) == 4000
    assert table.progress() == pytest.approx(1.0)


# ------------------------------------------------------------------------------ workbooks
def _workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    empty = book.active
    empty.title = "Notes"
    sheet = book.create_sheet("Leads")
    sheet.append(["Leads from the trade show"])
    sheet.append([])
    sheet.append(["E-mail", "Téléphone", "Date du consentement", "Code postal"])
    sheet.append(["a@firm.fr", 612345678, dt.date(2024, 3, 1), 1000])
    sheet.append(["b@firm.fr", "0612345678", dt.datetime(2024, 3, 2, 10, 5), "01000"])
    other = book.create_sheet("Other")
    other.append(["email"])
    other.append(["c@firm.fr"])
    book.save(path)
    return path


def test_workbook_first_non_empty_sheet_and_typed_cells(tmp_path: Path) -> None:
    table = open_table(_workbook(tmp_path / "leads.xlsx"))
    assert table.sheet_names == ["Notes", "Leads", "Other"]
    assert table.sheet == "Leads"
    index = detect_header(table.top)
    assert table.top[index][0] == 3
    rows = [c for n, c in table.iter_rows() if n > 3]
    assert rows[0] == ["a@firm.fr", 612345678.0, dt.date(2024, 3, 1), 1000.0]
    assert rows[1][1] == "0612345678"
    assert rows[1][2] == dt.datetime(2024, 3, 2, 10, 5)


def test_workbook_sheet_by_name(tmp_path: Path) -> None:
    table = open_table(_workbook(tmp_path / "leads.xlsx"), sheet="Other")
    assert [c for _, c in table.iter_rows()] == [["email"], ["c@firm.fr"]]
    with pytest.raises(InputFileError, match="no sheet named 'Nope'.*Notes, Leads, Other"):
        open_table(tmp_path / "leads.xlsx", sheet="Nope")


def test_truncated_workbook(tmp_path: Path) -> None:
    good = _workbook(tmp_path / "good.xlsx").read_bytes()
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(good[: len(good) // 2])
    with pytest.raises(InputFileError, match="damaged or incomplete"):
        open_table(bad)


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hello")
    with pytest.raises(InputFileError, match="damaged or incomplete"):
        open_table(path)


def test_password_protected_workbook(tmp_path: Path) -> None:
    # An encrypted .xlsx is an OLE compound file holding an EncryptedPackage stream.
    path = tmp_path / "secret.xlsx"
    path.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "EncryptedPackage".encode("utf-16-le")
    )
    with pytest.raises(InputFileError, match="password"):
        open_table(path)


def test_unsupported_suffix(tmp_path: Path) -> None:
    path = tmp_path / "list.pages"
    path.write_bytes(b"whatever")
    with pytest.raises(InputFileError, match="cannot read .pages"):
        open_table(path)


# ------------------------------------------------------------- property: what is written reads
_CELL = st.text(
    alphabet=st.sampled_from(list("abcXYZ019 @.-'\",;|\t\n\réèàçäöåüôÅÄÖÉ")), max_size=12
)
_ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1252", "mac_roman"]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.integers(min_value=2, max_value=5).flatmap(
        lambda width: st.lists(
            st.lists(_CELL, min_size=width, max_size=width), min_size=1, max_size=8
        )
    ),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    quoting=st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]),
    encoding=st.sampled_from(_ENCODINGS),
    newline=st.sampled_from(["\n", "\r\n"]),
)
def test_any_written_table_reads_back_the_same(
    tmp_path: Path,
    rows: list[list[str]],
    delimiter: str,
    quoting: int,
    encoding: str,
    newline: str,
) -> None:
    width = len(rows[0])
    header = [f"col{i}" for i in range(width)]
    # Every data row starts with an id, as real lists do (blank rows are skipped by design).
    body = [[f"id{n}", *row[1:]] for n, row in enumerate(rows)]
    if any("\r" in c or "\n" in c for row in body for c in row):
        quoting = csv.QUOTE_ALL  # Python's writer does not quote a lone CR under QUOTE_MINIMAL
    path = _write_csv(
        tmp_path / f"t-{encoding}.csv",
        [header, *body],
        encoding=encoding,
        delimiter=delimiter,
        newline=newline,
        quoting=quoting,
    )
    table = open_table(path)
    assert table.delimiter == delimiter
    assert [cells for _, cells in table.iter_rows()] == [header, *body]


def test_an_opendocument_spreadsheet(tmp_path: Path) -> None:
    """.ods is read by calamine too (a minimal file written by hand: no ODS writer is needed)."""
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    )

    def row(*cells: str) -> str:
        cell = '<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>'
        return "<table:table-row>" + "".join(cell.format(c) for c in cells) + "</table:table-row>"

    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} '
        'office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Leads">'
        + row("E-post", "Förnamn") + row("asa@foretag.se", "Åsa")
        + "</table:table></office:spreadsheet></office:body></office:document-content>"
    )  # fmt: skip
    path = tmp_path / "leads.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:'
            'names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/"'
            ' manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
            "</manifest:manifest>",
        )
        archive.writestr("content.xml", content)
    table = open_table(path)
    assert (table.kind, table.sheet) == ("excel", "Leads")
    assert [c for _, c in table.iter_rows()] == [["E-post", "Förnamn"], ["asa@foretag.se", "Åsa"]]
