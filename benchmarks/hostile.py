"""Time and peak memory of dateline on pathological inputs, each in a process of its own.

    python benchmarks/hostile.py [--only NAME[,NAME]] [--timeout 120] [--events 100000]

Every input is generated here (nothing large is committed). The document cases run in one
process, after a warm-up that loads the spaCy pipeline and the gazetteer (its time is printed
first): for each input, the wall time, the CPU time (the figure to trust on a busy machine)
and the peak resident memory of the process (models
included) while it is read, cleaned, coded and stored as ``dateline ingest`` does; a case is
stopped after ``--timeout`` seconds of CPU. The event-by-id case builds a store of ``--events``
events
and times ``GET /api/events/{id}`` over ASGI. Goal: every case under 10 s and 1.5 GB.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

_CLAUSES = [
    "police arrested {n} protesters in Goma",
    "rebels attacked an army post near Mopti",
    "soldiers shelled a village outside Kharkiv",
    "gunmen abducted {n} students from a school in Herat",
    "the government and the opposition held talks in Beirut",
]


def run_on(chars: int) -> Callable[[Path], list[str]]:
    """One sentence of ``chars`` characters: clauses joined by 'and', never a full stop."""
    def make(d: Path) -> list[str]:
        parts, size, i = [], 0, 0
        while size < chars:
            part = _CLAUSES[i % len(_CLAUSES)].format(n=i % 9 + 2)
            parts.append(part)
            size += len(part) + 5
            i += 1
        p = d / "run-on.txt"
        p.write_text("On Monday " + " and ".join(parts) + ".\n", encoding="utf-8")
        return [str(p)]
    return make


def long_text(chars: int) -> Callable[[Path], list[str]]:
    """Ordinary sentences, ``chars`` characters of them, in one document."""
    def make(d: Path) -> list[str]:
        sents, size, i = [], 0, 0
        while size < chars:
            s = _CLAUSES[i % len(_CLAUSES)].format(n=i % 9 + 2).capitalize() + " on Friday."
            sents.append(s)
            size += len(s) + 1
            i += 1
        p = d / "long.txt"
        p.write_text(" ".join(sents), encoding="utf-8")
        return [str(p)]
    return make


def entity_page(size: int) -> Callable[[Path], list[str]]:
    """An HTML page of ``size`` bytes whose paragraphs are mostly character entities."""
    def make(d: Path) -> list[str]:
        para = ("<p>Police &amp; soldiers &#8212; &quot;arrested&quot; &lt;three&gt; men&nbsp;"
                "in&#160;Goma &eacute;&egrave;&#x2014;&hellip; &amp;&amp;&amp;&amp;&amp;</p>\n")
        head = "<html><head><title>Entities</title></head><body><article>\n"
        p = d / "entities.html"
        with p.open("w", encoding="utf-8") as fh:
            fh.write(head)
            fh.write(para * ((size - len(head)) // len(para)))
            fh.write("</article></body></html>\n")
        return [str(p)]
    return make


def nested_jsonl(depth: int) -> Callable[[Path], list[str]]:
    def make(d: Path) -> list[str]:
        p = d / "nested.jsonl"
        p.write_text('{"id": "ok", "text": "Rebels attacked a convoy near Goma."}\n'
                     + "[" * depth + "\n", encoding="utf-8")
        return [str(p)]
    return make


def big_stdin(size: int) -> Callable[[Path], list[str]]:
    def make(d: Path) -> list[str]:
        p = d / "stdin.txt"
        line = "Police arrested three protesters in Goma on Monday, officials said.\n"
        with p.open("w", encoding="utf-8") as fh:
            for _ in range(size // len(line)):
                fh.write(line)
        return ["-", str(p)]
    return make


def ordinary(d: Path) -> list[str]:
    p = d / "ordinary.txt"
    p.write_text(" ".join(c.format(n=3).capitalize() + "." for c in _CLAUSES), encoding="utf-8")
    return [str(p)]


CASES: dict[str, Callable[[Path], list[str]]] = {
    "run-on sentence 100 KB": run_on(100_000),
    "run-on sentence 200 KB": run_on(200_000),
    "ordinary text 2M chars": long_text(2_000_000),
    "entity-heavy HTML 8.4 MB": entity_page(8_400_000),
    "JSONL nested 100k deep": nested_jsonl(100_000),
    "stdin 60 MB": big_stdin(60_000_000),
}


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1024 ** 2


class _Peak:
    """Peak resident memory of this process while a block runs (sampled every 20 ms)."""

    def __enter__(self) -> _Peak:
        self.peak = _rss_mb()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()
        return self

    def _watch(self) -> None:
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, _rss_mb())

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, _rss_mb())


class _Timeout(BaseException):  # not an Exception: the pipeline must not catch it as a failure
    pass


def _ingest(args: list[str], db: Path) -> tuple[int, int, int, list[str]]:
    """What ``dateline ingest`` does, in this process: documents stored, inputs failed, events,
    and the warnings."""
    from dateline.pipeline import Pipeline, articles_from_paths
    from dateline.store import Store

    stored = failed = events = 0
    notes: list[str] = []
    with Store(db) as store:
        pending = []
        for res in Pipeline().process(articles_from_paths(args)):
            if res.error is not None:
                failed += 1
                notes.append(str(res.error))
                continue
            notes += list(getattr(res, "warnings", ()))
            pending.append((res.article, res.events))
        stats = store.add(pending)
        stored, events = stats.added, stats.events
    return stored, failed, events, notes


def run_cases(names: list[str], timeout: float) -> None:
    """Every case in this one process, after a warm-up that loads the models (its cost printed
    first): the time and peak RSS of reading, cleaning, coding and storing each input."""
    import signal

    def alarm(*_: object) -> None:
        raise _Timeout

    signal.signal(signal.SIGPROF, alarm)
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        t0, c0 = time.perf_counter(), time.process_time()
        with _Peak() as peak:
            _ingest(ordinary(d), d / "warm.duckdb")
        print(f"{'start-up (models, 1 article)':30} {time.perf_counter() - t0:7.1f} s  "
              f"cpu {time.process_time() - c0:6.1f} s  peak {peak.peak:6.0f} MB", flush=True)
        for i, name in enumerate(names):
            case = d / f"case{i}"
            case.mkdir()
            args = CASES[name](case)
            if args[0] == "-":
                sys.stdin = open(args.pop(), encoding="utf-8")  # noqa: SIM115 - read by the case
            t0, c0 = time.perf_counter(), time.process_time()
            signal.setitimer(signal.ITIMER_PROF, timeout)  # CPU seconds of this process
            try:
                with _Peak() as peak:
                    stored, failed, events, notes = _ingest(args, case / "s.duckdb")
                status = f"{stored} stored, {failed} failed, {events} events"
            except _Timeout:
                status, notes = f"stopped after {timeout:.0f} s of CPU", []
            except MemoryError:
                status, notes = "MemoryError", []
            finally:
                signal.setitimer(signal.ITIMER_PROF, 0)
            elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
            said = notes[0][:90] if notes else ""
            print(f"{name:30} {elapsed:7.1f} s  cpu {cpu:6.1f} s  peak {peak.peak:6.0f} MB  "
                  f"{status}  {said}", flush=True)


def event_store(path: Path, n_events: int) -> list[str]:
    """A store of ``n_events`` synthetic events over n/100 articles; returns some event ids."""
    from dateline.store import Store

    with Store(path) as st:
        n_docs = max(1, n_events // 100)
        st.con.execute(
            "INSERT INTO articles (doc_id, content_hash, text, n_events, ingested_at, pubdate) "
            "SELECT 'doc-' || i, md5(i::VARCHAR), 'Rebels attacked a convoy near Goma.', 100, "
            "now(), DATE '2024-01-01' + (i % 365)::INTEGER FROM range(?) t(i)", [n_docs])
        st.con.execute(
            "INSERT INTO events (event_id, doc_id, event_type, status, source_text, source_name, "
            "loc_name, lat, lon, date, sentence, char_start, char_end, sent_start, trigger, "
            "rule, cluster_id) "
            "SELECT md5(i::VARCHAR)[:16], 'doc-' || (i // 100), 'ASSAULT', 'actual', 'Rebels', "
            "'rebels', 'Goma', -1.68, 29.22, DATE '2024-01-01' + (i % 365)::INTEGER, "
            "'Rebels attacked a convoy near Goma.', 7, 15, 0, 'attacked', 'bench', "
            "md5((i - i % 3)::VARCHAR)[:16] FROM range(?) t(i)", [n_events])
        rows = st.con.execute("SELECT event_id FROM events USING SAMPLE 20 ROWS").fetchall()
    return [r[0] for r in rows]


def event_by_id(n_events: int) -> None:
    import httpx

    from dateline.serve import create_app

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "big.duckdb"
        t0 = time.perf_counter()
        ids = event_store(db, n_events)
        built = time.perf_counter() - t0
        app = create_app(db)

        async def fetch_all() -> list[float]:
            transport = httpx.ASGITransport(app=app)
            times = []
            async with httpx.AsyncClient(transport=transport,
                                         base_url="http://localhost") as client:
                for eid in ids:
                    t = time.perf_counter()
                    r = await client.get(f"/api/events/{eid}")
                    times.append(time.perf_counter() - t)
                    if r.status_code != 200:
                        raise SystemExit(f"GET /api/events/{eid}: {r.status_code} {r.text}")
            return times

        times = asyncio.run(fetch_all())
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{'GET /api/events/{id}':28} median {statistics.median(times) * 1000:7.1f} ms  "
              f"max {max(times) * 1000:7.1f} ms  over {len(times)} ids; {n_events:,} events "
              f"(built in {built:.1f} s); peak {peak:.0f} MB", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", help="comma-separated case names (substrings)")
    ap.add_argument("--timeout", type=float, default=120.0, help="CPU seconds per case")
    ap.add_argument("--events", type=int, default=100_000)
    args = ap.parse_args()
    wanted = [w.strip().lower() for w in args.only.split(",")] if args.only else None
    names = [n for n in CASES if wanted is None or any(w in n.lower() for w in wanted)]
    if names:
        run_cases(names, args.timeout)
    if wanted is None or any(w in "event-by-id get /api/events/{id}" for w in wanted):
        event_by_id(args.events)


if __name__ == "__main__":
    main()
