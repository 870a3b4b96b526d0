"""The interface is translated into French and Swedish, and the translations are current.

(a) lupdate over gui/*.py finds every translatable string already in the committed .ts,
    translated (no unfinished or empty translation), with the same {placeholders};
(b) the committed .qm is what lrelease makes of the committed .ts (byte for byte);
(c) gui code shows no English literal directly (every visible text goes through tr() or
    QCoreApplication.translate, looked up in the context lupdate files it under);
(d) with the French (Swedish) translation installed, no page of the main window, nor the import
    and export wizards, shows an English text that the .ts translates.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "gui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "sv")
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


def _tool(name: str) -> str:
    """A PySide6 tool: next to this Python (a virtualenv), else on the PATH."""
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    assert found, f"{name} is not installed (it comes with PySide6)"
    return found


def _gui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in GUI.glob("*.py"))


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


# ------------------------------------------------------------------------------------ (a), (b)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_of_the_code_is_in_the_ts_and_translated(
    language: str, tmp_path: Path
) -> None:
    committed = TRANSLATIONS / f"clearlist_{language}.ts"
    updated = tmp_path / committed.name
    shutil.copyfile(committed, updated)
    run = subprocess.run(
        [_tool("pyside6-lupdate"), *_gui_sources(), "-ts", str(updated), "-no-obsolete"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    missing = []
    for context, message in _messages(updated):
        translation = message.find("translation")
        unfinished = translation is not None and translation.get("type") == "unfinished"
        if unfinished or not all(t.strip() for t in _translations(message)):
            missing.append(f"{context}: {message.findtext('source')!r}")
    assert not missing, (
        f"{len(missing)} strings of the interface are not translated into {language} "
        f"(run pyside6-lupdate, translate, pyside6-lrelease):\n" + "\n".join(missing[:40])
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders_of_their_source(language: str) -> None:
    """A translation that renames or drops a {placeholder} would raise KeyError or lose a
    value at run time."""
    wrong = []
    for context, message in _messages(TRANSLATIONS / f"clearlist_{language}.ts"):
        source = message.findtext("source") or ""
        wanted = set(_PLACEHOLDER.findall(source))
        for text in _translations(message):
            if text and set(_PLACEHOLDER.findall(text)) != wanted:
                wrong.append(f"{context}: {source!r} -> {text!r}")
    assert not wrong, "\n".join(wrong[:40])


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_committed_qm_is_compiled_from_the_committed_ts(language: str, tmp_path: Path) -> None:
    ts = TRANSLATIONS / f"clearlist_{language}.ts"
    qm = tmp_path / f"clearlist_{language}.qm"
    run = subprocess.run(
        [_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert qm.read_bytes() == (TRANSLATIONS / qm.name).read_bytes(), (
        f"{qm.name} is out of date: run pyside6-lrelease {ts.relative_to(ROOT)} -qm "
        f"resources/translations/{qm.name}"
    )


# ------------------------------------------------------------------------------------ (c)
# Calls whose arguments at these positions are shown to the user.
TEXT_METHODS: dict[str, tuple[int, ...]] = {
    "setText": (0,),
    "setWindowTitle": (0,),
    "setPlaceholderText": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setTitle": (0,),
    "setSubTitle": (0,),
    "setLabelText": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "setButtonText": (1,),
    "setItemText": (1,),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "setHeaderLabels": (0,),
    "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,),
    "addItem": (0,),
    "addItems": (0,),
    "insertItem": (1,),
    "addTab": (1,),
    "insertTab": (2,),
    "showMessage": (0,),
    "addAction": (0,),
    "addMenu": (0,),
    "addButton": (0,),
    "addRow": (0,),
    "setFormat": (0,),
    "setSpecialValueText": (0,),
    "setPrefix": (0,),
    "setSuffix": (0,),
    "setHtml": (0,),
    "setMarkdown": (0,),
}
TEXT_CLASSES: dict[str, tuple[int, ...]] = {
    "QLabel": (0,),
    "QPushButton": (0,),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QAction": (0,),
    "QMenu": (0,),
    "QCommandLinkButton": (0, 1),
    "QListWidgetItem": (0,),
    "QTableWidgetItem": (0,),
    "QTreeWidgetItem": (0,),
    "QBarSet": (0,),
}
# QMessageBox.warning(parent, title, text), QInputDialog.getText(parent, title, label),
# QFileDialog.getSaveFileName(parent, caption, dir, filter).
STATIC_DIALOGS: dict[tuple[str, str], tuple[int, ...]] = {
    **{
        ("QMessageBox", m): (1, 2)
        for m in ("information", "warning", "critical", "question", "about")
    },
    **{
        ("QInputDialog", m): (1, 2)
        for m in ("getText", "getItem", "getInt", "getDouble", "getMultiLineText")
    },
    **{
        ("QFileDialog", m): (1, 3)
        for m in ("getSaveFileName", "getOpenFileName", "getOpenFileNames")
    },
    ("QFileDialog", "getExistingDirectory"): (1,),
}
TEXT_KEYWORDS = frozenset({"text", "title", "caption", "label", "toolTip"})
# The allowlist: what a literal may hold and still need no translation. Markup, {placeholders}
# and Qt's progress-bar codes (%p%) are dropped; what is left must hold no letter, so digits,
# punctuation and signs ("—", ":", "+", "…", "·", "#") pass. The one word allowed is the
# product's name, which no language translates.
_NOT_LANGUAGE = re.compile(r"<[^>]*>|&[#\w]+;|\{[^{}]*\}|%[pvm]|\bClearlist\b")


def _needs_translation(text: str) -> bool:
    return any(ch.isalpha() for ch in _NOT_LANGUAGE.sub("", text))


def _english_literal(node: ast.AST) -> str | None:
    """The English text `node` shows as it is (not through a translation), or None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if _needs_translation(node.value) else None
    if isinstance(node, ast.JoinedStr):
        parts = "".join(str(v.value) for v in node.values if isinstance(v, ast.Constant))
        return parts if _needs_translation(parts) else None
    if isinstance(node, ast.BinOp):
        return _english_literal(node.left) or _english_literal(node.right)
    if isinstance(node, ast.IfExp):
        return _english_literal(node.body) or _english_literal(node.orelse)
    if isinstance(node, (ast.List, ast.Tuple)):
        return next((t for t in map(_english_literal, node.elts) if t), None)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        if node.func.attr == "format":  # "...".format(...): the literal is shown
            return _english_literal(node.func.value)
    return None


def untranslated_texts(path: Path) -> list[str]:
    """Places in a gui module that show English as it is, or that lupdate cannot match."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    where = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.name
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                call = inner if isinstance(inner, ast.Call) else None
                if (
                    call
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr
                    in (
                        "tr",
                        "translate",
                    )
                ):
                    found.append(
                        f"{where}:{call.lineno}: {ast.unparse(call.func)}() inside an f-string: "
                        "lupdate does not read f-strings, the text never reaches the .ts"
                    )
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute):
            if node.value.attr in ("tr", "translate"):
                found.append(
                    f"{where}:{node.lineno}: alias {ast.unparse(node.value)}: lupdate files "
                    "the calls under no context (or misses them), Qt looks them up under one"
                )
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name):
            owner, name = None, func.id
        elif isinstance(func, ast.Attribute):
            owner = func.value.id if isinstance(func.value, ast.Name) else None
            name = func.attr
        else:
            continue
        if name == "tr" and isinstance(func, ast.Attribute):
            if owner != "self":
                found.append(
                    f"{where}:{node.lineno}: {ast.unparse(func)}(): lupdate files it under "
                    f"'{ast.unparse(func.value)}', Qt looks it up under the object's class"
                )
            elif node.args and not isinstance(node.args[0], ast.Constant):
                found.append(
                    f"{where}:{node.lineno}: self.tr(<variable>): lupdate cannot extract it; "
                    "mark the texts with QT_TRANSLATE_NOOP(context, ...) and look them up "
                    "with QCoreApplication.translate(context, variable)"
                )
        elif name == "tr":
            found.append(f"{where}:{node.lineno}: tr(): an alias lupdate files under no context")
        if (owner, name) in STATIC_DIALOGS:
            positions = STATIC_DIALOGS[(owner, name)]
        elif isinstance(func, ast.Attribute) and name in TEXT_METHODS:
            positions = TEXT_METHODS[name]
        elif isinstance(func, ast.Name) and name in TEXT_CLASSES:
            positions = TEXT_CLASSES[name]
        else:
            continue
        shown = [node.args[i] for i in positions if i < len(node.args)]
        shown += [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
        for arg in shown:
            text = _english_literal(arg)
            if text is not None:
                found.append(f"{where}:{node.lineno}: {name}() shows {text[:60]!r} as it is")
            elif isinstance(arg, ast.Attribute) and arg.attr == "message":
                found.append(
                    f"{where}:{node.lineno}: {name}() shows {ast.unparse(arg)}, an English "
                    "sentence from storage, without translate_message()"
                )
    return found


def test_gui_code_shows_no_english_literal_and_tr_is_used_as_lupdate_reads_it() -> None:
    problems = [line for path in sorted(GUI.glob("*.py")) for line in untranslated_texts(path)]
    assert not problems, "\n".join(problems)


def test_the_static_check_catches_what_it_should(tmp_path: Path) -> None:
    sample = tmp_path / "sample_page.py"
    sample.write_text(
        "from PySide6.QtWidgets import QLabel, QMessageBox\n"
        "class Page:\n"
        "    def build(self, page, exc):\n"
        "        QLabel('Hello', self)\n"  # 4
        "        QLabel(self.tr('Hello'), self)\n"  # 5: fine
        "        QLabel('—', self)\n"  # 6: fine
        "        self.title.setText(f'{n} contacts')\n"  # 7
        "        self.title.setText(f'{n:,}')\n"  # 8: fine
        "        QMessageBox.warning(self, self.tr('T'), exc.message)\n"  # 9
        "        page.tr('Use it')\n"  # 10
        "        tr = self.tr\n"  # 11
        "        self.box.addItem(self.tr('Low'), 'low')\n"  # 12: fine (data)
        "        self.box.addItem('Low', 'low')\n"  # 13
        "        return f\"<h3>{self.tr('Data')}</h3>\"\n",  # 14
        encoding="utf-8",
    )
    lines = sorted(int(p.split(":")[1]) for p in untranslated_texts(sample))
    assert lines == [4, 7, 9, 10, 11, 13, 14]


# ------------------------------------------------------------------------------------ (d)
def _english_to_translate(language: str) -> tuple[set[str], list[re.Pattern[str]]]:
    """English sources the .ts translates into something else: exact texts, and patterns of
    the texts with {placeholders} (so "Breaches in the log: 3" is recognised too)."""
    translations: dict[str, set[str]] = {}
    for _context, message in _messages(TRANSLATIONS / f"clearlist_{language}.ts"):
        source = message.findtext("source") or ""
        translations.setdefault(source, set()).update(_translations(message))
    exact, patterns = set(), []
    for source, translated in translations.items():
        if source in translated or not _needs_translation(source):
            continue  # the same word in both languages (e.g. "Contacts" in French)
        exact.add(source)
        exact.add(source.replace("&", ""))
        if _PLACEHOLDER.search(source):
            regex = "".join(
                ".+?" if _PLACEHOLDER.fullmatch(part) else re.escape(part)
                for part in re.split(f"({_PLACEHOLDER.pattern})", source)
            )
            patterns.append(re.compile(regex, re.DOTALL))
    return exact, patterns


def _texts_of(widget: QWidget) -> Iterator[str]:
    """What a visible widget shows: its text, title, placeholder, items and headers."""
    if isinstance(widget, QLabel):
        yield widget.text()
    if isinstance(widget, QAbstractButton):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        yield widget.placeholderText()
    if isinstance(widget, QTextEdit):
        yield from widget.toPlainText().splitlines()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QTabWidget):
        yield from (widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QWizard) and widget.currentPage() is not None:
        yield widget.currentPage().title()
        yield widget.currentPage().subTitle()
    if widget.isWindow():
        yield widget.windowTitle()
    yield widget.toolTip()
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a list model: one column (Qt keeps its columnCount private)
            columns = 1
        for column in range(columns):
            yield str(model.headerData(column, Qt.Horizontal, Qt.DisplayRole) or "")
        for row in range(min(model.rowCount(QModelIndex()), 20)):
            for column in range(columns):
                value = model.index(row, column).data(Qt.DisplayRole)
                if isinstance(value, str):
                    yield value


def _menu_texts(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        yield action.text()
        if action.menu() is not None:
            yield from _menu_texts(action.menu())


def _shown_in_english(
    texts: Iterator[str], exact: set[str], patterns: list[re.Pattern[str]], where: str
) -> set[str]:
    found = set()
    for text in texts:
        text = text.strip()
        if not text or not _needs_translation(text):
            continue
        if text in exact or text.replace("&", "") in exact:
            found.add(f"{where}: {text!r}")
        elif any(p.fullmatch(text) for p in patterns):
            found.add(f"{where}: {text!r}")
    return found


@pytest.fixture
def translated(qapp: QApplication) -> Iterator[Any]:
    from gui import i18n

    previous = QLocale()

    def install(language: str) -> None:
        i18n.install_translators(qapp, language)

    yield install
    i18n.install_translators(qapp, "en")
    QLocale.setDefault(previous)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_screen_shows_a_text_the_translation_has_in_another_language(
    language: str, translated: Any, qtbot: Any, filled_ws: Any
) -> None:
    from gui.export_wizard import ExportWizard
    from gui.import_wizard import ImportWizard
    from gui.main_window import PAGES, MainWindow

    translated(language)
    exact, patterns = _english_to_translate(language)
    window = MainWindow(filled_ws)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    found: set[str] = set()
    try:
        for action in window.menuBar().actions():
            if action.menu() is not None:
                found |= _shown_in_english(_menu_texts(action.menu()), exact, patterns, "menu")
        email = filled_ws.conn.execute("SELECT email FROM contacts LIMIT 1").fetchone()[0]
        for key, _title, _target in PAGES:
            page = window.show_page(key)
            if key == "person":  # everything stored about someone, not the empty page
                page.show_person(email=email)
            qtbot.wait(50)  # background counts and first fills
            texts = (
                text
                for widget in [window, *window.findChildren(QWidget)]
                if widget.isVisible()
                for text in _texts_of(widget)
            )
            found |= _shown_in_english(texts, exact, patterns, key)
        for name, dialog in (
            ("import wizard", ImportWizard(filled_ws, None, window)),
            ("export wizard", ExportWizard(filled_ws, parent=window)),
        ):
            dialog.show()
            qtbot.waitExposed(dialog)
            texts = (
                text
                for widget in [dialog, *dialog.findChildren(QWidget)]
                if widget.isVisible()
                for text in _texts_of(widget)
            )
            found |= _shown_in_english(texts, exact, patterns, name)
            dialog.reject()
    finally:
        detail = window.page("contacts").detail
        if detail.is_dirty():
            detail.revert()
        window.close()
        window.deleteLater()
    assert not found, f"Shown in English with the {language} translation installed:\n" + (
        "\n".join(sorted(found))
    )
