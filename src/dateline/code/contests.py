"""Whether an attack word's scene holds arms, for the senses its arguments decide.

One targets a market, battles for votes or raids one's own savings in a contest for buyers,
voters or money; the same words tell an attack when an armed party or a weapon is in the
clause ("soldiers targeted the market with mortars", "the militia targeted voters at the
polling station"). The lexicon's no-event readings (``non_events.tsv``) join the object's kind
to ``unarmed``, so that only an unarmed scene reads as the contest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import subject
from ..wordclasses import word_class
from .arguments import OFFICES, fighter, person_or_office
from .lexicon import NOT_AN_EVENT, load_lexicon
from .roles import is_passive, parsed_agent
from .words import PLACE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["quarrel", "unarmed"]

_ARMS = word_class("scene_arms")
#: unit nouns that more often name a business: armed only with what they are of ("a company
#: of marines"), not as "the company" that sells phones
_FIRMS = frozenset({"company", "companies"})
#: signs that an attack is in words (:func:`quarrel`): what it is over or told through
_TOPICS = word_class("quarrel_topics")
_MEDIA = word_class("quarrel_media")
_TOPIC_PREPS = frozenset({"over", "for", "on"})
_MEDIUM_PREPS = frozenset({"in", "on", "during", "through", "via"})
#: what "over" may be over that is no topic: a time, a place, a person
_NOT_TOPICS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "PERSON"})
_BODY = word_class("body_parts")
#: cues of bodily harm: no quarrel in words ("taken to hospital", "outside his home")
_HARM = word_class("harm_scene")
_HOMES = word_class("harm_homes")
_HOME_PREPS = frozenset({"outside", "at", "near"})


def _armed_party(tok: Token) -> bool:
    if tok.lower_ in _FIRMS:
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    return fighter(tok)


def unarmed(verb: Token) -> bool:
    """No armed party or crowd does the act (a passive's agent, else the subject) and no weapon
    or armed party is named in the verb's clause."""
    doer = (parsed_agent(verb) if is_passive(verb) else None) or subject(verb)
    if doer is not None and _armed_party(doer):
        return False
    return not any(t.lemma_.lower() in _ARMS or t.lower_ in _ARMS
                   or (t.pos_ in ("NOUN", "PROPN") and _armed_party(t)) for t in verb.subtree)


def _word(tok: Token, words: frozenset[str]) -> bool:
    return tok.lemma_.lower() in words or tok.lower_ in words


def _act_noun(tok: Token) -> bool:
    """A noun the lexicon reads as an act ("over the killing", "for the raid")."""
    return any(s.event_type != NOT_AN_EVENT
               for s in load_lexicon().nouns.get(tok.lemma_.lower(), ()))


def _office_holder(tok: Token) -> bool:
    """"the senator", "President Vance": one who holds an office, by the word or its title."""
    return tok.lemma_.lower() in OFFICES or any(
        c.dep_ in ("compound", "appos") and c.lemma_.lower() in OFFICES for c in tok.children)


def _topic(prep: Token) -> bool:
    """"over his remarks", "for failing to act", "on the budget": the attack is over a thing
    said or done; "over" also over any thing but a time, a place, a body or a person."""
    if prep.lower_ not in _TOPIC_PREPS:
        return False
    for g in prep.children:
        if g.dep_ == "pcomp" and g.tag_ == "VBG":
            return True  # "for failing to build the dam"
        if g.dep_ != "pobj":
            continue
        if _word(g, _TOPICS) or _act_noun(g):
            return True
        if prep.lower_ == "over" and g.ent_type_ not in _NOT_TOPICS and not (
                _word(g, PLACE_NOUNS) or _word(g, _BODY) or person_or_office(g)):
            return True
    return False


def _medium(prep: Token) -> bool:
    """"in a speech", "on social media", "during an interview": words carried."""
    return prep.lower_ in _MEDIUM_PREPS and any(
        g.dep_ == "pobj" and _word(g, _MEDIA) for g in prep.children)


def _harm_scene(verb: Token, skipped: set[int]) -> bool:
    """Cues of bodily harm in the verb's clause, outside its topic or medium ("outside his
    home", "taken to hospital", "beaten")."""
    return any(t.i not in skipped and (_word(t, _HARM) or t.dep_ == "pobj" and (
        t.head.lower_ in _HOME_PREPS and _word(t, _HOMES))) for t in verb.subtree)


def quarrel(verb: Token) -> bool:
    """An attack in words (PLOVER ASSAULT is the use of force; criticism is ACCUSE, CAMEO 11):
    a named person or an office holder attacks another, neither side armed or a crowd and no
    weapon in the clause, and the words show: a topic ("attacked the president over his tax
    plan"), a medium ("was attacked by the governor in a speech"), or an office holder
    attacking another in the active voice ("the senator attacked the president"). Not a
    passive with a bare named agent ("was attacked by Peter Jones"), nor a scene of bodily
    harm ("outside his home", "taken to hospital")."""
    passive = is_passive(verb)
    doer = parsed_agent(verb) if passive else subject(verb)
    attacked = next((c for c in verb.children
                     if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
    if doer is None or attacked is None or not all(
            person_or_office(t) or _office_holder(t) for t in (doer, attacked)) \
            or not unarmed(verb) or _armed_party(attacked):
        return False
    parties = {verb.i, doer.i, attacked.i}
    signs = [t for t in verb.subtree if t.dep_ == "prep" and t.head.i in parties
             and (_topic(t) or _medium(t))]
    if _harm_scene(verb, {w.i for t in signs for w in t.subtree}):
        return False
    return bool(signs) or not passive and _office_holder(doer) and _office_holder(attacked)
