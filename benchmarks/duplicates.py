"""Events that may code one happening twice: sentences of real news with two or more events of
the same PLOVER type, or of the same actor and recipient.

    python benchmarks/duplicates.py [--n 60] [--seed 14] [--list /tmp/duplicates.txt]

Runs the coder on a seeded sample of the tune part of
``../shared/data/guardian_sample/guardian_sample.csv`` (the sample of ``real_news.py``: no
judged article, no article of the check part) and counts the sentences holding such a pair.
Readings of one act for each of several coordinated parties ("X and Y attacked Z") are one
event per party and are not counted. The list (sentences and their events, for a person to
sort into true duplicates and distinct happenings) holds article text and so belongs outside
the repository (``/tmp`` by default).
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from real_news import CSV_PATH, JUDGED, SEED, code, load_articles, load_verdicts, samples


def _party(a: object) -> str:
    if a is None:
        return "-"
    return str(getattr(a, "name", None) or getattr(a, "text", "") or "-")


def suspects(events: list[object]) -> list[tuple[object, object]]:
    """Pairs of events of one sentence with the same type, or the same actor and recipient,
    from different triggers."""
    out = []
    for k, a in enumerate(events):
        for b in events[k + 1:]:
            if a.char_start == b.char_start:  # type: ignore[attr-defined]
                continue  # one trigger, coordinated parties
            same_type = a.event_type == b.event_type  # type: ignore[attr-defined]
            same_parties = (_party(a.source), _party(a.target)) == (  # type: ignore
                _party(b.source), _party(b.target)) and a.source is not None  # type: ignore
            if same_type or same_parties:
                out.append((a, b))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=60, help="articles in the sample")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--list", type=Path, default=Path("/tmp/duplicates.txt"),
                    help="where to list the sentences (keep it outside the repository)")
    ap.add_argument("--rules", action="store_true", help="the rules alone")
    args = ap.parse_args()
    if not CSV_PATH.is_file():
        raise SystemExit(f"{CSV_PATH} not found: the figures need the shared data")
    articles = load_articles()
    judged = {v.doc for v in load_verdicts()} if JUDGED.is_file() else set()
    sample = samples(list(articles), args.n, judged, args.seed)
    by_sentence: dict[tuple[str, int], list[object]] = defaultdict(list)
    n_events = 0
    for doc, e in code(articles, sample, learned=not args.rules):
        by_sentence[(doc, e.sent_start)].append(e)  # type: ignore[attr-defined]
        n_events += 1
    flagged = same_type = 0
    with args.list.open("w", encoding="utf-8") as fh:
        for (doc, start), events in sorted(by_sentence.items(), key=lambda kv: (int(kv[0][0]),
                                                                                 kv[0][1])):
            pairs = suspects(events)
            if not pairs:
                continue
            flagged += 1
            same_type += any(a.event_type == b.event_type for a, b in pairs)  # type: ignore
            fh.write(f"## {doc}@{start}\n{' '.join(events[0].sentence.split())}\n")  # type: ignore
            for e in events:
                fh.write(f"   {e.char_start - e.sent_start:4d} {e.trigger!r:22} "  # type: ignore
                         f"{e.event_type:10} {e.mode or '':12} {e.status:10} "  # type: ignore
                         f"{_party(e.source)} -> {_party(e.target)}  [{e.rule}]\n")  # type: ignore
            fh.write("\n")
    print(f"{len(sample)} articles, {n_events} events in {len(by_sentence)} sentences")
    print(f"sentences with a suspected duplicate pair: {flagged} "
          f"({same_type} of them with two events of one type) -> {args.list}")


if __name__ == "__main__":
    main()
