"""Title rules ("every `Gérant` is executive / owner_executive") and re-classification.

A rule is keyed by the title's normalised form (`compliance.jobtitles.normalise_title`), so that
"Gérant", "gerant" and "GÉRANT (H/F)" are one rule. A rule applies to future contacts (the
importer and `storage.contacts` classify with `classifier_for(ws)`) and, when it is set or
removed, to the existing contacts whose function was derived from their title
(`function_set_by = 'auto'`); a function set by hand is never touched.

Re-classifying a million contacts is one pass in SQL: the distinct (title, function, seniority)
triples are grouped in SQL, each distinct title is classified once in Python, and only the titles
whose stored answer differs go into a temporary table that drives one `UPDATE ... FROM`, in one
transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from compliance.fields import JOB_FUNCTIONS, SENIORITIES
from compliance.jobtitles import TitleClassifier, default_classifier, normalise_title

from .errors import Cancelled, UserError
from .workspace import Workspace, now_iso

ProgressFn = Callable[..., None]

# Only contacts whose function came from their title are re-derived; "manual" ones stay.
_AUTO = "function_set_by = 'auto'"
_UNTITLED = ("other", "unknown")  # what a contact without a job title reads, always


@dataclass(frozen=True)
class TitleRule:
    title_key: str
    job_function: str
    seniority: str
    created_at: str


@dataclass(frozen=True)
class ReviewTitle:
    """One normalised title of the review list and the contacts that carry it."""

    title_key: str
    title: str  # the most common spelling, to show
    contacts: int
    spellings: int  # distinct spellings merged under this key
    job_function: str  # what the classifier answers now
    seniority: str


@dataclass(frozen=True)
class TitleReview:
    """The most common unclassified titles, and how many there are in all."""

    items: list[ReviewTitle]
    contacts: int  # unclassified contacts that have a title (all of them, not only `items`)
    titles: int  # distinct normalised titles among them

    def __iter__(self) -> Iterator[ReviewTitle]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    @property
    def covered(self) -> int:
        """Contacts that the listed titles cover."""
        return sum(item.contacts for item in self.items)


# ---------------------------------------------------------------------------- rules
def load_title_rules(ws: Workspace) -> dict[str, tuple[str, str]]:
    """title key -> (function, seniority): the workspace's rules (for the importer)."""
    return {
        key: (function, seniority)
        for key, function, seniority in ws.conn.execute(
            "SELECT title_key, job_function, seniority FROM title_rules"
        )
    }


def list_title_rules(ws: Workspace) -> list[TitleRule]:
    rows = ws.conn.execute(
        "SELECT title_key, job_function, seniority, created_at FROM title_rules ORDER BY title_key"
    )
    return [TitleRule(*row) for row in rows]


# One classifier per distinct rule set, sharing the default one's vocabulary and key caches.
_classifiers: dict[frozenset[tuple[str, tuple[str, str]]], TitleClassifier] = {}


def classifier_for(ws: Workspace) -> TitleClassifier:
    """The classifier with this workspace's rules (cached while the rules stay the same)."""
    return _classifier(load_title_rules(ws))


def _classifier(rules: Mapping[str, tuple[str, str]]) -> TitleClassifier:
    if not rules:
        return default_classifier
    signature = frozenset(rules.items())
    found = _classifiers.get(signature)
    if found is None:
        if len(_classifiers) >= 8:
            _classifiers.clear()
        found = _classifiers[signature] = default_classifier.with_overrides(rules)
    return found


def classify_title(ws: Workspace, title: str | None) -> tuple[str, str]:
    """(function, seniority) of a job title, with the workspace's rules."""
    answer = classifier_for(ws).classify(title)
    return (answer.function, answer.seniority)


def _rule_key(title: str) -> str:
    key = normalise_title(title or "")
    if not key:
        raise UserError("A title rule needs a job title with at least one word in it.")
    return key


def set_title_rule(
    ws: Workspace,
    title: str,
    function: str,
    seniority: str,
    *,
    on_progress: ProgressFn | None = None,
) -> int:
    """Make every contact titled like `title` (function, seniority); returns how many changed.

    The rule is stored under the title's normalised key and applied at once to the existing
    contacts with that title whose function was not set by hand; later imports and edits use it.
    """
    if function not in JOB_FUNCTIONS:
        raise UserError(
            f"Unknown job function '{function}'. Use one of: {', '.join(JOB_FUNCTIONS)}."
        )
    if seniority not in SENIORITIES:
        raise UserError(f"Unknown seniority '{seniority}'. Use one of: {', '.join(SENIORITIES)}.")
    key = _rule_key(title)
    with ws.transaction():
        ws.conn.execute(
            "INSERT INTO title_rules (title_key, job_function, seniority, created_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (title_key) DO UPDATE SET "
            "job_function = excluded.job_function, seniority = excluded.seniority, "
            "created_at = excluded.created_at",
            (key, function, seniority, now_iso()),
        )
        changed = _apply(ws, classifier_for(ws), only_key=key, on_progress=on_progress)
        ws.audit("title_rule.set", entity="title_rule", details={"contacts_changed": changed})
    return changed


def delete_title_rule(ws: Workspace, title: str, *, on_progress: ProgressFn | None = None) -> int:
    """Remove the rule of `title`: its contacts go back to what the vocabulary says.

    Returns how many contacts changed (0 when there was no such rule).
    """
    key = _rule_key(title)
    with ws.transaction():
        removed = ws.conn.execute("DELETE FROM title_rules WHERE title_key = ?", (key,)).rowcount
        if not removed:
            return 0
        changed = _apply(ws, classifier_for(ws), only_key=key, on_progress=on_progress)
        ws.audit("title_rule.deleted", entity="title_rule", details={"contacts_changed": changed})
    return changed


def reclassify_all(
    ws: Workspace,
    on_progress: ProgressFn | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> int:
    """Derive every automatic function and seniority again (after a rule or vocabulary change).

    One transaction, audited; a cancel rolls it back. Returns how many contacts changed.
    """
    with ws.transaction():
        changed = _apply(ws, classifier_for(ws), on_progress=on_progress, is_cancelled=is_cancelled)
        ws.audit("contacts.reclassified", details={"contacts_changed": changed})
    return changed


def _apply(
    ws: Workspace,
    classifier: TitleClassifier,
    *,
    only_key: str | None = None,
    on_progress: ProgressFn | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> int:
    """Re-derive the automatic answers (of the titles with key `only_key`, or of all titles).

    Must run inside a transaction. Grouping by (title, function, seniority) tells which titles
    have a contact whose stored answer differs; only those reach the UPDATE, so a no-op costs
    one read of the table and no write.
    """
    progress = on_progress or (lambda *a, **k: None)
    cancelled = is_cancelled or (lambda: False)
    # Contacts without a title are grouped too (one pass over the table): they must read
    # other/unknown whatever the rules, and are repaired below only if some do not.
    groups = ws.conn.execute(
        "SELECT job_title, job_function, seniority, count(*) FROM contacts "
        f"WHERE {_AUTO} GROUP BY 1, 2, 3"
    ).fetchall()
    total = len(groups)
    progress(0, total)
    targets: dict[str, tuple[str, str]] = {}
    changed = untitled_wrong = 0
    for done, (title, function, seniority, contacts) in enumerate(groups, 1):
        if done % 2048 == 0:
            if cancelled():
                raise Cancelled()
            progress(done, total)
        if title is None:
            if (function, seniority) != _UNTITLED:
                untitled_wrong += contacts
            continue
        if only_key is not None and classifier.normalise(title) != only_key:
            continue
        answer = targets.get(title)
        if answer is None:
            result = classifier.classify(title)
            answer = (result.function, result.seniority)
        if answer != (function, seniority):
            targets[title] = answer
            changed += contacts
    progress(total, total)
    if cancelled():
        raise Cancelled()
    if targets:
        _update(ws, targets)
    if untitled_wrong and only_key is None:
        changed += ws.conn.execute(
            "UPDATE contacts SET job_function = ?, seniority = ? "
            f"WHERE {_AUTO} AND job_title IS NULL "
            "AND (job_function IS NOT ? OR seniority IS NOT ?)",
            (*_UNTITLED, *_UNTITLED),
        ).rowcount
    return changed


def _update(ws: Workspace, targets: Mapping[str, tuple[str, str]]) -> None:
    """One UPDATE driven by a temporary table of (title, function, seniority)."""
    conn = ws.conn
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS reclassify "
        "(job_title TEXT PRIMARY KEY, job_function TEXT, seniority TEXT) WITHOUT ROWID"
    )
    conn.execute("DELETE FROM temp.reclassify")
    conn.executemany(
        "INSERT INTO temp.reclassify VALUES (?, ?, ?)",
        ((title, f, s) for title, (f, s) in targets.items()),
    )
    conn.execute(
        "UPDATE contacts SET job_function = r.job_function, seniority = r.seniority "
        "FROM temp.reclassify AS r "
        f"WHERE contacts.job_title = r.job_title AND contacts.{_AUTO} "
        "AND (contacts.job_function IS NOT r.job_function "
        "OR contacts.seniority IS NOT r.seniority)"
    )
    conn.execute("DELETE FROM temp.reclassify")


# ---------------------------------------------------------------------------- review
def review_list(ws: Workspace, limit: int = 50) -> TitleReview:
    """The unclassified titles (function `other` or seniority `unknown`), most common first.

    Only contacts whose function is derived from their title count (a rule would not change the
    others), and titles that already have a rule are left out (someone decided them). Spellings
    of one normalised title are merged, so that fixing the top twenty covers most contacts.
    """
    rows = ws.conn.execute(
        "SELECT job_title, count(*) FROM contacts "
        f"WHERE {_AUTO} AND job_title IS NOT NULL AND job_title != '' "
        "AND (job_function = 'other' OR seniority = 'unknown' "
        "OR job_function IS NULL OR seniority IS NULL) "
        "GROUP BY job_title"
    ).fetchall()
    rules = load_title_rules(ws)
    classifier = _classifier(rules)
    merged: dict[str, list[Any]] = {}  # key -> [contacts, best spelling, its count, spellings]
    for title, contacts in rows:
        key = classifier.normalise(title)
        if not key or key in rules:
            continue
        entry = merged.get(key)
        if entry is None:
            merged[key] = [contacts, title, contacts, 1]
        else:
            entry[0] += contacts
            entry[3] += 1
            if contacts > entry[2] or (contacts == entry[2] and title < entry[1]):
                entry[1], entry[2] = title, contacts
    ranked = sorted(merged.items(), key=lambda kv: (-kv[1][0], kv[0]))
    items = []
    for key, (contacts, title, _count, spellings) in ranked[: max(0, limit)]:
        answer = classifier.classify_key(key)
        items.append(
            ReviewTitle(key, title, contacts, spellings, answer.function, answer.seniority)
        )
    return TitleReview(
        items=items,
        contacts=sum(v[0] for v in merged.values()),
        titles=len(merged),
    )
