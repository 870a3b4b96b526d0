"""The detail panel: one contact's fields, editable, with each validation message under its field.

Saving goes through `storage.contacts.update_contact` / `add_contact`, which validate with
`compliance.contact_rules` and audit the change; a refusal (`ValidationFailed`) comes back as one
sentence per field, shown under that field. The contact's sources are listed read-only: where a
contact came from is evidence, not something to edit.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from compliance.contact_rules import ENUMS
from compliance.fields import CONTACT_FIELDS, DATE_FIELDS, YES_NO_FIELDS
from storage.contacts import (
    ValidationFailed,
    add_contact,
    contact_sources,
    get_contact,
    update_contact,
)
from storage.errors import UserError
from storage.workspace import Workspace

from .contact_model import ERROR_STYLE, field_label, translate_message, value_label
from .formatting import format_date

log = logging.getLogger(__name__)

MULTILINE_FIELDS = frozenset({"notes", "consent_wording"})


class ContactDetail(QWidget):
    """Shows one contact (or a blank form for a new one) and saves it."""

    saved = Signal(int)  # the contact id, after an edit or an addition
    cancelled_new = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._contact: dict[str, Any] | None = None
        self._new = False
        self._editors: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._error_rows: dict[str, int] = {}

        self._stack = QStackedWidget(self)
        self._placeholder = QLabel(
            self.tr(
                "Select a contact to see and edit it here.\n\n"
                "Ctrl+N adds a contact, Ctrl+F searches."
            )
        )
        self._placeholder.setAlignment(Qt.AlignCenter)
        self._placeholder.setWordWrap(True)
        self._placeholder.setEnabled(False)
        self._stack.addWidget(self._placeholder)
        self._stack.addWidget(self._build_form())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        save = QShortcut(QKeySequence.Save, self, self.save)
        save.setContext(Qt.WidgetWithChildrenShortcut)
        self.setMinimumWidth(300)

    # ------------------------------------------------------------------ building
    def _build_form(self) -> QWidget:
        page = QWidget(self)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(8, 0, 0, 0)

        self._heading = QLabel(page)
        font = self._heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self._heading.setFont(font)
        self._heading.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self._subheading = QLabel(page)
        self._subheading.setEnabled(False)
        self._subheading.setWordWrap(True)
        outer.addWidget(self._heading)
        outer.addWidget(self._subheading)

        self._form_error = QLabel(page)
        self._form_error.setStyleSheet(ERROR_STYLE)
        self._form_error.setWordWrap(True)
        self._form_error.hide()
        outer.addWidget(self._form_error)

        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        body = QWidget(scroll)
        form = QFormLayout(body)
        self._form = form
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignRight)
        for name in CONTACT_FIELDS:
            self._add_field(form, name, body)

        self._sources_title = QLabel(self.tr("Sources"), body)
        font = self._sources_title.font()
        font.setBold(True)
        self._sources_title.setFont(font)
        self._sources = QListWidget(body)
        self._sources.setObjectName("sources")
        self._sources.setSelectionMode(QListWidget.NoSelection)
        self._sources.setFocusPolicy(Qt.NoFocus)
        self._sources.setMaximumHeight(90)
        self._sources.setToolTip(self.tr("Where this contact came from (read-only)."))
        form.addRow(self._sources_title)
        form.addRow(self._sources)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self._revert_button = QPushButton(self.tr("Revert"), page)
        self._revert_button.clicked.connect(self.revert)
        self._save_button = QPushButton(self.tr("Save"), page)
        self._save_button.setDefault(True)
        self._save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self._save_button.clicked.connect(self.save)
        buttons.addWidget(self._revert_button)
        buttons.addWidget(self._save_button)
        outer.addLayout(buttons)
        return page

    def _add_field(self, form: QFormLayout, name: str, body: QWidget) -> None:
        editor = self._editor(name, body)
        editor.setObjectName(f"field_{name}")
        form.addRow(field_label(name), editor)
        # The message goes on a row of its own under the field, shown only with a message (a
        # hidden row takes no space; a wrapped label in a row gets the height it needs).
        error = QLabel(body)
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        form.addRow("", error)
        self._error_rows[name] = form.rowCount() - 1
        form.setRowVisible(self._error_rows[name], False)
        self._editors[name] = editor
        self._errors[name] = error

    def _editor(self, name: str, parent: QWidget) -> QWidget:
        if name in ENUMS or name in YES_NO_FIELDS:
            combo = QComboBox(parent)
            combo.addItem("", "")
            values = ENUMS.get(name, ("yes", "no"))
            for value in values:
                combo.addItem(value_label(value), value)
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            return combo
        if name in MULTILINE_FIELDS:
            text = QPlainTextEdit(parent)
            text.setTabChangesFocus(True)
            text.setFixedHeight(text.fontMetrics().lineSpacing() * 3 + 12)
            return text
        line = QLineEdit(parent)
        line.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        if name in DATE_FIELDS:
            line.setPlaceholderText(self.tr("YYYY-MM-DD"))
        elif name == "country":
            line.setPlaceholderText(self.tr("Two letters, e.g. FR, SE, GB"))
            line.setMaxLength(2)
        elif name == "tags":
            line.setPlaceholderText(self.tr("tag; other tag"))
        elif name == "email":
            line.setPlaceholderText(self.tr("name@example.com"))
        return line

    # ------------------------------------------------------------------ showing
    @property
    def contact_id(self) -> int | None:
        return None if self._contact is None else int(self._contact["id"])

    @property
    def is_new(self) -> bool:
        return self._new

    def editor(self, name: str) -> QWidget:
        return self._editors[name]

    def error_text(self, name: str) -> str:
        label = self._errors[name]
        return label.text() if not label.isHidden() else ""

    def show_contact(self, contact_id: int | None) -> None:
        self._new = False
        contact = get_contact(self._ws, contact_id) if contact_id is not None else None
        self._contact = contact
        if contact is None:
            self._stack.setCurrentIndex(0)
            return
        self._fill(contact)
        name = " ".join(p for p in (contact["first_name"], contact["last_name"]) if p)
        self._heading.setText(name or contact["email"])
        origin = (
            self.tr("function set by hand")
            if contact["function_set_by"] == "manual"
            else self.tr("function derived from the job title")
        )
        self._subheading.setText(
            self.tr("Added {added}, changed {changed}; {origin}.").format(
                added=format_date(contact["created_at"]),
                changed=format_date(contact["updated_at"]),
                origin=origin,
            )
        )
        self._show_sources(contact_sources(self._ws, int(contact["id"])))
        self._stack.setCurrentIndex(1)

    def start_new(self) -> None:
        """A blank form; Save adds the contact."""
        self._new = True
        self._contact = None
        self._fill({})
        self._heading.setText(self.tr("New contact"))
        self._subheading.setText(
            self.tr("Only the e-mail address is required. It is recorded as entered by hand.")
        )
        self._show_sources([])
        self._stack.setCurrentIndex(1)
        self._editors["email"].setFocus()

    def _fill(self, contact: dict[str, Any]) -> None:
        self._clear_errors()
        for name, editor in self._editors.items():
            value = contact.get(name)
            text = "" if value is None else str(value)
            if name in YES_NO_FIELDS and value is not None:
                text = "yes" if int(value) else "no"
            _set_text(editor, text)

    def _show_sources(self, sources: list[dict[str, Any]]) -> None:
        self._sources.clear()
        for source in sources:
            self._sources.addItem(
                self.tr("{type}: {name} (acquired {date})").format(
                    type=value_label(source["source_type"]),
                    name=source["source_name"],
                    date=source["acquired_on"],
                )
            )
        if not sources:
            self._sources.addItem(self.tr("None yet: recorded when you save."))
        self._sources_title.setText(self.tr("Sources ({n})").format(n=len(sources)))

    # ------------------------------------------------------------------ editing
    def values(self) -> dict[str, str]:
        return {name: _text(editor).strip() for name, editor in self._editors.items()}

    def changes(self) -> dict[str, str]:
        """Fields whose text differs from the shown contact (all non-blank ones when new)."""
        current = self.values()
        if self._new:
            return {k: v for k, v in current.items() if v}
        if self._contact is None:
            return {}
        shown: dict[str, str] = {}
        for name in CONTACT_FIELDS:
            value = self._contact.get(name)
            text = "" if value is None else str(value)
            if name in YES_NO_FIELDS and value is not None:
                text = "yes" if int(value) else "no"
            shown[name] = text
        return {k: v for k, v in current.items() if v != shown[k]}

    def is_dirty(self) -> bool:
        return bool(self.changes()) and (self._new or self._contact is not None)

    def save(self) -> bool:
        """Validate and save; on a refusal, show each message under its field."""
        if not self._new and self._contact is None:
            return True
        changes = self.changes()
        if not changes and not self._new:
            return True
        self._clear_errors()
        try:
            if self._new:
                contact_id = add_contact(self._ws, changes)
            else:
                contact_id = int(self._contact["id"])  # type: ignore[index]
                update_contact(self._ws, contact_id, changes)
        except ValidationFailed as exc:
            self._show_errors(exc.errors)
            return False
        except UserError as exc:
            self._form_error.setText(translate_message(exc.message))
            self._form_error.show()
            return False
        log.info("contact %d saved", contact_id)
        self.show_contact(contact_id)
        self.saved.emit(contact_id)
        return True

    def revert(self) -> None:
        if self._new:
            self._new = False
            self._stack.setCurrentIndex(0)
            self.cancelled_new.emit()
            return
        self.show_contact(self.contact_id)

    def _show_errors(self, errors: dict[str, str]) -> None:
        first: QWidget | None = None
        for name in CONTACT_FIELDS:
            if name in errors:
                self._errors[name].setText(translate_message(errors[name]))
                self._form.setRowVisible(self._error_rows[name], True)
                first = first or self._editors[name]
        self._form_error.setText(self.tr("Not saved: correct the fields marked in red."))
        self._form_error.show()
        if first is not None:
            first.setFocus()

    def _clear_errors(self) -> None:
        self._form_error.hide()
        for name, label in self._errors.items():
            self._form.setRowVisible(self._error_rows[name], False)
            label.clear()


def _set_text(editor: QWidget, text: str) -> None:
    if isinstance(editor, QComboBox):
        index = editor.findData(text)
        if index < 0:  # a value outside the vocabulary (old data): show it as it is
            editor.addItem(text, text)
            index = editor.count() - 1
        editor.setCurrentIndex(index)
    elif isinstance(editor, QPlainTextEdit):
        editor.setPlainText(text)
    elif isinstance(editor, QLineEdit):
        editor.setText(text)
        editor.setCursorPosition(0)


def _text(editor: QWidget) -> str:
    if isinstance(editor, QComboBox):
        return str(editor.currentData() or "")
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    if isinstance(editor, QLineEdit):
        return editor.text()
    return ""
