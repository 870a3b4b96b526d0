"""The first-contact notice (GDPR art. 14; RULES.md section A) and its rendering.

A notice template is plain text with a few `{placeholder}`s. Rendering is a single pass of
exact-name substitution, never `str.format`: a campaign's notice is user text, and format specs or
attribute access (`{sender.__class__}`) must not mean anything, nor may a value that itself
contains `{...}` be substituted again.

The default templates (`resources/notices/{en,fr,sv}.txt`) name the precise source, state the
right to object in its own paragraph (art. 21(4): "clearly and separately"), say how to exercise
the other rights and where to complain (CNIL for FR, IMY for SE).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

LANGUAGES: tuple[str, ...] = ("en", "fr", "sv")

# Placeholders a notice template may use. `source_name` is required: art. 14(2)(f) asks for the
# precise source, and a notice that cannot name it is not a notice.
REQUIRED_PLACEHOLDERS = frozenset({"source_name"})
NOTICE_PLACEHOLDERS = frozenset({"source_name", "sender", "unsubscribe", "authority"})

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
# Anything in braces, for validation: `{sender.__class__}` or `{ source }` is a mistake to show.
_BRACED = re.compile(r"\{([^{}\n]*)\}")
_TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "resources" / "notices"

# The supervisory authority a person may complain to, by jurisdiction then language.
AUTHORITIES: dict[str, dict[str, str]] = {
    "FR": {
        "en": "the French data protection authority, the CNIL (www.cnil.fr)",
        "fr": "la Commission nationale de l'informatique et des libertés (CNIL, www.cnil.fr)",
        "sv": "den franska dataskyddsmyndigheten CNIL (www.cnil.fr)",
    },
    "SE": {
        "en": "the Swedish Authority for Privacy Protection, IMY (www.imy.se)",
        "fr": (
            "l'autorité suédoise de protection des données, l'IMY "
            "(Integritetsskyddsmyndigheten, www.imy.se)"
        ),
        "sv": "Integritetsskyddsmyndigheten (IMY, www.imy.se)",
    },
}


def placeholders(template: str) -> set[str]:
    """The `{name}` placeholders used in `template`."""
    return set(_PLACEHOLDER.findall(template))


def template_problem(template: str) -> str | None:
    """A sentence saying what is wrong with a notice template, or None when it is usable."""
    if not template.strip():
        return "The notice is empty."
    used = placeholders(template)
    unknown = sorted(set(_BRACED.findall(template)) - NOTICE_PLACEHOLDERS)
    if unknown:
        allowed = ", ".join("{" + name + "}" for name in sorted(NOTICE_PLACEHOLDERS))
        return (
            "The notice uses the unknown placeholder "
            + ", ".join("{" + name + "}" for name in unknown)
            + f"; the placeholders a notice may use are {allowed}."
        )
    missing = sorted(REQUIRED_PLACEHOLDERS - used)
    if missing:
        return (
            "The notice does not name the source of the data: it must contain {source_name}, "
            "which is replaced by the precise source of each contact (GDPR art. 14)."
        )
    return None


@cache
def default_template(language: str) -> str:
    """The default notice template in `language` ('en', 'fr' or 'sv'), read once."""
    if language not in LANGUAGES:
        raise ValueError(f"No notice template for language {language!r}.")
    return (_TEMPLATES_DIR / f"{language}.txt").read_text(encoding="utf-8").strip() + "\n"


def authority(jurisdiction: str, language: str) -> str:
    """How to name the complaint authority of `jurisdiction` in `language`."""
    try:
        return AUTHORITIES[jurisdiction][language]
    except KeyError:
        raise ValueError(f"No authority for {jurisdiction!r} in {language!r}.") from None


def render_notice(
    template: str,
    source_name: str,
    sender: str,
    unsubscribe: str = "",
    *,
    jurisdiction: str = "FR",
    language: str = "en",
) -> str:
    """The notice for one contact: `template` with its placeholders filled.

    `source_name` is the contact's precise source (a provider, an event, a site); it may not be
    blank. `unsubscribe` is the contact's own unsubscribe link; it may be blank only when the
    template does not use `{unsubscribe}`.
    """
    if not source_name or not source_name.strip():
        raise ValueError("A first-contact notice must name the precise source of the data.")
    if not sender or not sender.strip():
        raise ValueError("A first-contact notice must name the sender.")
    values = {
        "source_name": source_name.strip(),
        "sender": sender.strip(),
        "unsubscribe": unsubscribe.strip(),
        "authority": authority(jurisdiction, language),
    }
    if "{unsubscribe}" in template and not values["unsubscribe"]:
        raise ValueError("This notice shows the unsubscribe link: pass the contact's link.")

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        return values[name] if name in values else match.group(0)

    return _PLACEHOLDER.sub(fill, template)
