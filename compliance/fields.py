"""The contract's vocabulary (CONTRACT.md section 2): field names and their allowed values.

Plain data, imported by every layer; changing a value here changes the outside contract.
"""

from __future__ import annotations

# Every contact field of the contract, in the order the app shows them.
CONTACT_FIELDS: tuple[str, ...] = (
    "email",
    "first_name",
    "last_name",
    "company",
    "job_title",
    "phone",
    "country",
    "audience",
    "sole_trader",
    "lawful_basis",
    "consent_date",
    "consent_source",
    "consent_wording",
    "consent_method",
    "informed_at_collection",
    "customer_since",
    "last_purchase_date",
    "product_category",
    "collected_on",
    "notice_sent_date",
    "last_inbound_contact_date",
    "job_function",
    "seniority",
    "notes",
    "tags",
)

DATE_FIELDS = frozenset(
    {
        "consent_date",
        "customer_since",
        "last_purchase_date",
        "collected_on",
        "notice_sent_date",
        "last_inbound_contact_date",
    }
)
YES_NO_FIELDS = frozenset({"sole_trader", "informed_at_collection"})

JOB_FUNCTIONS: tuple[str, ...] = (
    "executive",
    "sales",
    "marketing",
    "hr",
    "finance",
    "it",
    "operations",
    "purchasing",
    "legal",
    "engineering",
    "customer_service",
    "other",
)
SENIORITIES: tuple[str, ...] = (
    "owner_executive",
    "director",
    "manager",
    "staff",
    "assistant",
    "unknown",
)
AUDIENCES: tuple[str, ...] = ("b2b", "b2c")
LAWFUL_BASES: tuple[str, ...] = ("consent", "legitimate_interest", "contract")
SOURCE_TYPES: tuple[str, ...] = (
    "own_form",
    "trade_show",
    "customer",
    "purchased",
    "rented",
    "public_web",
    "partner",
    "manual",
)
# Sources where the data was not collected from the person (GDPR art. 14 applies).
INDIRECT_SOURCE_TYPES = frozenset({"purchased", "rented", "public_web", "partner"})
JURISDICTIONS: tuple[str, ...] = ("FR", "SE")

DECISIONS: tuple[str, ...] = ("ALLOW", "ALLOW_WITH_NOTICE", "EXCLUDE")
REASON_CODES: tuple[str, ...] = (
    "SUPPRESSED",
    "DOMAIN_SUPPRESSED",
    "RETENTION_EXPIRED",
    "NO_CONSENT",
    "TOPIC_UNRELATED",
    "NOTICE_MISSING",
    "INVALID_EMAIL",
)
FLAGS: tuple[str, ...] = ("ART14_OVERDUE", "UNCERTAIN")
OPTOUT_REASONS: tuple[str, ...] = (
    "unsubscribed",
    "objected",
    "bounced",
    "complaint",
    "erased",
    "manual",
)
