"""The export preview's chart: how many contacts are cleared, and how many excluded per reason."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from compliance.fields import REASON_CODES
from storage.export import ExportCounts


def reason_label(code: str) -> str:
    """A short explanation of a reason code, for people."""
    labels = {
        "SUPPRESSED": QCoreApplication.translate("export", "On the opt-out list"),
        "DOMAIN_SUPPRESSED": QCoreApplication.translate("export", "Domain opted out"),
        "RETENTION_EXPIRED": QCoreApplication.translate("export", "Kept too long (3 years)"),
        "NO_CONSENT": QCoreApplication.translate("export", "No consent"),
        "TOPIC_UNRELATED": QCoreApplication.translate("export", "Topic unrelated"),
        "NOTICE_MISSING": QCoreApplication.translate("export", "Notice needed"),
        "INVALID_EMAIL": QCoreApplication.translate("export", "Invalid address"),
    }
    return labels.get(code, code)


def flag_label(code: str) -> str:
    """A warning flag (it does not exclude) in words."""
    labels = {
        "ART14_OVERDUE": QCoreApplication.translate("export", "Notice overdue (art. 14)"),
        "UNCERTAIN": QCoreApplication.translate("export", "Uncertain"),
    }
    return labels.get(code, code)


class ExportChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.Antialiasing)
        self.setMinimumHeight(220)
        self.categories: list[str] = []
        self.values: list[int] = []
        self.show_counts(None)

    def show_counts(self, counts: ExportCounts | None) -> None:
        chart = QChart()
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setLocalizeNumbers(True)  # axis and bar labels as the locale writes them
        self.categories, self.values = [], []
        if counts is not None:
            rows = [(self.tr("Cleared"), counts.exported)]
            rows += [(reason_label(c), counts.excluded.get(c, 0)) for c in REASON_CODES]
            rows = [r for r in rows if r[1]] or [(self.tr("Cleared"), 0)]
            rows.reverse()  # a horizontal bar chart draws its first category at the bottom
            self.categories = [r[0] for r in rows]
            self.values = [r[1] for r in rows]
            bars = QBarSet(self.tr("Contacts"))
            bars.append([float(v) for v in self.values])
            bars.setColor(QColor("#4a7bb7"))
            bars.setLabelColor(QColor("#222"))
            series = QHorizontalBarSeries()
            series.append(bars)
            series.setLabelsVisible(True)
            series.setLabelsPosition(QHorizontalBarSeries.LabelsOutsideEnd)
            chart.addSeries(series)
            axis_y = QBarCategoryAxis()
            axis_y.append(self.categories)
            chart.addAxis(axis_y, Qt.AlignLeft)
            series.attachAxis(axis_y)
            axis_x = QValueAxis()
            axis_x.setRange(0, max(self.values) * 1.15 or 1)
            axis_x.applyNiceNumbers()  # ticks at round numbers (0, 100, 200...), not 118, 235
            axis_x.setLabelFormat("%.0f")  # "%d" shows nothing once numbers are localised
            chart.addAxis(axis_x, Qt.AlignBottom)
            series.attachAxis(axis_x)
        self.setChart(chart)
