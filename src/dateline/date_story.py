"""Stage ``date``, across a story: an act named again by a definite description with no time of
its own is the happening the story named and dated elsewhere.

"Gunmen attacked a police station in Kano on 4 March. … Britain condemned the attack": the
attack of the second sentence is the one the first dates; a reader gives it 4 March, not the
article's date. An event noun refers back when it is singular, definite ("the attack", "this
poisoning") or told as alleged with a name ("an alleged gas attack on Douma") and not marked as
another happening ("the latest attack", "a second strike", "another raid":
:data:`OTHER_HAPPENING`); the happening it names is the nearest earlier telling with the
same word — a noun or a verb, "attacked" for "the attack", "poisoned" for "the poisoning" — or a
word of the same kind of happening ("detained" for "the arrest", "attacked" for "the bombing":
``happening_*`` word classes) — else, when the story names it only later, the first later telling
whose own clause dates it ("the attack on 4 March"). A plural one with "the", "these" or "those"
("the strikes" after "jets struck the town last weekend") names what the story told before it,
never a later telling. A telling that names a place or party ("the Salisbury attack") is of a
happening told with that name. :mod:`dateline.date` takes that telling's time, with its
precision, as ``date_source`` ``story``. A happening named again as going on now ("the killing
continues") is of the report's time.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from .aspect import irrealis, simple_past, tense_of
from .date_again import act_told_before
from .date_clauses import told_in_present
from .date_reach import PRECISIONS
from .deps import prep_objects, subject
from .tokens import fine_tags, tags
from .wordclasses import load_word_classes, word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["Dated", "OTHER_HAPPENING", "TOLD", "refers_back", "happening_word", "names_of",
           "happenings", "FORCE_HAPPENINGS", "Telling", "Tellings", "story_date", "retold_later",
           "death_date", "occasion_of", "occasion_named"]

#: (date, date_precision, date_source): what :mod:`dateline.date` gives each event.
Dated = tuple[str | None, str | None, str | None]

#: Modifiers that make a definite event noun another happening: "the latest attack".
OTHER_HAPPENING = word_class("other_happening")
#: Modifiers that make an indefinite event noun naming a place the happening the story told
#: ("an alleged attack on Douma").
_KNOWN = word_class("known_happening")
#: Long happenings ("the war", "the occupation"): a span, told again over its whole length, not
#: one happening the story dates once.
_LONG = word_class("wars")
#: Verbs of a happening going on (or begun) now: "the killing continues", "has started again".
_GOING_ON = word_class("going_on") | word_class("starting_now")
#: Verbs that make the happening their object tells: "launched an offensive".
_MAKING = word_class("making_verbs")
#: Verbs of one person's death: "was killed", "died".
_DEATHS = word_class("deaths")
#: Verbs of a blow that kills: "when the convoy was struck by a missile on 16 March".
_BLOWS = word_class("fatal_blows")
#: Pronouns that tell of one person: "he died on 25 November".
_ONE_PERSON = frozenset({"he", "she"})
#: Words that introduce someone new: "another Briton, John Smith, died".
_OTHER_ONE = frozenset({"another", "other", "second", "fellow"})
#: Prepositions of the happening an act was done in: "killed in an attack that targeted a school".
_OCCASION = frozenset({"in", "during"})
#: ... and "at" of a gathering: "At the summit, Putin demanded …" (not "at the scene").
_GATHERING_AT = frozenset({"at"})
_GATHERING = "happening_meeting"
#: How many sentences on a later telling of a death may date the death told first.
_DEATH_REACH = 4
#: How many sentences back "the attack" may be the happening of a death told before it.
_DEATHS_BACK = 3
#: Kinds of happening whose telling again may be of a death told before: "the attack".
_DEADLY = frozenset({"happening_attack", "happening_blast", "happening_killing"})
_DEFINITE = frozenset({"the", "this", "that"})
#: ... and of a plural event noun: "the strikes", "these raids".
_PLURAL_DEFINITE = frozenset({"the", "these", "those"})
#: How many sentences on a dated telling may name again an act told with no time: "… soldiers
#: were killed by the group. Sunday's attack was carried out in the village of …".
_RETOLD_REACH = 2
#: Dependents of a noun that may mark it as another happening.
_MARKS = frozenset({"det", "amod", "nummod", "advmod", "compound", "predet", "npadvmod"})


#: The words of each kind of happening (``happening_<kind>`` word classes): "seize" and
#: "capture" tell one.
HAPPENING_KINDS = {name: tuple(sorted(words)) for name, words in load_word_classes().items()
                   if name.startswith("happening_")}
#: ... and the kind each word tells of: "detained" tells of "the arrest", "the bombing" of what
#: was "attacked".
_KIND = {w: name for name, found in HAPPENING_KINDS.items() for w in found}


def happenings(*kinds: str) -> frozenset[str]:
    """The words of the named kinds of happening (``happening_<kind>`` word classes):
    ``happenings("arrest", "capture")`` holds "detain" and "seize"."""
    return frozenset().union(*(HAPPENING_KINDS[f"happening_{kind}"] for kind in kinds))


#: Words of acts of force, arrest, seizure and protest, and of the fighting they make up: one
#: told right after another ("were killed after a raid struck the house") is a step of one
#: happening; one that brings about a later act is a happening of its own ("the raid").
FORCE_HAPPENINGS = happenings("arrest", "attack", "blast", "killing", "kidnapping", "invasion",
                              "protest", "capture", "battle", "offensive")

#: Endings that make a noun of a verb: "poisoning", "annexation", "invasion", "agreement",
#: "withdrawal" (the longest first).
_NOUN_ENDINGS = ("ation", "ment", "ing", "ion", "al")
#: Endings a verb's stem may differ by from its noun's: "invade" / "invas-ion", "occupy" /
#: "occup-ation", "decide" / "decis-ion".
_STEM_ENDINGS = ("e", "y", "d", "s")
#: The shortest stem a word is cut to: "deal" and "trial" stay whole.
_SHORTEST_STEM = 4


def happening_word(tok: Token) -> str:
    """The word a happening is told by, whether as a verb or a noun: "attack" for "attacked"
    and "the attack", "poison" for "poisoned" and "the poisoning", "inva" for "invaded" and
    "the invasion"; the kind of happening for the words of one (:data:`_KIND`): "detained" and
    "the arrest" are both an arrest."""
    return happening_of(tok.lemma_.lower(), tok.pos_ == "NOUN")


def happening_of(word: str, noun: bool) -> str:
    """:func:`happening_word` of a word's lower-case lemma ``word``, a ``noun`` or not: read from
    the document's arrays where every word is asked (the same word the token gives)."""
    if word in _KIND:
        return _KIND[word]
    if noun:
        ending = next((e for e in _NOUN_ENDINGS if word.endswith(e)
                       and len(word) - len(e) >= _SHORTEST_STEM), "")
        word = word[:len(word) - len(ending)]
    while word[-1:] in _STEM_ENDINGS and len(word) > _SHORTEST_STEM:
        word = word[:-1]
    if len(word) > _SHORTEST_STEM and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]  # "kidnapping" / "kidnap", "shelling" / "shell"
    return word


#: Dependents whose proper names tell which happening a telling is of: "the Salisbury attack",
#: "attacked a police station in Kano", "the offensive on Mosul".
_NAMING = frozenset({"compound", "poss", "amod", "prep", "dobj", "nsubj", "nsubjpass", "agent",
                     "npadvmod"})


#: Prepositions of where an act was done: "launched an offensive in Afrin".
_WHERE = frozenset({"in", "on", "at", "near", "into", "across", "around", "outside", "inside"})


def names_of(tok: Token) -> frozenset[str]:
    """The proper names among the words that tell which happening ``tok`` is, and for the
    object of a verb that carries it out, where it was done ("launched an offensive in Afrin"
    tells "the Afrin offensive")."""
    # ... and who made it ("Turkey launched an offensive" tells "Turkey's offensive")
    where = [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ in _WHERE or (
        c.dep_ == "nsubj" and tok.head.lemma_.lower() in _MAKING)] if tok.dep_ == "dobj" else []
    # (a day is when, not which: "condemned the attack on Monday", "the attack on 7 April")
    return frozenset(t.lower_ for c in [*(c for c in tok.children if c.dep_ in _NAMING), *where]
                     for t in c.subtree if t.pos_ == "PROPN" and t.ent_type_ not in (
                         "DATE", "TIME"))


#: The proper names telling which happening an event noun is: "the Kabul assault" (kabul).


#: Prepositions of the land a happening was done in: "the attack in Syria".
_INSIDE = frozenset({"in", "inside", "across"})


def _lands(tok: Token) -> frozenset[str]:
    """The proper names of where ``tok`` was done, told by "in" ("the attack in Syria",
    "launched an offensive in Syria")."""
    heads = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
    return frozenset(t.lower_ for h in heads for c in h.children if c.dep_ == "prep"
                     and c.lower_ in _INSIDE for t in c.subtree if t.pos_ == "PROPN")


def _same_names(tok: Token, other: Token, names: frozenset[str], others: frozenset[str]
                ) -> bool:
    """Two tellings' names may tell one happening: a name in common, or all one names is the
    country it was done in, which holds a place the other names ("the attack in Syria" and "the
    attack on Douma"; not "the US attack in Syria", nor "the attack on Syria")."""
    return bool(names & others) or _held(tok, names, others) or _held(other, others, names)


def _held(tok: Token, names: frozenset[str], places: frozenset[str]) -> bool:
    """Whether every name of ``tok`` is a country it was done in that holds a town or region
    among ``places``."""
    if not names or not places or names - _lands(tok):
        return False
    from .gazetteer import load

    gazetteer = load()
    for name in names:
        held = {e.country for e in gazetteer.lookup(name) if e.kind == "country"}
        if not held or not any(e.country in held for p in places for e in gazetteer.lookup(p)
                               if e.kind != "country"):
            return False
    return True


def refers_back(tok: Token, owned: bool = False, plural: bool = False,
                owners: frozenset[str] = frozenset()) -> bool:
    """``tok`` is an event noun told as a happening already known: "the attack", "this
    poisoning", "an alleged attack on Douma", with ``owners`` one owned by one of those words
    ("their capture"), and with ``plural`` what the story told as many ("the strikes", "these
    raids") (not "another attack", "the latest strike", "their second detention", bare
    "attacks", nor a long happening such as "the war")."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() in _LONG:
        return False
    marks = [c for c in tok.children if c.dep_ in _MARKS]
    if tok.tag_ == "NNS" and plural:
        return plural_told_back(marks)
    if tok.tag_ != "NN":
        return False
    # with ``owned``, also one named by its maker's name: "Turkey's offensive"
    owned = any(c.dep_ == "poss" and (owned and c.pos_ == "PROPN" or c.lower_ in owners)
                for c in tok.children)
    return (owned or any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in marks) or (
        any(c.lower_ in _KNOWN for c in marks) and bool(names_of(tok)))) and not any(
        c.lower_ in OTHER_HAPPENING or c.dep_ == "nummod" or c.tag_ in ("JJS", "CD")
        for c in marks)


def plural_told_back(marks: list[Token]) -> bool:
    """A plural event noun with "the", "these" or "those" and no word making it other
    happenings ("the strikes", not "the latest strikes", "the two raids")."""
    return any(c.dep_ == "det" and c.lower_ in _PLURAL_DEFINITE for c in marks) and not any(
        c.lower_ in OTHER_HAPPENING or c.dep_ == "nummod" or c.tag_ in ("JJS", "CD")
        for c in marks)


class Telling:
    """Another telling of a happening, for :mod:`dateline.date` to date as an event of no known
    type."""

    __slots__ = ("trigger",)

    def __init__(self, trigger: int) -> None:
        self.trigger = trigger


class Tellings:
    """A document's verbs and event nouns by the word of the happening they tell, found when
    first asked for."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._by_word: dict[str, list[int]] | None = None

    def _index(self) -> dict[str, list[int]]:
        if self._by_word is None:
            by_word: dict[str, list[int]] = defaultdict(list)
            (lemmas, pos, _, _), fine = tags(self.doc), fine_tags(self.doc)  # no Token made
            for i, p in enumerate(pos):
                if p == "VERB" or (p == "NOUN" and fine[i] in ("NN", "NNS")):
                    by_word[happening_of(lemmas[i], p == "NOUN")].append(i)
            self._by_word = by_word
        return self._by_word

    def before(self, tok: Token) -> Iterator[Token]:
        """The earlier tellings of ``tok``'s happening word, nearest first (plural nouns only
        for a plural ``tok``: "the strikes" after "airstrikes last weekend")."""
        found, fine = self._index().get(happening_word(tok), []), fine_tags(self.doc)
        return (self.doc[i] for i in reversed(found) if i < tok.i and (
            fine[i] != "NNS" or tok.tag_ == "NNS"))

    def after(self, tok: Token) -> Iterator[Token]:
        """The later tellings of ``tok``'s happening word, in text order (no plural noun)."""
        found, fine = self._index().get(happening_word(tok), []), fine_tags(self.doc)
        return (self.doc[i] for i in found if i > tok.i and fine[i] != "NNS")


#: Sources of a time the text itself tells for a telling: its clause or its sentence.
TOLD = ("clause", "sentence")


def story_date(tok: Token, tellings: Tellings, told: Callable[[Token], Dated],
               pub: str | None) -> Dated | None:
    """The time of the happening the event noun ``tok`` names again (:func:`refers_back`), as
    ``told`` gives the time of an earlier telling (nearest first; one told only as wanted or
    planned is none), else of the first later one its own clause dates; ``None`` when the story
    dates no such telling before the report ``pub``."""
    if pub is None or not refers_back(tok, owned=True, plural=True) or (
            tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in _GOING_ON
            and (told_in_present(tok.head) or tense_of(tok.head) == "future" or irrealis(
                tok.head))):
        return None  # "the killing continues" ("would continue"): what goes on now, or on
    names = names_of(tok)
    for other in tellings.before(tok):
        if names and not _same_names(tok, other, names, names_of(other)):
            continue  # "the Salisbury attack" is not an attack told of another place
        if _of_a_thing(other):
            continue  # "was given a briefing on the attack today": the briefing's time
        if other.dep_ in ("nsubj", "nsubjpass") and other.head.lemma_.lower() in _GOING_ON:
            continue  # "as the assault continued for a fifth day" on Wednesday: not its time
        when = told(other)
        if when[2] in TOLD and when[0] and when[0] <= pub:
            return when[0], when[1], "story"
    # "that meeting", "this attack" point back to what was told, never to what comes
    pointing = any(c.dep_ == "det" and c.lower_ in ("that", "this") for c in tok.children)
    for later in () if pointing or tok.tag_ == "NNS" else tellings.after(tok):
        if any(c.lower_ in OTHER_HAPPENING for c in later.children if c.dep_ in _MARKS):
            continue  # "another attack on Friday" is not the one named before
        others = names_of(later)  # "the offensive began on 20 January": the one the story told
        if names and not _same_names(tok, later, names, others) and (others or not refers_back(
                later)):
            continue
        when = told(later)
        if when[2] == "clause" and when[0] and when[0] <= pub:
            return when[0], when[1], "story"
    return _deaths_of(tok, told, pub) if happening_word(tok) in _DEADLY else None


def _names_again(later: Token) -> bool:
    """``later`` names a happening already told: a definite description (:func:`refers_back`)
    or one whose possessive is its day ("Sunday's attack")."""
    return refers_back(later) or (later.pos_ == "NOUN" and later.tag_ == "NN" and any(
        c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in later.children) and not any(
        c.lower_ in OTHER_HAPPENING or c.tag_ == "JJS" for c in later.children))


def retold_later(tok: Token, tellings: Tellings, told: Callable[[Token], Dated],
                 sentence_of: Callable[[int], int], pub: str | None) -> Dated | None:
    """The time of an act told with no time of its own that the next sentences name again by a
    description dated in its own clause: "… 21 soldiers were killed by a group linked to
    al-Qaida. Sunday's attack was carried out in the village of …" (Sunday), ``story``. The
    description must name this act (no telling of its kind lies between them, and a killing may
    be named as an attack), never another happening ("another attack on Friday")."""
    if pub is None:
        return None
    word = happening_word(tok)
    if not word.startswith("happening_"):
        return None
    kinds = _DEADLY if word in _DEADLY else frozenset({word})
    first = sentence_of(tok.i)
    for later in tok.doc[tok.i + 1:]:
        if sentence_of(later.i) - first > _RETOLD_REACH:
            return None
        if later.pos_ not in ("VERB", "NOUN") or happening_word(later) not in kinds:
            continue
        if not _names_again(later):
            return None  # another telling of its kind comes first: the story is not this act's
        when = told(later)
        return (when[0], when[1], "story") if (
            when[2] == "clause" and when[0] and when[0] <= pub) else None
    return None


def _of_a_thing(tok: Token) -> bool:
    """``tok`` is a noun told, with no time of its own, as what another thing is of or about:
    "a briefing on the attack", "an investigation of the attack", whose time is the thing's."""
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.dep_ == "prep" and (
        tok.head.head.pos_ in ("NOUN", "PROPN")) and not any(
            t.ent_type_ in ("DATE", "TIME") for t in tok.subtree)


def _deaths_of(tok: Token, told: Callable[[Token], Dated], pub: str) -> Dated | None:
    """The time of the nearest death told a few sentences before "the attack" that names it
    again when the story tells it by no word of its kind ("Gunmen killed two officers on
    Thursday. … Five others were wounded in the attack": Thursday); ``None`` when that death
    is not dated."""
    sent = tok.sent
    for _ in range(_DEATHS_BACK + 1):
        for other in reversed(tok.doc[sent.start:min(sent.end, tok.i)]):
            if other.lemma_.lower() in _DEATHS and other.pos_ == "VERB":
                when = told(other)
                return (when[0], when[1], "story") if (
                    when[2] in TOLD and when[0] and when[0] <= pub) else None
        if sent.start == 0:
            return None
        sent = tok.doc[sent.start - 1].sent
    return None



def _one_victim(tok: Token) -> bool:
    """``tok`` tells the killing of one person, as done: "a British engineer was killed", "the
    sister of a Welsh medic killed while tending troops" (not "two men were killed")."""
    if tok.lemma_.lower() not in _DEATHS or tok.tag_ != "VBN":
        return False
    if tok.dep_ == "acl":
        victim = tok.head
    elif any(c.dep_ == "auxpass" for c in tok.children):
        victim = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    else:
        return False
    return victim is not None and (victim.tag_ in ("NN", "NNP") or (
        victim.lower_ in _ONE_PERSON)) and not any(
        c.dep_ in ("nummod", "conj") for c in victim.children)


def _dead_one(tok: Token) -> Token | None:
    """The one person, named or pointed to, whose death ``tok`` tells: "Hall" in "Hall died",
    "he" in "he was killed"; ``None`` if ``tok`` tells no such death."""
    if tok.lemma_.lower() not in _DEATHS or tok.pos_ != "VERB":
        return None
    return _one_person(tok)


def _one_person(verb: Token) -> Token | None:
    """The subject of ``verb`` when it is one person named or pointed to ("Hall", "she")."""
    who = subject(verb)
    if who is None or any(c.dep_ == "conj" for c in who.children) or not (
            who.lower_ in _ONE_PERSON or who.ent_type_ == "PERSON"):
        return None
    return who


def _blow_victim(tok: Token) -> Token | None:
    """The one person, named or pointed to, that the blow ``tok`` killed, told by a participle:
    "Anna" in "the device detonated, killing Anna"; ``None`` otherwise."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() in _DEATHS:
        return None
    for c in tok.children:
        if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in _DEATHS:
            objects = [o for o in c.children if o.dep_ == "dobj"]
            if len(objects) == 1 and not any(o.dep_ == "conj" for o in objects[0].children) and (
                    objects[0].lower_ in _ONE_PERSON or objects[0].ent_type_ == "PERSON"):
                return objects[0]
    return None


def _same_person(one: Token | None, other: Token) -> bool:
    """Two tellings name one person: they share a word of a person's name ("Anna Smith",
    "Anna"); a pronoun names anyone."""
    if one is None:
        return False
    if other.lower_ in _ONE_PERSON:
        return True
    names = [{t.lower_ for t in x.subtree if t.ent_type_ == "PERSON"} for x in (one, other)]
    return bool(names[0] & names[1])


def _fatal_moment(tok: Token) -> tuple[Token, Token] | None:
    """(the one person, the blow) of a sentence telling what one person named or pointed to
    was doing when a blow struck ("Hall was clearing mines when a bomb exploded", "she was
    travelling in a convoy when it was struck by a missile"); ``None`` otherwise."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ != "ROOT":
        return None
    subject = _one_person(tok)
    if subject is None:
        return None
    # (the parse may hang the "when" clause on a noun: "in the city of Afrin when …"; not on
    # what someone says: "Smith said he wept when the news hit him")
    blow = next((c for c in tok.subtree if c.dep_ in ("advcl", "relcl") and c.lemma_.lower()
                 in _BLOWS and any(m.lower_ == "when" for m in c.children)
                 and not _reported_under(c, tok)), None)
    return None if blow is None else (subject, blow)


def _reported_under(word: Token, root: Token) -> bool:
    """Whether ``word`` lies in a clause reported (a ``ccomp``) below ``root``."""
    while word.i != root.i and word.head.i != word.i:
        if word.dep_ == "ccomp":
            return True
        word = word.head
    return False


def _someone_else(subject: Token) -> bool:
    """The one who died is introduced as another person ("Another Briton, John Smith, died"),
    not the victim told of before."""
    named = subject.head if subject.dep_ == "appos" else subject
    words = list(subject.subtree) + ([] if named is subject else list(named.subtree))
    return any(w.lower_ in _OTHER_ONE for w in words)


def death_date(tok: Token, sentence_of: Callable[[int], int], told: Callable[[Token], Dated],
               pub: str | None) -> Dated | None:
    """The time of the death of one person that a killing told with no time of its own
    (:func:`_one_victim`) tells: the first later sentence, within a few, that dates the death of
    one person named or pointed to ("A British engineer was killed in Syria … Hall, 24, died on
    active service … in Tabqa, where he died on 25 November": 25 November), or the blow that
    struck while that person was doing something (:func:`_fatal_moment`: "… Hall was clearing
    mines when a bomb exploded on 25 November"), ``story``."""
    if pub is None:
        return None
    if not _one_victim(tok):  # (or an act done to a person named, told again: date_again)
        return _death_told_before(tok, told, pub) or act_told_before(
            tok, told, pub) or _done_by_happening(tok, told, pub)
    # "she was killed" may tell again a death dated before, else one dated after
    return _death_told_after(tok, sentence_of, told, pub) or _death_told_before(
        tok, told, pub) or act_told_before(tok, told, pub)


def _done_by_happening(tok: Token, told: Callable[[Token], Dated], pub: str) -> Dated | None:
    """What a happening named again did, told in the simple past with no time of its own, is of
    the time the story gives the happening: "The US invaded Iraq in 2003. The invasion toppled
    Saddam Hussein" (2003), ``story``."""
    doer = subject(tok) if tok.pos_ == "VERB" and simple_past(tok) else None
    if doer is None or doer.dep_ != "nsubj" or not refers_back(doer) or not happening_word(
            doer).startswith("happening_"):  # (a noun of a kind of happening: not "the regime")
        return None
    return story_date(doer, Tellings(tok.doc), told, pub)


def _death_told_after(tok: Token, sentence_of: Callable[[int], int],
                      told: Callable[[Token], Dated], pub: str) -> Dated | None:
    first = sentence_of(tok.i)
    for later in tok.doc[tok.i + 1:]:
        if sentence_of(later.i) - first > _DEATH_REACH:
            return None
        dead, blow = _dead_one(later), _fatal_moment(later)
        if dead is None and blow is not None:
            dead, later = blow  # "… was volunteering in Afrin when her convoy was struck"
        if dead is not None:
            if _someone_else(dead):
                return None  # another's death: the victim's own is not told
            when = told(later)
            if when[2] == "clause" and when[0] and when[0] <= pub:
                return when[0], when[1], "story"
    return None


def _death_told_before(tok: Token, told: Callable[[Token], Dated], pub: str) -> Dated | None:
    """The time of the death of one person that "he was killed", "she died" with no time of its
    own tells again, when the text before dates the death of one person and no other: "Anna
    Smith died on 3 May. … Two weeks later, she was killed" (3 May), ``story``; so does the blow
    that killed that person, named again ("… the device detonated, killing Anna")."""
    victim = _blow_victim(tok)
    dead = _dead_one(tok) or victim
    if dead is None or dead.lower_ not in _ONE_PERSON and victim is None:
        return None
    times: list[tuple[str, str | None]] = []
    one = named = False  # whether a death dated before is of one person, of the one named
    for before in tok.doc[:tok.i]:
        if before.lemma_.lower() not in _DEATHS or before.pos_ != "VERB":
            continue
        when = told(before)
        if when[2] == "clause" and when[0] and when[0] <= pub:
            times.append((when[0], when[1]))  # every death dated, of one person or of several
            one = one or _dead_one(before) is not None or _one_victim(before)
            named = named or _same_person(_dead_one(before), dead)
    if not times or not one or not all(_agree(a, b) for a in times for b in times) or (
            dead.lower_ not in _ONE_PERSON and not named):
        return None  # no death of one person dated before, or deaths at other times told
    # one death told at several precisions ("three weeks ago", "in late January"): the last
    date, precision = times[-1]
    return date, precision, "story"


#: How many days apart two dates may lie at a precision and still tell the same time.
_WITHIN = {"day": 0, "week": 3}
#: The part of an ISO date that a coarser precision keeps.
_KEPT = {"month": 7, "year": 4, "decade": 3}


def _agree(a: tuple[str, str | None], b: tuple[str, str | None]) -> bool:
    """Two told times may be one: equal at the coarser of their precisions ("three weeks ago"
    and "in late January"), a week's within three days."""
    coarse = max((p for p in (a[1], b[1]) if p in PRECISIONS), key=PRECISIONS.index,
                 default="day")
    if coarse in _KEPT:
        return a[0][:_KEPT[coarse]] == b[0][:_KEPT[coarse]]
    return abs(dt.date.fromisoformat(a[0]).toordinal()
               - dt.date.fromisoformat(b[0]).toordinal()) <= _WITHIN[coarse]


def occasion_of(clause: Token) -> Token | None:
    """The verb whose act happened in the happening a relative clause describes, told in the
    past: "killed" in "were killed in a night raid that struck a clinic", which shares
    the time of the killing; ``None`` for a thing or place described ("in a town that rebels
    captured")."""
    noun = clause.head
    if clause.dep_ != "relcl" or tense_of(clause) != "past" or noun.pos_ != "NOUN" or not (
            happening_word(noun).startswith("happening_")) or noun.dep_ != "pobj":
        return None
    prep = noun.head
    return prep.head if prep.lower_ in _OCCASION and prep.head.pos_ == "VERB" else None


def occasion_named(verb: Token) -> Token | None:
    """The happening named again that the act ``verb`` was done in: "the attack" of "two
    officers were killed in the attack", "the summit" of "demanded … at the summit" (or of "the
    summit, at which he demanded …", a relative clause telling what was done in it), which the
    story dates (not the sentence before); ``None`` when the act names none ("killed in an
    attack", "died in the war", "in the end", "at the scene")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for noun in prep_objects(verb, _OCCASION | _GATHERING_AT):
        prep = noun.head.lower_
        if noun.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            noun = verb.head  # "the summit, at which he pleaded": pleaded at the summit
        if refers_back(noun) and happening_word(noun).startswith("happening_") and (
                prep in _OCCASION or happening_word(noun) == _GATHERING):
            return noun
    return None
