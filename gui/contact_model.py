"""The contacts table's model: a million rows without loading them (Anki's browser model).

The model knows the row count and reads pages of `PAGE_SIZE` rows on demand through
`storage.contacts.ContactQuery` (LIMIT/OFFSET in SQL), keeping the last `MAX_PAGES` pages in an
LRU cache. Sorting and searching replace the query and re-run it in SQL: there is no
QSortFilterProxyModel over this model, which would read every row.

Also here: the labels people see for field names and enumeration values (one place, translated).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from storage.contacts import TABLE_COLUMNS, ContactQuery
from storage.workspace import Workspace

from .formatting import format_date
from .messages import translate_message  # noqa: F401  (the pages import it from here)

log = logging.getLogger(__name__)

PAGE_SIZE = 200
MAX_PAGES = 40  # 8,000 rows: a few screens around every place the user looked recently

_CTX = "fields"
FIELD_LABELS: dict[str, str] = {
    "email": QT_TRANSLATE_NOOP("fields", "E-mail"),
    "first_name": QT_TRANSLATE_NOOP("fields", "First name"),
    "last_name": QT_TRANSLATE_NOOP("fields", "Last name"),
    "company": QT_TRANSLATE_NOOP("fields", "Company"),
    "job_title": QT_TRANSLATE_NOOP("fields", "Job title"),
    "phone": QT_TRANSLATE_NOOP("fields", "Phone"),
    "country": QT_TRANSLATE_NOOP("fields", "Country"),
    "audience": QT_TRANSLATE_NOOP("fields", "Audience"),
    "sole_trader": QT_TRANSLATE_NOOP("fields", "Sole trader"),
    "lawful_basis": QT_TRANSLATE_NOOP("fields", "Lawful basis"),
    "consent_date": QT_TRANSLATE_NOOP("fields", "Consent date"),
    "consent_source": QT_TRANSLATE_NOOP("fields", "Consent source"),
    "consent_wording": QT_TRANSLATE_NOOP("fields", "Consent wording"),
    "consent_method": QT_TRANSLATE_NOOP("fields", "Consent method"),
    "informed_at_collection": QT_TRANSLATE_NOOP("fields", "Informed at collection"),
    "customer_since": QT_TRANSLATE_NOOP("fields", "Customer since"),
    "last_purchase_date": QT_TRANSLATE_NOOP("fields", "Last purchase"),
    "product_category": QT_TRANSLATE_NOOP("fields", "Product category"),
    "collected_on": QT_TRANSLATE_NOOP("fields", "Collected on"),
    "notice_sent_date": QT_TRANSLATE_NOOP("fields", "Notice sent"),
    "last_inbound_contact_date": QT_TRANSLATE_NOOP("fields", "Last inbound contact"),
    "job_function": QT_TRANSLATE_NOOP("fields", "Function"),
    "seniority": QT_TRANSLATE_NOOP("fields", "Seniority"),
    "notes": QT_TRANSLATE_NOOP("fields", "Notes"),
    "tags": QT_TRANSLATE_NOOP("fields", "Tags"),
    "created_at": QT_TRANSLATE_NOOP("fields", "Added"),
}

VALUE_LABELS: dict[str, str] = {
    "b2b": QT_TRANSLATE_NOOP("values", "B2B"),
    "b2c": QT_TRANSLATE_NOOP("values", "B2C"),
    "consent": QT_TRANSLATE_NOOP("values", "Consent"),
    "legitimate_interest": QT_TRANSLATE_NOOP("values", "Legitimate interest"),
    "contract": QT_TRANSLATE_NOOP("values", "Contract"),
    "executive": QT_TRANSLATE_NOOP("values", "Executive"),
    "sales": QT_TRANSLATE_NOOP("values", "Sales"),
    "marketing": QT_TRANSLATE_NOOP("values", "Marketing"),
    "hr": QT_TRANSLATE_NOOP("values", "HR"),
    "finance": QT_TRANSLATE_NOOP("values", "Finance"),
    "it": QT_TRANSLATE_NOOP("values", "IT"),
    "operations": QT_TRANSLATE_NOOP("values", "Operations"),
    "purchasing": QT_TRANSLATE_NOOP("values", "Purchasing"),
    "legal": QT_TRANSLATE_NOOP("values", "Legal"),
    "engineering": QT_TRANSLATE_NOOP("values", "Engineering"),
    "customer_service": QT_TRANSLATE_NOOP("values", "Customer service"),
    "other": QT_TRANSLATE_NOOP("values", "Other"),
    "owner_executive": QT_TRANSLATE_NOOP("values", "Owner / executive"),
    "director": QT_TRANSLATE_NOOP("values", "Director"),
    "manager": QT_TRANSLATE_NOOP("values", "Manager"),
    "staff": QT_TRANSLATE_NOOP("values", "Staff"),
    "assistant": QT_TRANSLATE_NOOP("values", "Assistant"),
    "unknown": QT_TRANSLATE_NOOP("values", "Unknown"),
    "own_form": QT_TRANSLATE_NOOP("values", "Own form"),
    "trade_show": QT_TRANSLATE_NOOP("values", "Trade show"),
    "customer": QT_TRANSLATE_NOOP("values", "Customer"),
    "purchased": QT_TRANSLATE_NOOP("values", "Purchased list"),
    "rented": QT_TRANSLATE_NOOP("values", "Rented list"),
    "public_web": QT_TRANSLATE_NOOP("values", "Public web"),
    "partner": QT_TRANSLATE_NOOP("values", "Partner"),
    "manual": QT_TRANSLATE_NOOP("values", "Manual"),
    "yes": QT_TRANSLATE_NOOP("values", "Yes"),
    "no": QT_TRANSLATE_NOOP("values", "No"),
}


ERROR_STYLE = "color: #b3261e;"


def field_label(name: str) -> str:
    return QCoreApplication.translate(_CTX, FIELD_LABELS.get(name, name))


def value_label(value: str) -> str:
    """A stored enumeration value as people read it ("legitimate_interest" → "Legitimate
    interest"); any other text as it is."""
    if value in VALUE_LABELS:
        return QCoreApplication.translate("values", VALUE_LABELS[value])
    return value


def display_text(column: str, value: Any) -> str:
    if value is None:
        return ""
    if column == "created_at":
        return format_date(value)  # the date is enough in a table; the panel shows the rest
    return value_label(str(value))


class ContactTableModel(QAbstractTableModel):
    """Rows of `ContactQuery`, read a page at a time. `UserRole` gives a row's contact id."""

    # shown (rows of the current query), total (contacts in the workspace)
    counts_changed = Signal(int, int)

    def __init__(self, ws: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._query = ContactQuery()
        self._count = 0
        self._total = 0
        self._pages: OrderedDict[int, list[tuple[Any, ...]]] = OrderedDict()
        self.refresh()

    # ------------------------------------------------------------------ state
    @property
    def query(self) -> ContactQuery:
        return self._query

    @property
    def total(self) -> int:
        """Contacts in the whole workspace."""
        return self._total

    def refresh(self) -> None:
        """Re-read counts and rows after the data changed (an edit, an import, a deletion)."""
        self.beginResetModel()
        self._pages.clear()
        self._total = self._ws.contact_count()
        self._count = self._query.count(self._ws) if self._filtered() else self._total
        self.endResetModel()
        self.counts_changed.emit(self._count, self._total)

    def set_search(self, text: str) -> None:
        text = text.strip()
        if text == self._query.search:
            return
        self._query = replace(self._query, search=text)
        self.beginResetModel()
        self._pages.clear()
        self._count = self._query.count(self._ws) if self._filtered() else self._total
        self.endResetModel()
        self.counts_changed.emit(self._count, self._total)

    def set_filter(self, where: str | None, params: tuple[Any, ...] | list[Any] = ()) -> None:
        """An extra SQL condition on `contacts` (a segment's, from storage.segments.filter_sql)."""
        params = tuple(params)
        if (where, params) == (self._query.where, tuple(self._query.params)):
            return
        self._query = replace(self._query, where=where, params=params)
        self.beginResetModel()
        self._pages.clear()
        self._count = self._query.count(self._ws) if self._filtered() else self._total
        self.endResetModel()
        self.counts_changed.emit(self._count, self._total)

    def set_sort(self, column: str, descending: bool = False) -> None:
        if (column, descending) == (self._query.sort_column, self._query.descending):
            return
        self._query = replace(self._query, sort_column=column, descending=descending)
        # A new order changes which rows are where, not how many.
        self.beginResetModel()
        self._pages.clear()
        self.endResetModel()

    def _filtered(self) -> bool:
        return bool(self._query.search or self._query.where)

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(TABLE_COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.DisplayRole:
            row = self._row(index.row())
            if row is None:
                return None
            column = TABLE_COLUMNS[index.column()]
            return display_text(column, row[index.column() + 1])
        if role == Qt.UserRole:
            return self.contact_id(index.row())
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole
    ) -> Any:
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return field_label(TABLE_COLUMNS[section])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        self.set_sort(TABLE_COLUMNS[column], order == Qt.DescendingOrder)

    # ------------------------------------------------------------------ rows
    def contact_id(self, row: int) -> int | None:
        values = self._row(row)
        return int(values[0]) if values is not None else None

    def row_of(self, contact_id: int) -> int | None:
        """The row of a contact, if it is on a page already read (no query)."""
        for page, rows in self._pages.items():
            for offset, values in enumerate(rows):
                if values[0] == contact_id:
                    return page * PAGE_SIZE + offset
        return None

    def _row(self, row: int) -> tuple[Any, ...] | None:
        if not 0 <= row < self._count:
            return None
        page, offset = divmod(row, PAGE_SIZE)
        rows = self._pages.get(page)
        if rows is None:
            rows = self._query.page(self._ws, page * PAGE_SIZE, PAGE_SIZE, total=self._count)
            self._pages[page] = rows
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        # The data can change underneath (another window, a worker): a short page is not a bug.
        return rows[offset] if offset < len(rows) else None
