"""Erasure (GDPR art. 17; RULES.md section D) leaves no byte of the person anywhere.

The proof reads the workspace three ways after the erasure: a decrypted logical copy
(`sqlcipher_export` into a plain database), every page of the raw encrypted file and of its WAL
decrypted here with the workspace key (so free space and stale page images count too), and the
raw bytes as they are on disk. Before the erasure the same scanners do find the person, so a
scanner that sees nothing cannot pass the test by accident.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from compliance.emails import email_md5, email_sha256
from storage import optout, rights
from storage.contacts import add_contact, find_contact_id, update_contact
from storage.errors import UsageError, UserError
from storage.requests import get_request, log_request
from storage.workspace import Workspace, now_iso

ADDRESS = "Zebulon.Quaxworth@wintermute-example.fr"
FIRST = "Zébulon"
LAST = "Quaxworth-Ytterbium"
# Every form the person could leave behind: as typed, lower-cased, the FTS tokens (diacritics
# removed, lower-cased), the local part, the name in UTF-8.
NEEDLES = [
    ADDRESS,
    ADDRESS.lower(),
    "zebulon.quaxworth",
    FIRST,
    "zébulon",
    "zebulon",
    LAST,
    "quaxworth",
    "ytterbium",
]

PAGE = 4096
RESERVE = 80  # SQLCipher 4: 16-byte IV + 64-byte HMAC-SHA512 at the end of each page
WAL_HEADER, FRAME_HEADER = 32, 24


def _decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    body = page[16 if first else 0 : PAGE - RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def decrypted_file(path: Path, key_hex: str) -> bytes:
    """Every page of an SQLCipher 4 file, decrypted (unused space and free pages included)."""
    key = bytes.fromhex(key_hex)
    data = path.read_bytes()
    return b"".join(
        _decrypt_page(data[i : i + PAGE], key, i == 0) for i in range(0, len(data), PAGE)
    )


def decrypted_wal(path: Path, key_hex: str) -> bytes:
    wal = Path(f"{path}-wal")
    if not wal.exists():
        return b""
    key = bytes.fromhex(key_hex)
    data = wal.read_bytes()
    out = []
    pos = WAL_HEADER
    while pos + FRAME_HEADER + PAGE <= len(data):
        page_no = int.from_bytes(data[pos : pos + 4], "big")
        out.append(
            _decrypt_page(data[pos + FRAME_HEADER : pos + FRAME_HEADER + PAGE], key, page_no == 1)
        )
        pos += FRAME_HEADER + PAGE
    return b"".join(out)


def plain_copy(ws: Workspace, target: Path) -> bytes:
    ws.conn.execute(f"ATTACH DATABASE '{target}' AS plaintext KEY ''")
    ws.conn.execute("SELECT sqlcipher_export('plaintext')")
    ws.conn.execute("DETACH DATABASE plaintext")
    return target.read_bytes()


def found(data: bytes) -> list[str]:
    lowered = data.lower()
    return [n for n in NEEDLES if n.encode("utf-8").lower() in lowered]


def _fill(ws: Workspace, n: int = 400) -> None:
    for i in range(n):
        add_contact(
            ws,
            {
                "email": f"someone{i}@firm{i % 9}.example",
                "first_name": f"Anne{i}",
                "last_name": f"Martin{i}",
                "company": f"Firm {i % 9}",
                "notes": "an ordinary prospect " * 3,
            },
        )


PERSON_ROW = (
    "email,first_name,last_name,company,job_title,audience,country,notes\n"
    '{email},{first},{last},Wintermute,Head of finance,b2b,FR,"Met {first} {last} at the fair; '
    'call {email} back in May."\n'
    "colleague@other-firm.example,Ada,Lovelace,Other Firm,CFO,b2b,FR,\n"
)


def _csv(folder: Path, name: str, first: str, last: str) -> Path:
    path = folder / name
    path.write_text(PERSON_ROW.format(email=ADDRESS, first=first, last=last), encoding="utf-8")
    return path


def _import(ws: Workspace, path: Path, source_type: str, name: str, **options: object):  # noqa: ANN202
    from storage.importer import ImportOptions, run_import

    return run_import(ws, path, ImportOptions(source_type=source_type, source_name=name, **options))


def _leave_traces(ws: Workspace, files: Path) -> int:
    """The person, everywhere a person can be, through the real use cases: two imports (the
    second overwriting the name, so the import history keeps the old one), an edit, the export
    of a campaign, a breach, requests with free text, an access report, the opt-out list in
    clear (and an MD5), and ANALYZE samples."""
    from storage.export import run_export
    from tests.storage.export_fixtures import campaign

    _import(ws, _csv(files, "fair.csv", "Zebulon", "Quaxworth"), "trade_show", "Paris fair")
    report = _import(
        ws,
        _csv(files, "bought.csv", FIRST, LAST),
        "purchased",
        "DataPro 2026",
        on_duplicate="overwrite",
    )
    assert report.updated == 1
    contact_id = find_contact_id(ws, ADDRESS)
    assert contact_id is not None
    update_contact(ws, contact_id, {"phone": "+33 6 12 34 56 78"})
    exported = run_export(
        ws, campaign(topic_functions=["finance"]), files / "spring.csv", preset="brevo"
    )
    assert exported.counts.exported >= 1
    assert (
        ws.conn.execute(
            "SELECT count(*) FROM export_members WHERE contact_id = ?", (contact_id,)
        ).fetchone()[0]
        == 1
    )
    stamp = now_iso()
    with ws.transaction():
        breach_id = ws.conn.execute(
            "INSERT INTO breaches (noticed_at, facts, created_at, updated_at) "
            "VALUES (?, 'laptop lost', ?, ?)",
            (stamp, stamp, stamp),
        ).lastrowid
        ws.conn.execute(
            "INSERT INTO breach_contacts (breach_id, contact_id) VALUES (?, ?)",
            (breach_id, contact_id),
        )
    access = log_request(
        ws, "access", email=ADDRESS, identity_check=f"Replied from {ADDRESS}; {FIRST} {LAST}"
    )
    rights.write_access_report(ws, ADDRESS, files / "report.html", request_id=access)
    optout.add_values(ws, [ADDRESS], reason="objected")
    with ws.transaction():
        ws.conn.execute(
            "INSERT INTO optouts (kind, value, reason, added_at) VALUES ('md5', ?, 'manual', ?)",
            (email_md5(ADDRESS), stamp),
        )
    ws.conn.execute("ANALYZE")
    return contact_id


def test_erasure_leaves_no_byte_of_the_person(ws: Workspace, tmp_path: Path) -> None:
    files = tmp_path / "files"
    files.mkdir()
    _fill(ws)
    contact_id = _leave_traces(ws, files)
    erasure = log_request(ws, "erasure", contact_id=contact_id, identity_check="same e-mail")
    ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # The scanners see the person before the erasure.
    assert "quaxworth" in found(decrypted_file(ws.path, ws.key.key_hex))
    assert "quaxworth" in found(plain_copy(ws, tmp_path / "before.db"))

    result = rights.erase_person(ws, ADDRESS.upper(), request_id=erasure)

    assert result.contact_id == contact_id
    assert result.checkpointed
    assert result.export_tools == ("brevo",)
    assert result.removed["contacts"] == 1
    assert result.removed["batch_changes"] == 2  # created by one import, updated by the other
    assert result.removed["export_members"] == 1
    assert result.removed["breach_contacts"] == 1
    assert result.removed["optouts_in_clear"] == 2  # the address and its MD5

    # Only the SHA-256 stays on the opt-out list, with the reason `erased`.
    assert ws.conn.execute("SELECT kind, value, reason FROM optouts").fetchall() == [
        ("sha256", email_sha256(ADDRESS), "erased")
    ]
    # The requests stay, tied to the fingerprint only, their text redacted.
    for request_id in (erasure, erasure - 1):
        request = get_request(ws, request_id)
        assert request.contact_id is None
        assert request.subject_sha256 == email_sha256(ADDRESS)
    assert get_request(ws, erasure).status == "done"
    assert "[erased]" in (get_request(ws, erasure - 1).identity_check or "")
    # The full-text index has no term of the person left.
    ws.conn.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, contacts_fts, row)")
    terms = {r[0] for r in ws.conn.execute("SELECT term FROM temp.vocab")}
    assert not terms & {"zebulon", "quaxworth", "ytterbium", "wintermute"}
    assert ws.audit_chain_ok() is None

    assert Path(f"{ws.path}-wal").stat().st_size == 0
    assert found(plain_copy(ws, tmp_path / "after.db")) == []
    assert found(decrypted_file(ws.path, ws.key.key_hex)) == []
    assert found(decrypted_wal(ws.path, ws.key.key_hex)) == []
    assert found(ws.path.read_bytes()) == []
    # The others are still there, and still found by the full-text search.
    assert ws.contact_count() == 401
    assert rights.find_people(ws, "Martin17")[0].email == "someone17@firm8.example"

    # A re-import of the person is counted as suppressed, and brings nothing back.
    again = _import(ws, files / "fair.csv", "trade_show", "Paris fair again")
    assert (again.suppressed, again.imported, again.duplicates) == (1, 0, 1)
    assert find_contact_id(ws, ADDRESS) is None
    ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert found(decrypted_file(ws.path, ws.key.key_hex)) == []


def test_erasure_of_an_address_only_on_the_optout_list(ws: Workspace) -> None:
    optout.add_values(ws, ["gone@example.org"], reason="unsubscribed")
    result = rights.erase_person(ws, "gone@example.org")
    assert result.contact_id is None
    rows = ws.conn.execute("SELECT kind, value, reason FROM optouts").fetchall()
    assert rows == [("sha256", email_sha256("gone@example.org"), "erased")]


def _snapshot(ws: Workspace) -> tuple:
    return (
        ws.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0],
        ws.conn.execute("SELECT * FROM optouts ORDER BY id").fetchall(),
        ws.contact_count(),
    )


@pytest.mark.parametrize(
    ("address", "error"),
    [
        ("nobody@example.org", UserError),
        ("not an address", UsageError),
        ("@example.org", UsageError),
        ("", UsageError),
    ],
)
def test_unknown_or_malformed_address_changes_nothing(
    ws: Workspace, address: str, error: type[Exception]
) -> None:
    add_contact(ws, {"email": "kept@example.org"})
    optout.add_entries(ws, [("sha256", email_sha256("nobody@example.org"))], reason="erased")
    before = _snapshot(ws)
    with pytest.raises(error) as info:
        rights.erase_person(ws, address)
    assert isinstance(info.value, UserError) and info.value.message.endswith(".")
    assert _snapshot(ws) == before


def test_a_failure_during_erasure_rolls_everything_back(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    contact_id = add_contact(ws, {"email": "keep.me@example.org", "notes": "n"})
    before = _snapshot(ws)
    real_audit = ws.audit

    def failing_audit(action: str, **kwargs: object) -> int:
        if action == "person.erased":
            raise sqlite3.OperationalError("disk I/O error")
        return real_audit(action, **kwargs)

    monkeypatch.setattr(ws, "audit", failing_audit)
    with pytest.raises(sqlite3.OperationalError):
        rights.erase_person(ws, "keep.me@example.org")
    assert _snapshot(ws) == before
    assert find_contact_id(ws, "keep.me@example.org") == contact_id
    assert rights.find_people(ws, "keep.me@")[0].contact_id == contact_id
