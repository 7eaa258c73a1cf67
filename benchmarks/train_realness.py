"""Train the real-event model (dateline/realness.py) on hand-judged Guardian events.

    python benchmarks/train_realness.py [--out src/dateline/data/model] [--cache DIR]
                                        [--dry-run]

``realness_labels.tsv`` beside this script holds the verdicts (1 real, 0 not) on the events the
coder produced for a sample of the tune part of ``../shared/data/guardian_sample`` and of the
IndiaPoliceEvents articles (no article of the check part of
``../shared/data/splits/check_ids.json``). The script codes those articles
again, finds each judged event among the coder's (by article, sentence hash, trigger offset,
type and source, or without the source when it reads otherwise now: :func:`matched`), and builds
its features from the coder's own output. Events of articles marked ``train`` fit the model;
regularisation and the dropping threshold are chosen by 5-fold cross-validation grouped by
article within them (each event's probability averaged over six seeded foldings): C by the
out-of-fold log-loss, the threshold as the one that gives the best balance of the two errors a
filter makes (non-events kept, real events dropped): the
highest F1 of real events, out of fold, lowered where needed to the highest at which each
corpus keeps 85% of its real events out of fold (:func:`recall_floor`: the F1 is flat near its
top, and there a real event lost weighs more with users than a non-event kept; the script prints
the trade-off table). Articles marked ``held`` were set aside before training:
never fitted on and never used to choose C or the threshold; they are scored at the end and
serve one gate, which can only lower the threshold: the one shipped is the highest, up to the
chosen one, at which the filter does not lower the held part's F1 of real events (0 when none
does: the model then only weighs confidence). The threshold grid has steps of 0.01. CPU only;
seeded; the same data gives the same weights. Prints, out of fold on the train part and on the held
part, the precision of the produced events (share real) and the recall of the real events,
before and after the filter.

A last gate keeps the illustrative gold articles of ``tests/gold/coder`` whole: every event they
expect (matched as ``tests/test_gold_coder.py`` matches it, among the events the coder gives them
with the filter off) must keep a reading the filter lets through; when the threshold would drop
one, it is lowered to the grid step at or just below that reading's probability, and the script
says so and which event it was. It can only lower the threshold, as the held gate.
``--dry-run`` prints the figures without writing the weights.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np

from dateline import annotate
from dateline.clean import bound_text
from dateline.date_before import BEFORE_PUBLICATION
from dateline.genre import genre_of
from dateline.learned import hashed
from dateline.pipeline import DocumentCoder, events_from_doc
from dateline.realness import (JUDGED, REALNESS_VERSION, SCREENED, RealnessModel, featurize,
                               judged, save_realness)
from dateline.realness_story import FEW, STORY_PREFIXES
from dateline.records import Article, Event

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from real_news import CSV_PATH, SHARED, _actor, load_articles  # noqa: E402
from test_gold_coder import MIN_CONFIDENCE, _articles, _matches  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LABELS = Path(__file__).with_name("realness_labels.tsv")
DEFAULT_OUT = ROOT / "src" / "dateline" / "data" / "model"
N_FEATURES = 1 << 18
SEED = 13
FOLDS = 5
REPEATS = 6
C_GRID = (0.03, 0.1, 0.2, 0.3, 1.0, 3.0)
T_GRID = tuple(round(0.01 * i, 2) for i in range(1, 61))
#: the share of real events the filter must keep out of fold, in each corpus
RECALL_FLOOR = 0.85
#: the thresholds of the printed trade-off table
TRADEOFF = (0.0, 0.2, 0.25, 0.3, 0.32, 0.34, 0.36, 0.38, 0.4, 0.42, 0.45, 0.5)

Key = tuple[str, str, int, str, str]

#: Articles of ``../shared/data/india_police_events`` (Times of India, 2002) are keyed by this
#: prefix and their ``doc_id``; only those of the tune part (not in ``check_ids.json``).
POLICE = "ipe-"
#: The police articles' text is UTF-8 read as Windows-1252: their quotes and dashes, repaired.
_MOJIBAKE = {"\u00e2\u20ac\u2122": "\u2019", "\u00e2\u20ac\u02dc": "\u2018",
             "\u00e2\u20ac\u0153": "\u201c", "\u00e2\u20ac\ufffd": "\u201d",
             "\u00e2\u20ac\u201d": "\u2014", "\u00e2\u20ac\u201c": "\u2013",
             "\u00e2\u20ac\u00a2": "\u2022"}


def police_articles() -> dict[str, tuple[str, str]]:
    """The tune part's police articles: ``ipe-<doc_id>`` → (publication date, text)."""
    import json

    folder = SHARED / "india_police_events"
    if not folder.is_dir():
        return {}
    split = json.loads((SHARED / "splits" / "check_ids.json").read_text(encoding="utf-8"))
    check = set(split["check"]["india_police_events (doc_id)"])
    dates = {r["doc_id"]: r["date"] for r in map(json.loads, (folder / "metadata.jsonl").open())}
    out = {}
    for r in map(json.loads, (folder / "docs.jsonl").open(encoding="utf-8")):
        if r["doc_id"] in check:
            continue
        text = r["doc_text"]
        for bad, good in _MOJIBAKE.items():
            text = text.replace(bad, good)
        out[f"{POLICE}{r['doc_id']}"] = (dates[r["doc_id"]], text)
    return out


def load_texts() -> dict[str, tuple[str, str]]:
    """Every article verdicts may be on: the Guardian sample's rows and the tune part's police
    articles."""
    return {**load_articles(), **police_articles()}


def doc_order(doc: str) -> tuple[int, int]:
    """Guardian rows first, then police articles, each by number."""
    police = doc.startswith(POLICE)
    return (police, int(doc.removeprefix(POLICE)))


def digest(text: str, n: int) -> str:
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:n]


def event_key(doc: str, e: Event) -> Key:
    return (doc, digest(e.sentence, 12), e.char_start, e.event_type, digest(_actor(e.source), 8))


def load_labels(path: Path = LABELS) -> dict[Key, tuple[int, str]]:
    """Verdicts by event key: (1 real or 0 not, ``train`` or ``held``)."""
    out: dict[Key, tuple[int, str]] = {}
    with path.open(encoding="utf-8") as fh:
        rows = [line.rstrip("\n").split("\t") for line in fh if not line.startswith("#")]
    header, body = rows[0], rows[1:]
    for n, cells in enumerate(body, start=2):
        r = dict(zip(header, cells, strict=True))
        if r["real"] not in ("0", "1") or r["part"] not in ("train", "held"):
            raise SystemExit(f"{path}: row {n}: real must be 0 or 1, part train or held")
        key = (r["doc"], r["sentence"], int(r["char_start"]), r["event_type"], r["source"])
        verdict = (int(r["real"]), r["part"])
        if out.get(key, verdict) != verdict:
            raise SystemExit(f"{path}: row {n}: two verdicts for one event")
        out[key] = verdict
    return out


def fitted(row: tuple) -> bool:
    """Whether a matched row's event is of those the model is fitted on: judged by the filter
    and of a status of :data:`~dateline.realness.JUDGED` (the filter screens claims told as
    another's too, by the same model)."""
    return row[1].status in JUDGED and judged(row[1], row[2])


def matched(coded: list[tuple[str, Event, set[str]]], labels: dict[Key, tuple[int, str]]
            ) -> tuple[list[tuple[str, Event, set[str], tuple[int, str]]], set[Key]]:
    """The coded events that have a verdict, with it, and the verdicts' keys found. An event is
    found by its whole key; one whose source reads otherwise now is found by the rest of it
    (article, sentence, trigger, type) when the verdicts there agree and none of them was found
    whole: the verdict judges the happening, not its parties. Also: the verdicts' keys found."""
    exact = {event_key(d, e) for d, e, _ in coded} & labels.keys()
    loose: dict[tuple[str, str, int, str], set[tuple[int, str]]] = {}
    for key, verdict in labels.items():
        loose.setdefault(key[:4], set()).add(verdict)
    taken = {key[:4] for key in exact}
    rows, found = [], set()
    for d, e, f in coded:
        key = event_key(d, e)
        if key in labels:
            rows.append((d, e, f, labels[key]))
            found.add(key)
        elif key[:4] not in taken and len(loose.get(key[:4], ())) == 1:
            rows.append((d, e, f, next(iter(loose[key[:4]]))))
            found.update(k for k in labels if k[:4] == key[:4])
    return rows, found


def code(docs: list[str], cache: Path | None) -> list[tuple[str, Event, set[str]]]:
    """Every event the coder (without the real-event filter) gives the articles, with its
    features."""
    from spacy.tokens import DocBin

    texts = load_texts()
    arts = [bound_text(Article(doc_id=d, text=texts[d][1], pubdate=texts[d][0])) for d in docs]
    nlp = annotate.load_model()
    parsed = None
    path = None
    if cache is not None:
        key = hashlib.sha1("\x1e".join(a.text for a in arts).encode("utf-8")).hexdigest()[:12]
        path = cache / f"realness-{key}.spacy"
        if path.exists():
            parsed = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    if parsed is None:
        parsed = list(annotate.parse([a.text for a in arts]))
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            DocBin(docs=parsed).to_disk(path)
    out = []
    for art, doc in zip(arts, parsed, strict=True):
        events, _, feats = coded(art, doc)
        out.extend((art.doc_id, e, f) for e, f in zip(events, feats, strict=True))
    return out


def coded(art: Article, doc, only: tuple[str, ...] | None = None
          ) -> tuple[list[Event], list, list[set[str]]]:
    """The events the coder (without the real-event filter) gives the parsed article, its
    sentences and the events' features (with ``only``, of the events of these statuses)."""
    art = art.with_(genre=genre_of(art.text))
    events = events_from_doc(doc, art, realness=False)
    sents = DocumentCoder(doc, art).sents.spans
    # the judge reads an act told as done before the report with the report's date, as it is
    # before the date stage's last pass (dateline.date_before) undates it
    judged_as = [e.with_(date=art.pubdate, date_source="publication")
                 if e.date_source == BEFORE_PUBLICATION else e for e in events]
    return events, sents, featurize(doc, sents, judged_as, genre=art.genre, pubdate=art.pubdate,
                                    only=only)


def gold_needs(realness: RealnessModel) -> list[tuple[float, str]]:
    """For each event the illustrative gold articles expect that only readings told as done
    find (those the filter judges), the highest probability among them, with the event named;
    an expected event found by no reading of confidence enough, even with the filter off, is
    named with ``nan`` (no threshold keeps it)."""
    needs = []
    for gold in _articles():
        art = bound_text(Article(doc_id=gold["id"], text=gold["text"], pubdate=gold["pubdate"]))
        events, sents, feats = coded(art, next(iter(annotate.parse([art.text]))), SCREENED)
        if len(sents) < 2:  # a text of one sentence is weighed, never dropped
            continue
        for want in gold["expected"]:
            name = f"{gold['id']}: {want['event_type']} by {want.get('source')}"
            found = [(e, f) for e, f in zip(events, feats, strict=True) if _matches(e, want)]
            if any(not judged(e, f) and e.confidence >= MIN_CONFIDENCE for e, f in found):
                continue
            # an event told as done is weighed by the model; one told as not done keeps its
            # confidence and is only dropped below the threshold
            probas = [p for e, f in found if judged(e, f) and realness.judged_confidence(
                e, p := realness.proba(f)) >= MIN_CONFIDENCE]
            needs.append((max(probas) if probas else float("nan"), name))
    return needs


def matrix(feats: list[set[str]]):
    from scipy.sparse import csr_matrix

    indptr, indices = [0], []
    for f in feats:
        cols = hashed(f, N_FEATURES)
        indices.extend(cols.tolist())
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float32)
    return csr_matrix((data, np.array(indices, dtype=np.int64), np.array(indptr)),
                      shape=(len(feats), N_FEATURES))


def fit(x, y: np.ndarray, c: float):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=2000, random_state=SEED).fit(x, y)


def out_of_fold(x, y: np.ndarray, groups: list[str], c: float) -> np.ndarray:
    """Each event's probability out of fold, averaged over :data:`REPEATS` foldings: each
    deals the articles to :data:`FOLDS` folds in a seeded random order, and each event is
    scored by the models fitted without its article. One folding's choice of the threshold
    moves with the articles that fall together (the F1 of real events is flat near its top);
    the average does not."""
    articles = sorted(set(groups))
    p = np.zeros(len(y))
    for r in range(REPEATS):
        order = np.random.RandomState(SEED + r).permutation(len(articles))
        fold = {articles[k]: n % FOLDS for n, k in enumerate(order)}
        at = np.array([fold[g] for g in groups])
        for f in range(FOLDS):
            te = at == f
            p[te] += fit(x[~te], y[~te], c).predict_proba(x[te])[:, 1] / REPEATS
    return p


def alone_offset(weights: np.ndarray, bias: float, feats: list[set[str]], y: np.ndarray
                 ) -> float:
    """The weight of :data:`~dateline.realness_story.FEW`: the shift of the log-odds that best
    fits the training events read without their story features (as in a text of a few
    events), the other weights fixed, so that such a reading is as likely real on average as
    the same events read in their articles (a one-parameter fit by Newton's method on the
    log-loss; the few training events of short texts, which carry it already, count alike)."""
    z = np.array([float(weights[hashed({f for f in s if f != FEW
                                        and not f.startswith(STORY_PREFIXES)},
                                       N_FEATURES)].sum()) + bias for s in feats])
    b = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(z + b)))
        step = float((y - p).sum()) / max(float((p * (1 - p)).sum()), 1e-9)
        b += step
        if abs(step) < 1e-6:
            break
    return b


def log_loss(y: np.ndarray, p: np.ndarray) -> float:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def auc(y: np.ndarray, p: np.ndarray) -> float:
    pos, neg = p[y == 1], p[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    wins = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(wins / (len(pos) * len(neg)))


def filtered(y: np.ndarray, p: np.ndarray, t: float) -> dict[str, float]:
    """Precision of the produced events and recall of the real ones, keeping ``p >= t``."""
    kept = p >= t
    real = int(y.sum())
    return {"events": int(kept.sum()), "precision": float(y[kept].mean()) if kept.any() else 0.0,
            "recall": float(y[kept].sum() / real) if real else 0.0}


def f1(y: np.ndarray, p: np.ndarray, t: float) -> float:
    """F1 of the real events among those kept at threshold ``t``: a non-event kept and a real
    event dropped weigh alike."""
    f = filtered(y, p, t)
    total = f["precision"] + f["recall"]
    return 2 * f["precision"] * f["recall"] / total if total else 0.0


def choose_threshold(y: np.ndarray, p: np.ndarray) -> float:
    """The threshold of the highest F1 of real events (the lowest such, on a tie)."""
    return max((0.0, *T_GRID), key=lambda t: (round(f1(y, p, t), 6), -t))


def tradeoff(y: np.ndarray, p: np.ndarray, yh: np.ndarray, ph: np.ndarray) -> list[str]:
    """The trade-off of the filter at thresholds around the chosen ones: events kept,
    precision, recall of real events and their F1, out of fold and on the held part."""
    out = ["threshold | out of fold: kept, precision, recall, F1 | held: kept, precision, recall, "
           "F1"]
    for t in TRADEOFF:
        a, b = filtered(y, p, t), filtered(yh, ph, t)
        out.append(f"  {t:.2f}    | {a['events']:5d} {a['precision']:.3f} {a['recall']:.3f} "
                   f"{f1(y, p, t):.3f} | {b['events']:4d} {b['precision']:.3f} "
                   f"{b['recall']:.3f} {f1(yh, ph, t):.3f}")
    return out


def recall_floor(y: np.ndarray, p: np.ndarray, parts: list[np.ndarray], t: float) -> float:
    """The highest threshold up to ``t`` at which, out of fold, every part (corpus) keeps
    :data:`RECALL_FLOOR` of its real events: the F1 of real events is flat near its top, and
    there a real event lost weighs more with users than the F1 says."""
    ok = [u for u in (0.0, *T_GRID) if u <= t and all(
        filtered(y[at], p[at], u)["recall"] >= RECALL_FLOOR for at in parts if at.any())]
    return max(ok, default=0.0)


def line(name: str, y: np.ndarray, p: np.ndarray, t: float) -> str:
    before, after = filtered(y, p, 0.0), filtered(y, p, t)
    return (f"{name:<26} {len(y):4d} events, {int(y.sum()):4d} real | before: precision "
            f"{before['precision']:.3f} | after (threshold {t:.2f}): {after['events']:4d} kept, "
            f"precision {after['precision']:.3f}, recall of real {after['recall']:.3f} | "
            f"AUC {auc(y, p):.3f}, log-loss {log_loss(y, p):.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--cache", type=Path, default=None, help="folder to keep parses in")
    ap.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    args = ap.parse_args()
    if not CSV_PATH.is_file():
        raise SystemExit(f"{CSV_PATH} not found: training needs the shared data")
    t0 = time.time()
    labels = load_labels()
    docs = sorted({k[0] for k in labels}, key=doc_order)
    coded = code(docs, args.cache)
    rows, found = matched(coded, labels)
    print(f"{len(labels)} judged events in {len(docs)} articles; the coder gives "
          f"{len(coded)} events now, {len(found)} of the judged found again "
          f"({len(found) / len(labels):.1%}); {time.time() - t0:.0f}s")
    others = [r for r in rows if not fitted(r)]
    print(f"events the coder tells as not done (left to their status): {len(others)}, "
          f"{sum(r[3][0] for r in others)} of them judged real")
    rows = [r for r in rows if fitted(r)]
    train = [r for r in rows if r[3][1] == "train"]
    held = [r for r in rows if r[3][1] == "held"]
    x, y = matrix([r[2] for r in train]), np.array([r[3][0] for r in train])
    # only the columns some training event has: a column no event has gets no weight under L2,
    # so fitting without them gives the same model, faster
    used = np.unique(x.indices)
    x = x[:, used]
    groups = [r[0] for r in train]
    print(f"train part: {len(train)} events of {len(set(groups))} articles; held part: "
          f"{len(held)} events of {len({r[0] for r in held})} articles")
    scores = {}
    for c in C_GRID:
        p = out_of_fold(x, y, groups, c)
        scores[c] = (log_loss(y, p), auc(y, p), p)
        print(f"  C={c:<5} out-of-fold log-loss {scores[c][0]:.3f}, AUC {scores[c][1]:.3f}")
    best = min(C_GRID, key=lambda c: scores[c][0])
    oof = scores[best][2]
    threshold = choose_threshold(y, oof)
    print(f"chosen: C={best}, threshold {threshold:.2f} (the highest F1 of real events out of "
          f"fold: {f1(y, oof, threshold):.3f}, against {f1(y, oof, 0.0):.3f} unfiltered)")
    police = np.array([g.startswith(POLICE) for g in groups], dtype=bool)
    floor = recall_floor(y, oof, [~police, police], threshold)
    if floor < threshold:
        print(f"recall floor: threshold {threshold:.2f} -> {floor:.2f}, the highest at which "
              f"out of fold each corpus keeps {RECALL_FLOOR:.0%} of its real events")
        threshold = floor
    model = fit(x, y, best)
    weights = np.zeros(N_FEATURES, dtype=np.float32)
    weights[used] = model.coef_[0]
    few = alone_offset(weights, float(model.intercept_[0]), [r[2] for r in train], y)
    weights[hashed({FEW}, N_FEATURES)] = few
    print(f"weight of {FEW} (a text too short to read its story): {few:+.3f}")
    realness = RealnessModel(N_FEATURES, weights, float(model.intercept_[0]), 0.0,
                             float(y.mean()))
    yh = np.array([r[3][0] for r in held])
    ph = np.array([realness.proba(r[2]) for r in held])
    # the held part only lowers the threshold: the highest up to cross-validation's at which
    # the filter does not make its F1 of real events worse than keeping every event
    shipped = max((t for t in (0.0, *T_GRID) if t <= threshold
                   and f1(yh, ph, t) >= f1(yh, ph, 0.0)), default=0.0)
    gold = gold_needs(realness)
    for p, name in gold:
        if math.isnan(p):
            print(f"gold article event not found even with the filter off: {name}")
    p_gold, weakest = min(((p, n) for p, n in gold if not math.isnan(p)), default=(1.0, ""))
    if shipped > p_gold:
        lowered = np.floor(p_gold * 100 + 1e-9) / 100
        print(f"gold gate: threshold {shipped:.2f} -> {lowered:.2f}: at {shipped:.2f} the filter "
              f"would drop an event the illustrative gold articles expect ({weakest}, "
              f"p {p_gold:.3f})")
        shipped = float(lowered)
    else:
        print(f"gold gate: every expected event of the gold articles is kept at {shipped:.2f} "
              f"(the weakest: {weakest}, p {p_gold:.3f})")
    realness = replace(realness, threshold=shipped)
    print(f"shipped threshold: {shipped:.2f}")
    figures = {"train_out_of_fold": line("train part, out of fold", y, oof, shipped),
               "held": line("held part", yh, ph, shipped)}
    for name, rows_, ys, ps in (("out of fold", train, y, oof), ("held", held, yh, ph)):
        police = np.array([r[0].startswith(POLICE) for r in rows_], dtype=bool)
        for corpus, at in (("Guardian", ~police), ("police", police)):
            if at.any() and at.sum() < len(at):
                figures[f"{corpus}_{name}".replace(" ", "_")] = line(
                    f"  {corpus}, {name}", ys[at], ps[at], shipped)
    for text in figures.values():
        print(text)
    table = tradeoff(y, oof, yh, ph)
    print("\n".join(table))
    by_type = Counter((r[1].event_type, r[3][0]) for r in train)
    card = {"labels": str(LABELS.relative_to(ROOT)), "judged": len(labels),
            "found_again": len(found), "train_events": len(train),
            "train_articles": len(set(groups)), "held_events": len(held),
            "held_articles": len({r[0] for r in held}), "c": best, "seed": SEED,
            "folds": FOLDS,
            "threshold_rule": "highest out-of-fold F1 of real events, lowered to keep "
                              f"{RECALL_FLOOR:.0%} of each corpus's real events out of fold",
            "cv_threshold": threshold,
            "gold_weakest": f"{weakest}, p {p_gold:.3f}",
            "threshold": shipped,
            "figures": figures, "tradeoff": table,
            "real_by_type": {t: f"{by_type[(t, 1)]}/{by_type[(t, 0)] + by_type[(t, 1)]}"
                             for t in sorted({t for t, _ in by_type})},
            "feature_version": REALNESS_VERSION}
    if args.dry_run:
        return
    save_realness(args.out, realness, card)
    print(f"wrote {args.out / 'realness.npz'} and realness.json ({time.time() - t0:.0f}s)")


if __name__ == "__main__":
    main()
