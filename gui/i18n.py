"""The interface language: English, French or Swedish, following the system unless the user chose.

The choice is kept in QSettings under `LANGUAGE_KEY`: "" follows the system, "en", "fr" or "sv"
names a language. `install_translators` installs Clearlist's translation
(`resources/translations/clearlist_<lang>.qm`) and Qt's own (`qtbase_<lang>.qm`: standard
buttons, file dialogs, context menus), and makes the matching QLocale the default, so that dates
and numbers (gui/formatting.py) follow the language shown.

The locale keeps the system's territory when that language exists there (a Belgian system shows
French with Belgian formats; English on a Swedish system writes dates as 2026-11-28), and takes the
language's own defaults otherwise.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGE_KEY = "ui/language"
LANGUAGES: tuple[str, ...] = ("en", "fr", "sv")
# Each language named in its own words (not translated: people look for their own language).
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "fr": "Français", "sv": "Svenska"}
SYSTEM_LABEL = QT_TRANSLATE_NOOP("i18n", "System ({language})")

_QT_LANGUAGES = {QLocale.English: "en", QLocale.French: "fr", QLocale.Swedish: "sv"}
_LOCALE_LANGUAGES = {code: language for language, code in _QT_LANGUAGES.items()}
# Translators installed by the last install_translators(), removed by the next one.
_installed: list[QTranslator] = []


def saved_language() -> str:
    """The user's choice: "" (follow the system), "en", "fr" or "sv"."""
    value = QSettings().value(LANGUAGE_KEY, "")
    return value if isinstance(value, str) and value in LANGUAGES else ""


def save_language(language: str) -> None:
    if language and language not in LANGUAGES:
        raise ValueError(f"unknown interface language {language!r}")
    settings = QSettings()
    settings.setValue(LANGUAGE_KEY, language)
    settings.sync()


def system_language() -> str:
    """The first of the system's preferred languages that Clearlist speaks; English otherwise."""
    for name in QLocale.system().uiLanguages():
        code = _QT_LANGUAGES.get(QLocale(name).language())
        if code:
            return code
    return "en"


def effective_language(language: str) -> str:
    """The language shown for a setting ("" resolves to the system's)."""
    return language if language in LANGUAGES else system_language()


def current_language() -> str:
    """The language the interface speaks now (from the default locale): the natural first
    choice for a document's language."""
    return _QT_LANGUAGES.get(QLocale().language(), "en")


def locale_for(language: str) -> QLocale:
    """The locale dates and numbers are written in when the interface speaks `language`."""
    code = effective_language(language)
    wanted = _LOCALE_LANGUAGES[code]
    system = QLocale.system()
    if system.language() == wanted:
        return system
    # The language in the system's country when Qt knows that pair (English in Sweden)...
    local = QLocale(wanted, system.territory())
    if system.territory() != QLocale.AnyTerritory and local.territory() == system.territory():
        return local
    # ...otherwise the language's own country. English then writes dates day first, as the
    # rest of Europe, where Clearlist's users are (not the American 11/28/26).
    if code == "en":
        return QLocale(QLocale.English, QLocale.UnitedKingdom)
    return QLocale(wanted)


def install_translators(app: QCoreApplication, language: str) -> QLocale:
    """Translate the interface into `language` ("" = the system's) and make its locale the
    default. Calling it again replaces the previous translators. Returns the locale."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = locale_for(language)
    QLocale.setDefault(locale)
    code = effective_language(language)
    if code == "en":
        return locale  # the source texts are English: nothing to load
    # A plain copy of the locale: the system locale's uiLanguages() lists every language the
    # user prefers, and loading by it could pick a file of another language.
    plain = QLocale(locale.language(), locale.territory())
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.TranslationsPath)),
        ("clearlist", str(TRANSLATIONS)),
    ):
        translator = QTranslator(app)
        if translator.load(plain, name, "_", folder) and app.installTranslator(translator):
            _installed.append(translator)
    return locale


def menu_label(language: str) -> str:
    """How a setting reads in the Language menu: "System (Svenska)", "English", ..."""
    if language in LANGUAGES:
        return LANGUAGE_NAMES[language]
    return QCoreApplication.translate("i18n", SYSTEM_LABEL).format(
        language=LANGUAGE_NAMES[system_language()]
    )
