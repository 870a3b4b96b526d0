"""Special-category data (GDPR art. 9): never imported, warned about (RULES.md E).

The words that give such a column away (health, religion, politics, union membership,
sexuality, ethnic origin, genetic and biometric data) are data, in
`resources/special_categories/{en,fr,sv}.json`. A header matches when it contains one of the
phrases as whole words, ignoring case and accents: "Allergies", "Santé", "Fackförening",
"Religious beliefs".
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

_DIR = Path(__file__).resolve().parent.parent / "resources" / "special_categories"

CATEGORIES: tuple[str, ...] = (
    "health",
    "religion",
    "politics",
    "union",
    "sexuality",
    "ethnicity",
    "genetic_biometric",
)

# How each category is named to the user (the GUI translates these through Qt).
CATEGORY_LABELS: dict[str, str] = {
    "health": "health",
    "religion": "religious",
    "politics": "political",
    "union": "trade-union",
    "sexuality": "sexual-orientation",
    "ethnicity": "ethnic-origin",
    "genetic_biometric": "genetic or biometric",
}


def _words(text: str) -> tuple[str, ...]:
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return tuple(re.findall(r"[a-z0-9]+", plain))


@lru_cache(maxsize=1)
def _phrases() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """Phrases indexed by their first word."""
    found: dict[tuple[str, ...], str] = {}
    for path in sorted(_DIR.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for category, phrases in data["categories"].items():
            if category not in CATEGORIES:
                raise ValueError(f"{path.name}: unknown category {category}")
            for phrase in phrases:
                words = _words(phrase)
                if words:
                    found.setdefault(words, category)
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, category in found.items():
        index.setdefault(words[0], []).append((words, category))
    return {word: tuple(entries) for word, entries in index.items()}


@lru_cache(maxsize=4096)
def special_category(header: str) -> str | None:
    """The special category (one of CATEGORIES) a column header points to, or None."""
    words = _words(header)
    if not words:
        return None
    index = _phrases()
    for start, word in enumerate(words):
        for phrase, category in index.get(word, ()):
            if words[start : start + len(phrase)] == phrase:
                return category
    return None
