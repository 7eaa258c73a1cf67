"""A place phrase pointing back at a place named before: "withdraw US troops from the country",
"civilians trapped in the town", "clashes in the nearby province", "the city was shelled".

Such a phrase names no place itself; the place is the last one of its kind named before it in
the same section of the story: a country for "the country" (or the country of the place
named last), a town for "the city", "the town"
or "the village", a province or state for "the province" or "the state". "The region" (often a
part of the world), a phrase followed by "of" ("the city of Sochi", a name) and one describing
another place ("the next town") are not read; other words may describe it ("the small town").
The adverb "there" ("fending off the offensive there") points back at the last place of any
kind named in its sentence or the one before, save one a distance or a coming is told from
("1,500 km from the capital"). A relative clause tells of the place it hangs on ("Raqqa, which
the rebels declared liberated"): :func:`relative_antecedent`. A sentence whose doer was named in
the sentence before, by a pronoun or by the same name, goes on with that sentence's story:
:func:`same_doer`. What a villager or a resident tells of happened where they live
(:func:`local_teller`); what several parties say together after a meeting is said where they met
(:func:`joint_doer`). Where a named speaker "was speaking" ("Erdoğan was speaking at Chatham
House in London", "he said in a speech in Ankara") is where the words the story gives them were
said: :func:`speaker_venues` (:mod:`.place_spoken` matches a mention's speaker to them). What
a deed did, told by a relative clause on its phrase, is where that phrase puts the deed ("an
attack on Douma which killed dozens"): :func:`deed_antecedent`; a clause telling a noun's past
("an activist previously imprisoned") is no step of the story (:func:`told_earlier`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from .date_clauses import SAYING
from .deps import subject
from .gazetteer import REGION_KINDS, fold
from .sentences import Sentences, clause_tokens, governing_clauses, same_section, sentence_ents
from .tokens import span_root, tags
from .toponym_words import OF_HEADS
from .toponyms import country_place, province_of, resolve_name
from .place_lands import compass_part
from .place_visits import visit_of
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .records import Place
    from .toponyms import Toponym

#: The noun of a pointing phrase → which kinds of named place it points back at.
_KINDS: dict[str, frozenset[str]] = {
    "country": frozenset({"country", "admin1", "town"}),
    "province": frozenset({"admin1"}),
    "state": frozenset({"admin1"}),
    "city": frozenset({"town"}),
    "town": frozenset({"town"}),
    "village": frozenset({"town"}),
    # (a stretch of land named before: a region, a province or a district, not a town, which
    # is as often a venue of words as a scene)
    "area": frozenset({"area", "admin2", "admin1", "region"}),
    "region": frozenset({"region", "area", "admin1"}),
    "enclave": frozenset({"area", "admin2"}),
}
_PROVINCES = _KINDS["province"]
#: "There" as an adverb ("fending off the offensive there") points back at any place, named in
#: its own sentence or the one before.
_THERE = frozenset({"country", "admin1", "town"})
_THERE_REACH = 1
#: Prepositions opening a phrase of where something is, goes or comes from.
_PLACE_PREPS = word_class("where_preps_name") | {"from", "of"}
#: Verbs whose object is ground: "stormed the city".
_TERRITORIAL = word_class("territorial_verbs")
#: Words that make "the town" another than the one named before ("the next town").
_OTHER = word_class("other_place")
#: How many sentences back an antecedent may lie.
_REACH = 6


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    from .actor_dictionary import load_dictionary

    return load_dictionary().capitals


def is_capital(name: str) -> bool:
    """Whether ``name`` names a capital ("Moscow", "Ankara"): often its government."""
    return name.lower() in _capitals() or fold(name) in _capitals()


def _kinds_of(t: Toponym) -> str:
    return "town" if t.kind not in REGION_KINDS else t.kind


def from_place(doc: Doc, t: Toponym) -> bool:
    """``t`` is what a distance or a coming is told from ("1,500 km from the capital Bamako",
    "flew from the Engels air base", "from the town of Afrin", "from a base in Russia")."""
    root = span_root(doc, t.start, t.end)
    while root.head.i != root.i and (root.dep_ in ("appos", "compound") or (
            root.dep_ == "pobj" and root.head.lower_ in ("of", "in")
            and root.head.head.pos_ in ("NOUN", "PROPN"))):
        root = root.head.head if root.dep_ == "pobj" else root.head
    return root.dep_ == "pobj" and root.head.lower_ == "from"


def relative_antecedent(doc: Doc, t: Toponym, tok: Token) -> bool:
    """``tok`` is in a relative clause opened by "which" or "that" hanging on the place's name
    ("Raqqa, which the rebels declared liberated", "the town of Douma, which was shelled"):
    what the clause tells happened to or in the place. A country or capital doing the clause's
    deed is a party, not a scene ("Turkey, which launched an operation")."""
    node = span_root(doc, t.start, t.end)
    names = {node.i}
    while node.head.i != node.i and (node.dep_ in ("appos", "compound") or (
            node.dep_ == "pobj" and node.head.lower_ == "of")):
        node = node.head.head if node.dep_ == "pobj" else node.head  # "the town of Douma"
        names.add(node.i)
    a = _describing(tok, participles=False)
    if a is None:
        return False
    rel = next((c for c in a.children if c.lower_ in ("which", "that") and c.tag_ == "WDT"),
               None)
    if a.head.i not in names or rel is None:
        return False
    # (a relative pronoun beside another subject is the object: "which the rebels declared
    # liberated")
    doer = rel.dep_ == "nsubj" and not any(c.dep_ == "nsubj" and c.i != rel.i for c in a.children)
    return not (doer and (t.kind == "country" or is_capital(t.text)))


#: Deeds whose phrase names their scene: "the attack on Douma", "a blast in a market in Kabul".
_DEEDS = word_class("deed_nouns")
#: Prepositions by which a deed's phrase names its scene.
_SCENE_OF_DEED = frozenset({"on", "in", "at", "against", "near"})


def deed_antecedent(doc: Doc, t: Toponym, tok: Token) -> bool:
    """``tok`` is what a deed did, told by a relative clause whose subject is the deed ("which
    killed dozens"), and the place is the deed's scene in the deed's own phrase ("an attack by
    government forces on Douma which killed dozens", "the blast at a market in Kabul that
    wounded 40"), however the parse hangs the clause on that phrase's nouns."""
    rel = _describing(tok, participles=False)
    if rel is None or not any(c.dep_ == "nsubj" and c.lower_ in ("which", "that")
                              for c in rel.children):
        return False
    deed = rel.head
    while deed.lemma_.lower() not in _DEEDS and deed.dep_ == "pobj" \
            and deed.head.head.pos_ == "NOUN":
        deed = deed.head.head  # "a raid by army troops (on Douma which killed)"
    if deed.lemma_.lower() not in _DEEDS:
        return False
    node = span_root(doc, t.start, t.end)
    return deed.i < t.start < rel.left_edge.i and node.dep_ == "pobj" \
        and node.head.lower_ in _SCENE_OF_DEED and any(a.i == deed.i for a in node.ancestors)


#: Pronouns standing for a doer named before.
_PRONOUNS = frozenset({"he", "she", "they"})


def same_doer(sent: Span, before: Span) -> bool:
    """Whether ``sent``'s main clause has the doer ``before`` had: a personal pronoun ("They held
    him for a week"), or a name ``before`` said ("Abu Sayyaf was killed in a raid"), and no time
    of its own set ahead of it ("Four years ago, …" opens another story)."""
    root = sent.root
    doer = subject(root)
    if doer is None or any(e.label_ in ("DATE", "TIME") and e.start < doer.i
                           for e in sentence_ents(sent.doc, sent.start, sent.end)):
        return False
    if doer.lower_ in _PRONOUNS:
        return True
    if doer.pos_ != "PROPN":
        return False
    name = [t.text for t in doer.subtree if t.pos_ == "PROPN"]
    return bool(name) and re.search(rf"\b{re.escape(name[-1])}\b", before.text) is not None


#: Nouns of a deed that "the" points back at: "the attack", "the siege", "the bombing".
_DEED_NOUNS = word_class("deed_nouns")


def same_deed(sent: Span, before: Span) -> bool:
    """Whether ``sent`` names, as "the" deed, one the sentence ``before`` named ("A sarin attack
    killed 80 people in Khan Sheikhoun. Investigators found government forces carried out the
    attack"): it tells more of that deed, where it was done."""
    lemmas, pos = tags(sent.doc).lemmas, tags(sent.doc).pos  # a Token for the deeds only
    told = {lemmas[i] for i in range(before.start, before.end) if pos[i] == "NOUN"} & _DEED_NOUNS
    # (``before`` is a sentence of the same document)
    return bool(told) and any(
        pos[i] == "NOUN" and lemmas[i] in told
        and any(c.dep_ == "det" and c.lower_ == "the" for c in sent.doc[i].children)
        for i in range(sent.start, sent.end))


def same_story(sent: Span, before: Span) -> bool:
    """Whether ``sent`` goes on with the story of ``before``: by its doer
    (:func:`same_doer`) or by "the" deed ``before`` told (:func:`same_deed`)."""
    return same_doer(sent, before) or same_deed(sent, before)


#: Those who live where they are found speaking: villagers, residents, locals.
_LOCALS = word_class("local_people")


def local_teller(sent: Span, saying: Collection[str]) -> bool:
    """Whether ``sent``'s main verb is one of telling (``saying``) whose doer lives where they
    speak ("In Kunduz, a villager said …", "Residents of Kunduz said …", "one local man told
    …"): what such a teller goes on to tell of happened where they live, not elsewhere as a
    refugee's account may have."""
    root = sent.root
    if root.lemma_.lower() not in saying:
        return False
    doer = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return doer is not None and (doer.lemma_.lower() in _LOCALS or any(
        c.dep_ == "amod" and c.lower_ == "local" for c in doer.children))


#: Words for several parties at once: "they", "both", "the two leaders".
_JOINT = frozenset({"they", "both", "two"})


def joint_doer(doc: Doc, span: tuple[int, int]) -> bool:
    """Whether the doer (tokens ``span``) is several parties together: "France and Germany"
    (either conjunct), "they", "both sides", "the two leaders"."""
    root = doc[span[0]:span[1]].root
    if root.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    return root.lower_ in _JOINT or (root.dep_ == "conj" and root.head.pos_ in ("NOUN", "PROPN")) \
        or any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in root.children) \
        or any(c.lower_ in _JOINT for c in root.children if c.dep_ in ("nummod", "det", "amod"))


#: Verbs of a gathering held somewhere ("leaders met in Brussels").
_MEETING = word_class("meeting_verbs")
#: Objects of a meeting verb that make it a gathering of parties ("met their counterparts").
_PARTIES = word_class("people")
_PARTY_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def gathering(verb: Token) -> bool:
    """Whether ``verb`` tells of parties gathering: a verb of meeting with no object ("met in
    Brussels", "convened in Geneva") or with parties as its object ("met their counterparts",
    "met Putin"); not one meeting a thing ("met fierce resistance", "gathered evidence",
    "assembled a bomb")."""
    if verb.lemma_.lower() not in _MEETING:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return all(o.pos_ == "PRON" or o.ent_type_ in _PARTY_ENTS or o.lemma_.lower() in _PARTIES
               for o in objects)


#: Verbs telling where someone was when they spoke: "she was speaking at a rally in Leeds".
_SPOKE = frozenset({"speak", "talk", "address"})
#: Prepositions from such a verb to its venue.
_AT = frozenset({"at", "in", "to", "during"})
#: Occasions of a speaker's own words: where one is held is where they were said ("said in a
#: speech in Ankara", "is giving a press conference in London").
_TALKS = word_class("speech_venues")


def speaker_venues(doc: Doc, places: Sequence[Toponym]
                   ) -> list[tuple[str, Toponym, bool | None]]:
    """Where named speakers were speaking: told as a main clause of its own ("Erdoğan was
    talking at the forum Halden Hall in London", "Ms Ali was addressing a rally in
    Leeds", "Yildirim was in London to discuss trade", "Petrov is giving a press conference in
    London", "“…,” he said in a speech in Ankara"), or as a phrase on the speaker ("Lavrov,
    speaking at a meeting in Geneva, said", "Speaking to reporters in Paris, Ms Ali said",
    "Ali, who was speaking in Leeds, said"): (the last word of the speaker's name, lowercased,
    "he" or "she" standing for the one the sentence before names as its doer; the place;
    whether it is one occasion told by a verb of its own, "said in a speech in Ankara", which
    holds only for the words it tells and those the sentence before gives the speaker)."""
    out = []
    for t in places:
        node = span_root(doc, t.start, t.end)
        talk = False  # the place is a speech's or a press conference's: its words are said there
        came = node  # (the word the walk reached the verb from)
        while node.head.i != node.i and node.pos_ not in ("VERB", "AUX") and (
                node.dep_ in ("pobj", "compound", "appos", "conj")
                or (node.dep_ == "prep" and (node.lower_ in _AT or node.lower_ == "from" or (
                    node.lower_ == "of" and node.head.lemma_.lower() in OF_HEADS)))
                or (node.dep_ == "dobj" and node.lemma_.lower() in _TALKS)):
            talk = talk or node.lemma_.lower() in _TALKS
            came, node = node, node.head
        # ("Lavrov, visiting Ankara, said …", "who was visiting Ankara": the place visited)
        visit = visit_of(node)
        visitor = visit is not None and visit.tag_ == "VBG" \
            and visit.dep_ in ("ROOT", "acl", "relcl")
        if visitor:
            came, node = node, node.head
        # ("Yildirim was in London to discuss trade": where he was is where he spoke)
        # ("Lavrov, who was in Ankara on Tuesday, said …")
        present = visitor or node.lemma_ == "be" and (node.dep_ == "ROOT" or staying(
            node)) and t.start > 0 and doc[t.start - 1].lower_ in ("in", "at") \
            and doc[t.start - 1].head.i == node.i
        # ("Dawud told journalists at a summit in Basra that …", "she said from her base in the
        # city of Qamishli": words said where the verb is)
        talk = talk or (node.pos_ == "VERB" and node.lemma_.lower() in SAYING
                        and came.dep_ == "prep" and came.lower_ in ("at", "in", "from"))
        if not present and not (talk and node.pos_ == "VERB") and (
                node.pos_ != "VERB" or node.lemma_.lower() not in _SPOKE or node.tag_ != "VBG"):
            continue
        if node.dep_ == "ROOT" and (present or talk or any(c.dep_ == "aux"
                                                           for c in node.children)):
            doer = next((c for c in node.children if c.dep_ == "nsubj"), None)
        elif node.dep_ in ("acl", "relcl"):
            doer = node.head  # "Lavrov, speaking at …", "Lavrov, who was speaking at …"
        elif node.dep_ == "advcl":
            doer = next((c for c in node.head.children if c.dep_ == "nsubj"), None)
        else:
            continue
        name = _speaker_name(doer) if doer is not None else None
        if name is not None:
            # (words said "from" a place tell where their speaker is, not one occasion: "she
            # said from her base in Qamishli" holds for all she says in the story)
            # (``None``: where the speaker is, for words said, not for meetings)
            out.append((name, t, None if came.lower_ == "from" and talk
                        else talk and node.tag_ != "VBG"))
    return out


def staying(verb: Token) -> bool:
    """A relative clause saying where its noun is as it acts ("who is in Moscow", "who was in
    Ankara on Tuesday"); not where it had been ("who had been in Damascus last year")."""
    return verb.dep_ == "relcl" and verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP", "VBD") \
        and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _speaker_name(doer: Token) -> str | None:
    """The last word of the name ``doer`` is called by ("Lavrov": "Sergei Lavrov", "the
    minister, Sergei Lavrov"), lowercased, or that of the named doer of the sentence before
    that "he" or "she" stands for; ``None`` for a speaker not named."""
    if doer.lower_ in ("he", "she"):
        start = doer.sent.start
        before = doer.doc[start - 1].sent.root if start > 0 else None
        subject = None if before is None else next(
            (c for c in before.children if c.dep_ == "nsubj"), None)
        return None if subject is None or subject.lower_ in ("he", "she") \
            else _speaker_name(subject)
    if doer.pos_ == "PROPN" or doer.ent_type_ == "PERSON":  # (a name the tagger calls a noun)
        return doer.lower_
    name = next((c for c in doer.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    return name.lower_ if name is not None else None


def _ground(noun: Token) -> bool:
    """The noun is the ground an act is done to or is in: "the town was shelled", "stormed the
    city", "the city was under attack"."""
    head = noun.head
    return noun.dep_ == "nsubjpass" or (
        noun.dep_ == "dobj" and head.lemma_.lower() in _TERRITORIAL) or (
        noun.dep_ == "nsubj" and head.lemma_ == "be"
        and any(c.dep_ == "prep" and c.lower_ == "under" for c in head.children))


def pointing_phrases(doc: Doc, tokens: frozenset[int]) -> list[tuple[Token, frozenset[str]]]:
    """The pointing phrases among ``tokens``: (the noun, the kinds it points back at)."""
    out = []
    for i in sorted(tokens):
        noun = doc[i]
        if noun.lower_ == "there" and noun.dep_ == "advmod" and noun.head.pos_ in ("VERB", "AUX"):
            out.append((noun, _THERE))
            continue
        kinds = _KINDS.get(noun.lower_)
        if kinds is None or noun.tag_ not in ("NN",) or not (
                (noun.dep_ == "pobj" and noun.head.lower_ in _PLACE_PREPS)
                or _ground(noun) or _deed_scene(noun)):
            continue
        det = [c for c in noun.children if c.dep_ == "det"]
        if not det or det[0].lower_ != "the":
            continue
        # "the city of Sochi", "the country's north": a name or another's part, not a pointer
        if any(c.dep_ in ("prep", "case") and c.lower_ in ("of", "'s", "’s")
               for c in noun.children):
            continue
        # "the small town" points back, "the next town" or "the border town" does not
        if any(c.dep_ == "compound" or (c.dep_ == "amod" and c.lower_ in _OTHER)
               for c in noun.children):
            continue
        out.append((noun, kinds))
    return out


def _deed_scene(noun: Token) -> bool:
    """The noun is what a deed is done on: "launched an attack on the province"."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in _SCENE_OF_DEED - {"in", "at", "near"} \
        and prep.head.lemma_.lower() in _DEEDS


#: Words making a pointing phrase a place near the scene named last ("the nearby province").
_NEAR_OTHER = frozenset({"nearby", "adjacent"})


def _near_other(noun: Token) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in _NEAR_OTHER for c in noun.children)


def _province_name(t: Toponym) -> str | None:
    """The province a named place is or lies in, by name."""
    name = t.place.name if t.kind == "admin1" else t.place.admin1
    return fold(name) if name else None


def pointed_place(doc: Doc, sents: Sentences, tok: Token, places: Sequence[Toponym]
                  ) -> tuple[Place, str] | None:
    """The place a pointing phrase of ``tok``'s clause (or of the clauses governing it) names
    back, with where it came from (``clause`` or ``sentence``); else ``None``. ``places`` are
    the document's usable place names, in order."""
    own = clause_tokens(tok)
    # (a clause telling of a noun tells of it, not of the scene of the clause it hangs on:
    # "There, she was abducted along with an activist previously imprisoned by the regime")
    told = _describing(tok)
    if told is not None:
        own = frozenset(i for i in own if told.left_edge.i <= i <= told.right_edge.i)
    up = [] if told is not None else governing_clauses(doc, tok)
    for tokens, source in [(own, "clause")] + [(g, "sentence") for g in up]:
        for noun, kinds in pointing_phrases(doc, tokens):
            k, there = sents.index(noun.i), noun.lower_ == "there"
            reach = _THERE_REACH if there else _REACH
            # ("Idlib" the town before "the province": the province named as its seat is)
            before = [t for t in places if t.end <= noun.i and (
                _kinds_of(t) in kinds or (kinds == _PROVINCES and province_of(t.place)))
                      and k - sents.index(t.start) <= reach
                      and same_section(sents.text, doc[t.start].idx, doc[noun.i].idx)
                      and not (there and from_place(doc, t)) and not _mark(doc, t)]
            if before and _near_other(noun) and kinds == _PROVINCES:
                # "the nearby province": near the scene named last, not that scene's province
                # (a nearby town is as often near enough to the scene to stand for it)
                here = _province_name(max((t for t in places if t.end <= noun.i),
                                          key=lambda t: t.start))
                before = [t for t in before if _province_name(t) != here]
            last = max(before, key=lambda t: t.start) if before else None
            # ("the town of Sarrin", a name the gazetteer does not know, is "the town": where
            # its own words place it, "Sarrin, northern Syria", or nowhere)
            unknown, within = _named_unknown(
                doc, places, last.end if last is not None else sents.spans[max(0, k - reach)].start,
                noun.i, kinds)
            if unknown:
                if within is None:
                    continue
                return within, source
            if last is None:
                continue
            if kinds == _PROVINCES and _kinds_of(last) not in kinds:
                return province_of(last.place) or last.place, source
            if last.kind != "country" and noun.lower_ == "country":
                # "a shooting in Cairo, one of several attacks in the country": Cairo's country
                whole = country_place(last.place.country) if last.place.country else None
                if whole is None:
                    continue
                return whole, source
            return last.place, source
    return None


def _mark(doc: Doc, t: Toponym) -> bool:
    """``t`` is named only as a mark another place is measured from ("30km south of Kobani"):
    no scene a pointer names back."""
    prep = doc[t.start].head
    return prep.lower_ == "of" and prep.head.i != prep.i and compass_part(prep.head.text)


def _named_unknown(doc: Doc, places: Sequence[Toponym], start: int, end: int,
                   kinds: frozenset[str]) -> tuple[bool, Place | None]:
    """Whether a place of ``kinds`` is named between tokens ``start`` and ``end`` by its kind
    and its name ("the town of Sarrin") though no known place stands for the name (a pointer
    after it points back at that place, not at one named before it), and the known place its
    own words set it in ("the town of Sarrin, northern Syria"), if any."""
    known = {i for t in places for i in range(t.start, t.end)}
    found = False
    for i in range(start, end):
        noun = doc[i]
        if _KINDS.get(noun.lower_) != kinds:
            continue
        names = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
        if not any(o.i not in known for o in names):
            continue
        found = True
        # (a region or country its own words set it in, not a town named as a mark near it:
        # "the town of Sarrin, 30km south of Kobani" lies near Kobani, not in it)
        within = [t.place for t in places if noun.left_edge.i <= t.start <= noun.right_edge.i
                  and t.kind in REGION_KINDS]
        # (... whose country is the mark's, at precision 3)
        within += [c for t in places if noun.i < t.start < noun.sent.end and _mark(doc, t)
                   and t.place.country and (c := country_place(t.place.country)) is not None]
        # (a region or country set beside the name: "Sarrin, northern Syria")
        within += [p for o in names for a in o.children if a.dep_ == "appos"
                   if (p := resolve_name(" ".join(t.text for t in a.subtree
                                                  if t.pos_ == "PROPN"))) is not None
                   and (p.precision or 3) >= 3]
        if within:
            return True, within[0]
    return found, None


def _describing(tok: Token, participles: bool = True) -> Token | None:
    """The relative clause (or, with ``participles``, participle clause) telling of a noun that
    ``tok`` is in ("a man who had fled the town", "an activist previously imprisoned by the
    regime"), if any: not beyond the clause ``tok`` is told in."""
    for a in [tok, *tok.ancestors]:
        if a.dep_ == "relcl" or (participles and a.dep_ == "acl" and a.tag_ in ("VBN", "VBG")):
            return a
        if a.dep_ in ("ccomp", "parataxis", "advcl") or a.head.i == a.i:
            return None
    return None


#: Adverbs telling a deed as done before the news ("previously imprisoned").
_EARLIER = word_class("earlier_adverbs")


def told_earlier(tok: Token) -> bool:
    """``tok`` is in a clause telling of a noun what it underwent or did before the news ("an
    activist previously imprisoned by the regime", "a man who had fled the town"): its
    referent's past, which the story's place does not carry on to."""
    told = _describing(tok)
    return told is not None and any(
        (c.dep_ == "advmod" and c.lower_ in _EARLIER) or (c.dep_ == "aux" and c.lower_ == "had")
        for c in told.children)
