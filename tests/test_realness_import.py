"""The import of reviewers' blind verdicts into the real-event labels
(benchmarks/realness_import.py), on review folders and events written for the project."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
SENTENCE = "Ruritania's army shelled the border town of Zenda on Monday."


@pytest.fixture(scope="module")
def bench():
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import realness_import
    finally:
        sys.path.remove(str(BENCHMARKS))
    return realness_import


def _review(folder: Path, verdicts: list[bool], actor: str = "Ruritania") -> Path:
    folder.mkdir()
    item = {"article": "articles/7.txt", "sentence": SENTENCE, "trigger": "shelled",
            "event_type": "ASSAULT", "status": "actual",
            "actor": {"text": actor, "name": actor, "country": None}}
    with (folder / "items.jsonl").open("w") as fh:
        for n, _ in enumerate(verdicts):
            fh.write(json.dumps({"item": n, **item}) + "\n")
    with (folder / "verdicts.jsonl").open("w") as fh:
        for n, real in enumerate(verdicts):
            fh.write(json.dumps({"item": n, "real": real, "note": ""}) + "\n")
    return folder


def _sheet(folder: Path, verdicts: list[str], actor: str = "Ruritania [RUR]") -> Path:
    """A review in the sheet layout: items keyed by ``id``, verdicts in a TSV of y/n/na."""
    folder.mkdir()
    item = {"doc": "7", "sentence": SENTENCE, "trigger": "shelled", "event_type": "ASSAULT",
            "status": "actual", "actor": actor}
    with (folder / "items.jsonl").open("w") as fh:
        for n, _ in enumerate(verdicts, start=1):
            fh.write(json.dumps({"id": n, **item}) + "\n")
    rows = ["id\treal\ttype\tnote"] + [f"{n}\t{v}\tna\t" for n, v in enumerate(verdicts, 1)]
    (folder / "verdicts.tsv").write_text("\n".join(rows) + "\n")
    return folder


# (first sheet's verdict, second sheet's, merged verdicts)
@pytest.mark.parametrize(("first", "second", "want"), [
    ("y", "y", [True]),
    ("n", "n", [False]),
    ("y", "n", [None]),   # the reviewers disagree: dropped
    ("y", "na", [True]),  # no verdict on reality: the other reviewer's
])
def test_realness_import_reads_sheets(bench, tmp_path, first, second, want):
    dirs = [_sheet(tmp_path / "a", [first]), _sheet(tmp_path / "b", [second])]
    merged = bench.merged(dirs)
    assert list(merged.values()) == want
    assert next(iter(merged))[4] == "Ruritania [RUR]"


# (first review's verdict, second review's, the actor the second saw, merged verdicts)
@pytest.mark.parametrize(("first", "second", "actor", "want"), [
    (True, True, "Ruritania", [True]),       # two reviewers agree: one verdict
    (True, False, "Ruritania", [None]),      # they disagree: dropped
    (False, True, "Freedonia", [False, True]),  # another actor: another event
])
def test_realness_import_merges_reviews(bench, tmp_path, first, second, actor, want):
    dirs = [_review(tmp_path / "a", [first]), _review(tmp_path / "b", [second], actor)]
    assert sorted(bench.merged(dirs).values(), key=str) == sorted(want, key=str)


@pytest.mark.parametrize(("doc", "parts", "want"), [
    ("7", {"7": "held"}, "held"),   # an article of the file keeps its part
    ("7", {}, "train"),             # a new one: held when sha1 of its id is 0 mod 5
    ("4", {}, "held"),
])
def test_realness_import_part(bench, doc, parts, want):
    assert bench.part_of(doc, parts) == want


def _event(start: int, source: str | None = "Ruritania"):
    actor = None if source is None else SimpleNamespace(name=source, text=source, country=None)
    return SimpleNamespace(sentence=SENTENCE, event_type="ASSAULT", trigger="shelled",
                           char_start=start, source=actor)


# (the coder's events now, the verdicts the file has on the article, the outcome)
@pytest.mark.parametrize(("events", "known", "outcome"), [
    ([_event(20)], {}, "new"),
    ([_event(20, "Freedonia")], {}, "new"),  # the source reads otherwise now: keyed as seen
    ([], {}, "no longer given by the coder"),
    ([_event(20), _event(90)], {}, "two places of the trigger: skipped"),
    ([_event(20), _event(90, "Freedonia")], {}, "new"),  # the actor decides
    ([_event(20)], {20: 1}, "in the file already, same verdict"),
    ([_event(20)], {20: 0}, "in the file already, another verdict (the file's kept)"),
])
def test_realness_import_convert(bench, events, known, outcome):
    digest = bench.digest
    item = ("7", SENTENCE, "shelled", "ASSAULT", "Ruritania", "actual")
    labels = {("7", digest(SENTENCE, 12), start, "ASSAULT", digest("Ruritania", 8)): (real, "held")
              for start, real in known.items()}
    rows, counts = bench.convert({item: True}, labels, [("7", e, set()) for e in events], set())
    assert counts[outcome] == 1
    if outcome == "new":
        (key, trigger, real, part), = rows
        assert (key[2], key[4], trigger, real, part) == (
            20, digest("Ruritania", 8), "shelled", 1, "train")


def test_realness_import_skips_check_articles(bench):
    item = ("7", SENTENCE, "shelled", "ASSAULT", "Ruritania", "actual")
    rows, counts = bench.convert({item: True}, {}, [], {"7"})
    assert not rows and counts["on a check article: skipped"] == 1


# (the verdicts the file has on the article, the conflicts listed: the file's verdicts)
@pytest.mark.parametrize(("known", "want"), [
    ({20: 0}, [{0}]),  # the file says not real, the reviewers real
    ({20: 1}, []),  # the same verdict: no conflict
    ({}, []),  # a new verdict: no conflict
])
def test_realness_import_lists_conflicts(bench, known, want):
    digest = bench.digest
    item = ("7", SENTENCE, "shelled", "ASSAULT", "Ruritania", "actual")
    labels = {("7", digest(SENTENCE, 12), start, "ASSAULT", digest("Ruritania", 8)): (real, "held")
              for start, real in known.items()}
    conflicts: list = []
    bench.convert({item: True}, labels, [("7", _event(20), set())], set(), conflicts)
    assert [had for _, _, _, had in conflicts] == want
    assert all(seen == item and real is True for _, seen, real, _ in conflicts)
