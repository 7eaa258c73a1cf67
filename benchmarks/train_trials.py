"""Trials of the pentacode head, cross-validated within the CAMEO tune part only.

    python benchmarks/train_trials.py [--cache DIR] [--c 0.3,1,3] [--extra none,trigger]

For each candidate (regularisation C, class weights, extra features of the rules' triggers) the
tune part's sentences are split into 4 folds; each fold's sentences are decided by a pentacode
head fitted on the other folds (the shipped police and plover heads and thresholds beside it),
and the whole tune part's macro-F1 is printed for the head alone (on words and rule features)
and for the rules decided by it ("both", as ``dateline extract`` codes). The check part is
neither read nor scored here. ``--extra trigger_c`` (the character n-grams of each trigger's
lemma) was the best candidate of the first round; why it does not ship: ``MODEL_HISTORY.md``.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_shared import (CLASSES, DEFAULT_DATA, FOLDS, Unit, fit, folds_of,  # noqa: E402
                          head_of, matrix, parse, pentacode_of, pentacode_score, revise)

from dateline import learned  # noqa: E402

#: The features beyond the words, which training (``unit_features``) and the classifier's
#: columns (``Classifier.revise``) both read: the candidates' extra features are added here.
_BASE = learned._rule_features


def trigger_features(tokens, events, parts: str = "ldc") -> set[str]:
    """The rules' triggers read closer: each trigger's lemma, its dependents' relations and
    lemmas, and the character 3- to 5-grams of the trigger's lemma."""
    tokens = list(tokens)
    if not tokens:
        return set()
    at = {t.idx: t for t in tokens}
    out: set[str] = set()
    for e in events:
        tok = at.get(e.char_start)
        if tok is None:
            continue
        lemma = tok.lemma_.lower()
        if "l" in parts:
            out.add("t:" + lemma)
        for child in tok.children if "d" in parts else ():
            if child.dep_ in ("punct", "det", "aux", "auxpass"):
                continue
            out.add(f"td:{child.dep_}:{child.lemma_.lower()}")
        padded = f"<{lemma}>"
        for n in (3, 4, 5) if "c" in parts else ():
            out.update("tc:" + padded[i:i + n] for i in range(len(padded) - n + 1))
    return out


EXTRAS = {"none": None, "trigger": trigger_features,
          **{f"trigger_{p}": (lambda t, e, p=p: trigger_features(t, e, p))
             for p in ("l", "ld", "c", "lc", "dc")}}


def use_extra(name: str) -> None:
    extra = EXTRAS[name]
    if extra is None:
        learned._rule_features = _BASE
        return

    def features(tokens, events, police):
        tokens, events = list(tokens), list(events)
        return _BASE(tokens, events, police) | extra(tokens, events)

    learned._rule_features = features


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--c", default="0.3,1,3")
    ap.add_argument("--extra", default="none,trigger")
    ap.add_argument("--weights", default="balanced,none")
    args = ap.parse_args()
    from accuracy import cameo_rows, check_keys

    check = check_keys(args.data, "cameo")
    units = [Unit(i, t, lab, i in check) for i, t, lab in cameo_rows(args.data)]
    parse(units, "cameo", args.cache)
    tune = [u for u in units if not u.check]
    folds = folds_of(tune)
    shipped = learned.load_classifier()
    for extra in args.extra.split(","):
        use_extra(extra)
        for u in tune:
            u.feats = learned.unit_features(u.doc[:], u.rules)
        for weight in args.weights.split(","):
            cw = None if weight == "none" else weight
            for c in (float(x) for x in args.c.split(",")):
                held, events, alone = [], [], []
                for k in range(FOLDS):
                    train = [u for u, f in zip(tune, folds, strict=True) if f != k]
                    part = [u for u, f in zip(tune, folds, strict=True) if f == k]
                    model = fit(train, [str(u.gold) for u in train], c, class_weight=cw)
                    clf = replace(shipped, pentacode=head_of(model, CLASSES))
                    held.extend(part)
                    events.extend(revise(clf, part))
                    alone.extend(int(y) for y in model.predict(matrix(part)))
                print(f"extra={extra} weights={weight} C={c}: cross-validated pentacode "
                      f"macro-F1 both {pentacode_of(held, events):.3f}, head alone "
                      f"{pentacode_score(held, alone):.3f}", flush=True)
    use_extra("none")


if __name__ == "__main__":
    main()
