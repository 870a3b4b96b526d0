"""The excluded contacts of an export preview, with their reasons, page by page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from storage.export import ExportPreview, excluded_page
from storage.workspace import Workspace

from .export_chart import flag_label, reason_label

PAGE_SIZE = 300
ModelIndex = QModelIndex | QPersistentModelIndex


class ExcludedModel(QAbstractTableModel):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._preview: ExportPreview | None = None
        self._search = ""
        self._reason: str | None = None
        self._rows: list[tuple[Any, ...]] = []
        self.total = 0
        self.headers = [self.tr("Address"), self.tr("Name"), self.tr("Reasons"), self.tr("Flags")]

    def set_preview(self, preview: ExportPreview | None) -> None:
        self._preview = preview
        self.set_query(self._search, self._reason)

    def set_query(self, search: str, reason: str | None) -> None:
        self.beginResetModel()
        self._search, self._reason = search, reason
        if self._preview is None:
            self.total, self._rows = 0, []
        else:
            self.total, self._rows = excluded_page(
                self._ws, self._preview, search=search, reason=reason, limit=PAGE_SIZE
            )
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self.total

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if self._preview is None:
            return
        _, more = excluded_page(
            self._ws,
            self._preview,
            search=self._search,
            reason=self._reason,
            limit=PAGE_SIZE,
            offset=len(self._rows),
        )
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def data(self, index: ModelIndex, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid():
            return None
        _, email, name, decision = self._rows[index.row()]
        if role == Qt.DisplayRole:
            return (
                email,
                name,
                ", ".join(reason_label(r) for r in decision.reasons),
                ", ".join(flag_label(f) for f in decision.flags),
            )[index.column()]
        if role == Qt.ToolTipRole and index.column() == 2:
            return " + ".join(decision.reasons)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.headers[section]
        return None
