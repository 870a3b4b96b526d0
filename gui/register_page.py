"""The register of processing activities (GDPR art. 30): prefilled from the workspace, editable
section by section, exported as HTML or PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from storage import register
from storage.errors import UserError
from storage.workspace import Workspace

from .formatting import format_date
from .i18n import current_language
from .messages import translate_message
from .print_pdf import save_html_as_pdf
from .report_options_dialog import LANGUAGES


class _SectionEditor(QFrame):
    def __init__(self, page: RegisterPage, key: str) -> None:
        super().__init__(page)
        self.key = key
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.state = QLabel(self)
        self.state.setEnabled(False)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName(f"register_{key}")
        self.text.setMinimumHeight(70)
        self.text.setMaximumHeight(130)
        self.text.setLineWrapMode(QPlainTextEdit.WidgetWidth)
        self.text.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.reset = QPushButton(self.tr("Use the suggestion"), self)
        self.reset.setToolTip(self.tr("Forget your text: the register follows the workspace"))
        self.reset.clicked.connect(lambda: page.reset_section(key))
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.state, 1)
        top.addWidget(self.reset)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addLayout(top)
        layout.addWidget(self.text)


class RegisterPage(QWidget):
    """Registered in `gui.main_window.PAGES`."""

    status_message = Signal(str)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._shown: dict[str, str] = {}

        intro = QLabel(
            self.tr(
                "The record of processing activities the GDPR asks every business that manages "
                "prospects and customers to keep (article 30). Sections you have not edited "
                "follow the workspace: the sources in use, the tools lists were exported to, "
                "the kinds of data stored."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.language = QComboBox(self)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(current_language()))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("register_save")
        self.save_button.clicked.connect(self.save)
        self.html_button = QPushButton(self.tr("Export as HTML…"), self)
        self.html_button.clicked.connect(lambda: self.export("html"))
        self.pdf_button = QPushButton(self.tr("Export as PDF…"), self)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Language of the suggestions and the export:"), self))
        top.addWidget(self.language)
        top.addStretch(1)
        top.addWidget(self.save_button)
        top.addWidget(self.html_button)
        top.addWidget(self.pdf_button)

        self.editors: dict[str, _SectionEditor] = {}
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        for key in register.SECTIONS:
            editor = _SectionEditor(self, key)
            self.editors[key] = editor
            body_layout.addWidget(editor)
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.refresh()

    def _lang(self) -> str:
        return self.language.currentData() or "en"

    def refresh(self) -> None:
        for section in register.sections(self._ws, self._lang()):
            editor = self.editors[section.key]
            editor.heading.setText(section.heading)
            editor.text.setPlainText(section.text)
            self._shown[section.key] = section.text
            if section.edited:
                editor.state.setText(
                    self.tr("your text (saved {date})").format(date=format_date(section.updated_at))
                )
            else:
                editor.state.setText(self.tr("suggested from the workspace"))
            editor.reset.setEnabled(section.edited)

    def _language_changed(self) -> None:
        self.save()  # the user's own text is kept in any language; only suggestions change
        self.refresh()

    def changed_sections(self) -> dict[str, str]:
        return {
            key: editor.text.toPlainText()
            for key, editor in self.editors.items()
            if editor.text.toPlainText().strip() != self._shown.get(key, "").strip()
        }

    def save(self) -> int:
        changed = self.changed_sections()
        for key, text in changed.items():
            register.save_section(self._ws, key, text)
        self.refresh()
        if changed:
            self.status_message.emit(self.tr("The register was saved."))
        return len(changed)

    def reset_section(self, key: str) -> None:
        register.reset_section(self._ws, key)
        self.refresh()

    def can_close(self) -> bool:
        if not self.changed_sections():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Register"),
            self.tr("Save your changes to the register?"),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel,
        )
        if answer == QMessageBox.Save:
            self.save()
        return answer != QMessageBox.Cancel

    def export(self, kind: str) -> None:
        self.save()
        filters = self.tr("PDF (*.pdf)") if kind == "pdf" else self.tr("Web page (*.html)")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the register"),
            str(Path.home() / f"register-of-processing.{kind}"),
            filters,
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        try:
            register.write_document(
                self._ws,
                path,
                self._lang(),
                pdf_writer=lambda html, out: save_html_as_pdf(
                    html, out, title=self.tr("Register of processing activities")
                ),
            )
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Register"), translate_message(exc.message))
            return False
        self.status_message.emit(
            self.tr("The register was exported to {name}").format(name=path.name)
        )
        return True
