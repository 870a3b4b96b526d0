"""Import wizard, page 4: where the contacts come from, in plain words -> source and basis."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from compliance.provenance import Provenance, ProvenanceAnswers, derive

from .import_common import JobPage
from .messages import translate_message

BASIS_LABELS = {
    "consent": QT_TRANSLATE_NOOP("SourcePage", "consent"),
    "legitimate_interest": QT_TRANSLATE_NOOP("SourcePage", "legitimate interest"),
    "contract": QT_TRANSLATE_NOOP("SourcePage", "contract"),
}


class SourcePage(JobPage):
    def __init__(self, wizard: Any) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Where do these contacts come from?"))
        self.setSubTitle(
            self.tr(
                "The law asks you to know where each address comes from and why you may write "
                "to it. Answer in your own words; Clearlist keeps the answers with every contact."
            )
        )
        body = QWidget(self)
        layout = QVBoxLayout(body)

        origin_box = QGroupBox(self.tr("Where do they come from?"), body)
        origin_layout = QVBoxLayout(origin_box)
        self.origin = QButtonGroup(self)
        self.origin_buttons: dict[str, QRadioButton] = {}
        for key, label in (
            ("own_form", self.tr("Your own web form or sign-up page")),
            ("trade_show", self.tr("A trade show, an event or business cards")),
            ("customer", self.tr("Your customers (people or firms who bought from you)")),
            ("purchased", self.tr("Bought from a provider")),
            ("rented", self.tr("Rented from a provider")),
            ("public_web", self.tr("Collected from public websites")),
            ("partner", self.tr("Given by a partner")),
        ):
            button = QRadioButton(label, origin_box)
            self.origin.addButton(button)
            self.origin_buttons[key] = button
            origin_layout.addWidget(button)
        self.source_name = QLineEdit(origin_box)
        self.acquired_on = QDateEdit(origin_box)
        self.acquired_on.setCalendarPopup(True)
        self.acquired_on.setDisplayFormat("yyyy-MM-dd")
        today = wizard.ws.today
        self.acquired_on.setDate(QDate(today.year, today.month, today.day))
        self.acquired_on.setMaximumDate(QDate(today.year, today.month, today.day))
        details = QFormLayout()
        details.addRow(self.tr("Which one, precisely?"), self.source_name)
        details.addRow(self.tr("When did you get them?"), self.acquired_on)
        origin_layout.addLayout(details)
        layout.addWidget(origin_box)

        self.audience = self._question(
            layout,
            self.tr("Are they businesses or consumers?"),
            (("b2b", self.tr("Businesses (people at work)")),
             ("b2c", self.tr("Consumers (private persons)")),
             ("mixed", self.tr("Both: the file says which"))),
        )  # fmt: skip
        consent_box = QGroupBox(self.tr("Did they agree to receive marketing e-mails?"), body)
        consent_layout = QVBoxLayout(consent_box)
        answers = QHBoxLayout()
        self.consented = self._buttons(
            consent_box, answers,
            (("yes", self.tr("Yes")), ("no", self.tr("No")), ("unknown", self.tr("I don't know"))),
        )  # fmt: skip
        answers.addStretch(1)
        consent_layout.addLayout(answers)
        self.consent_how = QLineEdit(consent_box)
        self.consent_how.setPlaceholderText(
            self.tr("e.g. ticked a box on our newsletter form, since March 2024")
        )
        how = QFormLayout()
        how.addRow(self.tr("When and how?"), self.consent_how)
        consent_layout.addLayout(how)
        self.seller_proof = QCheckBox(
            self.tr(
                "The provider can prove that each person agreed to their address being passed "
                "on to companies like mine"
            ),
            consent_box,
        )
        consent_layout.addWidget(self.seller_proof)
        layout.addWidget(consent_box)
        self.informed = self._question(
            layout,
            self.tr(
                "When their address was collected, were they told it would be used for "
                "prospecting, and could they object?"
            ),
            (("yes", self.tr("Yes")), ("no", self.tr("No")), ("unknown", self.tr("I don't know"))),
        )
        duplicates = QHBoxLayout()
        duplicates.addWidget(QLabel(self.tr("If a contact is already in the workspace:"), body))
        self.on_duplicate = QComboBox(body)
        self.on_duplicate.addItem(self.tr("fill in only its empty fields"), "fill")
        self.on_duplicate.addItem(self.tr("leave it as it is"), "skip")
        self.on_duplicate.addItem(self.tr("replace its fields with the file's"), "overwrite")
        duplicates.addWidget(self.on_duplicate, 1)
        layout.addLayout(duplicates)
        layout.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(body)
        self.result = QLabel(self)
        self.result.setObjectName("derived")
        self.result.setWordWrap(True)
        self.result.setStyleSheet(
            "QLabel { background: #f3f6fb; border: 1px solid #d5dce8; border-radius: 6px;"
            " padding: 8px; }"
        )
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.result)

        self.origin.buttonToggled.connect(self._changed)
        self.source_name.textChanged.connect(self._changed)
        self.consent_how.textChanged.connect(self._changed)
        self.seller_proof.toggled.connect(self._changed)
        for group in (self.audience, self.consented, self.informed):
            group.buttonToggled.connect(self._changed)
        self.derived: Provenance | None = None

    def _question(
        self, layout: QVBoxLayout, title: str, choices: tuple[tuple[str, str], ...]
    ) -> QButtonGroup:
        box = QGroupBox(title, self)
        box_layout = QHBoxLayout(box)
        group = self._buttons(box, box_layout, choices)
        box_layout.addStretch(1)
        layout.addWidget(box)
        return group

    def _buttons(
        self, parent: QWidget, layout: Any, choices: tuple[tuple[str, str], ...]
    ) -> QButtonGroup:
        group = QButtonGroup(self)
        for key, label in choices:
            button = QRadioButton(label, parent)
            button.setProperty("answer", key)
            group.addButton(button)
            layout.addWidget(button)
        group.buttons()[-1 if len(choices) == 3 and choices[-1][0] == "unknown" else 0].setChecked(
            True
        )
        return group

    # ------------------------------------------------------------------ answers
    def initializePage(self) -> None:
        name = self.import_wizard.source.get("source_name")
        if name and not self.source_name.text():
            self.source_name.setText(name)
        self._changed()

    def answer(self, group: QButtonGroup) -> str:
        button = group.checkedButton()
        return button.property("answer") if button is not None else ""

    def origin_key(self) -> str | None:
        for key, button in self.origin_buttons.items():
            if button.isChecked():
                return key
        return None

    def set_answers(self, origin: str, name: str, *, audience: str = "b2b",
                    consented: str = "unknown", informed: str = "unknown") -> None:  # fmt: skip
        """Answer the questions (tests)."""
        self.origin_buttons[origin].setChecked(True)
        self.source_name.setText(name)
        for group, value in ((self.audience, audience), (self.consented, consented),
                             (self.informed, informed)):  # fmt: skip
            for button in group.buttons():
                if button.property("answer") == value:
                    button.setChecked(True)

    def _changed(self, *_args: object) -> None:
        origin = self.origin_key()
        placeholders = {
            "own_form": self.tr("the form, e.g. 'Newsletter sign-up on acme.fr'"),
            "trade_show": self.tr("the event, e.g. 'Salon RH Paris, March 2026'"),
            "customer": self.tr("e.g. 'Web shop customers'"),
            "purchased": self.tr("the provider and the list, e.g. 'Kompass, IT managers FR'"),
            "rented": self.tr("the provider and the list"),
            "public_web": self.tr("the websites, e.g. 'company websites, LinkedIn'"),
            "partner": self.tr("the partner's name"),
        }
        self.source_name.setPlaceholderText(placeholders.get(origin or "", ""))
        indirect = origin in ("purchased", "rented", "partner", "public_web")
        self.seller_proof.setVisible(origin in ("purchased", "rented"))
        self.consent_how.setEnabled(self.answer(self.consented) == "yes")
        self.derived = None
        if origin is None:
            self.result.setText(self.tr("Choose where the contacts come from."))
        elif not self.source_name.text().strip():
            self.result.setText(self.tr("Say precisely which one: it is named in the notice "
                                        "people receive."))  # fmt: skip
        else:
            date = self.acquired_on.date()
            mapping = self.import_wizard.mapping
            proof = {"consent_date", "consent_source"} <= set(v for v in mapping.values() if v)
            self.derived = derive(
                ProvenanceAnswers(
                    origin=origin,
                    source_name=self.source_name.text(),
                    acquired_on=date.toPython(),
                    audience=self.answer(self.audience) or "b2b",
                    consented=self.answer(self.consented) or "unknown",
                    consent_how=self.consent_how.text(),
                    informed=self.answer(self.informed) or "unknown",
                    seller_proof=self.seller_proof.isChecked() and indirect,
                ),
                has_consent_proof_columns=proof,
            )
            basis = BASIS_LABELS[self.derived.lawful_basis]
            head = self.tr(
                "<b>Clearlist will record:</b> source '{name}', lawful basis: {basis}, "
                "informed at collection: {informed}."
            ).format(
                name=self.derived.source_name.replace("<", "&lt;"),
                basis=QCoreApplication.translate("SourcePage", basis),
                informed=self.tr("yes") if self.derived.informed_at_collection else self.tr("no"),
            )
            notes = "".join(f"<li>{translate_message(n)}</li>" for n in self.derived.explanations)
            self.result.setText(f"{head}<ul style='margin: 4px 0 0 -20px'>{notes}</ul>")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.derived is not None

    def validatePage(self) -> bool:
        derived = self.derived
        if derived is None:
            return False
        self.import_wizard.source = {
            "source_type": derived.source_type,
            "source_name": derived.source_name,
            "acquired_on": derived.acquired_on,
            "audience": derived.audience,
            "lawful_basis": derived.lawful_basis,
            "informed_at_collection": derived.informed_at_collection,
            "b2c_transfer_proof": derived.b2c_transfer_proof,
            "consent_note": derived.consent_note,
        }
        self.import_wizard.on_duplicate = self.on_duplicate.currentData()
        return True
