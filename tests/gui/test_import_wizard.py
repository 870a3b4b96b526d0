"""The import wizard, driven page by page with real widgets (offscreen)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from gui.import_wizard import ImportWizard
from storage.contacts import find_contact_id, get_contact

from .shots import SHOTS

ROWS = [
    ["Fichier exporté du salon"],
    ["Courriel", "Prénom", "Nom", "Société", "Téléphone", "Religion", "Pointure"],
    ["jean@firm.fr", "Jean", "Dupont", "Firm", "06 12 34 56 78", "x", "42"],
    ["asa@foretag.se", "Åsa", "Ström", "Företag", "+46 70 123 45 67", "y", "38"],
    ["broken", "B", "R", "K", "", "", ""],
]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, delimiter=";").writerows(rows)
    return path


def open_wizard(qtbot: Any, ws: Any, path: Path) -> ImportWizard:
    wizard = ImportWizard(ws, path)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=10_000)
    return wizard


def through_source(qtbot: Any, wizard: ImportWizard, **answers: Any) -> None:
    wizard.next()  # sheet and header
    assert wizard.currentId() == wizard.PAGE_SHEET
    wizard.next()  # mapping
    assert wizard.currentId() == wizard.PAGE_MAPPING
    wizard.next()  # source
    assert wizard.currentId() == wizard.PAGE_SOURCE
    wizard.source_page.set_answers(
        answers.pop("origin", "trade_show"), answers.pop("name", "Salon RH 2026"), **answers
    )
    assert wizard.source_page.isComplete()


def test_full_import_then_undo(qtbot: Any, ws: Any, tmp_path: Path) -> None:
    wizard = open_wizard(qtbot, ws, write_csv(tmp_path / "salon.csv", ROWS))
    assert (
        "UTF-8" in wizard.file_page.status.text() and "semicolons" in wizard.file_page.status.text()
    )
    wizard.next()
    assert wizard.header_row == 2  # the title line above the table is skipped
    wizard.next()
    mapping = wizard.mapping_page
    choices = mapping.choices()
    assert choices["Courriel"] == "email" and choices["Téléphone"] == "phone"
    assert choices["Religion"] is None and choices["Pointure"] is None
    assert "never imported" in mapping.table.item(5, 2).text()
    assert "looks like religious data" in mapping.summary.text()
    wizard.next()
    wizard.source_page.set_answers("trade_show", "Salon RH 2026", consented="no", informed="yes")
    assert "legitimate interest" in wizard.source_page.result.text()
    wizard.next()
    assert wizard.currentId() == wizard.PAGE_PREVIEW
    qtbot.waitUntil(lambda: wizard.preview is not None, timeout=20_000)
    page = wizard.preview_page
    assert page.findChild(type(page.warnings), "count_imported").text() == "2"
    assert page.table.rowCount() == 2
    assert page.table.item(0, 5).text() == "+33612345678"
    assert ws.contact_count() == 0  # a preview saves nothing
    wizard.next()  # Import
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.PAGE_SUMMARY, timeout=30_000)
    report = wizard.report
    assert report.contract_json()["imported"] == 2
    assert report.rejected == {"INVALID_EMAIL": 1}
    jean = get_contact(ws, find_contact_id(ws, "jean@firm.fr"))
    assert (jean["phone"], jean["lawful_basis"], jean["informed_at_collection"]) == (
        "+33612345678", "legitimate_interest", 1)  # fmt: skip
    summary = wizard.summary_page
    assert summary.table.rowCount() == 1
    assert "Rejected rows (invalid e-mail address: 1)" in summary.rejected_label.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert wizard.grab().save(str(SHOTS / "import_summary.png"))
    assert (
        summary.table.item(0, 1).text() == "invalid e-mail address"
    )  # the reason in words; the saved file keeps the code
    saved = summary.save_to(tmp_path / "rejected.csv")
    assert saved is not None and "INVALID_EMAIL" in saved.read_text("utf-8-sig")
    summary.start_undo()
    qtbot.waitUntil(lambda: summary.undone is not None, timeout=10_000)
    assert ws.contact_count() == 0


def test_changing_a_mapping_and_the_address_column_is_required(
    qtbot: Any, ws: Any, tmp_path: Path
) -> None:
    wizard = open_wizard(qtbot, ws, write_csv(tmp_path / "salon.csv", ROWS))
    wizard.next()
    wizard.next()
    mapping = wizard.mapping_page
    mapping.set_field("Courriel", None)
    assert not mapping.isComplete()
    assert "Choose the column that holds the e-mail addresses" in mapping.summary.text()
    mapping.set_field("Courriel", "email")
    mapping.set_field("Pointure", "notes")
    assert mapping.isComplete()
    assert mapping.choices()["Pointure"] == "notes"
    # A field goes to one column only: choosing it elsewhere takes it away.
    mapping.set_field("Nom", "first_name")
    assert mapping.choices()["Prénom"] is None


def test_an_unreadable_file_says_why_and_stops_there(qtbot: Any, ws: Any, tmp_path: Path) -> None:
    path = tmp_path / "garbage.csv"
    path.write_bytes(b"\x00\x01\x02" * 1000)
    wizard = ImportWizard(ws, path)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.file_page.error is not None, timeout=10_000)
    assert "NUL" in wizard.file_page.status.text()
    assert not wizard.file_page.isComplete()


def test_cancel_during_the_import_leaves_the_workspace_as_it_was(
    qtbot: Any, ws: Any, tmp_path: Path
) -> None:
    rows = [["email", "first_name"]] + [[f"p{i}@firm.fr", f"P{i}"] for i in range(40_000)]
    wizard = open_wizard(qtbot, ws, write_csv(tmp_path / "big.csv", rows))
    through_source(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview is not None, timeout=60_000)
    before = ws.conn.execute("SELECT count(*) FROM sources").fetchone()[0]
    wizard.next()  # the run starts; cancel at once
    wizard.run_page.stop()
    qtbot.waitUntil(lambda: wizard.run_page.outcome is not None, timeout=60_000)
    assert wizard.run_page.outcome == "cancelled"
    assert "nothing was imported" in wizard.run_page.status.text()
    assert ws.contact_count() == 0
    assert ws.conn.execute("SELECT count(*) FROM sources").fetchone()[0] == before


@pytest.mark.parametrize("how", ["menu", "drop"])
def test_the_main_window_opens_the_wizard(
    qtbot: Any, window: Any, tmp_path: Path, how: str
) -> None:
    path = write_csv(tmp_path / "salon.csv", ROWS)
    if how == "menu":
        window.open_import(path)
    else:
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(path))])
        event = QDropEvent(QPointF(10, 10), Qt.CopyAction, data, Qt.LeftButton, Qt.NoModifier)
        window.dropEvent(event)
    wizards = window.findChildren(ImportWizard)
    assert len(wizards) == 1 and wizards[0].path == path
    wizard = wizards[0]
    assert wizard.isVisible() and wizard.isModal()
    qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=10_000)
    wizard.reject()
    wizard.deleteLater()


def test_earlier_imports_can_be_undone_later(qtbot: Any, ws: Any, tmp_path: Path) -> None:
    from storage.importer import ImportOptions, run_import

    path = write_csv(tmp_path / "salon.csv", ROWS)
    report = run_import(ws, path, ImportOptions(source_type="trade_show", source_name="Salon"))
    assert ws.contact_count() == 2
    wizard = ImportWizard(ws, None)
    qtbot.addWidget(wizard)
    wizard.show()
    refreshed: list[object] = []
    wizard.imported.connect(refreshed.append)
    dialog = wizard.file_page.show_history()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 3).text() == "salon.csv"
    dialog.table.selectRow(0)
    assert dialog.undo.isEnabled()
    dialog.undo_batch(report.batch_id)
    qtbot.waitUntil(lambda: dialog.last_undo is not None, timeout=10_000)
    assert ws.contact_count() == 0
    assert dialog.table.item(0, 5).text()  # marked undone
    assert not dialog.undo.isEnabled()
    assert refreshed == [None]
    dialog.close()


def test_the_same_file_again_is_pointed_out_before_it_runs(
    qtbot: Any, ws: Any, tmp_path: Path
) -> None:
    from storage.importer import ImportOptions, run_import

    path = write_csv(tmp_path / "salon.csv", ROWS)
    first = run_import(ws, path, ImportOptions(source_type="trade_show", source_name="Salon"))
    wizard = open_wizard(qtbot, ws, path)
    through_source(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview is not None, timeout=20_000)
    notice = wizard.preview_page.notice
    assert notice.isVisible()
    assert f"batch {first.batch_id}" in notice.text() and "already imported" in notice.text()
    # Nothing new; the answers fill what the first import left empty (audience, basis).
    assert wizard.preview.imported == 0
    assert wizard.preview.updated + wizard.preview.duplicates == 2


def test_a_second_column_for_a_field_says_where_the_field_comes_from(
    qtbot: Any, ws: Any, tmp_path: Path
) -> None:
    rows = [["Courriel", "Work e-mail (perso)"], ["a@firm.fr", "b@else.fr"]]
    wizard = open_wizard(qtbot, ws, write_csv(tmp_path / "two.csv", rows))
    wizard.next()
    wizard.next()
    table = wizard.mapping_page.table
    assert wizard.mapping_page.choices() == {"Courriel": "email", "Work e-mail (perso)": None}
    assert (
        table.item(1, 3).text() == "'E-mail' comes from 'Courriel'"
    )  # the field as the contacts panel names it
