"""Corpus-level steps run as each processed document is stored.

Entity linking, near-duplicate detection and story assignment all happen in the
one transaction that writes the document: a run killed midway leaves whole
articles or nothing, and story profiles never count a document twice.
"""

from __future__ import annotations

import json

from chronik import dedup, stories
from chronik.document import Document
from chronik.merge import link_entities
from chronik.store import Store


class Corpus:
    """In-memory views (story profiles, near-duplicate index) over a ``Store``."""

    def __init__(self, store: Store):
        self.store = store
        self._profiles: list[tuple[int, stories.StoryProfile]] | None = None
        self._dedup: dedup.NearDuplicateIndex | None = None

    def _load(self) -> None:
        self._profiles = [(sid, stories.StoryProfile.from_json(p)) for sid, p in self.store.story_profiles()]
        index = dedup.NearDuplicateIndex()
        for row in self.store.db.execute("SELECT doc_id, signature FROM signatures"):
            index.add_signature(row["doc_id"], json.loads(row["signature"]))
        self._dedup = index

    def store_document(self, doc: Document) -> str | None:
        """Write ``doc`` with its corpus links; returns the id it near-duplicates, if any."""
        if self._profiles is None:
            self._load()
        try:
            with self.store.transaction():
                return self._store(doc)
        except BaseException:
            self._profiles = None  # in-memory state may be ahead of the rolled-back database
            raise

    def _store(self, doc: Document) -> str | None:
        link_entities(doc, self.store)
        signature = self._dedup.signature(doc.text)
        twins = self._dedup.query(signature)
        duplicate_of = twins[0] if twins else None
        if duplicate_of:
            doc.meta["duplicate_of"] = duplicate_of
        features = stories.doc_features(doc)
        if duplicate_of:
            story_id = self.store.document_row(duplicate_of)["story_id"]
        else:
            index, _score = stories.assign(features, [p for _, p in self._profiles])
            story_id = self._profiles[index][0] if index is not None else None
        profile = next((p for sid, p in self._profiles if sid == story_id), None)
        if profile is None:
            profile = stories.StoryProfile()
        if not duplicate_of:
            profile.add(features)
        self.store.write_document(doc, features=features.to_json(), story_id=story_id, duplicate_of=duplicate_of)
        titles = [t for t in self.store.story_titles(story_id)] if story_id else []
        titles.append(doc.title)
        new_id = self.store.save_story(story_id, stories.story_title(profile, titles), profile.to_json(),
                                       profile.first_date, profile.last_date, profile.doc_count)
        if story_id is None:
            self.store.db.execute("UPDATE documents SET story_id=? WHERE id=?", (new_id, doc.id))
            self._profiles.append((new_id, profile))
        self.store.db.execute("INSERT INTO signatures VALUES (?, ?)", (doc.id, json.dumps(signature)))
        self._dedup.add_signature(doc.id, signature)
        return duplicate_of
