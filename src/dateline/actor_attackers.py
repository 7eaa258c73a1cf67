"""The doer of an attack told with no doer, where the story names one side attacking near it.

An attack, a bombing, a killing or a shelling is often told with no doer in its clause ("three
soldiers were killed in an ambush", "a car bomb exploded in the market") in a report that has
just named the one armed party carrying out such acts ("the Taliban launched attacks on
checkpoints", "Israeli strikes hit the city"). Such an act of violence (an assault that was
carried out, tried or foiled, or that its verb tells as reported: "were reportedly killed")
is given that party as its doer when, in the few sentences before its own (a news paragraph
or two), the story tells acts of violence done by exactly one party
and no other, and its own sentence tells no other act of violence with a doer (whose words tie
the two acts: "struck the bases after a rocket attack killed a contractor" tells the other
side's act):

- the party is named, of a known country, and a state, an armed group or a party of no known
  sector that stands for a state ("the coalition"), not civilians nor one the story leaves
  unidentified ("a bomber", "gunmen");
- no other party did an act of violence there, named or not ("gunmen opened fire"), and no
  armed party or state force was on the receiving end of one there (two sides fighting: whose
  act this is the story does not say);
- the act is not done to the party itself nor to its own side (a state's forces, an armed
  group of the same country: "the army shelled the town ... two soldiers were killed");
- the act's own phrase places it nowhere the earlier sentence does not ("... a car bomb exploded
  in Herat" after strikes told in Kabul).

Otherwise the act keeps the doer it had (none, or an unidentified armed group of its place).
The doer is shown as ``actor_retold.lent`` shows a carried doer: no words of its own, the
earlier words as its ``antecedent``, its country marked as coming from there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_dictionary import load_dictionary
from .agents import FIGHTS, MADE
from .actor_retold import Told, lent, named, placed_elsewhere, side, told_before, who
from .sectors import FORCE_SECTORS, STATE_FAMILY, family_sectors

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc

    from .code.mention import Mention
    from .records import Actor
    from .sentences import Sentences

__all__ = ["TOLD_DONE", "a_state", "fallback", "own_side", "own_words", "reported",
           "story_attacker"]

#: How many sentences back the attacking side may be named: about a news paragraph and the one
#: before it.
WINDOW = 3
#: Statuses of an act the story tells as done, on its own word or on someone's.
TOLD_DONE = MADE | {"alleged"}
#: Sectors of a party that carries out acts of violence: a state's and armed groups'.
_FIGHTING = STATE_FAMILY | family_sectors("armed")
#: The sector of the fallback doer, an armed group the story does not identify.
_UNIDENTIFIED = "UAF"


def story_attacker(doc: Doc, sents: Sentences, m: Mention, target: Actor | None,
                   done: Sequence[Told]) -> Actor | None:
    """The doer of ``m``, an act of violence with no doer of its own, from the acts of the
    story so far (``done``, in text order): see the module. ``None`` where it is not safe."""
    if m.sense.event_type != "ASSAULT" or m.sense.lemma.lower() in FIGHTS or \
            m.status not in MADE and not reported(doc, m):
        return None  # (a fight told by its word is waged by two sides)
    here = sents.index(m.trigger)
    violent = [d for d in told_before(sents, m, done, WINDOW) if d.act[1] == "ASSAULT"
               and d.status in TOLD_DONE]  # (not an act denied, threatened or asked for)
    if any(sents.index(d.at) == here and own_words(d.source) for d in violent):
        return None  # its own sentence ties it to another's act ("hit bases after an attack")
    # doers the story names there, in words or carried from words (not the unidentified group
    # given where none is named)
    doers = [d.source for d in violent if d.source is not None and not fallback(d.source)]
    if not doers or len({who(a) for a in doers}) != 1:
        return None  # no side named, or two
    if not any(own_words(d.source) and who(d.source) == who(doers[-1])
               for d in told_before(sents, m, done, 2 * WINDOW) if d.status in TOLD_DONE):
        return None  # carried on and on: the side's own words are too far back
    if any(d.target is not None and d.target.sector in FORCE_SECTORS for d in violent):
        return None  # a fight: the side struck may strike back
    doer = doers[-1]
    state = doer.sector is None and a_state(doer)  # a state named with no sector
    if not named(doer) or doer.sector == _UNIDENTIFIED or doer.sector not in _FIGHTING and \
            not state:
        return None
    if m.sense.mode == "aerial" and doer.sector not in STATE_FAMILY and not state:
        return None  # an air strike is a state's, never an armed group's
    if own_side(doer, target):
        return None
    last = next(d for d in reversed(violent) if d.source is doer)
    if placed_elsewhere(doc, sents, doc[m.trigger], last.at):
        return None
    return lent(doer)


def reported(doc: Doc, m: Mention) -> bool:
    """Whether ``m`` is a deed told as others report it done, by its verb ("were reportedly
    killed"): told done as much as the side's own deeds the story reports; not an allegation
    told by a noun ("allegations of torture"), whose makers the act's own words name."""
    return m.status == "alleged" and doc[m.trigger].pos_ == "VERB"


def a_state(actor: Actor) -> bool:
    """Whether a party of no known sector is a state: its name is its country's ("the
    coalition" a report's country stands for), not a person's."""
    return actor.name == load_dictionary().country_names.get(actor.country or "")


def fallback(actor: Actor) -> bool:
    """Whether a doer is the unidentified armed group given where the story named none."""
    return actor.sector == _UNIDENTIFIED and not actor.text and not actor.antecedent


def own_words(actor: Actor | None) -> bool:
    """Whether a doer is the act's own (its words or a modifier of the act's: "Turkish
    strikes", "the coalition" that coreference resolves), not carried from another act (no
    words of its own) nor the unidentified group."""
    return actor is not None and bool(actor.text) and not fallback(actor)


def own_side(doer: Actor, target: Actor | None) -> bool:
    """Whether an act's recipient is the doer or of its own side: its country (or an unknown
    one) and its family of sectors (the army's soldiers, not a rebel group's enemies)."""
    if target is None:
        return False
    if who(target) == who(doer):
        return True
    country, fam = side(doer)
    t_country, t_fam = side(target)
    return target.sector is not None and t_fam == fam and t_country in (None, country)
