"""A party its own clause leaves empty, filled from the document where it is safe: the police
of the country a war story's arrest is made in; the one side attacking for a killing told as
reported, or done by a "they" that stands for no one found; the subject of the passive a
gerund hangs from (table-driven, on short articles written for the project); left empty where
another party may be meant."""

from __future__ import annotations

import pytest

#: A story of war in one country (three sentences naming armed forces and groups), before the
#: sentence under test.
_WAR_IN_CHAD = ("Rebel fighters shelled the town of Abeche in Chad on Sunday. Chadian soldiers "
                "fought the rebels near the border. Militants and troops clashed again on "
                "Monday. ")


def _event(events_in_unfiltered, text, trigger):
    """The first event on ``trigger``, the realness veto off (what is tested is the party)."""
    found = [e for e in events_in_unfiltered(text) if e.trigger == trigger]
    assert found, trigger
    return found[0]


# (text, trigger, the doer's words, its antecedent, country, sector, where its country is from)
FILLED = [
    # an arrest in a country at peace, told in a story of the war in another
    (_WAR_IN_CHAD + "A Belgian volunteer who fought with the soldiers was arrested in Ghana on "
     "Tuesday.", "arrested", "", "Ghana", "GHA", "COP", "event place"),
    # the same, told by the noun of the arrest
    (_WAR_IN_CHAD + "The ministry said it knew of the detention of a Belgian volunteer in Ghana.",
     "detention", "", "Ghana", "GHA", "COP", "event place"),
    # a gerund after a preposition, hung from a passive: the passive's subject acts
    ("The Belgian volunteer was found in a camp after surrendering to Chadian soldiers.",
     "surrendering", "The Belgian volunteer", None, "BEL", "CVL", None),
    # "they" in a quotation standing for no one found: the one side attacking just before
    ("Kenyan troops attacked the town of Lamu on Monday. \u201cIt was like nothing I had "
     "seen,\u201d a nurse said. \u201cThe shelling was heavy. They hit the hospital "
     "twice.\u201d", "hit", "They", "Kenyan troops", "KEN", "MIL", "antecedent"),
    # a killing told as reported, after the one side's attacks in the paragraph
    ("Estonian jets bombed the village of Voru on Friday. Twelve farmers were reportedly "
     "killed in the raids.", "killed", "", "Estonian jets", "EST", "MIL", "antecedent"),
]


@pytest.mark.parametrize("text, trigger, words, antecedent, country, sector, country_from",
                         FILLED)
def test_doc_party_fills_the_party_the_document_names(events_in_unfiltered, text, trigger,
                                                      words, antecedent, country, sector,
                                                      country_from):
    source = _event(events_in_unfiltered, text, trigger).source
    assert source is not None, source
    assert (source.text, source.antecedent) == (words, antecedent), source
    assert (source.country, source.sector) == (country, sector), source
    if country_from is not None:
        assert source.country_from == country_from, source


# (text, trigger): no party is safe, so the doer stays empty
UNFILLED = [
    # an arrest in the country of the story's war: armed groups hold people there too
    (_WAR_IN_CHAD + "Two militants were arrested in Chad on Tuesday.", "arrested", None),
    # a capture, which armed groups make, is no arrest under a state's law
    (_WAR_IN_CHAD + "Two Belgian volunteers were captured in Ghana on Tuesday.", "captured",
     None),
    # "by" and a gerund tells how the passive's act was done, by its agent, not by the one the
    # passive befell
    ("The rebels were defeated by storming the gates.", "storming", "The rebels"),
]


@pytest.mark.parametrize("text, trigger, befallen", UNFILLED)
def test_doc_party_leaves_the_party_empty_where_it_is_not_safe(events_in_unfiltered, text,
                                                               trigger, befallen):
    found = [e for e in events_in_unfiltered(text) if e.trigger == trigger]
    for e in found:  # (no event at all leaves nothing filled)
        source = e.source
        assert source is None or source.text and source.antecedent is None, source
        assert source is None or source.text != befallen, source
