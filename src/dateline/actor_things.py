"""Words that name no party: acts, weapons and things, and things named after a place; the
state a thing acted on is placed in (:class:`PlacedStates`).

"a drone strike", "the decision" and "the only way" are how or what, not who acts; "the Paris
agreement", "the Mexico City policy", "the Geneva convention" and "the Kabul attack" are
named for where they were made or done, and are not the doing of that place's state. An
adjective of a person's state before a name ("dead Mohammed Ali") and a possessive ending ("the
pair's arrest": the pair) are no part of who it is (:func:`trimmed`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_dictionary import load_dictionary
from .actor_names import load_named, normal_words
from .actor_places import gazetteer_country
from .code.appraisals import place_named
from .code.lexicon import load_lexicon
from .code.recipient_places import state_in, who_of
from .code.roles import np_span, thing
from .deps import prep_objects
from .full_names import entity_of
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .records import Actor

__all__ = ["agentive", "is_act", "no_party", "trimmed", "named_for_place", "protest_purpose",
           "PlacedStates"]

_DEVICES = word_class("devices")
_PLACE_NAMED = word_class("place_named_things")
#: Endings of nouns for those who do something ("bombers", "analysts", "opponents").
_AGENTIVE = ("er", "or", "ist", "yst", "ian", "ant", "ent", "ic", "ee", "ive")
#: Nouns for things with such an ending ("banner", "border", "order", "statement").
_LOOKALIKES = word_class("agentive_lookalikes")


def agentive(lemma: str) -> bool:
    """Whether a noun's lemma (lower case) has the ending of a word for someone who does
    something ("bomber", "analyst", "opponent") and is no thing known to end so ("banner",
    "border", "statement")."""
    return lemma.endswith(_AGENTIVE) and lemma not in _LOOKALIKES


_NAME_STATES = word_class("name_state_adjectives")
_POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})


def trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """An actor's tokens without a possessive ending ("the pair's") and without an adjective of
    state opening a name ("dead Mohammed Ali", "jailed Alexei Navalny")."""
    if end - start > 1 and doc[end - 1].tag_ == "POS" and doc[end - 1].lower_ in _POSSESSIVE:
        end -= 1
    if end - start > 1 and doc[start].lower_ in _NAME_STATES and doc[start].dep_ == "amod" and \
            doc[start + 1].pos_ == "PROPN":
        start += 1
    return start, end


def is_act(root: Token) -> bool:
    """Whether a common noun names an act or a weapon ("a drone strike", "airstrikes", "a
    roadside device"), which is how a party acts, not who acts."""
    lemma = root.lemma_.lower()
    return root.pos_ == "NOUN" and not root.ent_type_ and (
        lemma in _DEVICES or lemma in load_lexicon().nouns or root.lower_ in load_lexicon().nouns)


def no_party(root: Token) -> bool:
    """A common noun for a thing, not for someone who can act ("the decision", "the policy",
    "the only way"); words for people the word classes miss keep their agentive ending
    ("critics", "players", "opponents" are not read as things), and a capitalised word may be a
    name the parse took for a noun ("ICE returned", "Trump urges")."""
    if root.pos_ != "NOUN" or not thing(root) or agentive(root.lemma_.lower()):
        return False
    bare = root.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in root.children)
    # "Trump urges …": a singular noun with no determiner opening a sentence is a name
    return not root.is_upper and not (root.is_title and (root.i > root.sent.start or bare))


def _a_thing(tok: Token) -> bool:
    """An act or a weapon, or a thing agreed, made or held such as a policy, a treaty or talks
    (the ``place_named_things`` class, also when the parse tags it a name: "the Geneva
    Convention"); not a person ("an east London schoolgirl")."""
    return is_act(tok) or tok.lemma_.lower() in _PLACE_NAMED or tok.lower_ in _PLACE_NAMED


def named_for_place(core: Span) -> bool:
    """Whether an actor's words are a thing named after a town or a region (not a country),
    or that place's name alone as the thing's modifier: "the Paris agreement", "the Mexico
    City policy", "the Afrin operation" ("Paris", "Afrin"), "the Geneva convention". Where a
    thing was made or done is no party to it, and the place's state did not make it."""
    root = core.root
    if root.dep_ in ("compound", "nmod") and root.head.i >= core.end and _place(root):
        return _a_thing(root.head)
    return _a_thing(root) and any(
        c.dep_ in ("compound", "nmod") and c.i < root.i and _place(c) for c in root.children)


def _place(tok: Token) -> bool:
    """A town's or a region's name modifying a word, also a one-word name the parse tags as
    no entity ("the Geneva convention") that the gazetteer knows."""
    if tok.ent_type_ or tok.pos_ != "PROPN":
        # a name the actor dictionary knows is a party's, whatever the entity tag ("the Pussy
        # Riot case", tagged a place), unless it knows it as a country's town ("Mosul")
        return (place_named(tok) or _town_tagged_people(tok)) and not _party_name(
            " ".join(normal_words(entity_of(tok).text)))
    if any(t.pos_ == "PROPN" and abs(t.i - tok.i) == 1 for t in (*tok.head.lefts, *tok.lefts)):
        return False  # one word of a longer name ("the Pussy Riot case")
    known = load_dictionary()
    name = tok.lower_
    return tok.dep_ in ("compound", "nmod") and name not in known.organisations and \
        known.countries.get(name) is None and (
            name in known.capitals or gazetteer_country(tok.text, tok.doc) is not None)


def _party_name(name: str) -> bool:
    """Whether the actor dictionary knows ``name`` as a party's: a person's or a group's, not
    one of the towns and regions it lists under a country's own row ("Mosul" for Iraq)."""
    named = load_named()
    k = named.aliases.get(name)
    return k is not None and any(r.sector for r in named.actor(k).roles)


def _town_tagged_people(tok: Token) -> bool:
    """A one-word town's name modifying a word that the parse tags as a people or a body ("the
    Afrin offensive", "the Idlib offensive"): no country's word, no agent's ("Christian") nor
    a known group's, and the gazetteer knows it."""
    known = load_dictionary()
    name = tok.lower_
    return tok.ent_type_ in ("NORP", "ORG") and tok.pos_ == "PROPN" and \
        tok.dep_ in ("compound", "nmod") and len(entity_of(tok)) == 1 and \
        known.countries.get(name) is None and name not in known.agents and \
        name not in known.peoples and name not in known.organisations and \
        gazetteer_country(tok.text, tok.doc) is not None


def protest_purpose(verb: Token) -> list[Token]:
    """The words that say what a protest is over, when it names no one it is against: the verb
    of its purpose clause and that verb's object ("blocked a road to show their anger at the
    government's policies", "marched, denouncing the Chinese crackdown"), whose phrases and
    owner may name the party protested against."""
    heads = []
    for clause in verb.children:
        if clause.dep_ in ("advcl", "xcomp") and clause.pos_ == "VERB":
            heads.append(clause)
            for obj in clause.children:
                if obj.dep_ in ("dobj", "obj"):  # "their anger at the government's policies"
                    heads += [obj, *prep_objects(obj)]
    return heads


class PlacedStates:
    """The part of :class:`dateline.actors.ActorResolver` that reads the state a thing acted on
    is placed in as the act's party ("suspended aid deliveries in Nigeria": Nigeria; the
    deliveries stay the event's object; see ``code.recipient_places``)."""

    if TYPE_CHECKING:
        def __call__(self, span: tuple[int, int], *, doer: bool = True,
                     not_in: range = range(0)) -> Actor | None: ...

        def _country_named(self, tok: Token) -> bool: ...

    def _state_in(self, thing_word: Token, taken: set[int]) -> Actor | None:
        """The country named in the thing's own "in" phrase, as a party, or the person a "who"
        clause the parse hung on the thing describes; ``None`` for a town's or a region's name,
        or one of the doer's words."""
        person = who_of(thing_word)
        if person is not None and person.i not in taken and not thing(person):
            return self(np_span(person, with_conj=False), doer=False)  # "a man with Somali
            # heritage, who was killed": the man
        where = state_in(thing_word, taken)
        if where is None or where.i in taken or not self._country_named(where):
            return None
        name = entity_of(where)
        state = self((name.start, name.end), doer=False)
        return state if state is not None and state.country else None
