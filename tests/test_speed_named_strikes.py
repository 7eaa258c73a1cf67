"""The strikes a phrase names with their doer (``actor_lent_named.named_strikes``), looked for
among the nouns of assault found once per document, are those a scan of every word of the
sentences finds: the same acts, at the same words, in text order, none an event's own word."""

from __future__ import annotations

import pytest

TEXTS = [
    "Turkish air strikes have pushed thousands from their homes. Coalition bombing hit the "
    "town, and attacks by Isis went on. Moscow denied that Russian air strikes had hit it.",
    "The assault was the latest in persistent attacks by an affiliate of Isis. "
    "Workers went on strike. Army shelling and rebel raids continued.",
    "Nothing happened here. No attacks by the army were reported.",
]


def _scanned(doc, sents, first, last, events, resolve):
    """Every word of the sentences looked at, as the rule reads it."""
    from dateline.actor_lent_named import Named, _doer_words, _negated
    from dateline.code.lexicon import load_lexicon
    from dateline.code.roles import np_span

    nouns = load_lexicon().nouns
    found = []
    for k in range(max(first, 0), last + 1):
        for tok in sents.spans[k]:
            joined = "".join(c.lower_ for c in tok.children if c.dep_ == "compound"
                             and c.i == tok.i - 1) + tok.lemma_.lower()
            senses = nouns.get(joined) or nouns.get(tok.lemma_.lower()) or nouns.get(tok.lower_)
            if tok.pos_ != "NOUN" or tok.i in events or not senses or \
                    any(s.event_type != "ASSAULT" for s in senses) or _negated(tok):
                continue
            actor = next((a for w in _doer_words(tok)
                          if (a := resolve(np_span(w, with_conj=False))) is not None
                          and a.name and a.country), None)
            if actor is not None:
                found.append(Named(tok.i, (senses[0].lemma, "ASSAULT"), "actual",
                                   senses[0].mode, actor))
    return found


@pytest.mark.parametrize("text", TEXTS)
def test_named_strikes_are_those_a_scan_of_every_word_finds(nlp, text):
    from dateline.actor_lent_named import named_strikes
    from dateline.records import Actor
    from dateline.sentences import Sentences

    doc = nlp(text)
    sents = Sentences.of(doc)

    def resolve(span):
        return Actor(text=doc[span[0]:span[1]].text, name=doc[span[0]:span[1]].text,
                     country="XXX")

    last = len(sents.spans) - 1
    for first in range(last + 1):
        for events in (set(), {t.i for t in doc if t.pos_ == "NOUN"}, {0, 1, 2, 3}):
            assert named_strikes(doc, sents, first, last, events, resolve) == \
                _scanned(doc, sents, first, last, events, resolve)
    assert named_strikes(doc, sents, -3, last, set(), resolve) == \
        _scanned(doc, sents, -3, last, set(), resolve)
