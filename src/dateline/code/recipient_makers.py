"""The maker of a decision or a plan another party judges, named earlier in the story.

"Washington announced plans for a border force. … Russia also opposed the plan": "the plan"
is a thing (the event's object), and whom the act of opposing is aimed at is the one whose plan
it is. When the words of the act name no maker ("the plan", "this decision"), the latest
earlier mention of the same kind of thing in the story that does name one gives it: an owner
("Trump's decision"), a name before it ("the US plan"), a "by" phrase ("the decision by the
government"), or the subject of the verb the thing is the object of ("Washington announced
plans", "the cabinet took the decision").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..coref_things import thing_meant
from ..sentences import sentence_spans
from ..wordclasses import word_class
from .phrases import np_span, thing as _thing
from .recipient_causes import answered, deed
from .recipient_made import act_maker, kin, maker_word
from .words import definite

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

    from ..records import Actor
    from .mention import Mention

__all__ = ["earlier_maker", "maker_recipient", "own_maker"]

#: What a party decides or puts forward ("the decision", "the plan").
_MADE = word_class("made_things")
#: Acts that judge what another party made: turning it down, blaming, backing it.
_JUDGING = frozenset({"REJECT", "ACCUSE", "SUPPORT"})
#: Words that make a thing the one the story told of before ("the plan", "this decision").
#: Entity kinds of the names of parties.
_PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
#: How far back, in sentences, an earlier mention may name the maker.
_RECENT_SENTENCES = 15
#: Verbs whose subject makes the thing their object names ("announced plans").
_MAKING = word_class("maker_verbs")


def _named(tok: Token) -> bool:
    return tok.ent_type_ in _PARTY_ENTS and tok.pos_ in ("PROPN", "NOUN", "ADJ")


def own_maker(thing: Token) -> Token | None:
    """The party a mention of a thing names as its maker in its own words or its verb's
    subject; ``None`` when it names none."""
    for c in thing.children:
        if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < thing.i and _named(c):
            return c
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            by = next((g for g in c.children if g.dep_ == "pobj" and _named(g)), None)
            if by is not None:
                return by
        if c.dep_ == "relcl" and c.i > thing.i and c.lemma_ != "be" and not any(
                g.dep_ == "mark" for g in c.children):  # "the names that the envoy wanted"
            # (not a claim's content: "the claim that Russia was involved")
            subj = next((g for g in c.children if g.dep_ == "nsubj" and g.pos_ != "PRON"
                         and (_named(g) or not _thing(g))), None)
            if subj is not None:
                return subj
    verb = thing.head
    if thing.dep_ in ("dobj", "obj") and verb.lemma_.lower() in _MAKING or \
            thing.dep_ in ("appos", "npadvmod") and verb.pos_ == "VERB" and verb.i < thing.i:
        # "Washington announced plans"; "the UN announced that …, a decision hailed by …"
        return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"
                     and (_named(c) or not _thing(c))), None)
    return None


def _deed_maker(cause: Token) -> Token | None:
    """The maker a cause that is a party's deed names ("over the president's decision": the
    president, a party word as well as a name); ``None`` for any other thing ("over the
    president's illness")."""
    if not deed(cause):
        return None
    return own_maker(cause) or next((c for c in cause.children if c.dep_ == "poss"
                                     and c.pos_ != "PRON" and maker_word(c)), None)


def earlier_maker(thing: Token, event_type: str) -> Token | None:
    """The maker of the thing ``thing`` an act of ``event_type`` judges, named by the latest
    earlier mention of the same kind of thing in the last few sentences, when the thing's own
    words name none ("Russia also opposed the plan"); ``None`` otherwise."""
    lemma = thing.lemma_.lower()
    if event_type not in _JUDGING or lemma not in _MADE or not definite(thing) or any(
            c.dep_ in ("poss", "amod", "nmod", "prep", "acl", "relcl")
            or c.dep_ == "compound" and _named(c) for c in thing.children):
        return None  # "the plan to withdraw", "the plan for the force": told of here
        # (but "the withdrawal decision" names no maker: told of before)
    doc = thing.doc
    sents = [s for s in sentence_spans(doc) if s.start <= thing.i][-_RECENT_SENTENCES - 1:]
    for sent in reversed(sents):
        for tok in reversed(sent):
            if tok.i < thing.i and (tok.lemma_.lower() == lemma or kin(tok, thing)) and \
                    tok.pos_ == "NOUN":  # "the US withdrawal. … welcomed the pullout"
                maker = own_maker(tok)
                if maker is not None:
                    return maker
            elif tok.i < thing.i and (maker := act_maker(tok, thing)) is not None:
                return maker  # "Trump decided to withdraw. … criticised the decision"
    return None


def maker_recipient(doc: Doc, m: Mention, target: Actor | None, source: Actor | None,
                    resolve: Callable[[tuple[int, int]], Actor | None]) -> Actor | None:
    """The recipient of the mention ``m``: ``target`` when found, else the maker of the thing
    it judges named earlier in the story (:func:`earlier_maker`), resolved by ``resolve``
    with no words of its own here (``text`` empty, the earlier words as ``antecedent``), or,
    for an act with no words for its recipient, the party its cause names or the maker of the
    thing it names (:func:`.recipient_causes.answered`); not the act's own doer ("defended
    the decision" after "its decision")."""
    if target is not None:
        return target
    cause = answered(doc, m) if m.target is None else None
    if m.target is None:  # "resigned over the president's decision": the president
        here = maker = cause if cause is None or not _thing(cause) else _deed_maker(cause)
    else:
        thing = doc[m.target[0]:m.target[1]].root
        here = own_maker(thing) if m.sense.event_type in _JUDGING and _thing(thing) else None
        maker = here or earlier_maker(thing, m.sense.event_type)
    if maker is None and m.sense.event_type in _JUDGING and \
            (meant := thing_meant(doc[m.trigger])) is not None:  # "rejected it": the plan
        maker = own_maker(meant) or earlier_maker(meant, m.sense.event_type)
    if maker is None or m.source is not None and m.source[0] <= maker.i < m.source[1]:
        return None
    span = np_span(maker, with_conj=False)  # "the Kenyan cabinet", "the prime minister's"
    found = resolve((span[0], maker.i + 1) if maker.dep_ in ("poss", "compound", "amod", "nmod")
                    else span)  # (a modifier's phrase ends at its word: not its "'s")
    # (the doer by name; of a cause, by its words: "the envoy resigned over the government's
    # plan" names two parties of one kind)
    if found is None or source is not None and ((found.text.lower() == source.text.lower())
                                                if cause is not None else
                                                (found.name or found.text) ==
                                                (source.name or source.text)):
        return None
    if here is not None:
        return found  # its own words, in the act's sentence
    return replace(found, text="", char_start=None, char_end=None,
                   antecedent=found.antecedent or found.text)
