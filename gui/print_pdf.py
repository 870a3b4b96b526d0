"""Saving an HTML document (an access report, the register) as a PDF through Qt, atomically."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from storage.errors import UserError


def save_html_as_pdf(html: str, path: Path, *, title: str = "") -> Path:
    """Render `html` on A4 pages into `path` (a temporary file first, then a rename)."""
    path = Path(path)
    if not path.parent.is_dir():
        raise UserError(f"The folder {path.parent} does not exist. Choose an existing folder.")
    tmp = path.with_name(f".{path.name}.partial")
    try:
        writer = QPdfWriter(str(tmp))
        writer.setTitle(title)
        writer.setCreator("Clearlist")
        writer.setResolution(150)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(18, 18, 18, 18),
                QPageLayout.Unit.Millimeter,
            )
        )
        document = QTextDocument()
        document.setHtml(html)
        document.print_(writer)
        del writer  # the file is complete once the writer is gone
        if not tmp.exists() or tmp.stat().st_size == 0:
            raise UserError(f"The PDF {path.name} could not be written; nothing was saved.")
        os.replace(tmp, path)
    except OSError as exc:
        raise UserError(
            f"The PDF {path.name} could not be written ({exc.strerror}); nothing was saved."
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return path
