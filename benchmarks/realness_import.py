"""Turn reviewers' blind verdicts on the coder's Guardian events into rows of realness_labels.tsv.

    python benchmarks/realness_import.py DIR [DIR ...] [--cache DIR] [--write]

Each ``DIR`` holds a review, in one of two layouts: ``items.jsonl`` (one event per line as the
review sheet showed it: ``item``, ``article`` as ``articles/<row id>.txt`` (the row id of
``../shared/data/guardian_sample``, as the labels file names articles), ``sentence``,
``trigger``, ``event_type``, ``status`` and ``actor``) with ``verdicts.jsonl`` (per ``item``:
``real`` true or false, and a ``note``); or ``items.jsonl`` keyed by ``id``, with the article's
row id in ``doc`` and the actor as a string, beside ``verdicts.tsv`` (a header, then per ``id``
the ``real`` column as ``y`` or ``n``). Two reviewers see most events, each in a folder of its
own: an event is the same in two folders when its article, sentence, trigger, type, actor and
status are; its verdicts are merged, and one the reviewers disagree on is dropped. Events of
the check part of ``../shared/data/splits/check_ids.json`` are skipped.

Each event left is found among those the coder gives its article now (the real-event filter
off, as ``train_realness.py`` codes them) by its sentence, type and trigger (the actor decides
between two places of one trigger in one sentence) and keyed as the labels file keys events,
with the source the reviewers saw: the training script's matcher finds it whole, or by the rest
of its key when the source reads otherwise now. An event the coder no longer gives is counted,
not written. An event with a verdict in the file already keeps the file's; an article keeps its
part in the file; an article new to the file is held when the sha1 of its row id is 0 mod 5
(decided before any fit, as for the police articles). Prints the counts and the rows;
``--write`` appends them to the labels file under a comment.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from real_news import check_rows, load_articles  # noqa: E402
from train_realness import LABELS, _actor, code, digest, doc_order, load_labels  # noqa: E402

#: an event as the reviewers saw it: (article, sentence, trigger, type, actor, status)
Item = tuple[str, str, str, str, str, str]


def item_of(row: dict) -> Item:
    """The review sheet's event: the article's row id and what the reviewers were shown."""
    actor = row.get("actor") or {}
    name = actor.get("name") or actor.get("text") or ""
    source = f"{name} [{actor['country']}]" if actor.get("country") else name
    doc = Path(row["article"]).stem
    return (doc, row["sentence"], row["trigger"], row["event_type"], source, row["status"])


def reviewed(folder: Path) -> list[tuple[Item, bool]]:
    """The events of one review folder with their verdicts, in either of its two layouts."""
    sheet = folder / "verdicts.tsv"
    if not sheet.is_file():
        verdicts = {v["item"]: bool(v["real"]) for v in _jsonl(folder / "verdicts.jsonl")}
        return [(item_of(row), verdicts[row["item"]]) for row in _jsonl(folder / "items.jsonl")
                if row["item"] in verdicts]
    with sheet.open(encoding="utf-8") as fh:
        header, *body = (line.rstrip("\n").split("\t") for line in fh if line.strip())
    rows = [dict(zip(header, cells, strict=False)) for cells in body]
    real = {int(r["id"]): r["real"] == "y" for r in rows if r.get("real") in ("y", "n")}
    return [((row["doc"], row["sentence"], row["trigger"], row["event_type"], row["actor"] or "",
              row["status"]), real[row["id"]])
            for row in _jsonl(folder / "items.jsonl") if row["id"] in real]


def merged(dirs: list[Path]) -> dict[Item, bool | None]:
    """Each event's verdict over the reviews (``None`` when two reviewers disagree)."""
    seen: dict[Item, set[bool]] = defaultdict(set)
    for folder in dirs:
        for item, real in reviewed(folder):
            seen[item].add(real)
    return {k: next(iter(v)) if len(v) == 1 else None for k, v in seen.items()}


def part_of(doc: str, parts: dict[str, str]) -> str:
    """The part an article's verdicts go to: its part in the file, else held when the sha1 of
    its id is 0 mod 5."""
    if doc in parts:
        return parts[doc]
    return "held" if int(hashlib.sha1(doc.encode()).hexdigest(), 16) % 5 == 0 else "train"


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def convert(items: dict[Item, bool | None], labels: dict, coded: list, check: set[str],
            conflicts: list | None = None) -> tuple[list[tuple], Counter]:
    """The new label rows (key, trigger, real, part) and the count of each outcome; with
    ``conflicts``, each event whose verdict in the file is another is appended to it as (the
    labels' key, or its rest when found so, the reviewed item, the reviewers' verdict, the
    file's verdicts)."""
    parts = {k[0]: v[1] for k, v in labels.items()}
    loose: dict[tuple, set[int]] = defaultdict(set)
    for key, (real, _) in labels.items():
        loose[key[:4]].add(real)
    found = defaultdict(list)
    for doc, e, _ in coded:
        found[(doc, digest(e.sentence, 12), e.event_type, e.trigger)].append(e)
    counts: Counter = Counter()
    new: dict[tuple, tuple | None] = {}
    for item, real in items.items():
        doc, sentence, trigger, etype, source, _ = item
        if doc in check:
            counts["on a check article: skipped"] += 1
            continue
        if real is None:
            counts["reviewers disagree: dropped"] += 1
            continue
        sent, src = digest(sentence, 12), digest(source, 8)
        events = found.get((doc, sent, etype, trigger), [])
        starts = {e.char_start for e in events}
        if len(starts) > 1:
            starts = {e.char_start for e in events if digest(_actor(e.source), 8) == src}
        if len(starts) != 1:
            counts["no longer given by the coder" if not events
                   else "two places of the trigger: skipped"] += 1
            continue
        key = (doc, sent, starts.pop(), etype, src)
        had = {labels[key][0]} if key in labels else loose.get(key[:4], set())
        if had and had != {int(real)} and conflicts is not None:
            conflicts.append((key if key in labels else key[:4], item, real, had))
        if had:
            counts["in the file already, " + ("same verdict" if had == {int(real)}
                                              else "another verdict (the file's kept)")] += 1
            continue
        if key in new and new[key] is not None and new[key][1] != int(real):
            counts["two events, one key, verdicts differ: dropped"] += 1
            new[key] = None
            continue
        new[key] = (trigger, int(real), part_of(doc, parts))
    rows = [(k, *v) for k, v in new.items() if v is not None]
    counts["new"] = len(rows)
    return rows, counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("dirs", type=Path, nargs="+", help="review folders")
    ap.add_argument("--cache", type=Path, default=None, help="folder to keep parses in")
    ap.add_argument("--write", action="store_true", help="append the rows to the labels file")
    ap.add_argument("--conflicts", action="store_true",
                    help="print the events whose verdict in the file is another")
    args = ap.parse_args()
    labels = load_labels()
    items = merged(args.dirs)
    check = check_rows(list(load_articles()))
    docs = sorted({k[0] for k in labels} | {k[0] for k in items if k[0] not in check},
                  key=doc_order)
    conflicts: list = []
    rows, counts = convert(items, labels, code(docs, args.cache), check, conflicts)
    for what, n in sorted(counts.items()):
        print(f"{n:5d}  {what}")
    lines = ["\t".join(map(str, (*key, trigger, real, part))) for key, trigger, real, part
             in sorted(rows, key=lambda r: (doc_order(r[0][0]), r[0][2]))]
    for line in lines:
        print(line)
    if args.conflicts:
        print("\nverdicts in the file that the reviewers' differ from (key | file | reviewers):")
        for key, (_, sentence, trigger, etype, source, status), real, had in conflicts:
            print("\t".join(map(str, (*key, *sorted(had), int(real), trigger, etype, status,
                                      source, " ".join(sentence.split())))))
    if args.write and lines:
        with LABELS.open("a", encoding="utf-8") as fh:
            fh.write("# reviewers' blind verdicts on the coder's events (benchmarks/"
                     "realness_import.py)\n" + "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
