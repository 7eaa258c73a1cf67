"""A guess no finer than its evidence: the article's focus town lent to an event.

An event's place is where it happened. An event the text places nowhere takes the article's
focus (:mod:`dateline.place_focus`); that is a guess, and a town is a finer guess than the text
supports unless the story is told there and the event's parties belong there. Two kinds of
event do not:

* one whose doer the text names for another place of the country ("New York's attorney general
  sued", "the governor of Ohio agreed", "the rebels of eastern Ghouta", or named so earlier:
  "Attorney General Jane Roe" after "the Ohio attorney general Jane Roe") acts where it
  belongs: a sub-state official in their state, not in the national capital the story is told
  from. The event takes that place: near a town (precision 2), in a region (precision 3);
* one told as done at an occasion of its own before the story ("had promised during his
  campaign", "previously backed the plan") happened there and then, not in the story's
  scene: the event takes the focus's country (precision 3).

Both stay ``focus``: places the text implies, not names.

A battle, a siege or an offensive that the text places no finer than a whole country happened in
its town, and so does what the fight itself does ("the siege killed dozens"): the town it is
named after ("the battle for Baghuz", at the town: ``clause``), or, unless the event's own
clause names the country ("fighting raged across Syria"), the one town of that country the
sentence before names ("Fighters held out in Baghuz. The battle killed dozens": near it,
precision 2, ``carried``), or else the article's focus, when that is a town of the country
(the story's fight is at the story's town: ``focus``, precision 2).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .deps import subject
from .gazetteer import REGION_KINDS
from .place_abroad import Located
from .place_focus import coarser, same_scene
from .sentences import same_section
from .tokens import heads, span_root, tags, words
from .toponyms import Toponym, country_place
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .code import Mention
    from .records import Actor, Place
    from .sentences import Sentences

__all__ = ["battle_towns", "doer_home", "no_finer"]


def no_finer(place: Place | None, doc: Doc, trig: Token, doer: tuple[int, int] | None,
             found: Sequence[Toponym]) -> Place | None:
    """The focus ``place`` lent to the event of ``trig`` (doer at token offsets ``doer``),
    or a coarser one where the event's doer belongs elsewhere (:func:`doer_home`) or the event
    is background told before the story (see the module's rule). ``found``: the document's
    place names, those naming parties too."""
    if place is None or (place.precision or 3) >= 3:
        return place
    home = doer_home(doc, doer, found, place)
    if home is not None:
        return home
    if _own_occasion(trig):
        whole = country_place(place.country) if place.country else None
        return coarser(whole, 3) if whole is not None else place
    return place


def doer_home(doc: Doc, doer: tuple[int, int] | None, found: Sequence[Toponym],
              town: Place) -> Place | None:
    """The place (of ``town``'s country, not ``town`` itself nor near it) that the doer's own
    words name, or an earlier naming of the same person ("New York's attorney general", "the
    Ohio governor Jane Roe" before "Roe said"): near a town (precision 2), in a region
    (precision 3); ``None`` where they name none."""
    if doer is None or not 0 <= doer[0] < doer[1] <= len(doc):
        return None
    # read as arrays: the earlier namings are looked for among all the words before the doer
    texts, pos = words(doc).texts, tags(doc).pos
    parties = [span_root(doc, *doer).i]
    name = doer[1] - 1
    if pos[name] == "PROPN":
        parties += [i for i in range(doer[0]) if texts[i] == texts[name] and pos[i] == "PROPN"]
    named = [t for t in found if t.kind != "country" and t.place.country == town.country
             and any(_names(doc, t.start, head) for head in parties)
             and not same_scene(t.place, town) and t.place.name != town.name]
    if not named:
        return None
    last = named[-1]
    return coarser(last.place, 3 if last.kind in REGION_KINDS else 2)

#: Links by which a name belongs to a party's own words: "New York's attorney general", "the
#: Ohio governor", "the governor of Ohio", "the rebels from eastern Ghouta".
_OWN_LINKS = frozenset({"compound", "poss", "nmod", "amod", "pobj", "appos"})
_OWN_PREPS = frozenset({"of", "from", "for"})


def _names(doc: Doc, word: int, head: int) -> bool:
    """Whether word ``word`` (of a place name) is part of the noun phrase of word ``head``, a
    party."""
    up, deps, lowers = heads(doc), tags(doc).deps, words(doc).lowers
    node = word
    while node != head:
        if up[node] == node or not (deps[node] in _OWN_LINKS or (
                deps[node] == "prep" and lowers[node] in _OWN_PREPS)):
            return False
        node = up[node]
    return True


#: Adverbs and modifiers of an occasion before the news: "previously", "an earlier visit".
_EARLIER = word_class("earlier_adverbs")
_PREVIOUS = word_class("previous_modifiers")


def _own_occasion(trig: Token) -> bool:
    """The event of ``trig`` is told as done before the news, at an occasion of its own: during
    its doer's own period ("during his campaign", "during her tenure"), an earlier one ("during
    an earlier visit"), or "previously"."""
    for c in trig.children:
        if c.dep_ == "advmod" and c.lower_ in _EARLIER:
            return True
        if c.dep_ == "prep" and c.lower_ == "during":
            for noun in c.children:
                if noun.dep_ == "pobj" and any(
                        m.dep_ == "poss" or (m.dep_ == "amod" and m.lower_ in _PREVIOUS)
                        for m in noun.children):
                    return True
    return False


#: Fights fought for a town: battles, sieges, offensives (not a war, fought over a country).
_BATTLES = word_class("happening_battle") | word_class("happening_offensive") | (
    word_class("war_deeds") - word_class("wars"))
#: Prepositions by which a fight is named after its town: "the battle for Baghuz", "the siege
#: of Sarajevo", "the offensive on Afrin".
_FOUGHT_FOR = frozenset({"for", "of", "on", "against"})


def battle_towns(place_for: Callable[..., Located], doc: Doc, sents: Sentences,
                 usable: Sequence[Toponym], found: Sequence[Toponym], focus: Place | None = None
                 ) -> Callable[..., Located]:
    """``place_for`` (the locator's), but a battle, a siege or an offensive it places no finer
    than a whole country in its town (see the module's rule). ``usable``: the places the text
    names as places, by which the sentence before sets a scene; ``found``: all its place names
    (a fight's own town may be read as what it is waged on: "the battle for Baghuz"); ``focus``:
    the article's."""
    by_sent: dict[int, list[Toponym]] = {}
    for t in usable:
        by_sent.setdefault(sents.index(t.start), []).append(t)

    def placed(mention: Mention, actor: Actor | None = None) -> Located:
        place, source = place_for(mention, actor)
        trig = doc[mention.trigger]
        # (a fight's own deed too: "the siege killed dozens")
        fight = next((w for w in (trig, subject(trig)) if w is not None
                      and w.lemma_.lower() in _BATTLES), None)
        if fight is None or (place is not None and (place.admin1 is not None
                                                    or (place.precision or 3) < 3)):
            return place, source
        iso = place.country if place is not None else None
        k = sents.index(trig.i)
        named = [t for t in found if sents.index(t.start) == k and t.kind not in REGION_KINDS
                 and iso in (None, t.place.country) and _fought_for(doc[t.start], fight)]
        if named:
            return named[0].place, "clause"
        if source == "clause" or k == 0 or not same_section(
                sents.text, sents.start_chars[k - 1], sents.start_chars[k]):
            return place, source
        towns = {t.place.name: t.place for t in by_sent.get(k - 1, ())
                 if t.kind not in REGION_KINDS and iso in (None, t.place.country)}
        if len(towns) == 1:
            return coarser(next(iter(towns.values())), 2), "carried"
        if source == "focus" and focus is not None and (focus.precision or 3) < 3 \
                and iso == focus.country:
            return focus, source  # the story's fight is at the story's town
        return place, source

    return placed


def _fought_for(word: Token, fight: Token) -> bool:
    """``word`` (of a town's name) names the town ``fight`` is fought for."""
    node = word
    while node.dep_ in ("compound", "flat") and node.head.i != node.i:
        node = node.head
    return (node.dep_ in ("compound", "nmod") and node.head.i == fight.i) or (
        node.dep_ == "pobj" and node.head.lower_ in _FOUGHT_FOR and node.head.head.i == fight.i)
