"""Where the coder's time goes, function by function, on parses made once.

    python benchmarks/profile_coder.py [--articles 80] [--top 15] [--save /tmp/coder.pstats]

Parses the first ``--articles`` tune-part Guardian articles with dateline's own parse (kept in
``coder_ab``'s cache, so a second run parses nothing) and times the bare spaCy parse of the same
texts once, for scale. Codes one copy of the parses untimed (the tables loaded, the caches a long
run keeps warm), then codes a second, fresh copy (a coded document keeps memos that would speed a
second coding of it, as no real run does) under cProfile, and prints the coder's processor
seconds against the bare parse's (a third copy coded without the profiler), the learned
classifier's share (a fourth copy coded without it) and the costliest functions by their own
time and by cumulative time.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import sys
from pathlib import Path

from coder_ab import parsed
from stage_costs import BATCH, DATA, MODEL, clock, tune_articles


def run(articles: int, top: int, save: Path | None) -> None:
    import spacy

    from dateline import gazetteer
    from dateline.pipeline import events_from_doc
    from dateline.records import Article

    texts = tune_articles(articles)
    arts = [Article(doc_id=str(i), text=t, pubdate=d) for i, (d, t) in enumerate(texts)]
    warm, fresh, plain, whole = (parsed([a.text for a in arts]) for _ in range(4))
    bare_nlp = spacy.load(MODEL)
    gc.collect()
    t0 = clock()
    for _doc in bare_nlp.pipe([a.text for a in arts], batch_size=BATCH):
        pass
    bare = clock() - t0
    with gazetteer.pinned():  # as the pipeline holds it for each chunk of documents
        for doc, art in zip(warm, arts, strict=True):
            events_from_doc(doc, art)
        gc.collect()
        t0 = clock()
        for doc, art in zip(plain, arts, strict=True):
            events_from_doc(doc, art, learned=False)
        rules = clock() - t0
        gc.collect()
        t0 = clock()
        for doc, art in zip(whole, arts, strict=True):
            events_from_doc(doc, art)
        learned = clock() - t0
        gc.collect()
        prof = cProfile.Profile()
        n_events = 0
        t0 = clock()
        prof.enable()
        for doc, art in zip(fresh, arts, strict=True):
            n_events += len(events_from_doc(doc, art))
        prof.disable()
        coder = clock() - t0
    print(f"{len(arts)} tune-part Guardian articles, {n_events} events; bare parse {bare:.2f} s;"
          f" coder {learned:.2f} s (+{learned / bare * 100:.1f}% of the parse), of which the"
          f" learned classifier {learned - rules:.2f} s (+{(learned - rules) / bare * 100:.1f}%);"
          f" {coder:.2f} s under the profiler")
    stats = pstats.Stats(prof)
    if save is not None:
        stats.dump_stats(str(save))
    for key in ("tottime", "cumulative"):
        print(f"\n--- top {top} by {key} ---")
        stats.sort_stats(key).print_stats(top)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=80, help="first N tune-part articles")
    ap.add_argument("--top", type=int, default=15, help="functions printed per ordering")
    ap.add_argument("--save", type=Path, help="save the profile's statistics here")
    args = ap.parse_args()
    if not DATA.exists():
        sys.exit(f"{DATA} not found")
    if args.articles < 1:
        sys.exit("--articles must be at least 1")
    run(args.articles, args.top, args.save)


if __name__ == "__main__":
    main()
