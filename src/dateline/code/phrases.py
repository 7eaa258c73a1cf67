"""The words that name a party: a party's noun phrase, and the doer an act names in a modifier.

:func:`np_span` gives the span of the noun phrase a party word heads, with the words that say
who the party is (its conjuncts, apposition, "members of Hamas") and without the clauses hung
in it; :func:`doer_in_modifier` finds the doer an event noun names before it ("Israeli air
strikes", "NATO air strikes", "a Saudi-led coalition strike", "an army raid").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import prep_object, prep_objects
from ..tokens import children, doc_span, ent_types, fine_tags, puncts, tags
from ..tokens import words as doc_words
from ..wordclasses import word_class
from .openers import opener_end
from .person_nouns import a_person_noun
from .recipient_shifted import phrase_start, shifted_as
from .words import PLACE_NOUNS, agent_words, counted, is_when, of_names

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Token

__all__ = ["np_span", "doer_in_modifier", "named_doer", "known_group", "condition", "BODIES",
           "WH", "PUNCT", "phrase_words", "taken_from", "from_parties", "a_place", "took_place"]

_KEEP_RIGHT = frozenset({"compound", "amod", "nummod", "poss", "nmod", "flat", "case"})


# Bodies whose members, units and officers act for them: "companies of the CRPF",
# "the superintendent of police", "the bomb squad of the city police".
BODIES = word_class("bodies")


def _of_body(of: Token) -> bool:
    pobj = prep_object(of)
    return pobj is not None and (pobj.lower_ in BODIES or pobj.ent_type_ in ("ORG", "NORP")
                                 and pobj.i - of.i <= 4)


# Bodies of men named by what they are made of: "a posse of policemen", "two companies of the
# reserve police", "columns of army troops" — the phrase keeps its "of" part, which names them.
_UNITS = word_class("unit_nouns_of")


_CONDITION_HEADS = word_class("condition_heads")


def condition(tok: Token) -> bool:
    """"a state of emergency", "the state of siege": a condition declared or lifted, not the
    state that declares it ("the State of Israel" is one)."""
    return tok.lemma_.lower() in _CONDITION_HEADS and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and g.pos_ == "NOUN" and not g.ent_type_ for g in c.children)
        for c in tok.children)


def np_span(tok: Token, *, with_conj: bool = True) -> tuple[int, int]:
    """Token span of the noun phrase headed by ``tok`` (its conjuncts included)."""
    # read from the document's arrays: a Token only for a child a test needs whole
    doc, i = tok.doc, tok.i
    lowers, tagged, tag = doc_words(doc).lowers, tags(doc), fine_tags(doc)
    deps, pos = tagged.deps, tagged.pos
    edge = left = tok.left_edge.i
    # not "illegal" of "condemned as illegal the ruling", nor "as historic" of "hailed as
    # historic the deal" when the parse puts the "as" inside the phrase
    if left and lowers[left - 1] == "as" or shifted_as(doc[left]):
        edge = left = phrase_start(tok)
    if deps[i] == "ROOT":  # "On Friday, fighters on motorbikes attempted": not the opener
        edge = left = max(left, opener_end(tok))
    right = i
    for c in children(doc)[i]:
        if c < i:
            continue
        dep = deps[c]
        if dep in _KEEP_RIGHT:
            right = max(right, doc[c].right_edge.i)
        elif dep == "appos" and c - i <= 6 and not i < tok.head.i < c and not (
                tok.ent_type_ in ("GPE", "LOC") and ent_types(doc)[c] == "PERSON") and not (
                    _says_what(tok, doc[c])):
            # not "withdrew its troops from Syria, Defence Minister Sergei Shoigu said", nor
            # one after the noun's own verb ("the family was killed – mother and father")
            right = max(right, _phrase_end(doc[c]))
        elif with_conj and dep == "conj" and pos[c] in ("NOUN", "PROPN") and \
                not _contrasted(tok, doc[c]):
            right = max(right, np_span(doc[c], with_conj=True)[1] - 1)
        elif dep in ("acl", "relcl") and lowers[i] == "those" and pos[i] == "PRON":
            right = max(right, doc[c].right_edge.i)  # "those attempting to flee": who they are
        elif dep == "prep" and lowers[c] == "of" and (lowers[i] in (
            "members", "member", "leaders", "leader", "chief", "head", "spokesman",
            "fighters", "supporters", "activists", "officials", "official", "workers",
            "commander", "commanders", "troops", "forces", "units", "unit", "wing",
            "thousands", "hundreds", "dozens", "scores", "tens", "group", "groups", "crowd",
            "crowds", "band", "gang", "some", "many", "most", "all", "several", "both", "one",
            "two", "three", "four", "five") or tagged.lemmas[i] in _UNITS
                or pos[i] == "NUM" or _of_body(doc[c]) or of_names(tok, doc[c])
                or condition(tok) or counted(tok).i != i):  # "10% of foreign fighters"
            # "members of Hamas", "leaders of the salafi groups"; not the clause hung in it
            # ("a unit of the company that was accused of …")
            right = max(right, _phrase_end(doc[c]))
    right = max(right, _name_end(tok))
    # (only an "of" opens a charge: no Token made for the rest)
    charge = next((k for k in range(i + 1, right + 1) if lowers[k] == "of"
                   and charge_of(doc[k])), None)
    if charge is not None:  # "accused the members of the opposition of plotting a coup"
        right = charge - 1
    punct = puncts(doc)
    while right > left and punct[right] and lowers[right] != "%":
        right -= 1
    while left < right and (punct[left] or tag[left] in WH or (
            lowers[left] in ("both", "either", "neither")  # "both India and Pakistan"
            and (deps[left] == "preconj" or deps[left] == "det" and tok.conjuncts))):
        left += 1  # "how many foreign volunteers": the volunteers
    if left > edge and tag[left - 1] in WH and deps[left] == "amod" \
            and lowers[left] in ("many", "much") and left < right:
        left += 1
    return left, right + 1


#: Verbs whose object has an "of" phrase of its own: the charge, or what is taken or told.
_CHARGE_VERBS = word_class("charge_of_verbs")
_CHARGE_NOUNS = word_class("charge_of_nouns")


def charge_of(of: Token) -> bool:
    """Whether ``of`` opens the charge of an accusing verb or noun that the parse hangs on the
    verb's object or the noun's accuser ("accused the activists of rioting", "convicted hundreds
    of officials of fraud", "accusations by the US of genocide"):
    an act or a thing, not a party ("warned the leaders of the council" keeps its council)."""
    if of.dep_ != "prep" or of.lower_ != "of":
        return False
    what = next((g for g in of.children if g.dep_ in ("pobj", "pcomp")), None)
    if what is None or what.dep_ == "pobj" and not (thing(what) or _act_named(of, what)):
        return False
    top = of.head
    while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.lower_ == "of":
        top = top.head.head  # "hundreds of officials of fraud": the verb's object, hundreds
    accuser = top.head.head if top.dep_ == "pobj" and top.head.lower_ == "by" else None
    if accuser is not None:  # "accusations by the US of genocide": the accuser's words
        return accuser.lemma_.lower() in _CHARGE_NOUNS
    return top.dep_ in ("dobj", "obj") and top.head.lemma_.lower() in _CHARGE_VERBS and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in top.head.children)


def _act_named(of: Token, what: Token) -> bool:
    """Whether the "of" phrase opens with an act the parse made a noun's modifier: "of bombing
    hospitals" ("bombing" a compound of "hospitals"), an act however the party it is done to."""
    first = of.doc[of.i + 1] if of.i + 1 < len(of.doc) else None
    return first is not None and first.head.i == what.i and first.i < what.i and \
        first.dep_ in ("compound", "amod") and first.lower_.endswith("ing") and not first.ent_type_


_NAMES = frozenset({"ORG", "GPE", "PERSON"})


def _name_end(tok: Token) -> int:
    """The last word of the name ``tok`` is a word of, where the parse ends the phrase inside it
    ("the Lord's Resistance Army", "the Campaign for Equal Rights", "the People's Republic of
    China"): the entity's words up to its last noun, without a verb ("a Bikram Chand-led
    party") or a bracket the name does not close."""
    doc = tok.doc
    if tok.pos_ != "PROPN" or tok.ent_type_ not in _NAMES:
        return tok.i
    end = tok.i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    words = doc_span(doc, tok.i + 1, end + 1)
    verb = next((w.i for w in words if w.pos_ in ("VERB", "AUX")), None)
    opened = next((w.i for w in words if w.text == "(" and not any(
        v.text == ")" for v in doc[w.i:end + 1])), None)
    end = min(i - 1 for i in (verb, opened, end + 1) if i is not None)
    while end > tok.i and doc[end].pos_ not in ("PROPN", "NOUN"):
        end -= 1
    return end


def _contrasted(tok: Token, conj: Token) -> bool:
    """A conjunct set against the noun by "but" is no fellow party ("the exit proposed by
    Russia but an alleged attack by the regime", "Russia but not China")."""
    return any(t.lower_ == "but" for t in tok.doc[tok.i + 1:conj.i])


def _says_what(tok: Token, appos: Token) -> bool:
    """An apposition that names a thing, not who the party is: "withdraw troops from Syria, a
    move that …", "outlawed FGM, a historic victory for …" (the party's words end before it);
    a thing's own apposition stays ("aid deliveries, the first in weeks")."""
    return appos.pos_ == "NOUN" and appos.is_lower and thing(appos) and not thing(tok)


def _phrase_end(tok: Token) -> int:
    """The last word of the phrase of ``tok`` without the clauses hung in it: an apposition
    says who the party is, what the person does is no part of it ("Renas, one of the British
    women fighting with the Kurdish units": Renas, one of the British women)."""
    end = tok.i
    for child in tok.rights:
        if child.dep_ not in ("acl", "relcl") and not (child.is_punct and child.dep_ == "punct"):
            end = max(end, _phrase_end(child))
    return end


# Question words that open a phrase in an indirect question: no part of the party's name.
WH = frozenset({"WRB", "WDT", "WP"})


def doer_in_modifier(noun: Token, first: int | None = None) -> tuple[Token, tuple[int, int]] | None:
    """The doer an event noun names in a modifier before it (``first``: where the trigger's own
    words begin), with its span: a demonym ("Israeli air strikes"), a name ("NATO air strikes",
    "a rapid US withdrawal") or a body with the words that say whose it is ("a Saudi-led
    coalition strike", "an army raid"); not the men an act moves ("a troop withdrawal")."""
    first = noun.i if first is None else first
    demonym = next((c for c in noun.lefts if c.dep_ == "amod" and c.ent_type_ == "NORP"), None)
    if demonym is not None:
        start, end = _joined_states(noun, demonym, demonym.i, demonym.i + 1, first)
        return demonym, (start, _with_body(noun, end, first))
    named = next((c for c in noun.lefts if c.dep_ in ("compound", "nmod") and c.i < first
                  and (c.ent_type_ in ("GPE", "ORG", "NORP") or known_group(c))), None)
    if named is not None:
        start, end = _joined_states(noun, named, *np_span(named, with_conj=False), first)
        return named, (start, _with_body(noun, end, first))
    leader = _leader(noun, first)
    if leader is not None:
        return leader
    body = next((c for c in noun.lefts if c.dep_ == "compound" and c.i < first and not
                 c.ent_type_ and (c.lemma_.lower() in BODIES or c.lower_ in BODIES)), None)
    if body is None:
        return None
    start = body.left_edge.i
    for c in noun.lefts:  # "Saudi-led", "US-backed": the words hung from the noun say whose
        if c.i < start and c.dep_ == "amod" and any(
                g.ent_type_ in ("GPE", "NORP", "ORG") for g in c.subtree):
            start = c.left_edge.i
            break
    return body, (start, body.i + 1)


def known_group(tok: Token) -> bool:
    """A name the actor dictionary knows as an organisation, written as a name ("an Isis
    bombing", "a Hamas rocket attack"): the parser may leave it without an entity type."""
    from ..actor_dictionary import load_dictionary

    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and \
        tok.lower_ in load_dictionary().organisations


def _leader(noun: Token, first: int) -> tuple[Token, tuple[int, int]] | None:
    """"a Saudi-led airstrike", "US-led strikes", "a Saudi-led coalition strike": the act of the
    coalition the country leads, named by the country ("-backed" says who supports the doer,
    not who acts)."""
    for c in noun.lefts:
        if c.i < first and c.dep_ == "amod" and c.lower_ == "led":
            country = next((g for g in c.lefts if g.ent_type_ in ("GPE", "NORP", "ORG")
                            or known_group(g)), None)
            if country is not None:
                # with the body it leads, where one follows ("a Saudi-led coalition strike")
                return country, (country.left_edge.i, _with_body(noun, c.i + 1, first))
    return None


def _joined_states(noun: Token, mod: Token, start: int, end: int, first: int
                   ) -> tuple[int, int]:
    """"US, British and French strikes", "US and British forces": the doer's words run over
    every country or people coordinated with the one found (each is a doer of its own)."""
    doc = noun.doc
    states = ("GPE", "NORP")
    if mod.ent_type_ not in states:
        return start, end
    for c in mod.conjuncts:
        if end <= c.i < first and c.ent_type_ in states:
            end = c.i + 1
    for c in sorted(noun.lefts, key=lambda t: -t.i):  # "US," hung apart from "British and …"
        between = doc[c.i + 1:start]
        if c.i < start and c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in states \
                and any(t.text == "," for t in between) and \
                all(t.is_punct or t.dep_ == "cc" or t.head == c for t in between):
            start = c.left_edge.i
    return start, end


def _with_body(noun: Token, end: int, first: int) -> int:
    """Where a doer's words end when a body follows its country or name among the noun's
    modifiers ("Syrian government missiles", "U.S. military airstrikes": "Syrian government",
    "U.S. military"), the trigger's own words (from ``first``) left out."""
    doc = noun.doc
    while end < first and doc[end].head == noun and doc[end].dep_ in ("compound", "amod") and \
            (doc[end].lemma_.lower() in BODIES or doc[end].lower_ in BODIES):
        end += 1
    return end


def named_doer(act: Token) -> tuple[Token, tuple[int, int]] | None:
    """The doer an act or a weapon names in a modifier: a country, a people, a group or a
    body ("a Russian airstrike", "coalition airstrikes"), not a make ("an RPG round")."""
    named = doer_in_modifier(act)
    return named if named is not None and (named[0].ent_type_ in ("GPE", "NORP") or known_group(
        named[0]) or named[0].lemma_.lower() in BODIES) else None


def phrase_words(text: str) -> list[str]:
    """A phrase's words as the agent dictionary spells them: lower case, hyphenated words whole
    ("para-military forces", which the parse splits in three), punctuation around them gone."""
    return [w for w in (w.strip(PUNCT) for w in text.lower().split()) if w]


#: Punctuation stripped from around a phrase's words.
PUNCT = ".,;:!?'\"()[]{}`‘’“”"


_NAMED_THINGS = frozenset({"MONEY", "QUANTITY", "PERCENT", "WORK_OF_ART", "LAW", "PRODUCT"})
_DOERS = word_class("doers")
_PEOPLE = word_class("people")


def doer_word(tok: Token) -> bool:
    """A word that names a party: a named organisation, person, nationality or state, a body
    ("the army"), a word of the ``doers`` class."""
    return tok.ent_type_ in ("ORG", "PERSON", "NORP", "GPE") or tok.lower_ in BODIES or \
        tok.lemma_.lower() in _DOERS


def thing(tok: Token) -> bool:
    """An object that is no party: "curfew hours", "a shipment", "its borders", "evidence",
    "dozens of artifacts"; a named sum, amount, work, law or product ("$ 5 million"). A noun
    whose first sense is a person ("a teenager", "the bishop") is a party."""
    tok = counted(tok)
    if condition(tok) or tok.ent_type_ in _NAMED_THINGS:
        return True
    if doer_word(tok) or tok.pos_ in ("PRON", "PROPN", "NUM") or tok.ent_type_ or \
            tok.lemma_.lower() in _PEOPLE or tok.lower_ in _PEOPLE:
        return False
    agents = agent_words()
    lemma = tok.lemma_.lower()
    return lemma not in agents and tok.lower_ not in agents and not a_person_noun(lemma)


def a_place(tok: Token) -> bool:
    """A word for a place ("the town", "an army base") or a place's name."""
    return counted(tok).lemma_.lower() in PLACE_NOUNS or tok.ent_type_ in ("GPE", "LOC", "FAC")


def names_people(tok: Token) -> bool:
    """Whether the head of a phrase can name people struck or killed: no time ("last week"), and
    no thing or place ("the building", "the town") unless it is a bare count ("another 20")."""
    if is_when(tok):
        return False
    return tok.pos_ == "NUM" or not (thing(counted(tok)) or a_place(counted(tok)))


#: Participles that name who holds a place ("positions held by Isis").
_HOLDING = word_class("holding_participles")


def from_parties(head: Token) -> Iterator[Token]:
    """The objects of the "from" phrases on ``head`` that may name a party: a doer's word, not a
    location's name nor a place noun ("from Isis", not "from the hills")."""
    return (g for g in prep_objects(head, "from") if doer_word(g)
            and g.ent_type_ not in ("LOC", "FAC") and counted(g).lemma_.lower() not in PLACE_NOUNS)


def taken_from(verb: Token, obj: Token) -> Token | None:
    """The party a place is taken from, named in the verb's "from" phrase: "seized the town from
    government forces", "retook Mosul from Isis" (the place is where the act was; the party that
    held it is whom it was done to); ``None`` when the object is no place or the phrase names
    none ("shelled the town from the hills"). A name the parse tags as nothing is taken for a
    place's ("to free Raqqa from Isis"), as a person or a group taken would be tagged."""
    if not a_place(obj) and not (obj.pos_ == "PROPN" and not obj.ent_type_):
        return None
    return next(from_parties(verb), None) or next(
        (g for c in obj.children if c.dep_ == "acl" and c.lower_ in _HOLDING  # "positions
         for p in c.children if p.dep_ in ("agent", "prep") and p.lower_ == "by"  # held by
         for g in p.children if g.dep_ == "pobj" and doer_word(g)), None)  # Isis"


def took_place(verb: Token, obj: Token) -> bool:
    """"the clash took place in Keshma": the verb and its object say only that the act happened,
    and its phrases where and when, never to whom."""
    return verb.lemma_.lower() == "take" and obj.lemma_.lower() == "place" and not any(
        c.dep_ in ("det", "poss", "amod") for c in obj.children)
