"""A person who fights for an armed party is of that party, not a civilian.

ACLED counts as civilians only unarmed people not engaged in political violence; PLOVER and CAMEO
code a member of an armed group with the group's code. So a person the report says fights,
serves or volunteers with, for, in or alongside an armed party ("who fought with the YPG", "a
volunteer fighting alongside the militia", "died while fighting alongside Kurdish forces"),
joined or enlisted in it ("joined the PKK in 2015"), or is its member or fighter ("was a
member of the PKK", "YPG fighter Jack Holm"), takes the party's sector and, when no country
of their own is said, the party's country; a British volunteer stays British. Any mention of
the person's name in the report may say it, and it holds for every later one.

Not a member: one who fights *against* a party (only "with", "for", "in", "alongside" and
"among" join a person to their side), one who is said not to ("never joined"), a "former"
member (a past allegiance is history, not the side they act for now), and kin of fighters
("the wife of an Isis fighter": the person's own noun is "wife", whose phrase names the
fighter, not them). A journalist or medic "with" a force keeps their own sector: only a person
with no sector of their own, or one the text left a civilian, is asked.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .actor_describe import describe, named_for_country
from .actor_kin import person_nationality
from .actor_peoples import stateless_people
from .actor_served import name_mentions
from .code.words import person_word
from .full_names import name_words
from .sentences import doc_ents
from .sectors import FORCE_SECTORS

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from spacy.tokens import Doc, Span, Token

    from .actor_dictionary import ActorDictionary
    from .actor_focus import DocumentFocus
    from .records import Actor

__all__ = ["combatant", "fighter_in", "party_served"]

#: Verbs of taking part in a party's fight; "join" and "enlist" name the party as their object.
_SERVE = frozenset({"fight", "serve", "volunteer", "battle", "fighting", "serving"})
_JOIN = frozenset({"join", "enlist", "rejoin"})
_COPULAS = frozenset({"be", "become", "remain"})
#: Verbs of leaving a party.
_LEAVE = frozenset({"leave", "flee", "desert", "defect", "quit", "escape", "renounce"})
#: Prepositions that join a fighter to their own side (not "against").
_WITH = frozenset({"with", "for", "in", "alongside", "among"})
#: Nouns of a party's member; "a volunteer with the YPJ", "a member of the PKK".
_MEMBERS = frozenset({"member", "fighter", "volunteer", "militant", "combatant", "recruit",
                      "militiaman", "guerrilla", "soldier"})
_MEMBER_PREPS = frozenset({"of", "with", "in", "for"})
#: Words that make a membership a past one.
_PAST = frozenset({"former", "ex", "ex-"})
#: Sectors a person is asked in: none said, unknown, or civilians by default.
_ASKED = frozenset({"UNK", "CVL"})


def fighter_in(focus: DocumentFocus, actor: Actor | None) -> Actor | None:
    """A person ``actor`` of a document (``focus``: its words, name and the document's other
    mentions of the name) as :func:`combatant` makes them; any other actor as it is."""
    if actor is None or actor.sector not in (None, *_ASKED):
        return actor
    span = focus._words(actor)
    person = focus._person(actor)
    if span is None or not person and not _person_noun(span.root):
        return actor
    words = focus._name_words(actor) if person else []
    mentions = [span.root, *(e.root for e in name_mentions(focus.doc, words))]
    if words and _one_bearer(focus.doc, words):
        # the surname alone, whatever entity the parse tags it ("Campbell" as an ORG)
        mentions += [t for t in focus.doc if t.lower_ == words[-1] and t.pos_ == "PROPN" and
                     t.dep_ not in ("compound", "flat") and t not in mentions]
    own = person_nationality(focus.doc, words) if words else None
    return combatant(actor, focus.dict, focus.date, mentions, own)


def _one_bearer(doc: Doc, words: list[str]) -> bool:
    """Whether the document names one person only by the surname of ``words``: not "Anna
    Campbell" and her father "Dirk Campbell", whose surname alone may be either's."""
    full = {tuple(name_words(e)) for e in doc_ents(doc) if e.label_ == "PERSON"}
    return len({n for n in full if len(n) > 1 and n[-1] == words[-1]} | (
        {tuple(words)} if len(words) > 1 else set())) <= 1


def combatant(actor: Actor | None, d: ActorDictionary, date: str | None,
              mentions: Iterable[Token], nationality: str | None) -> Actor | None:
    """``actor`` (a person) as a member of the armed party one of ``mentions`` (heads of the
    person's mentions) says they fight for: the party's sector and parent, and its country
    unless ``nationality`` (the person's own, said by the text) or the actor's own words give
    one; ``actor`` itself when no mention says so."""
    if actor is None or actor.sector not in (None, *_ASKED):
        return actor
    found = party_served(d, date, mentions)
    if found is None:
        return actor
    party, country, sector = found
    own = nationality or (actor.country if actor.country_from in (None, "antecedent") else None)
    iso = own or country or actor.country
    fighter = replace(actor, sector=sector, parent=actor.parent or party, country=iso,
                      country_from=actor.country_from if own or not country else "antecedent")
    if iso is not None and actor.name in (None, d.country_names.get(iso), named_for_country(
            d, replace(actor, name=None), iso)):
        # "a British volunteer", named for the country and their kind: the country's fighters
        fighter = replace(fighter, name=named_for_country(d, replace(fighter, name=None), iso))
    return fighter


def party_served(d: ActorDictionary, date: str | None, mentions: Iterable[Token]
                 ) -> tuple[str | None, str | None, str] | None:
    """(name, country, sector) of the first armed party a person's mention says they fight
    for or belong to; ``None`` when none does."""
    mentions = list(mentions)
    if any(True for head in mentions for _ in _left(head)):
        return None  # "who fled Islamic State": a past side, not the one they act for now
    found = [(any(t.pos_ == "PROPN" for t in span), (name, country, sector))
             for head in mentions for span in _parties(head)
             for name, country, sector in [_party(d, span, date)] if sector in FORCE_SECTORS]
    # a party's own name before a kind's ("the YPG" before "Kurdish forces")
    named = [f for own, f in found if own]
    return (named or [f for _, f in found] or [None])[0]


def _party(d: ActorDictionary, span: Span, date: str | None
           ) -> tuple[str | None, str | None, str | None]:
    """(name, country, sector) of a party's phrase; the forces of a people of no state
    ("Kurdish forces") are an armed group, not a state's army."""
    name, country, sector, _ = describe(d, span, date)
    if sector == "MIL" and stateless_people([t.lower_ for t in span]) is not None:
        sector = "REB"
    return name, country, sector


def _parties(head: Token) -> Iterator[Span]:
    """The phrases naming the party a person's mention (its head ``head``) says they serve."""
    if head.lower_ in _SERVE:  # "a volunteer fighting alongside X", parsed as one noun
        yield from _of_verb(head)
    for child in head.children:
        if child.dep_ in ("relcl", "acl"):  # "who fought with", "a volunteer fighting with"
            yield from _of_verb(child)
        elif child.dep_ in ("appos", "compound") and child.pos_ == "NOUN":
            yield from _of_member(child)  # "Holm, a member of the PKK", "YPG fighter Holm"
        elif child.dep_ == "appos" and child.lower_ == "one":  # "one of the women fighting"
            yield from (v for p in child.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj" for v in _of_noun(o))
    if head.dep_ in ("nsubj", "nsubjpass"):  # "Holm joined the YPG", "she was a YPJ fighter"
        yield from _of_verb(head.head)


def _left(head: Token) -> Iterator[Token]:
    """The verbs of leaving a party said of a person's mention: "who fled Islamic State",
    "Holm deserted the militia", "defected from the army"."""
    nouns = [head, *(c for c in head.children if c.dep_ == "appos")]  # "the woman who fled"
    verbs = [c for n in nouns for c in n.children if c.dep_ in ("relcl", "acl")]
    if head.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(head.head)
    for verb in verbs:
        if verb.lemma_.lower() in _LEAVE and any(
                c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "from"
                for c in verb.children):
            yield verb


def _person_noun(root: Token) -> bool:
    """Whether a phrase's head is a person's noun ("a British woman"), or a noun of fighting
    the parse made of one's participle ("a volunteer fighting")."""
    return person_word(root) or root.lower_ in _SERVE and any(
        c.dep_ == "compound" and person_word(c) for c in root.children)


def _of_verb(verb: Token, depth: int = 0) -> Iterator[Span]:
    """The parties a clause of serving says its subject serves: "fought with X", "joined X",
    "was a member of X", "died while fighting alongside X"."""
    if any(c.dep_ == "neg" for c in verb.children):
        return  # "never joined the group"
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if lemma in _SERVE and child.dep_ == "prep" and child.lower_ in _WITH:
            yield from _objects(child)
        elif lemma in _JOIN and child.dep_ == "dobj":
            yield _phrase(child)
        elif lemma in _JOIN and child.dep_ == "prep" and child.lower_ in ("in", "with"):
            yield from _objects(child)
        elif lemma in _COPULAS and child.dep_ == "attr":
            yield from _of_noun(child)  # "was a member of X", "became the first woman to die"
        elif lemma == "attach" and child.dep_ == "prep" and child.lower_ == "to":
            yield from _objects(child)  # "was attached to the YPJ's battalion"
        elif child.dep_ in ("advcl", "xcomp", "conj") and depth < 2 and child.pos_ == "VERB":
            yield from _of_verb(child, depth + 1)  # "to die while fighting alongside X"


def _of_noun(noun: Token) -> Iterator[Span]:
    """The parties a person's noun said of the subject names: a member's ("a member of X") or
    one its clause of serving tells ("the first woman to die while fighting alongside X")."""
    yield from _of_member(noun)
    if person_word(noun):
        for child in noun.children:
            if child.dep_ in ("relcl", "acl"):
                yield from _of_verb(child)


def _of_member(noun: Token) -> Iterator[Span]:
    """The party a member's noun names: "a member of X", "a volunteer with X", "X fighter";
    not a former one's."""
    if noun.lemma_.lower() not in _MEMBERS or not person_word(noun) or any(
            c.lower_ in _PAST for c in noun.children if c.dep_ in ("amod", "compound")):
        return
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in _MEMBER_PREPS:
            yield from _objects(child)
        elif child.dep_ == "compound" and child.pos_ == "PROPN":
            yield _phrase(child)


def _objects(prep: Token) -> Iterator[Span]:
    """The objects of a preposition and the names set beside them."""
    for obj in prep.children:
        if obj.dep_ == "pobj":
            yield _phrase(obj)  # "the Kurdish forces, the YPG": the name set beside them too
            yield from (_phrase(c) for c in obj.children if c.dep_ == "appos")


def _phrase(tok: Token) -> Span:
    """The words of a noun's phrase up to the noun ("the Kurdish YPG militia")."""
    return tok.doc[tok.left_edge.i:tok.i + 1]
