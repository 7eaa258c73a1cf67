"""ACLED event and sub-event types from the event, its actors and its sentence.

The lexicon gives a default; the weapon named in the sentence, the actors' sectors and the kind of
act refine it: an attack from the air is an air/drone strike, armed actors against armed actors
fight an armed clash, force used on protesters is a protest with intervention (or excessive force
when people are killed), and so on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["acled_types"]

ARMED = frozenset({"MIL", "COP", "REB", "UAF", "SPY"})
_STATE = frozenset({"MIL", "COP", "GOV"})
# (cue lemmas in the sentence, PLOVER mode, ACLED event type, sub-event type), first match wins
_WEAPON_CUES: tuple[tuple[frozenset[str], str, str, str], ...] = (
    (frozenset({"chemical", "chlorine", "sarin", "nerve", "mustard"}), "unconventional",
     "Explosions/Remote violence", "Chemical weapon"),
    (frozenset({"suicide", "bomber"}), "suicide-attack", "Explosions/Remote violence",
     "Suicide bomb"),
    (frozenset({"drone", "uav"}), "drone", "Explosions/Remote violence", "Air/drone strike"),
    (frozenset({"airstrike", "warplane", "jet", "aircraft", "helicopter", "plane", "air",
                "aerial", "gunship", "bomber"}), "aerial", "Explosions/Remote violence",
     "Air/drone strike"),
    (frozenset({"shell", "shelling", "artillery", "mortar", "rocket", "missile", "howitzer",
                "barrage", "bombardment", "tank"}), "heavy-weapons",
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    (frozenset({"grenade"}), "explosives", "Explosions/Remote violence", "Grenade"),
    (frozenset({"ied", "landmine", "mine", "roadside", "explosive", "bomb", "blast",
                "explosion", "detonate", "device"}), "explosives",
     "Explosions/Remote violence", "Remote explosive/landmine/IED"),
)
# what is fired at crowds ("rubber bullets", "tear gas", "water cannon"), then the sticks
_CROWD_MUNITIONS = frozenset({"tear", "teargas", "rubber", "cannon", "pellet", "baton",
                              "disperse"})
_CROWD = _CROWD_MUNITIONS | {"lathi", "lathicharge"}
_PROTESTERS = frozenset({"protester", "protestor", "demonstrator", "marcher", "rally",
                         "protest", "demonstration", "crowd", "student", "mob"})
_MOB = frozenset({"mob", "lynch", "vigilante", "villager", "crowd"})


_DEMONSTRATORS = ("protester", "protestor", "demonstrator", "rioter", "marcher", "student",
                  "agitator", "strikers")


def _names(a: Actor | None, words: tuple[str, ...]) -> bool:
    text = (a.text or "").lower() if a is not None else ""
    return any(w in text for w in words)


def _lemmas(sent: Span) -> frozenset[str]:
    """The sentence's lemmas, found once per sentence (kept on the doc for its other events)."""
    cache = sent.doc.user_data.setdefault("dateline.lemmas", {})
    found = cache.get(sent.start)
    if found is None:
        found = cache[sent.start] = frozenset(t.lemma_.lower() for t in sent)
    return found


def _sector(a: Actor | None) -> str | None:
    return a.sector if a is not None else None


def acled_types(event_type: str, mode: str | None, status: str, acled: str | None,
                sub: str | None, source: Actor | None, target: Actor | None,
                sent: Span, fatalities: int | None) -> tuple[str | None, str | None, str | None]:
    """``(acled_event_type, acled_sub_event_type, mode)`` for one event."""
    if status not in ("actual", "attempted", "alleged"):
        return None, None, mode
    lemmas = _lemmas(sent)
    src, tgt = _sector(source), _sector(target)
    if event_type == "ASSAULT":
        if sub in ("Looting/property destruction", "Disrupted weapons use",
                   "Government regains territory", "Non-state actor overtakes territory",
                   "Abduction/forced disappearance", "Sexual violence", "Mob violence"):
            if sub == "Non-state actor overtakes territory" and src in _STATE:
                return "Battles", "Government regains territory", mode
            if sub == "Looting/property destruction" and _names(source, _DEMONSTRATORS):
                return "Riots", "Violent demonstration", mode  # "rioters burned tyres"
            return acled, sub, mode
        if mode == "firearms" and src in ("COP", "MIL") and lemmas & _CROWD_MUNITIONS and \
                not fatalities:
            # "police fired rubber bullets and tear gas": crowd control, not an attack
            return "Protests", "Protest with intervention", "crowd-control"
        if mode == "crowd-control" or (lemmas & _CROWD and (tgt == "CVL" or lemmas & _PROTESTERS)):
            kind = ("Excessive force against protesters" if fatalities else
                    "Protest with intervention") if lemmas & _PROTESTERS else None
            if kind:
                return "Protests", kind, "crowd-control"
        protest = bool(lemmas & _PROTESTERS) or _names(target, _DEMONSTRATORS)
        if src in ("COP", "MIL") and protest and (fatalities or mode == "firearms"):
            # live fire on demonstrators: "police shot dead two protesters"
            return "Protests", "Excessive force against protesters", mode
        if src == "CVL" and not lemmas & {"lynch", "vigilante"} and (
                _names(source, _DEMONSTRATORS) or protest and tgt in ("COP", "MIL")):
            # "rioters threw stones at police", "protesters clashed with police"
            return "Riots", "Violent demonstration", mode
        for _cues, wmode, etype, subtype in _WEAPON_CUES:
            if mode == wmode and wmode != "explosives":  # the trigger itself names the weapon
                return etype, subtype, mode
        for cues, wmode, etype, subtype in _WEAPON_CUES:
            if lemmas & cues:
                return etype, subtype, mode if mode not in (None, "firearms") else wmode
        if src == "CVL" and lemmas & _MOB:
            return "Riots", "Mob violence", mode
        if src in ARMED and tgt in ARMED:
            return "Battles", "Armed clash", mode
        if acled == "Battles" and tgt not in ("CVL", None):
            return acled, sub, mode
        return "Violence against civilians", "Attack", mode
    if event_type == "PROTEST":
        if mode == "riot" or lemmas & {"riot", "rioter", "torch", "stone", "vandalise",
                                        "vandalize", "loot"}:
            return "Riots", "Violent demonstration", "riot" if mode in (None, "demo") else mode
        if lemmas & _CROWD or lemmas & {"arrest", "detain", "disperse"}:
            return "Protests", "Protest with intervention", mode
        return "Protests", "Peaceful protest", mode
    if event_type == "COERCE" and mode == "arrest":
        return "Strategic developments", "Arrests", mode
    if event_type == "COERCE" and mode == "crowd-control":
        return "Protests", "Protest with intervention", mode
    if event_type in ("AGREE", "SUPPORT", "RETREAT") and acled == "Strategic developments":
        return acled, sub, mode
    if event_type == "RETREAT" and mode == "withdraw" and (lemmas & {"town", "city", "territory",
                                                                      "village", "control",
                                                                      "area", "region"}):
        return "Strategic developments", "Non-violent transfer of territory", mode
    if event_type == "MOBILIZE" and lemmas & {"base", "headquarters", "outpost"} and lemmas & {
            "establish", "set", "build", "open"}:
        return "Strategic developments", "Headquarters or base established", mode
    if event_type == "COERCE" and lemmas & {"weapon", "explosive", "ied", "bomb", "arm",
                                            "ammunition"} and mode == "seize":
        return "Strategic developments", "Disrupted weapons use", mode
    if acled:
        return acled, sub, mode
    if event_type in ("RETREAT", "CONCEDE") and lemmas & {"merge", "split", "dissolve",
                                                          "disband", "rename", "join"}:
        return "Strategic developments", "Change to group/activity", mode
    if event_type in ("MOBILIZE", "COERCE") and src in ARMED:
        return "Strategic developments", "Other", mode
    return None, None, mode
