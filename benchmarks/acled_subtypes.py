"""Score ACLED sub-event types on dateline's own illustrative snippets and print weighted F1.

    python benchmarks/acled_subtypes.py [--errors] [--set first|fresh]

Two sets of snippets were written for the project, both labelled by the ACLED codebook: the first
(``tests/data/acled_snippets.tsv``), one or more per ACLED sub-event type plus cooperative events
and events ACLED does not record, and a second, larger and fresher one in the formulaic phrasing
of ACLED's own notes (``tests/data/acled_snippets_fresh.tsv``), at least five per sub-event type,
written before the decision table was revised against it. Both are the project's own writing and
overstate what held-out notes would score; there is no ACLED-labelled development set in
../shared/data. A snippet's label is read as the held-out
scoring reads it: the sub-type of its first event that has one; else DIPLO when it has a
cooperative PLOVER event; else OTHER. Figures are printed for the tune part, the check part and
all snippets, split by the rule of ../shared/data/splits/make_splits.py (sha1 of the key mod 4
== 0 is check; the key is the snippet's 0-based position in its file); ``--errors`` lists the
tune part's mistakes only.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
from collections import Counter
from pathlib import Path

from dateline import Article, Pipeline

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "tests" / "data" / "acled_snippets.tsv"
SETS = {"first": SNIPPETS, "fresh": ROOT / "tests" / "data" / "acled_snippets_fresh.tsv"}
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})


def load_snippets(path: Path = SNIPPETS) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8") as fh:
        rows = csv.reader((ln for ln in fh if ln.strip() and not ln.startswith("#")),
                          delimiter="\t")
        return [(label, text) for label, text in rows]


def in_check(key: object) -> bool:
    """The split rule of ../shared/data/splits/make_splits.py."""
    return int(hashlib.sha1(str(key).encode()).hexdigest(), 16) % 4 == 0


def label_of(events) -> str:
    first = next((e for e in events if e.acled_sub_event_type), None)
    if first is not None:
        return first.acled_sub_event_type
    if any(e.event_type in COOPERATIVE for e in events):
        return "DIPLO"
    return "OTHER"


def weighted_f1(gold: list[str], pred: list[str]) -> float:
    support = Counter(gold)
    total = 0.0
    for lab, n in support.items():
        tp = sum(g == p == lab for g, p in zip(gold, pred, strict=True))
        fp = sum(p == lab != g for g, p in zip(gold, pred, strict=True))
        fn = n - tp
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        total += n * (2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return total / len(gold)


def score(pipe: Pipeline, name: str, path: Path, errors: bool) -> None:
    snippets = load_snippets(path)
    arts = [Article(doc_id=str(i), text=t) for i, (_, t) in enumerate(snippets)]
    pred = [label_of(r.events) for r in pipe.process(arts)]
    gold = [label for label, _ in snippets]
    print(f"ACLED sub-type weighted F1 ({name} illustrative snippets, n={len(gold)}):")
    for part, keep in (("tune", lambda i: not in_check(i)), ("check", in_check),
                       ("all", lambda i: True)):
        at = [i for i in range(len(gold)) if keep(i)]
        g, p = [gold[i] for i in at], [pred[i] for i in at]
        acc = sum(x == y for x, y in zip(g, p, strict=True)) / max(1, len(at))
        print(f"  {part:5} {weighted_f1(g, p):.3f}  (accuracy {acc:.3f}, n={len(at)})")
    if errors:
        for i, ((g, text), p) in enumerate(zip(snippets, pred, strict=True)):
            if g != p and not in_check(i):
                print(f"  {g!r:40} got {p!r:40} {text}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--errors", action="store_true",
                    help="print the tune part's snippets scored wrong")
    ap.add_argument("--set", choices=sorted(SETS), action="append",
                    help="score only this set of snippets (default: both)")
    args = ap.parse_args()
    pipe = Pipeline()
    for name in args.set or ("first", "fresh"):
        score(pipe, name, SETS[name], args.errors)


if __name__ == "__main__":
    main()
