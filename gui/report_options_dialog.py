"""The access report's options: the language it is written in, and the request it answers."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from storage import rights
from storage.workspace import Workspace

from .formatting import format_date

LANGUAGES = (("en", "English"), ("fr", "Français"), ("sv", "Svenska"))


class ReportOptionsDialog(QDialog):
    """The access report's language, and the request it answers."""

    def __init__(
        self, ws: Workspace, record: rights.PersonRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Access report"))
        self.language = QComboBox(self)
        default = rights.report_language(ws, record)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(default))
        self.request = QComboBox(self)
        self.request.addItem(self.tr("None"), None)
        for request in record.requests:
            if request.kind == "access" and request.status == "open":
                self.request.addItem(
                    self.tr("Access request received {date}").format(
                        date=format_date(request.received_on)
                    ),
                    request.id,
                )
        if self.request.count() > 1:
            self.request.setCurrentIndex(1)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Answers the request"), self.request)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choice(self) -> tuple[str, int | None]:
        return self.language.currentData(), self.request.currentData()
