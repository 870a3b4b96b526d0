"""The job-title review page: unclassified titles by how many contacts carry them; a function
and seniority picked for a title become a rule applied at once; rules can be removed."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from storage import titles
from storage.contacts import add_contact, get_contact

from .shots import SHOTS


@pytest.fixture
def titled_ws(filled_ws: Any) -> Any:
    ws = filled_ws
    for i in range(3):
        add_contact(ws, {"email": f"free{i}@example.fr", "job_title": "Freelance"})
    add_contact(ws, {"email": "free3@example.fr", "job_title": "FREELANCE"})
    for i in range(2):
        add_contact(ws, {"email": f"z{i}@example.se", "job_title": "Zorblax wrangler"})
    add_contact(
        ws,
        {"email": "hand@example.fr", "job_title": "Freelance", "job_function": "legal",
         "seniority": "staff"},
    )  # fmt: skip
    return ws


def _page(qtbot: Any, window: Any) -> Any:
    page = window.show_page("titles")
    qtbot.waitUntil(lambda: page.review is not None and not page.is_busy(), timeout=5000)
    return page


def _cells(page: Any, row: int) -> list[str]:
    return [page.table.item(row, c).text() for c in range(page.table.columnCount())]


def test_the_list_ranks_titles_by_contacts_with_a_running_share(
    qtbot: Any, titled_ws: Any, window: Any
) -> None:
    page = _page(qtbot, window)
    assert page.table.rowCount() == 2
    assert _cells(page, 0) == ["Freelance (and 1 other spelling)", "4", "67%", "Other", "Unknown"]
    assert _cells(page, 1) == ["Zorblax wrangler", "2", "100%", "Other", "Unknown"]
    assert page.summary.text().startswith(
        "6 contacts have a job title Clearlist could not fully classify, under 2 distinct titles."
    )
    # The first title is chosen, with what Clearlist reads now.
    assert page.rule_box.title() == "Every “Freelance” is:"
    assert page.function.currentData() == "other"
    assert page.apply_button.text() == "Apply to 4 contacts"
    assert page.status_text() == "2 titles to review"


def test_a_rule_places_every_contact_with_the_title_but_not_hand_set_ones(
    qtbot: Any, titled_ws: Any, window: Any
) -> None:
    page = _page(qtbot, window)
    page.function.setCurrentIndex(page.function.findData("sales"))
    page.seniority.setCurrentIndex(page.seniority.findData("staff"))
    with qtbot.waitSignal(page.rule_applied, timeout=5000) as applied:
        qtbot.mouseClick(page.apply_button, Qt.LeftButton)
    assert applied.args == [4]
    assert page.result.text() == "Rule saved for “Freelance”: 4 contacts changed."
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=5000)

    rows = titled_ws.conn.execute(
        "SELECT job_function, seniority, function_set_by, count(*) FROM contacts "
        "WHERE job_title IN ('Freelance', 'FREELANCE') GROUP BY 1, 2, 3 ORDER BY 1"
    ).fetchall()
    assert rows == [("legal", "staff", "manual", 1), ("sales", "staff", "auto", 4)]
    # The title left the list; the next one is chosen; the rule is listed.
    assert [_cells(page, r)[0] for r in range(page.table.rowCount())] == ["Zorblax wrangler"]
    assert page.rule_box.title() == "Every “Zorblax wrangler” is:"
    assert page.rules_table.rowCount() == 1
    assert [page.rules_table.item(0, c).text() for c in range(3)] == ["freelance", "Sales", "Staff"]
    # Future contacts follow the rule.
    new = add_contact(titled_ws, {"email": "later@example.fr", "job_title": "freelance"})
    assert get_contact(titled_ws, new)["job_function"] == "sales"  # type: ignore[index]
    # The overview, if open, was told: the window refreshed every page.


def test_removing_a_rule_asks_and_returns_contacts_to_the_vocabulary(
    qtbot: Any, titled_ws: Any, window: Any, answer_dialog: Any
) -> None:
    titles.set_title_rule(titled_ws, "Zorblax wrangler", "engineering", "manager")
    page = _page(qtbot, window)
    page.refresh()
    qtbot.waitUntil(lambda: not page.is_busy() and page.rules_table.rowCount() == 1, timeout=5000)
    page.rules_table.selectRow(0)
    assert page.remove_button.isEnabled()
    seen = answer_dialog("Yes")
    with qtbot.waitSignal(page.rule_applied, timeout=5000) as applied:
        page.remove_rule()
    assert "zorblax wrangler" in seen["text"]
    assert applied.args == [2]
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=5000)
    assert titles.list_title_rules(titled_ws) == []
    assert page.rules_table.rowCount() == 0
    assert "Zorblax wrangler" in [_cells(page, r)[0] for r in range(page.table.rowCount())]


def test_reclassify_all_applies_rules_and_reports_the_count(
    qtbot: Any, titled_ws: Any, window: Any
) -> None:
    with titled_ws.transaction():  # a rule written behind the page's back
        titled_ws.conn.execute(
            "INSERT INTO title_rules (title_key, job_function, seniority, created_at) "
            "VALUES ('zorblax wrangler', 'it', 'staff', '2026-01-01')"
        )
    page = _page(qtbot, window)
    with qtbot.waitSignal(page.rule_applied, timeout=5000) as applied:
        qtbot.mouseClick(page.reclassify_button, Qt.LeftButton)
    assert applied.args == [2]
    assert page.result.text() == "Every contact re-classified: 2 changed."


def test_the_contacts_page_shows_the_new_functions(qtbot: Any, titled_ws: Any, window: Any) -> None:
    contacts = window.page("contacts")
    page = _page(qtbot, window)
    page.function.setCurrentIndex(page.function.findData("finance"))
    with qtbot.waitSignal(page.rule_applied, timeout=5000):
        page.apply_rule()
    column = list(contacts.model.headerData(c, Qt.Horizontal) for c in range(
        contacts.model.columnCount())).index("Function")  # fmt: skip
    shown = {
        contacts.model.data(contacts.model.index(r, column))
        for r in range(contacts.model.rowCount())
        if contacts.model.data(contacts.model.index(r, 0)).startswith("free")
    }
    assert shown == {"Finance"}


def test_an_all_classified_workspace_says_so(qtbot: Any, filled_ws: Any, window: Any) -> None:
    page = _page(qtbot, window)
    assert page.table.rowCount() == 0
    assert page.summary.text().startswith("Every job title is classified")
    assert not page.apply_button.isEnabled()


def test_screenshot_with_demo_contacts(qtbot: Any, ws: Any) -> None:
    from gui.main_window import MainWindow
    from storage.demo import load_demo

    load_demo(ws, n=400)
    titles.set_title_rule(ws, "Cheffe de projet", "operations", "manager")
    win = MainWindow(ws)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    page = _page(qtbot, win)
    assert page.table.rowCount() > 5
    qtbot.wait(50)  # the status bar lays out its new text
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert win.grab().save(str(SHOTS / "title_review_page.png"))
    win.close()
