"""Geo/time figures: toponym resolution, event location, event dates, dedupe, and the cost.

    python benchmarks/geo_time.py [--guardian N]

Scores the illustrative gold set in ``tests/gold/geo_time`` (see its README):

* toponym accuracy: gold place names found and resolved within 25 km (and spurious ones);
* event location: the place given to the event at the gold trigger, within 25 km (and 15 km);
* event date: exact for day precision, within 3 days for week, same month, same year;
* dedupe: pairwise precision/recall over reports (same happening ⇔ a shared cluster), and the
  two-copies check (every sentence ingested twice under two ids);
* cost: gazetteer load time, and locate+date time against the bare parse on ``--guardian`` N
  articles of ``../shared/data/guardian_sample`` when present.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "geo_time"
SHARED = ROOT.parent / "shared" / "data"


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    from dateline.locate import distance_km

    return distance_km(a[0], a[1], b[0], b[1])


def _right_place(place: object, gold: dict[str, object]) -> bool:
    """Within 25 km of the gold position; a country only needs the right ISO code."""
    if "country" in gold:
        return getattr(place, "country", None) == gold["country"]
    lat, lon = getattr(place, "lat", None), getattr(place, "lon", None)
    if lat is None or lon is None:
        return False
    return _km((lat, lon), (float(gold["lat"]), float(gold["lon"]))) <= 25  # type: ignore[arg-type]


def date_matches(got: str | None, want: str | None, precision: str | None) -> bool:
    """``got`` is ``want`` at ``precision``: the day, within 3 days (week), the month, the year,
    the decade."""
    if want is None:
        return got is None
    if got is None:
        return False
    g, w = dt.date.fromisoformat(got), dt.date.fromisoformat(want)
    if precision == "day":
        return g == w
    if precision == "week":
        return abs((g - w).days) <= 3
    if precision == "month":
        return (g.year, g.month) == (w.year, w.month)
    if precision == "decade":
        return g.year // 10 == w.year // 10
    return g.year == w.year


def score_sentences(name: str = "sentences.jsonl") -> dict[str, object]:
    from dateline import annotate
    from dateline.date import dater
    from dateline.locate import locator, toponyms
    from dateline.records import Article

    rows = [json.loads(x) for x in (GOLD / name).read_text().splitlines() if x]
    nlp = annotate.load_model(annotate.DEFAULT_MODEL)
    topo_ok = topo_total = spurious = 0
    loc_ok25 = loc_ok15 = loc_total = 0
    by_prec: dict[str, list[int]] = {}
    misses: list[str] = []
    for r in rows:
        doc = nlp(r["text"])
        art = Article(doc_id=r["id"], text=r["text"], pubdate=r["pubdate"],
                      dateline_place=r.get("dateline"))
        found = toponyms(doc, art)
        used = set()
        for g in r["toponyms"]:
            topo_total += 1
            hit = next((t for t in found if (g["text"].lower() in t.text.lower()
                                             or t.text.lower() in g["text"].lower())
                        and _right_place(t.place, g)), None)
            if hit is not None:
                topo_ok += 1
                used.add(hit.start)
            else:
                misses.append(f"{r['id']} toponym {g['text']!r}: got "
                              f"{[(t.text, t.place.name, t.place.country) for t in found]}")
        spurious += sum(1 for t in found if t.start not in used and not any(
            g["text"].lower() in t.text.lower() for g in r["toponyms"]))
        trig = next((t.i for t in doc if t.text.lower() == r["event"]["trigger"].lower()), 0)
        mention = SimpleNamespace(trigger=trig, trigger_span=(trig, trig + 1), source=None,
                                  target=None)
        place, _ = locator(doc, art)(mention)  # type: ignore[arg-type]
        loc_total += 1
        if place is not None and place.lat is not None and place.lon is not None:
            d = _km((place.lat, place.lon), (r["event"]["lat"], r["event"]["lon"]))
            loc_ok25 += d <= 25
            loc_ok15 += d <= 15
            if d > 25:
                misses.append(f"{r['id']} location: {place.name} ({d:.0f} km off)")
        else:
            misses.append(f"{r['id']} location: none")
        when, prec, _ = dater(doc, art)(mention)  # type: ignore[arg-type]
        key = r["precision"] or "null"
        ok = date_matches(when, r["date"], r["precision"]) and (r["date"] is None or prec == key)
        by_prec.setdefault(key, [0, 0])
        by_prec[key][0] += ok
        by_prec[key][1] += 1
        if not ok:
            misses.append(f"{r['id']} date: got {when} {prec}, want {r['date']} {r['precision']}")
    return {"topo": (topo_ok, topo_total, spurious), "loc": (loc_ok25, loc_ok15, loc_total),
            "dates": by_prec, "misses": misses}


def score_dedupe() -> dict[str, object]:
    from dateline.ingest import ingest_paths
    from dateline.store import Store

    reports = [json.loads(x) for x in (GOLD / "dedupe.jsonl").read_text().splitlines() if x]
    sentences = [json.loads(x) for x in (GOLD / "sentences.jsonl").read_text().splitlines() if x]
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "reports.jsonl"
        src.write_text("".join(json.dumps({"id": r["id"], "text": r["text"],
                                           "date": r["pubdate"]}) + "\n" for r in reports))
        db = Path(tmp) / "d.duckdb"
        ingest_paths([str(src)], db=db)
        with Store(db, read_only=True) as store:
            rows = store.con.execute("SELECT doc_id, cluster_id FROM events").fetchall()
        clusters: dict[str, set[str]] = {}
        for doc_id, cid in rows:
            clusters.setdefault(doc_id, set()).add(cid)
        happening = {r["id"]: r["happening"] for r in reports}
        ids = sorted(happening)
        tp = fp = fn = 0
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                same = happening[a] == happening[b]
                merged = bool(clusters.get(a, set()) & clusters.get(b, set()))
                tp += same and merged
                fp += merged and not same
                fn += same and not merged
        # two copies of every gold sentence, as two documents each
        one = Path(tmp) / "one.jsonl"
        two = Path(tmp) / "two.jsonl"
        lines = [{"id": s["id"], "text": s["text"], "date": s["pubdate"]} for s in sentences]
        one.write_text("".join(json.dumps(x) + "\n" for x in lines))
        two.write_text("".join(json.dumps({**x, "id": x["id"] + "-copy"}) + "\n" for x in lines))
        db1, db2 = Path(tmp) / "one.duckdb", Path(tmp) / "two.duckdb"
        ingest_paths([str(one)], db=db1)
        ingest_paths([str(one), str(two)], db=db2)
        with Store(db1, read_only=True) as s1, Store(db2, read_only=True) as s2:
            single = s1.events()
            double = s2.events()
    return {"pairs": (tp, fp, fn), "copies": (len(single), len(double),
                                              sum(1 for e in double if e.n_sources == 2))}


def cost(n_docs: int) -> dict[str, float]:
    from dateline import annotate, gazetteer
    from dateline.date import time_expressions
    from dateline.locate import toponyms
    from dateline.records import Article

    gazetteer._LOADED.clear()
    t0 = time.perf_counter()
    gaz = gazetteer.load()
    out = {"load_s": time.perf_counter() - t0, "places": float(len(gaz)),
           "names": float(gaz.n_names)}
    path = SHARED / "guardian_sample" / "guardian_sample.csv"
    if n_docs <= 0 or not path.is_file():
        return out
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8") as fh:
        texts = [r["text"] for _, r in zip(range(n_docs), csv.DictReader(fh), strict=False)]
    nlp = annotate.load_model(annotate.DEFAULT_MODEL)
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    parse = time.perf_counter() - t0
    t0 = time.perf_counter()
    for d in docs:
        toponyms(d, Article(doc_id="x", text=d.text))
        time_expressions(d.text, "2020-01-15", d)
    out.update(parse_s=parse, geo_time_s=time.perf_counter() - t0, docs=float(len(docs)),
               words=float(sum(len(d) for d in docs)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--guardian", type=int, default=40,
                    help="articles for the cost figure (0: skip)")
    ap.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    args = ap.parse_args()
    c = cost(args.guardian)
    print(f"gazetteer: {int(c['places'])} places, {int(c['names'])} names; "
          f"load {c['load_s'] * 1000:.0f} ms")
    misses: list[str] = []
    for name, label in (("sentences.jsonl", "gold set"), ("blind.jsonl", "blind set")):
        s = score_sentences(name)
        misses += s["misses"]  # type: ignore[arg-type]
        ok, total, spurious = s["topo"]  # type: ignore[misc]
        print(f"[{label}] toponyms resolved within 25 km: {ok}/{total} = {ok / total:.1%} "
              f"({spurious} spurious)")
        ok25, ok15, n = s["loc"]  # type: ignore[misc]
        print(f"[{label}] event location within 25 km: {ok25}/{n} = {ok25 / n:.1%}; "
              f"within 15 km: {ok15 / n:.1%}")
        for prec, (good, cnt) in sorted(s["dates"].items()):  # type: ignore[attr-defined]
            print(f"[{label}] date, {prec} precision: {good}/{cnt} = {good / cnt:.1%}")
    d = score_dedupe()
    tp, fp, fn = d["pairs"]  # type: ignore[misc]
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    print(f"dedupe (report pairs): precision {p:.1%}, recall {r:.1%} (tp {tp}, fp {fp}, fn {fn})")
    single, double, two_src = d["copies"]  # type: ignore[misc]
    print(f"two copies: {single} events from one copy, {double} from two, "
          f"{two_src} of them with 2 sources")
    if "parse_s" in c:
        print(f"cost on {int(c['docs'])} Guardian articles ({int(c['words'])} tokens): parse "
              f"{c['parse_s']:.1f} s, locate+date {c['geo_time_s']:.2f} s "
              f"(+{c['geo_time_s'] / c['parse_s']:.1%})")
    if args.verbose:
        for m in misses:
            print("  miss:", m)


if __name__ == "__main__":
    main()
