"""Time and peak memory of dateline on pathological inputs, each in a process of its own.

    python benchmarks/hostile.py [--only NAME[,NAME]] [--timeout 180] [--events 100000]

Every input is generated here (nothing large is committed). Document cases run the real command,
``dateline ingest PATH --db FILE``, in a child process and print its wall time (model load
included: the first case, one short ordinary article, shows that fixed cost), its peak RSS and
its exit code; the child gets an address-space cap (``--mem-cap``, GB)
so that a runaway case fails instead of taking the machine. The event-by-id case builds a store of
``--events`` events and times ``GET /api/events/{id}`` over ASGI. Goal: every case under 10 s and
1.5 GB.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import statistics
import subprocess
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
    "one ordinary article": ordinary,  # the fixed cost: start, model and gazetteer loads
    "run-on sentence 100 KB": run_on(100_000),
    "run-on sentence 200 KB": run_on(200_000),
    "ordinary text 2M chars": long_text(2_000_000),
    "entity-heavy HTML 8.4 MB": entity_page(8_400_000),
    "JSONL nested 100k deep": nested_jsonl(100_000),
    "stdin 60 MB": big_stdin(60_000_000),
}


def _cap(gb: float) -> Callable[[], None]:
    def apply() -> None:
        limit = int(gb * 1024 ** 3)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    return apply


def run_case(name: str, make: Callable[[Path], list[str]], timeout: float,
             mem_cap: float) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        args = make(d)
        stdin_path = None
        if args[0] == "-":
            stdin_path = args.pop()
        cmd = [sys.executable, "-m", "dateline", "ingest", *args, "--db", str(d / "s.duckdb"),
               "--no-progress"]
        start = time.perf_counter()
        with open(stdin_path or os.devnull, "rb") as fin, (d / "stderr").open("wb") as ferr:
            proc = subprocess.Popen(cmd, stdin=fin, stdout=subprocess.DEVNULL, stderr=ferr,
                                    preexec_fn=_cap(mem_cap))
            timer = threading.Timer(timeout, proc.kill)
            timer.start()
            _, code, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(code)
            timed_out = not timer.is_alive()
            timer.cancel()
        elapsed = time.perf_counter() - start
        status = f"killed after {timeout:.0f} s" if timed_out else f"exit {proc.returncode}"
        peak = usage.ru_maxrss / 1024
        err = (d / "stderr").read_bytes()
        last = (err.decode("utf-8", "replace").strip().splitlines() or [""])[-1][:110]
        print(f"{name:28} {elapsed:7.1f} s  peak {peak:7.0f} MB  {status:10}  {last}",
              flush=True)


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
    ap.add_argument("--timeout", type=float, default=180.0)
    ap.add_argument("--mem-cap", type=float, default=6.0, help="GB of address space per child")
    ap.add_argument("--events", type=int, default=100_000)
    args = ap.parse_args()
    wanted = [w.strip().lower() for w in args.only.split(",")] if args.only else None
    for name, make in CASES.items():
        if wanted is None or any(w in name.lower() for w in wanted):
            run_case(name, make, args.timeout, args.mem_cap)
    if wanted is None or any(w in "event-by-id get /api/events/{id}" for w in wanted):
        event_by_id(args.events)


if __name__ == "__main__":
    main()
