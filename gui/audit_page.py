"""The audit trail viewer: every change to the workspace (ids and counts, never personal data),
newest first, with filters; and the check of the hash chain that makes tampering visible."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storage import audit
from storage.workspace import Workspace

from .formatting import format_datetime

PAGE = 200
COLUMNS = ("id", "at", "action", "entity", "entity_id", "details")


class AuditModel(QAbstractTableModel):
    """Entries matching a filter, fetched 200 at a time as the view scrolls."""

    def __init__(self, ws: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.filter = audit.AuditFilter()
        self.total = 0
        self.rows: list[audit.AuditEntry] = []

    def set_filter(self, filt: audit.AuditFilter) -> None:
        self.beginResetModel()
        self.filter = filt
        self.total = audit.count(self._ws, filt)
        self.rows = audit.page(self._ws, filt, offset=0, limit=PAGE)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        more = audit.page(self._ws, self.filter, offset=len(self.rows), limit=PAGE)
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):  # noqa: ANN201, N802
        if role != Qt.DisplayRole or orientation != Qt.Horizontal:
            return None
        return [
            self.tr("#"),
            self.tr("When (UTC)"),
            self.tr("Action"),
            self.tr("On"),
            self.tr("Id"),
            self.tr("Details"),
        ][section]

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        entry = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if column == "details":
            return json.dumps(entry.details, ensure_ascii=False, sort_keys=True)
        if column == "at":
            return format_datetime(entry.at, seconds=True)
        value = getattr(entry, column)
        return "" if value is None else str(value)


class AuditPage(QWidget):
    """Registered in `gui.main_window.PAGES`."""

    status_text_changed = Signal(str)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.model = AuditModel(ws, self)

        self.action = QComboBox(self)
        self.action.setObjectName("audit_action")
        self.action.setMinimumContentsLength(18)
        self.entity_id = QLineEdit(self)
        self.entity_id.setPlaceholderText(self.tr("id"))
        self.entity_id.setMaximumWidth(80)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("word in the details"))
        self.use_since = QCheckBox(self.tr("from"), self)
        self.since = self._date_edit()
        self.use_until = QCheckBox(self.tr("to"), self)
        self.until = self._date_edit()
        self.apply_button = QPushButton(self.tr("Show"), self)
        self.apply_button.clicked.connect(self.apply)
        for line in (self.entity_id, self.text):
            line.returnPressed.connect(self.apply)
        self.action.currentIndexChanged.connect(self.apply)
        for box in (self.use_since, self.use_until):
            box.toggled.connect(self.apply)

        self.table = QTableView(self)
        self.table.setObjectName("audit_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        width = self.table.fontMetrics().averageCharWidth()
        for column, chars in enumerate((7, 23, 26, 10, 8)):
            self.table.setColumnWidth(column, chars * width)

        self.count = QLabel(self)
        self.chain = QLabel(self)
        self.chain.setObjectName("audit_chain")
        self.chain.setWordWrap(True)
        self.check_button = QPushButton(self.tr("Check the chain"), self)
        self.check_button.setToolTip(
            self.tr("Recompute every entry's hash: a changed or removed entry shows here")
        )
        self.check_button.clicked.connect(self.check_chain)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Action:"), self))
        filters.addWidget(self.action)
        filters.addWidget(self.entity_id)
        filters.addWidget(self.text, 1)
        filters.addWidget(self.use_since)
        filters.addWidget(self.since)
        filters.addWidget(self.use_until)
        filters.addWidget(self.until)
        filters.addWidget(self.apply_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addWidget(self.chain, 1)
        bottom.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Every change is recorded here, append-only: entries cannot be edited or "
                "deleted, and each carries the fingerprint of the one before."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.refresh()

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        today = dt.datetime.now(dt.UTC).date()
        edit.setDate(QDate(today.year, today.month, today.day))
        edit.dateChanged.connect(self.apply)
        return edit

    def refresh(self) -> None:
        current = self.action.currentData()
        self.action.blockSignals(True)
        self.action.clear()
        self.action.addItem(self.tr("all"), None)
        actions = audit.actions(self._ws)
        families = sorted({a.split(".")[0] + "." for a in actions if "." in a})
        for family in families:
            self.action.addItem(self.tr("{family}* (all)").format(family=family), family)
        for action in actions:
            self.action.addItem(action, action)
        index = self.action.findData(current)
        self.action.setCurrentIndex(max(0, index))
        self.action.blockSignals(False)
        self.apply()

    def current_filter(self) -> audit.AuditFilter:
        entity_id = self.entity_id.text().strip()
        return audit.AuditFilter(
            action=self.action.currentData(),
            entity_id=int(entity_id) if entity_id.isdigit() else None,
            since=self.since.date().toPython() if self.use_since.isChecked() else None,
            until=self.until.date().toPython() if self.use_until.isChecked() else None,
            text=self.text.text().strip() or None,
        )

    def apply(self) -> None:
        self.model.set_filter(self.current_filter())
        text = self.tr("{n} entries").format(n=self.model.total)
        self.count.setText(text)
        self.status_text_changed.emit(text)

    def status_text(self) -> str:
        return self.count.text()

    def check_chain(self) -> audit.ChainCheck:
        result = audit.check_chain(self._ws)
        if result.ok:
            self.chain.setText(
                self.tr("The chain of {n} entries is intact.").format(n=result.entries)
            )
            self.chain.setStyleSheet("color: #1b6e20;")
        else:
            self.chain.setText(
                self.tr(
                    "The chain is broken at entry #{id}: that entry or the one before it was "
                    "changed or removed outside Clearlist."
                ).format(id=result.first_broken)
            )
            self.chain.setStyleSheet("color: #b3261e; font-weight: bold;")
        return result
