"""Who said what: German quotation extraction and speaker attribution.

``extract_quotes(doc)`` fills ``doc.quotes``. Per sentence, cue rules
(:mod:`chronik.quotes.verbs`, :mod:`chronik.quotes.phrases`, :mod:`chronik.quotes.direct`)
find speech verbs, attribution phrases and quotation marks with their speaker
phrase and message; direct quotes that run over several
sentences are extended to their closing mark; sentences with no cue of their
own continue the previous statement when they are a bare quotation or stand in
Konjunktiv I (or hearsay "soll"). Quotations in photo captions and video teasers
get no speaker. Speaker phrases then get an entity key from ``doc.mentions``
(names, resolved role phrases, institutions; the same name tagged elsewhere in
the article) or, for pronouns, from the most recent compatible speaker. See
docs/quotes.md for the resolution order.
"""

from __future__ import annotations

from dataclasses import dataclass

from chronik.document import Document, Mention, Quote, Span
from chronik.lang import load
from chronik.merge import add_mention
from chronik.quotes.direct import colon_frames, loose_quotes
from chronik.quotes.frames import Frame, subjunctive_mood
from chronik.quotes.lexicon import Lexicon, lexicon
from chronik.quotes.phrases import phrase_frames
from chronik.quotes.speakers import entity_key, mention_in, mention_named
from chronik.quotes.tokens import Tok, fallback_sentences, quote_regions, tokenize
from chronik.quotes.verbs import trailing_frame, verb_frames

__all__ = ["Statement", "extract_quotes", "find_statements"]

_LOOKBACK = 3  # sentences a pronoun or a bare quotation may reach back


@dataclass
class Statement:
    """A statement with all its parts as character segments of ``doc.text``."""

    kind: str  # direct, indirect, reported
    message: list[tuple[int, int]]
    cue: list[tuple[int, int]]
    source: tuple[int, int] | None
    frame: list[tuple[int, int]]
    sentence: int
    addressee: tuple[int, int] | None = None
    continued: bool = False  # no cue of its own: carries the previous statement's speaker
    anaphoric: bool = False  # "Dies bestätigte X.": the message is the sentence before
    weak: bool = False  # short unattributed quotation, kept only right after a statement
    embedded: bool = False  # cue in Konjunktiv I ("Kim habe versprochen, …"): part of earlier speech
    entity: str | None = None


def _chars(toks: list[Tok], a: int, b: int) -> tuple[int, int]:
    return (toks[a].start, toks[b - 1].end)


def _region_at(regions: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    for r in regions:
        if r[0] <= pos < r[1]:
            return r
        if r[0] > pos:
            break
    return None


def _nested(f: Frame, frames: list[Frame]) -> bool:
    """A cue inside another statement's message is reported speech within it, not a new one."""
    return any(g is not f and any(a <= c < b for c, _ in f.cue for a, b in g.message) for g in frames)


def _in_source(f: Frame, frames: list[Frame]) -> bool:
    """A quotation inside a speaker phrase names the speaker ("Wie die „Aktion Mensch“ mitteilte")."""
    a, b = f.message[0][0], f.message[-1][1]
    return any(g.source and g.source[0] <= a and b <= g.source[1] for g in frames)


def _self_reported(toks: list[Tok], span: tuple[int, int] | None, lex: Lexicon) -> bool:
    return span is not None and any(lex.is_(t.low, "SELF") for t in toks[span[0] : span[1]])


def find_statements(doc: Document, lang: str | None = None) -> list[Statement]:
    """All statements of ``doc`` with message, cue, speaker and frame segments."""
    lex = lexicon(lang or doc.lang or "de")
    text = doc.text
    sentences = doc.sentences or fallback_sentences(text)
    regions = quote_regions(text)
    sent_toks = [tokenize(text, s.start, s.end, regions) for s in sentences]
    for k in range(len(sent_toks) - 1):  # "X sagte:" | "„…“" split by the sentence stage
        toks, nxt = sent_toks[k], sent_toks[k + 1]
        if toks and nxt and toks[-1].text == ":" and not toks[-1].quoted and nxt[0].mark:
            if _own_cue(sent_toks, k + 1, regions, lex):
                continue  # "X äußerte sich:" | "„…“, sagte er.": the quotation has its own cue
            sent_toks[k], sent_toks[k + 1] = toks + nxt, []
    per_sentence: list[list[Statement]] = []
    loose: list[list[Statement]] = []
    covered: set[int] = set()
    for si, toks in enumerate(sent_toks):
        found: list[Statement] = []
        extra: list[Statement] = []
        if toks:
            taken: set[int] = set()
            frames = verb_frames(toks, lex, taken) + phrase_frames(toks, lex, taken) + colon_frames(toks, lex, taken)
            frames = [f for f in frames if not _nested(f, frames)]
            found = [_to_statement(f, toks, si) for f in frames if not _self_reported(toks, f.source, lex)]
            extra = [_to_statement(f, toks, si) for f in loose_quotes(toks, lex, taken) if not _in_source(f, frames)]
        per_sentence.append(found)
        loose.append(extra)
    for si, found in enumerate(per_sentence):
        for st in found:
            _extend_over_sentences(st, regions, sentences, si, covered)
            if st.anaphoric and si > 0 and per_sentence[si - 1] == [] and sent_toks[si - 1]:
                prev = sent_toks[si - 1]
                end = prev[-1].start if prev[-1].text in ".!?" and not prev[-1].quoted else prev[-1].end
                st.message.insert(0, (prev[0].start, end))
                covered.add(si - 1)
        # "Dies bestätigte X." with no sentence left to point at says nothing
        per_sentence[si] = [st for st in found if not (st.anaphoric and len(st.message) == 1)]
    headings = _headings(text, sentences)
    paragraph = _paragraphs(text, sentences)
    captions = _caption_spans(text, lex)
    for si, s in enumerate(sentences):
        if _region_at(captions, s.start):  # a caption's quote is nobody's: not the person it shows
            for st in per_sentence[si] + loose[si]:
                st.source = st.addressee = None
    statements = _continue(per_sentence, loose, sent_toks, sentences, regions, covered, lex, headings, paragraph, text)
    mentions = [m for m in doc.mentions if _region_at(captions, m.start) is None]
    _resolve(statements, mentions, regions, sentences, text, lex)
    return statements


def _own_cue(sent_toks: list[list[Tok]], k: int, regions, lex: Lexicon) -> bool:
    """Whether the quotation that opens sentence ``k`` is closed by ", sagte X" (in that sentence
    or, for a quotation over several sentences, in the one where it ends)."""
    r = _region_at(regions, sent_toks[k][0].start)
    end = r[1] if r else sent_toks[k][0].end
    for toks in sent_toks[k:]:
        after = next((j for j, t in enumerate(toks) if t.start >= end), None)
        if after is not None:
            return trailing_frame(toks, after, lex) == after
    return False


def _to_statement(f: Frame, toks: list[Tok], si: int) -> Statement:
    return Statement(
        kind=f.kind,
        message=[_chars(toks, a, b) for a, b in f.message if b > a],
        cue=[_chars(toks, a, b) for a, b in f.cue if b > a],
        source=_chars(toks, *f.source) if f.source else None,
        frame=[_chars(toks, a, b) for a, b in f.frame if b > a],
        sentence=si,
        addressee=_chars(toks, *f.addressee) if f.addressee else None,
        weak=f.weak,
        anaphoric=f.anaphoric,
        embedded=f.embedded,
    )


def _extend_over_sentences(st: Statement, regions, sentences: list[Span], si: int, covered: set[int]) -> None:
    """Let a direct message reach the marks of a quote that spans several sentences."""
    first, last = st.message[0], st.message[-1]
    r = _region_at(regions, first[0])
    if r and r[0] < first[0]:
        st.message[0] = (r[0], first[1])
        covered.update(k for k in range(si) if sentences[k].end > r[0])
    r = _region_at(regions, last[1] - 1)
    if r and r[1] > last[1]:
        st.message[-1] = (st.message[-1][0], r[1])
        covered.update(k for k in range(si + 1, len(sentences)) if sentences[k].start < r[1])


def _continue(
    per_sentence, loose, sent_toks, sentences, regions, covered, lex, headings, paragraph, text
) -> list[Statement]:
    """Add statements for cue-less sentences that go on with the previous speaker, then the
    loose quotations of sentences that are neither attributed nor continued. A heading (a
    paragraph of one sentence without final punctuation) is nobody's continuation."""
    out: list[Statement] = []
    last: Statement | None = None
    last_si = -10
    for si, found in enumerate(per_sentence):
        toks = sent_toks[si]
        if found and all(st.embedded for st in found) and last is not None and si - last_si == 1:
            found = []  # "Kim habe ihm versprochen, …" goes on with the previous speaker's report
        if found:
            for q in loose[si]:  # a quotation beside a statement is most likely its speaker's
                q.source = q.source or (found[-1].source if q.weak else None)
                prev = next((st for st in found if _right_after(st, q, text)), None)
                if prev is not None and q.source is None:  # "„A“, so X, „B“": B is X's too
                    q.source, q.cue = prev.source, list(prev.cue)
            out.extend(found + loose[si])
            last, last_si = found[-1], si
            continue
        if si in covered:
            continue
        words = [t for t in toks if t.text[:1].isalnum()]
        if words and headings[si]:
            out.extend(Statement("direct", [m], [], None, [], si) for m in _quoted_spans(toks))
            last = None
            continue
        near = last if last is not None and si - last_si <= _LOOKBACK else None
        st = None
        if words and all(t.quoted for t in words):
            r = _region_at(regions, words[0].start)
            start, end = (r[0], max(r[1], words[-1].end)) if r else (words[0].start, words[-1].end)
            cue = list(near.cue) if near is not None and near.kind == "direct" else []  # gold repeats the cue
            st = Statement("direct", [(start, end)], cue, near.source if near else None, [], si, continued=True)
            covered.update(k for k in range(si + 1, len(sentences)) if sentences[k].start < end)
        elif words and last is not None and si - last_si == 1:
            mood = subjunctive_mood(toks, lex)
            if mood == 1 or mood == 2 and last.kind == "indirect" or mood == 3 and paragraph[si] == paragraph[last_si]:
                span = (toks[0].start, toks[-1].end)
                if last.continued and last.kind == "indirect" and out and out[-1] is last:
                    last.message.append(span)  # a run of Konjunktiv sentences is one statement
                    last_si = si
                    continue
                st = Statement("indirect", [span], [], last.source, [], si, continued=True)
        elif words and all(q.weak for q in loose[si]) and subjunctive_mood(toks, lex) == 1:
            # Konjunktiv I on its own is reported speech ("Dort seien viele verletzt worden."): its
            # speaker is that of a statement within reach, if any
            source = near.source if near is not None else None
            st = Statement("indirect", [(toks[0].start, toks[-1].end)], [], source, [], si, continued=True)
        if st is None:
            for q in loose[si]:
                if q.weak and near is not None and si - last_si == 1 and paragraph[si] == paragraph[last_si]:
                    q.source = q.source or near.source
                out.append(q)
            last = None
            continue
        out.append(st)
        last, last_si = st, si
    return out


def _right_after(st: Statement, q: Statement, text: str) -> bool:
    """Whether quotation ``q`` follows the cue and speaker of ``st`` with only a comma between."""
    ends = [b for _, b in st.cue] + ([st.source[1]] if st.source else [])
    return st.kind == "direct" and bool(ends) and text[max(ends) : q.message[0][0]].strip() == ","


def _paragraphs(text: str, sentences: list[Span]) -> list[int]:
    """Paragraph number of each sentence (blank lines separate paragraphs)."""
    out, count, pos = [], 0, 0
    for s in sentences:
        count += text.count("\n\n", pos, s.start)
        pos = s.start
        out.append(count)
    return out


def _caption_spans(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Paragraphs (blank-line separated) that are photo captions or video teasers (``quote_captions.txt``)."""
    out, pos = [], 0
    for para in text.split("\n\n"):
        if any(p.search(para) for p in lex.captions):
            out.append((pos, pos + len(para)))
        pos += len(para) + 2
    return out


def _headings(text: str, sentences: list[Span]) -> list[bool]:
    """Sentences that make up a whole paragraph and do not end in punctuation."""
    out = []
    for s in sentences:
        body = text[s.start : s.end].rstrip()
        before = text[max(0, s.start - 2) : s.start]
        after = text[s.end : s.end + 2]
        alone = (s.start == 0 or before == "\n\n" or before.endswith("\n")) and (
            after.startswith("\n") or s.end >= len(text)
        )
        out.append(alone and bool(body) and body[-1] not in ".!?:" and not body.endswith((".“", '."', ".«")))
    return out


def _quoted_spans(toks: list[Tok]) -> list[tuple[int, int]]:
    spans, start = [], None
    for t in toks:
        if t.quoted and start is None:
            start = t.start
        if start is not None and t.mark and t.start > start:
            spans.append((start, t.end))
            start = None
    return spans


def _resolve(statements: list[Statement], mentions: list[Mention], regions, sentences, text: str, lex: Lexicon) -> None:
    """Give each speaker phrase an entity key: its mention, or for pronouns the last fitting speaker."""
    outside = [m for m in mentions if _region_at(regions, m.start) is None]
    labels = {entity_key(m): m.label for m in mentions}
    by_source: dict[tuple[int, int], str | None] = {}
    for k, st in enumerate(statements):
        if st.source is None:
            continue
        if st.source in by_source:
            st.entity = by_source[st.source]
            continue
        phrase = text[st.source[0] : st.source[1]]
        kind = lex.pronouns.get(phrase.lower())
        if kind is None:
            m = mention_in(outside, *st.source, text, lex) or mention_named(outside, phrase, lex)
            st.entity = entity_key(m) if m else None
        else:
            st.entity = _antecedent(statements[:k], outside, st, sentences, kind, labels)
        by_source[st.source] = st.entity


def _antecedent(
    before: list[Statement], mentions: list[Mention], st: Statement, sentences, kind: str, label_of: dict[str, str]
) -> str | None:
    """Most recent compatible speaker within reach ("er": a person, not the ministry that spoke
    before); else the most recent sentence-initial subject."""
    labels = {"PER"} if kind == "PER" else {"PER", "ORG"}
    for prev in reversed(before):
        if st.sentence - prev.sentence > _LOOKBACK:
            break
        if prev.entity and prev.source and prev.source[0] < st.source[0]:
            if kind == "PER" and label_of.get(prev.entity, "PER") != "PER":
                continue
            return prev.entity
    lo = sentences[max(0, st.sentence - _LOOKBACK)].start
    subjects = []
    for sent in sentences[max(0, st.sentence - _LOOKBACK) : st.sentence + 1]:
        first = next((m for m in mentions if sent.start <= m.start < sent.end and m.label in labels), None)
        if first and first.start < st.source[0] and first.start >= lo:
            subjects.append(first)
    return entity_key(subjects[-1]) if subjects else None


def _segments_text(text: str, segs: list[tuple[int, int]]) -> str:
    """The message text; parts separated by more than white space are joined with " … "."""
    if all(not text[b:a].strip() for (_, b), (a, _) in zip(segs, segs[1:], strict=False)):
        return text[segs[0][0] : segs[-1][1]]
    return " … ".join(text[a:b] for a, b in segs)


def _institution(doc: Document, source: tuple[int, int]) -> str | None:
    """An entity for a speaker phrase that names an institution the tagger missed ("das Weiße
    Haus", "das Verteidigungsministerium"): its head noun is in ``institution_nouns.txt``."""
    phrase = doc.text[source[0] : source[1]]
    words = phrase.split()
    if not words or len(words) > 5 or not words[-1][:1].isupper():
        return None
    head = words[-1].casefold().strip(".,;:")
    if not any(head.endswith(noun) for noun in load(doc.lang).words("institution_nouns.txt")):
        return None
    return add_mention(doc, source[0], source[0] + len(phrase.rstrip(".,;:")), "ORG")


def extract_quotes(doc: Document) -> Document:
    """Fill ``doc.quotes`` from ``doc.text`` (uses ``doc.sentences`` and ``doc.mentions``)."""
    quotes = []
    for st in find_statements(doc):
        start, end = st.message[0][0], st.message[-1][1]
        q = Quote(start=start, end=end, text=_segments_text(doc.text, st.message), kind=st.kind)
        if st.source:
            q.speaker_start, q.speaker_end = st.source
            q.speaker = doc.text[st.source[0] : st.source[1]]
            q.speaker_entity = st.entity or _institution(doc, st.source)
        if st.cue:
            q.cue_start, q.cue_end = st.cue[0][0], st.cue[-1][1]
            q.cue = " ".join(doc.text[a:b] for a, b in st.cue)
        quotes.append(q)
    doc.quotes = quotes
    return doc
