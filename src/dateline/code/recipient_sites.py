"""The people a building of the common life serves, as the recipient of an act of force on it.

"Jets bombed the hospital", "seven hospitals have been hit", "an airstrike on two schools": the
building is what was struck; whom the act was done to are those who use it. When the act's own
words name no one else (neither the dead nor the side holding the place,
:mod:`.recipient_victims`, :mod:`.recipient_held`), the recipient is the building's people, of
the sector its kind says (a hospital's are health workers and patients, a school's education, a
mosque's a religious community; a market's or a bakery's the people at large), in the country
of the place struck. Its words are the building's. A building put to another use ("a school
used as a base by the rebels", "a school where soldiers were based", "a former school") serves
no such people: the act is not read as done to them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..actor_country_names import named_for_country, state_label
from ..actor_dictionary import load_dictionary
from ..records import Actor
from ..wordclasses import word_class
from .words import FORCE_TYPES, counted

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..records import Place
    from .mention import Mention

__all__ = ["site_people"]

#: Buildings of the common life an act of force strikes ("the hospital", "a market").
_SITES = word_class("struck_sites")
#: The sector of the people a kind of building serves; the rest serve the people at large.
_SECTOR_OF = dict(pair.split("=", 1) for pair in word_class("site_sectors"))
_PEOPLE = "CVL"
#: Prepositions of a noun of force that name what it strikes ("an airstrike on the hospital").
_ON = frozenset({"on", "against"})
#: Modes of force that strike no building's people (a withdrawal, a deployment).
_NOT_STRIKING = frozenset({"withdraw", "troops", "militia", "weapons"})
#: Words of a building put to another use, in a clause on it ("used as a base", "where
#: fighters were based", "occupied by troops"), or said of what it was ("a former school").
_OTHER_USE = frozenset({"base", "occupy", "station", "hide", "garrison", "convert", "turn",
                        "seize", "stockpile", "headquarters", "barracks"})
_NO_LONGER = frozenset({"former", "disused", "abandoned"})


def _site(tok: Token | None) -> Token | None:
    """The building a word names, through a count ("two of the hospitals"); else ``None``."""
    if tok is None:
        return None
    tok = counted(tok)
    return tok if tok.pos_ == "NOUN" and (
        tok.lower_ in _SITES or tok.lemma_.lower() in _SITES) else None


def _struck(doc: Doc, m: Mention) -> Token | None:
    """The words naming the building the act strikes (a count of them: "two of the
    hospitals"): its recipient's words, the object or the passive subject
    of its verb, the "on" phrase of its noun, or the object of the verb its noun is the subject
    of ("airstrikes hit two hospitals")."""
    trig = doc[m.trigger]
    words = [doc[m.target[0]:m.target[1]].root] if m.target is not None else []
    if trig.pos_ == "VERB":
        words += [c for c in trig.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    else:
        words += [g for p in trig.children if p.dep_ == "prep" and p.lower_ in _ON
                  for g in p.children if g.dep_ == "pobj"]
        if trig.dep_ == "nsubj":
            words += [c for c in trig.head.children if c.dep_ in ("dobj", "obj")]
    if m.source is not None:
        words = [w for w in words if not m.source[0] <= w.i < m.source[1]]
    return next((w for w in words if _site(w) is not None), None)


def _put_to_other_use(site: Token) -> bool:
    """Whether a building is said to be put to another use than its kind's ("a school used as
    a base", "a school where soldiers were based", "a former school")."""
    if any(c.dep_ == "amod" and c.lower_ in _NO_LONGER for c in site.children):
        return True
    return any(t.lemma_.lower() in _OTHER_USE or t.lemma_.lower() == "use" and any(
        g.dep_ == "prep" and g.lower_ == "as" for g in t.children)
        for c in site.children if c.dep_ in ("acl", "relcl") for t in c.subtree)


def _conjoined(site: Token) -> list[Token]:
    """The buildings of a coordination ("a school and a market"), the first one's included."""
    out = [site]
    for conj in site.conjuncts:
        if conj.i > site.i and (more := _site(conj)) is not None:
            out.append(more)
    return out


def site_people(doc: Doc, m: Mention, place: Place | None, country: str | None
                ) -> Actor | None:
    """The people of the building an act of force strikes, as its recipient, or ``None`` when
    the act strikes none: of the sector the building's kind says (the people at large when
    buildings of several kinds are struck), in the country of the event's ``place`` or else
    ``country`` (the state the place struck was read as)."""
    if m.sense.event_type not in FORCE_TYPES or m.sense.mode in _NOT_STRIKING:
        return None
    words = _struck(doc, m)
    site = _site(words)
    if words is None or site is None:
        return None
    sites = _conjoined(site)
    if any(_put_to_other_use(s) for s in sites):
        return None
    sectors = {_SECTOR_OF.get(s.lower_) or _SECTOR_OF.get(s.lemma_.lower(), _PEOPLE)
               for s in sites}
    sector = sectors.pop() if len(sectors) == 1 else _PEOPLE
    span = doc[min(words.left_edge.i, site.left_edge.i):sites[-1].i + 1]
    where = place.country if place is not None and place.country else country
    label = state_label(sector, None)  # ("Kano civilians"; health workers have no label)
    name = None if label is None else named_for_country(
        load_dictionary(), Actor(text=span.text, sector=sector), where) if where else label
    return Actor(text=span.text, name=name, country=where, sector=sector,
                 char_start=span.start_char, char_end=span.end_char,
                 country_from="place struck" if where else None)
