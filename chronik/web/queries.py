"""Read-only queries the web pages need and ``chronik.api.Chronik`` does not offer.

Kept here, over ``chronik.store.Store``, so the web layer stays a view and the
API stays small: top entities of a story, entity names for id lists, mention
context snippets, and a paged, filterable entity list.
"""

from __future__ import annotations

import json

from chronik.store import Store

ENTITY_TYPES = ("PER", "LOC", "ORG", "OTH")


def story_top_entities(store: Store, story_id: int, limit: int = 6) -> list[dict]:
    """The most mentioned entities across a story's documents: id, name, type, count."""
    rows = store.db.execute(
        "SELECT e.id, e.name, e.type, count(*) AS n FROM mentions m"
        " JOIN documents d ON d.id = m.doc_id JOIN entities e ON e.id = m.entity_id"
        " WHERE d.story_id = ? GROUP BY e.id ORDER BY n DESC, e.name LIMIT ?", (story_id, limit))
    return [dict(r) for r in rows]


def entity_names(store: Store, ids: set[int] | list[int]) -> dict[int, dict]:
    """``{id: {"id", "name", "type"}}`` for the given entity ids (unknown ids are left out)."""
    ids = sorted({int(i) for i in ids if i is not None})
    found: dict[int, dict] = {}
    for chunk in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
        part = ids[chunk:chunk + 500]
        rows = store.db.execute(
            f"SELECT id, name, type FROM entities WHERE id IN ({','.join('?' * len(part))})", part)
        found.update({r["id"]: dict(r) for r in rows})
    return found


def entity_mentions(store: Store, entity_id: int, context: int = 70, limit: int = 300) -> list[dict]:
    """Mentions of an entity with ``before``/``text``/``after`` context and their document."""
    rows = store.db.execute(
        "SELECT m.doc_id, m.start, m.end, m.text, m.role, d.title, d.date, d.date_estimated,"
        " substr(d.text, max(1, m.start + 1 - :ctx), min(m.start, :ctx)) AS before,"
        " substr(d.text, m.end + 1, :ctx) AS after"
        " FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.entity_id = :eid"
        " ORDER BY d.date, m.doc_id, m.start LIMIT :lim", {"ctx": context, "eid": entity_id, "lim": limit})
    out = []
    for row in map(dict, rows):  # cut context at word boundaries
        if len(row["before"]) == context and " " in row["before"]:
            row["before"] = row["before"].split(" ", 1)[1]
        if len(row["after"]) == context and " " in row["after"]:
            row["after"] = row["after"].rsplit(" ", 1)[0]
        out.append(row)
    return out


def entity_stories(store: Store, entity_id: int, limit: int = 20) -> list[dict]:
    """Stories mentioning an entity, most mentions first: id, title, dates, count."""
    rows = store.db.execute(
        "SELECT s.id, s.title, s.first_date, s.last_date, count(*) AS n FROM mentions m"
        " JOIN documents d ON d.id = m.doc_id JOIN stories s ON s.id = d.story_id"
        " WHERE m.entity_id = ? GROUP BY s.id ORDER BY n DESC, s.last_date DESC LIMIT ?", (entity_id, limit))
    return [dict(r) for r in rows]


def count_mentions(store: Store, entity_id: int) -> int:
    return store.db.execute("SELECT count(*) FROM mentions WHERE entity_id = ?", (entity_id,)).fetchone()[0]


def entity_page(store: Store, type_: str | None = None, name: str | None = None, limit: int = 100,
                offset: int = 0) -> tuple[list[dict], int]:
    """One page of entities, most mentioned first, filtered by type and by a part of a name or alias
    (case-insensitive beyond ASCII, hence filtered in Python); plus the number matching."""
    sql, args = "SELECT * FROM entities", []
    if type_:
        sql, args = sql + " WHERE type = ?", [type_]
    rows = [dict(r) for r in store.db.execute(sql + " ORDER BY mention_count DESC, name", args)]
    for row in rows:
        row["aliases"], row["roles"] = json.loads(row["aliases"]), json.loads(row["roles"])
    if name:
        needle = name.casefold()
        rows = [r for r in rows if any(needle in n.casefold() for n in [r["name"], *r["aliases"]])]
    return rows[offset:offset + limit], len(rows)


def entity_type_counts(store: Store) -> dict[str, int]:
    return {r["type"]: r["n"] for r in store.db.execute("SELECT type, count(*) AS n FROM entities GROUP BY type")}
