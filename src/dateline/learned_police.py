"""The police head's part of the learned classifier (``learned.Classifier``): which sentences
it reads, where its police word can be the doer of an act, and how its probability and the rules'
police events combine in a sentence (:func:`revise_police`).

Three thresholds decide what the head adds, each by how the police word stands in its clause:
``police_add`` for a police word that is the doer of its clause (an act at its verb),
``police_statement`` for one that names a speaker (their statement, :mod:`dateline.police_acts`),
and ``police_present`` for one that is neither, a police force done to, met or told of ("stones
were thrown at the police", "a clash with the police"): by the definition of a police action in a
police story ("did the police do anything?"), their being at the scene of what is told is their
act, given as a generic police act of half the head's confidence with no ACLED type, at the verb
the police word hangs on (:func:`dateline.police_acts.presence_event`). A rule's police action is
vetoed at or below ``police_veto``. Each threshold is chosen apart, out of fold on the tune part
(``benchmarks/train_police.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from .code import Mention
from .code.ranks import rank_sector
from .code.roles import agent_words
from .police_acts import dies, police_event, presence_event, speaker, statement_event, told_act
from .tokens import tags
from .tokens import words as doc_words
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .records import Event

__all__ = ["police_mention", "police_words", "police_story", "police_related", "revise_police",
           "POLICE_STORY"]

_SPEECH_VERBS = word_class("speech_verbs_police")
_POSTED = word_class("posting_verbs")
_DONE_TO = word_class("patient_nouns")
#: a threshold no probability reaches: a head's act of that kind is never added
NEVER = 1.01


def _police(e: Event) -> bool:
    return e.source is not None and e.source.sector == "COP"


def _police_action(e: Event) -> bool:
    return _police(e) and e.status not in ("failed", "negated")


def police_mention(tokens: Iterable[Token]) -> Token | None:
    """The first word naming the police ("police", "cops", "constables"), doers first."""
    found = police_words(tokens)
    return next((t for t in found if _doer(t)), found[0] if found else None)


def police_words(tokens: Iterable[Token]) -> list[Token]:
    """The words naming the police ("police", "cops", "constables"), in their order."""
    agents = agent_words()
    tokens = list(tokens)
    if not tokens:
        return []
    doc = tokens[0].doc
    lemmas, pos, _, _ = tags(doc)
    lowers = doc_words(doc).lowers
    # (only the agents table's police can be the police: a rank is asked of those alone)
    return [t for t in tokens if pos[t.i] in ("NOUN", "PROPN")
            and agents.get(lemmas[t.i], agents.get(lowers[t.i])) == "COP"
            and rank_sector(t, "COP") == "COP"]


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
    return police is not None or any(_police(e) for e in events)


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


def revise_police(sent: Span, events: list[Event], build: Callable[[Mention], Event | None],
                  police: Token | None, story: bool, p_police: float,
                  th: dict[str, float]) -> list[Event]:
    """A sentence's events with the police head's decision (``p_police``: its probability that
    the police acted; ``th``: the thresholds): an act the rules missed, or the rules' police
    actions dropped when it is sure they did not act."""
    acting = [e for e in events if _police_action(e)]
    doer = police is not None and _doer(police)
    if story and police is not None and not any(_police(e) for e in events) \
            and p_police >= th["police_add"] and doer and not dies(police):
        # (the rules' judgement that they failed to act stands; dying is no act)
        new = build(police_event(police, p_police))
        if new is not None:
            events.append(new)
    elif acting and p_police <= th["police_veto"]:
        events = [e for e in events if not _police_action(e)]
    # the police's statement ("police said"), when no act of theirs is told and what they
    # report is no party's act told on someone's word (``police_acts.told_act``)
    said = speaker(police_words(sent)) if police is not None else None
    if story and said is not None and p_police >= th["police_statement"] \
            and not any(_police_action(e) or told_act(e) for e in events):
        new = build(statement_event(*said, p_police))
        if new is not None:  # a statement is no act of any ACLED type
            events.append(new.with_(acled_event_type=None, acled_sub_event_type=None))
    # the police at the scene, done to, met or told of ("stones were thrown at the police")
    if story and police is not None and said is None and not doer and not dies(police) \
            and p_police >= th.get("police_present", NEVER) \
            and not any(_police(e) for e in events):
        new = build(presence_event(police, p_police))
        if new is not None:
            events.append(new.with_(acled_event_type=None, acled_sub_event_type=None))
    return events
