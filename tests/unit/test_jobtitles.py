"""The job-title classifier: behaviour on the forms real lists contain, and accuracy on
hand-labelled titles (tests/unit/data, conventions in its README.md)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compliance.fields import JOB_FUNCTIONS, SENIORITIES
from compliance.jobtitles import (
    VOCABULARY_DIR,
    Classification,
    TitleClassifier,
    classify,
    classify_many,
    load_vocabulary,
    normalise_title,
)

DATA = Path(__file__).parent / "data"


def read_labelled(path: Path) -> list[tuple[str, str, str]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        title, function, seniority = line.split("\t")
        assert function in JOB_FUNCTIONS, f"{path.name}:{number} {function}"
        assert seniority in SENIORITIES, f"{path.name}:{number} {seniority}"
        rows.append((title, function, seniority))
    return rows


def pair(title: str | None) -> tuple[str, str]:
    result = classify(title)
    return (result.function, result.seniority)


# ----------------------------------------------------------------------------- accuracy
MAIN_SETS = sorted(DATA.glob("job_titles_??.tsv"))


def test_every_required_language_has_at_least_300_distinct_titles():
    sizes = {p.stem[-2:]: read_labelled(p) for p in MAIN_SETS}
    for language in ("en", "fr", "sv"):
        rows = sizes[language]
        assert len(rows) >= 300, language
        titles = [t for t, _, _ in rows]
        assert len(set(titles)) == len(titles), f"duplicate titles in {language}"
        # Varied: every function and every seniority level occurs.
        assert {f for _, f, _ in rows} == set(JOB_FUNCTIONS)
        assert {s for _, _, s in rows} == set(SENIORITIES)


# A held-out set measured once and below the 95 % goal is listed here: bench/bench_classify.py
# reports it and this test does not assert on it (tuning to make it pass would end its use as
# a held-out set). The third set was tuned on afterwards, so it is training data and asserted.
# Fourth set, measured once (data/README.md): Swedish passed (96.2 %); English (94.98 %) and
# French (93.3 %) did not, were then tuned on, and are training data and asserted now.
# Fifth set, measured once: function en 92.9 %, fr 91.8 %, sv 92.5 %, all below 95 %, so it is
# reported by bench/bench_classify.py and not asserted (it has not been tuned on).
MEASURED_ONLY = (
    "job_titles_holdout5_en",
    "job_titles_holdout5_fr",
    "job_titles_holdout5_sv",
)
ASSERTED_SETS = [
    p for p in sorted(DATA.glob("job_titles_*.tsv")) if not p.name.startswith(MEASURED_ONLY)
]


@pytest.mark.parametrize("path", ASSERTED_SETS, ids=lambda p: p.stem.removeprefix("job_titles_"))
def test_accuracy_on_labelled_titles(path):
    rows = read_labelled(path)
    results = classify_many([t for t, _, _ in rows])
    function_ok = sum(r.function == f for r, (_, f, _) in zip(results, rows, strict=True))
    seniority_ok = sum(r.seniority == s for r, (_, _, s) in zip(results, rows, strict=True))
    wrong = [
        (t, f"{r.function}/{r.seniority}", f"{f}/{s}")
        for r, (t, f, s) in zip(results, rows, strict=True)
        if (r.function, r.seniority) != (f, s)
    ]
    assert function_ok / len(rows) >= 0.95, wrong[:20]
    assert seniority_ok / len(rows) >= 0.90, wrong[:20]


# ----------------------------------------------------------------------------- behaviour
@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("CEO", ("executive", "owner_executive")),
        ("CFO", ("finance", "owner_executive")),
        ("CMO", ("marketing", "owner_executive")),
        ("CTO", ("it", "owner_executive")),
        ("CIO", ("it", "owner_executive")),
        ("COO", ("operations", "owner_executive")),
        ("CHRO", ("hr", "owner_executive")),
        ("VP", ("other", "director")),
        ("SVP Finance", ("finance", "director")),
        ("DRH", ("hr", "director")),
        ("DAF", ("finance", "director")),
        ("DSI", ("it", "director")),
        ("PDG", ("executive", "owner_executive")),
        ("DG", ("executive", "owner_executive")),
        ("VD", ("executive", "owner_executive")),
        ("HR Manager", ("hr", "manager")),
        ("Responsable RH", ("hr", "manager")),
        ("KAM", ("sales", "staff")),
        ("C.E.O.", ("executive", "owner_executive")),
        ("Head of R&D", ("engineering", "director")),
        ("FP&A Analyst", ("finance", "staff")),
    ],
)
def test_abbreviations(title, expected):
    assert pair(title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Directeur commercial", ("sales", "director")),
        ("Directrice commerciale", ("sales", "director")),
        ("Directeur·rice commercial·e", ("sales", "director")),
        ("Directeur/trice commercial(e)", ("sales", "director")),
        ("Chargé de communication", ("marketing", "staff")),
        ("Chargée de communication", ("marketing", "staff")),
        ("Chargé(e) de communication", ("marketing", "staff")),
        ("Chargé.e de communication", ("marketing", "staff")),
        ("Conseiller(ère) clientèle", ("customer_service", "staff")),
        ("Responsable des achats", ("purchasing", "manager")),
        ("Chef de projet informatique", ("it", "manager")),
        ("Cheffe de projet", ("other", "manager")),
        ("Chef de produit", ("marketing", "manager")),
        ("Assistante de direction", ("other", "assistant")),
        ("Directeur général adjoint", ("executive", "owner_executive")),
    ],
)
def test_french_gendered_and_compound_forms(title, expected):
    assert pair(title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Marknadschef", ("marketing", "manager")),
        ("Försäljningsdirektör", ("sales", "director")),
        ("Ekonomiansvarig", ("finance", "manager")),
        ("Inköpschef", ("purchasing", "manager")),
        ("IT-chef", ("it", "manager")),
        ("Personalchef", ("hr", "manager")),
        ("Driftchef", ("operations", "manager")),
        ("VD", ("executive", "owner_executive")),
        ("Koncernredovisningschef", ("finance", "manager")),
        ("Kundtjänstmedarbetare", ("customer_service", "staff")),
        ("Försäljnings- och marknadschef", ("sales", "manager")),
        ("Logistik- och inköpschef", ("operations", "manager")),
        ("VD-assistent", ("other", "assistant")),
    ],
)
def test_swedish_compounds(title, expected):
    assert pair(title) == expected


@pytest.mark.parametrize(
    "titles",
    [
        (
            "Head of Marketing",
            "Marketing Director",
            "Director of Marketing",
            "VP, Marketing",
            "VP of Marketing",
            "Vice President Marketing",
        ),
        (
            "Head of Procurement",
            "Procurement Director",
            "Director of Procurement",
            "VP Procurement",
        ),
    ],
)
def test_english_word_orders_agree(titles):
    results = {pair(t) for t in titles}
    assert len(results) == 1, results
    (function, seniority) = results.pop()
    assert function in ("marketing", "purchasing") and seniority == "director"


def test_modifier_domains_lose_to_the_role_and_coordination_keeps_the_first():
    assert pair("IT Sales Manager") == ("sales", "manager")
    assert pair("Sales Operations Manager") == ("sales", "manager")
    assert pair("IT Recruiter") == ("hr", "staff")
    assert pair("Head of IT & Facilities") == ("it", "director")
    assert pair("Marketing & Sales Director") == ("marketing", "director")
    assert pair("Sales & Marketing Director") == ("sales", "director")


@pytest.mark.parametrize(
    ("noisy", "clean"),
    [
        ("Sr. Sales Manager", "Senior Sales Manager"),
        ("Interim CFO", "CFO"),
        ("HR Director (interim)", "HR Director"),
        ("Tf. ekonomichef", "Ekonomichef"),
        ("DAF intérim", "DAF"),
        ("Head of Sales @ Acme Corp", "Head of Sales"),
        ("Finance Director at Unilever", "Finance Director"),
        ("Directeur commercial chez Dupont SA", "Directeur commercial"),
        ("Säljare på Telia", "Säljare"),
        ("Marketing Manager 🚀✨", "Marketing Manager"),
        ("💼 Account Executive", "Account Executive"),
        ("Responsable RH (H/F)", "Responsable RH"),
        ("Sales & Marketing Director", "Sales and Marketing Director"),
        ("  SALES   MANAGER ", "sales manager"),
        ("DIRECTRICE GÉNÉRALE", "directrice generale"),
        ("Säljchef", "SALJCHEF"),
    ],
)
def test_noise_case_and_accents_do_not_change_the_answer(noisy, clean):
    assert pair(noisy) == pair(clean)
    assert pair(clean) != ("other", "unknown")


def test_slashes_and_pipes_split_roles_without_losing_them():
    assert pair("Founder | Speaker | Coach") == ("executive", "owner_executive")
    assert pair("IT Manager / Systems Administrator") == ("it", "manager")
    assert pair("CFO / COO") == ("finance", "owner_executive")


def test_the_key_drops_noise_but_keeps_words():
    assert normalise_title("  Chargé(e) de Communication 🚀 (H/F) ") == "charge de communication"
    assert normalise_title("Head of Sales @ Acme") == "head of sales"
    assert normalise_title("Försäljningschef på Volvo Cars") == "forsaljningschef"
    assert normalise_title("Sales/Marketing Manager") == "sales / marketing manager"
    assert normalise_title("Interim C.E.O.") == "ceo"
    assert normalise_title("R & D Engineer") == "r&d engineer"
    assert normalise_title("Gérant") == normalise_title("GERANT") == "gerant"


@pytest.mark.parametrize(
    "title",
    [
        None,
        "",
        "   ",
        "-",
        "N/A",
        "???",
        "🙂🙂🙂",
        "12345",
        "asdfghjkl",
        "xxxx",
        "Lorem ipsum dolor sit amet",
        "foo bar baz",
        "test test",
        "Hello world",
        "Banana",
        # Other languages (words without a cognate in the supported ones)
        "Kierownik działu sprzedaży",
        "Księgowa",
        "Myyntipäällikkö",
        "Toimitusjohtaja",
        "Kirjanpitäjä",
        "Verkoopleider",
        "Boekhouder",
        "Salgschef",
        "Daglig leder",
        "销售经理",
        "営業部長",
        "Менеджер по продажам",
        "Генеральный директор",
        "Satış müdürü",
        "Értékesítési vezető",
        "Ředitel obchodu",
        "Amministratore delegato",
        "Ragioniere",
    ],
)
def test_nonsense_and_unsupported_languages_are_other_unknown(title):
    assert pair(title) == ("other", "unknown")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # open heads: a known first part names the field of an economist or an auditor
        ("Löneekonom", ("hr", "staff")),
        ("Kvalitetsrevisor", ("operations", "staff")),
        ("Redovisningsekonom", ("finance", "staff")),
        # ...while other role heads decide alone
        ("Upphandlingsjurist", ("legal", "staff")),
        # right-headed first parts: the last known part with a strong function wins
        ("Leverantörsreskontraansvarig", ("finance", "manager")),
        ("Internrevisionschef", ("finance", "manager")),
        ("Delprojektledare", ("other", "manager")),
        # an owner of a known thing; an unknown "…agare" is not an owner
        ("Åkeriägare", ("executive", "owner_executive")),
        ("Kundmottagare", ("customer_service", "staff")),
        # an occupation head after an unknown first part still gives the level
        ("Skolsköterska", ("other", "staff")),
        ("Läkarsekreterare", ("other", "assistant")),
        # a neutral workplace before a bare level
        ("Restaurangchef", ("other", "manager")),
    ],
)
def test_swedish_compound_heads_and_first_parts(title, expected):
    assert pair(title) == expected


def test_an_assistant_to_an_executive_is_not_an_executive():
    assert pair("Executive Assistant to the CEO") == ("other", "assistant")
    assert pair("Assistant to the Managing Director") == ("other", "assistant")
    # ...but an English "Assistant (Store) Manager" is a deputy manager
    assert pair("Assistant Store Manager") == ("sales", "manager")
    assert pair("Assistant Manager") == ("other", "manager")
    assert pair("Sales Assistant") == ("sales", "assistant")


# ----------------------------------------------------------------------------- overrides
def test_overrides_win_over_the_vocabulary_for_every_spelling_of_the_title():
    clf = TitleClassifier(overrides={"Gérant": ("operations", "manager")})
    expected = Classification("operations", "manager")
    assert clf.classify("Gérant") == expected
    assert clf.classify("GERANT 🚀") == expected
    assert clf.classify_many(["gérant", "Gérant (interim)"]) == [expected, expected]
    assert clf.vocabulary_classification("Gérant") == Classification("executive", "owner_executive")
    # other titles and the shared default are untouched
    assert clf.classify("Gérante") == Classification("executive", "owner_executive")
    assert classify("Gérant") == Classification("executive", "owner_executive")
    assert clf.overrides == {"gerant": ("operations", "manager")}


def test_changing_the_rules_changes_answers_already_cached():
    clf = TitleClassifier()
    assert clf.classify("Office Manager") == Classification("other", "manager")
    clf.set_overrides({"office manager": ("operations", "manager")})
    assert clf.classify("Office Manager") == Classification("operations", "manager")
    assert clf.classify_key("office manager") == Classification("operations", "manager")
    clf.set_overrides({})
    assert clf.classify("Office Manager") == Classification("other", "manager")


def test_with_overrides_shares_the_vocabulary_but_not_the_rules():
    base = TitleClassifier()
    ruled = base.with_overrides({"Growth Hacker": ("marketing", "staff")})
    assert ruled.classify("growth hacker") == Classification("marketing", "staff")
    assert ruled.vocabulary is base.vocabulary
    assert base.overrides == {}


@pytest.mark.parametrize(
    "bad",
    [{"Gérant": ("boss", "manager")}, {"Gérant": ("executive", "boss")}, {"🚀": ("it", "staff")}],
)
def test_invalid_overrides_are_refused(bad):
    with pytest.raises(ValueError):
        TitleClassifier(overrides=bad)


# ----------------------------------------------------------------------------- caching, data
def test_classify_many_equals_classify_and_caches():
    titles = ["CEO", None, "", "Marknadschef", "Marknadschef", "Acheteuse", 42]
    results = classify_many(titles)
    assert results == [classify(t) for t in titles]
    assert results[3] is results[4]


def test_adding_a_language_is_adding_a_file(tmp_path):
    for path in VOCABULARY_DIR.glob("*.json"):
        shutil.copy(path, tmp_path)
    assert TitleClassifier(vocabulary=load_vocabulary(tmp_path)).classify(
        "Direttore vendite"
    ) == Classification("other", "unknown")
    italian = {
        "language": "it",
        "stopwords": ["di", "del", "della"],
        "terms": {"/director": ["direttore", "direttrice"], "sales": ["vendite"]},
    }
    (tmp_path / "it.json").write_text(json.dumps(italian), encoding="utf-8")
    clf = TitleClassifier(vocabulary=load_vocabulary(tmp_path))
    assert clf.classify("Direttore vendite") == Classification("sales", "director")
    assert clf.classify("Directeur commercial") == Classification("sales", "director")


def test_a_file_that_contradicts_another_is_refused_with_its_name(tmp_path):
    shutil.copy(VOCABULARY_DIR / "en.json", tmp_path)
    clash = {"language": "xx", "terms": {"legal": ["marketing"]}}
    (tmp_path / "xx.json").write_text(json.dumps(clash), encoding="utf-8")
    with pytest.raises(ValueError, match="xx.json"):
        load_vocabulary(tmp_path)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_any_text_gets_a_valid_answer_and_the_key_is_stable(text):
    key = normalise_title(text)
    assert normalise_title(key) == key
    result = classify(text)
    assert result.function in JOB_FUNCTIONS and result.seniority in SENIORITIES
    assert classify(key) == result


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # A pay rate is not the HR function.
        ("Warehouse Operative - Nights (£12.50/hr)", ("operations", "staff")),
        ("Picker £11 per hour", ("operations", "staff")),
        ("HR/Payroll Manager", ("hr", "manager")),
        # Self-employed alone is an owner; beside an occupation it is that occupation.
        ("Indépendant", ("executive", "owner_executive")),
        ("Consultante indépendante", ("other", "staff")),
        ("Développeur freelance", ("it", "staff")),
        ("Administrateur indépendant", ("executive", "owner_executive")),
        ("Self-employed", ("executive", "owner_executive")),
        # Kitchen brigade: a chef de partie is a cook, not a manager.
        ("Chef de partie", ("other", "staff")),
        ("Chef de cuisine", ("other", "manager")),
        # An IT project for a business function is IT (data/README.md).
        ("Cheffe de projet SI RH", ("it", "manager")),
        ("Technical Project Manager", ("it", "manager")),
    ],
)
def test_pay_rates_self_employed_kitchen_and_it_projects(title, expected):
    assert pair(title) == expected
