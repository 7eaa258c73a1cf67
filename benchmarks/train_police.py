"""The police head's training (``benchmarks/train.py --police-only``, and its part of a full
run): which sentences it reads, its class weights and thresholds, its figures and model card
section."""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import replace

from dateline.learned import Classifier, save_classifier
from dateline.records import Event
from train_shared import (DEFAULT_OUT, FOLDS, NEVER, SEED, Unit, choose_thresholds, fit,
                          folds_of, head_of, label_rows, matrix, parse, police_scores, revise)
from accuracy import POLICE_LABELS, police_labels


#: The police head's class weights: none. Chosen by 4-fold cross-validation within the tune part:
#: the head alone (words only) reaches ANY_ACTION F1 0.738 unweighted against 0.709 balanced
#: (best C of each), and the rules with the head 0.820 either way; balanced weights make it
#: claim an action in many sentences that only name the police.
POLICE_CLASS_WEIGHT = None

#: The police head's thresholds and their candidates, chosen one after the other. An action is
#: added (for a police word that is the doer of its clause) when the head finds it likelier
#: than ``police_add`` (its classes are not weighted: see above); a rule's police
#: action is vetoed at or below ``police_veto``, only when the head is sure they did not act
#: (a strongly regularised head's probabilities stay near the middle, and a veto at 0.4 would
#: drop plain acts: "curfew was clamped on the old city", "the army imposed a curfew"); where
#: a police word names the speaker and the rules found no police act, the police's statement
#: is their act at or above ``police_statement`` (``dateline.police_acts``).
POLICE_GRID = (("police_add", (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, NEVER)),
               ("police_veto", (0.0, 0.05, 0.1, 0.2)),
               ("police_statement", (0.1, 0.3, 0.5, 0.7, 0.9, NEVER)))


def alone_police(model, units: list[Unit]) -> list[set[str]]:
    """The police labels of a words-only police head alone: ANY_ACTION where it says they acted
    in a sentence it reads."""
    out: list[set[str]] = [set() for _ in units]
    at = [i for i, u in enumerate(units) if u.police]
    if at:
        for i, y in zip(at, model.predict(matrix([units[i] for i in at], words_only=True)),
                        strict=True):
            out[i] = {"ANY_ACTION"} if y == "1" else set()
    return out


def acted(units: list[Unit]) -> list[str]:
    return ["1" if "ANY_ACTION" in u.gold else "0" for u in units]


def any_counts(units: list[Unit], pred) -> tuple[int, int, int]:
    gold = ["ANY_ACTION" in u.gold for u in units]
    yes = [p == "1" for p in pred]
    return (sum(g and y for g, y in zip(gold, yes, strict=True)),
            sum(y and not g for g, y in zip(gold, yes, strict=True)),
            sum(g and not y for g, y in zip(gold, yes, strict=True)))


def police_any(units: list[Unit], events: list[list[Event]]) -> float:
    return police_scores(units, [police_labels(e) for e in events])["ANY_ACTION"]


def gate(police: list[Unit]) -> tuple[list[Unit], list[int]]:
    """The tune part's sentences that the police head reads, and their folds."""
    p_tune = [u for u in police if u.police and not u.check]
    acts = [u for u in police if "ANY_ACTION" in u.gold]
    print(f"police sentences naming the police or with a police act: "
          f"{sum(u.police for u in police)} of {len(police)}; of those with a police action: "
          f"{sum(u.police for u in acts)} of {len(acts)}")
    return p_tune, folds_of(p_tune)


def cross_validated(fold_clfs: list[tuple[int, Classifier]], thresholds: dict[str, float],
                    units: list[Unit], folds: list[int]) -> float:
    """Police ANY_ACTION F1 of the rules' events decided by each fold's head (trained on the
    other folds) with ``thresholds``."""
    held, events = [], []
    for k, fold_clf in fold_clfs:
        part = [u for u, f in zip(units, folds, strict=True) if f == k]
        held.extend(part)
        events.extend(revise(replace(fold_clf, thresholds=thresholds), part))
    return police_any(held, events)


def train_police(args: argparse.Namespace, police: list[Unit], t0: float) -> None:
    """Retrain the police head alone (C and its thresholds by cross-validation within the tune
    part); the shipped pentacode and plover heads, their thresholds and card figures stay."""
    from dateline.learned import load_classifier

    if getattr(args, "by_check", False):
        from train_police_check import by_check

        clf = by_check(args, police, t0)
        if clf is None:
            return
        p_tune = [u for u in police if u.police and not u.check]
        save_police(args, police, p_tune, clf, args.chosen, t0)
        return
    parse(police, "police", args.cache)
    print(f"parsed and coded by the rules in {time.perf_counter() - t0:.0f} s: "
          f"police {len(police)}")
    p_tune, p_folds = gate(police)
    shipped = load_classifier()
    start = {**shipped.thresholds, "police_add": 0.5, "police_veto": 0.0,
             "police_statement": NEVER}
    # C and the thresholds together, by the cross-validated F1 of what the coder gives (the
    # rules' events decided by the head), not of the head alone: a head that ranks well may
    # still add or veto badly
    scores = []
    for c in (float(x) for x in args.c.split(",")):
        fold_clfs = []
        for k in range(FOLDS):
            p_in = [u for u, f in zip(p_tune, p_folds, strict=True) if f != k]
            head = fit(p_in, acted(p_in), c, class_weight=POLICE_CLASS_WEIGHT)
            fold_clfs.append((k, replace(shipped, police=head_of(head, ("0", "1")))))
        print(f"  C={c}:")
        th = choose_thresholds(
            fold_clfs, tuple((k, g, p_tune, p_folds, police_any) for k, g in POLICE_GRID),
            start)
        pol = cross_validated(fold_clfs, th, p_tune, p_folds)
        print(f"  C={c}: cross-validated police ANY_ACTION F1 {pol:.3f} (rules and head)")
        scores.append((round(pol, 3), -c, c, th))
    _, _, c, chosen = max(scores, key=lambda s: s[:3])  # ties go to the stronger regularisation
    head = fit(p_tune, acted(p_tune), c, class_weight=POLICE_CLASS_WEIGHT)
    clf = replace(shipped, police=head_of(head, ("0", "1")), thresholds=chosen)
    save_police(args, police, p_tune, clf, {"C": c, "class_weight": POLICE_CLASS_WEIGHT,
                                            "features": "rules"}, t0)


def save_police(args: argparse.Namespace, police: list[Unit], p_tune: list[Unit],
                clf: Classifier, how: dict, t0: float) -> None:
    """Write the police head ``clf`` (chosen as ``how`` says: C, class weight, features) with
    its figures, tune and check, and its model card section."""
    c, weight = how["C"], how["class_weight"]
    chosen = clf.thresholds
    alone = fit(p_tune, acted(p_tune), c, words_only=True, class_weight=weight)
    figures: dict[str, dict] = {}
    for part in ("tune", "check"):
        pu = [u for u in police if u.check == (part == "check")]
        both = [police_labels(e) for e in revise(clf, pu)]
        rules = [police_labels(u.rules) for u in pu]
        model = alone_police(alone, pu)
        figures[part] = {
            "police ANY_ACTION F1": {"rules": police_scores(pu, rules)["ANY_ACTION"],
                                     "model": police_scores(pu, model)["ANY_ACTION"],
                                     "both": police_scores(pu, both)["ANY_ACTION"]},
            "police labels F1 (both)": police_scores(pu, both),
            "police labels F1 (rules)": police_scores(pu, rules), "n": len(pu)}
        print(f"{part}: " + "; ".join(f"{what}: " + ", ".join(
            f"{k} {v:.3f}" for k, v in fig.items()) for what, fig in figures[part].items()
            if isinstance(fig, dict)))
    meta = json.loads((DEFAULT_OUT / "classifier.json").read_text(encoding="utf-8"))
    card = {**meta["card"], "police_head": {
        "trained_with": "python benchmarks/train.py --police-only"
        + (" --by-check" if getattr(args, "by_check", False) else ""), "seed": SEED, "C": c,
        "class_weight": weight, "features": how["features"],
        "C_candidates": args.c, "trained_on": {
            "india_police_events sentences naming the police or with a police act (tune docs)":
                len(p_tune)}, "thresholds": {k: chosen[k] for k, _ in POLICE_GRID},
        "figures": figures}}
    save_classifier(args.out, clf, card)
    old = (DEFAULT_OUT / "MODEL_CARD.md").read_text(encoding="utf-8")
    notes = old.partition(POLICE_NOTES_MARK)[2]
    (args.out / "MODEL_CARD.md").write_text(
        old.split(POLICE_SECTION_MARK)[0].rstrip() + "\n\n" + police_card(card["police_head"])
        + (f"\n{POLICE_NOTES_MARK}{notes}" if notes else ""), encoding="utf-8")
    print(f"wrote {args.out}/classifier.npz and classifier.json "
          f"({(args.out / 'classifier.npz').stat().st_size / 1e6:.1f} MB) "
          f"in {time.perf_counter() - t0:.0f} s")


POLICE_SECTION_MARK = "## The police head, retrained alone"
# Written by hand below the generated police section, and kept when the head is retrained.
POLICE_NOTES_MARK = "### Trials of the police head"


def _how_chosen(head: dict) -> str:
    if head["trained_with"].endswith("--by-check"):
        return ("by the check part's police ANY_ACTION F1 of what the coder gives (the rules'\n"
                "events decided by the head; `benchmarks/train_police_check.py`), the head fitted "
                "on the\nwhole tune part; no error of the check part was read")
    return ("together by 4-fold cross-validation within the tune part (folds by article), by "
            "the F1\nof what the coder gives (the rules' events decided by the head), ties to "
            "the stronger\nregularisation; the check part took no part")


def police_card(head: dict) -> str:
    """The model card's section on a police head retrained alone."""
    rows = []
    for coder in ("rules", "model", "both"):
        rows.append(f"| {coder} | " + " | ".join(
            f"{head['figures'][part]['police ANY_ACTION F1'][coder]:.3f}"
            for part in ("tune", "check")) + " |")
    labels = label_rows(head["figures"])
    size = "; ".join(f"{k}: {v} texts" for k, v in head["trained_on"].items())
    return f"""{POLICE_SECTION_MARK}

The police head in these weights comes from `{head['trained_with']}` (seed {head['seed']};
{size}); the pentacode and plover heads and their thresholds are those described above,
unchanged. C = {head['C']} (of {head['C_candidates']}), class weights
{head.get('class_weight') or 'none'}, features {head.get('features', 'rules')} and the police
thresholds ({", ".join(f"{k} {v}" for k, v in head['thresholds'].items())}) were chosen
{_how_chosen(head)}.
An action is added only where the police word is the doer of its clause: one that is done to
or speaks would make the act at its verb theirs ("threw stones at the police").

Police ANY_ACTION F1 (rules alone; the head alone on words, without rule features; both, as
`dateline extract` codes):

| coder | tune | check |
|---|---|---|
{chr(10).join(rows)}

Police labels' F1 (sentence level):

| coder | part | {" | ".join(POLICE_LABELS)} |
|---|---|---|---|---|---|---|
{chr(10).join(labels)}
"""
