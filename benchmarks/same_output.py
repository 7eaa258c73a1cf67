"""Whether two versions of dateline code the same documents into exactly the same events.

    python benchmarks/same_output.py --other ../main/src [--guardian 60] [--stories 150]
    python benchmarks/same_output.py --write old.jsonl         # this version's events only
    python benchmarks/same_output.py --against old.jsonl       # this version against them

Codes a fixed set of documents with the dateline that is importable here (``PYTHONPATH``) and,
with ``--other SRC``, with the one under ``SRC`` (run in a second process), then compares the
event JSON of every document key by key. Documents: the bundled examples, the first articles of
the Guardian sample, a spread of the synthetic stories, police articles and the CAMEO manual's
example sentences (``../shared/data``; sets that are absent are skipped). Prints how many
documents and events were compared and the first differences; exits 1 when any differ. This is
the check that a change meant to make the coder faster left its output unchanged.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
PUBDATE = "2024-01-01"


def _examples() -> Iterator[tuple[str, str, str | None]]:
    from dateline.pipeline import articles_from_paths
    from dateline.records import Article

    folder = Path(__file__).resolve().parent.parent / "src" / "dateline" / "examples"
    for art in articles_from_paths([str(folder)], pubdate=PUBDATE):
        if isinstance(art, Article):
            yield "example:" + Path(art.doc_id).name, art.text, art.pubdate


def _guardian(n: int) -> Iterator[tuple[str, str, str | None]]:
    path = DATA / "guardian_sample" / "guardian_sample.csv"
    if not path.exists() or not n:
        return
    rows = [r for r in csv.DictReader(path.open(encoding="utf-8")) if r["text"].strip()]
    for i, r in enumerate(rows[:n]):
        yield f"guardian:{i}", r["text"], (r.get("date") or "")[:10] or PUBDATE


def _stories(n: int) -> Iterator[tuple[str, str, str | None]]:
    path = DATA / "ngec" / "synthetic_stories.csv"
    if not path.exists() or not n:
        return
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    step = max(1, len(rows) // n)
    for i in range(0, min(len(rows), step * n), step):
        yield f"story:{i}", rows[i]["text"], PUBDATE


def _police(n: int) -> Iterator[tuple[str, str, str | None]]:
    path = DATA / "india_police_events" / "docs.jsonl"
    if not path.exists() or not n:
        return
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= n:
                break
            row = json.loads(line)
            yield f"police:{row['doc_id']}", row["doc_text"], "2002-03-01"


def _cameo(n: int) -> Iterator[tuple[str, str, str | None]]:
    path = DATA / "plover" / "PLOVER_GSR_CAMEO.txt"
    if not path.exists() or not n:
        return
    records = [r for r in json.loads(path.read_text("utf-8")) if r.get("event") != "DOCUMENT"]
    for r in records[:n]:
        yield f"cameo:{r['id']}", r["text"], r.get("date") or PUBDATE


def documents(args: argparse.Namespace) -> list[tuple[str, str, str | None]]:
    out = list(_examples())
    out += _guardian(args.guardian)
    out += _stories(args.stories)
    out += _police(args.police)
    out += _cameo(args.cameo)
    return [(key, text, date) for key, text, date in out if text.strip()]


def write(args: argparse.Namespace, path: Path) -> None:
    """Code the documents with the dateline importable here; one JSON line per document."""
    from dateline import Pipeline
    from dateline.records import Article

    docs = documents(args)
    pipe = Pipeline(workers=1)
    arts = [Article(doc_id=key, text=text, pubdate=date) for key, text, date in docs]
    with path.open("w", encoding="utf-8") as fh:
        for art, res in zip(arts, pipe.process(arts), strict=True):
            events = [e.to_dict() for e in res.events]
            error = str(res.error) if res.error is not None else None
            fh.write(json.dumps({"doc": art.doc_id, "events": events, "error": error,
                                 "warnings": list(res.warnings)}, sort_keys=True) + "\n")


def _read(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8") as fh:
        return {row["doc"]: row for row in map(json.loads, fh)}


def compare(a: Path, b: Path, show: int) -> int:
    """Differences between two written runs, told one a line; their count."""
    left, right = _read(a), _read(b)
    diffs = 0
    for doc in sorted(set(left) | set(right)):
        x, y = left.get(doc), right.get(doc)
        if x == y:
            continue
        diffs += 1
        if diffs > show:
            continue
        if x is None or y is None:
            print(f"{doc}: only in {'the other' if x is None else 'this'} run")
            continue
        ex, ey = x["events"], y["events"]
        if len(ex) != len(ey):
            print(f"{doc}: {len(ex)} events here, {len(ey)} in the other")
        for k, (p, q) in enumerate(zip(ex, ey, strict=False)):
            keys = sorted(key for key in set(p) | set(q) if p.get(key) != q.get(key))
            if keys:
                print(f"{doc} event {k}: {', '.join(keys)} differ: "
                      + "; ".join(f"{key} {p.get(key)!r} vs {q.get(key)!r}" for key in keys[:3]))
        for key in ("error", "warnings"):
            if x[key] != y[key]:
                print(f"{doc}: {key} differ: {x[key]!r} vs {y[key]!r}")
    n_events = sum(len(r["events"]) for r in left.values())
    print(f"compared {len(left)} documents, {n_events} events here: "
          f"{diffs} documents differ")
    return diffs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--other", type=Path, help="the src folder of the version to compare with")
    ap.add_argument("--write", type=Path, help="write this version's events there and stop")
    ap.add_argument("--against", type=Path, help="compare with events written by --write")
    ap.add_argument("--guardian", type=int, default=60, help="first N Guardian articles")
    ap.add_argument("--stories", type=int, default=150, help="N synthetic stories, spread")
    ap.add_argument("--police", type=int, default=40, help="first N police articles")
    ap.add_argument("--cameo", type=int, default=150, help="first N CAMEO example sentences")
    ap.add_argument("--show", type=int, default=20, help="differences printed at most")
    args = ap.parse_args()
    if args.write:
        write(args, args.write)
        return
    if args.against is not None:
        if not args.against.exists():
            sys.exit(f"{args.against} not found")
        with tempfile.TemporaryDirectory() as tmp:
            here = Path(tmp) / "here.jsonl"
            write(args, here)
            sys.exit(1 if compare(here, args.against, args.show) else 0)
    if args.other is None:
        sys.exit("give --other SRC (the version to compare with), --against FILE or --write FILE")
    if not (args.other / "dateline" / "__init__.py").exists():
        sys.exit(f"{args.other}: no dateline package there")
    sizes = [f"--{k}={getattr(args, k)}" for k in ("guardian", "stories", "police", "cameo")]
    with tempfile.TemporaryDirectory() as tmp:
        here, other = Path(tmp) / "here.jsonl", Path(tmp) / "other.jsonl"
        write(args, here)
        env = dict(os.environ, PYTHONPATH=str(args.other.resolve()))
        subprocess.run([sys.executable, __file__, "--write", str(other), *sizes], env=env,
                       check=True)
        sys.exit(1 if compare(here, other, args.show) else 0)


if __name__ == "__main__":
    main()
