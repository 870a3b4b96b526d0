"""The decision table of RULES.md section A, row by row, flag by flag, and its order."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from typing import Any

import pytest

from compliance.campaign import Campaign
from compliance.clearance import (
    NO_SUPPRESSION,
    ContactFacts,
    Decision,
    Suppression,
    contact_jurisdiction,
    decide,
    facts_from_fields,
    is_generic_address,
    message_language,
    notice_text,
    reason_sentence,
)
from compliance.fields import FLAGS, REASON_CODES

TODAY = dt.date(2026, 6, 1)
NAMED = "Jean.Dupont@firm.fr"


def facts(**overrides: Any) -> ContactFacts:
    """A named French B2B prospect in finance, collected by us on our form this year: ALLOW."""
    values: dict[str, Any] = {
        "email": NAMED,
        "email_valid": True,
        "country": "FR",
        "audience": "b2b",
        "informed_at_collection": True,
        "source_types": frozenset({"own_form"}),
        "source_names": ("Website form",),
        "collected_on": dt.date(2026, 5, 20),
        "job_function": "finance",
    }
    values.update(overrides)
    return ContactFacts(**values)


def campaign(**overrides: Any) -> Campaign:
    values: dict[str, Any] = {
        "name": "Spring accounting offer",
        "sender": "Acme SAS, 1 rue de la Paix, 75002 Paris",
        "unsubscribe": "https://acme.example/u?t={token}",
        "topic_functions": frozenset({"finance"}),
        "product_category": "accounting",
        "notice": None,
        "jurisdiction": "FR",
    }
    values.update(overrides)
    return Campaign(**values)


WITH_NOTICE = {"notice": "We obtained your address from {source_name}."}
PURCHASED = {"source_types": frozenset({"purchased"}), "source_names": ("Kompass",)}
CONSENT = {"consent_date": dt.date(2026, 2, 1), "consent_source": "newsletter form"}
B2C = {"audience": "b2c"}
CUSTOMER = {
    "audience": "b2c",
    "source_types": frozenset({"customer"}),
    "customer_since": dt.date(2025, 3, 1),
    "last_purchase_date": dt.date(2026, 3, 1),
    "product_category": "Accounting ",
    "informed_at_collection": True,
}
SHA = hashlib.sha256(b"jean.dupont@firm.fr").hexdigest()
MD5 = hashlib.md5(b"jean.dupont@firm.fr").hexdigest()


def sup(**sets: Any) -> Suppression:
    return Suppression(**{k: frozenset(v) for k, v in sets.items()})


# (id, contact overrides, campaign overrides, suppression, decision, reasons, flags, basis)
CASES: list[tuple[str, dict, dict, Suppression, str, tuple, tuple, str | None]] = [
    # --- Row 1: the address or its hash is on the opt-out list ---------------------------------
    ("r1-exact", {}, {}, sup(emails={"jean.dupont@firm.fr"}), "EXCLUDE", ("SUPPRESSED",), (), None),
    (
        "r1-case-and-spaces",
        {"email": "JEAN.dupont@firm.fr"},
        {},
        sup(emails={"  Jean.DUPONT@Firm.FR \t"}),
        "EXCLUDE",
        ("SUPPRESSED",),
        (),
        None,
    ),
    ("r1-sha256", {}, {}, sup(sha256={SHA}), "EXCLUDE", ("SUPPRESSED",), (), None),
    (
        "r1-sha256-upper-hex",
        {},
        {},
        sup(sha256={SHA.upper() + " "}),
        "EXCLUDE",
        ("SUPPRESSED",),
        (),
        None,
    ),
    ("r1-md5", {}, {}, sup(md5={MD5}), "EXCLUDE", ("SUPPRESSED",), (), None),
    (
        "r1-hash-of-other-address-no-match",
        {},
        {},
        sup(sha256={hashlib.sha256(b"other@firm.fr").hexdigest()}, md5={"0" * 32}),
        "ALLOW",
        (),
        (),
        "professional",
    ),
    (
        "r1-beats-generic",
        {"email": "info@firm.fr"},
        {},
        sup(emails={"info@firm.fr"}),
        "EXCLUDE",
        ("SUPPRESSED",),
        (),
        None,
    ),
    (
        "r1-beats-invalid",
        {"email_valid": False},
        {},
        sup(emails={NAMED}),
        "EXCLUDE",
        ("SUPPRESSED",),
        (),
        None,
    ),
    ("r1-beats-consent", CONSENT, {}, sup(md5={MD5}), "EXCLUDE", ("SUPPRESSED",), (), None),
    (
        "r1-beats-domain",
        {},
        {},
        sup(emails={NAMED}, domains={"firm.fr"}),
        "EXCLUDE",
        ("SUPPRESSED",),
        (),
        None,
    ),
    (
        "r1-foreign-no-uncertain",
        {"country": "DE"},
        {},
        sup(emails={NAMED}),
        "EXCLUDE",
        ("SUPPRESSED",),
        (),
        None,
    ),
    # --- Row 1b: the domain --------------------------------------------------------------------
    ("r1b-domain", {}, {}, sup(domains={"firm.fr"}), "EXCLUDE", ("DOMAIN_SUPPRESSED",), (), None),
    (
        "r1b-at-and-case",
        {},
        {},
        sup(domains={" @FIRM.fr "}),
        "EXCLUDE",
        ("DOMAIN_SUPPRESSED",),
        (),
        None,
    ),
    (
        "r1b-subdomain",
        {"email": "jean@paris.firm.fr"},
        {},
        sup(domains={"firm.fr"}),
        "EXCLUDE",
        ("DOMAIN_SUPPRESSED",),
        (),
        None,
    ),
    (
        "r1b-parent-not-covered-by-subdomain",
        {},
        {},
        sup(domains={"paris.firm.fr"}),
        "ALLOW",
        (),
        (),
        "professional",
    ),
    (
        "r1b-similar-domain-no-match",
        {},
        {},
        sup(domains={"irm.fr", "firm.f"}),
        "ALLOW",
        (),
        (),
        "professional",
    ),
    (
        "r1b-beats-invalid",
        {"email_valid": False},
        {},
        sup(domains={"firm.fr"}),
        "EXCLUDE",
        ("DOMAIN_SUPPRESSED",),
        (),
        None,
    ),
    (
        "r1b-beats-generic",
        {"email": "contact@firm.fr"},
        {},
        sup(domains={"firm.fr"}),
        "EXCLUDE",
        ("DOMAIN_SUPPRESSED",),
        (),
        None,
    ),
    # --- IDN: the same address written with a Unicode or an xn-- domain -------------------------
    (
        "idn-email-unicode-list-ascii-contact",
        {"email": "anna@xn--fretag-wxa.se", "country": "SE"},
        {},
        sup(emails={"Anna@Företag.se"}),
        "EXCLUDE",
        ("SUPPRESSED",),
        (),
        None,
    ),
    (
        "idn-domain-ascii-list-unicode-contact",
        {"email": "anna@företag.se", "country": "SE"},
        {},
        sup(domains={"xn--fretag-wxa.se"}),
        "EXCLUDE",
        ("DOMAIN_SUPPRESSED",),
        (),
        None,
    ),
    (
        "idn-hash-of-ascii-form",
        {"email": "anna@företag.se", "country": "SE"},
        {},
        sup(sha256={hashlib.sha256(b"anna@xn--fretag-wxa.se").hexdigest()}),
        "EXCLUDE",
        ("SUPPRESSED",),
        (),
        None,
    ),
    # --- Row 2: invalid address ----------------------------------------------------------------
    (
        "r2-invalid",
        {"email_valid": False},
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("INVALID_EMAIL",),
        (),
        None,
    ),
    (
        "r2-beats-retention",
        {"email_valid": False, "collected_on": dt.date(2020, 1, 1)},
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("INVALID_EMAIL",),
        (),
        None,
    ),
    (
        "r2-beats-generic",
        {"email": "info@firm", "email_valid": False},
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("INVALID_EMAIL",),
        (),
        None,
    ),
    (
        "r2-foreign-no-uncertain",
        {"email_valid": False, "country": "US"},
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("INVALID_EMAIL",),
        (),
        None,
    ),
    # --- Row 3: retention ended (section C) ------------------------------------------------------
    (
        "r3-three-years-after-collection",
        {"collected_on": dt.date(2023, 6, 1)},
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("RETENTION_EXPIRED",),
        (),
        None,
    ),
    (
        "r3-one-day-before-end",
        {"collected_on": dt.date(2023, 6, 2)},
        {},
        NO_SUPPRESSION,
        "ALLOW",
        (),
        (),
        "professional",
    ),
    (
        "r3-inbound-contact-extends",
        {"collected_on": dt.date(2020, 1, 1), "last_inbound_contact_date": dt.date(2024, 1, 1)},
        {},
        NO_SUPPRESSION,
        "ALLOW",
        (),
        (),
        "professional",
    ),
    (
        "r3-old-inbound-contact-does-not-save",
        {"collected_on": dt.date(2022, 1, 1), "last_inbound_contact_date": dt.date(2023, 5, 31)},
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("RETENTION_EXPIRED",),
        (),
        None,
    ),
    (
        "r3-customer-old-purchase-recent-import",
        {
            **CUSTOMER,
            "collected_on": dt.date(2026, 5, 1),
            "last_purchase_date": dt.date(2023, 5, 1),
        },
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("RETENTION_EXPIRED",),
        (),
        None,
    ),
    (
        "r3-beats-consent",
        {**CONSENT, "collected_on": dt.date(2020, 1, 1), "consent_date": dt.date(2020, 1, 1)},
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("RETENTION_EXPIRED",),
        (),
        None,
    ),
    (
        "r3-foreign-uncertain",
        {"country": "DE", "collected_on": dt.date(2020, 1, 1)},
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("RETENTION_EXPIRED",),
        ("UNCERTAIN",),
        None,
    ),
    # --- Row 4: generic address ------------------------------------------------------------------
    ("r4-generic", {"email": "info@firm.fr"}, {}, NO_SUPPRESSION, "ALLOW", (), (), "generic"),
    (
        "r4-generic-b2c-unknown",
        {"email": "Contact@firm.fr", "audience": None},
        {},
        NO_SUPPRESSION,
        "ALLOW",
        (),
        (),
        "generic",
    ),
    (
        "r4-generic-never-expires",
        {"email": "kontakt@firm.se", "country": "SE", "collected_on": dt.date(2001, 1, 1)},
        {},
        NO_SUPPRESSION,
        "ALLOW",
        (),
        (),
        "generic",
    ),
    (
        "r4-generic-no-notice-step",
        {"email": "commande@firm.fr", **PURCHASED, "collected_on": dt.date(2025, 1, 1)},
        {},
        NO_SUPPRESSION,
        "ALLOW",
        (),
        (),
        "generic",
    ),
    (
        "r4-generic-unrelated-topic",
        {"email": "sales@firm.fr", "job_function": "it"},
        {},
        NO_SUPPRESSION,
        "ALLOW",
        (),
        (),
        "generic",
    ),
    (
        "r4-generic-foreign-uncertain",
        {"email": "info@firm.de", "country": "DE"},
        {},
        NO_SUPPRESSION,
        "ALLOW",
        (),
        ("UNCERTAIN",),
        "generic",
    ),
    # --- Row 5: consent with proof -------------------------------------------------------------
    ("r5-consent", {**B2C, **CONSENT}, {}, NO_SUPPRESSION, "ALLOW", (), (), "consent"),
    (
        "r5-consent-beats-topic",
        {**CONSENT, "job_function": "it"},
        {},
        NO_SUPPRESSION,
        "ALLOW",
        (),
        (),
        "consent",
    ),
    (
        "r5-date-without-source-is-not-consent",
        {**B2C, "lawful_basis": "consent", "consent_date": dt.date(2026, 2, 1)},
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("NO_CONSENT",),
        (),
        None,
    ),
    (
        "r5-source-without-date-is-not-consent",
        {**B2C, "lawful_basis": "consent", "consent_source": "form"},
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("NO_CONSENT",),
        (),
        None,
    ),
    (
        "r5-blank-source-is-not-consent",
        {**B2C, **CONSENT, "consent_source": "   "},
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("NO_CONSENT",),
        (),
        None,
    ),
    (
        "r5-unproven-consent-b2b-falls-to-row-7",
        {"lawful_basis": "consent", "consent_date": dt.date(2026, 2, 1), "job_function": "it"},
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("NO_CONSENT", "TOPIC_UNRELATED"),
        (),
        None,
    ),
    (
        "r5-withdrawn",
        {**B2C, **CONSENT, "consent_withdrawn_on": dt.date(2026, 3, 1)},
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("NO_CONSENT",),
        (),
        None,
    ),
    (
        "r5-consent-given-again-after-withdrawal",
        {**B2C, **CONSENT, "consent_withdrawn_on": dt.date(2025, 12, 1)},
        {},
        NO_SUPPRESSION,
        "ALLOW",
        (),
        (),
        "consent",
    ),
    (
        "r5-consent-dated-after-today",
        {**B2C, **CONSENT, "consent_date": dt.date(2026, 7, 1)},
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("NO_CONSENT",),
        (),
        None,
    ),
    (
        "r5-bought-b2c-without-transfer-proof",
        {**B2C, **CONSENT, **PURCHASED},
        WITH_NOTICE,
        NO_SUPPRESSION,
        "EXCLUDE",
        ("NO_CONSENT",),
        (),
        None,
    ),
    (
        "r5-rented-unknown-audience-without-proof",
        {**CONSENT, **PURCHASED, "audience": None, "source_types": frozenset({"rented"})},
        WITH_NOTICE,
        NO_SUPPRESSION,
        "EXCLUDE",
        ("NO_CONSENT",),
        (),
        None,
    ),
    (
        "r5-bought-b2c-with-transfer-proof",
        {**B2C, **CONSENT, **PURCHASED, "transfer_consent_proof": True},
        WITH_NOTICE,
        NO_SUPPRESSION,
        "ALLOW_WITH_NOTICE",
        (),
        (),
        "consent",
    ),
    (
        "r5-bought-b2c-also-on-our-form",
        {**B2C, **CONSENT, "source_types": frozenset({"purchased", "own_form"})},
        WITH_NOTICE,
        NO_SUPPRESSION,
        "ALLOW_WITH_NOTICE",
        (),
        (),
        "consent",
    ),
    (
        "r5-bought-b2b-consent",
        {**CONSENT, **PURCHASED, "job_function": "it"},
        WITH_NOTICE,
        NO_SUPPRESSION,
        "ALLOW_WITH_NOTICE",
        (),
        (),
        "consent",
    ),
    (
        "r5-se-sole-trader-with-consent",
        {**CONSENT, "country": "SE", "sole_trader": True},
        {},
        NO_SUPPRESSION,
        "ALLOW",
        (),
        (),
        "consent",
    ),
    (
        "r5-foreign-consent-uncertain",
        {**B2C, **CONSENT, "country": "DE"},
        {},
        NO_SUPPRESSION,
        "ALLOW",
        (),
        ("UNCERTAIN",),
        "consent",
    ),
    # --- Row 6: soft opt-in --------------------------------------------------------------------
    ("r6-soft-opt-in", CUSTOMER, {}, NO_SUPPRESSION, "ALLOW", (), (), "soft_opt_in"),
    (
        "r6-se-soft-opt-in",
        {**CUSTOMER, "country": "SE"},
        {},
        NO_SUPPRESSION,
        "ALLOW",
        (),
        (),
        "soft_opt_in",
    ),
    (
        "r6-other-category",
        CUSTOMER,
        {"product_category": "payroll"},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("NO_CONSENT",),
        (),
        None,
    ),
    (
        "r6-campaign-without-category",
        CUSTOMER,
        {"product_category": None},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("NO_CONSENT",),
        (),
        None,
    ),
    (
        "r6-no-opt-out-offered",
        {**CUSTOMER, "informed_at_collection": None},
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("NO_CONSENT",),
        (),
        None,
    ),
    (
        "r6-no-recorded-purchase",
        {**CUSTOMER, "last_purchase_date": None},
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("NO_CONSENT",),
        (),
        None,
    ),
    (
        "r6-not-collected-at-sale",
        {**CUSTOMER, "source_types": frozenset({"own_form"})},
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("NO_CONSENT",),
        (),
        None,
    ),
    (
        "r6-collected-at-sale-explicit",
        {**CUSTOMER, "source_types": frozenset({"manual"}), "collected_at_sale": True},
        {},
        NO_SUPPRESSION,
        "ALLOW",
        (),
        (),
        "soft_opt_in",
    ),
    (
        "r6-explicitly-not-at-sale",
        {**CUSTOMER, "collected_at_sale": False},
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("NO_CONSENT",),
        (),
        None,
    ),
    (
        "r6-foreign-strict-branch",
        {**CUSTOMER, "country": "GB"},
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("NO_CONSENT",),
        ("UNCERTAIN",),
        None,
    ),
    # --- Row 7: B2B, related topic -------------------------------------------------------------
    ("r7-related", {}, {}, NO_SUPPRESSION, "ALLOW", (), (), "professional"),
    (
        "r7-executive-always-related",
        {"job_function": "executive"},
        {"topic_functions": frozenset()},
        NO_SUPPRESSION,
        "ALLOW",
        (),
        (),
        "professional",
    ),
    (
        "r7-several-topics",
        {"job_function": "it"},
        {"topic_functions": frozenset({"finance", "it"})},
        NO_SUPPRESSION,
        "ALLOW",
        (),
        (),
        "professional",
    ),
    (
        "r7-audience-case",
        {"audience": " B2B "},
        {},
        NO_SUPPRESSION,
        "ALLOW",
        (),
        (),
        "professional",
    ),
    (
        "r7-fr-sole-trader",
        {"sole_trader": True},
        {},
        NO_SUPPRESSION,
        "ALLOW",
        (),
        (),
        "professional",
    ),
    (
        "r7-se-uncertain",
        {"country": "SE"},
        {},
        NO_SUPPRESSION,
        "ALLOW",
        (),
        ("UNCERTAIN",),
        "professional",
    ),
    (
        "r7-se-lowercase-country",
        {"country": " se"},
        {},
        NO_SUPPRESSION,
        "ALLOW",
        (),
        ("UNCERTAIN",),
        "professional",
    ),
    (
        "r7-no-country-campaign-se",
        {"country": None},
        {"jurisdiction": "SE"},
        NO_SUPPRESSION,
        "ALLOW",
        (),
        ("UNCERTAIN",),
        "professional",
    ),
    (
        "r7-no-country-campaign-fr",
        {"country": ""},
        {},
        NO_SUPPRESSION,
        "ALLOW",
        (),
        (),
        "professional",
    ),
    (
        "r7-fr-contact-in-se-campaign",
        {},
        {"jurisdiction": "SE"},
        NO_SUPPRESSION,
        "ALLOW",
        (),
        (),
        "professional",
    ),
    (
        "r7-foreign-strict-branch",
        {"country": "DE"},
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("NO_CONSENT",),
        ("UNCERTAIN",),
        None,
    ),
    # --- Row 7x: B2B, unrelated topic ----------------------------------------------------------
    (
        "r7x-unrelated",
        {"job_function": "it"},
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("NO_CONSENT", "TOPIC_UNRELATED"),
        (),
        None,
    ),
    (
        "r7x-unknown-function",
        {"job_function": None},
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("NO_CONSENT", "TOPIC_UNRELATED"),
        (),
        None,
    ),
    (
        "r7x-se-unrelated",
        {"country": "SE", "job_function": "hr"},
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("NO_CONSENT", "TOPIC_UNRELATED"),
        (),
        None,
    ),
    (
        "r7x-before-notice-step",
        {**PURCHASED, "job_function": "hr"},
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("NO_CONSENT", "TOPIC_UNRELATED"),
        (),
        None,
    ),
    # --- Row 8: anything else ------------------------------------------------------------------
    ("r8-b2c", B2C, {}, NO_SUPPRESSION, "EXCLUDE", ("NO_CONSENT",), (), None),
    (
        "r8-unknown-audience",
        {"audience": None},
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("NO_CONSENT",),
        (),
        None,
    ),
    (
        "r8-se-sole-trader",
        {"country": "SE", "sole_trader": True},
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("NO_CONSENT",),
        (),
        None,
    ),
    (
        "r8-se-sole-trader-unrelated",
        {"country": "SE", "sole_trader": True, "job_function": "it"},
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("NO_CONSENT",),
        (),
        None,
    ),
    (
        "r8-se-sole-trader-by-campaign",
        {"country": None, "sole_trader": True},
        {"jurisdiction": "SE"},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("NO_CONSENT",),
        (),
        None,
    ),
    # --- The art. 14 notice step ---------------------------------------------------------------
    (
        "n-purchased-with-notice",
        PURCHASED,
        WITH_NOTICE,
        NO_SUPPRESSION,
        "ALLOW_WITH_NOTICE",
        (),
        (),
        "professional",
    ),
    (
        "n-purchased-without-notice",
        PURCHASED,
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("NOTICE_MISSING",),
        (),
        None,
    ),
    (
        "n-rented",
        {"source_types": frozenset({"rented"})},
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("NOTICE_MISSING",),
        (),
        None,
    ),
    (
        "n-public-web",
        {"source_types": frozenset({"public_web"})},
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("NOTICE_MISSING",),
        (),
        None,
    ),
    (
        "n-partner",
        {"source_types": frozenset({"partner"})},
        WITH_NOTICE,
        NO_SUPPRESSION,
        "ALLOW_WITH_NOTICE",
        (),
        (),
        "professional",
    ),
    (
        "n-one-indirect-source-among-others",
        {"source_types": frozenset({"own_form", "public_web"})},
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("NOTICE_MISSING",),
        (),
        None,
    ),
    (
        "n-not-informed-at-collection",
        {"informed_at_collection": False},
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("NOTICE_MISSING",),
        (),
        None,
    ),
    (
        "n-informed-unknown-direct-source",
        {"informed_at_collection": None, "source_types": frozenset({"trade_show"})},
        {},
        NO_SUPPRESSION,
        "ALLOW",
        (),
        (),
        "professional",
    ),
    (
        "n-notice-already-sent",
        {**PURCHASED, "notice_sent_date": dt.date(2026, 1, 20)},
        {},
        NO_SUPPRESSION,
        "ALLOW",
        (),
        (),
        "professional",
    ),
    (
        "n-notice-sent-after-today-does-not-count",
        {**PURCHASED, "notice_sent_date": dt.date(2026, 6, 2)},
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("NOTICE_MISSING",),
        (),
        None,
    ),
    (
        "n-consent-basis",
        {**CONSENT, **PURCHASED},
        WITH_NOTICE,
        NO_SUPPRESSION,
        "ALLOW_WITH_NOTICE",
        (),
        (),
        "consent",
    ),
    (
        "n-soft-opt-in-basis",
        {**CUSTOMER, "source_types": frozenset({"customer", "partner"})},
        WITH_NOTICE,
        NO_SUPPRESSION,
        "ALLOW_WITH_NOTICE",
        (),
        (),
        "soft_opt_in",
    ),
    (
        "n-excluded-contacts-get-no-notice-flag",
        {**B2C, **PURCHASED},
        WITH_NOTICE,
        NO_SUPPRESSION,
        "EXCLUDE",
        ("NO_CONSENT",),
        (),
        None,
    ),
    # ART14_OVERDUE: more than one month since collected_on, no notice sent.
    (
        "a14-overdue-with-notice",
        {**PURCHASED, "collected_on": dt.date(2026, 4, 30)},
        WITH_NOTICE,
        NO_SUPPRESSION,
        "ALLOW_WITH_NOTICE",
        (),
        ("ART14_OVERDUE",),
        "professional",
    ),
    (
        "a14-overdue-without-notice",
        {**PURCHASED, "collected_on": dt.date(2026, 4, 30)},
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("NOTICE_MISSING",),
        ("ART14_OVERDUE",),
        None,
    ),
    (
        "a14-exactly-one-month-not-overdue",
        {**PURCHASED, "collected_on": dt.date(2026, 5, 1)},
        WITH_NOTICE,
        NO_SUPPRESSION,
        "ALLOW_WITH_NOTICE",
        (),
        (),
        "professional",
    ),
    (
        "a14-unknown-collection-date",
        {**PURCHASED, "collected_on": None},
        WITH_NOTICE,
        NO_SUPPRESSION,
        "ALLOW_WITH_NOTICE",
        (),
        ("ART14_OVERDUE",),
        "professional",
    ),
    (
        "a14-notice-sent-no-flag",
        {**PURCHASED, "collected_on": dt.date(2025, 1, 1), "notice_sent_date": dt.date(2025, 3, 1)},
        {},
        NO_SUPPRESSION,
        "ALLOW",
        (),
        (),
        "professional",
    ),
    (
        "a14-and-uncertain-in-order",
        {**PURCHASED, "country": "SE", "collected_on": dt.date(2026, 1, 1)},
        WITH_NOTICE,
        NO_SUPPRESSION,
        "ALLOW_WITH_NOTICE",
        (),
        ("ART14_OVERDUE", "UNCERTAIN"),
        "professional",
    ),
    (
        "a14-foreign-consent",
        {**CONSENT, **PURCHASED, "country": "BE", "collected_on": dt.date(2026, 1, 1)},
        {},
        NO_SUPPRESSION,
        "EXCLUDE",
        ("NOTICE_MISSING",),
        ("ART14_OVERDUE", "UNCERTAIN"),
        None,
    ),
]


@pytest.mark.parametrize(
    ("contact_kw", "campaign_kw", "suppression", "decision", "reasons", "flags", "basis"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_decision_table(
    contact_kw: dict,
    campaign_kw: dict,
    suppression: Suppression,
    decision: str,
    reasons: tuple,
    flags: tuple,
    basis: str | None,
) -> None:
    result = decide(facts(**contact_kw), campaign(**campaign_kw), TODAY, suppression)
    assert result == Decision(decision, reasons, flags)
    assert result.basis == basis


def test_case_ids_are_unique() -> None:
    ids = [case[0] for case in CASES]
    assert len(ids) == len(set(ids))


def test_every_reason_code_and_flag_is_exercised() -> None:
    reasons = {r for case in CASES for r in case[5]}
    flags = {f for case in CASES for f in case[6]}
    assert reasons == set(REASON_CODES)
    assert flags == set(FLAGS)


def test_month_end_collection_due_date_is_clamped() -> None:
    # Collected 31 January: one month later is 28 February (2027 is a common year); on 28
    # February the notice is not overdue yet, on 1 March it is.
    contact = facts(**PURCHASED, collected_on=dt.date(2027, 1, 31))
    cmp = campaign(**WITH_NOTICE)
    assert decide(contact, cmp, dt.date(2027, 2, 28)).flags == ()
    assert decide(contact, cmp, dt.date(2027, 3, 1)).flags == ("ART14_OVERDUE",)


def test_retention_boundary_depends_on_today() -> None:
    contact = facts(collected_on=dt.date(2023, 3, 15))
    assert decide(contact, campaign(), dt.date(2026, 3, 14)).decision == "ALLOW"
    assert decide(contact, campaign(), dt.date(2026, 3, 15)).reasons == ("RETENTION_EXPIRED",)


def test_default_suppression_is_empty_and_inactive() -> None:
    assert not NO_SUPPRESSION.active
    assert decide(facts(), campaign(), TODAY).decision == "ALLOW"


# --- Suppression -----------------------------------------------------------------------------


def test_suppression_matches_reports_the_reason() -> None:
    s = Suppression(
        emails=frozenset({"a@x.fr"}),
        domains=frozenset({"@spam.example"}),
        sha256=frozenset({hashlib.sha256(b"hashed@x.fr").hexdigest()}),
        md5=frozenset({hashlib.md5(b"md5@x.fr").hexdigest()}),
    )
    assert s.active
    assert s.matches("  A@X.FR ") == "SUPPRESSED"
    assert s.matches("Hashed@X.fr") == "SUPPRESSED"
    assert s.matches("MD5@x.fr") == "SUPPRESSED"
    assert s.matches("anyone@mail.spam.example") == "DOMAIN_SUPPRESSED"
    assert s.matches("b@x.fr") is None
    assert s.matches("a@x.fr.evil") is None


def test_suppression_from_entries() -> None:
    s = Suppression.from_entries(
        [("email", "a@x.fr"), ("domain", "y.fr"), ("sha256", SHA), ("md5", MD5)]
    )
    assert s.matches("a@x.fr") == "SUPPRESSED"
    assert s.matches("b@y.fr") == "DOMAIN_SUPPRESSED"
    assert s.matches(NAMED) == "SUPPRESSED"
    with pytest.raises(ValueError):
        Suppression.from_entries([("phone", "123")])


def test_blank_suppression_entries_are_ignored() -> None:
    s = Suppression(emails=frozenset({"", "  "}), domains=frozenset({"@", " "}))
    assert not s.active
    assert s.matches(NAMED) is None


def test_hashes_only_computed_when_hash_sets_exist(monkeypatch: pytest.MonkeyPatch) -> None:
    # The speed promise: an address-only opt-out list never pays for hashing.
    calls = []
    real = hashlib.sha256

    def spy(data: bytes = b"") -> Any:
        calls.append(data)
        return real(data)

    monkeypatch.setattr(hashlib, "sha256", spy)
    decide(facts(), campaign(), TODAY, sup(emails={"x@y.fr"}, domains={"z.fr"}))
    assert calls == []
    decide(facts(), campaign(), TODAY, sup(sha256={"0" * 64}))
    assert calls == [b"jean.dupont@firm.fr"]


# --- Facts -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "info@firm.fr",
        "INFO@firm.fr",
        "contact@firm.fr",
        "sales@firm.com",
        "kontakt@firma.se",
        "commande@boutique.fr",
        "bonjour@studio.fr",
        "hello@startup.io",
        "support@app.io",
        "admin@firm.fr",
        "accueil@mairie.fr",
        "info.fr@firm.com",
        "info-fr@firm.com",
        "info_fr@firm.com",
        "contact.de@firm.com",
        "ekonomi@bolag.se",
        "order@shop.se",
        "info+newsletter@firm.fr",
        "info2@firm.fr",
        "försäljning@bolag.se",
        "comptabilité@firm.fr",
        "kundtjänst@bolag.se",
    ],
)
def test_generic_addresses(address: str) -> None:
    assert is_generic_address(address)


@pytest.mark.parametrize(
    "address",
    [
        "jean.dupont@firm.fr",
        "anna.andersson@bolag.se",
        "information.manager@firm.com",
        "infos.jean@firm.fr",
        "salesforce.admin.jean@firm.com",
        "j.contact@firm.fr",
        "no-at-sign",
        "@firm.fr",
    ],
)
def test_named_addresses(address: str) -> None:
    assert not is_generic_address(address)


def test_generic_override() -> None:
    assert facts(email="info@firm.fr", generic_override=False).is_generic is False
    assert facts(generic_override=True).is_generic is True


def test_email_validity_computed_when_not_given() -> None:
    assert facts(email_valid=None).email_valid is True
    assert facts(email="not an address", email_valid=None).email_valid is False


def test_repr_carries_no_address() -> None:
    text = repr(facts(**CONSENT))
    assert "dupont" not in text.lower()
    assert "newsletter" not in text


def test_facts_from_fields_parses_stored_values() -> None:
    contact = facts_from_fields(
        {
            "email": "jean@firm.fr",
            "country": "fr",
            "audience": "b2b",
            "sole_trader": "no",
            "informed_at_collection": "yes",
            "consent_date": "2026-02-01",
            "consent_source": "form",
            "collected_on": dt.datetime(2026, 1, 10, 12, 0),
            "last_inbound_contact_date": "",
            "job_function": "finance",
        },
        source_types=["own_form"],
        source_names=["Website"],
    )
    assert contact.consent_date == dt.date(2026, 2, 1)
    assert contact.collected_on == dt.date(2026, 1, 10)
    assert contact.sole_trader is False
    assert contact.informed_at_collection is True
    assert contact.last_inbound_contact_date is None
    assert contact.country_code == "FR"
    assert facts_from_fields({"email": "a@b.se", "country": "Suède"}).country_code == "SE"
    assert facts_from_fields({"email": "a@b.se", "country": "Sverige"}).country_code == "SE"
    assert facts_from_fields({"email": "a@b.se", "country": "Atlantis"}).country_code == "ATLANTIS"
    assert decide(contact, campaign(), TODAY).basis == "consent"


def test_replace_recomputes_derived_facts() -> None:
    contact = facts()
    generic = dataclasses.replace(contact, email="info@firm.fr")
    assert generic.is_generic and not contact.is_generic


# --- Jurisdiction and language -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "jurisdiction", "expected_law", "expected_language"),
    [
        ("FR", "SE", "FR", "fr"),
        ("se", "FR", "SE", "sv"),
        (None, "SE", "SE", "sv"),
        (None, "FR", "FR", "fr"),
        ("DE", "SE", "SE", "en"),
    ],
)
def test_contact_jurisdiction_and_language(
    country: str | None, jurisdiction: str, expected_law: str, expected_language: str
) -> None:
    contact = facts(country=country)
    cmp = campaign(jurisdiction=jurisdiction)
    assert contact_jurisdiction(contact, cmp) == expected_law
    assert message_language(contact, cmp) == expected_language


# --- Why the person receives the message (RULES B) ----------------------------------------------


def _allowed(contact_kw: dict) -> tuple[Decision, ContactFacts]:
    contact = facts(**contact_kw)
    decision = decide(contact, campaign(**WITH_NOTICE), TODAY)
    assert decision.allowed
    return decision, contact


@pytest.mark.parametrize(
    ("contact_kw", "language", "expected"),
    [
        ({"email": "info@firm.fr"}, "en", "company address"),
        ({"email": "info@firm.fr"}, "fr", "adresse générique"),
        ({"email": "info@firm.fr"}, "sv", "gemensamma adress"),
        (
            {**B2C, **CONSENT},
            "en",
            "agreed to receive our offers on 1 February 2026 (newsletter form)",
        ),
        (
            {**B2C, **CONSENT},
            "fr",
            "accepté de recevoir nos offres le 1er février 2026 (newsletter form)",
        ),
        ({**B2C, **CONSENT}, "sv", "den 1 februari 2026 samtyckte"),
        (CUSTOMER, "en", "bought from us (Accounting)"),
        (CUSTOMER, "fr", "produits ou services analogues"),
        (CUSTOMER, "sv", "liknande produkter och tjänster"),
        ({}, "en", "your professional role (finance)"),
        ({}, "fr", "vos fonctions professionnelles (finance)"),
        ({"job_function": "executive"}, "sv", "din yrkesroll (företagsledning)"),
        (PURCHASED, "en", "your professional role (finance)"),
    ],
)
def test_reason_sentence(contact_kw: dict, language: str, expected: str) -> None:
    decision, contact = _allowed(contact_kw)
    sentence = reason_sentence(decision, contact, campaign(**WITH_NOTICE), language)
    assert expected in sentence
    assert sentence.endswith(".")
    assert "{" not in sentence


def test_reason_sentence_refuses_excluded_and_unknown_language() -> None:
    contact = facts(**B2C)
    excluded = decide(contact, campaign(), TODAY)
    with pytest.raises(ValueError):
        reason_sentence(excluded, contact, campaign(), "en")
    decision, allowed = _allowed({})
    with pytest.raises(ValueError):
        reason_sentence(decision, allowed, campaign(), "de")


# --- The notice each contact receives --------------------------------------------------------


def test_notice_text_names_every_source_and_the_right_authority() -> None:
    contact = facts(
        country="SE",
        source_types=frozenset({"purchased", "trade_show"}),
        source_names=("Bisnode", "Elmia 2026", "Bisnode"),
    )
    cmp = campaign(notice="Från {source_name}. {sender}. {unsubscribe}. {authority}.")
    text = notice_text(contact, cmp, "https://acme.example/u?t=tok")
    assert text == (
        "Från Bisnode; Elmia 2026. Acme SAS, 1 rue de la Paix, 75002 Paris. "
        "https://acme.example/u?t=tok. Integritetsskyddsmyndigheten (IMY, www.imy.se)."
    )
    assert notice_text(contact, campaign(notice=None), "x") is None


def test_notice_text_needs_a_source_name() -> None:
    with pytest.raises(ValueError):
        notice_text(facts(source_names=()), campaign(**WITH_NOTICE), "x")
