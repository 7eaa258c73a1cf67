"""``python -m dateline.cli``."""

from . import main

main()
