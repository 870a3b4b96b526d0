"""Job title -> (function, seniority): the pure classifier behind segments by job function.

How a title is read:

1. `normalise_title` makes the key: case folded, accents folded (å -> a, é -> e), a company name
   after "at", "@", "chez", "på", "hos", "bei" dropped, French/Spanish/German gender marks
   removed (Chargé(e), Directeur·rice, Vendedor/a, Leiter/in, H/F, m/w/d), dotted abbreviations
   joined (C.E.O. -> ceo), a pay rate dropped ("£12.50/hr" is not HR), emojis and punctuation
   dropped, noise words dropped (interim, tf).
   "&" and "/" survive as tokens because they tell coordination ("Sales & Marketing") apart
   from modification ("IT Sales"). The key is idempotent and is what user rules are keyed by.
2. The key's words, minus stopwords (of, de, för, ...), are matched against the vocabulary,
   longest phrase first ("key account manager" before "manager"). A word that is not in the
   vocabulary is split as a Swedish/German compound: modifier [+ linking s] + head
   (marknad+s+chef, ekonomi+ansvarig, vertrieb+s+leiter, produktion+s+planering+s+chef). A head
   that names a role (jurist, säljare) decides alone, even after an unknown first part, except
   the open heads (ekonom, revisor) whose field a known first part names (Löneekonom is payroll,
   Kvalitetsrevisor quality); an owner head (ägare) makes an owner of a known first part
   (Åkeriägare); a head naming an occupation (sköterska, konsult) says at least the level after
   an unknown first part (Skolsköterska); a bare level (chef) after an unknown first part gives
   no answer ("Salgschef" is Norwegian). Compounds are right-headed: of two known first parts
   the last one with a strong function wins (leverantörs+reskontra is finance), and an unknown
   start before a known end is read by the end (intern+revision, del+projekt).
3. Each match may name a function (strong, or weak: "technical", "support") and a seniority.
   Function: an executive term wins; otherwise role functions (sales, marketing, hr, finance,
   legal, purchasing, customer service) beat domains (it, engineering), which beat operations,
   because a domain usually says what is sold or run ("IT Sales", "Sales Operations"); among
   equals a word naming the person's job beats a domain word ("Revenue Accountant" is finance),
   then, and across a coordination ("Logistik- och inköpschef"), the first named wins.
   Seniority: an assistant/intern term wins ("Assistant to the CEO"), except the English
   deputy form "Assistant (Store) Manager"; otherwise the highest level named.
   A self-employed word (indépendant, self-employed) is an owner only when no occupation is named
   beside it ("Consultant indépendant" is a consultant).
   With nothing recognised the answer is other / unknown, never a guess.

Vocabularies are JSON files in `resources/jobtitles/` (one per language plus shared
abbreviations, described in its README.md), read once; adding a language is adding a file.

Caches: title -> answer, title -> key and key -> vocabulary answer (plain dicts, emptied as a
whole when full). A user rule (`set_overrides`) empties only the first, so re-classifying a
workspace after a rule change costs three dict lookups per title, not a new analysis.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .fields import JOB_FUNCTIONS, SENIORITIES

VOCABULARY_DIR = Path(__file__).resolve().parent.parent / "resources" / "jobtitles"


@dataclass(frozen=True, slots=True)
class Classification:
    function: str
    seniority: str


# Every possible answer exists once: the caches then hold references, not copies.
_CLASSIFICATIONS: dict[tuple[str, str], Classification] = {
    (f, s): Classification(f, s) for f in JOB_FUNCTIONS for s in SENIORITIES
}
UNKNOWN = _CLASSIFICATIONS[("other", "unknown")]


@dataclass(frozen=True, slots=True)
class _Sense:
    """What one vocabulary phrase says: a function (maybe weak), a seniority, or both."""

    function: str | None
    weak: bool
    seniority: str | None


# --------------------------------------------------------------------------- normalisation
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
# Letters NFKD does not decompose but that Nordic and other European names use.
_FOLD_SPECIAL = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
)
_AT_SIGN = re.compile(r"(?<=\S)\s*@.*$", re.S)
# A pay rate ("£12.50/hr", "$18 per hour", "£11 ph") is not the HR function.
_PAY_RATE = re.compile(
    r"(?<!\w)[£$€]?\d+(?:[.,]\d+)?\s*(?:[£$€]|eur|sek|kr)?\s*(?:/\s*|per\s+|p\.?\s*|an\s+|a\s+)"
    r"(?:hrs?|hours?|h|heures?|tim|timme)(?!\w)"
)
_AD_INTERIM = re.compile(r"(?<!\w)a\.\s?i\.(?!\w)")
_DOTTED = re.compile(r"(?<![\w.])(?:[^\W\d_]\.){2,}(?![\w])")
_GENDER_TAG = re.compile(r"\(?(?<![\w/])[hfmwdx](?:\s*/\s*[hfmwdx]){1,2}(?![\w/])\)?")
_GENDER_PAREN = re.compile(r"\((?:e|ne|se|le|ere|euse|rice|trice|ice|a|o|in|innen|es|s)\)")
_GENDER_DOT = re.compile(r"(?<=\w)[·•.](?:e|ne|se|ere|euse|rice|trice|es|s)(?![\w])")
_GENDER_SLASH = re.compile(r"(?<=\w)/(?:e|ne|se|ere|euse|rice|trice|a|in|innen|es)(?=[\s,;|)&/]|$)")
_LINKED_PREFIX = re.compile(r"(?<![\w-])(e|co)-(?=[^\W\d_])")
_SHORT_AMP_SPACED = re.compile(r"(?<![\w&])([^\W\d_])\s*[&+]\s*([^\W\d_])(?![\w&])")
_SHORT_AMP = re.compile(r"(?<![\w&])([^\W\d_]{1,2})[&+]([^\W\d_]{1,2})(?![\w&])")
_TOKEN = re.compile(r"[^\W_]+(?:&[^\W_]+)*|[&+/|]")
_SEPARATORS = {"&": "&", "+": "&", "/": "/", "|": "/"}


def _fold(text: str) -> str:
    if text.isascii():
        return text
    text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    # After NFKD, which can produce capitals (ℌ -> H) and bare ø (from ǿ).
    return text.translate(_FOLD_SPECIAL).casefold()


class _Normaliser:
    def __init__(self, noise: frozenset[str], company_markers: Iterable[str]) -> None:
        self._noise = noise
        markers = {m.casefold() for m in company_markers}
        # "på" must be found before accents are folded ("pa" is a personal assistant); the
        # others after, so that "àt" is "at" in the title exactly as it will be in its key.
        self._company_before_fold = self._company_pattern(m for m in markers if _fold(m) != m)
        self._company_after_fold = self._company_pattern(m for m in markers if _fold(m) == m)

    @staticmethod
    def _company_pattern(markers: Iterable[str]) -> re.Pattern[str] | None:
        alternatives = sorted(markers, key=len, reverse=True)
        if not alternatives:
            return None
        # Word boundaries exactly as the tokeniser sees them: a key normalises to itself.
        return re.compile(
            r"(?<=[^\W_])[\W_]+(?:"
            + "|".join(map(re.escape, alternatives))
            + r")[\W_]+(?=[^\W_]).*$",
            re.S,
        )

    def __call__(self, title: str) -> str:
        text = title.casefold()
        if not text.isascii():
            text = unicodedata.normalize("NFC", text)  # "a" + combining ring is still "på"
            if self._company_before_fold is not None:
                text = self._company_before_fold.sub("", text)
            text = _fold(text)
        if self._company_after_fold is not None:
            text = self._company_after_fold.sub("", text)
        if "@" in text:
            text = _AT_SIGN.sub("", text)
        if "h" in text and _PAY_RATE.search(text):
            text = _PAY_RATE.sub(" ", text)
        if "." in text:
            text = _DOTTED.sub(lambda m: m.group().replace(".", ""), _AD_INTERIM.sub(" ", text))
        if "/" in text:
            text = _GENDER_SLASH.sub("", _GENDER_TAG.sub(" ", text))
        if "(" in text:
            text = _GENDER_PAREN.sub("", text)
        if "·" in text or "•" in text or "." in text:
            text = _GENDER_DOT.sub("", text)
        if "-" in text:
            text = _LINKED_PREFIX.sub(r"\1", text)
        if "&" in text or "+" in text:
            text = _SHORT_AMP.sub(r"\1&\2", _SHORT_AMP_SPACED.sub(r"\1&\2", text))
        tokens: list[str] = []
        noise = self._noise
        for token in _TOKEN.findall(text):
            separator = _SEPARATORS.get(token)
            if separator is not None:
                # Only between words, never two in a row: "Founder | | CEO /" -> "founder / ceo".
                if tokens and tokens[-1] not in ("&", "/"):
                    tokens.append(separator)
            elif len(token) > 1 and not token.isdigit() and token not in noise:
                tokens.append(token)
        if tokens and tokens[-1] in ("&", "/"):
            tokens.pop()
        return " ".join(tokens)


# --------------------------------------------------------------------------- vocabulary
_MISSING = _Sense(None, False, None)  # sentinel for "no such modifier" (distinct from neutral)


@dataclass(frozen=True)
class Vocabulary:
    """The merged vocabularies of every language file, compiled for lookup."""

    languages: tuple[str, ...]
    terms: Mapping[str, _Sense]  # content phrase (stopwords removed) -> sense
    longest: Mapping[str, int]  # first word -> longest phrase (in words) starting with it
    stopwords: frozenset[str]
    conjunctions: frozenset[str]
    noise: frozenset[str]
    company_markers: tuple[str, ...]
    heads: Mapping[str, tuple[tuple[str, _Sense], ...]]  # by last 3 letters, longest first
    modifiers: Mapping[str, _Sense]  # compound modifiers (function only, or neutral)
    neutral_modifiers: tuple[str, ...]
    ignorable_prefixes: tuple[str, ...]  # "co-owner" is an owner, "cogérante" a gérante
    open_heads: frozenset[str]  # role heads whose field a known first part names (revisor)
    owner_heads: frozenset[str]  # heads naming an owner of what the first part names (ägare)
    deputy_prefixes: frozenset[str]
    deputy_heads: frozenset[str]
    # Words that make an owner alone ("Indépendant", "Self-employed") but only qualify a named
    # occupation ("Consultant indépendant" is a consultant).
    self_employed: frozenset[str] = frozenset()


def _parse_sense_key(key: str, source: str) -> _Sense:
    function, sep, seniority = key.partition("/")
    if not sep:
        seniority = ""
    weak = function.endswith("~")
    function = function.rstrip("~")
    if function and function not in JOB_FUNCTIONS:
        raise ValueError(f"{source}: unknown function {function!r} in {key!r}")
    if seniority and seniority not in SENIORITIES:
        raise ValueError(f"{source}: unknown seniority {seniority!r} in {key!r}")
    return _Sense(function or None, weak, seniority or None)


def _merge(old: _Sense, new: _Sense, phrase: str, source: str) -> _Sense:
    """Two files may describe one word (French and English 'commercial'): combine, never clash."""
    function, weak = old.function, old.weak
    if new.function is not None:
        if function is not None and function != new.function:
            raise ValueError(f"{source}: {phrase!r} is {new.function}, elsewhere {function}")
        function, weak = new.function, weak and new.weak if function else new.weak
    seniority = old.seniority
    if new.seniority is not None:
        if seniority is not None and seniority != new.seniority:
            raise ValueError(f"{source}: {phrase!r} is {new.seniority}, elsewhere {seniority}")
        seniority = new.seniority
    return _Sense(function, weak, seniority)


def load_vocabulary(directory: Path = VOCABULARY_DIR) -> Vocabulary:
    """Read and check every `*.json` vocabulary of `directory` (errors name the file)."""
    files = sorted(directory.glob("*.json"))
    if not files:
        raise FileNotFoundError(f"no job-title vocabulary in {directory}")
    docs: list[tuple[str, dict[str, Any]]] = []
    for path in files:
        with path.open(encoding="utf-8") as handle:
            docs.append((path.name, json.load(handle)))

    def words(doc: dict[str, Any], name: str) -> set[str]:
        return {_fold(w.casefold()) for w in doc.get(name, [])}

    stopwords: set[str] = set()
    conjunctions: set[str] = set()
    noise: set[str] = set()
    markers: set[str] = set()
    ignorable_prefixes: set[str] = set()
    deputy_prefixes: set[str] = set()
    deputy_heads: set[str] = set()
    open_heads: set[str] = set()
    owner_heads: set[str] = set()
    self_employed_phrases: list[tuple[str, str]] = []
    for source, doc in docs:
        stopwords |= words(doc, "stopwords")
        conjunctions |= words(doc, "conjunctions")
        noise |= words(doc, "noise")
        markers |= {m.casefold() for m in doc.get("company_markers", [])}
        ignorable_prefixes |= words(doc, "ignorable_prefixes")
        deputy = doc.get("deputy", {})
        deputy_prefixes |= words(deputy, "prefixes")
        deputy_heads |= words(deputy, "heads")
        open_heads |= words(doc, "open_heads")
        owner_heads |= words(doc, "owner_heads")
        self_employed_phrases += [(source, p) for p in doc.get("self_employed", [])]
    normalise = _Normaliser(frozenset(noise), ())
    skipped = stopwords | conjunctions | {"&", "/"}

    def content(phrase: str, source: str) -> str:
        text = " ".join(t for t in normalise(phrase).split(" ") if t and t not in skipped)
        if not text:
            raise ValueError(f"{source}: the phrase {phrase!r} is empty once normalised")
        return text

    terms: dict[str, _Sense] = {}
    for source, doc in docs:
        for key, phrases in doc.get("terms", {}).items():
            sense = _parse_sense_key(key, source)
            for phrase in phrases:
                text = content(phrase, source)
                old = terms.get(text)
                terms[text] = sense if old is None else _merge(old, sense, phrase, source)

    modifiers: dict[str, _Sense] = {}
    # Any one-word strong function term can start a compound: "marketingchef", "hrchef".
    for text, sense in terms.items():
        if " " not in text and sense.function and not sense.weak and len(text) >= 3:
            modifiers[text] = _Sense(sense.function, False, None)
    neutral: set[str] = set()
    heads: dict[str, _Sense] = {}
    for source, doc in docs:
        for key, stems in doc.get("compound_modifiers", {}).items():
            sense = _parse_sense_key(key, source)
            for stem in stems:
                text = content(stem, source)
                modifiers[text] = _Sense(sense.function, sense.weak, None)
                if sense.function is None:
                    neutral.add(text)
        for head in doc.get("compound_heads", []):
            text = content(head, source)
            if text not in terms:
                raise ValueError(f"{source}: compound head {head!r} is not a term of any file")
            heads[text] = terms[text]
    for source, doc in docs:
        for head in [*doc.get("open_heads", []), *doc.get("owner_heads", [])]:
            if content(head, source) not in heads:
                raise ValueError(f"{source}: {head!r} (open/owner head) is not a compound head")

    self_employed: set[str] = set()
    for source, phrase in self_employed_phrases:
        text = content(phrase, source)
        if text not in terms:
            raise ValueError(f"{source}: self-employed word {phrase!r} is not a term of any file")
        self_employed.add(text)

    longest: dict[str, int] = {}
    for text in terms:
        parts = text.split(" ")
        longest[parts[0]] = max(longest.get(parts[0], 1), len(parts))

    return Vocabulary(
        languages=tuple(doc.get("language", source) for source, doc in docs),
        terms=terms,
        longest=longest,
        stopwords=frozenset(stopwords),
        conjunctions=frozenset(conjunctions | {"&", "/"}),
        noise=frozenset(noise),
        company_markers=tuple(sorted(markers)),
        heads=_heads_by_ending(heads),
        modifiers=modifiers,
        neutral_modifiers=tuple(sorted(neutral, key=len, reverse=True)),
        ignorable_prefixes=tuple(sorted(ignorable_prefixes)),
        deputy_prefixes=frozenset(deputy_prefixes),
        deputy_heads=frozenset(deputy_heads),
        open_heads=frozenset(open_heads),
        owner_heads=frozenset(owner_heads),
        self_employed=frozenset(self_employed),
    )


def _heads_by_ending(heads: Mapping[str, _Sense]) -> dict[str, tuple[tuple[str, _Sense], ...]]:
    """Compound heads grouped by their last three letters: a word is tried against a handful
    of heads, not all of them (company names and other unknown words are the common case)."""
    grouped: dict[str, list[tuple[str, _Sense]]] = {}
    for head, sense in heads.items():
        grouped.setdefault(head[-3:], []).append((head, sense))
    return {
        ending: tuple(sorted(group, key=lambda item: len(item[0]), reverse=True))
        for ending, group in grouped.items()
    }


# --------------------------------------------------------------------------- classifier
_RANK = {"staff": 1, "manager": 2, "director": 3, "owner_executive": 4}
_ROLE_FUNCTIONS = frozenset(
    {"sales", "marketing", "hr", "finance", "legal", "purchasing", "customer_service"}
)
_TIER = {f: 0 for f in _ROLE_FUNCTIONS} | {"it": 1, "engineering": 1, "operations": 2, "other": 3}

Overrides = Mapping[str, tuple[str, str]]


class TitleClassifier:
    """Compiled vocabularies, user rules and the caches; `classify` is safe to call from threads.

    `overrides` maps titles (normalised here, so "Gérant" and "gerant" are one rule) to a
    (function, seniority) pair that wins over the vocabulary.
    """

    def __init__(
        self,
        overrides: Overrides | None = None,
        *,
        vocabulary: Vocabulary | None = None,
        cache_size: int = 1 << 18,
    ) -> None:
        self.vocabulary = vocabulary if vocabulary is not None else load_vocabulary()
        self._normalise = _Normaliser(self.vocabulary.noise, self.vocabulary.company_markers)
        self._cache_size = cache_size
        # Three caches, so that a rule change only empties the first one:
        # title -> answer (rules applied); title -> key; key -> the vocabulary's answer.
        # The last two do not depend on the rules and are shared by `with_overrides`.
        self._answers: dict[str, Classification] = {}
        self._keys: dict[str, str] = {}
        self._by_key: dict[str, Classification] = {}
        self._token_sense = lru_cache(maxsize=1 << 16)(self._token_sense_uncached)
        self._overrides: dict[str, Classification] = {}
        if overrides:
            self.set_overrides(overrides)

    # ----------------------------------------------------------------- public API
    def normalise(self, title: str | None) -> str:
        """The key of a title: what caches and user rules are keyed by."""
        return self._normalise(title if isinstance(title, str) else str(title)) if title else ""

    def classify(self, title: str | None) -> Classification:
        if not title:
            return UNKNOWN
        if not isinstance(title, str):
            title = str(title)  # a number typed into a spreadsheet's title column
        # Answers before rules, while set_overrides writes rules before answers: an answer
        # computed under old rules can only land in the old, discarded dict.
        answers = self._answers
        answer = answers.get(title)
        if answer is not None:
            return answer
        overrides = self._overrides
        key = self._keys.get(title)
        if key is None:
            key = self._normalise(title)
            _store(self._keys, title, key, self._cache_size)
        answer = overrides.get(key) or self._vocabulary_answer(key)
        _store(answers, title, answer, self._cache_size)
        return answer

    def classify_many(self, titles: Iterable[str | None]) -> list[Classification]:
        """Classify a column of titles; a title seen before costs one dict lookup."""
        seen, classify = self._answers.get, self.classify
        return [seen(t) or classify(t) for t in titles]  # type: ignore[arg-type]

    def classify_key(self, key: str) -> Classification:
        """Classify an already normalised title (a stored key)."""
        override = self._overrides.get(key)
        return override if override is not None else self._vocabulary_answer(key)

    def vocabulary_classification(self, title: str | None) -> Classification:
        """What the vocabulary alone says, ignoring user rules (to show next to a rule)."""
        return self._vocabulary_answer(self.normalise(title))

    @property
    def overrides(self) -> dict[str, tuple[str, str]]:
        return {k: (c.function, c.seniority) for k, c in self._overrides.items()}

    def set_overrides(self, overrides: Overrides) -> None:
        """Replace the user rules; every later answer follows them (caches of answers reset)."""
        checked: dict[str, Classification] = {}
        for title, pair in overrides.items():
            function, seniority = pair
            if function not in JOB_FUNCTIONS:
                raise ValueError(f"unknown job function {function!r}")
            if seniority not in SENIORITIES:
                raise ValueError(f"unknown seniority {seniority!r}")
            key = self.normalise(title)
            if not key:
                raise ValueError("a rule needs a title with at least one word")
            checked[key] = _CLASSIFICATIONS[(function, seniority)]
        self._overrides = checked
        self._answers = {}  # after the rules: see `classify`

    def with_overrides(self, overrides: Overrides) -> TitleClassifier:
        """A classifier with these rules that shares this one's vocabulary and key cache."""
        other = TitleClassifier.__new__(TitleClassifier)
        other.vocabulary = self.vocabulary
        other._normalise = self._normalise
        other._cache_size = self._cache_size
        other._answers = {}
        other._keys = self._keys
        other._by_key = self._by_key
        other._token_sense = self._token_sense
        other._overrides = {}
        other.set_overrides(overrides)
        return other

    # ----------------------------------------------------------------- internals
    def _vocabulary_answer(self, key: str) -> Classification:
        answer = self._by_key.get(key)
        if answer is None:
            answer = self._analyse(key)
            _store(self._by_key, key, answer, self._cache_size)
        return answer

    def _token_sense_uncached(self, token: str) -> _Sense | None:
        """A single word: a term, a compound (marknad+s+chef), or a suspended compound."""
        vocab = self.vocabulary
        sense = vocab.terms.get(token)
        if sense is not None:
            return sense
        for prefix in vocab.ignorable_prefixes:
            if token.startswith(prefix):
                sense = vocab.terms.get(token[len(prefix) :])
                if sense is not None:
                    return sense
        if not token.isalpha():
            return None  # compounds have no digits: "acme123" is a company, not a job
        for head, head_sense in vocab.heads.get(token[-3:], ()):
            if len(token) >= len(head) + 3 and token.endswith(head):
                if head in vocab.owner_heads:
                    # "Åkeriägare", "Butiksägare": an owner, whatever he owns, but only of a
                    # known thing ("kundmott|agare" is a Kundmottagare, not an owner).
                    if self._modifier(token[: -len(head)]) is not _MISSING:
                        return head_sense
                    continue
                if _is_agent(head_sense) and head not in vocab.open_heads:
                    # The head names the role: an Upphandlingsjurist is a lawyer, a
                    # Kommunjurist too although "kommun" is not in the vocabulary.
                    return head_sense
                modifier = self._modifier(token[: -len(head)])
                if modifier is _MISSING:
                    if head_sense.function is not None:
                        return head_sense  # "Apputvecklare": the head alone says it (weakly)
                    if head_sense.seniority in ("staff", "assistant"):
                        # A head naming an occupation ("sköterska", "konsult") says what the
                        # person is even after an unknown first part ("Skolsköterska").
                        return head_sense
                    # A bare level with an unknown first part ("Salgschef") is another
                    # language or a made-up word: no answer rather than a guess.
                    continue
                if modifier.function is None:
                    return head_sense
                return _Sense(modifier.function, modifier.weak, head_sense.seniority)
        # "Försäljnings- och marknadschef": the first part stands alone with its linking s.
        if token.endswith("s"):
            modifier = vocab.modifiers.get(token[:-1])
            if modifier is not None and modifier.function is not None:
                return modifier
        return None

    def _modifier(self, text: str, depth: int = 0) -> _Sense:
        modifiers = self.vocabulary.modifiers
        found = modifiers.get(text)
        if found is None and text.endswith("s"):
            found = modifiers.get(text[:-1])
        if found is not None:
            return found
        if depth == 0:
            # Two known first parts: "produktion|s|planering|s|chef", "kund|upplevelse|chef".
            whole = text[:-1] if text.endswith("s") else text
            for cut in range(3, len(whole) - 2):
                first = modifiers.get(whole[:cut])
                if first is None:
                    continue
                rest = whole[cut:]
                second = modifiers.get(rest)
                if second is None and rest.startswith("s"):
                    second = modifiers.get(rest[1:])
                if second is not None:
                    # Swedish and German compounds are right-headed: the last part names
                    # the thing ("leverantörs|reskontra" is a ledger, so finance).
                    # A strong part beats a weak one ("system|utveckling" is IT).
                    if second.function is None or (
                        second.weak and not first.weak and first.function
                    ):
                        return first
                    return second
            # "koncern|redovisning|s|chef", "gebiet|s|verkauf|s|leiter"
            for neutral in self.vocabulary.neutral_modifiers:
                if text.startswith(neutral) and len(text) > len(neutral) + 2:
                    rest = text[len(neutral) :]
                    found = self._modifier(rest, 1)
                    if found is _MISSING and rest.startswith("s"):
                        found = self._modifier(rest[1:], 1)
                    if found is not _MISSING:
                        return found
            # An unknown first part before a known last one: "intern|revision", "del|projekt"
            # (right-headed, as above); the known part must be long enough to mean something.
            for cut in range(2, len(whole) - 3):
                found = modifiers.get(whole[cut:])
                if found is not None:
                    return found
        return _MISSING

    def _analyse(self, key: str) -> Classification:
        if not key:
            return UNKNOWN
        vocab = self.vocabulary
        stopwords, conjunctions = vocab.stopwords, vocab.conjunctions
        words: list[str] = []
        coordinated: list[bool] = []  # a conjunction stands between this word and the previous
        pending = False
        for token in key.split(" "):
            if token in conjunctions:
                pending = bool(words)
            elif token not in stopwords:
                words.append(token)
                coordinated.append(pending)
                pending = False

        terms, longest = vocab.terms, vocab.longest
        # items: (sense or None, first word index, last word index)
        items: list[tuple[_Sense | None, int, int]] = []
        i, count = 0, len(words)
        while i < count:
            word = words[i]
            sense: _Sense | None = None
            length = longest.get(word, 1)
            if length > 1:  # longest phrase first: "key account manager" before "manager"
                for size in range(min(length, count - i), 1, -1):
                    sense = terms.get(" ".join(words[i : i + size]))
                    if sense is not None:
                        break
                length = size if sense is not None else 1
            if sense is None:
                sense = self._token_sense(word)
            items.append((sense, i, i + length - 1))
            i += length
        if vocab.self_employed and len(items) > 1:
            items = self._drop_self_employed(items, words)

        # Seniority. An English "Assistant (Store) Manager" is a deputy manager, not an assistant.
        assistant = False
        rank = 0
        seniority = "unknown"
        for index, (sense, first, _) in enumerate(items):
            if sense is None or sense.seniority is None:
                continue
            if sense.seniority == "assistant":
                if words[first] in vocab.deputy_prefixes and self._is_deputy(items, index, words):
                    continue
                assistant = True
            elif _RANK[sense.seniority] > rank:
                rank = _RANK[sense.seniority]
                seniority = sense.seniority
        if assistant:
            seniority = "assistant"

        # Function: strong terms if any, else weak ones.
        candidates = [
            index
            for index, (sense, _, _) in enumerate(items)
            if sense is not None and sense.function is not None and not sense.weak
        ] or [
            index
            for index, (sense, _, _) in enumerate(items)
            if sense is not None and sense.function is not None
        ]
        if not candidates:
            function = "other"
        elif any(items[i][0].function == "executive" for i in candidates):  # type: ignore[union-attr]
            # An assistant to the CEO is not an executive (RULES.md treats executives as on-topic).
            function = "other" if assistant else "executive"
        else:
            # Among equals, a word that names the person's job ("lawyer", "accountant",
            # "buyer") beats one that names a domain: a Revenue Accountant is in finance.
            best = min(
                candidates,
                key=lambda i: (_TIER[items[i][0].function], not _is_agent(items[i][0]), i),  # type: ignore[union-attr,index,arg-type]
            )
            # Walk back over a coordination: "Logistik- och inköpschef" is first logistics.
            chosen = set(candidates)
            while best > 0 and coordinated[items[best][1]] and best - 1 in chosen:
                best -= 1
            function = items[best][0].function  # type: ignore[union-attr,assignment]
        return _CLASSIFICATIONS[(function, seniority)]

    def _drop_self_employed(
        self, items: list[tuple[_Sense | None, int, int]], words: list[str]
    ) -> list[tuple[_Sense | None, int, int]]:
        """ "Consultante indépendante" is a consultant: a self-employed word names the owner
        only when no occupation (a word with a level) is named beside it."""
        self_employed = self.vocabulary.self_employed
        kept = [
            item
            for item in items
            if item[0] is None or " ".join(words[item[1] : item[2] + 1]) not in self_employed
        ]
        if len(kept) < len(items) and any(s is not None and s.seniority for s, _, _ in kept):
            return kept
        return items

    def _is_deputy(
        self, items: list[tuple[_Sense | None, int, int]], index: int, words: list[str]
    ) -> bool:
        heads = self.vocabulary.deputy_heads
        for sense, _, last in items[index + 1 : index + 4]:
            if sense is None:
                return False  # "Assistant to the Director": an unknown word breaks the chain
            if sense.seniority is None:
                continue  # "Assistant Store Manager": a function word in between
            return words[last] in heads
        return False


def _is_agent(sense: _Sense | None) -> bool:
    """A word for a person doing one function's work (jurist, accountant, säljare)."""
    return (
        sense is not None
        and sense.function is not None
        and not sense.weak
        and sense.seniority == "staff"
    )


def _store(cache: dict[str, Any], key: str, value: Any, limit: int) -> None:
    if len(cache) >= limit:
        cache.clear()  # a new generation: cheaper than LRU bookkeeping on every lookup
    cache[key] = value


default_classifier = TitleClassifier()


def normalise_title(title: str | None) -> str:
    """The cache and rule key of a title: case and accents folded, noise removed."""
    return default_classifier.normalise(title)


def classify(title: str | None) -> Classification:
    """Job title -> Classification(function, seniority) with the shipped vocabularies."""
    return default_classifier.classify(title)


def classify_many(titles: Iterable[str | None]) -> list[Classification]:
    return default_classifier.classify_many(titles)
