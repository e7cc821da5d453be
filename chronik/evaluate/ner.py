"""Strict span-level NER evaluation (GermEval 2014 / CoNLL files) of the entities stage.

Gold tokens are joined with single spaces, sentences with line breaks, into one
text that runs through :func:`chronik.entities.tag_entities` (the real stage: model
tokenizer, chunking and rule layer). A prediction counts only with identical character span
and type (GermEval "strict"; equal to token-level exact match when tokenisations
agree). Scores are micro P/R/F1 over PER/LOC/ORG/OTH outer chunks (GermEval
``*deriv``/``*part`` chunks are not names here and are left out of the gold), per type,
and, where the file has an inner column, against the inner (embedded) chunks.

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
from chronik.entities import load_model, tag_entities
from chronik.train.corpora import LABELS, Sentence, read, split_germeval


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
    counts = {label: Counter() for label in LABELS}
    for *_, label in gold & pred:
        counts[label]["tp"] += 1
    for *_, label in pred - gold:
        counts[label]["fp"] += 1
    for *_, label in gold - pred:
        counts[label]["fn"] += 1
    total = sum(counts.values(), Counter())
    return {
        **_prf(total["tp"], total["fp"], total["fn"]),
        "per_type": {label: _prf(c["tp"], c["fp"], c["fn"]) for label, c in counts.items()},
    }


def evaluate(
    path: Path, fmt: str = "germeval", part: str = "all", model: str | Path | None = None, rules: bool = True
) -> dict:
    """Score the entities stage on a gold file.

    ``part``: ``all``, or for the GermEval dev file ``train``/``heldout`` (the halves of
    :func:`chronik.train.corpora.split_germeval`; the shipped model saw only ``train``).
    """
    sentences = read(Path(path), fmt)
    if part != "all":
        train_half, held_out = split_germeval(sentences)
        sentences = {"train": train_half, "heldout": held_out}[part]
    nlp = load_model(model)
    doc = Document(id=str(path), raw="", text="\n".join(" ".join(s.words) for s in sentences))
    started = time.perf_counter()
    tag_entities(doc, nlp=nlp, rules=rules)
    seconds = time.perf_counter() - started
    pred = {(m.start, m.end, m.label) for m in doc.mentions}
    n_tokens = sum(len(s.words) for s in sentences)
    result = {
        "file": str(path),
        "format": fmt,
        "part": part,
        "sentences": len(sentences),
        "tokens": n_tokens,
        "tokens_per_second": round(n_tokens / seconds) if seconds else None,
        "outer": _score(_gold_spans(sentences), pred),
    }
    if any(s.inner for s in sentences):
        result["inner"] = _score(_gold_spans(sentences, inner=True), pred)
    return result


def throughput(folder: Path, articles: int = 200, model: str | Path | None = None) -> dict:
    """Characters and spaCy tokens per second of :func:`tag_entities` on the first news articles in ``folder``."""
    from chronik.train.vectors import news_texts

    nlp = load_model(model)
    texts = [t for _, t in zip(range(articles), news_texts(Path(folder)), strict=False)]
    n_tokens = sum(len(nlp.tokenizer(t)) for t in texts)
    started = time.perf_counter()
    for i, text in enumerate(texts):
        tag_entities(Document(id=str(i), raw=text, text=text), nlp=nlp)
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
