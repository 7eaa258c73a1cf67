"""Score the event coder on the development data in ../shared/data and print the figures.

    python benchmarks/accuracy.py [--quick] [--only ...] [--errors] [--data ../shared/data]

Figures (see ../shared/data/README.md for the definitions):
- CAMEO quad-class macro-F1 (conflibert/cameo_class_train.tsv): a sentence's class is its most
  conflictual event's class by cameo_root, 0 when it has none;
- source/target token F1 (conflibert/cameo_ner_train.txt), and the same with the gold's
  reciprocal parties (R: the sides of a meeting) matching either role;
- IndiaPoliceEvents sentence-level F1 per label, police = actors with sector COP; a failed or
  negated police event is FAIL, any other status an action (as the held-out scoring counts them);
- PLOVER type accuracy on ngec/synthetic_stories.csv (document label vs the story's main event:
  the headline's when it codes to one, else the body's with its lead sentence counting twice;
  the body-only figure is printed too);
- the coder's time over the bare spaCy parse of the same texts.

CAMEO and police figures are printed for the rules alone, the learned heads alone (``model``:
each text read whole, its words and the rules' events as features) and both (what
``dateline extract`` gives); for the police, also the head alone where an event could tell
the action (:func:`event_can_tell`), the figure "both" can reach. Every figure is printed
for the tune part and the check part of the one split in ../shared/data/splits/check_ids.json,
and for all of the data: tune on the first, report the second. ``--errors`` lists the tune
part's police ANY_ACTION errors (rules and classifier together), never the check part's.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from dateline import Article, Pipeline, annotate
from dateline.annotate import load_model
from dateline.learned import (_doer, hashed, load_classifier, police_mention, police_related,
                              sentence_class, unit_features)
from dateline.pipeline import events_from_doc

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"


SPLIT_KEYS = {
    "cameo": "conflibert/cameo_class_train.tsv",
    "ner": "conflibert/cameo_ner_train.txt (sentence index)",
    "police": "india_police_events (doc_id)",
    "synthetic": "ngec/synthetic_stories.csv (row)",
    "gsr": "plover/PLOVER_GSR_CAMEO.txt (id)",
    "guardian": "guardian_sample/guardian_sample.csv (row)",
}


def check_keys(data: Path, name: str) -> set:
    """The check part's keys of one data set (see ../shared/data/splits/make_splits.py for how
    each set's keys are formed: line or row numbers, police doc_ids, GSR ids)."""
    split = json.loads((data / "splits/check_ids.json").read_text(encoding="utf-8"))
    return set(split["check"][SPLIT_KEYS[name]])


def parts(keys: list, check: set) -> list[tuple[str, list[int]]]:
    """Item positions of the tune part, the check part and all items, for figures side by side."""
    tune_at = [i for i, k in enumerate(keys) if k not in check]
    check_at = [i for i, k in enumerate(keys) if k in check]
    return [("tune", tune_at), ("check", check_at), ("all", list(range(len(keys))))]


def macro_f1(gold: list, pred: list, labels: list) -> tuple[float, dict]:
    per = {}
    for lab in labels:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab and p == lab)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != lab and p == lab)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab and p != lab)
        per[lab] = f1(tp, fp, fn)
    return sum(per.values()) / len(per), per


def f1(tp: int, fp: int, fn: int) -> float:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


CODERS = ("rules", "both")


def run(pipe: Pipeline, texts: list[str], pubdate: str | None = None,
        heads: bool = False) -> dict[str, list]:
    """Each text's events by the rules alone and by the rules decided by the learned classifier
    (what ``dateline extract`` gives), from one parse; with ``heads``, under ``model``, the
    learned heads' own reading of each text (:func:`model_reading`), and under ``told``
    whether an event could tell a police action in it (:func:`event_can_tell`)."""
    out: dict[str, list] = {c: [] for c in (*CODERS, "model", "told")}
    docs = annotate.parse(texts, model=pipe.model, batch_size=pipe.batch_size)
    for i, (text, doc) in enumerate(zip(texts, docs, strict=True)):
        art = Article(doc_id=str(i), text=text, pubdate=pubdate)
        for coder in CODERS:
            out[coder].append(events_from_doc(doc, art, learned=coder == "both"))
        if heads:
            out["model"].append(model_reading(doc, out["rules"][-1]))
            out["told"].append(event_can_tell(doc, out["rules"][-1]))
    return out


def model_reading(doc, rules: list) -> tuple[int, set[str]]:
    """The shipped heads alone on a text, read whole as they were trained (its words and the
    rules' events as features): the pentacode head's likeliest class, and ANY_ACTION where the
    police head reads the text (it names the police or the rules found a police act) and finds
    an action likelier than not."""
    clf = load_classifier()
    police = police_mention(doc[:])
    p_class, p_police, _ = clf.probas(hashed(unit_features(doc[:], rules, police),
                                             clf.n_features))
    acted = police_related(police, rules) and float(p_police[1]) >= 0.5
    return int(np.argmax(p_class)), {"ANY_ACTION"} if acted else set()


def event_can_tell(doc, rules: list) -> bool:
    """Whether an event list could tell a police action in a text: the rules found an act of
    the police in it, or a word naming them is the doer of its clause. A police word that
    speaks ("police said"), is done to, met or told, or names a thing of theirs, makes no event
    whose source is the police, though the IndiaPoliceEvents labels count most such sentences
    as police actions ("did the police do anything?"); the head alone counts them too."""
    police = police_mention(doc[:])
    return police_related(None, rules) or (police is not None and _doer(police))


def cameo_class(pipe: Pipeline, data: Path, limit: int | None) -> None:
    rows = cameo_rows(data)
    if limit:
        rows = rows[:limit]
    results = run(pipe, [t for _, t, _ in rows], heads=True)
    print("CAMEO quad-class macro-F1 (conflibert/cameo_class_train.tsv):")
    for part, at in parts([k for k, _, _ in rows], check_keys(data, "cameo")):
        for coder in (*CODERS, "model"):
            gold = [rows[i][2] for i in at]
            pred = [results[coder][i][0] if coder == "model" else sentence_class(
                results[coder][i]) for i in at]
            score, per = macro_f1(gold, pred, [0, 1, 2, 3, 4])
            acc = sum(g == p for g, p in zip(gold, pred, strict=True)) / max(1, len(gold))
            print(f"  {part:5} {coder:5} {score:.3f}  (accuracy {acc:.3f}, n={len(at)}; per "
                  "class " + ", ".join(f"{k}:{v:.2f}" for k, v in per.items()) + ")")
    print("  published: ConfliBERT 0.879, BERT 0.864")


def cameo_rows(data: Path) -> list[tuple[int, str, int]]:
    """(line number, sentence, pentacode) of the ConfliBERT quad-class sentences."""
    rows = []
    for i, ln in enumerate((data / "conflibert/cameo_class_train.tsv").open(encoding="utf-8")):
        text, tab, lab = ln.rstrip("\n").rpartition("\t")
        if tab and lab.strip().isdigit():
            rows.append((i, text, int(lab)))
    return rows


def _read_ner(path: Path) -> list[list[tuple[str, str]]]:
    sents, cur = [], []
    for ln in path.open(encoding="utf-8"):
        ln = ln.rstrip("\n")
        if not ln.strip():
            if cur:
                sents.append(cur)
            cur = []
            continue
        tok, _, tag = ln.rpartition(" ")
        cur.append((tok, tag))
    if cur:
        sents.append(cur)
    return sents


def source_target(pipe: Pipeline, data: Path, limit: int | None) -> None:
    sents = _read_ner(data / "conflibert/cameo_ner_train.txt")
    if limit:
        sents = sents[:limit]
    texts, offsets = [], []
    for s in sents:
        pos, offs = 0, []
        for tok, _ in s:
            offs.append((pos, pos + len(tok)))
            pos += len(tok) + 1
        texts.append(" ".join(t for t, _ in s))
        offsets.append(offs)
    results = run(pipe, texts)
    print("source/target token F1 (conflibert/cameo_ner_train.txt):")
    for coder in CODERS:
        _source_target_figures(data, coder, sents, offsets, results[coder])
    print("  published: ConfliBERT 0.745, BERT 0.723")


def main_parties(evs: list) -> dict[str, list]:
    """The actors ("S") and recipients ("T") of a sentence's main event: the first event with
    both, else the first; an act of coordinated parties is one event per party, and the main
    event's parties are those of every event of its trigger."""
    main = next((e for e in evs if e.source and e.target), None) or (evs[0] if evs else None)
    if main is None:
        return {"S": [], "T": []}
    act = [e for e in evs if (e.char_start, e.char_end) == (main.char_start, main.char_end)
           and e.event_type == main.event_type]
    return {"S": [e.source for e in act if e.source], "T": [e.target for e in act if e.target]}


def tokens_of(offs: list[tuple[int, int]], actors: list) -> set[int]:
    """The indices of the tokens (by their character offsets) that the actors' words cover."""
    return {i for a in actors if a.char_start is not None
            for i, (lo, hi) in enumerate(offs) if lo < a.char_end and hi > a.char_start}


def party_counts(tags: list[str], pred: dict[str, set[int]]) -> dict[str, tuple[int, int, int]]:
    """(tp, fp, fn) of one sentence's predicted source ("S") and target ("T") tokens against its
    gold tags; and under "R" those of both roles together with the gold's reciprocal parties
    (B-R/I-R: the sides of a meeting or of talks, neither named the doer) counted as gold too,
    a reciprocal party's token matching either role. The S and T figures leave those tokens
    out, so that a coder naming the sides of a meeting as source and target loses by them."""
    counts: dict[str, tuple[int, int, int]] = {}
    free = {i for i, tag in enumerate(tags) if tag.endswith("-R")}  # reciprocal, unmatched
    both = [0, 0, 0]
    for role in ("S", "T"):
        got = pred.get(role, set())
        gold = {i for i, tag in enumerate(tags) if tag.endswith("-" + role)}
        counts[role] = (len(got & gold), len(got - gold), len(gold - got))
        right = got & (gold | free)
        free -= right
        both = [both[0] + len(right), both[1] + len(got - right), both[2] + len(gold - got)]
    counts["R"] = (both[0], both[1], both[2] + len(free))
    return counts


def _source_target_figures(data: Path, coder: str, sents: list, offsets: list,
                           results: list) -> None:
    per_sentence = []  # (tp, fp, fn) of source, target and all parties' tokens
    for s, offs, evs in zip(sents, offsets, results, strict=True):
        parties = main_parties(evs)
        per_sentence.append(party_counts([tag for _, tag in s],
                                         {r: tokens_of(offs, parties[r]) for r in ("S", "T")}))
    for part, at in parts(list(range(len(sents))), check_keys(data, "ner")):
        src, tgt, rec = ([sum(per_sentence[i][r][k] for i in at) for k in range(3)]
                         for r in ("S", "T", "R"))
        print(f"  {part:5} {coder:5} {f1(*(a + b for a, b in zip(src, tgt, strict=True))):.3f}  "
              f"(source {f1(*src):.3f}, target {f1(*tgt):.3f}, n={len(at)} sentences; "
              f"with the reciprocal parties {f1(*rec):.3f})")


POLICE_LABELS = ["KILL", "ARREST", "FORCE", "FAIL", "ANY_ACTION"]


def police_labels(evs) -> set[str]:
    out: set[str] = set()
    for e in evs:
        if not e.source or e.source.sector != "COP":
            continue
        if e.status in ("failed", "negated"):
            out.add("FAIL")
            continue
        out.add("ANY_ACTION")
        if (e.mode or "") == "arrest" or e.acled_sub_event_type == "Arrests":
            out.add("ARREST")
        if (e.fatalities or 0) > 0 or (e.mode or "") in ("kill", "targeted"):
            out.add("KILL")
        if e.event_type == "ASSAULT" or (e.event_type == "COERCE" and (e.mode or "") in
                                         ("crowd-control", "beat", "firearms", "seize")):
            out.add("FORCE")
    return out


def india_police(pipe: Pipeline, data: Path, limit: int | None, errors: bool = False) -> None:
    rows = [json.loads(ln) for ln in (data / "india_police_events/sents.jsonl").open()]
    if limit:
        rng = random.Random(7)
        docs = sorted({r["doc_id"] for r in rows})
        keep = set(rng.sample(docs, max(1, len(docs) * limit // len(rows))))
        rows = [r for r in rows if r["doc_id"] in keep]
    results = run(pipe, [r["sent_text"] for r in rows], heads=True)
    print("IndiaPoliceEvents sentence F1 (police = source sector COP):")
    for part, at in parts([r["doc_id"] for r in rows], check_keys(data, "police")):
        for coder in CODERS:
            _police_figures(part, coder, [rows[i] for i in at],
                            [police_labels(results[coder][i]) for i in at])
        _police_figures(part, "model", [rows[i] for i in at],
                        [results["model"][i][1] for i in at], labels=("ANY_ACTION",))
        # the head alone where an event could tell the action: "both" against it is the
        # combination's worth on what an event list can say
        _police_figures(part, "model where events can tell", [rows[i] for i in at],
                        [results["model"][i][1] if results["told"][i] else set() for i in at],
                        labels=("ANY_ACTION",))
    print("  published (mean over labels): ConfliBERT 0.673, BERT 0.649")
    if errors:
        tune = parts([r["doc_id"] for r in rows], check_keys(data, "police"))[0][1]
        police_errors([rows[i] for i in tune], [results["both"][i] for i in tune])


def police_errors(rows: list[dict], results: list[list]) -> None:
    """The tune part's police ANY_ACTION errors of rules and classifier together (never the
    check part's): missed actions, then actions the labels do not hold, each with the
    sentence's police events (type/mode/status and the rule that made them)."""
    missed, wrong = [], []
    for row, evs in zip(rows, results, strict=True):
        gold, pred = "ANY_ACTION" in row["sent_labels"], "ANY_ACTION" in police_labels(evs)
        if gold != pred:
            told = "; ".join(f"{e.event_type}/{e.mode}/{e.status}/{e.rule.rpartition(':')[2]}"
                             for e in evs if e.source is not None and e.source.sector == "COP")
            line = f"  {sorted(row['sent_labels'])} {row['sent_text'].strip()[:240]!r}"
            (missed if gold else wrong).append(line + (f" || {told}" if told else ""))
    for title, lines in (("missed", missed), ("not in the labels", wrong)):
        print(f"tune part, police ANY_ACTION {title} ({len(lines)}):")
        print("\n".join(lines))


def police_counts(golds: list, preds: list) -> dict[str, list[int]]:
    """(true positives, false positives, false negatives) per police label."""
    counts = {lab: [0, 0, 0] for lab in POLICE_LABELS}
    for gold, pred in zip(golds, preds, strict=True):
        for lab in POLICE_LABELS:
            counts[lab][0] += lab in gold and lab in pred
            counts[lab][1] += lab not in gold and lab in pred
            counts[lab][2] += lab in gold and lab not in pred
    return counts


def _police_figures(part: str, coder: str, rows: list[dict], preds: list[set[str]],
                    labels: tuple[str, ...] = tuple(POLICE_LABELS)) -> None:
    counts = police_counts([set(r["sent_labels"]) for r in rows], preds)
    tp, fp, fn = counts["ANY_ACTION"]
    print(f"  {part:5} {coder:5} " + ", ".join(f"{lab} {f1(*counts[lab]):.3f}"
                                             for lab in labels)
          + f"  (ANY_ACTION precision {tp / max(1, tp + fp):.3f}, recall "
          f"{tp / max(1, tp + fn):.3f}; n={len(rows)} sentences)")


def sentence_case(headline: str) -> str:
    """"Police Arrest 20 in Crackdown" → "Police arrest 20 in crackdown": Title Case headlines
    parse as strings of proper nouns. Acronyms and the first word keep their case."""
    words = headline.split()
    caps = [w for w in words if w[:1].isalpha()]
    if not caps or sum(w[0].isupper() for w in caps) < 0.6 * len(caps):
        return headline
    return " ".join(w if i == 0 or w.isupper() or not w[:1].isalpha() else w.lower()
                    for i, w in enumerate(words))


def headline(row: dict) -> str:
    """The story's headline. ``title`` is mostly a template ("Over Half of {country_1} Teachers
    …"); the prompt the story was written from opens with the same headline, filled in."""
    title = row.get("title") or ""
    if "{" in title and row.get("prompt"):
        return row["prompt"].split("\n", 1)[0].strip()
    return title


def story_type(evs, headline_events=()) -> str | None:
    """A story's type is its main event's: the headline's when the headline codes to an event
    (news headlines name the main event), else the body's, its lead sentence counting twice."""
    scores: Counter = Counter()
    for e in headline_events:
        if e.status != "negated":
            scores[e.event_type] += e.confidence
    if scores:
        return scores.most_common(1)[0][0]
    if not evs:
        return None
    first_sent = evs[0].sent_start
    for e in evs:
        if e.status == "negated":
            continue
        w = 2.0 if e.sent_start == first_sent else 1.0
        scores[e.event_type] += w * e.confidence
    return scores.most_common(1)[0][0] if scores else None


def synthetic(pipe: Pipeline, data: Path, sample: int) -> None:
    rows = list(enumerate(csv.DictReader((data / "ngec/synthetic_stories.csv").open(
        encoding="utf-8"))))
    rng = random.Random(11)
    if sample and sample < len(rows):
        rows = rng.sample(rows, sample)
    results = run(pipe, [r["text"] for _, r in rows])
    # a story is its headline and its body; the headline names the main event, so its events
    # decide when it has any; Title Case headlines are sentence-cased first
    headlines = run(pipe, [sentence_case(headline(r)) for _, r in rows])
    print(f"PLOVER type accuracy (synthetic stories, headline + body; n={len(rows)} of 4500"
          + (", seeded random sample" if len(rows) < 4500 else "") + "):")
    for part, at in parts([k for k, _ in rows], check_keys(data, "synthetic")):
        for coder in CODERS:
            body_pred = [story_type(results[coder][i]) for i in at]
            pred = [story_type(results[coder][i], headlines[coder][i]) for i in at]
            gold = [rows[i][1]["label"] for i in at]
            correct, total = Counter(), Counter(gold)
            for p, g in zip(pred, gold, strict=True):
                correct[g] += p == g
            acc = sum(correct.values()) / max(1, len(at))
            body = sum(p == g for p, g in zip(body_pred, gold, strict=True)) / max(1, len(at))
            print(f"  {part:5} {coder:5} {acc:.3f}  (body only {body:.3f}; n={len(at)})")
            if "--confusion" in sys.argv and part == "tune":
                print("    per type: " + ", ".join(f"{k} {correct[k] / total[k]:.2f}"
                                                 for k in sorted(total)))
                confusion: dict[str, Counter] = defaultdict(Counter)
                for p, g in zip(pred, gold, strict=True):
                    confusion[g][p] += 1
                for k in sorted(confusion):
                    print(f"    {k}: {confusion[k].most_common(4)}")


def guardian(pipe: Pipeline, data: Path, limit: int | None) -> None:
    """Real news (unlabelled): how many events each coder gives, and what the classifier did."""
    rows = list(enumerate(csv.DictReader((data / "guardian_sample/guardian_sample.csv").open(
        encoding="utf-8"))))
    rows = [(k, r) for k, r in rows if r["text"].strip()]
    if limit:
        rows = rows[:limit]
    results = run(pipe, [r["text"] for _, r in rows])
    words = [len(r["text"].split()) for _, r in rows]
    print("Guardian sample (real news, unlabelled): events per 1,000 words")
    for part, at in parts([k for k, _ in rows], check_keys(data, "guardian")):
        n_words = max(1, sum(words[i] for i in at))
        counts = {c: sum(len(results[c][i]) for i in at) for c in CODERS}
        learned = Counter(e.rule.partition(":")[2] for i in at for e in results["both"][i]
                          if e.rule.startswith("learned:"))
        retyped = sum(e.rule.endswith("+learned") for i in at for e in results["both"][i])
        print(f"  {part:5} " + ", ".join(f"{c} {1000 * n / n_words:.1f}"
                                         for c, n in counts.items())
              + "  (events: " + ", ".join(f"{c} {n}" for c, n in counts.items())
              + f"; added by the classifier: {dict(learned) or 0}, retyped {retyped}; "
              f"{len(at)} articles)")


def speed(pipe: Pipeline, data: Path, n: int) -> None:
    """The coder's cost over the bare parse, and the learned classifier's share of it."""
    from throughput import classifier_cost

    rows = list(csv.DictReader((data / "ngec/synthetic_stories.csv").open(encoding="utf-8")))
    texts = [r["text"] for r in rows[:n]]
    nlp = load_model(pipe.model)
    arts = [Article(doc_id=str(i), text=t, pubdate="2024-01-01") for i, t in enumerate(texts)]
    bare = full = bare_cpu = full_cpu = 1e9
    for _ in range(2):  # interleaved, best of two
        t0, c0 = time.perf_counter(), time.process_time()
        for _doc in nlp.pipe(texts, batch_size=pipe.batch_size):
            pass
        t1, c1 = time.perf_counter(), time.process_time()
        for _res in pipe.process(arts):
            pass
        t2, c2 = time.perf_counter(), time.process_time()
        bare, full = min(bare, t1 - t0), min(full, t2 - t1)
        bare_cpu, full_cpu = min(bare_cpu, c1 - c0), min(full_cpu, c2 - c1)
    words = sum(len(t.split()) for t in texts)
    print(f"coder cost over bare parse: +{(full / bare - 1) * 100:.1f}%  (bare {words / bare:,.0f} "
          f"words/s, with coder {words / full:,.0f} words/s, {len(texts)} stories)")
    # on a shared machine the wall clock counts the other processes' turns; CPU time does not
    print(f"  in CPU time: +{(full_cpu / bare_cpu - 1) * 100:.1f}%  (bare {bare_cpu:.2f} s, with "
          f"coder {full_cpu:.2f} s)")
    parse, rules, learned, _own = classifier_cost(texts)
    print(f"  of which the learned classifier: {(learned - rules) / parse * 100:+.1f}% of the "
          f"bare parse (rules alone {rules:.2f} s, rules and classifier {learned:.2f} s, "
          f"parse {parse:.2f} s)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--quick", action="store_true", help="subsets for a fast development loop")
    ap.add_argument("--only", default="",
                    help="comma list: cameo,ner,police,synthetic,guardian,speed")
    ap.add_argument("--confusion", action="store_true", help="confusions of the tune part")
    ap.add_argument("--errors", action="store_true",
                    help="the tune part's police ANY_ACTION errors (rules and classifier)")
    ap.add_argument("--stories", type=int, default=0,
                    help="seeded random sample of the synthetic stories (default 0: all 4,500)")
    args = ap.parse_args()
    if not args.data.is_dir():
        sys.exit(f"data folder {args.data} not found")
    pipe = Pipeline()
    only = set(args.only.split(",")) if args.only else {"cameo", "ner", "police", "synthetic",
                                                         "guardian", "speed"}
    q = args.quick
    if "cameo" in only:
        cameo_class(pipe, args.data, 400 if q else None)
    if "ner" in only:
        source_target(pipe, args.data, 300 if q else None)
    if "police" in only:
        india_police(pipe, args.data, 3000 if q else None, args.errors)
    if "synthetic" in only:
        synthetic(pipe, args.data, 200 if q else args.stories)
    if "guardian" in only:
        guardian(pipe, args.data, 60 if q else None)
    if "speed" in only:
        speed(pipe, args.data, 100 if q else 300)


if __name__ == "__main__":
    main()
