"""The campaigns page: the list of campaigns and the form of the selected one.

Campaigns are the contract's JSON (CONTRACT.md section 4): they can be opened from and saved to a
campaign file, so the same campaign drives the GUI and `python main.py export --campaign`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from storage import campaigns as store
from storage.errors import UserError
from storage.workspace import Workspace

from .campaign_editor import CampaignEditor
from .workers import show_failure


class CampaignsPage(QWidget):
    """Registered in `gui.main_window.PAGES`."""

    status_message = Signal(str)
    export_requested = Signal(int)  # a campaign id: open the export wizard on it

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._current: int | None = None
        self.list = QListWidget(self)
        self.list.setObjectName("campaigns")
        self.list.currentItemChanged.connect(self._selected)
        self.editor = CampaignEditor(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)

        self.new_button = QPushButton(self.tr("New"), self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.open_button = QPushButton(self.tr("Open a campaign file…"), self)
        self.save_file_button = QPushButton(self.tr("Save as campaign file…"), self)
        self.export_button = QPushButton(self.tr("Export contacts…"), self)
        self.new_button.clicked.connect(self.new_campaign)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.open_button.clicked.connect(self.ask_open_file)
        self.save_file_button.clicked.connect(self.ask_save_file)
        self.export_button.clicked.connect(self._export)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.open_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.save_file_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        right_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.refresh()
        if self.list.count() == 0:
            self.new_campaign()

    def refresh(self, select: int | None = None) -> None:
        select = select if select is not None else self._current
        self.list.blockSignals(True)
        self.list.clear()
        for stored in store.list_campaigns(self._ws):
            item = QListWidgetItem(stored.name, self.list)
            item.setData(Qt.UserRole, stored.id)
            if stored.blocked_problem:
                item.setToolTip(self.tr("Blocked: no sender identity or no unsubscribe means"))
                item.setText(stored.name + "  " + self.tr("(blocked)"))
            if stored.id == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.delete_button.setEnabled(self._current is not None)
        self.export_button.setEnabled(self._current is not None)

    def _selected(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is None:
            return
        stored = store.get_campaign(self._ws, item.data(Qt.UserRole))
        self._current = stored.id
        self.editor.set_spec(stored.spec)
        self.delete_button.setEnabled(True)
        self.export_button.setEnabled(True)

    def new_campaign(self) -> None:
        self._current = None
        self.list.clearSelection()
        self.editor.set_spec(store.new_spec("fr"))
        self.delete_button.setEnabled(False)
        self.export_button.setEnabled(False)

    def save(self) -> int | None:
        try:
            self._current = store.save_campaign(self._ws, self.editor.spec(), self._current)
        except UserError as exc:
            show_failure(self, exc.message)
            return None
        self.refresh(self._current)
        self.status_message.emit(self.tr("Campaign saved."))
        return self._current

    def delete(self) -> None:
        if self._current is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete the campaign"),
            self.tr("Delete this campaign? Past exports keep their own copy of it."),
        )
        if answer == QMessageBox.Yes:
            store.delete_campaign(self._ws, self._current)
            self._current = None
            self.refresh()
            self.new_campaign()

    def ask_open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a campaign file"), "", self.tr("Campaign (*.json)")
        )
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> int | None:
        try:
            self._current = store.import_campaign_file(self._ws, path)
        except UserError as exc:
            show_failure(self, exc.message)
            return None
        self.refresh(self._current)
        self._selected(self.list.currentItem())
        return self._current

    def ask_save_file(self) -> None:
        if self._current is None and self.save() is None:
            return
        stored = store.get_campaign(self._ws, self._current)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as campaign file"), f"{stored.name}.json", self.tr("JSON (*.json)")
        )
        if path:
            try:
                store.export_campaign_file(stored, Path(path))
            except UserError as exc:
                show_failure(self, exc.message)

    def _export(self) -> None:
        if self._current is not None:
            self.export_requested.emit(self._current)
            from .export_wizard import ExportWizard

            ExportWizard(self._ws, campaign_id=self._current, parent=self).open()
