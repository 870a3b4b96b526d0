"""The overview page: contacts per function and per seniority (QtCharts), re-read when the
workspace changes; a bar click shows those contacts; other sections' panels have their place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCharts import QHorizontalBarSeries
from PySide6.QtWidgets import QLabel, QWidget

from storage import segments
from storage.contacts import add_contact

from .shots import SHOTS


def _overview(qtbot: Any, window: Any) -> Any:
    page = window.show_page("overview")
    qtbot.waitUntil(lambda: page.facts is not None and not page.is_loading(), timeout=5000)
    return page


def test_the_charts_show_contacts_per_function_and_seniority(
    qtbot: Any, filled_ws: Any, window: Any
) -> None:
    page = _overview(qtbot, window)
    functions = dict(zip(page.function_chart.keys, page.function_chart.values, strict=True))
    assert functions == segments.function_counts(filled_ws)
    # VD and Gérant: executive; Comptable: finance; Inköpschef: purchasing; no title: other.
    assert functions == {"executive": 2, "finance": 1, "purchasing": 1, "other": 1}
    assert page.function_chart.keys[0] == "executive"  # most contacts first
    assert page.function_chart.keys[-1] == "other"  # what is left comes last
    # Seniority keeps its order of rank, whatever the counts.
    assert page.seniority_chart.keys == ["owner_executive", "manager", "staff", "unknown"]
    assert page.seniority_chart.values == [2, 1, 1, 1]
    chart = page.function_chart.chart()
    assert chart.title() == "Contacts per job function"
    (series,) = chart.series()
    assert isinstance(series, QHorizontalBarSeries)
    bars = series.barSets()[0]
    # Drawn bottom-up: the first category sits at the bottom of the axis.
    assert [bars.at(i) for i in range(bars.count())] == [1.0, 1.0, 1.0, 2.0]
    assert page.summary.text().startswith("5 contacts.")
    assert page.status_text().endswith("5 contacts")


def test_the_overview_follows_the_workspace(qtbot: Any, filled_ws: Any, window: Any) -> None:
    page = _overview(qtbot, window)
    for i in range(3):
        add_contact(filled_ws, {"email": f"dev{i}@example.se", "job_title": "Utvecklare"})
    add_contact(filled_ws, {"email": "odd@example.se", "job_title": "Zorblax wrangler"})
    window.refresh_pages()  # what an import or an erasure calls
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=5000)
    functions = dict(zip(page.function_chart.keys, page.function_chart.values, strict=True))
    assert functions["it"] == 3
    assert functions["other"] == 2
    assert "1 of them have a job title Clearlist could not fully classify" in page.summary.text()
    assert page.review_button.isVisibleTo(page)
    page.review_button.click()
    assert window.stack.currentWidget() is window.page("titles")


def test_a_click_on_a_bar_shows_those_contacts(qtbot: Any, filled_ws: Any, window: Any) -> None:
    page = _overview(qtbot, window)
    (series,) = page.function_chart.chart().series()
    bars = series.barSets()[0]
    index = list(reversed(page.function_chart.keys)).index("executive")
    bars.clicked.emit(index)  # what a click on the bar sends
    contacts = window.page("contacts")
    assert window.stack.currentWidget() is contacts
    assert contacts.segment_name == "Executive"
    assert contacts.model.rowCount() == 2

    (series,) = page.seniority_chart.chart().series()
    bars = series.barSets()[0]
    bars.clicked.emit(list(reversed(page.seniority_chart.keys)).index("unknown"))
    assert contacts.model.rowCount() == 1


def test_an_empty_workspace_says_how_to_begin(qtbot: Any, ws: Any) -> None:
    from gui.overview_page import OverviewPage

    page = OverviewPage(ws)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.facts is not None, timeout=5000)
    assert page.function_chart.keys == [] and page.seniority_chart.keys == []
    assert "no contacts yet" in page.summary.text()
    assert not page.review_button.isVisibleTo(page)
    page.shutdown()


def test_other_sections_add_panels_above_the_charts(qtbot: Any, filled_ws: Any) -> None:
    from gui import overview_page
    from gui.overview_page import OverviewPage

    class Panel(QLabel):
        refreshed = 0

        def __init__(self, ws: Any, parent: QWidget | None = None) -> None:
            super().__init__("A panel", parent)

        def refresh(self) -> None:
            Panel.refreshed += 1

    import sys
    import types

    module = types.ModuleType("overview_test_panel")
    module.Panel = Panel  # type: ignore[attr-defined]
    sys.modules["overview_test_panel"] = module
    saved = list(overview_page.PANELS)
    try:
        overview_page.PANELS[:] = ["overview_test_panel:Panel", "no_such_module:Nothing"]
        page = OverviewPage(filled_ws)
        qtbot.addWidget(page)
    finally:
        overview_page.PANELS[:] = saved
        del sys.modules["overview_test_panel"]
    # The broken entry is left out (logged); the good one is shown and refreshed with the page.
    assert [type(p).__name__ for p in page.panels] == ["Panel"]
    assert page.panel_area.indexOf(page.panels[0]) == 0
    before = Panel.refreshed
    page.refresh()
    assert Panel.refreshed == before + 1
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=5000)
    page.shutdown()


def test_the_rights_panel_is_registered(qtbot: Any, filled_ws: Any, window: Any) -> None:
    page = _overview(qtbot, window)
    assert "DueRequestsPanel" in [type(p).__name__ for p in page.panels]


def test_screenshot_with_demo_contacts(qtbot: Any, ws: Any) -> None:
    from gui.main_window import MainWindow
    from storage.demo import load_demo

    load_demo(ws, n=400)
    win = MainWindow(ws)
    win.resize(1280, 820)
    win.show()
    qtbot.waitExposed(win)
    page = _overview(qtbot, win)
    assert sum(page.function_chart.values) == ws.contact_count()
    qtbot.wait(50)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert win.grab().save(str(SHOTS / "overview_charts.png"))
    win.close()
