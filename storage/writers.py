"""Writing exported tables (CSV, XLSX) so that no cell can start a formula and no failure leaves a
half-written file (CONTRACT.md sections 1 and 4).

Every file is written to a temporary name in the target's folder; nothing appears under the
target's name until `PendingFiles.publish()`, which moves every file of one operation into place
together. The export publishes its files while its database transaction is still open and
commits right after, so a failure at any point (writing, publishing, committing) leaves both the
files and the workspace as they were: `PendingFiles.rollback()` puts back whatever a file
replaced.

Cells go through `compliance.sanitize.safe_cell`, and CSV fields are all quoted
(`csv.QUOTE_ALL`): a separator inside a value (`x;=1+1` read by a French Excel, which splits on
`;`) cannot start a new cell.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from compliance.sanitize import safe_cell

from .errors import UsageError, UserError

TABLE_FORMATS = (".csv", ".xlsx")
CSV_DELIMITERS = (",", ";")
# Excel's sheet holds 1,048,576 rows, one of them the header; a cell holds 32,767 characters.
XLSX_MAX_ROWS = 1_048_575
XLSX_MAX_CELL = 32_767
_CSV_CHUNK = 4096  # rows formatted per write: one encode and one hash update per chunk


def cell(value: object) -> str:
    """`safe_cell(value)`, with a shortcut for the common cell: text starting with a letter or a
    digit is never a formula (safe_cell returns it unchanged: such a first character is neither
    a formula character nor one a spreadsheet skips), and a million rows call this ten million
    times. tests/storage/test_export_writers.py checks the shortcut against safe_cell."""
    if value.__class__ is str and value[:1].isalnum():
        return value  # type: ignore[return-value]
    return safe_cell(value)


def table_format(path: Path) -> str:
    """'.csv' or '.xlsx' from the file name; a UsageError for anything else."""
    suffix = Path(path).suffix.lower()
    if suffix not in TABLE_FORMATS:
        raise UsageError(
            f"The output file {Path(path).name} must end in .csv or .xlsx (the format is chosen "
            "from the file name)."
        )
    return suffix


def check_writable(path: Path) -> Path:
    """Refuse at once (exit code 1) an output path Clearlist cannot write, before any work."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(
            f"The folder {folder} does not exist, so {path.name} cannot be written. Choose an "
            "existing folder; nothing was written."
        )
    if path.is_dir():
        raise UserError(f"{path} is a folder: give a file name; nothing was written.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UserError(
            f"Clearlist cannot write in the folder {folder}. Choose a folder you can write to; "
            "nothing was written."
        )
    if path.exists() and not os.access(path, os.W_OK):
        raise UserError(
            f"The file {path} is read-only (or open in another program), so it cannot be "
            "replaced. Close it or choose another name; nothing was written."
        )
    return path


def _temp_in(path: Path) -> tuple[int, Path]:
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise UserError(
            f"Clearlist cannot write in the folder {folder} ({exc.strerror}). Choose another "
            "folder; nothing was written."
        ) from exc
    return fd, Path(tmp)


def _write_error(path: Path, exc: OSError) -> UserError:
    return UserError(
        f"The file {path.name} could not be written ({exc.strerror or exc}); nothing was "
        "written and the workspace is unchanged."
    )


class PendingFile:
    """One output file being written under a temporary name next to its target."""

    def __init__(self, target: Path) -> None:
        self.target = Path(target)
        fd, self.temp = _temp_in(self.target)
        self._fd: int | None = fd
        self.sha256: str | None = None
        self._backup: Path | None = None
        self.published = False

    def _take_fd(self) -> int:
        fd, self._fd = self._fd, None
        if fd is None:
            raise RuntimeError("the file was already opened")
        return fd

    def _finish(self, digest: str) -> None:
        self.sha256 = digest

    def discard(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None
        self.temp.unlink(missing_ok=True)


def _fsync_path(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


class BytesFile(PendingFile):
    """A small file written in one go (a JSON report)."""

    def write(self, data: bytes) -> str:
        try:
            with os.fdopen(self._take_fd(), "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            raise _write_error(self.target, exc) from exc
        self._finish(hashlib.sha256(data).hexdigest())
        return self.sha256 or ""


class TableFile(PendingFile):
    """A table (header + rows of cells), every cell passed through `safe_cell`."""

    rows_written: int = 0

    def write_rows(self, rows: Iterable[Sequence[object]]) -> None:
        raise NotImplementedError

    def close(self) -> str:
        """Flush and sync the temporary file; returns the SHA-256 of its bytes."""
        raise NotImplementedError


class CsvTable(TableFile):
    """CSV, every field quoted; UTF-8 with a byte-order mark (so Excel reads accents) or without."""

    def __init__(
        self,
        target: Path,
        header: Sequence[str],
        *,
        delimiter: str = ",",
        bom: bool = True,
    ) -> None:
        if delimiter not in CSV_DELIMITERS:
            raise UsageError('The CSV separator must be "," or ";".')
        super().__init__(target)
        self._fh = os.fdopen(self._take_fd(), "wb")
        self._hash = hashlib.sha256()
        self._buffer = io.StringIO()
        self._csv = csv.writer(
            self._buffer, delimiter=delimiter, quoting=csv.QUOTE_ALL, lineterminator="\r\n"
        )
        self.rows_written = 0
        if bom:
            self._emit(b"\xef\xbb\xbf")
        self._csv.writerow([safe_cell(h) for h in header])
        self._drain()

    def _emit(self, data: bytes) -> None:
        try:
            self._fh.write(data)
        except OSError as exc:
            raise _write_error(self.target, exc) from exc
        self._hash.update(data)

    def _drain(self) -> None:
        text = self._buffer.getvalue()
        self._buffer.seek(0)
        self._buffer.truncate()
        self._emit(text.encode("utf-8", "surrogatepass"))

    def write_rows(self, rows: Iterable[Sequence[object]]) -> None:
        """Write rows whose cells are already text; every cell is made safe here."""
        pending = 0
        writerow = self._csv.writerow
        for row in rows:
            writerow([cell(v) for v in row])
            pending += 1
            if pending >= _CSV_CHUNK:
                self._drain()
                self.rows_written += pending
                pending = 0
        if pending:
            self._drain()
            self.rows_written += pending

    def close(self) -> str:
        try:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()
        except OSError as exc:
            raise _write_error(self.target, exc) from exc
        self._finish(self._hash.hexdigest())
        return self.sha256 or ""

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self._fh.close()
        super().discard()


class XlsxTable(TableFile):
    """XLSX through openpyxl's write-only mode (rows streamed to disk, not held in memory)."""

    def __init__(self, target: Path, header: Sequence[str], *, sheet_title: str = "Contacts"):
        from openpyxl import Workbook
        from openpyxl.worksheet._writer import ALL_TEMP_FILES, WorksheetWriter

        super().__init__(target)
        os.close(self._take_fd())  # openpyxl writes the file itself, by name
        self._book = Workbook(write_only=True)
        self._sheet = self._book.create_sheet(title=sheet_title[:31] or "Contacts")
        # openpyxl streams the rows to a temporary file of its own, by default in the shared
        # system temp folder, where a crash would leave the contacts in clear: it goes next to
        # the export instead (a hidden .part file, removed when the book is saved or dropped).
        # openpyxl makes that writer itself on the first row; giving it one is not public API,
        # which tests/storage/test_export_writers.py checks.
        fd, rows = _temp_in(self.target)
        os.close(fd)
        self._rows_file = Path(rows)
        ALL_TEMP_FILES.append(rows)  # openpyxl's list: it removes the file once saved (or at exit)
        writer = WorksheetWriter(self._sheet, out=rows)
        writer.write_top()
        self._sheet._writer = writer
        self._sheet.append([_xlsx_cell(h) for h in header])
        self.rows_written = 0

    def write_rows(self, rows: Iterable[Sequence[object]]) -> None:
        append = self._sheet.append
        for row in rows:
            if self.rows_written >= XLSX_MAX_ROWS:
                raise UserError(
                    f"An Excel sheet holds at most {XLSX_MAX_ROWS:,} contacts; this export has "
                    "more. Write it as .csv, or narrow the selection; nothing was written."
                )
            append([_xlsx_cell(v) for v in row])
            self.rows_written += 1

    def close(self) -> str:
        try:
            self._book.save(self.temp)
            _fsync_path(self.temp)
        except OSError as exc:
            raise _write_error(self.target, exc) from exc
        digest = hashlib.sha256()
        with open(self.temp, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        self._finish(digest.hexdigest())
        return self.sha256 or ""

    def discard(self) -> None:
        # Close openpyxl's row writer (it streams the sheet to a temporary file of its own,
        # removed at exit); left open, its generator complains when collected.
        with contextlib.suppress(Exception):
            self._sheet.close()
        self._rows_file.unlink(missing_ok=True)
        with contextlib.suppress(ValueError, ImportError):
            from openpyxl.worksheet._writer import ALL_TEMP_FILES

            ALL_TEMP_FILES.remove(str(self._rows_file))
        super().discard()


def _xlsx_cell(value: object) -> str:
    """A text cell: safe from formulas, without the control characters XML cannot hold."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    text = cell(value)
    if text and ILLEGAL_CHARACTERS_RE.search(text):
        text = safe_cell(ILLEGAL_CHARACTERS_RE.sub("", text))
    if len(text) > XLSX_MAX_CELL:
        text = text[: XLSX_MAX_CELL - 1] + "…"
    # openpyxl reads a string that starts with "=" as a formula; safe_cell never lets one through.
    assert not text.startswith("="), "safe_cell let a formula through"
    return text


def open_table(
    target: Path, header: Sequence[str], *, delimiter: str = ",", bom: bool = True
) -> TableFile:
    """A CSV or XLSX table for `target`, chosen by its extension."""
    fmt = table_format(target)
    if fmt == ".xlsx":
        return XlsxTable(target, header)
    return CsvTable(target, header, delimiter=delimiter, bom=bom)


class PendingFiles:
    """The output files of one operation: all published together, or none.

    Usage::

        files = PendingFiles()
        try:
            table = files.add(open_table(path, header))
            ... write ...
            with ws.transaction():
                ... record in the database ...
                files.publish()          # inside: a failure here rolls the database back
            files.done()                 # committed: drop the backups of replaced files
        except BaseException:
            files.rollback()             # temp files removed, replaced files put back
            raise
    """

    def __init__(self) -> None:
        self.files: list[PendingFile] = []

    def add(self, file: PendingFile) -> PendingFile:
        self.files.append(file)
        return file

    def publish(self) -> None:
        for file in self.files:
            target = file.target
            try:
                if target.exists():
                    # Keep the old file until the database has committed, to put it back on
                    # failure: rename is atomic and costs nothing.
                    fd, backup = _temp_in(target)
                    os.close(fd)
                    file._backup = Path(backup)
                    os.replace(target, file._backup)
                os.replace(file.temp, target)
                file.published = True
            except OSError as exc:
                raise _write_error(target, exc) from exc

    def done(self) -> None:
        for file in self.files:
            if file._backup is not None:
                file._backup.unlink(missing_ok=True)
                file._backup = None

    def rollback(self) -> None:
        for file in reversed(self.files):
            with contextlib.suppress(OSError):
                if file.published:
                    file.target.unlink(missing_ok=True)
                    file.published = False
                if file._backup is not None:
                    os.replace(file._backup, file.target)
                    file._backup = None
            file.discard()
