"""Where contacts come from, asked in plain words, turned into the batch's source and basis (pure).

The import wizard asks what a shop owner knows (where the list comes from, businesses or
consumers, whether the people agreed to marketing e-mails and how, whether they were told and
could object) and this module derives what the rules need: the source type and its precise
name, the lawful basis, `informed_at_collection`, and the seller's proof for bought consumer
lists. Where the answer is "I don't know", it judges strictly (RULES.md: where the product must
judge, it judges strictly and says why), and every choice comes with a sentence that says so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .fields import INDIRECT_SOURCE_TYPES

ORIGINS: tuple[str, ...] = (
    "own_form",
    "trade_show",
    "customer",
    "purchased",
    "rented",
    "public_web",
    "partner",
)
AUDIENCE_ANSWERS: tuple[str, ...] = ("b2b", "b2c", "mixed")
YES_NO_UNKNOWN: tuple[str, ...] = ("yes", "no", "unknown")


@dataclass(frozen=True)
class ProvenanceAnswers:
    origin: str  # one of ORIGINS
    source_name: str  # the provider, the event, the form: precise
    acquired_on: dt.date | None = None
    audience: str = "b2b"  # b2b, b2c, or mixed (then the file's column says, row by row)
    consented: str = "unknown"  # did they agree to receive marketing e-mails?
    consent_how: str = ""  # when and how, in the user's words (kept with the batch)
    informed: str = "unknown"  # told at collection about prospecting, and could object?
    seller_proof: bool = False  # bought/rented B2C: the seller proves consent to transfer


@dataclass(frozen=True)
class Provenance:
    source_type: str
    source_name: str
    acquired_on: dt.date | None
    audience: str | None
    lawful_basis: str
    informed_at_collection: bool
    b2c_transfer_proof: bool
    consent_note: str | None
    explanations: tuple[str, ...]  # plain sentences: what was derived, and why


def derive(answers: ProvenanceAnswers, *, has_consent_proof_columns: bool = False) -> Provenance:
    """The batch's source and lawful basis from the wizard's answers.

    `has_consent_proof_columns`: the file maps both `consent_date` and `consent_source`; without
    them a consent cannot be shown, person by person, and counts as no consent.
    """
    if answers.origin not in ORIGINS:
        raise ValueError(f"unknown origin {answers.origin!r}")
    if answers.audience not in AUDIENCE_ANSWERS:
        raise ValueError(f"unknown audience {answers.audience!r}")
    if answers.consented not in YES_NO_UNKNOWN or answers.informed not in YES_NO_UNKNOWN:
        raise ValueError("answers are yes, no or unknown")
    name = " ".join(answers.source_name.split())
    notes: list[str] = []
    indirect = answers.origin in INDIRECT_SOURCE_TYPES
    b2c = answers.audience == "b2c"

    if answers.consented == "yes":
        basis = "consent"
        notes.append(
            "They agreed to receive marketing e-mails: the lawful basis is consent."
            if not indirect
            else "They agreed, through the provider, to receive marketing e-mails: the lawful "
            "basis is consent."
        )
        if not has_consent_proof_columns:
            notes.append(
                "A consent counts only with its date and its source for each person. The file "
                "has no consent date and source columns mapped, so these contacts will count as "
                "not consenting until you add them."
            )
        if indirect and answers.audience != "b2b" and not answers.seller_proof:
            notes.append(
                "A bought or rented list of consumers counts as not consenting unless the "
                "provider can prove that each person agreed to their address being passed on, "
                "with your company or sector named."
            )
    else:
        basis = "legitimate_interest"
        if answers.origin == "customer":
            notes.append(
                "Existing customers may receive offers for products like the ones they bought "
                "(the soft opt-in), if they could refuse when they gave their address: the "
                "lawful basis is legitimate interest."
            )
        elif b2c:
            notes.append(
                "Consumers who did not agree cannot receive marketing e-mails; they are kept "
                "under legitimate interest and will be left out of e-mail campaigns."
            )
        else:
            notes.append(
                "Professionals may be e-mailed about offers related to their job without prior "
                "consent (legitimate interest), as long as they can object easily."
            )
        if answers.consented == "unknown":
            notes.append("You do not know whether they agreed: they count as not consenting.")

    if answers.informed == "yes":
        informed = True
    else:
        informed = False
        if answers.informed == "unknown":
            notes.append(
                "You do not know whether they were told: Clearlist assumes they were not, so "
                "the first e-mail to each of them must carry the information notice."
            )
    if indirect:
        notes.append(
            "The data was not collected from the people themselves: the first e-mail to each "
            "person must name this source and say how to object (GDPR article 14)."
        )
    audience = None if answers.audience == "mixed" else answers.audience
    if audience is None:
        notes.append(
            "Businesses and consumers are mixed: the file's audience column says which is which;"
            " rows without it count as unknown and are judged strictly."
        )
    return Provenance(
        source_type=answers.origin,
        source_name=name,
        acquired_on=answers.acquired_on,
        audience=audience,
        lawful_basis=basis,
        informed_at_collection=informed,
        b2c_transfer_proof=bool(answers.seller_proof and indirect),
        consent_note=answers.consent_how.strip() or None,
        explanations=tuple(notes),
    )
