"""The opt-out list: file imports (column detection, hashes, our tokens), search, hashed export."""

from __future__ import annotations

import hashlib

import pytest

from compliance.campaign import parse_campaign
from storage import optout
from storage.errors import InputFileError
from storage.export import preview_export, run_export

from .export_fixtures import CAMPAIGN, put_contact


def _entries(ws) -> set[tuple[str, str]]:
    return set(ws.conn.execute("SELECT kind, value FROM optouts"))


def _audit_count(ws) -> int:
    return ws.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def test_mailchimp_unsubscribe_export_by_header(ws, tmp_path):
    path = tmp_path / "unsubscribed_members.csv"
    path.write_text(
        "Email Address,First Name,Last Name,UNSUB_TIME,UNSUB_REASON\n"
        "Jean.Dupont@Firm.FR,Jean,Dupont,2026-10-01 10:00:00,No longer interested\n"
        "anna@bolag.se,Anna,Berg,2026-10-02 11:00:00,\n"
        "not an address,X,Y,,\n",
        "utf-8",
    )
    result = optout.import_file(ws, path, reason="unsubscribed")
    assert (result.added, result.skipped, result.mode) == (2, 1, "email")
    assert result.column == "Email Address"
    assert _entries(ws) == {("email", "jean.dupont@firm.fr"), ("email", "anna@bolag.se")}
    origin, reason = ws.conn.execute("SELECT origin, reason FROM optouts LIMIT 1").fetchone()
    assert origin == "unsubscribed_members.csv" and reason == "unsubscribed"
    again = optout.import_file(ws, path)
    assert (again.added, again.already) == (0, 2)


def test_brevo_semicolon_file_and_a_file_without_header(ws, tmp_path):
    brevo = tmp_path / "brevo.csv"
    brevo.write_text("CONTACT ID;EMAIL;BLACKLISTED\n1;a@x.example;Yes\n2;b@x.example;Yes\n")
    assert optout.import_file(ws, brevo, reason="complaint").added == 2
    bare = tmp_path / "bounces.txt"
    bare.write_text("2026-10-01,c@x.example,hard\n2026-10-02,d@x.example,hard\n")
    result = optout.import_file(ws, bare, reason="bounced")
    assert result.added == 2 and result.column == "Column 2"
    reasons = dict(ws.conn.execute("SELECT value, reason FROM optouts"))
    assert reasons["a@x.example"] == "complaint" and reasons["d@x.example"] == "bounced"


def test_xlsx_file(ws, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Name", "Courriel"])
    sheet.append(["Jean", "jean@firm.fr"])
    sheet.append(["Domaine", "@spam.example"])
    path = tmp_path / "optouts.xlsx"
    book.save(path)
    optout.import_file(ws, path)
    assert _entries(ws) == {("email", "jean@firm.fr"), ("domain", "spam.example")}


def test_no_email_column_is_refused_and_nothing_changes(ws, tmp_path):
    path = tmp_path / "names.csv"
    path.write_text("Name,City\nJean,Paris\nAnna,Lund\n")
    before = _audit_count(ws)
    with pytest.raises(InputFileError) as info:
        optout.import_file(ws, path)
    assert info.value.exit_code == 3 and "no column of e-mail addresses" in info.value.message
    assert _entries(ws) == set() and _audit_count(ws) == before


def test_hashed_lists(ws, tmp_path):
    sha = hashlib.sha256(b"jean@firm.fr").hexdigest()
    md5 = hashlib.md5(b"anna@firm.fr").hexdigest()  # noqa: S324
    (tmp_path / "sha.csv").write_text(f"sha256\n{sha.upper()}\n\n")
    (tmp_path / "md5.txt").write_text(f"{md5}\n")
    optout.import_file(ws, tmp_path / "sha.csv", hashed="sha256")
    optout.import_file(ws, tmp_path / "md5.txt", hashed="md5")
    assert _entries(ws) == {("sha256", sha), ("md5", md5)}
    put_contact(ws, "Jean@firm.fr")
    put_contact(ws, "anna@firm.fr")
    put_contact(ws, "eva@firm.fr")
    counts = preview_export(ws, parse_campaign(CAMPAIGN)).counts
    assert counts.excluded["SUPPRESSED"] == 2 and counts.exported == 1


@pytest.mark.parametrize(
    ("algorithm", "value", "words"),
    [
        ("sha256", hashlib.md5(b"x").hexdigest(), "--hashed md5"),  # noqa: S324
        ("md5", hashlib.sha256(b"x").hexdigest(), "--hashed sha256"),
        ("sha256", "zz" * 32, "64 hexadecimal"),
        ("md5", "jean@firm.fr", "32 hexadecimal"),
    ],
)
def test_wrong_hashes_are_refused_and_nothing_changes(ws, tmp_path, algorithm, value, words):
    good = hashlib.sha256(b"ok").hexdigest() if algorithm == "sha256" else "a" * 32
    path = tmp_path / "hashes.csv"
    path.write_text(f"{good}\n{value}\n")
    before = _audit_count(ws)
    with pytest.raises(InputFileError) as info:
        optout.import_file(ws, path, hashed=algorithm)
    assert info.value.exit_code == 3 and words in info.value.message
    assert "Row 2" in info.value.message
    assert _entries(ws) == set() and _audit_count(ws) == before


def test_round_trip_of_our_tokens_and_links(ws, tmp_path):
    put_contact(ws, "jean@firm.fr")
    put_contact(ws, "anna@firm.fr")
    put_contact(ws, "eva@firm.fr")
    run_export(ws, parse_campaign(CAMPAIGN), tmp_path / "out.csv")
    tokens = dict(
        ws.conn.execute(
            "SELECT c.email, m.token FROM export_members m JOIN contacts c ON c.id = m.contact_id"
        )
    )
    (tmp_path / "tokens.txt").write_text(tokens["jean@firm.fr"] + "\n" + "x" * 22 + "\n")
    result = optout.import_file(ws, tmp_path / "tokens.txt")
    assert result.mode == "token" and result.contacts_found == 1 and result.skipped == 1
    links = tmp_path / "clicks.csv"
    links.write_text(
        f"url,clicked_at\nhttps://acme.example/unsubscribe?t={tokens['anna@firm.fr']},2026-11-30\n"
    )
    assert optout.import_file(ws, links).mode == "token"
    assert _entries(ws) == {("email", "jean@firm.fr"), ("email", "anna@firm.fr")}
    reason, origin = ws.conn.execute(
        "SELECT reason, origin FROM optouts WHERE value = 'anna@firm.fr'"
    ).fetchone()
    assert (reason, origin) == ("unsubscribed", "clicks.csv")


def test_search_counts_and_hashed_export(ws, tmp_path):
    optout.add_values(ws, ["jean@firm.fr", "@spam.example"], reason="objected")
    optout.add_entries(
        ws, [("sha256", hashlib.sha256(b"gone@firm.fr").hexdigest())], reason="erased"
    )
    assert [e.value for e in optout.list_optouts(ws, "jean")] == ["jean@firm.fr"]
    # A whole address also finds its hash (an erased person) and its domain's entry.
    assert [e.kind for e in optout.list_optouts(ws, "Gone@firm.fr")] == ["sha256"]
    assert [e.kind for e in optout.list_optouts(ws, "x@spam.example")] == ["domain"]
    assert optout.count_matching(ws, reason="objected") == 2
    counts = optout.optout_counts(ws)
    assert counts.total == 3 and counts.by_reason == {"objected": 2, "erased": 1}
    out = tmp_path / "for_provider.csv"
    written = optout.export_hashed(ws, out)
    assert written.written == 2 and written.domains_left_out == 1
    lines = out.read_text().splitlines()
    assert lines[0] == "sha256" and hashlib.sha256(b"jean@firm.fr").hexdigest() in lines
    assert "jean" not in out.read_text()
    # What we give out, we can read back.
    assert optout.import_file(ws, out, hashed="sha256").added == 1  # jean's hash is new


def test_load_suppression_reads_every_kind(ws):
    optout.add_values(ws, ["jean@firm.fr", "@spam.example"])
    suppression = optout.load_suppression(ws)
    assert suppression.matches(" JEAN@firm.fr ") == "SUPPRESSED"
    assert suppression.matches("a@mail.spam.example") == "DOMAIN_SUPPRESSED"
