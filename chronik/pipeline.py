"""The document-level pipeline: each stage a plain function over one ``Document``.

ingest → clean → document date → sentences → entities → entity merging →
dates → quotes. Corpus-level steps (entity linking, near-duplicates, stories)
run in ``chronik.corpus`` when a document is stored.
"""

from __future__ import annotations

from collections.abc import Callable

from chronik.clean import clean
from chronik.document import Document
from chronik.entities import tag_entities
from chronik.merge import merge_mentions
from chronik.quotes import extract_quotes
from chronik.sentences import split_sentences
from chronik.temporal import estimate_document_date, tag_dates


def date_document(doc: Document) -> Document:
    """Keep a metadata date; otherwise estimate one from the text and flag it."""
    if doc.date:
        return doc
    estimate = estimate_document_date("\n".join([doc.title, doc.teaser, doc.raw]), doc.lang)
    if estimate is not None and estimate.best:
        doc.date = estimate.best
        doc.date_range = (estimate.earliest, estimate.latest)
        doc.date_estimated = True
    return doc


STAGES: list[tuple[str, Callable[[Document], Document]]] = [
    ("clean", clean),
    ("date", date_document),
    ("sentences", split_sentences),
    ("entities", tag_entities),
    ("merge", merge_mentions),
    ("dates", tag_dates),
    ("quotes", extract_quotes),
]


class StageError(RuntimeError):
    """A stage failed on one document; the run reports it and goes on."""

    def __init__(self, stage: str, doc_id: str, error: Exception):
        super().__init__(f"stage {stage!r} failed on {doc_id}: {type(error).__name__}: {error}")
        self.stage = stage


def process(doc: Document) -> Document:
    """Run every document-level stage on ``doc``."""
    for name, stage in STAGES:
        try:
            doc = stage(doc)
        except Exception as err:  # a bug or bad input in one article must not end the run
            raise StageError(name, doc.id, err) from err
    return doc
