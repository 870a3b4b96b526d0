"""Reading contact tables as people really have them: CSV/TXT/TSV files and workbooks.

`open_table(path, sheet=None)` returns a `Table`: its sheets, the top rows (for finding the
header and for the wizard), and an iterator over all rows that never holds the whole file.

Text files: the encoding is found by one fast binary pass over the whole file (a BOM; UTF-16
without BOM by its NUL pattern; UTF-8 if every byte sequence is valid UTF-8; otherwise a
single-byte Western code page chosen by which one turns the non-ASCII bytes into letters:
Windows-1252 (= ISO-8859-1 for text), ISO-8859-15 or Mac Roman). A file that mixes UTF-8 with
another encoding is refused with the first line at fault, not guessed. Delimiters (`,` `;` tab
`|`) are found from the top of the file; quoted fields may hold line breaks; CR, LF and CRLF
line ends all work; rows may be ragged.

Workbooks (.xlsx, .xlsm, .xlsb, .xls, .ods) are read with python-calamine: measured on a
100,000-row, 23-column .xlsx it reads in 1.0 s against 13.2 s for openpyxl's read-only mode
(see bench/bench_import.py). calamine holds one sheet's cells in memory while it is read, so a
sheet larger than `CALAMINE_MAX_XML` is streamed through openpyxl's read-only mode instead.
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from compliance.mapping import SPECIAL, suggest_field

from .errors import InputFileError

log = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".csv", ".tsv", ".txt", ".tab"})
EXCEL_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"})
SUPPORTED = ", ".join(sorted(TEXT_SUFFIXES | EXCEL_SUFFIXES))

MAX_CELL = 1_048_576  # characters: a bigger cell is a damaged file or not a contact list
DELIMITERS = (",", ";", "\t", "|")
TOP_ROWS = 30  # rows looked at to find the header and shown in the wizard
CALAMINE_MAX_XML = 400_000_000  # uncompressed sheet XML above which openpyxl streams instead
_CHUNK = 1 << 20

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_MAGIC_NAMES = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"SQLite format 3": "a database",
    b"\x1f\x8b": "a compressed (.gz) file",
    b"Rar!": "a RAR archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
}
# Valid multi-byte UTF-8 sequences: their presence next to invalid bytes means mixed encodings.
_UTF8_MULTI = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
)
_SINGLE_BYTE = ("cp1252", "iso8859_15", "mac_roman")

csv.field_size_limit(max(csv.field_size_limit(), MAX_CELL + 1))


def _convert_hint(name: str) -> str:
    return (
        f"Open {name} in your spreadsheet program and save it as an Excel workbook (.xlsx) "
        "or as 'CSV UTF-8', then import that file."
    )


# ------------------------------------------------------------------------------------ the table
@dataclass
class Table:
    """One sheet of a file, read row by row. Cells are text, numbers, dates or booleans."""

    path: Path
    kind: str  # "text" or "excel"
    sheet_names: list[str]
    sheet: str | None
    encoding: str | None = None
    delimiter: str | None = None
    size: int = 0
    estimated_rows: int = 0  # a guess from the top of the file (text) or the sheet's height
    _rows: Any = None  # a callable returning a fresh row iterator
    _position: Any = None  # a callable returning the fraction read, 0..1
    top: list[tuple[int, list[Any]]] = field(default_factory=list)

    def iter_rows(self) -> Iterator[tuple[int, list[Any]]]:
        """(row number as the user sees it, cells) for every non-blank row, top to bottom."""
        return self._rows()

    def progress(self) -> float:
        return self._position() if self._position else 0.0


def open_table(path: str | Path, sheet: str | None = None) -> Table:
    """Open a file for import. Raises `InputFileError` with a sentence the user can act on."""
    path = Path(path)
    if not path.exists():
        raise InputFileError(f"There is no file {path}. Check the name and the folder.")
    if path.is_dir():
        raise InputFileError(f"{path} is a folder, not a file. Choose a spreadsheet file.")
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise InputFileError(f"{path.name} cannot be read: {exc.strerror}.") from exc
    if size == 0:
        raise InputFileError(f"{path.name} is empty: there is nothing to import.")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm") and head.startswith(_OLE_MAGIC):
        raise InputFileError(
            f"{path.name} is protected by a password (the workbook is encrypted). Open it in "
            "your spreadsheet program, remove the password (File > Info > Protect Workbook > "
            "Encrypt with Password, then clear it), save it, and import it again."
        )
    if suffix in EXCEL_SUFFIXES or (suffix not in TEXT_SUFFIXES and head.startswith(_ZIP_MAGIC)):
        table = _open_workbook(path, sheet)
    elif suffix in TEXT_SUFFIXES or not suffix:
        table = _open_text(path, suffix)
    else:
        raise InputFileError(
            f"Clearlist cannot read {path.suffix} files. Save the list as one of: {SUPPORTED}."
        )
    table.size = size
    return table


# ------------------------------------------------------------------------------------ text files
@dataclass(frozen=True)
class _TextScan:
    encoding: str
    bom: bool


def _line_of(fh: Any, offset: int) -> int:
    """1-based line number of a byte offset (counts LF, or CR in CR-only files)."""
    fh.seek(0)
    data = fh.read(offset)
    lf = data.count(b"\n")
    return (lf if lf else data.count(b"\r")) + 1


def _scan_text(path: Path) -> _TextScan:
    """Find the encoding with one binary pass; refuse binary files and mixed encodings."""
    with path.open("rb") as fh:
        head = fh.read(65536)
        for magic, what in _MAGIC_NAMES.items():
            if head.startswith(magic):
                raise InputFileError(
                    f"{path.name} is {what}, not a table. Choose the contact list itself "
                    f"(a {SUPPORTED} file)."
                )
        if head.startswith(_ZIP_MAGIC) or head.startswith(_OLE_MAGIC):
            raise InputFileError(
                f"{path.name} is a workbook saved under a text file's name. Rename it to .xlsx "
                "(or .xls), or save it again as CSV, and import it again."
            )
        if head.startswith(codecs.BOM_UTF32_LE) or head.startswith(codecs.BOM_UTF32_BE):
            return _TextScan("utf-32", True)
        if head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE):
            return _TextScan("utf-16", True)
        utf16 = _utf16_without_bom(head)
        if utf16:
            return _TextScan(utf16, False)
        bom = head.startswith(codecs.BOM_UTF8)
        decoder = codecs.getincrementaldecoder("utf-8")()
        fh.seek(len(codecs.BOM_UTF8) if bom else 0)
        offset = fh.tell()
        bad_at: int | None = None
        has_multibyte = False
        controls = 0
        checked = 0
        non_ascii_lines: list[bytes] = []
        while True:
            chunk = fh.read(_CHUNK)
            if not chunk:
                break
            nul = chunk.find(b"\x00")
            if nul >= 0:
                line = _line_of(fh, offset + nul)
                raise InputFileError(
                    f"{path.name} contains NUL bytes (line {line}): it is not a plain text table, "
                    "or it is damaged. " + _convert_hint(path.name)
                )
            if checked < 65536:
                sample = chunk[: 65536 - checked]
                controls += sum(
                    sample.count(bytes([c])) for c in range(1, 32) if c not in (9, 10, 13)
                )
                checked += len(sample)
            if not has_multibyte and _UTF8_MULTI.search(chunk):
                has_multibyte = True
            if bad_at is None:
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError as exc:
                    bad_at = offset + exc.start
            if bad_at is not None and len(non_ascii_lines) < 2000 and not chunk.isascii():
                for line_bytes in chunk.splitlines():
                    if not line_bytes.isascii():
                        non_ascii_lines.append(line_bytes)
                        if len(non_ascii_lines) >= 2000:
                            break
            offset += len(chunk)
        if bad_at is None:
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                bad_at = offset - 1
        if checked and controls / checked > 0.01:
            raise InputFileError(
                f"{path.name} does not look like a text table (it holds binary data). Choose the "
                f"contact list itself, saved as {SUPPORTED}."
            )
        if bad_at is None:
            return _TextScan("utf-8-sig" if bom else "utf-8", bom)
        if has_multibyte or bom:
            line = _line_of(fh, bad_at)
            raise InputFileError(
                f"{path.name} mixes two text encodings: most of it is UTF-8, but line {line} is "
                "not. Open the file in your spreadsheet program and save it again as 'CSV UTF-8' "
                "(or fix that line), then import it again."
            )
    return _TextScan(_best_single_byte(b"\n".join(non_ascii_lines)), False)


def _utf16_without_bom(head: bytes) -> str | None:
    sample = head[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


_COMMON_LETTERS = frozenset("àâäåæçèéêëîïñôöøùûüÿœßÅÄÖÉÜÆØ")
_NEUTRAL_SIGNS = frozenset("€£°«»’‘“”–—…·§©®\u00a0")


def _best_single_byte(sample: bytes) -> str:
    """The Western code page whose reading of the non-ASCII bytes looks most like words.

    Letters common in French and Swedish score 2, other letters 1, usual signs 0, anything
    else (controls, undefined bytes, odd symbols) -2. Windows-1252 wins ties: it reads
    ISO-8859-1 text the same way (0xA0-0xFF), and it is what Excel writes on Western Windows.
    """
    best, best_score = "cp1252", None
    for name in _SINGLE_BYTE:
        score = 0
        for char in sample.decode(name, errors="replace"):
            if ord(char) < 128 or char in _NEUTRAL_SIGNS:
                continue
            if char in _COMMON_LETTERS:
                score += 2
            elif char.isalpha():
                score += 1
            else:
                score -= 2
        if best_score is None or score > best_score:
            best, best_score = name, score
    return best


def _sniff_delimiter(text: str, suffix: str) -> str:
    """The delimiter that splits the top rows into the most cells in rows of one width (>1).

    Parsed as CSV (quotes respected, line breaks inside quotes kept), at most 200 rows.
    """
    best, best_score = ("\t" if suffix in (".tsv", ".tab") else ","), (0, 0)
    for delimiter in DELIMITERS:
        widths: dict[int, int] = {}
        first = 0
        try:
            reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
            for row in islice(reader, 200):
                if not first and any(cell.strip() for cell in row):
                    first = len(row)
                if len(row) > 1:
                    widths[len(row)] = widths.get(len(row), 0) + 1
        except csv.Error:
            continue
        if not widths:
            continue
        # The cells in rows of the most common width: a wrong delimiter that happens to split
        # every row in two (a decimal comma in a ';' file) scores below the right one. The
        # first row counts twice when it has that width: it is usually the header.
        width, count = max(widths.items(), key=lambda item: (item[1] * item[0], item[0]))
        score = (count * width + (width if first == width else 0), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


class _Counting(io.RawIOBase):
    """A raw file that remembers how many bytes were read (for the progress bar)."""

    def __init__(self, fh: Any) -> None:
        self.fh = fh
        self.read_bytes = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = self.fh.readinto(buffer)
        self.read_bytes += n or 0
        return n

    def close(self) -> None:
        self.fh.close()
        super().close()


def _open_text(path: Path, suffix: str) -> Table:
    scan = _scan_text(path)
    with path.open("r", encoding=scan.encoding, newline="", errors="strict") as fh:
        top_text = fh.read(65536)
    sample = top_text
    if len(top_text) == 65536:  # the last line may be cut
        end = max(top_text.rfind("\n"), top_text.rfind("\r"))
        sample = top_text[: end + 1] if end > 0 else top_text
    lines = sample.splitlines()
    if not any(line.strip() for line in lines):
        raise InputFileError(f"{path.name} holds no text: there is nothing to import.")
    delimiter = _sniff_delimiter(sample, suffix)
    size = path.stat().st_size
    state = {"counter": None}

    def rows() -> Iterator[tuple[int, list[Any]]]:
        counter = _Counting(path.open("rb", buffering=0))
        state["counter"] = counter
        buffered = io.BufferedReader(counter, buffer_size=_CHUNK)
        text = io.TextIOWrapper(buffered, encoding=scan.encoding, newline="", errors="strict")
        try:
            reader = csv.reader(text, delimiter=delimiter, strict=False)
            line = 1
            while True:
                try:
                    row = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    if "field larger" in str(exc):
                        raise InputFileError(
                            f"{path.name} has a cell larger than 1 MB near line {reader.line_num}: "
                            "it is damaged or is not a contact list. Check that line in your "
                            "spreadsheet program."
                        ) from exc
                    raise InputFileError(
                        f"{path.name} cannot be read near line {reader.line_num} ({exc}). Open it "
                        "in your spreadsheet program and save it again as CSV."
                    ) from exc
                except UnicodeDecodeError as exc:
                    raise InputFileError(
                        f"{path.name} is not all in one text encoding (near line "
                        f"{reader.line_num + 1}). Save it again as 'CSV UTF-8' and import it again."
                    ) from exc
                number, line = line, reader.line_num + 1
                # A blank row is skipped (the first cell usually settles it at once).
                if row and (row[0].strip() or any(cell.strip() for cell in row)):
                    yield number, row
        finally:
            text.close()

    def position() -> float:
        counter = state["counter"]
        return min(1.0, counter.read_bytes / size) if counter and size else 0.0

    table = Table(
        path, "text", [path.stem], None, encoding=scan.encoding, delimiter=delimiter,
        _rows=rows, _position=position,
    )  # fmt: skip
    table.top = _take(rows(), TOP_ROWS)
    sample_bytes = len(top_text.encode(scan.encoding, errors="replace")) or 1
    table.estimated_rows = int(size / sample_bytes * max(1, len(lines)))
    return table


def _take(rows: Iterator[tuple[int, list[Any]]], n: int) -> list[tuple[int, list[Any]]]:
    out = []
    try:
        for item in rows:
            out.append(item)
            if len(out) >= n:
                break
    finally:
        close = getattr(rows, "close", None)
        if close:
            close()
    return out


# ------------------------------------------------------------------------------------ workbooks
def _open_workbook(path: Path, sheet: str | None) -> Table:
    import python_calamine as pc

    try:
        workbook = pc.CalamineWorkbook.from_path(str(path))
        names = list(workbook.sheet_names)
    except pc.PasswordError as exc:
        raise InputFileError(
            f"{path.name} is protected by a password. Open it in your spreadsheet program, "
            "remove the password, save it, and import it again."
        ) from exc
    except Exception as exc:  # calamine raises several error types for damaged files
        log.info("workbook not readable: %s", type(exc).__name__)
        raise InputFileError(
            f"{path.name} cannot be read as a workbook: it is damaged or incomplete (was the "
            "download or the copy finished?). Open it in your spreadsheet program and save it "
            "again, or save it as CSV."
        ) from exc
    if not names:
        raise InputFileError(f"{path.name} has no sheets: there is nothing to import.")
    if sheet is not None and sheet not in names:
        raise InputFileError(
            f"{path.name} has no sheet named '{sheet}'. Its sheets are: " + ", ".join(names) + "."
        )
    big = path.suffix.lower() in (".xlsx", ".xlsm") and _sheet_xml_size(path) > CALAMINE_MAX_XML

    def load(name: str) -> Any:
        try:
            return workbook.get_sheet_by_name(name)
        except Exception as exc:
            raise InputFileError(
                f"The sheet '{name}' of {path.name} cannot be read: the file is damaged. Open it "
                "in your spreadsheet program and save it again."
            ) from exc

    chosen = sheet
    loaded = None
    if chosen is None:  # the first sheet that holds something
        for name in names:
            candidate = None if big else load(name)
            if big or candidate.height > 0:
                chosen, loaded = name, candidate
                break
        else:
            raise InputFileError(f"{path.name} holds no data on any sheet: nothing to import.")
    elif not big:
        loaded = load(chosen)
    state: dict[str, Any] = {"done": 0, "total": 1}

    if big:
        rows = _openpyxl_rows(path, chosen, state)
    else:
        sheet_obj = loaded
        first_row = sheet_obj.start[0] if sheet_obj.start else 0
        state["total"] = max(1, sheet_obj.height)

        def rows() -> Iterator[tuple[int, list[Any]]]:
            for i, cells in enumerate(sheet_obj.iter_rows()):
                state["done"] = i
                # A first cell holding text settles it at once (most rows): no call a cell.
                first = cells[0] if cells else None
                if (first.__class__ is str and first.strip()) or any(_filled(c) for c in cells):
                    _check_cells(path, cells, first_row + i + 1)
                    yield first_row + i + 1, list(cells)

    def position() -> float:
        return min(1.0, state["done"] / state["total"])

    table = Table(path, "excel", names, chosen, _rows=rows, _position=position)
    table.estimated_rows = state["total"] if not big else _sheet_xml_size(path) // 200
    table.top = _take(rows(), TOP_ROWS)
    if not table.top and sheet is not None:
        raise InputFileError(f"The sheet '{chosen}' of {path.name} is empty: nothing to import.")
    return table


def _filled(cell: Any) -> bool:
    return cell is not None and cell != "" and not (isinstance(cell, str) and not cell.strip())


def _check_cells(path: Path, cells: list[Any], number: int) -> None:
    for cell in cells:
        if cell.__class__ is str and len(cell) > MAX_CELL:  # readers give plain str
            raise InputFileError(
                f"{path.name} has a cell larger than 1 MB on row {number}: it is damaged or is "
                "not a contact list."
            )


def _sheet_xml_size(path: Path) -> int:
    try:
        with zipfile.ZipFile(path) as archive:
            return max(
                (
                    i.file_size
                    for i in archive.infolist()
                    if i.filename.startswith("xl/worksheets/")
                ),
                default=0,
            )
    except (zipfile.BadZipFile, OSError):
        return 0


def _openpyxl_rows(path: Path, sheet: str, state: dict[str, Any]) -> Any:
    """Rows of a very large .xlsx sheet, streamed (bounded memory, slower than calamine)."""
    import openpyxl

    def rows() -> Iterator[tuple[int, list[Any]]]:
        try:
            workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:
            raise InputFileError(
                f"{path.name} cannot be read as a workbook: it is damaged or incomplete."
            ) from exc
        try:
            worksheet = workbook[sheet]
            state["total"] = max(1, worksheet.max_row or 1)
            for i, cells in enumerate(worksheet.iter_rows(values_only=True), start=1):
                state["done"] = i
                values = ["" if c is None else c for c in cells]
                if any(_filled(c) for c in values):
                    _check_cells(path, values, i)
                    yield i, values
        finally:
            workbook.close()

    return rows


# --------------------------------------------------------------------------------- the header
def detect_header(top: list[tuple[int, list[Any]]]) -> int | None:
    """Index (in `top`) of the header row, or None when the table starts with data.

    The header is the row whose cells name the most known fields (titles above the table name
    none); when no row names any, a first row holding an address is data, not a header.
    """
    best, best_score = None, 0
    for index, (_, cells) in enumerate(top):
        score = 0
        for cell in cells:
            # An address or a long text is data, whatever words it holds.
            if isinstance(cell, str) and cell.strip() and "@" not in cell and len(cell) <= 60:
                field_name, how = suggest_field(cell)
                if field_name or how == SPECIAL:
                    score += 1
        if score > best_score:
            best, best_score = index, score
    if best is not None:
        return best
    if not top:
        return None
    if any(isinstance(c, str) and "@" in c for c in top[0][1]):
        return None
    widths = [sum(1 for c in cells if _filled(c)) for _, cells in top]
    widest = max(widths)
    return next(i for i, w in enumerate(widths) if w == widest)


def header_names(cells: list[Any] | None, width: int) -> list[str]:
    """Column names: the header's cells (blank ones named by position), or Column 1, 2, ..."""
    names = []
    for i in range(width):
        cell = cells[i] if cells and i < len(cells) else ""
        text = " ".join(str(cell).split()) if _filled(cell) else ""
        names.append(text or f"Column {i + 1}")
    return names
