"""Stage ``date``: acts the text tells as background to what it says now, at a time it does not
give: done before the report, so not of the report's day (:mod:`dateline.date_before`).

* What an account tells: "the former hostage told reporters how his captors beat him", "she
  described how soldiers had burned the village" (what someone tells of how things happened is
  done before the telling, as what someone remembers is);
* what a clause in the past tells of a party or a thing of a statement told in the present:
  "he is making the mistake he blamed his rival for", "it is the town the army shelled" (a
  description of what is now, by what was done before it); not in the article's first sentence,
  whose news a clause may tell ("A man who stabbed three people has been arrested");
* what a clause of "who" tells of a person, as who they are (:func:`describes_a_person`): the
  present perfect of experience ("the MP, who has visited the camps, said ...", "those who have
  fought there"), and the simple past of a clause set off by commas ("the envoy, who recently
  toured the region, warned ..."): a description of the party, at a time the text does not
  give, not the news the sentence tells; not in the article's first sentence, nor what the
  clause tells as recent or as of now ("who recently visited the camp", "who has now expelled
  the ambassador": of the report's days).

An act told so that the text dates keeps its date: only acts dated by the publication date alone
are undated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .aspect import PRESENT_PERFECT, clause_of, simple_past
from .date_clauses import told_in_present
from .date_earlier import told_earlier_by_grammar
from .sentences import first_conjunct
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["recounted", "described_before_now", "describes_a_person", "told_as_background"]

#: Adverbs telling an act as recent, of the report's days: "who recently visited"; and those
#: telling a present perfect as of now, its result the news ("who has now expelled").
_LATELY = word_class("recent_adverbs") | word_class("now_adverbs") | {"already"}
#: Verbs whose complement opened by "how" is an account of what happened.
_ACCOUNTS = frozenset({"tell", "describe", "recount", "explain", "relate", "detail", "narrate"})


def told_as_background(tok: Token) -> bool:
    """``tok``'s act is told as background: in an account (:func:`recounted`), in a past
    description within a statement of now (:func:`described_before_now`), or as what its
    clause's grammar puts before the news (:mod:`dateline.date_earlier`: "since he was
    captured")."""
    return recounted(tok) or described_before_now(tok) or describes_a_person(tok) or (
        told_earlier_by_grammar(tok))


def recounted(tok: Token) -> bool:
    """The act is in the past, in what a "how" clause of a verb of telling recounts: "told me
    how gunmen had broken into his farm and beaten him" (not "told reporters that troops
    attacked on Monday", nor "describes how they are treated")."""
    verb = clause_of(tok)
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    for a in (verb, *verb.ancestors):
        if a.dep_ == "ccomp" and a.head.lemma_.lower() in _ACCOUNTS and any(
                c.lower_ == "how" and c.i < a.i for c in a.children):
            return True
    return False


def described_before_now(tok: Token) -> bool:
    """The act is told in the simple past in a clause describing a party or a thing of a clause
    told in the present, past the article's first sentence: "he is committing the same blunder
    he blamed Obama for"."""
    verb = clause_of(tok)
    if tok.sent.start == 0 or verb.dep_ not in ("relcl", "acl") or not simple_past(verb):
        return False
    main = clause_of(verb.head)
    return main.i != verb.i and main.pos_ in ("VERB", "AUX") and told_in_present(main)


def describes_a_person(tok: Token) -> bool:
    """The act is told in a relative clause of "who" describing a person, past the article's
    first sentence: in the present perfect, not progressive ("who has visited the camps": what
    the person has done in their life), or in the simple past in a clause set off by a comma
    ("the envoy, who toured the region, said": who the speaker is); not one told as recent
    or as of now ("who recently visited", "who has now expelled"). A clause joined to such
    a clause shares it ("who visited the town and inspected the wards")."""
    verb = first_conjunct(clause_of(tok), ("VERB", "AUX"))
    if tok.sent.start == 0 or verb.dep_ != "relcl" or not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who" for c in verb.children):
        return False
    if any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in _LATELY for c in verb.children):
        return False  # "who recently visited the camp", "who has now expelled": of these days
    own = clause_of(tok)
    if own.i != verb.i and any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass")
                               for c in own.children):
        return False  # a joined clause with a tense of its own: "who came and has since left"
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBN" and auxes and auxes[0] in PRESENT_PERFECT and "been" not in auxes:
        return True  # "who has visited", not "who has been fighting" (going on now)
    head = verb.head
    set_off = head.i < verb.i and any(t.text == "," for t in verb.doc[head.i + 1:verb.i])
    return set_off and simple_past(verb)
