"""Train the recipient chooser (``dateline.learned_roles``) and report it against the rules.

    python benchmarks/train_roles.py [--data ../shared/data] [--out DIR] [--dry-run]

Data: conflibert/cameo_ner_train.txt, the ConfliBERT CAMEO NER sentences (B-T/I-T tags mark the
recipient). Only the tune part of ../shared/data/splits/check_ids.json is trained on; the
regularisation and the threshold are chosen by five-fold cross-validation on it (folds by
sentence index), and the check part is scored once, by the model trained on all of the tune
part. For each sentence the coder's main event (the first with an actor and a recipient, else
the first; ``benchmarks/accuracy.py``) gives the trigger, the event type and the rules' own
recipient; each noun of the sentence that heads a phrase is a candidate, labelled by whether
the gold marks it as the recipient.

Printed: recipient token F1 of the rules and of the model's choice, tune (out of fold) and check.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accuracy import DEFAULT_DATA, _read_ner, check_keys, f1, main_parties, tokens_of  # noqa: E402
from actors import joined  # noqa: E402

from dateline import Article, Pipeline, annotate  # noqa: E402
from dateline.learned import hashed  # noqa: E402
from dateline.learned_roles import (ROLE_FEATURE_VERSION, candidate_features,  # noqa: E402
                                    candidates, choosable, pick, rules_kept)
from dateline.code import find_mentions  # noqa: E402
from dateline.pipeline import events_from_doc  # noqa: E402

N_FEATURES = 1 << 14
GRID_C = (0.1, 0.3, 1.0, 3.0)
GRID_T = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
#: Thresholds for adding a recipient where the rules found none (``None``: never).
GRID_ADD = (None, 0.5, 0.6, 0.7, 0.8)
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "src/dateline/data/model"


class Case:
    """One sentence: its main event's trigger and candidates, with their features and labels,
    the gold recipient tokens and the rules' own. The features are read as the pipeline reads
    them, from the rules' mention of the main event (its raw recipient and actor words), and
    only a verb's recipient that the rules found is re-chosen (``DocumentCoder``)."""

    def __init__(self, index: int, sent, offs, doc, events) -> None:
        self.index = index
        self.offs = offs
        self.gold = {k for k, (_, tag) in enumerate(sent) if tag.endswith("-T")}
        parties = main_parties(events)
        self.rules = tokens_of(offs, parties["T"])
        self.doc = doc
        self.cands: list = []
        self.feats: list[np.ndarray] = []
        self.labels: list[int] = []
        self.source = self.rule_t = None
        self.eligible = False  # whether the pipeline re-chooses this event's recipient
        main = next((e for e in events if e.source and e.target), None) or (
            events[0] if events else None)
        m = _mention_of(doc, main) if main is not None else None
        if m is None:
            return
        self.eligible = m.construction == "verb" and m.sense.mode != "withdraw"
        trigger = doc[m.trigger]
        self.trigger, self.event_type = trigger, m.sense.event_type
        for cand in candidates(trigger, m.source):
            self.cands.append(cand)
            self.feats.append(hashed(candidate_features(trigger, cand, m.sense.event_type,
                                                        m.target), N_FEATURES))
            chars = (cand.idx, cand.idx + len(cand))
            self.labels.append(int(any(k in self.gold for k in tokens_of(
                offs, [_Chars(*chars)]))))
        self.source, self.rule_t = m.source, m.target

    def chosen(self, probs: np.ndarray, threshold: float, add: float | None = None) -> set[int]:
        """The NER tokens of the recipient the chooser gives (``learned_roles.pick``, as the
        pipeline calls it): the rules' own when it keeps their words; where the rules found
        none, one scored above ``add`` (none when ``add`` is ``None``)."""
        if not self.eligible or not self.cands:
            return self.rules
        if self.rule_t is None:
            if add is None:
                return self.rules
            threshold = add
        elif rules_kept(self.doc, self.rule_t):
            return self.rules
        scored = [(c, float(p)) for c, p in zip(self.cands, probs, strict=True) if choosable(c)]
        span = pick(scored, threshold, self.rule_t, self.source)
        if span == self.rule_t:
            return self.rules
        last = self.doc[span[1] - 1]
        return tokens_of(self.offs, [_Chars(self.doc[span[0]].idx, last.idx + len(last))])


def _mention_of(doc, event):
    """The rules' mention of an event: the one of its trigger, of its type if one is."""
    found = [m for m in find_mentions(doc) if doc[m.trigger_span[0]].idx == event.char_start]
    return next((m for m in found if m.sense.event_type == event.event_type),
                found[0] if found else None)


class _Chars:
    def __init__(self, lo: int, hi: int) -> None:
        self.char_start, self.char_end = lo, hi


def design(cases: list[Case]):
    from scipy.sparse import csr_matrix

    rows, cols, y = [], [], []
    for c in cases:
        for f, lab in zip(c.feats, c.labels, strict=True):
            rows.extend([len(y)] * len(f))
            cols.extend(f.tolist())
            y.append(lab)
    x = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(y), N_FEATURES))
    return x, np.array(y)


def fit(cases: list[Case], c: float) -> LogisticRegression:
    x, y = design(cases)
    return LogisticRegression(C=c, max_iter=2000, random_state=0).fit(x, y)


def probs_of(model: LogisticRegression, case: Case) -> np.ndarray:
    if not case.cands:
        return np.zeros(0)
    w, b = model.coef_[0], model.intercept_[0]
    z = np.array([w[f].sum() + b for f in case.feats])
    return 1 / (1 + np.exp(-z))


def token_f1(cases: list[Case], preds: list[set[int]]) -> float:
    tp = sum(len(p & c.gold) for c, p in zip(cases, preds, strict=True))
    fp = sum(len(p - c.gold) for c, p in zip(cases, preds, strict=True))
    fn = sum(len(c.gold - p) for c, p in zip(cases, preds, strict=True))
    return f1(tp, fp, fn)


def chosen_all(cases, probs, t, add=None):
    return [c.chosen(p, t, add) for c, p in zip(cases, probs, strict=True)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--dry-run", action="store_true", help="report without writing weights")
    args = ap.parse_args()
    if not args.data.is_dir():
        sys.exit(f"data folder {args.data} not found")
    t0 = time.time()
    sents = _read_ner(args.data / "conflibert/cameo_ner_train.txt")
    check = check_keys(args.data, "ner")
    texts, offsets = zip(*(joined([t for t, _ in s]) for s in sents), strict=True)
    pipe = Pipeline()
    docs = annotate.parse(list(texts), model=pipe.model, batch_size=pipe.batch_size)
    rows = enumerate(zip(sents, offsets, texts, docs, strict=True))
    cases = [Case(i, s, offs, doc, events_from_doc(doc, Article(doc_id=str(i), text=text),
                                                    recipients=False))
             for i, (s, offs, text, doc) in rows]
    tune = [c for c in cases if c.index not in check]
    held = [c for c in cases if c.index in check]
    print(f"{len(tune)} | {len(held)} sentences; "
          f"{sum(len(c.cands) for c in tune)} tune candidates ({time.time() - t0:.0f}s)")
    folds = [c.index % 5 for c in tune]
    best = None
    for c_reg in GRID_C:
        oof: list[np.ndarray] = [np.zeros(0)] * len(tune)
        for k in range(5):
            model = fit([c for c, f in zip(tune, folds, strict=True) if f != k], c_reg)
            for j, (case, f) in enumerate(zip(tune, folds, strict=True)):
                if f == k:
                    oof[j] = probs_of(model, case)
        for t in GRID_T:
            for add in GRID_ADD:
                score = token_f1(tune, chosen_all(tune, oof, t, add))
                if best is None or score > best[0]:
                    best = (score, c_reg, t, add)
    score, c_reg, t, add = best
    model = fit(tune, c_reg)
    rules = {"tune": token_f1(tune, [c.rules for c in tune]),
             "check": token_f1(held, [c.rules for c in held])}
    learned = {"tune": score,
               "check": token_f1(held, chosen_all(held, [probs_of(model, c) for c in held], t,
                                                 add))}
    print(f"chosen C={c_reg} threshold={t} adding above {add}")
    print(f"recipient token F1 (main event), rules: tune {rules['tune']:.3f} | check "
          f"{rules['check']:.3f}")
    print(f"recipient token F1 (main event), model: tune {learned['tune']:.3f} (out of fold) | "
          f"check {learned['check']:.3f}")
    if args.dry_run:
        return
    args.out.mkdir(parents=True, exist_ok=True)
    weights = np.stack([-model.coef_[0] / 2, model.coef_[0] / 2], axis=1).astype(np.float32)
    bias = np.array([-model.intercept_[0] / 2, model.intercept_[0] / 2], dtype=np.float32)
    np.savez_compressed(args.out / "recipients.npz", weights=weights, bias=bias)
    meta = {"feature_version": ROLE_FEATURE_VERSION, "n_features": N_FEATURES, "C": c_reg,
            "threshold": t, "add_threshold": add, "figures": {"rules": rules, "model": learned},
            "sentences": {"tune": len(tune), "check": len(held)}}
    (args.out / "recipients.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}/recipients.npz and recipients.json ({time.time() - t0:.0f}s)")


if __name__ == "__main__":
    main()
