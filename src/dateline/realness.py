"""Real events: whether an event the rules and the classifier produce is a happening.

The rules find an event wherever a trigger word fits a pattern; on real news many of those are
not happenings at all: generic statements ("the regime has killed people"), plans and
hypotheticals, a wrong sense of the word ("tracked down" as an arrest), history retold as
background, or a second reading of one trigger. A logistic regression reads each event with its
sentence and says how likely it is to be a real, specific, reported happening of its kind.

Features, binary and hashed as :mod:`dateline.learned`'s: the trigger's lemma (alone and with
the event type), and the coder's own reading of the event: type, mode, status (alone and with
the type: a plan to talk and a plan to strike are not alike often real) and rule; whether the
source and recipient were found and resolved to a country; attribution; the trigger's tag,
dependency, auxiliaries, negation, subordinating word and governing verb; its clause
(:func:`_clause_feats`: the tense and aspect of the trigger (alone and with its lemma) and of
the verbs that govern it, the lemma of the nearest of those verbs, the dependencies on the way
up, a relative clause, a subject or object that is a bare plural or a pronoun, the kinds of
named entity in its subject (a named party or a description), a noun trigger's light verb with
its tense: "imposed sanctions"); a passive trigger, with or without its agent; the word classes
of the lexicon that tell a habit, a count, a standing tie, a plan, a report or a time, a day
named among them (:func:`_class_feats`: those of the trigger, of the verbs above it, of the
words of its clause and of the sentence), a noun trigger's determiner and the trigger's tense
with its type and with where its date came from; a count told since a time or so far
(:func:`_count_cues`) and the kinds of named entity of the sentence; a negation, a modal or a
subordinating word ("if", "because") on a verb above the trigger (:func:`_scope`); the source's
and recipient's length in words and whether either is a pronoun; the event among the article's
others (:mod:`dateline.realness_story`: how many of them are of its type, and whether one of its
type came before it; in a text of a few events, instead of these, one feature whose weight
stands in for what they add on average, so that a short text's lone act is not read as a kind
named once among many, nor as less likely real for want of a story); whether it stands in a
quotation; the sentence's place in the document and its length; the document's kind (news,
opinion, ...); how far the event's date lies from the publication date and how precise it is,
and whether the sentence names an earlier year; the other readings of the same trigger (their
types, and whether they are more confident); the event's confidence so far; the trigger's sense
and the sentence's mood (:mod:`dateline.realness_reading`: the kind of the trigger's object with
the event's type, its CAMEO root, a trigger that describes a noun, a question, a conditional,
and what carries an act told as an aim: a deed done, a going, a striving, a thing, a trying).
The words themselves are read only as the trigger's lemma and as members of word classes: with
about a thousand verdicts, the sentence's words as a bag and those near the trigger read worse,
out of fold.

:func:`judge` moves the log-odds of every event's ``confidence`` (how sure the coder is of its
type) by half the model's evidence that it is real (the log-odds of its probability against
those of the training base rate: :meth:`RealnessModel.confidence`), and drops the events whose
probability falls below the threshold (``threshold`` in ``realness.json``: cross-validation's,
the one of the highest F1 of real events out of fold, shipped since the filter does not lower
that F1 on the held verdicts and keeps every event the illustrative gold articles expect;
applied to texts of more than one sentence, the kind the verdicts are on: a lone sentence's
events are weighed, not dropped). ``DATELINE_REAL_THRESHOLD`` or the pipeline's
``real_threshold`` sets another (0: none dropped), applied to every text.
``benchmarks/train_realness.py`` writes the weights; ``REALNESS_CARD.md`` beside them says from
which data and with what results.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from .actor_pronouns import pronoun_left
from .code.lexicon import load_lexicon
from .coref import PRONOUNS
from .errors import ConfigError, DataFileError
from .genre import SPEAKER_PRONOUNS
from .learned import hashed, model_path, read_model_files
from .code.particulars import bare_plural
from .realness_offers import read_status
from .realness_reading import AIM_KEPT, aim_feats, mood_feats, sense_feats
from .realness_story import story_features
from .records import Event
from .sentences import QUOTE_MARKS, event_token, in_quotation, sentence_ents
from .tokens import children, doc_memo, heads, like_nums, span_text, tags, words
from .wordclasses import word_class
from .years import YEAR

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["RealnessModel", "event_features", "featurize", "judge", "judged", "load_realness",
           "read_realness", "save_realness", "threshold_from_env", "threshold_setting",
           "JUDGED", "MODALS", "SCREENED", "WEIGHED", "REALNESS_VERSION", "THRESHOLD_ENV"]

#: Bumped whenever :func:`event_features` changes, so that old weights are refused.
REALNESS_VERSION = 12
THRESHOLD_ENV = "DATELINE_REAL_THRESHOLD"

#: A date the story gives an act named again reads, to the model, as one carried from the text.
_DATE_FEATURE = {"story": "carried"}
#: Modal auxiliaries: what may, must or will be rather than what is (also read by realness_roles).
MODALS = frozenset({"will", "would", "could", "can", "may", "might", "should", "must", "shall",
                    "'ll", "wo", "ca"})
#: a lone pronoun as an actor's whole text: one that stands for a party named before it, or
#: the speaker's or the reader's own
_PRONOUNS = PRONOUNS | SPEAKER_PRONOUNS
_BE = frozenset({"is", "are", "am", "was", "were", "be", "been", "being", "'s", "'re", "'m"})
#: words that make a count a running total or a statistic rather than one happening
_CUMULATIVE = ("since", "so far", "to date", "in total", "a year", "every", "each year",
               "more than", "at least", "thousands", "hundreds", "tens of")
_WINDOW = 4  # words either side of the trigger whose word classes are read
#: word classes (``lexicon/word_classes.tsv``) that tell a kind of reading: a trigger of the
#: class, a verb above it of the class, a word of the class in its clause (:func:`_class_feats`)
_CLASSES = ("habitual_adverbs", "iterative_adverbs", "habitual_bases", "earlier_adverbs",
            "recent_adverbs", "later_adverbs", "long_spans", "many_counts", "quantifiers",
            "generic_subjects", "supposed_worlds", "going_on", "standing_relations",
            "backer_participles", "speech_verbs_police", "intent", "attempts",
            "deliberation_verbs", "being_verbs", "held_stances", "intent_undone", "short_times")
#: the classes read anywhere in the sentence: its times and its kind of world
_SENT_CLASSES = ("habitual_adverbs", "iterative_adverbs", "earlier_adverbs", "recent_adverbs",
                 "later_adverbs", "generic_subjects", "supposed_worlds", "short_times")
#: the statuses of the events judged: those told as done, those told as only intended or
#: wanted (proposed, demanded, threatened), where a verdict says whether a real, specific plan,
#: demand or threat is reported, and those told as attempted, read by what carries the aim
#: (:func:`~dateline.realness_reading.aim_feats`; an aim of force pursued by a deed of force
#: done is left to its status: :func:`judged`); the model is fitted on these
JUDGED = ("actual", "proposed", "demanded", "threatened", "attempted")
#: the statuses the filter screens: those it is fitted on. Claims made or denied ("are believed
#: to have been killed") are left to their status: screened, they cost more real events than
#: non-events on the judged real-news articles (4 real events for 1 held non-event)
SCREENED = JUDGED
#: the statuses whose events' confidence the model weighs: those told as done (the others'
#: confidence already says how sure the coder is of their modality)
WEIGHED = ("actual",)


@dataclass(frozen=True)
class RealnessModel:
    """A binary logistic regression over hashed features, with its dropping threshold."""

    n_features: int
    weights: np.ndarray  # (n_features,)
    bias: float
    threshold: float
    #: the share of real events among those the model was trained on: a probability above it
    #: is evidence for the event, below it against
    base_rate: float

    def proba(self, feats: set[str]) -> float:
        z = float(self.weights[hashed(feats, self.n_features)].sum()) + self.bias
        return _sigmoid(z)

    def confidence(self, prior: float, p: float) -> float:
        """An event's confidence ``prior`` (the coder's, for its type) weighed by the model's
        probability ``p`` that it is real: the log-odds move by half the model's evidence
        (the log-odds of ``p`` against those of the base rate; half, since the model reads the
        prior among its features)."""
        evidence = _logit(p) - _logit(self.base_rate)
        return round(_sigmoid(_logit(prior) + _EVIDENCE_WEIGHT * evidence), 3)

    def judged_confidence(self, event: Event, p: float) -> float:
        """``event``'s confidence once judged real with probability ``p``: weighed by it
        (:meth:`confidence`) when told as done (:data:`WEIGHED`), else its own."""
        return self.confidence(event.confidence, p) if event.status in WEIGHED \
            else event.confidence


_EVIDENCE_WEIGHT = 0.5


def judged(e: Event, feats: set[str]) -> bool:
    """Whether the filter judges ``e`` (its :func:`featurize` features ``feats``): its status is
    one of :data:`SCREENED` and it is no aim of force a deed of force done pursues."""
    return e.status in SCREENED and AIM_KEPT not in feats



def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _logit(p: float) -> float:
    p = min(1.0 - 1e-4, max(1e-4, p))
    return math.log(p / (1.0 - p))


def _bucket(n: float, edges: Sequence[float]) -> int:
    return bisect_right(list(edges), n)


def _months_before(date: str | None, pubdate: str | None) -> int | None:
    """Whole months from an event's date to the publication date (negative: after it)."""
    if not date or not pubdate or len(date) < 4 or len(pubdate) < 7:
        return None
    try:
        y, m = int(date[:4]), int(date[5:7]) if len(date) >= 7 else 6
        py, pm = int(pubdate[:4]), int(pubdate[5:7])
    except ValueError:
        return None
    return (py - y) * 12 + (pm - m)


def _days_before(date: str | None, pubdate: str | None) -> int | None:
    """Days from an event's date to the publication date (negative: after it); a date of a
    month or a year reads as its middle."""
    if not date or not pubdate:
        return None
    try:
        when = dt.date.fromisoformat((date + ("-15" if len(date) == 7 else
                                              "-07-01" if len(date) == 4 else ""))[:10])
        return (dt.date.fromisoformat(pubdate[:10]) - when).days
    except ValueError:
        return None


def _actor_feats(role: str, actor: Any) -> list[str]:
    if actor is None:
        return [f"{role}:none"]
    out = [f"{role}:{'resolved' if actor.country else 'named' if actor.name else 'words'}"]
    words = actor.text.split()  # its length in words (a pronoun, a name, a description)
    if not words and pronoun_left(actor):
        words = ["they"]  # a pronoun found for no one: an empty doer at the pronoun's offsets
    out.append(f"{role}_len:{min(len(words), 4)}" if words else f"{role}_len:none")
    if len(words) == 1 and words[0].lower() in _PRONOUNS:
        out.append(f"{role}:pronoun")
    if actor.sector:
        out.append(f"{role}_sector:{actor.sector}")
    if actor.country_from:
        out.append(f"{role}_from:{actor.country_from}")
    return out


def event_features(e: Event, doc: Doc, sent: Span, sent_index: int, *, genre: str | None,
                   pubdate: str | None, same_trigger: int, readings: Sequence[Event] = (),
                   cues: set[str] | None = None, acts: dict[int, list[str]] | None = None
                   ) -> set[str]:
    """The features of one event in its sentence ``sent`` (the ``sent_index``-th of ``doc``);
    ``same_trigger`` is how many events of the document share its trigger's offset,
    ``readings`` those other events, ``cues`` the sentence's :func:`_sentence_feats` when the
    caller has them already, ``acts`` the types of the document's events told as done, by
    trigger word."""
    tok = event_token(doc, e)
    etype, status = e.event_type, read_status(e, tok)  # an offer made is read as done
    feats: set[str] = set()
    # the status is read with the type (an offer to talk, a threat to strike), not with the
    # tag: most events judged are told as done, where the crossing would double the tag's weight
    feats.update((f"type:{etype}", f"status:{status}", f"stype:{status}/{etype}",
                  f"mode:{etype}/{e.mode or '-'}",
                  "rule:" + e.rule.rpartition(":")[2].split("+")[0],
                  f"learned_rule:{e.rule.startswith('learned:') or '+learned' in e.rule}",
                  f"attr:{e.attribution is not None}", f"genre:{genre or 'news'}",
                  f"sentpos:{_bucket(sent_index, (1, 2, 5, 10, 20))}",
                  f"slen:{_bucket(len(sent), (12, 20, 30, 45))}",
                  f"conf:{_bucket(e.confidence, (0.35, 0.55, 0.75, 0.9))}",
                  f"date:{_DATE_FEATURE.get(e.date_source, e.date_source) or 'none'}",
                  f"place:{e.place_source or 'none'}",
                  f"dup:{min(same_trigger, 3)}"))
    feats.update(_actor_feats("src", e.source))
    feats.update(_actor_feats("tgt", e.target))
    days = _days_before(e.date, pubdate)
    if days is not None:
        feats.add(f"days:{e.date_source or '-'}/{_bucket(days, (0, 1, 2, 8, 32, 183))}")
    feats.add(f"dprec:{e.date_precision or 'none'}")
    for other in readings:
        feats.add(f"other:{other.event_type}")
        feats.add("outranked" if other.confidence > e.confidence else "outranks")
    months = _months_before(e.date, pubdate)
    if months is not None and e.date_source not in (None, "publication"):
        feats.add(f"age:{_bucket(months, (0, 1, 4, 7, 13, 37))}")
    if pubdate and any(int(y) < int(pubdate[:4]) for y in YEAR.findall(e.sentence)):
        feats.add("old_year")
    rel = e.char_start - e.sent_start
    if in_quotation(e.sentence, max(0, rel)):
        feats.add("quoted")
    if e.sentence[:1] in QUOTE_MARKS:
        feats.add("quote_start")
    if tok is None:
        return feats
    lemma = tok.lemma_.lower()
    feats.update((f"t:{lemma}", f"tt:{lemma}/{etype}", f"tag:{tok.tag_}", f"dep:{tok.dep_}",
                  f"root:{tok.i == sent.root.i}"))
    deps = {c.dep_ for c in tok.children}
    if deps & {"auxpass", "nsubjpass"}:  # a passive: with its agent named or not
        feats.add("voice:passive" + ("/agent" if "agent" in deps else ""))
    for child in tok.children:
        if child.dep_ in ("aux", "auxpass"):
            low = child.lower_
            feats.add("aux:" + (low if low in MODALS else child.lemma_.lower()))
        elif child.dep_ == "neg":
            feats.add("neg")
        elif child.dep_ == "mark":
            feats.add("mark:" + child.lower_)
    if tok.dep_ in ("xcomp", "ccomp", "advcl", "relcl", "acl", "pcomp", "pobj", "dobj",
                    "nsubj", "conj") and tok.head.i != tok.i:
        head = tok.head
        feats.add(f"gov:{tok.dep_}/{head.lemma_.lower()}")
        feats.update("govaux:" + c.lower_ for c in head.children
                     if c.dep_ == "aux" and c.lower_ in MODALS)
    feats.update(_clause_feats(tok, _light_verb(tok)))
    feats.update(sense_feats(tok, e))
    feats.update(aim_feats(tok, e, acts or {}))
    feats.update(_class_feats(tok, sent, etype, e.date_source))
    feats.update(_sentence_feats(sent) if cues is None else cues)
    return feats


def _tense(verb: Token) -> str:
    """A verb's tense and aspect as its tag and auxiliaries tell them: ``past``, ``present``,
    ``perfect`` (has done), ``pluperfect`` (had done), ``progressive``, ``modal``,
    ``infinitive``, ``participle`` or ``noun`` (not a verb)."""
    doc = verb.doc  # the auxiliaries read from the arrays: no Token made
    deps, lowers = tags(doc).deps, words(doc).lowers
    auxes = [lowers[c] for c in children(doc)[verb.i] if deps[c] in ("aux", "auxpass")]
    if any(a in MODALS for a in auxes):
        return "modal"
    if "had" in auxes:
        return "pluperfect"
    if any(a in ("has", "have", "'ve", "'s") for a in auxes) and verb.tag_ == "VBN":
        return "perfect"
    if verb.tag_ == "VBG" and any(a in _BE for a in auxes):
        return "progressive"
    if any(a in ("was", "were") for a in auxes) or verb.tag_ == "VBD":
        return "past"
    if any(a in ("is", "are", "am", "'re", "'m") for a in auxes) or verb.tag_ in ("VBZ", "VBP"):
        return "present"
    if "to" in auxes or verb.tag_ == "VB":
        return "infinitive"
    return "participle" if verb.tag_ in ("VBG", "VBN") else "noun"


def _light_verb(tok: Token) -> Token | None:
    """The light verb whose object (or passive subject) a noun trigger is ("imposed sanctions",
    "talks were held"): the verb that tells the noun's act as done, in its tense."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("dobj", "obj", "nsubjpass") \
            or tok.head.i == tok.i:
        return None
    head = tok.head
    return head if head.lemma_.lower() in load_lexicon().light_verbs else None


def _clause_feats(tok: Token, light: Token | None = None) -> set[str]:
    """The trigger's clause: its tense and aspect (alone and with its lemma) and those of the
    verbs that govern it, the lemma of the nearest of them (said, planned, decided, ...), the
    way up to the sentence's root (a relative or subordinate clause, a reported one), and
    whether its subject or object is a bare plural (a generic kind; the trigger itself is not
    its own object) or a pronoun; a noun trigger of a ``light`` verb ("imposed sanctions") with
    that verb's tense (alone and with the trigger's lemma): a deed told as done."""
    tense = _tense(tok)
    feats = {"tense:" + tense, f"tl:{tok.lemma_.lower()}/{tense}"}
    if light is not None:
        feats.update(("light:" + _tense(light), f"light:{tok.lemma_.lower()}/{_tense(light)}"))
    governed = False
    path: list[str] = []
    node, verb = tok, tok if tok.pos_ in ("VERB", "AUX") else None
    for _ in range(6):
        if node.head.i == node.i:
            break
        path.append(node.dep_)
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            feats.add(f"govtense:{node.dep_ if node.dep_ != 'ROOT' else 'root'}/{_tense(node)}")
            feats.update(_scope(node))
            if not governed:
                feats.add("govverb:" + node.lemma_.lower())
                governed = True
            verb = verb or node
    feats.update("up:" + d for d in path[:4])
    if {"relcl", "acl"} & set(path):
        feats.add("relative")
    if verb is not None:
        feats.add("clause_tense:" + _tense(verb))
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                feats.add("subj:" + ("bare_plural" if bare_plural(c, ("predet",)) else
                                     c.lower_ if c.tag_ == "PRP" else c.tag_))
                feats.add("subjent:" + _named_kinds(c))
            elif c.dep_ == "dobj" and c.i != tok.i and bare_plural(c, ("predet",)):
                feats.add("obj:bare_plural")
    return feats


def _scope(verb: Token) -> set[str]:
    """What a verb above the trigger puts it under: a negation (``upneg``), a modal
    (``upmodal``), a subordinating word (``upmark:if``, ``upmark:because``, ...)."""
    out = set()
    for c in verb.children:
        if c.dep_ == "neg":
            out.add("upneg")
        elif c.dep_ == "aux" and c.lower_ in MODALS:
            out.add("upmodal")
        elif c.dep_ == "mark":
            out.add("upmark:" + c.lower_)
    return out


def _named_kinds(noun: Token) -> str:
    """The kinds of named entity in a subject's phrase ("ORG", "GPE/ORG", "none"): a named
    party ("the US Treasury") or a description ("officials", "many people")."""
    return "/".join(sorted({t.ent_type_ for t in noun.subtree if t.ent_type_})) or "none"


@lru_cache(maxsize=1)
def _classes_of() -> dict[str, tuple[str, ...]]:
    """Word → the classes of :data:`_CLASSES` it belongs to."""
    out: dict[str, list[str]] = {}
    for name in _CLASSES:
        for word in word_class(name):
            out.setdefault(word, []).append(name)
    return {w: tuple(c) for w, c in out.items()}


def _class_feats(tok: Token, sent: Span, etype: str, date_source: str | None) -> set[str]:
    """The word classes of the trigger (``tclass:``), of the words above it (``govclass:``), of
    the words of its clause (``near:``: its own dependents and those of the word it depends on,
    and the words within :data:`_WINDOW` of it) and those of :data:`_SENT_CLASSES` anywhere in
    its sentence (``sent:``); a noun trigger's determiner (``ndet:``); its tense with its type
    and with where its date came from."""
    classes = _classes_of()
    lemma = tok.lemma_.lower()
    feats = {"tclass:" + c for c in classes.get(lemma, classes.get(tok.lower_, ()))}
    node = tok
    for _ in range(3):
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX", "NOUN"):
            feats.update("govclass:" + c for c in classes.get(node.lemma_.lower(), ()))
    doc, i = tok.doc, tok.i  # the words around it read from the document's arrays
    below, lowers, lemmas = children(doc), words(doc).lowers, tags(doc).lemmas
    near = {*below[i], *below[heads(doc)[i]],
            *range(max(sent.start, i - _WINDOW), min(sent.end, i + _WINDOW + 1))}
    near.discard(i)
    for j in near:
        feats.update("near:" + c for c in classes.get(lowers[j], classes.get(lemmas[j], ())))
    if tok.pos_ in ("NOUN", "PROPN"):
        kids = {c.dep_: c for c in tok.children}
        det = kids.get("det")
        feats.add("ndet:" + ("poss" if "poss" in kids else "num" if "nummod" in kids else
                             det.lower_ if det is not None and det.lower_ in ("a", "an", "the")
                             else "other" if det is not None else
                             "bare_plural" if tok.tag_ == "NNS" else "bare"))
    feats.update("sent:" + c for j, c in _sentence_classes(sent) if j != i)
    tense = _tense(tok)
    feats.add(f"ttense:{etype}/{tense}")
    feats.add(f"tdate:{tense}/{date_source or 'none'}")
    return feats


def _sentence_classes(sent: Span) -> list[tuple[int, str]]:
    """Each word of ``sent`` with each of its classes of :data:`_SENT_CLASSES`, read once per
    sentence (every event of the sentence asks)."""
    memo = doc_memo(sent.doc, "realness.sentence_classes")
    found = memo.get(sent.start)
    if found is None:
        classes, lowers = _classes_of(), words(sent.doc).lowers
        found = memo[sent.start] = [(j, c) for j in range(sent.start, sent.end)
                                    for c in classes.get(lowers[j], ()) if c in _SENT_CLASSES]
    return found  # type: ignore[no-any-return]


def _sentence_feats(sent: Span) -> set[str]:
    """What a sentence tells of all its events: its :func:`_count_cues` and the kinds of
    named entity it holds (``sentent:DATE``, ``sentent:GPE``, ...)."""
    return _count_cues(sent) | mood_feats(sent) | {
        "sentent:" + ent.label_  # (a span's ents builds them all)
        for ent in sentence_ents(sent.doc, sent.start, sent.end)}


def _count_cues(sent: Span) -> set[str]:
    """The sentence's cues of a running count or a statistic ("since", "at least", ...), each
    with whether the sentence counts anything (a number that is not a year)."""
    doc = sent.doc  # read from the document's arrays: a span makes a Token of each word
    text = span_text(doc, sent.start, sent.end).lower()
    nums, texts = like_nums(doc), words(doc).texts
    counted = any(nums[j] and not YEAR.fullmatch(texts[j]) for j in range(sent.start, sent.end))
    return {f"cum:{cue}/{counted}" for cue in _CUMULATIVE if cue in text}


def featurize(doc: Doc, sents: Sequence[Span], events: Sequence[Event], *, genre: str | None,
              pubdate: str | None, only: Sequence[str] | None = None) -> list[set[str]]:
    """Each event's :func:`event_features` (``sents``: the document's sentences); with
    ``only``, those of the events of these statuses, an empty set for the others (which are
    still read as other readings of their trigger)."""
    starts = [s.start_char for s in sents]
    triggers: dict[int, list[Event]] = {}
    for e in events:
        triggers.setdefault(e.char_start, []).append(e)
    sent_of = [max(0, bisect_right(starts, e.char_start) - 1) for e in events]
    story = story_features(events, sent_of)  # the event among the article's others
    cues: dict[int, set[str]] = {}  # read once per sentence, not once per event
    acts: dict[int, list[str]] = {}  # what the deeds an aim may serve are told as
    for e in events:
        if e.status == "actual" and (tok := event_token(doc, e)) is not None:
            acts.setdefault(tok.i, []).append(e.event_type)
    out = []
    for e, i, in_story in zip(events, sent_of, story, strict=True):
        if only is not None and e.status not in only:
            out.append(set())
            continue
        if i not in cues:
            cues[i] = _sentence_feats(sents[i])
        out.append(in_story | event_features(
            e, doc, sents[i], i, genre=genre, pubdate=pubdate,
            same_trigger=len(triggers[e.char_start]),
            readings=[o for o in triggers[e.char_start] if o is not e], cues=cues[i],
            acts=acts))
    return out


def judge(doc: Doc, sents: Sequence[Span], events: list[Event], *, genre: str | None,
          pubdate: str | None, threshold: float | None = None,
          model: RealnessModel | None = None) -> list[Event]:
    """``events`` less those whose probability of being a real happening falls below
    ``threshold`` (the model's own when ``None``, and then only in a text of more than one
    sentence; 0 keeps them all), with the confidence of each told as done (:data:`WEIGHED`)
    weighed by that probability. Events the coder marks as not done (proposed, threatened,
    attempted, ...) carry their modality in their status and keep their confidence: only an
    unlikely one is dropped (a plan named in passing, a threat no one made, an aim no deed
    pursues); events the filter does not judge (:func:`judged`) are kept as they are."""
    if not any(e.status in SCREENED for e in events):
        return events
    model = load_realness() if model is None else model
    # the model's own threshold was chosen on events read in their articles: an event of a
    # text of one sentence, read without them, is weighed but not dropped
    cut = threshold if threshold is not None else model.threshold if len(sents) > 1 else 0.0
    # every event is read, as in training, so that what one trigger's other readings say
    # (their types, status, whether they outrank it) is the same as the model learnt it
    probas = {id(e): model.proba(f) for e, f in
              zip(events, featurize(doc, sents, events, genre=genre, pubdate=pubdate,
                                         only=SCREENED),
                  strict=True) if judged(e, f)}
    out: list[Event] = []
    for e in events:
        p = probas.get(id(e))
        if p is None:
            out.append(e)
        elif p >= cut:
            out.append(e.with_(confidence=model.judged_confidence(e, p)))
    return out


def threshold_setting(value: float | None) -> float | None:
    """The dropping threshold a pipeline uses: ``value`` when given, else the one
    ``DATELINE_REAL_THRESHOLD`` sets, else ``None`` (the model's own); a clear error when it is
    not a number in [0, 1]."""
    return threshold_from_env() if value is None else check_threshold(value)


def threshold_from_env() -> float | None:
    """The threshold ``DATELINE_REAL_THRESHOLD`` sets (``None`` when unset)."""
    raw = os.environ.get(THRESHOLD_ENV, "").strip()
    if not raw:
        return None
    return check_threshold(raw, THRESHOLD_ENV)


def check_threshold(value: object, name: str = "real_threshold") -> float:
    """``value`` as a threshold in [0, 1]; a clear error otherwise."""
    try:
        t = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ConfigError(f"{name} must be a number between 0 and 1 (got {value!r})") from None
    if not 0.0 <= t <= 1.0:
        raise ConfigError(f"{name} must be between 0 and 1 (got {t})")
    return t


def save_realness(folder: Path, model: RealnessModel, card: dict[str, Any]) -> None:
    """Write ``realness.npz`` (the non-zero weights) and ``realness.json``."""
    rows = np.flatnonzero(model.weights).astype(np.int32)
    folder.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(folder / "realness.npz", rows=rows,
                        values=model.weights[rows].astype(np.float32))
    meta = {"feature_version": REALNESS_VERSION, "n_features": model.n_features,
            "bias": model.bias, "threshold": model.threshold, "base_rate": model.base_rate,
            "card": card}
    (folder / "realness.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")


def read_realness(folder: Path) -> RealnessModel:
    """The real-event model saved in ``folder``; a clear error when its files are missing or
    bad."""
    meta, arrays = read_model_files(folder, "realness", "real-event model", REALNESS_VERSION)
    try:
        rows, values = arrays["rows"], arrays["values"]
        n = int(meta["n_features"])
        bias, threshold = float(meta["bias"]), float(meta["threshold"])
        base_rate = float(meta["base_rate"])
    except (KeyError, TypeError, ValueError) as err:
        raise DataFileError(f"real-event model in {folder} is malformed: {err!r}") from err
    if rows.shape != values.shape or (len(rows) and (rows.max() >= n or rows.min() < 0)) \
            or not 0.0 <= threshold <= 1.0 or not 0.0 < base_rate < 1.0:
        raise DataFileError(f"real-event model in {folder}: weights or threshold out of range")
    weights = np.zeros(n, dtype=np.float32)
    weights[rows] = values
    return RealnessModel(n, weights, bias, threshold, base_rate)


@lru_cache(maxsize=1)
def load_realness() -> RealnessModel:
    """The real-event model shipped with dateline (loaded once per process)."""
    return read_realness(model_path(""))
