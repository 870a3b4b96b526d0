"""The breach log (GDPR art. 33; RULES.md section E): every breach, notified or not, with the
72-hour countdown from the moment it was noticed, the reasons required for a late notification,
and the affected contacts as a file for telling them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from compliance.deadlines import format_time_left
from storage import breaches
from storage.errors import UserError
from storage.workspace import Workspace

from .contact_model import ERROR_STYLE
from .formatting import format_datetime
from .i18n import current_language
from .messages import translate_message
from .print_pdf import save_html_as_pdf
from .report_options_dialog import LANGUAGES

COUNTDOWN_REFRESH_MS = 30_000
LATE_STYLE = "color: #b3261e; font-weight: bold;"
SOON_STYLE = "color: #8a5a00; font-weight: bold;"
OK_STYLE = "color: #1b6e20;"


def _qdatetime(moment: dt.datetime) -> QDateTime:
    return QDateTime(moment.astimezone())  # shown in local time


def _moment(edit: QDateTimeEdit) -> dt.datetime:
    return edit.dateTime().toPython().replace(second=0, microsecond=0).astimezone()


class BreachesPage(QWidget):
    """Registered in `gui.main_window.PAGES`."""

    status_text_changed = Signal(str)
    status_message = Signal(str)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.breach_id: int | None = None
        self.now = lambda: dt.datetime.now(dt.UTC)  # tests pin the clock here

        self.list = QListWidget(self)
        self.list.setObjectName("breach_list")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._picked)
        self.new_button = QPushButton(self.tr("Record a breach"), self)
        self.new_button.clicked.connect(self.new_breach)

        self.countdown = QLabel(self)
        self.countdown.setObjectName("breach_countdown")
        self.countdown.setWordWrap(True)
        self.noticed = self._datetime_edit()
        self.facts = QPlainTextEdit(self)
        self.facts.setPlaceholderText(self.tr("What happened, when, how it was discovered"))
        self.data_categories = QLineEdit(self)
        self.data_categories.setPlaceholderText(self.tr("e.g. names, e-mail addresses, phones"))
        self.people_categories = QLineEdit(self)
        self.people_categories.setPlaceholderText(self.tr("e.g. prospects, customers"))
        self.people_count = QLineEdit(self)
        self.records_count = QLineEdit(self)
        self.consequences = QPlainTextEdit(self)
        self.consequences.setPlaceholderText(self.tr("e.g. unwanted e-mails, phishing attempts"))
        self.risk = QComboBox(self)
        self.risk.addItem(self.tr("not assessed yet"), None)
        self.risk.addItem(self.tr("none"), "none")
        self.risk.addItem(self.tr("low (unlikely to harm anyone)"), "low")
        self.risk.addItem(self.tr("a risk to the people"), "risk")
        self.risk.addItem(self.tr("a high risk to the people"), "high")
        self.risk.currentIndexChanged.connect(self._update_countdown)
        self.measures = QPlainTextEdit(self)
        self.measures.setPlaceholderText(self.tr("What was done to stop it and limit the harm"))
        self.authority_told = QCheckBox(self.tr("Authority (CNIL / IMY) told on"), self)
        self.authority_at = self._datetime_edit()
        self.delay_reason = QPlainTextEdit(self)
        self.delay_reason.setObjectName("breach_delay_reason")
        self.delay_reason.setPlaceholderText(
            self.tr("Required when the authority is told more than 72 hours after")
        )
        self.people_told = QCheckBox(self.tr("People told on"), self)
        self.people_at = self._datetime_edit()
        for box, edit in (
            (self.authority_told, self.authority_at),
            (self.people_told, self.people_at),
        ):
            box.toggled.connect(edit.setEnabled)
            box.toggled.connect(self._update_countdown)
            edit.setEnabled(False)
        self.authority_at.dateTimeChanged.connect(self._update_countdown)
        self.noticed.dateTimeChanged.connect(self._update_countdown)
        self.delay_reason.textChanged.connect(self._update_countdown)
        for text in (self.facts, self.consequences, self.measures, self.delay_reason):
            text.setMaximumHeight(80)
        self.error = QLabel(self)
        self.error.setObjectName("breach_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Noticed on"), self.noticed)
        form.addRow(self.tr("Facts"), self.facts)
        form.addRow(self.tr("Kinds of data"), self.data_categories)
        form.addRow(self.tr("Kinds of people"), self.people_categories)
        form.addRow(self.tr("Number of people"), self.people_count)
        form.addRow(self.tr("Number of records"), self.records_count)
        form.addRow(self.tr("Likely consequences"), self.consequences)
        form.addRow(self.tr("Risk"), self.risk)
        form.addRow(self.tr("Measures taken"), self.measures)
        form.addRow(self.authority_told, self.authority_at)
        form.addRow(self.tr("Reasons for the delay"), self.delay_reason)
        form.addRow(self.people_told, self.people_at)

        self.affected = QLabel(self)
        self.affected.setObjectName("breach_affected")
        self.attach_all = QPushButton(self.tr("All contacts"), self)
        self.attach_all.clicked.connect(lambda: self._attach(all_contacts=True))
        self.attach_source = QPushButton(self.tr("A source's contacts…"), self)
        self.attach_source.clicked.connect(self._attach_source)
        self.write_affected = QPushButton(self.tr("Save the list (CSV)…"), self)
        self.write_affected.clicked.connect(self.save_affected)
        affected_row = QHBoxLayout()
        affected_row.addWidget(QLabel(self.tr("<b>Affected contacts:</b>"), self))
        affected_row.addWidget(self.affected, 1)
        attach_row = QHBoxLayout()
        attach_row.addWidget(QLabel(self.tr("Add:"), self))
        attach_row.addWidget(self.attach_all)
        attach_row.addWidget(self.attach_source)
        attach_row.addStretch(1)
        attach_row.addWidget(self.write_affected)

        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("breach_save")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        form_widget = QWidget(self)
        form_widget.setLayout(form)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setWidget(form_widget)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.countdown)
        right_layout.addWidget(scroll, 1)
        right_layout.addLayout(affected_row)
        right_layout.addLayout(attach_row)
        right_layout.addWidget(self.error)
        right_layout.addLayout(buttons)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.new_button)
        splitter = QSplitter(Qt.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 840])
        # The log as a document (art. 33(5)), in a language chosen per document.
        self.document_language = QComboBox(self)
        for code, name in LANGUAGES:
            self.document_language.addItem(name, code)
        self.document_language.setCurrentIndex(self.document_language.findData(current_language()))
        self.only_shown = QCheckBox(self.tr("Only the breach shown"), self)
        self.html_button = QPushButton(self.tr("Export as HTML…"), self)
        self.html_button.clicked.connect(lambda: self.export("html"))
        self.pdf_button = QPushButton(self.tr("Export as PDF…"), self)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        document_row = QHBoxLayout()
        document_row.addWidget(QLabel(self.tr("The log as a document, in:"), self))
        document_row.addWidget(self.document_language)
        document_row.addWidget(self.only_shown)
        document_row.addStretch(1)
        document_row.addWidget(self.html_button)
        document_row.addWidget(self.pdf_button)

        layout = QVBoxLayout(self)
        layout.addLayout(document_row)
        layout.addWidget(splitter)

        self._timer = QTimer(self)
        self._timer.setInterval(COUNTDOWN_REFRESH_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self.refresh()

    def _datetime_edit(self) -> QDateTimeEdit:
        edit = QDateTimeEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        edit.setDateTime(_qdatetime(dt.datetime.now(dt.UTC)))
        return edit

    # ------------------------------------------------------------------ list
    def refresh(self) -> None:
        keep = self.breach_id
        self.list.blockSignals(True)
        self.list.clear()
        for breach in breaches.list_breaches(self._ws):
            item = QListWidgetItem(self._list_text(breach), self.list)
            item.setData(Qt.UserRole, breach.id)
        self.list.blockSignals(False)
        if keep is not None:
            self.show_breach(keep)
        elif self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.new_breach()
        self._emit_status()

    def _list_text(self, breach: breaches.Breach) -> str:
        first_line = breach.facts.strip().splitlines()[0][:60] if breach.facts.strip() else ""
        noticed = format_datetime(breach.noticed_at)
        text = f"#{breach.id} · {noticed}\n{first_line}"
        if breach.awaiting_authority():
            hours, minutes, late = format_time_left(breach.time_left(self.now()))
            text += "\n" + (
                self.tr("Authority not told: {h} h {m} min LATE").format(h=hours, m=minutes)
                if late
                else self.tr("Authority not told: {h} h {m} min left").format(h=hours, m=minutes)
            )
        return text

    def _emit_status(self) -> None:
        self.status_text_changed.emit(self.status_text())

    def status_text(self) -> str:
        waiting = breaches.awaiting_authority(self._ws)
        if not waiting:
            return self.tr("Breaches in the log: {n}").format(n=self.list.count())
        return self.tr("Breaches to tell the authority: {n}").format(n=len(waiting))

    def _picked(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is not None:
            self.show_breach(int(item.data(Qt.UserRole)))

    def _tick(self) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            try:
                breach = breaches.get_breach(self._ws, int(item.data(Qt.UserRole)))
            except UserError:
                continue
            item.setText(self._list_text(breach))
        self._update_countdown()

    # ------------------------------------------------------------------ form
    def new_breach(self) -> None:
        self.breach_id = None
        self.list.blockSignals(True)
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        now = _qdatetime(self.now())
        self.noticed.setDateTime(now)
        for text in (self.facts, self.consequences, self.measures, self.delay_reason):
            text.setPlainText("")
        for line in (
            self.data_categories,
            self.people_categories,
            self.people_count,
            self.records_count,
        ):
            line.setText("")
        self.risk.setCurrentIndex(0)
        for box, edit in (
            (self.authority_told, self.authority_at),
            (self.people_told, self.people_at),
        ):
            box.setChecked(False)
            edit.setDateTime(now)
        self.affected.setText(self.tr("Save the breach first, then add the affected contacts."))
        for button in (self.attach_all, self.attach_source, self.write_affected):
            button.setEnabled(False)
        self.error.hide()
        self._update_countdown()
        self.facts.setFocus()

    def show_breach(self, breach_id: int) -> None:
        try:
            breach = breaches.get_breach(self._ws, breach_id)
        except UserError:
            self.new_breach()
            return
        self.breach_id = breach.id
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.UserRole) == breach.id:
                self.list.blockSignals(True)
                self.list.setCurrentRow(row)
                self.list.blockSignals(False)
        self.noticed.setDateTime(_qdatetime(breach.noticed_at))
        self.facts.setPlainText(breach.facts)
        self.data_categories.setText(breach.data_categories or "")
        self.people_categories.setText(breach.people_categories or "")
        self.people_count.setText("" if breach.people_count is None else str(breach.people_count))
        self.records_count.setText(
            "" if breach.records_count is None else str(breach.records_count)
        )
        self.consequences.setPlainText(breach.consequences or "")
        self.risk.setCurrentIndex(max(0, self.risk.findData(breach.risk)))
        self.measures.setPlainText(breach.measures or "")
        self.delay_reason.setPlainText(breach.delay_reason or "")
        for box, edit, moment in (
            (self.authority_told, self.authority_at, breach.authority_notified_at),
            (self.people_told, self.people_at, breach.people_notified_at),
        ):
            box.setChecked(moment is not None)
            edit.setDateTime(_qdatetime(moment or self.now()))
        self.affected.setText(self.tr("{n} contacts attached.").format(n=breach.affected))
        self.attach_all.setEnabled(True)
        self.attach_source.setEnabled(True)
        self.write_affected.setEnabled(breach.affected > 0)
        self.error.hide()
        self._update_countdown()

    def values(self) -> dict[str, Any]:
        return {
            "noticed_at": _moment(self.noticed),
            "facts": self.facts.toPlainText(),
            "data_categories": self.data_categories.text(),
            "people_categories": self.people_categories.text(),
            "people_count": self.people_count.text().strip() or None,
            "records_count": self.records_count.text().strip() or None,
            "consequences": self.consequences.toPlainText(),
            "risk": self.risk.currentData(),
            "measures": self.measures.toPlainText(),
            "authority_notified_at": _moment(self.authority_at)
            if self.authority_told.isChecked()
            else None,
            "delay_reason": self.delay_reason.toPlainText(),
            "people_notified_at": _moment(self.people_at) if self.people_told.isChecked() else None,
        }

    def save(self) -> bool:
        values = self.values()
        try:
            if self.breach_id is None:
                noticed = values.pop("noticed_at")
                facts = values.pop("facts")
                self.breach_id = breaches.record_breach(
                    self._ws, noticed_at=noticed, facts=facts, now=self.now(), **values
                )
            else:
                breaches.update_breach(self._ws, self.breach_id, now=self.now(), **values)
        except UserError as exc:
            self.error.setText(translate_message(exc.message))
            self.error.show()
            return False
        self.error.hide()
        self.refresh()
        self.status_message.emit(self.tr("The breach record was saved."))
        return True

    def _update_countdown(self) -> None:
        noticed = _moment(self.noticed)
        risk = self.risk.currentData()
        deadline = noticed + dt.timedelta(hours=72)
        when = format_datetime(deadline)
        self.delay_reason.setStyleSheet("")
        if self.authority_told.isChecked():
            told = _moment(self.authority_at)
            if told > deadline and not self.delay_reason.toPlainText().strip():
                text = self.tr(
                    "The authority was told after the 72 hours (deadline {when}): the reasons "
                    "for the delay are required."
                ).format(when=when)
                style = LATE_STYLE
                self.delay_reason.setStyleSheet("border: 1px solid #b3261e;")
            elif told > deadline:
                text = self.tr(
                    "The authority was told after the 72 hours (deadline {when}); the reasons "
                    "for the delay are recorded."
                ).format(when=when)
                style = SOON_STYLE
            else:
                text = self.tr("The authority was told within the 72 hours.")
                style = OK_STYLE
        elif risk in ("none", "low"):
            text = self.tr(
                "No notification to the authority is needed when a breach is unlikely to harm "
                "anyone; it stays in this log."
            )
            style = OK_STYLE
        else:
            hours, minutes, late = format_time_left(deadline - self.now())
            if late:
                text = self.tr(
                    "The 72 hours ended {h} h {m} min ago ({when}). Tell the CNIL (France) or "
                    "IMY (Sweden) now, and give the reasons for the delay."
                ).format(h=hours, m=minutes, when=when)
                style = LATE_STYLE
            else:
                text = self.tr(
                    "{h} h {m} min left to tell the CNIL (France) or IMY (Sweden): by {when}."
                ).format(h=hours, m=minutes, when=when)
                style = SOON_STYLE if hours < 24 else ""
        if risk == "high" and not self.people_told.isChecked():
            text += " " + self.tr("A high risk: the people must be told too, without delay.")
        self.countdown.setText(text)
        self.countdown.setStyleSheet(style)

    # ------------------------------------------------------------------ affected
    def _attach(self, **what: Any) -> None:
        if self.breach_id is None:
            return
        added = breaches.attach_contacts(self._ws, self.breach_id, **what)
        self.status_message.emit(self.tr("{n} contacts added.").format(n=added))
        self.refresh()

    def _attach_source(self) -> None:
        rows = self._ws.conn.execute(
            "SELECT id, source_name, acquired_on FROM sources WHERE undone_at IS NULL "
            "ORDER BY acquired_on DESC, id DESC"
        ).fetchall()
        if not rows:
            return
        labels = [f"{name} ({acquired})" for _id, name, acquired in rows]
        label, ok = QInputDialog.getItem(
            self,
            self.tr("Affected contacts"),
            self.tr("Contacts from the source:"),
            labels,
            0,
            False,
        )
        if ok:
            self._attach(source_id=rows[labels.index(label)][0])

    def save_affected(self) -> None:
        if self.breach_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the affected contacts"),
            str(Path.home() / f"breach-{self.breach_id}-contacts.csv"),
            self.tr("CSV (*.csv)"),
        )
        if path:
            self.save_affected_to(Path(path))

    def save_affected_to(self, path: Path) -> int:
        try:
            count = breaches.write_affected_file(self._ws, self.breach_id or 0, path)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Breach log"), translate_message(exc.message))
            return 0
        self.status_message.emit(
            self.tr("{n} contacts written to {name}").format(n=count, name=path.name)
        )
        return count

    # ------------------------------------------------------------------ the document
    def export(self, kind: str) -> None:
        filters = self.tr("PDF (*.pdf)") if kind == "pdf" else self.tr("Web page (*.html)")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the breach log"),
            str(Path.home() / f"breach-log.{kind}"),
            filters,
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        """Write the log (or the breach shown) in the chosen language to `path`."""
        only = self.only_shown.isChecked() and self.breach_id is not None
        try:
            breaches.write_document(
                self._ws,
                path,
                self.document_language.currentData() or "en",
                breach_ids=[self.breach_id] if only else None,
                pdf_writer=lambda html, out: save_html_as_pdf(
                    html, out, title=self.tr("Personal data breach log")
                ),
                now=self.now(),
            )
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Breach log"), translate_message(exc.message))
            return False
        self.status_message.emit(
            self.tr("The breach log was exported to {name}").format(name=path.name)
        )
        return True
