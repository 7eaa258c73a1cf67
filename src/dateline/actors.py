"""Stage ``actors``: canonical actors with country, sector and parent from the actor dictionary.

The dictionary is data (``dateline/data/actors``, read by :mod:`dateline.actor_dictionary`):
country names and demonyms (plus ISO names from pycountry and capitals from GeoNames, as
government metonymy), generic agent nouns with sectors, and named organisations (armed groups,
parties, international organisations) with aliases and parents. Users add entries with a TSV
named by ``DATELINE_ACTORS`` (organisations' columns).

:class:`ActorResolver` works per document: it remembers the actors seen, so that "the movement",
"the group" or "they" go to the nearest compatible actor before them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .actor_collectives import collective, collective_actor
from .actor_country_names import state_label
from .actor_ground import place_word
from .actor_describe import (agent_sector, describe, name_bounds, named_beside,
                             someone_else)
from .actor_names import normal_words
from .actor_dictionary import ActorDictionary, Organisation, is_outlet, load_dictionary
from .actor_coref import (COREF_NOUNS, THE_COUNTRY, DocumentCoreference, definite_description,
                          name_np, np_of, unpossessed, with_both, initials_meant as initials)
from .actor_focus import DOMESTIC_SECTORS, DocumentFocus
from .actor_apposed import apposed_subject
from .actor_belonging import without_belonging
from .actor_pronouns import group_or_members
from .actor_people_states import people_state
from .actor_person_groups import group_office
from .actor_placing import PlacedParties
from .actor_owners import blood_relative, owner_country
from .actor_spokesmen import spoken_for
from .actor_things import PlacedStates, is_act, named_for_place, no_party, protest_purpose, trimmed
from .actor_places import addressed, after_mark, attached_country, ngrams, party_words, \
    held_person, place_country
from .code.joint_parties import topic_preps
from .code.recipient_preps import side_preps
from .code.recipient_possessors import doer_possessor
from .code.roles import condition, gone_words, np_span, shared_with, thing, venue, with_made
from .code.words import APPRAISALS, CONFLICT_TYPES, FORCE_TYPES, INJURE, counted, is_kill, \
    is_when, matter_preps, person_word
from .coref import PART_NOUNS, PARTY_PREPS, PRONOUNS, Antecedents, doers
from .deps import prep_objects
from .full_names import full_name_in, name_words
from .person_appositions import apposed_country
from .person_titles import titled_person
from .records import Actor
from .sectors import STATE_FAMILY, sectors_with
from .tokens import doc_span, doc_text, span_root, span_text
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["ActorResolver", "ActorDictionary", "Organisation", "load_dictionary", "resolve_actor",
           "is_outlet", "LOCAL_SECTORS", "DOMESTIC_SECTORS", "actor_extent"]

#: The local sectors: their country follows the authority in control of the place when not named.
LOCAL_SECTORS = sectors_with("local")
#: Nouns for people that name no sector ("the gang leader", "residents", "Assad's backers"):
#: recipients, never things; a possessor does not stand for them.
_PEOPLE = word_class("people") | word_class("ally_nouns") | word_class("relation_nouns")
_STANCE_NOUNS = word_class("stance_nouns")
#: What a party issues, which stands for it when it acts ("a statement issued by X demanded").
_DOCUMENTS = word_class("documents")


def actor_extent(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The actor's words with an opened parenthesis closed ("the Nigerian Air Force (NAF)")."""
    if start < end < len(doc) and doc[end].text == ")" and \
            any(t.text == "(" for t in doc[start:end]):
        end += 1
    return start, end


_OF = frozenset({"of"})  # "the Kurds of Iraq": which country's people they are
#: "mediation between Syria and the PLO": the parties an act goes between.
_BETWEEN = frozenset({"between", "among", "amongst"})

#: Prepositions of what an act reaches when it has no object ("broke into the offices of").
_INTO = frozenset({"into", "onto", "upon"})

#: Prepositions of the place a visit goes to ("arrived in Amman", "flew to Beijing").
_HOST_PREPS = frozenset({"in", "to"})

#: Prepositions of the place an act is done in or to, when it names no party it is done to.
_SCENE_PREPS = word_class("where_preps_done_to")

#: Prepositions that say where something happens.
_WHERE = word_class("where_preps_scene")


class ActorResolver(DocumentFocus, DocumentCoreference, PlacedParties, PlacedStates):
    """Resolves actor spans of one document, with coreference-lite across its sentences."""

    def __init__(self, doc: Doc, base: int = 0, date: str | None = None,
                 dateline: str | None = None) -> None:
        self.doc = doc
        self.base = base
        self.date = date  # named actors are resolved for this date (their role then)
        self.dateline = dateline  # where the report was filed
        self._focus: str | None | bool = False  # found when first needed
        self._full_names: dict[int, Actor | None] = {}  # a person's full mention, resolved
        self.dict = load_dictionary()
        self._bodies: list[tuple[int, Actor]] | None = None  # the organisations it names
        # the actors seen so far, for pronouns (a phrase is made one when a pronoun needs it)
        self.antecedents = Antecedents(doc, lambda head, doer: self(name_np(head), doer=doer),
                                       self._is_agent, lambda tok: self._full(doc[tok.i:tok.i + 1]))

    def __call__(self, span: tuple[int, int], *, doer: bool = True,
                 not_in: range = range(0)) -> Actor | None:
        """The actor of tokens ``span``; ``doer``: whether it is named as the one who acts
        (the recipient is not), which makes it the likelier antecedent of a pronoun;
        ``not_in``: tokens a pronoun cannot stand for (its own act's doer)."""
        span = self._owner(after_mark(self.doc, apposed_subject(self.doc, span)), doer)
        span = trimmed(self.doc, *name_bounds(self.dict, self.doc, *span))
        # who it is: the head and its modifiers, not a body it belongs to ("Turkey, a Nato member")
        core = without_belonging(doc_span(self.doc, span[0], span[1]))
        start, end = actor_extent(self.doc, *span)
        toks = doc_span(self.doc, start, end)  # the words shown
        if not len(toks):
            return None
        text = span_text(self.doc, start, end)
        if is_outlet(span_text(self.doc, *span)) or is_when(core.root):
            return None  # an outlet reports events; a day or a date is no party to them
        if collective(core):  # "both sides", "the warring parties": of no one state
            return self._placed(collective_actor(self.dict.countries, core, toks, self.base),
                                span)
        name, country, sector, parent = describe(self.dict, core, self.date)
        if name is None and country is None and sector is None:
            # "the main rebel group, Forces for Democracy (FDD)": a name unknown; its head says
            head = self._before_apposition(core)
            if head is not None:
                name, country, sector, parent = describe(self.dict, head, self.date)
        if (name or country) and someone_else(self.dict, core, name, self.date):
            # "Holmes" after "Jac Holmes": not the dictionary's Cecil Holmes
            name = country = sector = parent = None
        described = name, country, sector, parent  # ("militants in Raqqa", "the Russians")
        office = None
        name, country, sector, parent = group_or_members(core, self.antecedents) or \
            (office := group_office(self.dict, core, described, self.antecedents,
                                    lambda t: self(np_of(t), doer=False))) or \
            people_state(core, described, self.dict.country_names) or described
        named = titled_person(self.dict, core, self.date, named_beside(self.dict, core, self.date))
        if named is not None:
            # "the US president, Donald Trump", "Tobias Ellwood, the UK defence minister",
            # "the SDF, the Kurdish-led force battling Isis": the one the title describes
            # ("the group's judge, Omar Haddad": the armed group's, of its kind, as its office)
            name, country, sector, parent = named[0], named[1] or country, \
                sector if office else named[2] or sector, named[3] or parent
        if named_for_place(core):  # "the Paris agreement": a place's thing, not its state's
            if core.root.dep_ in ("compound", "nmod"):
                return None  # "Paris" of it, which the parse made its doer
            if sector is None:
                name = country = None
        if doer and name is None and country is None and sector is None and (
                is_act(core.root) or no_party(core.root)):
            return None  # "killed by a drone strike", "a roadside bomb", "the only way": no party
        low = with_both(self.doc, toks.start, unpossessed(text.lower()))  # "the group's" too
        if name is None or definite_description(low) or initials(self.doc, toks.start, low.split()):
            antecedent = self._antecedent(toks.start, low, not_in, own_country=country)
            if antecedent is not None:
                # who the words stand for: the antecedent's name, or its words when the
                # dictionary does not know it ("he" after "Javid")
                name = antecedent.name or antecedent.antecedent or antecedent.text
                return Actor(text=text, name=name, country=antecedent.country,
                             sector=antecedent.sector, parent=antecedent.parent,
                             char_start=self.base + toks.start_char,
                             char_end=self.base + toks.end_char,
                             country_from="antecedent" if antecedent.country else None
                             if antecedent.country_from != "joined" else "joined",
                             antecedent=antecedent.antecedent or antecedent.text)
        if country is None:
            same = self._same_person(core, text)
            if same is not None:
                same = replace(same, sector=sector or same.sector,
                               char_start=self.base + toks.start_char,
                               char_end=self.base + toks.end_char)
                self.antecedents.add(toks.start, same, core.root, doer=doer)
                return same
        if country is not None and sector == "CVL" and any(w in self.dict.peoples
                                                           for w in low.split()):
            # "the Albanians of southern Serbia": a people is of the country they live in
            country = attached_country(self.dict.countries, core.root, _OF) or country
        apposed = self._apposed_country(core.root)
        if apposed == "IGO" and country != "IGO":
            # "Kenzo Oshima, the UN relief coordinator": the person acts for the organisation
            country, sector = "IGO", "IGO"
        country_from = None
        own = country  # the country the actor's own words name
        if country is None and ((name, sector) != (None, None) or blood_relative(core.root)):
            # "his adviser, John Bolton"; else "Syria will withdraw its troops": the possessor's
            country = apposed or self._possessor_country(core.root)
            country_from = "possessor" if country and not apposed else None
        if country is None and (name is not None or sector is not None or
                                toks.root.pos_ in ("NOUN", "PROPN")):
            # "a court in Kenya"; not "the opposition at Geneva", where it only meets
            country = attached_country(self.dict.countries, toks.root, at=sector in LOCAL_SECTORS)
        if own is None and country not in (None, "IGO") and \
                (label := state_label(sector, name)) is not None:  # not "groups": no state
            name = f"{self.dict.country_names.get(country, country)} {label}"
        actor = self._placed(Actor(
            text=text, name=name, country=country, sector=sector, parent=parent,
            char_start=self.base + toks.start_char, char_end=self.base + toks.end_char,
            country_from=country_from), span)
        if name is not None or core.root.ent_type_ in ("PERSON", "ORG"):  # a name unknown
            self.antecedents.add(toks.start, actor, core.root, doer=doer,  # to the dictionary
                                 state=sector == "GOV" and name is not None and
                                 name == self.dict.country_names.get(country or ""))
        return actor

    def _same_person(self, core: Span, text: str) -> Actor | None:
        """A person named by part of their name ("Yakovenko", "Anna") as the document names
        them in full (:mod:`dateline.full_names`), with the country and sector the full
        mention's words give, or none (a victim or a counterpart named again is a party)."""
        full = None if core.root.lemma_.lower() in _PEOPLE else self._full(core)  # "his allies"
        if full is None:
            return None
        if full.start not in self._full_names:
            self._full_names[full.start] = None  # (a name cannot stand for itself)
            root = full.root
            span = np_of(root.head) if root.dep_ == "appos" else np_span(root, with_conj=False)
            self._full_names[full.start] = self(span, doer=False)
        whole = self._full_names[full.start]
        if whole is None or whole.country is None and full.start > core.start:
            return None  # (a name given in full only later may be no person's: a heading)
        name = whole.name if whole.name and set(name_words(full)) <= set(
            normal_words(whole.name)) else full.text
        return Actor(text=text, name=name, country=whole.country, sector=whole.sector,
                     parent=whole.parent, antecedent=full.text,
                     country_from="antecedent" if whole.country else None)

    def _full(self, name: Span) -> Span | None:
        return full_name_in(self.doc, name, self.dict.countries)  # (kept per span)

    def _is_agent(self, noun: Token) -> bool:
        """Whether a common noun names an actor ("the regime", "rebels", "the coalition")."""
        low, lemma = noun.lower_, noun.lemma_.lower()
        return low in COREF_NOUNS or lemma in COREF_NOUNS or \
            agent_sector(self.dict, [low], [lemma])[0] is not None

    def _possessor_country(self, root: Token) -> str | None:
        """The country of the actor a possessive pronoun on ``root`` stands for ("its
        troops", "their leaders"), where the pronoun is resolved."""
        poss = next((c for c in root.children if c.dep_ == "poss"), None)
        if poss is not None and unpossessed(span_text(self.doc, *np_of(poss)).lower()) in \
                THE_COUNTRY:  # "the country's army"
            meant = self.country_meant(poss.i)
            return meant.country if meant is not None else None
        if poss is None or poss.lower_ not in PRONOUNS:  # "Harwood's family", "the family of"
            return owner_country(root, lambda person: self(np_of(person), doer=False))
        return self.owner_country_meant(self.antecedents.pronoun(poss.i, poss.lower_))

    def _before_apposition(self, core: Span) -> Span | None:
        """The words of ``core`` before an apposition to its head, if it has one."""
        root = core.root
        appos = next((c for c in root.rights if c.dep_ == "appos" and c.i < core.end), None)
        if appos is None or appos.left_edge.i <= core.start:
            return None
        return self.doc[core.start:appos.left_edge.i]

    def _apposed_country(self, root: Token) -> str | None:
        return apposed_country(root, lambda words: describe(self.dict, words, self.date)[1])

    def _owner(self, span: tuple[int, int], doer: bool = False) -> tuple[int, int]:
        """"Hamas's aim", "the army's shelling", "its branch": a thing or act or part of a party
        stands for the party (the phrase is trimmed to its possessor); "a statement issued by
        the opposition", "a letter from the ministry": a document that acts (``doer``) stands for
        who issued it."""
        if span[1] <= span[0]:
            return span
        root = span_root(self.doc, span[0], span[1])
        issuer = (_issuer(root) or spoken_for(root)) if doer else None  # "a spokesman for X"
        if issuer is not None:
            return self._owner(np_of(issuer), doer)
        owner = next((c for c in root.children if c.dep_ == "poss"), None)
        if owner is None or root.lemma_.lower() in _PEOPLE or root.ent_type_ or (
                owner.pos_ == "PRON" and root.lemma_.lower() not in PART_NOUNS):
            return span  # (but "its branch in Afrin" acts for what "its" stands for)
        after = max(t.i for t in owner.subtree) + 1  # the possessed: "national security adviser"
        if any(describe(self.dict, self.doc[after:span[1]])):
            return span
        start, _ = np_of(owner)
        return max(start, span[0]), owner.i + 1

    def recipient(self, span: tuple[int, int] | None, trigger: int | None = None,
                  source: tuple[int, int] | None = None, event_type: str | None = None,
                  mode: str | None = None) -> tuple[Actor | None, str | None]:
        """The recipient of an event, and the event's object.

        When the words name no party (a thing, a proposal, a place: "the proposal", "rockets",
        "the tunnels area") they are the object, and the recipient is the party the act is
        with, to or against, or whose thing it is, if one is named ("negotiated a ceasefire
        with the government", "sent aid to Mozambique", "denounced Serbia's suppression of the
        unrest"); an event the coder found no recipient for gets that party too, though not
        the one a fight or a coercion is waged for ("went to fight for a terrorist group")."""
        actor = self(span, doer=False, not_in=doers(self.doc, source)) if span else None
        taken = set(range(*source or (0, 0))) | gone_words(self.doc, trigger, event_type) | \
            doer_possessor(self.doc, trigger)  # "the militia's attacks on the town"
        root = span_root(self.doc, span[0], span[1]) if span else None
        holder = self._holder(counted(root), taken) if root is not None and \
            event_type in FORCE_TYPES else None
        if holder is not None and span is not None:  # "shelled the rebel-held enclave"
            return self._held(holder, span, actor), None
        # a town taken or visited is a place; one shelled (an attack with a weapon's mode) or
        # one aid is brought to ("delivered food to the besieged town") stands for its people
        people = event_type == "ASSAULT" and bool(mode) or event_type == "AID"
        ground = root is not None and actor is not None and not people and \
            place_word(counted(root), actor)
        if actor is not None and not ground and (self._is_party(
                actor, span or (0, 0), people) or _addressed_place(root, event_type)):
            if root is not None and thing(root) and event_type not in APPRAISALS:
                # "shared intelligence with the Israeli government": a thing a party's word
                # describes goes to whom it is shared with or sent to (not one appraised), or
                given = shared_with(root)  # to the state it is in ("aid deliveries in Nigeria")
                party = (self._party_of(given, people) if given is not None and given.i not in
                         taken else None) or self._state_in(root, taken)
                if party is not None:
                    return party, actor.text
            return with_made(self._owned(actor, span, trigger), root, trigger, self.base), None
        heads = [self.doc[span[0]:span[1]].root] if span else []
        if ground and root is not None:
            state = self._state_of_place(counted(root), source)
            if state is not None:  # "threatened to shell Iraqi towns": Iraq's state
                return state, actor.text
        if heads and heads[0].dep_ in ("dobj", "obj") and heads[0].head.i != trigger:
            # "threatened to cut off electricity to Nakhichevan": the verb of the thing
            heads.append(heads[0].head)
        if trigger is not None:
            verb = self.doc[trigger]
            heads.append(verb)
            if span is None:  # the thing acted on, named by the coder or not
                heads += [c for c in verb.children if c.dep_ in ("dobj", "obj")]
                # "agreed to mediate between Mauritania and Senegal": the act agreed to
                heads += [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
                # "hacked into the computers of the army": the thing reached into is theirs
                heads += list(prep_objects(verb, _INTO))
            if event_type == "PROTEST":  # "blocked a road to show their anger at …"
                heads += protest_purpose(verb)
        for head in heads:
            own = trigger is not None and head.i == trigger  # "talks on Syria": the matter
            preps = PARTY_PREPS - ({"for", *side_preps(head)} if own and event_type in
                                   CONFLICT_TYPES else matter_preps(event_type) if own else
                                   set()) - topic_preps(head)  # "fought with the YPJ": her side
            if mode == "withdraw":  # "the withdrawal of its ambassador": who withdraws
                preps = preps - {"of"}
            party = self._party_near(head, taken, preps, people)
            if party is not None:
                return party, actor.text if actor is not None else None
        if trigger is not None and mode == "visit":
            host = self._host(self.doc[trigger], taken)
            if host is not None:
                return host, actor.text if actor is not None else None
        if trigger is not None and event_type == "ASSAULT":
            # "attacked a checkpoint, killing two soldiers": those it killed or wounded
            victim = self._victims(self.doc[trigger], taken, people)
            if victim is not None:
                return victim, actor.text if actor is not None else None
        # a protest's own rule gives its place's government; talks or a deal signed, only a host
        scene = self._scene(self.doc[trigger], heads, span, taken) if trigger is not None and \
            event_type not in ("PROTEST", "CONSULT") and not venue(self.doc[trigger]) else None
        return scene, actor.text if actor is not None else None

    def _state_of_place(self, place: Token, source: tuple[int, int] | None) -> Actor | None:
        """The state of a country a place word's own adjective names ("shelled Iraqi towns",
        "evacuated Palestinian villages"), as event coders count an act on a country's towns;
        no words name that party, so the town stays the event's object. A state's own agents
        acting in their own country's towns do nothing to their state ("Iraqi forces retook
        Iraqi towns")."""
        iso = next((self.dict.countries.get(c.lower_) for c in place.children
                    if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")), None)
        if iso is None or iso == "IGO":
            return None
        if source is not None:
            _, country, sector, _ = describe(self.dict, self.doc[source[0]:source[1]], self.date)
            if country == iso and sector in STATE_FAMILY:
                return None
        return Actor(text="", name=self.dict.country_names.get(iso, iso), country=iso,
                     country_from="place struck")

    def _owned(self, actor: Actor, span: tuple[int, int] | None,
               trigger: int | None = None) -> Actor:
        """"rejected Trump's decision", "welcomed NATO's decision to send": the recipient is
        the owner, named by the words of the owner with the thing owned, up to its head noun
        (not the clause or phrase hung on it). The event's own noun is no thing owned: "Her
        killing" is done to her, named "Her"."""
        if span is None or span[1] <= span[0]:
            return actor
        root = self.doc[span[0]:span[1]].root
        if root.dep_ == "poss" and root.head.i >= span[1]:
            owned = root.head  # the coder named the owner alone
        elif self._owner(span) != span:
            owned = root  # the words were trimmed to the owner
        else:
            return actor
        if not thing(owned) or actor.char_start is None or actor.char_end is None or \
                actor.char_end > self.base + owned.idx or \
                trigger is not None and owned.i == self.doc[trigger].i:
            return actor  # "the UN envoy's": a party's words that run on are kept
        end = self.base + owned.idx + len(owned)
        return replace(actor, text=doc_text(self.doc)[actor.char_start - self.base:end - self.base],
                       char_end=end)

    def _scene(self, trigger: Token, heads: list[Token], span: tuple[int, int] | None,
               taken: set[int]) -> Actor | None:
        """The place an act that names no party is done to or in, standing for its country's
        state, as event coders count it: "the invasion of South Lebanon", "aid for those
        affected in Yemen", "imposed a curfew in Algiers", "agreed to set up a research centre
        in Tokyo". Only a country or its capital (the seat of its government) stands for it;
        a town or an area is the act's scene, not a party ("a raid on the tunnels area in
        Rafah"), and so are a building and a date."""
        found = []
        if span is not None:
            found.append(self.doc[span[0]:span[1]].root)  # the place acted on itself
        for head in heads:
            # and the act it is for ("gave millions to promote development in Ethiopia")
            for verb in (head, *(c for c in head.children if c.pos_ == "VERB" and (
                    c.dep_ == "xcomp" or c.dep_ == "advcl" and any(
                        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)))):
                objects = [g for c in verb.children if c.dep_ in ("dobj", "obj")
                           for g in (c, *c.conjuncts)]
                for h in (verb, *objects):
                    found += [g for c in h.children if c.dep_ == "prep" and (
                        c.lower_ in _SCENE_PREPS or c.lower_ == "of" and h.pos_ == "NOUN"
                        and h.i == trigger.i) for g in c.children if g.dep_ == "pobj"]
        for place in found:
            if place.i in taken or is_when(place) or place.ent_type_ not in ("GPE", "LOC"):
                continue
            toks = list(place.subtree)
            words = [t.lower_ for t in toks]
            iso = next((self.dict.countries[g] for _, _, g in ngrams(words, 3)
                        if g in self.dict.countries), None)
            if iso is None or iso == "IGO":
                continue  # a town is the act's scene only ("a raid in Rafah")
            first, last = toks[0], toks[-1]
            return Actor(text=self.doc[first.i:last.i + 1].text,
                         name=self.dict.country_names.get(iso, iso), country=iso,
                         char_start=self.base + first.idx,
                         char_end=self.base + last.idx + len(last),
                         country_from="event place")
        return None

    def _host(self, verb: Token, taken: set[int]) -> Actor | None:
        """"arrived in Amman on a visit", "flew to Beijing for talks": the government of the
        country visited is the host (``verb``: the visit's word or the verb it hangs from)."""
        if verb.dep_ == "pobj" and verb.head.dep_ == "prep":
            verb = verb.head.head  # "arrived in Amman on a visit": the arrival says where
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in _HOST_PREPS:
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj" or pobj.i in taken or \
                        pobj.ent_type_ not in ("GPE", "LOC") or is_when(pobj):
                    continue
                first, last = self.doc[pobj.left_edge.i], self.doc[pobj.right_edge.i]
                iso = place_country(self.dict.countries, list(pobj.subtree))
                if iso is None:
                    continue
                return Actor(text=self.doc[first.i:last.i + 1].text,
                             name=self.dict.country_names.get(iso, iso), country=iso,
                             sector="GOV", char_start=self.base + first.idx,
                             char_end=self.base + last.idx + len(last),
                             country_from="event place")
        return None

    def _victims(self, verb: Token, taken: set[int], people: bool) -> Actor | None:
        """The party an attack's killing or wounding clause names as its victims: "attacked a
        checkpoint, killing two soldiers"; for an attack named by a noun, the clauses of the
        verb that carries it ("carried out air strikes in Mosul, killing dozens of fighters")
        or the killing it is the subject of ("a suicide attack on a convoy killed eight
        people")."""
        acts = [verb]  # the attack's own verb, and the verb that carries an attack noun
        if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("nsubj", "dobj", "obj"):
            acts.append(verb.head)
        clauses = [c for act in acts for c in act.children if c.dep_ in ("advcl", "conj")]
        for clause in acts + clauses:
            if clause.pos_ != "VERB" or not (is_kill(clause) or clause.lemma_.lower() in INJURE):
                continue
            obj = next((g for g in clause.children if g.dep_ in ("dobj", "obj")), None)
            if obj is None or obj.i in taken:
                continue
            span = np_span(obj)  # "dozens of Islamic State fighters", as the coder spans them
            party = self(span, doer=False)
            if party is not None and self._is_party(party, span, people):
                return party
        return None

    def _party_of(self, head: Token, people: bool = True) -> Actor | None:
        """The party the phrase of ``head`` names, if it names one (not a thing or a place;
        ``people``: whether a town word stands for its people, see :meth:`_is_party`)."""
        span = np_of(head)
        party = self(span, doer=False)
        return party if party is not None and self._is_party(party, span, people) else None

    def _party_near(self, head: Token, taken: set[int], preps: frozenset[str] = PARTY_PREPS,
                    people: bool = True) -> Actor | None:
        """A named party or country in a with/to/against… phrase of ``head``, or its owner."""
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "in":
                # "in defiance of Chinese authorities": the stance's own phrase names the party
                stance = next((g for g in child.children if g.dep_ == "pobj" and
                               g.lemma_.lower() in _STANCE_NOUNS), None)
                party = self._party_near(stance, taken, people=people) if stance is not None \
                    else None
                if party is not None:
                    return party
                continue
            elif child.dep_ == "prep" and child.lower_ in _BETWEEN:
                # "restrictions between it and Israel": the pronoun is the actor's own side
                pobjs = [g for p in child.children if p.dep_ == "pobj"
                         for g in (p, *p.conjuncts) if g.pos_ != "PRON"]
            else:  # its owner, or the object of a with/to/against… phrase
                pobjs = party_words(child, preps)
            for pobj in pobjs:
                party = self._party_of(pobj, people) if pobj.i not in taken else None
                if party is not None and (party.country or party.name):
                    return party
        return None

    def _is_party(self, actor: Actor, span: tuple[int, int], people: bool = True) -> bool:
        """Whether ``actor``, read in tokens ``span``, is a party; a common word for a town is
        one only when it stands for the ``people`` in it (see :meth:`recipient`)."""
        root = counted(span_root(self.doc, span[0], span[1]))  # "dozens of supporters"
        if condition(root):
            return False  # "declared a state of emergency": a condition, not a state
        if not people and place_word(root, actor):
            return False  # "retreated from the eastern cities": where, not whom
        # "in Mosul": a place named for its country is where the act is done, no party
        scene = root.ent_type_ in ("GPE", "LOC", "FAC") and not actor.sector and (
            root.dep_ == "pobj" and root.head.lower_ in _WHERE
            or any(c.dep_ == "amod" for c in root.children))
        if (actor.name and not scene) or actor.sector or actor.antecedent:
            return True
        if root.ent_type_ == "GPE" and self._country_named(root) and not (
                root.dep_ == "pobj" and root.head.lower_ in _WHERE) and not any(
                c.dep_ == "amod" for c in root.children):
            return True  # "sanctions against India": a state, where a town or "western
            # Iran" or "in Iran" is a place
        return root.lower_ in PRONOUNS or root.lower_ in _FIRST_PLURAL or _those_who(root) or \
            root.ent_type_ in ("PERSON", "ORG", "NORP") or (
            root.pos_ == "PROPN" and root.ent_type_ not in ("GPE", "LOC", "FAC") and not
            is_when(root)) or root.lemma_.lower() in _PEOPLE or root.lower_ in _PEOPLE or \
            person_word(root)


#: Acts said to someone: a place they are said to stands for those who hold it.
_SAID_TO = APPRAISALS | {"REQUEST", "THREATEN"}


def _issuer(document: Token) -> Token | None:
    """Who issued a document acting as a party ("a statement from X", "a letter signed by X")."""
    if document.lemma_.lower() not in _DOCUMENTS:
        return None
    preps = [c for c in document.children if c.dep_ == "prep" and c.lower_ in ("from", "by")]
    preps += [a for c in document.children if c.dep_ == "acl" and c.tag_ == "VBN"
              for a in c.children if a.dep_ == "agent"]
    return next((g for p in preps for g in p.children if g.dep_ == "pobj"), None)


def _addressed_place(root: Token | None, event_type: str | None) -> bool:
    """"criticised Europe", "urged Washington to act", "appealed to Saratova": the place a
    verbal act is said or made to is a party (a town shelled or taken is a place)."""
    return root is not None and root.ent_type_ in ("GPE", "LOC") and (held_person(root) or (
        event_type in _SAID_TO and (root.dep_ in ("dobj", "obj") and root.head.pos_ == "VERB"
                                    or addressed(root))))  # "Elsheikh was arrested": a person


#: A speaker's own side, named by a first person plural ("police surrounded us").
_FIRST_PLURAL = frozenset({"we", "us"})
#: What a demonstrative standing for people is described by: "those who fled", "those
#: attempting to flee", "those responsible", "those in custody".
_DESCRIBED = frozenset({"relcl", "acl", "amod", "prep"})


def _those_who(root: Token) -> bool:
    """"those" described by a clause or a phrase names people ("shot those attempting to
    flee", "prosecute those responsible"); "those" alone points back at anything."""
    return root.lower_ == "those" and root.pos_ == "PRON" and any(
        c.dep_ in _DESCRIBED for c in root.children)


def resolve_actor(doc: Doc, span: tuple[int, int], base: int = 0) -> Actor:
    """The canonical actor for tokens ``span`` of ``doc`` (no document context)."""
    actor = ActorResolver(doc, base)(span)
    if actor is None:  # an outlet or a time: keep the words, claim nothing else about them
        toks = doc[span[0]:span[1]]
        return Actor(text=toks.text, sector="MED" if is_outlet(toks.text) else None,
                     char_start=base + toks.start_char,
                     char_end=base + toks.end_char)
    return actor
