"""A guess no finer than its evidence: the article's focus town lent to an event.

An event's place is where it happened. An event the text places nowhere takes the article's
focus (:mod:`dateline.place_focus`); that is a guess, and a town is a finer guess than the text
supports unless the story is told there and the event's parties belong there. Three kinds of
event do not:

* one whose doer the text names for another place of the country, not one holding the story's
  town ("New York's attorney general sued", "the governor of Ohio agreed", "the rebels of
  eastern Ghouta", or named so earlier: "Attorney General Jane Roe" after "the Ohio attorney
  general Jane Roe") acts where it belongs: a sub-state official in their state, not in the
  national capital the story is told from. The event takes that place: near a town
  (precision 2), in a region (precision 3);
* one told as done at an occasion of its own before the story ("had promised during his
  campaign", "previously backed the plan") happened there and then, not in the story's
  scene: the event takes the focus's country (precision 3);
* one whose sentence names another town or region of the focus's country, in any role
  ("those who came from the suburbs of Ghouta", "strongholds in Raqqa"), neither the focus
  town, near it nor a region holding it, or a named place the gazetteer does not know
  ("near the Omar oilfield"; not a neighbourhood or a quarter, which lies in a town): the
  sentence tells of a scene away from the story's town, and the event, which the text places
  at neither, takes the country (precision 3).

All stay ``focus``: places the text implies, not names.

An act of force (an attack, a battle, a siege, an offensive, or what a fight itself does: "the
siege killed dozens") that the text places no finer than a whole country, or nowhere, happened
at the town the story fights at: the town a fight is named after ("the battle for Baghuz", at
the town: ``clause``); or, unless the event's own clause names the country ("fighting raged
across Syria"), the one town that the nearest of the sentences around it (three before, one
after, in its section) names, where the story tells of fighting at that town anywhere ("jets
bombed Baghuz", "the shelling was heavy in Baghuz"; for a fight, any town the sentence just
before names): near it, precision 2, ``carried``; or else the article's focus, when that is a
town of the country (``focus``, precision 2). Not an event told apart from the story's scene:
one that only may happen, a tally over a span, one set at a time of its own ("years ago", "in
2014"), or one whose own words name a place of its own the gazetteer does not know ("attacked a
checkpoint nearby", "killed in their home").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from .actor_dictionary import is_outlet
from .actor_places import medium_word
from .code.lexicon import load_lexicon
from .aspect import irrealis
from .deps import subject
from .gazetteer import REGION_KINDS
from .place_abroad import Located
from .place_focus import coarser, same_scene
from .place_later import disjoint
from .place_others import amid_deed
from .place_telling import apart_from_the_story
from .place_owned import names_party_at
from .place_roles import PLACE_HEADS
from .toponym_words import REGION_NOUNS
from .sentences import same_section
from .tokens import span_root, tags, words
from .toponyms import Toponym, country_place
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .code import Mention
    from .records import Actor, Place
    from .sentences import Sentences

__all__ = ["battle_towns", "doer_home", "no_finer", "other_scene", "unknown_scene"]


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
    if _own_occasion(trig) or other_scene(trig, found, place):
        whole = country_place(place.country) if place.country else None
        return coarser(whole, 3) if whole is not None else place
    return place


def other_scene(trig: Token, found: Sequence[Toponym], town: Place) -> bool:
    """Whether the sentence of ``trig`` names another town or region of ``town``'s country,
    neither ``town`` nor near it nor a region holding it, in any role ("fighters from the
    suburbs of Ghouta", "strongholds in Raqqa"): the sentence tells of a scene away from the
    story's town, so that town is no surer a place of its event than the other, only their
    country is. So does a place the sentence names that the gazetteer does not know: a noun
    of place after "in", "near" or "at" bearing a name of its own ("a base near the Omar
    oilfield")."""
    sent = trig.sent
    return any(sent.start <= t.start < sent.end and _elsewhere(t, town)
               and not _in_a_name(trig.doc, t) for t in found) or _unknown_at(sent, sent, found)


def unknown_scene(trig: Token, found: Sequence[Toponym]) -> bool:
    """The event's own words set it at a place the gazetteer does not know ("killed four
    soldiers near the village of Sarrin"): a town the story carried before is no surer a place
    of it than that one, only their country is."""
    return _unknown_at(trig.children, trig.sent, found)


def _unknown_at(tokens: Iterable[Token], sent: Span, found: Sequence[Toponym]) -> bool:
    """One of ``tokens`` (words of ``sent``) is "in", "near" or "at" a place the gazetteer
    does not know (:func:`_unknown_name`)."""
    named = {i for t in found if sent.start <= t.start < sent.end for i in range(t.start, t.end)}
    return any(w.dep_ == "prep" and w.lower_ in _AT_UNKNOWN and _unknown_name(w, named)
               for w in tokens)


def _elsewhere(t: Toponym, town: Place) -> bool:
    """``t`` names another place of ``town``'s country: neither ``town`` nor near it, nor a
    region holding it ("Texas" in a story told from Houston)."""
    return t.kind != "country" and t.place.country == town.country and t.place.name != town.name \
        and not same_scene(t.place, town) and disjoint(t.place, town)


def _in_a_name(doc: Doc, t: Toponym) -> bool:
    """``t`` is a word of a longer name ("Cambridge Analytica"), no place: it qualifies a
    proper noun after it that is no word of place ("Raqqa Province" is one)."""
    last = doc[t.end - 1]
    return last.dep_ == "compound" and last.head.i >= t.end and last.head.pos_ == "PROPN" \
        and last.head.lower_ not in PLACE_HEADS | REGION_NOUNS


def _unknown_name(prep: Token, named: set[int]) -> bool:
    """The object of ``prep`` is a common noun of place with a name of its own before it
    ("the Omar oilfield", "the Tabqa dam") that no place the gazetteer knows covers; not a
    channel's or an outlet's ("a Facebook post", "a BBC interview": no place at all), nor a
    part of a town ("the Shaar neighbourhood", "the old quarter"): that lies in a town, the
    story's unless the sentence names another. So is a place's own name the gazetteer does not
    know that the story calls a town, a village or a region ("near Sarrin" after "the village
    of Sarrin")."""
    noun = next((o for o in prep.children if o.dep_ == "pobj"), None)
    if noun is not None and noun.pos_ == "PROPN":
        # a place's own name the gazetteer does not know, which the story itself calls a town,
        # a village or a region ("the village of Sarrin … near Sarrin"); a name it does not
        # call so may as well be a building, a site or a district of the story's own town
        # ("at the Hayat Hotel", "in Salaheddine"), which lies in that town
        return not any(w.i in named for w in noun.subtree) and not is_outlet(noun.text) \
            and _called_a_town(noun)
    return noun is not None and noun.pos_ == "NOUN" and not noun.ent_type_ == "DATE" \
        and _place_noun(noun) and noun.lemma_.lower() not in _TOWN_PARTS and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in ("DATE", "TIME")
        and not medium_word(c) and not is_outlet(c.text) for c in noun.children) \
        and not any(w.i in named for w in noun.subtree)


def _called_a_town(name: Token) -> bool:
    """The story calls ``name`` a town, a village or a region somewhere: "the village of
    Sarrin", "Sarrin, a village south of Kobani"."""
    for w in name.doc:
        if w.text != name.text or w.pos_ != "PROPN":
            continue
        if w.dep_ == "pobj" and w.head.lower_ == "of" and w.head.head.lemma_.lower() in _TOWNS:
            return True
        if w.dep_ == "appos" and w.head.lemma_.lower() in _TOWNS or any(
                c.dep_ == "appos" and c.lemma_.lower() in _TOWNS for c in w.children):
            return True
    return False


def doer_home(doc: Doc, doer: tuple[int, int] | None, found: Sequence[Toponym],
              town: Place) -> Place | None:
    """The place (of ``town``'s country, not ``town`` itself, near it nor holding it) that the
    doer's own words name, or an earlier naming of the same person ("New York's attorney
    general", "the Ohio governor Jane Roe" before "Roe said"): near a town (precision 2), in a
    region (precision 3); ``None`` where they name none."""
    if doer is None or not 0 <= doer[0] < doer[1] <= len(doc):
        return None
    # read as arrays: the earlier namings are looked for among all the words before the doer
    texts, pos = words(doc).texts, tags(doc).pos
    parties = [span_root(doc, *doer).i]
    name = doer[1] - 1
    if pos[name] == "PROPN":
        parties += [i for i in range(doer[0]) if texts[i] == texts[name] and pos[i] == "PROPN"]
    named = [t for t in found if _elsewhere(t, town)
             and any(names_party_at(doc, t.start, head) for head in parties)]
    if not named:
        return None
    last = named[-1]
    return coarser(last.place, 3 if last.kind in REGION_KINDS else 2)


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
#: The sentences around an act of force whose towns tell the story's scene: before it, after.
_STORY_BEFORE = 3
_STORY_AFTER = 1


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
    # (the towns the story tells of fighting at: "jets bombed Baghuz", "fighting in Keshma";
    # not "a man from Leeds" nor "held in Homs")
    fought = [t.place for t in usable if t.kind not in REGION_KINDS and _fought_at(doc, t)]

    def placed(mention: Mention, actor: Actor | None = None) -> Located:
        place, source = place_for(mention, actor)
        trig = doc[mention.trigger]
        # (a fight's own deed too: "the siege killed dozens")
        fight = next((w for w in (trig, subject(trig)) if w is not None
                      and w.lemma_.lower() in _BATTLES), None)
        force = fight is not None or getattr(getattr(mention, "sense", None), "event_type",
                                             None) == "ASSAULT"
        if not force or (place is not None and (place.admin1 is not None
                                                or (place.precision or 3) < 3)):
            return place, source
        iso = place.country if place is not None else None
        k = sents.index(trig.i)
        named = [] if fight is None else [
            t for t in found if sents.index(t.start) == k and t.kind not in REGION_KINDS
            and iso in (None, t.place.country) and _fought_for(doc[t.start], fight)]
        if named:
            return named[0].place, "clause"
        if source == "clause":
            return place, source
        town = None if _unlike_the_story(trig, sents) or unknown_scene(trig, found) \
            else _story_town(k, iso, fight is not None)
        if town is not None:
            return coarser(town, 2), "carried"
        if fight is not None and source == "focus" and focus is not None \
                and (focus.precision or 3) < 3 and iso == focus.country:
            return focus, source  # the story's fight is at the story's town
        return place, source

    def _story_town(k: int, iso: str | None, fight: bool) -> Place | None:
        """The town (of country ``iso``, if known) that the sentence nearest sentence ``k``
        among those told around it in its section names, if it names one scene only and the
        story tells of fighting there (a fight's sentence before: any town it names)."""
        for j in sorted(range(k - _STORY_BEFORE, k + _STORY_AFTER + 1),
                        key=lambda j: (abs(j - k), j > k)):
            if j == k or not 0 <= j < len(sents.spans) or not same_section(
                    sents.text, sents.start_chars[min(j, k)], sents.start_chars[max(j, k)]):
                continue
            towns = [t.place for t in by_sent.get(j, ()) if t.kind not in REGION_KINDS
                     and iso in (None, t.place.country)]
            if towns:
                one = all(same_scene(t, towns[0]) or t.name == towns[0].name for t in towns)
                return towns[0] if one and ((fight and j == k - 1) or any(
                    same_scene(f, towns[0]) or f.name == towns[0].name for f in fought)) \
                    else None
        return None

    return placed


#: Prepositions of a place of the event's own ("killed in his home"), nouns of a place and
#: words making one another than the story's ("a nearby town", "a checkpoint").
_WHERE = word_class("where_preps_clause")
_PLACE_NOUNS = word_class("place_nouns") | word_class("scene_places")
#: Prepositions setting an act at a scene of its own the gazetteer does not know: "in", "near",
#: "at" ("a base near the Omar oilfield").
_AT_UNKNOWN = word_class("where_preps_unknown_scene")
#: Nouns by which a story calls a name a place of its own, away from a town it tells of.
_TOWNS = word_class("unknown_place_kinds")
#: Nouns of a part of a town: one named in a sentence lies in a town, not away from them all.
_TOWN_PARTS = frozenset({"neighbourhood", "neighborhood", "quarter"})
_ANOTHER = frozenset({"a", "an", "another", "nearby", "next", "other", "neighbouring",
                      "neighboring"})


def _unlike_the_story(trig: Token, sents: Sentences) -> bool:
    """The event of ``trig`` is not one told as part of the story's scene: it only may happen,
    is a tally over a span ("killed since the war began"), is told as done before or beside
    the story ("years ago", "in 2014", "previously"), or its own words name a place of its own
    the gazetteer does not know (see :func:`_own_place`)."""
    return apart_from_the_story(trig) or amid_deed(trig, sents) or _time_of_its_own(trig) \
        or any(_own_place(w) for w in (trig, *(c for c in trig.children
                                               if c.dep_ in ("dobj", "nsubjpass", "prep"))))


def _time_of_its_own(trig: Token) -> bool:
    """The event's own words set it at a time apart from the story's: "years ago", a year
    ("in 2014"), "previously"."""
    for c in trig.children:
        if c.dep_ == "advmod" and c.lower_ in _EARLIER:
            return True
        if c.dep_ in ("npadvmod", "advmod", "prep", "advcl") and any(
                w.lower_ == "ago" or (w.ent_type_ == "DATE" and w.like_num and len(w.text) == 4)
                for w in c.subtree):
            return True
    return False


def _own_place(word: Token) -> bool:
    """``word`` (the event's word or an argument) has a place of its own, unnamed: a phrase
    of place on a noun that is no deed of force ("killed in his home"), or a place noun made
    another than the story's ("attacked a checkpoint", "an attack on a nearby town")."""
    for c in word.children:
        noun = next((o for o in c.children if o.dep_ == "pobj"), None) if c.dep_ == "prep" \
            else c if c.dep_ in ("dobj", "pobj") else None
        if noun is None or noun.pos_ != "NOUN" or noun.ent_type_:
            continue
        lemma = noun.lemma_.lower()
        if c.dep_ == "prep" and c.lower_ in _WHERE and lemma not in _force_words():
            return True
        if _place_noun(noun) and any(m.lower_ in _ANOTHER for m in noun.children
                                     if m.dep_ in ("det", "amod")):
            return True
    return False


def _place_noun(noun: Token) -> bool:
    """``noun`` is a noun of place ("a checkpoint", "the Omar oilfield"), not of an occasion
    or a medium ("a BBC interview", "a Facebook post")."""
    return noun.lemma_.lower() in _PLACE_NOUNS


#: How far up the parse a town's name may hang below the word of force it is the ground of.
_FORCE_HOPS = 4


def _fought_at(doc: Doc, t: Toponym) -> bool:
    """``t`` is named as the ground of force: the object or place of a word of attack or
    fighting ("jets bombed Baghuz", "the battle for Baghuz", "fighting in Keshma"), or the
    place of what such a word is the subject of ("the shelling was heavy in Saraqib"), not in
    a relative clause telling a noun's past ("the man, who was wounded in Homs")."""
    node = span_root(doc, t.start, t.end)
    for _ in range(_FORCE_HOPS):
        if node.dep_ in ("relcl", "acl") or node.head.i == node.i:
            return False
        node = node.head
        if irrealis(node):
            return False  # ("threatened to attack Idlib")
        if node.lemma_.lower() in _force_words() or any(
                c.dep_ == "nsubj" and c.lemma_.lower() in _force_words() for c in node.children):
            return True  # ("the bombing was heaviest in Saraqib")
    return False


@cache
def _force_words() -> frozenset[str]:
    """Lemmas of force: verbs read as an attack whatever their context, attack nouns, fights."""
    lex = load_lexicon()
    verbs = {k for k, senses in lex.verbs.items()
             if any(s.event_type == "ASSAULT" and not s.condition for s in senses)}
    nouns = {k for k, senses in lex.nouns.items() if any(s.event_type == "ASSAULT"
                                                        for s in senses)}
    return frozenset(verbs | nouns | _BATTLES | {"fight"})


def _fought_for(word: Token, fight: Token) -> bool:
    """``word`` (of a town's name) names the town ``fight`` is fought for."""
    node = word
    while node.dep_ in ("compound", "flat") and node.head.i != node.i:
        node = node.head
    return (node.dep_ in ("compound", "nmod") and node.head.i == fight.i) or (
        node.dep_ == "pobj" and node.head.lower_ in _FOUGHT_FOR and node.head.head.i == fight.i)
