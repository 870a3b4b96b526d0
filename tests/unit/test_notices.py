"""The first-contact notice (GDPR art. 14) templates and their rendering."""

from __future__ import annotations

import pytest

from compliance.notices import (
    LANGUAGES,
    NOTICE_PLACEHOLDERS,
    authority,
    default_template,
    placeholders,
    render_notice,
    template_problem,
)

# Per language: the words that mark the right-to-object paragraph, the other rights that must
# be named, and legal terms a native legal writer uses.
OBJECTION = {
    "en": "RIGHT TO OBJECT",
    "fr": "DROIT D'OPPOSITION",
    "sv": "RÄTT ATT GÖRA INVÄNDNINGAR",
}
OTHER_RIGHTS = {
    "en": ("access", "rectification", "erasure", "restriction"),
    "fr": ("accès", "rectification", "effacement", "limitation"),
    "sv": ("tillgång", "rättade", "raderade", "begränsas"),
}
LEGAL_TERMS = {
    "en": ("Legal basis", "legitimate interest", "three years"),
    "fr": ("Base légale", "intérêt légitime", "trois ans", "prospection"),
    "sv": ("Rättslig grund", "berättigade intresse", "tre år", "direktmarknadsföring"),
}


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


@pytest.mark.parametrize("language", LANGUAGES)
def test_default_templates_are_valid_and_use_every_placeholder(language: str) -> None:
    template = default_template(language)
    assert template_problem(template) is None
    assert placeholders(template) == NOTICE_PLACEHOLDERS


@pytest.mark.parametrize("language", LANGUAGES)
def test_right_to_object_stands_in_its_own_paragraph(language: str) -> None:
    parts = paragraphs(default_template(language))
    objection = [p for p in parts if OBJECTION[language] in p]
    assert len(objection) == 1, "exactly one paragraph states the right to object"
    (paragraph,) = objection
    # It says how to object (the unsubscribe means) ...
    assert "{unsubscribe}" in paragraph
    # ... and is separate from the other information: no other right is mixed into it.
    for right in OTHER_RIGHTS[language]:
        assert right not in paragraph.lower()


@pytest.mark.parametrize("language", LANGUAGES)
def test_other_rights_and_legal_terms(language: str) -> None:
    template = default_template(language)
    lowered = template.lower()
    for right in OTHER_RIGHTS[language]:
        assert right in lowered, right
    for term in LEGAL_TERMS[language]:
        assert term in template, term
    # The source comes first: the reader learns where the address came from at once.
    assert "{source_name}" in paragraphs(template)[1]


@pytest.mark.parametrize(
    ("jurisdiction", "language", "expected"),
    [
        ("FR", "fr", "CNIL"),
        ("FR", "en", "CNIL"),
        ("FR", "sv", "CNIL"),
        ("SE", "sv", "Integritetsskyddsmyndigheten (IMY"),
        ("SE", "en", "IMY"),
        ("SE", "fr", "IMY"),
    ],
)
def test_rendered_notice(jurisdiction: str, language: str, expected: str) -> None:
    text = render_notice(
        default_template(language),
        "Kompass, fichier « Dirigeants PME 2026 »",
        "Acme SAS, 1 rue de la Paix, 75002 Paris",
        "https://acme.example/u?t=abc",
        jurisdiction=jurisdiction,
        language=language,
    )
    assert "Kompass, fichier « Dirigeants PME 2026 »" in text
    assert "Acme SAS, 1 rue de la Paix" in text
    assert "https://acme.example/u?t=abc" in text
    assert expected in text
    assert "{" not in text and "}" not in text


def test_values_are_not_substituted_twice() -> None:
    text = render_notice("From {source_name} by {sender}.", "{sender}", "Acme")
    assert text == "From {sender} by Acme."


def test_format_syntax_means_nothing() -> None:
    # A user's notice is not a format string: no attribute access, no format specs.
    text = render_notice("{sender.__class__} {source_name:>20} {source_name}", "Kompass", "Acme")
    assert text == "{sender.__class__} {source_name:>20} Kompass"


def test_source_and_sender_are_required() -> None:
    with pytest.raises(ValueError):
        render_notice("From {source_name}.", " ", "Acme")
    with pytest.raises(ValueError):
        render_notice("From {source_name}.", "Kompass", "")
    with pytest.raises(ValueError):
        render_notice("From {source_name}, {unsubscribe}.", "Kompass", "Acme", "")
    # Without {unsubscribe} in the template, no link is needed.
    assert render_notice("From {source_name}.", "Kompass", "Acme") == "From Kompass."


@pytest.mark.parametrize(
    ("template", "problem"),
    [
        ("   ", "empty"),
        ("We bought your address.", "{source_name}"),
        ("From {source_name} via {provider}.", "{provider}"),
        ("From {source_name}. { sender }", "{ sender }"),
    ],
)
def test_template_problems(template: str, problem: str) -> None:
    message = template_problem(template)
    assert message is not None and problem in message


def test_unknown_language_or_authority() -> None:
    with pytest.raises(ValueError):
        default_template("de")
    with pytest.raises(ValueError):
        authority("DE", "en")
