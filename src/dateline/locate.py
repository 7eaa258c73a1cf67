"""Stage ``locate``: each event's place, and where it came from.

Place names are found and resolved once per document (:mod:`dateline.toponyms`). Each event then
takes a place and says where it came from (:func:`locator`, ``place_source``): its own
``clause``, then its ``sentence`` (the clauses governing it, never another clause's reported
content), then — only when the sentence carries on the story of the one before — that sentence's
place (``carried``, at least precision 2: near it), then the ``dateline`` (precision 3: in that
region), then the article's ``focus``: the town most of its places name (precision 2) or the
country most of them are in (precision 3). A country naming an actor's nationality ("US
officials", "a UK national"), sponsor ("Ankara-backed") or standing as a party ("talks with
Russia", "urged Iran") is no place, nor is a capital standing for its government ("blamed
Moscow"); the place of a conference or speech is not that of what was said there; what only
would or is threatened to happen carries no place from the sentence before, and only a town
carries on at all. Where a person comes from ("a dentist from Daraa", "they were from London")
is no event's place; "speaking from Sunamganj" is where the speaker spoke; an attack "against
Turkey" is on its ground; a place where something only may happen ("likely to be tried in the
US") is that clause's own. Words (statements, meetings, threats) are placed where the clause sets
their scene — among the people, gatherings and places they were said among ("met the president
in Nairobi", "at a refugee camp in Jordan") — never where what they are about happened; a deed
also takes the place of a bare participle describing what it was done to ("fired on a convoy
entering Afrin") or of a clause telling when it happened, but none from a clause with a doer of
its own, nor from another attack it follows ("after the Manchester attack"). Precision follows
ACLED: 1 the town itself, 2 near it or part of a region, 3 a region or a country.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from .aspect import bounds_a_span, irrealis
from .gazetteer import REGION_KINDS, fold
from .records import Place
from .sentences import (
    Sentences,
    aside,
    clause_tokens,
    continues_story,
    governing_clauses,
    is_caseless,
    same_section,
)
from .toponyms import (
    Toponym,
    country_place,
    dateline_place,
    distance_km,
    gazetteer_size,
    is_demonym,
    resolve_name,
    toponyms,
)
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .code import Mention
    from .records import Article

__all__ = ["locator", "toponyms", "Sentences", "is_caseless", "resolve_name", "Toponym",
           "gazetteer_size", "distance_km", "clause_tokens", "governing_clauses", "aside",
           "continues_story", "same_section", "Located", "PLACE_SOURCES", "RULESET"]

#: Provenance name of the rules in this module.
RULESET = "dateline.locate.v3"



# --- each event's place

#: Nouns a country's name may modify and still be a place: "the Syria border", "Turkey's soil".
_PLACE_HEADS = frozenset({"border", "borders", "side", "soil", "territory", "coast", "coastline",
                          "frontier", "north", "south", "east", "west", "north-east", "north-west",
                          "south-east", "south-west", "northeast", "northwest", "southeast",
                          "southwest", "province", "provinces", "city", "capital", "countryside",
                          "airspace", "waters", "interior", "mainland", "region", "desert",
                          "mountains", "heartland", "outskirts", "enclave", "camps", "camp",
                          "part", "parts", "rest", "area", "areas", "regions", "swaths",
                          "cities", "towns", "villages", "much", "most", "corner", "edge",
                          "centre", "center", "heart", "streets", "skies", "sky", "ground",
                          "suburb", "suburbs", "district", "districts", "neighbourhood",
                          "neighbourhoods", "neighborhood", "airport", "port", "governorate",
                          "countryside", "environs", "old", "skyline", "residents"})
#: Lines that are picture captions or credits: their places are the picture's, not the story's.
_CAPTION = re.compile(r"^[^\n]*\b(?:Photograph|Photo|Picture|Illustration|Composite)\s*:[^\n]*",
                      re.I | re.M)
_CARRY_STEPS = 2

#: (place, place_source) of an event; place_source is one of PLACE_SOURCES.
Located = tuple[Place | None, str | None]
PLACE_SOURCES = ("clause", "sentence", "carried", "dateline", "focus")


#: Prepositions whose country is a party, not a place: "talks with Russia", "a war against Iran".
_PARTY_PREPS = frozenset({"with", "against", "by", "for", "about", "between", "than", "like",
                          "among", "toward", "towards", "upon"})
#: Verbs of going and sending: "to" after them leads to a place ("fled to Turkey"); after
#: others, to a party ("sold arms to Turkey", "a letter to Iran").
_MOTION = frozenset({"go", "come", "move", "deploy", "send", "fly", "head", "travel", "return",
                     "flee", "escape", "march", "drive", "walk", "sail", "arrive", "relocate",
                     "transfer", "deport", "extradite", "repatriate", "smuggle", "cross",
                     "bring", "take", "spread", "expand", "extend", "journey", "trip", "visit",
                     "invite", "summon", "recall", "evacuate", "airlift", "expel", "exile",
                     "banish",
                     "way", "road", "route", "border", "access", "entry"})
#: Verbs whose direct object, when a country, is ground: "invaded Iraq", "fled Syria"; other
#: verbs make it a party: "urged Iran", "accused Russia".
_TERRITORIAL = frozenset({"invade", "enter", "attack", "bomb", "strike", "shell", "hit", "raid",
                          "storm", "besiege", "capture", "seize", "reach", "flee", "leave",
                          "return", "visit", "cross", "occupy", "target", "tour", "bombard",
                          "overrun", "liberate", "retake", "control", "travel", "rule", "govern",
                          "destabilise", "destabilize", "flood", "ravage", "devastate"})


#: Verbs after which "on" leads to a party: "called on the US", "pressure on Iran".
_ON_PARTY = word_class("on_party_verbs")
#: Nouns after which "from" leads to a party, not to a place: "support from Washington".
_FROM_PARTY = word_class("from_party_nouns")
#: Event types of words rather than deeds: their place is where they were said or met.
_VERBAL = frozenset({"AGREE", "CONSULT", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "CONCEDE",
                     "THREATEN"})
#: Prepositions that put an act in a place: "in Geneva", "at the border".
_AT_PREPS = frozenset({"in", "at", "inside", "outside", "near", "across", "throughout",
                       "around", "within"})
#: Nouns of gatherings and speeches: a place they name is where the words were said, not where
#: what they tell of happened ("told the Munich security conference", "in a speech in Ankara").
_VENUES = word_class("venues")
#: Nouns for people and groups: "a dentist from Daraa", "fighters from Iraq" name where they
#: come from, not where anything they do happens.
_PEOPLE = word_class("people") | word_class("person_nouns") | word_class("person_heads") | \
    word_class("crowds") | frozenset({"fighter", "jihadist", "soldier", "volunteer", "national",
                                      "native", "engineer", "dentist", "mother", "father", "son",
                                      "daughter", "brother", "sister", "wife", "husband",
                                      "force", "troop", "militia", "militant", "commando",
                                      "mercenary", "recruit", "contingent"})
#: Nouns of places in which an act is done: "at a refugee camp in Jordan", "the hospital in Raqqa".
_SCENE_PLACES = word_class("scene_places")
#: Verbs of speaking: "speaking from Sunamganj" is where the speaker was.
_SPEAKING = frozenset({"speak", "talk", "write", "say", "tell", "report", "broadcast", "call",
                       "testify"})
#: Nouns of taking and holding a land: "the occupation of Iraq", "the battle of Mosul".
_SEIZURES = frozenset({"occupation", "siege", "liberation", "fall", "capture", "battle",
                       "bombardment", "blockade", "partition", "annexation", "conquest"})
#: Nouns of flying: "flights over Syria" are in its sky; other nouns "over" a country are
#: about it ("differences over Syria"), and so are these verbs ("clashed over Syria").
_OVERFLIGHTS = word_class("overflights")
_OVER_TOPIC = word_class("over_topic_verbs")
#: Nouns of attacks: "attacks against Turkey", "a strike on Syria" are on its ground.
_ATTACKS = frozenset({"attack", "attacks", "strike", "strikes", "raid", "raids", "bombing",
                      "bombings", "airstrike", "airstrikes", "assault", "offensive",
                      "incursion", "invasion", "shelling"})


def _origin_of_someone(doc: Doc, t: Toponym) -> bool:
    """"Dunbar from Austin, Texas", "a dentist from Daraa", "they were from London": where a
    person comes from, which is no event's place (nor the article's)."""
    root = doc[t.start:t.end].root
    while root.dep_ in ("appos", "conj", "npadvmod", "compound") and root.head.i != root.i:
        root = root.head  # "from Austin, Texas"
    if root.dep_ != "pobj" or root.head.lower_ != "from":
        return False
    head = root.head.head
    if head.lemma_.lower() in _SPEAKING:
        return False
    # ("drove the group from Afrin": whom an act moved is no one's origin)
    return head.pos_ in ("PROPN", "PRON") or head.lemma_ == "be" or (
        head.pos_ == "NOUN" and head.lemma_.lower() in _PEOPLE and head.dep_ != "dobj")


#: Prepositions that set an act after or before another: "following the Manchester attack".
_SEQUENCE_PREPS = frozenset({"after", "before", "following", "since", "despite", "until"})


def _earlier_attack(doc: Doc, t: Toponym, tok: Token) -> bool:
    """The place names another attack that ``tok``'s act follows or precedes ("volunteered to
    fight after the Manchester attack", "ordered strikes after a chemical attack in Syria"):
    that attack's place, not the act's."""
    node = doc[t.start:t.end].root
    attack = None
    for _ in range(_SCENE_STEPS):
        up = node.head
        if up.i == node.i or up.i == tok.i or up.pos_ in ("VERB", "AUX"):
            return False
        if up.lower_ in _SEQUENCE_PREPS:
            return attack is not None
        if up.lemma_.lower() in _ATTACKS or up.lower_ in _ATTACKS:
            attack = up
        node = up
    return False


def _has_subject(verb: Token) -> bool:
    """Whether the verb has a doer of its own (not a relative pronoun standing for another's)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WP", "WDT")
               for c in verb.children)


def _other_doer(doc: Doc, t: Toponym, tok: Token) -> bool:
    """The place is in a clause joined to ``tok``'s with a doer of its own ("the Kurds won
    support in the battle for Raqqa, but Ankara has long protested"): another story's place."""
    path = {tok.i, *(a.i for a in tok.ancestors)}
    for a in [doc[t.start], *doc[t.start].ancestors]:
        if a.i in path:
            break
        if a.dep_ == "conj" and a.pos_ in ("VERB", "AUX") and _has_subject(a):
            return True
    head = tok if tok.pos_ in ("VERB", "AUX") else next(
        (a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    # (the deed's own clause joined to the place's)
    return (head is not None and head.dep_ == "conj" and _has_subject(head)
            and doc[t.start] not in set(head.subtree))


def _attack_ground(doc: Doc, t: Toponym) -> bool:
    """"The gas attack on the town of Douma (killed …)": the ground of an attack that is itself
    the doer, which places what it did."""
    node = doc[t.start:t.end].root
    for _ in range(_SCENE_STEPS):
        if node.dep_ != "pobj":
            return False
        prep = node.head
        if prep.lower_ == "of" and prep.head.lower_ in _PLACE_HEADS | _SCENE_PLACES:
            node = prep.head  # "the town of Douma"
            continue
        return prep.lower_ in ("on", "in", "against") and prep.head.lemma_.lower() in _ATTACKS
    return False


#: Words opening a relative clause that tells when or where, not what someone did: "killed on
#: 23 October, when a mine exploded in Raqqa".
_SCENE_RELATIVES = frozenset({"when", "where", "as", "while"})


def _scene_of_deed(doc: Doc, t: Toponym, tok: Token) -> bool:
    """A place in a clause that only sets the scene of ``tok``'s deed: a participle describing
    what it was done to ("fired on a convoy entering Afrin") or a clause telling when or where
    it happened ("killed on Monday, when a bomb exploded in Raqqa")."""
    path = {tok.i, *(a.i for a in tok.ancestors)}
    own = clause_tokens(tok)
    for a in [doc[t.start], *doc[t.start].ancestors]:
        if a.i in path:
            return True
        # (what the clause describes must be in the deed's own clause; a participle must be
        # bare: not "the claim that it had been defeated in Syria")
        if a.head.i in own and (
                (a.dep_ == "acl" and a.tag_ in ("VBG", "VBN") and not any(
                    c.dep_ in ("mark", "nsubj", "nsubjpass", "aux", "auxpass")
                    for c in a.children))
                or (a.dep_ in ("relcl", "advcl") and any(
                    c.lower_ in _SCENE_RELATIVES for c in a.children
                    if c.dep_ in ("advmod", "mark")))):
            continue
        if a.dep_ in ("relcl", "ccomp", "parataxis", "acl"):
            return False
    return False


def _spoken_from(doc: Doc, t: Toponym, tok: Token) -> bool:
    """"Her father, speaking from Sunamganj, accused …": where the speaker spoke from."""
    if t.start == 0 or doc[t.start - 1].lower_ not in ("from", "in", "at"):
        return False
    verb = doc[t.start - 1].head
    return verb.lemma_.lower() in _SPEAKING and verb.tag_ == "VBG" and (
        verb.head.i == tok.i or (verb.dep_ in ("acl", "advcl") and verb.head.head.i == tok.i))


def _venue(doc: Doc, t: Toponym) -> set[int]:
    """For the place of a gathering or a speech ("at the Munich security conference", "a visit
    to the Cambridge Union", "in a speech in Ankara"), the tokens of what happened there: the
    gathering itself and the verb it belongs to ("met on the sidelines of the Munich
    conference"). Empty for any other place."""
    root = doc[t.start:t.end].root
    head = root.head
    if root.dep_ in ("compound", "amod", "nmod") and head.lower_ in _VENUES:
        noun = head
    elif root.dep_ == "pobj" and head.dep_ == "prep" and head.head.lower_ in _VENUES:
        noun = head.head
    elif t.end < len(doc) and doc[t.end].lower_ in _VENUES:
        noun = doc[t.end]
    else:
        return set()
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), noun)
    return {noun.i, verb.i}


def _said_at(doc: Doc, t: Toponym, tok: Token) -> bool:
    """The place is where ``tok`` (or the clause it heads) happened: "met in Geneva", "talks in
    Vienna", "the Vienna talks", "In Kabul, officials said"."""
    root = doc[t.start:t.end].root
    while root.dep_ in ("conj", "appos") and root.head.i != root.i:
        root = root.head
    head = root.head
    if root.dep_ in ("compound", "nmod", "amod") and head.i == tok.i:
        return True
    if root.dep_ == "dobj" and head.i == tok.i and tok.lemma_.lower() in _TERRITORIAL:
        return True  # "visited Syria", "left Douma"
    if root.dep_ == "pobj" and head.lower_ in _AT_PREPS and head.head.i in (tok.i, *(
            a.i for a in tok.ancestors if a.pos_ in ("VERB", "AUX"))):
        return True
    return _sets_scene(root, tok, t.kind == "country")


#: Dependencies through which a place's phrase belongs to the noun or verb above it.
_SCENE_DEPS = frozenset({"compound", "conj", "appos", "nmod", "amod", "dobj", "nsubj",
                         "nsubjpass", "dative", "attr", "npadvmod"})
_SCENE_STEPS = 6
#: Words that make "in" a turn of phrase: "in particular", "in general", "in turn".
_DISCOURSE = frozenset({"particular", "general", "turn", "short", "fact", "addition", "all"})


def _scene_noun(tok: Token) -> bool:
    """A noun that keeps the place it is in with the act it takes part in: a person or group
    ("met the president in Washington"), a gathering ("a visit to the Cambridge Union") or a
    place ("at a refugee camp in Jordan") — not another act ("accused Russia of attacks in
    Syria")."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    return (tok.pos_ == "PROPN" or is_demonym(tok.text) or lemma in _PEOPLE or low in _VENUES or lemma in _VENUES
            or low in _PLACE_HEADS or lemma in _SCENE_PLACES) and low not in _ATTACKS


def _sets_scene(node: Token, tok: Token, country: bool = False) -> bool:
    """Whether the place at ``node`` is the scene of ``tok``'s act through a chain of people,
    gatherings and places: "met Nixon and Kissinger in Washington", "At a refugee camp in
    Jordan, I met …", "On a visit to the Cambridge Union, he praised …", "invited them to
    Paris". The place must sit in a prepositional phrase on the way ("Russia was blamed" is no
    scene), and a country one goes "to" is one sent to as often as one gone to ("sent a request
    to the UK")."""
    verbs = {tok.i, *(a.i for a in tok.ancestors if a.pos_ in ("VERB", "AUX"))}
    crossed = False
    for _ in range(_SCENE_STEPS):
        if node.dep_ == "pobj":
            prep, up = node.head, node.head.head
            word = prep.lower_
            if any(c.lower_ in _DISCOURSE for c in prep.children):
                return False  # "the members, in particular Russia": no place
            if word == "of" and (up.lower_ in _PLACE_HEADS or up.lemma_.lower() in _SCENE_PLACES):
                node = up  # "the city of Kirkuk" is Kirkuk
                continue
            if not (word in _AT_PREPS or (word in ("to", "into") and not country
                                          and up.lemma_.lower() in _MOTION)
                    or (word in ("on", "during") and (node.lower_ in _VENUES
                                                      or node.lemma_.lower() in _VENUES))):
                return False
            crossed = True
        elif node.dep_ in _SCENE_DEPS and node.head.i != node.i:
            up = node.head
        else:
            return False
        if up.i in verbs:
            return crossed
        if up.pos_ in ("VERB", "AUX") or not _scene_noun(up):
            return False
        node = up
    return False


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    from .actors import load_dictionary

    return load_dictionary().capitals


def _is_actor_use(doc: Doc, t: Toponym) -> bool:
    """"Washington said", "Israel's army": a place standing for its government or people;
    "US officials", "a UK national", "Ankara-backed rebels": a country or town naming an
    actor's nationality or sponsor; "talks with Russia", "urged Iran", "backed Moscow",
    "according to the Pentagon": a country or a capital as a party. None of these is where an
    event happened."""
    root = doc[t.start:t.end].root
    if t.end < len(doc) and doc[t.end].text in ("-", "–") and not doc[t.end - 1].whitespace_:
        return True  # "Ankara-backed", "London-based"
    while root.dep_ in ("conj", "appos") and root.head.i != root.i:
        root = root.head  # "Russia and Iran said", "with its backers, Iran and Russia"
    head = root.head
    if root.dep_ == "poss":
        return head.lower_ not in _PLACE_HEADS
    if t.kind != "country" and root.dep_ in ("compound", "nmod") and head.lower_ in _VENUES:
        return False  # "the Vienna talks": a town names where they are held
    if root.dep_ == "nsubj" or (
            root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"):
        return True
    if t.kind != "country" and t.text.lower() not in _capitals() and fold(
            t.text) not in _capitals():
        return False
    if root.dep_ == "compound" and head.dep_ in ("nsubj",):
        return True
    if root.dep_ in ("compound", "amod", "nmod", "npadvmod") and head.i != root.i \
            and head.pos_ in ("NOUN", "PROPN", "VERB", "ADJ") and head.lower_ not in _PLACE_HEADS:
        return True
    if root.dep_ == "pobj":
        if head.lower_ in ("against", "on") and head.head.lower_ in _ATTACKS:
            return False  # "attacks against Turkey", "a strike on Syria": on its ground
        if head.lower_ in _PARTY_PREPS:
            return True
        if head.lower_ == "on":
            return head.head.lemma_.lower() in _ON_PARTY
        if head.lower_ == "from":
            return head.head.lower_ in _FROM_PARTY
        if head.lower_ == "of":  # "the invasion of Iran" is on its ground
            return head.head.lower_ not in _PLACE_HEADS and head.head.lemma_.lower() not in (
                _ATTACKS | _SEIZURES)
        if head.lower_ == "over":  # "differences over Syria": what it is about, unless flown
            up = head.head
            return (up.pos_ == "NOUN" and up.lower_ not in _ATTACKS | _PLACE_HEADS
                    and up.lemma_.lower() not in _OVERFLIGHTS) or up.lemma_.lower() in _OVER_TOPIC
        if head.lower_ == "to":
            return head.head.lemma_.lower() not in _MOTION
    return root.dep_ in ("dobj", "dative") and head.lemma_.lower() not in _TERRITORIAL


def locator(doc: Doc, article: Article, sents: Sentences | None = None
            ) -> Callable[[Mention], Located]:
    """A function giving each mention of ``doc`` its place and where the place came from.

    The place is that of the event's own clause; else of its sentence (the clauses that govern
    it first, never another clause's reported content or relative clause); else, when the
    sentence carries on the story of the one before ("They arrested two men"), that sentence's
    place (``carried``, at least precision 2); else the dateline (precision 3); else the
    article's ``focus``, the town or country that dominates its places; else ``(None, None)``.
    Headlines are not in the text; caption lines lend no place. Places are resolved once for
    the whole document; each call only picks among them.
    """
    sents = sents or Sentences.of(doc)
    found = [t for t in toponyms(doc, article, sents) if t.place.lat is not None or
             t.kind == "country"]
    captions = [(m.start(), m.end()) for m in _CAPTION.finditer(sents.text)]
    usable = [t for t in found if not _is_actor_use(doc, t) and not _origin_of_someone(doc, t)
              and not any(a <= doc[t.start].idx < b for a, b in captions)]
    filed = dateline_place(article)  # where the report was filed: the event is in that region
    dateline = _coarser(filed, 3) if filed is not None else None
    by_sent: dict[int, list[Toponym]] = {}
    for t in usable:
        by_sent.setdefault(sents.index(t.start), []).append(t)
    focus = _focus(usable)
    origins = {t.start for t in usable if t.start > 0 and doc[t.start - 1].lower_ == "from"}
    venues = {t.start: _venue(doc, t) for t in usable}

    def in_sentence(tok: Token, exclude: tuple[int, int], verbal: bool = False) -> Located:
        k = sents.index(tok.i)
        # the places of a phrase bounding a span are its own: "has threatened to push deeper
        # since sending troops into Afrin"
        inside_bound = bounds_a_span(tok)
        in_sent = [t for t in by_sent.get(k, ()) if (
            not (exclude[0] <= t.start < exclude[1]) or _attack_ground(doc, t))
                   and inside_bound == bounds_a_span(doc[t.start])]
        if not in_sent:
            return None, None
        clause = clause_tokens(tok)
        # where words were said is not where what they tell of happened: a gathering's place is
        # the gathering's own and its verb's ("the Sochi conference has turned into a struggle
        # over how the war will end")
        in_sent = [t for t in in_sent if (not venues[t.start] or tok.i in venues[t.start])
                   and not _earlier_attack(doc, t, tok)]
        own = [t for t in in_sent if t.start in clause]
        if verbal:
            # words are said where the clause says they were, not where what they are about
            # happened ("blamed the offensive against Afrin", "sought backing to use the
            # airspace over Afrin")
            own = [t for t in own if _said_at(doc, t, tok)]
            spoken = [t for t in in_sent if _spoken_from(doc, t, tok)]
            if spoken and not own:
                return spoken[0].place, "clause"
        if own and all(t.start in origins for t in own) and tok.lemma_.lower() in (
                _MOTION | _TERRITORIAL):
            own = []  # "stormed across the border from Syria": where it came from, not where
        if own:  # where it came from ("a missile from Syria") only when nothing else
            return min(own, key=lambda t: (t.start in origins, t.place.precision or 3,
                                           abs(t.start - tok.i))).place, "clause"
        for tokens in governing_clauses(doc, tok):
            up = [t for t in in_sent if t.start in tokens]
            if verbal:
                # words take a governing clause's place only where it sets their scene ("In
                # Moscow, the minister said he rejected …"), not where it tells of something
                # else ("the regime change in Damascus he once sought")
                head = next(doc[i] for i in tokens if doc[i].head.i not in tokens
                            or doc[i].head.i == i)
                up = [t for t in up if _said_at(doc, t, head)]
            if up:
                return min(up, key=lambda t: (t.start in origins,
                                              abs(t.start - tok.i))).place, "sentence"
        # nor where what only may happen would ("appear likely to be tried in the US")
        rest = [] if verbal else [t for t in in_sent if (
            not aside(doc, tok, t.start) or _scene_of_deed(doc, t, tok))
            and not irrealis(doc[t.start]) and not _other_doer(doc, t, tok)]
        if rest:
            return min(rest, key=lambda t: (t.start in origins, abs(t.start - tok.i),
                                            t.place.precision or 3)).place, "sentence"
        return None, None

    def carried(k: int) -> Place | None:
        """The place the story had before sentence ``k``, when ``k`` carries it on."""
        for step in range(_CARRY_STEPS):
            prev = k - 1 - step
            here = k - step
            if prev < 0:
                return None
            if not same_section(sents.text, sents.start_chars[prev], sents.start_chars[here]):
                return None
            if not continues_story(sents.spans[here].text, sents.spans[prev].text):
                return None
            place, _ = in_sentence(sents.spans[prev].root, (-1, -1))
            if place is not None:
                # a town carries on; a country says no more than the article's focus does
                return place if (place.precision or 3) < 3 else None
        return None

    def place_for(mention: Mention) -> Located:
        trig = doc[mention.trigger]
        sense = getattr(mention, "sense", None)
        place, source = in_sentence(trig, mention.source or (-1, -1),
                                    getattr(sense, "event_type", None) in _VERBAL)
        if place is not None:
            return place, source
        k = sents.index(mention.trigger)
        # what only may or is to happen does not carry on the story of the sentence before
        before = None if irrealis(trig) else carried(k)
        if before is not None:
            # the story's place is where the event is near, not where it surely is
            return _coarser(before, 2), "carried"
        if dateline is not None:
            return dateline, "dateline"
        if focus is not None:
            return focus, "focus"
        return None, None

    return place_for


#: A country is the article's focus when it holds this share of its places (and two of them).
_FOCUS_SHARE = 0.5
#: ... or, among many countries, this share of them and this many times the next country's.
_FOCUS_PLURAL_SHARE = 0.3
_FOCUS_LEAD = 2.0
#: ... and a town is, when it is named at least this often and in half the focus country's places.
_FOCUS_TOWN_MIN = 3


def _focus(places: Sequence[Toponym]) -> Place | None:
    """The town most of the article's places name (near it: precision 2), else the country most
    of them are in (precision 3)."""
    counts = Counter(t.place.country for t in places if t.place.country)
    if not counts:
        return None
    (iso, n), *rest = counts.most_common(2)
    runner_up = rest[0][1] if rest else 0
    # the country most of its places are in, or, among many, the one named far more than any
    # other ("Syria" in a report that also names Turkey, Iraq, France and Britain)
    if n < 2 or (n < _FOCUS_SHARE * sum(counts.values()) and (
            n < _FOCUS_LEAD * runner_up or n < _FOCUS_PLURAL_SHARE * sum(counts.values()))):
        return None
    towns = Counter((t.place.name, t.place.lat, t.place.lon) for t in places
                    if t.kind not in REGION_KINDS and t.place.country == iso)
    if towns:
        (name, _, _), k = towns.most_common(1)[0]
        if k >= _FOCUS_TOWN_MIN and k >= _FOCUS_SHARE * n:
            town = next(t.place for t in places if t.place.name == name)
            return _coarser(town, 2)
    named = next((t.place for t in places if t.kind == "country" and t.place.country == iso),
                 None)
    if named is None:
        named = country_place(iso)
    return _coarser(named, 3) if named is not None else None


def _coarser(p: Place, precision: int) -> Place:
    return Place(name=p.name, country=p.country, admin1=p.admin1, lat=p.lat, lon=p.lon,
                 geonameid=p.geonameid, precision=max(p.precision or 1, precision))
