"""What the import wizard's pages share: a page that may run one background job at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
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
    """A contract field as the user reads it ('consent_date' -> 'consent date')."""
    if field is None:
        return QCoreApplication.translate("import", "— not imported —")
    return field.replace("_", " ")


MAPPABLE_FIELDS: tuple[str, ...] = CONTACT_FIELDS
