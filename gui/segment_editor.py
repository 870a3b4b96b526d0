"""The segment editor: every criterion of a saved filter, with a live count of the contacts it
keeps (re-counted in the background 250 ms after the last change), saved under a name.

Criteria combine with AND; the values ticked inside one criterion combine with OR (as in
`compliance.segment_filter`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from compliance.fields import AUDIENCES, JOB_FUNCTIONS, LAWFUL_BASES, SENIORITIES, SOURCE_TYPES
from compliance.segment_filter import SegmentFilter, SegmentFilterError, parse_segment_filter
from storage import segments
from storage.errors import UserError
from storage.workspace import Workspace

from .contact_model import ERROR_STYLE, translate_message, value_label
from .formatting import format_count
from .latest_read import LatestRead

COUNT_DEBOUNCE_MS = 250


class ChoiceGrid(QWidget):
    """Check boxes for the values of one criterion, in a grid."""

    changed = Signal()

    def __init__(
        self, values: tuple[str, ...], columns: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        for i, value in enumerate(values):
            box = QCheckBox(value_label(value), self)
            box.toggled.connect(self.changed)
            self.boxes[value] = box
            grid.addWidget(box, i // columns, i % columns)
        grid.setColumnStretch(columns, 1)

    def values(self) -> list[str]:
        return [v for v, box in self.boxes.items() if box.isChecked()]

    def set_values(self, values: tuple[str, ...] | list[str]) -> None:
        for value, box in self.boxes.items():
            box.setChecked(value in values)


class CheckList(QListWidget):
    """Checkable items (countries, import batches); `UserRole` holds the value. `flow`: items
    side by side, wrapping (many short ones); otherwise one a line, up to `max_lines` high."""

    changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, flow: bool = False, max_lines: int = 4
    ) -> None:
        super().__init__(parent)
        self._max_lines = max_lines
        self.setSelectionMode(QAbstractItemView.NoSelection)
        if flow:
            self.setFlow(QListView.LeftToRight)
            self.setWrapping(True)
            self.setResizeMode(QListView.Adjust)
            self.setSpacing(2)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def set_items(self, items: list[tuple[Any, str]], checked: set[Any]) -> None:
        self.blockSignals(True)
        self.clear()
        for value, text in items:
            item = QListWidgetItem(text, self)
            item.setData(Qt.UserRole, value)
            item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if value in checked else Qt.Unchecked)
        self.blockSignals(False)
        # As high as its lines (a scroll bar beyond `max_lines`), not a fixed tall box.
        line = self.sizeHintForRow(0) if self.count() else self.fontMetrics().height()
        lines = max(1, min(self._max_lines, self.count()))
        self.setFixedHeight(lines * (line + 2 * self.spacing()) + 2 * self.frameWidth() + 2)

    def values(self) -> list[Any]:
        return [
            self.item(i).data(Qt.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.Checked
        ]

    def set_checked(self, value: Any, checked: bool = True) -> None:
        for i in range(self.count()):
            if self.item(i).data(Qt.UserRole) == value:
                self.item(i).setCheckState(Qt.Checked if checked else Qt.Unchecked)


class DateRange(QWidget):
    """[x] from [date]  [x] to [date]; an unticked end is open."""

    changed = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.use_from = QCheckBox(self.tr("from"), self)
        self.use_to = QCheckBox(self.tr("to"), self)
        self.date_from = self._date_edit(today)
        self.date_to = self._date_edit(today)
        for box, edit in ((self.use_from, self.date_from), (self.use_to, self.date_to)):
            box.toggled.connect(edit.setEnabled)
            box.toggled.connect(self.changed)
            edit.dateChanged.connect(self.changed)
            row.addWidget(box)
            row.addWidget(edit)
        row.addStretch(1)

    def _date_edit(self, today: dt.date) -> QDateEdit:
        edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setEnabled(False)
        return edit

    def bounds(self) -> tuple[str, str]:
        low = self.date_from.date().toString("yyyy-MM-dd") if self.use_from.isChecked() else ""
        high = self.date_to.date().toString("yyyy-MM-dd") if self.use_to.isChecked() else ""
        return low, high

    def set_bounds(self, low: str, high: str) -> None:
        for text, box, edit in (
            (low, self.use_from, self.date_from),
            (high, self.use_to, self.date_to),
        ):
            box.setChecked(bool(text))
            if text:
                edit.setDate(QDate.fromString(text, "yyyy-MM-dd"))


class SegmentEditor(QDialog):
    """Create or change a segment. After `accept()`: `segment_id` (None when it was deleted)."""

    def __init__(
        self,
        ws: Workspace,
        segment: segments.Segment | None = None,
        parent: QWidget | None = None,
        *,
        initial: SegmentFilter | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self.segment = segment
        self.segment_id: int | None = segment.id if segment else None
        self.deleted = False
        self.count: int | None = None  # the last count shown
        self.setWindowTitle(
            self.tr("Segment “{name}”").format(name=segment.name)
            if segment
            else self.tr("New segment")
        )
        self._reader = LatestRead(ws, self)
        self._reader.ready.connect(self._show_result)
        self._reader.failed.connect(self._count_failed)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(COUNT_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.recount)

        self.name = QLineEdit(self)
        self.name.setObjectName("segment_name")
        self.name.setPlaceholderText(self.tr("e.g. Finance directors in France"))
        self.name_error = QLabel(self)
        self.name_error.setStyleSheet(ERROR_STYLE)
        self.name_error.setWordWrap(True)
        self.name_error.hide()

        today = ws.today
        self.functions = ChoiceGrid(JOB_FUNCTIONS, 4, self)
        self.seniorities = ChoiceGrid(SENIORITIES, 3, self)
        self.audiences = ChoiceGrid(AUDIENCES, 4, self)
        self.lawful_bases = ChoiceGrid(LAWFUL_BASES, 3, self)
        self.source_types = ChoiceGrid(SOURCE_TYPES, 4, self)
        self.countries = CheckList(self, flow=True, max_lines=3)
        self.countries.setObjectName("countries")
        self.batches = CheckList(self)
        self.batches.setObjectName("batches")
        self.company = QLineEdit(self)
        self.company.setPlaceholderText(self.tr("part of the company name"))
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("any of these tags, separated by ;"))
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(
            self.tr("words in names, company, e-mail address or job title")
        )
        self.consent = QComboBox(self)
        self.consent.addItem(self.tr("Any"), None)
        self.consent.addItem(self.tr("Consent recorded with its proof (date and source)"), True)
        self.consent.addItem(self.tr("No consent with proof"), False)
        self.collected = DateRange(today, self)
        self.inbound = DateRange(today, self)

        who = QGroupBox(self.tr("Who"), self)
        who_form = QFormLayout(who)
        who_form.addRow(self.tr("Job function:"), self.functions)
        who_form.addRow(self.tr("Seniority:"), self.seniorities)
        who_form.addRow(self.tr("Audience:"), self.audiences)
        who_form.addRow(self.tr("Country:"), self.countries)
        who_form.addRow(self.tr("Company:"), self.company)
        who_form.addRow(self.tr("Tags:"), self.tags)
        who_form.addRow(self.tr("Text:"), self.text)
        origin = QGroupBox(self.tr("Source and lawful basis"), self)
        origin_form = QFormLayout(origin)
        origin_form.addRow(self.tr("Lawful basis:"), self.lawful_bases)
        origin_form.addRow(self.tr("Consent:"), self.consent)
        origin_form.addRow(self.tr("Source type:"), self.source_types)
        origin_form.addRow(self.tr("Import batch:"), self.batches)
        dates = QGroupBox(self.tr("Dates"), self)
        dates_form = QFormLayout(dates)
        dates_form.addRow(self.tr("Collected:"), self.collected)
        dates_form.addRow(self.tr("Last inbound contact:"), self.inbound)
        hint = QLabel(
            self.tr(
                "A contact is in the segment when it meets every criterion you set; inside one "
                "criterion, any ticked value will do. Criteria left empty keep everyone."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(hint)
        body_layout.addWidget(who)
        body_layout.addWidget(origin)
        body_layout.addWidget(dates)
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setWidget(body)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("segment_count")
        count_font = QFont(self.count_label.font())
        count_font.setBold(True)
        self.count_label.setFont(count_font)
        self.problem = QLabel(self)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.delete_button = QPushButton(self.tr("Delete segment…"), self)
        self.delete_button.clicked.connect(self.delete)
        self.delete_button.setVisible(segment is not None)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("save_segment")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)

        name_row = QFormLayout()
        name_row.addRow(self.tr("Name:"), self.name)
        name_row.addRow("", self.name_error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(name_row)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.resize(760, 780)

        start = segment.filter if segment else (initial or SegmentFilter())
        if segment:
            self.name.setText(segment.name)
        self._fill_choices(segments.filter_choices(ws), start)
        self.set_filter(start)
        for widget in (
            self.functions,
            self.seniorities,
            self.audiences,
            self.lawful_bases,
            self.source_types,
            self.countries,
            self.batches,
            self.collected,
            self.inbound,
        ):
            widget.changed.connect(self._criteria_changed)
        for edit in (self.company, self.tags, self.text):
            edit.textChanged.connect(self._criteria_changed)
        self.consent.currentIndexChanged.connect(self._criteria_changed)
        self.name.textChanged.connect(lambda _t: self.name_error.hide())
        self.recount()

    # ------------------------------------------------------------------ criteria
    def _fill_choices(self, choices: segments.FilterChoices, start: SegmentFilter) -> None:
        countries = list(choices.countries)
        present = {code for code, _n in countries}
        # A saved country no contact has any more stays visible, so it can be unticked.
        countries += [(code, 0) for code in start.countries if code not in present]
        self.countries.set_items(
            [(code, f"{code} ({format_count(n)})") for code, n in countries], set(start.countries)
        )
        self.batches.set_items(
            [
                (
                    b.id,
                    self.tr("#{id} {name} ({type}, {date})").format(
                        id=b.id,
                        name=b.source_name,
                        type=value_label(b.source_type),
                        date=b.acquired_on,
                    ),
                )
                for b in choices.batches
            ]
            # A saved batch that was undone since: still shown, so that it can be unticked.
            + [
                (batch_id, self.tr("#{id} (undone)").format(id=batch_id))
                for batch_id in start.source_ids
                if batch_id not in {b.id for b in choices.batches}
            ],
            set(start.source_ids),
        )

    def set_filter(self, f: SegmentFilter) -> None:
        self.functions.set_values(f.functions)
        self.seniorities.set_values(f.seniorities)
        self.audiences.set_values(f.audiences)
        self.lawful_bases.set_values(f.lawful_bases)
        self.source_types.set_values(f.source_types)
        for code in f.countries:
            self.countries.set_checked(code)
        for batch in f.source_ids:
            self.batches.set_checked(batch)
        self.company.setText(f.company)
        self.tags.setText("; ".join(f.tags))
        self.text.setText(f.text)
        self.consent.setCurrentIndex({None: 0, True: 1, False: 2}[f.consent])
        self.collected.set_bounds(f.collected_from, f.collected_to)
        self.inbound.set_bounds(f.inbound_from, f.inbound_to)

    def criteria(self) -> dict[str, Any]:
        """The criteria as the JSON form of a segment filter."""
        collected_from, collected_to = self.collected.bounds()
        inbound_from, inbound_to = self.inbound.bounds()
        return {
            "functions": self.functions.values(),
            "seniorities": self.seniorities.values(),
            "countries": self.countries.values(),
            "audiences": self.audiences.values(),
            "lawful_bases": self.lawful_bases.values(),
            "source_types": self.source_types.values(),
            "source_ids": self.batches.values(),
            "tags": [t.strip() for t in self.tags.text().split(";") if t.strip()],
            "company": self.company.text(),
            "collected_from": collected_from,
            "collected_to": collected_to,
            "inbound_from": inbound_from,
            "inbound_to": inbound_to,
            "consent": self.consent.currentData(),
            "text": self.text.text(),
        }

    def segment_filter(self) -> SegmentFilter:
        """The filter the criteria make (raises SegmentFilterError for an impossible one)."""
        return parse_segment_filter(self.criteria())

    def _problems(self, f: SegmentFilter) -> list[str]:
        problems = []
        for low, high, what in (
            (f.collected_from, f.collected_to, self.tr("Collected")),
            (f.inbound_from, f.inbound_to, self.tr("Last inbound contact")),
        ):
            if low and high and low > high:
                problems.append(
                    self.tr(
                        "{what}: the “from” date is after the “to” date, so no contact can match."
                    ).format(what=what)
                )
        return problems

    # ------------------------------------------------------------------ live count
    def _criteria_changed(self, *_args: Any) -> None:
        self.count_label.setText(self.tr("Counting…"))
        self._debounce.start()

    def recount(self) -> None:
        self._debounce.stop()
        try:
            f = self.segment_filter()
        except SegmentFilterError as exc:
            self._show_problem(translate_message(str(exc)))
            return
        problems = self._problems(f)
        self._show_problem(" ".join(problems) if problems else None)
        self.count_label.setText(self.tr("Counting…"))
        self._reader.request(lambda own: (segments.count(own, f), own.contact_count()))

    def is_counting(self) -> bool:
        return self._reader.busy or self._debounce.isActive()

    def _show_result(self, result: tuple[int, int]) -> None:
        matched, total = result
        self.count = matched
        if matched == 1:
            text = self.tr("1 contact of {total} matches").format(total=format_count(total))
        else:
            text = self.tr("{n} contacts of {total} match").format(
                n=format_count(matched), total=format_count(total)
            )
        self.count_label.setText(text)

    def _count_failed(self, message: str, _is_bug: bool) -> None:
        self.count_label.setText(self.tr("The contacts could not be counted."))
        self._show_problem(message)

    def _show_problem(self, text: str | None) -> None:
        self.problem.setText(text or "")
        self.problem.setVisible(bool(text))

    # ------------------------------------------------------------------ save / delete
    def save(self) -> bool:
        name = self.name.text().strip()
        if not name:
            self._name_problem(self.tr("Give the segment a name."))
            return False
        try:
            f = self.segment_filter()
            self.segment_id = segments.save_segment(self._ws, name, f, self.segment_id)
        except SegmentFilterError as exc:
            self._show_problem(translate_message(str(exc)))
            return False
        except UserError as exc:
            self._name_problem(translate_message(exc.message))
            return False
        self._reader.shutdown()
        self.accept()
        return True

    def _name_problem(self, text: str) -> None:
        self.name_error.setText(text)
        self.name_error.show()
        self.name.setFocus()

    def delete(self) -> None:
        if self.segment_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete segment"),
            self.tr(
                "Delete the segment “{name}”? Only the saved filter goes; no contact is deleted."
            ).format(name=self.segment.name if self.segment else ""),
            QMessageBox.Yes | QMessageBox.Cancel,
            QMessageBox.Cancel,
        )
        if answer != QMessageBox.Yes:
            return
        segments.delete_segment(self._ws, self.segment_id)
        self.segment_id = None
        self.deleted = True
        self._reader.shutdown()
        self.accept()

    def done(self, result: int) -> None:
        self._debounce.stop()
        self._reader.shutdown()
        super().done(result)
