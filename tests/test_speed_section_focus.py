"""The place the article's focus lends an event is the same whether its locator has placed
other events of the same sentence before it or not (the focus of a sentence's section is kept
for the next event of that sentence)."""

from __future__ import annotations

import pytest

from dateline import Article
from dateline.locate import locator
from test_locate import _mention

_SYRIA = ("Government forces shelled Idlib on Monday. Rebels in Idlib said the shelling of "
          "Idlib had gone on for a week, and fighting spread to Aleppo and to Hama. ")

TEXTS = [
    (_SYRIA + "Later that week, a march was held in Ankara. Demonstrators were beaten and two "
     "were detained.", ("beaten", "detained")),
    (_SYRIA + "Mediators opened talks in Geneva. Two aides were detained and a guard was "
     "beaten.", ("detained", "beaten")),
]


def _placed(found):
    place, source = found
    return (place.name if place else None, place.country if place else None, source)


@pytest.mark.parametrize(("text", "words"), TEXTS)
def test_events_of_one_sentence_are_lent_the_same_place(nlp, text, words):
    doc = nlp(text)
    article = Article(doc_id="t", text=text)
    together = locator(doc, article)
    asked_in_turn = [_placed(together(_mention(doc, w))) for w in words]
    alone = [_placed(locator(doc, article)(_mention(doc, w))) for w in words]
    assert asked_in_turn == alone
    assert all(source == "focus" for _, _, source in asked_in_turn)
