"""The wizard's plain answers -> source type, lawful basis, informed flag."""

from __future__ import annotations

import datetime as dt

import pytest

from compliance.provenance import ProvenanceAnswers, derive


def test_own_form_with_consent_and_proof_columns() -> None:
    result = derive(
        ProvenanceAnswers("own_form", "  Newsletter   form ", dt.date(2026, 1, 2), "b2c", "yes",
                          "ticked a box", "yes"),
        has_consent_proof_columns=True,
    )  # fmt: skip
    assert (result.source_type, result.source_name, result.lawful_basis) == (
        "own_form", "Newsletter form", "consent")  # fmt: skip
    assert result.informed_at_collection is True
    assert result.audience == "b2c"
    assert result.consent_note == "ticked a box"
    assert not any("not consenting" in e for e in result.explanations)


def test_consent_without_proof_columns_is_told() -> None:
    result = derive(ProvenanceAnswers("trade_show", "Salon", consented="yes", informed="yes"))
    assert result.lawful_basis == "consent"
    assert any("count as not consenting" in e for e in result.explanations)


def test_bought_b2c_list_needs_the_sellers_proof() -> None:
    answers = ProvenanceAnswers("purchased", "Kompass", audience="b2c", consented="yes")
    result = derive(answers, has_consent_proof_columns=True)
    assert result.b2c_transfer_proof is False
    assert any("provider can prove" in e for e in result.explanations)
    assert any("article 14" in e for e in result.explanations)
    proved = derive(
        ProvenanceAnswers("purchased", "Kompass", audience="b2c", consented="yes",
                          seller_proof=True), has_consent_proof_columns=True)  # fmt: skip
    assert proved.b2c_transfer_proof is True


@pytest.mark.parametrize(
    ("origin", "audience", "phrase"),
    [("customer", "b2c", "soft opt-in"), ("public_web", "b2b", "related to their job"),
     ("rented", "b2c", "cannot receive marketing")],
)  # fmt: skip
def test_no_consent_is_legitimate_interest_with_a_reason(
    origin: str, audience: str, phrase: str
) -> None:
    result = derive(ProvenanceAnswers(origin, "x", audience=audience, consented="no"))
    assert result.lawful_basis == "legitimate_interest"
    assert any(phrase in e for e in result.explanations)


def test_unknown_answers_are_judged_strictly() -> None:
    result = derive(ProvenanceAnswers("partner", "Partner", consented="unknown", informed="unknown",
                                      audience="mixed"))  # fmt: skip
    assert result.lawful_basis == "legitimate_interest"
    assert result.informed_at_collection is False
    assert result.audience is None
    assert any("assumes they were not" in e for e in result.explanations)


def test_bad_answers() -> None:
    with pytest.raises(ValueError):
        derive(ProvenanceAnswers("manual", "x"))
    with pytest.raises(ValueError):
        derive(ProvenanceAnswers("own_form", "x", consented="maybe"))
