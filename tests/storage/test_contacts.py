"""Contacts: queries over the whole table, editing with validation, add and audited delete."""

from __future__ import annotations

import json

import pytest

from storage.contacts import (
    ContactQuery,
    ValidationFailed,
    add_contact,
    contact_sources,
    delete_contacts,
    find_contact_id,
    get_contact,
    update_contact,
)

PEOPLE = [
    {
        "email": "jean.dupont@acme.fr",
        "first_name": "Jean",
        "last_name": "Dupont",
        "company": "Acme SAS",
        "job_title": "Directeur financier",
    },
    {
        "email": "asa.berg@exempel.se",
        "first_name": "Åsa",
        "last_name": "Berg",
        "company": "Exempel AB",
        "job_title": "Marknadschef",
    },
    {
        "email": "helene.leger@bistro.fr",
        "first_name": "Hélène",
        "last_name": "Léger",
        "company": "Bistro SARL",
        "job_title": "Gérante",
    },
    {
        "email": "tom.obrien@widgets.co.uk",
        "first_name": "Tom",
        "last_name": "O'Brien",
        "company": "Widgets Ltd",
        "job_title": "Head of Sales",
    },
]


@pytest.fixture
def people(ws):
    return [add_contact(ws, p) for p in PEOPLE]


def test_add_stores_normalised_address_and_a_manual_source(ws):
    cid = add_contact(ws, {"email": "  Jean.Dupont@ACME.fr ", "last_name": "  Dupont  "})
    row = get_contact(ws, cid)
    assert row["email"] == "Jean.Dupont@acme.fr"
    assert row["email_key"] == "jean.dupont@acme.fr"
    assert row["last_name"] == "Dupont"
    sources = contact_sources(ws, cid)
    assert [s["source_type"] for s in sources] == ["manual"]
    assert find_contact_id(ws, "JEAN.DUPONT@acme.fr") == cid


def test_add_refuses_invalid_and_duplicate_addresses(ws):
    with pytest.raises(ValidationFailed) as info:
        add_contact(ws, {"email": "not-an-address"})
    assert "email" in info.value.errors
    add_contact(ws, PEOPLE[0])
    with pytest.raises(ValidationFailed, match="email"):
        add_contact(ws, {"email": "JEAN.DUPONT@acme.fr"})
    assert ws.contact_count() == 1


def test_sort_by_last_name_and_paging(ws, people):
    query = ContactQuery(sort_column="last_name")
    names = [r[3] for r in query.page(ws, 0, 10)]
    assert names == ["Berg", "Dupont", "Léger", "O'Brien"]
    desc = ContactQuery(sort_column="last_name", descending=True)
    assert [r[3] for r in desc.page(ws, 0, 2)] == ["O'Brien", "Léger"]
    assert [r[3] for r in query.page(ws, 3, 10)] == ["O'Brien"]
    assert query.count(ws) == 4


def test_search_is_prefix_and_accent_insensitive(ws, people):
    assert ContactQuery(search="hel").count(ws) == 1
    assert ContactQuery(search="leger").count(ws) == 1
    assert ContactQuery(search="exempel").count(ws) == 1  # company and address
    assert ContactQuery(search="acme dup").count(ws) == 1  # every word must match
    assert ContactQuery(search="nobody").count(ws) == 0
    assert ContactQuery(search='" OR *').count(ws) == 0  # an FTS operator is just a word
    assert ContactQuery(search="!!!").count(ws) == 4  # no words: no filter


def test_search_follows_edits(ws, people):
    update_contact(ws, people[0], {"last_name": "Martin"})
    assert ContactQuery(search="dupont").count(ws) == 1  # still in the address
    assert ContactQuery(search="martin").count(ws) == 1
    update_contact(ws, people[0], {"email": "jm@acme.fr"})
    assert ContactQuery(search="dupont").count(ws) == 0


def test_edit_validates_and_changes_nothing_on_error(ws, people):
    with pytest.raises(ValidationFailed) as info:
        update_contact(ws, people[0], {"consent_date": "32/13/2020", "country": "France!"})
    assert set(info.value.errors) == {"consent_date", "country"}
    assert get_contact(ws, people[0])["consent_date"] is None


def test_edit_is_audited_by_field_names_only(ws, people):
    update_contact(ws, people[1], {"notes": "Met at the Stockholm fair", "country": "se"})
    row = get_contact(ws, people[1])
    assert row["country"] == "SE"
    entry = ws.conn.execute(
        "SELECT action, entity_id, details_json FROM audit_log ORDER BY id DESC LIMIT 1"
    ).fetchone()
    assert entry[0] == "contact.updated" and entry[1] == people[1]
    assert json.loads(entry[2]) == {"fields": ["country", "notes"]}
    all_audit = " ".join(r[0] for r in ws.conn.execute("SELECT details_json FROM audit_log"))
    assert "Stockholm" not in all_audit and "Berg" not in all_audit


def test_setting_function_by_hand_sticks(ws, people):
    update_contact(ws, people[0], {"job_function": "legal", "seniority": "director"})
    update_contact(ws, people[0], {"job_title": "Something else"})
    row = get_contact(ws, people[0])
    assert (row["job_function"], row["seniority"], row["function_set_by"]) == (
        "legal",
        "director",
        "manual",
    )


def test_delete_is_audited_and_removes_links(ws, people):
    assert delete_contacts(ws, [people[0], people[1]]) == 2
    assert ws.contact_count() == 2
    assert ContactQuery(search="dupont").count(ws) == 0
    assert (
        ws.conn.execute(
            "SELECT count(*) FROM contact_sources WHERE contact_id IN (?, ?)", people[:2]
        ).fetchone()[0]
        == 0
    )
    entry = ws.conn.execute(
        "SELECT details_json FROM audit_log WHERE action = 'contact.deleted'"
    ).fetchone()
    assert json.loads(entry[0])["count"] == 2
    assert ws.audit_chain_ok() is None
