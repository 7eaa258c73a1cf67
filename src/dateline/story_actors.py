"""The doer of an act its own clause does not name, where the story names it safely.

An act read with no actor ("30 children were evacuated", "the town was shelled again") is
given one only on one of these grounds, else it stays without:

- a party the act is done "by", said further from the verb than its subject rules look
  ("were killed in breach of the law by the regime", "armed and supported by the US
  military");
- the subject of a passive verb that raises it to the act ("Putin is set to host talks",
  "delegates are expected to endorse the statement");
- the subject of the passive clause a gerund act hangs from by a preposition of time or
  cause ("she was found after surrendering to Kurdish forces"): see ``actor_adjuncts``;
- the one whose plan, decision or attempt the act is ("the US decision to reimpose
  sanctions", "Turkish troops are making plans to attack"): a name or people modifying the
  intent noun, or the subject of the verb the noun is the object of;
- the doer the story gave the same act before (the same verb read as the same event type),
  when every earlier such act was done by that one named party, not by civilians, and it was
  never on the receiving end of one ("the army shelled Douma on Monday ... on Tuesday the town
  was shelled again"); the nearest such act carried out, or, when both are told by their
  verbs as reported ("were reportedly killed"), told so; an arrest's doer may be the police
  its own phrase placed it with ("was arrested in Istanbul", see ``actor_arresters``). Acts
  of one event type done with other verbs are not the same act: "kidnapped" after "killed by
  the regime" may be another group's doing;
- the named doer of the act of force told just before (in the same sentence or the one
  before), of which a passive of another verb of the same event type tells the outcome
  ("Israeli forces raided the camp. Three men were arrested"), unless the one it is done to is
  of that doer's own state's forces.

- the owner of the weapon or strike that does the act ("regime barrel bombs"): see
  ``actor_weapons``;
- the doer of the earlier telling of the same act, for an act told again with no doer
  ("the attack", "that raid", "died in the strikes"): see ``actor_retold``.
- the one named armed party or state the story has doing acts of violence just before an act
  of violence with no doer ("the Taliban attacked a checkpoint ... three soldiers were killed
  in an ambush"), when no other side is named there: see ``actor_attackers``;
- the one side the story has making a kind of strike (air strikes, shelling, bombings) over
  a few news paragraphs, for a strike of that kind with no doer: see ``actor_lent_kind``;
- the one side attacking, as above, for an act of violence whose doer is a "they" that
  stands for no one the document's coreference finds ("They hit the hospital", in a quotation
  after "rebels attacked the city");
- the police of the country an arrest told in a story of war is made in by its own words
  ("was arrested in Turkey"), when the story's war is not fought there: see
  ``actor_arresters``.

A party is never made the doer of an act that it receives (the event's recipient) or of a kind
of act it received earlier in the story. An actor filled from an earlier sentence has no words
of its own (``text`` is empty) and shows the earlier words in ``antecedent``, its country
marked as coming from there.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .actor_adjuncts import passive_adjunct_subject
from .actor_arresters import arrest_country, country_police
from .actor_attackers import story_attacker
from .actor_carried import carried_recipient
from .actor_deaths_retold import death_told_before
from .actor_lent_kind import AHEAD
from .actor_lent_kind import WINDOW as KIND_WINDOW
from .actor_lent_kind import civilian_striker, kind_attacker
from .actor_lent_named import named_strikes
from .actor_place_acts import place_act_doer
from .actor_pronouns import unnamed, unresolved_pronoun, unresolved_they
from .actor_retold import group_of, lent, retold_doer
from .actor_same_happening import own_place, same_happening
from .actor_they_quoted import quoted_they
from .actor_retold import who as _who
from .actor_weapons import weapon_owner
from .agents import war_story
from .code.operation_retold import operation_doer, operation_recipient
from .code.roles import is_passive, np_span, subject_of
from .code.words import DIE
from .coref_pairs import two_named
from .sectors import STATE_FAMILY, family_sectors
from .sentences import Sentences, chars_span
from .toponym_words import PLACE_LABELS
from .wordclasses import word_class

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

    from .actors import ActorResolver
    from .code.mention import Mention
    from .records import Actor, Place

__all__ = ["StoryDoers", "by_party", "intent_owner", "raised_subject"]

#: Nouns of a plan, a decision or an attempt ("the decision to withdraw").
_INTENT = word_class("intent")
#: Verbs that turn down or undo a plan ("rejected a US offer to host talks").
_UNDONE = word_class("intent_undone")
_CIVILIAN = family_sectors("civilian")
#: Verbs of talk, done between two sides ("they discussed the war"); not a visit or a meeting,
#: which two may make together ("they visited a synagogue"), nor a third party's mediation.
_TALK = frozenset({"discuss", "talk", "speak", "negotiate", "confer", "consult"})
#: Acts of force, whose outcome a passive of another verb may tell ("were killed").
_FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
#: The modes of coercion done by force; a coercion of another mode or of none ("stripped them
#: of their citizenship", "banned the rallies") tells the outcome of no seizure after it.
_FORCE_MODES = frozenset({"arrest", "seize", "deport", "crowd-control"})
#: How many sentences back an earlier act may lend its doer to a passive of the same verb.
_RECENT_SENTENCES = 6
#: The most words a sentence is taken to have when counting how far back an act is.
_SENTENCE_TOKENS = 80
#: Passives whose subject does the act they govern ("is expected to launch").
_RAISING = word_class("raising_passives")
#: Entity kinds of a name that may own an intent ("the US decision", "a Hamas attempt").
_PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
#: Heads of "by" phrases that say how or when, not who ("by force", "by Friday").
_NOT_WHO_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT"})


def by_party(verb: Token) -> Token | None:
    """The party a participle is done "by" in its own phrases, not through another clause:
    "killed in breach of the law by the regime" → "regime"; ``None`` where there is none."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBN":
        return None
    stack = list(verb.children)
    while stack:
        tok = stack.pop()
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ in ("relcl", "acl", "advcl", "ccomp",
                                                        "conj", "appos", "punct"):
            continue  # another clause, or a party coordinated with the verb's
        if tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.pos_ in ("NOUN", "PROPN") \
                and tok.ent_type_ not in _NOT_WHO_ENTS:
            return tok
        stack.extend(tok.children)
    return None


def raised_subject(verb: Token) -> Token | None:
    """The subject of the passive a verb's clause completes, where the passive only tells how
    the act is expected or known: "Putin is set to host talks" → "Putin"; never for a passive
    act ("rebels are expected to be attacked")."""
    head = verb.head
    if verb.dep_ != "xcomp" or is_passive(verb) or head.lemma_.lower() not in _RAISING or \
            not is_passive(head):
        return None
    return next((c for c in head.children if c.dep_ == "nsubjpass"), None)


def intent_owner(verb: Token) -> Token | None:
    """The one whose plan, decision or attempt an act is: "the US decision to reimpose" → "US";
    "Turkish troops are making plans to attack" → "troops" (the subject of the verb the noun
    is the object of); ``None`` where no one is named so, and for a plan turned down or undone
    ("rejected a US offer to host talks", "cancel plans to sell arms"), which no one carries
    out."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.pos_ != "NOUN" or noun.lemma_.lower() not in _INTENT or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    named = next((c for c in noun.children if c.dep_ in ("compound", "amod", "poss")
                  and c.ent_type_ in _PARTY_ENTS and c.i < noun.i), None)
    if noun.dep_ in ("dobj", "obj") and noun.head.pos_ == "VERB":
        if noun.head.lemma_.lower() in _UNDONE:
            return None
        return named or subject_of(noun.head)
    return named


@dataclass(frozen=True, slots=True)
class _Done:
    at: int  # the trigger's token
    act: tuple[str, str]  # the verb's lemma and the event type
    status: str
    mode: str | None
    source: Actor | None
    target: Actor | None
    coded: str | None = None  # the event's mode as coded, with its doer ("Turkish jets struck")
    mention: Mention | None = None  # the act itself, for the place its own words give it


class StoryDoers:
    """The acts of one document so far and their parties, for acts read with no actor.

    ``resolve(span)`` is the document's actor resolver; :meth:`doer` is asked for each act
    with no actor, and :meth:`note` told each event made, in text order."""

    def __init__(self, doc: Doc, resolve: ActorResolver, sents: Sentences,
                 locate: Callable[..., tuple[Place | None, str | None]]) -> None:
        self.doc = doc
        self.sents = sents
        self._resolve = resolve
        self._locate = locate
        self._done: list[_Done] = []
        self._places: dict[int, Place | None] = {}  # an act's own place, by its trigger
        self._talked: dict[int, Actor] = {}  # the other side of an act of talk, by trigger

    def note(self, m: Mention, source: Actor | None, target: Actor | None,
             mode: str | None = None) -> None:
        """Records an event of the document with its parties and its mode as coded (the
        sense's, or one its doer gives it: "jets struck" is an air strike)."""
        self._done.append(_Done(m.trigger, _act(m), m.status, m.sense.mode, source, target,
                                mode or m.sense.mode, m))

    def doer(self, m: Mention, target: Actor | None) -> Actor | None:
        """The actor of mention ``m``, which its clause does not name, on one of the module's
        grounds; never the party it is done to (``target``)."""
        trig = self.doc[m.trigger]
        near = by_party(trig) if trig.pos_ == "VERB" else None
        if near is None and trig.pos_ == "VERB" and trig.lemma_.lower() not in DIE:
            # "Russians are said to have died": the dead are no doers
            near = raised_subject(trig) or intent_owner(trig) or passive_adjunct_subject(trig)
        if near is not None:
            actor = self._resolve(np_span(near, with_conj=False))
            if _is_party(actor) and not self._received(actor, m, target):
                return actor
            return None
        found = None
        if trig.pos_ == "NOUN":  # "the Afrin offensive": whose the story's offensives were
            found = place_act_doer(trig, _act(m)[0], ((d.act[0], d.status, d.source)
                                                      for d in self._done))
        elif trig.pos_ == "VERB" and is_passive(trig):
            found = self._done_before(m, target)
        lent = weapon_owner(self.doc, m, self._resolve) or found or \
            retold_doer(self.doc, self.sents, m, target, self._done) or \
            death_told_before(self.doc, m.trigger, m.sense.event_type, target, self._done) or \
            self._same_happening(m, target) or \
            operation_doer(self.doc, self.sents, m, target, self._done)  # "the offensive"
        return None if _named_in_patient(trig, lent) else lent

    def _same_happening(self, m: Mention, target: Actor | None) -> Actor | None:
        """The doer of an earlier telling of the same happening: see ``actor_same_happening``."""
        return same_happening(m, target, self._done, self._own_place,
                              lambda at: self._near(at, m.trigger))

    def _own_place(self, m: Mention) -> Place | None:
        """The place an act's own words name (``own_place``), found once per act."""
        if m.trigger not in self._places:
            self._places[m.trigger] = own_place(self._locate(m, None))
        return self._places.get(m.trigger)

    def attacker(self, m: Mention, target: Actor | None) -> Actor | None:
        """The one side the story has attacking near ``m``, an act of violence with no doer,
        or making its kind of strike a few paragraphs back: see ``actor_attackers`` and
        ``actor_lent_kind``; the strikes a phrase names with their doer count as acts told
        (``actor_lent_named``)."""
        if m.sense.event_type != "ASSAULT":
            return None  # (neither lends a doer to another act: spare the phrases' search)
        here, noted = self.sents.index(m.trigger), {d.at for d in self._done}
        named = named_strikes(self.doc, self.sents, here - KIND_WINDOW, here - 1, noted,
                              self._resolve)
        done = sorted((*self._done, *named), key=lambda d: d.at) if named else self._done
        ahead = [d for d in named_strikes(self.doc, self.sents, here,
                                          min(here + AHEAD, len(self.sents.spans) - 1),
                                          noted, self._resolve) if d.at > m.trigger]
        lent = story_attacker(self.doc, self.sents, m, target, done) or \
            kind_attacker(self.doc, self.sents, m, target, done, ahead)
        return None if _named_in_patient(self.doc[m.trigger], lent) else lent

    def pronoun_attacker(self, m: Mention, target: Actor | None, doer: Actor) -> Actor:
        """``doer``, or, when it is a "they" the document's coreference left standing for no
        one ("They hit the hospital") or took for civilians in a strike only armies make
        (``actor_lent_kind.civilian_striker``), the party a quoted "they" stands for
        (``actor_they_quoted``), else the one side the story has attacking near ``m`` (as for
        an act with no doer: see ``actor_attackers`` and ``actor_lent_kind``), shown with the
        pronoun's words and the side's as its antecedent; a pronoun left standing for no one
        is an empty doer (``actor_pronouns.unnamed``), not a name."""
        unresolved = unresolved_they(doer)
        if unresolved and (talker := self._talk_sides(m, target, doer)) is not None:
            return talker  # "May met Macron. They discussed ...": May, with Macron
        if not unresolved and unresolved_pronoun(doer):
            return unnamed(doer)  # "she filed suit", "she" standing for no one found
        if not unresolved and not civilian_striker(doer, m):
            return doer
        quoted = quoted_they(self.doc, self.sents, m, doer if unresolved else replace(
            doer, name=None, country=None, sector=None, antecedent=None), target, self._resolve)
        if quoted is not None:  # "“They beat me,” she says", after "freed from captors"
            return quoted
        side = self.attacker(m, target)
        if side is None:
            return unnamed(doer) if unresolved else doer
        return replace(side, text=doer.text, char_start=doer.char_start, char_end=doer.char_end)

    def arrester(self, m: Mention) -> Actor | None:
        """The police of the country ``m``, an arrest with no arrester in a story of war, is
        made in by its own words ("was arrested in Turkey"): see ``actor_arresters``. (A
        story at peace gives its arrests to the police of the place: ``agents.implied_police``.)"""
        if not war_story(self.sents):
            return None
        return country_police(self.doc, m, ((d.act[1], d.source, d.target) for d in self._done))

    def _talk_sides(self, m: Mention, target: Actor | None, doer: Actor) -> Actor | None:
        """For an act of talk (a verb of :data:`_TALK`, not denied) with no recipient whose doer
        is a "they" that stands for no one party, the first of the two persons of two countries
        one clause before names (``coref_pairs.two_named``), shown with the pronoun's words; the
        other is the act's recipient (:meth:`recipient`)."""
        trig = self.doc[m.trigger]
        if m.sense.event_type != "CONSULT" or trig.lemma_.lower() not in _TALK or \
                m.sense.mode not in (None, "phone") or m.status == "negated" or \
                any(c.dep_ == "neg" for c in trig.children) or target is not None or \
                doer.char_start is None:
            return None
        at = doer.char_start - self._resolve.base  # the pronoun's first word
        said = chars_span(self.doc, at, at + 1)
        pair = None if said is None else two_named(self._resolve.antecedents, self.doc,
                                                   said.start, "they")
        if pair is None:
            return None
        self._talked[m.trigger] = pair[1]
        return replace(pair[0], text=doer.text, char_start=doer.char_start,
                       char_end=doer.char_end, antecedent=pair[0].antecedent or pair[0].text,
                       country_from="antecedent" if pair[0].country else None)

    def recipient(self, m: Mention, source: Actor | None) -> Actor | None:
        """The recipient the story carries to ``m``, which names none: see ``actor_carried``;
        of an act of talk "they" did, the other of the two (:meth:`_talk_sides`)."""
        if m.trigger in self._talked:
            return lent(self._talked[m.trigger])
        return carried_recipient(self.doc, self.sents, m, source, self._done) or \
            operation_recipient(self.doc, self.sents, m, source, self._done)

    def _done_before(self, m: Mention, target: Actor | None) -> Actor | None:
        """The one named party that did every earlier act of ``m``'s kind, the nearest of them
        done, not only planned or threatened ("Iran threatened to shell the towns after an
        air raid where 100 people were killed": the raid's doer, unnamed, killed them)."""
        alike = []
        for d in reversed(self._done):  # nearest first; farther ones are out of reach too
            if not self._near(d.at, m.trigger):
                break
            if d.act == _act(m):
                alike.insert(0, d)
        if not alike:
            return self._outcome_of(m, target)
        last = alike[-1]
        if not _named(last.source) or last.status != "actual" and not (
                last.status == m.status == "alleged" and self.doc[last.at].pos_ == "VERB"):
            return None  # (both told by their verbs as reported: "were reportedly killed")
        doers = [d.source for d in alike if _named(d.source) and (
            d.source.text or _arresting_police(d.source, d.act[1]))]
        if not doers or len({_who(a) for a in doers}) > 1:
            return None  # two sides of the story do it
        earlier = doers[-1]
        if self._received(earlier, m, target):
            return None
        here = arrest_country(self.doc, m) if _arresting_police(earlier, m.sense.event_type) \
            else None
        if here is not None and here[0] != earlier.country:
            return None  # "… detained in Istanbul. A second man was detained in Athens": Greece's
        words = earlier.antecedent or earlier.text
        return replace(earlier, text="", char_start=None, char_end=None, antecedent=words,
                       country_from=earlier.country_from or "antecedent")

    def _outcome_of(self, m: Mention, target: Actor | None) -> Actor | None:
        """The named doer of the act of force told just before, in the same sentence or the one
        before it, of which a passive of another verb of its kind tells the outcome: "Turkish
        troops launched an offensive ... Dozens of fighters were killed", "Israeli forces raided
        the camp. Three men were arrested"; not when the one it is done to is of the doer's own
        state's forces ("the army shelled the town. Two soldiers were killed": by the other
        side); a coercion not done by force lends no doer ("the government stripped them of
        their citizenship ... they were seized": by someone else)."""
        if m.sense.event_type not in _FORCE_TYPES or not self._done:
            return None
        d = self._done[-1]
        earlier = d.source
        if d.act[1] != m.sense.event_type or d.status != "actual" or not _named(earlier) or \
                d.act[1] == "COERCE" and d.mode not in _FORCE_MODES or \
                earlier is None or not earlier.text or \
                self.sents.index(m.trigger) - self.sents.index(d.at) > 1:
            return None
        if self._received(earlier, m, target) or target is not None and \
                target.sector in STATE_FAMILY and target.country in (None, earlier.country):
            return None
        return replace(earlier, text="", char_start=None, char_end=None, antecedent=earlier.text,
                       country_from=earlier.country_from or "antecedent")

    def _near(self, before: int, at: int) -> bool:
        """Whether token ``before`` is in the sentence of token ``at`` or a few before it."""
        if at - before > _SENTENCE_TOKENS * (_RECENT_SENTENCES + 1):
            return False  # too far however the text is split
        return self.sents.index(at) - self.sents.index(before) <= _RECENT_SENTENCES

    def _received(self, actor: Actor, m: Mention, target: Actor | None) -> bool:
        """Whether ``actor`` is the recipient of the act, or received an earlier act of its
        kind in the story."""
        received = {_who(target)} | {_who(d.target) for d in self._done if d.act == _act(m)}
        return _who(actor) in received or target is not None and group_of(actor) == group_of(target)


def _named_in_patient(trig: Token, actor: Actor | None) -> bool:
    """Whether ``actor``, a doer lent from the story, is named in the phrase of what the passive
    ``trig`` is done to ("a building he and Holmes were guarding was set alight": those it is
    done to, and those it is theirs, are not its doer)."""
    words = set((actor.name or "").lower().split()) if actor is not None else set()
    return bool(words) and any(
        t.pos_ == "PROPN" and t.lower_ in words and t.ent_type_ not in PLACE_LABELS
        for c in trig.children if c.dep_ == "nsubjpass" for t in c.subtree)



def _arresting_police(actor: Actor | None, kind: str) -> bool:
    """Whether an arrester with no words of its own is the police of the country the arrest's
    own sentence placed it in ("was arrested in Istanbul", ``actor_arresters``): named by the
    arrest's own words, as much as a doer its clause names."""
    return kind == "COERCE" and actor is not None and actor.sector == "COP" and \
        actor.country_from == "event place"


def _act(m: Mention) -> tuple[str, str]:
    return m.sense.lemma.lower(), m.sense.event_type


def _named(actor: Actor | None) -> bool:
    """Whether an actor is a named party of a known country ("Kenyan police"), not one the
    story leaves unnamed ("gunmen") nor civilians, whom every side has."""
    return actor is not None and bool(actor.name and actor.country) and \
        actor.sector not in _CIVILIAN


def _is_party(actor: Actor | None) -> bool:
    """Whether a resolved phrase is a party (a name, a country or a sector), not a thing."""
    return actor is not None and bool(actor.name or actor.country or actor.sector)
