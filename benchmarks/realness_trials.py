"""Compare readings of the real-event model on the verdicts: feature crossings and model kinds.

    python benchmarks/realness_trials.py [--cache DIR] [--rows FILE] [--cross a,b ...]
                                         [--models lr,lrbal,forest,boost]

Codes the judged articles as ``train_realness.py`` does (once: ``--rows`` keeps the matched
events' features and verdicts in a pickle), then, for each set of crossings (``CROSSINGS`` of
``realness_cross.py`` beside this script; ``--cross`` takes comma-joined sets, ``-`` none) and
each model kind, prints the figures on the train part out of fold (log-loss, AUC; the threshold
chosen as the training script chooses it: the highest F1 of real events, lowered by the recall
floor) and, at that threshold, on the held part: the non-events kept and the real events kept,
per corpus. Model kinds: ``lr`` (the logistic regression of the training script, C by the
out-of-fold log-loss), ``lrbal`` (the same with the two classes weighed alike), ``forest`` (a
random forest) and ``boost`` (gradient-boosted trees), all of scikit-learn with fixed seeds.
The held part is scored, never read event by event.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from realness_cross import crossed  # noqa: E402
from train_realness import (C_GRID, FOLDS, POLICE, REPEATS, SEED, auc, choose_threshold,  # noqa: E402
                            code, doc_order, filtered, fitted, load_labels, log_loss, matched,
                            matrix, recall_floor)


def rows_of(cache: Path | None, keep: Path | None) -> list[tuple[str, set[str], int, str]]:
    """The judged events the model is fitted on: (article, features, verdict, part)."""
    if keep is not None and keep.exists():
        with keep.open("rb") as fh:
            return pickle.load(fh)
    labels = load_labels()
    docs = sorted({k[0] for k in labels}, key=doc_order)
    rows, _ = matched(code(docs, cache), labels)
    out = [(r[0], r[2], r[3][0], r[3][1]) for r in rows if fitted(r)]
    if keep is not None:
        with keep.open("wb") as fh:
            pickle.dump(out, fh)
    return out


def model_of(kind: str, c: float):
    if kind in ("lr", "lrbal"):
        from sklearn.linear_model import LogisticRegression

        return LogisticRegression(C=c, max_iter=2000, random_state=SEED,
                                  class_weight="balanced" if kind == "lrbal" else None)
    if kind == "forest":
        from sklearn.ensemble import RandomForestClassifier

        return RandomForestClassifier(n_estimators=400, min_samples_leaf=2, max_features="sqrt",
                                      random_state=SEED, n_jobs=1)
    from sklearn.ensemble import HistGradientBoostingClassifier

    return HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, max_leaf_nodes=15,
                                          l2_regularization=1.0, random_state=SEED)


def _dense(kind: str, x):
    return x.toarray() if kind == "boost" else x


def out_of_fold(kind: str, x, y: np.ndarray, groups: list[str], c: float) -> np.ndarray:
    """As :func:`train_realness.out_of_fold`, for any model kind."""
    articles = sorted(set(groups))
    p = np.zeros(len(y))
    for r in range(REPEATS if kind.startswith("lr") else 2):
        order = np.random.RandomState(SEED + r).permutation(len(articles))
        fold = {articles[k]: n % FOLDS for n, k in enumerate(order)}
        at = np.array([fold[g] for g in groups])
        for f in range(FOLDS):
            te = at == f
            m = model_of(kind, c).fit(_dense(kind, x[~te]), y[~te])
            p[te] += m.predict_proba(_dense(kind, x[te]))[:, 1]
        p_r = r + 1
    return p / p_r


def trial(rows, names: list[str], kind: str, c_grid: tuple[float, ...] = C_GRID) -> str:
    feats = [f | crossed(f, names) for _, f, _, _ in rows]
    train = [i for i, r in enumerate(rows) if r[3] == "train"]
    held = [i for i, r in enumerate(rows) if r[3] == "held"]
    x = matrix([feats[i] for i in train])
    used = np.unique(x.indices)
    x = x[:, used]
    y = np.array([rows[i][2] for i in train])
    groups = [rows[i][0] for i in train]
    grid = c_grid if kind.startswith("lr") else (1.0,)
    scored = {c: out_of_fold(kind, x, y, groups, c) for c in grid}
    c = min(grid, key=lambda c: log_loss(y, scored[c]))
    p = scored[c]
    police = np.array([g.startswith(POLICE) for g in groups])
    t = recall_floor(y, p, [~police, police], choose_threshold(y, p))
    m = model_of(kind, c).fit(_dense(kind, x), y)
    xh = matrix([feats[i] for i in held])[:, used]
    ph = m.predict_proba(_dense(kind, xh))[:, 1]
    yh = np.array([rows[i][2] for i in held])
    hpol = np.array([rows[i][0].startswith(POLICE) for i in held])
    out = [f"{'+'.join(names) or '-':<24} {kind:<6} C={c:<4} oof log-loss {log_loss(y, p):.4f} "
           f"AUC {auc(y, p):.4f} t={t:.2f} kept {filtered(y, p, t)['events']} "
           f"recall {filtered(y, p, t)['recall']:.3f} | held AUC {auc(yh, ph):.4f}"]
    for corpus, at in (("guardian", ~hpol), ("police", hpol)):
        kept = ph[at] >= t
        out.append(f"    held {corpus}: non-events kept {int((kept & (yh[at] == 0)).sum())} of "
                   f"{int((yh[at] == 0).sum())}, real kept {int((kept & (yh[at] == 1)).sum())} "
                   f"of {int(yh[at].sum())}")
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--cache", type=Path, default=None, help="folder to keep parses in")
    ap.add_argument("--rows", type=Path, default=None, help="pickle of the matched events")
    ap.add_argument("--cross", nargs="*", default=["-"], help="crossing sets, comma-joined")
    ap.add_argument("--models", default="lr")
    ap.add_argument("--c", default=",".join(map(str, C_GRID)),
                    help="the logistic regression's C grid, comma-joined")
    args = ap.parse_args()
    rows = rows_of(args.cache, args.rows)
    print(f"{len(rows)} judged events fitted on ({sum(r[3] == 'held' for r in rows)} held)")
    for names in args.cross:
        for kind in args.models.split(","):
            print(trial(rows, [n for n in names.split(",") if n != "-"], kind,
                        tuple(float(c) for c in args.c.split(","))), flush=True)


if __name__ == "__main__":
    main()
