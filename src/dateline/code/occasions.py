"""Occasions: whether a clause tells of one happening or of a record of many, read from its
aspect (the simple present, the perfect over a span of years), its adverbs of habit ("routinely",
"on a daily basis", "every week") and what it describes (a tie a party holds). A record is
background to the news, no event; ``modality`` asks these questions among its others."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..aspect import PRESENT_PERFECT
from ..date_clauses import told_earlier
from ..deps import prep_objects, subject
from ..tokens import (children, ent_types, fine_tags, heads, lemma_set, lower_set, per_token,
                      subtree, tags, words)
from ..wordclasses import word_class
from .numbers import count_of
from .roles import RELATIVE_PRONOUNS, is_when

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["auxes", "present", "iterative", "standing", "over_years", "every", "every_time",
           "as_a_rule", "passive_past", "ongoing", "toll", "tally", "background", "statistic",
           "record_of_kind", "record", "bare_plural", "own_time", "span"]

_HABITUAL = word_class("habitual_adverbs")
_BASES = word_class("habitual_bases")
_LONG_SPANS = word_class("long_spans")
_STANDING = word_class("standing_relations")
_POSTS = word_class("standing_posts")
_WARS = word_class("wars")
_ITERATIVE = word_class("iterative_adverbs")
_HELD_STANCES = word_class("held_stances")
_SHORT_TIMES = word_class("short_times")
_RECENT = word_class("recent_adverbs")
_AMOUNTS = word_class("amount_verbs")
_MANY = word_class("many_counts")
_SHARES = word_class("proportions")
_HARMS = word_class("record_harms")


@per_token  # the status, modality and occasion tests ask it of the same verbs again and again
def auxes(tok: Token) -> tuple[str, ...]:
    """The auxiliaries of a verb, and the modal an infinitive hangs from where the parse makes
    the modal its head ("the government ought to negotiate")."""
    doc, deps = tok.doc, tags(tok.doc).deps  # read from the arrays: a Token for each auxiliary
    out = [_aux_word(doc[c]) for c in children(doc)[tok.i] if deps[c] in ("aux", "auxpass")]
    head = heads(doc)[tok.i]
    if deps[tok.i] == "xcomp" and head != tok.i and fine_tags(doc)[head] == "MD":
        out.append(_aux_word(doc[head]))
    return tuple(out)


def _aux_word(aux: Token) -> str:
    """An auxiliary as the tables spell it: a contraction with a typographic apostrophe ("’ll",
    "’ve") as with a straight one, and "'d" before a bare verb as the "would" it stands for
    ("they'd storm it"; "they'd stormed it", "they'd already been warned" are the past
    perfect: the first word after it that is no adverb or negation tells)."""
    word = aux.lower_.replace("\u2019", "'")
    if word != "'d":
        return word
    after = next((t for t in aux.doc[aux.i + 1:] if t.pos_ not in ("ADV", "PART")), None)
    return word if after is None or after.tag_ in ("VBN", "VBD") or after.lower_ == "been" \
        else "would"


@per_token
def present(verb: Token) -> bool:
    """The simple present, active or passive: "kills", "are killed" (not "have killed"); kept
    per verb of a document (the record rules ask again of the same verbs), read from the parse
    alone: the same answer each time."""
    doc = verb.doc  # read from the document's arrays: no Token made
    kids, deps, tag = children(doc)[verb.i], tags(doc).deps, fine_tags(doc)
    helpers = [c for c in kids if deps[c] in ("aux", "auxpass")]
    if not helpers:  # (a base form with a subject of its own: a present the tagger misread)
        return tag[verb.i] in ("VBZ", "VBP") or tag[verb.i] == "VB" and any(
            deps[c] == "nsubj" for c in kids)
    return tag[verb.i] == "VBN" and any(deps[a] == "auxpass" for a in helpers) and all(
        tag[a] in ("VBZ", "VBP") for a in helpers)


def iterative(verbs: list[Token]) -> bool:
    """"government forces have repeatedly hit civilian targets", "the state has long attacked
    its critics", "the militia constantly raids the camps", "chlorine, which has been used
    frequently by the regime", "had repeatedly vetoed calls for an inquiry": acts repeated
    over a stretch of time, told in the perfect, the past perfect or the present, are background
    with no one occasion (unlike "troops repeatedly shelled the village on Tuesday", a past
    occasion)."""
    for t in verbs[:1]:
        helpers = auxes(t)
        perfect = t.tag_ == "VBN" and any(a in PRESENT_PERFECT for a in helpers)
        earlier = t.tag_ == "VBN" and any(a in ("had", "'d") for a in helpers)
        adverbs = _ITERATIVE | _HABITUAL if perfect or earlier else _ITERATIVE
        held = t.lemma_.lower() in _HELD_STANCES if earlier else _stance(t)
        deps, lowers = tags(t.doc).deps, words(t.doc).lowers  # (no Token per child)
        if held or not any(deps[c] == "advmod" and lowers[c] in adverbs
                           for c in children(t.doc)[t.i]):
            continue  # "have long rejected any talks", "had long backed the plan": a stance
        if present(t) or perfect or earlier and not own_time(t, short=True, clause=True):
            return True  # "had repeatedly vetoed calls", "had regularly spoken to him"
        if t.tag_ == "VBG" and any(a in PRESENT_PERFECT for a in helpers) and "been" in helpers:
            return True  # "have repeatedly been bombing"
    return False


def _stance(verb: Token) -> bool:
    """A verb of a stance, which an adverb of time makes a position held, still news ("has
    long rejected any talks"); not a tie held, which is no happening ("has long supported the
    rebels")."""
    lemma = verb.lemma_.lower()
    return lemma in _HELD_STANCES and lemma not in _STANDING


def standing(verbs: list[Token]) -> bool:
    """"Assad, who has been backed by Russia", "groups backed by Turkey", "an alliance that
    supports the rebels", "the militia is backed by Turkey": a tie a party holds, told in a
    clause that describes it or in the present passive, with no time of its own, is
    background (unlike "the militia, which backed the coup in 2016"); so is where a force is
    kept ("troops are stationed along the border", "guns stationed there")."""
    if not verbs:
        return False
    verb, head = verbs[0], verbs[-1]
    lemma = verb.lemma_.lower()
    if own_time(verb):
        return False
    if lemma in _POSTS and verb.tag_ == "VBN" and (present(verb) or verb.dep_ == "acl"):
        return True  # "troops are stationed along the border": where a force is kept
    if head.dep_ == "acl" and verb.i > 0 and verb.doc[verb.i - 1].is_punct:
        return False  # "shelled the district, backed by militias": how the act was done
    if lemma in _STANDING and verb.tag_ == "VBN" and present(verb) and any(
            w.dep_ == "agent" or w.dep_ == "prep" and w.lower_ == "by" for w in verb.subtree):
        return True  # "the militia is backed by Turkey", "is supported in its fight by the US"
    return lemma in (_STANDING | _POSTS) and head.dep_ in ("relcl", "acl") and (
        verb.tag_ in ("VBN", "VBZ", "VBP") or verb.tag_ == "VBG" and verb.dep_ == "relcl"
    ) and not any(a in ("had", "'d") for a in auxes(verb))  # ("the countries that were
    # backing the opposition"; not "the militias it had backed", a past told in its order)


_SPAN_PREPS = frozenset({"since", "throughout"})
#: "for years", "over the decades": a stretch (not "over the weekend", "for two hours")
_LONG_UNITS = frozenset({"year", "decade", "month", "week", "century"})


def span(prep: Token) -> bool:
    """A preposition that says how long a tie has held, not when it was made."""
    return _span_at(prep.doc, prep.i)


def _span_at(doc: Doc, prep: int) -> bool:
    """:func:`span` of the word at ``prep``, read from the document's arrays."""
    word, tag, (lemmas, _, deps, _) = words(doc).lowers[prep], fine_tags(doc), tags(doc)
    return word in _SPAN_PREPS or word in ("for", "over") and any(
        deps[g] == "pobj" and tag[g] == "NNS" and lemmas[g] in _LONG_UNITS
        for g in children(doc)[prep])


def own_time(verb: Token, short: bool = False, clause: bool = False) -> bool:
    """Whether ``verb`` tells a time of its own: a time word on it ("overnight", "last week") or
    in one of its prepositions ("on Tuesday", "in 2016"), not the span a tie has held ("since
    2014", "for years") nor the age of a thing it names ("backed in Syria's seven-year-old
    war"); with ``clause``, a date or time anywhere in its clause; with ``short``, only a day, an
    hour or a few weeks ("on Tuesday", "this morning", "in two weeks", not "in 2017" nor "last
    year")."""
    if clause:  # (the subtree's entity tags read from arrays: a Token only for a date; a
        # plain loop, not a generator, as the subtree's words are many and dates few)
        doc = verb.doc
        kinds = ent_types(doc)
        for i in subtree(doc, verb.i):
            if (kinds[i] == "DATE" or kinds[i] == "TIME") and _when(doc[i], short):
                return True
        return False
    doc = verb.doc  # the links read from the arrays: a Token only for a word that may be a time
    below, deps = children(doc), tags(doc).deps
    for c in below[verb.i]:
        if deps[c] in ("npadvmod", "advmod") and _when(doc[c], short):
            return True
        if deps[c] == "prep" and not _span_at(doc, c) and any(
                deps[g] == "pobj" and _when(doc[g], short) for g in below[c]):
            return True
    return False


def _when(tok: Token, short: bool) -> bool:
    return is_when(tok) and (not short or tok.ent_type_ == "TIME" or tok.lower_ in _SHORT_TIMES
                             or tok.like_num and len(tok.text) <= 2)


def over_years(verbs: list[Token]) -> bool:
    """"since 2014 the US has bombed the towns", "have been fighting for autonomy since 1984",
    "has detained thousands over the years", "for decades the army has shelled them", "the
    war has killed half a million": a perfect over a long stretch of time tells a record, no
    one occasion (unlike "have arrested 20 people since Monday", news of days)."""
    for t in verbs[:1]:
        helpers = auxes(t)
        going = t.tag_ == "VBG" and "been" in helpers and any(a in PRESENT_PERFECT for a in helpers)
        if _stance(t) or not (
                going or _perfect(t)):
            continue  # "has accused him since 2013": a stance held, news as it stands
        if any(c.dep_ == "nsubj" and c.lemma_.lower() in _WARS for c in t.children):
            return True  # "the war has killed half a million": a toll, no occasion
        for c in t.children:
            if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "since"
                                         for g in c.children) and any(
                    g.dep_ == "nsubj" and g.lemma_.lower() in _WARS for g in c.children):
                return True  # "since the war began"
            if c.dep_ != "prep":
                continue
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                lemma = g.lemma_.lower()
                if c.lower_ == "since" and (g.like_num and len(g.text) == 4 or lemma in _WARS):
                    return True  # (not "since last year", nor "since Monday")
                if not going and c.lower_ in ("for", "over", "throughout", "across") and \
                        lemma in _LONG_SPANS and (g.tag_ == "NNS" or c.lower_ == "throughout"):
                    return True  # (not "has been providing aid for years", a programme)
    return False


_CALENDAR = word_class("calendar")


_EVERY = frozenset({"every", "each"})


def every(verbs: list[Token], tok: Token) -> bool:
    """"would leave the house at six every day", "each Friday they march", "there are
    killings every week carried out by the youth", "the committee meets once a year": what is
    done on every occasion of a kind, no one occasion (not "is providing food every month", a
    programme under way)."""
    for t in verbs[:1]:
        tense = t  # "killings … carried out": a participle's tense is its noun's clause's
        if t.dep_ == "acl" and t.tag_ == "VBN" and t.head.dep_ in ("attr", "nsubj", "dobj"):
            tense = t.head.head
        if not (present(tense) or {"would", "used"} & set(auxes(tense))):
            continue  # "is providing food every month": a programme under way, news
        # an act named by a noun, its time on its participle ("killings every week carried out")
        named = [tok] if tok.pos_ == "NOUN" else [  # "there are killings …": its noun
            c for c in t.children if c.dep_ == "attr"] if any(
            c.dep_ == "expl" for c in t.children) else []
        told = [c for w in (*named, t) if named for c in w.children
                if c.dep_ in ("acl", "advcl") and c.tag_ == "VBN"
                and not any(g.dep_ == "nsubjpass" for g in c.children)]
        for c in (c for w in [t, *told] for c in w.children):
            times = [c] if c.dep_ in ("npadvmod", "advmod", "dobj") else [
                g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else []
            if c.dep_ in ("advmod", "npadvmod"):  # "once a year", "three times a week"
                times += [g for g in c.children if g.dep_ == "npadvmod"]
            if any(w.lemma_.lower() in _CALENDAR and any(
                    d.dep_ == "det" and d.lower_ in _EVERY for d in w.children) or _a_rate(w)
                   for w in times):
                return True
    return False


_RATES = frozenset({"once", "twice", "thrice", "times"})


def _a_rate(span: Token) -> bool:
    """"once a year", "twice a month", "three times a week": so often in each span of time."""
    return span.lemma_.lower() in _CALENDAR and any(
        d.dep_ == "det" and d.lower_ in ("a", "an") for d in span.children) and (
        span.head.lower_ in _RATES or any(d.lower_ in _RATES for d in span.children))


def every_time(verbs: list[Token]) -> bool:
    """"every time I sent men, they were killed", "each time the army shelled the town, the
    rebels withdrew": what happened on each occasion of another thing, no one occasion (the
    parse hangs either clause on the other, so both are looked at)."""
    def each_time(t: Token) -> bool:
        return t.lemma_.lower() == "time" and any(d.dep_ == "det" and d.lower_ in _EVERY
                                                  for d in t.children)

    if not verbs or "time" not in lemma_set(verbs[0].doc):
        return False  # no "time" in the text (most): no clause near the verbs is looked at
    near = [*verbs, *(t.head for t in verbs[-1:] if t.dep_ in ("ccomp", "advcl")),
            *(c for t in verbs for c in t.children if c.dep_ in ("ccomp", "advcl"))]
    return any(t.dep_ == "relcl" and each_time(t.head) for t in verbs[-1:]) or any(
        c.dep_ == "npadvmod" and each_time(c) for t in near for c in t.children)


def as_a_rule(verb: Token) -> bool:
    """"routinely", "often", "on a daily basis": the clause tells what is done as a rule."""
    doc = verb.doc  # read from the document's arrays: no Token made
    below, lowers, (lemmas, _, deps, _) = children(doc), words(doc).lowers, tags(doc)
    for c in below[verb.i]:
        if deps[c] == "advmod" and lowers[c] in _HABITUAL:
            return True
        if deps[c] == "prep" and lowers[c] == "on" and any(
                deps[g] == "pobj" and lemmas[g] == "basis" and any(
                    lowers[a] in _BASES for a in below[g]) for g in below[c]):
            return True
    return False


def passive_past(verb: Token) -> bool:
    """"were detained", "was beaten": a simple past passive."""
    return verb.tag_ == "VBN" and all(c.lower_ in ("was", "were") for c in verb.children
                                      if c.dep_ in ("aux", "auxpass")) and any(
        c.dep_ == "auxpass" for c in verb.children)


def ongoing(tok: Token) -> bool:
    """"there are random arrests of Kurds", "there are killings in the camps": acts of a kind
    said to go on, in the present, with no occasion or count of their own (unlike "there was an
    explosion", "there are two new arrests today")."""
    head, noun = (tok.head, tok) if tok.dep_ == "attr" else (  # the noun, or its "are"
        tok, next((c for c in tok.children if c.dep_ == "attr"), None))
    if noun is None or noun.tag_ != "NNS" or head.lemma_.lower() != "be" or not any(
            c.dep_ == "expl" for c in head.children) or head.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ in ("det", "nummod", "poss") for c in noun.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in head.subtree)


def _in_a_war(prep: Token) -> bool:
    """"in the war", "during the conflict", "as a result of the war", "during its reign of
    terror", "during its three years in control": a war or a long stretch of rule."""
    for g in prep.children:
        if g.dep_ != "pobj":
            continue
        if g.lemma_.lower() in _WARS or prep.lower_ in ("during", "throughout") and \
                g.lemma_.lower() in _LONG_SPANS:
            return True
        if g.lemma_.lower() == "result" and any(
                p.dep_ == "prep" and p.lower_ == "of" and _in_a_war(p) for p in g.children):
            return True
    return False


def toll(verbs: list[Token]) -> bool:
    """"500,000 people have been killed in the war", "7,340 killed in a feud that has left
    them nothing", "civilians were killed as a result of the war", "thousands of people
    imprisoned by the group during its years in control": what a war or a rule did over its
    course, with no time of its own, is a toll, no one occasion (unlike "three soldiers were
    killed in the war on Tuesday")."""
    for t in verbs[:1]:
        spans = [c for c in t.children if c.dep_ == "prep" and c.lower_ in (
            "in", "during", "throughout", "as", "from") and _in_a_war(c)]
        if t.tag_ != "VBN" or not spans:
            continue
        within = {w.i for c in spans for w in c.subtree}  # "during its three years in control"
        return not any(w.ent_type_ in ("DATE", "TIME") and w.lemma_.lower() not in _LONG_SPANS
                       and w.i not in within for w in t.subtree)
    return False


def _count(tok: Token) -> bool:
    """"105 times", "dozens of times", "many times": a count of three or more, or a vague many
    (not "twice", "two times": a pair of acts may well be one occasion's)."""
    value = count_of(tok)  # ("105 times", "three times", "1.5 million times")
    if value is not None:
        return value >= 3
    for c in tok.children:
        if c.dep_ == "nummod":
            return c.lower_ not in ("one", "two", "a", "an")
        if c.dep_ == "amod" and c.lower_ in _MANY:
            return True
    return tok.head.lower_ in _MANY or tok.head.head.lower_ in _MANY


def tally(verbs: list[Token], tok: Token) -> bool:
    """"access was denied 105 times in 2017", "has attacked the convoy dozens of times", "last
    year there were 175 attacks on clinics": a count of acts over a stretch of time is a tally,
    no one occasion (unlike "raided the office three times on Tuesday", a day's news). A
    document with no word "times" is not scanned for one: its verbs count no acts, whatever
    their time (:func:`own_time` decides nothing else here), so the answer is the same."""
    for t in verbs[:1] if "times" in lower_set(tok.doc) else ():
        if own_time(t, short=True, clause=True) or t.lemma_.lower() in _AMOUNTS:
            continue  # (not "cut aid five times", a factor)
        doc, lowers = t.doc, words(t.doc).lowers  # (a Token only for a "times")
        if any(lowers[i] == "times" and _count(doc[i]) and _counts(doc[i], t)
               for i in subtree(doc, t.i)):
            return True
    head, noun = (tok.head, tok) if tok.dep_ == "attr" else (  # the noun, or its "were"
        tok, next((c for c in tok.children if c.dep_ == "attr"), None))
    if noun is None or noun.tag_ != "NNS" or head.lemma_.lower() != "be" or not any(
            c.dep_ == "expl" for c in head.children):
        return False  # "there were 175 attacks last year"
    counted = any(c.dep_ == "nummod" and _count(noun) for c in noun.children)
    return counted and own_time(head, clause=True) and not own_time(head, short=True, clause=True)


def _counts(times: Token, verb: Token) -> bool:
    """Whether "times" counts the acts of ``verb``: hung on the verb itself ("denied 105
    times") or on a vague many that is ("dozens of times"), not on an adverb ("hitting them 10
    times harder", a factor)."""
    if times.head.i == verb.i:
        return times.dep_ in ("npadvmod", "advmod", "dobj")
    many = times.head.head
    return times.dep_ == "pobj" and times.head.lower_ == "of" and many.lower_ in _MANY and \
        many.head.i == verb.i


def background(verbs: list[Token]) -> bool:
    """"militants who had fought with US forces", "his uncle, who had been detained", "had
    previously fought in Afghanistan": the past perfect of a clause describing a party, or
    told as what was done before, with no time of its own, is background to the news, no
    occasion reported (unlike "the town, which rebels had seized on Monday", or "had seized
    the town before the army arrived", a past told in its order)."""
    for t in verbs[:1]:
        helpers = auxes(t)
        if not any(a in ("had", "'d") for a in helpers) or t.tag_ not in ("VBN", "VBG"):
            continue
        top = verbs[-1]
        if any(c.dep_ == "advmod" and c.lower_ in _RECENT for c in t.children):
            continue  # "who had been recently arrested": close to the news
        told_before = told_earlier(t)
        describes = top.dep_ == "relcl" and any(  # (not "the charge that police had acted")
            c.lower_ in RELATIVE_PRONOUNS and c.dep_ != "mark" for c in top.children)
        if (describes or told_before) and not own_time(t, clause=True):
            return True
    return False


def _perfect(verb: Token) -> bool:
    """"have killed", "have been prosecuted", and a conjunct that shares them ("have killed
    people and destroyed cities")."""
    if verb.tag_ == "VBN" and any(a in PRESENT_PERFECT for a in auxes(verb)):
        return True
    return verb.dep_ == "conj" and verb.tag_ in ("VBN", "VBD") and not auxes(verb) and \
        verb.head.i != verb.i and verb.head.tag_ == "VBN" and any(
            a in PRESENT_PERFECT for a in auxes(verb.head))


def statistic(verbs: list[Token]) -> bool:
    """"the majority of the strikes have hit rebel areas", "only 10% of returnees have been
    prosecuted", "most of the convoys are turned back": what a share of a kind has done or
    undergone, in the perfect or the present, is a statistic, no one occasion (unlike "half of
    the 40 detainees were released on Monday")."""
    for t in verbs[:1]:
        if not (present(t) or _perfect(t)) or own_time(t, short=True, clause=True):
            continue
        subj = subject(t)
        if subj is None or subj.lemma_.lower() not in _SHARES:
            continue
        whole = list(prep_objects(subj, "of"))
        return any(g.tag_ in ("NNS", "NNPS") and not any(c.dep_ == "nummod" for c in g.children)
                   for g in whole)
    return False


# what makes a plural some of a kind rather than the kind: a determiner, an owner, a count, a
# describing word or phrase
_KIND_MARKS = frozenset({"det", "poss", "nummod", "compound", "amod", "prep", "relcl", "acl"})


def bare_plural(tok: Token | None, also: tuple[str, ...] = ()) -> bool:
    """"wars", "civilians": a plural that names a class of things, no one in particular (no
    name, and none of ``_KIND_MARKS`` or the dependencies ``also`` on it)."""
    return tok is not None and tok.tag_ == "NNS" and not tok.ent_type_ and not any(
        c.dep_ in _KIND_MARKS or c.dep_ in also for c in tok.children)


def record_of_kind(verbs: list[Token]) -> bool:
    """"they have killed people and destroyed cities", "the regime has bombed hospitals": a
    perfect of harm whose object is a bare plural, a kind with no one of it counted or named,
    and with no time of its own, tells a record, no one occasion (unlike "have killed 20
    people", "have bombed the hospitals", "have arrested protesters on Friday")."""
    for t in verbs[:1]:
        if not _perfect(t) or any(c.dep_ == "auxpass" for c in t.children) or \
                own_time(t, clause=True):
            continue
        obj = next((c for c in t.children if c.dep_ in ("dobj", "obj")), None)
        if t.lemma_.lower() in _HARMS and bare_plural(obj, also=("conj", "appos")):
            return True
    return False


def record(verbs: list[Token], tok: Token) -> bool:
    """Whether the clause of ``verbs`` (``tok`` its trigger) tells a record of many acts, a
    tie held or a statistic rather than one occasion (a kind of acts is
    :func:`~dateline.code.kinds_told.record`'s, which reads this module's tests of aspect)."""
    return iterative(verbs) or over_years(verbs) or standing(verbs) or every(verbs, tok) or \
        every_time(verbs) or ongoing(tok) or toll(verbs) or tally(verbs, tok) or \
        background(verbs) or statistic(verbs) or record_of_kind(verbs)
