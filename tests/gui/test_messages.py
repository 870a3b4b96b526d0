"""Sentences from storage and compliance reach the user in their language (gui/messages.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from gui.messages import TEMPLATES, translate_message
from storage.errors import UserError
from tests.gui.storage_sentences import sentences

FAKE_FRENCH = {
    "{name} is empty: there is nothing to import.": "{name} est vide : rien à importer.",
    "The segment '{name}' cannot be used: {exc}": "Le segment « {name} » est inutilisable : {exc}",
    "consent must be true, false or absent.": "consent vaut true, false ou rien.",
    "Give the segment a name.": "Donnez un nom au segment.",
}


class FakeTranslator(QTranslator):
    """The 'messages' context of a French translation, without depending on the real one."""

    def translate(self, context: str, source: str, disambiguation: Any = None, n: int = -1) -> Any:
        if context == "messages" and source in FAKE_FRENCH:
            return FAKE_FRENCH[source]
        return None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


@pytest.fixture
def fake_french(qapp: QApplication) -> Iterator[None]:
    translator = FakeTranslator(qapp)
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_every_sentence_storage_and_compliance_can_show_is_listed_for_translation() -> None:
    found = sentences()
    missing = sorted(set(found) - set(TEMPLATES))
    stale = sorted(set(TEMPLATES) - set(found))
    assert not missing and not stale, (
        "gui/messages.py is out of date: run `python -m tests.gui.storage_sentences --write` "
        f"and `ruff format gui/messages.py`.\nMissing: {missing[:5]}\nNo longer made: {stale[:5]}"
    )
    assert len(TEMPLATES) > 100  # the scan found the sentences (a broken scan finds none)


@pytest.mark.usefixtures("fake_french")
def test_a_sentence_with_values_is_translated_and_keeps_its_values() -> None:
    assert translate_message("Give the segment a name.") == "Donnez un nom au segment."
    assert translate_message("salon 2026.csv is empty: there is nothing to import.") == (
        "salon 2026.csv est vide : rien à importer."
    )
    # A sentence inside a sentence is translated too.
    assert (
        translate_message(
            "The segment 'Paris' cannot be used: consent must be true, false or absent."
        )
        == "Le segment « Paris » est inutilisable : consent vaut true, false ou rien."
    )
    # Not listed: shown as it is.
    assert translate_message("Something unheard of.") == "Something unheard of."
    assert translate_message("") == ""


@pytest.mark.usefixtures("fake_french")
def test_a_background_job_that_fails_shows_the_translated_sentence(qtbot: Any) -> None:
    from gui.workers import Job

    def work(on_progress: Any, is_cancelled: Any) -> None:
        raise UserError("list.csv is empty: there is nothing to import.")

    job = Job(work)
    with qtbot.waitSignal(job.failed, timeout=10_000) as blocker:
        job.start()
    assert blocker.args == ["list.csv est vide : rien à importer.", False]


def test_without_a_translation_the_english_sentence_is_shown(qapp: QApplication) -> None:
    text = "list.csv is empty: there is nothing to import."
    assert QCoreApplication.translate("messages", "{name} is empty: there is nothing to import.")
    assert translate_message(text) == text
