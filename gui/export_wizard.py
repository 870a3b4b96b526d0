"""The export wizard: a campaign and a selection -> a preview -> the file.

1. Choose a saved campaign, a saved segment (or all contacts) and, optionally, job functions.
2. Preview: every selected contact is decided in the background (`storage.export.Previewer`
   on a `gui.workers.WorkspaceJob`): how many are cleared, a chart of the exclusions by reason,
   and the excluded contacts with their reasons, searchable.
3. Write: the column layout (generic, Mailchimp, Brevo), CSV with `,` or `;` or XLSX, a file
   name; `storage.export.run_export` writes it in the background, with a progress bar and Cancel
   (a cancel leaves no file and no record).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from compliance.fields import JOB_FUNCTIONS, REASON_CODES
from storage import campaigns as campaign_store
from storage.errors import UserError
from storage.export import (
    PRESETS,
    ExportPreview,
    ExportResult,
    ExportSelection,
    Previewer,
    run_export,
)
from storage.segments import list_segments
from storage.workspace import Workspace

from .contact_model import value_label
from .export_chart import ExportChart, flag_label, reason_label
from .export_excluded import ExcludedModel
from .formatting import format_count, format_labelled_count
from .messages import translate_message
from .workers import WorkspaceJob, show_failure

log = logging.getLogger(__name__)

FORMATS = (("csv", ","), ("csv", ";"), ("xlsx", ""))


class ExportWizard(QDialog):
    def __init__(
        self, ws: Workspace, *, campaign_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the cleared contacts"))
        self.resize(1000, 760)
        self._ws = ws
        self._job: WorkspaceJob | None = None
        self.preview: ExportPreview | None = None
        # Reuses the grouped contacts while the selection and the workspace are unchanged, so
        # that trying another campaign does not read every contact again.
        self.previewer = Previewer()
        # The grouped contacts weigh a few hundred MB at a million contacts: not kept once the
        # wizard is closed.
        self.finished.connect(self._release)
        self.result: ExportResult | None = None
        # Grouping a million contacts takes seconds: it starts as the wizard opens, while the
        # user chooses a campaign, so that the first preview mostly decides groups (see
        # `Previewer.prepare`). A change of segment or functions stops it.
        self._warmup: WorkspaceJob | None = None
        self._warm_selection: ExportSelection | None = None

        # 1. what
        self.campaign = QComboBox(self)
        for stored in campaign_store.list_campaigns(ws):
            self.campaign.addItem(stored.name, stored.id)
        if campaign_id is not None:
            self.campaign.setCurrentIndex(max(self.campaign.findData(campaign_id), 0))
        self.segment = QComboBox(self)
        self.segment.addItem(self.tr("All contacts"), None)
        for segment in list_segments(ws):
            self.segment.addItem(segment.name, segment.name)
        self.functions: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for i, function in enumerate(JOB_FUNCTIONS):
            box = QCheckBox(value_label(function), self)
            self.functions[function] = box
            grid.addWidget(box, i // 6, i % 6)
        self.campaign_problem = QLabel(self)
        self.campaign_problem.setWordWrap(True)
        self.campaign_problem.setStyleSheet("color: #a33;")
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.run_preview)
        what = QGroupBox(self.tr("1. Campaign and contacts"), self)
        form = QFormLayout(what)
        form.addRow(self.tr("Campaign"), self.campaign)
        form.addRow(self.tr("Contacts"), self.segment)
        form.addRow(self.tr("Only these job functions"), grid)
        form.addRow(self.campaign_problem)
        form.addRow(self.preview_button)

        # 2. preview
        self.summary = QLabel(self.tr("Press Preview to see who may receive the campaign."), self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.chart = ExportChart(self)
        self.excluded = ExcludedModel(ws, self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search the excluded contacts"))
        self.search.setClearButtonEnabled(True)
        self.reason = QComboBox(self)
        self.reason.addItem(self.tr("Every reason"), None)
        for code in REASON_CODES:
            self.reason.addItem(reason_label(code), code)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self._filter_excluded)
        self.search.textChanged.connect(self._debounce.start)
        self.reason.currentIndexChanged.connect(self._filter_excluded)
        self.table = QTableView(self)
        self.table.setModel(self.excluded)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        header.resizeSection(1, 130)
        header.resizeSection(3, 90)
        self.excluded_count = QLabel(self)
        preview_box = QGroupBox(self.tr("2. Preview"), self)
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Horizontal, preview_box)
        splitter.addWidget(self.chart)
        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.reason)
        right_layout.addLayout(filters)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.excluded_count)
        splitter.addWidget(right)
        splitter.setSizes([460, 520])
        preview_layout.addWidget(splitter, 1)

        # 3. write
        self.preset = QComboBox(self)
        for key, preset in PRESETS.items():
            # The others are product names; "Generic" is a word.
            label = self.tr("Generic") if key == "generic" else preset.label
            self.preset.addItem(label, key)
        self.format = QComboBox(self)
        self.format.addItem(self.tr("CSV, comma-separated (UTF-8)"), 0)
        self.format.addItem(self.tr("CSV, semicolon-separated (UTF-8, French Excel)"), 1)
        self.format.addItem(self.tr("Excel workbook (.xlsx)"), 2)
        self.write_button = QPushButton(self.tr("Write the file…"), self)
        self.write_button.clicked.connect(self.ask_write)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.hide()
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        write_box = QGroupBox(self.tr("3. File"), self)
        write_layout = QHBoxLayout(write_box)
        write_layout.addWidget(QLabel(self.tr("Columns for"), self))
        write_layout.addWidget(self.preset)
        write_layout.addWidget(self.format)
        write_layout.addStretch(1)
        write_layout.addWidget(self.write_button)

        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addStretch(0)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(preview_box, 1)
        layout.addWidget(write_box)
        layout.addLayout(bottom)

        self.campaign.currentIndexChanged.connect(self._selection_changed)
        self.segment.currentIndexChanged.connect(self._selection_changed)
        for box in self.functions.values():
            box.toggled.connect(self._selection_changed)
        self._selection_changed()
        QTimer.singleShot(0, self._warm_up)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        # A search typed just before the page goes away must not run after its workspace closed.
        self._debounce.stop()
        # Nor the grouping started on opening (the window may be closing with the app).
        self._stop_warm_up()
        super().hideEvent(event)

    # ------------------------------------------------------------------ selection
    def selection(self) -> ExportSelection:
        chosen = tuple(f for f, box in self.functions.items() if box.isChecked())
        return ExportSelection(segment=self.segment.currentData(), functions=chosen)

    def _campaign(self) -> tuple[int | None, Any]:
        campaign_id = self.campaign.currentData()
        if campaign_id is None:
            return None, None
        stored = campaign_store.get_campaign(self._ws, campaign_id)
        return campaign_id, stored

    def _warm_up(self) -> None:
        if self._warmup is not None or self._job is not None:
            return
        if not self.preview_button.isEnabled():
            return  # no campaign that can be previewed: nothing to prepare for
        selection, previewer = self.selection(), self.previewer

        def work(ws: Workspace, _on_progress: Any, is_cancelled: Any) -> None:
            previewer.prepare(ws, selection, is_cancelled=is_cancelled)

        job = WorkspaceJob(self._ws, work, self)
        self._warmup, self._warm_selection = job, selection
        # A failure stays silent here: the preview, which does the same work, will say it.
        job.done.connect(self._warm_done)
        job.start()

    def _warm_done(self) -> None:
        self._warmup = None

    def _stop_warm_up(self) -> None:
        if self._warmup is not None:
            self._warmup.cancel()

    def _selection_changed(self) -> None:
        if self._warm_selection is not None and self.selection() != self._warm_selection:
            self._stop_warm_up()  # the groups it makes would not serve the new selection
        self.preview = None
        self.excluded.set_preview(None)
        self.chart.show_counts(None)
        self.write_button.setEnabled(False)
        _, stored = self._campaign()
        if stored is None:
            problem = self.tr("There is no campaign yet: create one on the Campaigns page.")
        else:
            problem = translate_message(stored.blocked_problem or "")
        self.campaign_problem.setText(problem)
        self.campaign_problem.setVisible(bool(problem))
        self.preview_button.setEnabled(not problem and self._job is None)

    # ------------------------------------------------------------------ preview
    def run_preview(self) -> WorkspaceJob | None:
        campaign_id, stored = self._campaign()
        if stored is None:
            return None
        try:
            campaign = stored.campaign()
        except UserError as exc:
            show_failure(self, exc.message)
            return None
        selection = self.selection()

        def work(ws: Workspace, on_progress: Any, is_cancelled: Any) -> ExportPreview:
            return self.previewer.preview(
                ws, campaign, selection, on_progress=on_progress, is_cancelled=is_cancelled
            )

        job = self._start(work, self.tr("Deciding…"))
        job.finished.connect(self._previewed)
        return job

    def _previewed(self, preview: ExportPreview) -> None:
        self.preview = preview
        counts = preview.counts
        with_notice = counts.by_decision.get("ALLOW_WITH_NOTICE", 0)
        text = self.tr(
            "{exported} of {considered} contacts may receive this campaign ({notice} of them "
            "only with the first-contact notice); {excluded} are left out."
        ).format(
            exported=format_count(counts.exported),
            considered=format_count(counts.considered),
            notice=format_count(with_notice),
            excluded=format_count(counts.excluded_contacts),
        )
        flags = [
            format_labelled_count(flag_label(flag), n) for flag, n in counts.flags.items() if n
        ]
        if flags:
            text += " " + self.tr("Warnings: {flags}.").format(flags=", ".join(flags))
        self.summary.setText(text)
        self.chart.show_counts(counts)
        self.excluded.set_preview(preview)
        self._show_excluded_count()
        self.write_button.setEnabled(counts.exported > 0)

    def _filter_excluded(self) -> None:
        self.excluded.set_query(self.search.text(), self.reason.currentData())
        self._show_excluded_count()

    def _show_excluded_count(self) -> None:
        self.excluded_count.setText(
            self.tr("{n} excluded contacts match").format(n=format_count(self.excluded.total))
        )

    # ------------------------------------------------------------------ writing
    def ask_write(self) -> None:
        fmt, _ = FORMATS[self.format.currentData()]
        _, stored = self._campaign()
        name = f"{stored.name if stored else 'export'}.{fmt}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Write the cleared contacts"), name, f"{fmt.upper()} (*.{fmt})"
        )
        if path:
            if not path.lower().endswith(f".{fmt}"):
                path += f".{fmt}"
            self.write_to(Path(path))

    def write_to(self, path: Path) -> WorkspaceJob | None:
        campaign_id, stored = self._campaign()
        if stored is None:
            return None
        try:
            campaign = stored.campaign()
        except UserError as exc:
            show_failure(self, exc.message)
            return None
        selection = self.selection()
        preset = self.preset.currentData()
        _, delimiter = FORMATS[self.format.currentData()]

        def work(ws: Workspace, on_progress: Any, is_cancelled: Any) -> ExportResult:
            return run_export(
                ws,
                campaign,
                path,
                selection,
                preset=preset,
                delimiter=delimiter or ",",
                campaign_id=campaign_id,
                on_progress=on_progress,
                is_cancelled=is_cancelled,
            )

        job = self._start(work, self.tr("Writing…"))
        job.finished.connect(self._written)
        return job

    def _written(self, result: ExportResult) -> None:
        self.result = result
        QMessageBox.information(
            self,
            self.tr("Export written"),
            self.tr(
                "{n} contacts written to {name}. The export is recorded on the Exports page; "
                "mark it as sent there once the campaign has gone out."
            ).format(n=format_count(result.counts.exported), name=result.path.name),
        )

    def _release(self) -> None:
        self._stop_warm_up()
        self.previewer = Previewer()
        self.preview = None
        self.excluded.set_preview(None)

    # ------------------------------------------------------------------ jobs
    def _start(self, work: Any, label: str) -> WorkspaceJob:
        job = WorkspaceJob(self._ws, work, self)
        self._job = job
        self.progress.setFormat(label + " %p%")
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.clicked.connect(job.cancel)
        for widget in (self.preview_button, self.write_button, self.close_button):
            widget.setEnabled(False)
        job.progress.connect(self._progress)
        job.failed.connect(lambda message, bug: show_failure(self, message, bug))
        job.done.connect(self._job_done)
        job.start()
        return job

    def _progress(self, done: int, total: int, _message: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _job_done(self) -> None:
        if self._job is not None:
            self.cancel_button.clicked.disconnect(self._job.cancel)
        self._job = None
        self.progress.hide()
        self.cancel_button.hide()
        self.close_button.setEnabled(True)
        self.preview_button.setEnabled(not self.campaign_problem.text())
        self.write_button.setEnabled(bool(self.preview and self.preview.counts.exported))
