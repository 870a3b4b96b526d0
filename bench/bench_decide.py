"""How fast is the clearance engine? Prints calls per second; not a test.

    python bench/bench_decide.py [--contacts 1000000] [--suppressed 100000] [--seed 7]

Builds N synthetic ContactFacts (deterministic), a campaign, and an opt-out list of the given
size (addresses, about 5% of them the contacts' own, plus 1,000 domains), then times N calls of
decide() three ways: addresses and domains only; with a SHA-256 list of the same size as well
(every call then hashes); and with MD5 as well. Building the facts is timed separately: it is
done once per contact per export, decide() once per contact per campaign.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from compliance.campaign import parse_campaign  # noqa: E402
from compliance.clearance import ContactFacts, Suppression, decide  # noqa: E402

FIRST = ["jean", "marie", "anna", "erik", "lars", "sofia", "paul", "claire", "olof", "ines"]
LAST = ["dupont", "martin", "andersson", "johansson", "bernard", "nilsson", "petit", "karlsson"]
GENERIC = ["info", "contact", "kontakt", "sales", "commande", "hello", "support", "ekonomi"]
FUNCTIONS = ["finance", "sales", "it", "hr", "marketing", "executive", "operations", None]
SOURCES = ["own_form", "trade_show", "customer", "purchased", "rented", "public_web", "partner"]


def make_contacts(n: int, rng: random.Random, today: dt.date) -> list[ContactFacts]:
    contacts = []
    for i in range(n):
        domain = f"firm{rng.randrange(50_000)}.{rng.choice(['fr', 'se', 'com', 'de'])}"
        if rng.random() < 0.1:
            local = f"{rng.choice(GENERIC)}"
        else:
            local = f"{rng.choice(FIRST)}.{rng.choice(LAST)}{i}"
        collected = today - dt.timedelta(days=rng.randrange(0, 4 * 365))
        has_consent = rng.random() < 0.2
        customer = rng.random() < 0.1
        contacts.append(
            ContactFacts(
                email=f"{local}@{domain}",
                email_valid=rng.random() > 0.01,  # storage validated the address at import
                country=rng.choice(["FR", "FR", "SE", None, "DE"]),
                audience=rng.choice(["b2b", "b2b", "b2b", "b2c", None]),
                sole_trader=rng.random() < 0.1,
                consent_date=collected if has_consent else None,
                consent_source="web form" if has_consent and rng.random() < 0.8 else None,
                last_purchase_date=collected if customer else None,
                product_category="accounting" if customer else None,
                informed_at_collection=rng.choice([True, False, None]),
                source_types=frozenset({rng.choice(SOURCES)}),
                source_names=("Salon X",),
                collected_on=collected,
                last_inbound_contact_date=None,
                notice_sent_date=None,
                job_function=rng.choice(FUNCTIONS),
            )
        )
    return contacts


def make_suppression(
    contacts: list[ContactFacts], size: int, rng: random.Random, hashes: str = ""
) -> Suppression:
    own = [c.email for c in rng.sample(contacts, min(len(contacts), size // 20))]
    others = [f"someone{i}@elsewhere{i % 997}.example" for i in range(size - len(own))]
    emails = frozenset(own + others)
    domains = frozenset(f"firm{rng.randrange(50_000)}.fr" for _ in range(1_000))
    sha = md5 = frozenset()
    if "sha" in hashes:
        sha = frozenset(hashlib.sha256(e.lower().encode()).hexdigest() for e in emails)
    if "md5" in hashes:
        md5 = frozenset(hashlib.md5(e.lower().encode()).hexdigest() for e in emails)
    return Suppression(emails=emails, domains=domains, sha256=sha, md5=md5)


def run(contacts, campaign, today, suppression) -> tuple[float, Counter]:  # noqa: ANN001
    counts: Counter = Counter()
    start = time.perf_counter()
    for contact in contacts:
        decide(contact, campaign, today, suppression)
    elapsed = time.perf_counter() - start
    for contact in contacts[:100_000]:
        counts[decide(contact, campaign, today, suppression).decision] += 1
    return elapsed, counts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--suppressed", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    today = dt.date(2026, 11, 28)
    campaign = parse_campaign(
        {
            "name": "Spring accounting offer",
            "sender": "Acme SAS, 1 rue de la Paix, 75002 Paris, contact@acme.example",
            "unsubscribe": "https://acme.example/unsubscribe?t={token}",
            "topic_functions": ["finance"],
            "product_category": "accounting",
            "notice": "We obtained your address from {source_name}.",
            "jurisdiction": "FR",
        }
    )

    start = time.perf_counter()
    contacts = make_contacts(args.contacts, rng, today)
    built = time.perf_counter() - start
    print(f"built {len(contacts):,} ContactFacts in {built:.2f} s (generation included)")

    for label, hashes in (("addresses+domains", ""), ("+sha256", "sha"), ("+sha256+md5", "shamd5")):
        suppression = make_suppression(contacts, args.suppressed, rng, hashes)
        elapsed, counts = run(contacts, campaign, today, suppression)
        rate = len(contacts) / elapsed
        print(
            f"decide() x {len(contacts):,} against {args.suppressed:,} opt-outs ({label}): "
            f"{elapsed:.2f} s, {rate:,.0f} calls/s, {elapsed / len(contacts) * 1e6:.2f} us/call"
        )
        print("  decisions (first 100,000):", dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
