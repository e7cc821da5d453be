"""Light tokens and quotation-mark regions: what the cue rules walk over.

The engine needs word boundaries and which stretches of text sit inside
quotation marks; a regex tokenizer is enough and keeps extraction fast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chronik.document import Span

# "10:05 Uhr" and the ordinal in "am 17. Januar" are one word each, not a clause or sentence break
_TOKEN = re.compile(r"\d+:\d+|\d{1,2}\.(?= \w)|\w+(?:[-'’.]\w+)*-?|[^\w\s]")
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\b\d\.)(?<!\b\d\d\.)[\"“”»«]?\s+(?=[\"„»«A-Z\u00c0-\u00de])|\s*\n\s*")
_PARAGRAPH = re.compile(r"\n\s*\n")

# closing marks accepted for each opening mark
_CLOSERS = {
    "„": '“”"‟',
    "»": "«",
    "«": "»",
    "“": "”",
    '"': '"',
    "‚": "‘’",
}
QUOTE_CHARS = frozenset('„“”"‟»«‚‘’')


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    low: str
    quoted: bool = False  # inside a quotation-mark region (marks included)
    mark: bool = False  # the token is a quotation mark


def fallback_sentences(text: str) -> list[Span]:
    """Sentence spans when the sentence stage has not run (punctuation + capital)."""
    out, pos = [], 0
    for m in _SENTENCE_END.finditer(text):
        if text[pos : m.start()].strip():
            out.append(Span(pos, m.start(), "sentence"))
        pos = m.end()
    if text[pos:].strip():
        out.append(Span(pos, len(text.rstrip()), "sentence"))
    return out


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Top-level quotation-mark regions ``(start, end)``, marks included.

    Marks pair by style; a paragraph break closes nothing, it drops an
    unmatched opener (German multi-paragraph quotes re-open each paragraph).
    """
    regions: list[tuple[int, int]] = []
    breaks = [m.start() for m in _PARAGRAPH.finditer(text)] + [len(text) + 1]
    b = 0
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if ch not in QUOTE_CHARS and ch != "\n":
            continue
        while i > breaks[b]:
            b += 1
            stack.clear()
        if ch == "\n":
            continue
        if ch in "‘’" and not any(o == "‚" for o, _ in stack):
            continue  # apostrophe
        if stack and ch in _CLOSERS[stack[-1][0]]:
            opener, pos = stack.pop()
            if not stack:
                regions.append((pos, i + 1))
            continue
        if ch in _CLOSERS and not (ch == "‚" and not stack and _apostrophe_like(text, i)):
            stack.append((ch, i))
    return regions


def _apostrophe_like(text: str, i: int) -> bool:
    return i > 0 and text[i - 1].isalnum()


def tokenize(text: str, start: int, end: int, regions: list[tuple[int, int]]) -> list[Tok]:
    """Tokens of ``text[start:end]`` with offsets into ``text`` and quote flags."""
    toks = []
    r = 0
    for m in _TOKEN.finditer(text, start, end):
        s, e = m.span()
        word = m.group()
        while r < len(regions) and regions[r][1] <= s:
            r += 1
        quoted = r < len(regions) and regions[r][0] <= s < regions[r][1]
        toks.append(Tok(s, e, word, word.lower(), quoted, word in QUOTE_CHARS))
    return toks
