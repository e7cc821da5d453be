"""What one attribution looks like inside a sentence, and the token helpers every cue rule uses.

A ``Frame`` is a cue with its speaker phrase and message as token ranges ``[a, b)`` of one
sentence; the rules that find them live in :mod:`chronik.quotes.verbs` (speech verbs),
:mod:`chronik.quotes.phrases` (``laut X``, ``X zufolge`` …) and :mod:`chronik.quotes.direct`
(colon introductions, unclaimed quotations).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from chronik.quotes.lexicon import Lexicon
from chronik.quotes.tokens import Tok

CLAUSE_PUNCT = frozenset(",;:")
END_PUNCT = frozenset(".!?")


@dataclass
class Frame:
    """One attribution in one sentence; spans are token ranges of that sentence."""

    kind: str  # direct, indirect, reported
    message: list[tuple[int, int]]
    cue: list[tuple[int, int]]
    source: tuple[int, int] | None
    frame: list[tuple[int, int]] = field(default_factory=list)
    addressee: tuple[int, int] | None = None
    weak: bool = False  # a short unattributed quotation: kept only next to a statement
    anaphoric: bool = False  # the message is the previous sentence ("Dies bestätigte X.")
    embedded: bool = False  # the cue itself stands in Konjunktiv I: reported within reported speech


def is_word(t: Tok) -> bool:
    return t.text[:1].isalnum()


def strip_end(toks: list[Tok], a: int, b: int) -> int:
    while b > a and not toks[b - 1].quoted and (toks[b - 1].text in END_PUNCT or toks[b - 1].text in CLAUSE_PUNCT):
        b -= 1
    return b


def kind_of(toks: list[Tok], a: int, b: int) -> str:
    words = [t for t in toks[a:b] if is_word(t) or t.mark]
    return "direct" if words and all(t.quoted for t in words) else "indirect"


def left_bound(toks: list[Tok], i: int) -> int:
    while i > 0 and not (toks[i - 1].text in CLAUSE_PUNCT and not toks[i - 1].quoted):
        i -= 1
    return i


def right_bound(toks: list[Tok], i: int) -> int:
    n = len(toks)
    while i < n and not ((toks[i].text in CLAUSE_PUNCT or toks[i].text in END_PUNCT) and not toks[i].quoted):
        i += 1
    return i


def quoted_runs(toks: list[Tok], a: int, b: int) -> list[tuple[int, int]]:
    runs, start = [], None
    for k in range(a, b):
        if toks[k].quoted and start is None:
            start = k
        elif not toks[k].quoted and start is not None:
            runs.append((start, k))
            start = None
    if start is not None:
        runs.append((start, b))
    return runs


def words_at(toks: list[Tok], i: int, words: tuple[str, ...]) -> bool:
    return i + len(words) <= len(toks) and all(
        toks[i + k].low == w and not toks[i + k].quoted for k, w in enumerate(words)
    )


def subjunctive_mood(toks: list[Tok], lex: Lexicon) -> int:
    """1 if the sentence has a Konjunktiv-I form outside quotes, 2 for Konjunktiv II only, 3 for a
    hearsay modal only ("soll … gewesen sein"), else 0."""
    moods = set()
    for k, t in enumerate(toks):
        if t.quoted:
            continue
        if lex.is_(t.low, "FIRST"):
            return 0  # "Ich war dort und habe sie arbeiten sehen": first-person forms are indicative
        mood = lex.subjunctive.get(t.low, 3 if lex.is_(t.low, "HEARSAY") else 0)
        if mood and not (k > 0 and t.text[:1].isupper()):
            moods.add(mood)  # "im Falle", "Sitze" are nouns
    return next((m for m in (1, 2, 3) if m in moods), 0)


def long_quotation(toks: list[Tok], a: int, b: int, words: int = 3) -> bool:
    """Whether ``toks[a:b]`` holds a quotation of more than ``words`` words (a statement of its
    own, not a partial quote like „Vorbildfunktion“)."""
    return any(sum(is_word(t) for t in toks[x:y]) > words for x, y in quoted_runs(toks, a, b))
