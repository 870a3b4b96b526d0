"""The interface language: the setting, the translators (ours and Qt's), the default locale."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from gui import i18n


@pytest.fixture(autouse=True)
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    """Leave no translator and the default locale as it was, for the tests that follow."""
    previous = QLocale()
    yield
    i18n.install_translators(qapp, "en")
    QLocale.setDefault(previous)


def _buttons() -> list[str]:
    box = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
    return [button.text().replace("&", "") for button in box.buttons()]


def test_the_setting_is_kept_and_unknown_values_follow_the_system() -> None:
    assert i18n.saved_language() == ""
    i18n.save_language("sv")
    assert i18n.saved_language() == "sv"
    QSettings().setValue(i18n.LANGUAGE_KEY, "de")
    assert i18n.saved_language() == ""
    with pytest.raises(ValueError):
        i18n.save_language("de")


@pytest.mark.parametrize(
    ("language", "contacts", "cancel", "locale_language"),
    [
        ("fr", "Contacts", "Annuler", QLocale.French),
        ("sv", "Kontakter", "Avbryt", QLocale.Swedish),
        ("en", "Contacts", "Cancel", QLocale.English),
    ],
)
def test_our_translation_qts_own_and_the_default_locale_follow_the_choice(
    qapp: QApplication, language: str, contacts: str, cancel: str, locale_language: Any
) -> None:
    locale = i18n.install_translators(qapp, language)
    assert QCoreApplication.translate("MainWindow", "Contacts") == contacts
    assert cancel in _buttons()  # Qt's own strings (qtbase_<lang>.qm)
    assert locale.language() == locale_language
    assert QLocale().language() == locale_language  # the default: what formatting uses


def test_installing_again_replaces_the_previous_language(qapp: QApplication) -> None:
    i18n.install_translators(qapp, "sv")
    i18n.install_translators(qapp, "fr")
    assert QCoreApplication.translate("MainWindow", "Contacts") == "Contacts"
    assert "Annuler" in _buttons() and "Avbryt" not in _buttons()
    i18n.install_translators(qapp, "en")
    assert "Cancel" in _buttons()
    assert QCoreApplication.translate("MainWindow", "Backup") == "Backup"


def test_english_writes_dates_day_first_where_the_system_has_no_english_of_its_own() -> None:
    locale = i18n.locale_for("en")
    assert locale.language() == QLocale.English
    if QLocale.system().language() != QLocale.English:
        assert locale.territory() != QLocale.UnitedStates


def test_the_language_menu_saves_the_choice_and_says_when_it_applies(
    window: Any, answer_dialog: Any
) -> None:
    labels = [action.text() for action in window.language_menu.actions()]
    assert labels[1:] == ["English", "Français", "Svenska"]
    assert labels[0].startswith("System (")
    assert window.language_menu.actions()[0].isChecked()
    seen = answer_dialog("OK")
    french = window.language_menu.actions()[2]
    french.trigger()
    assert i18n.saved_language() == "fr"
    assert "Français" in seen["text"] and "next time" in seen["text"]
    assert french.isChecked()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fr", "Incertain\u00a0: 1\u202f263"),
        ("sv", "Osäker: 1\u00a0263"),
        ("en", "Uncertain: 1,263"),
    ],
)
def test_a_labelled_count_follows_the_language_s_typography(
    qapp: QApplication, language: str, expected: str
) -> None:
    """'Label: n' is written as the language writes it (French: a no-break space before the
    colon), with the number grouped by the locale."""
    from gui.formatting import format_labelled_count

    i18n.install_translators(qapp, language)
    label = {"fr": "Incertain", "sv": "Osäker", "en": "Uncertain"}[language]
    got = format_labelled_count(label, 1263)
    assert got.replace("\u202f", " ").replace("\u00a0", " ") == expected.replace(
        "\u202f", " "
    ).replace("\u00a0", " ")
    if language == "fr":
        assert got.startswith("Incertain\u00a0:")
