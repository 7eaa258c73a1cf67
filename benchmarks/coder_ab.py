"""The coder alone, two settings in turn, in one process: a change's cost told apart from the
load of a shared machine.

    python benchmarks/coder_ab.py [--articles 60] [--rounds 4]
    python benchmarks/coder_ab.py --toggle dateline.sentences.SOME_CONSTANT 0 1 [--rounds 6]

Parses the first ``--articles`` tune-part Guardian articles once (kept in a spaCy ``DocBin``
under the system's temporary folder, keyed by the texts, the model, dateline's version and
the source of ``dateline.annotate``, so that a second run parses nothing), codes them once
untimed (the tables loaded, the caches a long run keeps warm), then codes them
(``pipeline.events_from_doc``) ``--rounds`` times for each setting, the settings taking turns
(A B, B A, A B …) so that both see the same load, and prints the processor seconds of each
round, their median and least, and a digest of each setting's events.
``--toggle MODULE.ATTR A B`` sets the module attribute to the Python literal A, then B
(a threshold, a switch between two code paths kept side by side while they are compared); the
digests say whether the two give the same events. It sets the attribute on the module only:
a module that took the name with ``from MODULE import ATTR`` keeps its own copy, unchanged.
Without it both settings are the same code: the spread between them is the noise a difference
must beat. Whole-pipeline figures against the bare parse are ``throughput.py``'s; the cost of
each stage is ``stage_costs.py``'s.
"""

from __future__ import annotations

import argparse
import ast
import gc
import hashlib
import importlib
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from stage_costs import BATCH, DATA, MODEL, clock, tune_articles


def parsed(texts: list[str]) -> list[Any]:
    """dateline's own parses of ``texts``, read from the cache when it holds them."""
    from spacy.tokens import DocBin

    import dateline
    from dateline import annotate

    nlp = annotate.load_model(MODEL)
    # a change to dateline's parsing must not reuse the parses of the code before it
    source = Path(annotate.__file__).read_bytes()
    key = hashlib.sha1("\x1e".join([dateline.__version__, *texts]).encode("utf-8") +
                       source).hexdigest()[:12]
    path = Path(tempfile.gettempdir()) / f"dateline-coder-ab-{MODEL}-{len(texts)}-{key}.spacy"
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(annotate.parse(texts, batch_size=BATCH))
    kept = DocBin(store_user_data=True)
    for doc in docs:
        kept.add(doc)
    kept.to_disk(path)
    return docs


def run(articles: int, rounds: int, toggle: tuple[str, str, str] | None) -> None:
    from dateline.pipeline import events_from_doc
    from dateline.records import Article

    texts = tune_articles(articles)
    arts = [Article(doc_id=str(i), text=t, pubdate=d) for i, (d, t) in enumerate(texts)]
    docs = parsed([a.text for a in arts])
    for doc, art in zip(docs, arts, strict=True):  # a round untimed: the tables and the
        events_from_doc(doc, art)  # caches a long run keeps are loaded before either setting
    settings: dict[str, Any] = {"A": None, "B": None}
    module = attr = None
    if toggle is not None:
        path, a, b = toggle
        module_name, _, attr = path.rpartition(".")
        module = importlib.import_module(module_name)
        settings = {"A": ast.literal_eval(a), "B": ast.literal_eval(b)}
    seconds: dict[str, list[float]] = {"A": [], "B": []}
    digests: dict[str, set[str]] = {"A": set(), "B": set()}
    for r in range(rounds):
        for name in ("A", "B") if r % 2 == 0 else ("B", "A"):
            if module is not None and attr is not None:
                setattr(module, attr, settings[name])
            gc.collect()
            digest = hashlib.sha1()
            t0 = clock()
            for doc, art in zip(docs, arts, strict=True):
                digest.update(repr(events_from_doc(doc, art)).encode("utf-8"))
            seconds[name].append(clock() - t0)
            digests[name].add(digest.hexdigest()[:12])
    print(f"{len(docs)} tune-part Guardian articles, coder seconds (processor), {rounds} "
          "round(s) a setting:")
    for name in ("A", "B"):
        secs = seconds[name]
        shown = "" if toggle is None else f" ({toggle[0]} = {settings[name]!r})"
        print(f"  {name}{shown}: " + " ".join(f"{s:.3f}" for s in secs)
              + f"; median {statistics.median(secs):.3f}, least {min(secs):.3f}; "
              f"events {'/'.join(sorted(digests[name]))}")
    a, b = statistics.median(seconds["A"]), statistics.median(seconds["B"])
    same = "the same events" if digests["A"] == digests["B"] else "DIFFERENT events"
    print(f"B over A: {(b - a) / a * 100:+.1f}% (medians); {same}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=60, help="first N tune-part articles")
    ap.add_argument("--rounds", type=int, default=4, help="rounds of each setting")
    ap.add_argument("--toggle", nargs=3, metavar=("MODULE.ATTR", "A", "B"),
                    help="a module attribute set to the literal A, then B")
    args = ap.parse_args()
    if not DATA.exists():
        sys.exit(f"{DATA} not found")
    if args.articles < 1 or args.rounds < 1:
        sys.exit("--articles and --rounds must be at least 1")
    run(args.articles, args.rounds, tuple(args.toggle) if args.toggle else None)


if __name__ == "__main__":
    main()
