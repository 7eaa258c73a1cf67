"""Word classes the coder's passes share: lethal and wounding verbs, places, people, armed
forces, labour, the PLOVER types of conflict."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import prep_object
from ..wordclasses import word_class
from .person_nouns import a_person_noun
from .time_swallowed import outside_its_date

if TYPE_CHECKING:
    from spacy.tokens import Token


LETHAL = word_class("lethal")
INJURE = word_class("injure")
DIE = word_class("die")
MUTUAL = frozenset({"AGREE", "CONSULT", "COOPERATE"})
#: Relative pronouns, which stand for the noun their clause describes (re-exported by roles).
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom", "whose"})
#: Owners that are a party told of before: "their capture", "its offensive".
OWNERS = frozenset({"its", "their", "his", "her"})
#: Words opening a clause that tells when or after what an act came about ("killed when jets
#: struck", "wounded as police fired").
WHEN_MARKS = frozenset({"when", "as", "after"})
#: Determiners pointing back to what the text has told: "the attack", "those arrests".
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: What talks, agreements and cooperation are "on", "for" or "of": their matter, no party.
_MATTER_PREPS = frozenset({"on", "for", "of", "over", "about"})
#: Prepositions of a phrase that says where a person is or where from ("officials in the
#: province", "rebels from the north").
_WHERE = word_class("where_preps") | frozenset({"on", "from"})
PLACE_NOUNS = word_class("place_nouns")
PERSON_NOUNS = word_class("person_nouns")
#: A person by title ("seized the president"), and the pronouns of persons (not "it", "this").
TITLED = word_class("person_heads")
PERSONAL = frozenset({"him", "her", "them", "us", "me", "whom"})
_BODIES = word_class("bodies")
ARMED = word_class("armed")
UNITS = word_class("unit_nouns_armed")
LABOUR = word_class("labour")
#: What is written or said in the name of an actor: its acts are the actor's ("issued a
#: statement calling on …", "said in a report accusing …").
DOCUMENTS = word_class("documents")
#: Verbs of writing or speaking to someone: whom they address is their recipient.
WRITING_TO = word_class("writing_to")
CONFLICT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "PROTEST", "MOBILIZE"})
#: Types of an appraisal of an act (a criticism, a rejection, praise): it is done to the act's
#: doer ("denounced US cooperation with the Kurds": the US, not the Kurds).
APPRAISALS = frozenset({"ACCUSE", "REJECT", "SUPPORT", "DISAPPROVE"})
#: Acts of force and coercion, threats included: done to whoever holds the place they strike,
#: and ones a party may do across a border.
FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN"})
WILL = frozenset({"will", "would", "'ll", "shall", "wo"})
#: Statuses of an act only asked, offered, threatened or aimed at: not done.
UNDONE = frozenset({"proposed", "demanded", "threatened", "attempted"})


#: Words of a toll an attack leaves on those struck: "left 12 dead", "left dozens wounded".
TOLL = frozenset({"dead", "wounded", "injured", "hurt", "maimed"})


def matter_preps(event_type: str | None) -> frozenset[str]:
    """The prepositions whose phrases name an act's matter, no party to it: talks "on Syria",
    an agreement "for Idlib"."""
    return _MATTER_PREPS if event_type in MUTUAL else frozenset()


def definite(noun: Token) -> bool:
    """Whether ``noun`` has a definite determiner of its own ("the plan", "this bombing")."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)


def is_kill(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in LETHAL:
        return True
    if lemma in ("shoot", "gun", "beat", "hack", "stab", "burn", "club", "stone"):
        return any(c.lower_ == "dead" or (c.lower_ == "to" and any(g.lower_ == "death"
                   for g in c.children)) or (c.dep_ in ("dobj", "obj") and any(
                       g.lower_ == "dead" and g.i < c.i for g in c.children))
                   for c in tok.children)  # "shot dead 2 protesters"
    return False


_CALENDAR = word_class("calendar")
_MONTHS = word_class("months")


def is_when(tok: Token) -> bool:
    """Whether a noun names a time ("24 March 2024", "Friday", "the night of …"); a month's
    name that names a person is none ("Theresa May's warning", "urged May to act"), nor is a
    month's word written in lower case ("dispersed the march")."""
    if age_noun(tok):
        return False  # "the 36-year-old was abducted": someone of that age
    if tok.lower_ in _MONTHS and (tok.ent_type_ == "PERSON" or tok.text.islower() or (
            tok.dep_ in ("nsubj", "nsubjpass", "dobj", "poss") and not any(
                c.like_num or c.dep_ in ("det", "amod") for c in tok.children))):
        return False
    dated = tok.ent_type_ in ("DATE", "TIME") and not outside_its_date(tok)
    return dated or tok.lower_ in _CALENDAR


#: Where a word stands as a noun, for someone or something.
_NOMINAL = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "pobj", "appos", "conj", "attr"})


def age_noun(tok: Token) -> bool:
    """"the 36-year-old", "a 19-year-old from Leeds": an age standing as a noun names a
    person (the parse tags the words as a date)."""
    return tok.lower_ == "old" and tok.dep_ in _NOMINAL and tok.i >= 2 and \
        tok.doc[tok.i - 2].lower_ in ("year", "years") and tok.doc[tok.i - 1].lower_ == "-"


def person_word(tok: Token) -> bool:
    """An age standing as a noun (:func:`age_noun`) or a common noun whose first sense is a kind
    of person ("a teenager", "the bishop", ``person_nouns``): someone, not something."""
    return age_noun(tok) or tok.pos_ == "NOUN" and a_person_noun(tok.lemma_.lower())


def of_names(tok: Token, of: Token) -> bool:
    """An "of" phrase that is part of a name: "the Department of Justice", "the People's
    Republic of China" (a country after a common noun, "the minister of Peru", is where the
    party is from, not its name)."""
    pobj = prep_object(of)
    return pobj is not None and pobj.i - of.i <= 3 and tok.pos_ == "PROPN" and \
        pobj.pos_ == "PROPN" and tok.ent_type_ not in ("PERSON", "NORP")  # "Albanians of"


_QUANTIFIERS = word_class("quantifiers")
_COUNT_NOUNS = word_class("count_nouns")


def counted(tok: Token) -> Token:
    """What a count or a quantifier stands for: "dozens of supporters", "some of its troops",
    "three of the hostages" → the supporters, troops, hostages; else ``tok`` itself."""
    if not (tok.lower_ in _QUANTIFIERS or tok.lower_ in _COUNT_NOUNS or tok.pos_ == "NUM"):
        return tok
    pobj = of_object(tok)
    return tok if pobj is None else counted(pobj)


def of_object(tok: Token) -> Token | None:
    """The object of the "of" hung from the word, if any: "hundreds of prisoners" → prisoners."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return prep_object(of) if of is not None else None


#: The prepositions whose object is the one an event of each type is done to or aimed at.
TARGET_PREPS = {
    "default": ("on", "against", "at", "upon"),
    "CONSULT": ("with",),
    "ASSAULT": ("on", "against", "at", "upon", "with", "into"),
    "AID": ("to", "for"),
    "REQUEST": ("on", "upon", "to", "from"),
    "SUPPORT": ("to", "for"),
    "AGREE": ("with", "to"),  # "pledged aid to Ukraine"
    "SANCTION": ("on", "against"),
    "COERCE": ("on", "against"),
    "ACCUSE": ("against",),
    "THREATEN": ("against",),
    "PROTEST": ("against", "outside", "at"),
    "CONCEDE": ("to",),  # "conceded to the drivers' demands", "yielded to the rebels"
    "RETREAT": ("to", "from"),  # "surrendered to the police", "withdrew from Iraq"
}


def relative_antecedent(clause: Token, attacks: frozenset[str]) -> Token:
    """What the relative clause ``clause`` speaks of: the noun the parse hangs it on ("an air
    strike that killed four civilians"), but past a place to the attack or weapon (a word of
    ``attacks``) whose phrase names the place when the clause kills or wounds ("the attack on
    the town of Saraqib, which killed 40 people": the attack)."""
    head = _agreeing_conjunct(clause) or _person_before_who(clause) or \
        _person_past_place(clause) or clause.head  # "officials in X who"
    if clause.lemma_.lower() not in LETHAL | INJURE:
        return head
    place = head
    if place.dep_ == "pobj" and place.head.lower_ == "of" and \
            place.head.head.lemma_.lower() in PLACE_NOUNS:
        place = place.head.head  # "the town of Saraqib"
    if place.lemma_.lower() not in PLACE_NOUNS and place.ent_type_ not in ("GPE", "LOC", "FAC") \
            or place.dep_ != "pobj" or place.head.dep_ != "prep":
        return head
    act = place.head.head
    return act if act.lemma_.lower() in attacks else head


def _who(clause: Token) -> Token | None:
    """The "who" or "whom" of a relative clause hung on no one: a place or a thing."""
    who = next((c for c in clause.children if c.lower_ in ("who", "whom")), None)
    return None if who is None or _someone(clause.head) else who


def _person_before_who(clause: Token) -> Token | None:
    """"the rubble of Baghuz, held by jihadists who refused to leave": "who" speaks of a person,
    so of the person word right before it, not of the place or thing the parse hangs it on."""
    who = _who(clause)
    if who is None:
        return None
    i = who.i - 1
    while i > clause.sent.start and clause.doc[i].lower_ in _BEFORE_PRONOUN:
        i -= 1
    near = clause.doc[i]
    # coordinated nouns are :func:`_agreeing_conjunct`'s
    return near if near.i > clause.head.i and near.dep_ != "conj" and _someone(near) else None


def _person_past_place(clause: Token) -> Token | None:
    """"Officials in the province who criticised the governor were detained": the parse hangs
    the "who" on the place of the person's own phrase; the clause speaks of the word that phrase
    is set on ("officials") when it names someone, or of the people a group's "of" phrase names
    ("a circle of monitors in the region who …"); ``None`` for neither."""
    if _who(clause) is None:
        return None
    place = clause.head
    if place.dep_ != "pobj" or place.head.lower_ not in _WHERE:
        return None
    owner = place.head.head
    if owner.pos_ not in ("NOUN", "PROPN"):
        return None
    if _someone(owner):
        return owner
    return next((g for c in owner.children if c.dep_ == "prep" and c.lower_ == "of"
                 and c.i < place.i for g in c.children
                 if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") and _someone(g)), None)


def _someone(tok: Token) -> bool:
    return person_word(tok) or tok.ent_type_ in ("PERSON", "NORP", "ORG") or \
        tok.lemma_.lower() in _BODIES


_SINGULAR_AUX = frozenset({"has", "is", "was", "does"})
_BEFORE_PRONOUN = frozenset({",", "-", "\u2013", "\u2014"})


def _agreeing_conjunct(clause: Token) -> Token | None:
    """"the Tobrish guards and nearby Turkey, which has warned …": a relative clause
    whose verb is singular, right after the last of coordinated nouns, speaks of that noun,
    not of the coordination (or the noun before it) the parse hangs it on."""
    pronoun = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                    and c.lower_ in ("which", "who", "that")), None)
    if pronoun is None or not (clause.tag_ == "VBZ" or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in _SINGULAR_AUX for c in clause.children)):
        return None
    i = pronoun.i - 1
    while i > clause.sent.start and clause.doc[i].lower_ in _BEFORE_PRONOUN:
        i -= 1
    near = clause.doc[i]
    if near.dep_ != "conj" or near.i == clause.head.i or near.tag_ not in ("NN", "NNP"):
        return None
    return near


def agent_words() -> dict[str, str]:
    """The actor dictionary's generic agents (word → sector), loaded once."""
    from ..actor_dictionary import load_dictionary

    return load_dictionary().agents
