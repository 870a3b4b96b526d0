"""Where GUI tests save the screenshots they take: never into the repository during a test run.

Set CLEARLIST_SCREENSHOTS=docs/screenshots to refresh the committed pictures on purpose.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

SHOTS = Path(
    os.environ.get("CLEARLIST_SCREENSHOTS")
    or Path(tempfile.gettempdir()) / "clearlist-test-screenshots"
)
