"""What a pronoun or a definite description of a document stands for, for
:class:`dateline.actors.ActorResolver`: "we" in a quotation is its speaker; "the group" or "the
movement" is the organisation named near it, else the one the document names far more than any
other before it; "the coalition" is the last actor with that head. Pronouns themselves are
resolved by :class:`dateline.coref.Antecedents`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from .actor_describe import SECTOR_LABELS, agent_sector, describe
from .actor_initials import initials_meant
from .actor_owners import person_country
from .actor_places import place_country
from .actor_titled import person_description, titled_person
from .code.recipient_few import other_kind
from .code.speakers import quotation_speaker, quote_speaker
from .code.words import age_noun, of_names
from .coref import FIRST_PERSON, PRONOUNS, Antecedents, kind_of, words_of
from .coref_binding import described_by_own_clause
from .coref_phrases import main_clause_subject
from .coref_described_people import (DESCRIBED_PEOPLE, named_twice, people_candidates,
                                     people_meant)
from .coref_joined import few_count, joined_people
from .coref_kin import blood_relative
from .coref_pairs import own_body, pair_meant, together
from .coref_relations import relative_named
from .coref_sayers import SPEECH_VERBS, colon_speaker, death_reporter, names_given
from .deps import subjects
from .full_names import entity_of, name_words
from .focus import dominant_country
from .records import Actor
from .actor_coref_far import person_further_back
from .actor_coref_state import OTHER_GOVERNMENTS, STATE_DESCRIPTIONS, state_meant
from .sentences import doc_ents, sentence_bounds
from .tokens import span_text
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .actor_dictionary import ActorDictionary

__all__ = ["COREF_NOUNS", "DocumentCoreference", "definite_description", "name_np", "np_of",
           "unpossessed", "with_both"]

#: Heads of definite descriptions that stand for an earlier body, with the sector it must have
#: (None: any).
COREF_NOUNS = {"movement": "REB", "group": None, "organisation": None, "organization": None,
                "militants": "REB", "rebels": "REB", "ministry": "GOV", "government": "GOV",
                "army": "MIL", "party": "PTY", "regime": "GOV", "insurgents": "REB",
                "militia": "REB", "force": "MIL", "forces": "MIL", "alliance": None,
                "bloc": None}


#: Nouns of "the two sides", "both countries": two parties named just before.
_SIDES = word_class("sides_nouns")

#: Pronouns that stand for the subject of their own clause.
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})
#: How a clause hangs from the one whose subject a reflexive in it may stand for.
_UP_TO_SUBJECT = frozenset({"xcomp", "ccomp", "advcl", "conj", "acomp", "oprd"})

#: Definite descriptions of a state named before them ("the country's elections").
THE_COUNTRY = frozenset({"the country", "the nation"})
#: Definite descriptions of a few people named before ("the pair", "the two men", "both
#: women"): what "they" there would stand for.
_FEW = re.compile(r"(the|these|those) (pair|duo|trio|couple|two|three)( (men|women|britons|"
                  r"brothers|sisters|suspects|fighters))?|both (men|women|brothers|sisters)")


#: How many of the actors named last a description of a few may stand for.
_FEW_BACK = 6


def _counted_before(before: list[Actor], low: str) -> Actor | None:
    """The nearest of the last few actors ``before`` a description of a few people (``low``:
    "the two men", "the pair") whose words count as many people ("Two British militants",
    "2 journalists")."""
    number = few_count(low)
    count = {2: "two", 3: "three"}.get(number or 0)
    digits = str(number) if count else None
    for actor in reversed(before[-_FEW_BACK:]):
        said = actor.text.lower().split()
        if said[:1] == ["the"]:
            said = said[1:]  # "The two men, Tomas Brandt and Erik Berg"
        if len(said) > 1 and said[0] in (count, digits) and actor.antecedent is None:
            return actor
    return None


def with_both(doc: Doc, at: int, low: str) -> str:
    """The words ``low`` of a phrase at token ``at`` with the "both" before it that its span
    left out ("Both men" of "Both men have supplied ..."), when they make a description of a
    few people named before; ``low`` otherwise."""
    both = f"both {low}"
    return both if at and doc[at - 1].lower_ == "both" and _FEW.fullmatch(both) else low


def definite_description(low: str) -> bool:
    """Whether words (lower case) that the dictionary reads as a kind of actor are a definite
    description of one named before: "the group", "this movement", "the pair", "both men",
    "the foreign minister", "the men"."""
    words = low.split()
    return bool(words) and words[-1] in COREF_NOUNS and words[0] in ("the", "this") or \
        _FEW.fullmatch(low) is not None or person_description(low) or \
        DESCRIBED_PEOPLE.fullmatch(low) is not None


def np_of(tok: Token) -> tuple[int, int]:
    """The noun phrase of ``tok``: its left modifiers, itself, and the names after it."""
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ in ("compound", "flat", "nummod") and child.i == end:
            end = child.i + 1
        elif child.dep_ == "prep" and child.i == end and of_names(tok, child):
            end = child.right_edge.i + 1  # "the Department of Justice"
    return tok.left_edge.i, end


def name_np(tok: Token) -> tuple[int, int]:
    """The noun phrase of ``tok`` (:func:`np_of`), from the first word of the person's name
    ``tok`` is a word of when the parse hangs that name apart ("President Karim al-Mansour
    addressed ...", whose "Mansour" alone the verb governs): the whole name."""
    start, end = np_of(tok)
    if tok.ent_type_ == "PERSON" and tok.ent_iob_ == "I":
        first = next(t for t in reversed(tok.doc[:tok.i]) if t.ent_iob_ == "B")
        start = min(start, first.i)
    return start, end


#: The possessive endings a possessor's words may end with.
_POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")


def _named_in(words: Span) -> bool:
    """Whether a description's words before its head hold a name ("the Labour party", "the
    Baath party"): a body of its own, not the last one of its kind named before."""
    return any(t.pos_ == "PROPN" and t.ent_type_ not in ("NORP", "GPE") for t in words)


def _aged(doc: Doc, at: int, length: int) -> bool:
    """Whether the words at token ``at`` (``length`` characters) are "the" and an age standing
    as a noun ("the 33-year-old"), which describes a person named before."""
    end = doc[at].idx + length
    return any(age_noun(t) for t in doc[at + 1:at + 7] if t.idx < end)


def unpossessed(low: str) -> str:
    """Words without the possessive ending of their last word ("the group's": "the group")."""
    for ending in _POSSESSIVE:
        if low.endswith(ending) and len(low) > len(ending):
            return low[:-len(ending)].rstrip()
    return low


class DocumentCoreference:
    """The antecedents of "we", "the group", "the movement" and their like in one document."""

    doc: Doc
    base: int
    dict: ActorDictionary
    date: str | None
    antecedents: Antecedents
    _bodies: list[tuple[int, Actor]] | None

    if TYPE_CHECKING:
        def __call__(self, span: tuple[int, int], *, doer: bool = True,
                     not_in: range = range(0)) -> Actor | None: ...

        def sentence_countries(self, at: int) -> Counter[str]: ...

    def _antecedent(self, at: int, low: str, not_in: range = range(0),
                    own_country: str | None = None) -> Actor | None:
        words = low.split()
        if low in _REFLEXIVES:
            return self._reflexive(at, not_in)
        if low in PRONOUNS:
            if not not_in:  # "the men they killed": "they" are not the men
                not_in = described_by_own_clause(self.doc, at) or not_in
            main = main_clause_subject(self.doc[at]) if low == "they" else None
            if main is not None and main.i not in not_in and \
                    (few := self(np_of(main), doer=False)) is not None and few.antecedent:
                return few  # "The two were freed after they paid": the two named before
            speakers = self._speaker_names(at)
            found = self.antecedents.pronoun(at, low, not_in, not_named=speakers)
            doer = self._doer_meant(not_in)
            if found is not None and doer is not None and words_of(found) == words_of(doer):
                # "he would welcome him": the one "he" stands for is not "him"
                found = self.antecedents.pronoun(
                    at, low, not_in, not_named=(*speakers, frozenset(words_of(doer))))
            if found is None and low in ("he", "she"):  # a person a few sentences back
                found = person_further_back(self.antecedents, self.doc, at, low, not_in,
                                            not_named=speakers)
            if found is None and low == "they":
                found = self._sayers(at, not_in)
            return found or pair_meant(self.antecedents, self.doc, at, low, not_in)
        speaker = quote_speaker(self.doc[at]) if len(words) == 1 else None
        if speaker is None and low in FIRST_PERSON:  # "He said: We ... We call on ..."
            speaker = colon_speaker(self.doc[at])
        if speaker is not None and speaker.i not in not_in:  # "we" in a quotation
            if speaker.lower_ in PRONOUNS:
                return self.antecedents.pronoun(speaker.i, speaker.lower_, not_in)
            return self(np_of(speaker), not_in=not_in)
        last = self.doc[min(at + len(words), len(self.doc)) - 1]
        named = self._apposed_to(at, words)
        if named is not None:
            return named
        if (initialled := initials_meant(self.doc, at, words)) is not None:
            found = self(initialled, doer=False)  # "the SNC" after "the Syrian ... (SNC)"
            short = self.doc[at + len(words) - 1]
            if found is not None and at not in {s.at for s in self.antecedents.seen}:
                # a pronoun after it stands for the name ("The SNC made its decision")
                self.antecedents.add(at, found, short, doer=short.dep_ in ("nsubj", "nsubjpass"))
            return found
        if (plain := DESCRIBED_PEOPLE.fullmatch(low)) is not None:
            found = self._people_named(at, not_in)
            if (people := people_meant(self.doc, at, plain.group(1), found)) is not None or \
                    named_twice(found, plain.group(1)):
                return people  # "Foreign fighters attacked a post. The men then ..."
        if _FEW.fullmatch(low) and (few := self._few_named(at, low, not_in)) is not None:
            return few  # "Haddad and Moreau ... the pair were seized"
        kindless = agent_sector(self.dict, words[-1:], [last.lemma_.lower()])[0] is None
        if len(words) == 1 and own_country is None and self.doc[at].pos_ == "NOUN":
            # "a coalition bombing", "coalition jets": a common noun alone that names no kind
            # of actor ("soldiers" and "police" are anyone's)
            return self.antecedents.same_head(at, words[0], anywhere=kindless)
        if len(words) == 2 and (kin := relative_named(self.antecedents, self.doc,
                                                      self.doc[at + 1])) is not None:
            return self._relative(kin, at, not_in)  # "her husband" after "she married X"
        if len(words) > 3 or words[0] not in ("the", "this"):
            return None
        if words[0] == "the" and len(words) == 2 and _aged(self.doc, at, len(low)):
            return self._person_before(at, not_in)  # "the 33-year-old" after "Sgt Tom Barker"
        if low in THE_COUNTRY:  # "the country's crisis" names no party; its army, a state's
            return None if last.dep_ == "poss" else self.country_meant(at)
        if words[-1] in COREF_NOUNS and not _named_in(self.doc[at:at + len(words) - 1]):
            want = COREF_NOUNS[words[-1]]
            if want in (None, "REB"):  # "Hamas said the group's wing ...": in no act
                self.antecedents.add_names(at)  # (the nearest named: "protests to Isis
                # led nowhere, as the militants denied ...", not the SDF before)
            named = self._named_bodies(at, low, want)
            if named:
                return named[-1]
            if own_country is None and words[-1] in STATE_DESCRIPTIONS and \
                    last.dep_ in ("nsubj", "nsubjpass") and \
                    not OTHER_GOVERNMENTS & set(words) and (state := state_meant(
                    self.antecedents, self.doc, at, self.dict.country_names)) is not None and \
                    set(self.sentence_countries(at)) <= {state.country}:
                return state  # "Turkey launched an offensive. The government said ..."
            if own_country is None and (body := self._document_body(at, want)) is not None:
                return body
        if own_country is None:  # "the coalition" after "the US-led coalition"
            self.antecedents.add_names(at, own=False)  # "The Syrian regime has ...": no act
            found = self.antecedents.same_head(at, words[-1],
                                               anywhere=kindless and words[-1] not in COREF_NOUNS)
            titled = titled_person(self.doc, at, words) if found is None else None
            if titled is not None and not set(range(titled.start, titled.end)) & set(not_in):
                found = self((titled.start, titled.end), doer=False)  # "the leader" after
                # "Hamas leader Ismail Haniyeh"
            return found
        return None

    def _people_named(self, at: int, not_in: range) -> list[tuple[Token, Actor]]:
        """The groups of people "the men" or "the fighters" at token ``at`` may stand for
        (:func:`dateline.coref_described_people.people_candidates`), nearest first."""
        return [(t, a) for t, a in people_candidates(self.doc, at, lambda span, head: self(
            span, doer=head.dep_ in ("nsubj", "nsubjpass"), not_in=not_in)) if t.i not in not_in]

    def _few_named(self, at: int, low: str, not_in: range) -> Actor | None:
        """The people named before that "the pair", "the two men" at token ``at`` stands for:
        an earlier actor of the same head ("two men"), else the named people "they" would
        stand for (not a force or a body: "Police raided a house. The two men ...")."""
        head = low.split()[-1]
        if head.isalpha() and head.endswith(("men", "s")):
            same = self.antecedents.same_head(at, head)
            if same is not None:
                return same
        counted = _counted_before(self.antecedents.before(at), low)
        if counted is not None:
            return counted  # "Two British militants were captured ... the two men"
        joined = joined_people(self.doc, at, low, not_in)
        if joined:  # "Haddad and Nasser were wanted ... These two were seized"
            people = tuple(a for t in joined if (a := self(np_of(t), doer=False)) is not None)
            if len({a.country for a in people} - {None}) > 1:
                return None  # "Marchand and Li met ... The two": two sides, no one party
            if len(people) == len(joined):  # one party, as the text joins them
                return together(own_body(self.doc, joined, people))
        found = self.antecedents.pronoun(at, "they", not_in)
        span = self._span_of(found)
        return found if span is not None and not other_kind(head, [span]) and any(
            t.ent_type_ == "PERSON" or self.antecedents.person_named(t) for t in span) else None

    def _relative(self, name: Token, at: int, not_in: range) -> Actor | None:
        """The relative named by ``name`` that the kin phrase at token ``at`` ("his daughter")
        stands for; a parent, a child or a sibling of no country of their own is of the
        country of the one whose relative they are (:func:`dateline.coref_kin.
        blood_relative`)."""
        found = self(np_of(name), not_in=not_in)
        if found is None or found.country is not None or not blood_relative(self.doc[at + 1]):
            return found
        country = self.owner_country_meant(self.antecedents.pronoun(at, self.doc[at].lower_))
        return replace(found, country=country, country_from="possessor" if country else None)

    def owner_country_meant(self, owner: Actor | None) -> str | None:
        """The country of the actor a possessive pronoun stands for ("his adviser", "her
        father", "its troops"), as a relative's, an aide's or a member's country is. For a
        person, by the rule of :func:`dateline.actor_owners.person_country`, as for an owner
        named by name: the person's own country, else the one the document says the person
        is of anywhere ("Her father" after "Lina Haddad, a Jordanian teacher"). For a body
        ("the army ... its troops"), its country however found, the context's too: a body's
        own people are of its side, where a person's relatives need not be."""
        if owner is None:
            return None
        span = self._span_of(owner)
        if span is None or span.root.ent_type_ != "PERSON":
            return owner.country
        return person_country(owner, span.root)

    def _span_of(self, actor: Actor | None) -> Span | None:
        """The words of an actor of this document, or ``None``."""
        if actor is None or actor.char_start is None or actor.char_end is None:
            return None
        return self.doc.char_span(actor.char_start - self.base, actor.char_end - self.base)

    def _doer_meant(self, doer: range) -> Actor | None:
        """The actor a pronoun that is the doer of an act (tokens ``doer``) stands for."""
        if len(doer) != 1 or self.doc[doer.start].lower_ not in PRONOUNS:
            return None
        return self.antecedents.pronoun(doer.start, self.doc[doer.start].lower_)

    def _person_before(self, at: int, not_in: range) -> Actor | None:
        """The person a description of no gender at token ``at`` stands for: the later of
        those "he" and "she" there would stand for."""
        found = [a for a in (self.antecedents.pronoun(at, w, not_in) for w in ("he", "she"))
                 if a is not None]
        return max(found, key=lambda a: a.char_start or 0, default=None)

    def _reflexive(self, at: int, not_in: range) -> Actor | None:
        """What the reflexive pronoun at token ``at`` stands for: the subject of its clause,
        or of the verb a clause of no subject of its own hangs from ("Erdogan now finds
        himself seeking accommodation", "the army wanted to protect itself")."""
        verb = self.doc[at].head
        for _ in range(4):
            subject = next((c for c in subjects(verb) if c.i != at), None)
            if subject is not None:
                return None if subject.i in not_in else self(np_of(subject), not_in=not_in)
            if verb.dep_ not in _UP_TO_SUBJECT and verb.i != self.doc[at].head.i:
                return None
            if verb.head.i == verb.i:
                return None
            verb = verb.head
        return None

    def _named_bodies(self, at: int, low: str, want: str | None) -> list[Actor]:
        """The named bodies of sector ``want`` (any: ``None``) seen before token ``at`` that a
        description ``low`` may stand for, in text order."""
        return [a for a in map(self._as_body, self.antecedents.before(at))
                if a is not None and (want is None or a.sector == want)
                and a.text.lower() != low and self._is_named(a)]

    def _apposed_to(self, at: int, words: list[str]) -> Actor | None:
        """The named body or person a description follows in apposition ("the Syrian
        Democratic Forces, the US-backed forces operating near Raqqa"): the description stands
        for the name; not a place's ("in Syria, the forces"), nor one of a list ("Hamas, the
        movement and the PLO"), nor a phrase the parse reads as no apposition ("according to
        Hamas, the army shelled": the subject of a clause of its own)."""
        if not words or words[0] != "the" or at < 2 or self.doc[at - 1].text != ",":
            return None
        name, described = self.doc[at - 2], self.doc[at].head
        if name.pos_ != "PROPN" or name.ent_type_ not in ("ORG", "PERSON", "NORP") or \
                described.dep_ != "appos":  # (whatever word the parse hangs it on)
            return None
        after = described.right_edge.i + 1  # the word after the description
        if after < len(self.doc) and self.doc[after].lower_ in ("and", "or"):
            return None
        actor = self(np_of(name), doer=False)
        return actor if actor is not None and actor.name is not None and \
            actor.name not in SECTOR_LABELS.values() and actor.sector not in (None, "UNK") \
            else None

    def modifier_countries(self, span: tuple[int, int] | None) -> list[str]:
        """The countries of coordinated modifiers of one phrase ("US and British forces",
        "senior Hungarian and Romanian officials"), or of the two parties "the two sides" or
        "both countries" stands for: each names a party of its own; ``[]`` unless they name
        two countries or more."""
        if span is None:
            return []
        sides = self.sides_countries(span)
        if sides or span[1] - span[0] < 3:
            return sides
        words = [t for t in self.doc[span[0]:span[1]] if not t.is_punct and t.dep_ != "cc"]
        isos = [place_country(self.dict.countries, [t]) for t in words]
        if len(isos) > 1 and all(isos) and len(set(isos)) == len(isos):
            return [iso for iso in isos if iso]  # "US, British and French" (an act's doers)
        root = self.doc[span[0]:span[1]].root
        mods = [c for c in root.lefts if c.dep_ in ("amod", "compound", "nmod")]
        for child in mods:
            if child.conjuncts:
                # "US, British and French forces": the modifiers joined by "and" or a comma
                joined = [t for t in (*mods, *child.conjuncts) if span[0] <= t.i < span[1]
                          and (t.dep_ == "conj" or t == child or any(
                              p.text == "," for p in t.rights))]
                isos = [place_country(self.dict.countries, [t])
                        for t in sorted(set(joined), key=lambda t: t.i)]
                if len(isos) > 1 and all(isos) and len(set(isos)) > 1:
                    return [iso for iso in isos if iso]
        return self._of_countries(root, span)

    def _of_countries(self, root: Token, span: tuple[int, int]) -> list[str]:
        """The countries of coordinated states named in the "of" phrase of a plural noun ("the
        leaders of Iran and Turkey", "forces of Russia and Iran"): one party each."""
        if root.tag_ not in ("NNS", "NNPS"):
            return []
        first = next((g for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj" and g.conjuncts), None)
        if first is None:
            return []
        names = [t for t in (first, *first.conjuncts) if span[0] <= t.i < span[1]]
        isos = [place_country(self.dict.countries, [*(w for w in t.lefts if w.dep_ ==
                                                      "compound"), t])
                if t.ent_type_ == "GPE" else None for t in names]
        return isos if len(isos) > 1 and all(isos) and len(set(isos)) > 1 else []

    def sides_countries(self, span: tuple[int, int]) -> list[str]:
        """The countries of the two parties "the two sides", "both countries" or "the two
        governments" at ``span`` stands for: the actors of its sentence before it and of the
        sentence before, when they are of exactly two countries ("Israel and Hamas agreed to a
        truce. The two sides had fought for days"); ``[]`` otherwise."""
        words = unpossessed(span_text(self.doc, *span).lower()).split()
        if span[0] and self.doc[span[0] - 1].lower_ == "both":  # "both" left out of the span
            words = ["both", *words]
        if words[:1] == ["both"] and words[1:2] == ["the"]:
            words = words[:1] + words[2:]
        if not (words[:2] == ["the", "two"] and len(words) == 3 or
                words[:1] == ["both"] and len(words) == 2) or words[-1] not in _SIDES:
            return []
        self.antecedents.add_names(span[0])
        start = sentence_bounds(self.doc, span[0])[0]
        if start:
            start = sentence_bounds(self.doc, start - 1)[0]
        isos = self.antecedents.countries_between(start, span[0])
        return isos if len(isos) == 2 else []

    def of_country(self, actor: Actor, iso: str) -> Actor:
        """The actor as the party of country ``iso`` among coordinated ones."""
        label = SECTOR_LABELS.get(actor.sector or "", "")
        name = " ".join(p for p in (self.dict.country_names.get(iso, iso), label) if p)
        return replace(actor, country=iso, name=name)

    def country_meant(self, at: int) -> Actor | None:
        """The state "the country" at token ``at`` stands for: the one country its sentence
        names ("The Ivory Coast's court let him run in the country's elections"), else, when
        it names none, the one the sentence before names; none where they name several."""
        start = sentence_bounds(self.doc, at)[0]
        counts = self.sentence_countries(at)
        if not counts and start:
            counts = self.sentence_countries(start - 1)
        if len(counts) != 1:
            return None
        iso = next(iter(counts))
        name = self.dict.country_names.get(iso, iso)
        return Actor(text=name, name=name, country=iso, sector="GOV")

    def _sayers(self, at: int, not_in: range) -> Actor | None:
        """Who say the clause "they" at token ``at`` is the subject of, when no party named
        before agrees with it ("A group of Yoruba leaders announced that they are willing to
        ..."): people brought in by "a", whom :class:`Antecedents` passes over elsewhere."""
        pron = self.doc[at]
        verb = pron.head
        if pron.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp" or \
                verb.head.lemma_.lower() not in SPEECH_VERBS:
            return None  # "They shelled the clinic; families were running": no one says it
        sayer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if sayer is None or sayer.pos_ != "NOUN" or sayer.i in not_in or \
                kind_of(sayer) not in ("people", "body"):
            return None
        return self(np_of(sayer), not_in=not_in)

    def _speaker_names(self, at: int) -> tuple[frozenset[str], ...]:
        """The words of each name of who speaks the quotation token ``at`` is in, whom a
        pronoun of the third person there does not stand for: the speaker speaks of themself
        as "I" ("'Before leaving, she had trained,' said Abdullah"; for "she said", whom "she"
        stands for), by the name the speaking phrase gives them too ("said a commander, who
        uses the nom de guerre Karim Saleh. 'It was an attempt to kill him'": not Saleh); and
        who reports the death of the one the pronoun stands for, alive to say so
        (:func:`dateline.coref_sayers.death_reporter`)."""
        said_by = quotation_speaker(self.doc[at])
        reporter = death_reporter(self.doc[at])
        return (*self._names_of(said_by, given=True), *self._names_of(reporter))

    def _names_of(self, sayer: Token | None, given: bool = False
                  ) -> tuple[frozenset[str], ...]:
        """The words of the name of who says something (``sayer``: the subject word), that of
        the one a pronoun stands for, a person's full name, or the word; with ``given``, and
        the names their phrase gives them (:func:`dateline.coref_sayers.names_given`)."""
        if sayer is None:
            return ()
        if sayer.lower_ in PRONOUNS:
            speaker = self.antecedents.pronoun(sayer.i, sayer.lower_)
            return (frozenset(words_of(speaker, name_only=True)),) if speaker else ()
        if sayer.ent_type_ == "PERSON":  # "Mark Campbell": not the Anna Campbell before
            return (frozenset(name_words(entity_of(sayer))),)
        return (frozenset([sayer.lower_]), *(frozenset(name_words(entity_of(t)))
                                             for t in (names_given(sayer) if given else ())))

    def _document_body(self, at: int, want: str | None) -> Actor | None:
        """The organisation (of sector ``want``, if given) that the document names before
        token ``at`` far more than any other (by :func:`dateline.focus.dominant_country`'s
        rule): what "the group" or "the movement" stands for when no sentence near it names
        one (a report about Islamic State that goes on about "the group")."""
        if self._bodies is None:
            self._bodies = []
            for ent in doc_ents(self.doc):
                if ent.label_ == "ORG":
                    name, country, sector, parent = describe(self.dict, ent, self.date)
                    found = Actor(text=ent.text, name=name, country=country, sector=sector,
                                  parent=parent)
                    if self._is_named(found):
                        self._bodies.append((ent.start, found))
        seen = [a for start, a in self._bodies if start < at and (want is None or
                                                                  a.sector == want)]
        counts = Counter(a.name for a in seen if a.name)
        top = dominant_country(counts)
        if top is None or sum(n == counts[top] for n in counts.values()) > 1:
            return None  # two named alike: neither is safe
        return next(a for a in reversed(seen) if a.name == top)

    def _as_body(self, actor: Actor) -> Actor | None:
        """The organisation an actor is or belongs to ("Hamas fighters": Hamas), which "the
        movement" or "the group" may stand for."""
        if actor.parent is None:
            return actor
        org = self.dict.organisations.get(actor.parent.lower())
        if org is None:
            return None
        return replace(actor, name=org.name, country=org.country or actor.country,
                       sector=org.sector, parent=org.parent)

    def _is_named(self, actor: Actor) -> bool:
        return actor.name is not None and actor.name.lower() in self.dict.organisation_names
