"""What the pentacode head's class veto does to who-did-what-to-whom on the GSR sentences.

    python benchmarks/class_veto.py [--data ../shared/data] [--list]

Codes the sentences of plover/PLOVER_GSR_CAMEO.txt that name countries (as
``benchmarks/actors.py`` does) twice: as shipped, and with the veto off (``class_veto`` above 1,
so the head never drops or re-roots an event of a class above its own). Prints the GSR triple
F1 and the country-pair F1 of both, tune | check, and, on the tune part only, the events the
veto takes away: "lost" when the gold codes the sentence with the event's root, "right"
otherwise, counted by (gold type, event root). ``--list`` prints the tune part's cases.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accuracy import DEFAULT_DATA  # noqa: E402
from actors import NONE, ROOTS, Tally, _country, check_ids, gold_triples  # noqa: E402

from dateline import Article, Pipeline  # noqa: E402
from dateline.learned import load_classifier  # noqa: E402


def coded(pipe: Pipeline, recs: list[dict], veto: float) -> list[list]:
    """Each record's events but negated ones, with the class veto's threshold set to ``veto``."""
    clf = load_classifier()
    shipped = clf.thresholds["class_veto"]
    clf.thresholds["class_veto"] = veto
    try:
        return [[e for e in r.events if e.status != "negated"] for r in pipe.process(
            [Article(doc_id=g["id"], text=g["text"], pubdate=g.get("date")) for g in recs])]
    finally:
        clf.thresholds["class_veto"] = shipped


def key(e) -> tuple:
    return e.char_start, e.event_type, _country(e.source), _country(e.target), e.cameo_root


def fits(p: tuple, q: tuple) -> bool:
    """Whether a produced (source, target, root) is a gold (source, target, type)."""
    return p[:2] == q[:2] and p[2] in ROOTS[q[2]]


def scores(recs: list[dict], results: list[list], check: set) -> tuple[Tally, Tally]:
    triples, pairs = Tally(), Tally()
    for g, evs in zip(recs, results, strict=True):
        part = "check" if g["id"] in check else "tune"
        gold = gold_triples(g)
        pred = {key(e)[2:] for e in evs}
        hit = sum(any(fits(p, q) for q in gold) for p in pred)
        found = sum(any(fits(p, q) for p in pred) for q in gold)
        triples.add(part, hit, len(pred) - hit, len(gold) - found)
        gp, pp = {q[:2] for q in gold}, {p[:2] for p in pred}
        pairs.add(part, len(pp & gp), len(pp - gp), len(gp - pp))
    return triples, pairs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--list", action="store_true", help="print the tune part's cases")
    args = ap.parse_args()
    if not args.data.is_dir():
        sys.exit(f"data folder {args.data} not found")
    recs = [g for g in json.loads((args.data / "plover/PLOVER_GSR_CAMEO.txt").read_text("utf-8"))
            if g.get("text") and g.get("event") in ROOTS]
    recs = [g for g in recs if any(c != NONE for s, t, _ in gold_triples(g) for c in (s, t))]
    check = check_ids(args.data, "plover/PLOVER_GSR_CAMEO.txt (id)")
    pipe = Pipeline()
    shipped = load_classifier().thresholds["class_veto"]
    runs = {"veto on": coded(pipe, recs, shipped), "veto off": coded(pipe, recs, 1.01)}
    for name, results in runs.items():
        triples, pairs = scores(recs, results, check)
        print(f"{name:8}: GSR F1 tune {triples.f1('tune'):.3f} | check {triples.f1('check'):.3f};"
              f" country pairs tune {pairs.f1('tune'):.3f} | check {pairs.f1('check'):.3f}")
    lost: Counter = Counter()
    right: Counter = Counter()
    for g, on, off in zip(recs, runs["veto on"], runs["veto off"], strict=True):
        if g["id"] in check:
            continue
        kept = {key(e) for e in on}
        for k in sorted({key(e) for e in off} - kept):
            wrong = k[4] in ROOTS[g["event"]]
            (lost if wrong else right)[g["event"], k[4]] += 1
            if args.list:
                print(f"  {'LOST ' if wrong else 'right'} [{g['id']}] {k[1]} {k[2]}->{k[3]} "
                      f"root {k[4]} (gold {sorted(gold_triples(g))})\n      {g['text']}")
    print(f"tune part, events the veto takes away: {sum(lost.values())} lost (the gold codes "
          f"them), {sum(right.values())} right")
    print("  lost by (gold type, root): " + ", ".join(f"{a} {b}: {n}" for (a, b), n in
                                                       sorted(lost.items())))
    print("  right by (gold type, root): " + ", ".join(f"{a} {b}: {n}" for (a, b), n in
                                                        sorted(right.items())))


if __name__ == "__main__":
    main()
