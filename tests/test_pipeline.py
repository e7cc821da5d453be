"""Batched document processing: same output as one by one, and one bad document does not sink its batch."""

from __future__ import annotations

import pytest

from chronik import pipeline
from chronik.document import Document
from chronik.entities import MODEL_DIR

pytestmark = pytest.mark.skipif(not (MODEL_DIR / "config.cfg").exists(), reason="shipped NER model not present")

TEXTS = [
    "Berlin. Bundeskanzlerin Angela Merkel traf am Montag in Paris den französischen Präsidenten.",
    "Der Bürgermeister von Bozen sagte am Dienstag: „Wir öffnen den Markt.“",
    "Die Deutsche Bahn kündigte für Freitag einen Streik an, teilte die Gewerkschaft mit.",
]


def _docs() -> list[Document]:
    return [Document(id=f"d{i}", raw=t, text=t, date="2021-03-03") for i, t in enumerate(TEXTS)]


def _view(doc: Document) -> tuple:
    return ([(m.start, m.end, m.label) for m in doc.mentions], [(t.start, t.value) for t in doc.timexes],
            [(q.start, q.end) for q in doc.quotes])


def test_batch_gives_the_same_documents_as_one_by_one():
    alone = [pipeline.process(d) for d in _docs()]
    together = pipeline.process_many(_docs())
    assert [_view(d) for d in together] == [_view(d) for d in alone]
    assert any(m.label == "PER" for m in together[0].mentions)


def test_a_failing_document_becomes_its_error_and_the_batch_goes_on(monkeypatch):
    real = pipeline.BATCHED[pipeline.tag_entities]

    def fragile(docs):  # the batch call fails as soon as the bad document is in it
        if any(d.id == "d1" for d in docs):
            raise ValueError("bad text")
        return real(docs)

    def fragile_one(doc):
        return fragile([doc])[0]

    monkeypatch.setattr(pipeline, "STAGES", [(n, fragile_one if n == "entities" else f) for n, f in pipeline.STAGES])
    monkeypatch.setattr(pipeline, "BATCHED", {fragile_one: fragile})
    out = pipeline.process_many(_docs())
    assert isinstance(out[1], pipeline.StageError) and out[1].stage == "entities" and out[1].doc.id == "d1"
    assert all(isinstance(out[i], Document) and out[i].mentions for i in (0, 2))
