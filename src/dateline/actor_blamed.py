"""The doer of an act the sentence attributes to a party: "the shelling, attributed to
government forces", "an attack widely blamed on the Taliban", "the massacre has been attributed
to the militia", "the bombing, which officials blamed on the PKK".

To attribute an act to someone, or to blame it on them, is to say who did it: the party named
by the verb's "to" ("attribute", "ascribe") or "on" ("blame", "pin") is the act's doer, as the
"by" agent of "carried out by" is. The one who attributes (the subject of an active "blamed")
is the accuser, never the doer. A cause that is no party ("deaths attributed to a number of
causes", "a fire blamed on faulty wiring") gives none: the act keeps whatever doer its own
words give, or none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .code.phrases import doer_word
from .code.words import agent_words

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["BLAMING", "blamed_party", "blamed_doer"]

#: Verbs that tell who did an act, each with the preposition that names the doer.
BLAMING = {"attribute": "to", "ascribe": "to", "blame": "on", "pin": "on"}
#: Prepositions by which a deed's phrase names its scene ("the attack on the market").
_SCENE = frozenset({"on", "in", "at", "against", "near"})
#: Entity types that name no party ("blamed on Monday's storm", "attributed to 2019").
_NO_PARTY = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "PERCENT", "MONEY", "EVENT"})


def _party(tok: Token) -> bool:
    """Whether ``tok`` names a party: a named group, state or person, a body or armed force
    ("government forces", "the militia"), a word for someone who acts."""
    if tok.ent_type_ in _NO_PARTY or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    return doer_word(tok) or tok.lemma_.lower() in agent_words() or \
        tok.lower_ in agent_words()


def blamed_party(verb: Token, act: Token | None = None) -> Token | None:
    """The party a verb of attribution (``BLAMING``) names as the doer ("attributed to the
    militia": militia), or ``None`` for another verb or for a cause that is no party. ``act``:
    the noun of the act blamed, on which the parse may hang the party ("blamed the attack on
    the rebels")."""
    prep = BLAMING.get(verb.lemma_.lower())
    if prep is None or verb.pos_ != "VERB":
        return None
    by = [g for a in verb.children if a.dep_ == "agent" for g in a.children
          if g.dep_ == "pobj"]  # the parse may hang "on the PKK" on "blamed by police"
    on_act = act.children if act is not None else ()
    for c in [*verb.children, *(c for g in by for c in g.children), *on_act]:
        # "blamed on Sunday on the PKK": the date names no party, the next "on" may
        if c.dep_ == "prep" and c.lower_ == prep:
            party = next((g for g in c.children if g.dep_ == "pobj"), None)
            if party is not None and party.lower_ == "one":  # "one of the militias"
                party = next((g for o in party.children if o.dep_ == "prep"
                              and o.lower_ == "of" for g in o.children if g.dep_ == "pobj"),
                             party)
            if party is not None and _party(party):
                return party
    return None


def blamed_doer(noun: Token) -> Token | None:
    """Who the sentence says did the act ``noun`` names: the party of a clause on it that
    attributes it ("the attack, attributed to the rebels"; "the bombing, which police blamed
    on the PKK"), or of the passive verb it is the subject of ("the massacre was attributed
    to the militia") or the active verb it is the object of ("officials blamed the bombing on
    the PKK"); else ``None``."""
    for c in noun.children:
        if c.dep_ in ("acl", "relcl"):
            party = blamed_party(c)
            if party is not None:
                return party
    if noun.dep_ in ("nsubjpass", "dobj", "obj"):  # "officials blamed the bombing on the PKK"
        return blamed_party(noun.head)
    for c in noun.children:  # the parse hangs the clause on the deed's scene, the nearest
        # noun: "the attack on the market, which officials blamed on …" (a place is blamed
        # for nothing, so a clause on it that blames names the deed's doer)
        if c.dep_ == "prep" and c.lower_ in _SCENE:
            for g in c.children:
                if g.dep_ == "pobj":
                    party = next((p for r in g.children if r.dep_ == "relcl"
                                  and (p := blamed_party(r)) is not None), None)
                    if party is not None:
                        return party
    return None
