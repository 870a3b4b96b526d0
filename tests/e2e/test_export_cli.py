"""`python main.py export ...` as a subprocess: files, report, decisions, exit codes."""

from __future__ import annotations

import csv
import hashlib
import json
import subprocess
import sys

import pytest

from ..conftest import ROOT
from ..storage.export_fixtures import CAMPAIGN, put_contact

PASSPHRASE = "correct horse battery"


def run(env, *args):
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def db(tmp_path, no_keyring):
    from compliance.segment_filter import SegmentFilter
    from storage.optout import add_values
    from storage.segments import save_segment
    from storage.workspace import Workspace

    path = tmp_path / "w.db"
    with Workspace.open(path, passphrase=PASSPHRASE) as ws:
        put_contact(ws, "jean@firm.fr", first_name="=cmd|' /C calc'!A0")
        put_contact(ws, "anna@firm.fr", sources=(("purchased", "Kompass"),), collected_on=None)
        put_contact(ws, "eva@firm.fr", job_function="it")
        put_contact(ws, "olle@bolag.se", country="SE", job_function="sales")
        put_contact(ws, "gone@firm.fr")
        add_values(ws, ["gone@firm.fr"])
        save_segment(ws, "Sweden", SegmentFilter(countries=("SE",)))
    return path


def _files(folder):
    return sorted(p.name for p in folder.iterdir())


def _campaign(tmp_path, **changes):
    path = tmp_path / "campaign.json"
    path.write_text(json.dumps({**CAMPAIGN, **changes}), "utf-8")
    return path


def test_export_writes_file_decisions_and_report(cli_env, tmp_path, db):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    result = run(
        cli_env, "--db", str(db), "--as-of", "2026-11-28", "export",
        "--campaign", str(_campaign(tmp_path)), "--out", str(out_dir / "cleared.csv"),
        "--decisions", str(out_dir / "decisions.csv"), "--report", str(out_dir / "report.json"),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "2 of 5 contacts exported" in result.stdout
    report = json.loads((out_dir / "report.json").read_text())
    sha = hashlib.sha256((out_dir / "cleared.csv").read_bytes()).hexdigest()
    assert report == {
        "considered": 5,
        "exported": 2,
        "excluded": {"SUPPRESSED": 1, "NO_CONSENT": 2, "TOPIC_UNRELATED": 2},
        "flags": {"ART14_OVERDUE": 1},  # anna: bought, no collection date, no notice yet
        "file_sha256": sha,
    }
    with (out_dir / "decisions.csv").open(encoding="utf-8") as fh:
        rows = {r["email"]: r for r in csv.DictReader(fh)}
    assert list(rows["eva@firm.fr"]) == ["email", "decision", "reasons", "flags"]
    assert rows["eva@firm.fr"]["reasons"] == "NO_CONSENT;TOPIC_UNRELATED"
    assert rows["gone@firm.fr"]["decision"] == "EXCLUDE"
    assert rows["anna@firm.fr"]["decision"] == "ALLOW_WITH_NOTICE"
    assert rows["jean@firm.fr"]["decision"] == "ALLOW"
    text = (out_dir / "cleared.csv").read_text("utf-8-sig")
    assert "'=cmd" in text and '"=cmd' not in text
    assert _files(out_dir) == ["cleared.csv", "decisions.csv", "report.json"]


def test_functions_and_segment_narrow_the_selection(cli_env, tmp_path, db):
    out = tmp_path / "x.csv"
    report = tmp_path / "r.json"
    camp = str(_campaign(tmp_path, topic_functions=["finance", "sales", "it"]))
    base = ["--db", str(db), "--as-of", "2026-11-28", "export", "--campaign", camp]
    result = run(cli_env, *base, "--out", str(out), "--report", str(report),
                 "--function", "it", "sales")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(report.read_text())["considered"] == 2
    result = run(cli_env, *base, "--out", str(out), "--report", str(report), "--segment", "Sweden")
    assert result.returncode == 0, result.stderr
    assert json.loads(report.read_text())["considered"] == 1


def _exports(db):
    from storage.workspace import Workspace

    with Workspace.open(db, passphrase=PASSPHRASE) as ws:
        return ws.conn.execute("SELECT count(*) FROM exports").fetchone()[0]


@pytest.mark.parametrize(
    ("changes", "code", "words"),
    [
        ({"sender": ""}, 5, "no sender identity"),
        ({"unsubscribe": None}, 5, "no unsubscribe means"),
        ({"unsubscribe": "https://acme.example/u"}, 3, "{token}"),
        ({"colour": "red"}, 3, "unknown field"),
    ],
)
def test_bad_campaigns_exit_with_the_contract_code_and_write_nothing(
    cli_env, tmp_path, db, changes, code, words
):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    result = run(
        cli_env, "--db", str(db), "export", "--campaign", str(_campaign(tmp_path, **changes)),
        "--out", str(out_dir / "c.csv"), "--decisions", str(out_dir / "d.csv"),
        "--report", str(out_dir / "r.json"),
    )  # fmt: skip
    assert result.returncode == code, result.stderr
    assert words in result.stderr
    assert _files(out_dir) == []
    assert _exports(db) == 0


def test_unknown_segment_exits_2(cli_env, tmp_path, db):
    result = run(cli_env, "--db", str(db), "export", "--campaign", str(_campaign(tmp_path)),
                 "--out", str(tmp_path / "c.csv"), "--segment", "Nowhere")  # fmt: skip
    assert result.returncode == 2 and "no segment named" in result.stderr
    assert not (tmp_path / "c.csv").exists()


def test_campaign_file_not_json_exits_3(cli_env, tmp_path, db):
    bad = tmp_path / "campaign.json"
    bad.write_text("name: spring")
    result = run(cli_env, "--db", str(db), "export", "--campaign", str(bad),
                 "--out", str(tmp_path / "c.csv"))  # fmt: skip
    assert result.returncode == 3 and "not valid JSON" in result.stderr
    assert not (tmp_path / "c.csv").exists()


def test_unknown_extension_exits_2(cli_env, tmp_path, db):
    result = run(cli_env, "--db", str(db), "export", "--campaign", str(_campaign(tmp_path)),
                 "--out", str(tmp_path / "c.pdf"))  # fmt: skip
    assert result.returncode == 2 and ".csv or .xlsx" in result.stderr
    assert not (tmp_path / "c.pdf").exists()


def test_unwritable_output_exits_1_and_changes_nothing(cli_env, tmp_path, db):
    result = run(
        cli_env, "--db", str(db), "export", "--campaign", str(_campaign(tmp_path)),
        "--out", str(tmp_path / "no such folder" / "c.csv"),
        "--report", str(tmp_path / "r.json"),
    )  # fmt: skip
    assert result.returncode == 1 and "does not exist" in result.stderr
    assert not (tmp_path / "r.json").exists()
    assert _exports(db) == 0


def test_xlsx_export(cli_env, tmp_path, db):
    from openpyxl import load_workbook

    out = tmp_path / "c.xlsx"
    result = run(cli_env, "--db", str(db), "--as-of", "2026-11-28", "export",
                 "--campaign", str(_campaign(tmp_path)), "--out", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    rows = list(load_workbook(out, read_only=True).active.iter_rows(values_only=True))
    assert rows[0][0] == "email" and len(rows) == 3
