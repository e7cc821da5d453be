"""Frames anchored on non-verbal attribution phrases (data: ``quote_cues.txt``):
``laut X``, ``X zufolge``, ``nach Angaben X``, ``Seiner Meinung nach``, ``…, so X``,
``heißt es``, ``demnach``.
"""

from __future__ import annotations

from chronik.quotes.frames import (
    END_PUNCT,
    Frame,
    kind_of,
    left_bound,
    long_quotation,
    right_bound,
    strip_end,
    words_at,
)
from chronik.quotes.lexicon import CuePattern, Lexicon
from chronik.quotes.speakers import document_source, np_after, np_before
from chronik.quotes.tokens import Tok


def phrase_frames(toks: list[Tok], lex: Lexicon, taken: set[int]) -> list[Frame]:
    """Frames anchored on non-verbal cues ("laut X", "X zufolge", "nach Angaben X", "heißt es")."""
    out: list[Frame] = []
    n = len(toks)
    for i, t in enumerate(toks):
        if t.quoted or i in taken:
            continue
        for pat in lex.cue_index.get(t.low, ()):
            frame = _match(toks, lex, i, pat)
            if frame:
                out.append(frame)
                for a, b in frame.message:
                    taken.update(range(a, b))
                break
    return [f for f in out if f.message and all(b > a for a, b in f.message)] if n else out


def _rest_of_sentence(toks: list[Tok], a: int, b: int) -> list[tuple[int, int]]:
    """Message = the sentence without the frame ``[a, b)`` (and a comma that closes it); a frame
    inside a later clause ("…, diese Taten seien aber laut X verjährt") claims only that clause."""
    n = len(toks)
    if b < n and toks[b].text == "," and a == 0:
        b += 1
    lo = left_bound(toks, a)
    if strip_end(toks, b, n) <= b:
        lo = 0  # "„…“, sagte X laut Y.": a phrase that closes the sentence claims all before it
    if lo > 0 and not toks[lo - 1].quoted and toks[lo - 1].text == ",":
        segs = [(lo, a), (b, strip_end(toks, b, n))]
        return [(x, strip_end(toks, x, y) if y == a else y) for x, y in segs if y > x]
    segs = [(0, a), (b, strip_end(toks, b, n))]
    return [(x, strip_end(toks, x, y) if y == a else y) for x, y in segs if y > x]


def _match(toks: list[Tok], lex: Lexicon, i: int, pat: CuePattern) -> Frame | None:
    n = len(toks)
    if pat.after and not pat.cue:  # "SOURCE zufolge", "Seiner Meinung nach"
        if not words_at(toks, i, pat.after):
            return None
        src = np_before(toks, i, lex)
        if src is None or pat.noun and not lex.statement_noun(toks[src[1] - 1].text):
            return None
        cue = [(i, i + len(pat.after))]
        msg = _rest_of_sentence(toks, src[0], i + len(pat.after))
        return Frame("indirect", msg, cue, src, [(src[0], i + len(pat.after))])
    if not words_at(toks, i, pat.cue):
        return None
    j = i + len(pat.cue)
    cue = [(i + (1 if pat.cue[0] == "," else 0), j)]
    if not pat.source:
        if lex.is_(toks[j - 1].low, "REL"):  # "Studien, nach denen …": the pronoun stands for its source
            if i == 0 or toks[i - 1].text != "," or j >= n:
                return None
            return Frame("indirect", [(j, strip_end(toks, j, n))], cue, (j - 1, j), [(i, j)])
        if len(pat.cue) == 1:  # "Demnach …", "…, wonach …": the cue word stands for its source
            msg = [(j, strip_end(toks, j, n))]
            src = (i, j)
            if i > 1 and toks[i - 1].text == "," and not toks[i - 1].quoted:
                src = np_before(toks, i - 1, lex) or src  # "Berichte der Zeitung, wonach …"
            return Frame("indirect", msg, cue, src, [(0 if i < 3 else i, j)]) if msg[0][1] > j else None
        src = None
        end = j
        if j < n and lex.is_(toks[j].low, "PREP"):
            src = np_after(toks, j + 1, lex, skip_adverbs=False)
            end = src[1] if src else j
        left = left_bound(toks, i)
        src = src or document_source(toks, left, i, lex)  # "In der Pressemitteilung heißt es, …"
        c = right_bound(toks, end)
        if left > 0 and lex.is_(toks[0].low, "WHERE") and c < n - 1 and toks[c].text in ",:":
            # "In dem Bericht, der am Montag erschien, heißt es: …": the text is named before the cue
            named = np_after(toks, 1, lex, skip_adverbs=False)
            src = src or (document_source(toks, 0, named[1], lex) if named else None)
            left = 0
        if left > 0:  # "…, heißt es aus dem Weißen Haus."
            msg = [(0, left - 1)]
            frame = [(left - 1, strip_end(toks, left, n))]
        else:
            msg = [(c + 1, strip_end(toks, c + 1, n))]
            frame = [(0, c + 1)]
        if msg[0][1] <= msg[0][0]:
            return None
        return Frame(kind_of(toks, *msg[0]), msg, cue, src, frame)
    if pat.noun:
        head = next((k for k in range(j, min(n, j + 4)) if toks[k].text[:1].isupper()), None)
        genitive = head is not None and head + 1 < n and toks[head].low.endswith(lex.genitive_endings)
        if genitive and lex.statement_noun(toks[head + 1].text):
            head += 1  # "Nach Grupps Meinung": a genitive name before the noun
        if head is None or not lex.statement_noun(toks[head].text) or toks[head].quoted:
            return None
        src = np_after(toks, j, lex, skip_adverbs=False)
        if src is None:
            return None
    else:
        src = np_after(toks, j, lex, skip_adverbs=False)
        if src is None:
            return None
    if pat.cue[0] == ",":  # "…, so der Sprecher (am Montag)."
        nxt = toks[src[1]] if src[1] < n else None
        if nxt is not None and not (
            nxt.text in END_PUNCT or nxt.text == "," or lex.is_(nxt.low, "PREP") or lex.is_(nxt.low, "ADV")
        ):
            return None
        msg = [(0, i)]
        comma = right_bound(toks, src[1])  # "…, so X (in einem Blog), habe …"
        rest = comma + 1
        if (
            comma < n - 1
            and toks[comma].text == ","
            and strip_end(toks, rest, n) > rest
            and not toks[rest].quoted
            and not long_quotation(toks, 0, i)
            and not long_quotation(toks, rest, n)  # a quotation stays its own statement
        ):
            msg.append((rest, strip_end(toks, rest, n)))  # "Dennoch, so X, habe Y …": the report goes on
        return Frame(kind_of(toks, 0, i), msg, cue, src, [(i, rest if len(msg) > 1 else src[1])])
    msg = _rest_of_sentence(toks, i, src[1])
    return Frame("indirect", msg, cue, src, [(i, src[1])])
