"""A party's words with the place that locates them: "dozens of demonstrators in Yerevan", "a
court in Bishkek", "targets stationed in northern Iraq" are one noun phrase, as it is written;
a domestic actor of no country is of the place's ("three militants in Gaza"). A mixin of
:class:`dateline.actors.ActorResolver`, which reads who the party is without those words."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .actor_focus import DOMESTIC_SECTORS
from .actor_places import place_country
from .actor_regions import regional_office
from .code.phrase_parties import venue
from .code.recipient_held import holder_word
from .code.words import is_when
from .deps import prep_object
from .records import Actor
from .tokens import doc_span, span_root
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .actor_dictionary import ActorDictionary

__all__ = ["PlacedParties"]

#: Prepositions that place a party ("demonstrators in Yerevan", "officials from Kansas").
_PLACING_PREPS = frozenset({"in", "from", "of"})
#: "guerrillas stationed in Iraq": participles that place a party.
_PLACING = word_class("placing_participles")
#: "the rebel-held enclave", "Isis-controlled villages": participles that name a holder.
_HOLDING = word_class("holding_participles")


class PlacedParties:
    """Extends a resolved party's words through the phrase that places it."""

    doc: Doc
    base: int
    dict: ActorDictionary

    if TYPE_CHECKING:
        def __call__(self, span: tuple[int, int], *, doer: bool = True,
                     not_in: range = range(0)) -> Actor | None: ...

    def _placed(self, actor: Actor, span: tuple[int, int]) -> Actor:
        """The party of words ``span`` with the place that locates them (see
        :meth:`_placed_words`), an office of a region or city named for its government."""
        return regional_office(doc_span(self.doc, *span), self._placed_words(actor, span)) \
            or actor

    def _placed_words(self, actor: Actor, span: tuple[int, int]) -> Actor:
        """The party's words with the place that locates them ("dozens of demonstrators in
        Yerevan", "a court in Bishkek", "officials from Kansas", "the president of Kosovo",
        "camps in Afghanistan's Paktika province", "targets stationed in northern Iraq"): one
        noun phrase, as it is written; who the party is was read without them."""
        last = self.doc[span[1] - 1]
        if actor.char_end != self.base + last.idx + len(last):
            return actor  # the words were trimmed to a possessor: no place follows them
        root = span_root(self.doc, span[0], span[1])
        after = self.doc[span[1]] if span[1] < len(self.doc) else None
        if after is not None and after.dep_ == "acl" and after.head == root and \
                after.lemma_.lower() in _PLACING:
            placed = next((c for c in after.children if c.dep_ == "prep"
                           and c.lower_ in _PLACING_PREPS), None)
            if placed is not None and self._names_place(placed):
                return self._through(actor, span, placed)  # "targets stationed in Iraq"
            return actor
        prep = next((c for c in root.rights if c.i == span[1] and c.dep_ == "prep"
                     and c.lower_ in _PLACING_PREPS), None)
        if prep is None and after is not None and after.lower_ == "in" and \
                after.dep_ == "prep" and (
                    root.dep_ in ("dobj", "obj") and after.head == root.head or
                    root.dep_ == "pobj" and after.head == root.head.head):
            prep = after  # "detained dozens of demonstrators in Yerevan", hung from the verb;
            # "an attack on targets in Hama province", from the attack
        if prep is None or not self._names_place(prep) or (
                prep.lower_ == "in" and root.ent_type_ == "PERSON") or (
                prep.head.i != root.i and venue(prep.head)):
            return actor  # "will meet Emmanuel Macron in Paris": where they meet, not who he
            # is; "negotiated with the government in Doha": where they talked
        return self._through(actor, span, prep)

    def _holder(self, place: Token, taken: set[int]) -> Actor | None:
        """The party a place is said to be held by ("shelled the rebel-held enclave", "took an
        Isis-controlled village", "the Kurdish-held town of Afrin"): an attack on the place is
        done to its holder, as event coders count it (see :meth:`_held`);
        ``None`` when no holder is named or it is the act's own doer (``taken``)."""
        held = next((c for c in place.children if c.dep_ == "amod"
                     and c.lower_ in _HOLDING and c.i < place.i), None)
        who = None if held is None else holder_word(held)
        if who is None or who.i in taken or is_when(who):
            return None
        party = self((who.left_edge.i, who.i + 1), doer=False)  # "pro-government" too
        return party if party is not None and (party.name or party.sector or
                                               party.country) else None

    def _held(self, holder: Actor, span: tuple[int, int], place: Actor | None = None) -> Actor:
        """The holder, named by the words of the place it holds ("the rebel-held enclave of
        Eastern Ghouta" stands for the rebels, as a country's capital for its state): those of
        ``place``, the place read as a party, when there is one (it keeps "of Eastern Ghouta"),
        else those of ``span``."""
        first, last = self.doc[span[0]], self.doc[span[1] - 1]
        if holder.country is None:  # "rebel-held Syrian towns": the rebels of Syria
            iso = place_country(self.dict.countries, list(self.doc[span[0]:span[1]].root.subtree))
            if iso is not None and iso != "IGO":
                holder = replace(holder, country=iso, country_from="place held")
        if place is not None:
            return replace(holder, text=place.text, char_start=place.char_start,
                           char_end=place.char_end)
        return replace(holder, text=self.doc[span[0]:span[1]].text,
                       char_start=self.base + first.idx,
                       char_end=self.base + last.idx + len(last))

    def _names_place(self, prep: Token) -> bool:
        """Whether the phrase of ``prep`` names a place: a country, region or town, the
        dictionaries' or the gazetteer's ("in Yerevan", "in Afghanistan's Paktika province");
        after "of" only a country or town by its name ("the president of Kosovo")."""
        pobj = prep_object(prep)
        if pobj is None or is_when(pobj):
            return False
        if prep.lower_ == "of":
            return pobj.ent_type_ == "GPE"
        # the words of the place itself ("the east of Ukraine"), not a phrase or a clause hung
        # on it ("in coordinated attacks in London" places no one)
        hung = [c for c in pobj.rights if not (c.dep_ == "prep" and c.lower_ == "of")]
        words = [t for t in pobj.subtree
                 if not any(c.left_edge.i <= t.i <= c.right_edge.i for c in hung)]
        return pobj.ent_type_ in ("GPE", "LOC", "FAC") or place_country(
            self.dict.countries, words) is not None

    def _through(self, actor: Actor, span: tuple[int, int], prep: Token) -> Actor:
        """The actor's words up to the end of the phrase of ``prep``; a domestic actor of no
        country is of the place's ("three militants in Gaza")."""
        end = self.doc[prep.right_edge.i]
        actor = replace(actor, text=self.doc[span[0]:end.i + 1].text,
                        char_end=self.base + end.idx + len(end))
        if actor.country is None and actor.sector in DOMESTIC_SECTORS and prep.lower_ != "of":
            iso = place_country(self.dict.countries, list(prep.subtree)[1:])
            if iso is not None:
                actor = replace(actor, country=iso)
        return actor
