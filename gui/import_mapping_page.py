"""Import wizard, page 3: which column goes to which field (every choice can be changed)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from compliance.mapping import (
    EXACT,
    GUESS,
    IGNORED,
    REMEMBERED,
    SPECIAL,
    SYNONYM,
    USER,
    ColumnMapping,
    build_mapping,
    suggest_field,
)
from compliance.normalise import cell_text
from storage.importer import guess_email_column, remembered_sources
from storage.readers import header_names

from .import_common import MAPPABLE_FIELDS, JobPage, field_label, special_category_label

FIELD_ROLE = Qt.UserRole + 1
COL_HEADER, COL_EXAMPLES, COL_FIELD, COL_HOW = range(4)


class FieldDelegate(QStyledItemDelegate):
    """The 'Goes to' cell edits with a list of the contract's fields (or 'not imported')."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex):  # noqa: ANN201
        editor = QComboBox(parent)
        editor.addItem(field_label(None), None)
        for field in MAPPABLE_FIELDS:
            editor.addItem(field_label(field), field)
        return editor

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(FIELD_ROLE))))
        editor.showPopup()

    def setModelData(self, editor: QComboBox, model: QAbstractItemModel, index: QModelIndex):  # noqa: ANN201
        model.setData(index, editor.currentData(), FIELD_ROLE)


class MappingPage(JobPage):
    def __init__(self, wizard: Any) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr(
                "Each column of the file goes to a contact field, or is not imported. Columns "
                "that are not needed are left out (keep only what you need). Click a field to "
                "change it."
            )
        )
        self.remembered = QComboBox(self)
        self.remembered.currentIndexChanged.connect(self._remembered_changed)
        form = QFormLayout()
        form.addRow(self.tr("Use the columns chosen last time for"), self.remembered)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Examples"), self.tr("Goes to"),
             self.tr("How")]
        )  # fmt: skip
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.DoubleClicked | QAbstractItemView.SelectedClicked
            | QAbstractItemView.CurrentChanged
        )  # fmt: skip
        self.table.setItemDelegateForColumn(COL_FIELD, FieldDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_HEADER, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(COL_EXAMPLES, QHeaderView.Stretch)
        header.setSectionResizeMode(COL_FIELD, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(COL_HOW, QHeaderView.ResizeToContents)
        self.table.itemChanged.connect(self._item_changed)
        self.summary = QLabel(self)
        self.summary.setObjectName("mapping_summary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.headers: list[str] = []
        self.mapping: ColumnMapping | None = None
        self._sources: dict[str, dict[str, str | None]] = {}
        self._filling = False

    # ------------------------------------------------------------------ building
    def initializePage(self) -> None:
        wizard = self.import_wizard
        plan = wizard.plan
        top = plan.table.top
        header_row = wizard.header_row or 0
        header_cells = next((c for n, c in top if n == header_row), None)
        width = max((len(c) for _, c in top), default=0)
        self.headers = header_names(header_cells, width)
        self.data_rows = [(n, c) for n, c in top if n > header_row]
        self._sources = remembered_sources(wizard.ws)
        self._filling = True
        self.remembered.clear()
        self.remembered.addItem(self.tr("(nothing: suggest from the column names)"), None)
        best, best_share = None, 0.5
        for name, choices in self._sources.items():
            self.remembered.addItem(name, name)
            share = len(set(choices) & set(self.headers)) / max(1, len(self.headers))
            if share >= best_share:
                best, best_share = name, share
        if wizard.mapping and set(wizard.mapping) == set(self.headers):
            self.remembered.setCurrentIndex(0)
            self._filling = False
            self._build(overrides=wizard.mapping)
            return
        self.remembered.setCurrentIndex(max(0, self.remembered.findData(best)))
        self._filling = False
        self._build()

    def _remembered_changed(self) -> None:
        if not self._filling:
            self._build()

    def _build(self, overrides: dict[str, str | None] | None = None) -> None:
        name = self.remembered.currentData()
        remembered = self._sources.get(name) if name else None
        mapping = build_mapping(self.headers, remembered=remembered, overrides=overrides)
        if "email" not in mapping.fields():
            options = self.import_wizard.plan_options()
            mapping = guess_email_column(mapping, self.data_rows, options)
        self.mapping = mapping
        self._filling = True
        self.table.setRowCount(len(mapping.columns))
        how_text = {
            EXACT: self.tr("its name"), SYNONYM: self.tr("a known name"),
            GUESS: self.tr("a guess: check it"), REMEMBERED: self.tr("last time"),
            USER: self.tr("your choice"), IGNORED: "", SPECIAL: self.tr("never imported"),
        }  # fmt: skip
        owners = {c.field: c.index for c in mapping.columns if c.field}
        for row, column in enumerate(mapping.columns):
            examples = []
            for _, cells in self.data_rows:
                if column.index < len(cells):
                    text = " ".join(cell_text(cells[column.index]).split())
                    if text:
                        examples.append(text[:40])
                if len(examples) >= 3:
                    break
            header_item = QTableWidgetItem(column.header)
            header_item.setFlags(Qt.ItemIsEnabled)
            example_item = QTableWidgetItem(" · ".join(examples))
            example_item.setFlags(Qt.ItemIsEnabled)
            field_item = QTableWidgetItem()
            field_item.setData(FIELD_ROLE, column.field)
            field_item.setData(Qt.UserRole + 2, column.how)
            how = how_text.get(column.how, "")
            if column.how == IGNORED:
                suggested, _ = suggest_field(column.header)
                owner = owners.get(suggested) if suggested else None
                if owner is not None and owner != column.index:
                    # It looks like a field that another column already brings.
                    how = self.tr("'{field}' comes from '{header}'").format(
                        field=field_label(suggested), header=mapping.columns[owner].header
                    )
            how_item = QTableWidgetItem(how)
            how_item.setFlags(Qt.ItemIsEnabled)
            if column.how == SPECIAL:
                field_item.setFlags(Qt.ItemIsEnabled)
                label = special_category_label(column.special)
                field_item.setText(self.tr("never imported ({kind} data)").format(kind=label))
                for item in (header_item, field_item, how_item):
                    item.setForeground(QBrush(QColor("#a33")))
            else:
                field_item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsEditable | Qt.ItemIsSelectable)
                self._paint(field_item, column.field, column.how)
            self.table.setItem(row, COL_HEADER, header_item)
            self.table.setItem(row, COL_EXAMPLES, example_item)
            self.table.setItem(row, COL_FIELD, field_item)
            self.table.setItem(row, COL_HOW, how_item)
        self._filling = False
        self._update_summary()

    def _paint(self, item: QTableWidgetItem, field: str | None, how: str) -> None:
        item.setText(field_label(field))
        if field is None:
            item.setForeground(QBrush(QColor("#8a8f98")))
        elif how == GUESS:
            item.setForeground(QBrush(QColor("#9a6700")))
        else:
            item.setForeground(QBrush(QColor("#1b5e20")))

    # ------------------------------------------------------------------ editing
    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != COL_FIELD:
            return
        field = item.data(FIELD_ROLE)
        self._filling = True
        # A field goes to one column: the one just chosen keeps it.
        if field:
            for row in range(self.table.rowCount()):
                other = self.table.item(row, COL_FIELD)
                if other is not item and other.data(FIELD_ROLE) == field:
                    other.setData(FIELD_ROLE, None)
                    self._paint(other, None, USER)
                    self.table.item(row, COL_HOW).setText(self.tr("your choice"))
        self._paint(item, field, USER)
        self.table.item(item.row(), COL_HOW).setText(self.tr("your choice"))
        self._filling = False
        self._update_summary()

    def choices(self) -> dict[str, str | None]:
        """header -> field for every column, as shown (special-category columns: None)."""
        result: dict[str, str | None] = {}
        for row in range(self.table.rowCount()):
            header = self.table.item(row, COL_HEADER).text()
            result[header] = self.table.item(row, COL_FIELD).data(FIELD_ROLE)
        return result

    def set_field(self, header: str, field: str | None) -> None:
        """Choose a field for a column, as a click in the table would (tests, shortcuts)."""
        for row in range(self.table.rowCount()):
            if self.table.item(row, COL_HEADER).text() == header:
                self.table.item(row, COL_FIELD).setData(FIELD_ROLE, field)
                return
        raise KeyError(header)

    def _update_summary(self) -> None:
        choices = self.choices()
        mapped = [h for h, f in choices.items() if f]
        special = self.mapping.special() if self.mapping else []
        parts = [
            self.tr("{n} columns imported, {m} not imported.").format(
                n=len(mapped), m=len(choices) - len(mapped)
            )
        ]
        if "email" not in choices.values():
            parts.append(self.tr("Choose the column that holds the e-mail addresses."))
        for column in special:
            parts.append(
                self.tr("'{header}' looks like {kind} data: it is never imported.").format(
                    header=column.header, kind=special_category_label(column.special)
                )
            )
        self.summary.setText(" ".join(parts))
        self.summary.setStyleSheet("" if "email" in choices.values() else "color: #a33;")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return "email" in self.choices().values()

    def validatePage(self) -> bool:
        self.import_wizard.mapping = self.choices()
        name = self.remembered.currentData()
        if name and not self.import_wizard.source.get("source_name"):
            self.import_wizard.source["source_name"] = name
        return True
