"""Title rules: applied to existing and future contacts, never to hand-set functions; the
re-classification of a whole workspace; the review list of unclassified titles."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from storage import titles
from storage.contacts import add_contact, find_contact_id, get_contact, update_contact
from storage.errors import Cancelled, UserError
from storage.importer import ImportOptions, run_import


def _add(ws: Any, email: str, title: str | None, **extra: Any) -> int:
    return add_contact(ws, {"email": email, "job_title": title, **extra})


def _answer(ws: Any, contact_id: int) -> tuple[str, str, str]:
    row = get_contact(ws, contact_id)
    assert row is not None
    return (row["job_function"], row["seniority"], row["function_set_by"])


def _audit_actions(ws: Any) -> list[str]:
    return [r[0] for r in ws.conn.execute("SELECT action FROM audit_log ORDER BY id")]


def test_a_rule_applies_to_every_spelling_of_existing_automatic_contacts(ws: Any) -> None:
    a = _add(ws, "a@x.fr", "Chargé de mission")
    b = _add(ws, "b@x.fr", "CHARGÉ DE MISSION (H/F)")
    c = _add(ws, "c@x.fr", "chargé(e) de mission")
    by_hand = _add(ws, "d@x.fr", "Chargé de mission", job_function="legal", seniority="staff")
    other = _add(ws, "e@x.fr", "Comptable")
    assert _answer(ws, a)[:2] == ("other", "staff")

    changed = titles.set_title_rule(ws, "Chargé de mission", "operations", "manager")

    assert changed == 3
    for contact in (a, b, c):
        assert _answer(ws, contact) == ("operations", "manager", "auto")
    assert _answer(ws, by_hand) == ("legal", "staff", "manual")
    assert _answer(ws, other)[:2] == ("finance", "staff")
    assert titles.load_title_rules(ws) == {"charge de mission": ("operations", "manager")}
    assert "title_rule.set" in _audit_actions(ws)
    # Setting the same rule again changes nothing.
    assert titles.set_title_rule(ws, "charge de mission", "operations", "manager") == 0


def test_a_rule_applies_to_future_contacts_edits_and_imports(ws: Any, tmp_path: Path) -> None:
    titles.set_title_rule(ws, "Gérant", "finance", "manager")
    added = _add(ws, "new@x.fr", "GERANT")
    assert _answer(ws, added) == ("finance", "manager", "auto")

    edited = _add(ws, "edit@x.fr", "Comptable")
    update_contact(ws, edited, {"job_title": "gérant"})
    assert _answer(ws, edited) == ("finance", "manager", "auto")

    path = tmp_path / "in.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["email", "job_title"], ["imp@x.fr", "GÉRANT (H/F)"]])
    run_import(ws, path, ImportOptions(source_type="trade_show", source_name="Salon"))
    imported = find_contact_id(ws, "imp@x.fr")
    assert imported is not None
    assert _answer(ws, imported) == ("finance", "manager", "auto")


def test_a_manual_override_survives_a_rule_and_a_reclassification(ws: Any) -> None:
    contact = _add(ws, "a@x.fr", "Consultant")
    update_contact(ws, contact, {"job_function": "sales", "seniority": "director"})
    titles.set_title_rule(ws, "Consultant", "it", "staff")
    titles.reclassify_all(ws)
    assert _answer(ws, contact) == ("sales", "director", "manual")


def test_deleting_a_rule_returns_its_contacts_to_the_vocabulary(ws: Any) -> None:
    contact = _add(ws, "a@x.fr", "Gérant")
    titles.set_title_rule(ws, "Gérant", "legal", "staff")
    assert _answer(ws, contact)[:2] == ("legal", "staff")

    assert titles.delete_title_rule(ws, "gérant") == 1
    assert _answer(ws, contact)[:2] == ("executive", "owner_executive")
    assert titles.list_title_rules(ws) == []
    assert titles.delete_title_rule(ws, "Gérant") == 0  # no such rule any more
    assert "title_rule.deleted" in _audit_actions(ws)


def test_rules_are_listed_with_their_answers(ws: Any) -> None:
    titles.set_title_rule(ws, "Zorblax wrangler", "engineering", "staff")
    titles.set_title_rule(ws, "Bénévole", "other", "assistant")
    listed = [(r.title_key, r.job_function, r.seniority) for r in titles.list_title_rules(ws)]
    assert listed == [
        ("benevole", "other", "assistant"),
        ("zorblax wrangler", "engineering", "staff"),
    ]


@pytest.mark.parametrize(
    ("title", "function", "seniority", "message"),
    [
        ("Gérant", "boss", "staff", "Unknown job function"),
        ("Gérant", "sales", "supreme", "Unknown seniority"),
        ("  ", "sales", "staff", "at least one word"),
        ("!!!", "sales", "staff", "at least one word"),
    ],
)
def test_bad_rules_are_refused_and_change_nothing(
    ws: Any, title: str, function: str, seniority: str, message: str
) -> None:
    contact = _add(ws, "a@x.fr", "Gérant")
    with pytest.raises(UserError, match=message):
        titles.set_title_rule(ws, title, function, seniority)
    assert titles.list_title_rules(ws) == []
    assert _answer(ws, contact)[:2] == ("executive", "owner_executive")


def test_reclassify_all_applies_rules_written_behind_its_back_and_repairs_blanks(ws: Any) -> None:
    a = _add(ws, "a@x.fr", "Freelance")
    b = _add(ws, "b@x.fr", "Freelance")
    blank = _add(ws, "c@x.fr", None)
    manual = _add(ws, "d@x.fr", "Freelance", job_function="it", seniority="staff")
    ws.conn.execute(
        "INSERT INTO title_rules (title_key, job_function, seniority, created_at) "
        "VALUES ('freelance', 'executive', 'owner_executive', '2026-01-01')"
    )
    # A derived answer that went wrong (e.g. an older vocabulary) on a contact without a title.
    ws.conn.execute("UPDATE contacts SET job_function = 'sales' WHERE id = ?", (blank,))
    seen: list[tuple[int, int]] = []

    changed = titles.reclassify_all(
        ws, on_progress=lambda done, total=0, *_: seen.append((done, total))
    )

    assert changed == 3
    assert _answer(ws, a)[:2] == _answer(ws, b)[:2] == ("executive", "owner_executive")
    assert _answer(ws, blank)[:2] == ("other", "unknown")
    assert _answer(ws, manual) == ("it", "staff", "manual")
    assert seen and seen[-1][0] == seen[-1][1]  # progress reaches its total
    assert _audit_actions(ws)[-1] == "contacts.reclassified"
    assert titles.reclassify_all(ws) == 0  # nothing left to change


def test_a_cancelled_reclassification_changes_nothing(ws: Any) -> None:
    contact = _add(ws, "a@x.fr", "Freelance")
    ws.conn.execute(
        "INSERT INTO title_rules (title_key, job_function, seniority, created_at) "
        "VALUES ('freelance', 'executive', 'owner_executive', '2026-01-01')"
    )
    audits = len(_audit_actions(ws))
    with pytest.raises(Cancelled):
        titles.reclassify_all(ws, is_cancelled=lambda: True)
    assert _answer(ws, contact)[:2] == ("other", "unknown")
    assert len(_audit_actions(ws)) == audits


def test_review_list_ranks_unclassified_titles_by_contacts(ws: Any) -> None:
    for i in range(3):
        _add(ws, f"f{i}@x.fr", "Freelance")
    _add(ws, "f3@x.fr", "FREELANCE")  # another spelling of the same title
    for i in range(2):
        _add(ws, f"z{i}@x.fr", "Zorblax wrangler")
    _add(ws, "b@x.fr", "Bénévole")
    _add(ws, "ok@x.fr", "Comptable")  # classified: not listed
    _add(ws, "no@x.fr", None)  # no title: nothing to review
    # A hand-set function is someone's decision, even "other": not listed.
    _add(ws, "m@x.fr", "Bénévole", job_function="other", seniority="unknown")
    _add(ws, "m2@x.fr", "Mystery title", job_function="other", seniority="unknown")

    review = titles.review_list(ws, limit=10)

    rows = [(r.title, r.contacts, r.spellings) for r in review]
    assert rows == [("Freelance", 4, 2), ("Zorblax wrangler", 2, 1), ("Bénévole", 1, 1)]
    assert (review.contacts, review.titles) == (7, 3)
    first = review.items[0]
    assert (first.title_key, first.job_function, first.seniority) == (
        "freelance", "other", "unknown")  # fmt: skip

    top = titles.review_list(ws, limit=1)
    assert [r.title for r in top] == ["Freelance"]
    assert (top.covered, top.contacts) == (4, 7)


def test_review_list_includes_a_known_function_with_unknown_seniority(ws: Any) -> None:
    # "Chief Happiness Officer": a seniority but no function; the review lists both kinds.
    _add(ws, "a@x.fr", "Chief Happiness Officer")
    review = titles.review_list(ws)
    assert [(r.title, r.job_function, r.seniority) for r in review] == [
        ("Chief Happiness Officer", "other", "owner_executive")
    ]


def test_a_title_with_a_rule_leaves_the_review_list(ws: Any) -> None:
    for i in range(2):
        _add(ws, f"f{i}@x.fr", "Freelance")
    _add(ws, "b@x.fr", "Bénévole")
    titles.set_title_rule(ws, "Bénévole", "other", "unknown")  # decided: it stays "other"
    assert [r.title for r in titles.review_list(ws)] == ["Freelance"]
    titles.set_title_rule(ws, "freelance", "sales", "staff")
    review = titles.review_list(ws)
    assert (len(review), review.contacts) == (0, 0)
