"""A person's page (GDPR art. 15-21): find someone by address or name, see everything stored about
them, and act on their rights: the access report, rectification, objection, erasure, requests.

Everything goes through `storage.rights` and `storage.requests`, the same use cases the command
line runs; the page only shows and asks.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from compliance.access_report import retention_info
from compliance.fields import CONTACT_FIELDS, DATE_FIELDS, YES_NO_FIELDS
from storage import rights
from storage.errors import UserError
from storage.workspace import Workspace

from .contact_detail import ContactDetail
from .contact_model import field_label, value_label
from .formatting import format_date, format_datetime
from .messages import translate_message
from .optout_page import kind_label, reason_label
from .print_pdf import save_html_as_pdf
from .report_options_dialog import ReportOptionsDialog
from .request_dialog import RequestDialog, kind_labels

log = logging.getLogger(__name__)

SEARCH_DEBOUNCE_MS = 200


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value))


class PersonPage(QWidget):
    """Registered in `gui.main_window.PAGES`; `show_person(...)` opens someone directly."""

    status_message = Signal(str)
    data_changed = Signal()  # after an erasure, objection or edit: other pages should refresh

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.record: rights.PersonRecord | None = None

        self.search = QLineEdit(self)
        self.search.setObjectName("person_search")
        self.search.setPlaceholderText(self.tr("Find a person by e-mail address or name"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.find)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self.find)
        self.results = QListWidget(self)
        self.results.setObjectName("person_results")
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.ElideRight)
        self.results.currentItemChanged.connect(self._picked)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)

        self.title = QLabel(self)
        self.title.setObjectName("person_title")
        self.title.setTextInteractionFlags(Qt.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.badges = QLabel(self)
        self.badges.setObjectName("person_badges")
        self.summary = QTextBrowser(self)
        self.summary.setObjectName("person_summary")
        self.summary.setOpenLinks(False)
        self.editor = ContactDetail(ws, self)
        self.editor.saved.connect(self._edited)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.summary, self.tr("Everything stored"))
        self.tabs.addTab(self.editor, self.tr("Correct the data"))

        self.report_button = QPushButton(self.tr("Access report…"), self)
        self.report_button.setToolTip(
            self.tr("Write the person's access report (GDPR art. 15) as PDF, HTML or JSON")
        )
        self.report_button.clicked.connect(self.write_report)
        self.request_button = QPushButton(self.tr("Log a request…"), self)
        self.request_button.clicked.connect(self.log_request)
        self.object_button = QPushButton(self.tr("Opt out (objection)"), self)
        self.object_button.setToolTip(
            self.tr("Put the address on the opt-out list now: no more marketing messages")
        )
        self.object_button.clicked.connect(self.object)
        self.erase_button = QPushButton(self.tr("Erase…"), self)
        self.erase_button.setObjectName("erase_button")
        self.erase_button.setToolTip(
            self.tr("Delete every trace of the person; keep only a fingerprint of the address")
        )
        self.erase_button.clicked.connect(self.erase)
        actions = QHBoxLayout()
        for button in (
            self.report_button,
            self.request_button,
            self.object_button,
            self.erase_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.results, 1)
        left_layout.addWidget(self.hint)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.badges)
        right_layout.addWidget(self.tabs, 1)
        right_layout.addLayout(actions)
        splitter = QSplitter(Qt.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._show(None)
        self.hint.setText(
            self.tr(
                "Type an address (or its beginning) or a name. A person who is only on the "
                "opt-out list is found by their full address."
            )
        )

    # ------------------------------------------------------------------ finding
    def find(self) -> None:
        self._debounce.stop()
        text = self.search.text().strip()
        self.results.clear()
        if not text:
            return
        matches = rights.find_people(self._ws, text)
        for match in matches:
            label = match.email if not match.name else f"{match.name} <{match.email}>"
            if match.company:
                label += f" · {match.company}"
            item = QListWidgetItem(label, self.results)
            item.setData(Qt.UserRole, match.contact_id)
        if not matches and "@" in text:
            # Someone with no contact row may still be on the opt-out list in clear.
            try:
                record = rights.person_record(self._ws, email=text)
            except UserError:
                record = None
            if record is not None:
                item = QListWidgetItem(
                    self.tr("{email} (opt-out list only)").format(email=record.email), self.results
                )
                item.setData(Qt.UserRole + 1, record.email)
        if self.results.count() == 0:
            item = QListWidgetItem(self.tr("No one found."), self.results)
            item.setFlags(Qt.NoItemFlags)
        elif self.results.count() == 1:
            self.results.setCurrentRow(0)

    def _picked(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is None:
            return
        contact_id = item.data(Qt.UserRole)
        email = item.data(Qt.UserRole + 1)
        if contact_id is not None:
            self.show_person(contact_id=int(contact_id))
        elif email:
            self.show_person(email=str(email))

    def show_person(self, *, contact_id: int | None = None, email: str | None = None) -> None:
        """Show everything about one person (by contact id or address)."""
        try:
            record = rights.person_record(self._ws, contact_id=contact_id, email=email)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Person"), translate_message(exc.message))
            self._show(None)
            return
        self._show(record)

    def refresh(self) -> None:
        if self.record is None:
            return
        try:
            record = (
                rights.person_record(self._ws, contact_id=self.record.contact_id, email=None)
                if self.record.contact_id
                else rights.person_record(self._ws, email=self.record.email)
            )
        except UserError:
            record = None
        self._show(record)

    # ------------------------------------------------------------------ showing
    def _show(self, record: rights.PersonRecord | None) -> None:
        self.record = record
        has = record is not None
        for button in (self.report_button, self.request_button, self.erase_button):
            button.setEnabled(has)
        self.object_button.setEnabled(has and not record.suppressed)  # type: ignore[union-attr]
        self.tabs.setTabEnabled(1, bool(record and record.contact_id))
        if record is None:
            self.title.setText(self.tr("No person chosen"))
            self.badges.setText("")
            self.summary.setHtml(
                "<p>"
                + _e(
                    self.tr(
                        "Find a person on the left to see everything stored about "
                        "them and to answer their requests."
                    )
                )
                + "</p>"
            )
            return
        contact = record.contact or {}
        name = " ".join(p for p in (contact.get("first_name"), contact.get("last_name")) if p)
        self.title.setText(f"{name} <{record.email}>" if name else record.email)
        badges = []
        if record.suppressed:
            badges.append(self.tr("On the opt-out list"))
        if any(o.kind == "domain" for o in record.optouts):
            badges.append(self.tr("Whole domain opted out"))
        open_requests = [r for r in record.requests if r.status == "open"]
        if open_requests:
            badges.append(self.tr("{n} open request(s)").format(n=len(open_requests)))
        if record.is_generic:
            badges.append(self.tr("Company role address (not personal data)"))
        self.badges.setText("  ·  ".join(badges))
        self.summary.setHtml(self._summary_html(record))
        if record.contact_id:
            self.editor.show_contact(record.contact_id)

    def _summary_html(self, record: rights.PersonRecord) -> str:
        out = []
        contact = record.contact or {}
        decisions = {
            "ALLOW": self.tr("cleared"),
            "ALLOW_WITH_NOTICE": self.tr("cleared with the notice"),
            "EXCLUDE": self.tr("excluded"),
        }
        out.append(_heading(self.tr("Stored data")))
        if contact:
            out.append("<table cellspacing='0' cellpadding='3'>")
            for name in CONTACT_FIELDS:
                value = contact.get(name)
                if value is None or str(value).strip() == "":
                    continue
                if name in YES_NO_FIELDS:
                    value = "yes" if value in (1, True, "1", "yes") else "no"
                elif name in DATE_FIELDS:
                    value = format_date(value)
                shown = value_label(str(value))
                out.append(f"<tr><td><b>{_e(field_label(name))}</b></td><td>{_e(shown)}</td></tr>")
            out.append("</table>")
        else:
            out.append(
                _paragraph(self.tr("No contact row: only the opt-out list holds this address."))
            )

        facts = rights.report_facts(self._ws, record)
        info = retention_info(facts)
        out.append(_heading(self.tr("Retention")))
        if record.is_generic:
            text = self.tr("A company role address: no retention limit.")
        elif info.last_day:
            text = self.tr("Kept until {date} (three years after {basis}, {start}).").format(
                date=format_date(info.last_day),
                basis={
                    "collected": self.tr("collection"),
                    "last_contact": self.tr("the person's last contact"),
                    "last_purchase": self.tr("the last purchase"),
                }[info.basis or "collected"],
                start=format_date(info.start),
            )
        else:
            text = self.tr("No date to count from.")
        out.append(_paragraph(text))

        out.append(_heading(self.tr("Sources")))
        out.append(
            _list(
                f"{format_date(s['acquired_on'])}: "
                f"{value_label(s['source_type'])} — {s['source_name']}"
                for s in record.sources
            )
            or _paragraph(self.tr("None recorded."))
        )

        out.append(_heading(self.tr("Exports and campaigns")))
        out.append(
            _list(
                self.tr("{date}: “{campaign}” for {tool} ({decision})").format(
                    date=format_date(e.created_at),
                    campaign=e.campaign,
                    tool=e.tool or self.tr("any e-mail tool"),
                    decision=decisions.get(e.decision, e.decision),
                )
                for e in record.exports
            )
            or _paragraph(self.tr("Never exported."))
        )

        out.append(_heading(self.tr("Opt-out")))
        out.append(
            _list(
                self.tr("{date}: {kind}, reason {reason}").format(
                    date=format_date(o.added_at),
                    kind=kind_label(o.kind),
                    reason=reason_label(o.reason),
                )
                for o in record.optouts
            )
            or _paragraph(self.tr("Not on the opt-out list."))
        )

        out.append(_heading(self.tr("Requests")))
        labels = kind_labels()
        statuses = {
            "open": self.tr("open"),
            "done": self.tr("answered"),
            "refused": self.tr("refused"),
        }
        out.append(
            _list(
                self.tr("Received {received}: {kind} — {status}, answer by {deadline}").format(
                    received=format_date(r.received_on),
                    kind=labels.get(r.kind, r.kind),
                    status=statuses.get(r.status, r.status),
                    deadline=format_date(r.deadline),
                )
                for r in record.requests
            )
            or _paragraph(self.tr("No request."))
        )
        if record.breaches:
            out.append(_heading(self.tr("Breaches")))
            out.append(
                _list(
                    self.tr("Breach #{id}, noticed {date}").format(
                        id=b_id, date=format_datetime(at)
                    )
                    for b_id, at in record.breaches
                )
            )
        return "".join(out)

    # ------------------------------------------------------------------ actions
    def write_report(self) -> None:
        if self.record is None:
            return
        dialog = ReportOptionsDialog(self._ws, self.record, self)
        if dialog.exec() != QDialog.Accepted:
            return
        language, request_id = dialog.choice()
        suggested = Path.home() / f"access-report-{self.record.contact_id or 'optout'}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the access report"),
            str(suggested),
            self.tr("PDF (*.pdf);;Web page (*.html);;JSON (*.json)"),
        )
        if not path:
            return
        self.save_report(Path(path), language=language, request_id=request_id)

    def save_report(
        self, path: Path, *, language: str | None = None, request_id: int | None = None
    ) -> bool:
        if self.record is None:
            return False
        if not path.suffix:
            path = path.with_suffix(".pdf")
        try:
            written = rights.write_access_report(
                self._ws,
                self.record.email,
                path,
                language=language,
                request_id=request_id,
                pdf_writer=lambda text, out: save_html_as_pdf(text, out),
            )
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Access report"), translate_message(exc.message))
            return False
        self.status_message.emit(
            self.tr("Access report saved: {name}").format(name=written.path.name)
        )
        self.refresh()
        return True

    def log_request(self) -> None:
        if self.record is None:
            return
        dialog = RequestDialog(
            self._ws, self, email=self.record.email, contact_id=self.record.contact_id
        )
        if dialog.exec() == QDialog.Accepted:
            self.refresh()
            self.data_changed.emit()

    def object(self) -> None:
        if self.record is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Opt out"),
            self.tr(
                "Put {email} on the opt-out list now? No marketing message will be sent "
                "to this address again."
            ).format(email=self.record.email),
        )
        if answer != QMessageBox.Yes:
            return
        request = _open_request(self.record, "objection")
        try:
            if self.record.contact_id:
                rights.object_to_marketing(
                    self._ws, contact_id=self.record.contact_id, request_id=request
                )
            else:
                rights.object_to_marketing(self._ws, email=self.record.email, request_id=request)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Opt out"), translate_message(exc.message))
            return
        self.status_message.emit(self.tr("The address is on the opt-out list."))
        self.refresh()
        self.data_changed.emit()

    def erase(self) -> None:
        if self.record is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Warning)
        box.setWindowTitle(self.tr("Erase a person"))
        box.setText(self.tr("Erase {email} everywhere?").format(email=self.record.email))
        box.setInformativeText(
            self.tr(
                "The contact, its notes, its history, its export and breach links and its "
                "search entries are deleted for good. Only a fingerprint (SHA-256) of the "
                "address stays on the opt-out list, so that no later import brings the person "
                "back. This cannot be undone."
            )
        )
        erase = box.addButton(self.tr("Erase"), QMessageBox.DestructiveRole)
        box.addButton(QMessageBox.Cancel)
        box.setDefaultButton(QMessageBox.Cancel)
        box.exec()
        if box.clickedButton() is not erase:
            return
        request = _open_request(self.record, "erasure")
        QGuiApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            result = rights.erase_person(self._ws, self.record.email, request_id=request)
        except UserError as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Erase a person"), translate_message(exc.message))
            return
        QGuiApplication.restoreOverrideCursor()
        message = self.tr("The person was erased; only a fingerprint of the address is kept.")
        if result.export_tools:
            message += "\n\n" + self.tr(
                "They were in files exported for: {tools}. Delete them in those tools too."
            ).format(tools=", ".join(result.export_tools))
        if not result.checkpointed:
            message += "\n\n" + self.tr(
                "Another task was reading the workspace, so old copies of the erased data "
                "remain in its journal until Clearlist is closed."
            )
        QMessageBox.information(self, self.tr("Erase a person"), message)
        self.results.clear()
        self.search.clear()
        self._show(None)
        self.data_changed.emit()
        window = self.window()
        if hasattr(window, "refresh_pages"):
            window.refresh_pages()

    def _edited(self, _contact_id: int) -> None:
        self.refresh()
        self.status_message.emit(self.tr("The correction was saved (and audited)."))


def _open_request(record: rights.PersonRecord, kind: str) -> int | None:
    """The person's oldest open request of this kind, which the action answers."""
    for request in record.requests:
        if request.kind == kind and request.status == "open":
            return request.id
    return None


def _heading(text: str) -> str:
    return f"<h3>{_e(text)}</h3>"


def _paragraph(text: str) -> str:
    return f"<p>{_e(text)}</p>"


def _list(items: Any) -> str:
    lines = [f"<li>{_e(item)}</li>" for item in items]
    return f"<ul>{''.join(lines)}</ul>" if lines else ""
