"""The dead and the hurt as recipients, though nothing more is known of them; the buildings
struck, which are no recipients.

"One of the unit was killed", "another 20 were killed two days later": whom a verb of dying,
killing or wounding says died or was hurt is someone, a party to the act done to them, even
when the dictionaries know nothing of the words ("one of the unit", a bare count); they are the
recipient, never the event's object. So are those a noun of force is said to be "under"
("400,000 are under siege"), and the people any verb of force is done to ("shot those trying to
flee", "beat one of the guards"): a pronoun only with the words that say who ("those trying to
flee"; a bare "it" may be a thing shot down), a name only a person's. A thing or a place struck
("the building was destroyed") is not read so. A town an act of force struck is where it was
done when the act's own clause names whom it killed or wounded ("shelled Douma, killing 12
people": the 12 people).

"Jets bombed the hospital", "two schools were hit": a building of the common life an act of
force strikes is the event's object; the party is the people in it, when named, or the side
of the place it stands in (as for a town struck), never the building.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..actor_places import gazetteer_country
from ..records import Actor
from ..wordclasses import word_class
from .casualties import is_casualty
from .phrases import a_place, names_people, np_span
from .recipient_deaths import dead_of
from .recipient_made import common_place
from .recipient_tolls import left_dead, toll_in_clause
from .words import INJURE, counted, is_kill

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

    from .mention import Mention

__all__ = ["struck_person", "struck_site", "victims_in_place"]

#: Parts of speech of the words that can name the dead: a noun, a name, a count, a pronoun.
_WHO_POS = frozenset({"NOUN", "PROPN", "NUM", "PRON"})
#: Constructions whose recipient words name whom the act struck: a verb of dying, killing or
#: wounding, and a noun of force the struck are "under" ("are under siege").
_STRIKING = frozenset({"verb", "under"})
#: Buildings of the common life ("the hospital", "a school"): things struck, not parties.
_SITES = word_class("struck_sites")
#: Event types of acts of force done to people ("shot", "beat", "detained").
_HITTING = frozenset({"ASSAULT", "COERCE"})
#: Phrases on a pronoun that say who it is ("those trying to flee", "those who resisted").
_SAYING_WHO = frozenset({"acl", "relcl", "prep"})
#: Event types of acts of force that strike a building.
_FORCE = frozenset({"ASSAULT"})


def struck_person(doc: Doc, m: Mention, target: Actor | None, acted_on: str | None
                  ) -> tuple[Actor | None, str | None]:
    """The recipient and the object of the mention ``m``, with the words the coder found for
    whom a verb of dying, killing or wounding, or of force, struck made the recipient when
    the actor stage read no party in them."""
    casualty = m.construction != "verb" or is_casualty(doc[m.trigger])
    if target is not None or m.target is None or m.construction not in _STRIKING or (
            not casualty and m.sense.event_type not in _HITTING):
        return struck_site(doc, m, target, acted_on)
    span = doc[m.target[0]:m.target[1]]
    root = span.root  # "one of the unit": one of its members, a count of people
    if not _those_doing(span) and (root.pos_ not in _WHO_POS or not names_people(root) or (
            not casualty and not _people_words(root))):
        return target, acted_on
    text = span.text
    return Actor(text=text, char_start=span.start_char, char_end=span.end_char), \
        None if acted_on == text else acted_on


def _people_words(root: Token) -> bool:
    """Whether the words an act of force is done to say they are people: a common noun, a
    count, a person's name (not a name the actor stage read as no party, most often a town's:
    "Afrin was attacked"), a pronoun with words that say who ("those who resisted")."""
    if root.pos_ == "PROPN":
        return root.ent_type_ == "PERSON"
    return root.pos_ != "PRON" or any(c.dep_ in _SAYING_WHO for c in root.children)


def _those_doing(span: Span) -> bool:
    """Whether words are "those" and a participle ("those attempting desertion", "those
    wounded"): people, the ones doing or done to, whatever noun the parse makes their head."""
    return len(span) > 1 and span[0].lower_ == "those" and span[1].tag_ in ("VBG", "VBN")


def struck_site(doc: Doc, m: Mention, target: Actor | None, acted_on: str | None
                ) -> tuple[Actor | None, str | None]:
    """No recipient, and the building as the event's object, when the recipient of an act of
    force is a building of the common life ("bombed two hospitals in Idlib"); else the
    recipient and the object unchanged."""
    if target is None or m.sense.event_type not in _FORCE or target.char_start is None or \
            target.char_end is None or target.antecedent:
        return target, acted_on
    span = doc.char_span(target.char_start, target.char_end, alignment_mode="expand")
    root = None if span is None else counted(span.root)  # "15 of the 20 hospitals": hospitals
    if root is None or root.lower_ not in _SITES and root.lemma_.lower() not in _SITES:
        return target, acted_on
    return None, acted_on or target.text


def _killed(act: Token) -> Token | None:
    """The object of the killing or wounding clause of an act of force ("shelled the town,
    killing 12 people"), or of the killing an act's noun is the subject of ("an airstrike on
    the town killed 12 people"), when it names people."""
    acts = [act]
    if act.pos_ in ("NOUN", "PROPN") and act.dep_ in ("nsubj", "dobj", "obj"):
        acts.append(act.head)
    clauses = [c for a in acts for c in a.children if c.dep_ in ("advcl", "conj")]
    for clause in (*acts[1:], *clauses):
        if (left := left_dead(clause)) is not None:
            return left  # "an air strike left 15 children dead", "leaving 20 people dead"
        if clause.pos_ != "VERB" or not (is_kill(clause) or clause.lemma_.lower() in INJURE):
            continue
        obj = next((g for g in clause.children if g.dep_ in ("dobj", "obj")), None)
        if obj is not None and names_people(obj):
            return obj
    return dead_of(act) or toll_in_clause(act)  # "died when jets bombed", "in which 7 died"


def _dead_of(doc: Doc, m: Mention, resolve: Callable[..., Actor | None]) -> Actor | None:
    """Whom an act with no recipient was done to: those its own clause says it killed or
    wounded ("raids killed at least 90"), or those the verb of dying or wounding its "when"
    clause hangs on names ("two guards died when gunmen stormed the compound"); not its doer."""
    dead = _killed(doc[m.trigger])
    if dead is None or m.source is not None and m.source[0] <= dead.i < m.source[1]:
        return None
    words = np_span(dead)
    found = resolve(words, doer=False)
    span = doc[words[0]:words[1]]
    return found or Actor(text=span.text, char_start=span.start_char, char_end=span.end_char)


def victims_in_place(doc: Doc, m: Mention, target: Actor | None, acted_on: str | None,
                     resolve: Callable[..., Actor | None]) -> tuple[Actor | None, str | None]:
    """The recipient and the object of an act of force whose recipient words name a place
    ("shelled Douma, killing 12 people"): those it killed or wounded, named by its own clause,
    are whom it was done to (the town is where); else the recipient and the object
    unchanged."""
    if m.sense.event_type in _FORCE and target is None:  # "died when a missile hit the
        # convoy", "raids this month killed at least 90", "bombed a market, killing 12"
        dead = _dead_of(doc, m, resolve)
        return dead, None if dead is not None and dead.text == acted_on else acted_on
    if m.sense.event_type not in _FORCE or target is None or target.char_start is None or \
            target.char_end is None or target.antecedent:
        return target, acted_on
    span = doc.char_span(target.char_start, target.char_end, alignment_mode="expand")
    if span is None or (target.name or target.sector) and not (
            common_place(span.root) and target.sector in (None, "CVL")) or not (
            a_place(counted(span.root)) or gazetteer_country(span.text, doc) is not None):
        return target, acted_on  # (a name the dictionaries know as a party is one; a town's
        # people read as its civilians are no party named: "shelled the town, killing 12")
    victims = _killed(doc[m.trigger])
    if victims is None or span.start <= victims.i < span.end:
        return target, acted_on
    found = resolve(np_span(victims), doer=False)
    return (target, acted_on) if found is None else (found, acted_on or target.text)
