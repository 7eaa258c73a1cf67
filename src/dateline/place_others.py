"""Places that belong to another happening, or to who someone is, in an event's sentence.

A sentence often names a happening only to tell of something else: "the Senate withdrew support
for the war in Yemen and accused the prince of ordering the killing". The war is in Yemen; the
killing is not (:func:`anothers_deed`, asked before :mod:`dateline.locate` lends an event a place
named outside its own clause). And a doer's description tells who they are, not where they act:
"Renas, one of the British women fighting with the Kurdish units in Syria, has come forward to
urge Britain to do more" (:func:`described_doer`). A relative clause that places what an act
strikes is the act's scene, though it has a doer of its own: "15 of the hospitals they support
in eastern Ghouta have been hit" (:func:`placed_patient`). What was undergone, told in a list of
passives joined by "and", undergoes it in one scene: "banks were looted and weapons were seized
in areas of Iraq" (:func:`same_scene_list`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .aspect import governing_verb
from .tokens import span_root
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .sentences import Sentences
    from .toponyms import Toponym

__all__ = ["amid_deed", "anothers_deed", "described_doer", "on_the_way", "placed_patient",
           "same_scene_list"]

#: Nouns of happenings that have a scene of their own: attacks, killings, wars, campaigns.
_HAPPENINGS = word_class("deed_nouns") | word_class("wars") | word_class("campaign_nouns")
#: How a place name hangs on the noun it tells the scene of ("the war in Yemen", "the Yemen
#: war", "Yemen's war").
_UP = frozenset({"pobj", "prep", "compound", "nmod", "poss", "conj", "appos"})
_STEPS = 4
#: Verbs of setting out, whose destination is not yet where the traveller is.
_SETTING_OUT = word_class("setting_out")
#: Verbs of arriving, and of keeping someone from doing so: a prevented arrival is no scene.
_ARRIVING = word_class("arriving")
_PREVENTING = word_class("preventing")


def _climb(node: Token, through: frozenset[str], stop: Callable[[Token], bool]) -> Token | None:
    """The first word above ``node`` that ``stop`` holds of, climbing only by the dependencies
    ``through`` (at most a few steps); ``None`` when the climb leaves them first."""
    for _ in range(_STEPS):
        if node.dep_ not in through or node.head.i == node.i:
            return None
        node = node.head
        if stop(node):
            return node
    return None


def anothers_deed(doc: Doc, t: Toponym, tok: Token) -> bool:
    """The place hangs on the noun of another happening ("support for the war in Yemen") that
    ``tok`` neither is, is part of, nor governs: that happening's place, not ``tok``'s."""
    node = _climb(span_root(doc, t.start, t.end), _UP, lambda w: w.pos_ in ("NOUN", "VERB"))
    if node is None or node.pos_ == "VERB":
        return False
    if node.lemma_.lower() not in _HAPPENINGS and node.lower_ not in _HAPPENINGS:
        return False
    if node.i == tok.i or node.left_edge.i <= tok.i <= node.right_edge.i:
        return False
    return node.i not in {a.i for a in tok.ancestors} and not any(
        a.i == tok.i for a in node.ancestors)


#: Dependencies of a doer on its verb.
_DOERS = frozenset({"nsubj", "nsubjpass", "agent"})


def described_doer(doc: Doc, t: Toponym, tok: Token) -> bool:
    """The place is in a description set beside a doer of ``tok``'s clause ("Renas, one of the
    women fighting in Syria, urged …", "Smith, a volunteer who fought in Raqqa, was arrested"):
    an apposition that tells, by a verb of its own, what the doer did elsewhere."""
    verbs = {tok.i, *(a.i for a in tok.ancestors)}
    node = span_root(doc, t.start, t.end)
    through_verb = False
    for a in node.ancestors:
        if a.pos_ in ("VERB", "AUX") and a.i not in verbs:
            through_verb = True
        if a.dep_ == "appos":
            holder = a.head
            return through_verb and holder.dep_ in _DOERS and holder.head.i in verbs \
                and not a.left_edge.i <= tok.i <= a.right_edge.i
        if a.i in verbs:
            return False
    return False


#: Nouns of sites an act may strike or take place in, placed by a relative clause.
_SITES = word_class("scene_places")
#: How the site's noun hangs on the act: as its doer, undergoer or object, or in their phrase.
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})
_WITHIN = frozenset({"pobj", "prep", "compound", "conj", "appos", "nmod"})


def placed_patient(doc: Doc, t: Toponym, tok: Token) -> bool:
    """The place is in a relative clause telling where a site that ``tok`` acts on is ("the
    hospitals they support in eastern Ghouta have been hit", "shelled the camp the agency runs
    near Idlib"): the site, and so the act, is there."""
    clause = _climb(span_root(doc, t.start, t.end), _WITHIN, lambda w: w.dep_ == "relcl")
    if clause is None:
        return False
    site = clause.head
    if site.lemma_.lower() not in _SITES and site.lower_ not in _SITES:
        return False
    for _ in range(_STEPS):
        if site.head.i == tok.i:
            return site.dep_ in _ARGUMENTS
        if site.dep_ not in _WITHIN or site.head.i == site.i:
            return False
        site = site.head
    return False


def same_scene_list(verb: Token, tok: Token) -> bool:
    """``verb`` and the event word ``tok`` are passives joined by "and" in one list of what was
    undergone ("banks were looted and abandoned and weapons were seized in Mosul"): one scene,
    though each has a subject of its own (not "but", "while", nor an active clause: "the Kurds
    won support, and Ankara protested")."""
    head = governing_verb(tok)  # (the root when no verb is above: no passive)
    if not (_passive(verb) and _passive(head)):
        return False
    chain = [verb]
    while chain[-1].dep_ == "conj" and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    if head not in chain and verb not in {*head.subtree}:
        return False
    joins = [c for v in chain[1:] for c in v.children if c.dep_ == "cc"]
    return bool(joins) and all(c.lower_ == "and" for c in joins)


def _passive(verb: Token) -> bool:
    """A verb told in the passive ("were seized") or its bare participle joined to one ("looted
    and abandoned")."""
    return verb.tag_ == "VBN" and (any(c.dep_ == "auxpass" for c in verb.children) or (
        verb.dep_ == "conj" and _passive(verb.head)))


def on_the_way(doc: Doc, t: Toponym, tok: Token) -> bool:
    """Place ``t`` is where someone the event ``tok`` tells of is going, in a clause below it:
    "police stopped two men travelling to Syria", "he was killed while fleeing to Turkey", or
    where the event kept them from arriving: "had prevented 140 smugglers reaching Greece".
    The deed is not there."""
    verb = governing_verb(span_root(doc, t.start, t.end), itself=False)
    if verb.i == tok.i or not any(a.i == tok.i for a in verb.ancestors):
        return False
    lemma = verb.lemma_.lower()
    return lemma in _SETTING_OUT or (lemma in _ARRIVING and _kept_from(verb, tok))


#: Prepositions placing a happening in another one: "died in the fighting".
_AMID = frozenset({"in", "during", "amid"})
#: Nouns and verbs of fighting and its toll a sentence may tell, whose scene a death in "the
#: fighting" is.
_FIGHTING = _HAPPENINGS | word_class("happening_attack") | word_class("explosions") \
    | word_class("deaths") \
    | {"fight", "fighting", "clash", "clashes", "battle", "shell", "shelling", "death", "wound",
       "injure"}
#: How many sentences back the story's fighting may have been told (the story carries on
#: over a sentence naming the dead: "He was named as …").
_AMID_REACH = 2


def amid_deed(tok: Token, sents: Sentences) -> bool:
    """The event is placed in a happening it names as known ("died in the fighting", "was
    wounded during the clashes") while the sentences just before tell of none ("They were held
    at Camp Roj"): it happened where that fighting was, not where those sentences are."""
    doc, k = tok.doc, sents.index(tok.i)
    amid = [p for w in (tok, governing_verb(tok)) for p in w.children
            if p.dep_ == "prep" and p.lower_ in _AMID]
    named = [o for p in amid for o in p.children if o.dep_ == "pobj"
             and o.lemma_.lower() in _FIGHTING
             and any(d.dep_ == "det" and d.lower_ == "the" for d in o.children)]
    if not named or k == 0:
        return False
    start, end = sents.spans[max(k - _AMID_REACH, 0)].start, sents.spans[k - 1].end
    return not any(w.lemma_.lower() in _FIGHTING for w in doc[start:end])


def _kept_from(verb: Token, tok: Token) -> bool:
    """A verb of preventing, ``tok`` or one between it and ``verb``, keeps ``verb``'s arrival
    from happening ("prevented fighters reaching Syria", "barred them from entering Turkey")."""
    node = verb.head
    while node.i != node.head.i:
        if node.lemma_.lower() in _PREVENTING:
            return True
        if node.i == tok.i:
            return False
        node = node.head
    return node.lemma_.lower() in _PREVENTING
