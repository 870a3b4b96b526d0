"""Job titles to review: the titles Clearlist could not fully classify, most common first, so that
deciding the top twenty places most contacts. Picking a function and a seniority for a title
makes a rule ("every Gérant is executive / owner-executive") that applies at once to the contacts
with that title (not to functions set by hand) and to every later import and edit.

Reads and rule changes run in the background: at a million contacts each takes a second or two.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from compliance.fields import JOB_FUNCTIONS, SENIORITIES
from storage import titles
from storage.workspace import Workspace

from .contact_model import value_label
from .formatting import format_count, format_percent
from .latest_read import LatestRead
from .workers import WorkspaceJob, show_failure

log = logging.getLogger(__name__)

REVIEW_LIMIT = 100


class TitlesPage(QWidget):
    """Registered in `gui.main_window.PAGES` (key "titles")."""

    status_text_changed = Signal(str)
    status_message = Signal(str)
    loaded = Signal()  # the list was read and shown (tests, screenshots)
    rule_applied = Signal(int)  # contacts changed by the last rule or re-classification

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.review: titles.TitleReview | None = None
        self.rules: list[titles.TitleRule] = []
        self._job: WorkspaceJob | None = None
        self._reader = LatestRead(ws, self)
        self._reader.ready.connect(self._show)
        self._reader.failed.connect(lambda message, bug: show_failure(self, message, bug))

        heading = QLabel(self.tr("Job titles to review"), self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.summary = QLabel(self.tr("Reading the job titles…"), self)
        self.summary.setObjectName("titles_summary")
        self.summary.setWordWrap(True)

        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("review_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Job title"),
                self.tr("Contacts"),
                self.tr("Running share"),
                self.tr("Read as: function"),
                self.tr("Read as: seniority"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.Fixed)
        vertical.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._picked)

        # --- the rule for the chosen title
        self.rule_box = QGroupBox(self.tr("Choose a title"), self)
        self.read_as = QLabel(self.rule_box)
        self.read_as.setWordWrap(True)
        self.function = QComboBox(self.rule_box)
        self.function.setObjectName("rule_function")
        for value in JOB_FUNCTIONS:
            self.function.addItem(value_label(value), value)
        self.seniority = QComboBox(self.rule_box)
        self.seniority.setObjectName("rule_seniority")
        for value in SENIORITIES:
            self.seniority.addItem(value_label(value), value)
        self.apply_button = QPushButton(self.tr("Apply"), self.rule_box)
        self.apply_button.setObjectName("apply_rule")
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply_rule)
        self.result = QLabel(self.rule_box)
        self.result.setObjectName("rule_result")
        self.result.setWordWrap(True)
        form = QFormLayout(self.rule_box)
        form.addRow(self.read_as)
        form.addRow(self.tr("Function:"), self.function)
        form.addRow(self.tr("Seniority:"), self.seniority)
        form.addRow(self.apply_button)
        form.addRow(self.result)
        explain = QLabel(
            self.tr(
                "The rule applies to every contact with this title (however it is written: "
                "capitals, accents, “(H/F)”), except those whose function was set by hand, "
                "and to every contact imported or edited later."
            ),
            self.rule_box,
        )
        explain.setWordWrap(True)
        explain.setEnabled(False)
        form.addRow(explain)

        # --- the rules made so far
        self.rules_table = QTableWidget(0, 3, self)
        self.rules_table.setObjectName("rules_table")
        self.rules_table.setHorizontalHeaderLabels(
            [self.tr("Title (as compared)"), self.tr("Function"), self.tr("Seniority")]
        )
        self.rules_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.rules_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.rules_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.rules_table.verticalHeader().hide()
        self.rules_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.rules_table.itemSelectionChanged.connect(self._enable)
        self.remove_button = QPushButton(self.tr("Remove rule"), self)
        self.remove_button.clicked.connect(self.remove_rule)
        self.reclassify_button = QPushButton(self.tr("Re-classify all contacts"), self)
        self.reclassify_button.setToolTip(
            self.tr(
                "Derive every function and seniority again from the job titles, with your rules "
                "(functions set by hand are kept)."
            )
        )
        self.reclassify_button.clicked.connect(self.reclassify_all)
        rules_box = QGroupBox(self.tr("Your rules"), self)
        rules_layout = QVBoxLayout(rules_box)
        rules_layout.addWidget(self.rules_table, 1)
        rules_buttons = QHBoxLayout()
        rules_buttons.addWidget(self.remove_button)
        rules_buttons.addStretch(1)
        rules_buttons.addWidget(self.reclassify_button)
        rules_layout.addLayout(rules_buttons)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(12)
        self.progress.setTextVisible(False)
        self.progress.hide()

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.rule_box)
        right_layout.addWidget(rules_box, 1)
        splitter = QSplitter(Qt.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(splitter, 1)
        self._picked()
        self.refresh()

    # ------------------------------------------------------------------ reading
    def refresh(self) -> None:
        self._reader.request(
            lambda own: (titles.review_list(own, REVIEW_LIMIT), titles.list_title_rules(own))
        )

    def is_busy(self) -> bool:
        return self._reader.busy or self._job is not None

    def _show(self, result: tuple[titles.TitleReview, list[titles.TitleRule]]) -> None:
        review, rules = result
        keep_row = max(0, self.table.currentRow())
        self.review, self.rules = review, rules
        self.table.blockSignals(True)
        self.table.setRowCount(len(review.items))
        running = 0
        for row, item in enumerate(review.items):
            running += item.contacts
            share = running / review.contacts if review.contacts else 0.0
            title = item.title
            if item.spellings == 2:
                title += " " + self.tr("(and 1 other spelling)")
            elif item.spellings > 2:
                title += " " + self.tr("(and {n} other spellings)").format(n=item.spellings - 1)
            cells = [
                title,
                format_count(item.contacts),
                f"{share:.0%}",
                value_label(item.job_function),
                value_label(item.seniority),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column in (1, 2):
                    cell.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                cell.setData(Qt.UserRole, item.title_key)
                self.table.setItem(row, column, cell)
        self.table.blockSignals(False)
        if review.items:
            self.table.selectRow(min(keep_row, len(review.items) - 1))
        self._picked()
        self.rules_table.setRowCount(len(rules))
        for row, rule in enumerate(rules):
            for column, text in enumerate(
                (rule.title_key, value_label(rule.job_function), value_label(rule.seniority))
            ):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.UserRole, rule.title_key)
                self.rules_table.setItem(row, column, cell)
        self.summary.setText(self._summary_text(review))
        self._enable()
        self.status_text_changed.emit(self.status_text())
        self.loaded.emit()

    def _summary_text(self, review: titles.TitleReview) -> str:
        if not review.contacts:
            return self.tr(
                "Every job title is classified: each contact with a title has a function and a "
                "seniority."
            )
        text = self.tr(
            "{n} contacts have a job title Clearlist could not fully classify, under {titles} "
            "distinct titles."
        ).format(n=format_count(review.contacts), titles=format_count(review.titles))
        if len(review.items) < review.titles:
            text += " " + self.tr("The {shown} most common, below, cover {share} of them.").format(
                shown=format_count(len(review.items)),
                share=format_percent(review.covered / review.contacts),
            )
        return (
            text
            + " "
            + self.tr(
                "Choose a function and a seniority for a title to place all its contacts at once."
            )
        )

    def status_text(self) -> str:
        if self.review is None:
            return ""
        return self.tr("{n} titles to review").format(n=format_count(self.review.titles))

    # ------------------------------------------------------------------ choosing
    def selected(self) -> titles.ReviewTitle | None:
        row = self.table.currentRow()
        rows = self.table.selectionModel().selectedRows()
        if self.review is None or not rows or not 0 <= row < len(self.review.items):
            return None
        return self.review.items[rows[0].row()]

    def select_title(self, title_key: str) -> None:
        if self.review is None:
            return
        for row, item in enumerate(self.review.items):
            if item.title_key == title_key:
                self.table.selectRow(row)
                return

    def _picked(self) -> None:
        item = self.selected()
        if item is None:
            self.rule_box.setTitle(self.tr("Choose a title in the list"))
            self.read_as.setText("")
            self.apply_button.setText(self.tr("Apply"))
        else:
            self.rule_box.setTitle(self.tr("Every “{title}” is:").format(title=item.title))
            self.read_as.setText(
                self.tr("Clearlist reads it now as {function} / {seniority}.").format(
                    function=value_label(item.job_function), seniority=value_label(item.seniority)
                )
            )
            self.function.setCurrentIndex(self.function.findData(item.job_function))
            self.seniority.setCurrentIndex(self.seniority.findData(item.seniority))
            self.apply_button.setText(
                self.tr("Apply to 1 contact")
                if item.contacts == 1
                else self.tr("Apply to {n} contacts").format(n=format_count(item.contacts))
            )
        self._enable()

    def _enable(self) -> None:
        idle = self._job is None
        self.apply_button.setEnabled(idle and self.selected() is not None)
        self.function.setEnabled(idle and self.selected() is not None)
        self.seniority.setEnabled(idle and self.selected() is not None)
        self.remove_button.setEnabled(idle and bool(self.rules_table.selectedItems()))
        self.reclassify_button.setEnabled(idle)

    # ------------------------------------------------------------------ changing
    def apply_rule(self) -> None:
        item = self.selected()
        if item is None or self._job is not None:
            return
        function, seniority = self.function.currentData(), self.seniority.currentData()
        title = item.title
        self._run(
            lambda own, progress, _c: titles.set_title_rule(
                own, title, function, seniority, on_progress=progress
            ),
            lambda changed: self.tr("Rule saved for “{title}”: {n} contacts changed.").format(
                title=title, n=format_count(changed)
            ),
        )

    def remove_rule(self) -> None:
        cells = self.rules_table.selectedItems()
        if not cells or self._job is not None:
            return
        key = cells[0].data(Qt.UserRole)
        answer = QMessageBox.question(
            self,
            self.tr("Remove rule"),
            self.tr(
                "Remove the rule for “{title}”? Its contacts go back to what Clearlist reads "
                "from the title."
            ).format(title=key),
            QMessageBox.Yes | QMessageBox.Cancel,
            QMessageBox.Cancel,
        )
        if answer != QMessageBox.Yes:
            return
        self._run(
            lambda own, progress, _c: titles.delete_title_rule(own, key, on_progress=progress),
            lambda changed: self.tr("Rule removed for “{title}”: {n} contacts changed.").format(
                title=key, n=format_count(changed)
            ),
        )

    def reclassify_all(self) -> None:
        if self._job is not None:
            return
        self._run(
            lambda own, progress, cancelled: titles.reclassify_all(own, progress, cancelled),
            lambda changed: self.tr("Every contact re-classified: {n} changed.").format(
                n=format_count(changed)
            ),
        )

    def _run(self, fn: Any, message: Any) -> None:
        job = WorkspaceJob(self._ws, fn, self)
        self._job = job
        self.result.setText(self.tr("Applying…"))
        self.progress.show()
        job.finished.connect(lambda changed: self._applied(int(changed), message(int(changed))))
        job.failed.connect(lambda text, bug: show_failure(self, text, bug))
        job.failed.connect(lambda *_: self.result.setText(""))
        job.done.connect(self._job_done)
        self._enable()
        job.start()

    def _job_done(self) -> None:
        self._job = None
        self.progress.hide()
        self._enable()

    def _applied(self, changed: int, text: str) -> None:
        self.result.setText(text)
        self.status_message.emit(text)
        self.rule_applied.emit(changed)
        window: Any = self.window()
        if hasattr(window, "refresh_pages"):
            window.refresh_pages()  # counts, charts and segments changed too
        else:
            self.refresh()

    def shutdown(self) -> None:
        self._reader.shutdown()
        if self._job is not None:
            self._job.wait(30)
