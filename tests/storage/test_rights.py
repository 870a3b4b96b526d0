"""A person's page data, the access report files, rectification, objection and the requests log."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from compliance.emails import email_sha256
from storage import optout, register, rights
from storage.contacts import add_contact, get_contact
from storage.errors import UsageError, UserError
from storage.requests import (
    close_request,
    due_requests,
    extend_request,
    get_request,
    list_requests,
    log_request,
    update_request,
)
from storage.workspace import Workspace, now_iso


def _person(ws: Workspace, **extra: str) -> int:
    fields = {
        "email": "Jeanne.Dupont@Exemple.fr",
        "first_name": "Jeanne",
        "last_name": "Dupont",
        "company": "Exemple SARL",
        "job_title": "Responsable achats",
        "country": "FR",
        "audience": "b2b",
        "collected_on": "2025-03-10",
        "notes": "Rencontrée au salon <script>alert(1)</script>",
    }
    fields.update(extra)
    return add_contact(ws, fields)


def _exported(ws: Workspace, contact_id: int, tool: str = "mailchimp") -> None:
    stamp = now_iso()
    with ws.transaction():
        source_id = ws.conn.execute(
            "INSERT INTO sources (source_type, source_name, acquired_on, created_at) "
            "VALUES ('purchased', 'DataPro fichier 2025', '2025-03-10', ?)",
            (stamp,),
        ).lastrowid
        ws.conn.execute(
            "INSERT INTO contact_sources (contact_id, source_id, added_at) VALUES (?, ?, ?)",
            (contact_id, source_id, stamp),
        )
        export_id = ws.conn.execute(
            "INSERT INTO exports (campaign_json, tool, considered, exported, excluded_json, "
            "flags_json, file_name, file_sha256, created_at) VALUES (?, ?, 1, 1, '{}', '{}', "
            "'out.csv', 'x', '2026-10-02T09:00:00+00:00')",
            (json.dumps({"name": "Offre automne", "sender": "Acme SAS, Paris"}), tool),
        ).lastrowid
        ws.conn.execute(
            "INSERT INTO export_members (export_id, contact_id, decision, token) "
            "VALUES (?, ?, 'ALLOW_WITH_NOTICE', 't1')",
            (export_id, contact_id),
        )


# ------------------------------------------------------------------------------ finding
def test_find_people_by_address_prefix_and_by_name(ws: Workspace) -> None:
    jeanne = _person(ws)
    add_contact(ws, {"email": "zoe@exemple.fr", "first_name": "Zoé", "last_name": "Étienne"})
    assert [m.contact_id for m in rights.find_people(ws, "JEANNE.dupont@")] == [jeanne]
    assert [m.contact_id for m in rights.find_people(ws, "dupont jea")] == [jeanne]
    # Diacritics do not matter: "zoe etienne" finds Zoé Étienne.
    assert [m.name for m in rights.find_people(ws, "zoe etienne")] == ["Zoé Étienne"]
    assert rights.find_people(ws, "   ") == []
    assert rights.find_people(ws, "nobody@") == []


def test_person_record_holds_everything(ws: Workspace) -> None:
    contact_id = _person(ws)
    _exported(ws, contact_id)
    optout.add_values(ws, ["@exemple.fr"], reason="manual")
    log_request(ws, "access", contact_id=contact_id, received_on=dt.date(2026, 11, 20))
    record = rights.person_record(ws, email=" jeanne.dupont@exemple.FR ")
    assert record.contact_id == contact_id
    assert record.contact is not None and record.contact["notes"].startswith("Rencontrée")
    assert {s["source_name"] for s in record.sources} == {"Entered by hand", "DataPro fichier 2025"}
    assert [(e.campaign, e.tool) for e in record.exports] == [("Offre automne", "mailchimp")]
    assert [o.kind for o in record.optouts] == ["domain"]
    assert not record.suppressed  # a domain entry is not the person's own opt-out
    assert [r.kind for r in record.requests] == ["access"]


def test_unknown_and_malformed_addresses(ws: Workspace) -> None:
    with pytest.raises(UserError, match="No one with this address"):
        rights.person_record(ws, email="nobody@example.org")
    with pytest.raises(UsageError, match="not a valid e-mail address"):
        rights.person_record(ws, email="jeanne at exemple")


# ------------------------------------------------------------------------------ access report
def test_access_report_html_in_the_persons_language(ws: Workspace, tmp_path: Path) -> None:
    contact_id = _person(ws)
    _exported(ws, contact_id)
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "acces.html"
    written = rights.write_access_report(ws, "jeanne.dupont@exemple.fr", out)
    assert written.language == "fr"  # the person's country is FR
    page = out.read_text(encoding="utf-8")
    assert '<html lang="fr">' in page
    assert "Jeanne.Dupont@exemple.fr" in page
    assert "&lt;script&gt;" in page and "<script>alert" not in page  # notes escaped
    assert "DataPro fichier 2025" in page
    assert "un fichier acheté auprès d'un fournisseur de données".replace("'", "&#x27;") in page
    assert "Offre automne" in page and "Mailchimp" in page
    assert "CNIL" in page
    # Retention: 3 years from collection on 2025-03-10 -> kept until 9 March 2028.
    assert "9 mars 2028" in page
    # The controller comes from the campaigns' sender.
    assert "Acme SAS, Paris" in page
    # No leftover temporary file; the audit trail has the id, not the address.
    assert [p.name for p in out.parent.iterdir()] == ["acces.html"]
    details = ws.conn.execute(
        "SELECT entity_id, details_json FROM audit_log WHERE action = 'person.access_report'"
    ).fetchone()
    assert details[0] == contact_id and "jeanne" not in details[1].lower()


def test_access_report_json_in_swedish(ws: Workspace, tmp_path: Path) -> None:
    contact_id = _person(ws, email="sven@foretag.se", country="SE", notes="Ringde 3 maj")
    log_request(ws, "access", contact_id=contact_id)
    out = tmp_path / "r.json"
    rights.write_access_report(ws, "sven@foretag.se", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["language"] == "sv"
    assert data["data"]["notes"] == "Ringde 3 maj"
    assert data["complaint_authority"] == "IMY"
    assert data["retention"]["kept_until"] == "2028-03-09"
    assert data["requests"] == [{"kind": "access", "received_on": "2026-11-28", "status": "open"}]
    headings = [s["heading"] for s in data["sections"]]
    assert "Dina rättigheter" in headings
    complaint = next(s for s in data["sections"] if s["key"] == "complaint")
    assert "Integritetsskyddsmyndigheten" in complaint["paragraphs"][0]


def test_access_report_language_override_and_request_link(ws: Workspace, tmp_path: Path) -> None:
    _person(ws)
    request_id = log_request(ws, "access", email="jeanne.dupont@exemple.fr")
    out = tmp_path / "report.html"
    rights.write_access_report(
        ws, "jeanne.dupont@exemple.fr", out, language="en", request_id=request_id
    )
    assert "Your rights" in out.read_text(encoding="utf-8")
    assert get_request(ws, request_id).file_sent == "report.html"


def test_access_report_refusals_write_nothing(ws: Workspace, tmp_path: Path) -> None:
    _person(ws)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(UserError, match="No one with this address"):
        rights.write_access_report(ws, "other@exemple.fr", tmp_path / "a.html")
    with pytest.raises(UsageError, match=r"\.html or \.json"):
        rights.write_access_report(ws, "jeanne.dupont@exemple.fr", tmp_path / "a.pdf")
    with pytest.raises(UsageError):
        rights.write_access_report(
            ws, "jeanne.dupont@exemple.fr", tmp_path / "a.html", language="de"
        )
    with pytest.raises(UserError, match="does not exist"):
        rights.write_access_report(ws, "jeanne.dupont@exemple.fr", tmp_path / "no" / "a.html")
    assert list(tmp_path.iterdir()) == []


def test_access_report_for_someone_only_on_the_optout_list(ws: Workspace, tmp_path: Path) -> None:
    optout.add_values(ws, ["left@example.org"], reason="unsubscribed")
    out = tmp_path / "r.json"
    rights.write_access_report(ws, "left@example.org", out, language="en")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["data"] == {}
    assert data["opt_out"][0]["reason"] == "unsubscribed"
    optout_section = next(s for s in data["sections"] if s["key"] == "optout")
    assert "you unsubscribed" in optout_section["paragraphs"][0]


def test_controller_from_the_register_wins(ws: Workspace, tmp_path: Path) -> None:
    _person(ws)
    register.save_section(ws, "controller", "Acme SAS\n1 rue de la Paix, Paris\nrgpd@acme.fr")
    report = rights.access_report(ws, email="jeanne.dupont@exemple.fr")
    controller = next(s for s in report.sections if s.key == "controller")
    assert controller.paragraphs == ("Acme SAS", "1 rue de la Paix, Paris", "rgpd@acme.fr")


# ------------------------------------------------------------------------------ rectification
def test_rectification_is_audited_by_field_name(ws: Workspace) -> None:
    contact_id = _person(ws)
    request_id = log_request(ws, "rectification", contact_id=contact_id)
    rights.rectify(ws, contact_id, {"last_name": "Dupont-Martin"}, request_id=request_id)
    assert get_contact(ws, contact_id)["last_name"] == "Dupont-Martin"
    rows = ws.conn.execute(
        "SELECT action, details_json FROM audit_log WHERE action IN "
        "('contact.updated', 'request.rectified') ORDER BY id"
    ).fetchall()
    assert [r[0] for r in rows] == ["contact.updated", "request.rectified"]
    assert all("last_name" in r[1] and "Martin" not in r[1] for r in rows)


# ------------------------------------------------------------------------------ objection
def test_objection_puts_the_address_on_the_optout_list_at_once(ws: Workspace) -> None:
    contact_id = _person(
        ws, lawful_basis="consent", consent_date="2025-01-01", consent_source="form"
    )
    request_id = log_request(ws, "objection", contact_id=contact_id)
    assert rights.object_to_marketing(ws, contact_id=contact_id, request_id=request_id)
    row = ws.conn.execute("SELECT kind, value, reason FROM optouts").fetchone()
    assert row == ("email", "jeanne.dupont@exemple.fr", "objected")
    assert get_contact(ws, contact_id)["consent_withdrawn_on"] == "2026-11-28"
    assert get_request(ws, request_id).status == "done"
    assert rights.person_record(ws, contact_id=contact_id).suppressed
    # A second objection changes nothing.
    assert not rights.object_to_marketing(ws, email="JEANNE.DUPONT@exemple.fr")


# ------------------------------------------------------------------------------ requests log
def test_requests_deadlines_and_the_overview(ws: Workspace) -> None:
    contact_id = _person(ws)
    overdue = log_request(ws, "access", contact_id=contact_id, received_on=dt.date(2026, 10, 20))
    soon = log_request(ws, "erasure", email="x@example.org", received_on=dt.date(2026, 11, 2))
    later = log_request(ws, "objection", email="y@example.org", identity_check="reply to mail")
    assert get_request(ws, overdue).deadline == dt.date(2026, 11, 20)
    assert get_request(ws, later).deadline == dt.date(2026, 12, 28)
    assert get_request(ws, soon).subject_sha256 == email_sha256("x@example.org")
    assert get_request(ws, soon).contact_id is None
    due = due_requests(ws)
    assert [r.id for r in due.overdue] == [overdue]
    assert [r.id for r in due.due_this_week] == [soon]
    assert [r.id for r in list_requests(ws)] == [overdue, soon, later]  # by deadline
    assert get_request(ws, overdue).contact_email == "Jeanne.Dupont@exemple.fr"


def test_extension_and_closing(ws: Workspace) -> None:
    request_id = log_request(ws, "access", email="a@example.org", received_on=dt.date(2026, 11, 2))
    extended = extend_request(ws, request_id, told_on=dt.date(2026, 11, 20))
    assert extended.deadline == dt.date(2027, 2, 2) and extended.extended
    with pytest.raises(UserError, match="already extended"):
        extend_request(ws, request_id)
    late = log_request(ws, "access", email="b@example.org", received_on=dt.date(2026, 10, 1))
    with pytest.raises(UserError, match="within one month"):
        extend_request(ws, late)
    with pytest.raises(UserError, match="Say why"):
        close_request(ws, late, status="refused")
    closed = close_request(ws, late, status="refused", outcome="Identity could not be checked.")
    assert closed.status == "refused" and closed.closed_on == dt.date(2026, 11, 28)
    with pytest.raises(UserError, match="already closed"):
        close_request(ws, late)
    with pytest.raises(UsageError):
        log_request(ws, "access", email="not-an-address")
    with pytest.raises(UserError, match="future"):
        log_request(ws, "access", email="c@example.org", received_on=dt.date(2026, 12, 1))


def test_a_report_that_cannot_be_written_leaves_no_record(ws: Workspace, tmp_path: Path) -> None:
    _person(ws)
    request_id = log_request(ws, "access", email="jeanne.dupont@exemple.fr")
    audit_entries = ws.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]

    def broken_pdf(_html: str, _path: Path) -> None:
        raise UserError("The PDF could not be written; nothing was saved.")

    with pytest.raises(UserError, match="PDF"):
        rights.write_access_report(
            ws,
            "jeanne.dupont@exemple.fr",
            tmp_path / "r.pdf",
            request_id=request_id,
            pdf_writer=broken_pdf,
        )
    assert get_request(ws, request_id).file_sent is None
    assert ws.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audit_entries


def test_updating_a_request_stores_it_and_audits_the_field_names_only(ws: Workspace) -> None:
    request_id = log_request(ws, "access", email="a@example.org")
    updated = update_request(ws, request_id, outcome="Report sent by post.", file_sent=" ")
    assert updated.outcome == "Report sent by post." and updated.file_sent is None
    action, details = ws.conn.execute(
        "SELECT action, details_json FROM audit_log ORDER BY id DESC LIMIT 1"
    ).fetchone()
    assert action == "request.updated"
    assert json.loads(details) == {"fields": ["file_sent", "outcome"]}
    assert "post" not in details  # the values are not in the audit trail
