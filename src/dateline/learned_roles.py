"""A learned recipient chooser: which noun phrase of a sentence an event is done to.

The rules (``code.roles``) find a recipient by the construction it is in: an object, a phrase
of a preposition the event type takes, a passive subject, a party a thing concerns. This
module reads the same parse another way: every noun of the trigger's sentence is a candidate,
described by features (the dependency path from the trigger to it, the preposition it hangs
from, its entity label, lemma and word classes, where it stands, the event type, and whether
the rules chose it), and a logistic regression scores how likely it is to head the recipient.
The best candidate above the model's threshold is the recipient, spanned as the rules span a
party (:func:`code.phrases.np_span`); none above it, or one inside the rules' recipient, leaves
the rules' recipient as it is. The chooser is off unless asked for (the pipeline's
``recipients=True`` or ``DATELINE_LEARNED_RECIPIENTS=1``): on the check part of the NER
sentences it adds too little (recipient token F1 0.544 -> 0.551 as the training script
measures it) for what it costs. ``DATELINE_LEARNED_RECIPIENTS=add`` uses it the other way
only: where the rules found no recipient, the best candidate above the training script's
``add_threshold`` becomes one, and a recipient the rules found is never re-chosen.

The weights are plain arrays in ``data/model/recipients.npz`` with the threshold and figures
in ``recipients.json``; ``benchmarks/train_roles.py`` writes them from the tune part of the
ConfliBERT CAMEO NER sentences, and ``RECIPIENTS_CARD.md`` beside them says how.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import numpy as np

from .code.phrases import np_span
from .code.roles import thing
from .code.words import is_when
from .errors import DataFileError
from .learned import Head, hashed
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["RecipientModel", "candidates", "candidate_features", "choosable", "chooser_wanted",
           "load_recipient_model", "pick", "rules_kept", "ROLE_FEATURE_VERSION"]

#: The environment variable that turns the chooser on ("1", "true", "yes" or "on").
CHOOSER_ENV = "DATELINE_LEARNED_RECIPIENTS"
#: The value of ``DATELINE_LEARNED_RECIPIENTS`` that only adds recipients where none was found.
ADD_ONLY = "add"
#: Bumped whenever :func:`candidate_features` changes, so that old weights are refused.
ROLE_FEATURE_VERSION = 1
_NOUNS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
#: Dependencies of a noun that is part of another's name, not the head of a phrase.
_INSIDE = frozenset({"compound", "flat", "nummod", "amod", "det", "nmod"})


def candidates(trigger: Token, source: tuple[int, int] | None = None) -> list[Token]:
    """The nouns of the trigger's sentence that head a phrase, outside the source's words."""
    taken = set(range(*source)) if source else set()
    return [t for t in trigger.sent if t.pos_ in _NOUNS and t.dep_ not in _INSIDE
            and t.i != trigger.i and t.i not in taken and not t.is_punct]


def _path(trigger: Token, cand: Token) -> tuple[str, int]:
    """The dependency labels from the trigger up to the common ancestor and down to the
    candidate ("^nsubj" up, "dobj" down), and the path's length."""
    up = [trigger, *trigger.ancestors]
    up_at = {t.i: k for k, t in enumerate(up)}
    down = []
    tok = cand
    while tok.i not in up_at and tok.head.i != tok.i:
        down.append(tok.dep_)
        tok = tok.head
    if tok.i not in up_at:
        return "far", 99
    ups = ["^" + t.dep_ for t in up[:up_at[tok.i]]]
    labels = ups + list(reversed(down))
    return ("/".join(labels[:4]) + ("/…" if len(labels) > 4 else "")), len(labels)


def _bucket(n: int) -> str:
    return str(n) if n <= 3 else "4-6" if n <= 6 else "7+"


def candidate_features(trigger: Token, cand: Token, event_type: str,
                       rule_target: tuple[int, int] | None) -> list[str]:
    """The features of one candidate recipient of the event at ``trigger``."""
    path, length = _path(trigger, cand)
    prep = cand.head.lower_ if cand.dep_ == "pobj" else "-"
    rule = "none" if rule_target is None else "head" if _head_of(cand, rule_target) else \
        "in" if rule_target[0] <= cand.i < rule_target[1] else "out"
    kind = "when" if is_when(cand) else "thing" if thing(cand) else "party"
    side = "after" if cand.i > trigger.i else "before"
    lemma = cand.lemma_.lower()
    feats = [
        "bias", f"path={path}", f"len={_bucket(length)}", f"dep={cand.dep_}", f"prep={prep}",
        f"ent={cand.ent_type_ or '-'}", f"pos={cand.pos_}", f"lemma={lemma}", f"kind={kind}",
        f"side={side}", f"dist={_bucket(abs(cand.i - trigger.i))}", f"rule={rule}",
        f"type={event_type}", f"type={event_type}|path={path}", f"type={event_type}|prep={prep}",
        f"type={event_type}|kind={kind}", f"rule={rule}|kind={kind}", f"rule={rule}|path={path}",
        f"trigger={trigger.lemma_.lower()}|dep={cand.dep_}", f"prep={prep}|kind={kind}",
        f"headdep={cand.head.dep_}|dep={cand.dep_}", f"side={side}|dep={cand.dep_}",
    ]
    if any(c.dep_ == "poss" for c in cand.children):
        feats.append("has_poss")
    if cand.dep_ == "poss":
        feats.append(f"poss_of={'thing' if thing(cand.head) else 'party'}")
    if cand.dep_ == "conj":
        feats.append(f"conj_of={cand.head.dep_}")
    return feats


#: Prepositions that place an act: their objects are where it happened ("in Kabul").
_SCENE_PREPS = word_class("where_preps_recipient")


def _scene(cand: Token) -> bool:
    return cand.ent_type_ in ("LOC", "FAC") or (
        cand.dep_ == "pobj" and cand.head.lower_ in _SCENE_PREPS)


def choosable(cand: Token) -> bool:
    """Whether a candidate may be chosen: neither a thing nor the act's scene."""
    return not (thing(cand) or _scene(cand))


_NAME_TYPES = frozenset({"GPE", "ORG", "NORP", "PERSON"})


def rules_kept(doc: Doc, rule_target: tuple[int, int]) -> bool:
    """Whether the rules' recipient stays whatever the chooser scores: a thing acted on (the
    resolver names the party it concerns), or a party the rules found by its name or
    nationality; a pronoun or a bare description ("him", "the country", "67 people") may be
    re-chosen (on the country-pair sentences a re-chosen named party was wrong more often than
    right)."""
    span = doc[rule_target[0]:rule_target[1]]
    return thing(span.root) or any(
        t.ent_type_ in _NAME_TYPES or t.pos_ == "PROPN" and not is_when(t) for t in span)


def _head_of(cand: Token, span: tuple[int, int]) -> bool:
    return span[0] <= cand.i < span[1] and (cand.head.i < span[0] or cand.head.i >= span[1]
                                            or cand.head.i == cand.i)


@dataclass(frozen=True)
class RecipientModel:
    """The candidate scorer: a two-label logistic regression over hashed features."""

    n_features: int
    head: Head
    threshold: float
    #: Above this, a candidate becomes the recipient where the rules found none (``None``:
    #: never); ``rechoose`` says whether a recipient the rules found may be re-chosen.
    add_threshold: float | None = None
    rechoose: bool = True

    def score(self, trigger: Token, cand: Token, event_type: str,
              rule_target: tuple[int, int] | None) -> float:
        cols = hashed(candidate_features(trigger, cand, event_type, rule_target),
                      self.n_features)
        return float(self.head.proba(cols)[1])

    def choose(self, trigger: Token, event_type: str, rule_target: tuple[int, int] | None,
               source: tuple[int, int] | None = None) -> tuple[int, int] | None:
        """The recipient's token span (:func:`pick` among the candidates this model scores)."""
        threshold = self.threshold if rule_target is not None else self.add_threshold
        if threshold is None or rule_target is not None and (
                not self.rechoose or rules_kept(trigger.doc, rule_target)):
            return rule_target
        scored = [(cand, self.score(trigger, cand, event_type, rule_target))
                  for cand in candidates(trigger, source) if choosable(cand)]
        return pick(scored, threshold, rule_target, source)


def pick(scored: list[tuple[Token, float]], threshold: float,
         rule_target: tuple[int, int] | None,
         source: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """The recipient's token span: the phrase of the best-scored candidate (neither a thing nor
    the scene: it would leave the event with no recipient, or make the place where it happened
    the one it was done to), when it scores above ``threshold`` and lies outside the rules'
    recipient and the actor's words; else the rules' own words (a pronoun or a party the act is
    done with, which the model rarely saw as recipients, stay). A thing the rules found acted on
    stays too, kept as the event's object by the actor resolver, which names the party it is
    shared with, sent to or about."""
    best, best_p = None, threshold
    for cand, p in scored:
        if p > best_p:
            best, best_p = cand, p
    if best is None or rule_target is not None and rule_target[0] <= best.i < rule_target[1]:
        return rule_target  # the rules' words, as they cut and split them
    start, end = np_span(best)
    if source and start < source[1] and end > source[0]:
        return rule_target
    return start, end


def _env_mode() -> str:
    return os.environ.get(CHOOSER_ENV, "").strip().lower()


def chooser_wanted(value: bool | None) -> bool:
    """Whether the chooser is used: ``value`` when given, else what
    ``DATELINE_LEARNED_RECIPIENTS`` says (off when unset)."""
    if value is not None:
        return value
    return _env_mode() in {"1", "true", "yes", "on", ADD_ONLY}


def load_recipient_model() -> RecipientModel:
    """The shipped recipient model, read once, used as ``DATELINE_LEARNED_RECIPIENTS`` says:
    to add a recipient where the rules found none (``add``), else to re-choose one they found
    (a clear error when its files are missing or were written for other features)."""
    return _load(_env_mode() == ADD_ONLY)


@lru_cache(maxsize=2)
def _load(add_only: bool) -> RecipientModel:
    folder = resources.files("dateline") / "data" / "model"
    try:
        meta = json.loads((folder / "recipients.json").read_text(encoding="utf-8"))
        with (folder / "recipients.npz").open("rb") as fh:
            arrays = np.load(fh, allow_pickle=False)
            weights, bias = arrays["weights"], arrays["bias"]
    except (OSError, KeyError, ValueError) as exc:
        raise DataFileError(f"recipient model unreadable: {exc}") from exc
    if meta.get("feature_version") != ROLE_FEATURE_VERSION:
        raise DataFileError("recipient model was trained on other features; run "
                            "benchmarks/train_roles.py")
    n = int(meta["n_features"])
    if weights.shape != (n, 2) or bias.shape != (2,):
        raise DataFileError(f"recipient model weights have shape {weights.shape}, not ({n}, 2)")
    add = meta.get("add_threshold") if add_only else None
    return RecipientModel(n, Head(("no", "yes"), weights, bias), float(meta["threshold"]),
                          add_threshold=None if add is None else float(add),
                          rechoose=not add_only)
