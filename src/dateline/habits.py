"""Records and habits a report retells: acts told as done that are no one happening of a time.

An event is a discrete happening, with a doer, at a time. A report also tells what stands over a
stretch of time, and the coder's clause rules (:mod:`dateline.code.occasions`) catch most of it;
in a story of several sentences a few more forms read the same way:

* a tally to date: "have so far been deported", "40 families have been displaced to date": a
  count of acts over a stretch of time, not one of them (not a count of arrests or charges,
  "police have so far arrested three suspects": real acts of the story);
* a record of months or years: "has requested it in recent years", "had been targeted for the
  last 50 years", "an estimated 40,000 people were killed in the final months of the war",
  "killed 3,000 people over five years": what was done over months or years gone by;
* a habit in the past: "they raped me every day", "each week the militia raided the camp": what
  was done on every occasion of a kind (the present is :func:`~dateline.code.occasions.every`'s),
  unless the clause has a time of its own ("shelled the village every day last week");
* a stance or an act of a time before the report's, named as such: "has previously refused to
  take them back", "Russia previously targeted the base", "has said in the past he wants to
  withdraw", "the last time the army shelled the town": background the story recalls, no news
  of its own, unless the clause dates it;
* the start of a stance or a plan, dated to a month or a year: "Russia first promised the
  committee in January", "the plan was first put forward at the beginning of the year": the
  origin the story recalls of what stands now;
* a warning or a call kept up for weeks or months: "has been warning for weeks", "had been
  calling for months for an inquiry": a position held, not an occasion;
* a record between two years: "killed tens of thousands between 2014 and 2017", "shelled the
  town from 2012 to 2015": a sum of acts over years, not one of them;
* a toll of a war or a campaign, or of years: "75 herders had been killed in the campaign",
  "thousands were killed during the war", "eight volunteers killed since 2014", "hundreds
  killed since the uprising began": a count of victims over a long fight or a stretch since a
  year or an event, not one attack (a toll since a day, "killed since Monday", is the news of
  the days told);
* a standing tie told in the perfect: "the US has supported the Kurds", "the militia it had
  armed": support that has held over a stretch (a tie, not a happening), unless the clause
  dates it ("has pledged support on Tuesday" is news of that day).

* a role's doings: "she soon became one of the group's proponents, urging attacks", "he was a
  fierce critic of the regime, calling for sanctions": a participle clause hung on a clause
  that says what a person is or became (a verb of being or becoming with a noun of a person or
  "one of" them) tells what was done in that role over its stretch, no one occasion (not "it
  was the deadliest attack of the war, killing 40": an act's noun, that act's toll; nor "he
  was the first envoy to visit the town, urging calm": a person named by one act of theirs).

A text of one sentence (a wire line, a snippet) tells no story for these to be the background
of: there they stay, as :func:`dateline.genre.by_genre` keeps its history.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .aspect import PRESENT_PERFECT
from .code.habits import perfect
from .code.numbers import counted_many
from .code.occasions import auxes, own_time
from .code.particulars import PARTIES
from .code.person_nouns import a_person_noun
from .code.tallies import OVER, SPANS, counted_hundreds, long_stretch
from .sentences import event_token, first_conjunct
from .toponym_words import PLACE_LABELS
from .wordclasses import word_class
from .years import YEAR

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .records import Event

__all__ = ["retold", "without_records", "up_to_now", "counted_news", "RECORD_STATUSES"]

#: the statuses whose events these forms can make a record: those told as done
RECORD_STATUSES = ("actual",)
_EARLIER = word_class("earlier_adverbs")
_PREVIOUS = word_class("previous_modifiers")
_CALENDAR = word_class("calendar")
_EVERY = frozenset({"every", "each"})
#: acts whose count to date is itself news of the story: "have so far arrested three suspects"
_COUNTED_ACTS = frozenset({"arrest", "detain", "charge", "indict"})
_WARS = word_class("wars")
#: the dependencies by which a verb takes the act it says, wants or tells (the clause above)
_CARRIED = frozenset({"xcomp", "ccomp", "conj"})
_NOUN_SLOTS = frozenset({"dobj", "obj", "nsubjpass", "nsubj", "attr"})
#: verbs of a tie that holds over time ("back", "support", "arm", "fund")
_STANDING = word_class("standing_relations")
#: long fights over which a toll is summed ("in the campaign", "during the war")
_LONG_FIGHTS = word_class("long_fights")
_WAR_DEEDS = word_class("war_deeds")
#: the acts a toll counts: killings and woundings (not arrests, "arrested 20 since then": news)
_CASUALTIES = word_class("lethal") | word_class("injure")
_UNTIL = frozenset({"to", "until", "till", "through"})
#: verbs that say what someone is or became ("was a critic", "became one of its voices")
_BEING = frozenset({"be", "become"})
#: words that name a person by one act of theirs ("the first envoy to visit", "the only one")
_ONE_ACT = frozenset({"first", "last", "only", "latest", "second", "third"})
#: Verbs of saying or appeal, a role's doings in words ("urging attacks", "calling for
#: sanctions"); not one deed of that role ("the attacker was a former soldier, opening fire")
_VOICING = word_class("speech_verbs_attribution") | word_class("speech_verbs_statement") | \
    frozenset({"urge", "call", "demand", "denounce", "criticise", "criticize", "condemn",
               "advocate", "appeal", "campaign", "lobby", "argue", "champion", "preach",
               "promote", "warn"})
#: ranks in a count ("the third Briton killed since the war began"); not "first", which may
#: open a story's news ("the first soldier killed in the new offensive")
_ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                       "ninth", "tenth", "eleventh", "twelfth", "latest"})


def _verbs(tok: Token) -> list[Token]:
    """The trigger's verb (its own, or the verb a noun trigger is the object or subject of) and
    the verbs that carry it ("said ... he wants to withdraw": withdraw, wants, said)."""
    verb = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in _NOUN_SLOTS else tok
    out = [verb]
    while len(out) < 4 and verb.dep_ in _CARRIED and verb.head.i != verb.i:
        verb = verb.head
        out.append(verb)
    return out


def _so_far(verb: Token) -> bool:
    """"so far", "thus far", "to date", "in total", "in all", "altogether" on a verb: words
    that make a count a sum of all the acts up to now."""
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ == "far" and any(
                g.lower_ in ("so", "thus") for g in c.children):
            return True
        if c.dep_ == "prep" and any(g.dep_ == "pobj" and (
                c.lower_ == "to" and g.lower_ == "date" or c.lower_ == "in" and g.lower_ ==
                "total") for g in c.children):
            return True
        # "altogether" and "in all" make a sum only of a count ("300 have been arrested in
        # all"), not of an act done whole ("has banned the party altogether")
        if (c.dep_ == "advmod" and c.lower_ == "altogether" or c.dep_ == "prep"
                and c.lower_ == "in" and any(g.dep_ == "pobj" and g.lower_ == "all"
                                             for g in c.children)) and _counted(verb):
            return True
    return False


#: phrases that tell a stretch up to the time of telling, as the parse hangs them apart ("have
#: up to now arrested": "up" a particle, "now" an adverb of the verb)
_UNTIL_NOW = (("to", "date"), ("until", "now"), ("till", "now"), ("up", "to", "now"))


def _until_now(verb: Token) -> bool:
    """"until now", "till now", "up to now", "to date" told on ``verb``, on its auxiliary, or on
    the "have" the parse makes it the complement of ("two men have to date been charged")."""
    owners = {verb.i} | {a.i for a in verb.children if a.dep_ in ("aux", "auxpass")}
    if verb.dep_ == "ccomp" and verb.head.lower_ in PRESENT_PERFECT:
        owners.add(verb.head.i)
    words = [t.lower_ for t in verb.sent]
    for phrase in _UNTIL_NOW:
        for k in range(len(words) - len(phrase) + 1):
            first = verb.sent[k]
            if tuple(words[k:k + len(phrase)]) == phrase and first.head.i in owners:
                return True
    return False


def up_to_now(verb: Token) -> bool:
    """Words on ``verb`` that tell its acts as done over a stretch up to now: "so far", "thus
    far", "to date", "until now", "up to now" (and, on a count, "in total", "in all")."""
    return _so_far(verb) or _until_now(verb)


def counted_news(verb: Token) -> bool:
    """A few arrests or charges counted to date ("police have so far detained four suspects"):
    each a real act of the story, news of its days (not 300 arrests, a running total, nor
    those told with a time of their own, "arrested 300 on Wednesday")."""
    return verb.lemma_.lower() in _COUNTED_ACTS and (own_time(
        verb, short=True, clause=True) or not any(
        counted_hundreds(c) for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")))


def _counted(verb: Token) -> bool:
    """Whether a party of ``verb`` is told by its number ("300 people", "hundreds")."""
    return any(c.dep_ in ("dobj", "obj", "nsubj", "nsubjpass") and (
        c.like_num or c.ent_type_ in ("CARDINAL", "QUANTITY")
        or any(g.dep_ == "nummod" for g in c.children)) for c in verb.children)


def tally(verb: Token) -> bool:
    """"have so far been deported", "have been displaced to date", "1,200 people have been
    arrested so far": a perfect count to date (not a few arrests or charges, "police have so
    far detained four suspects": each a real act of the story, news of its days; arrests in
    the hundreds or more to date are a running total, as any other act's)."""
    return perfect(verb) and _so_far(verb) and not counted_news(verb)


def over_stretch(verb: Token) -> bool:
    """"has requested it in recent years", "released in recent months", "had been targeted for
    the last 50 years", "killed 3,000 people over five years", "were killed in the final
    months of the war": what was done over months or years gone by, a record."""
    if own_time(verb, short=True, clause=True):
        return False
    return any(c.dep_ == "prep" and c.lower_ in OVER and any(
        g.dep_ == "pobj" and long_stretch(g, c) for g in c.children) for c in verb.children)


def _years(tok: Token) -> set[str]:
    """The years named in ``tok``'s subtree ("2014", "the 1990s"), not counts ("between 1800
    and 2000 protesters": numbers of a noun)."""
    return {t.text for t in tok.subtree if YEAR.fullmatch(t.text) and not _count(t)}


def _count(num: Token) -> bool:
    """A number that counts a noun ("2000 protesters", "between 1800 and 2000 protesters")."""
    while num.dep_ in ("conj", "quantmod") and num.head.i != num.i and num.head.like_num:
        num = num.head
    return num.dep_ in ("nummod", "quantmod") and num.head.pos_ in ("NOUN", "PROPN")


def between_years(verb: Token) -> bool:
    """"killed thousands between 2014 and 2017", "shelled the town from 2012 to 2015": acts
    summed over the years between two named years, its clause dated to no day or week."""
    if own_time(verb, short=True, clause=True):
        return False
    preps = [c for w in (verb, *(o for o in verb.children if o.dep_ in _NOUN_SLOTS))
             for c in w.children if c.dep_ == "prep"]
    for c in preps:
        if c.lower_ in ("between", "from") and len(_years(c)) >= 2:
            return True
        if c.lower_ == "from" and _years(c) and any(
                d.lower_ in _UNTIL and _years(d) for d in preps):
            return True
    return False


def _long_since(phrase: Token) -> bool:
    """A "since" phrase that opens a long stretch: it names a year or a long fight ("since 2014",
    "since the start of the war", "since the uprising began"; not "since the bombing", "since
    then", "since Monday": the days of the news)."""
    return bool(_years(phrase)) or any(
        t.pos_ == "NOUN" and t.lemma_.lower() in _LONG_FIGHTS for t in phrase.subtree)


def _since_long(verb: Token) -> bool:
    """"since 2014", "since the uprising began": a stretch since a year or a long fight (not
    since a day or a deed: "since Monday", "since the bombing")."""
    for c in verb.children:
        if c.lower_ != "since":
            continue
        if c.dep_ in ("prep", "advmod"):
            return _long_since(c)
        if c.dep_ == "mark":
            return False
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since"
                                         for m in c.children) and _long_since(c)
               for c in verb.children)


def toll(verb: Token) -> bool:
    """"75 herders had been killed in the campaign", "eight volunteers killed since 2014": a
    count of victims summed over a long fight or since a year or an event, undated to a day."""
    if verb.lemma_.lower() not in _CASUALTIES:
        return False
    victims = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj", "obj")]
    if verb.dep_ in ("acl", "relcl"):
        victims.append(verb.head)
    if not any(counted_many(v) or _ranked(v) for v in victims) or \
            own_time(verb, short=True, clause=True):
        return False
    long_fight = any(c.dep_ == "prep" and c.lower_ in OVER and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _LONG_FIGHTS for g in c.children)
        for c in verb.children)
    # "since" may hang from the clause the count is told in ("was one of eight killed ...
    # since the volunteers arrived")
    return long_fight or any(_since_long(v) for v in _up(verb))


def _ranked(noun: Token) -> bool:
    """A victim named by its rank in a count ("the sixth journalist killed since 2014"): one
    of a running total, counted."""
    return any(c.dep_ == "amod" and c.lower_ in _ORDINALS for c in noun.children)


def _up(verb: Token) -> list[Token]:
    """``verb`` and the words above it, up to five."""
    out = [verb]
    while len(out) < 6 and out[-1].head.i != out[-1].i:
        out.append(out[-1].head)
    return out


def standing_tie(verb: Token) -> bool:
    """"the US has supported the Kurds", "the rebels it had armed": a tie (a verb of
    :data:`_STANDING`) to a party, told in the perfect, its clause dated to no day or week
    (not "has backed the plan": a stand taken on a thing, news of its day)."""
    if verb.lemma_.lower() not in _STANDING or verb.tag_ != "VBN" or not perfect(verb):
        return False
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if verb.dep_ == "relcl" and not objs:
        objs = [verb.head]
    return any(_party(o) for o in objs) and not own_time(verb, short=True, clause=True) \
        and not _in_named_episode(verb, objs)


def _in_named_episode(verb: Token, objs: list[Token]) -> bool:
    """The tie is told of one named episode ("backed the Kurds in the Mosul offensive", "during
    the battle for Sirte"): help given in that fight, a happening, not a standing tie."""
    for head in (verb, *objs):
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "during", "for"):
                continue
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in _WAR_DEEDS and any(
                        t.pos_ == "PROPN" or t.ent_type_ in PLACE_LABELS
                        for t in noun.subtree if t is not noun):
                    return True
    return False


def _party(noun: Token) -> bool:
    """A noun that names a party: a named one, a pronoun, or people of a kind ("rebels")."""
    return noun.tag_ in ("PRP", "NNS", "NNPS") or any(
        t.ent_type_ in PARTIES for t in noun.subtree)


def role_habit(verb: Token) -> bool:
    """"she became one of the group's proponents, urging attacks", "he was a fierce critic,
    calling for sanctions": a participle clause of saying or appeal (``verb``, or the first
    verb it is joined to) hung on a verb of being or becoming whose attribute is a person or
    "one of" persons, its clause dated to no day or week: what was done in that role, no one
    occasion."""
    verb = first_conjunct(verb, ("VERB",))
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.lemma_.lower() not in _VOICING or any(
            c.dep_ in ("aux", "auxpass", "mark", "nsubj") for c in verb.children):
        return False  # (not "when calling for ...", "while fighting": an occasion's clause)
    head = verb.head
    if head.i == verb.i or head.lemma_.lower() not in _BEING or \
            own_time(head, short=True, clause=True):
        return False
    return any(c.dep_ == "attr" and _person(c) for c in head.children)


def _person(noun: Token) -> bool:
    """A noun of a person ("a critic", "its spokesman"), or "one of" persons ("one of the
    group's most vocal proponents")."""
    if noun.lower_ == "one":
        return any(_person(g) for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                   for g in p.children if g.dep_ == "pobj")
    if any(c.dep_ in ("acl", "relcl") or c.dep_ == "amod" and c.lower_ in _ONE_ACT
           for c in noun.children):
        return False  # ("the first envoy to visit the town, urging ...": that occasion)
    return noun.pos_ == "NOUN" and a_person_noun(noun.lemma_.lower())


def past_habit(verb: Token) -> bool:
    """"they raped me every day", "each week the militia raided the camp": a simple past done
    on every day, week or month of a stretch."""
    if verb.tag_ != "VBD" and not (verb.tag_ == "VBN" and any(
            a in ("was", "were") for a in auxes(verb))):
        return False
    every = [c for c in verb.children if c.dep_ in ("npadvmod", "advmod")
             and c.lemma_.lower() in _CALENDAR and any(
                 d.dep_ == "det" and d.lower_ in _EVERY for d in c.children)]
    return bool(every) and not _dated_apart(verb, {t.i for c in every for t in c.subtree})


def _dated_apart(verb: Token, every: set[int]) -> bool:
    """The clause of ``verb`` has a time of its own besides its "every day" (whose words are
    ``every``): "bombed the town every day last week" tells acts of that week, news."""
    return any(t.i not in every and t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)


def _earlier(verb: Token) -> bool:
    """"previously", "formerly", "in the past", "on three previous occasions", "in an earlier
    raid" on a verb."""
    return any(c.dep_ == "advmod" and c.lower_ in _EARLIER or c.dep_ == "prep" and any(
        g.dep_ == "pobj" and (c.lower_ == "in" and g.lower_ == "past" and any(
            d.lower_ == "the" for d in g.children) or any(
            d.dep_ == "amod" and d.lower_ in _PREVIOUS for d in g.children))
        for g in c.children) for c in verb.children)


def _last_time(verb: Token) -> bool:
    """"the last time the army shelled the town", "last time, when he attacked the base, he
    did not wait": the occasion before, recalled (on the verb, or on the verb whose "when"
    clause it is)."""
    def recalled(v: Token) -> bool:
        return any(c.dep_ == "npadvmod" and c.lemma_.lower() == "time" and any(
            d.lower_ in ("last", "previous") for d in c.children) for c in v.children)
    return recalled(verb) or verb.dep_ == "advcl" and verb.head.i != verb.i and any(
        c.lower_ == "when" for c in verb.children) and recalled(verb.head)


def told_before(verbs: list[Token]) -> bool:
    """"has previously refused", "previously targeted the base", "has said in the past he
    wants to withdraw", "last time, when he attacked the base": an act or a word of a time
    before the report's, named as such, which the clause does not date."""
    return any((_earlier(v) or _last_time(v)) and not own_time(v, clause=True) for v in verbs)


def first_made(verb: Token) -> bool:
    """"first promised it in January", "was first advanced at the beginning of the year": a
    past act "first" done, its clause dated to no day or hour (not "first fired tear gas",
    one step of a day's story, nor "went first to Raqqa, then to Homs")."""
    if verb.tag_ not in ("VBD", "VBN") or not any(
            c.dep_ == "advmod" and c.lower_ == "first" and c.i < verb.i for c in verb.children):
        return False
    return own_time(verb, clause=True) and not own_time(verb, short=True, clause=True)


def kept_up(verb: Token) -> bool:
    """"has been warning for weeks", "had been calling for months": the perfect progressive
    of a stance over weeks or more."""
    if verb.tag_ != "VBG" or "been" not in auxes(verb) or not perfect(verb):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("for", "over") and any(
        g.dep_ == "pobj" and g.tag_ == "NNS" and g.lemma_.lower() in SPANS
        for g in c.children) for c in verb.children)


def retold(tok: Token) -> str | None:
    """The form by which the act of the trigger ``tok`` is a record or a habit (``tally``,
    ``habit``, ``before``, ``kept_up``, ``first``, ``stretch``, ``years``, ``toll``, ``tie``,
    ``role``), or ``None``."""
    verbs = _verbs(tok)
    if tally(verbs[0]):
        return "tally"
    if past_habit(verbs[0]):
        return "habit"
    if kept_up(verbs[0]):
        return "kept_up"
    if first_made(verbs[0]):
        return "first"
    if over_stretch(verbs[0]):
        return "stretch"
    if between_years(verbs[0]):
        return "years"
    if toll(verbs[0]):
        return "toll"
    if standing_tie(verbs[0]):
        return "tie"
    if role_habit(verbs[0]):
        return "role"
    if told_before(verbs):
        return "before"
    return None


def without_records(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` less those told as done (:data:`RECORD_STATUSES`) whose trigger
    :func:`retold` reads as a record or a habit."""
    out = []
    for e in events:
        if e.status in RECORD_STATUSES:
            tok = event_token(doc, e)
            if tok is not None and retold(tok) is not None:
                continue
        out.append(e)
    return out
