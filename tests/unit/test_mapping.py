"""Header -> field mapping, and the special-category guard."""

from __future__ import annotations

import pytest

from compliance.fields import CONTACT_FIELDS
from compliance.mapping import (
    EXACT,
    GUESS,
    IGNORED,
    REMEMBERED,
    SPECIAL,
    SYNONYM,
    USER,
    build_mapping,
    parse_map_options,
    suggest_field,
    synonyms,
)
from compliance.special_categories import special_category


@pytest.mark.parametrize("field", CONTACT_FIELDS)
def test_every_contract_field_name_maps_exactly_in_any_case(field: str) -> None:
    assert suggest_field(field) == (field, EXACT)
    assert suggest_field(field.upper()) == (field, EXACT)


@pytest.mark.parametrize(
    ("header", "field"),
    [("E-mail", "email"), ("Courriel", "email"), ("E-post", "email"), ("Adresse e-mail", "email"),
     ("Prénom", "first_name"), ("Förnamn", "first_name"), ("First Name", "first_name"),
     ("Nom", "last_name"), ("Efternamn", "last_name"), ("Surname", "last_name"),
     ("Société", "company"), ("Företag", "company"), ("Raison sociale", "company"),
     ("Fonction", "job_title"), ("Befattning", "job_title"), ("Job Title", "job_title"),
     ("Téléphone", "phone"), ("Mobilnummer", "phone"), ("Pays", "country"), ("Land", "country"),
     ("Date du consentement", "consent_date"), ("Samtyckesdatum", "consent_date"),
     ("Base légale", "lawful_basis"), ("Enskild firma", "sole_trader"),
     ("Dernier achat", "last_purchase_date"), ("Anteckningar", "notes")],
)  # fmt: skip
def test_synonyms_in_english_french_swedish(header: str, field: str) -> None:
    found, how = suggest_field(header)
    assert found == field
    assert how in (EXACT, SYNONYM)


def test_a_header_containing_a_known_name_is_a_guess() -> None:
    assert suggest_field("Work e-mail address (primary)") == ("email", GUESS)
    assert suggest_field("Customer ID") == (None, IGNORED)
    assert suggest_field("") == (None, IGNORED)


def test_every_synonym_targets_a_contract_field() -> None:
    assert set(synonyms().values()) <= set(CONTACT_FIELDS)


@pytest.mark.parametrize(
    ("header", "category"),
    [("Health", "health"), ("Allergies", "health"), ("Santé", "health"), ("Handicap", "health"),
     ("Hälsa", "health"), ("Religion", "religion"), ("Religious beliefs", "religion"),
     ("Confession", "religion"), ("Trosuppfattning", "religion"), ("Political party", "politics"),
     ("Parti politique", "politics"), ("Partitillhörighet", "politics"),
     ("Trade union", "union"), ("Syndicat", "union"), ("Fackförening", "union"),
     ("Sexual orientation", "sexuality"), ("Orientation sexuelle", "sexuality"),
     ("Sexuell läggning", "sexuality")],
)  # fmt: skip
def test_special_category_headers_in_three_languages(header: str, category: str) -> None:
    assert special_category(header) == category
    assert suggest_field(header) == (None, SPECIAL)


@pytest.mark.parametrize(
    "header", ["E-mail", "Company", "Third-party source", "Notes", "Department", "Société"]
)
def test_ordinary_headers_are_not_special(header: str) -> None:
    assert special_category(header) is None


def test_special_category_is_never_mapped_even_when_the_user_asks() -> None:
    mapping = build_mapping(["Email", "Religion"], overrides={"Religion": "notes"})
    assert mapping.fields() == {"email": 0}
    assert [c.header for c in mapping.special()] == ["Religion"]
    assert any("never imported" in w for w in mapping.warnings)


def test_unmapped_columns_are_ignored_and_listed() -> None:
    mapping = build_mapping(["Email", "Customer ID", "Shoe size"])
    assert mapping.fields() == {"email": 0}
    assert [c.header for c in mapping.ignored()] == ["Customer ID", "Shoe size"]


def test_user_overrides_win_and_a_field_goes_to_one_column() -> None:
    mapping = build_mapping(
        ["Mail", "Courriel", "Poste"], overrides={"courriel": "email", "Poste": None}
    )
    assert mapping.fields() == {"email": 1}
    assert mapping.columns[1].how == USER
    assert mapping.columns[2].field is None
    # The first of two columns for one field wins, and the user is told.
    mapping = build_mapping(["Prénom", "Förnamn"])
    assert mapping.fields() == {"first_name": 0}
    assert any("both look like first_name" in w for w in mapping.warnings)


def test_remembered_mapping_applies_below_overrides() -> None:
    remembered = {"Adresse": "email", "Qualité": None}
    mapping = build_mapping(["Adresse", "Qualité", "Nom"], remembered=remembered)
    assert mapping.fields() == {"email": 0, "last_name": 2}
    assert mapping.columns[0].how == REMEMBERED
    assert mapping.as_choices() == {"Adresse": "email", "Qualité": None, "Nom": "last_name"}


def test_unknown_override_field_and_missing_header() -> None:
    with pytest.raises(ValueError, match="unknown field"):
        build_mapping(["Email"], overrides={"Email": "shoe_size"})
    mapping = build_mapping(["Email"], overrides={"Nope": "notes"})
    assert any("no column 'Nope'" in w for w in mapping.warnings)


def test_parse_map_options() -> None:
    assert parse_map_options(["Adresse mail=email", "Poste=", "X=ignore", "a=b=notes"]) == {
        "Adresse mail": "email",
        "Poste": None,
        "X": None,
        "a=b": "notes",
    }
    with pytest.raises(ValueError):
        parse_map_options(["nothing"])
