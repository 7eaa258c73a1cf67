"""Where a person comes from: a place named as someone's origin, birthplace or home left
behind ("a dentist from Daraa", "born in Manchester", "left her home in Alabama") is no event's
place, nor the article's (:mod:`dateline.place_roles`, :mod:`dateline.actor_focus`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .code.person_nouns import a_person_noun
from .tokens import heads, span_root, tags
from .toponym_words import ONE_PERSON
from .toponyms import Toponym
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["MOTION", "PEOPLE", "SPEAKING", "a_person", "home_town_of", "origin_of_someone"]

#: Nouns for people and groups: "a dentist from Daraa", "fighters from Iraq" name where they
#: come from, not where anything they do happens.
#: (Armed men and envoys too: "met insurgents in Iraq" is met there.)
PEOPLE = word_class("people") | word_class("person_nouns") | word_class("person_heads") | \
    word_class("crowds") | word_class("armed") | word_class("away_parties") | \
    frozenset({"fighter", "jihadist", "soldier", "volunteer", "national", "native", "engineer",
               "dentist", "mother", "father", "son", "daughter", "brother", "sister", "wife",
               "husband", "force", "troop", "militia", "militant", "commando", "mercenary",
               "recruit", "contingent"})
#: Verbs of going and sending: "to" after them leads to a place ("fled to Turkey"); after
#: others, to a party ("sold arms to Turkey", "a letter to Iran").
MOTION = frozenset({"go", "come", "move", "deploy", "send", "fly", "head", "travel", "return",
                     "flee", "escape", "march", "drive", "walk", "sail", "arrive", "relocate",
                     "transfer", "deport", "extradite", "repatriate", "smuggle", "cross",
                     "bring", "take", "spread", "expand", "extend", "journey", "trip", "visit",
                     "invite", "summon", "recall", "evacuate", "airlift", "expel", "exile",
                     "banish",
                     "way", "road", "route", "border", "access", "entry"})
#: Verbs of speaking: "speaking from Sunamganj" is where the speaker was.
SPEAKING = frozenset({"speak", "talk", "write", "say", "tell", "report", "broadcast", "call",
                      "testify", "address", "brief"})


def origin_of_someone(doc: Doc, t: Toponym | Span) -> bool:
    """"Dunbar from Austin, Texas", "a dentist from Daraa", "they were from London", "a
    34-year-old from Leeds", "who was born in Manchester", "whose family comes from Leeds", "Jac
    Holmes, of Bournemouth", "left her home in Alabama": where a person comes from, was born or
    grew up, which is no event's place (nor the article's)."""
    at = span_root(doc, t.start, t.end).i
    deps, up = tags(doc).deps, heads(doc)  # read from the arrays: Tokens only past a "pobj"
    if deps[at] in ("compound", "nmod") and home_town_of(doc[at]):
        return True
    while deps[at] in ("appos", "conj", "npadvmod", "compound") and up[at] != at:
        at = up[at]  # "from Austin, Texas"
    if deps[at] != "pobj":
        return False
    root = doc[at]
    prep, head = root.head, root.head.head
    if prep.lower_ in _NEAR and head.lemma_.lower() in _LOCALES and head.dep_ == "pobj":
        # "a volunteer from the rural area around Aleppo", "a family from a village near Homs"
        prep, head = head.head, head.head.head
    if prep.lower_ == "in":  # "born in Manchester", "grew up in Newport"
        # ("left her home in Alabama" with "in" hung on the verb: the home named right before)
        return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _UPBRINGING or (
            _home_left(head)) or any(c.right_edge.i == prep.i - 1 and _home_left(c)
                                     for c in head.children if c.dep_ == "dobj")
    if prep.lower_ == "of":  # "Jac Holmes, of Bournemouth,"
        return head.ent_type_ == "PERSON" and prep.dep_ == "prep" and any(
            c.text == "," and c.i == prep.i - 1 for c in head.children)
    if prep.lower_ != "from" or head.lemma_.lower() in SPEAKING:
        return False
    if head.pos_ == "NUM" and head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head  # "a father of two from west London"
    # "whose family comes from Leeds", "hails from Aleppo": a present origin, not a journey
    if head.lemma_.lower() == "hail" or (head.lemma_.lower() == "come"
                                         and head.tag_ in ("VBZ", "VBP")):
        return True
    # ("drove the group from Afrin", "rescued civilians from Baghuz": whom an act moved is no
    # one's origin; "met refugees from Aleppo", "arrested a man from Mosul" name an origin)
    return head.pos_ in ("PROPN", "PRON") or head.lemma_ == "be" or head.lower_ == "old" or (
        head.pos_ == "NOUN" and head.lemma_.lower() in PEOPLE and (
            head.dep_ != "dobj" or head.head.lemma_.lower() not in MOTION | _REMOVING)) or (
        _object_before(prep))


def _object_before(prep: Token) -> bool:
    """"arrested a woman from Bradford" with "from" hung on the verb: the person it acted on,
    named right before, is from there (a verb that moves or removes them says whence: "pulled
    the men from Raqqa")."""
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in MOTION | _REMOVING | SPEAKING:
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.right_edge.i == prep.i - 1
               and c.lemma_.lower() in PEOPLE for c in verb.children)


#: Nouns of one person (or a couple) whom a town before them says where they live: "a Leeds man",
#: "the east London schoolgirl" (not a group there: "Kabul residents", "Aleppo rebels").
def home_town_of(name: Token) -> bool:
    """"A Leeds man was jailed", "the Cardiff teenager was arrested": a town naming where the
    one person it modifies lives, not where what befalls them happens."""
    noun = name.head
    return name.dep_ in ("compound", "nmod") and noun.i > name.i and noun.tag_ == "NN" \
        and noun.lower_ in ONE_PERSON and any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in noun.children)


#: Words that set a home near a place ("from the area around Aleppo", "from a village near
#: Homs", "from the countryside of Idlib"), and the nouns of such a home.
_NEAR = frozenset({"around", "near", "outside", "of"})
_LOCALES = frozenset({"area", "countryside", "outskirts", "village", "town", "suburb", "suburbs",
                      "region", "province", "district", "city", "hamlet", "neighbourhood",
                      "neighborhood"})


#: Verbs that take those they act on away from a place: "from" after their object is whence.
_REMOVING = frozenset({"rescue", "free", "remove", "oust", "push", "pull", "withdraw", "evict",
                       "extract", "save", "chase", "release", "recruit", "lure", "kidnap",
                       "abduct", "clear", "purge", "flush", "dislodge", "eject", "uproot",
                       "displace", "force", "rout", "eliminate", "root"})


def _home_left(noun: Token) -> bool:
    """"left her home in Alabama", "travelled from his home in Bristol": someone's home left
    behind (an attack on "his home in Kabul" is no origin, nor a home spoken from: "speaking
    from his home in Sunamganj" is where the speaker is)."""
    return noun.lemma_.lower() in _HOMES and any(c.dep_ == "poss" for c in noun.children) and (
        (noun.dep_ == "dobj" and noun.head.lemma_.lower() in _LEAVING)
        or (noun.dep_ == "pobj" and noun.head.lower_ == "from"
            and noun.head.head.lemma_.lower() not in SPEAKING))


_HOMES = frozenset({"home", "hometown"})
_LEAVING = frozenset({"leave", "flee", "quit", "abandon"})


#: Verbs of where someone was born or grew up: "born in", "raised in", "grew up in".
_UPBRINGING = frozenset({"bear", "born", "raise", "grow", "bring", "educate"})


def a_person(lemma: str) -> bool:
    """Whether a noun's lemma names a person or group: one of :data:`PEOPLE`, or a noun whose
    first sense is a kind of person ("informant", "bishop")."""
    return lemma in PEOPLE or a_person_noun(lemma)
