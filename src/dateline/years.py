"""A year written in figures, as the rules that read one in a clause or a sentence see it."""

from __future__ import annotations

import re

__all__ = ["YEAR"]

#: a year from 1800 to 2099 written in figures, or its decade ("2014", "the 1990s"); the group
#: is the year. A number of a noun ("2000 protesters") matches too: the rules that need a year
#: rule counts out themselves.
YEAR = re.compile(r"\b((?:1[89]|20)\d\d)s?\b")
