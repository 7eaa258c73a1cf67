"""What a trigger's own clause tells of its time, for :mod:`dateline.date`.

Each predicate reads one token's clause: whether it begins a span ("have supported the militia
since 2014"), is told in the present, was done before the report, was tried, only wanted or
planned, is what someone is judged for, is a deed named as a topic, or is described by a clause
that may date it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .aspect import (bare_subjunctive, clause_of, hedged, irrealis, past_progressive,
                     simple_past, tense_of)
from .date_calendar import period_end
from .date_charged import charge_gerund, charged_with  # noqa: F401 (what date.py asks)
from .date_perfect import told_before_its_clause
from .date_speech import speech_frame
from .date_spoken import spoken_act
from .sentences import (aside as sentence_aside, chars_span, clause_tokens, first_conjunct,
                        in_quotation, quotation_closes)
from .tokens import fine_tags, heads, subtree, tags, words
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .timex import TimeExpression

#: Intent words that tell an act tried: "tried to capture him", "an attempt to kill him".
ATTEMPTS = word_class("attempts")
#: Marks that open a quotation.
_QUOTE_OPENS = ("\u201c", "\u00ab", '"')
#: Verbs that report what was done: "officials said on Tuesday that troops had captured it".
SAYING = word_class("speech_verbs_attribution") | word_class("speech_verbs_statement")
#: ... and that report what was found: "an inquiry found on Monday that soldiers had shot them".
REPORTING = SAYING | word_class("finding_verbs")
#: Adverbs of an act done after the time told around it: "was subsequently beheaded".
LATER = word_class("later_adverbs")
#: Adverbs of an act done before the time of the story told around it: "previously targeted".
EARLIER = word_class("earlier_adverbs")
#: What is written or said in an actor's name: "the resolution", "a statement".
DOCUMENTS = word_class("documents")
#: Verbs that make a deed known, and what "made" it so: "the attack, made public on Friday".
DISCLOSING = word_class("disclosure_verbs")
_OCCURRING = word_class("occurrence_verbs")
_MADE_KNOWN = word_class("disclosure_states")
#: Verbs of a text's issuing: "the resolution, which the council approved on Saturday".
_ISSUING = word_class("issuing_verbs")
_QUOTES = ("\u201c", "\u201d", '"')

#: A stretch in quotation marks: what someone says, or a name ("as “devil worshippers”").
_QUOTED = re.compile(r"[\u201c\"]([^\u201d\"]*)[\u201d\"]")
#: At most this many words in quotation marks, with no stop of a sentence, name a thing or mark
#: a term; more are speech.
_NAMING_WORDS = 4


def quotes_speech(text: str) -> bool:
    """``text`` quotes what someone says: a quotation mark outside a few words quoted as a
    name or term ("scorned as “devil worshippers”" quotes no one)."""
    if not any(q in text for q in _QUOTES):
        return False
    named = _QUOTED.sub(lambda m: "" if len(m.group(1).split()) <= _NAMING_WORDS and (
        m.group(1).rstrip()[-1:] not in ",.!?") else m.group(0), text)
    return any(q in named for q in _QUOTES)


def begins_a_span(tok: Token) -> bool:
    """"have supported the militia since 2014" is an act that began then; "38 journalists have
    been murdered since 1992", "wielded its veto six times since 2017" count acts spread over
    the span, none of which is dated by it."""
    verb = clause_of(tok)
    lowers = words(tok.doc).lowers  # the clause's words read from arrays, not made Tokens
    return not any(c.dep_ == "auxpass" for c in verb.children) and not any(
        lowers[t] in ("times", "twice") for t in subtree(tok.doc, verb.i))


def told_in_present(verb: Token, perfect: bool = True) -> bool:
    """The clause of ``verb`` is told in the present or (with ``perfect``) the present perfect
    ("is being hailed", "have supplied intelligence", "has displaced … and killed"): of the
    report's time, not of the story told before it."""
    shared = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(v.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ in ("VBZ", "VBP") or c.lower_ in PRESENT_BE)
        and (perfect or c.lemma_ != "have") for c in v.children) for v in shared)


def told_now(verb: Token) -> bool:
    """:func:`told_in_present`, but not a hedge telling a past act ("are said to have died",
    told on as "reportedly died" is)."""
    return told_in_present(verb) and not hedged(verb)


#: Present forms of "be" however tagged ("it’s now being run").
PRESENT_BE = frozenset({"is", "are", "am", "'s", "’s", "'re", "’re", "'m", "’m"})


#: Kinds of act done by saying so: "“We demand (welcome) their release,” he said on Monday": then.
SPOKEN_ACTS = frozenset({"ACCUSE", "AGREE", "REJECT", "REQUEST", "SUPPORT", "THREATEN"})


def done_in_saying(tok: Token, event_type: str | None, dated: Callable[[Token], bool]) -> bool:
    """``tok`` tells in the present an act done by saying so ("we demand", "is asking", "rejects
    the plan": :data:`SPOKEN_ACTS`) as what a saying ``dated`` reports: "“We urge Congress to
    act,” the president said on Tuesday" urged on Tuesday, not now."""
    if event_type not in SPOKEN_ACTS or tok.pos_ != "VERB" or clause_of(tok).i != tok.i:
        return False
    verb = tok
    while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
    saying = verb.head
    return (verb.dep_ in ("ccomp", "parataxis") and saying.lemma_.lower() in SAYING
            and dated(saying))


def told_later(tok: Token, timed: Callable[[int], bool]) -> bool:
    """``tok``'s clause tells its act as done after the time told around it, by a span it does
    not say ("who was subsequently beheaded", "he was later released"), unless the adverb is
    part of a time expression (``timed``: "two days later", "later that day")."""
    return any(c.dep_ == "advmod" and c.lower_ in LATER and not timed(c.i)
               for c in clause_of(tok).children)


def told_earlier(verb: Token) -> bool:
    """``verb`` tells its act as done before the story told around it: "Russia previously
    targeted the base"."""
    return any(c.dep_ == "advmod" and c.lower_ in EARLIER for c in verb.children)


def done_before(tok: Token, nouns: bool = False) -> bool:
    """``tok`` is a verb telling what was done ("placed", "has accused … of ordering"), which
    no time after the report can date: "talks on Tuesday, after he placed conditions"; with
    ``nouns``, also an event noun of such a clause ("after the army launched an offensive")."""
    return (tok.pos_ == "VERB" or nouns and tok.pos_ in ("NOUN", "PROPN")) and tense_of(
        clause_of(tok)) == "past" and not wanted(tok)


def attempted(tok: Token) -> bool:
    """``tok``'s event is the aim of an attempt told as made: "tried to capture him", "a very
    serious attempt to kill him" (not "would try to kill him")."""
    for verb in [tok, *tok.ancestors]:
        if verb.dep_ in ("xcomp", "acl") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            head = verb.head
            return head.lemma_.lower() in ATTEMPTS and not irrealis(head)
        if verb.dep_ in ("ROOT", "ccomp", "advcl", "relcl", "parataxis"):
            return False
    return False


def wanted(tok: Token) -> bool:
    """``tok``'s event is only possible, wanted or planned (:func:`irrealis`), or is the purpose
    of one: "militiamen would enter Afrin to assist Kurdish militias", "was working to rescue
    them"; what was tried was done at the time of the trying (:func:`attempted`)."""
    if irrealis(tok):
        return not attempted(tok)
    verb = clause_of(tok)
    # what a verb going on in the past was done for ("was working to rescue the children") was
    # not reached yet (the present progressive may tell a plan: "is organising a march
    # tomorrow to protest")
    return verb.dep_ == "advcl" and verb.head.i != verb.i and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and (
        irrealis(verb.head) or past_progressive(verb.head))


#: Prepositions naming what an act or a thing is about: "intelligence over the Salisbury
#: attack", "an inquiry into the killing", "a briefing about the raid".
TOPIC_PREPOSITIONS = frozenset({"over", "about", "into", "regarding", "concerning"})


def topic_deed(tok: Token) -> bool:
    """``tok`` is an event noun named as what another act or thing is about ("intelligence over
    the Salisbury attack made public on Friday", "divided over military action"): a deed of
    its own time, which the act's does not date."""
    return (tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj"
            and tok.head.lower_ in TOPIC_PREPOSITIONS)


def described_by(tok: Token) -> set[int]:
    """The clauses describing an event noun ``tok``: "an airstrike that killed their mother in
    January", "a bargain struck in March 2016" are of January and March 2016; and for a verb
    whose doer is a text, the clauses telling the text's issuing (:data:`_ISSUING`), for a text
    does what it says when it is issued ("the resolution, which was approved on Saturday,
    called for a ceasefire"; not "the report, which covers abuses committed in 2015, accused");
    for a verb whose doer is a happening, or done in one, the clause telling when it took place
    ("the attack, which took place on Tuesday, killed 12")."""
    if tok.pos_ in ("VERB", "AUX"):
        doers = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if tok.dep_ == "acl" and tok.tag_ == "VBD":
            doers.append(tok.head)  # "The resolution, which …, called for": parsed as its acl
        # ... and for an act done by or in a happening, the clause telling when it took place
        hosts = doers + [n for p in tok.children if p.dep_ == "prep" and p.lower_ in (
            "in", "during") for n in p.children if n.dep_ == "pobj"]
        return {t.i for c in doers if c.lemma_.lower() in DOCUMENTS for d in _describing(c)
                if d.i != tok.i and d.lemma_.lower() in _ISSUING for t in d.subtree} | {
            t.i for c in hosts if c.pos_ == "NOUN" for d in _describing(c)
            if d.i != tok.i and _occurrence(d) for t in d.subtree}
    if tok.pos_ not in ("NOUN", "PROPN"):
        return set()
    return {t.i for c in _describing(tok) for t in c.subtree}


def _occurrence(verb: Token) -> bool:
    """``verb`` tells, in the past, that a happening took place: "occurred", "took place"."""
    return verb.tag_ in ("VBD", "VBN") and occurs(verb)


def occurs(verb: Token) -> bool:
    """``verb`` tells that a happening was: "happened", "occurred", "took place", "broke
    out" ("take" only with "place", "break" only with "out")."""
    lemma = verb.lemma_.lower()
    if lemma not in _OCCURRING:
        return False
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    return lemma != "break" or any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def _describing(noun: Token) -> list[Token]:
    """The verbs of the clauses describing ``noun`` ("which killed", "struck in March")."""
    return [c for c in noun.children if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX")]


def discloses(verb: Token) -> bool:
    """``verb`` tells that what it describes was made known ("revealed on Monday", "made
    public on Friday"): its time is the telling's, not the deed's."""
    return verb.lemma_ in DISCLOSING or verb.lemma_ == "make" and any(
        c.dep_ in ("oprd", "acomp", "ccomp", "dobj") and c.lower_ in _MADE_KNOWN
        for c in verb.children)


def content_of_noun(tok: Token) -> set[int] | None:
    """The tokens of the clause telling the content of a noun that ``tok`` is in ("the claim
    in an interview on Thursday that the regime used chemical weapons"): a clause of its own,
    which the noun's times do not date; ``None`` when ``tok`` is in none."""
    verb = clause_of(tok)
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return {t.i for t in verb.subtree}
    return None


def told_as_there(verb: Token) -> bool:
    """``verb`` is a participle telling what happened to those an existential sentence names:
    "There were many people killed" tells the killing, it describes no one."""
    noun = verb.head
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and noun.dep_ == "attr" and any(
        c.dep_ == "expl" for c in noun.head.children)


def participle_tails(tok: Token, clause: frozenset[int]) -> set[int]:
    """The tokens of present participles describing a thing of ``tok``'s clause (its tokens
    ``clause``), whose time is the event's: "kidnapped by armed men wearing masks in November
    2013" (not "a convoy launched in March", whose own time it is)."""
    doc = tok.doc  # the clause's words read from arrays, not made Tokens
    deps, fine, up = tags(doc).deps, fine_tags(doc), heads(doc)
    return {t for c in subtree(doc, clause_of(tok).i) if deps[c] == "acl" and fine[c] == "VBG"
            and up[c] in clause and c not in clause for t in subtree(doc, c)}


def _on_the_way_up(word: Token, tok: Token, found: Callable[[Token, set[int]], bool]) -> bool:
    """Whether a word from ``word`` up to (not into) what it shares with the event ``tok`` is
    ``found`` (given the tokens ``tok`` and its governors)."""
    shared = {tok.i, *(a.i for a in tok.ancestors)}
    for verb in [word, *word.ancestors]:
        if verb.i in shared:
            return False
        if found(verb, shared):
            return True
    return False


def in_background(word: Token, tok: Token) -> bool:
    """``word`` is in a clause told as done before its own (:mod:`dateline.date_perfect`), or
    under one, below what it shares with the event ``tok``: "he condemned the regime, though
    he had been shown kissing its leader in 1991" (1991 is the kissing's, not the condemning's)."""
    return _on_the_way_up(word, tok, lambda v, _: told_before_its_clause(v))


def own_subject_conjunct(word: Token, tok: Token) -> bool:
    """``word`` is in a clause joined to ``tok``'s with a doer of its own: "she was stripped of
    her citizenship, but the minister said on Sunday …" (Sunday is the saying's alone)."""
    return _on_the_way_up(word, tok, lambda v, shared: v.dep_ == "conj" and v.head.i in shared
                          and any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children))


def reported_by(tok: Token) -> list[tuple[Token, Token]]:
    """The reporting verbs whose complement tells ``tok``'s act, nearest first, each with the
    head of the complement it governs: "officials said on Tuesday that troops had captured the
    town and killed ten" (said, captured) for the capture and the killing alike."""
    out: list[tuple[Token, Token]] = []
    head = clause_of(tok)
    while True:
        head = first_conjunct(head)
        if head.dep_ != "ccomp" or head.head.lemma_.lower() not in REPORTING:
            return out
        out.append((head.head, head))
        head = clause_of(head.head)


def told_by_saying(tok: Token, word: Token) -> bool:
    """``word`` (a time's) dates a reporting verb whose complement tells ``tok``'s act as done
    ("said on Tuesday that troops had captured the town", "Speaking on Sunday, the president
    said rebels had attacked"), not anything the complement tells of itself."""
    if wanted(tok) or tense_of(clause_of(tok)) != "past":
        return False
    saying = said_at(word)
    return any(any(s.i == word.i for s in speech_frame(verb).subtree) and (
        saying is not None and saying.i == verb.i
        or not any(s.i == word.i for s in comp.subtree)) for verb, comp in reported_by(tok))


def said_at(word: Token) -> Token | None:
    """The reporting verb a time word tells the time of where the parse hangs it on the
    complement after it: "the army said on Thursday it had killed 12 militants" (the saying
    was on Thursday; the killing by then)."""
    comp = clause_of(word)
    verb = comp.head
    if comp.dep_ != "ccomp" or verb.lemma_.lower() not in REPORTING or not (
            verb.i < word.i < comp.i):
        return None
    opener = next((a for a in [word, *word.ancestors] if a.head.i == comp.i), word)
    if any(c.dep_ == "mark" and c.i < word.i for c in comp.children) or any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i < opener.left_edge.i for c in comp.children):
        return None  # "said that on Thursday it …", "said it on Thursday …": the complement's
    return verb


def of_a_later_conjunct(tok: Token, at: int) -> bool:
    """The word at ``at`` opens a conjunct told after ``tok``'s, whatever the parse hangs it
    on: "had helped raise groups, but earlier this year co-opted them" (the co-opting's time)."""
    head = clause_of(tok)
    return any(c.dep_ == "cc" and tok.i < c.i < at for c in head.children) and any(
        c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > at for c in head.children)


def when_clause(tok: Token) -> set[int]:
    """Tokens of a "when" clause told in the past that modifies ``tok``'s clause: the moment of
    that act ("the valley held by the Garn when it spread across Iraq in 2009")."""
    head = clause_of(tok)
    return {t.i for c in head.children if c.dep_ == "advcl" and tense_of(c) == "past" and any(
        w.lower_ == "when" and w.dep_ in ("advmod", "mark") for w in c.children)
        for t in c.subtree}


def when_of_main(verb: Token) -> bool:
    """``verb`` heads a "when" clause in a sentence told in the past: "he was trying to save a
    boy (who had strayed into a building) when a bomb exploded" tells one happening, the main
    clause's, wherever the parse hangs the clause."""
    return verb.dep_ == "advcl" and tense_of(verb.head) == "past" and tense_of(
        verb.sent.root) == "past" and any(
        c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in verb.children)


def told_with_main(verb: Token) -> bool:
    """``verb`` tells what the main clause tells as one happening with it: a "when" clause of
    it (:func:`when_of_main`), or what a past saying at the head of the sentence reports ("Six
    soldiers were killed, officials said"); or it is the main verb, misparsed
    (:func:`misparsed_main`)."""
    said = reported_by(verb)
    return misparsed_main(verb) or when_of_main(verb) or bool(said) and said[0][
        0].dep_ == "ROOT" and tense_of(said[0][0]) == "past"


def misparsed_main(verb: Token) -> bool:
    """``verb`` is a finite past verb with an object of its own that the parse hangs on a noun
    as its modifier ("Gas dropped from the air killed 1,000 people": "killed" under "air"): a
    clause told as the sentence's own, not a description of the noun (a participle describing
    one, "a volunteer killed in Syria", has no object; the content of one, "proof that rebels
    burned the depot", has a subject of its own)."""
    root = verb.sent.root  # ... and the verb the parse takes for the main one is a participle
    return verb.dep_ == "acl" and verb.tag_ == "VBD" and any(
        c.dep_ == "dobj" for c in verb.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children) and (
        root.pos_ == "VERB" and root.tag_ == "VBD" and root.i < verb.i
        and not any(c.dep_ in ("aux", "auxpass") for c in root.children))


#: Words opening a clause of what happened just after or before the event it modifies.
_SEQUEL_WORDS = frozenset({"after", "before", "once", "following"})


def in_sequel(tok: Token) -> bool:
    """``tok`` is in a clause of what happened just after or before another event: "after a
    bombing raid struck a house", "before the pair surrendered"."""
    head = clause_of(tok)
    return any(c.dep_ == "mark" and c.lower_ in _SEQUEL_WORDS for c in head.children)


def time_of_another(doc: Doc, t: TimeExpression, tok: Token, now: bool = False) -> bool:
    """``t`` is the time of a noun outside ``tok``'s telling ("… after the bombing, which came
    a day after the raid on Monday"), not of a noun ``tok`` is told of or in ("the raid on
    Monday in which five died"); with ``now``, only a noun of a clause told in the present of a
    past act: "how they were seized stays murky, with accounts on Monday hinting …" (the
    accounts' time, not the seizure's)."""
    span = chars_span(doc, t.start, t.end)
    if span is None:
        return False
    head = span.root.head
    if head.pos_ == "ADP" and head.i not in {s.i for s in span}:
        head = head.head  # "reports on Friday"
    if head.i == span.root.i or head.pos_ not in ("NOUN", "PROPN") or head.i == tok.i:
        return False
    if now and not (told_in_present(clause_of(head), perfect=False) and tense_of(
            clause_of(tok)) == "past"):
        return False
    return not any(a.i == head.i for a in tok.ancestors)


def complements(tok: Token) -> set[int]:
    """Tokens of the wanted or planned complements under ``tok``'s clause that ``tok`` is not
    in: "to meet on 11 September" in "asked the parties to meet on 11 September" or "a promise
    to meet on 11 September" (not "was quick to travel to Egypt in 2011", nor "tried to storm
    it on Friday", which were done); and the clauses telling that the event ``tok`` names was
    made known ("the attack, made public on Friday"), which are of the telling's time."""
    head = clause_of(tok)
    path = {tok.i, *(a.i for a in tok.ancestors)}
    out = {t.i for c in tok.children if c.dep_ in ("relcl", "acl") and discloses(c)
           for t in c.subtree}
    doc, deps = tok.doc, tags(tok.doc).deps  # read from arrays; a Token only for a candidate
    for i in subtree(doc, head.i):
        if deps[i] not in ("xcomp", "acl") or i in path:
            continue
        c = doc[i]
        if (deps[i] == "xcomp" or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                ) and irrealis(c) and not attempted(c):
            out.update(subtree(doc, i))
    return out


#: Stances a speaker takes by saying what they will (not) do: "said it would not negotiate".
_DECLARED = frozenset({"AGREE", "REJECT"})


def spoken_by(tok: Token, event_type: str | None) -> Token | None:
    """The reporting verb, told in the past, whose saying is itself the act ``tok`` tells: a
    refusal or a promise as what will be done ("said on Monday it would not negotiate" refused
    on Monday), or an act done by saying so told in the present (:data:`SPOKEN_ACTS`: "“We
    demand their release,” he said"); ``None`` for other acts, acts told as done or undergone
    ("expected to be charged"), and what is not reported."""
    if tok.pos_ != "VERB" or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return None
    if not (event_type in _DECLARED and wanted(tok) or event_type in SPOKEN_ACTS
            and told_in_present(clause_of(tok), perfect=False)):
        return None
    verb = clause_of(tok)
    while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
    saying = verb.head
    return saying if (verb.dep_ in ("ccomp", "parataxis") and saying.lemma_.lower() in SAYING
                      and tense_of(saying) == "past") else None


#: Pronouns of a speaker named before: "He added that …".
_SPEAKER_PRONOUNS = frozenset({"he", "she", "they"})


def goes_on_speaking(verb: Token, before: Token | None = None) -> bool:
    """``verb`` is a reporting verb in the simple past whose speaker is a pronoun ("he added",
    "“…,” she said") or the speaker of the speech ``before`` named again ("Trump said" after
    "On Monday Donald Trump told …", "the ministry said" after "the foreign ministry said on
    Friday …"), or an act done by speaking so told ("he urged", :mod:`date_spoken`)."""
    if not (verb.lemma_.lower() in SAYING or spoken_act(verb)) or tense_of(verb) != "past":
        return False
    earlier = speaker(before) if before is not None else None
    return any(c.dep_ == "nsubj" and (c.lower_ in _SPEAKER_PRONOUNS or (
        earlier is not None and _named_again(c, earlier))) for c in verb.children)


def speaker(root: Token) -> Token | None:
    """The subject of the speech the main clause ``root`` tells (:func:`speaks`)."""
    return next((c for c in first_conjunct(root).children if c.dep_ == "nsubj"), None)


def _named_again(subject: Token, earlier: Token) -> bool:
    """``subject`` names the speaker ``earlier`` again: by a name of it ("Trump" for "the US
    president, Donald Trump"), or by its head noun with "the" ("the ministry"); every word
    before its head is one of the earlier name too (not "Ann Smith" after "Jo Smith", nor "the
    defence ministry" after "the foreign ministry")."""
    said = {t.lower_ for t in earlier.subtree}
    if any(c.dep_ in ("compound", "amod", "flat", "nmod") and c.i < subject.i
           and c.lower_ not in said for c in subject.children):
        return False
    if subject.pos_ in ("PROPN", "NOUN") and subject.text[:1].isupper():  # "Trump" opening it
        return any(t.pos_ == "PROPN" and t.text == subject.text for t in earlier.subtree)
    return subject.pos_ == "NOUN" and subject.lemma_.lower() == earlier.lemma_.lower() and any(
        c.dep_ == "det" and c.lower_ == "the" for c in subject.children)


def speaks(root: Token) -> bool:
    """The main clause ``root`` tells a speech made: "On Monday the minister said …", "In a
    speech last month the president announced …"."""
    verb = first_conjunct(root)
    return verb.lemma_.lower() in SAYING and tense_of(verb) == "past"


def aside(doc: Doc, tok: Token, word: int) -> bool:
    """:func:`sentences.aside`, but a clause hung on a later one with a semicolon between is
    told beside it, not as its content: "In 2014, the militia seized the city; the group then
    attacked the villages" (the parse makes "seized" what "attacked" says), so the time opening
    the first clause is the second's too."""
    clause = next((a for a in [doc[word], *doc[word].ancestors] if a.dep_ in (
        "relcl", "ccomp", "parataxis", "acl")), None)
    if clause is not None and clause.dep_ == "ccomp" and clause.right_edge.i < clause.head.i and (
            any(w.text == ";" for w in doc[clause.right_edge.i + 1:clause.head.i])):
        return sentence_aside(doc, tok, clause.head.i)
    return sentence_aside(doc, tok, word)


#: Words whose complement is what they want done ("ordered", "promised", "urged", "agreed").
_WANTING = word_class("intent")


def wanted_by(tok: Token) -> set[int]:
    """Tokens of what ``tok``, a wanting told in the simple past, wants done, told in its own
    complement: an infinitive ("ordered the troops to withdraw last week") or a bare
    subjunctive ("ordered that she be stripped of her citizenship last month"). What is wanted
    comes after the wanting, so a time counted back from the report told for it
    (:func:`counted_back`) dates the wanting too, as a reader takes it."""
    if tok.lemma_.lower() not in _WANTING or not simple_past(tok) or irrealis(tok):
        return set()
    out: set[int] = set()
    for c in tok.children:
        if c.dep_ == "ccomp" and bare_subjunctive(c, plain=True) or c.dep_ == "xcomp" and any(
                a.lower_ == "to" for a in c.children):
            out |= {t.i for t in c.subtree}
    return out


#: Kinds of time counted back from the report: "yesterday", "last month", "two weeks ago" (not
#: a weekday: "agreed to meet on Tuesday" names the meeting's day).
_COUNTED_BACK = ("deictic", "this", "ago")


def counted_back(t: TimeExpression, pub: str | None) -> bool:
    """``t`` is counted back from the report ("last month", "yesterday") and the whole span it
    names lies before the report's day. A wish's own time is written otherwise as often as not
    ("asked them to meet on 11 September", "promised to open an inquiry in January", asked or
    promised long before): only a time counted from the report is the wishing's as well."""
    if t.date is None or pub is None or t.kind not in _COUNTED_BACK:
        return False
    end = period_end(t.date, t.precision)
    return end is not None and end < dt.date.fromisoformat(pub)


def own_clause(tok: Token) -> frozenset[int]:
    """The words of the clause of ``tok`` that may tell its own time: for an act told by a
    participle describing a noun ("a man arrested in Kano was released on Monday"), the
    participle's phrase only, for the clause around the noun tells another act's time (not
    for what an existential sentence tells of those it names: "there were six people killed",
    nor under a clause told in the present, which tells what holds: "today it is attacked by
    militias backed by the army")."""
    verb, root = clause_of(tok), tok.sent.root
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") and (
            not told_as_there(verb)) and _finite(root) and tense_of(root) == "past":
        return frozenset(t.i for t in verb.subtree)
    return clause_tokens(tok)


def _finite(verb: Token) -> bool:
    """``verb`` heads a finite clause ("was released", "warned"), not a participle or a noun
    the parse made the root of a sentence whose main verb it misread ("bombers linked to the
    group killed 57": no main clause to tell another act's time)."""
    return verb.pos_ in ("VERB", "AUX") and (verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        c.dep_ in ("aux", "auxpass") for c in verb.children))


def quoted_apart(text: str, at: int, time_at: int, sentence_at: int) -> bool:
    """The word at ``at`` lies in quoted words told as said, and the time at ``time_at`` outside
    them: the time of the saying, not of what is said ("“They killed my brother,” she said on
    Monday": the killing has no time the text tells). Words quoted inside a sentence that tells
    them ("said in 2016 that troops “crushed the rebels”", "In 2017, he reported a plan “to
    thwart drones”") are the sentence's, of its time."""
    if not (in_quotation(text, at) and quotation_closes(text, at)) or in_quotation(
            text, time_at):
        return False
    opened = max(text.rfind(q, 0, at) for q in _QUOTE_OPENS)
    return opened < sentence_at or not text[sentence_at:opened].strip() or text[
        :opened].rstrip().endswith(":")


def said_apart(text: str, start: int, time_word: Token) -> bool:
    """The sentence at ``start`` goes on with quoted words, and ``time_word``, told before it,
    tells the time of the saying outside them, which what the quotation tells does not take
    ("“It was chaos,” she told me last week. “They hit the hospital.”"; not "said that in
    September rebels came", the time of what is said)."""
    saying = time_word.sent.root
    if not speaks(saying) or (clause_of(time_word).i != first_conjunct(saying).i and said_at(
            time_word) is None):
        return False
    at = start + 1 if text[start:start + 1] in _QUOTE_OPENS else start
    return quoted_apart(text, at, time_word.idx, start)
