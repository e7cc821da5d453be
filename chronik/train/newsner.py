"""In-domain German news NER labels written by the team, kept as stand-off annotations.

The article texts stay in ``../shared/data``; the repository holds only keys, character
offsets and labels (``chronik/train/data/ner-news-de/``). A sentence key names its source
and where the sentence sits in a text that :func:`source_text` rebuilds from ``../shared``:

* ``spkatt:<doc number>:<sentence id>`` - SpkAtt 2023 news train (German Wikinews, CC BY 4.0);
  the text is the sentence's tokens joined by single spaces;
* ``gnad:<row>:<start>-<end>`` - 10kGNAD test (derStandard.at, CC BY-NC-SA 4.0), row of test.csv.gz;
* ``fang:<article id>:<start>-<end>`` - FANG-COVID (zeit.de, sueddeutsche.de, tagesspiegel.de);
* ``wiki:<split>:<sentence number>`` - WikiNEuRal-de (German Wikipedia, CC BY-NC-SA 4.0), the
  ``val``/``test`` file's sentences, tokens joined by single spaces. These sentences are also
  silver training data; the team's labels replace the silver ones (GermEval 2014 is half Wikipedia).

Workflow (annotation guidelines: docs/annotation/ner-news-de.md):

1. ``python -m chronik.train.newsner sample --out DIR`` writes batches ``batch-NN.tsv`` (key, sentence);
2. an annotator writes ``batch-NN.<name>.ann``: one line per sentence, the key, then one tab-separated
   ``surface|LABEL`` per entity in order of occurrence (GermEval 2014 outer labels: PER, LOC, ORG,
   OTH and their ``deriv``/``part`` forms);
3. ``python -m chronik.train.newsner convert DIR/batch-NN.<name>.ann`` checks every surface against
   the sentence and stores the stand-off records; ``agree A.ann B.ann`` gives inter-annotator agreement.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import json
import random
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from chronik.train.corpora import Sentence

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
STORE = Path(__file__).with_name("data") / "ner-news-de"
TEST_STORE = Path(__file__).with_name("data") / "ner-news-de-test"  # never trained on
TYPES = ("PER", "LOC", "ORG", "OTH")
LABELS = tuple(t + s for t in TYPES for s in ("", "deriv", "part"))
_WORD = re.compile(r"\w", re.UNICODE)
_TOKEN = re.compile(r"\w+(?:[-'’.,&]\w+)*|\S", re.UNICODE)


@dataclass(frozen=True)
class Entity:
    start: int  # character offsets into the sentence text
    end: int
    label: str


@dataclass
class Annotated:
    key: str
    annotator: str
    digest: str  # first 10 hex digits of the sentence's SHA-1: detects a changed source
    entities: list[Entity]


# --- source texts --------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _spkatt(shared: Path) -> dict[str, list[str]]:
    out = {}
    for path in (shared / "quotes-de" / "spkatt2023-news" / "train").glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        out[path.name.split(" ", 1)[0]] = [" ".join(s["Tokens"]) for s in data["Sentences"]]
    return out


@lru_cache(maxsize=1)
def gnad_texts(shared: Path) -> list[str]:
    """Article texts of the 10kGNAD test split (derStandard.at), in file order."""
    with gzip.open(shared / "news-de" / "10kgnad" / "test.csv.gz", "rt", encoding="utf-8") as fh:
        return [row[1] for row in csv.reader(fh, delimiter=";", quotechar="'") if len(row) == 2]


@lru_cache(maxsize=1)
def _fang(shared: Path) -> dict[str, str]:
    out = {}
    for path in sorted((shared / "news-de" / "fang-covid").glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                art = json.loads(line)
                out[art["id"]] = art["text"]
    return out


@lru_cache(maxsize=2)
def _wiki(shared: Path, split: str) -> list[str]:
    from chronik.train.corpora import read_conll

    return [" ".join(s.words) for s in read_conll(shared / "ner-de" / "wikineural-de" / f"{split}.conllu")]


def wiki_key(split: str, number: int) -> str:
    return f"wiki:{split}:{number}"


def sentence_text(key: str, shared: Path = SHARED) -> str:
    """The sentence a key names, rebuilt from ``../shared``."""
    source, doc, where = key.split(":")
    if source == "spkatt":
        return _spkatt(shared)[doc][int(where)]
    if source == "wiki":
        return _wiki(shared, doc)[int(where)]
    start, end = (int(x) for x in where.split("-"))
    text = gnad_texts(shared)[int(doc)] if source == "gnad" else _fang(shared)[doc]
    return text[start:end]


def digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


# --- sampling ------------------------------------------------------------------------------


def _usable(sentence: str) -> bool:
    words = sentence.split()
    return 6 <= len(words) <= 60 and sentence.rstrip()[-1:] in '.!?"“' and "http" not in sentence


def _split(text: str) -> list[tuple[int, int]]:
    from chronik.document import Document
    from chronik.sentences import split_sentences

    doc = split_sentences(Document(id="s", raw=text, text=text))
    return [(s.start, s.end) for s in doc.sentences]


def sample(
    shared: Path = SHARED, seed: int = 0, spkatt: int = 2800, gnad: int = 2100, fang: int = 2100,
    exclude: frozenset[str] = frozenset(), wiki: int = 0,
) -> list[str]:
    """Sentence keys drawn at random: several per Wikinews article, few per long news article,
    ``wiki`` Wikipedia sentences. Keys in ``exclude`` and the news articles they come from are
    not drawn again."""
    rng = random.Random(seed)
    keys: list[str] = []
    used_docs = {k.rsplit(":", 1)[0] for k in exclude}
    docs = _spkatt(shared)
    pool = [f"spkatt:{d}:{i}" for d, sents in sorted(docs.items()) for i, s in enumerate(sents)
            if _usable(s) and f"spkatt:{d}:{i}" not in exclude]
    keys += rng.sample(pool, min(spkatt, len(pool)))
    for source, texts, n, per_doc in (
        ("gnad", dict(enumerate(gnad_texts(shared))), gnad, 2),
        ("fang", _fang(shared), fang, 1),
    ):
        ids = sorted(texts)
        rng.shuffle(ids)
        picked: list[str] = []
        for doc_id in ids:
            if len(picked) >= n:
                break
            if f"{source}:{doc_id}" in used_docs:
                continue
            text = texts[doc_id]
            spans = [(a, b) for a, b in _split(text[:20000]) if _usable(text[a:b]) and "\n" not in text[a:b]]
            for a, b in rng.sample(spans, min(per_doc, len(spans))):
                picked.append(f"{source}:{doc_id}:{a}-{b}")
        keys += picked[:n]
    pool = [wiki_key(split, i) for split in ("val", "test") for i, s in enumerate(_wiki(shared, split))
            if 6 <= len(s.split()) <= 60 and wiki_key(split, i) not in exclude]
    keys += rng.sample(pool, min(wiki, len(pool)))
    rng.shuffle(keys)
    return keys


# --- annotation files ----------------------------------------------------------------------


class AnnotationError(ValueError):
    pass


def locate(sentence: str, surfaces: Iterable[tuple[str, str]]) -> list[Entity]:
    """Character spans of ``(surface, label)`` pairs found in order, on word boundaries."""
    entities, pos = [], 0
    for surface, label in surfaces:
        if label not in LABELS:
            raise AnnotationError(f"unknown label {label!r} (expected one of {', '.join(LABELS)})")
        start = sentence.find(surface, pos)
        while start >= 0 and not _on_boundaries(sentence, start, start + len(surface)):
            start = sentence.find(surface, start + 1)
        if start < 0:
            raise AnnotationError(f"{surface!r} not found (after offset {pos})")
        entities.append(Entity(start, start + len(surface), label))
        pos = start + len(surface)
    return entities


def _on_boundaries(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (_WORD.match(before) and _WORD.match(text[start])) and not (
        _WORD.match(after) and _WORD.match(text[end - 1])
    )


def parse_ann(path: Path, annotator: str, shared: Path = SHARED) -> tuple[list[Annotated], list[str]]:
    """Read an annotator's file; returns the records and one message per bad line."""
    records, errors = [], []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        key, *fields = line.rstrip("\n").split("\t")
        try:
            sentence = sentence_text(key.strip(), shared)
            pairs = []
            for f in fields:
                if not f.strip():
                    continue
                surface, sep, label = f.rpartition("|")
                if not sep:
                    raise AnnotationError(f"{f!r} lacks '|LABEL'")
                pairs.append((surface.strip(), label.strip()))
            records.append(Annotated(key.strip(), annotator, digest(sentence), locate(sentence, pairs)))
        except (AnnotationError, KeyError, IndexError, ValueError) as exc:
            errors.append(f"{path.name}:{n}: {key}: {exc}")
    return records, errors


def _store_file(annotator: str) -> Path:
    return STORE / f"{annotator}.tsv"


def write_conll(sentences: Iterable[Sentence], path: Path) -> int:
    """Write sentences as two-column CoNLL (token, IOB2 tag) for ``chronik eval ner --format conll``."""
    lines = []
    for sent in sentences:
        tags = ["O"] * len(sent.words)
        for start, end, label in sent.outer:
            tags[start:end] = [f"B-{label}"] + [f"I-{label}"] * (end - start - 1)
        lines += [f"{w}\t{t}" for w, t in zip(sent.words, tags, strict=True)] + [""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return len(lines)


def save(records: list[Annotated], store: Path = STORE) -> Path:
    """Merge records into ``<annotator>.tsv`` (one line per sentence: key, digest, spans)."""
    path = store / f"{records[0].annotator}.tsv"
    existing = dict(_load_file(path)) if path.exists() else {}
    for r in records:
        existing[r.key] = r
    store.mkdir(parents=True, exist_ok=True)
    lines = ["# key\tsha1[:10] of sentence\tstart:end:LABEL ... (offsets into the sentence)"]
    for key in sorted(existing):
        r = existing[key]
        lines.append("\t".join([key, r.digest, *(f"{e.start}:{e.end}:{e.label}" for e in r.entities)]))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _load_file(path: Path) -> Iterable[tuple[str, Annotated]]:
    annotator = path.stem
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        key, dig, *spans = line.split("\t")
        ents = [Entity(int(a), int(b), label) for a, b, label in (s.split(":") for s in spans)]
        yield key, Annotated(key, annotator, dig, ents)


def load(store: Path = STORE) -> dict[str, dict[str, Annotated]]:
    """key → annotator → record, for every stored annotation file."""
    out: dict[str, dict[str, Annotated]] = {}
    for path in sorted(store.glob("*.tsv")):
        for key, rec in _load_file(path):
            out.setdefault(key, {})[rec.annotator] = rec
    return out


# --- training view -------------------------------------------------------------------------


def regex_tokens(text: str) -> list[tuple[int, int]]:
    """Character spans of the tokens of ``text``: words (with inner hyphens, apostrophes, dots)
    and single other characters."""
    return [m.span() for m in _TOKEN.finditer(text)]


def to_sentence(
    text: str, entities: list[Entity], tokens: Callable[[str], list[tuple[int, int]]] = regex_tokens
) -> Sentence:
    """Tokens (``tokens(text)``, further cut at every entity edge) with outer chunks."""
    cuts = {e.start for e in entities} | {e.end for e in entities}
    spans: list[tuple[int, int]] = []
    for start, end in tokens(text):
        a = start
        for c in sorted(c for c in cuts if start < c < end):
            spans.append((a, c))
            a = c
        if end > a:
            spans.append((a, end))
    index_start = {a: i for i, (a, _) in enumerate(spans)}
    index_end = {b: i + 1 for i, (_, b) in enumerate(spans)}
    outer = [(index_start[e.start], index_end[e.end], e.label) for e in entities
             if e.start in index_start and e.end in index_end]
    return Sentence([text[a:b] for a, b in spans], outer)


def training_sentences(
    shared: Path = SHARED, store: Path = STORE, prefer: str | None = None,
    tokens: Callable[[str], list[tuple[int, int]]] = regex_tokens,
) -> list[Sentence]:
    """One Sentence per annotated key (the ``prefer`` annotator's version where doubly annotated,
    else the first by name), skipped where the source text is missing or has changed."""
    return [to_sentence(text, rec.entities, tokens) for text, rec in annotated_texts(shared, store, prefer)]


def annotated_texts(
    shared: Path = SHARED, store: Path = STORE, prefer: str | None = None
) -> Iterator[tuple[str, Annotated]]:
    """(sentence text, the version trained on) per annotated key: the ``prefer`` annotator's where
    doubly annotated, else the first by name; keys whose source text is missing or changed are skipped."""
    for key, versions in sorted(load(store).items()):
        rec = versions.get(prefer) or versions[sorted(versions)[0]]
        try:
            text = sentence_text(key, shared)
        except (KeyError, IndexError, FileNotFoundError):
            continue
        if digest(text) == rec.digest:
            yield text, rec


# --- agreement -----------------------------------------------------------------------------


def agreement(a: list[Annotated], b: list[Annotated]) -> dict:
    """Span-level agreement of two annotators on their shared sentences: F1 of exact
    (span, label) matches, with one annotator taken as reference (symmetric), per label type."""
    by_key = {r.key: r for r in b}
    shared_keys = [r for r in a if r.key in by_key]
    tp = fa = fb = 0
    per: dict[str, list[int]] = {}
    for ra in shared_keys:
        sa = {(e.start, e.end, e.label) for e in ra.entities}
        sb = {(e.start, e.end, e.label) for e in by_key[ra.key].entities}
        tp, fa, fb = tp + len(sa & sb), fa + len(sa - sb), fb + len(sb - sa)
        for label in LABELS:
            la = {x for x in sa if x[2] == label}
            lb = {x for x in sb if x[2] == label}
            c = per.setdefault(label, [0, 0, 0])
            c[0], c[1], c[2] = c[0] + len(la & lb), c[1] + len(la - lb), c[2] + len(lb - la)
    f1 = 2 * tp / (2 * tp + fa + fb) if tp + fa + fb else 0.0
    return {
        "sentences": len(shared_keys),
        "entities_a": tp + fa,
        "entities_b": tp + fb,
        "f1": round(f1, 4),
        "per_label": {k: round(2 * v[0] / (2 * v[0] + v[1] + v[2]), 4) for k, v in per.items() if sum(v)},
    }


# --- command line --------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="chronik's own German news NER annotations (stand-off)")
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("sample", help="write batches of sentences to annotate (outside the repo)")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--batch-size", type=int, default=250)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--first-batch", type=int, default=0, help="number of the first batch written")
    p.add_argument("--sizes", type=int, nargs=3, default=(2800, 2100, 2100), metavar=("SPKATT", "GNAD", "FANG"))
    p.add_argument("--wiki", type=int, default=0, help="number of Wikipedia sentences (WikiNEuRal-de)")
    p = sub.add_parser("convert", help="check annotator files and store them as stand-off records")
    p.add_argument("files", type=Path, nargs="+", help="batch-NN.<annotator>.ann")
    p.add_argument("--check", action="store_true", help="only report errors")
    p.add_argument("--store", type=Path, default=STORE, help="stand-off folder (default: the training labels)")
    p = sub.add_parser("agree", help="agreement of two annotators' files")
    p.add_argument("a", type=Path)
    p.add_argument("b", type=Path)
    p = sub.add_parser("export", help="write a stand-off folder as CoNLL with the texts from ../shared")
    p.add_argument("--store", type=Path, default=STORE)
    p.add_argument("--out", type=Path, required=True)
    p = sub.add_parser("stats", help="what is stored")
    p.add_argument("--store", type=Path, default=STORE)
    args = parser.parse_args(argv)

    if args.cmd == "sample":
        keys = sample(seed=args.seed, spkatt=args.sizes[0], gnad=args.sizes[1], fang=args.sizes[2],
                      exclude=frozenset(load()) | frozenset(load(TEST_STORE)), wiki=args.wiki)
        args.out.mkdir(parents=True, exist_ok=True)
        for i in range(0, len(keys), args.batch_size):
            buf = io.StringIO()
            for key in keys[i:i + args.batch_size]:
                buf.write(f"{key}\t{sentence_text(key)}\n")
            name = f"batch-{args.first_batch + i // args.batch_size:02d}.tsv"
            (args.out / name).write_text(buf.getvalue(), encoding="utf-8")
        print(f"{len(keys)} sentences in {-(-len(keys) // args.batch_size)} batches -> {args.out}")
    elif args.cmd == "convert":
        bad = 0
        for path in args.files:
            annotator = path.name.split(".")[-2]
            records, errors = parse_ann(path, annotator)
            bad += len(errors)
            for e in errors:
                print(e, file=sys.stderr)
            if records and not args.check:
                save(records, args.store)
            print(f"{path.name}: {len(records)} sentences, {sum(len(r.entities) for r in records)} entities, "
                  f"{len(errors)} errors")
        return 1 if bad else 0
    elif args.cmd == "agree":
        ra, _ = parse_ann(args.a, "a")
        rb, _ = parse_ann(args.b, "b")
        print(json.dumps(agreement(ra, rb), indent=1))
    elif args.cmd == "export":
        sentences = training_sentences(store=args.store)
        write_conll(sentences, args.out)
        print(f"{len(sentences)} sentences -> {args.out}")
    elif args.cmd == "stats":
        data = load(args.store)
        counts: dict[str, int] = {}
        for versions in data.values():
            for e in next(iter(versions.values())).entities:
                counts[e.label] = counts.get(e.label, 0) + 1
        double = sum(1 for v in data.values() if len(v) > 1)
        print(json.dumps({"sentences": len(data), "double_annotated": double, "entities": counts}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
