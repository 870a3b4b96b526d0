"""The breach log written as a document (HTML, or PDF through the GUI), in the chosen language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from storage import breaches
from storage.errors import UsageError
from storage.workspace import Workspace

UTC = dt.UTC
NOTICED = dt.datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
NOW = dt.datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


def _record(ws: Workspace, facts: str) -> int:
    return breaches.record_breach(ws, noticed_at=NOTICED, facts=facts, now=NOW, risk="risk")


def test_the_log_in_swedish_and_one_breach_in_french(ws: Workspace, tmp_path: Path) -> None:
    first = _record(ws, "A laptop was stolen.")
    second = _record(ws, "An export was sent to the wrong address.")
    path = breaches.write_document(ws, tmp_path / "log.html", "sv", now=NOW)
    page = path.read_text(encoding="utf-8")
    assert '<html lang="sv">' in page and "Förteckning över personuppgiftsincidenter" in page
    assert "A laptop was stolen." in page and "An export was sent" in page
    one = breaches.write_document(
        ws, tmp_path / "one.html", "fr", breach_ids=[second], now=NOW
    ).read_text(encoding="utf-8")
    assert f"Violation n° {second}" in one and f"Violation n° {first}" not in one
    audit = ws.conn.execute(
        "SELECT details_json FROM audit_log WHERE action = 'breach.log_exported' ORDER BY id"
    ).fetchall()
    assert len(audit) == 2 and '"language": "fr"' in audit[1][0] and '"breaches": 1' in audit[1][0]
    assert "stolen" not in audit[0][0]  # ids and counts only


def test_pdf_goes_through_the_writer_and_other_suffixes_are_refused(
    ws: Workspace, tmp_path: Path
) -> None:
    _record(ws, "A laptop was stolen.")
    with pytest.raises(UsageError):
        breaches.write_document(ws, tmp_path / "log.pdf", "en")
    with pytest.raises(UsageError):
        breaches.write_document(ws, tmp_path / "log.txt", "en")
    written: list[tuple[str, Path]] = []
    breaches.write_document(
        ws, tmp_path / "log.pdf", "en", pdf_writer=lambda html, out: written.append((html, out))
    )
    assert written and "Personal data breach log" in written[0][0]
    assert not (tmp_path / "log.txt").exists()
