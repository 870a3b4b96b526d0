"""The cleared export: decisions equal decide()'s, the file's columns and safety, the record."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import random
from pathlib import Path

import pytest

from compliance.clearance import date_cutoffs, decide, facts_from_fields
from compliance.fields import CONTACT_FIELDS
from compliance.segment_filter import SegmentFilter
from storage import export as ex
from storage.errors import Cancelled, UsageError
from storage.optout import add_entries, add_values, load_suppression
from storage.segments import save_segment
from storage.workspace import Workspace

from .export_fixtures import campaign, put_contact

SOURCE_CHOICES = (
    (("own_form", "Website form"),),
    (("purchased", "Kompass list 2025"),),
    (("trade_show", "Salon RH Paris"), ("public_web", "Company site")),
    (("customer", "Shop"),),
    (("rented", "Rented list"),),
)


def _random_contacts(ws, n: int, seed: int, *, near_cutoffs: bool = False) -> None:
    """`n` varied contacts; with `near_cutoffs`, most dates within two days of a day that
    decide() compares dates with (compliance.clearance.date_cutoffs), where grouping by
    representative dates would go wrong first."""
    rng = random.Random(seed)
    today = ws.today
    anchors = sorted({c for cuts in date_cutoffs(today).values() for c in cuts})
    for i in range(n):

        def day(rng=rng) -> str | None:
            if rng.random() < 0.3:
                return None
            if near_cutoffs and rng.random() < 0.8:
                anchor = rng.choice(anchors)
                return (anchor + dt.timedelta(days=rng.randint(-2, 2))).isoformat()
            return (today - dt.timedelta(days=rng.randrange(-20, 5 * 365))).isoformat()

        local = rng.choice(["info", "contact", f"jean.dupont{i}", f"anna.berg{i}", f"sales{i}"])
        domain = rng.choice(["firm.fr", "bolag.se", "firma.de", "shop.example", "blocked.example"])
        if local in ("info", "contact") and domain != "firm.fr":
            domain = f"d{i}.{domain}"  # role addresses at many firms; info@firm.fr once
        if ws.conn.execute(
            "SELECT 1 FROM contacts WHERE email_key = ?", (f"{local}@{domain}",)
        ).fetchone():
            continue
        put_contact(
            ws,
            f"{local}@{domain}" if rng.random() > 0.03 else f"broken{i}@@x",
            sources=rng.choice(SOURCE_CHOICES),
            country=rng.choice(["FR", "SE", "DE", None]),
            audience=rng.choice(["b2b", "b2c", None]),
            sole_trader=rng.choice([0, 1, None]),
            lawful_basis=rng.choice(["consent", "legitimate_interest", None]),
            consent_date=day(),
            consent_source=rng.choice(
                # Blank sources (spaces a spreadsheet left) are no source: only with near_cutoffs,
                # so that the older test's random draws stay as they were.
                ["web form", None, " ", "\u00a0\t", "\u3000"]
                if near_cutoffs
                else ["web form", None]
            ),
            informed_at_collection=rng.choice([0, 1, None]),
            last_purchase_date=day() if rng.random() < 0.3 else None,
            product_category=rng.choice(["accounting", "payroll", None]),
            collected_on=day() or today.isoformat(),
            notice_sent_date=day() if rng.random() < 0.2 else None,
            last_inbound_contact_date=day() if rng.random() < 0.3 else None,
            job_function=rng.choice(["finance", "executive", "sales", "it", None]),
            **(
                {
                    "consent_withdrawn_on": day() if rng.random() < 0.3 else None,
                    "customer_since": day() if rng.random() < 0.3 else None,
                }
                if near_cutoffs
                else {}
            ),
        )


def _expected(ws, camp) -> dict[str, tuple]:
    """decide() on each contact's own facts, built the documented way (facts_from_fields)."""
    suppression = load_suppression(ws)
    out = {}
    rows = ws.conn.execute("SELECT * FROM contacts ORDER BY id").fetchall()
    names = [d[0] for d in ws.conn.execute("SELECT * FROM contacts LIMIT 0").description]
    for row in rows:
        fields = dict(zip(names, row, strict=True))
        sources = ws.conn.execute(
            "SELECT s.source_type, s.source_name FROM contact_sources cs JOIN sources s "
            "ON s.id = cs.source_id WHERE cs.contact_id = ? ORDER BY s.id",
            (fields["id"],),
        ).fetchall()
        facts = facts_from_fields(
            {k: fields[k] for k in CONTACT_FIELDS if k in fields},
            source_types=[s[0] for s in sources],
            source_names=[s[1] for s in sources],
            email_valid=bool(fields["email_valid"]),
            # Not a contract field (set by an objection or a withdrawal), passed on its own.
            consent_withdrawn_on=(
                dt.date.fromisoformat(fields["consent_withdrawn_on"])
                if fields["consent_withdrawn_on"]
                else None
            ),
        )
        d = decide(facts, camp, ws.today, suppression)
        out[fields["email"]] = (d.decision, d.reasons, d.flags)
    return out


@pytest.mark.parametrize("notice", [True, False])
def test_every_decision_equals_decide_on_the_contacts_own_facts(ws, tmp_path, notice):
    _random_contacts(ws, 400, seed=11)
    add_values(ws, ["@blocked.example", "info@firm.fr"])
    camp = campaign() if notice else campaign(notice=None)
    expected = _expected(ws, camp)
    # The data reaches every decision and every reason code.
    kinds = {v[0] for v in expected.values()} | {r for v in expected.values() for r in v[1]}
    assert kinds >= {"ALLOW", "EXCLUDE", "SUPPRESSED", "DOMAIN_SUPPRESSED", "INVALID_EMAIL"}
    assert kinds >= {"RETENTION_EXPIRED", "NO_CONSENT", "TOPIC_UNRELATED"}
    assert ("ALLOW_WITH_NOTICE" if notice else "NOTICE_MISSING") in kinds
    decisions = tmp_path / "decisions.csv"
    result = ex.run_export(ws, camp, tmp_path / "out.csv", decisions_path=decisions)
    with decisions.open(encoding="utf-8") as fh:
        got = {
            r["email"].lstrip("'"): (
                r["decision"],
                tuple(filter(None, r["reasons"].split(";"))),
                tuple(filter(None, r["flags"].split(";"))),
            )
            for r in csv.DictReader(fh)
        }
    assert got == expected
    preview = ex.preview_export(ws, camp)
    assert preview.counts == result.counts
    assert result.counts.exported == sum(1 for v in expected.values() if v[0] != "EXCLUDE")


def _decisions_file(path: Path) -> dict[str, tuple]:
    with path.open(encoding="utf-8") as fh:
        return {
            r["email"].lstrip("'"): (
                r["decision"],
                tuple(filter(None, r["reasons"].split(";"))),
                tuple(filter(None, r["flags"].split(";"))),
            )
            for r in csv.DictReader(fh)
        }


@pytest.mark.parametrize("day", [dt.date(2026, 11, 28), dt.date(2028, 2, 29)])
def test_decisions_equal_decide_with_dates_at_the_cutoffs(ws_path, tmp_path, day):
    """Contacts are decided by groups of representative dates: at the very days where a date
    changes a decision (the day before, of and after each cutoff), every decision still equals
    decide() on the contact's own facts, for a campaign with and without a notice; the opt-out
    list holds an address, a domain and a SHA-256 hash."""
    with Workspace.open(ws_path, today=day) as ws:
        _check_decisions_at_the_cutoffs(ws, tmp_path)


def _check_decisions_at_the_cutoffs(ws, tmp_path):
    _random_contacts(ws, 500, seed=23, near_cutoffs=True)
    hashed = ws.conn.execute("SELECT email_key FROM contacts WHERE id = 7").fetchone()[0]
    add_values(ws, ["@blocked.example", "info@firm.fr"])
    add_entries(ws, [("sha256", hashlib.sha256(hashed.encode()).hexdigest())])
    for camp in (campaign(), campaign(notice=None, jurisdiction="SE")):
        expected = _expected(ws, camp)
        flags = {f for v in expected.values() for f in v[2]}
        assert flags >= {"ART14_OVERDUE", "UNCERTAIN"}
        decisions = tmp_path / f"decisions-{camp.jurisdiction}.csv"
        result = ex.run_export(
            ws, camp, tmp_path / f"out-{camp.jurisdiction}.csv", decisions_path=decisions
        )
        assert _decisions_file(decisions) == expected
        assert ex.preview_export(ws, camp).counts == result.counts


def test_consent_sentences_quote_each_contacts_own_consent(ws, tmp_path):
    """Two contacts in one decision group (their consent dates on the same side of today) each
    get a reason sentence with their own consent date and source."""
    for email, when, source in (
        ("anna@firm.fr", "2025-03-02", "newsletter form"),
        ("eva@firm.fr", "2024-07-14", "trade show card"),
    ):
        put_contact(
            ws, email, consent_date=when, consent_source=source, audience="b2c", job_function="it"
        )
    out = tmp_path / "out.csv"
    ex.run_export(ws, campaign(), out)
    rows = {r["email"]: r["reason"] for r in _read_csv(out)}
    assert "2 mars 2025" in rows["anna@firm.fr"] and "newsletter form" in rows["anna@firm.fr"]
    assert "14 juillet 2024" in rows["eva@firm.fr"] and "trade show card" in rows["eva@firm.fr"]


def test_reason_sentences_and_languages_survive_grouping(ws, tmp_path):
    """Contacts are decided in groups that drop what decide() does not read in their case (any
    other country is one country; a non-B2B contact's function; a category without a purchase):
    the sentence each receives still names its own category, function and language."""
    put_contact(
        ws,
        "kund@shop.fr",
        sources=(("customer", "Shop"),),
        audience="b2c",
        product_category=" Accounting ",
        last_purchase_date="2026-06-01",
    )
    put_contact(ws, "anna@firma.se", country="SE", consent_date="2026-01-05",
                consent_source="mässa", audience="b2c")  # fmt: skip
    put_contact(ws, "hans@firma.de", country="DE", consent_date="2026-02-03",
                consent_source="web form", audience="b2c")  # fmt: skip
    put_contact(ws, "paul@firm.fr", job_function="finance")
    out = tmp_path / "out.csv"
    ex.run_export(ws, campaign(), out)
    rows = {r["email"]: r for r in _read_csv(out)}
    assert "(Accounting)" in rows["kund@shop.fr"]["reason"]
    assert rows["kund@shop.fr"]["language"] == "fr"
    assert rows["anna@firma.se"]["language"] == "sv"
    assert "5 januari 2026" in rows["anna@firma.se"]["reason"]
    assert rows["hans@firma.de"]["language"] == "en"
    assert "3 February 2026 (web form)" in rows["hans@firma.de"]["reason"]
    assert "fonctions professionnelles" in rows["paul@firm.fr"]["reason"]
    assert "(finance)" in rows["paul@firm.fr"]["reason"].lower()


def _read_csv(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    text = path.read_bytes().decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:]), delimiter=delimiter))


def test_exported_file_columns_links_notice_and_reason(ws, tmp_path):
    put_contact(ws, "jean.dupont@firm.fr", first_name="Jean", last_name="Dupont")
    put_contact(
        ws,
        "anna.berg@firm.fr",
        sources=(("purchased", "Kompass list 2025"),),
        collected_on=ws.today.isoformat(),
    )
    put_contact(ws, "eva@firm.fr", job_function="it")  # topic unrelated: excluded
    out = tmp_path / "out.csv"
    result = ex.run_export(ws, campaign(), out)
    rows = {r["email"]: r for r in _read_csv(out)}
    assert set(rows) == {"jean.dupont@firm.fr", "anna.berg@firm.fr"}
    assert result.counts.excluded["TOPIC_UNRELATED"] == 1
    jean, anna = rows["jean.dupont@firm.fr"], rows["anna.berg@firm.fr"]
    assert jean["decision"] == "ALLOW" and jean["notice"] == ""
    assert anna["decision"] == "ALLOW_WITH_NOTICE"
    assert "Kompass list 2025" in anna["notice"] and anna["unsubscribe_url"] in anna["notice"]
    assert "fonctions professionnelles" in jean["reason"]  # French contact: French sentence
    tokens = dict(
        ws.conn.execute(
            "SELECT c.email, m.token FROM export_members m JOIN contacts c ON c.id = m.contact_id"
        ).fetchall()
    )
    assert set(tokens) == set(rows)
    for email, row in rows.items():
        assert row["unsubscribe_url"] == f"https://acme.example/unsubscribe?t={tokens[email]}"
        assert len(tokens[email]) == 22
    assert tokens["jean.dupont@firm.fr"] != tokens["anna.berg@firm.fr"]


def test_no_cell_can_start_a_formula_and_separators_stay_inside_cells(ws, tmp_path):
    put_contact(ws, "jean@firm.fr", first_name='=HYPERLINK("x")', last_name="+1;=2", company="@x")
    put_contact(ws, "eva@firm.fr", first_name="-3", last_name="\tx", company=" =cmd")
    out = tmp_path / "out.csv"
    ex.run_export(ws, campaign(), out, delimiter=";")
    rows = _read_csv(out, ";")
    assert len(rows) == 2
    for row in rows:
        for value in row.values():
            assert not value or value[0] not in "=+-@\t\r", value
    assert {r["first_name"] for r in rows} == {'\'=HYPERLINK("x")', "'-3"}
    raw = out.read_bytes().decode("utf-8-sig")
    assert '"\'+1;=2"' in raw  # the ; is inside a quoted field


def test_xlsx_export_and_presets(ws, tmp_path):
    from openpyxl import load_workbook

    put_contact(ws, "jean@firm.fr", first_name="=1+1", last_name="Dupont")
    out = tmp_path / "out.xlsx"
    result = ex.run_export(ws, campaign(), out, preset="brevo")
    sheet = load_workbook(out, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("EMAIL", "FIRSTNAME", "LASTNAME")
    assert rows[1][1] == "'=1+1"
    assert result.file_sha256 == __import__("hashlib").sha256(out.read_bytes()).hexdigest()
    out2 = tmp_path / "mc.csv"
    ex.run_export(ws, campaign(), out2, preset="mailchimp")
    assert list(_read_csv(out2)[0])[:3] == ["Email Address", "First Name", "Last Name"]


def test_report_and_record(ws, tmp_path):
    put_contact(ws, "jean@firm.fr")
    put_contact(ws, "gone@firm.fr")
    add_values(ws, ["gone@firm.fr"])
    report = tmp_path / "report.json"
    result = ex.run_export(ws, campaign(), tmp_path / "out.csv", report_path=report)
    data = json.loads(report.read_text())
    assert data == {
        "considered": 2,
        "exported": 1,
        "excluded": {"SUPPRESSED": 1},
        "flags": {},
        "file_sha256": result.file_sha256,
    }
    (record,) = ex.list_exports(ws)
    assert record.campaign_name == "Spring accounting offer"
    assert record.file_name == "out.csv" and record.file_sha256 == result.file_sha256
    assert record.excluded == {"SUPPRESSED": 1} and record.sent_at is None
    actions = [r[0] for r in ws.conn.execute("SELECT action FROM audit_log")]
    assert "export.written" in actions


def test_selection_by_segment_and_functions(ws, tmp_path):
    put_contact(ws, "a@firm.fr", job_function="finance", country="FR")
    put_contact(ws, "b@firm.fr", job_function="executive", country="FR")
    put_contact(ws, "c@firm.se", job_function="finance", country="SE")
    save_segment(ws, "French", SegmentFilter(countries=("FR",)))
    camp = campaign(topic_functions=["finance", "executive"])
    sel = ex.ExportSelection(segment="French")
    assert ex.preview_export(ws, camp, sel).counts.considered == 2
    sel = ex.ExportSelection(segment="French", functions=("executive",))
    assert ex.preview_export(ws, camp, sel).counts.considered == 1
    with pytest.raises(UsageError):
        ex.preview_export(ws, camp, ex.ExportSelection(functions=("astrology",)))


def test_an_optout_takes_effect_at_once(ws):
    put_contact(ws, "jean@firm.fr")
    assert ex.preview_export(ws, campaign()).counts.exported == 1
    add_values(ws, ["@firm.fr"])
    counts = ex.preview_export(ws, campaign()).counts
    assert counts.exported == 0 and counts.excluded["DOMAIN_SUPPRESSED"] == 1


def _state(ws) -> tuple:
    return tuple(
        ws.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("exports", "export_members", "audit_log")
    )


def test_cancel_leaves_nothing(ws, tmp_path):
    for i in range(5):
        put_contact(ws, f"p{i}@firm.fr")
    before = _state(ws)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(Cancelled):
        ex.run_export(
            ws,
            campaign(),
            folder / "out.csv",
            decisions_path=folder / "d.csv",
            report_path=folder / "r.json",
            is_cancelled=lambda: True,
        )
    assert _state(ws) == before
    assert list(folder.iterdir()) == []


def test_a_failed_rename_rolls_everything_back_and_keeps_the_old_file(ws, tmp_path, monkeypatch):
    put_contact(ws, "jean@firm.fr")
    folder = tmp_path / "out"
    folder.mkdir()
    out, report = folder / "out.csv", folder / "report.json"
    out.write_text("previous export")
    before = _state(ws)
    real_replace = __import__("os").replace

    def failing_replace(src, dst):
        if str(dst) == str(report):
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr("storage.writers.os.replace", failing_replace)
    with pytest.raises(Exception, match="could not be written"):
        ex.run_export(ws, campaign(), out, report_path=report)
    monkeypatch.undo()
    assert _state(ws) == before
    assert out.read_text() == "previous export"
    assert sorted(p.name for p in folder.iterdir()) == ["out.csv"]


def test_unwritable_output_is_refused_before_any_work(ws, tmp_path):
    from storage.errors import UserError

    put_contact(ws, "jean@firm.fr")
    before = _state(ws)
    with pytest.raises(UserError) as info:
        ex.run_export(ws, campaign(), tmp_path / "missing" / "out.csv")
    assert info.value.exit_code == 1 and "does not exist" in info.value.message
    with pytest.raises(UsageError):
        ex.run_export(ws, campaign(), tmp_path / "out.pdf")
    assert _state(ws) == before


def test_mark_sent_records_notice_sent_date(ws, tmp_path):
    indirect = put_contact(
        ws, "anna@firm.fr", sources=(("purchased", "Kompass"),), collected_on="2026-11-20"
    )
    direct = put_contact(ws, "jean@firm.fr")
    result = ex.run_export(ws, campaign(), tmp_path / "out.csv")
    sent = ex.mark_sent(ws, result.export_id, dt.date(2026, 11, 28))
    assert sent.members == 2 and sent.notices_recorded == 1
    dates = dict(ws.conn.execute("SELECT id, notice_sent_date FROM contacts"))
    assert dates == {indirect: "2026-11-28", direct: None}
    assert ex.get_export(ws, result.export_id).sent_at == "2026-11-28"
    # The notice has been given: the next campaign needs none for her.
    counts = ex.preview_export(ws, campaign(notice=None)).counts
    assert counts.exported == 2
    with pytest.raises(Exception, match="already marked"):
        ex.mark_sent(ws, result.export_id)


def test_excluded_page_is_searchable_by_text_and_reason(ws):
    put_contact(ws, "jean.dupont@firm.fr", first_name="Jean", last_name="Dupont", job_function="it")
    put_contact(ws, "eva.berg@firm.fr", first_name="Eva", last_name="Berg", audience="b2c")
    put_contact(ws, "ok@firm.fr", first_name="Ok")
    preview = ex.preview_export(ws, campaign())
    total, rows = ex.excluded_page(ws, preview)
    assert total == 2
    total, rows = ex.excluded_page(ws, preview, search="dupont")
    assert total == 1 and rows[0][1] == "jean.dupont@firm.fr"
    assert rows[0][3].reasons == ("NO_CONSENT", "TOPIC_UNRELATED")
    total, rows = ex.excluded_page(ws, preview, reason="TOPIC_UNRELATED")
    assert total == 1


def test_previewer_reuses_groups_until_something_changes(ws):
    _random_contacts(ws, 200, seed=5)
    previewer = ex.Previewer()
    first = previewer.preview(ws, campaign())
    other = previewer.preview(ws, campaign(topic_functions=["sales"], notice=None))
    assert previewer.builds == 1
    assert first.counts == ex.preview_export(ws, campaign()).counts
    assert (
        other.counts
        == ex.preview_export(ws, campaign(topic_functions=["sales"], notice=None)).counts
    )
    assert first.counts != other.counts
    add_values(ws, ["jean.dupont3@firm.fr", "@bolag.se"])  # the opt-out list changed
    again = previewer.preview(ws, campaign())
    assert previewer.builds == 2
    assert again.counts == ex.preview_export(ws, campaign()).counts
    assert again.counts.excluded["DOMAIN_SUPPRESSED"] > first.counts.excluded["DOMAIN_SUPPRESSED"]
    previewer.preview(ws, campaign(), ex.ExportSelection(functions=("finance",)))
    assert previewer.builds == 3
    put_contact(ws, "new.person@firm.fr")
    assert previewer.preview(ws, campaign()).counts.considered == again.counts.considered + 1


def test_prepare_groups_ahead_and_a_preview_waits_for_it_instead_of_grouping_again(ws, monkeypatch):
    """The wizard groups the contacts on one worker while the user chooses; a preview asked
    meanwhile on another worker waits for that grouping and reuses it; a Cancel is heard while
    waiting."""
    import threading
    import time

    _random_contacts(ws, 200, seed=6)
    previewer = ex.Previewer()
    started, release = threading.Event(), threading.Event()
    real_group = ex.group_contacts

    def slow_group(*args, **kwargs):
        started.set()
        assert release.wait(5)
        return real_group(*args, **kwargs)

    monkeypatch.setattr(ex, "group_contacts", slow_group)
    other_ws = ws.reopen()
    warm = threading.Thread(target=previewer.prepare, args=(other_ws,))
    warm.start()
    assert started.wait(5)
    # A preview for which the user pressed Cancel while waiting: it stops, nothing built.
    with pytest.raises(Cancelled):
        previewer.preview(ws, campaign(), is_cancelled=lambda: True)
    results = []
    waiting = threading.Thread(target=lambda: results.append(previewer.preview(ws, campaign())))
    waiting.start()
    time.sleep(0.2)
    assert not results  # still waiting for the grouping
    release.set()
    warm.join(5)
    waiting.join(5)
    other_ws.close()
    assert previewer.builds == 1  # grouped once, by prepare
    assert results[0].counts == ex.preview_export(ws, campaign()).counts


def test_excluded_lists_agree_between_preview_and_decisions(ws, tmp_path):
    _random_contacts(ws, 150, seed=8)
    preview = ex.preview_export(ws, campaign())
    decisions = tmp_path / "d.csv"
    ex.run_export(ws, campaign(), tmp_path / "o.csv", decisions_path=decisions)
    ids = dict(ws.conn.execute("SELECT email, id FROM contacts"))
    with decisions.open(encoding="utf-8") as fh:
        excluded = {
            ids[r["email"].lstrip("'")]: r["reasons"]
            for r in csv.DictReader(fh)
            if r["decision"] == "EXCLUDE"
        }
    got = {
        preview.excluded_ids[i]: ";".join(preview.excluded_decision(i).reasons)
        for i in range(len(preview.excluded_ids))
    }
    assert got == excluded
