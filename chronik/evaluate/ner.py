"""Strict span-level NER evaluation (GermEval 2014 / CoNLL files) of the entities stage.

Gold tokens are joined with single spaces, sentences with line breaks, into one
text that runs through the entities stage (:func:`chronik.entities.labelled_spans`: model
tokenizer, chunking and rule layer). A prediction counts only with identical character span
and label (GermEval "strict"; equal to token-level exact match when tokenisations agree).

* ``outer`` (headline): the GermEval 2014 strict metric on outer chunks, micro P/R/F1 over
  all 12 labels as in the file (PER/LOC/ORG/OTH and their ``deriv``/``part`` forms), per label;
* ``outer_names``: the four-type view, ``*deriv``/``*part`` chunks removed from gold and
  predictions (what ``tag_entities`` keeps as mentions);
* ``inner`` and ``combined`` where the file has an inner column: the inner chunks alone, and
  outer + inner chunks pooled (the official "strict, combined" figure of the GermEval scorer;
  a single-level model predicts no inner chunks).

Run: ``python -m chronik.evaluate.ner /work/shared/data/germeval2014/NER-de-dev.tsv --part heldout``
Speed on whole news articles: ``python -m chronik.evaluate.ner --speed /work/shared/data/news-de/fang-covid``
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from chronik.document import Document
from chronik.entities import labelled_spans, load_model, tag_entities_many
from chronik.train.corpora import GERMEVAL_LABELS, LABELS, Sentence, read, split_germeval

METRIC = "strict (exact span and label), outer chunks, GermEval 2014 labels as in the file"


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def _gold_spans(sentences: list[Sentence], inner: bool = False) -> set[tuple[int, int, str]]:
    """Character spans of the gold chunks in the text ``"\n".join(" ".join(words))``."""
    spans, pos = set(), 0
    for sent in sentences:
        starts = []
        for word in sent.words:
            starts.append(pos)
            pos += len(word) + 1
        for a, b, label in sent.inner if inner else sent.outer:
            spans.add((starts[a], starts[b - 1] + len(sent.words[b - 1]), label))
    return spans


def _score(gold: set, pred: set) -> dict:
    """Micro P/R/F1 of exact (…, label) tuples, and per label (labels seen in gold or predictions)."""
    counts: dict[str, Counter] = {}
    for kind, items in (("tp", gold & pred), ("fp", pred - gold), ("fn", gold - pred)):
        for *_, label in items:
            counts.setdefault(label, Counter())[kind] += 1
    total = sum(counts.values(), Counter())
    order = {label: i for i, label in enumerate(GERMEVAL_LABELS)}
    return {
        **_prf(total["tp"], total["fp"], total["fn"]),
        "per_type": {
            label: _prf(c["tp"], c["fp"], c["fn"])
            for label, c in sorted(counts.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0]))
        },
    }


def _names(spans: set) -> set:
    return {s for s in spans if s[-1] in LABELS}


def evaluate(
    path: Path, fmt: str = "germeval", part: str = "all", model: str | Path | None = None, rules: bool = True
) -> dict:
    """Score the entities stage on a gold file (see the module docstring for the figures).

    ``part``: ``all``, or for the GermEval dev file ``train``/``heldout`` (the halves of
    :func:`chronik.train.corpora.split_germeval`; the shipped model saw only ``train``).
    """
    sentences = read(Path(path), fmt)
    if part != "all":
        train_half, held_out = split_germeval(sentences)
        sentences = {"train": train_half, "heldout": held_out}[part]
    nlp = load_model(model)
    text = "\n".join(" ".join(s.words) for s in sentences)
    started = time.perf_counter()
    pred = {(m.start, m.end, m.label) for m in labelled_spans(text, nlp, rules)}
    seconds = time.perf_counter() - started
    gold = _gold_spans(sentences)
    n_tokens = sum(len(s.words) for s in sentences)
    result = {
        "file": str(path),
        "format": fmt,
        "part": part,
        "metric": METRIC,
        "sentences": len(sentences),
        "tokens": n_tokens,
        "tokens_per_second": round(n_tokens / seconds) if seconds else None,
        "outer": _score(gold, pred),
        "outer_names": _score(_names(gold), _names(pred)),
    }
    if any(s.inner for s in sentences):
        inner = _gold_spans(sentences, inner=True)
        result["inner"] = _score(inner, pred)
        pooled = {("outer", *g) for g in gold} | {("inner", *g) for g in inner}
        combined = _score(pooled, {("outer", *p) for p in pred})
        result["combined"] = {k: v for k, v in combined.items() if k != "per_type"}
    return result


def throughput(folder: Path, articles: int = 200, model: str | Path | None = None) -> dict:
    """Characters and spaCy tokens per second of the entities stage on the first news articles in
    ``folder``, tagged as ``chronik ingest`` tags them: ``SERIAL_BATCH`` articles per model pass."""
    from chronik.api import SERIAL_BATCH
    from chronik.train.vectors import news_texts

    nlp = load_model(model)
    texts = [t for _, t in zip(range(articles), news_texts(Path(folder)), strict=False)]
    n_tokens = sum(len(nlp.tokenizer(t)) for t in texts)
    docs = [Document(id=str(i), raw=text, text=text) for i, text in enumerate(texts)]
    started = time.perf_counter()
    for i in range(0, len(docs), SERIAL_BATCH):
        tag_entities_many(docs[i:i + SERIAL_BATCH], nlp=nlp)
    seconds = time.perf_counter() - started
    return {
        "articles": len(texts),
        "chars": sum(map(len, texts)),
        "tokens": n_tokens,
        "seconds": round(seconds, 2),
        "tokens_per_second": round(n_tokens / seconds),
        "chars_per_second": round(sum(map(len, texts)) / seconds),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Strict NER evaluation of chronik's entities stage")
    parser.add_argument("path", type=Path, nargs="?")
    parser.add_argument("--speed", type=Path, default=None, help="folder of *.jsonl.gz news articles to time")
    parser.add_argument("--format", default="germeval", choices=["germeval", "conll"])
    parser.add_argument("--part", default="all", choices=["all", "train", "heldout"])
    parser.add_argument("--model", default=None, help="spaCy pipeline folder or package (default: shipped ner-de)")
    parser.add_argument("--no-rules", action="store_true")
    args = parser.parse_args(argv)
    if args.speed:
        print(json.dumps(throughput(args.speed, model=args.model), indent=1))
        return
    if args.path is None:
        parser.error("give a gold file or --speed FOLDER")
    print(json.dumps(evaluate(args.path, args.format, args.part, args.model, not args.no_rules), indent=1))


if __name__ == "__main__":
    main()
