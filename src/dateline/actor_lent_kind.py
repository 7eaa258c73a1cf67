"""The doer of a strike told with no doer, from the one side the story has making that kind of
strike.

A war has sides, and a report most often gives each kind of strike to one of them: the air
strikes to the coalition or to the regime's jets, the bombings to an insurgent group, the
shelling to the army. Once the story has named who makes air strikes, it goes on telling them
with no doer ("Coalition jets bombed Isis positions on Monday ... Aid agencies asked for a
pause ... Air strikes hit a bakery in the city"). ``actor_attackers`` lends such an act the one
side attacking in the sentences just before, of whatever kind; this module reaches further back,
over a few news paragraphs, but only for the same kind of deed. The kinds are those of ACLED's
explosions and remote violence, each a weapon's: air or drone strikes, shelling with artillery,
missiles or rockets, bombings (a planted or a suicide bomb), chemical weapons. An act of one of
these kinds with no doer (carried out, tried or foiled, or told by its verb as reported) takes
the doer of that kind of act when, in its sentence and the few before it (and in the phrases
of its own sentence and the next that name such strikes with their doer, ``actor_lent_named``:
a report may tell a strike first and whose strikes they were just after):

- every act of that kind told as done with a doer was done by one and the same party, and at
  least one of them by its own words (not only carried from other acts);
- that party is named, of a known country, a state or an armed group (an air strike: a state),
  not civilians nor one the story leaves unidentified ("gunmen");
- that party was on the receiving end of no act of violence there (a victim is never lent as a
  doer), and the act is not done to it nor to its own side;
- its own sentence tells no other act of violence with a doer (whose words tie the two acts:
  "struck the depot after a bomb killed four farmers" tells the other side's act);
- the act's own phrase places it nowhere and dates it at no time that the sentences of that
  party's acts of the kind do not name (a new place or time may be another story: "died in an
  air strike in January").

The doer is shown as ``actor_retold.lent`` shows a carried doer: no words of its own, the earlier
words as its ``antecedent``, its country marked as coming from there, so that a user can tell it
from a doer the act's own words name.
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from .actor_attackers import TOLD_DONE, a_state, fallback, own_side, own_words, reported
from .actor_retold import Told, lent, named, placed_elsewhere, told_before, who
from .agents import FIGHTS, MADE
from .sectors import STATE_FAMILY, family_sectors

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

    from .code.mention import Mention
    from .records import Actor
    from .sentences import Sentences

__all__ = ["AHEAD", "ARMY_KINDS", "KINDS", "civilian_striker", "kind_attacker", "kind_of"]

#: The kind of strike of each mode of assault: ACLED's sub-events of remote violence.
KINDS = {
    "aerial": "air strike", "drone": "air strike",
    "heavy-weapons": "shelling",
    "explosives": "bombing", "suicide-attack": "bombing",
    "unconventional": "chemical weapon",
}
#: Kinds of strike made with a state's or an army's weapons, never by civilians.
ARMY_KINDS = frozenset({"air strike", "shelling", "chemical weapon"})
#: How many sentences back the side's strikes of the kind may be told: a few news paragraphs.
WINDOW = 10
#: How many sentences after a strike a phrase naming the side's strikes of its kind may be.
AHEAD = 1
_FIGHTING = STATE_FAMILY | family_sectors("armed")
_UNIDENTIFIED = "UAF"
_CIVILIAN = family_sectors("civilian")
#: The plural pronoun a doer is told by.
_THEY = frozenset({"they"})
#: Prepositions and relations by which a phrase dates an act.
_TIMED = frozenset({"prep", "npadvmod", "tmod"})


def kind_of(m: Mention) -> str | None:
    """The kind of strike an assault is, by its mode; ``None`` for another act."""
    if m.sense.event_type != "ASSAULT":
        return None
    return KINDS.get(m.sense.mode or "")


def civilian_striker(actor: Actor | None, m: Mention) -> bool:
    """Whether the doer of a strike of an army's kind (an air strike, shelling, a chemical
    weapon) is a "they" that the document's coreference took for civilians ("the residents
    said ... 'They bombed our homes'"): civilians make no such strike, so the pronoun stands
    for someone the story names otherwise, as one that resolves to no one does."""
    return actor is not None and actor.text.lower() in _THEY and \
        actor.sector in _CIVILIAN and kind_of(m) in ARMY_KINDS


def kind_attacker(doc: Doc, sents: Sentences, m: Mention, target: Actor | None,
                  done: Sequence[Told], ahead: Sequence[Told] = ()) -> Actor | None:
    """The doer of ``m``, a strike with no doer of its own, from the strikes of its kind the
    story told so far (``done``, in text order) and those phrases name with their doer just
    after it (``ahead``: "airstrikes hit the city, while 36 were killed in two coalition
    airstrikes"): see the module. ``None`` where it is not safe."""
    kind = kind_of(m)
    if kind is None or m.sense.lemma.lower() in FIGHTS or \
            m.status not in MADE and not reported(doc, m):
        return None
    before = told_before(sents, m, done, WINDOW)
    here = sents.index(m.trigger)
    if any(sents.index(d.at) == here and d.act[1] == "ASSAULT" and own_words(d.source)
           for d in before):
        return None  # its own sentence ties it to another's act ("struck after a bomb killed")
    alike = [d for d in (*before, *ahead) if d.act[1] == "ASSAULT" and
             KINDS.get(_coded(d) or "") == kind and d.status in TOLD_DONE]
    doers = [d for d in alike if d.source is not None and not fallback(d.source)]
    if not doers or len({who(d.source) for d in doers}) != 1 or \
            not any(own_words(d.source) for d in doers):
        return None  # no side named for the kind, or two
    doer = next((d.source for d in reversed(doers) if d.at < m.trigger), doers[0].source)
    if doer is None:
        return None
    state = doer.sector is None and a_state(doer)  # "the coalition"
    if not named(doer) or doer.sector == _UNIDENTIFIED or \
            doer.sector not in _FIGHTING and not state:
        return None
    if kind == "air strike" and doer.sector not in STATE_FAMILY and not state:
        return None  # an air strike is a state's, never an armed group's
    if own_side(doer, target) or any(
            d.act[1] == "ASSAULT" and d.target is not None and who(d.target) == who(doer)
            for d in before):
        return None  # done to its own side, or a victim of the story's violence
    trig = doc[m.trigger]
    if all(placed_elsewhere(doc, sents, trig, d.at) for d in doers) or \
            _timed_elsewhere(trig, [sents.text_of(sents.index(d.at)) for d in doers]):
        return None
    return lent(doer)


def _coded(d: Told) -> str | None:
    """An earlier act's mode as coded with its doer ("jets struck": aerial), else its word's."""
    return getattr(d, "coded", None) or d.mode


def _timed_elsewhere(words: Token, told: list[str]) -> bool:
    """Whether the act's own phrase dates it ("an air strike in January", "hit the town on 4
    July") by words none of the sentences of the side's acts (``told``) has."""
    head = words.head.head if words.dep_ == "pobj" else words.head \
        if words.pos_ == "NOUN" else words  # the verb a noun of the act hangs from
    dates = [t for c in {*words.children, *head.children} if c.dep_ in _TIMED
             for t in c.subtree if t.ent_type_ == "DATE"]
    if not dates:
        return False
    said = {w for text in told for w in re.findall(r"\w+", text.lower())}  # whole words:
    return not all(t.lower_ in said for t in dates)  # "3 March" is not in "13 March"
