"""Stage ``date``: acts the grammar of their clause puts before the news told, at a time the
text does not give: done before the report, so not of the report's day
(:mod:`dateline.date_background`).

* The start of a span: an act in a clause of "since" ("have held him since he was captured",
  "it has been quiet since the group seized the town"), or a happening named after "since"
  ("have fled since the assault"): the span runs from it up to a later time;
* the cause of a later act: what a relative clause tells of a happening that led to another
  the sentence dates ("the attack, which killed 20, led to a trial that opened on Monday"):
  the happening and what it did came first;
* a step of a life: an act told in the simple past in a sentence past the lead whose main clause
  is a step of someone's life ("After he was freed, he rejoined the group and fought in
  Idlib"), a biography rather than the day's news.

Only acts dated by the publication date alone are undated (:mod:`dateline.date_before`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .aspect import clause_of, simple_past
from .date_story import FORCE_HAPPENINGS
from .sentences import first_conjunct
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["since_begun", "cause_recalled", "life_step", "told_earlier_by_grammar"]

#: Verbs whose subject brought about what their object names: "led to a trial".
_CONSEQUENCES = word_class("consequence_verbs")
#: Verbs of the steps of a person's life: "joined the group", "married a fighter".
_LIFE_STEPS = word_class("life_steps")
#: Nouns of a happening that can bring about a later one: "the raid", "the kidnapping".
_HAPPENINGS = FORCE_HAPPENINGS | word_class("attack_nouns")
_SINCE = "since"


def told_earlier_by_grammar(tok: Token) -> bool:
    """The act of ``tok`` starts a span, caused a dated later act, or is a step of a life."""
    return since_begun(tok) or cause_recalled(tok) or life_step(tok)


def since_begun(tok: Token) -> bool:
    """The act starts a span: in a clause of "since" told in the past ("since he was
    captured", not "since he is ill", a reason), or a happening after "since" ("since the
    assault")."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return tok.dep_ == "pobj" and tok.head.lower_ == _SINCE
    verb = clause_of(tok)
    return verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBN") and any(
        c.dep_ == "mark" and c.lower_ == _SINCE for c in verb.children)


def cause_recalled(tok: Token) -> bool:
    """The act is a happening, or what a relative clause tells it did, that is the subject of
    a verb of consequence whose clause the sentence dates: "the attack, which killed 20,
    led to a trial that opened on Monday"."""
    noun = tok
    if tok.pos_ in ("VERB", "AUX"):
        verb = first_conjunct(clause_of(tok), ("VERB", "AUX"))
        if verb.dep_ != "relcl":
            return False
        noun = verb.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.lemma_.lower() not in _HAPPENINGS:
        return False  # (not "the group, which kidnapped a journalist, prompted ...")
    consequence = noun.head
    if consequence.lemma_.lower() not in _CONSEQUENCES:
        return False
    told = {t.i for t in noun.subtree}
    return any(t.ent_type_ == "DATE" and t.i not in told for t in consequence.subtree)


def life_step(tok: Token) -> bool:
    """The act is told in the simple past, past the article's first sentence, in a sentence
    whose main clause is a step of a life told in the simple past: "After he was freed, he
    rejoined the group and fought in Idlib" (the freeing, the fighting)."""
    if tok.sent.start == 0:
        return False
    root = tok.sent.root
    if root.lemma_.lower() not in _LIFE_STEPS or not simple_past(root):
        return False
    verb = clause_of(tok)
    return simple_past(verb) or verb.tag_ == "VBN"
