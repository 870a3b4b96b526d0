"""The overview: what needs doing (panels from other sections), and the workspace at a glance:
contacts per job function and per seniority (QtCharts), re-read whenever the workspace changes.

ADDING A PANEL (one line): write a QWidget whose constructor takes `(ws: Workspace, parent)` and
add `"gui.<module>:<Class>"` to `PANELS` below. Panels sit above the charts, in that order.
Optional on the panel: `refresh()` (called with the page's own refresh, e.g. after an import) and
`shutdown()`. A panel that has nothing to say may hide itself.

A click on a bar shows the contacts of that function or seniority on the contacts page.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from compliance.fields import JOB_FUNCTIONS, SENIORITIES
from compliance.segment_filter import SegmentFilter
from storage import segments, titles
from storage.workspace import Workspace

from .contact_model import value_label
from .formatting import format_count
from .latest_read import LatestRead
from .workers import show_failure

log = logging.getLogger(__name__)

# Panels other sections add ("module:Class"), shown above the charts in this order.
PANELS: list[str] = [
    "gui.overview_requests:DueRequestsPanel",  # requests, breaches, retention, backup
]

FUNCTION_COLOUR = QColor("#4a7bb7")
SENIORITY_COLOUR = QColor("#6a9f58")


@dataclass(frozen=True)
class Facts:
    contacts: int
    functions: dict[str, int]
    seniorities: dict[str, int]
    to_review: int  # contacts whose title could not be fully classified
    titles_to_review: int


def read_facts(ws: Workspace) -> Facts:
    """Everything the overview shows, in one read (runs on a worker connection)."""
    functions = segments.function_counts(ws)
    seniorities = segments.seniority_counts(ws)
    review = titles.review_list(ws, limit=0)
    return Facts(sum(functions.values()), functions, seniorities, review.contacts, review.titles)


class CountChart(QChartView):
    """A horizontal bar chart of counts per category; `bar_clicked(value)` on a click."""

    bar_clicked = Signal(str)

    def __init__(self, title: str, colour: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.Antialiasing)
        self.setMinimumSize(320, 300)
        self._title = title
        self._colour = colour
        self.keys: list[str] = []  # top to bottom, as shown
        self.values: list[int] = []
        self.show_counts([])

    def show_counts(self, rows: list[tuple[str, int]]) -> None:
        """`rows`: (value, count) from top to bottom."""
        self.keys = [key for key, _count in rows]
        self.values = [count for _key, count in rows]
        chart = QChart()
        chart.setTitle(self._title)
        title_font = QFont(chart.titleFont())
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 12, 4))
        chart.setBackgroundRoundness(0)
        chart.setLocalizeNumbers(True)  # axis and bar labels as the locale writes them
        if rows:
            # A horizontal bar chart draws its first category at the bottom: reverse.
            ordered = list(reversed(rows))
            bars = QBarSet(self.tr("Contacts"))
            bars.append([float(count) for _key, count in ordered])
            bars.setColor(self._colour)
            bars.setBorderColor(self._colour)
            bars.setLabelColor(QColor("#222"))
            bars.clicked.connect(lambda index: self.bar_clicked.emit(ordered[index][0]))
            series = QHorizontalBarSeries()
            series.append(bars)
            series.setBarWidth(0.7)
            series.setLabelsVisible(True)
            series.setLabelsPosition(QHorizontalBarSeries.LabelsOutsideEnd)
            series.setLabelsFormat("@value")
            chart.addSeries(series)
            axis_y = QBarCategoryAxis()
            axis_y.append([value_label(key) for key, _count in ordered])
            axis_y.setGridLineVisible(False)
            chart.addAxis(axis_y, Qt.AlignLeft)
            series.attachAxis(axis_y)
            axis_x = QValueAxis()
            # Room after the longest bar for its label, then round ticks (0, 25, 50, ...).
            axis_x.setRange(0, max(max(self.values) * 1.15, 4))
            axis_x.applyNiceNumbers()
            axis_x.setLabelFormat("%.0f")  # "%d" shows nothing once numbers are localised
            chart.addAxis(axis_x, Qt.AlignBottom)
            series.attachAxis(axis_x)
        self.setChart(chart)


class OverviewPage(QWidget):
    """Registered in `gui.main_window.PAGES`."""

    status_text_changed = Signal(str)
    status_message = Signal(str)
    loaded = Signal()  # after the counts were read and drawn (tests, screenshots)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.facts: Facts | None = None
        self._reader = LatestRead(ws, self)
        self._reader.ready.connect(self._show_facts)
        self._reader.failed.connect(lambda message, bug: show_failure(self, message, bug))

        heading = QLabel(self.tr("Overview"), self)
        heading_font = QFont(heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.4)
        heading_font.setBold(True)
        heading.setFont(heading_font)
        self.summary = QLabel(self.tr("Counting…"), self)
        self.summary.setObjectName("overview_summary")
        self.summary.setWordWrap(True)
        self.review_button = QPushButton(self.tr("Review job titles…"), self)
        self.review_button.setObjectName("review_titles")
        self.review_button.clicked.connect(lambda: self._show_page("titles"))
        self.review_button.hide()
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.review_button, 0, Qt.AlignTop)

        # Other sections' panels (see PANELS): the place for what needs doing.
        self.panel_area = QVBoxLayout()
        self.panel_area.setSpacing(8)
        self.panels: list[QWidget] = []

        self.function_chart = CountChart(self.tr("Contacts per job function"), FUNCTION_COLOUR)
        self.function_chart.setObjectName("function_chart")
        self.function_chart.bar_clicked.connect(lambda v: self._show_contacts("functions", v))
        self.seniority_chart = CountChart(self.tr("Contacts per seniority"), SENIORITY_COLOUR)
        self.seniority_chart.setObjectName("seniority_chart")
        self.seniority_chart.bar_clicked.connect(lambda v: self._show_contacts("seniorities", v))
        charts = QHBoxLayout()
        charts.addWidget(self.function_chart, 3)
        charts.addWidget(self.seniority_chart, 2)
        hint = QLabel(self.tr("Click a bar to see those contacts."), self)
        hint.setEnabled(False)

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(heading)
        layout.addLayout(summary_row)
        layout.addLayout(self.panel_area)
        layout.addLayout(charts, 1)
        layout.addWidget(hint)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        for target in PANELS:
            self._load_panel(target)
        self.refresh()

    # ------------------------------------------------------------------ panels
    def add_panel(self, panel: QWidget) -> None:
        """Show another section's panel above the charts."""
        self.panels.append(panel)
        self.panel_area.addWidget(panel)

    def _load_panel(self, target: str) -> None:
        module_name, _, class_name = target.partition(":")
        try:
            panel_class = getattr(importlib.import_module(module_name), class_name)
            self.add_panel(panel_class(self._ws, self))
        except Exception:  # one broken panel must not take the overview down
            log.exception("overview panel %s could not be created", target)

    # ------------------------------------------------------------------ page API
    def refresh(self) -> None:
        """Re-read the counts (after an import, an edit, a rule), and every panel."""
        self._reader.request(read_facts)
        for panel in self.panels:
            if hasattr(panel, "refresh"):
                panel.refresh()

    def is_loading(self) -> bool:
        return self._reader.busy

    def status_text(self) -> str:
        texts = [p.status_text() for p in self.panels if hasattr(p, "status_text")]
        if self.facts is not None:
            texts.append(self.tr("{n} contacts").format(n=format_count(self.facts.contacts)))
        return " · ".join(t for t in texts if t)

    def shutdown(self) -> None:
        self._reader.shutdown()
        for panel in self.panels:
            if hasattr(panel, "shutdown"):
                panel.shutdown()

    # ------------------------------------------------------------------ drawing
    def _show_facts(self, facts: Facts) -> None:
        self.facts = facts
        functions = sorted(
            ((f, n) for f, n in facts.functions.items() if n),
            # Most common first, "other" always last: it is what is left, not a function.
            key=lambda item: (item[0] == "other", -item[1], _rank(JOB_FUNCTIONS, item[0])),
        )
        seniorities = [(s, facts.seniorities[s]) for s in SENIORITIES if facts.seniorities.get(s)]
        seniorities += [
            (s, n) for s, n in facts.seniorities.items() if s not in SENIORITIES and n
        ]  # a value from outside the contract (an old workspace): shown, not hidden
        self.function_chart.show_counts(functions)
        self.seniority_chart.show_counts(seniorities)
        self.summary.setText(self._summary_text(facts))
        self.review_button.setVisible(facts.to_review > 0)
        self.status_text_changed.emit(self.status_text())
        self.loaded.emit()

    def _summary_text(self, facts: Facts) -> str:
        if facts.contacts == 0:
            return self.tr("The workspace has no contacts yet: import a file to begin.")
        text = (
            self.tr("1 contact.")
            if facts.contacts == 1
            else self.tr("{n} contacts.").format(n=format_count(facts.contacts))
        )
        if facts.to_review:
            text += " " + self.tr(
                "{n} of them have a job title Clearlist could not fully classify "
                "({titles} distinct titles): review the most common ones to place them."
            ).format(n=format_count(facts.to_review), titles=format_count(facts.titles_to_review))
        return text

    # ------------------------------------------------------------------ navigation
    def _show_contacts(self, criterion: str, value: str) -> None:
        where, params = segments.filter_sql(SegmentFilter(**{criterion: (value,)}))
        window: Any = self.window()
        if not hasattr(window, "show_page"):
            return
        page = window.show_page("contacts")
        if hasattr(page, "show_segment"):
            page.show_segment(value_label(value), where, params)

    def _show_page(self, key: str) -> None:
        window: Any = self.window()
        if hasattr(window, "show_page"):
            window.show_page(key)


def _rank(order: tuple[str, ...], value: str) -> int:
    return order.index(value) if value in order else len(order)
