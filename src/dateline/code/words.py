"""Word classes the coder's passes share: lethal and wounding verbs, places, people, armed
forces, labour, the PLOVER types of conflict."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


LETHAL = frozenset({"kill", "murder", "slay", "massacre", "execute", "behead", "assassinate",
                     "lynch"})
INJURE = frozenset({"injure", "wound", "maim", "hurt"})
DIE = frozenset({"die", "perish", "fall"})
MUTUAL = frozenset({"AGREE", "CONSULT", "COOPERATE"})
PLACE_NOUNS = frozenset({"town", "city", "village", "area", "position", "base", "camp",
                          "district", "region", "province", "neighbourhood", "neighborhood",
                          "hospital", "school", "market", "house", "home", "building", "convoy",
                          "checkpoint", "post", "outpost", "territory", "stronghold", "airport",
                          "port", "bridge", "road", "border", "capital", "county", "state",
                          "hill", "valley", "settlement", "compound", "facility", "site",
                          "target", "vehicle", "car", "bus", "office", "station", "mosque",
                          "church", "temple", "shelter", "tent", "zone", "front", "line",
                          "headquarters", "depot", "installation", "plant", "infrastructure"})
PERSON_NOUNS = frozenset({"man", "woman", "child", "people", "person", "civilian", "resident",
                           "villager", "student", "worker", "journalist", "official", "member",
                           "leader", "activist", "farmer", "teacher", "doctor", "boy", "girl",
                           "family", "passenger", "pilgrim", "worshipper", "employee",
                           "protester", "demonstrator", "youth", "victim", "guard"})
ARMED = frozenset({"army", "troop", "soldier", "force", "militant", "rebel", "fighter",
                    "insurgent", "police", "militia", "gunman", "guerrilla", "jihadist",
                    "terrorist", "military", "policeman", "officer", "marine", "commando"})
UNITS = frozenset({"company", "battalion", "column", "contingent", "platoon", "unit", "squad",
                    "brigade", "regiment", "detachment", "reinforcement", "personnel", "jawan"})
LABOUR = frozenset({"worker", "union", "teacher", "employee", "staff", "doctor", "nurse",
                     "miner", "driver", "labor", "labour", "walkout", "wage", "salary", "pay",
                     "trucker", "docker", "pilot", "unionist", "hunger", "student", "trader",
                     "shopkeeper", "farmer", "employer", "workplace"})
CONFLICT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "PROTEST", "MOBILIZE"})
WILL = frozenset({"will", "would", "'ll", "shall", "wo"})


def is_kill(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in LETHAL:
        return True
    if lemma in ("shoot", "gun", "beat", "hack", "stab", "burn", "club", "stone"):
        return any(c.lower_ == "dead" or (c.lower_ == "to" and any(g.lower_ == "death"
                   for g in c.children)) or (c.dep_ in ("dobj", "obj") and any(
                       g.lower_ == "dead" and g.i < c.i for g in c.children))
                   for c in tok.children)  # "shot dead 2 protesters"
    return False


_CALENDAR = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                       "september", "october", "november", "december", "jan", "feb", "mar",
                       "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                       "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday", "day", "night",
                       "morning", "evening", "afternoon", "week", "month", "year", "eve",
                       "today", "yesterday", "weekend"})


def is_when(tok: Token) -> bool:
    """Whether a noun names a time ("24 March 2024", "Friday", "the night of …")."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in _CALENDAR
