"""The country a document's domestic actors belong to when they name none.

:class:`DocumentFocus` is the part of :class:`dateline.actors.ActorResolver` that counts the
countries a document names (its places, peoples, seats of government and dateline; not where
people come from) and gives a domestic actor with no country the one the document is about
(:func:`dateline.focus.dominant_country`), else the one its sentence names, else a nearby actor's
of its sector, else, for civilians, the event place's; a government dealing with a party or
the opposition of a named country is that country's. A person the dictionary does not know
("Javid", "he" standing for him) takes the country the document is about, if it has one.
"""

from __future__ import annotations

import re

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from .actor_abroad import directed_abroad
from .actor_across import struck_across
from .actor_dictionary import load_dictionary
from .actor_bodies import body_names, shared_body
from .actor_branches import in_branch
from .actor_conjuncts import conjunct_country
from .actor_peoples import stateless_people
from .actor_venues import enemy_label, not_home, sayer_words, venue
from .actor_counterparts import phrase_of
from .actor_stateless import lends_no_country
from .actor_fighters import fighter_in
from .actor_fighters_home import fighters_home, fought_in
from .actor_kin import person_nationality
from .actor_describe import SECTOR_LABELS, named_for_country
from .actor_offices import office_country
from .actor_places import (gazetteer_country, names_no_country, owner_of_act, place_country,
                           proper_name, said_place_country)
from .actor_served import name_mentions, serves_no_state
from .actor_states import state_then
from .actor_whereabouts import named_person, places_in_sentence
from .code.words import PLACE_NOUNS, is_when
from .focus import dominant_country
from .gazetteer import fold
from .place_roles import origin_of_someone
from .records import Actor
from .seats import load_seats, seat_countries
from .sectors import STATE_FAMILY, family_sectors, sectors_with
from .sentences import doc_ents, sentence_ents, sentence_of
from .tokens import doc_memo, words as doc_words
from .wordclasses import word_class

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Span, Token

    from .actor_dictionary import ActorDictionary
    from .coref import Antecedents

__all__ = ["DocumentFocus", "DOMESTIC_SECTORS", "seat_country"]

#: Sectors of actors that belong to one country (not international organisations, NGOs).
DOMESTIC_SECTORS = sectors_with("domestic")
_CIVILIAN = family_sectors("civilian")
#: Sectors of bodies that take a side, whose country a nearby actor of the sector may give
#: (a government, a force, rebels; not civilians, whom every side has).
_SIDED_SECTORS = sectors_with("institution")
#: Acts between two sides that are most often of two countries.
_ACROSS_TYPES = frozenset({"CONSULT", "AID", "SUPPORT", "AGREE", "COOPERATE"})
#: Nouns a neighbour's name modifies without being where its sentence happens, and words
#: that make a place an origin or a destination ("fled to Turkey", "returned from Iraq").
_BORDERS = frozenset({"border", "borders", "frontier", "side", "boundary", "to", "into",
                      "towards", "toward", "from"})
#: Acts of force, whose place stands for the party they are done to when they name none.
_FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
#: Police, security forces and authorities: the place they act in is their own state's.
_AUTHORITIES = frozenset({"COP", "GOV"})
#: "in Jericho", "at targets in Jericho": prepositions of the place an act of force strikes.
_STRUCK = word_class("where_preps_struck")
#: Nouns of a body ("group", "movement", "union"), which a name before them names.
_BODY_HEADS = word_class("body_heads")
#: Entities that name no body when they modify one's noun ("the Cairo group": a place's).
_NOT_BODIES = frozenset({"GPE", "NORP", "LOC", "DATE", "TIME", "FAC"})
_FIGHTS = word_class("fight_words")
#: Sectors of a country's own politics: parties and the opposition.
_POLITICS = frozenset({"OPP", "PTY"})
#: Where an actor's country comes from when its own words name it: its words, an office or a
#: party's name only some states have ("the shadow chancellor", "Labour").
_OWN_WORDS = frozenset({None, "office", "body name"})
_PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})  # pronouns of one person


class DocumentFocus:
    """The countries a document names and the one it is about, for its domestic actors."""

    doc: Doc
    base: int
    dict: ActorDictionary
    dateline: str | None
    date: str | None
    _focus: str | None | bool
    antecedents: Antecedents

    def _named_countries(self, ents: Sequence[Span]) -> Counter[str]:
        """How often ``ents`` name each country (as a place, a people or an adjective)."""
        counts: Counter[str] = Counter()
        # each entity's country read once a document: the focus, the sentences' countries and
        # places ask again about the same entities
        memo = doc_memo(self.doc, "entity countries")
        for ent in ents:
            key = (ent.start, ent.end)
            iso = memo[key] if key in memo else memo.setdefault(key, self._entity_country(ent))
            if iso is not None:
                counts[iso] += 1
        return counts

    def _entity_country(self, ent: Span) -> str | None:
        """The country an entity names for :meth:`_named_countries`, or ``None``."""
        if ent.label_ not in ("GPE", "NORP", "LOC"):
            return None
        lowers = doc_words(self.doc).lowers  # the words read from the arrays: no Token made
        before = lowers[ent.start - 2] if ent.start > 1 and lowers[ent.start - 1] == "-" else \
            lowers[ent.start - 1] if ent.start else ""  # "anti-Syrian": the "anti"
        if names_no_country([before, lowers[ent.start]], 1):
            return None  # "ethnic Albanians", "anti-Syrian": no country is the actors'
        if origin_of_someone(self.doc, ent):
            return None  # "families from Turkey": where people come from, not the story's
        iso = place_country(self.dict.countries, list(ent))
        return iso if iso and iso != "IGO" else None

    def _country_named(self, tok: Token) -> bool:
        """Whether the name ``tok`` belongs to is a country's ("North Korea"), not a town's."""
        start, end = tok.i, tok.i + 1
        while start > 0 and self.doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(self.doc) and self.doc[end].ent_iob_ == "I":
            end += 1
        name = " ".join(t.lower_ for t in self.doc[start:end] if t.lower_ != "the")
        return name not in self.dict.capitals and self.dict.countries.get(name) is not None

    @property
    def focus(self) -> str | None:
        """The country the document is about: the one its places, demonyms, seats of government
        ("the Home Office", "the Kremlin") and dateline name most (the dateline counting
        twice), if it dominates them, the lead sentence's names deciding between close rivals
        (:func:`dateline.focus.dominant_country`)."""
        if self._focus is False:
            counts = self._named_countries(doc_ents(self.doc))
            counts.update(seat_countries(self.doc))
            lead = sentence_of(self.doc, 0) if len(self.doc) else self.doc[0:0]
            led = self._named_countries(
                sentence_ents(self.doc, lead.start, lead.end)) + seat_countries(lead)
            if self.dateline:
                iso = self.dict.countries.get(self.dateline.lower()) or \
                    gazetteer_country(self.dateline, self.doc)
                if iso:
                    counts[iso] += 2
            self._focus = dominant_country(counts, led)
        return self._focus or None

    @property
    def person_focus(self) -> str | None:
        """The country a person the dictionary does not know is most often of: the one the
        document is about, unless the nationality it names most is another's ("Begum" in a
        report about British fighters in Syria is British), which then wins."""
        if "_person_focus" not in self.__dict__:
            peoples = self._named_countries([e for e in doc_ents(self.doc)
                                             if e.label_ == "NORP"])
            top = peoples.most_common(2)
            own = top[0][0] if top and top[0][1] >= 2 and (
                len(top) == 1 or top[0][1] > top[1][1]) else None
            focus = self.focus
            self.__dict__["_person_focus"] = own if own is not None and focus is not None \
                and own != focus and peoples[own] > peoples[focus] else focus
        return self.__dict__["_person_focus"]

    def sentence_focus(self, at: int, enemy: bool = False) -> str | None:
        """The one country the sentence of token ``at`` names, if exactly one (its places,
        demonyms and actors' countries: "Erdogan's government accused Washington" names two);
        for an ``enemy`` ("terrorists"), not one of who reports its act ("Russia said ...")."""
        counts = self.sentence_countries(at, sayer_words(self.doc, at) if enemy else frozenset())
        return next(iter(counts)) if len(counts) == 1 else None

    def sentence_countries(self, at: int, skip: frozenset[int] = frozenset()) -> Counter[str]:
        """The countries the sentence of token ``at`` names (see :meth:`sentence_focus`), not
        where a meeting is held ("boycotted a summit in Sochi"); none in tokens ``skip``."""
        sent = sentence_of(self.doc, at)
        counts = self._named_countries([e for e in sentence_ents(self.doc, sent.start, sent.end)
                                        if not not_home(e.root) and e.root.i not in skip])
        counts.update(a.country for a in self.antecedents.within(sent.start, sent.end)
                      if a.country and a.country != "IGO" and not (
                          skip and (w := self._words(a)) is not None and w.root.i in skip))
        return counts

    def sentence_place(self, at: int, skip: frozenset[int] = frozenset()) -> str | None:
        """The one country the places of the sentence of token ``at`` name, if they name
        exactly one (not its peoples, which may be someone's origin, nor a neighbour named
        for its border: "near the Turkish border", nor a place gone to or come from: "as
        refugees fled to Turkey", nor where a meeting is held, to which parties come from
        abroad: "boycotted a summit in Sochi", nor a state named as the owner of an act:
        "Turkey's offensive"); none in tokens ``skip`` (what is said of another party)."""
        sent = sentence_of(self.doc, at)
        counts = self._named_countries([
            e for e in sentence_ents(self.doc, sent.start, sent.end)
            if e.label_ in ("GPE", "LOC") and e.root.head.lower_ not in _BORDERS and
            not not_home(e.root) and e.root.i not in skip and not owner_of_act(e.root)])
        # "in Baghuz", a town the parse tags no place, written as one
        counts.update(iso for t in sent if t.dep_ == "pobj" and t.ent_type_ not in (
            "GPE", "LOC") and t.head.lower_ not in _BORDERS and not venue(t) and
            t.i not in skip and (iso := said_place_country(t)) is not None)
        return next(iter(counts)) if len(counts) == 1 else None

    def in_focus(self, actor: Actor | None, at: int | None = None, place: str | None = None,
                 counterpart: Actor | None = None, event_type: str | None = None, *,
                 recipient: bool = False, place_told: bool = True) -> Actor | None:
        """The actor with its country (:meth:`_in_focus`), of the state that country was part
        of on the report's date (:func:`dateline.actor_states.state_then`)."""
        if lends_no_country(actor, place):
            return actor  # "foreign fighters", "al-Qaeda": of no country context lends
        found = fighter_in(self, self._in_focus(  # a fighter is of their side's sector
            actor, at, place, counterpart, event_type, recipient=recipient, place_told=place_told))
        return state_then(found if recipient else struck_across(
            self.doc, found, actor, at, counterpart, event_type,
            lambda name: self.dict.countries.get(name.lower())), self.date)

    def _in_focus(self, actor: Actor | None, at: int | None = None,
                  place: str | None = None, counterpart: Actor | None = None,
                  event_type: str | None = None, *, recipient: bool = False,
                  place_told: bool = True) -> Actor | None:
        """A domestic actor with no country ("the deposed government", "security personnel") belongs
        to the country the document is about (first to the one other country its sentence's places
        name: "two men were charged in the UK" in a report about Syria; the officials and forces of
        a people of no state, "Kurdish forces", are named for the people and take the country of
        their place or sentence, see :func:`_people_of_no_state`), or else to the only country named
        in its sentence (token ``at``: "the Mozambique government accepted demands from rebels"), or
        else, for a body that takes a side, to the country of the nearest actor of its sector in the
        sentences before ("Syrian rebels ... the rebel commander"), or else, for civilians, to the
        country of the event's place (``place``: "thousands of people marched in Hong Kong in
        defiance of Chinese authorities"). In an act between two sides that are most often of two
        countries (talks, aid, support), the sentence's one country is not given to one side when
        the other's own words name it ("the president welcomed the South African leader", "the
        coastguard rescued Libyan migrants"). An act of force with no ``recipient`` named is done to
        the country of the place it strikes (:meth:`place_struck`)."""
        if actor is None and recipient and at is not None:
            return self.place_struck(at, event_type, counterpart, place)
        actor = in_branch(actor, place, self.focus)  # its Syrian branch
        seat = seat_country(actor)
        if seat is not None and actor is not None:
            # "the Home Office", "the Kremlin": a body named for its seat is its state's own
            seated = replace(actor, sector=actor.sector or "GOV")
            return replace(seated, country=seat, name=named_for_country(self.dict, seated, seat))
        people = _people_of_no_state(actor)
        if people is not None and actor is not None:
            # "Kurdish officials", "Kurdish forces": a people's own, not a state's government
            # or army; of the country where they act, else the one its sentence names, else
            # the document's when the sentence names none (a sentence of two countries,
            # "asked the Syrian government to stop the Turkish advance", leaves it unsaid)
            # (a place the event only has from the article, ``place_told`` false, comes after
            # the one country its sentence names)
            named = self.sentence_countries(at) if at is not None else Counter()
            # not one said of another party than a state's ("captured two British fighters")
            theirs = named - self.sentence_countries(at, phrase_of(self._words(counterpart))) \
                if named and counterpart and counterpart.sector not in STATE_FAMILY else None
            at_place = (place if place != "IGO" else None,
                        "event place" if place_told or recipient else "document focus")
            one = (next(iter(named)) if len(named) == 1 and not theirs else None, "sentence focus")
            tried = ((actor.country, actor.country_from),
                     *((at_place, one) if place_told or recipient else (one, at_place)),
                     (self.focus if not named and actor.antecedent is None else None,
                      "document focus"))
            iso, where = next(((c, w) for c, w in tried if c), (None, None))
            label = SECTOR_LABELS.get(actor.sector or "", "")
            return replace(actor, country=iso, name=f"{people.title()} {label}".strip(),
                           country_from=where)
        if actor is not None and actor.country is None and actor.sector in (None, "UNK") and \
                (body := self._shared_body(actor, at)) is not None:
            # "Labour's call", "the Tories" (which the parse may read as a person's name or a
            # people) in a report about Syria: a party's name several states' parties bear is
            # the report's country's, else the country's where it most often names one
            return body
        if actor is not None and actor.country is None and actor.sector in (None, "UNK") and \
                actor.name is None and self._body(actor):
            # "rallies by the Tamarod group" in a report about Egypt: an organisation the
            # dictionary does not know is most often of the country the report is about, or
            # in a report of no one country, of the one its sentence's places name
            if self.focus is not None:
                return replace(actor, country=self.focus, country_from="document focus")
            named = self.sentence_place(at) if at is not None else None
            if named is not None and named != "IGO":
                return replace(actor, country=named, country_from="sentence focus")
        if actor is not None and actor.country is None and self._person(actor) and \
                (own := person_nationality(self.doc, self._name_words(actor))) is not None:
            # "Holmes" after "Jac Holmes, 24, from Bournemouth": whose the document says they are
            return replace(actor, country=own, country_from="antecedent")  # whatever their role
        if actor is not None and actor.country is None and actor.sector in (None, "UNK") and \
                self._person(actor):
            office = self._office(actor)
            if office is not None:  # "the shadow home secretary, Diane Abbott"
                return office
            if self.person_focus is not None and not self._serves_no_state(actor):
                # "Javid": of the report's country, or the one other its sentence says of people
                skip = phrase_of(self._words(counterpart)) if counterpart else frozenset()
                named = self.sentence_countries(at, skip | places_in_sentence(self.doc, at)) \
                    if at is not None else Counter()
                if len(named) == 1 and (one := next(iter(named))) not in ("IGO", self.person_focus):
                    return replace(actor, country=one, country_from="sentence focus")
                return replace(actor, country=self.person_focus, country_from="document focus")
        if actor is None or actor.country or actor.sector not in DOMESTIC_SECTORS or \
                self._person(actor) and self._serves_no_state(actor):
            return actor  # (the lawyer "Stafford Smith, of the legal charity Reprieve")
        span = self._words(actor)
        joined = conjunct_country(self.dict.countries, span) if span is not None else None
        if joined is not None:  # "Syrian troops and militiamen": the militiamen are Syrian
            return replace(actor, country=joined,
                           name=named_for_country(self.dict, actor, joined),
                           country_from="conjunct")
        home = _political_home(actor, counterpart)
        if home is not None:
            # "Labour leader Jeremy Corbyn accused the government": the opposition's own
            return replace(actor, country=home, name=named_for_country(self.dict, actor, home),
                           country_from="counterpart")
        body = self._shared_body(actor, at) or self._office(actor)
        if body is not None:  # "Congress", "the home secretary" in a report about Syria
            return body
        home = fighters_home(actor, place, place_told, recipient, lambda iso: fought_in(
            self.doc, at, iso, self._entity_country))  # rebels fight at home, not abroad
        focus, where = (home, "event place") if home is not None and not self._meeting_in(
            at, home) else (self.person_focus if self._person(actor) and actor.sector not in
                            _SIDED_SECTORS else self.focus, "document focus")  # "two men, A and B"
        if focus is not None and at is not None and not self._person(actor):
            # (a named person is not of their sentence's places: "Yavlinsky, a politician, asked
            # why soldiers fight in Syria" in a report about Russia)
            # "two men were charged in the UK" in a report about Syria: a sentence whose
            # places name one other country, and not the document's, tells whose the actor
            # is; not when the counterpart's own words give it that country ("police
            # arrested two Britons there"), only the sentence ("whose militia have been
            # fighting pro-regime forces" in a sentence naming Idlib)
            named = self.sentence_place(at, self._said_of(counterpart))
            if named is not None and named != focus and not (
                    counterpart is not None and counterpart.country == named and
                    counterpart.country_from != "sentence focus"):
                focus, where = named, "sentence focus"
        if focus is None and at is not None:
            focus, where = self.sentence_focus(at, enemy_label(actor)), "sentence focus"
            if focus is not None and event_type in _ACROSS_TYPES and counterpart is not None \
                    and counterpart.country == focus and counterpart.country_from is None:
                return actor
        if focus is None and at is not None and actor.sector in _SIDED_SECTORS and \
                not named_person(actor):  # "Prince Mohammed": a person is no side's body
            near = self.antecedents.same_sector(at, actor.sector)
            focus, where = (near.country, "nearby actor") if near is not None else (None, "")
        if focus is None and place not in (None, "IGO") and actor.sector in _CIVILIAN and \
                not self._meeting_in(at, place):
            # civilians act where they live; fighters may strike across a border; parties
            # come to a meeting from abroad ("boycotted a summit in Sochi")
            focus, where = place, "event place"
        if focus is None:
            return actor
        return replace(actor, country=focus, name=named_for_country(self.dict, actor, focus),
                       country_from=where)

    def _shared_body(self, actor: Actor, at: int | None) -> Actor | None:
        """"Congress" with no country word: the report's country's body when its body bears
        the name, else the name's usual country's (:func:`dateline.actor_bodies.shared_body`;
        in a report about India, the party)."""
        span = self._words(actor) if actor.antecedent is None else None
        if span is None:
            return None
        names = body_names()
        named = span.root if span.root.lower_ in names else next(
            (t for t in reversed(span) if t.lower_ in names), None)  # "approval of Congress"
        if named is None:
            return None
        focus = self.focus or (self.sentence_focus(at) if at is not None else None)
        if focus is None:  # a short report: the country it names most, if one leads
            top = self._named_countries(doc_ents(self.doc)).most_common(2)
            focus = top[0][0] if len(top) == 1 or top and top[0][1] > top[1][1] else None
        found = shared_body([*(c.text for c in named.lefts), named.text], focus)
        if found is None:
            return None
        iso, sector = found
        body = replace(actor, sector=sector)
        name = f"{self.dict.country_names.get(iso, iso)} {named.text} party" \
            if sector == "PTY" else named_for_country(self.dict, body, iso)
        return replace(body, country=iso, name=name,
                       country_from="document focus" if iso == focus else "body name")

    def _office(self, actor: Actor) -> Actor | None:
        """An actor with no country whose words (or its antecedent's) name an office or a
        body only a few states have ("the home secretary", "the shadow chancellor"), as that
        state's (:func:`dateline.actor_offices.office_country`); the report's own country's
        where it has one, as it would be without the office."""
        iso = office_country(f"{actor.text} {actor.antecedent or ''}", self.focus)
        if iso is None:
            return None
        return replace(actor, country=iso, name=named_for_country(self.dict, actor, iso),
                       country_from="document focus" if iso == self.focus else "office")

    def _meeting_in(self, at: int | None, iso: str | None) -> bool:
        """Whether the sentence of token ``at`` names a meeting held in country ``iso``."""
        if at is None:
            return False
        sent = sentence_of(self.doc, at)
        return any(venue(e.root) and place_country(self.dict.countries, list(e)) == iso
                   for e in sentence_ents(self.doc, sent.start, sent.end)
                   if e.label_ in ("GPE", "LOC"))

    def _person(self, actor: Actor) -> bool:
        """Whether an actor's words name a person: a person's name among them ("Javid",
        "Javid's decision", "the party chairman, Brandon Lewis"), or "he" or "she" standing
        for one, or a surname the document gives in full before it."""
        span = self._words(actor)
        if span is None:
            return False
        root = span.root
        if root.tag_ == "NNPS":
            return False  # "north Africans": a people, whatever the parse's label
        return any(t.ent_type_ == "PERSON" for t in span) or actor.antecedent is not None and (
            root.lower_ in _PERSONAL_PRONOUNS or actor.name == actor.antecedent)  # "Smith"

    def _serves_no_state(self, actor: Actor) -> bool:
        """Whether a person's mention, or another mention of their name, says they act for a
        body of no one country, a phrase set beside their name or one of "of", "for", "at"
        ("Clive Stafford Smith, of the legal charity Reprieve", "a spokeswoman for Médecins
        Sans Frontières"): not of the country the report is about, whoever they are
        (:mod:`dateline.actor_served`)."""
        span = self._words(actor)
        if span is None:
            return False
        own = [span] if actor.antecedent is None else []
        named = name_mentions(self.doc, self._name_words(actor)) if self._person(actor) else []
        return serves_no_state(self.dict, self.date, own + named)

    def _body(self, actor: Actor) -> bool:
        """Whether an actor's own words are an organisation's name (the head tagged one),
        not a pronoun standing for one."""
        span = self._words(actor) if actor.antecedent is None else None
        if span is None:
            return False
        root = span.root
        if root.pos_ == "PROPN":
            return root.ent_type_ == "ORG"  # "the Homeland Union"
        # "the Tamarod group": a name on a noun of a body
        return root.lemma_.lower() in _BODY_HEADS and any(
            t.pos_ == "PROPN" and t.dep_ == "compound" and t.ent_type_ not in _NOT_BODIES
            for t in span if t.i < root.i)

    def _name_words(self, actor: Actor) -> list[str]:
        """The folded words of the person's name an actor's words, or the antecedent of the
        pronoun they are, give ("Holmes", "she" for "Rûken Renas")."""
        if actor.antecedent is not None:
            name = actor.name or actor.antecedent
            return [w.lower() for w in name.split() if w[:1].isupper() and w.isalpha()]
        span = self._words(actor)
        return [t.lower_ for t in span or () if t.ent_type_ == "PERSON" and t.is_alpha]

    def _said_of(self, actor: Actor | None) -> frozenset[int]:
        """The tokens of the relative clauses that describe an actor ("the French president,
        who has said his forces will stay in Syria"), not where it acts ("a Briton in
        Turkey")."""
        span = self._words(actor) if actor is not None else None
        if span is None:
            return frozenset()
        heads = [span.root, *(c for c in span.root.children if c.dep_ == "appos")]
        return frozenset(t.i for h in heads for c in h.children if c.dep_ == "relcl"
                         for t in c.subtree)

    def _words(self, actor: Actor) -> Span | None:
        """The tokens of an actor's own words in the document, ``None`` when it has none."""
        if actor.char_start is None or actor.char_end is None:
            return None
        span = self.doc.char_span(actor.char_start - self.base, actor.char_end - self.base,
                                  alignment_mode="expand")
        return span if span is not None and len(span) else None

    def place_struck(self, at: int, event_type: str | None, doer: Actor | None = None,
                     located: str | None = None) -> Actor | None:
        """The recipient of an act of force (token ``at``) that names no party it is done to:
        the country of the place it strikes or is done in, standing for its state as event
        coders count it: "shelled Juba", "fired shells at targets in Jericho", "reimposed
        blockades in the West Bank", "exploded bombs in the capital Kabul". The place is said
        by the act itself, by the verb that carries its noun, or by the things it is done to;
        not where it is done from ("fired rockets from Gaza") nor the doer's own place
        ("police in Lahore"), and a time is no place. ``located`` is the country of the event's
        place, which names the place struck in another's terms. A state does not strike
        itself: no recipient when the place is the doer's own country ("police raided homes
        in Karachi", "Ukraine struck targets in Sevastopol"; :func:`_own_state`); nor is the
        place a fight with no object is fought in one of its sides ("fighting in Deir ez-Zor")."""
        trigger = self.doc[at]
        if event_type not in _FORCE_TYPES and not directed_abroad(event_type, doer,
                                                                   trigger=trigger):
            return None  # (nor a material act at home: :mod:`dateline.actor_abroad`)
        acts = [trigger]
        if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "obj"):
            acts.append(trigger.head)  # "reimposed blockades in the West Bank"
        things = [g for act in acts for c in act.children if c.dep_ in ("dobj", "obj")
                  for g in (c, *c.conjuncts)]
        if not things and trigger.lemma_.lower() in _FIGHTS:
            return None  # "fighting in Deir ez-Zor": fought there, between sides unnamed
        near = [g for h in (*acts, *things) for g in _placed(h)]
        for place in (*things, *near, *(g for h in near for g in _placed(h))):
            if is_when(place) or _in_actor(place, doer, self.base):
                continue
            if any(c.dep_ == "amod" and c.ent_type_ == "NORP" and c.lower_ not in
                   self.dict.countries for c in place.children):
                return None  # "the Kurdish city of Afrin": held by a people of no state
            start = proper_name(place).start
            while start > 0 and self.doc[start].ent_iob_ == "I":
                start -= 1  # the whole name: "Khan Younis", "the West Bank"
            toks = list(self.doc[start:place.i + 1])
            if place.ent_type_ in ("GPE", "LOC"):
                iso = place_country(self.dict.countries, toks)
            else:  # "the town of Aleppo", tagged no place
                iso = said_place_country(place)
            if iso is None or iso == "IGO":
                continue
            if located and place.ent_type_ in ("GPE", "LOC"):
                # the event's place (``located``: its country), resolved with the document's
                # context, is the place struck; its country wins over the dictionary's reading
                # of the name (an old name: "Salisbury", once Harare)
                iso = located
            if doer is not None and (_own_state(doer, iso, event_type) or event_type not in
                                     _FORCE_TYPES and not directed_abroad(event_type, doer, iso)):
                return None  # the doer's own state, in its own land
            # no words name the party: the state is the recipient, the town stays the place
            return Actor(text="", name=self.dict.country_names.get(iso, iso), country=iso,
                         country_from="place struck")
        return None


def _political_home(actor: Actor, counterpart: Actor | None) -> str | None:
    """The country of a government with no country word whose counterpart in the act is a
    party or the opposition of a country its own words name ("Labour leader Jeremy Corbyn
    accused the government", "the government rejected the opposition's demands"): parties and
    oppositions deal with their own state's government, whatever country the report is about.
    Not a legislature's: one abroad urges another state's government as often."""
    if actor.sector != "GOV" or counterpart is None or counterpart.sector not in _POLITICS or \
            counterpart.country in (None, "IGO") or \
            counterpart.country_from not in _OWN_WORDS:
        return None
    return counterpart.country


def _people_of_no_state(actor: Actor | None) -> str | None:
    """The people of no state whose agents an actor of no name is ("Kurdish forces",
    "Kurdish officials"): its word, if a state's agent of no country is named by one."""
    if actor is None or actor.sector not in STATE_FAMILY:
        return None
    label = SECTOR_LABELS.get(actor.sector or "", "")
    name = actor.name
    if name is not None and name != label and not (name.endswith(f" {label}") and (
            actor.country_from == "event place" or  # "Kurdish forces in Syria": Syria's
            name[:-len(label) - 1] in load_dictionary().country_names.values())):
        return None  # a name of its own ("Kurdistan Regional Government")
    # "they": its antecedent's; "a Kurd-led force"
    return stateless_people(f"{actor.text} {actor.antecedent or ''}".lower().split())


def seat_country(actor: Actor | None) -> str | None:
    """The country of a seat of government an actor with no country is named for, written as a
    name ("the Home Office", "Downing Street", "the Kremlin"; ``data/gazetteer/seats.tsv``)."""
    if actor is None or actor.country or not actor.text:
        return None
    text = re.sub(r"^(?:the|an?) ", "", actor.text, flags=re.IGNORECASE)
    if not text[:1].isupper():
        return None
    pattern, names = load_seats()
    found = names.get(fold(text))
    if found is None and actor.sector == "GOV":
        # "a Home Office spokesperson", "Kremlin aides": the seat's own agent (not "a Kremlin
        # critic", whose sector is not the government's)
        hit = pattern.match(fold(text))
        found = names[hit.group(0)] if hit is not None else None
    return found[1] if found else None


def _own_state(doer: Actor, iso: str, event_type: str) -> bool:
    """Whether the state of a place struck (``iso``) is the doer's own: a state's agent of
    that country by its own words or the document's focus ("Ukraine struck targets in
    Sevastopol"), or police and authorities acting there ("police raided homes in Karachi",
    "authorities imposed a curfew in Srinagar"), whose country the place itself gave or none
    gives. Rebels striking their own country strike its state."""
    if doer.sector not in STATE_FAMILY:
        return False
    if doer.sector in _AUTHORITIES:
        return doer.country == iso or doer.country is None and event_type == "COERCE"
    return doer.country == iso and doer.country_from != "event place"


def _placed(head: Token) -> list[Token]:
    """The places a word's prepositions of place name: "in Jericho", "at targets", "the town
    of Baghuz", "in the capital, Kabul"."""
    objs = [g for c in head.children if c.dep_ == "prep" and (
        c.lower_ in _STRUCK or c.lower_ == "of" and head.lemma_.lower() in PLACE_NOUNS)
        for g in c.children if g.dep_ == "pobj"]
    return objs + [a for g in objs for a in g.children if a.dep_ == "appos"]


def _in_actor(tok: Token, actor: Actor | None, base: int) -> bool:
    return actor is not None and actor.char_start is not None and actor.char_end is not None \
        and actor.char_start <= base + tok.idx < actor.char_end
