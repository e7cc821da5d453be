"""The document-level pipeline: each stage a plain function over one ``Document``.

ingest → clean → document date → sentences → entities → entity merging →
dates → quotes. Corpus-level steps (entity linking, near-duplicates, stories)
run in ``chronik.corpus`` when a document is stored.
"""

from __future__ import annotations

from collections.abc import Callable

from chronik.clean import clean
from chronik.document import Document
from chronik.entities import tag_entities, tag_entities_many
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


# stages that also take a batch of documents at once (the NER model fills its batches across articles)
BATCHED: dict[Callable, Callable[[list[Document]], list[Document]]] = {tag_entities: tag_entities_many}


class StageError(RuntimeError):
    """A stage failed on one document; the run reports it and goes on."""

    def __init__(self, stage: str, doc_id: str, error: Exception, doc: Document | None = None):
        super().__init__(f"stage {stage!r} failed on {doc_id}: {type(error).__name__}: {error}")
        self.stage = stage
        self.doc = doc


def process(doc: Document) -> Document:
    """Run every document-level stage on ``doc``."""
    for name, stage in STAGES:
        try:
            doc = stage(doc)
        except Exception as err:  # a bug or bad input in one article must not end the run
            raise StageError(name, doc.id, err, doc) from err
    return doc


def process_many(docs: list[Document]) -> list[Document | StageError]:
    """:func:`process` over a batch, in order: a document that fails becomes its ``StageError`` and
    the others go on; batched stages run once over the batch (one by one if the batch fails, to
    find the document that broke it)."""
    results: list[Document | StageError] = list(docs)
    for name, stage in STAGES:
        live = [i for i, r in enumerate(results) if isinstance(r, Document)]
        batch = BATCHED.get(stage)
        if batch is not None and len(live) > 1:
            try:
                for i, doc in zip(live, batch([results[i] for i in live]), strict=True):
                    results[i] = doc
                continue
            except Exception:  # noqa: S110 - retried one by one below, where the failure is reported
                pass
        for i in live:
            doc = results[i]
            try:
                results[i] = stage(doc)
            except Exception as err:
                results[i] = StageError(name, doc.id, err, doc)
    return results
