"""Count the non-events the coder produces on the judged Guardian events, and the real ones kept.

    python benchmarks/nonevents.py [--cache DIR] [--list] [--part train]
                                   [--corpus all|guardian|police] [--model DIR]

``realness_labels.tsv`` holds hand verdicts (1 real, 0 not) on events the coder produced for
Guardian articles. This codes those articles again with the real-event filter off (as
``train_realness.py`` does), finds each judged event among the coder's, and prints, for events
told as done (status ``actual``) and for all: the non-events still produced and the real events
still kept (each verdict counted once), by PLOVER type and by trigger, with the events that
carry no verdict (new since the judging), and the same counts after the shipped real-event
filter (in sample on the train part, which it was fitted on; ``--model`` names other weights).
Only the ``train`` part is for reading; ``--part held`` prints summary figures only. ``--list``
prints each non-event produced with its sentence (train part only).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_realness import POLICE, code, doc_order, event_key, load_labels, matched  # noqa: E402

from dateline.realness import judged as filtered, load_realness, read_realness  # noqa: E402


def judged(row: tuple, labels: dict) -> tuple:
    """The verdict a matched row stands for: its whole key, or (when it was found by the rest of
    its key) that rest, so two events found by one verdict count once."""
    key = event_key(row[0], row[1])
    return key if key in labels else key[:4]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--cache", type=Path, default=None, help="folder to keep parses in")
    ap.add_argument("--part", choices=("train", "held"), default="train")
    ap.add_argument("--list", action="store_true", help="print each non-event (train part only)")
    ap.add_argument("--top", type=int, default=25, help="triggers shown")
    ap.add_argument("--model", type=Path, default=None,
                    help="a folder of other real-event weights (as train_realness.py --out "
                         "writes them) to count after, in place of the shipped ones")
    ap.add_argument("--corpus", choices=("all", "guardian", "police"), default="all",
                    help="the verdicts on these articles only")
    args = ap.parse_args()
    corpus = {"all": lambda d: True, "guardian": lambda d: not d.startswith(POLICE),
              "police": lambda d: d.startswith(POLICE)}[args.corpus]
    labels = {k: v for k, v in load_labels().items() if v[1] == args.part and corpus(k[0])}
    docs = sorted({k[0] for k in labels}, key=doc_order)
    coded = code(docs, args.cache)
    rows, found = matched(coded, labels)
    real = sum(v[0] for v in labels.values())
    print(f"{args.part} part: {len(labels)} judged events ({real} real, {len(labels) - real} "
          f"not) in {len(docs)} articles; the coder gives {len(coded)} events now, "
          f"{len(found)} judged ones found again")
    keyed = {id(r[1]) for r in rows}
    unjudged = [(d, e) for d, e, _ in coded if id(e) not in keyed]
    for name, keep in (("told as done (actual)", lambda e: e.status == "actual"),
                       ("any status", lambda e: True)):
        sel = [r for r in rows if keep(r[1])]
        non = len({judged(r, labels) for r in sel if r[3][0] == 0})
        kept = len({judged(r, labels) for r in sel if r[3][0] == 1})
        new = sum(1 for _, e in unjudged if keep(e))
        print(f"{name:<24} non-events produced {non:4d} | real events kept {kept:4d} of {real} "
              f"| events with no verdict {new:4d}")
    # the same events through the shipped real-event filter (fitted on the train part: its
    # figures there are in sample; the held part's are not)
    model = load_realness() if args.model is None else read_realness(args.model)
    passed = [r for r in rows
              if not filtered(r[1], r[2]) or model.proba(r[2]) >= model.threshold]
    for name, sel in (("done, after the filter", [r for r in passed if r[1].status == "actual"]),
                      ("any, after the filter", passed)):
        non = len({judged(r, labels) for r in sel if r[3][0] == 0})
        kept = len({judged(r, labels) for r in sel if r[3][0] == 1})
        print(f"{name:<24} non-events produced {non:4d} | real events kept {kept:4d} of {real} "
              f"| threshold {model.threshold:.2f}")
    if args.part != "train":
        return
    acts = [r for r in rows if r[1].status == "actual"]
    by_type = Counter((r[1].event_type, r[3][0]) for r in acts)
    print("\nby type (actual): type non-events / real")
    for t in sorted({t for t, _ in by_type}, key=lambda t: -by_type[(t, 0)]):
        print(f"  {t:<12} {by_type[(t, 0)]:4d} / {by_type[(t, 1)]:4d}")
    by_trig = Counter((r[1].trigger.lower(), r[3][0]) for r in acts)
    print("\nby trigger (actual): trigger non-events / real")
    for t in sorted({t for t, _ in by_trig}, key=lambda t: -by_trig[(t, 0)])[:args.top]:
        print(f"  {t:<16} {by_trig[(t, 0)]:4d} / {by_trig[(t, 1)]:4d}")
    if args.list:
        print("\nnon-events produced (actual):")
        for d, e, f, _ in sorted((r for r in acts if r[3][0] == 0),
                                 key=lambda r: (r[1].trigger.lower(), r[0])):
            src = e.source.text if e.source else "-"
            tgt = e.target.text if e.target else "-"
            p = model.proba(f)
            mark = "KEPT" if p >= model.threshold else "drop"
            print(f"[{d}] {mark} p={p:.2f} {e.event_type}/{e.mode or '-'} '{e.trigger}' "
                  f"{src} -> {tgt} :: "
                  f"{' '.join(e.sentence.split())}")
        print("\nreal events kept (actual):")
        for d, e, f, _ in sorted((r for r in acts if r[3][0] == 1),
                                 key=lambda r: (r[1].trigger.lower(), r[0])):
            p = model.proba(f)
            mark = "KEPT" if p >= model.threshold else "drop"
            print(f"[{d}] {mark} p={p:.2f} +{e.event_type} '{e.trigger}' :: "
                  f"{' '.join(e.sentence.split())[:160]}")
        print("\nevents with no verdict (actual):")
        for d, e in unjudged:
            if e.status == "actual":
                print(f"[{d}] {e.event_type} '{e.trigger}' {event_key(d, e)[1]} :: "
                      f"{' '.join(e.sentence.split())[:200]}")


if __name__ == "__main__":
    main()
