"""SQLite store: documents, their spans, entities, stories, failures.

One article is written in one transaction (document, spans, entity links,
story assignment), so a run killed midway leaves only whole articles behind,
and a re-run skips what is already stored (by content hash). Full-text search
uses FTS5 over title and cleaned text.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from chronik.document import Document, Mention, Quote, Span, Timex

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    source TEXT, url TEXT, title TEXT, teaser TEXT, outlet TEXT, lang TEXT,
    date TEXT, date_estimated INTEGER NOT NULL DEFAULT 0, date_earliest TEXT, date_latest TEXT,
    raw TEXT NOT NULL, text TEXT NOT NULL, removed TEXT, meta TEXT,
    features TEXT, story_id INTEGER, duplicate_of TEXT,
    ingested_at TEXT DEFAULT (datetime('now'))
);
CREATE INDEX IF NOT EXISTS documents_story ON documents(story_id);
CREATE TABLE IF NOT EXISTS sentences (
    doc_id TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    PRIMARY KEY (doc_id, idx)
);
CREATE TABLE IF NOT EXISTS entities (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL, type TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]', roles TEXT NOT NULL DEFAULT '[]',
    mention_count INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS entity_keys (
    key TEXT NOT NULL, type TEXT NOT NULL, entity_id INTEGER NOT NULL,
    PRIMARY KEY (key, type)
);
CREATE TABLE IF NOT EXISTS mentions (
    doc_id TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    label TEXT NOT NULL, text TEXT NOT NULL, entity TEXT, entity_id INTEGER, role TEXT
);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(doc_id);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);
CREATE TABLE IF NOT EXISTS timexes (
    doc_id TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
    type TEXT NOT NULL, value TEXT NOT NULL, value_end TEXT, mod TEXT, relative INTEGER
);
CREATE INDEX IF NOT EXISTS timexes_doc ON timexes(doc_id);
CREATE TABLE IF NOT EXISTS quotes (
    doc_id TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
    kind TEXT NOT NULL, speaker TEXT, speaker_start INTEGER, speaker_end INTEGER,
    speaker_entity TEXT, speaker_entity_id INTEGER, cue TEXT, cue_start INTEGER, cue_end INTEGER
);
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes(doc_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_entity_id);
CREATE TABLE IF NOT EXISTS stories (
    id INTEGER PRIMARY KEY, title TEXT, profile TEXT, first_date TEXT, last_date TEXT,
    doc_count INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS failures (
    source TEXT NOT NULL, reason TEXT NOT NULL, at TEXT DEFAULT (datetime('now'))
);
CREATE TABLE IF NOT EXISTS entity_aliases (
    entity_id INTEGER NOT NULL, alias TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (entity_id, alias)
);
CREATE TABLE IF NOT EXISTS signatures (doc_id TEXT PRIMARY KEY, signature TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS kv (key TEXT PRIMARY KEY, value TEXT);
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
    title, text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
"""


class Store:
    """A chronik database file (``chronik.db`` by default)."""

    def __init__(self, path: str | Path = "chronik.db"):
        self.path = str(path)
        self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")

    # ---- documents -------------------------------------------------------------------------

    def has_hash(self, content_hash: str) -> str | None:
        row = self.db.execute("SELECT id FROM documents WHERE hash = ?", (content_hash,)).fetchone()
        return row["id"] if row else None

    def has_id(self, doc_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def write_document(self, doc: Document, features: str | None = None, story_id: int | None = None,
                       duplicate_of: str | None = None) -> None:
        """Insert ``doc`` with all its spans. Call inside ``transaction()``."""
        lo, hi = doc.date_range or (None, None)
        cur = self.db.execute(
            "INSERT INTO documents (id, hash, source, url, title, teaser, outlet, lang, date, date_estimated,"
            " date_earliest, date_latest, raw, text, removed, meta, features, story_id, duplicate_of)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (doc.id, doc.content_hash, doc.source, doc.url, doc.title, doc.teaser, doc.outlet, doc.lang,
             doc.date, int(doc.date_estimated), lo, hi, doc.raw, doc.text, json.dumps(doc.removed),
             json.dumps(doc.meta, ensure_ascii=False, default=str), features, story_id, duplicate_of),
        )
        self.db.execute("INSERT INTO documents_fts(rowid, title, text) VALUES (?,?,?)",
                        (cur.lastrowid, doc.title, doc.text))
        self.db.executemany("INSERT INTO sentences VALUES (?,?,?,?)",
                            [(doc.id, i, s.start, s.end) for i, s in enumerate(doc.sentences)])
        self.db.executemany(
            "INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?)",
            [(doc.id, m.start, m.end, m.label, m.text, m.entity, m.entity_id, m.role) for m in doc.mentions])
        self.db.executemany(
            "INSERT INTO timexes VALUES (?,?,?,?,?,?,?,?,?)",
            [(doc.id, t.start, t.end, t.text, t.type, t.value, t.value_end, t.mod, int(t.relative))
             for t in doc.timexes])
        self.db.executemany(
            "INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(doc.id, q.start, q.end, q.text, q.kind, q.speaker, q.speaker_start, q.speaker_end,
              q.speaker_entity, q.speaker_entity_id, q.cue, q.cue_start, q.cue_end) for q in doc.quotes])

    def document(self, doc_id: str, spans: bool = True) -> Document | None:
        row = self.db.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            return None
        doc = self._doc_from_row(row)
        if spans:
            self._load_spans(doc)
        return doc

    def documents(self, story_id: int | None = None, spans: bool = False) -> list[Document]:
        if story_id is None:
            rows = self.db.execute("SELECT * FROM documents ORDER BY date, id").fetchall()
        else:
            rows = self.db.execute("SELECT * FROM documents WHERE story_id = ? ORDER BY date, id",
                                   (story_id,)).fetchall()
        docs = [self._doc_from_row(r) for r in rows]
        if spans:
            for doc in docs:
                self._load_spans(doc)
        return docs

    def document_row(self, doc_id: str) -> sqlite3.Row | None:
        return self.db.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()

    @staticmethod
    def _doc_from_row(row: sqlite3.Row) -> Document:
        date_range = (row["date_earliest"], row["date_latest"]) if row["date_earliest"] else None
        return Document(
            id=row["id"], raw=row["raw"], source=row["source"] or "", url=row["url"], title=row["title"] or "",
            teaser=row["teaser"] or "", outlet=row["outlet"], lang=row["lang"] or "de", date=row["date"],
            date_estimated=bool(row["date_estimated"]), date_range=date_range, text=row["text"],
            removed=json.loads(row["removed"] or "[]"), meta=json.loads(row["meta"] or "{}"),
        )

    def _load_spans(self, doc: Document) -> None:
        q = self.db.execute
        doc.sentences = [Span(r["start"], r["end"], "sentence")
                         for r in q("SELECT * FROM sentences WHERE doc_id=? ORDER BY idx", (doc.id,))]
        doc.mentions = [Mention(r["start"], r["end"], r["label"], r["text"], r["entity"], r["entity_id"], r["role"])
                        for r in q("SELECT * FROM mentions WHERE doc_id=? ORDER BY start", (doc.id,))]
        doc.timexes = [Timex(r["start"], r["end"], r["text"], r["type"], r["value"], r["value_end"], r["mod"],
                             bool(r["relative"]))
                       for r in q("SELECT * FROM timexes WHERE doc_id=? ORDER BY start", (doc.id,))]
        doc.quotes = [Quote(**{k: r[k] for k in Quote.__dataclass_fields__})
                      for r in q("SELECT * FROM quotes WHERE doc_id=? ORDER BY start", (doc.id,))]

    def count(self, table: str) -> int:
        assert table in {"documents", "entities", "stories", "quotes", "mentions", "timexes", "failures"}
        return self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    # ---- failures --------------------------------------------------------------------------

    def record_failure(self, source: str, reason: str) -> None:
        self.db.execute("INSERT INTO failures(source, reason) VALUES (?, ?)", (source, reason))

    def failures(self) -> list[sqlite3.Row]:
        return self.db.execute("SELECT * FROM failures ORDER BY at").fetchall()

    # ---- entities --------------------------------------------------------------------------

    def entity_by_key(self, key: str, type_: str) -> int | None:
        row = self.db.execute("SELECT entity_id FROM entity_keys WHERE key=? AND type=?", (key, type_)).fetchone()
        return row["entity_id"] if row else None

    def entities_with_keys(self, type_: str) -> list[tuple[int, str]]:
        return [(r["entity_id"], r["key"]) for r in
                self.db.execute("SELECT entity_id, key FROM entity_keys WHERE type=?", (type_,))]

    def add_entity(self, name: str, type_: str) -> int:
        return self.db.execute("INSERT INTO entities(name, type) VALUES (?, ?)", (name, type_)).lastrowid

    def add_entity_key(self, key: str, type_: str, entity_id: int) -> None:
        self.db.execute("INSERT OR IGNORE INTO entity_keys VALUES (?,?,?)", (key, type_, entity_id))

    def entity(self, entity_id: int) -> dict | None:
        row = self.db.execute("SELECT * FROM entities WHERE id=?", (entity_id,)).fetchone()
        return _entity_dict(row) if row else None

    def update_entity(self, entity_id: int, name: str, aliases: list[str], roles: list[str], added_mentions: int):
        self.db.execute(
            "UPDATE entities SET name=?, aliases=?, roles=?, mention_count=mention_count+? WHERE id=?",
            (name, json.dumps(aliases, ensure_ascii=False), json.dumps(roles, ensure_ascii=False),
             added_mentions, entity_id))

    def add_alias_counts(self, entity_id: int, counts: dict[str, int]) -> None:
        self.db.executemany(
            "INSERT INTO entity_aliases VALUES (?,?,?) ON CONFLICT(entity_id, alias) DO UPDATE SET n = n + excluded.n",
            [(entity_id, alias, n) for alias, n in counts.items()])

    def alias_counts(self, entity_id: int) -> dict[str, int]:
        rows = self.db.execute("SELECT alias, n FROM entity_aliases WHERE entity_id=?", (entity_id,))
        return {r["alias"]: r["n"] for r in rows}

    def entities(self, type_: str | None = None, limit: int | None = None) -> list[dict]:
        sql = "SELECT * FROM entities"
        args: tuple = ()
        if type_:
            sql += " WHERE type=?"
            args = (type_,)
        sql += " ORDER BY mention_count DESC, name"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [_entity_dict(r) for r in self.db.execute(sql, args)]

    def entity_ids_by_role(self, role_key: str) -> list[tuple[int, int]]:
        """(entity id, mention count) of entities known under the role key, most mentioned first."""
        rows = self.db.execute(
            "SELECT e.id, e.mention_count FROM entities e, json_each(e.roles) r WHERE r.value = ?"
            " ORDER BY e.mention_count DESC", (role_key,))
        return [(r[0], r[1]) for r in rows]

    # ---- stories ---------------------------------------------------------------------------

    def stories(self) -> list[dict]:
        rows = self.db.execute("SELECT * FROM stories ORDER BY doc_count DESC, last_date DESC, id").fetchall()
        return [dict(r) for r in rows]

    def story(self, story_id: int) -> dict | None:
        row = self.db.execute("SELECT * FROM stories WHERE id=?", (story_id,)).fetchone()
        return dict(row) if row else None

    def story_profiles(self) -> list[tuple[int, str]]:
        return [(r["id"], r["profile"]) for r in self.db.execute("SELECT id, profile FROM stories ORDER BY id")]

    def save_story(self, story_id: int | None, title: str, profile: str, first: str | None, last: str | None,
                   doc_count: int) -> int:
        if story_id is None:
            return self.db.execute(
                "INSERT INTO stories(title, profile, first_date, last_date, doc_count) VALUES (?,?,?,?,?)",
                (title, profile, first, last, doc_count)).lastrowid
        self.db.execute("UPDATE stories SET title=?, profile=?, first_date=?, last_date=?, doc_count=? WHERE id=?",
                        (title, profile, first, last, doc_count, story_id))
        return story_id

    def story_titles(self, story_id: int) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT title FROM documents WHERE story_id=? ORDER BY date",
                                              (story_id,))]

    # ---- quotes & search -------------------------------------------------------------------

    def quotes(self, speaker_entity_id: int | None = None, doc_ids: list[str] | None = None) -> list[dict]:
        sql = ("SELECT q.*, d.date AS doc_date, d.title AS doc_title, e.name AS speaker_name FROM quotes q"
               " JOIN documents d ON d.id = q.doc_id LEFT JOIN entities e ON e.id = q.speaker_entity_id")
        where, args = [], []
        if speaker_entity_id is not None:
            where.append("q.speaker_entity_id = ?")
            args.append(speaker_entity_id)
        if doc_ids is not None:
            where.append(f"q.doc_id IN ({','.join('?' * len(doc_ids))})")
            args.extend(doc_ids)
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY d.date, q.doc_id, q.start"
        return [dict(r) for r in self.db.execute(sql, args)]

    def search(self, query: str, limit: int = 50) -> list[dict]:
        """Documents matching an FTS5 query, best first, with a highlighted snippet."""
        rows = self.db.execute(
            "SELECT d.id, d.title, d.date, d.outlet, d.story_id,"
            " snippet(documents_fts, 1, '[', ']', '…', 12) AS snippet"
            " FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid"
            " WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?", (query, limit))
        return [dict(r) for r in rows]

    def get(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM kv WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def put(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO kv VALUES (?, ?)", (key, value))


def _entity_dict(row: sqlite3.Row) -> dict:
    out = dict(row)
    out["aliases"] = json.loads(out["aliases"])
    out["roles"] = json.loads(out["roles"])
    return out



