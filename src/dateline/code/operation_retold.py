"""The parties of a military operation told again by a definite noun, from the article.

PLOVER's source of an act of force is the one who carries it out and its target the one it is
aimed at. A report names an operation once with its parties ("Turkey launched an offensive on
Afrin against the YPG") and then speaks of it by a definite noun of an operation with no party
in its own phrase ("the offensive", "the assault", "the siege"), often many paragraphs on. An
operation is one across a report (unlike an attack, a strike or a raid, of which it tells many,
and which ``actor_retold`` refers back only a few sentences), so such a noun
(:func:`dateline.date_story.refers_back`) refers back to the operation the article named:

- told by the same word, as a noun or as its verb ("the offensive" after "launched an
  offensive", "the attack" after "attacked"; :func:`dateline.date_story.happening_word`); or,
  where the noun's own phrase names its place or the operation ("the Afrin assault", "the
  Olive Branch offensive"; :func:`dateline.date_story.names_of`, not a country's name, which
  holds many), by that same name (a name of its own tells which operation it is: "the
  Euphrates Shield offensive" is not the offensive told before on Afrin);
- told as carried out (not threatened or planned), with a named party as its doer;
- not placed by its own phrase where that telling was not ("the attack in Idlib" after an
  offensive on Afrin; :func:`dateline.actor_retold.placed_elsewhere`).

The noun takes that telling's doer, and its recipient where the telling has one, only where
the article's matching tellings name exactly one doer and at most one recipient (two sides
attacking, or one side attacking two, leave which one is meant unsaid), and never a recipient
that is the doer or of the doer's own state. Parties are filled only where the event has none
of its own; they are shown with no words of their own and the earlier words as their
``antecedent`` (:func:`dateline.actor_retold.lent`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..actor_retold import family, lent, named, placed_elsewhere, who
from ..date_story import happening_word, names_of, refers_back
from ..sectors import STATE_FAMILY
from ..wordclasses import word_class

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

    from ..actor_retold import Told
    from ..records import Actor
    from ..sentences import Sentences
    from .mention import Mention

__all__ = ["operation_doer", "operation_recipient", "own_side"]

#: Entity kinds of a party named in an operation noun's own phrase ("the Turkish offensive",
#: "Russia's strikes"): its parties are its own, not lent.
_PARTY_ENTS = frozenset({"NORP", "ORG", "PERSON"})
#: Links by which a party is named in the noun's own phrase.
_OWN = frozenset({"poss", "compound", "amod"})
#: Nouns of a military operation, one across a report ("the offensive", "the siege").
_OPERATIONS = word_class("operation_nouns")


def _kind(event_type: str, mode: str | None, tok: Token) -> str:
    """The family of an act (``family``), where a siege, coded as coercion by restricting
    (``nouns.tsv``), is of force: it is an operation of force (see the module)."""
    if event_type == "COERCE" and mode == "restrict" and tok.lemma_.lower() == "siege":
        return "force"
    return family(event_type, mode)


def _own_party(trig: Token) -> bool:
    """Whether the noun's own phrase names a party ("the Turkish offensive")."""
    return any(c.dep_ in _OWN and c.ent_type_ in _PARTY_ENTS for c in trig.children)


def _names(tok: Token) -> frozenset[str]:
    """The proper names telling which happening ``tok`` is (``names_of``), but a country's:
    a country holds many operations ("the attack in Syria")."""
    from ..actor_dictionary import load_dictionary

    countries = load_dictionary().countries
    return frozenset(n for n in names_of(tok) if n not in countries)


def _matches(doc: Doc, sents: Sentences, m: Mention, done: Sequence[Told]) -> list[Told]:
    """The earlier tellings of the operation ``m`` refers back to (see the module); empty
    where ``m`` is no definite operation noun with no party of its own."""
    trig = doc[m.trigger]
    kind = _kind(m.sense.event_type, m.sense.mode, trig)
    if trig.pos_ != "NOUN" or kind != "force" or trig.lemma_.lower() not in _OPERATIONS or \
            not refers_back(trig, plural=True) or _own_party(trig):
        return []
    word, names = happening_word(trig), _names(trig)
    found = []
    for d in done:
        if d.at >= m.trigger or d.status != "actual":
            continue
        earlier = doc[d.at]
        if _kind(d.act[1], d.mode, earlier) != kind:
            continue
        if names and not names & _names(earlier) or not names and \
                happening_word(earlier) != word:
            continue  # (a name of its own tells which: "the Euphrates Shield offensive")
        if placed_elsewhere(doc, sents, trig, d.at):
            continue
        found.append(d)
    return found


def _the_doer(found: Sequence[Told]) -> Actor | None:
    """The one named party that did every telling (the last telling's words), or ``None``
    where there is none, two, or one telling whose doer is no named party (who did that one
    is not said, so which side's operation is retold is not either)."""
    if not found or any(d.source is None or not named(d.source) for d in found):
        return None
    doers = [d.source for d in found if d.source is not None]
    return doers[-1] if len({who(a) for a in doers}) == 1 else None


def operation_doer(doc: Doc, sents: Sentences, m: Mention, target: Actor | None,
                   done: Sequence[Told]) -> Actor | None:
    """The doer of ``m``, an operation noun with no doer of its own, from the one operation the
    article told before that it refers back to (see the module); ``None`` where there is not
    exactly one."""
    doer = _the_doer(_matches(doc, sents, m, done))
    if doer is None:
        return None
    if target is not None and who(target) == who(doer):
        return None
    return lent(doer)


def operation_recipient(doc: Doc, sents: Sentences, m: Mention, source: Actor | None,
                        done: Sequence[Told]) -> Actor | None:
    """The recipient of ``m``, an operation noun with none of its own, from the one operation
    the article told before that it refers back to, done by ``m``'s doer (see the module)."""
    found = _matches(doc, sents, m, done)
    doer = _the_doer(found)
    if doer is None or source is not None and who(source) != who(doer):
        return None  # (another side's act of the same word)
    targets = [d.target for d in found if d.target is not None and d.target.name]
    if not targets or len({who(a) for a in targets}) != 1:
        return None
    target = targets[-1]
    if own_side(target, doer) or source is not None and own_side(target, source):
        return None
    return lent(target)


def own_side(target: Actor, doer: Actor) -> bool:
    """Whether a party (a recipient, or one a recipient fights for) is the doer itself or of
    the doer's own state."""
    if who(target) == who(doer):
        return True
    return target.sector in STATE_FAMILY and doer.sector in STATE_FAMILY and \
        target.country == doer.country
