"""Where a party is, which is not whose it is, for a person or a party sent or come from abroad.

"Yulia Skripal in Salisbury", "the opposition delegation in Riyadh", "the embassy in Kabul":
a person or a delegation is where it is, or where it has been sent, and a place it is in or at
does not make it that place's (a court, a police force or the residents of a place are that
place's: "a court in Kenya"). Only where it is from or of says whose it is ("Jac Holmes from
Bournemouth").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .datafiles import per_overlay, table_rows
from .sentences import sentence_bounds, sentence_ents
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .records import Actor

__all__ = ["away", "given_names", "ORIGINS", "located_words", "sent_abroad", "named_person",
           "places_in_sentence", "titled_at_talks"]

#: Parties sent or come from abroad ("delegation", "envoy", "negotiator").
_AWAY = word_class("away_parties")
#: The prepositions that say whose such a party is.
ORIGINS = frozenset({"of", "from"})
#: The prepositions that say only where it is.
_AT = frozenset({"in", "at", "inside", "near"})


def away(head: Token) -> bool:
    """Whether a party's head names a person (also a name the parse tags no person's that
    begins with a given name: "Yulia Skripal") or a party that is where it has come."""
    return head.ent_type_ == "PERSON" or head.lemma_.lower() in _AWAY or (
        head.pos_ == "PROPN" and any(c.dep_ == "compound" and c.i < head.i and c.is_title
                                     and c.lower_ in given_names() for c in head.children))


@per_overlay
def given_names() -> dict[str, str]:
    """Given names (lower case) -> the gender they are mostly borne by
    (``actors/given_names.tsv``)."""
    return {name.lower(): gender for _, (name, gender) in
            table_rows("actors/given_names.tsv", ("name", "gender"))}


def located_words(head: Token) -> set[int]:
    """The tokens of the phrases that say only where such a party is ("in Salisbury")."""
    if not away(head):
        return set()
    return {t.i for p in head.children if p.dep_ == "prep" and p.lower_ in _AT
            for t in p.subtree}


def sent_abroad(actor: Actor | None) -> bool:
    """Whether an actor is a party a state sends or that comes from abroad ("delegates", "the
    delegation", "the ambassador", "an envoy"), by its own words or those it stands for: it
    acts and speaks where it is sent, which neither makes that place's state its own nor
    places its words at home."""
    if actor is None:
        return False
    said = f"{actor.text or ''} {actor.antecedent or ''}".lower().split()
    return any(w in _AWAY or w.removesuffix("s") in _AWAY for w in said)


#: Words that make a title one held no more ("former envoy", "ex-ambassador").
_FORMER = frozenset({"former", "ex", "ex-", "then", "retired", "late"})


def titled_at_talks(doc: Doc, at: frozenset[int]) -> frozenset[str]:
    """The names (lower case) of the people the text calls by a title of a party sent to talks
    (:func:`sent_abroad`'s titles: "the government's lead negotiator Karim Ostrow", "Ana Reyes,
    the opposition's envoy") in a sentence that names the talks' town (its tokens ``at``): they
    came, and what they say later by name alone is said there too. A title held no more
    ("former envoy") or posted elsewhere ("the ambassador to Turkey") is not."""
    out: set[str] = set()
    for w in doc:
        if w.pos_ != "NOUN" or w.lemma_.lower() not in _AWAY or any(
                c.lower_ in _FORMER or c.dep_ == "prep" and c.lower_ == "to" and any(
                    o.pos_ == "PROPN" for o in c.children) for c in w.children):
            continue
        start, end = sentence_bounds(doc, w.i)
        if at.isdisjoint(range(start, end)):
            continue
        named = [w.head] if w.dep_ in ("compound", "appos") else []
        named += [c for c in w.children if c.dep_ == "appos"]
        out.update(n.lower_ for n in named if n.pos_ == "PROPN" and n.ent_type_ in ("", "PERSON"))
    return frozenset(out)


def named_person(actor: Actor | None) -> bool:
    """Whether an actor is a person named by a name with a given name in it ("Prince Mohammed
    met Putin in Moscow"): a person goes where they act, so the place of the act is not what
    makes them of a state."""
    if actor is None or not actor.text:
        return False
    said = actor.text.split()
    return all(w[:1].isupper() for w in said) and \
        any(w.lower() in given_names() for w in said)


def places_in_sentence(doc: Doc, at: int) -> frozenset[int]:
    """The heads of the places the sentence of token ``at`` names ("fighting in Deir ez-Zor"):
    where a person acts, which does not say whose they are."""
    # (the entities read once for the document: a sentence's ``ents`` builds all of them)
    return frozenset(e.root.i for e in sentence_ents(doc, *sentence_bounds(doc, at))
                     if e.label_ in ("GPE", "LOC", "FAC"))
