"""Quotations no verb or phrase cue claims: colon introductions (``X: „…“``) and loose
quotations, which are statements unless they only mark a name or title.
"""

from __future__ import annotations

from chronik.quotes.frames import Frame, kind_of, left_bound, quoted_runs, strip_end
from chronik.quotes.lexicon import Lexicon
from chronik.quotes.speakers import np_after, prefield_subject
from chronik.quotes.tokens import Tok
from chronik.quotes.verbs import trailing_frame

LOOSE_MIN_WORDS = 5  # an unattributed quotation this long is taken as an utterance
TITLE_LINK_LEN = 3  # lower-case words this short may join the words of a title („for“, „de la“)
GLOSSED_MAX_WORDS = 6  # a quotation this short followed by "(" (abbreviation, translation) is a name


def colon_frames(toks: list[Tok], lex: Lexicon, taken: set[int]) -> list[Frame]:
    """A quotation after a colon with no speech verb (``X: „…“``, ``<clause>: „…“``) belongs to
    the subject of the clause before the colon."""
    out = []
    n = len(toks)
    for c, t in enumerate(toks):
        if t.text != ":" or t.quoted or c + 1 >= n or not toks[c + 1].mark or c + 1 in taken:
            continue
        left = left_bound(toks, c)
        if left == c:
            continue
        verb = next(
            (
                k
                for k in range(left + 1, c)
                if toks[k].text[:1].islower()
                and toks[k].text[:1].isalpha()
                and not (lex.is_(toks[k].low, "DET") or lex.is_(toks[k].low, "LINK"))
            ),
            None,
        )
        if verb is None:
            src, cue = prefield_subject(toks, left, c, lex), []
        else:
            src = prefield_subject(toks, left, verb, lex) or np_after(toks, verb + 1, lex)
            cue = [(verb, verb + 1)]
        end = strip_end(toks, c + 1, trailing_frame(toks, c + 1, lex))
        out.append(Frame(kind_of(toks, c + 1, end), [(c + 1, end)], cue, src, [(left, c + 1)]))
        taken.update(range(c + 1, end))
    return out


def title(words: list[Tok], before: Tok | None, lex: Lexicon) -> bool:
    """Whether quoted words are a name or title, no utterance: after a title noun or naming word
    (``quote_title_nouns.txt``: „dem Lied „Für dich soll's …“", „namens „mindset“"), names of
    capitalised words and numbers („Shenzhou 6“, „Do 228“), or after a noun, article or
    preposition („die Partei „Allianz zur Europäischen Integration“", „der „People's Alliance for
    Democracy“") capitalised words and numbers joined only by short function words (articles,
    prepositions, "for", "de la"); „skandierten „Stoppt den …“" is a quote."""
    if before is not None and not before.quoted:
        if lex.is_(before.low, "NAMING") or before.text[:1].isupper() and lex.title_noun(before.text):
            return True
    if all(t.text[:1].isupper() or any(c.isdigit() for c in t.text) for t in words):
        return True
    first = words[0]
    if not (first.text[:1].isupper() or first.text[:1].isdigit()) or lex.is_(first.low, "PRON"):
        return False
    if before is None or not (before.text[:1].isupper() or lex.is_(before.low, "DET") or lex.is_(before.low, "PREP")):
        return False
    return all(
        t.text[:1].isupper()
        or t.text[:1].isdigit()
        or len(t.text) <= TITLE_LINK_LEN
        or any(lex.is_(t.low, c) for c in ("DET", "PREP", "COORD", "LINK"))
        for t in words
    )


def modifier(words: list[Tok], after: Tok | None, lex: Lexicon) -> bool:
    """Whether a one-word quotation only sets off a word of the sentence (scare quotes): an
    adverb or function word („nur“), or an attribute before its noun („preußischen“ Beamten)."""
    if len(words) != 1 or words[0].text[:1].isupper():
        return False
    word = words[0]
    if any(lex.is_(word.low, c) for c in ("ADV", "DET", "PREP", "CONJ", "AUX")):
        return True
    return after is not None and not after.quoted and after.text[:1].isupper() and after.text[:1].isalpha()


def loose_quotes(toks: list[Tok], lex: Lexicon, taken: set[int]) -> list[Frame]:
    """Quoted words no cue has claimed ("Er bekam den Preis „for his analysis …“"): a direct
    statement, of the sentence subject when its verb is a speech verb. Long mixed-case quotations
    are utterances; shorter ones are ``weak`` (kept only right after a statement, for its speaker)."""
    runs = [(a, b) for a, b in quoted_runs(toks, 0, len(toks)) if not any(k in taken for k in range(a, b))]
    if not runs:
        return []
    finite = next(
        (
            k
            for k, t in enumerate(toks)
            if k > 0 and not t.quoted and t.text[:1].islower() and (lex.is_(t.low, "AUX") or t.low in lex.verbs)
        ),
        None,
    )
    src = prefield_subject(toks, 0, finite, lex) if finite and toks[finite].low in lex.verbs else None
    out = []
    listed = _listed(toks, runs, lex)
    for run in runs:
        if run in listed:  # „A“, „B“ und „C“: names or examples in a row, no utterances
            continue
        words = [t for t in toks[run[0] : run[1]] if t.text[:1].isalnum()]
        before = toks[run[0] - 1] if run[0] else None
        after = toks[run[1]] if run[1] < len(toks) else None
        glossed = after is not None and after.text == "(" and len(words) <= GLOSSED_MAX_WORDS  # „…“ (AIE)
        if words and not glossed and not title(words, before, lex) and not modifier(words, after, lex):
            weak = not (len(words) >= LOOSE_MIN_WORDS or src is not None and len(words) >= 3)
            out.append(Frame("direct", [run], [], src, [], weak=weak))
    return out


def _listed(toks: list[Tok], runs: list[tuple[int, int]], lex: Lexicon) -> set[tuple[int, int]]:
    """Quotation runs that follow each other joined only by a comma or "und"/"oder" (a list)."""
    out = set()
    for (a, b), (c, d) in zip(runs, runs[1:], strict=False):
        between = toks[b:c]
        if 1 <= len(between) <= 2 and all(t.text == "," or lex.is_(t.low, "COORD") for t in between):
            out.update({(a, b), (c, d)})
    return out
