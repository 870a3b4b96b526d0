"""Screenshots of the main screens in English, French and Swedish, for the README and the docs.

    QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py [--out docs/screenshots]
                                                              [--languages en fr sv]

Builds a demo workspace in a temporary folder (1,000 fictitious contacts through the import,
a campaign, a request, a breach), then, for each language, starts the main window with that
language's translation and locale (as Settings > Language would) and saves
`<out>/<language>/<screen>.png` for: contacts, overview, import (the wizard's first page),
export (the export wizard after its preview), person, register. Nothing outside the temporary
folder and `<out>` is touched (private settings, a passphrase instead of the keyring).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = dt.date(2026, 11, 28)
SIZE = (1280, 800)
CAMPAIGN = {
    "name": "Spring accounting offer",
    "sender": "Acme SAS, 1 rue de la Paix, 75002 Paris, contact@acme.example",
    "unsubscribe": "https://acme.example/unsubscribe?t={token}",
    "topic_functions": ["finance"],
    "product_category": "accounting",
    "notice": "We obtained your address from {source_name}. {sender}. Object: {unsubscribe}",
    "jurisdiction": "FR",
}
SCREENS = ("contacts", "overview", "import", "export", "person", "register")


def settle(app: Any, seconds: float = 0.6) -> None:
    """Let background jobs finish and the window repaint."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def build_workspace(folder: Path) -> Any:
    from storage import breaches, requests
    from storage import campaigns as store
    from storage.demo import load_demo
    from storage.workspace import Workspace

    ws = Workspace.open(folder / "demo.db", passphrase="screenshots only", today=TODAY)
    load_demo(ws)
    store.save_campaign(ws, CAMPAIGN)
    first = ws.conn.execute("SELECT email FROM contacts ORDER BY id LIMIT 1").fetchone()[0]
    requests.log_request(ws, "access", email=first, received_on=TODAY - dt.timedelta(days=12))
    noticed = dt.datetime(2026, 11, 27, 9, 30, tzinfo=dt.UTC)
    breaches.record_breach(
        ws,
        noticed_at=noticed,
        facts="A laptop holding an export of the prospect list was stolen from a car.",
        now=noticed + dt.timedelta(hours=2),
        risk="risk",
        data_categories="names, e-mail addresses, phones",
    )
    return ws


def grab(widget: Any, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def shoot_language(app: Any, ws: Any, language: str, out: Path) -> None:
    from gui import i18n
    from gui.export_wizard import ExportWizard
    from gui.import_wizard import ImportWizard
    from gui.main_window import MainWindow

    i18n.install_translators(app, language)
    window = MainWindow(ws, as_of=TODAY)
    window.resize(*SIZE)
    window.show()
    settle(app)
    folder = out / language
    try:
        for key in ("contacts", "overview", "register"):
            window.show_page(key)
            settle(app)
            grab(window, folder / f"{key}.png")
        person = window.show_page("person")
        first = ws.conn.execute("SELECT email FROM contacts ORDER BY id LIMIT 1").fetchone()[0]
        person.show_person(email=first)
        settle(app)
        grab(window, folder / "person.png")

        wizard = ImportWizard(ws, None, window)
        wizard.resize(900, 640)
        wizard.show()
        settle(app)
        grab(wizard, folder / "import.png")
        wizard.reject()

        export = ExportWizard(ws, parent=window)
        export.show()
        settle(app)
        job = export.run_preview()
        deadline = time.monotonic() + 60
        while export.preview is None and time.monotonic() < deadline:
            settle(app, 0.2)
        if job is not None and export.preview is None:
            raise SystemExit("the export preview did not finish within a minute")
        settle(app)
        grab(export, folder / "export.png")
        export.reject()
    finally:
        window.close()
        window.deleteLater()
        settle(app, 0.1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--languages", nargs="+", default=["en", "fr", "sv"])
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="clearlist-shots-") as tmp:
        folder = Path(tmp)
        os.environ["HOME"] = str(folder)  # nothing of the user's is read or written
        import keyring
        from keyring.backends import fail

        keyring.set_keyring(fail.Keyring())  # the passphrase path: no keychain touched
        from PySide6.QtCore import QCoreApplication, QSettings
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication(sys.argv[:1])
        QCoreApplication.setOrganizationName("ClearlistScreenshots")
        QCoreApplication.setApplicationName("ClearlistScreenshots")
        QSettings.setDefaultFormat(QSettings.IniFormat)
        QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(folder / "settings"))
        ws = build_workspace(folder)
        try:
            for language in args.languages:
                shoot_language(app, ws, language, args.out)
        finally:
            ws.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
