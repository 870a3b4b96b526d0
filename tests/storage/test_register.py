"""The register of processing activities (art. 30): prefilled, editable, exported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storage import register
from storage.contacts import add_contact
from storage.errors import UsageError
from storage.workspace import Workspace, now_iso


def _export(ws: Workspace, tool: str) -> None:
    with ws.transaction():
        ws.conn.execute(
            "INSERT INTO exports (campaign_json, tool, considered, exported, excluded_json, "
            "flags_json, file_name, file_sha256, created_at) VALUES (?, ?, 1, 1, '{}', '{}', "
            "'f.csv', 'x', ?)",
            (
                json.dumps({"name": "Spring", "sender": "Acme SAS, 1 rue de la Paix"}),
                tool,
                now_iso(),
            ),
        )


def test_prefill_follows_the_workspace(ws: Workspace) -> None:
    empty = register.prefill(ws)
    assert "To complete" in empty["controller"]
    assert "0 contacts" in empty["people"]
    assert empty["sources"] == "No source recorded yet."
    assert "None known" in empty["transfers"]

    add_contact(ws, {"email": "a@firm.example", "audience": "b2b", "phone": "+33 1 23 45 67 89"})
    _export(ws, "mailchimp")
    _export(ws, "brevo")
    filled = register.prefill(ws)
    assert filled["controller"] == "Acme SAS, 1 rue de la Paix"
    assert filled["people"].startswith("business contacts (prospects); 1 contacts")
    assert "contact details" in filled["data"] and "your purchases" not in filled["data"]
    assert "entered by hand by our staff (1): Entered by hand" in filled["sources"]
    assert "Brevo" in filled["recipients"] and "Mailchimp" in filled["recipients"]
    assert "Intuit" in filled["transfers"]  # Mailchimp keeps data in the United States
    assert "SQLCipher" in filled["security"]


def test_edit_reset_and_languages(ws: Workspace) -> None:
    register.save_section(ws, "purposes", "  Prospection B2B.  ")
    sections = {s.key: s for s in register.sections(ws, "fr")}
    assert sections["purposes"].text == "Prospection B2B." and sections["purposes"].edited
    assert sections["purposes"].heading == "Finalités du traitement"
    assert "Gestion des prospects" in sections["purposes"].prefill
    assert not sections["retention"].edited and "3 ans" in sections["retention"].text
    register.reset_section(ws, "purposes")
    assert not {s.key: s for s in register.sections(ws)}["purposes"].edited
    actions = [r[0] for r in ws.conn.execute("SELECT action FROM audit_log ORDER BY id")]
    assert actions[-2:] == ["register.edited", "register.reset"]
    with pytest.raises(ValueError):
        register.save_section(ws, "nonsense", "x")


def test_html_export(ws: Workspace, tmp_path: Path) -> None:
    register.save_section(ws, "controller", "Acme <b>SAS</b>\nrgpd@acme.example")
    out = register.write_document(ws, tmp_path / "register.html", "sv")
    page = out.read_text(encoding="utf-8")
    assert '<html lang="sv">' in page
    assert "Register över behandlingar" in page
    assert "Acme &lt;b&gt;SAS&lt;/b&gt;" in page
    assert page.count("<h2>") == len(register.SECTIONS)


def test_pdf_goes_through_the_given_writer(ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        register.write_document(ws, tmp_path / "r.pdf")
    with pytest.raises(UsageError):
        register.write_document(ws, tmp_path / "r.docx")
    seen = []
    register.write_document(
        ws, tmp_path / "r.pdf", "fr", pdf_writer=lambda html, path: seen.append((html, path))
    )
    assert seen[0][1] == tmp_path / "r.pdf" and "Registre des activités" in seen[0][0]
