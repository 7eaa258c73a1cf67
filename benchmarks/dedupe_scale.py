"""Dedupe cost against store size: adding 50 articles to stores of 1k, 10k and 100k events.

    python benchmarks/dedupe_scale.py [--sizes 1000,10000,100000] [--articles 50]

Each store is generated in SQL: events of the 16 PLOVER types, spread over two years and a few
hundred places of one region, a third of them reported by two articles (so that clusters form),
then clustered once by the full run. Then a batch of ``--articles`` articles (three events each,
at the same places and dates, so that some of them are new reports of stored happenings) is
stored and clustered twice over, on two copies of the store: incrementally (what ingest and
watch do) and by the full run (what ingest did before). Prints the seconds each took and
checks that both give the same clusters. "now: add 50" is storing the batch and clustering it
incrementally; "before" is storing it and clustering the whole store. (Parsing the 50 articles
costs the same whatever the store's size and is left out.)
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dateline import dedupe  # noqa: E402
from dateline.records import Actor, Article, Event, Place  # noqa: E402
from dateline.store import Store  # noqa: E402

TYPES = ["AGREE", "ASSAULT", "AID", "COERCE", "CONSULT", "COOPERATE", "DEMAND", "DISAPPROVE",
         "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN"]
N_PLACES = 400
N_DAYS = 730
VERBS = ["attacked", "arrested", "killed", "met", "protested", "shelled", "raided", "demanded",
         "rejected", "agreed", "accused", "detained", "fired", "signed", "threatened", "offered"]
ACTORS = ["army", "police", "rebels", "gunmen", "protesters", "government", "militia", "students"]


def _place(i: int) -> tuple[float, float]:
    rng = random.Random(i)
    return round(rng.uniform(-5.0, 5.0), 4), round(rng.uniform(28.0, 40.0), 4)


def generate(path: Path, n_events: int) -> None:
    """A store of ``n_events`` events, with their articles, clustered."""
    places = [(i, *_place(i)) for i in range(N_PLACES)]
    with Store(path) as store:
        con = store.con
        con.execute("CREATE TEMP TABLE places (i INTEGER, lat DOUBLE, lon DOUBLE)")
        con.executemany("INSERT INTO places VALUES (?, ?, ?)", places)
        n_docs = n_events // 3
        # event k of a happening h: two thirds of the happenings are reported once, a third twice
        con.execute(f"""
            CREATE TEMP TABLE gen AS
            SELECT k, k // 3 AS doc, CAST(hash(k // 2 * 7919) % 1000003 AS BIGINT) AS h
            FROM range({n_events}) t(k)
        """)
        con.execute(f"""
            INSERT INTO articles (doc_id, content_hash, pubdate, pubdate_guessed, text, n_events,
                                  ingested_at, language)
            SELECT 'gen-' || d, md5('gen-' || d), DATE '2023-01-01' + CAST(d % {N_DAYS} AS INT),
                   false, 'generated', 3, now(), 'en'
            FROM range({n_docs + 1}) t(d)
        """)
        types = "[" + ", ".join(f"'{t}'" for t in TYPES) + "]"
        actors = "[" + ", ".join(f"'{a}'" for a in ACTORS) + "]"
        verbs = "[" + ", ".join(f"'{v}'" for v in VERBS) + "]"
        con.execute(f"""
            INSERT INTO events (event_id, doc_id, event_type, status, source_text, source_name,
                                source_sector, loc_name, loc_country, lat, lon, geo_precision,
                                date, date_precision, sentence, char_start, char_end,
                                sent_start, trigger, cluster_id)
            SELECT 'e' || k, 'gen-' || doc, {types}[1 + h % 16], 'actual',
                   {actors}[1 + h % 8], {actors}[1 + h % 8], 'MIL',
                   'place ' || (h % {N_PLACES}), 'XXX', p.lat, p.lon, 1,
                   DATE '2023-01-01' + CAST(doc % {N_DAYS} AS INT), 'day',
                   'Generated sentence ' || k || '.', h % 97, h % 97 + 5, 0,
                   {verbs}[1 + h % {len(VERBS)}], 'e' || k
            FROM gen JOIN places p ON p.i = gen.h % {N_PLACES}
        """)
        dedupe.run(store)


def batch(n_articles: int, seed: int) -> list[tuple[Article, list[Event]]]:
    """New articles whose events happen where and when stored ones do."""
    rng = random.Random(seed)
    out = []
    for a in range(n_articles):
        doc = f"new-{seed}-{a}"
        day = rng.randrange(N_DAYS)
        date = f"{2023 + day // 365}-{1 + day % 365 // 31:02d}-{1 + day % 31 % 28:02d}"
        events = []
        for i in range(3):
            p = rng.randrange(N_PLACES)
            lat, lon = _place(p)
            actor = rng.choice(ACTORS)
            events.append(Event(
                event_id=f"{doc}-{i}", doc_id=doc, event_type=rng.choice(TYPES), mode=None,
                status="actual", cameo_root=None, acled_event_type=None,
                acled_sub_event_type=None, source=Actor(text=actor, name=actor, sector="MIL"),
                target=None, location=Place(name=f"place {p}", country="XXX", lat=lat, lon=lon,
                                            precision=1),
                date=date, date_precision="day", fatalities=None, injuries=None,
                attribution=None, sentence=f"New sentence {doc} {i}.", char_start=i * 7,
                char_end=i * 7 + 5, trigger=rng.choice(VERBS)))
        out.append((Article(doc_id=doc, text=f"text of {doc}", pubdate=date), events))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--articles", type=int, default=50)
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{'events':>8} {'generate':>9} {'store 50':>9} {'incremental':>12} {'full run':>9} "
          f"{'now: add 50':>12} {'before':>8} {'neighbourhood':>14} {'same':>5}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            base = Path(tmp) / f"s{size}.duckdb"
            t0 = time.perf_counter()
            generate(base, size)
            gen_s = time.perf_counter() - t0
            new = batch(args.articles, seed=size)
            copies = {}
            for name in ("inc", "full"):
                copies[name] = Path(tmp) / f"s{size}-{name}.duckdb"
                shutil.copy(base, copies[name])
            with Store(copies["inc"]) as store:
                t0 = time.perf_counter()
                added = store.add(new)
                add_s = time.perf_counter() - t0
                t0 = time.perf_counter()
                stats = dedupe.run_incremental(store, added.added_ids)
                inc_s = time.perf_counter() - t0
                inc = dict(store.con.execute("SELECT event_id, cluster_id FROM events")
                           .fetchall())
            with Store(copies["full"]) as store:
                store.add(new)
                t0 = time.perf_counter()
                dedupe.run(store)
                full_s = time.perf_counter() - t0
                full = dict(store.con.execute("SELECT event_id, cluster_id FROM events")
                            .fetchall())
            print(f"{size:>8} {gen_s:>8.2f}s {add_s:>8.2f}s {inc_s:>11.3f}s {full_s:>8.2f}s "
                  f"{add_s + inc_s:>11.2f}s {add_s + full_s:>7.2f}s {stats.events:>14} "
                  f"{'yes' if inc == full else 'NO':>5}")


if __name__ == "__main__":
    main()
