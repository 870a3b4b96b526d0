"""The breaches page writes the log as a document in the language chosen for that document."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from storage import breaches

UTC = dt.UTC


def test_the_breach_shown_exported_in_swedish_from_an_english_window(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    ws = window.ws
    now = dt.datetime.now(UTC)
    first = breaches.record_breach(ws, noticed_at=now, facts="A laptop was stolen.", now=now)
    second = breaches.record_breach(ws, noticed_at=now, facts="A misdirected e-mail.", now=now)
    page = window.show_page("breaches")
    page.refresh()
    page.show_breach(second)
    assert page.document_language.currentData() == "en"  # the interface's language first
    page.document_language.setCurrentIndex(page.document_language.findData("sv"))
    page.only_shown.setChecked(True)
    assert page.export_to(tmp_path / "incident.html")
    text = (tmp_path / "incident.html").read_text(encoding="utf-8")
    assert "Förteckning över personuppgiftsincidenter" in text
    assert f"Incident nr {second}" in text and f"Incident nr {first}" not in text
    page.only_shown.setChecked(False)
    page.document_language.setCurrentIndex(page.document_language.findData("fr"))
    assert page.export_to(tmp_path / "registre.pdf")
    assert (tmp_path / "registre.pdf").read_bytes().startswith(b"%PDF")
