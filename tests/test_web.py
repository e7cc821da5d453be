"""The web UI against a real uvicorn server on 127.0.0.1, queried with httpx.

The database is built by hand (no NLP pipeline): short German documents written
for these tests, with their sentence, mention, date and quote spans, two
stories and one document outside any story.
"""

from __future__ import annotations

import random
import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path

import httpx
import pytest
import uvicorn

from chronik.document import Document, Mention, Quote, Span, Timex
from chronik.store import Store
from chronik.web.highlight import Layer, render

FILLER = [f"Für Abschnitt {n} der Umleitung gilt ab sofort Tempo 30." for n in range(1, 31)]


class DocBuilder:
    """A ``Document`` from sentences, with spans placed by finding their text."""

    def __init__(self, doc_id: str, sentences: list[str], paragraph_every: int = 3, **fields):
        text, spans = "", []
        for i, sentence in enumerate(sentences):
            if i:
                text += "\n\n" if i % paragraph_every == 0 else " "
            spans.append(Span(len(text), len(text) + len(sentence), "sentence"))
            text += sentence
        self.doc = Document(id=doc_id, raw=text, text=text, sentences=spans, **fields)

    def at(self, needle: str, nth: int = 0) -> tuple[int, int]:
        start = -1
        for _ in range(nth + 1):
            start = self.doc.text.index(needle, start + 1)
        return start, start + len(needle)

    def mention(self, needle: str, label: str, entity_id: int, nth: int = 0, role: str | None = None):
        start, end = self.at(needle, nth)
        self.doc.mentions.append(Mention(start, end, label, needle, f"{label}:{needle}", entity_id, role))
        return self

    def timex(self, needle: str, value: str, type_: str = "DATE", value_end: str | None = None, mod=None):
        start, end = self.at(needle)
        self.doc.timexes.append(Timex(start, end, needle, type_, value, value_end, mod, relative=True))
        return self

    def quote(self, content: str, kind: str, speaker: str, speaker_id: int, cue: str):
        start, end = self.at(content)
        s_start, s_end = self.at(speaker)
        c_start, c_end = self.at(cue)
        self.doc.quotes.append(Quote(start, end, content, kind, speaker, s_start, s_end, f"PER:{speaker}",
                                     speaker_id, cue, c_start, c_end))
        return self


def build_db(path: Path) -> dict:
    """Write the test corpus to ``path``; returns the ids the tests refer to."""
    store = Store(path)
    with store.transaction():
        ent = {name: store.add_entity(name, type_) for name, type_ in [
            ("Petra Lang", "PER"), ("Talheim", "LOC"), ("Neckarbrücke", "LOC"), ("Gemeinderat Talheim", "ORG"),
            ("Dresden", "LOC"), ("Elbe", "LOC"), ("Technisches Hilfswerk", "ORG"), ("Jonas Weber", "PER")]}
        bridge = store.save_story(None, "Neue Neckarbrücke für Talheim", "{}", "2024-03-04", "2024-03-13", 2)
        flood = store.save_story(None, "Hochwasser an der Elbe", "{}", "2023-06-14", "2023-06-14", 1)

        first = DocBuilder("talheim-1", [
            "Die Stadt Talheim will die alte Neckarbrücke ersetzen.",
            "Bürgermeisterin Petra Lang sagte am Montag: „Der Neubau beginnt im Mai 2024.",
            "Die Kosten tragen Land und Bund.“",
            *FILLER,
            "Der Gemeinderat von Talheim stimmt am 12. März 2024 über den Neubau der Neckarbrücke ab.",
        ], title="Talheim plant neue Neckarbrücke", outlet="Neckar-Bote", date="2024-03-04",
            teaser="Die marode Brücke soll ersetzt werden.", url="https://example.org/talheim-1",
            removed=["Anzeige", "Lesen Sie auch: Das Wetter am Wochenende"])
        (first.mention("Talheim", "LOC", ent["Talheim"]).mention("Neckarbrücke", "LOC", ent["Neckarbrücke"])
         .mention("Petra Lang", "PER", ent["Petra Lang"], role="Bürgermeisterin")
         .mention("Gemeinderat", "ORG", ent["Gemeinderat Talheim"])
         .mention("Talheim", "LOC", ent["Talheim"], nth=1).mention("Neckarbrücke", "LOC", ent["Neckarbrücke"], nth=1)
         .timex("am Montag", "2024-03-04").timex("im Mai 2024", "2024-05").timex("am 12. März 2024", "2024-03-12")
         .quote("„Der Neubau beginnt im Mai 2024. Die Kosten tragen Land und Bund.“", "direct", "Petra Lang",
                ent["Petra Lang"], "sagte"))

        second = DocBuilder("talheim-2", [
            "Der Gemeinderat von Talheim hat am 12. März 2024 dem Neubau der Neckarbrücke zugestimmt.",
            "Lang kündigte an, die Bauarbeiten würden im Mai beginnen.",
            "Fertig sein soll die Brücke bis Ende 2026.",
        ], title="Gemeinderat stimmt für Neckarbrücke", outlet="Talheimer Zeitung", date="2024-03-13")
        (second.mention("Gemeinderat", "ORG", ent["Gemeinderat Talheim"]).mention("Talheim", "LOC", ent["Talheim"])
         .mention("Neckarbrücke", "LOC", ent["Neckarbrücke"]).mention("Lang", "PER", ent["Petra Lang"])
         .timex("am 12. März 2024", "2024-03-12").timex("im Mai", "2024-05").timex("bis Ende 2026", "2026", mod="END")
         .quote("die Bauarbeiten würden im Mai beginnen", "indirect", "Lang", ent["Petra Lang"], "kündigte"))

        elbe = DocBuilder("elbe-1", [
            "In Dresden hat die Elbe am Dienstag die Marke von sechs Metern überschritten.",
            "Das Technische Hilfswerk rechnet mit dem Höchststand am Wochenende.",
            "„Wir sind vorbereitet“, sagte Einsatzleiter Jonas Weber.",
        ], title="Pegel der Elbe steigt <weiter> & schneller", date="2023-06-14", date_estimated=True,
            date_range=("2023-06-10", "2023-06-20"))
        (elbe.mention("Dresden", "LOC", ent["Dresden"]).mention("Elbe", "LOC", ent["Elbe"])
         .mention("Technische Hilfswerk", "ORG", ent["Technisches Hilfswerk"])
         .mention("Jonas Weber", "PER", ent["Jonas Weber"], role="Einsatzleiter")
         .timex("am Dienstag", "2023-06-13").timex("am Wochenende", "2023-W24-WE")
         .quote("„Wir sind vorbereitet“", "direct", "Jonas Weber", ent["Jonas Weber"], "sagte"))

        loose = DocBuilder("notiz/ohne datum", ["Eine kurze Notiz ohne Datum und ohne Geschichte."], title="Notiz")

        for builder, story in [(first, bridge), (second, bridge), (elbe, flood), (loose, None)]:
            store.write_document(builder.doc, story_id=story)
        for name, eid in ent.items():
            count = store.db.execute("SELECT count(*) FROM mentions WHERE entity_id=?", (eid,)).fetchone()[0]
            aliases = ["Lang", "Bürgermeisterin Lang"] if name == "Petra Lang" else []
            roles = ["bürgermeisterin"] if name == "Petra Lang" else []
            store.update_entity(eid, name, aliases, roles, count)
    store.close()
    gemeinderat = second.doc.sentences[0]
    target = first.doc.sentences[-1]
    return {"entities": ent, "bridge": bridge, "flood": flood, "target": (target.start, target.end),
            "also": (gemeinderat.start, gemeinderat.end), "quote": first.doc.quotes[0]}


def open_chronik(db: Path):
    """``chronik.api.Chronik`` over ``db``; skips while pipeline stage modules do not import yet."""
    try:
        from chronik.api import Chronik
    except ImportError as err:
        pytest.skip(f"chronik.api does not import yet: {err}")
    return Chronik(db)


@contextmanager
def running_server(app) -> Iterator[str]:
    """Serve ``app`` with uvicorn on a free 127.0.0.1 port in a thread; yields the base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from chronik.web.app import create_app

    db = tmp_path_factory.mktemp("web") / "web.db"
    ids = build_db(db)
    ck = open_chronik(db)
    with running_server(create_app(db, ck)) as url, httpx.Client(base_url=url, timeout=10) as client:
        yield client, ids
    ck.close()


def _ok(client: httpx.Client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, (path, response.status_code, response.text[:300])
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def test_story_list(site):
    client, _ = site
    html = _ok(client, "/")
    assert "Neue Neckarbrücke für Talheim" in html and "Hochwasser an der Elbe" in html
    assert 'datetime="2024-03-04"' in html and "04.03.2024" in html  # date span, German display
    assert "2 Dokumente" in html
    assert 'href="/entities/' in html and "Petra Lang" in html  # top entities as links
    assert 'action="/search"' in html
    assert "http://" not in html and "https://" not in html  # offline: no CDN, no external assets
    css = client.get("/static/chronik.css")
    assert css.status_code == 200 and ":target" in css.text


def test_story_page_timeline_quotes_documents(site):
    client, ids = site
    html = _ok(client, f"/stories/{ids['bridge']}")
    start, end = ids["target"]
    assert f'href="/documents/talheim-1#c{start}-{end}"' in html  # source link to the exact sentence
    assert "geplant" in html and "berichtet" in html  # status badges (12 March lies after 4 March)
    assert "auch in" in html and 'href="/documents/talheim-2"' in html  # the council vote told twice
    assert html.count("Der Gemeinderat von Talheim") == 1  # ... and listed once
    quote = ids["quote"]
    assert f"#c{quote.start}-{quote.end}" in html  # quotes grouped by speaker link to their span
    assert re.search(r"Petra Lang</a>\s*<span class=\"count\">2</span>", html)
    assert "Gemeinderat stimmt für Neckarbrücke" in html and "Talheimer Zeitung" in html


def test_document_page_spans_and_anchors(site):
    client, ids = site
    html = _ok(client, "/documents/talheim-1")
    start, end = ids["target"]
    assert f'id="c{start}-{end}"' in html
    quote = ids["quote"]
    # the quote runs across two sentences: one anchored fragment plus a continuation
    assert f'id="c{quote.start}-{quote.end}"' in html
    assert html.count(f'data-span="c{quote.start}-{quote.end}"') == 2
    assert 'class="ent ent-PER"' in html and f'href="/entities/{ids["entities"]["Petra Lang"]}"' in html
    assert 'title="DATE: 2024-05"' in html  # timex tooltip with the normalised value
    assert "Entfernter Ballast" in html and "Lesen Sie auch" in html
    assert "Die marode Brücke soll ersetzt werden." in html and "Neckar-Bote" in html
    ids_in_page = re.findall(r'\bid="(c\d+-\d+)"', html)
    assert len(ids_in_page) == len(set(ids_in_page))  # anchors are unique


def test_document_page_estimated_date_and_escaping(site):
    client, _ = site
    html = _ok(client, "/documents/elbe-1")
    assert "geschätzt" in html and 'datetime="2023-06-10"' in html and 'datetime="2023-06-20"' in html
    assert "&lt;weiter&gt; &amp; schneller" in html and "<weiter>" not in html
    html = _ok(client, "/documents/notiz%2Fohne%20datum")  # ids with slash and space
    assert "Eine kurze Notiz" in html and "ohne Datum" in html


def test_entity_pages(site):
    client, ids = site
    html = _ok(client, "/entities")
    assert "Petra Lang" in html and "Jonas Weber" in html
    html = _ok(client, "/entities?type=ORG")
    assert "Technisches Hilfswerk" in html and "Jonas Weber" not in html
    assert "Neckarbrücke" in _ok(client, "/entities?q=neckarbr%C3%BC")
    html = _ok(client, f"/entities/{ids['entities']['Petra Lang']}")
    assert "Bürgermeisterin Lang" in html  # alias
    assert "Die Stadt Talheim" not in html and "Bürgermeisterin " in html  # context snippet before the mention
    assert 'href="/documents/talheim-2#c' in html  # mention links to its span
    assert "die Bauarbeiten würden im Mai beginnen" in html  # quote by this entity
    assert f'href="/stories/{ids["bridge"]}"' in html and "Hochwasser" not in html  # the stories it is in


def test_quotes_and_search(site):
    client, _ = site
    html = _ok(client, "/quotes?speaker=Weber")
    assert "Wir sind vorbereitet" in html and "Neubau beginnt" not in html
    assert "Neubau beginnt" in _ok(client, "/quotes")
    html = _ok(client, "/search?q=Pegel")
    assert "<mark>Pegel</mark>" in html or "Pegel der Elbe" in html
    html = _ok(client, "/search?q=%22Neubau")  # unbalanced quote: FTS5 syntax error, handled
    assert "keine gültige FTS5-Abfrage" in html
    assert "Talheim plant neue Neckarbrücke" in html  # retried literally
    assert "0 Treffer" in _ok(client, "/search?q=Zeppelin")


def test_not_found(site):
    client, _ = site
    for path in ["/stories/999", "/stories/abc", "/stories/99999999999999999999999", "/documents/nope",
                 "/entities/999", "/gibt-es-nicht"]:
        response = client.get(path)
        assert response.status_code == 404, path
        assert "Nicht gefunden" in response.text
    response = client.get("/api/stories/999")
    assert response.status_code == 404 and "detail" in response.json()


def test_json_api(site):
    client, ids = site
    stories = client.get("/api/stories").json()
    assert {s["title"] for s in stories} == {"Neue Neckarbrücke für Talheim", "Hochwasser an der Elbe"}
    assert all("profile" not in s for s in stories)
    story = client.get(f"/api/stories/{ids['bridge']}").json()
    assert {d["id"] for d in story["documents"]} == {"talheim-1", "talheim-2"}
    event = next(e for e in story["timeline"] if e["date"] == "2024-03-12")
    assert event["status"] == "planned" and event["also_in"] == ["talheim-2"]
    assert [event["char_start"], event["char_end"]] == list(ids["target"])
    doc = client.get("/api/documents/talheim-1").json()
    assert "raw" not in doc and doc["quotes"][0]["speaker"] == "Petra Lang"
    assert doc["text"][doc["mentions"][0]["start"]:doc["mentions"][0]["end"]] == doc["mentions"][0]["text"]
    entities = client.get("/api/entities", params={"type": "per"}).json()
    assert {e["name"] for e in entities} == {"Petra Lang", "Jonas Weber"}
    assert len(client.get("/api/quotes").json()) == 3
    assert client.get("/api/quotes", params={"speaker": "Petra Lang"}).json()[0]["doc_id"] == "talheim-1"
    export = client.get("/api/export").json()
    assert set(export) == {"documents", "entities", "quotes", "stories"}
    assert export["stories"][0]["timeline"][0]["doc_id"]
    assert client.get("/api/search", params={"q": "Dresden"}).json()["results"][0]["id"] == "elbe-1"
    assert "/api/stories/{story_id}" in client.get("/api/openapi.json").json()["paths"]


def test_render_nests_crossing_spans():
    text = "Aa Bb. Cc Dd."
    spans = [Layer(0, 6, "sentence", "sent"), Layer(7, 13, "sentence", "sent"),
             Layer(3, 9, "quote", "quote"), Layer(3, 5, "mention", "ent", href="/entities/1")]
    html = str(render(text, spans))
    assert re.sub(r"<[^>]+>", "", html) == text  # markup adds no text
    assert html.count("<span") + html.count("<a") == html.count("</span>") + html.count("</a>")
    assert '<span class="quote cont" data-span="c3-9">' in html  # re-opened in the second sentence
    assert html.index('id="c3-9"') < html.index('id="c3-5"') < html.index('id="c7-13"')


class _NestingChecker(HTMLParser):
    """Fails on a closing tag that does not close the innermost open element."""

    def __init__(self):
        super().__init__()
        self.open: list[str] = []
        self.text = ""

    def handle_starttag(self, tag, attrs):
        assert tag != "a" or "a" not in self.open, "link inside link"
        self.open.append(tag)

    def handle_endtag(self, tag):
        assert self.open and self.open.pop() == tag

    def handle_data(self, data):
        self.text += data


def test_render_random_overlaps_stay_well_formed():
    rng = random.Random(7)
    text = "Die Ministerin sagte am Montag in Berlin: „Wir <prüfen> das & mehr.“ Dann ging sie."
    kinds = ["sentence", "quote", "speaker", "cue", "mention", "timex"]
    for _ in range(300):
        spans = []
        for _ in range(rng.randint(1, 9)):
            start = rng.randrange(len(text))
            kind = rng.choice(kinds)
            spans.append(Layer(start, rng.randint(start, len(text)), kind, kind,
                               href="/entities/1" if kind == "mention" else None))
        checker = _NestingChecker()
        checker.feed(str(render(text, spans)))
        assert checker.open == [] and checker.text == text


def build_large_db(path: Path, n_docs: int = 2000, n_stories: int = 200, n_entities: int = 1500) -> None:
    """A synthetic corpus for page timings: 20 dated sentences per document, one mention each."""
    rng = random.Random(1)
    store = Store(path)
    with store.transaction():
        entities = [store.add_entity(f"Person{i} Name{i}", rng.choice(["PER", "LOC", "ORG", "OTH"]))
                    for i in range(n_entities)]
        stories = [store.save_story(None, f"Geschichte {i}", "{}", "2020-03-01", "2020-03-28", 0)
                   for i in range(n_stories)]
        for d in range(n_docs):
            picks = [rng.choice(entities) for _ in range(20)]
            days = [rng.randint(1, 28) for _ in range(20)]
            builder = DocBuilder(f"doc-{d}", [f"Am {day}. März 2020 traf Person{e} Name{e} in Ort {s} ein."
                                              for s, (day, e) in enumerate(zip(days, picks, strict=True))],
                                 title=f"Artikel {d}", date=f"2020-03-{rng.randint(1, 28):02d}")
            for s, (day, e) in enumerate(zip(days, picks, strict=True)):
                sent = builder.doc.sentences[s]
                start = sent.start + len("Am ")
                builder.doc.timexes.append(Timex(start - 3, start + len(f"{day}. März 2020"), "", "DATE",
                                                 f"2020-03-{day:02d}"))
                name = builder.doc.text.index(f"Person{e} ", sent.start)
                builder.doc.mentions.append(Mention(name, name + len(f"Person{e} Name{e}"), "PER", "", None, e))
            sent = builder.doc.sentences[3]
            builder.doc.quotes.append(Quote(sent.start, sent.end, "", "direct", "X", speaker_entity_id=picks[3]))
            store.write_document(builder.doc, story_id=stories[d % n_stories])
        store.db.execute("UPDATE entities SET mention_count = (SELECT count(*) FROM mentions WHERE entity_id = id)")
        store.db.execute("UPDATE stories SET doc_count = (SELECT count(*) FROM documents WHERE story_id = id)")
    store.close()


@pytest.mark.slow
def test_pages_stay_fast_on_a_larger_corpus(tmp_path, capsys):
    """Page times on 2,000 documents / 40,000 mentions; catches per-row query blow-ups, not jitter."""
    from chronik.web.app import create_app

    build_large_db(tmp_path / "large.db")
    ck = open_chronik(tmp_path / "large.db")
    paths = ["/", "/stories/1", "/documents/doc-7", "/entities", "/entities?type=PER&q=name12", "/entities/5",
             "/quotes", "/search?q=M%C3%A4rz", "/api/stories/1", "/api/documents/doc-7", "/api/quotes"]
    with running_server(create_app(tmp_path / "large.db", ck)) as url, httpx.Client(base_url=url, timeout=60) as c:
        timings = {}
        for path in paths:
            began = time.perf_counter()
            assert c.get(path).status_code == 200, path
            timings[path] = time.perf_counter() - began
    ck.close()
    with capsys.disabled():
        print("\n" + "\n".join(f"  {t * 1000:6.0f} ms  {p}" for p, t in timings.items()))
    assert max(timings.values()) < 3.0, timings
