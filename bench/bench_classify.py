"""How fast and how right is the job-title classifier? Prints figures; not a test.

    python bench/bench_classify.py [--rows 1000000] [--new 100000] [--seed 7] [--no-generator]
    python bench/bench_classify.py --accuracy-only [--sets 'job_titles_holdout2_*.tsv'] [--errors]

1. Accuracy of function and seniority per labelled set (tests/unit/data/job_titles_*.tsv).
2. New titles per second: a fresh classifier on distinct noisy titles whose keys are new too
   (a real title from the labelled sets + seniority words, a made-up firm or region, emojis,
   gender marks, case changes), so every one goes through normalisation and analysis.
3. Seen titles per second: the same titles again.
4. A 1,000,000-row import: the job_title column of bench.generate (the shared fake prospect
   lists), then a harsher column drawn (Zipf) from 200,000 distinct noisy titles; each with a
   fresh classifier, so first sightings are paid for.
5. Re-classifying after a rule changes: a new user rule, then the whole harsh column again
   (the rule resets the per-title answers; the per-key vocabulary answers stay valid).
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from compliance.jobtitles import TitleClassifier, load_vocabulary  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "tests" / "unit" / "data"

PREFIXES = ("", "", "", "Senior ", "Sr. ", "Interim ", "Acting ", "Junior ", "Lead ", "Group ")
SUFFIXES = (
    "", "", " - {firm}", " | {firm}", " @ {firm}", " ({region})", ", {region}", " 🚀", " (H/F)",
    " {region}", " – {firm}", " / {region}",
)  # fmt: skip
REGIONS = ("EMEA", "Nordics", "France", "Sverige", "UK & Ireland", "DACH", "Benelux", "APAC")


def labelled(path: Path) -> list[tuple[str, str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            title, function, seniority = line.split("\t")
            rows.append((title, function, seniority))
    return rows


def accuracy(clf: TitleClassifier, pattern: str = "job_titles_*.tsv", errors: bool = False) -> None:
    print("Accuracy on the labelled sets (function, seniority):")
    for path in sorted(DATA.glob(pattern)):
        rows = labelled(path)
        results = clf.classify_many([t for t, _, _ in rows])
        f_ok = sum(r.function == f for r, (_, f, _) in zip(results, rows, strict=True))
        s_ok = sum(r.seniority == s for r, (_, _, s) in zip(results, rows, strict=True))
        name = path.stem.removeprefix("job_titles_")
        print(
            f"  {name:12} {len(rows):4} titles  function {f_ok / len(rows):6.1%} ({f_ok})"
            f"  seniority {s_ok / len(rows):6.1%} ({s_ok})"
        )
        if errors:
            # Labels are public test data (job titles), not personal data.
            for r, (title, f, s) in zip(results, rows, strict=True):
                if (r.function, r.seniority) != (f, s):
                    mark = "F" if r.function != f else " "
                    mark += "S" if r.seniority != s else " "
                    print(f"    {mark} {title!r}: got {r.function}/{r.seniority}, label {f}/{s}")


def noisy_titles(count: int, rng: random.Random, base: list[str]) -> list[str]:
    """`count` distinct titles; the firm name stays in the key, so keys are distinct too."""
    out: list[str] = []
    seen: set[str] = set()
    for i in itertools.count():
        if len(out) == count:
            return out
        title = rng.choice(PREFIXES) + rng.choice(base)
        title += f" - Firm{i}" if i % 2 else rng.choice(SUFFIXES)
        title = title.format(firm=f"Acme{rng.randrange(10**6)}", region=rng.choice(REGIONS))
        case = rng.randrange(8)
        title = title.upper() if case == 0 else title.lower() if case == 1 else title
        if title not in seen:
            seen.add(title)
            out.append(title)
    raise AssertionError("unreachable")


def timed(label: str, clf: TitleClassifier, titles: list[str]) -> float:
    """Wall time and this process's CPU time: on a shared machine the CPU figure is the one
    that does not depend on what the neighbours run."""
    start, cpu_start = time.perf_counter(), time.process_time()
    clf.classify_many(titles)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    print(
        f"  {label:52} {seconds:6.3f} s wall {len(titles) / seconds:>11,.0f}/s"
        f" | {cpu:6.3f} s CPU {len(titles) / cpu:>11,.0f}/s"
    )
    return seconds


def zipf_column(rows: int, pool: list[str], rng: random.Random) -> list[str]:
    # Weight 1/rank: a few titles are everywhere, most appear a handful of times.
    cumulative = list(itertools.accumulate(1 / rank for rank in range(1, len(pool) + 1)))
    total = cumulative[-1]
    return [pool[bisect.bisect(cumulative, rng.random() * total)] for _ in range(rows)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--new", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--no-generator", action="store_true", help="skip the bench.generate column (slow)"
    )
    parser.add_argument("--sets", default="job_titles_*.tsv", help="labelled files (glob)")
    parser.add_argument("--errors", action="store_true", help="list the wrong answers")
    parser.add_argument("--accuracy-only", action="store_true", help="skip the speed figures")
    args = parser.parse_args()
    rng = random.Random(args.seed)

    start = time.perf_counter()
    vocabulary = load_vocabulary()
    print(
        f"Vocabulary: {len(vocabulary.terms):,} phrases from {', '.join(vocabulary.languages)}"
        f", loaded in {time.perf_counter() - start:.3f} s"
    )
    accuracy(TitleClassifier(vocabulary=vocabulary), args.sets, args.errors)
    if args.accuracy_only:
        return

    base = [t for path in sorted(DATA.glob("job_titles_*.tsv")) for t, _, _ in labelled(path)]
    print("\nThroughput:")
    new = noisy_titles(args.new, rng, base)
    clf = TitleClassifier(vocabulary=vocabulary)
    timed(f"{len(new):,} new titles (new keys), fresh classifier", clf, new)
    seen = [rng.choice(new) for _ in range(args.rows)]
    timed(f"{len(seen):,} titles seen before", clf, seen)

    print(f"\nA {args.rows:,}-row import (fresh classifier each):")
    if not args.no_generator:
        from bench.generate import generate_rows

        start = time.perf_counter()
        column = [row["job_title"] for row in generate_rows(args.rows, seed=args.seed)]
        made = time.perf_counter() - start
        print(f"  (bench.generate column: {len(set(column)):,} distinct, made in {made:.1f} s)")
        timed("bench.generate job_title column", TitleClassifier(vocabulary=vocabulary), column)
    pool = noisy_titles(200_000, rng, base)
    harsh = zipf_column(args.rows, pool, rng)
    print(f"  (harsh column: {len(set(harsh)):,} distinct titles, Zipf over 200,000)")
    clf = TitleClassifier(vocabulary=vocabulary)
    timed("harsh column", clf, harsh)

    print("\nRe-classifying after a rule change (same classifier, harsh column):")
    clf.set_overrides({"Office Manager": ("operations", "manager")})
    timed("every row again, one new rule", clf, harsh)
    clf.set_overrides({"Office Manager": ("operations", "manager"), "Gérant": ("other", "staff")})
    timed("every row again, a second rule", clf, harsh)


if __name__ == "__main__":
    main()
