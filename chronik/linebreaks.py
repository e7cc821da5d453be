"""Line breaks that end a sentence although no punctuation does.

Scraped news keeps headlines and subheads as lines of their own ("Die Lockerung gilt bis
Ende Juli⏎Der Verdi-Vorsitzende meinte, …"); read as one sentence with the next line, the
subhead takes that sentence's tense and its dates go wrong. Hard-wrapped texts break lines
inside sentences ("ist⏎im August erneut gestiegen"), so a text with such breaks keeps them.
"""

from __future__ import annotations

import re

from chronik.lang import load

# a line ending in a word or closing quote, the next one opening like a sentence; no space on
# either side, which hard-wrapping leaves ("schrieb die Firma im⏎ Juli", "ist ⏎im August"), and
# no number, which wrapping splits from its noun ("am Sonntag 10.976⏎Neuansteckungen")
_HEADLINE_BREAK = re.compile(r"(?<=[^\W\d]|[\"“”»)])\n(?=[A-ZÄÖÜ\"„»(])")
_WRAPPED_BREAK = re.compile(r"[\w,;][ \t]*\n[ \t]*[a-zäöüß]")  # a sentence going on after a line break
_NUMBER_BREAK = re.compile(r"(?<=\d)\n([A-ZÄÖÜ][a-zäöüß]*)\b")  # "… Klett-Cotta 1985⏎Im Februar landete …"
WRAPPED_MIN = 2  # this many breaks inside sentences make a text hard-wrapped


def headline_breaks(text: str, lang: str = "de") -> list[tuple[int, int]]:
    """(start, end) of each line break that ends an unpunctuated line, none in hard-wrapped text;
    after a number only when the next line opens with a function word ("1985⏎Im Februar"), not with
    the noun the number counts ("am Sonntag 10.976⏎Neuansteckungen")."""
    if len(_WRAPPED_BREAK.findall(text)) >= WRAPPED_MIN:
        return []
    function_words = load(lang).wordset("stopwords.txt")
    return sorted([m.span() for m in _HEADLINE_BREAK.finditer(text)]
                  + [(m.start(), m.start() + 1) for m in _NUMBER_BREAK.finditer(text)
                     if m.group(1).lower() in function_words])
