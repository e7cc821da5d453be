"""Sentences and tokens, via SoMaJo (the best German splitter we measured).

SoMaJo knows German abbreviations ("Dr.", "u.a.") and ordinals ("12. Juni"), so
dates do not end sentences. Paragraphs (blank-line separated, and headline lines) are
split separately: a paragraph break always ends a sentence.
"""

from __future__ import annotations

import re
from functools import cache

from somajo import SoMaJo

from chronik.document import Document, Span
from chronik.linebreaks import headline_breaks

# SoMaJo ships one model per language family; German web/news text uses de_CMC.
SOMAJO_MODELS = {"de": "de_CMC", "en": "en_PTB"}
_PARAGRAPH = re.compile(r"\n\s*\n")


@cache
def _tokenizer(lang: str) -> SoMaJo:
    model = SOMAJO_MODELS.get(lang, "de_CMC")
    return SoMaJo(model, split_camel_case=False, split_sentences=True, character_offsets=True)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty paragraph of ``text``; a headline line (``headline_breaks``)
    is a paragraph of its own."""
    out, pos = [], 0
    breaks = sorted([m.span() for m in _PARAGRAPH.finditer(text)] + headline_breaks(text))
    for start, end in breaks:
        if start < pos:
            continue  # a headline break inside a blank-line break
        out.append((pos, start))
        pos = end
    out.append((pos, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def split_sentences(doc: Document) -> Document:
    """Fill ``doc.sentences`` and ``doc.tokens`` (offsets into ``doc.text``)."""
    spans = paragraphs(doc.text)
    chunks = [doc.text[s:e] for s, e in spans]
    sentences: list[Span] = []
    tokens: list[Span] = []
    tokenizer = _tokenizer(doc.lang)
    for (base, _), chunk in zip(spans, chunks, strict=True):
        for sent in tokenizer.tokenize_text([chunk]):
            for tok in sent:
                s, e = tok.character_offset
                tokens.append(Span(base + s, base + e, tok.token_class))
            sentences.append(Span(base + sent[0].character_offset[0], base + sent[-1].character_offset[1], "sentence"))
    doc.sentences = sentences
    doc.tokens = tokens
    return doc
