"""The police head refitted on the whole tune part and chosen by the check part's figure
(``benchmarks/train.py --police-only --by-check``).

Candidates: regularisation C (``--c``), class weights (none or balanced) and the features the
head reads (words with the rules' reading, or words alone), each with the police thresholds
(``POLICE_GRID``) chosen in turn. Every candidate is fitted on the tune part's sentences that
the head reads; what decides is one number, the check part's police ANY_ACTION F1 of what the
coder gives (the rules' events decided by the head). No error of the check part is listed or
read. Ties go to the stronger regularisation, then to unweighted classes and the fuller
features, then to the threshold nearest 0.7; a pick that does not beat the shipped head's check
figure is not written.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import replace

from dateline.learned import Classifier
from train_police import POLICE_GRID, acted, gate, police_any
from train_shared import NEVER, Unit, fit, head_of, parse, revise

#: the class weights and feature sets tried
CLASS_WEIGHTS = (None, "balanced")
FEATURES = ("rules", "words")
#: the highest veto threshold tried: a veto drops a rule's event, and an earlier pick at 0.2
#: lost real police events that the realness set's held part keeps at 0.1
VETO_MAX = 0.1


def check_any(clf: Classifier, check: list[Unit], related: list[bool]) -> float:
    """The check part's police ANY_ACTION F1 of the rules decided by ``clf``. Sentences the
    police head does not read keep the rules' events (it changes no police act there)."""
    events = [revise(clf, [u])[0] if r else list(u.rules)
              for u, r in zip(check, related, strict=True)]
    return police_any(check, events)


def choose(clf: Classifier, check: list[Unit], related: list[bool],
           start: dict[str, float]) -> tuple[float, dict[str, float]]:
    """The police thresholds chosen in turn by the check figure (ties nearest 0.7)."""
    chosen = dict(start)
    best = 0.0
    for key, values in POLICE_GRID:
        values = tuple(v for v in values if key != "police_veto" or v <= VETO_MAX)
        scored = [(check_any(replace(clf, thresholds={**chosen, key: v}), check, related),
                   -abs(v - 0.7), v) for v in values]
        best, _, chosen[key] = max(scored)
    return best, chosen


def by_check(args: argparse.Namespace, police: list[Unit], t0: float) -> Classifier | None:
    """The police head of the candidate with the best check figure, with its thresholds; the
    shipped pentacode and plover heads and their thresholds stay. None when no candidate's
    check figure is above the shipped head's: the weights are then left as they are."""
    from dateline.learned import load_classifier

    parse(police, "police", args.cache)
    print(f"parsed and coded by the rules in {time.perf_counter() - t0:.0f} s")
    p_tune, _ = gate(police)
    check = [u for u in police if u.check]
    related = [u.police for u in check]
    shipped = load_classifier()
    kept = check_any(shipped, check, related)
    print(f"  shipped head: check police ANY_ACTION F1 {kept:.3f}")
    start = {**shipped.thresholds, "police_add": 0.5, "police_veto": 0.0,
             "police_statement": NEVER}
    scores = []
    for c in (float(x) for x in args.c.split(",")):
        for wi, weight in enumerate(CLASS_WEIGHTS):
            for fi, feats in enumerate(FEATURES):
                head = fit(p_tune, acted(p_tune), c, words_only=feats == "words",
                           class_weight=weight)
                clf = replace(shipped, police=head_of(head, ("0", "1")))
                score, th = choose(clf, check, related, start)
                print(f"  C={c} class_weight={weight} features={feats}: check police "
                      f"ANY_ACTION F1 {score:.3f} with "
                      + ", ".join(f"{k} {th[k]}" for k, _ in POLICE_GRID), flush=True)
                scores.append(((round(score, 3), -c, -wi, -fi), c, weight, feats,
                               replace(clf, thresholds=th)))
    (best, *_), c, weight, feats, clf = max(scores, key=lambda s: s[0])
    if best <= round(kept, 3):
        print(f"no candidate beats the shipped head ({best:.3f} against {kept:.3f}): kept")
        return None
    print(f"chosen: C={c} class_weight={weight} features={feats}")
    args.chosen = {"C": c, "class_weight": weight, "features": feats}
    return clf
