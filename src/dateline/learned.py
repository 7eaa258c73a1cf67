"""Learned event classification: linear models that read a sentence as a whole.

The parse and the rules find events with their roles, spans, status, place and date. The models
here weigh each sentence's words together with the rules' own reading of it, and decide or veto
the event type:

- ``pentacode``: the sentence's CAMEO class (0 statement, 1 verbal cooperation, 2 material
  cooperation, 3 verbal conflict, 4 material conflict). When it is confident and the rules
  disagree, the sentence's main event takes the predicted class's CAMEO root when it is of the
  same kind (cooperation or conflict) and others of a higher class are dropped, save a verbal
  conflict on the main verb, whose content the words describe (a sentence with
  no event of that kind gets one from its root verb above the ``class_create`` threshold, which
  ``benchmarks/train.py`` now sets out of reach: such events were mostly wrong on real news);
- ``police``: whether the police act in a sentence that mentions them, or in which the rules
  found an act of theirs with no police word (an arrest, a curfew). When it is confident and
  the rules found no police action, the police mention becomes the source of a generic police
  event when the police word is the doer of its clause (a police word done to, or a speaker,
  would make the act at its verb theirs: "protesters threw stones at the police") and the
  document is a police story (``police_story``: a passing police word in a story of something
  else tells no act of theirs); above ``police_statement``, a police speaker's statement is
  their act when no other is told (:mod:`dateline.police_acts`); police actions it confidently
  rejects are dropped;
- ``plover``: the PLOVER type of the sentence's main event, which weighs each event's confidence.

Every event gets a ``confidence`` in [0, 1]: an added event the model's probability for it; a
rule's event between half and all of its rule's prior, by the models' agreement with it (the
geometric mean of the pentacode or police head's probability for what it says and the plover
head's probability for its type relative to the likeliest type).

The models are logistic regressions over hashed features (word and lemma unigrams, word bigrams,
the rules' event types, CAMEO roots, statuses and rules). Their weights are plain arrays in
``data/model/classifier.npz`` (read without pickle) with their labels and thresholds in
``classifier.json``; ``benchmarks/train.py`` writes them, and ``MODEL_CARD.md`` beside them says
from which data and with what results.
"""

from __future__ import annotations

import json
from bisect import bisect_right
import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from .code import Mention
from .code.frames import STATUSES
from .code.hypotheticals import supposed
from .code.intents import unlet
from .code.lexicon import PLOVER_TYPES, Sense, load_lexicon
from .code.postures import posture_force
from .code.refusal_terms import restraint_declared
from .code.roles import agent_words, np_span, object_of, subject_of
from .code.status import status_of
from .errors import DataFileError
from .feature_columns import hashed, word_columns, word_feature_strings, word_forms
from .sentence_runs import police_words_of
from .learned_veto import STATEMENT_ROOT, held_parties
from .police_acts import STATEMENT_RULE, dies, police_event, speaker, statement_event, told_act
from .records import Event, by_police
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["Classifier", "Head", "load_classifier", "unit_features", "pentaclass",
           "sentence_class", "police_mention", "police_related", "police_story", "FEATURE_VERSION"]

#: Bumped whenever :func:`unit_features` changes, so that old weights are refused.
FEATURE_VERSION = 1
RULESET = "learned"

_SPEECH_VERBS = word_class("speech_verbs_police")
_POSTED = word_class("posting_verbs")
_DONE_TO = word_class("patient_nouns")
#: The CAMEO root of reduced relations, a verbal conflict in the pentacode.
REDUCE_RELATIONS = 16


def type_roots(event_type: str) -> tuple[str, ...]:
    """The CAMEO roots the lexicon's readings give events of ``event_type``, the most given
    first."""
    return _type_roots().get(event_type, ())


@lru_cache(maxsize=1)
def _type_roots() -> dict[str, tuple[str, ...]]:
    lex = load_lexicon()
    counts: dict[str, Counter[str]] = {}
    for table in (lex.verbs, lex.nouns):
        for senses in table.values():
            for s in senses:
                if s.cameo_root:
                    counts.setdefault(s.event_type, Counter())[s.cameo_root] += 1
    return {t: tuple(r for r, _ in c.most_common()) for t, c in counts.items()}


def pentaclass(root: str | None) -> int:
    """CAMEO root → pentacode class (01–02 → 0, 03–05 → 1, 06–08 → 2, 09–13 → 3, 14–20 → 4),
    save that a reduction of relations (16: sanctions, expulsions, suspended aid or ties) is a
    verbal conflict, as the pentacode-labelled news sentences class it."""
    if not root:
        return 0
    r = int(root)
    if r == REDUCE_RELATIONS:
        return 3
    return 0 if r <= 2 else 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


def sentence_class(events: Iterable[Event]) -> int:
    """A sentence's pentacode: its most conflictual reported event's class, 0 when none."""
    return max((pentaclass(e.cameo_root) for e in events if e.status != "negated"), default=0)


def _police_action(e: Event) -> bool:
    return by_police(e) and e.status not in ("failed", "negated")


def police_mention(tokens: Iterable[Token]) -> Token | None:
    """The first word naming the police ("police", "cops", "constables"), doers first."""
    found = police_words(tokens)
    return next((t for t in found if _doer(t)), found[0] if found else None)


def police_words(tokens: Iterable[Token]) -> list[Token]:
    """The words naming the police ("police", "cops", "constables"), in their order."""
    return police_words_of(tokens if isinstance(tokens, list) else list(tokens))


#: the least share of a document's sentences that name the police for it to be a police story
POLICE_STORY = 0.1


def police_story(mentions: Sequence[Token | None]) -> bool:
    """Whether a document is a police story, one in which an act of the police the rules missed
    may be told: at least :data:`POLICE_STORY` of its sentences (``mentions``, each sentence's
    :func:`police_mention`) name them. A passing mention in a story of something else ("the
    base at RAF Akrotiri", "registered at the police station") tells no act of theirs."""
    return bool(mentions) and sum(m is not None for m in mentions) >= POLICE_STORY * len(mentions)


def police_related(police: Token | None, events: Iterable[Event]) -> bool:
    """Whether the police head reads a sentence: it names the police, or the rules found an act
    of theirs in it with no police word ("curfew was clamped on the old city", "22 persons were
    arrested": the police's unless said otherwise)."""
    return police is not None or any(by_police(e) for e in events)


def _doer(tok: Token) -> bool:
    """Whether a police word can be the source of an act: not when it names a recipient
    ("ambushed a police convoy", "police were attacked", "stones thrown at the police") nor a
    speaker ("a police spokesman said"). A body or office of the police stands for them
    ("the superintendent of police", "two companies of the RAF"), and forces sent somewhere
    act there, whether the sending is told in the passive or the active ("police were
    deployed", "the RAF has been rushed to the town", "requisitioned a company of the police")."""
    agents = agent_words()
    for _ in range(4):
        while tok.head.i != tok.i and (tok.dep_ == "conj" or tok.dep_ in ("compound", "amod",
                                                                          "poss")
                                       and tok.head.lemma_.lower() in agents):
            tok = tok.head  # "the army and the police", "police officers" (not "police firing")
        holder = tok.head.head
        if not (tok.dep_ == "pobj" and tok.head.lower_ == "of" and holder.pos_ == "NOUN"
                and holder.lemma_.lower() not in _DONE_TO):
            break
        tok = holder  # "the superintendent of police", not "the killing of policemen"
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" \
            and tok.head.dep_ == "dobj":
        return False  # a thing of theirs done to: "ambushed a police convoy"
    if tok.dep_ == "pobj":
        return tok.head.lower_ == "by"
    if tok.dep_ in ("nsubjpass", "dobj"):  # "police were deployed", "deployed the police"
        return tok.head.lemma_.lower() in _POSTED
    if tok.dep_ in ("iobj", "attr"):
        return False
    return not (tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _SPEECH_VERBS)


_UNSEEN: Any = object()


def unit_features(tokens: Sequence[Token], events: Iterable[Event],
                  police: Token | None = _UNSEEN) -> list[str]:
    """Features of a sentence (or a one-sentence text) and the rules' events in it;
    ``police`` is the sentence's :func:`police_mention` when the caller has it already."""
    return sorted(_features(tokens, events, police))


def _features(tokens: Sequence[Token], events: Iterable[Event], police: Token | None = _UNSEEN
              ) -> set[str]:
    """:func:`unit_features` in no order (the columns they hash to are sorted anyway)."""
    # a span makes its tokens anew each time it is read (a list, a run above all, is kept)
    tokens = tokens if isinstance(tokens, list) else list(tokens)
    return word_feature_strings(*word_forms(tokens)) | _rule_features(tokens, events, police)


def _rule_features(tokens: list[Token], events: Iterable[Event], police: Token | None
                   ) -> set[str]:
    """The features ``r:`` of :func:`_features`: the rules' events and the police word; the one
    place for features beyond the words, read by training and by :meth:`Classifier._columns`
    alike (``benchmarks/train_trials.py`` adds its candidates' features here)."""
    feats: set[str] = set()
    events = list(events)
    feats.add(f"r:class={sentence_class(events)}")
    if not events:
        feats.add("r:none")
    for e in events:
        feats.add("r:type=" + e.event_type)
        feats.add(f"r:root={e.cameo_root}")
        feats.add(f"r:typestatus={e.event_type}/{e.status}")
        feats.add("r:rule=" + e.rule.rpartition(":")[2].split("+")[0])
        if e.source is not None and e.source.sector:
            feats.add(f"r:sector={e.source.sector}/{e.status}")
    if (police_mention(tokens) if police is _UNSEEN else police) is not None:
        feats.add("r:police_word")
    return feats


@dataclass(frozen=True)
class Head:
    """One multinomial logistic regression over binary hashed features."""

    labels: tuple[str, ...]
    weights: np.ndarray  # (n_features, n_labels)
    bias: np.ndarray  # (n_labels,)

    def proba(self, columns: np.ndarray) -> np.ndarray:
        return self.softmax(self.weights[columns].sum(axis=0))

    def softmax(self, scores: np.ndarray) -> np.ndarray:
        """The probabilities of the labels, from the summed weights of a text's columns."""
        z = scores + self.bias
        z = np.exp(z - z.max())
        return z / z.sum()


@dataclass(frozen=True)
class Classifier:
    """The pentacode, police and plover heads with their decision thresholds."""

    n_features: int
    pentacode: Head
    police: Head
    plover: Head
    thresholds: dict[str, float]
    defaults: dict[int, tuple[str, str]]  # pentacode class → (PLOVER type, CAMEO root)
    # the heads' weights side by side, so that a sentence's columns are read once for all
    # three: each head's weights become a view of its own columns of it
    _stacked: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        heads = [getattr(self, name) for name in HEADS]
        stacked = np.ascontiguousarray(np.concatenate([h.weights for h in heads], axis=1))
        object.__setattr__(self, "_stacked", stacked)
        start = 0
        for name, head in zip(HEADS, heads, strict=True):
            end = start + len(head.labels)
            object.__setattr__(self, name, Head(head.labels, stacked[:, start:end], head.bias))
            start = end

    def probas(self, columns: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The pentacode, police and plover heads' probabilities for a text's columns (the
        same as each head's ``proba``)."""
        return self._split(self._stacked[columns].sum(axis=0))

    def _split(self, scores: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The three heads' probabilities from a text's summed weights of all heads."""
        return self._split_rows(scores[np.newaxis])[0]

    def _split_rows(self, scores: np.ndarray) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
        """The three heads' probabilities for each row of ``scores`` (a text's summed weights
        of all heads each, as :meth:`Head.softmax` gives them), worked out for all rows at
        once: numpy called per head, not per sentence."""
        out = []
        start = 0
        for name in HEADS:
            head: Head = getattr(self, name)
            end = start + len(head.labels)
            z = scores[:, start:end] + head.bias
            z = np.exp(z - z.max(axis=1, keepdims=True))
            out.append(z / z.sum(axis=1, keepdims=True))
            start = end
        return list(zip(*out, strict=True))

    def revise(self, doc: Doc, sents: Sequence[Span], events: list[Event],
               build: Callable[[Mention], Event | None],
               tokens: Sequence[list[Token]] | None = None) -> list[Event]:
        """The rules' events of ``doc`` decided, vetoed and completed sentence by sentence, each
        with its confidence. ``build`` turns a new mention into an event as the rules' are;
        ``tokens``: the sentences' tokens, one list each, when the caller has them."""
        starts = [s.start_char for s in sents]
        by_sent: dict[int, list[Event]] = {}
        for e in events:  # by the sentence holding the trigger
            by_sent.setdefault(max(0, bisect_right(starts, e.char_start) - 1), []).append(e)
        toks = [list(sent) for sent in sents] if tokens is None else tokens
        mentions = [police_mention(t) for t in toks]
        story = police_story(mentions)
        # every sentence's columns read in one take of the weights, then summed sentence by
        # sentence (each sum over a block of the same shape as the sentence's own: the same
        # order of adding, so the same float32 sums; np.add.reduceat adds in another order)
        cols = [self._columns(toks[i], by_sent.get(i, []), mentions[i]) for i in range(len(sents))]
        taken = self._stacked[np.concatenate(cols)] if cols else self._stacked[:0]
        ends = np.cumsum([len(c) for c in cols]).tolist()
        scores = [taken[a:b].sum(axis=0) for a, b in zip([0, *ends][:-1], ends, strict=True)]
        probs = self._split_rows(np.stack(scores)) if scores else []
        out: list[Event] = []
        for i, sent in enumerate(sents):
            out.extend(self._sentence(sent, by_sent.get(i, []), build, mentions[i], story,
                                      probs[i]))
        return out

    def _columns(self, tokens: list[Token], events: list[Event], police: Token | None
                 ) -> np.ndarray:
        """``hashed(_features(tokens, events, police))``, the word features' columns looked up
        by their words (:mod:`dateline.feature_columns`)."""
        found = word_columns(*word_forms(tokens), self.n_features)
        found.update(hashed(_rule_features(tokens, events, police), self.n_features).tolist())
        return np.array(sorted(found), dtype=np.int64)

    def _sentence(self, sent: Span, events: list[Event],
                  build: Callable[[Mention], Event | None], police: Token | None,
                  story: bool, probs: tuple[np.ndarray, np.ndarray, np.ndarray]
                  ) -> list[Event]:
        """One sentence's events revised (``probs``: the three heads' probabilities for it)."""
        th = self.thresholds
        p_class, p_police_head, p_type = probs
        events = list(events)
        related = police_related(police, events)
        p_police = float(p_police_head[1]) if related else 0.0
        # police: an action the rules missed, or police actions confidently rejected
        if related:
            acting = [e for e in events if _police_action(e)]
            if story and police is not None and not any(by_police(e) for e in events) \
                    and p_police >= th["police_add"] \
                    and _doer(police) and not dies(police):
                # (the rules' judgement that they failed to act stands; dying is no act)
                # (an act the police are not let do is none: ``unlet``; nor one only supposed,
                # "were the police to arrest him", nor force they say they will not use)
                added = police_event(police, p_police)
                new = None if unlet(sent.doc, added) or _vetoed(sent.doc[added.trigger]) or \
                    supposed(police) else build(added)
                if new is not None:
                    events.append(new)
            elif acting and p_police <= th["police_veto"]:
                events = [e for e in events if not _police_action(e)]
            # the police's statement ("police said"), when no act of theirs is told and what
            # they report is no party's act told on someone's word (``police_acts.told_act``)
            if story and police is not None and p_police >= th["police_statement"] \
                    and not any(_police_action(e) or told_act(e) for e in events) \
                    and (said := speaker(police_words(sent))) is not None \
                    and not _vetoed(said[1]) and not any(
                        _vetoed(c) for c in said[1].children if c.dep_ in ("ccomp", "xcomp")):
                new = build(statement_event(*said, p_police))
                if new is not None:  # a statement is no act of any ACLED type
                    events.append(new.with_(acled_event_type=None, acled_sub_event_type=None))
        # pentacode: the sentence's class when the model is sure of it. An event of the other
        # class of the same kind (verbal or material cooperation; verbal or material conflict)
        # takes the predicted class's root; others are dropped (a lower class) or completed by a
        # new event (a higher one). Every event the class counts is decided (all but negated
        # ones: "announced a ceasefire", proposed, is material cooperation as the class reads
        # it), and the police's acts are the police head's.
        guess = int(np.argmax(p_class))
        sure = float(p_class[guess])
        have = sentence_class(events)
        if guess < have and sure >= th["class_veto"]:
            above = [e for e in events if not by_police(e) and e.status in _COUNTED
                     and pentaclass(e.cameo_root) > guess and not _posture_held(e, guess, sent)]
            main = max((e for e in above if _kin(pentaclass(e.cameo_root), guess)),
                       key=_salience, default=None)
            if any(pentaclass(e.cameo_root) == guess and e.status != "negated" for e in events):
                main = None
            # the main act stays whole: one event per coordinated party ("the Netherlands
            # and Switzerland suspended aid", "sanctions on the CAR and the DRC")
            kept = {id(e) for e in above if main is not None and _same_act(e, main)}
            # a verbal conflict the main clause reports stays: the model reads the words of
            # what is demanded or rejected ("demanded that they allow aid workers in")
            gone = {id(e) for e in above if id(e) not in kept and not _voiced(e, sent)}
            # read as a statement, an act whose parties its trigger governs is said by them
            # ("agreed with the Senate that ..."): it keeps them (``learned_veto``)
            kept |= {i for e in above if (i := id(e)) in gone and held_parties(e, sent, guess)}
            gone -= kept
            events = [self._rerooted(e, guess) if id(e) in kept else e for e in events
                      if id(e) not in gone]
        elif guess > have and sure >= th["class_raise"]:
            main = max((e for e in events if e.status in _COUNTED and not by_police(e)
                        and _kin(pentaclass(e.cameo_root), guess)), key=_salience, default=None)
            if main is not None:
                events = [self._rerooted(e, guess) if _same_act(e, main) else e for e in events]
            elif sure >= th["class_create"] and not any(by_police(e) for e in events):
                etype, root = self.defaults[guess]
                new = build(_sentence_event(sent, guess, etype, root, sure))
                if new is not None:
                    events.append(new)
        p_type = dict(zip(self.plover.labels, (p_type / p_type.max()).tolist(), strict=True))
        return [e.with_(confidence=self._confidence(e, p_class, p_police, p_type))
                for e in events]

    def _rerooted(self, e: Event, cls: int) -> Event:
        """The event with a CAMEO root of the model's class (its type stays): the root of that
        class its type takes where there is one (a demand read as a verbal conflict is a
        demand, 10, not a rejection), else the class's default (a statement's: 01)."""
        root = next((r for r in type_roots(e.event_type) if pentaclass(r) == cls),
                    self.defaults[cls][1] if cls in self.defaults else STATEMENT_ROOT)
        return e.with_(cameo_root=root, rule=e.rule + f"+{RULESET}")

    @staticmethod
    def _confidence(e: Event, p_class: np.ndarray, p_police: float,
                    p_type: dict[str, float]) -> float:
        """An added event's is the model's probability; a rule's event keeps between half and
        all of its rule's prior, as the models agree with it (to overrule a rule, a model
        vetoes its event)."""
        if _police_action(e) and p_police:
            q = p_police
        elif e.cameo_root:
            q = float(p_class[pentaclass(e.cameo_root)])
        else:
            q = 1.0 - float(p_class[0])
        if e.rule.startswith(RULESET + ":"):
            return round(q / 2 if e.rule == STATEMENT_RULE else q, 3)
        agree = math.sqrt(q * p_type.get(e.event_type, 0.0))
        return round(min(1.0, max(0.0, e.confidence) * (0.5 + 0.5 * agree)), 3)


#: The events the pentacode head may re-root or veto: those a sentence's class counts (all but
#: negated ones and alleged ones, whose claim the class reads while the content is the act:
#: "claimed that they had attacked the airport"). Chosen by 4-fold cross-validation within the
#: CAMEO tune part: deciding only done or attempted acts left "announced a ceasefire"
#: (proposed) a verbal cooperation.
_COUNTED = tuple(s for s in STATUSES if s not in ("negated", "alleged"))


def _kin(a: int, b: int) -> bool:
    """Classes of the same kind: verbal and material cooperation, verbal and material conflict."""
    return a > 0 and b > 0 and (a <= 2) == (b <= 2)


def _posture_held(e: Event, guess: int, sent: Span) -> bool:
    """Whether ``e`` is a force posture the rules read (forces sent, moved or massed with no
    cooperative purpose: those with one are aid by the rules already) that a cooperation
    reading of the head may not veto: the words of a deployment are those of peacekeeping
    and training, which the rules tell apart by the purpose the text gives."""
    if e.event_type != "MOBILIZE" or guess not in (1, 2):
        return False
    trigger = next((t for t in sent if t.idx == e.char_start), None)
    return trigger is not None and posture_force(trigger) is not None


def _voiced(e: Event, sent: Span) -> bool:
    """Whether ``e`` is a verbal conflict (a demand, accusation, rejection or threat) on the
    sentence's main verb."""
    return pentaclass(e.cameo_root) == 3 and e.char_start == sent.root.idx


def _same_act(e: Event, main: Event) -> bool:
    """Whether ``e`` is ``main`` or the reading of another of its coordinated parties (the same
    trigger and type)."""
    return e is main or ((e.char_start, e.char_end, e.event_type, e.cameo_root) ==
                         (main.char_start, main.char_end, main.event_type, main.cameo_root))


def _salience(e: Event) -> tuple[float, int]:
    return e.confidence, -e.char_start


def _sentence_event(sent: Span, cls: int, etype: str, root: str, p: float) -> Mention:
    verb = sent.root
    subj = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
    obj = object_of(verb, etype) if verb.pos_ == "VERB" else None
    return Mention(
        trigger=verb.i, trigger_span=(verb.i, verb.i + 1),
        sense=Sense(verb.lemma_.lower(), etype, None, root, None, None),
        status=status_of(verb), source=np_span(subj) if subj is not None else None,
        target=np_span(obj) if obj is not None else None, fatalities=None, injuries=None,
        rule=f"{RULESET}:pentacode_{cls}", construction="verb", confidence=round(p, 3))


MODEL_DIR = "data/model"


def model_path(name: str) -> Path:
    """A file (or, for "", the folder) of the models shipped with dateline."""
    return Path(str(resources.files("dateline").joinpath(f"{MODEL_DIR}/{name}")))


def save_classifier(folder: Path, clf: Classifier, card: dict[str, Any]) -> None:
    """Write the weights (``classifier.npz``: only the non-zero rows) and ``classifier.json``."""
    arrays: dict[str, np.ndarray] = {}
    for name in HEADS:
        head: Head = getattr(clf, name)
        rows = np.flatnonzero(np.abs(head.weights).sum(axis=1) > 0).astype(np.int32)
        arrays[f"{name}_rows"] = rows
        arrays[f"{name}_values"] = head.weights[rows].astype(np.float32)
        arrays[f"{name}_bias"] = head.bias.astype(np.float32)
    folder.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(folder / "classifier.npz", **arrays)
    meta = {"feature_version": FEATURE_VERSION, "n_features": clf.n_features,
            "labels": {name: list(getattr(clf, name).labels) for name in HEADS},
            "thresholds": clf.thresholds,
            "defaults": {str(k): list(v) for k, v in sorted(clf.defaults.items())},
            "card": card}
    (folder / "classifier.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")


def read_model_files(folder: Path, stem: str, what: str, version: int
                     ) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """A model's ``<stem>.json`` and the arrays of its ``<stem>.npz`` (read without pickle), its
    features of ``version``; a clear error naming ``what`` when they are missing or bad."""
    try:
        meta = json.loads((folder / f"{stem}.json").read_text(encoding="utf-8"))
        with np.load(folder / f"{stem}.npz", allow_pickle=False) as arrays:
            data = {k: arrays[k] for k in arrays.files}
    except (OSError, ValueError) as err:
        raise DataFileError(f"{what} in {folder} cannot be read: {err}") from err
    if not isinstance(meta, dict) or meta.get("feature_version") != version:
        found = meta.get("feature_version") if isinstance(meta, dict) else None
        raise DataFileError(f"{what} in {folder} was trained on features of version {found}, "
                            f"not {version}")
    return meta, data


HEADS = ("pentacode", "police", "plover")
_THRESHOLDS = ("police_add", "police_veto", "police_statement", "class_veto", "class_raise",
               "class_create")


def read_classifier(folder: Path) -> Classifier:
    """The classifier saved in ``folder``; a clear error when its files are missing or bad."""
    meta, data = read_model_files(folder, "classifier", "event classifier", FEATURE_VERSION)
    try:
        n = int(meta["n_features"])
        heads = {}
        for name in HEADS:
            labels = tuple(meta["labels"][name])
            rows, values = data[f"{name}_rows"], data[f"{name}_values"]
            if values.shape != (len(rows), len(labels)) or (len(rows) and rows.max() >= n):
                raise DataFileError(f"event classifier in {folder}: {name} weights do not fit "
                                    f"{len(labels)} labels over {n} features")
            weights = np.zeros((n, len(labels)), dtype=np.float32)
            weights[rows] = values
            heads[name] = Head(labels, weights, data[f"{name}_bias"].astype(np.float32))
        thresholds = {k: float(meta["thresholds"][k]) for k in _THRESHOLDS}
        defaults = {int(k): (str(v[0]), str(v[1])) for k, v in meta["defaults"].items()}
    except (KeyError, TypeError, ValueError) as err:
        raise DataFileError(f"event classifier in {folder} is malformed: {err!r}") from err
    if heads["pentacode"].labels != ("0", "1", "2", "3", "4") or len(heads["police"].labels) != 2 \
            or set(defaults) != {1, 2, 3, 4} or not set(heads["plover"].labels) <= PLOVER_TYPES:
        raise DataFileError(f"event classifier in {folder}: unexpected labels or defaults")
    return Classifier(n, heads["pentacode"], heads["police"], heads["plover"], thresholds,
                      defaults)


@lru_cache(maxsize=1)
def load_classifier() -> Classifier:
    """The classifier shipped with dateline (loaded once per process)."""
    return read_classifier(model_path(""))


def _vetoed(verb: Token) -> bool:
    """Whether the rules hold what ``verb`` tells to be no act: a clause of an inverted
    condition ("had the police arrested him") or force said not to be used ("would not fire")."""
    return supposed(verb) or restraint_declared(verb)
