"""Where the police head decides, out of fold on the police articles' tune part only.

    python benchmarks/police_decisions.py [--data ../shared/data] [--cache DIR] [--c 1]

Each fold's police head is fitted on the other folds (4 folds by article, as
``benchmarks/train.py --police-only`` fits them); the check part is never read. For every
sentence the head reads, the script works out what the coder gives with the head's add and veto
forced on and off, so that any decision rule over those two choices can be scored without
coding the sentence again. It prints:

- police ANY_ACTION F1 of rules and head at the shipped thresholds (the whole tune part; the
  actions in sentences the head does not read count as missed);
- per role of the police word (doer or not, its dependency), how often an add or a veto the
  head could make would be right, by the head's probability;
- where the head alone and the combination disagree, by what the combination gave and the
  police word's role, and which of the two the labels side with;
- a stacked decision: a logistic regression over the head's log-odds, the rules' own police
  labels and the police word's role (is it the doer, the subject of a statement verb, the agent
  of a passive, negation, a modal status), itself cross-validated by the same folds;
- the police actions in the sentences the head does not read (no police word, no police act),
  by what the rules found there (an act of another security force, an agentless act of a kind
  the police do, another act, none) and the head's out-of-fold probability, with the F1 the
  combination would reach if each kind were given to the police: whether an unnamed doer can
  be taken as the police's.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accuracy import f1, police_labels  # noqa: E402
from train_police import POLICE_CLASS_WEIGHT, acted  # noqa: E402
from train_shared import (DEFAULT_DATA, FOLDS, Unit, fit, folds_of, head_of,  # noqa: E402
                          load_units, parse, revise)

ACT = "ANY_ACTION"
#: the rules' statuses that tell no act done
MODAL = ("proposed", "demanded", "threatened", "alleged")
ROLES = ("nsubj", "compound", "pobj", "dobj", "conj", "nsubjpass")


@dataclass
class Reading:
    """One read sentence: the head's out-of-fold probability, its fold, the police labels of
    the rules alone, with the head's add forced and with its veto forced, and the role of its
    police word."""

    unit: Unit
    fold: int
    p: float
    rules: set[str]
    added: set[str]
    vetoed: set[str]
    role: str
    stated: set[str] = frozenset()

    @property
    def gold(self) -> bool:
        return ACT in self.unit.gold

    @property
    def can_add(self) -> bool:
        return ACT in self.added and ACT not in self.rules

    @property
    def can_veto(self) -> bool:
        return ACT in self.rules and ACT not in self.vetoed

    @property
    def can_state(self) -> bool:
        """Whether the police's statement would give the sentence its police action."""
        return ACT in self.stated and ACT not in self.rules and not self.can_add


def fold_classifiers(tune: list[Unit], folds: list[int], c: float) -> dict:
    """Each fold's classifier, its police head fitted on the other folds' read sentences."""
    from dateline.learned import load_classifier

    shipped = load_classifier()
    clfs = {}
    for k in range(FOLDS):
        train = [u for u, f in zip(tune, folds, strict=True) if f != k and u.police]
        head = fit(train, acted(train), c, class_weight=POLICE_CLASS_WEIGHT)
        clfs[k] = replace(shipped, police=head_of(head, ("0", "1")))
    return clfs


def readings(tune: list[Unit], folds: list[int], clfs: dict) -> list[Reading]:
    from dateline.learned import _doer, hashed, police_mention

    out = []
    for u, k in zip(tune, folds, strict=True):
        if not u.police:
            continue
        clf = clfs[k]
        p = float(clf.police.proba(hashed(u.feats, clf.n_features))[1])
        forced = [police_labels(revise(replace(clf, thresholds={
            **clf.thresholds, "police_add": add, "police_veto": veto,
            "police_statement": state}), [u])[0])
            for add, veto, state in ((0.0, -1.0, 1.01), (1.01, 1.01, 1.01), (1.01, -1.0, 0.0))]
        word = police_mention(u.doc[:])
        role = "none" if word is None else \
            f"{'doer' if _doer(word) else 'no doer'}:{word.dep_}"
        out.append(Reading(u, k, p, police_labels(u.rules), forced[0], forced[1], role,
                           forced[2]))
    return out


def score(reads: list[Reading], missed: int, decide) -> tuple[float, int, int, int]:
    """ANY_ACTION F1 (true and false positives, misses) when ``decide(i, reading)`` says
    whether the police acted where the head may add or veto; ``missed``: the actions in the
    sentences the head does not read."""
    tp = fp = fn = 0
    for i, r in enumerate(reads):
        said = ACT in r.rules
        if r.can_add or r.can_veto or r.can_state:
            said = bool(decide(i, r))
        tp += said and r.gold
        fp += said and not r.gold
        fn += r.gold and not said
    fn += missed
    return f1(tp, fp, fn), tp, fp, fn


def shipped_rule(add: float, veto: float, state: float = 1.01):
    """The coder's decision: an act added for a police doer at ``add``, the police's statement
    at ``state``, a rule's police act vetoed at or below ``veto``."""
    return lambda _, r: r.p >= add if r.can_add else r.p >= state if r.can_state \
        else r.p > veto


def by_role(reads: list[Reading]) -> None:
    bins = ((0.0, 0.1), (0.1, 0.3), (0.3, 0.5), (0.5, 1.01))
    tally: dict[tuple[str, str], list[Reading]] = {}
    for r in reads:
        if r.can_add or r.can_veto:
            tally.setdefault(("add" if r.can_add else "veto", r.role), []).append(r)
    print("what the head may decide, by the police word's role (right / all, by its p):")
    for (what, role), rs in sorted(tally.items(), key=lambda kv: -len(kv[1])):
        cells = []
        for lo, hi in bins:
            part = [r for r in rs if lo <= r.p < hi]
            cells.append(f"{lo}-{min(hi, 1)}: {sum(r.gold for r in part)}/{len(part)}")
        print(f"  {what:4} {role:22} {sum(r.gold for r in rs):4}/{len(rs):<4} " + "  ".join(cells))


def gap(reads: list[Reading], add: float, veto: float, state: float) -> None:
    """Where the head alone (an action at p >= 0.5, whatever the police word's role) and the
    combination at the shipped pair disagree, by what the combination gave (the rules' act, an
    act it added, none) and the police word's role (a no-doer's by the word its role hangs on:
    "nsubj:say" is the police speaking), and which of the two the labels side with."""
    decide = shipped_rule(add, veto, state)
    tally: Counter[tuple[str, str, str]] = Counter()
    for r in reads:
        said = ACT in r.rules
        if r.can_add or r.can_veto or r.can_state:
            said = bool(decide(0, r))
        head = r.p >= 0.5
        if said == head:
            continue
        given = "none" if not said else "rules" if ACT in r.rules else "added"
        doer, _, how = r.role.partition(":")
        role = doer if doer != "no doer" else f"no doer {how}:{_hangs_on(r)}"
        tally[(given, role, "head" if head == r.gold else "both")] += 1
    print("head alone against rules and head, where they disagree (right by the labels):")
    rows: dict[tuple[str, str], Counter[str]] = {}
    for (given, role, right), n in tally.items():
        rows.setdefault((given, role), Counter())[right] += n
    for (given, role), c in sorted(rows.items(), key=lambda kv: -sum(kv[1].values()))[:20]:
        print(f"  both gives {given:5} {role:32} head right {c['head']:3}, both right "
              f"{c['both']:3}")


def _hangs_on(r: Reading) -> str:
    from dateline.learned import _SPEECH_VERBS, police_mention

    word = police_mention(r.unit.doc[:])
    if word is None:
        return ""
    lemma = word.head.lemma_.lower()
    return "speech" if lemma in _SPEECH_VERBS else "of" if lemma == "of" else "other"


def stacked_features(r: Reading) -> list[float]:
    from dateline.learned import _SPEECH_VERBS, _doer, police_mention

    word = police_mention(r.unit.doc[:])
    p = min(max(r.p, 1e-4), 1 - 1e-4)
    row = [math.log(p / (1 - p)), *(lab in r.rules for lab in (ACT, "FAIL", "ARREST", "FORCE")),
           word is not None, word is not None and _doer(word),
           word is not None and word.dep_ == "nsubj" and word.head.lemma_ in _SPEECH_VERBS,
           word is not None and word.dep_ == "pobj" and word.head.dep_ == "agent",
           any(t.dep_ == "neg" for t in r.unit.doc),
           any(e.status in MODAL for e in r.unit.rules), r.can_add, r.can_veto]
    row.extend(word is not None and word.dep_ == d for d in ROLES)
    return [float(x) for x in row]


def stacked(reads: list[Reading], missed: int) -> None:
    from sklearn.linear_model import LogisticRegression

    x = np.array([stacked_features(r) for r in reads])
    y = np.array([r.gold for r in reads])
    f = np.array([r.fold for r in reads])
    print("stacked decision (cross-validated by the same folds):")
    for c in (0.01, 0.1, 1.0, 10.0):
        p = np.zeros(len(reads))
        for k in range(FOLDS):
            model = LogisticRegression(C=c, max_iter=1000).fit(x[f != k], y[f != k])
            p[f == k] = model.predict_proba(x[f == k])[:, 1]
        for th in (0.3, 0.4, 0.5):
            fig = score(reads, missed, lambda i, _, p=p, th=th: p[i] >= th)
            print(f"  C={c} at {th}: F1 {fig[0]:.3f} (tp {fig[1]}, fp {fig[2]}, fn {fig[3]})")


#: the kinds of act the police are the usual doers of, when no one is named
POLICE_KINDS = ("COERCE", "MOBILIZE", "ASSAULT")


def unread_kind(u: Unit) -> str:
    """What the rules found in a sentence the head does not read (no police word, no police
    act): an act of another security force ("the army conducted a flag march"), an agentless
    act of a kind the police do that is not aimed at a security force ("22 persons were
    arrested", "two persons were stabbed": a doer the sentence leaves unnamed), another act,
    or none."""
    if any(e.source is not None and e.source.sector == "MIL" for e in u.rules):
        return "military act"
    kinds = sorted({e.event_type for e in u.rules
                    if e.source is None and e.status == "actual" and e.event_type in POLICE_KINDS
                    and not (e.target is not None and e.target.sector in ("COP", "MIL"))})
    if kinds:
        return "agentless " + "+".join(kinds)
    return "other act" if u.rules else "no act"


def unread(tune: list[Unit], folds: list[int], clfs: dict, reads: list[Reading],
           missed: int) -> None:
    """The police actions in sentences the head does not read, by what the rules found there
    (:func:`unread_kind`) and the out-of-fold head's probability, and the F1 if each kind's
    agentless acts were given to the police at a threshold: whether a doer the sentence leaves
    unnamed can be taken as the police's."""
    from dateline.learned import hashed

    rows: dict[str, list[tuple[float, bool]]] = {}
    for u, k in zip(tune, folds, strict=True):
        if u.police:
            continue
        clf = clfs[k]
        p = float(clf.police.proba(hashed(u.feats, clf.n_features))[1])
        rows.setdefault(unread_kind(u), []).append((p, ACT in u.gold))
    base = score(reads, missed, shipped_rule(*(clfs[0].thresholds[t] for t in (
        "police_add", "police_veto", "police_statement"))))
    print("sentences the head does not read, police actions / sentences, by what the rules "
          "found and the head's p (F1 if taken as police acts at that p; "
          f"at the shipped thresholds {base[0]:.3f}):")
    for kind, ps in sorted(rows.items(), key=lambda kv: -sum(g for _, g in kv[1])):
        cells = []
        for th in (0.0, 0.5, 0.7, 0.9):
            at = [g for p, g in ps if p >= th]
            tp, fp = sum(at), len(at) - sum(at)
            gain = f1(base[1] + tp, base[2] + fp, base[3] - tp)
            cells.append(f">={th}: {tp}/{len(at)} ({gain:.3f})")
        print(f"  {kind:28} " + "  ".join(cells))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--cache", type=Path, default=None, help="folder to keep parses in")
    ap.add_argument("--c", type=float, default=1.0, help="the police head's regularisation")
    args = ap.parse_args()
    if not args.data.is_dir():
        sys.exit(f"data folder {args.data} not found")
    police = load_units(args.data, None)["police"]
    parse(police, "police", args.cache)
    tune = [u for u in police if not u.check]
    folds = folds_of(tune)
    clfs = fold_classifiers(tune, folds, args.c)
    reads = readings(tune, folds, clfs)
    missed = sum(ACT in u.gold and ACT not in police_labels(u.rules)
                 for u in tune if not u.police)
    from dateline.learned import load_classifier

    roles = Counter(r.role for r in reads)
    print(f"tune part: {len(tune)} sentences, {len(reads)} read by the head "
          f"({', '.join(f'{k} {v}' for k, v in roles.most_common(6))}); "
          f"{missed} actions in sentences it does not read")
    th = load_classifier().thresholds
    add, veto, state = th["police_add"], th["police_veto"], th["police_statement"]
    fig = score(reads, missed, shipped_rule(add, veto, state))
    print(f"rules and head at the shipped thresholds: F1 {fig[0]:.3f} (tp {fig[1]}, "
          f"fp {fig[2]}, fn {fig[3]})")
    stated = [r for r in reads if r.can_state]
    print(f"the police's statement may decide {len(stated)} sentences, police actions by the "
          f"labels in {sum(r.gold for r in stated)}; by police_statement: " + ", ".join(
              f"{s}: {score(reads, missed, shipped_rule(add, veto, s))[0]:.3f}"
              for s in (0.1, 0.3, 0.5, 0.7, 0.9, 1.01)))
    by_role(reads)
    gap(reads, add, veto, state)
    stacked(reads, missed)
    unread(tune, folds, clfs, reads, missed)


if __name__ == "__main__":
    main()
