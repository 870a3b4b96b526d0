"""A campaign (CONTRACT.md section 4): who sends, how to unsubscribe, what it is about.

`parse_campaign` reads the campaign file's JSON object strictly. Two kinds of failure:

- `CampaignBlocked`: no sender identity or no unsubscribe means (RULES.md A, row 0). The whole
  export is refused; the command line exits with code 5.
- `CampaignError`: anything else that is wrong with the file (unknown field, wrong type, an
  unsubscribe template that cannot give a per-contact link, unknown job function, bad
  jurisdiction, bad notice); exit code 3.

Both carry a plain sentence saying what is wrong and how to fix it. The `Campaign` object also
refuses a blank sender or unsubscribe when built directly, so no code path can decide contacts
against a campaign that row 0 forbids.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlsplit

from .fields import JOB_FUNCTIONS, JURISDICTIONS
from .notices import template_problem

TOKEN = "{token}"
EXIT_INPUT = 3
EXIT_CAMPAIGN_BLOCKED = 5

_FIELDS: tuple[str, ...] = (
    "name",
    "sender",
    "unsubscribe",
    "topic_functions",
    "product_category",
    "notice",
    "jurisdiction",
)
_REQUIRED: tuple[str, ...] = ("name", "sender", "unsubscribe", "jurisdiction")
# A deliberately simple shape check for the mailto: target (the full syntax check of contact
# addresses lives in compliance.emails); it has to catch typos, not judge deliverability.
_MAILTO_ADDRESS = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]+$")


class CampaignError(ValueError):
    """The campaign file is not valid; `message` says what is wrong and how to fix it."""

    exit_code = EXIT_INPUT

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class CampaignBlocked(ValueError):
    """The campaign has no sender identity or no unsubscribe means: the export is refused.

    Deliberately not a subclass of CampaignError, so that `except CampaignError` cannot swallow
    the exit code 5 case by accident.
    """

    exit_code = EXIT_CAMPAIGN_BLOCKED

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Campaign:
    name: str
    sender: str
    unsubscribe: str
    topic_functions: frozenset[str] = frozenset()
    product_category: str | None = None
    notice: str | None = None
    jurisdiction: str = "FR"
    # Precomputed for decide(): the functions a topic is "related" to (executives always are,
    # RULES A row 7), and the product category as compared (trimmed, case-folded).
    related_functions: frozenset[str] = field(init=False, repr=False, compare=False)
    product_key: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        blocked = _blocked_problem(self.sender, self.unsubscribe)
        if blocked:
            raise CampaignBlocked(blocked)
        if self.jurisdiction not in JURISDICTIONS:
            raise CampaignError('The campaign "jurisdiction" must be "FR" or "SE".')
        if not isinstance(self.topic_functions, frozenset):
            object.__setattr__(self, "topic_functions", frozenset(self.topic_functions))
        object.__setattr__(self, "related_functions", self.topic_functions | {"executive"})
        object.__setattr__(self, "product_key", (self.product_category or "").strip().casefold())

    @property
    def unsubscribe_is_mailto(self) -> bool:
        return self.unsubscribe[:7].lower() == "mailto:"


def _blocked_problem(sender: object, unsubscribe: object) -> str | None:
    missing_sender = sender is None or (isinstance(sender, str) and not sender.strip())
    missing_unsub = unsubscribe is None or (
        isinstance(unsubscribe, str) and not unsubscribe.strip()
    )
    if missing_sender and missing_unsub:
        return (
            "The campaign has no sender identity and no unsubscribe means, so nothing can be "
            'exported: fill in "sender" (your company\'s name and address) and "unsubscribe" '
            "(a link containing {token}, or a mailto: address)."
        )
    if missing_sender:
        return (
            "The campaign has no sender identity, so nothing can be exported: fill in "
            '"sender" with your company\'s name and postal or e-mail address.'
        )
    if missing_unsub:
        return (
            "The campaign has no unsubscribe means, so nothing can be exported: fill in "
            '"unsubscribe" with a link containing {token} (replaced by each contact\'s own '
            "code) or a mailto: address."
        )
    return None


def _unsubscribe_problem(value: str) -> str | None:
    text = value.strip()
    if text[:7].lower() == "mailto:":
        address = text[7:].split("?", 1)[0].strip()
        if _MAILTO_ADDRESS.match(address):
            return None
        return (
            f'The unsubscribe address "{text}" is not a usable mailto: address: write it as '
            "mailto:unsubscribe@yourcompany.example."
        )
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return (
            f'The unsubscribe means "{text}" is neither a web link nor a mailto: address: write '
            "a link such as https://yourcompany.example/unsubscribe?t={token}, or "
            "mailto:unsubscribe@yourcompany.example."
        )
    if TOKEN not in text:
        return (
            f'The unsubscribe link "{text}" does not contain {{token}}, so it would be the same '
            "for everybody: add {token} where each contact's own code goes, as in "
            "https://yourcompany.example/unsubscribe?t={token}."
        )
    if any(ch.isspace() for ch in text):
        return f'The unsubscribe link "{text}" contains spaces: remove them.'
    return None


def _require_text(data: dict[str, Any], key: str, *, optional: bool = False) -> str | None:
    value = data.get(key)
    if value is None:
        if optional:
            return None
        raise CampaignError(f'The campaign has no "{key}": add it to the campaign file.')
    if not isinstance(value, str):
        raise CampaignError(
            f'The campaign field "{key}" must be text in double quotes, not {_kind(value)}.'
        )
    return value


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "a " + type(value).__name__


def parse_campaign(data: dict[str, Any]) -> Campaign:
    """The campaign described by a campaign file's JSON object, checked strictly."""
    if not isinstance(data, dict):
        raise CampaignError(
            "The campaign file must hold one JSON object such as "
            '{"name": ..., "sender": ..., "unsubscribe": ..., "jurisdiction": "FR"}.'
        )
    # Row 0 first: a campaign without sender or unsubscribe means is blocked whatever else is
    # wrong with it, so the user learns the blocking problem (exit code 5) at once.
    blocked = _blocked_problem(data.get("sender"), data.get("unsubscribe"))
    if blocked:
        raise CampaignBlocked(blocked)

    unknown = sorted(set(data) - set(_FIELDS))
    if unknown:
        names = ", ".join(f'"{k}"' for k in unknown)
        allowed = ", ".join(f'"{k}"' for k in _FIELDS)
        raise CampaignError(
            f"The campaign file has the unknown field {names}: remove it or correct its "
            f"spelling (the fields are {allowed})."
        )

    name = _require_text(data, "name") or ""
    if not name.strip():
        raise CampaignError('The campaign "name" is blank: give the campaign a name.')
    sender = _require_text(data, "sender") or ""
    unsubscribe = _require_text(data, "unsubscribe") or ""
    problem = _unsubscribe_problem(unsubscribe)
    if problem:
        raise CampaignError(problem)

    functions_raw = data.get("topic_functions", [])
    if functions_raw is None:
        functions_raw = []
    if not isinstance(functions_raw, list) or not all(isinstance(f, str) for f in functions_raw):
        raise CampaignError(
            'The campaign field "topic_functions" must be a list of job functions, such as '
            '["finance", "executive"].'
        )
    functions = frozenset(f.strip().lower() for f in functions_raw)
    bad = sorted(functions - set(JOB_FUNCTIONS))
    if bad:
        raise CampaignError(
            "The campaign names the unknown job function "
            + ", ".join(f'"{f}"' for f in bad)
            + ' in "topic_functions": use only '
            + ", ".join(JOB_FUNCTIONS)
            + "."
        )

    category = _require_text(data, "product_category", optional=True)
    category = category.strip() if category and category.strip() else None

    notice = _require_text(data, "notice", optional=True)
    if notice is not None:
        notice_problem = template_problem(notice)
        if notice_problem:
            raise CampaignError(
                notice_problem + ' Correct the campaign "notice", or set it to null if the '
                "message carries no first-contact notice."
            )

    jurisdiction = data.get("jurisdiction")
    if jurisdiction is None:
        raise CampaignError(
            'The campaign has no "jurisdiction": add "jurisdiction": "FR" or "SE", the country '
            "whose law applies to contacts with no country."
        )
    if not isinstance(jurisdiction, str) or jurisdiction.strip().upper() not in JURISDICTIONS:
        shown = jurisdiction if isinstance(jurisdiction, str) else _kind(jurisdiction)
        raise CampaignError(
            f'The campaign "jurisdiction" must be "FR" or "SE", not "{shown}": set it to the '
            "country whose law applies to contacts with no country."
        )

    return Campaign(
        name=name.strip(),
        sender=sender.strip(),
        unsubscribe=unsubscribe.strip(),
        topic_functions=functions,
        product_category=category,
        notice=notice,
        jurisdiction=jurisdiction.strip().upper(),
    )


def unsubscribe_link(campaign: Campaign, token: str) -> str:
    """The contact's own unsubscribe link: the template with `{token}` replaced (URL-quoted).

    A mailto: without `{token}` is the same for everybody, which the rules accept.
    """
    if not token:
        raise ValueError("An unsubscribe token is required.")
    return campaign.unsubscribe.replace(TOKEN, quote(token, safe=""))
