"""Import wizard, page 5: the dry run: counts, and the first rows as they will be stored."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
)

from storage.importer import ImportReport, file_sha256, preview_import, previous_imports

from .contact_model import value_label
from .formatting import format_count, format_date
from .import_common import JobPage, field_label
from .workers import WorkspaceJob

PREVIEW_FIELDS = (
    "email", "first_name", "last_name", "company", "job_title", "phone", "country", "audience",
    "lawful_basis", "consent_date", "job_function", "seniority",
)  # fmt: skip


def _dry_run(ws: Any, path: Any, options: Any, on_progress: Any, is_cancelled: Any) -> tuple:
    earlier = previous_imports(ws, file_sha256(path))
    return earlier, preview_import(ws, path, options, on_progress, is_cancelled)


class PreviewPage(JobPage):
    def __init__(self, wizard: Any) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr("What the import will do. Nothing is saved yet: check, then press Import.")
        )
        self.notice = QLabel(self)
        self.notice.setObjectName("same_file")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "QLabel { background: #fff4ce; border: 1px solid #e0c36a; border-radius: 6px;"
            " padding: 6px; }"
        )
        self.notice.hide()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.cancel = QPushButton(self.tr("Stop"), self)
        self.cancel.clicked.connect(self.stop)
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.cancel)
        self.counts: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in (
            ("rows", self.tr("Rows in the file")),
            ("imported", self.tr("New contacts")),
            ("updated", self.tr("Contacts already here, updated")),
            ("duplicates", self.tr("Duplicates (nothing to change)")),
            ("suppressed", self.tr("On the opt-out list (never imported)")),
            ("rejected", self.tr("Rejected")),
        ):
            value = QLabel("…", self)
            value.setObjectName(f"count_{key}")
            self.counts[key] = value
            form.addRow(label, value)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("warnings")
        self.warnings.setWordWrap(True)
        self.table = QTableWidget(0, len(PREVIEW_FIELDS), self)
        self.table.setHorizontalHeaderLabels([field_label(f) for f in PREVIEW_FIELDS])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(bar)
        layout.addLayout(form)
        layout.addWidget(self.warnings)
        layout.addWidget(QLabel(self.tr("The first contacts, as they will be stored:"), self))
        layout.addWidget(self.table, 1)
        self.failed_message: str | None = None
        # Past this page there is no way back: the import runs (undo is on the summary page).
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))

    def initializePage(self) -> None:
        wizard = self.import_wizard
        wizard.preview = None
        self.failed_message = None
        self.notice.hide()
        for label in self.counts.values():
            label.setText("…")
        self.warnings.setText("")
        self.warnings.setStyleSheet("")
        self.table.setRowCount(0)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel.show()
        path, options = wizard.path, wizard.options()
        job = WorkspaceJob(wizard.ws, lambda ws, p, c: _dry_run(ws, path, options, p, c), self)
        job.progress.connect(lambda done, total, message: self.progress.setValue(done))
        job.finished.connect(self._done)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        self.start_job(job)

    def _done(self, result: tuple[list[dict], ImportReport]) -> None:
        earlier, report = result
        self.import_wizard.preview = report
        self.progress.hide()
        self.cancel.hide()
        if earlier:
            first = earlier[0]
            self.notice.setText(
                self.tr(
                    "This same file was already imported on {date} (batch {batch}, source "
                    "'{source}'). Importing it again adds no new contacts; it links them to "
                    "this source too."
                ).format(
                    date=format_date(first["created_at"]),
                    batch=first["batch_id"],
                    source=first["source_name"],
                )  # fmt: skip
            )
            self.notice.show()
        for key in ("rows", "imported", "updated", "duplicates", "suppressed"):
            self.counts[key].setText(format_count(getattr(report, key)))
        rejected = report.rejected_total
        detail = ", ".join(
            f"{reason} {format_count(n)}" for reason, n in sorted(report.rejected.items())
        )
        self.counts["rejected"].setText(format_count(rejected) + (f" ({detail})" if detail else ""))
        notes = list(report.warnings)
        if report.possible_duplicates:
            notes.append(
                self.tr(
                    "{n} possible duplicates (same name and company, another address) will be "
                    "kept apart, not merged."
                ).format(n=report.possible_duplicates)
            )
        if report.ignored_columns:
            notes.append(
                self.tr("{n} columns are not imported.").format(n=len(report.ignored_columns))
            )
        self.warnings.setText("\n".join(f"• {n}" for n in notes))
        self.table.setRowCount(len(report.preview))
        for r, row in enumerate(report.preview):
            for c, name in enumerate(PREVIEW_FIELDS):
                self.table.setItem(r, c, QTableWidgetItem(_preview_text(name, row.get(name))))
        self.completeChanged.emit()

    def _failed(self, message: str, is_bug: bool) -> None:
        self.failed_message = message
        self.progress.hide()
        self.cancel.hide()
        self.warnings.setStyleSheet("color: #a33;")
        self.warnings.setText(message)

    def _cancelled(self) -> None:
        self.progress.hide()
        self.cancel.hide()
        self.warnings.setText(self.tr("Preview stopped. Go back, or press Next to import."))

    def isComplete(self) -> bool:
        return not self.busy() and self.failed_message is None

    def validatePage(self) -> bool:
        return not self.busy()


_ENUM_COLUMNS = frozenset({"audience", "lawful_basis", "job_function", "seniority"})
_YES_NO_COLUMNS = frozenset({"sole_trader", "informed_at_collection"})


def _preview_text(name: str, value: object) -> str:
    """A stored value as the contacts table shows it: codes and 0/1 in words."""
    if value is None or value == "":
        return ""
    if name in _YES_NO_COLUMNS:
        return value_label("yes" if value in (1, "1", True) else "no")
    if name in _ENUM_COLUMNS:
        return value_label(str(value))
    return str(value)
