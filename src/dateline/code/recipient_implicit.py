"""The party an act is done to when its own words name a place or no one.

The recipient of an act is the party it is done to or aimed at. When an event's recipient is
empty or a place, that party is looked for, and filled only when one candidate is clearly
right for the kind of act:

- an act of force on a place is done to the side holding it, as the article states it
  (:mod:`.recipient_held`: "Isis-held", "under the control of", "the YPG's stronghold");
- a meeting or talks are held with their counterpart: the party of a "with" phrase the act's
  clause sets on the act, its light verb, or a place or time of the act ("held talks in Geneva
  with the UN envoy").

A thing read as the doer's own state by its adjective ("a US official sought US funds") names
no other party: it is no recipient, and the party is looked for as when none is named.

Where the party came from is kept in the event's ``rule`` (``+held_place``, ``+counterpart``,
``+purpose_party``, ``+ordered_party``, ``+deal_party``, ``+medium``: the outlet a statement
was told to, :mod:`.recipient_media`; ``+site_people``: the people of a building struck,
:mod:`.recipient_sites`; ``+letter_party``: whom the message an act of words is made in is
addressed to, :mod:`.recipient_letters`);
a party named in another sentence has no words of its own here (``text`` empty, its words as
``antecedent``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..actor_places import gazetteer_country, proper_name
from ..place_abroad import OWN_WORDS
from ..records import Actor
from ..tokens import parse_text
from ..wordclasses import word_class
from .phrases import a_place, np_span, thing
from .joint_parties import with_party
from .recipient_allies import allied_conjuncts, kept_words, toll_heads
from .recipient_deals import deal_party
from .recipient_few import few_named
from .recipient_predicated import predicated_subject
from .recipient_held import holder_named, holder_of
from .recipient_letters import letter_addressee
from .recipient_occupants import occupants
from .recipient_ordered import ordered_party
from .recipient_purposes import purpose_party
from .recipient_media import medium_told
from .recipient_resisted import resisting_party
from .recipient_sites import site_people
from .recipient_struck import struck_place
from .recipient_told import told_party
from .words import APPRAISALS, FORCE_TYPES, definite

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

    from ..records import Place
    from .mention import Mention

__all__ = ["implicit_recipient"]

#: Sectors of a town's name read as its people, or of no party at all.
_NO_SIDE = (None, "CVL")
#: Where a country read from a place (not a party's own words) came from.
_PLACE_READ = frozenset({"place struck", "event place"})
#: Acts whose recipient is whom they are held with.
_WITH_TYPES = frozenset({"CONSULT"})
#: Sectors of the armed sides a people's adjective may stand for as a holder of ground.
_ARMED_SIDES = frozenset({"REB", "UAF"})
#: Entity kinds that name a party.
_NAMED_PARTIES = frozenset({"ORG", "GPE", "NORP", "PERSON"})
#: Sectors a country's name is read as.
_STATE_SECTORS = frozenset({None, "GOV"})
#: Prepositions of where an act is done ("in Iraq"), which names no party it is aimed at.
_WHERE = word_class("where_preps")
#: Prepositions of where forces are sent ("sent forces to Niger"), the scene of a mobilization.
_SENT_TO = word_class("where_preps_done_to")
#: Modes of force done to no holder of the ground (a withdrawal, a deployment).
_NOT_TO_HOLDER = frozenset({"withdraw", "troops", "militia", "weapons"})
#: Acts of force done for the holder of the place, not to it ("to defend the city").
_DEFENDING = frozenset({"defend", "protect", "guard", "secure", "hold", "reinforce", "patrol",
                        "defence", "defense"})
#: Precisions of an event's place that name a town or a district, not a region or a country.
_TOWN_PRECISIONS = frozenset({1, 2})


def _placeish(doc: Doc, target: Actor | None) -> bool:
    """Whether a recipient is no party: missing, or a place read as its state or its people."""
    if target is None:
        return True
    if target.antecedent or target.sector not in _NO_SIDE:
        return False
    if target.country_from in _PLACE_READ or not target.text:
        return True
    if target.char_start is None or target.char_end is None:
        return False
    span = doc.char_span(target.char_start, target.char_end, alignment_mode="expand")
    return span is not None and a_place(span.root) and (  # a town's name read as its people
        target.name is None or target.sector == "CVL")


def _same(a: Actor, b: Actor | None) -> bool:
    return b is not None and bool(a.name or a.text) and (a.name or a.text) in (b.name, b.text)


def _same_words(a: Actor, b: Actor | None) -> bool:
    """Whether two actors are the same party: their words overlap when both have words in the
    text, as "the jihadists" and "Kurdish fighters" do not though both are "rebels"; else
    their names."""
    if b is None or a.char_start is None or a.char_end is None or b.char_start is None or \
            b.char_end is None or a.antecedent or b.antecedent:
        return _same(a, b)
    return a.char_start < b.char_end and b.char_start < a.char_end


def _actor(doc: Doc, m: Mention, words: tuple[int, int], target: Actor | None,
           place: Place | None, resolve: Callable[..., Actor | None], *,
           struck: bool = False) -> Actor | None:
    """The actor of the words ``words``, told as the recipient of ``m``. The words of a place
    struck (``struck``) stay the recipient's words, as for "the rebel-held enclave"; else its
    own words when they are in the act's sentence; a party named elsewhere keeps its words as
    ``antecedent``."""
    found = resolve(words, doer=False)
    if found is None or not (found.name or found.sector):
        return None
    country = target.country if target is not None else None
    country = country or (place.country if place is not None else None)
    if found.country is None and country:  # the rebels of the place held
        found = replace(found, country=country, country_from="place held")
    sent = doc[m.trigger].sent
    here = sent.start <= words[0] < sent.end
    if struck and m.target is not None:
        if target is not None and target.text and target.char_start is not None:
            start, end = target.char_start, target.char_end
        else:
            span = doc[m.target[0]:m.target[1]]
            start, end = span.start_char, span.end_char
        return replace(found, text=parse_text(doc)[start:end], char_start=start, char_end=end,
                       antecedent=None if here else found.antecedent or found.text)
    if here:
        return found
    return replace(found, text="", char_start=None, char_end=None,
                   antecedent=found.antecedent or found.text)


def _people_side(doc: Doc, adj: Token, before: int,
                 resolve: Callable[..., Actor | None]) -> tuple[int, int] | None:
    """The armed side a people's adjective stands for as a holder ("the Kurdish enclave"): the
    latest armed group the article names with that adjective before the act ("the Kurdish
    YPG", "Kurdish militias", "the Kurdish people's protection units"), else the first after
    it; ``None`` for none."""
    found: list[tuple[int, int]] = []
    for tok in doc:
        if tok.lower_ != adj.lower_ or tok.i == adj.i or tok.head.pos_ not in ("NOUN", "PROPN"):
            continue
        head = tok.head
        while head.dep_ in ("poss", "compound") and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head  # "the Kurdish women's protection units": the units
        words = np_span(head, with_conj=False)
        if a_place(head) or thing(head) and not any(  # ("protection units (YPG)": named)
                t.pos_ == "PROPN" for t in doc[words[0]:words[1]]):
            continue
        actor = resolve(words, doer=False)
        if actor is not None and actor.sector in _ARMED_SIDES:
            found.append(words)
    earlier = [w for w in found if w[0] < before]
    return earlier[-1] if earlier else found[0] if found else None


def _held(doc: Doc, m: Mention, target: Actor | None, source: Actor | None,
          place: Place | None, resolve: Callable[..., Actor | None]) -> Actor | None:
    """The holder of the place an act of force strikes, when the act names no party: the
    place its recipient's words or object name, else one it strikes outside them ("the town
    was under attack", :mod:`.recipient_struck`), else, for a country named only as the scene
    ("an offensive in Syria"), the town the act is placed at."""
    if m.sense.event_type not in FORCE_TYPES or m.sense.mode in _NOT_TO_HOLDER or \
            m.sense.lemma.lower() in _DEFENDING:
        return None
    placeish = _placeish(doc, target) or _town_as_state(doc, target)
    scene = not placeish and _scene(doc, m, target)
    if not (scene or placeish):
        return None
    where = place.name if place is not None else None
    words, struck = None, m.target is not None and not scene
    if struck and m.target is not None:
        words = holder_of(doc, m.target, where)
        obj = next((c for c in doc[m.trigger].children if c.dep_ in ("dobj", "obj")), None)
        if words is None and obj is not None and not m.target[0] <= obj.i < m.target[1]:
            words = holder_of(doc, (obj.i, obj.i + 1), where)  # "pounded rebel positions in X"
    if words is None and not scene:
        ground = struck_place(doc, m)  # "the town was under attack", "took control of X"
        if ground is not None:
            words, struck = holder_of(doc, (ground.i, ground.i + 1), where), False
    elif scene and place is not None and place.precision in _TOWN_PRECISIONS:
        words = holder_named(doc, place.name, m.trigger)  # "an offensive in Syria", at Afrin
    if words is None or m.source is not None and (
            m.source[0] <= words[0] < m.source[1]):
        return None
    if words[1] - words[0] == 1 and doc[words[0]].ent_type_ == "NORP":  # "Kurdish"
        said = resolve(words, doer=False)
        if said is None or not (said.name or said.sector):
            words = _people_side(doc, doc[words[0]], m.trigger, resolve)
            if words is None:
                return None
    found = _actor(doc, m, words, target, place, resolve, struck=struck)
    return None if found is None or _same(found, source) or _one_side(found, source) or \
        _its_body(found, source) else found


def _town_as_state(doc: Doc, target: Actor | None) -> bool:
    """Whether the recipient is a town's name the dictionaries read as its state ("Raqqa" as
    Syria), not a country's own name nor a capital read as its government ("Damascus" as the
    Syrian government, of sector GOV): the place struck, whose holder, when the article says
    it, is the party struck."""
    if target is None or target.sector is not None or target.antecedent or \
            target.char_start is None or target.char_end is None:
        return False
    span = doc.char_span(target.char_start, target.char_end, alignment_mode="expand")
    return span is not None and span.root.pos_ == "PROPN" and not _country_name(span) and \
        span.root.ent_type_ in ("GPE", "LOC", "") and (a_place(span.root) or gazetteer_country(
            proper_name(span.root).text, doc) is not None)  # ("Raqqa", tagged as no entity)


def _its_body(holder: Actor, doer: Actor | None) -> bool:
    """Whether the holder found is the body the doer belongs to ("YPG fighters fought for
    Afrin", which the YPG holds): ground a side fights for that it holds is no ground taken
    from another."""
    return doer is not None and holder.name is not None and holder.name == doer.parent


def _one_side(holder: Actor, doer: Actor | None) -> bool:
    """Whether the holder found is a side the dictionaries give no proper name (none, or a
    common noun's: "rebels") of the doer's own sector and country ("Turkish-backed rebels took
    the town" the article says "rebels" hold: a holding told of a time before the act, or of
    the doer itself)."""
    return doer is not None and (holder.name or "").lower() == (holder.name or "") and \
        holder.sector is not None and \
        holder.sector == doer.sector and holder.country == doer.country


def _country_name(span: Span) -> bool:
    """Whether words are a country's name, whatever the parse tags them ("Niger")."""
    from ..actor_dictionary import load_dictionary
    return span.text.lower() in load_dictionary().countries


def _scene(doc: Doc, m: Mention, target: Actor | None) -> bool:
    """Whether the recipient is the country of a phrase of where the act is done, hung on the act
    or its light verb ("operations in Iraq"), or where forces are mobilized to ("sent forces to
    Niger"): a scene, which a party the act is aimed at replaces as its recipient."""
    if target is None or target.char_start is None or target.char_end is None or \
            target.sector not in _STATE_SECTORS:
        return False
    span = doc.char_span(target.char_start, target.char_end, alignment_mode="expand")
    if span is None or not (span.root.ent_type_ == "GPE" or a_place(span.root) or
                            _country_name(span)):
        return False
    prep, act = span.root.head, doc[m.trigger]
    where = _SENT_TO if m.sense.event_type == "MOBILIZE" else _WHERE
    return span.root.dep_ == "pobj" and prep.lower_ in where and prep.head in (act, act.head)


def _aimed(doc: Doc, m: Mention, target: Actor | None, source: Actor | None,
           place: Place | None, resolve: Callable[..., Actor | None]
           ) -> tuple[Actor, str] | None:
    """The party an act of force, a threat or a mobilization is aimed at, named by its
    purpose ("sent forces to oust the militants"), the one that withstands it ("repelled
    an attack") or the one staying in the premises it strikes; or the party a commitment,
    refusal, demand or threat is told to; or the party ordered to carry out an act; when the
    act names no party. With the tag of the event's ``rule`` that says which."""
    if not (_placeish(doc, target) or _scene(doc, m, target)):
        return None
    words = purpose_party(doc, m, place.name if place is not None else None) or \
        resisting_party(doc, m) or occupants(doc, m) or told_party(doc, m, source)  # "repelled
    # an attack", "raided the house where the suspect was staying", "told X it would not accept"
    tag = "+purpose_party"
    if words is None:
        words, tag = ordered_party(doc, m), "+ordered_party"  # "an inquiry ordered by X"
    if words is None:
        return None
    found = _actor(doc, m, words, None, place, resolve)
    return None if found is None or _same_words(found, source) else (found, tag)


def _earlier_with(trig: Token) -> Token | None:
    """The party of the "with" phrase of an earlier mention of the same talks in the sentence
    before, when the act is told again by a definite noun that names none ("the talks")."""
    if trig.pos_ != "NOUN" or not definite(trig) or any(
            c.dep_ in ("prep", "poss", "compound", "amod") for c in trig.children):
        return None
    sent = trig.sent
    start = sent.start - 1 if sent.start > 0 else 0
    before = trig.doc[start].sent if sent.start > 0 else sent
    for tok in (*before, *sent):
        if tok.i >= trig.i:
            break
        if tok.lemma_ == trig.lemma_ and tok.pos_ == "NOUN":
            found = with_party(tok) or (
                with_party(tok.head) if tok.dep_ in ("dobj", "obj") else None)
            if found is not None:
                return found
    return None


def _counterpart(doc: Doc, m: Mention, target: Actor | None, source: Actor | None,
                 place: Place | None, resolve: Callable[..., Actor | None]) -> Actor | None:
    """Whom talks or a meeting are held with, when the act names no party."""
    if m.sense.event_type not in _WITH_TYPES or m.sense.mode == "visit" or \
            not _placeish(doc, target):
        return None
    trig = doc[m.trigger]
    tok = with_party(trig)
    if tok is None and trig.dep_ in ("dobj", "obj") and trig.pos_ == "NOUN":
        tok = with_party(trig.head)  # "held talks in Geneva with the envoy"
    if tok is None:
        tok = _earlier_with(trig)  # "… talks with the envoy. The talks ended on Friday."
    if tok is None or m.source is not None and m.source[0] <= tok.i < m.source[1]:
        return None
    found = _actor(doc, m, np_span(tok, with_conj=False), None, None, resolve)
    return None if found is None or _same(found, source) else found


def _own_thing(doc: Doc, m: Mention, target: Actor | None, source: Actor | None) -> bool:
    """Whether the recipient is a thing read as the doer's own state by its adjective ("sought
    Kenyan state funds", said of a Kenyan minister): the doer's own thing, which names no other
    party the act is done to. Only a doer whose country is its own words' ("the government"
    lent Iran's by "froze Iranian assets" is not the owner). A thing appraised keeps
    its author ("rejected a Russian proposal": some other Russian body's, perhaps)."""
    if m.sense.event_type in APPRAISALS or target is None or source is None or \
            source.country_from not in OWN_WORDS or target.sector is not None or \
            target.antecedent or target.country is None or \
            target.country != source.country or target.char_start is None or \
            target.char_end is None:
        return False
    span = doc.char_span(target.char_start, target.char_end, alignment_mode="expand")
    return span is not None and thing(span.root) and not a_place(span.root) and not any(
        t.ent_type_ in _NAMED_PARTIES for t in span if t.i > span.root.i)  # not "support
    # from the Montenegro Assembly": a party named in the thing's own phrase


def _medium(doc: Doc, m: Mention, target: Actor | None, source: Actor | None,
            resolve: Callable[..., Actor | None]) -> Actor | None:
    """The outlet a statement that names no party was told to ("told the newspaper"), as
    its hearer: the dictionaries' reading of its words, else a medium known by its words."""
    words = medium_told(doc[m.trigger], m) if _placeish(doc, target) else None
    if words is None:
        return None
    found = resolve(words, doer=False)
    if found is None or not (found.name or found.sector):
        span = doc[words[0]:words[1]]
        found = Actor(text=span.text, sector="MED", char_start=span.start_char,
                      char_end=span.end_char)
    return None if _same_words(found, source) else found


def implicit_recipient(doc: Doc, m: Mention, target: Actor | None, source: Actor | None,
                       place: Place | None, resolve: Callable[..., Actor | None]
                       ) -> tuple[Actor | None, Mention]:
    """The recipient of ``m``: ``target``, or when it is missing or a place, the holder of the
    place struck or the counterpart of talks; the mention's ``rule`` says which was used. A
    thing of the doer's own state is no recipient."""
    if _own_thing(doc, m, target, source):
        target = None
    heads = toll_heads(doc, m, target)  # "the offensive killed civilians and its proxies"
    allied = allied_conjuncts(heads, source, resolve)
    if allied:
        kept = kept_words(heads, allied)
        target = _actor(doc, m, kept, None, place, resolve) if kept else None
        m = replace(m, rule=m.rule + "-allied")
    target = few_named(doc, m, target)  # "the pair were detained": the two people named
    said_to_be = predicated_subject(doc, target)  # "Holt is the first person prosecuted"
    named = None if said_to_be is None else resolve(said_to_be, doer=False)
    if named is not None and named.text and not _same_words(named, source):
        target = replace(named, sector=named.sector or target.sector)  # (the journalist's)
    held = _held(doc, m, target, source, place, resolve)
    if held is not None:
        return held, replace(m, rule=m.rule + "+held_place")
    aimed = _aimed(doc, m, target, source, place, resolve)
    if aimed is not None:
        return aimed[0], replace(m, rule=m.rule + aimed[1])
    other = _counterpart(doc, m, target, source, place, resolve)
    if other is not None:
        return other, replace(m, rule=m.rule + "+counterpart")
    dealt = deal_party(doc, m, target)  # "agreed to pay a fine in a settlement with regulators"
    other = None if dealt is None else _actor(doc, m, np_span(dealt, with_conj=False), None,
                                              None, resolve)
    if other is not None and not _same(other, source):
        return other, replace(m, rule=m.rule + "+deal_party")
    heard = _medium(doc, m, target, source, resolve)
    if heard is not None:
        return heard, replace(m, rule=m.rule + "+medium")
    written = letter_addressee(doc[m.trigger], m) if target is None else None
    addressed = None if written is None else _actor(doc, m, written, None, None, resolve)
    if addressed is not None and not _same(addressed, source):  # "a letter to the UN asking"
        return addressed, replace(m, rule=m.rule + "+letter_party")
    users = site_people(doc, m, place, target.country if target is not None else None) \
        if _placeish(doc, target) else None  # "bombed the hospital": its people
    if users is not None:
        return users, replace(m, rule=m.rule + "+site_people")
    return target, m
