"""How a place name is used in its sentence: as the scene of an act, or as something else.

A country or town names an event's place only where the sentence puts the event there. It names
no place where it stands for a party or government ("talks with Russia", "urged Iran", "blamed
Moscow", "Israel's army"), for a nationality or sponsor ("US officials", "Ankara-backed"), for
where a person comes from ("a dentist from Daraa"), for the venue of words whose subject happened
elsewhere ("told the Munich security conference"), or for another attack an act follows ("after
the Manchester attack"). :mod:`dateline.locate` asks these questions of each name it might use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .aspect import governing_verb
from .place_anaphora import is_capital
from .place_demonyms import is_demonym
from .place_lands import part_of_land
from .place_met import met_with as _met_with
from .place_origins import MOTION, PEOPLE as _PEOPLE, SPEAKING as _SPEAKING, a_person, \
    origin_of_someone
from .place_others import same_scene_list
from .place_visits import visit_of
from .place_where import where_clause
from .sentences import clause_tokens
from .tokens import span_root
from .toponyms import Toponym
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["AT_PREPS", "MOTION", "PLACE_HEADS", "TERRITORIAL", "attack_ground", "beside_antecedent",
           "head_of_list", "is_actor_use", "origin_of_someone", "other_deed", "other_doer",
           "party_place", "said_at", "scene_of_deed", "reported_by", "spoken_from", "told_at",
           "telling_verb", "venue", "when_after", "where_antecedent"]


#: Nouns a country's name may modify and still be a place: "the Syria border", "Turkey's soil".
PLACE_HEADS = frozenset({"border", "borders", "side", "soil", "territory", "coast", "coastline",
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
                          "environs", "old", "skyline", "residents", "resort"})

#: Prepositions whose country is a party, not a place: "talks with Russia", "a war against Iran".
_PARTY_PREPS = frozenset({"with", "against", "by", "for", "about", "between", "than", "like",
                          "among", "toward", "towards", "upon"})
#: Verbs whose direct object, when a country, is ground: "invaded Iraq", "fled Syria"; other
#: verbs make it a party: "urged Iran", "accused Russia".
TERRITORIAL = word_class("territorial_verbs")
#: Verbs of going oneself: "to" (or "for") after them is where the goer went ("went to Syria",
#: "left for Afrin").
_GOING = word_class("going_verbs")
#: Those a place elects to sit for it elsewhere: "the Alabama senators", "a Yorkshire MP".
_MEMBERS = word_class("constituency_members")


#: Verbs after which "on" leads to a party: "called on the US", "pressure on Iran".
_ON_PARTY = word_class("on_party_verbs")
#: Nouns after which "from" leads to a party, not to a place: "support from Washington".
_FROM_PARTY = word_class("from_party_nouns")
#: Nouns of a party's friends: "its allies in Moscow" are Russia's government, not a place.
_ALLIES = word_class("ally_nouns")
#: Prepositions that put an act in a place: "in Geneva", "at the border".
AT_PREPS = frozenset({"in", "at", "inside", "outside", "near", "across", "throughout",
                       "around", "within"})
#: Nouns of gatherings and speeches: a place they name is where the words were said, not where
#: what they tell of happened ("told the Munich security conference", "in a speech in Ankara").
_VENUES = word_class("venues")
#: Nouns of places in which an act is done: "at a refugee camp in Jordan", "the hospital in Raqqa".
_SCENE_PLACES = word_class("scene_places")
#: Nouns of taking and holding a land: "the occupation of Iraq", "the battle of Mosul".
_SEIZURES = frozenset({"occupation", "siege", "liberation", "fall", "capture", "battle",
                       "bombardment", "blockade", "partition", "annexation", "conquest"})
#: Nouns of flying: "flights over Syria" are in its sky; other nouns "over" a country are
#: about it ("differences over Syria"), and so are these verbs ("clashed over Syria").
_OVERFLIGHTS = word_class("overflights")
_OVER_TOPIC = word_class("over_topic_verbs")
#: Nouns of attacks: "attacks against Turkey", "a strike on Syria" are on its ground.
_ATTACKS = word_class("attack_nouns")


#: Prepositions (and nouns: "in the aftermath of", "in the wake of") that set an act after or
#: before another: "following the Manchester attack".
_SEQUENCE_PREPS = frozenset({"after", "before", "following", "since", "despite", "until",
                             "aftermath", "wake"})
#: ... and that name what an act is about or for: "sanctions over the Salisbury attack",
#: "jailed for the bombing in Manchester", "a briefing on the Douma attack"; "of" only after a
#: verb ("accused Syria of the Douma attack"), not "the town of Douma".
_TOPIC_PREPS = frozenset({"over", "for", "about", "on", "regarding", "concerning"})
#: Nouns after which "to" names what an act answers: "in response to the Salisbury poisoning".
_ANSWERS = frozenset({"response", "reaction", "reply", "retaliation", "answer"})
#: Nouns of deeds: attacks, killings and the like, which have a scene of their own.
_DEEDS = word_class("deed_nouns") | _SEIZURES | {"campaign"}
#: Verbs of losing or leaving ground: a place they act on is where that happened, not the act's.
_LOST_GROUND, _TOWARD = word_class("losing_ground"), frozenset({"to", "into", "for", "towards"})


def other_deed(doc: Doc, t: Toponym, tok: Token) -> bool:
    """The place names another deed that ``tok``'s act follows, precedes or is about
    ("volunteered to fight after the Manchester attack", "retreated after losing Raqqa", "imposed
    sanctions over the Salisbury poisoning", "accused the regime of the Douma attack", "expelled
    diplomats in response to the Salisbury poisoning", "sanctioned officials for carrying out the
    attack in Salisbury"): that deed's place, not the act's."""
    node = span_root(doc, t.start, t.end)
    deed = None
    for _ in range(_SCENE_STEPS):
        up = node.head
        low = up.lower_
        if up.i != tok.i and (low in _SEQUENCE_PREPS or (deed is not None and (
                low in _TOPIC_PREPS or (low == "of" and up.head.pos_ == "VERB")
                or (low == "to" and up.head.lower_ in _ANSWERS)))):
            # ("following" may be read a verb); what the deed itself did is there ("the gas
            # attack on Douma, which killed 75")
            return deed is not None and deed.i not in {a.i for a in tok.ancestors}
        if up.dep_ == "pcomp" and up.i != tok.i and deed is not None:
            node = up  # "for carrying out the attack in Salisbury"
            continue
        if up.dep_ == "pcomp" and up.head.lower_ in _SEQUENCE_PREPS and up.head.head.i == tok.i \
                and up.lemma_.lower() in _LOST_GROUND and node.lower_ not in _TOWARD:
            return True  # "retreated into the desert after losing Raqqa" (not "fleeing to")
        if up.i == node.i or up.i == tok.i or up.pos_ in ("VERB", "AUX"):
            return False
        if up.lemma_.lower() in _DEEDS or low in _DEEDS:
            deed = up
        node = up
    return False


def _has_subject(verb: Token) -> bool:
    """Whether the verb has a doer of its own (not a relative pronoun standing for another's),
    or is a clause of its own that there is something ("there is a case for trying them")."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.tag_ not in ("WP", "WDT")
               for c in verb.children)


def other_doer(doc: Doc, t: Toponym, tok: Token) -> bool:
    """The place is in a clause joined to ``tok``'s with a doer of its own ("the Kurds won
    aid in the siege of Raqqa, but Ankara has often objected"): another story's place."""
    path = {tok.i, *(a.i for a in tok.ancestors)}
    for a in [doc[t.start], *doc[t.start].ancestors]:
        if a.i in path:
            break
        if a.dep_ == "conj" and a.pos_ in ("VERB", "AUX") and _has_subject(a) \
                and not same_scene_list(a, tok):
            return True
    head = governing_verb(tok)  # (the root when no verb is above: no conjunct)
    # (the deed's own clause joined to the place's)
    return (head.dep_ == "conj" and _has_subject(head)
            and doc[t.start] not in set(head.subtree) and not same_scene_list(head, tok))


#: Words opening a clause set against the one before it: "died in Manbij, while another was
#: killed in Raqqa", "are fighting in Afrin, though Turkey trained them"; and a condition, set
#: apart even without a comma ("if they sweep into Kabul"). A concession ("though") only when it
#: names a place of its own ("dispersed them in Cairo, though hundreds marched again": Cairo).
_CONCESSIONS, _PLACE_ENTS = frozenset({"though", "although"}), frozenset({"GPE", "LOC", "FAC"})
_CONTRASTS = frozenset({"while", "whereas"}) | _CONCESSIONS
_CONDITIONS = frozenset({"if", "unless"})


def contrasted(doc: Doc, t: Toponym, tok: Token) -> bool:
    """The place and ``tok`` are on either side of a contrast: a clause after a comma, opened by
    "while" or "whereas", with a doer of its own ("X died in Manbij, while Y was killed in
    Raqqa"), or a condition ("gives no hint of what follows if they push into Kabul").
    Each side keeps its own place."""
    for a in (doc[t.start], tok):
        for c in [a, *a.ancestors]:
            if c.dep_ == "advcl" and _has_subject(c) and any(
                    (m.dep_ in ("mark", "advmod") and m.lower_ in _CONTRASTS and m.i > 0
                     and doc[m.i - 1].text == ",") or (m.dep_ == "mark"
                                                        and m.lower_ in _CONDITIONS)
                    for m in c.children):
                inside = range(c.left_edge.i, c.right_edge.i + 1)
                if (t.start in inside) != (tok.i in inside) and not (
                        any(m.lower_ in _CONCESSIONS for m in c.children)
                        and not any(doc[i].ent_type_ in _PLACE_ENTS for i in inside)):
                    return True
    return False


def background(doc: Doc, t: Toponym, tok: Token) -> bool:
    """``tok`` is in a relative clause set off by commas that tells of its doer's past ("X, who
    joined forces to fight in Syria, appeared at a court in London"), and the place is named
    after that clause, outside it: the place of the sentence's news, not of that past."""
    for a in [tok, *tok.ancestors]:
        if a.dep_ == "relcl":
            return (a.left_edge.i > 0 and doc[a.left_edge.i - 1].text == ","
                    and t.start > a.right_edge.i
                    and any(c.tag_ == "WP" for c in a.children))
        if a.dep_ in ("ccomp", "parataxis") or a.head.i == a.i:
            return False
    return False


def beside_antecedent(doc: Doc, t: Toponym, tok: Token) -> bool:
    """``tok`` is in a relative or participle clause telling of a noun ("Hollis, who resigned in
    protest", "Moreau, believed killed in an airstrike", "the countries targeted by the ban"),
    and the place lies outside that noun's phrase: the clause tells of its noun, not of the
    sentence's other places ("and Davis, jailed in Silivri"; "the kids have lived in Canada")."""
    for a in [tok, *tok.ancestors]:
        if a.dep_ == "relcl" or (a.dep_ == "acl" and a.tag_ in ("VBN", "VBG")):
            noun = a.head
            # (the whole phrase: "the village of Korvath, the final refuge of the militia,
            # which was shelled")
            while noun.head.i != noun.i and (noun.dep_ == "appos" or (
                    noun.dep_ == "pobj" and noun.head.lower_ == "of"
                    and noun.head.head.pos_ in ("NOUN", "PROPN"))):
                noun = noun.head.head if noun.dep_ == "pobj" else noun.head
            return not noun.left_edge.i <= t.start <= noun.right_edge.i
    return False


def attack_ground(doc: Doc, t: Toponym) -> bool:
    """"The gas attack on the town of Douma (killed …)": the ground of an attack that is itself
    the doer, which places what it did."""
    node = span_root(doc, t.start, t.end)
    for _ in range(_SCENE_STEPS):
        if node.dep_ != "pobj":
            return False
        prep = node.head
        if prep.lower_ == "of" and prep.head.lower_ in PLACE_HEADS | _SCENE_PLACES:
            node = prep.head  # "the town of Douma"
            continue
        return prep.lower_ in ("on", "in", "against") and prep.head.lemma_.lower() in _ATTACKS
    return False


#: Words opening a relative clause that tells when or where, not what someone did: "killed on
#: 23 October, when a mine exploded in Raqqa".
_SCENE_RELATIVES = frozenset({"when", "where", "as", "while"})


def scene_of_deed(doc: Doc, t: Toponym, tok: Token) -> bool:
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


def spoken_from(doc: Doc, t: Toponym, tok: Token) -> bool:
    """"Her father, speaking from Sunamganj, accused …", "The minister, visiting Baghdad,
    condemned …", "Addressing supporters in Trabzon, he vowed …": where the speaker spoke from
    or was visiting."""
    visit = visit_of(span_root(doc, t.start, t.end))
    if visit is not None:
        verb = visit
    elif t.start > 0 and doc[t.start - 1].lower_ in ("from", "in", "at"):
        verb = doc[t.start - 1].head
        if verb.dep_ == "dobj" and verb.head.tag_ == "VBG":
            verb = verb.head  # ("addressing supporters in Trabzon", "telling reporters in Rome")
        if verb.lemma_.lower() not in _SPEAKING:
            return False
    else:
        return False
    return verb.tag_ == "VBG" and (
        verb.head.i == tok.i or (verb.dep_ in ("acl", "advcl") and verb.head.head.i == tok.i))


def venue(doc: Doc, t: Toponym) -> set[int]:
    """For the place of a gathering or a speech ("at the Munich security conference", "a visit
    to the Cambridge Union", "in a speech in Ankara"), the tokens of what happened there: the
    gathering itself and the verb it belongs to ("met on the sidelines of the Munich
    conference"). Empty for any other place."""
    root = span_root(doc, t.start, t.end)
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.dep_ == "pobj":
        root = root.head.head  # "at a summit in the Black Sea port of Sochi"
    head = root.head
    if root.dep_ in ("compound", "amod", "nmod") and head.lower_ in _VENUES:
        noun = head
    elif root.dep_ == "pobj" and head.dep_ == "prep" and head.head.lower_ in _VENUES \
            and head.lower_ not in _TOPIC_PREPS:  # ("talks on Syria" are about it)
        noun = head.head
    elif t.end < len(doc) and doc[t.end].lower_ in _VENUES:
        noun = doc[t.end]
    else:
        return set()
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), noun)
    if verb.tag_ in ("VBG", "VBN") and verb.dep_ in ("advcl", "acl") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        # "Speaking at a press conference in Moscow, the minister condemned …": the speaker's
        # deed is said there too
        return {noun.i, verb.i, verb.head.i}
    # (what was promised at a meeting was promised there: "promised to set up a committee at a
    # meeting in Sochi")
    told = {verb.head.i} if verb.dep_ == "xcomp" else set()
    # "said in a speech in Ankara, vowing to clean up Manbij": the words said along with it
    along = {c.i for c in verb.children if c.tag_ == "VBG" and c.dep_ in ("advcl", "xcomp")
             and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)}
    return {noun.i, verb.i} | along | told


def head_of_list(doc: Doc, t: Toponym) -> Token:
    """The word of the place name ``t`` that the parse hangs on the clause: the first of a list
    or of an apposition it is part of ("met Nixon and Kissinger in Washington and Paris")."""
    root = span_root(doc, t.start, t.end)
    while root.dep_ in ("conj", "appos") and root.head.i != root.i:
        root = root.head
    return root


def said_at(doc: Doc, t: Toponym, tok: Token) -> bool:
    """The place is where ``tok`` (or the clause it heads) happened: "met in Geneva", "talks in
    Vienna", "the Vienna talks", "In Kabul, officials said"."""
    root = head_of_list(doc, t)
    head = root.head
    if root.dep_ in ("compound", "nmod", "amod") and head.i == tok.i:
        return True
    if root.dep_ == "dobj" and head.i == tok.i and tok.lemma_.lower() in TERRITORIAL:
        return True  # "visited Syria", "left Douma"
    if root.dep_ == "pobj" and head.lower_ in ("to", "into", "for") and head.head.i == tok.i \
            and tok.lemma_.lower() in _GOING:
        return True  # "went to Syria", "flew into Turkey", "left for Afrin"
    if root.dep_ == "pobj" and head.lower_ in AT_PREPS and head.head.i in (tok.i, *(
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
    return (tok.pos_ == "PROPN" or is_demonym(tok.text) or a_person(lemma) or low in _VENUES
            or lemma in _VENUES
            or low in PLACE_HEADS or lemma in _SCENE_PLACES) and low not in _ATTACKS


def _moving(word: Token) -> bool:
    """A word of going or sending ("sent", "a trip"), or a verb whose object is one."""
    return word.lemma_.lower() in MOTION or any(
        c.dep_ == "dobj" and c.lemma_.lower() in MOTION for c in word.children)


#: How a party is the object of words, and the verbs whose object shares their scene.
_PARTY_OBJECTS = frozenset({"dobj", "dative"})
_FACE_TO_FACE = word_class("face_to_face_verbs")


def party_place(doc: Doc, t: Toponym, tok: Token) -> bool:
    """The place is where the party words are said to is ("ordered US forces in Syria to
    leave", "urged the rebels in Idlib to surrender"), not where they were said; one met or
    spoken to face to face shares the scene ("received the opposition leader in Paris")."""
    root = head_of_list(doc, t)
    prep = root.head
    party = prep.head
    return root.dep_ == "pobj" and prep.lower_ in AT_PREPS and party.head.i == tok.i \
        and party.dep_ in _PARTY_OBJECTS and _party(party) \
        and tok.lemma_.lower() not in _FACE_TO_FACE


def _party(tok: Token) -> bool:
    """A person or group, not a gathering or a place ("reporters" are an audience at a venue)."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    return (tok.pos_ == "PROPN" or lemma in _PEOPLE or is_demonym(tok.text)) \
        and low not in _VENUES and lemma not in _VENUES and low not in PLACE_HEADS \
        and lemma not in _SCENE_PLACES


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
            if word == "of" and (up.lower_ in PLACE_HEADS or up.lemma_.lower() in _SCENE_PLACES):
                node = up  # "the city of Kirkuk" is Kirkuk
                continue
            # "on" a venue or a place: "on a visit", "on the outskirts of Taiz"
            # (a country gone "to" may be one sent to; a camp or town in it is gone to)
            if not (word in AT_PREPS or (word in ("to", "into") and not (country and not crossed)
                                          and _moving(up)) or (crossed and _met_with(prep, up))
                    or (word in ("on", "during") and (node.lower_ in _VENUES
                                                      or node.lemma_.lower() in _VENUES))
                    or (word == "on" and (node.lower_ in PLACE_HEADS
                                          or node.lemma_.lower() in _SCENE_PLACES))):
                return False
            crossed = True
        elif node.dep_ in _SCENE_DEPS and node.head.i != node.i or part_of_land(node):
            up = node.head
        else:
            return False
        if up.i in verbs:
            return crossed
        if up.pos_ in ("VERB", "AUX") or not _scene_noun(up):
            return False
        node = up
    return False


def is_actor_use(doc: Doc, t: Toponym) -> bool:
    """"Washington said", "Israel's army": a place standing for its government or people;
    "US officials", "a UK national", "Ankara-backed rebels": a country or town naming an
    actor's nationality or sponsor; "talks with Russia", "urged Iran", "backed Moscow",
    "according to the Pentagon", "its allies in Moscow": a country or a capital as a party. None
    of these is where an event happened."""
    root = span_root(doc, t.start, t.end)
    if t.end < len(doc) and doc[t.end].text in ("-", "–") and not doc[t.end - 1].whitespace_:
        after = doc[t.end + 1] if t.end + 1 < len(doc) else doc[t.end]
        # "Ankara-backed", "London-based"; not one side of "the Syria-Iraq border"
        return not (after.pos_ == "PROPN" and after.head.lower_ in PLACE_HEADS)
    while root.dep_ in ("conj", "appos") and root.head.i != root.i:
        root = root.head  # "Russia and Iran said", "with its backers, Iran and Russia"
    head = root.head
    if root.dep_ == "poss":  # (a town's own site is in it: "Raqqa's hospital"; not a capital's)
        return head.lower_ not in PLACE_HEADS and (t.kind == "country" or is_capital(t.text)
                                                    or head.lemma_.lower() not in _SCENE_PLACES)
    if t.kind != "country" and root.dep_ in ("compound", "nmod") and head.lower_ in _VENUES:
        return False  # "the Vienna talks": a town names where they are held
    if root.dep_ == "nsubj" or (
            root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"):
        return True
    if root.dep_ == "nsubjpass" and t.kind == "country" and head.lemma_.lower() not in TERRITORIAL:
        return True  # "Russia and the US are involved", "Iran was urged": a party, not ground
    member = head
    while member.dep_ == "compound" and member.head.i != member.i:
        member = member.head  # ("the Alabama US representatives")
    if root.dep_ in ("compound", "nmod") and member.lemma_.lower() in _MEMBERS:
        return True  # "the Alabama senators": whom a place elects sits elsewhere
    if t.kind != "country" and not is_capital(t.text):
        return False
    if root.dep_ == "compound" and head.dep_ in ("nsubj",):
        return True
    named = head  # (the name the town is part of: "London King's Cross")
    while named.dep_ in ("compound", "poss") and named.head.pos_ == "PROPN":
        named = named.head
    if root.dep_ == "compound" and named.pos_ == "PROPN" and named.dep_ == "pobj" \
            and named.head.lower_ in AT_PREPS:
        return False  # "at London King's Cross", "outside Moscow Domodedovo": a place in it
    if root.dep_ in ("compound", "amod", "nmod", "npadvmod") and head.i != root.i \
            and head.pos_ in ("NOUN", "PROPN", "VERB", "ADJ") and head.lower_ not in PLACE_HEADS:
        return True
    if root.dep_ == "pobj":
        if head.lower_ in ("against", "on") and head.head.lower_ in _ATTACKS:
            return False  # "attacks against Turkey", "a strike on Syria": on its ground
        if head.lower_ == "for" and head.head.lemma_.lower() in _GOING:
            return False  # "left for Afrin": where the goer went
        if head.lower_ in _PARTY_PREPS or (head.lower_ == "as" and head.head.lower_ in _ALLIES):
            return True  # ("key allies such as Britain": a party named as an example)
        if head.lower_ == "in" and head.head.lower_ in _ALLIES:
            return True  # "its allies in Moscow and Tehran", "new allies in Beijing"
        if head.lower_ == "on":  # (or on the verb of such a noun: "imposed sanctions on Iran")
            return head.head.lemma_.lower() in _ON_PARTY or any(
                c.dep_ in ("dobj", "xcomp") and c.lemma_.lower() in _ON_PARTY
                for c in head.head.children)
        if head.lower_ == "from":
            return head.head.lower_ in _FROM_PARTY
        if head.lower_ == "of":  # "the invasion of Iran" is on its ground
            return head.head.lower_ not in PLACE_HEADS and head.head.lemma_.lower() not in (
                _ATTACKS | _SEIZURES)
        if head.lower_ == "over":  # "differences over Syria": what it is about, unless flown
            up = head.head
            return (up.pos_ == "NOUN" and up.lower_ not in _ATTACKS | PLACE_HEADS
                    and up.lemma_.lower() not in _OVERFLIGHTS) or up.lemma_.lower() in _OVER_TOPIC
        if head.lower_ == "to":
            return head.head.lemma_.lower() not in MOTION
    return root.dep_ in ("dobj", "dative") and head.lemma_.lower() not in TERRITORIAL


def where_antecedent(doc: Doc, t: Toponym, tok: Token) -> bool:
    """The place is what a relative clause opened by "where" (or "in which", "at which") tells
    of, and ``tok`` is in that clause: "the Congo, where fresh rallies turned to violence", "the
    town of Douma, where rescuers found the bodies", "a summit in Tehran at which the president
    pleaded for a ceasefire"."""
    node = span_root(doc, t.start, t.end)
    names = {node.i}
    while node.dep_ in ("appos", "compound", "pobj") and node.head.i != node.i:
        if node.dep_ == "pobj":
            if node.head.lower_ != "of":
                break
            node = node.head  # "the town of Douma, where …"
        node = node.head
        names.add(node.i)
    if node.dep_ == "pobj" and node.head.lower_ in ("in", "at") and (
            node.head.head.lower_ in _VENUES or node.head.head.lemma_.lower() in _SCENE_PLACES):
        names.add(node.head.head.i)  # "a summit in Tehran at which the president pleaded"
    clause = where_clause(tok)
    return clause is not None and clause.head.i in names


def when_after(doc: Doc, t: Toponym, tok: Token) -> bool:
    """``tok`` is in a clause opened by "when" that follows, after a comma, the phrase naming
    the place: "since the attack on Khan Sheikhun, when 80 people were killed, …", "after the
    siege of Aleppo, when thousands fled, …". The clause tells what happened then and there,
    however the parse hangs it."""
    for a in [tok, *tok.ancestors]:
        when = next((c for c in a.children if c.dep_ == "advmod" and c.lower_ == "when"
                     and c.i == a.left_edge.i), None)
        if when is not None:
            break
        if a.dep_ in ("ccomp", "parataxis") or a.head.i == a.i:
            return False
    else:
        return False
    if when.i < 2 or doc[when.i - 1].text != "," or t.end > when.i:
        return False
    top = span_root(doc, t.start, t.end)
    while top.head.i != top.i and top.head.pos_ in ("NOUN", "PROPN", "ADP", "NUM"):
        top = top.head
    return top.right_edge.i == when.i - 2


#: Verbs that tell of something: a place where they were said is not that of what they tell.
_TELLING = _SPEAKING | word_class("speech_verbs_police") | frozenset({"recount", "explain"})
#: How the hearers of words hang on their telling verb: "told supporters", "said to reporters".
_AUDIENCE = frozenset({"dobj", "dative", "pobj"})
_HEARERS = word_class("audiences")


def telling_verb(doc: Doc, t: Toponym) -> Token | None:
    """The verb of telling whose words the place says where they were said ("said in Tehran",
    "said from a camp in Syria", "said from her base in the city of Qamishli", "told supporters
    in Trabzon", "said to reporters in Ankara"), if any."""
    root = head_of_list(doc, t)
    if root.dep_ == "pobj" and root.head.lower_ == "of" and _place_noun(root.head.head):
        root = root.head.head  # "the city of Qamishli"
    if root.dep_ != "pobj" or root.head.lower_ not in ("in", "at", "from"):
        return None
    verb = root.head.head
    # "she said from a holding camp in northern Syria": the place spoken from, too
    while verb.dep_ == "pobj" and verb.head.lower_ in ("in", "at", "from") and _place_noun(verb):
        verb = verb.head.head
    # "he told supporters in Trabzon", "said to reporters in Ankara": where its hearers were
    if verb.dep_ in _AUDIENCE and verb.lemma_.lower() in _HEARERS:
        verb = verb.head.head if verb.dep_ == "pobj" and verb.head.lower_ == "to" else verb.head
    return verb if verb.lemma_.lower() in _TELLING else None


def _place_noun(word: Token) -> bool:
    return word.lower_ in PLACE_HEADS or word.lemma_.lower() in _SCENE_PLACES


def told_at(doc: Doc, t: Toponym, tok: Token) -> bool:
    """The place is where words telling of ``tok`` were said, not where ``tok`` happened: "Putin
    said in Tehran that an offensive would be launched", "In Jordan, a man told me about his
    uncle, who had been detained", "she said from a camp in Syria". Only a place set on the
    telling verb itself counts; "police in Kabul said" names the police, and often the deed's
    town."""
    verb = telling_verb(doc, t)
    if verb is None or verb.i == tok.i or not any(a.i == verb.i for a in tok.ancestors):
        return False
    # a place set before the telling sets the scene of the story too ("In Kabul, officials said
    # the army arrested a commander"), save for a story told "about" someone
    return t.start > verb.i or any(
        a.dep_ == "pobj" and a.head.lower_ in ("about", "of") and a.head.head.i == verb.i
        for a in tok.ancestors)


def reported_by(doc: Doc, t: Toponym, tok: Token) -> bool:
    """The place is in what ``tok`` says or reports: "the minister said that troops had shelled
    Mosul" names no place of the saying."""
    return any(a.dep_ in ("ccomp", "parataxis") and a.head.i == tok.i
               for a in doc[t.start].ancestors)
