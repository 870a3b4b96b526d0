"""Numbers and dates shown as the user's locale writes them (gui/formatting.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from gui.formatting import format_count, format_date, format_datetime, format_percent

NBSP = "\u00a0"
NNBSP = "\u202f"


@pytest.fixture
def locale() -> Iterator[Any]:
    previous = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(previous)


def _plain(text: str) -> str:
    """Qt groups French and Swedish digits with a (narrow) no-break space."""
    return text.replace(NBSP, " ").replace(NNBSP, " ")


@pytest.mark.parametrize(
    ("name", "count", "date", "moment"),
    [
        ("fr_FR", "1 234 567", "28/11/2026", "28/11/2026 09:30"),
        ("sv_SE", "1 234 567", "2026-11-28", "2026-11-28 09:30"),
        ("en_GB", "1,234,567", "28/11/2026", "28/11/2026 09:30"),
    ],
)
def test_counts_dates_and_moments_follow_the_default_locale(
    locale: Any, name: str, count: str, date: str, moment: str
) -> None:
    locale(name)
    assert _plain(format_count(1234567)) == count
    assert format_date("2026-11-28") == date
    assert format_date(dt.date(2026, 11, 28)) == date
    naive = "2026-11-28T09:30:00"
    assert format_datetime(naive) == moment
    assert format_date(naive) == date
    assert format_datetime(naive, seconds=True) == moment + ":00"
    # A moment with its zone is shown in local time.
    aware = dt.datetime(2026, 11, 28, 9, 30, tzinfo=dt.UTC)
    local = aware.astimezone()
    assert format_datetime(aware.isoformat()).endswith(f"{local.hour:02d}:{local.minute:02d}")


def test_what_is_not_a_date_is_shown_as_it_is(locale: Any) -> None:
    locale("fr_FR")
    assert format_date(None) == "" and format_date("") == ""
    assert format_date("someday") == "someday"
    assert format_count(None) == ""
    assert _plain(format_percent(0.42)) == "42 %"
    locale("en_GB")
    assert format_percent(0.42) == "42%"


def test_without_a_locale_the_neutral_forms_stay(locale: Any) -> None:
    locale("C")
    assert format_count(1234567) == "1,234,567"
    assert format_date("2026-11-28T09:30:00") == "2026-11-28"
    assert format_datetime("2026-11-28T09:30:00") == "2026-11-28 09:30"


def test_the_contacts_table_and_the_status_bar_show_french_dates(
    locale: Any, qtbot: Any, filled_ws: Any
) -> None:
    from gui.main_window import MainWindow
    from storage.contacts import TABLE_COLUMNS

    locale("fr_FR")
    window = MainWindow(filled_ws, as_of=dt.date(2026, 11, 28))
    qtbot.addWidget(window)
    labels = [w.text() for w in window.statusBar().findChildren(type(window._counts))]
    assert "As of 28/11/2026" in labels
    model = window.page("contacts").table.model()
    column = TABLE_COLUMNS.index("created_at")
    shown = model.index(0, column).data()
    assert shown and "/" in shown and len(shown) == 10 and "-" not in shown
