"""Segments in the window: the editor (every criterion, live count, save, rename, delete), the
sidebar list with counts, and the contacts page filtered by a segment."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from compliance.segment_filter import SegmentFilter
from storage import segments
from storage.contacts import add_contact, contact_sources, find_contact_id

from .shots import SHOTS


def _editor(qtbot: Any, ws: Any, segment: Any = None) -> Any:
    from gui.segment_editor import SegmentEditor

    editor = SegmentEditor(ws, segment)
    qtbot.addWidget(editor)
    editor.show()
    _settle(qtbot, editor)
    return editor


def _settle(qtbot: Any, editor: Any) -> None:
    qtbot.waitUntil(lambda: not editor.is_counting(), timeout=5000)


def test_the_live_count_follows_every_kind_of_criterion(qtbot: Any, filled_ws: Any) -> None:
    ws = filled_ws
    jean = find_contact_id(ws, "jean.dupont@exemple.fr")
    from storage.contacts import update_contact

    update_contact(ws, jean, {"tags": "salon; vip", "audience": "b2b",
                              "last_inbound_contact_date": "2026-06-01"})  # fmt: skip
    editor = _editor(qtbot, ws)
    assert editor.count == 5
    assert "5 contacts of 5 match" in editor.count_label.text()

    editor.countries.set_checked("FR")
    _settle(qtbot, editor)
    assert editor.count == 2  # Dupont, Martin
    editor.functions.boxes["executive"].setChecked(True)
    _settle(qtbot, editor)
    assert editor.count == 1
    assert editor.count_label.text().startswith("1 contact of 5")
    editor.functions.boxes["finance"].setChecked(True)  # OR inside one criterion
    _settle(qtbot, editor)
    assert editor.count == 2
    editor.tags.setText("VIP")
    _settle(qtbot, editor)
    assert editor.count == 1
    editor.tags.clear()
    editor.audiences.boxes["b2b"].setChecked(True)
    _settle(qtbot, editor)
    assert editor.count == 1
    editor.audiences.boxes["b2b"].setChecked(False)
    editor.company.setText("atelier")
    _settle(qtbot, editor)
    assert editor.count == 1
    editor.company.clear()
    editor.text.setText("dupont")
    _settle(qtbot, editor)
    assert editor.count == 1
    editor.text.clear()
    editor.inbound.use_from.setChecked(True)
    editor.inbound.date_from.setDate(editor.inbound.date_from.date().addYears(-1))
    _settle(qtbot, editor)
    assert editor.count == 1  # only Dupont has a last inbound contact
    editor.inbound.use_from.setChecked(False)
    editor.consent.setCurrentIndex(1)  # consent with proof: nobody
    _settle(qtbot, editor)
    assert editor.count == 0
    editor.consent.setCurrentIndex(2)
    editor.source_types.boxes["manual"].setChecked(True)
    claire = find_contact_id(ws, "claire.martin@exemple.fr")
    batch = contact_sources(ws, claire)[0]["id"]  # her own "entered by hand" source
    editor.batches.set_checked(batch)
    _settle(qtbot, editor)
    assert editor.count == 1

    assert editor.segment_filter() == SegmentFilter(
        functions=("executive", "finance"),
        countries=("FR",),
        source_types=("manual",),
        source_ids=(batch,),
        consent=False,
    )


def test_saving_names_checks_and_stores_the_segment(qtbot: Any, filled_ws: Any) -> None:
    editor = _editor(qtbot, filled_ws)
    editor.countries.set_checked("SE")
    _settle(qtbot, editor)
    assert editor.save() is False  # no name yet
    assert editor.name_error.isVisibleTo(editor)
    assert "name" in editor.name_error.text()

    editor.name.setText("  Sweden ")
    assert editor.save() is True
    saved = segments.get_segment(filled_ws, "Sweden")
    assert saved.filter == SegmentFilter(countries=("SE",))
    assert editor.segment_id == saved.id

    again = _editor(qtbot, filled_ws)
    again.name.setText("Sweden")
    assert again.save() is False
    assert "already exists" in again.name_error.text()


def test_editing_a_segment_shows_its_criteria_and_renames_it(qtbot: Any, filled_ws: Any) -> None:
    f = SegmentFilter(
        functions=("purchasing",),
        seniorities=("director", "manager"),
        countries=("SE", "DK"),  # DK: no contact has it, but it must stay visible to untick
        collected_from="2026-01-01",
        company="acme",
        source_ids=(999,),  # a batch undone since: shown, ticked, kept unless unticked
    )
    segment_id = segments.save_segment(filled_ws, "Buyers", f)
    editor = _editor(qtbot, filled_ws, segments.get_segment(filled_ws, "Buyers"))
    assert editor.windowTitle() == "Segment “Buyers”"
    assert editor.segment_filter() == f
    assert editor.count == 0  # no contact comes from batch 999
    assert editor.batches.item(editor.batches.count() - 1).text() == "#999 (undone)"
    editor.batches.set_checked(999, False)
    _settle(qtbot, editor)
    assert editor.count == 1  # Olof Lind, Inköpschef at Acme Nordic
    f = replace(f, source_ids=())
    assert editor.delete_button.isVisible()

    editor.name.setText("Nordic buyers")
    assert editor.save()
    assert [s.name for s in segments.list_segments(filled_ws)] == ["Nordic buyers"]
    assert segments.get_segment(filled_ws, "Nordic buyers").id == segment_id


def test_impossible_dates_are_pointed_out(qtbot: Any, filled_ws: Any) -> None:
    editor = _editor(qtbot, filled_ws)
    editor.collected.use_from.setChecked(True)
    editor.collected.use_to.setChecked(True)
    editor.collected.date_to.setDate(editor.collected.date_from.date().addDays(-1))
    _settle(qtbot, editor)
    assert editor.problem.isVisibleTo(editor)
    assert "after the “to” date" in editor.problem.text()
    assert editor.count == 0


def test_deleting_from_the_editor_asks_first(
    qtbot: Any, filled_ws: Any, answer_dialog: Any
) -> None:
    segments.save_segment(filled_ws, "France", SegmentFilter(countries=("FR",)))
    editor = _editor(qtbot, filled_ws, segments.get_segment(filled_ws, "France"))
    seen = answer_dialog("Cancel")
    editor.delete()
    assert seen["clicked"] and segments.list_segments(filled_ws)
    seen = answer_dialog("Yes")
    editor.delete()
    assert "no contact is deleted" in seen["text"]
    assert editor.deleted and segments.list_segments(filled_ws) == []


# ---------------------------------------------------------------------------- sidebar
@pytest.fixture
def with_segments(filled_ws: Any) -> Any:
    segments.save_segment(filled_ws, "Sweden", SegmentFilter(countries=("SE",)))
    segments.save_segment(filled_ws, "Finance", SegmentFilter(functions=("finance",)))
    return filled_ws


def _sidebar_ready(qtbot: Any, window: Any) -> Any:
    sidebar = window.segments
    qtbot.waitUntil(lambda: not sidebar.is_counting(), timeout=5000)
    return sidebar


def test_the_sidebar_lists_segments_with_counts_and_a_click_filters_contacts(
    qtbot: Any, with_segments: Any, window: Any
) -> None:
    sidebar = _sidebar_ready(qtbot, window)
    texts = [sidebar.list.item(i).text() for i in range(sidebar.list.count())]
    assert texts == ["Finance  (1)", "Sweden  (2)"]

    item = sidebar.list.item(1)
    rect = sidebar.list.visualItemRect(item)
    qtbot.mouseClick(sidebar.list.viewport(), Qt.LeftButton, pos=rect.center())
    page = window.page("contacts")
    assert window.stack.currentWidget() is page
    assert page.model.rowCount() == 2
    assert page.segment_bar.isVisible()
    assert page.segment_label.text() == "Segment “Sweden”: 2 contacts"
    assert page.status_text() == "2 of 5 contacts in the segment"
    emails = {page.model.data(page.model.index(r, 0)) for r in range(2)}
    assert emails == {"anna.berg@example.se", "olof.lind@example.se"}

    # The search applies inside the segment.
    page.search.setText("berg")
    page.apply_search()
    assert page.model.rowCount() == 1
    page.search.clear()
    page.apply_search()

    qtbot.mouseClick(page.clear_segment_button, Qt.LeftButton)
    assert page.model.rowCount() == 5
    assert not page.segment_bar.isVisible()


def test_an_empty_segment_shows_an_empty_table_not_the_first_run_offer(
    qtbot: Any, filled_ws: Any, window: Any
) -> None:
    segments.save_segment(filled_ws, "Nobody", SegmentFilter(countries=("JP",)))
    window.refresh_pages()
    sidebar = _sidebar_ready(qtbot, window)
    sidebar.choose(segments.get_segment(filled_ws, "Nobody").id)
    page = window.page("contacts")
    assert page.model.rowCount() == 0
    assert page._table_stack.currentWidget() is page.table
    assert "0 contacts" in page.segment_label.text()


def test_deleting_or_renaming_the_shown_segment_updates_the_contacts_page(
    qtbot: Any, with_segments: Any, window: Any, answer_dialog: Any
) -> None:
    sidebar = _sidebar_ready(qtbot, window)
    sweden = segments.get_segment(with_segments, "Sweden")
    sidebar.choose(sweden.id)
    page = window.page("contacts")
    assert page.model.rowCount() == 2

    def rename() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, rename)
            return
        dialog.setTextValue("Swedish contacts")
        dialog.accept()

    QTimer.singleShot(0, rename)
    sidebar.rename_segment(sweden)
    assert page.segment_name == "Swedish contacts"
    assert page.model.rowCount() == 2
    _sidebar_ready(qtbot, window)
    assert "Swedish contacts  (2)" in [sidebar.list.item(i).text() for i in range(2)]

    seen = answer_dialog("Yes")
    sidebar.delete_segment(segments.get_segment(with_segments, "Swedish contacts"))
    assert "Swedish contacts" in seen["text"]
    assert page.segment_name is None
    assert page.model.rowCount() == 5
    assert sidebar.segment_names() == ["Finance"]


def test_counts_follow_the_workspace(qtbot: Any, with_segments: Any, window: Any) -> None:
    sidebar = _sidebar_ready(qtbot, window)
    changed: list[bool] = []
    window.workspace_changed.connect(lambda: changed.append(True))
    add_contact(with_segments, {"email": "ny@example.se", "country": "SE"})
    window.refresh_pages()
    _sidebar_ready(qtbot, window)
    assert changed
    assert sidebar.counts[segments.get_segment(with_segments, "Sweden").id] == 3


def test_screenshot_of_the_segments(qtbot: Any, ws: Any) -> None:
    from gui.main_window import MainWindow
    from storage.demo import load_demo

    load_demo(ws, n=300)
    segments.save_segment(
        ws,
        "Finance directors, France",
        SegmentFilter(functions=("finance",), seniorities=("director",), countries=("FR",)),
    )
    segments.save_segment(
        ws, "Swedish sales", SegmentFilter(functions=("sales",), countries=("SE",))
    )
    win = MainWindow(ws)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    sidebar = _sidebar_ready(qtbot, win)
    sidebar.choose(segments.get_segment(ws, "Finance directors, France").id)
    assert (
        win.page("contacts").model.rowCount()
        == sidebar.counts[segments.get_segment(ws, "Finance directors, France").id]
    )
    qtbot.wait(50)  # the status bar lays out its new text
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert win.grab().save(str(SHOTS / "segment_contacts.png"))
    editor = _editor(qtbot, ws, segments.get_segment(ws, "Finance directors, France"))
    assert editor.grab().save(str(SHOTS / "segment_editor.png"))
    editor.reject()
    win.close()


def test_counts_follow_an_edit_and_a_delete_on_the_contacts_page(
    qtbot: Any, with_segments: Any, window: Any, answer_dialog: Any
) -> None:
    """Saving one contact in the detail panel, or deleting one, updates the sidebar's counts
    (not only imports and other whole-workspace changes)."""
    from PySide6.QtWidgets import QLineEdit, QPushButton

    from .test_contacts_window import select_email

    sidebar = _sidebar_ready(qtbot, window)
    sweden = segments.get_segment(with_segments, "Sweden").id
    assert sidebar.counts[sweden] == 2
    page = window.page("contacts")
    select_email(qtbot, page, "olof.lind@example.se")
    country = page.detail.editor("country")
    assert isinstance(country, QLineEdit)
    country.clear()
    qtbot.keyClicks(country, "FR")
    save = next(b for b in page.detail.findChildren(QPushButton) if b.text() == "Save")
    qtbot.mouseClick(save, Qt.LeftButton)
    qtbot.waitUntil(lambda: sidebar.counts.get(sweden) == 1, timeout=5000)
    assert any("Sweden  (1)" == sidebar.list.item(i).text() for i in range(sidebar.list.count()))

    select_email(qtbot, page, "anna.berg@example.se")
    seen = answer_dialog("Delete")
    qtbot.mouseClick(page.delete_button, Qt.LeftButton)
    assert seen["clicked"] == "Delete"
    qtbot.waitUntil(lambda: sidebar.counts.get(sweden) == 0, timeout=5000)
