"""What becomes of the coder's mentions: how many reach the actor, place and ACLED stage
(``DocumentCoder._parties``), how many events they make, and which later stage drops each.

    python benchmarks/mention_fates.py [--articles 80]
    python benchmarks/mention_fates.py --skip by_genre [--keep-state] [--articles 80]

Codes the first ``--articles`` tune-part Guardian articles (parsed once, in ``coder_ab``'s cache)
and prints the mentions handed to ``DocumentCoder.events_of``, the calls of ``_parties`` (with
the coordinated parts and partners each mention adds) and those that found no event, the events
made, the events each later stage of ``pipeline.events_from_doc`` drops, and the events kept.

``--skip STAGE[,STAGE]`` asks whether those stages' drops could be decided before the parties
are found: it codes the articles again with every mention whose events the named stages all
drop left out at once (no parties found for it), and prints how many documents then give
other events, and how. A drop whose mentions, left out, change what other mentions become (the
story's actors and places they lend later mentions, the features the classifier and the
real-event filter read across a sentence's events) cannot be decided early. With
``--keep-state`` the mentions left out still have their parties found (what the story keeps of
them stays) and only their events are left out: the differences left are those of the stages
that read several events together.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections import Counter
from collections.abc import Callable
from typing import Any

from coder_ab import parsed
from stage_costs import DATA, tune_articles

#: The stages after the rules that may drop events, and where each takes its list of events.
STAGES = (("dated_by_twins", 1), ("by_genre", 0), ("without_records", 1),
          ("without_generics", 1), ("without_spectacles", 1), ("without_restatements", 1),
          ("judge", 2), ("without_roles", 1), ("dated_in_story", 1), ("before_report", 1),
          ("dated_as_retold", 1), ("not_yet_done", 1), ("main_acts", 1), ("events_cap", 0))

Key = tuple[Any, ...]


def _key(doc: int, m: Any) -> Key:
    return doc, m.trigger, m.sense.event_type, m.rule, m.conjunct, m.status


class Fates:
    """The mentions of one run and the stage that dropped each of their events."""

    def __init__(self) -> None:
        self.doc = 0
        self.counts: Counter[str] = Counter()
        self.made: dict[Key, tuple[str, ...]] = {}  # each mention's events
        self.dropped: dict[tuple[int, str], str] = {}  # (document, event) -> stage

    def stage(self, name: str, at: int, fn: Callable[..., Any]) -> Callable[..., Any]:
        def counted(*args: Any, **kwargs: Any) -> Any:
            out = fn(*args, **kwargs)
            gone = {e.event_id for e in args[at]} - {e.event_id for e in out}
            self.counts["dropped by " + name] += len(gone)
            self.dropped.update({(self.doc, i): name for i in gone})
            return out
        return counted


def _run(n: int, fates: Fates | None, skip: set[Key], keep_state: bool = False
         ) -> dict[int, list[dict]]:
    from dateline import gazetteer, pipeline
    from dateline.learned import load_classifier
    from dateline.records import Article

    texts = tune_articles(n)
    arts = [Article(doc_id=str(i), text=t, pubdate=d) for i, (d, t) in enumerate(texts)]
    docs = parsed([a.text for a in arts])
    coder = pipeline.DocumentCoder
    saved = {name: getattr(pipeline, name) for name, _ in STAGES}
    saved_parties, saved_events_of = coder._parties, coder.events_of
    kind = type(load_classifier())
    saved_revise = kind.revise
    state = fates or Fates()

    def parties(self: Any, m: Any) -> Any:
        found = saved_parties(self, m)
        state.counts["_parties calls"] += 1
        state.counts["_parties found none"] += found is None
        return found

    def events_of(self: Any, m: Any) -> Any:
        key = _key(state.doc, m)
        if key in skip:
            if keep_state:
                saved_events_of(self, m)
            return []
        made = saved_events_of(self, m)
        state.counts["mentions"] += 1
        state.counts["events made"] += len(made)
        state.made[key] = tuple(e.event_id for e in made)
        return made

    coder._parties, coder.events_of = parties, events_of  # type: ignore[method-assign]
    if fates is not None:
        for name, at in STAGES:
            setattr(pipeline, name, fates.stage(name, at, saved[name]))
        kind.revise = fates.stage("the classifier", 3, saved_revise)
    out: dict[int, list[dict]] = {}
    try:
        with gazetteer.pinned():
            for i, (doc, art) in enumerate(zip(docs, arts, strict=True)):
                state.doc = i
                out[i] = [dataclasses.asdict(e) for e in pipeline.events_from_doc(doc, art)]
    finally:
        coder._parties, coder.events_of = saved_parties, saved_events_of  # type: ignore
        kind.revise = saved_revise
        for name, fn in saved.items():
            setattr(pipeline, name, fn)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=80, help="first N tune-part articles")
    ap.add_argument("--skip", help="stages whose drops are tried before the parties, a,b")
    ap.add_argument("--keep-state", action="store_true",
                    help="find the left-out mentions' parties all the same, dropping their events")
    args = ap.parse_args()
    if not DATA.exists():
        sys.exit(f"{DATA} not found")
    fates = Fates()
    base = _run(args.articles, fates, set())
    kept = sum(map(len, base.values()))
    print(f"{args.articles} tune-part Guardian articles:")
    for name, count in fates.counts.items():
        print(f"  {name}: {count}")
    print(f"  events kept: {kept}")
    if not args.skip:
        return
    stages = set(args.skip.split(","))
    skip = {k for k, ids in fates.made.items()
            if ids and all(fates.dropped.get((k[0], i)) in stages for i in ids)}
    again = _run(args.articles, None, skip, args.keep_state)
    differ = [i for i in base if base[i] != again[i]]
    left = "their events left out" if args.keep_state else "left out before their parties"
    print(f"mentions whose events {args.skip} drops, {left}: "
          f"{len(skip)}; documents whose events differ: {len(differ)} of {len(base)}")
    how: Counter[str] = Counter()
    for i in differ:
        old = {e["event_id"]: e for e in base[i]}
        new = {e["event_id"]: e for e in again[i]}
        how["events lost"] += len(old.keys() - new.keys())
        how["events added"] += len(new.keys() - old.keys())
        for k in old.keys() & new.keys():
            how.update(f"{f} changed" for f in old[k] if old[k][f] != new[k][f])
    for what, count in sorted(how.items()):
        print(f"  {what}: {count}")


if __name__ == "__main__":
    main()
