"""Line breaks that end a sentence although no punctuation does.

Scraped news keeps headlines and subheads as lines of their own ("Die Lockerung gilt bis
Ende Juli⏎Der Verdi-Vorsitzende meinte, …"); read as one sentence with the next line, the
subhead takes that sentence's tense and its dates go wrong. Hard-wrapped texts break lines
inside sentences ("ist⏎im August erneut gestiegen"), so a text with such breaks keeps them.
"""

from __future__ import annotations

import re

# a line ending in a word or closing quote, the next one opening like a sentence; no space on
# either side, which hard-wrapping leaves ("schrieb die Firma im⏎ Juli", "ist ⏎im August"), and
# no number, which wrapping splits from its noun ("am Sonntag 10.976⏎Neuansteckungen")
_HEADLINE_BREAK = re.compile(r"(?<=[^\W\d]|[\"“”»)])\n(?=[A-ZÄÖÜ\"„»(])")
_WRAPPED_BREAK = re.compile(r"[\w,;][ \t]*\n[ \t]*[a-zäöüß]")  # a sentence going on after a line break
WRAPPED_MIN = 2  # this many breaks inside sentences make a text hard-wrapped


def headline_breaks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line break that ends an unpunctuated line, none in hard-wrapped text."""
    if len(_WRAPPED_BREAK.findall(text)) >= WRAPPED_MIN:
        return []
    return [m.span() for m in _HEADLINE_BREAK.finditer(text)]
