"""Real news: each event's place and date on a fixed sample of Guardian articles.

    python benchmarks/real_news.py [--n 20] [--seed 14] [--rules]
        [--sheet /tmp/real_news_review.tsv]
    python benchmarks/real_news.py --judged-sheet /tmp/judge.tsv   # sheet of the judged articles
    python benchmarks/real_news.py --n 0 --docs 82,84,112   # score some judged articles only

Runs the coder on a seeded sample of ``../shared/data/guardian_sample/guardian_sample.csv`` (its
tune part: no article of the check part of ``../shared/data/splits/check_ids.json``) and
writes a review sheet (TSV, one row per event: its sentence, type, actor, recipient, status, place,
date and where each came from) for a person to judge. The sheet holds article text and so belongs
outside the repository (``/tmp`` by default).

``real_news_judged.tsv`` beside this script holds verdicts written by hand for the events of a
second, disjoint set of articles that the rules are never tuned on: per event (article row and the
trigger's character offset) the place and date a reader gives it, or ``-`` where the text does not
say. Only offsets and verdicts are stored, never the articles' words. With ``--n 0``, ``--docs``
or ``--judged-sheet`` the script scores the coder's places and dates against them (a review
sheet of a sample, ``--n`` above 0, is written without that score, so making one does not show
the held-out figure):

* place: right when the produced place is the judged town (same name, or within 15 km), lies in
  the judged admin-1 region or country at the level the verdict names; for ``-`` (the text gives
  no place), right when the event has no place or one marked as the article's (``dateline`` or
  ``focus``);
* date: right at the verdict's precision (day, month, year, decade); for ``-``, right when the
  event has no date or the publication date marked as such (``date_source`` ``publication``).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
CSV_PATH = SHARED / "guardian_sample" / "guardian_sample.csv"
JUDGED = Path(__file__).with_name("real_news_judged.tsv")
SEED = 14

SHEET_COLUMNS = ("doc", "pubdate", "event_id", "char_start", "trigger", "event_type", "mode",
                 "status", "actor", "recipient", "place", "country", "admin1", "precision",
                 "place_source", "date", "date_precision", "date_source", "sentence",
                 "place_ok", "date_ok")


@dataclass(frozen=True, slots=True)
class Verdict:
    """A reader's place and date for one event; ``None`` where the text does not say."""

    doc: str
    char_start: int
    place: str | None
    country: str | None
    level: str | None  # town, admin1, country
    date: str | None
    precision: str | None  # day, month, year, decade


def load_articles() -> dict[str, tuple[str, str]]:
    """Article row id → (publication date, text)."""
    csv.field_size_limit(sys.maxsize)
    with CSV_PATH.open(encoding="utf-8") as fh:
        return {r[""]: (r["date"], r["text"]) for r in csv.DictReader(fh)}


def load_verdicts(path: Path = JUDGED) -> list[Verdict]:
    out: list[Verdict] = []
    with path.open(encoding="utf-8") as fh:
        rows = [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")]
    header, body = rows[0], rows[1:]
    for n, cells in enumerate(body, start=2):
        r = dict(zip(header, cells, strict=True))
        if r["level"] not in ("town", "admin1", "country", "-"):
            raise SystemExit(f"{path}: row {n}: level must be town, admin1, country or -")

        def val(key: str, row: dict[str, str] = r) -> str | None:
            return None if row[key] in ("", "-") else row[key]

        out.append(Verdict(r["doc"], int(r["char_start"]), val("place"), val("country"),
                           val("level"), val("date"), val("precision")))
    return out


def check_rows(ids: list[str]) -> set[str]:
    """The articles of the check part of ``../shared/data/splits/check_ids.json``: whether the
    split's row key is read as the row's position or as its id, either way out of the tune
    sample."""
    split = json.loads((SHARED / "splits" / "check_ids.json").read_text(encoding="utf-8"))
    positions = set(split["check"]["guardian_sample/guardian_sample.csv (row)"])
    return {i for n, i in enumerate(ids)
            if n in positions or int(hashlib.sha1(i.encode()).hexdigest(), 16) % 4 == 0}


def samples(ids: list[str], n: int, judged: set[str], seed: int = SEED) -> list[str]:
    """The seeded tune sample: ``n`` articles, none of them a judged one or a check one."""
    held = judged | check_rows(ids)
    pool = sorted((i for i in ids if i not in held), key=int)
    return sorted(random.Random(seed).sample(pool, min(n, len(pool))), key=int)


def code(articles: dict[str, tuple[str, str]], ids: Iterable[str], *, learned: bool = True
         ) -> Iterator[tuple[str, object]]:
    from dateline import Article, Pipeline

    pipe = Pipeline(learned=learned)
    arts = [Article(doc_id=i, text=articles[i][1], pubdate=articles[i][0]) for i in ids]
    for result in pipe.process(arts):
        for e in result.events:
            yield result.article.doc_id, e  # type: ignore[union-attr]


def _actor(a: object) -> str:
    if a is None:
        return ""
    name = getattr(a, "name", None) or getattr(a, "text", "")
    country = getattr(a, "country", None)
    sector = getattr(a, "sector", None)
    if country == "IGO" and sector == "NGO":
        # the code for parties of no one country (the wire data's convention) says nothing of
        # their kind: a non-governmental body is told apart by its sector
        country = "IGO, NGO"
    return f"{name} [{country}]" if country else str(name)


def sheet_row(doc: str, pubdate: str, e: object) -> dict[str, object]:
    loc = getattr(e, "location", None)
    return {
        "doc": doc, "pubdate": pubdate, "event_id": e.event_id,  # type: ignore[attr-defined]
        "char_start": e.char_start, "trigger": e.trigger,  # type: ignore[attr-defined]
        "event_type": e.event_type, "mode": e.mode or "",  # type: ignore[attr-defined]
        "status": e.status,  # type: ignore[attr-defined]
        "actor": _actor(e.source), "recipient": _actor(e.target),  # type: ignore[attr-defined]
        "place": loc.name if loc else "", "country": (loc.country or "") if loc else "",
        "admin1": (loc.admin1 or "") if loc else "",
        "precision": (loc.precision or "") if loc else "",
        "place_source": getattr(e, "place_source", None) or "",
        "date": e.date or "", "date_precision": e.date_precision or "",  # type: ignore
        "date_source": getattr(e, "date_source", None) or "",
        "sentence": " ".join(e.sentence.split()),  # type: ignore[attr-defined]
        "place_ok": "", "date_ok": "",
    }


def write_sheet(path: Path, rows: Iterable[dict[str, object]]) -> int:
    n = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=SHEET_COLUMNS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow(r)
            n += 1
    return n


# --- scoring against the verdicts

def place_right(loc: object, source: str | None, v: Verdict) -> bool:
    from dateline.gazetteer import fold
    from dateline.locate import distance_km, resolve_name

    if v.place is None:
        return loc is None or source in ("dateline", "focus")
    if loc is None:
        return False
    country = getattr(loc, "country", None)
    if v.level == "country":
        return country == v.country
    gold = resolve_name(v.place, focus=[v.country] if v.country else ())
    if gold is None:
        raise SystemExit(f"verdict place {v.place!r} is not in the gazetteer")
    if v.level == "admin1":
        return country == gold.country and getattr(loc, "admin1", None) == gold.admin1 and (
            getattr(loc, "admin1", None) is not None)
    if fold(getattr(loc, "name", "")) == fold(v.place):
        return True
    lat, lon = getattr(loc, "lat", None), getattr(loc, "lon", None)
    if lat is None or lon is None or gold.lat is None or gold.lon is None:
        return False
    return distance_km(lat, lon, gold.lat, gold.lon) <= 15


def date_right(date: str | None, source: str | None, v: Verdict, pubdate: str) -> bool:
    from geo_time import date_matches

    if v.date is None:  # (a coder without date sources: the publication date itself)
        return date is None or source == "publication" or (source is None and date == pubdate)
    return date_matches(date, v.date, v.precision)


def score(verdicts: list[Verdict], events: dict[tuple[str, int], object],
          pubdates: dict[str, str]) -> tuple[int, int, int, int, list[str]]:
    found = place_ok = date_ok = 0
    misses: list[str] = []
    for v in verdicts:
        e = events.get((v.doc, v.char_start))
        if e is None:
            misses.append(f"{v.doc}@{v.char_start}: no event")
            continue
        found += 1
        loc = e.location  # type: ignore[attr-defined]
        p_src = getattr(e, "place_source", None)
        d_src = getattr(e, "date_source", None)
        if place_right(loc, p_src, v):
            place_ok += 1
        else:
            misses.append(f"{v.doc}@{v.char_start} place: got "
                          f"{getattr(loc, 'name', None)} [{getattr(loc, 'country', None)}] "
                          f"({p_src}), want {v.place} [{v.country}] {v.level}")
        if date_right(e.date, d_src, v, pubdates[v.doc]):  # type: ignore[attr-defined]
            date_ok += 1
        else:
            misses.append(f"{v.doc}@{v.char_start} date: got {e.date} "  # type: ignore
                          f"{e.date_precision} ({d_src}), want {v.date} {v.precision}")  # type: ignore
    return len(verdicts), found, place_ok, date_ok, misses


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20, help="articles in the review sample")
    ap.add_argument("--sheet", type=Path, default=Path("/tmp/real_news_review.tsv"),
                    help="review sheet to write (keep it outside the repository)")
    ap.add_argument("--judged-sheet", type=Path, default=None,
                    help="also write the sheet of the judged articles' events, to judge anew")
    ap.add_argument("--docs", default="",
                    help="score only these judged articles (comma-separated row ids)")
    ap.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    ap.add_argument("--seed", type=int, default=SEED,
                    help=f"seed of the review sample (default {SEED}); another seed draws a "
                    "fresh sample to judge")
    ap.add_argument("--sample-only", action="store_true",
                    help="write the review sheet of the sample and leave the judged set unscored "
                    "(the default when --n is above 0 and no --docs or --judged-sheet is given)")
    ap.add_argument("--rules", action="store_true",
                    help="the rules alone, without the learned classifier")
    args = ap.parse_args()
    if not CSV_PATH.is_file():
        raise SystemExit(f"{CSV_PATH} not found: the real-news figures need the shared data")
    articles = load_articles()
    verdicts = load_verdicts() if JUDGED.is_file() else []
    judged_ids = sorted({v.doc for v in verdicts}, key=int)
    wanted = {d.strip() for d in args.docs.split(",") if d.strip()}
    if wanted - set(judged_ids):
        raise SystemExit(f"--docs: not judged: {', '.join(sorted(wanted - set(judged_ids)))}")
    sample = samples(list(articles), args.n, set(judged_ids), args.seed)
    rows = [sheet_row(d, articles[d][0], e)
            for d, e in code(articles, sample, learned=not args.rules)]
    n = write_sheet(args.sheet, rows)
    print(f"review sheet: {n} events of {len(sample)} articles -> {args.sheet}")
    srcs: dict[str, int] = {}
    for r in rows:
        key = f"place {r['place_source'] or 'none'}, date {r['date_source'] or 'none'}"
        srcs[key] = srcs.get(key, 0) + 1
    for key, k in sorted(srcs.items(), key=lambda kv: -kv[1]):
        print(f"  {k:4d}  {key}")
    if not verdicts or args.sample_only or (args.n and not wanted and not args.judged_sheet):
        return
    if wanted:
        verdicts = [v for v in verdicts if v.doc in wanted]
        judged_ids = sorted(wanted, key=int)
    events = {(d, e.char_start): e  # type: ignore[attr-defined]
              for d, e in code(articles, judged_ids, learned=not args.rules)}
    if args.judged_sheet:
        write_sheet(args.judged_sheet, (sheet_row(d, articles[d][0], e)
                                        for (d, _), e in sorted(events.items(),
                                                                key=lambda kv: (int(kv[0][0]),
                                                                                kv[0][1]))))
    total, found, p_ok, d_ok, misses = score(verdicts, events,
                                             {d: a[0] for d, a in articles.items()})
    print(f"judged set ({len(judged_ids)} articles, {total} events judged by hand, {found} "
          f"found by the coder): place right {p_ok}/{found} = {p_ok / max(found, 1):.1%}, "
          f"date right {d_ok}/{found} = {d_ok / max(found, 1):.1%}")
    for miss in misses if args.verbose else ():
        print("  miss:", miss)


if __name__ == "__main__":
    main()
