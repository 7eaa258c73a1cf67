"""Stage ``date``: a party named by what was done to it ("the journalist taken hostage by the
group", "two fighters captured in the north") is named by an act done before the clause that
names it, at a time the text does not give there.

A past participle with no auxiliary hanging on a noun tells no time of its own; where its noun
is a party the act was done to (people, a body, or the event's recipient), the participle picks
the party out by its past, as a relative clause in the past perfect would ("who had been
captured"): its start is not the report's day, so it has no date (``date_source`` ``before
publication``). Not so for a participle on a happening ("an assault backed by air strikes":
the assault's own time) nor in a headline's fragment whose noun governs nothing ("Two soldiers
killed in blast": the news itself) or stands as what a verb of saying reports or what "there
be" presents ("Police say two soldiers killed", "There were two soldiers killed": the same),
nor on a party ranked among those it was done to ("the first person charged under the law": a
record, which may be the news), nor one tied to a happening ("travellers wounded by the
blast": the blast's time, which the story may tell).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_things import agentive
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .records import Actor

__all__ = ["named_by_deed"]

#: Nouns of happenings, whose participles tell the happening's own time.
_HAPPENINGS = word_class("deed_nouns") | word_class("undergone_acts") | word_class("war_deeds")

#: Nouns of people and bodies.
_PEOPLE = word_class("people") | word_class("doers")
#: Words ranking a party among those the act was done to: "the first man convicted".
_RANKS = frozenset({"first", "only", "last", "latest", "second", "third"})
#: Verbs whose reported clause may drop its "were" in a headline: "Police say 20 held".
_SAYING = word_class("speech_verbs_attribution")
#: What gives a clause a tense or a subject of its own: not a bare participle.
_TENSED = frozenset({"aux", "auxpass", "nsubj", "nsubjpass"})


def named_by_deed(tok: Token, target: Actor | None) -> bool:
    """The act of ``tok`` is a bare past participle on a noun of a party it was done to (people,
    a body, or ``target``): "calls grow for the fighters captured in the north" (captured
    before, no date)."""
    if tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBD") or any(
            c.dep_ in _TENSED for c in tok.children):  # (a participle the tagger takes as a past)
        return False
    noun = tok.head
    if noun.pos_ not in ("NOUN", "PROPN") or _fragment(noun) or (
            noun.lemma_.lower() in _HAPPENINGS) or any(
            c.tag_ == "JJS" or c.lower_ in _RANKS or c.ent_type_ == "ORDINAL"
            for c in noun.children if c.i < noun.i):
        return False  # "the first person charged under the law": a record, maybe the news
    if any(g.lemma_.lower() in _HAPPENINGS for c in tok.children if c.dep_ in ("agent", "prep")
           for g in c.children if g.dep_ == "pobj"):
        return False  # "travellers wounded by the blast": the blast's time, maybe the news
    if _party(noun):
        return True
    if target is None:
        return False
    if target.char_start is not None and target.char_end is not None:
        return target.char_start <= noun.idx < target.char_end
    return noun.text in target.text.split()


def _fragment(noun: Token) -> bool:
    """``noun`` heads a headline's fragment, a participle's clause whose "were" is dropped: the
    sentence's root ("Two soldiers killed"), the attribute of "there be" ("There were two
    soldiers killed"), or the subject of what a verb of saying reports, which the parser reads
    as the verb's object ("Police say two soldiers killed"). A subject whose clause has its own
    verb is no fragment: "police said the men held in May were freed" (held before)."""
    head = noun.head
    if noun.dep_ == "ROOT":
        return True
    if noun.dep_ == "attr" and head.lemma_ == "be":
        return any(c.dep_ == "expl" for c in head.children)
    return noun.dep_ in ("dobj", "ccomp") and head.lemma_.lower() in _SAYING


def _party(noun: Token) -> bool:
    """``noun`` names people or a body: "the journalist", "two fighters", "the bomber"."""
    lemma = noun.lemma_.lower()
    return lemma in _PEOPLE or agentive(lemma) or noun.ent_type_ in ("PERSON", "NORP", "ORG")
