"""``chronik serve``: server-rendered pages and a JSON API over ``chronik.api.Chronik``.

A view only: every read goes through the API (plus the few extra queries in
``chronik.web.queries``). Pages work offline (no CDN), in German, and every
timeline entry and quote links to ``/documents/{id}#c{start}-{end}``, the exact
span in the highlighted document text.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from chronik.web import queries
from chronik.web.format import install_filters
from chronik.web.highlight import highlight

if TYPE_CHECKING:
    from chronik.api import Chronik

HERE = Path(__file__).resolve().parent
PAGE = 50  # rows per page on list pages


def create_app(db: str | Path, chronik: Chronik | None = None) -> FastAPI:
    """The web app over database file ``db``.

    ``chronik`` lets a caller (tests, an embedding app) hand in an already open API object
    instead of opening ``db`` again.
    """
    if chronik is None:
        from chronik.api import Chronik

        chronik = Chronik(db)
    ck = chronik
    store = ck.store
    # no Swagger/ReDoc pages: they load their scripts from a CDN; the schema stays at /api/openapi.json
    app = FastAPI(title="chronik", docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.state.chronik = ck
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(directory=HERE / "templates")
    install_filters(templates.env)

    def page(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, context, status_code=status_code)

    # Handlers are ``async``: all database reads then run on the one event-loop thread, which keeps
    # the single SQLite connection free of concurrent use.

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return page(request, "error.html", exc.status_code, status=exc.status_code, message=exc.detail)

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception):
        message = f"Interner Fehler: {type(exc).__name__}. Details stehen im Log des Servers."
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": message}, status_code=500)
        return page(request, "error.html", 500, status=500, message=message)

    # ---- pages -------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse)
    async def index(request: Request, page_no: str = Query("1", alias="page")):
        stories = ck.stories()
        number, rows = _paged(stories, page_no)
        for story in rows:
            story["top_entities"] = queries.story_top_entities(store, story["id"])
        return page(request, "index.html", stories=rows, total=len(stories), page_no=number, per_page=PAGE,
                    documents=store.count("documents"), entities=store.count("entities"))

    @app.get("/stories/{story_id}", response_class=HTMLResponse)
    async def story_page(request: Request, story_id: str):
        story = _story(story_id)
        events = ck.timeline(story["id"])
        names = queries.entity_names(store, {i for e in events for i in e.entity_ids})
        titles = {d["id"]: d for d in story["documents"]}
        return page(request, "story.html", story=story, events=events, names=names, titles=titles,
                    speakers=_by_speaker(ck.quotes(story_id=story["id"])))

    @app.get("/documents/{doc_id:path}", response_class=HTMLResponse)
    async def document_page(request: Request, doc_id: str):
        doc = _document(doc_id)
        ids = {m.entity_id for m in doc.mentions} | {q.speaker_entity_id for q in doc.quotes}
        names = queries.entity_names(store, ids)
        row = store.document_row(doc.id)
        story = ck.story(row["story_id"]) if row["story_id"] is not None else None
        counts = {"Sätze": len(doc.sentences), "Erwähnungen": len(doc.mentions),
                  "Zeitausdrücke": len(doc.timexes), "Zitate": len(doc.quotes)}
        return page(request, "document.html", doc=doc, body=highlight(doc, names), story=story, counts=counts,
                    duplicate_of=row["duplicate_of"] or doc.meta.get("duplicate_of"))

    @app.get("/entities", response_class=HTMLResponse)
    async def entities_page(request: Request, type: str = "", q: str = "", page_no: str = Query("1", alias="page")):
        type_ = type.upper() if type.upper() in queries.ENTITY_TYPES else ""
        number = _page_number(page_no)
        rows, total = queries.entity_page(store, type_ or None, q.strip() or None, PAGE, (number - 1) * PAGE)
        return page(request, "entities.html", entities=rows, total=total, type_=type_, q=q, page_no=number,
                    per_page=PAGE, types=queries.ENTITY_TYPES, type_counts=queries.entity_type_counts(store))

    @app.get("/entities/{entity_id}", response_class=HTMLResponse)
    async def entity_page(request: Request, entity_id: str):
        entity = _entity(entity_id)
        mentions = queries.entity_mentions(store, entity["id"])
        return page(request, "entity.html", entity=entity, mentions=mentions,
                    stories=queries.entity_stories(store, entity["id"]),
                    mention_total=queries.count_mentions(store, entity["id"]),
                    quotes=ck.quotes(speaker=entity["id"]))

    @app.get("/quotes", response_class=HTMLResponse)
    async def quotes_page(request: Request, speaker: str = "", page_no: str = Query("1", alias="page")):
        rows = ck.quotes(speaker.strip() or None)
        number, shown = _paged(rows, page_no)
        return page(request, "quotes.html", quotes=shown, total=len(rows), speaker=speaker, page_no=number,
                    per_page=PAGE)

    @app.get("/search", response_class=HTMLResponse)
    async def search_page(request: Request, q: str = ""):
        results, error, used = _search(q)
        return page(request, "search.html", q=q, site_q=q, results=results, error=error, used=used)

    # ---- JSON API ----------------------------------------------------------------------------

    @app.get("/api/stories")
    async def api_stories():
        return [{k: v for k, v in s.items() if k != "profile"} for s in ck.stories()]

    @app.get("/api/stories/{story_id}")
    async def api_story(story_id: str):
        story = _story(story_id)
        story["timeline"] = [e.to_dict() for e in ck.timeline(story["id"])]
        story["quotes"] = ck.quotes(story_id=story["id"])
        return story

    @app.get("/api/documents/{doc_id:path}")
    async def api_document(doc_id: str):
        data = _document(doc_id).to_dict()
        for key in ("raw", "tokens"):
            data.pop(key)
        return data

    @app.get("/api/entities")
    async def api_entities(type: str | None = None, limit: int | None = None):
        return ck.entities(type.upper() if type else None, limit)

    @app.get("/api/entities/{entity_id}")
    async def api_entity(entity_id: str):
        entity = _entity(entity_id)
        entity["mentions"] = [{k: v for k, v in m.items() if k not in ("before", "after")}
                              for m in queries.entity_mentions(store, entity["id"], context=0, limit=10_000)]
        return entity

    @app.get("/api/quotes")
    async def api_quotes(speaker: str | None = None, story: int | None = None):
        return ck.quotes(speaker, story_id=story)

    @app.get("/api/search")
    async def api_search(q: str, limit: int = 50):
        results, error, used = _search(q, limit)
        if error and not results:
            raise HTTPException(400, error)
        return {"query": used, "results": results}

    @app.get("/api/export")
    async def api_export():
        return ck.export()

    # ---- lookups that 404 --------------------------------------------------------------------

    def _story(story_id: str) -> dict:
        story = ck.story(number) if (number := _int(story_id)) is not None else None
        if story is None:
            raise HTTPException(404, f"Keine Geschichte mit der Nummer „{story_id}“.")
        return story

    def _document(doc_id: str):
        doc = ck.document(doc_id)
        if doc is None:
            raise HTTPException(404, f"Kein Dokument mit der Kennung „{doc_id}“.")
        return doc

    def _entity(entity_id: str) -> dict:
        entity = ck.entity(number) if (number := _int(entity_id)) is not None else None
        if entity is None:
            raise HTTPException(404, f"Keine Entität mit der Nummer „{entity_id}“.")
        return entity

    def _search(q: str, limit: int = 50) -> tuple[list[dict], str | None, str]:
        """Results, an error message for bad FTS5 syntax, and the query actually run.

        A query FTS5 rejects (``Kim-Jong``, an unbalanced quote) is retried as its words, each
        quoted as a literal, so a plain-text search still finds something.
        """
        q = q.strip()
        if not q:
            return [], None, q
        try:
            return ck.search(q, limit), None, q
        except sqlite3.OperationalError as err:
            message = f"Die Suchanfrage ist keine gültige FTS5-Abfrage ({err})."
        literal = " ".join(f'"{word}"' for word in re.findall(r"\w+", q))
        if not literal:
            return [], message, q
        try:
            return ck.search(literal, limit), message + " Gesucht wurde stattdessen wörtlich.", literal
        except sqlite3.OperationalError:
            return [], message, q

    return app


def _int(text: str) -> int | None:
    """A path or query number, or None for anything that is not one SQLite can hold."""
    return int(text) if text.isascii() and text.isdigit() and len(text) < 19 else None


def _page_number(text: str) -> int:
    return max(1, _int(text) or 1)


def _paged(rows: list, page_no: str) -> tuple[int, list]:
    number = min(_page_number(page_no), max(1, -(-len(rows) // PAGE)))
    return number, rows[(number - 1) * PAGE: number * PAGE]


def _by_speaker(quotes: list[dict]) -> list[dict]:
    """Quotes grouped by resolved speaker (else the speaker phrase), biggest group first."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for q in quotes:
        name = q.get("speaker_name") or q.get("speaker") or "Unbekannt"
        groups[(q.get("speaker_entity_id"), name)].append(q)
    ordered = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0][1].casefold()))
    return [{"entity_id": key[0], "name": key[1], "quotes": rows} for key, rows in ordered]
