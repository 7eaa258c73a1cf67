"""The words around place names that the toponym finder (:mod:`dateline.toponyms`) reads: words
inside a name ("Deir al-Balah"), words before one that make it a place ("in", "south of", "the
city of"), words after one that make the whole a building or a body ("Kennedy Center"), and the
generic heads of Arabic place names ("Kafr", "Tell", "Deir") that make a longer name of what
follows them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .tokens import words
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["CONNECTORS", "ARTICLES", "HYPHEN_LINKS", "TERRITORIAL_VERBS", "ATTACK_NOUNS",
           "NOT_PLACES",
           "SOFT_LABELS", "PLACE_LABELS", "FEATURE_WORDS", "LOCATIVE", "PERSON_LOCATIVE",
           "OF_HEADS", "ONE_PERSON", "SHORT_WORDS", "FACILITY_WORDS", "NAME_HEADS", "REGION_NOUNS",
           "court_follows"]

#: Lower-case words allowed inside a multi-word place name ("Deir al-Balah", "Bab al-Hawa").
CONNECTORS = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ed", "ez", "es",
                        "de", "del", "la", "le", "of", "-", "bin", "ibn", "abu", "um", "umm",
                        "'s", "’s", "and", "i", "e"})  # "Trinidad and Tobago", "King’s Cross",
# ("i" and "e" of a Persian name: "Mazar-i-Sharif", "Mazar-e Sharif")
#: Lower-case articles that may open a place name: "al-Bab", "el-Arish".
#: Small words a hyphen binds into a town's name ("Port-au-Prince", "Aix-en-Provence",
#: "Châlons-sur-Marne", "Stratford-upon-Avon", "Newcastle-under-Lyme").
HYPHEN_LINKS = frozenset({"au", "aux", "en", "sur", "sous", "lès", "les", "lez", "du", "des",
                          "upon", "on", "under", "in", "by", "the", "di", "da", "do", "dos",
                          "das", "y", "im", "am", "an", "der", "zum", "zur"})
ARTICLES = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ed", "ez"})
#: Verbs whose object is ground: "shelled Hama" (see :func:`dateline.toponyms._ground`).
TERRITORIAL_VERBS = word_class("territorial_verbs")
ATTACK_NOUNS = word_class("attack_nouns")
#: Entity labels whose words are never place names.
NOT_PLACES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
#: Labels the small model often puts on towns ("Khan Younis" PERSON, "Rafah" ORG, "Aleppo" NORP
#: or even LANGUAGE): names under them count only in a place-like context.
SOFT_LABELS = frozenset({"PERSON", "NORP", "ORG", "LANGUAGE", "WORK_OF_ART", "LAW", "EVENT",
                         "PRODUCT"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Nouns of one person that a town before them names the home of: "a Leeds man", "the Cardiff
#: teenager".
ONE_PERSON = frozenset({"man", "woman", "teenager", "boy", "girl", "schoolgirl", "schoolboy",
                        "student", "pensioner", "grandmother", "grandfather", "mother",
                        "father", "couple", "youth"})
#: Lower-case words that may end a place name: "Rafah crossing", "Jenin refugee camp".
FEATURE_WORDS = frozenset({"camp", "refugee", "crossing", "border", "checkpoint", "corridor",
                           "air",
                           "base", "airbase", "airport", "neighbourhood", "neighborhood",
                           "bridge", "junction", "strip"})
#: Words before a name that make it a place: "in Khan Younis", "south of Mosul".
LOCATIVE = frozenset({"in", "at", "near", "outside", "from", "into", "to", "towards", "toward",
                      "around", "across", "through", "inside", "within", "between", "via",
                      "on", "over", "targeting", "hit", "struck", "shelled", "bombed", "raided",
                      "entered", "stormed", "besieged", "captured", "seized", "capital",
                      "city", "town", "village", "province", "governorate", "district",
                      "region", "state", "camp", "neighbourhood", "neighborhood", "suburb",
                      "outskirts", "border", "reached", "fled", "left", "returned"})
#: ... of them, those that place what follows even where it is a person's surname: not "a
#: rebuke to Bolton", "agreed with Bolton", "struck Bolton", "left Bolton".
PERSON_LOCATIVE = LOCATIVE - set("from to towards toward on over between targeting hit struck "
                                 "captured seized reached left returned fled via".split())
#: Nouns before "of" that make a place of what follows: "the outskirts of X", "the city of X".
OF_HEADS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                      "southwest", "outskirts", "city", "town", "village", "province",
                      "governorate", "district", "region", "state", "capital", "suburb", "part",
                      "centre", "center", "heart", "edge", "north-east", "north-west",
                      "south-east", "south-west", "vicinity", "street", "area", "port", "ruin",
                      "neighbourhood", "neighborhood", "quarter", "countryside", "camp",
                      "resident", "inhabitant", "citizen", "hospital", "market", "mosque",
                      "school", "university", "airport", "prison", "checkpoint", "entrance",
                      "gate", "road", "highway", "battle", "siege", "fall", "liberation",
                      "bombing", "shelling", "occupation", "mayor", "governor", "people",
                      "island", "isle", "peninsula", "valley", "enclave", "municipality",
                      "commune", "county", "township", "oblast", "prefecture", "department",
                      "settlement", "hamlet", "locality", "outpost", "base", "archipelago"})
#: Short words that are also abbreviations of places: matched only when written in capitals.
SHORT_WORDS = frozenset({"us", "usa", "uae", "drc", "uk", "eu", "un"})
#: Capitalised words after a town's name that make the whole a building or a body.
FACILITY_WORDS = frozenset({
    "center", "centre", "university", "college", "hospital", "street", "square", "airport",
    "stadium", "hotel", "road", "school", "mosque", "church", "ministry", "council", "park",
    "hall", "institute", "museum", "prison", "court", "times", "post", "news", "club", "party",
    "company", "bank", "group", "foundation", "agreement", "accords", "accord", "declaration",
    "conference", "summit", "process", "talks", "convention", "protocol", "brigade", "brigades",
    "battalion", "regiment", "division", "army", "police", "municipality", "governor", "mayor",
    "martyrs", "tv", "radio", "television", "channel", "newspaper", "front", "movement",
})
#: Capitalised generic heads of place names ("Kafr Zeita", "Tell Hamis", "Deir Hafer"): a name
#: found right after one is only the tail of a longer name, another place's namesake.
NAME_HEADS = word_class("place_name_heads")
#: Nouns of a first-level region: "the province of Raqqa" is the province, not its town.
REGION_NOUNS = frozenset({"province", "governorate", "state", "region", "oblast", "county",
                          "prefecture"})

_COURTS = word_class("court_nouns")
_COURT_KINDS = word_class("court_kinds")
#: Words a court's kind may take between its town and its noun: "Westminster magistrates' court".
_KIND_GAP = 3


def court_follows(doc: Doc, end: int) -> bool:
    """The words from token ``end`` on name a court, kind and all ("crown court", "Magistrates'
    Court"): the name just before them is the court's town, not a building's namesake. The
    words are read from the document's arrays (the same lower-case forms, and no span or
    ``Token`` made: asked after every name the place pass tries)."""
    lowers = words(doc).lowers
    for i in range(max(0, end), min(len(lowers), end + _KIND_GAP + 1)):
        if lowers[i] in _COURTS:
            return True
        if lowers[i] not in _COURT_KINDS:
            break
    return False
