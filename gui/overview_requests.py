"""The overview's "what needs doing" panel for the people's rights and accountability duties.

Overdue requests and those due this week, breaches whose 72 hours are running (or have run out),
the backup reminder (no backup for more than a week), and the retention counts (computed in the
background). Each line has a button that opens its page. Listed in `gui.overview_page.PANELS`.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from compliance.deadlines import format_time_left
from storage import backup, breaches, requests, retention
from storage.workspace import Workspace

from .formatting import format_date
from .request_dialog import kind_labels
from .workers import WorkspaceJob

LATE = "#b3261e"
SOON = "#8a5a00"
OK = "#1b6e20"
MAX_LINES = 8


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _coloured(text: str, colour: str, *, bold: bool = False) -> str:
    body = f"<b>{_e(text)}</b>" if bold else _e(text)
    return f"<span style='color:{colour}'>{body}</span>"


class DueRequestsPanel(QGroupBox):
    """Requests, breaches, retention and backup: what is due, each with a button to its page."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The people's rights and your duties"))
        self._ws = ws
        self._job: WorkspaceJob | None = None
        self.now = lambda: dt.datetime.now(dt.UTC)  # tests pin the clock here
        self.retention_found: retention.RetentionScan | None = None

        self.requests_text = self._label("due_requests")
        self.breaches_text = self._label("due_breaches")
        self.retention_text = self._label("due_retention")
        self.backup_text = self._label("due_backup")
        grid = QGridLayout(self)
        for row, (title, label, page, button_text) in enumerate(
            (
                (self.tr("Requests"), self.requests_text, "requests", self.tr("Requests…")),
                (self.tr("Breaches"), self.breaches_text, "breaches", self.tr("Breach log…")),
                (self.tr("Retention"), self.retention_text, "retention", self.tr("Retention…")),
                (self.tr("Backup"), self.backup_text, "backup", self.tr("Backup…")),
            )
        ):
            heading = QLabel(f"<b>{_e(title)}</b>", self)
            grid.addWidget(heading, row, 0, Qt.AlignTop)
            grid.addWidget(label, row, 1)
            button = QPushButton(button_text, self)
            button.clicked.connect(lambda _checked=False, key=page: self._open(key))
            grid.addWidget(button, row, 2, Qt.AlignTop)
        grid.setColumnStretch(1, 1)
        self.refresh()

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.RichText)
        return label

    def _open(self, key: str) -> None:
        window = self.window()
        if hasattr(window, "show_page"):
            window.show_page(key)

    # ------------------------------------------------------------------ panel API
    def refresh(self) -> None:
        self._show_requests()
        self._show_breaches()
        self._show_backup()
        self._start_retention()

    def shutdown(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job.wait(10)

    # ------------------------------------------------------------------ lines
    def _show_requests(self) -> None:
        due = requests.due_requests(self._ws)
        labels = kind_labels()
        lines = []
        for request, colour, word in [(r, LATE, self.tr("OVERDUE")) for r in due.overdue] + [
            (r, SOON, self.tr("due")) for r in due.due_this_week
        ]:
            who = request.contact_email or self.tr("an erased or unknown person")
            lines.append(
                _coloured(f"{word} {format_date(request.deadline)}", colour, bold=True)
                + " — "
                + _e(f"{labels.get(request.kind, request.kind)}, {who}")
            )
        if not lines:
            self.requests_text.setText(
                _coloured(self.tr("No request is overdue or due this week."), OK)
            )
            return
        head = self.tr("{overdue} overdue, {soon} due within 7 days:").format(
            overdue=len(due.overdue), soon=len(due.due_this_week)
        )
        more = len(lines) - MAX_LINES
        tail = ["…" + _e(self.tr("and {n} more").format(n=more))] if more > 0 else []
        self.requests_text.setText("<br>".join([_e(head), *lines[:MAX_LINES], *tail]))

    def _show_breaches(self) -> None:
        waiting = breaches.awaiting_authority(self._ws)
        if not waiting:
            self.breaches_text.setText(
                _coloured(self.tr("No breach is waiting to be told to the authority."), OK)
            )
            return
        lines = []
        for breach in waiting[:MAX_LINES]:
            hours, minutes, late = format_time_left(breach.time_left(self.now()))
            if late:
                text = self.tr(
                    "Breach #{id}: the 72 hours ended {h} h {m} min ago: tell the CNIL / IMY now"
                ).format(id=breach.id, h=hours, m=minutes)
            else:
                text = self.tr("Breach #{id}: {h} h {m} min left to tell the CNIL / IMY").format(
                    id=breach.id, h=hours, m=minutes
                )
            lines.append(_coloured(text, LATE if late else SOON, bold=True))
        self.breaches_text.setText("<br>".join(lines))

    def _show_backup(self) -> None:
        days = backup.days_since_backup(self._ws)
        if backup.backup_due(self._ws):
            text = (
                self.tr("Never backed up: make a backup now.")
                if days is None
                else self.tr("The last backup is {days} days old: make a backup now.").format(
                    days=days
                )
            )
            self.backup_text.setText(_coloured(text, SOON, bold=True))
        else:
            text = (
                self.tr("Nothing to back up yet.")
                if days is None
                else self.tr("Last backup {days} days ago.").format(days=days)
            )
            self.backup_text.setText(_coloured(text, OK))

    def _start_retention(self) -> None:
        if self._job is not None:
            return
        self.retention_text.setText(_e(self.tr("Checking…")))
        job = WorkspaceJob(
            self._ws, lambda ws, _p, cancelled: retention.scan(ws, is_cancelled=cancelled), self
        )
        job.finished.connect(self._show_retention)
        job.failed.connect(lambda message, _bug: self.retention_text.setText(_e(message)))
        job.done.connect(self._retention_done)
        self._job = job
        job.start()

    def _retention_done(self) -> None:
        self._job = None

    def _show_retention(self, found: retention.RetentionScan) -> None:
        self.retention_found = found
        ended, soon = len(found.expired), len(found.ending_soon)
        text = self.tr(
            "{ended} contacts' retention period has ended; {soon} more end within 60 days."
        ).format(ended=ended, soon=soon)
        self.retention_text.setText(_coloured(text, SOON if ended else OK, bold=bool(ended)))
