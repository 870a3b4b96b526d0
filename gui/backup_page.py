"""Backups: an encrypted copy of the workspace, restoring one, and the weekly reminder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storage import backup
from storage.errors import UserError
from storage.workspace import Workspace

from .formatting import format_date
from .messages import translate_message
from .workers import WorkspaceJob, show_failure

DUE_STYLE = "color: #8a5a00; font-weight: bold;"


class BackupPage(QWidget):
    """Registered in `gui.main_window.PAGES`."""

    status_message = Signal(str)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._job: WorkspaceJob | None = None
        self.last_result: backup.BackupResult | None = None

        explain = QLabel(
            self.tr(
                "A backup is a copy of the whole workspace, encrypted with the same key. Keep "
                "it on another disk or a USB key. To restore it, this workspace's key is needed "
                "(the system keyring entry, or the passphrase)."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.state = QLabel(self)
        self.state.setObjectName("backup_state")
        self.state.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.backup_button = QPushButton(self.tr("Back up now…"), self)
        self.backup_button.setObjectName("backup_button")
        self.backup_button.clicked.connect(self.choose_backup)
        self.restore_button = QPushButton(self.tr("Restore from a backup…"), self)
        self.restore_button.clicked.connect(self.choose_restore)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.state)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        days = backup.days_since_backup(self._ws)
        last = self._ws.setting(backup.LAST_BACKUP_SETTING)
        if days is None:
            text = self.tr("This workspace has never been backed up.")
        else:
            text = self.tr("Last backup: {date} ({days} days ago).").format(
                date=format_date(last), days=days
            )
        if backup.backup_due(self._ws):
            text += " " + self.tr("Make a backup now: the last one is more than a week old.")
            self.state.setStyleSheet(DUE_STYLE)
        else:
            self.state.setStyleSheet("")
        self.state.setText(text)
        busy = self._job is not None
        self.backup_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy)

    # ------------------------------------------------------------------ backup
    def choose_backup(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up the workspace"),
            str(backup.default_backup_path(self._ws, Path.home())),
            self.tr("Clearlist backup (*.clbackup)"),
        )
        if path:
            target = Path(path)
            if not target.suffix:
                target = target.with_suffix(backup.BACKUP_SUFFIX)
            self.start_backup(target)

    def start_backup(self, target: Path) -> WorkspaceJob:
        self.progress.setRange(0, 0)
        self.progress.show()
        job = WorkspaceJob(
            self._ws,
            lambda ws, progress, _cancelled: backup.backup(ws, target, on_progress=progress),
            self,
        )
        job.progress.connect(self._progress)
        job.finished.connect(self._backed_up)
        job.failed.connect(lambda message, bug: show_failure(self, message, bug))
        job.done.connect(self._job_done)
        self._job = job
        self.refresh()
        job.start()
        return job

    def _progress(self, done: int, total: int, _message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _backed_up(self, result: backup.BackupResult) -> None:
        self.last_result = result
        self.status_message.emit(
            self.tr("Backup written: {name} ({mb} MB)").format(
                name=result.path.name, mb=max(1, round(result.size / 1e6))
            )
        )

    def _job_done(self) -> None:
        self._job = None
        self.progress.hide()
        self.refresh()

    # ------------------------------------------------------------------ restore
    def choose_restore(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup"),
            str(Path.home()),
            self.tr("Clearlist backup (*.clbackup);;All files (*)"),
        )
        if not path:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Restore from a backup"),
            self.tr(
                "Replace everything in this workspace with the backup {name}? Changes made "
                "since that backup are lost. The file is checked first: a file that is not a "
                "backup of this workspace is refused and nothing changes."
            ).format(name=Path(path).name),
            QMessageBox.Yes | QMessageBox.Cancel,
            QMessageBox.Cancel,
        )
        if answer == QMessageBox.Yes:
            self.restore_from(Path(path))

    def restore_from(self, path: Path) -> bool:
        QGuiApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            backup.restore(self._ws, path)
        except UserError as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(
                self, self.tr("Restore from a backup"), translate_message(exc.message)
            )
            return False
        QGuiApplication.restoreOverrideCursor()
        self.status_message.emit(
            self.tr("The workspace was restored from {name}.").format(name=path.name)
        )
        window = self.window()
        if hasattr(window, "refresh_pages"):
            window.refresh_pages()
        else:
            self.refresh()
        return True
