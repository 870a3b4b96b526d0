"""Saved segments under the sidebar's pages: a click shows the segment's contacts on the
contacts page; "+" opens the segment editor; the context menu edits, renames or deletes.

Counts are read in the background (a million contacts take a moment per segment) and re-read by
`refresh()`, which the main window calls whenever the workspace changed.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from compliance.segment_filter import SegmentFilterError
from storage import segments
from storage.errors import UserError
from storage.workspace import Workspace

from .contact_model import translate_message
from .formatting import format_count
from .latest_read import LatestRead
from .segment_editor import SegmentEditor

log = logging.getLogger(__name__)


class SegmentsSidebar(QWidget):
    segment_chosen = Signal(object)  # a storage.segments.Segment
    segments_changed = Signal()  # one was added, changed, renamed or deleted

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._segments: dict[int, segments.Segment] = {}
        self.counts: dict[int, int] = {}
        self._reader = LatestRead(ws, self)
        self._reader.ready.connect(self._show_counts)

        title = QLabel(self.tr("Segments"), self)
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        self.new_button = QToolButton(self)
        self.new_button.setObjectName("new_segment")
        self.new_button.setText("+")
        self.new_button.setToolTip(self.tr("New segment…"))
        self.new_button.setAutoRaise(True)
        self.new_button.clicked.connect(self.new_segment)
        header = QHBoxLayout()
        header.setContentsMargins(4, 0, 0, 0)
        header.addWidget(title, 1)
        header.addWidget(self.new_button)

        self.list = QListWidget(self)
        self.list.setObjectName("segments")
        self.list.setStyleSheet("QListWidget#segments::item { padding: 4px 6px; }")  # as the pages
        # Long names wrap (the count stays visible) rather than scroll sideways.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.list.setContextMenuPolicy(Qt.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.itemClicked.connect(self._clicked)
        self.list.itemActivated.connect(self._clicked)
        self.list.itemDoubleClicked.connect(lambda item: self.edit_segment(self._segment(item)))
        self.empty = QLabel(
            self.tr("Save a filter (job function, country, source, …) as a segment with +."), self
        )
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.empty.setContentsMargins(4, 0, 4, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        self.refresh()

    # ------------------------------------------------------------------ reading
    def refresh(self) -> None:
        """Re-read the segments (at once) and their counts (in the background)."""
        try:
            listed = segments.list_segments(self._ws)
        except SegmentFilterError:
            log.exception("a saved segment cannot be read")
            listed = []
        self._segments = {s.id: s for s in listed}
        chosen = self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        for segment in listed:
            item = QListWidgetItem(self._item_text(segment), self.list)
            item.setData(Qt.UserRole, segment.id)
            item.setToolTip(segment.name)
            if segment.id == chosen:
                item.setSelected(True)
        self.list.blockSignals(False)
        self.list.setVisible(bool(listed))
        self.empty.setVisible(not listed)
        if listed:
            self._reader.request(segments.segment_counts)

    def _item_text(self, segment: segments.Segment) -> str:
        n = self.counts.get(segment.id)
        return segment.name if n is None else f"{segment.name}  ({format_count(n)})"

    def _show_counts(self, counts: dict[int, int]) -> None:
        self.counts = counts
        for i in range(self.list.count()):
            item = self.list.item(i)
            segment = self._segments.get(item.data(Qt.UserRole))
            if segment is not None:
                item.setText(self._item_text(segment))

    def is_counting(self) -> bool:
        return self._reader.busy

    def segment_names(self) -> list[str]:
        return [s.name for s in self._segments.values()]

    def current_id(self) -> int | None:
        items = self.list.selectedItems()
        return int(items[0].data(Qt.UserRole)) if items else None

    def clear_choice(self) -> None:
        self.list.clearSelection()

    def _segment(self, item: QListWidgetItem | None) -> segments.Segment | None:
        return None if item is None else self._segments.get(item.data(Qt.UserRole))

    # ------------------------------------------------------------------ actions
    def choose(self, segment_id: int) -> None:
        """Select a segment and show its contacts (as a click does)."""
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.UserRole) == segment_id:
                self.list.setCurrentItem(item)
                self._clicked(item)
                return

    def _clicked(self, item: QListWidgetItem) -> None:
        segment = self._segment(item)
        if segment is not None:
            self.segment_chosen.emit(segment)

    def new_segment(self) -> None:
        self._open_editor(None)

    def edit_segment(self, segment: segments.Segment | None) -> None:
        if segment is not None:
            self._open_editor(segment)

    def _open_editor(self, segment: segments.Segment | None) -> None:
        editor = SegmentEditor(self._ws, segment, self.window())
        if editor.exec() != QDialog.Accepted:
            return
        self.refresh()
        self.segments_changed.emit()
        if editor.segment_id is not None:
            self.choose(editor.segment_id)

    def rename_segment(self, segment: segments.Segment | None) -> None:
        if segment is None:
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Rename segment"),
            self.tr("New name for “{name}”:").format(name=segment.name),
            QLineEdit.Normal,
            segment.name,
        )
        if not ok or name.strip() == segment.name:
            return
        try:
            segments.save_segment(self._ws, name, segment.filter, segment.id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Rename segment"), translate_message(exc.message))
            return
        self.refresh()
        self.segments_changed.emit()

    def delete_segment(self, segment: segments.Segment | None) -> None:
        if segment is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete segment"),
            self.tr(
                "Delete the segment “{name}”? Only the saved filter goes; no contact is deleted."
            ).format(name=segment.name),
            QMessageBox.Yes | QMessageBox.Cancel,
            QMessageBox.Cancel,
        )
        if answer != QMessageBox.Yes:
            return
        segments.delete_segment(self._ws, segment.id)
        self.refresh()
        self.segments_changed.emit()

    def _menu(self, position: QPoint) -> None:
        segment = self._segment(self.list.itemAt(position))
        menu = QMenu(self)
        if segment is not None:
            menu.addAction(self.tr("Show its contacts"), lambda: self.segment_chosen.emit(segment))
            menu.addAction(self.tr("Edit…"), lambda: self.edit_segment(segment))
            menu.addAction(self.tr("Rename…"), lambda: self.rename_segment(segment))
            menu.addAction(self.tr("Delete…"), lambda: self.delete_segment(segment))
            menu.addSeparator()
        menu.addAction(self.tr("New segment…"), self.new_segment)
        menu.exec(self.list.viewport().mapToGlobal(position))

    def shutdown(self) -> None:
        self._reader.shutdown()
