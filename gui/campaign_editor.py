"""The form of one campaign: the contract's campaign JSON, field by field.

The notice starts from the templates in `resources/notices` (English, French, Swedish), which
the user may edit; the right to object stays in its own paragraph there (GDPR art. 21(4)). What
is wrong with the campaign is said under the form as it is typed (the same checks as a campaign
file: `storage.campaigns.check_draft`), and a campaign without a sender or an unsubscribe means
is marked as blocked: it may be saved as a draft but not exported.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from compliance.fields import JOB_FUNCTIONS, JURISDICTIONS
from compliance.notices import LANGUAGES
from storage.campaigns import campaign_from_spec, check_draft, notice_templates
from storage.errors import CampaignBlocked, UserError

from .contact_model import value_label
from .messages import translate_message


class CampaignEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.name = QLineEdit(self)
        self.sender_edit = QPlainTextEdit(self)
        self.sender_edit.setPlaceholderText(
            self.tr("Your company's name and postal address, and a contact address")
        )
        self.sender_edit.setFixedHeight(56)
        self.unsubscribe = QLineEdit(self)
        self.unsubscribe.setPlaceholderText(
            self.tr("https://yourcompany.example/unsubscribe?t={token}")
        )
        self.category = QLineEdit(self)
        self.category.setPlaceholderText(self.tr("e.g. accounting (for existing customers)"))
        self.jurisdiction = QComboBox(self)
        for code in JURISDICTIONS:
            self.jurisdiction.addItem(code, code)
        self.functions: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for i, function in enumerate(f for f in JOB_FUNCTIONS if f != "other"):
            box = QCheckBox(value_label(function), self)
            box.toggled.connect(self._on_change)
            self.functions[function] = box
            grid.addWidget(box, i // 4, i % 4)

        self.has_notice = QCheckBox(self.tr("The message carries a first-contact notice"), self)
        self.has_notice.setToolTip(
            self.tr(
                "Needed for contacts whose data was not collected from them (bought, rented, "
                "from the web or a partner): GDPR art. 14."
            )
        )
        self.notice_language = QComboBox(self)
        for language in LANGUAGES:
            self.notice_language.addItem(language.upper(), language)
        self.template_button = QPushButton(self.tr("Start from the template"), self)
        self.template_button.clicked.connect(self.insert_template)
        self.notice = QPlainTextEdit(self)
        self.notice.setMinimumHeight(160)
        self.has_notice.toggled.connect(self._notice_toggled)

        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Sender identity"), self.sender_edit)
        form.addRow(self.tr("Unsubscribe link or mailto:"), self.unsubscribe)
        form.addRow(self.tr("Topic relates to"), grid)
        form.addRow(self.tr("Product category"), self.category)
        form.addRow(self.tr("Law for contacts without a country"), self.jurisdiction)
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.has_notice)
        notice_row.addStretch(1)
        notice_row.addWidget(self.notice_language)
        notice_row.addWidget(self.template_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(notice_row)
        layout.addWidget(self.notice, 1)
        hint = QLabel(
            self.tr(
                "Placeholders: {source_name} (each contact's precise source), {sender}, "
                "{unsubscribe} (the contact's own link), {authority} (CNIL or IMY)."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.problem)

        for edit in (self.name, self.unsubscribe, self.category):
            edit.textChanged.connect(self._on_change)
        for text_edit in (self.sender_edit, self.notice):
            text_edit.textChanged.connect(self._on_change)
        self.jurisdiction.currentIndexChanged.connect(self._on_change)
        self._notice_toggled(False)

    # ------------------------------------------------------------------ values
    def set_spec(self, spec: dict[str, Any]) -> None:
        self._loading = True
        try:
            self.name.setText(spec.get("name") or "")
            self.sender_edit.setPlainText(spec.get("sender") or "")
            self.unsubscribe.setText(spec.get("unsubscribe") or "")
            self.category.setText(spec.get("product_category") or "")
            index = self.jurisdiction.findData(spec.get("jurisdiction") or "FR")
            self.jurisdiction.setCurrentIndex(max(index, 0))
            chosen = set(spec.get("topic_functions") or ())
            for function, box in self.functions.items():
                box.setChecked(function in chosen)
            notice = spec.get("notice")
            self.has_notice.setChecked(notice is not None)
            self.notice.setPlainText(notice or "")
            language = "fr" if (spec.get("jurisdiction") == "FR") else "sv"
            self.notice_language.setCurrentIndex(max(self.notice_language.findData(language), 0))
        finally:
            self._loading = False
        self._on_change()

    def spec(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip(),
            "sender": self.sender_edit.toPlainText().strip(),
            "unsubscribe": self.unsubscribe.text().strip(),
            "topic_functions": [f for f, box in self.functions.items() if box.isChecked()],
            "product_category": self.category.text().strip() or None,
            "notice": self.notice.toPlainText() if self.has_notice.isChecked() else None,
            "jurisdiction": self.jurisdiction.currentData(),
        }

    def insert_template(self) -> None:
        """Replace the notice with the default template of the chosen language."""
        self.has_notice.setChecked(True)
        self.notice.setPlainText(notice_templates()[self.notice_language.currentData()])

    def problem_text(self) -> str:
        """What is wrong ('' when the campaign can be exported)."""
        spec = self.spec()
        try:
            check_draft(spec)
        except UserError as exc:
            return translate_message(exc.message)
        try:
            campaign_from_spec(spec)
        except CampaignBlocked as exc:
            return self.tr("Blocked (it can be saved, not exported): ") + translate_message(
                exc.message
            )
        except UserError as exc:
            return translate_message(exc.message)
        return ""

    def _notice_toggled(self, on: bool) -> None:
        self.notice.setEnabled(on)
        if on and not self.notice.toPlainText().strip() and not self._loading:
            self.insert_template()
        self._on_change()

    def _on_change(self) -> None:
        if self._loading:
            return
        problem = self.problem_text()
        self.problem.setText(problem or self.tr("Ready to export."))
        self.problem.setStyleSheet("color: #a33;" if problem else "color: #2a6;")
        self.changed.emit()
