"""The Python API: everything the CLI, the web app and exports do goes through here.

>>> from chronik import Chronik
>>> ck = Chronik("chronik.db")
>>> report = ck.ingest(["articles/"], meta="articles/meta.jsonl")
>>> for story in ck.stories(): print(story["title"], [e.date for e in ck.timeline(story["id"])])
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from chronik import corpus, ingest, timeline
from chronik.document import Document
from chronik.pipeline import StageError, process, process_many
from chronik.store import Store

SERIAL_BATCH = 16  # documents processed together without workers


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # already stored (same content)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (doc, near-duplicate of)
    failures: list[ingest.Failure] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{len(self.added)} added, {len(self.skipped)} already stored, "
                f"{len(self.duplicates)} near-duplicates, {len(self.failures)} failed")


def _in_batches(docs: Iterable[Document]) -> Iterator[Document | StageError]:
    """Processed documents in input order, ``SERIAL_BATCH`` at a time: the NER model tags a
    batch's texts in one pass; an interrupted run loses at most one unstored batch."""
    source = iter(docs)
    while batch := list(islice(source, SERIAL_BATCH)):
        yield from process_many(batch)


class Chronik:
    """A chronicle over one SQLite database file."""

    def __init__(self, db: str | Path = "chronik.db"):
        self.store = Store(db)
        self.corpus = corpus.Corpus(self.store)

    def close(self) -> None:
        self.store.close()

    # ---- writing -----------------------------------------------------------------------------

    def ingest(self, paths: Iterable[str | Path], meta: str | Path | None = None,
               on_item: Callable[[str, str], None] | None = None, workers: int = 1,
               scheduler: str | None = None) -> IngestReport:
        """Read, process and store articles; already stored ones are skipped.

        ``workers`` > 1 (or a Dask ``scheduler`` address) runs the document stages on
        a Dask cluster. ``on_item(source, status)`` is called once per article or
        failure (for progress bars).
        """
        report = IngestReport()

        def notify(source: str, status: str) -> None:
            if on_item:
                on_item(source, status)

        def fresh() -> Iterator[Document]:
            for item in ingest.read(paths, meta):
                if isinstance(item, ingest.Failure):
                    self._fail(report, item)
                    notify(item.source, "failed")
                elif self._known(item, report):
                    notify(item.source, "skipped")
                else:
                    yield item

        if workers > 1 or scheduler:
            from chronik.scale import process_parallel

            results = process_parallel(fresh(), workers, scheduler)
        else:
            results = _in_batches(fresh())
        for result in results:
            if isinstance(result, StageError):
                self._fail(report, ingest.Failure(result.doc.source or result.doc.id, str(result)))
                notify(result.doc.source, "failed")
            else:
                notify(result.source, self._store(result, report))
        return report

    def add(self, doc: Document, report: IngestReport | None = None) -> str:
        """Process and store one document. Returns ``added``, ``skipped`` or ``failed``."""
        report = report if report is not None else IngestReport()
        if self._known(doc, report):
            return "skipped"
        return self._process_and_store(doc, report)

    def _known(self, doc: Document, report: IngestReport) -> bool:
        """True if the same content is stored already; gives a clashing id a suffix."""
        existing = self.store.has_hash(doc.content_hash)
        if existing:
            report.skipped.append(existing)
            return True
        if self.store.has_id(doc.id):
            doc.id = f"{doc.id}-{doc.content_hash[:8]}"
        return False

    def _process_and_store(self, doc: Document, report: IngestReport) -> str:
        try:
            process(doc)
        except StageError as err:
            self._fail(report, ingest.Failure(doc.source or doc.id, str(err)))
            return "failed"
        return self._store(doc, report)

    def _store(self, doc: Document, report: IngestReport) -> str:
        if self._known(doc, report):  # the same article twice in one parallel run
            return "skipped"
        duplicate_of = self.corpus.store_document(doc)
        report.added.append(doc.id)
        if duplicate_of:
            report.duplicates.append((doc.id, duplicate_of))
        return "added"

    def _fail(self, report: IngestReport, failure: ingest.Failure) -> None:
        report.failures.append(failure)
        self.store.record_failure(failure.source, failure.reason)

    # ---- reading -----------------------------------------------------------------------------

    def stories(self) -> list[dict]:
        return self.store.stories()

    def story(self, story_id: int) -> dict | None:
        story = self.store.story(story_id)
        if story is None:
            return None
        story = {k: v for k, v in story.items() if k != "profile"}
        story["documents"] = [_doc_summary(d) for d in self.store.documents(story_id)]
        return story

    def timeline(self, story_id: int) -> list[timeline.Event]:
        docs = [d for d in self.store.documents(story_id, spans=True) if not d.meta.get("duplicate_of")]
        return timeline.build(docs)

    def document(self, doc_id: str) -> Document | None:
        return self.store.document(doc_id)

    def documents(self) -> list[dict]:
        return [_doc_summary(d) for d in self.store.documents()]

    def quotes(self, speaker: str | int | None = None, story_id: int | None = None) -> list[dict]:
        """Quotes, optionally of one speaker or one story.

        ``speaker`` is an entity id, or a name matched against entity names and aliases
        and, for quotes whose speaker is not resolved to an entity, the speaker phrase.
        """
        doc_ids = [d.id for d in self.store.documents(story_id)] if story_id is not None else None
        if speaker is None:
            return self.store.quotes(doc_ids=doc_ids)
        if isinstance(speaker, int):
            return self.store.quotes(speaker_entity_id=speaker, doc_ids=doc_ids)
        ids = {e["id"] for e in self.find_entities(str(speaker))}
        needle = str(speaker).casefold()
        return [q for q in self.store.quotes(doc_ids=doc_ids)
                if q["speaker_entity_id"] in ids
                or (q["speaker_entity_id"] is None and needle in (q["speaker"] or "").casefold())]

    def entities(self, type_: str | None = None, limit: int | None = None) -> list[dict]:
        return self.store.entities(type_, limit)

    def entity(self, entity_id: int) -> dict | None:
        return self.store.entity(entity_id)

    def find_entities(self, name: str) -> list[dict]:
        """Entities whose name or an alias matches ``name`` (case-insensitive, whole or part)."""
        needle = name.casefold()
        return [e for e in self.store.entities()
                if needle == e["name"].casefold() or any(needle == a.casefold() for a in e["aliases"])
                or needle in e["name"].casefold()]

    def search(self, query: str, limit: int = 50) -> list[dict]:
        return self.store.search(query, limit)

    def failures(self) -> list[dict]:
        return [dict(r) for r in self.store.failures()]

    def export(self) -> dict:
        """The whole chronicle as one JSON-ready dict (the documented export shape)."""
        from chronik.export import chronicle_dict

        return chronicle_dict(self)


def _doc_summary(doc: Document) -> dict:
    return {"id": doc.id, "title": doc.title, "date": doc.date, "date_estimated": doc.date_estimated,
            "outlet": doc.outlet, "lang": doc.lang, "url": doc.url, "source": doc.source}
