"""The import wizard: a file -> sheet and header -> mapping -> source -> preview -> run -> summary.

Every step calls the same `storage.importer` use cases as the command line: `plan_file` to open
and understand the file, `preview_import` (the whole import, rolled back) for the preview,
`run_import` for the real thing, `undo_batch` to take it back. Anything that reads the whole
file runs on a `gui.workers` job, with a progress bar and Cancel, so the window stays
responsive; the import itself is one transaction, so a cancel leaves the workspace as it was.

Opened by the main window's `open_import(path)` (File ▸ Import, a dropped file).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from storage.importer import FilePlan, ImportOptions, ImportReport
from storage.workspace import Workspace

from .import_file_page import FilePage
from .import_mapping_page import MappingPage
from .import_preview_page import PreviewPage
from .import_run_page import RunPage
from .import_sheet_page import SheetPage
from .import_source_page import SourcePage
from .import_summary_page import SummaryPage

log = logging.getLogger(__name__)

# Rejected rows kept in memory for the summary page (and its "Save the rejected rows").
KEEP_REJECTED = 200_000


class ImportWizard(QWizard):
    """The wizard's pages share what was chosen so far through these attributes."""

    imported = Signal(object)  # ImportReport after an import; None after an undo (refresh)

    PAGE_FILE, PAGE_SHEET, PAGE_MAPPING, PAGE_SOURCE = range(4)
    PAGE_PREVIEW, PAGE_RUN, PAGE_SUMMARY = range(4, 7)

    def __init__(self, ws: Workspace, path: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Import contacts"))
        self.setWizardStyle(QWizard.ModernStyle)
        self.setOption(QWizard.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.NoCancelButtonOnLastPage, True)
        self.resize(980, 720)
        # What the user chose, page by page.
        self.path: Path | None = None
        self.plan: FilePlan | None = None
        self.header_row: int | None = None  # None: as found; 0: no header
        self.mapping: dict[str, str | None] = {}  # header -> field, every column
        self.source: dict[str, Any] = {}
        self.on_duplicate = "fill"
        self.preview: ImportReport | None = None
        self.report: ImportReport | None = None

        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.source_page = SourcePage(self)
        self.preview_page = PreviewPage(self)
        self.run_page = RunPage(self)
        self.summary_page = SummaryPage(self)
        for key, page in (
            (self.PAGE_FILE, self.file_page),
            (self.PAGE_SHEET, self.sheet_page),
            (self.PAGE_MAPPING, self.mapping_page),
            (self.PAGE_SOURCE, self.source_page),
            (self.PAGE_PREVIEW, self.preview_page),
            (self.PAGE_RUN, self.run_page),
            (self.PAGE_SUMMARY, self.summary_page),
        ):
            self.setPage(key, page)
        if path is not None:
            self.file_page.choose(Path(path))

    # ------------------------------------------------------------------ shared helpers
    def options(self) -> ImportOptions:
        """The import options as chosen so far (the CLI's options, from the pages)."""
        source = self.source
        acquired = source.get("acquired_on")
        return ImportOptions(
            source_type=source.get("source_type", "own_form"),
            source_name=source.get("source_name", "") or "",
            acquired_on=acquired.isoformat() if isinstance(acquired, dt.date) else None,
            audience=source.get("audience"),
            lawful_basis=source.get("lawful_basis"),
            informed_at_collection=source.get("informed_at_collection"),
            sheet=self.plan.table.sheet if self.plan and self.plan.table.kind == "excel" else None,
            header_row=self.header_row,
            mapping=dict(self.mapping),
            on_duplicate=self.on_duplicate,
            b2c_transfer_proof=bool(source.get("b2c_transfer_proof")),
            consent_note=source.get("consent_note"),
            keep_rejected=KEEP_REJECTED,
        )

    def plan_options(self, sheet: str | None = None) -> ImportOptions:
        return replace(
            ImportOptions(source_type="own_form", source_name=""), sheet=sheet, header_row=None
        )

    def busy(self) -> bool:
        return any(page.busy() for page in (self.file_page, self.sheet_page, self.preview_page,
                                            self.run_page, self.summary_page))  # fmt: skip

    def reject(self) -> None:
        # Cancel while a job runs: stop it first (its transaction rolls back), then close.
        for page in (self.file_page, self.sheet_page, self.preview_page, self.run_page):
            page.stop()
        if self.run_page.busy():
            self.run_page.close_when_done = True  # closes the wizard once rolled back
            return
        super().reject()


def open_import_wizard(window: QWidget, ws: Workspace, path: Path | None = None) -> ImportWizard:
    """Open the wizard over the main window; refresh the window's pages after an import."""
    wizard = ImportWizard(ws, path, window)
    if hasattr(window, "refresh_pages"):
        wizard.imported.connect(lambda _report: window.refresh_pages())
    wizard.setModal(True)
    wizard.show()
    return wizard
