"""The coder on the illustrative gold articles, scored against floors that can only rise."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from dateline import Article

GOLD = Path(__file__).parent / "gold" / "coder" / "articles.jsonl"
# Pinned floors: raise them when the coder improves, never lower them.
RECALL_FLOOR = 1.0
PRECISION_FLOOR = 0.73
MIN_CONFIDENCE = 0.5


@dataclass(frozen=True, slots=True)
class Score:
    found: int
    expected: int
    matched_produced: int
    produced: int
    violations: tuple[str, ...]

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.matched_produced / self.produced if self.produced else 1.0


def _has(actor, words: str | None) -> bool:
    if words is None:
        return True
    return actor is not None and words.lower() in (actor.text or actor.name or "").lower()


def _matches(event, want: dict) -> bool:
    if event.event_type != want["event_type"] or event.status == "negated":
        return False
    if not (_has(event.source, want.get("source")) and _has(event.target, want.get("target"))):
        return False
    if "object" in want and want["object"].lower() not in (event.object or "").lower():
        return False
    for key in ("status", "mode", "fatalities"):
        if key in want and getattr(event, key) != want[key]:
            return False
    return "acled" not in want or event.acled_sub_event_type == want["acled"]


def _violates(event, rule: dict) -> bool:
    if event.event_type != rule["event_type"]:
        return False
    if "trigger" in rule and rule["trigger"] not in event.trigger.lower():
        return False
    if "status" in rule:
        return event.status == rule["status"]
    return event.status != "negated"


def _articles() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]


def score(pipeline) -> Score:
    found = expected = matched = produced = 0
    violations: list[str] = []
    for art in _articles():
        events = pipeline.extract(Article(doc_id=art["id"], text=art["text"],
                                          pubdate=art["pubdate"]))
        kept = [e for e in events if e.confidence >= MIN_CONFIDENCE]
        expected += len(art["expected"])
        found += sum(any(_matches(e, w) for e in kept) for w in art["expected"])
        produced += len(kept)
        matched += sum(any(_matches(e, w) for w in art["expected"]) for e in kept)
        violations += [f"{art['id']}: {e.event_type} {e.trigger!r} {e.status}"
                       for e in events for r in art["must_not"] if _violates(e, r)]
    return Score(found, expected, matched, produced, tuple(violations))


def test_gold_coder_articles_are_marked_illustrative():
    for art in _articles():
        assert art["illustrative"] is True, art["id"]


@pytest.fixture(scope="module")
def gold_score(pipeline) -> Score:
    return score(pipeline)


def test_gold_coder_recall_floor(gold_score):
    assert gold_score.recall >= RECALL_FLOOR, gold_score


def test_gold_coder_precision_floor(gold_score):
    assert gold_score.precision >= PRECISION_FLOOR, gold_score


def test_gold_coder_no_must_not_events(gold_score):
    assert not gold_score.violations, gold_score.violations
