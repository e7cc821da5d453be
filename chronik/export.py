"""Exports of the chronicle. JSON is the documented interchange shape:

``{"documents": [...], "entities": [...], "quotes": [...], "stories": [{..., "timeline": [...]}]}``
with ISO dates and character offsets into each document's ``text``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from chronik.api import Chronik

FORMATS = ("json", "jsonl")


def chronicle_dict(ck: Chronik) -> dict:
    store = ck.store
    documents = [
        {"id": d.id, "title": d.title, "date": d.date, "date_estimated": d.date_estimated,
         "date_range": list(d.date_range) if d.date_range else None, "outlet": d.outlet, "lang": d.lang,
         "url": d.url, "source": d.source, "teaser": d.teaser, "text": d.text,
         "duplicate_of": d.meta.get("duplicate_of")}
        for d in store.documents()
    ]
    mention_rows = store.db.execute(
        "SELECT entity_id, doc_id, start, end, text FROM mentions WHERE entity_id IS NOT NULL ORDER BY doc_id, start")
    mentions: dict[int, list[dict]] = {}
    for r in mention_rows:
        mentions.setdefault(r["entity_id"], []).append(
            {"doc_id": r["doc_id"], "char_start": r["start"], "char_end": r["end"], "text": r["text"]})
    entities = [
        {"id": e["id"], "name": e["name"], "type": e["type"], "aliases": e["aliases"], "roles": e["roles"],
         "mentions": mentions.get(e["id"], [])}
        for e in store.entities()
    ]
    quotes = [
        {"doc_id": q["doc_id"], "text": q["text"], "kind": q["kind"], "speaker": q["speaker"],
         "speaker_entity": q["speaker_entity_id"], "speaker_name": q["speaker_name"], "cue": q["cue"],
         "char_start": q["start"], "char_end": q["end"]}
        for q in store.quotes()
    ]
    stories = []
    for s in store.stories():
        story = ck.story(s["id"])
        events = ck.timeline(s["id"])
        stories.append({
            "id": s["id"], "title": s["title"], "first_date": s["first_date"], "last_date": s["last_date"],
            "doc_ids": [d["id"] for d in story["documents"]],
            "timeline": [
                {"date": e.date, "date_end": e.date_end, "status": e.status, "text": e.text, "doc_id": e.doc_id,
                 "char_start": e.char_start, "char_end": e.char_end, "entity_ids": e.entity_ids,
                 "timex": e.timex, "anchor": e.anchor, "also_in": e.also_in}
                for e in events
            ],
        })
    return {"documents": documents, "entities": entities, "quotes": quotes, "stories": stories}


def write(ck: Chronik, path: Path | None, fmt: str = "json") -> str:
    """Write the export to ``path`` (or return it when ``path`` is None)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    data = chronicle_dict(ck)
    if fmt == "json":
        text = json.dumps(data, ensure_ascii=False, indent=2)
    else:  # one record per line, tagged with its kind
        lines = [json.dumps({"kind": kind[:-1] if kind != "entities" else "entity", **rec}, ensure_ascii=False)
                 for kind in ("documents", "entities", "quotes", "stories") for rec in data[kind]]
        text = "\n".join(lines) + "\n"
    if path is not None:
        Path(path).write_text(text, encoding="utf-8")
    return text
