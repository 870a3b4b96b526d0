"""The breach log as a document, in English, French and Swedish (compliance.breach_record)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from compliance import breach_record

UTC = dt.UTC
NOTICED = dt.datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
NOW = dt.datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


@dataclass(frozen=True)
class FakeBreach:
    id: int = 3
    noticed_at: dt.datetime = NOTICED
    facts: str = "A laptop with an <export> was stolen."
    data_categories: str | None = "names, e-mail addresses"
    people_categories: str | None = None
    people_count: int | None = 120
    records_count: int | None = None
    consequences: str | None = None
    risk: str | None = "risk"
    measures: str | None = None
    authority_notified_at: dt.datetime | None = None
    delay_reason: str | None = None
    people_notified_at: dt.datetime | None = None
    affected: int = 0


def _keys(data: dict, prefix: str = "") -> set[str]:
    out: set[str] = set()
    for key, value in data.items():
        out |= _keys(value, f"{prefix}{key}.") if isinstance(value, dict) else {prefix + key}
    return out


def test_the_three_languages_have_the_same_texts() -> None:
    english = _keys(breach_record.texts("en"))
    assert _keys(breach_record.texts("fr")) == english
    assert _keys(breach_record.texts("sv")) == english
    with pytest.raises(ValueError):
        breach_record.texts("de")


@pytest.mark.parametrize(
    ("language", "title", "noticed", "waiting"),
    [
        ("en", "Personal data breach log", "25 November 2026 at 09:00", "the deadline is 28"),
        ("fr", "Registre des violations", "25 novembre 2026 à 09:00", "échéance le 28 novembre"),
        ("sv", "personuppgiftsincidenter", "25 november 2026 kl. 09:00", "senast 28 november"),
    ],
)
def test_each_document_is_written_in_its_own_language(
    language: str, title: str, noticed: str, waiting: str
) -> None:
    page = breach_record.render_html(
        [FakeBreach()], language, today=dt.date(2026, 11, 27), now=NOW, controller=("Acme SAS",)
    )
    assert f'<html lang="{language}">' in page
    assert title in page and noticed in page and waiting in page
    assert "Acme SAS" in page and "120" in page
    assert "&lt;export&gt;" in page and "<export>" not in page  # the user's text is escaped
    if language != "en":
        english = breach_record.texts("en")
        for label in english["labels"].values():
            assert f"<th>{label}</th>" not in page
        assert english["not_given"] not in page


def test_what_the_authority_and_the_people_were_told() -> None:
    def line(breach: FakeBreach, now: dt.datetime = NOW) -> dict[str, str]:
        section = breach_record.breach_section(breach, now, "en")
        return dict(section.table)

    assert "not told yet" in line(FakeBreach())["Supervisory authority"]
    overdue = line(FakeBreach(), dt.datetime(2026, 11, 29, tzinfo=UTC))
    assert "the deadline was 28 November 2026 at 09:00" in overdue["Supervisory authority"]
    low = line(FakeBreach(risk="low"))
    assert "unlikely to result in a risk" in low["Supervisory authority"]
    late = line(
        FakeBreach(
            authority_notified_at=dt.datetime(2026, 11, 28, 10, 0, tzinfo=UTC),
            delay_reason="Confirmed by the police only then.",
        )
    )
    assert "more than 72 hours" in late["Supervisory authority"]
    assert late["Reasons for the delay"] == "Confirmed by the police only then."
    assert "must be told" in line(FakeBreach(risk="high"))["The people concerned"]
    assert "not high" in line(FakeBreach(risk="low"))["The people concerned"]
    told = line(FakeBreach(risk="high", people_notified_at=NOW))["The people concerned"]
    assert told == "told on 27 November 2026 at 09:00"


def test_an_empty_log_says_so() -> None:
    page = breach_record.render_html([], "fr", today=dt.date(2026, 11, 27), now=NOW)
    assert "Aucune violation" in page and "<h2>" not in page
