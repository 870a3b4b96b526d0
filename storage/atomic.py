"""Writing an output file so that a failure never leaves it half-written (CONTRACT.md section 1).

The content goes to a temporary file in the same folder, then `os.replace` puts it in place in one
step; on any error the temporary file is removed and an existing file at the target is untouched.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import UserError


def write_text_atomically(path: Path, text: str) -> Path:
    """Write `text` (UTF-8) to `path` through a temporary file and a rename."""
    return write_bytes_atomically(path, text.encode("utf-8"))


def write_bytes_atomically(path: Path, data: bytes) -> Path:
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"The folder {folder} does not exist. Choose an existing folder.")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise UserError(
            f"Clearlist cannot write in the folder {folder} ({exc.strerror}). Choose another one."
        ) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise UserError(
                f"The file {path.name} could not be written ({exc.strerror}); nothing was saved."
            ) from exc
        raise
    return path
