"""The doer an act's own definition names, where its clause names none.

Only a state gives and takes away what it grants its citizens ("state_grants": citizenship,
nationality, a passport), so "the two brothers, who were stripped of their Dutch
citizenship last year" names its doer: the government of the state whose citizenship it is
(here the Netherlands).
Those who hold captives (jailers, captors, kidnappers: "captor_nouns") are the doers of the
assaults the captives undergo with no doer named, when the act's sentence or the two before
name them as the subject of a verb of holding or taking someone ("Their jailers kept them in a
cellar ... they were beaten": by the jailers); captors that are acted on ("the court jailed
the torturers") or that let their captives go ("kidnappers released the reporter") hold no one
there, and an arrest is no captor's act.

The doer is shown with no words of its own (``text`` empty) and the words that name it
(``antecedent``: "their Dutch citizenship", "Their jailers")."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .actor_places import place_country
from .code.roles import is_passive
from .records import Actor
from .wordclasses import word_class

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from spacy.tokens import Doc, Token

    from .code.mention import Mention
    from .sentences import Sentences

__all__ = ["captors_named", "defined_doer"]

#: What only a state grants and takes away.
_GRANTS = word_class("state_grants")
#: Those who hold captives.
_CAPTORS = word_class("captor_nouns")
#: Verbs that name their subject as holding or taking the captives it is done to.
_HOLDING = frozenset({"hold", "keep", "take", "seize", "capture", "kidnap", "abduct", "detain",
                      "lock", "chain", "guard", "move", "transfer", "torture", "starve"})
#: How many sentences before an act's own its captors may be named.
_CAPTORS_BACK = 2


def defined_doer(doc: Doc, m: Mention, countries: Mapping[str, str],
                 country_names: Mapping[str, str]) -> Actor | None:
    """The government that a passive act on a state's grant names as its doer ("were stripped
    of their Dutch citizenship", "his Turkish passport was revoked"); ``None`` when the act
    is no such passive or the grant names no country (``countries``: a lower-cased name or
    demonym → its ISO code; ``country_names``: a code → the country's name)."""
    trig = doc[m.trigger]
    if trig.pos_ != "VERB" or not is_passive(trig):
        return None
    for grant in _grants(trig):
        words = [t for t in grant.subtree if t.i < grant.i and t.pos_ in ("ADJ", "PROPN")]
        iso = place_country(countries, words) if words else None
        if iso is not None:
            phrase = doc[grant.left_edge.i:grant.i + 1].text
            return Actor(text="", name=f"{country_names.get(iso, iso)} government", country=iso,
                         sector="GOV", antecedent=phrase)
    return None


def _grants(verb: Token) -> list[Token]:
    """The grants a passive verb is about: its subject ("the passport was revoked") or what
    it takes "of" ("stripped of their citizenship")."""
    found = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    found += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
    return [t for t in found if t.lemma_.lower() in _GRANTS]


def captors_named(doc: Doc, m: Mention, sents: Sentences,
                  resolve: Callable[[tuple[int, int]], Actor | None]) -> Actor | None:
    """The captors named nearest before a passive assault with no doer, in its sentence or the
    two before, as the subject of a verb of holding or taking someone (see the module);
    ``resolve``: the document's actor of a token span."""
    trig = doc[m.trigger]
    if m.sense.event_type != "ASSAULT" or trig.pos_ != "VERB" or not is_passive(trig):
        return None
    k = sents.index(m.trigger)
    start = sents.spans[max(0, k - _CAPTORS_BACK)].start
    found = next((t for t in reversed(doc[start:m.trigger]) if t.pos_ == "NOUN"
                  and t.lower_ in _CAPTORS and _holding(t)), None)
    if found is None:
        return None
    actor = resolve((found.left_edge.i, found.i + 1))
    if actor is None or actor.name is None and actor.country is None:
        return None  # no party to name
    return replace(actor, text="", char_start=None, char_end=None, antecedent=actor.text,
                   country_from=actor.country_from or ("antecedent" if actor.country else None))


def _holding(captors: Token) -> bool:
    """Whether ``captors`` is the subject of an active verb of holding or taking someone ("the
    kidnappers held the hostages"), not a word acted on ("jailed the torturers")."""
    verb = captors.head
    return captors.dep_ == "nsubj" and verb.lemma_.lower() in _HOLDING and any(
        c.dep_ == "dobj" for c in verb.children)
