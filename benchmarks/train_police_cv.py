"""The police head's candidates compared out of fold on the police articles' tune part only.

    python benchmarks/train_police_cv.py [--data ../shared/data] [--cache DIR] [--c 0.3,1,3]

Each candidate (regularisation C, class weights, the texts it is fitted on) is fitted fold by
fold (4 folds by article, as ``benchmarks/train.py --police-only`` fits them) on the other
folds' sentences; for every sentence the head reads, what the coder gives with the head's add,
veto and statement forced on and off is worked out once (``police_decisions.readings``), so
that every triple of thresholds (``police_add``, ``police_veto``, ``police_statement``) is
scored without coding the sentence again. Printed per candidate: the best cross-validated police
ANY_ACTION F1 of what the coder gives (the rules' events decided by the head) and its
thresholds, and the head alone's F1 at 0.5. The check part is never read.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accuracy import f1, police_labels  # noqa: E402
from police_decisions import ACT, readings, score, shipped_rule  # noqa: E402
from train_police import acted  # noqa: E402
from train_shared import (DEFAULT_DATA, FOLDS, Unit, fit, folds_of, head_of,  # noqa: E402
                          load_units, parse)

ADDS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 1.01)
#: a veto drops a rule's event; above 0.1 an earlier pick lost held real events
#: (``train_police_check.VETO_MAX``)
VETOES = (0.0, 0.05, 0.1)
STATEMENTS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.7, 1.01)


def fold_heads(tune: list[Unit], folds: list[int], c: float, weight, pool: str) -> dict:
    """Each fold's classifier, its police head fitted on the other folds' sentences of
    ``pool`` ("read": those the head reads; "all": every sentence)."""
    from dateline.learned import load_classifier

    shipped = load_classifier()
    clfs = {}
    for k in range(FOLDS):
        train = [u for u, f in zip(tune, folds, strict=True)
                 if f != k and (u.police or pool == "all")]
        head = fit(train, acted(train), c, class_weight=weight)
        clfs[k] = replace(shipped, police=head_of(head, ("0", "1")))
    return clfs


def best_thresholds(reads, missed: int) -> tuple[tuple, tuple[float, float, float]]:
    """The thresholds of the best cross-validated F1 (ties to the values nearest 0.7)."""
    scored = []
    for add, veto, state in itertools.product(ADDS, VETOES, STATEMENTS):
        fig = score(reads, missed, shipped_rule(add, veto, state))
        near = -(abs(add - 0.7) + abs(veto - 0.7) + abs(state - 0.7))
        scored.append((round(fig[0], 4), near, fig, (add, veto, state)))
    best = max(scored)
    return best[2], best[3]


def final(police: list[Unit], spec: str) -> None:
    """The check part's police ANY_ACTION F1 of the rules decided by each candidate's head,
    fitted on the tune part's sentences the head reads: the total only, no error listed."""
    from dateline.learned import load_classifier

    from train_police import police_any
    from train_shared import revise

    shipped = load_classifier()
    p_tune = [u for u in police if u.police and not u.check]
    check = [u for u in police if u.check]
    for cand in spec.split(";"):
        c, weight, add, veto, state = cand.split("/")
        head = fit(p_tune, acted(p_tune), float(c),
                   class_weight=None if weight == "none" else weight)
        clf = replace(shipped, police=head_of(head, ("0", "1")), thresholds={
            **shipped.thresholds, "police_add": float(add), "police_veto": float(veto),
            "police_statement": float(state)})
        events = [revise(clf, [u])[0] if u.police else list(u.rules) for u in check]
        print(f"candidate {cand}: check police ANY_ACTION F1 {police_any(check, events):.3f}",
              flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--cache", type=Path, default=None, help="folder to keep parses in")
    ap.add_argument("--c", default="0.3,1,3", help="regularisation candidates")
    ap.add_argument("--weights", default="none,balanced", help="class weight candidates")
    ap.add_argument("--pools", default="read", help="training pools: read, all")
    ap.add_argument("--final", default="",
                    help="candidates fitted on the whole tune part, each C/weight/add/veto/"
                         "statement, separated by ';': prints each one's check total only")
    args = ap.parse_args()
    police = load_units(args.data, None)["police"]
    parse(police, "police", args.cache)
    tune = [u for u in police if not u.check]
    folds = folds_of(tune)
    missed = sum(ACT in u.gold and ACT not in police_labels(u.rules)
                 for u in tune if not u.police)
    if args.final:
        final(police, args.final)
        return
    for pool, weight, c in itertools.product(args.pools.split(","), args.weights.split(","),
                                             (float(x) for x in args.c.split(","))):
        clfs = fold_heads(tune, folds, c, None if weight == "none" else weight, pool)
        reads = readings(tune, folds, clfs)
        fixed = score(reads, missed, shipped_rule(0.1, 0.1, 0.3))
        fig, th = best_thresholds(reads, missed)
        alone = [(r.p >= 0.5, r.gold) for r in reads]
        tp = sum(a and g for a, g in alone)
        fp = sum(a and not g for a, g in alone)
        fn = sum(g and not a for a, g in alone) + missed
        print(f"pool={pool} weight={weight} C={c}: at 0.1/0.1/0.3 {fixed[0]:.3f}; best "
              f"{fig[0]:.3f} (tp {fig[1]}, fp {fig[2]}, fn {fig[3]}) at add {th[0]}, "
              f"veto {th[1]}, statement {th[2]}; head alone {f1(tp, fp, fn):.3f}",
              flush=True)


if __name__ == "__main__":
    main()
