"""What the import wizard's pages share: a page that may run one background job at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWizardPage

from compliance.fields import CONTACT_FIELDS

from .workers import Job


class JobPage(QWizardPage):
    """A wizard page that runs at most one `gui.workers` job and can stop it."""

    def __init__(self, wizard: Any) -> None:
        super().__init__(wizard)
        self.import_wizard = wizard
        self._job: Job | None = None

    def start_job(self, job: Job) -> None:
        self.stop()
        self._job = job
        job.done.connect(lambda: self._job_done(job))
        job.start()

    def _job_done(self, job: Job) -> None:
        if self._job is job:
            self._job = None
            self.completeChanged.emit()

    def busy(self) -> bool:
        return self._job is not None

    def stop(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def wait(self, timeout_s: float = 30) -> bool:
        """Block until the running job's function returned (tests)."""
        return self._job.wait(timeout_s) if self._job is not None else True


def field_label(field: str | None) -> str:
    """A contract field as the user reads it, in the interface's language."""
    if field is None:
        return QCoreApplication.translate("import", "— not imported —")
    from .contact_model import field_label as contact_field_label

    return contact_field_label(field)


# The report's reasons for a rejected row, as people read them.
REJECT_REASONS: dict[str, str] = {
    "MISSING_EMAIL": QT_TRANSLATE_NOOP("import", "no e-mail address"),
    "INVALID_EMAIL": QT_TRANSLATE_NOOP("import", "invalid e-mail address"),
    "INVALID_DATE": QT_TRANSLATE_NOOP("import", "unreadable date"),
    "INVALID_PHONE": QT_TRANSLATE_NOOP("import", "unreadable phone number"),
    "INVALID_COUNTRY": QT_TRANSLATE_NOOP("import", "unknown country"),
    "INVALID_YES_NO": QT_TRANSLATE_NOOP("import", "not a yes or no"),
    "INVALID_AUDIENCE": QT_TRANSLATE_NOOP("import", "unknown audience (b2b or b2c)"),
    "INVALID_LAWFUL_BASIS": QT_TRANSLATE_NOOP("import", "unknown lawful basis"),
    "INVALID_JOB_FUNCTION": QT_TRANSLATE_NOOP("import", "unknown job function"),
    "INVALID_SENIORITY": QT_TRANSLATE_NOOP("import", "unknown seniority"),
}

# compliance.special_categories' categories, as the warnings name them.
SPECIAL_CATEGORIES: dict[str, str] = {
    "health": QT_TRANSLATE_NOOP("import", "health"),
    "religion": QT_TRANSLATE_NOOP("import", "religious"),
    "politics": QT_TRANSLATE_NOOP("import", "political"),
    "union": QT_TRANSLATE_NOOP("import", "trade-union"),
    "sexuality": QT_TRANSLATE_NOOP("import", "sexual-orientation"),
    "ethnicity": QT_TRANSLATE_NOOP("import", "ethnic-origin"),
    "genetic_biometric": QT_TRANSLATE_NOOP("import", "genetic or biometric"),
}


def reason_label(code: str) -> str:
    """A rejection reason in words (the code itself when it is not known here)."""
    text = REJECT_REASONS.get(code)
    return QCoreApplication.translate("import", text) if text else code


def special_category_label(category: str | None) -> str:
    text = SPECIAL_CATEGORIES.get(category or "")
    return QCoreApplication.translate("import", text) if text else (category or "")


MAPPABLE_FIELDS: tuple[str, ...] = CONTACT_FIELDS
